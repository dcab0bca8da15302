"""Attribution, session 34 (second round): general forms read from the shearwater probe's and the
blind21 pages' misses, on invented text."""

from test_attribution_s34 import HEAD
from test_attribution_s34 import _speakers as _speakers_among

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.quotes import extract_mentions, find_quotes

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
VOSS = Person("Tom Voss", ("Voss",), (), "he", "voss", descriptors=("the harbourmaster",))
PEOPLE = (LIND, HART, VOSS)


def _speakers(body: str, people: tuple[Person, ...] = PEOPLE) -> list[tuple[str, str]]:
    return _speakers_among(body, people)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    descriptors = {p.name: p.descriptors for p in people if p.descriptors}
    found = extract_mentions("d", split_layout(HEAD + body), people, descriptors)
    return next((m.speaker for m in found if words in m.text), "not found")


# ---- a quote between a sentence naming its speaker and another's report ----

def test_a_quote_after_a_sentence_naming_its_speaker_is_not_given_to_the_report_after_it() -> None:
    body = ("Speaking on the radio, Ms Lind said she bore the harbour board no grudge. “They were polite "
            "enough on the day and they listened to every word.” Mr Hart has said online that the board "
            "consulted everyone it had to.")
    assert _speaker_of(body, "They were polite") == "Ada Lind"


def test_a_second_quote_after_a_credit_stays_with_that_speaker_when_another_acts_next() -> None:
    body = ("“The quay has fed this family for a century, not once has it failed us,” Lind said. “Somebody "
            "decided it was worth more as flats.” Her neighbour Bo Hart first put the plans online on "
            "Saturday morning and they have since been shared thousands of times.")
    assert _speaker_of(body, "Somebody decided") == "Ada Lind"


def test_a_short_credit_after_the_quote_still_names_its_speaker() -> None:
    body = ("Lind said the vote had been rushed through. “We will be back here next month with a petition.” "
            "Hart said.")
    assert _speaker_of(body, "We will be back") == "Bo Hart"


def test_a_quote_with_no_credit_before_it_still_takes_the_report_after_it() -> None:
    body = ("The vote was close. “We will be back here next month with a petition.” Hart told reporters "
            "that he would lead it himself.")
    assert _speaker_of(body, "We will be back") == "Bo Hart"


# ---- a name inside a participle clause that opens the sentence ----

def test_a_name_inside_a_fronted_participle_clause_is_not_the_pronoun_after_it() -> None:
    body = ("Hart faced two hours of questions from the harbour committee on Monday.\n\n"
            "Pressed on whether Tom Voss's letter had been shown to the board, he said: “Not that letter, "
            "no. The concern it raised was dealt with.”")
    assert _speaker_of(body, "Not that letter") == "Bo Hart"


def test_a_name_that_opens_a_when_clause_is_still_the_pronoun_after_it() -> None:
    body = ("Hart faced two hours of questions from the harbour committee on Monday.\n\n"
            "When Voss finally arrived at the meeting, he said: “I was held up at the lock gates, and I "
            "apologise to everyone here.”")
    assert _speaker_of(body, "I was held up") == "Tom Voss"


# ---- single marks holding double marks ----

def test_single_marks_holding_double_marks_are_the_quotes() -> None:
    para = "Lind told the Gazette: 'I said to the board, \"Do not close it.\" They closed it a week later.'"
    found = find_quotes(para)
    assert len(found) == 1 and found[0][2].startswith("I said to the board")


def test_double_marks_holding_an_apostrophe_stay_the_quotes() -> None:
    para = "“The board's 'plan' is a fantasy,” Lind said, and Hart's reply was curt: “It is the only plan.”"
    found = find_quotes(para)
    assert [q[2][:8] for q in found] == ["The boar", "It is th"]


def test_a_quote_in_single_marks_with_a_nested_quote_keeps_its_speaker() -> None:
    body = ("Hart told the Gazette: 'I said to the board in black and white, \"Do not close it.\" They "
            "thanked me and closed it a week later.'")
    assert _speakers(body) == [("Bo Hart", "I said to the board ")]


# ---- a configured role at another body ----

def test_the_configured_role_of_another_body_is_someone_else() -> None:
    body = ("Voss inspected the quay wall on Friday.\n\n"
            "“We will not moor there again until the wall is rebuilt,” said the harbourmaster of Kelso "
            "Marina, in response to questions from the Gazette.")
    found = _speakers(body)
    assert found and found[0][0] not in ("Tom Voss", "Ada Lind", "Bo Hart")


def test_the_configured_role_with_no_other_body_is_still_its_holder() -> None:
    body = ("Voss inspected the quay wall on Friday.\n\n"
            "“We will not moor there again until the wall is rebuilt,” said the harbourmaster, in response "
            "to questions from the Gazette.")
    assert _speakers(body) == [("Tom Voss", "We will not moor the")]


def test_the_configured_role_of_its_own_body_named_in_the_config_is_its_holder() -> None:
    voss = Person("Tom Voss", ("Voss",), (), "he", "voss",
                  descriptors=("the harbourmaster", "harbourmaster of Kelso Marina"))
    body = ("Voss inspected the quay wall on Friday.\n\n"
            "“We will not moor there again until the wall is rebuilt,” said the harbourmaster of Kelso "
            "Marina.")
    assert _speakers(body, (LIND, HART, voss)) == [("Tom Voss", "We will not moor the")]


# ---- a body's own people by a possessive ----

def test_their_role_is_the_configured_holder_of_the_role() -> None:
    marsh = Person("Leo Marsh", ("Marsh",), (), "he", "marsh", descriptors=("the art director",))
    body = ("The label has not replied to our messages. Their art director told reporters the poster was "
            "“drawn from scratch by our own team”.")
    assert _speakers(body, (LIND, HART, marsh)) == [("Leo Marsh", "drawn from scratch b")]


def test_their_role_the_config_does_not_give_is_nobody_named() -> None:
    body = ("The label has not replied to our messages. Their art director told reporters the poster was "
            "“drawn from scratch by our own team”.")
    found = _speakers(body)
    assert not found or found[0][0] not in ("Ada Lind", "Bo Hart", "Tom Voss")


# ---- "it said" of a statement read on someone's behalf ----

HOMES = Person("Harbour Homes", ("Harbour Homes",), (), "it", "homes")


def test_it_said_of_a_statement_read_on_his_behalf_is_his() -> None:
    body = ("Harbour Homes lost the case on Friday.\n\n"
            "Outside the court, Mr Hart's solicitor, Jo Crerar, read a statement on his behalf. “I am "
            "grateful to the court for hearing me out at last,” it said.")
    assert _speaker_of(body, "I am grateful", (LIND, HART, HOMES)) == "Bo Hart"


def test_it_said_with_no_message_read_for_anyone_is_still_the_body() -> None:
    body = ("Mr Hart won the case on Friday.\n\n"
            "Harbour Homes was disappointed. “We will study the judgment carefully before deciding on any "
            "appeal,” it said.")
    assert _speaker_of(body, "We will study", (LIND, HART, HOMES)) == "Harbour Homes"
