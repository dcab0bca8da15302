"""Attribution, session 37 (second round on the wren probe): forms real articles use that the parser
missed, tested on invented text, each with at least as many cases where the new reading must not fire
as cases where it must."""

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.quotes import Mention, extract_mentions

HEAD = ("A Headline About The Harbour Story In Title Case\n\nThe first paragraph of the article tells "
        "the story in a sentence long enough to be prose, as a news page opens.\n\n")
LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Ada"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart", "Bo"), (), "he", "hart")
VOSS = Person("Cal Voss", ("Voss", "Mr Voss", "Cal"), (), "he", "voss")
PEOPLE = (LIND, HART, VOSS)


def _mentions(body: str, people: tuple[Person, ...] = PEOPLE) -> list[Mention]:
    descriptors = {p.name: p.descriptors for p in people if p.descriptors}
    return extract_mentions("d", split_layout(HEAD + body), people, descriptors)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    """The speaker of the mention that opens with the words, else of the first that holds them."""
    found = _mentions(body, people)
    opening = next((m for m in found if m.text.startswith(words)), None)
    return (opening or next((m for m in found if words in m.text), None) or Mention(
        "d", 0, "not found", "", "", "", None)).speaker


def _opening_speakers(body: str, words: str) -> list[str]:
    return [m.speaker for m in _mentions(body) if m.text.startswith(words)]


# ---- a report inside a report: the words are the inner speaker's, and the next quote is not theirs ----

def test_words_someone_once_told_the_speaker_are_theirs_and_the_next_quote_the_speakers() -> None:
    body = ("Hart has run the ferry for a decade.\n\nHe says Lind once told him over lunch that \"the quay "
            "will pay for itself, Bo, you wait and see\". \"I believed her,\" Hart says. \"Now I am not so "
            "sure.\"")
    assert _speaker_of(body, "the quay will pay for itself") == "Ada Lind"
    assert _speaker_of(body, "I believed her") == "Bo Hart"


def test_a_question_reported_inside_anothers_account_is_the_askers() -> None:
    body = ("Hart told the inquiry that Voss had toured the site in 2022 and asked whether he could \"move "
            "the fence back a few yards\" before the winter.")
    assert _speaker_of(body, "move the fence back") == "Cal Voss"


def test_a_question_the_speaker_reports_of_himself_stays_his() -> None:
    body = ("Hart said he had asked whether the council could \"move the fence back a few yards\" before "
            "the winter.")
    assert _speaker_of(body, "move the fence back") == "Bo Hart"


def test_someone_named_after_a_plain_verb_is_not_an_inner_speaker() -> None:
    body = ("Hart told the inquiry that Voss had toured the site in 2022 and found the fence \"a few yards "
            "out of true\" before the winter.")
    assert _speaker_of(body, "a few yards out of true") == "Bo Hart"


def test_a_possessive_inside_a_report_is_no_inner_speaker() -> None:
    body = "Hart said Voss's plan, once costed, had always been \"a way to sell the harbour by the yard\"."
    assert _speaker_of(body, "a way to sell the harbour") == "Bo Hart"


# ---- words quoted inside a quote: "He told me, ‘…’" are the one he is, never the speaker ----

_NESTED = ("Voss visited the harbour office in March.\n\n"
           "\"I asked him for the keys,\" Hart said. \"He told me, 'Nobody is getting the keys this week, "
           "Bo.'\"")


def test_words_passed_on_inside_a_quote_go_to_the_one_who_said_them() -> None:
    assert _opening_speakers(_NESTED, "Nobody is getting the keys") == ["Cal Voss"]
    assert _speaker_of(_NESTED, "I asked him for the keys") == "Bo Hart"
    assert _speaker_of(_NESTED, "He told me,") == "Bo Hart"


def test_the_speakers_own_words_passed_on_stay_his_alone() -> None:
    body = ("Voss visited the harbour office in March.\n\n"
            "\"I told him, 'Nobody is getting the keys this week, Cal,'\" Hart said.")
    assert _opening_speakers(body, "Nobody is getting the keys") == []
    assert _speaker_of(body, "I told him") == "Bo Hart"


def test_he_inside_a_quote_is_never_the_speaker_himself() -> None:
    body = ("Lind chaired the meeting in March.\n\n"
            "\"He told me, 'Nobody is getting the keys this week, Ada,'\" Hart said.")
    assert _opening_speakers(body, "Nobody is getting the keys") == []  # no other "he" named: nobody


def test_a_term_quoted_inside_a_quote_is_no_one_elses_statement() -> None:
    body = ("Voss visited the harbour office in March.\n\n"
            "\"He called it 'a fair deal' and walked off,\" Hart said. \"She said 'fine'.\"")
    assert _opening_speakers(body, "a fair deal") == []
    assert _opening_speakers(body, "fine") == []


# ---- a second speaker before a colon, in the sentence after another's credit ----

def test_a_reply_in_kind_after_anothers_credited_quote_is_the_repliers() -> None:
    body = ("\"The quay is sound and always was,\" Hart said. Lind returned the favour: \"The ferry is sound "
            "too, and I mean that kindly.\"")
    assert _speaker_of(body, "The quay is sound") == "Bo Hart"
    assert _speaker_of(body, "The ferry is sound too") == "Ada Lind"


def test_a_colon_in_the_same_sentence_as_the_credit_stays_with_the_speaker() -> None:
    body = ("\"The quay is sound and always was,\" Hart said, turning to Lind: \"You will see it in the "
            "spring, when the boats are back.\"")
    assert _speaker_of(body, "You will see it in the spring") == "Bo Hart"


def test_a_pronoun_before_the_colon_after_a_credit_is_still_the_speaker() -> None:
    body = ("\"The quay is sound and always was,\" Hart said. He added one thing: \"The ferry is sound too, "
            "mark my words.\"")
    assert _speaker_of(body, "The ferry is sound too") == "Bo Hart"


# ---- organisations' people: "says Firm & Co's head of X, Name"; "Per a spokesperson for X" ----

def test_a_name_after_a_firms_possessive_role_set_off_is_the_speaker() -> None:
    body = ("\"We will not restock until the tests are in,\" says Pell & Lowe's head of buying, Tomas "
            "Reyes. \"The shelf stays empty.\"")
    assert _speaker_of(body, "We will not restock") == "Tomas Reyes"
    assert _speaker_of(body, "The shelf stays empty") == "Tomas Reyes"


def test_a_firms_possessive_without_a_name_after_it_is_not_a_speaker() -> None:
    body = ("\"We will not restock until the tests are in,\" says Hart, Pell & Lowe's head of buying. "
            "\"The shelf stays empty.\"")
    assert _speaker_of(body, "We will not restock") == "Bo Hart"


def test_per_a_spokesperson_credits_the_spokesperson() -> None:
    body = ("The ferry has been withdrawn. Per a spokesperson for Calder Lines, the firm \"has no plans "
            "to run the route again this year.\"")
    assert _speaker_of(body, "has no plans to run") not in ("not found", "Ada Lind", "Bo Hart", "Cal Voss")


def test_per_as_a_rate_is_no_credit() -> None:
    body = ("The ferry costs £5 per adult. Hart said the fare was \"the lowest on the whole of the west "
            "coast\".")
    assert _speaker_of(body, "the lowest on the whole") == "Bo Hart"
    body = "Fares rose ten per cent, and Lind said the rise was \"the last one for a long while yet\"."
    assert _speaker_of(body, "the last one for a long") == "Ada Lind"


def test_per_in_the_middle_of_a_phrase_credits_nobody() -> None:
    body = ("The ferry has been withdrawn. Tickets sold per the Calder Lines timetable were \"refundable "
            "in full at any office\".")
    assert _speaker_of(body, "refundable in full") in ("not found",)


# ---- a box of who said what: "Name, Body founder:" is the person's, not the body's ----

BODY = Person("Harbour Watch", ("Harbour Watch",), (), "it", "")


def test_a_boxed_credit_with_the_bodys_role_after_the_name_is_the_persons() -> None:
    body = ("What they said\n\nBo Hart, Harbour Watch founder: \"I got things wrong and I am sorry for "
            "it.\"\n\nAda Lind, harbour master: \"The quay will reopen in May, whatever happens.\"")
    people = (*PEOPLE, BODY)
    assert _speaker_of(body, "I got things wrong", people) == "Bo Hart"
    assert _speaker_of(body, "The quay will reopen", people) == "Ada Lind"


def test_the_body_alone_before_a_colon_is_still_the_bodys() -> None:
    body = ("What they said\n\nHarbour Watch: \"A good day for the harbour and everyone in it.\"\n\n"
            "Ada Lind, harbour master: \"The quay will reopen in May, whatever happens.\"")
    people = (*PEOPLE, BODY)
    assert _speaker_of(body, "A good day for the harbour", people) == "Harbour Watch"


def test_a_body_named_after_a_verb_before_a_colon_is_not_reassigned() -> None:
    body = "Hart, who sits on the board of Harbour Watch, said: \"We will take it to the council next.\""
    people = (*PEOPLE, BODY)
    assert _speaker_of(body, "We will take it", people) == "Bo Hart"


# ---- a body whose own name lists what it is "of" with a comma ----

def _unnamed_phrase_of(subject: str) -> str:
    return _speaker_of(f"{subject} said the quay was \"a danger to every boat\" this week.",
                       "a danger to every boat")


def test_a_ministry_named_with_a_comma_keeps_its_whole_name() -> None:
    assert _unnamed_phrase_of("A spokesperson for the Department of Roads, Ports and Harbours") == (
        "a spokesperson for the Department of Roads, Ports and Harbours")


def test_a_body_set_off_after_a_comma_still_ends_there() -> None:
    # (the name set off is read as whose words they are, as before: never one body "operator, Calder Lines")
    assert "operator, Calder" not in _unnamed_phrase_of("A spokeswoman for the operator, Calder Lines,")
    assert "Ports, Calder" not in _unnamed_phrase_of(
        "A spokesperson for the Office of Ports, Calder Lines and Islay Ferries,")


def test_people_listed_after_a_body_are_not_part_of_its_name() -> None:
    assert _unnamed_phrase_of("A spokesperson for the Department of Roads, Bo Hart and Ada Lind") == (
        "Bo Hart and Ada Lind")
