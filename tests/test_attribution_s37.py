"""Attribution, session 37: forms real articles use that the parser missed, read from the wren probe's
misses and tested on invented text, each with at least as many cases where the new reading must not
fire as cases where it must."""

import sys
from pathlib import Path

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person
from components.parse.quotes import Mention

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import attribution_bench  # noqa: E402

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


def _mention(text: str) -> Mention:
    return Mention("d", 0, "Ada Lind", "", "quote", text, None)


# ---- the bench: a split quote's first half is looked up without the comma before its credit ----

def test_the_bench_finds_a_split_quotes_first_half_without_its_comma() -> None:
    joined = [_mention("The quay is sound. We will open it in May.")]
    assert attribution_bench._found("The quay is sound,", joined) is joined[0]
    assert attribution_bench._found("The quay is sound,", joined, opening=True) is joined[0]


def test_the_bench_still_wants_the_words_themselves() -> None:
    joined = [_mention("The quay is sound. We will open it in May.")]
    assert attribution_bench._found("The quay is closed,", joined) is None
    assert attribution_bench._found("We will open it in June,", joined) is None
    assert attribution_bench._found("quay is sound,", joined, opening=True) is None


# ---- transcripts: "The interview has been edited for length", Q/A on two lines, one voice's labels ----

_UNLABELLED = ("Ada Lind, who ran the harbour office for twelve years, talked to Sam Pell at the quay. "
               "{note}\n\n"
               "You kept the books for the harbour. When did the figures stop making sense?\n\n"
               "In the spring of 2021. The dues fell by half and the moorings were full all summer.\n\n"
               "Did you tell anyone?\n\n"
               "I told the board in writing, and nobody wrote back.")


def test_an_interview_edited_for_length_is_read_as_a_printed_interview() -> None:
    body = _UNLABELLED.format(note="The interview has been edited for length and clarity.")
    assert _speaker_of(body, "In the spring of 2021") == "Ada Lind"
    assert _speaker_of(body, "I told the board in writing") == "Ada Lind"


def test_an_interview_edited_for_another_reason_is_news_not_a_printed_interview() -> None:
    body = _UNLABELLED.format(note="The broadcaster said the interview had been edited to remove a name.")
    assert _speaker_of(body, "In the spring of 2021") == "not found"
    assert _speaker_of(body, "I told the board in writing") == "not found"


def test_q_and_a_lines_in_one_paragraph_are_the_interviewees() -> None:
    body = ("The harbour master, Ada Lind, answered our questions by email.\n\n"
            "Q: Will the quay reopen this year?\nA: Not this year. The engineers need the winter.\n\n"
            "Q: Who pays for the repairs?\nA: The harbour trust, and I have asked the council to help.")
    assert _speaker_of(body, "Not this year.") == "Ada Lind"
    assert _speaker_of(body, "The harbour trust, and I have asked") == "Ada Lind"


def test_q_and_a_lines_need_an_interviewee_and_two_pairs() -> None:
    unnamed = ("Readers sent their questions about the quay.\n\n"
               "Q: Will the quay reopen this year?\nA: Not this year, according to the engineers.\n\n"
               "Q: Who pays for the repairs?\nA: The harbour trust, for now.")
    assert _speaker_of(unnamed, "Not this year") not in ("Ada Lind", "Bo Hart")
    single = ("The harbour master, Ada Lind, answered our questions by email.\n\n"
              "Q: Will the quay reopen this year?\nA: Not this year. The engineers need the winter.\n\n"
              "The quay has been shut since the storm in March.")
    assert _speaker_of(single, "Not this year.") != "Ada Lind"
    explainer = ("What the closure means, in brief.\n\n"
                 "Q: Will the quay reopen this year?\nA: Not before the spring, Ada Lind said.\n\n"
                 "Q: Who pays for the repairs?\nA: The harbour trust.")
    assert _speaker_of(explainer, "The harbour trust.") != "Ada Lind"


def test_one_persons_capitals_label_over_a_videos_lines_is_hers() -> None:
    body = ("Transcript of the clip the harbour trust posted on Friday:\n\n"
            "ADA LIND: This is the crack. You can put your hand in it.\n\n"
            "[She steps back from the wall.]\n\n"
            "ADA LIND: That is why the quay is shut. Nobody is going to stand on it.")
    assert _speaker_of(body, "This is the crack.") == "Ada Lind"
    assert _speaker_of(body, "That is why the quay is shut.") == "Ada Lind"


def test_a_name_label_twice_with_prose_between_or_in_title_case_is_not_a_transcript() -> None:
    prose_between = ("Ada Lind posted two clips on Friday.\n\n"
                     "ADA LIND: This is the crack. You can put your hand in it.\n\n"
                     "The trust said the wall would be surveyed again on Monday by its engineers.\n\n"
                     "ADA LIND: That is why the quay is shut. Nobody is going to stand on it.")
    assert _speaker_of(prose_between, "The trust said the wall") == "not found"
    headlines = ("Lind: The quay stays shut until the spring\n\n"
                 "[Pictured: the harbour wall.]\n\n"
                 "Lind: We will not rush the engineers")
    assert _speaker_of(headlines, "We will not rush") != "Ada Lind"


# ---- speakers the config does not name: present-tense verbs of reviews, administrators, initials, kin ----

def _unnamed(who: str) -> bool:
    return who not in ("Ada Lind", "Bo Hart", "not found")


def test_a_narrator_who_observes_and_a_critic_who_notes_are_unnamed_speakers() -> None:
    assert _unnamed(_speaker_of("\"She never did find the key,\" the narrator observes drily.", "She never"))
    body = "\"The second act drags badly,\" a spokeswoman for the theatre notes."
    assert _unnamed(_speaker_of(body, "The second act"))
    assert _speaker_of("\"The quay is safe,\" Lind notes, pointing at the wall.", "The quay") == "Ada Lind"


def test_notes_and_remarks_as_nouns_credit_no_one() -> None:
    assert _speaker_of("Her notes \"were read to the jury in full\" on Tuesday, the court heard.",
                       "were read to the jury") == "not found"
    assert _speaker_of("The remarks \"caused real offence in the town\", the harbour trust said in a letter.",
                       "caused real offence") not in ("Ada Lind", "Bo Hart")
    assert _speaker_of("The observes column printed \"a list of every mooring fee since 1990\" last week.",
                       "a list of every") == "not found"


def test_administrators_speak_for_themselves() -> None:
    body = "The administrators said: \"We will be seeking a buyer for the yard and its boats.\""
    assert _unnamed(_speaker_of(body, "We will be seeking"))
    body = "\"We hope to keep the yard open,\" the liquidators said in a statement."
    assert _unnamed(_speaker_of(body, "We hope to keep"))


def test_administrators_named_as_objects_do_not_speak() -> None:
    body = ("Lind said the board had met the administrators on Monday. \"We asked them to keep the yard "
            "open until the spring,\" she said.")
    assert _speaker_of(body, "We asked them") == "Ada Lind"
    body = ("Hart wrote to the receivers in March. \"I asked whether the boats would be sold one by one,\" "
            "he said.")
    assert _speaker_of(body, "I asked whether") == "Bo Hart"


def test_a_surname_after_initials_is_an_outsider() -> None:
    body = "Former harbour board member R. Venkatesan opined, \"The town will welcome such a step.\""
    assert _unnamed(_speaker_of(body, "The town will welcome"))
    body = "J. K. Osei, who chairs the ferry users' group, said: \"We were never asked.\""
    assert _unnamed(_speaker_of(body, "We were never asked"))


def test_a_letters_name_before_a_sentence_is_no_initial() -> None:
    body = "Lind has weighed in on X. He wrote: \"Watching the harbour closely tonight, as we all are.\""
    assert _speaker_of(body, "Watching the harbour") != "X. He"
    body = ("The U.S. Coast Guard said the wreck was \"a hazard to every boat in the channel\". "
            "Hart disagreed.")
    assert _speaker_of(body, "a hazard to every boat") != "U.S. Coast"
    body = "Hart spoke to the B. B. C. about it. \"I was never asked,\" he said."
    assert _speaker_of(body, "I was never asked") == "Bo Hart"


def test_an_estranged_wife_named_by_first_name_is_her_own_speaker() -> None:
    body = "His estranged wife Fiona, 55, told the Mail: \"He'll never admit it. Not to me.\""
    assert _unnamed(_speaker_of(body, "He'll never admit it"))
    body = "Her late husband Tom, a fisherman, wrote in 1990: \"The quay will outlast us all.\""
    assert _unnamed(_speaker_of(body, "The quay will outlast"))


def test_an_estranged_wife_as_an_object_does_not_speak() -> None:
    body = "Hart said his estranged wife Fiona had \"no part in the business at all\"."
    assert _speaker_of(body, "no part in the business") == "Bo Hart"
    body = "Lind told her former husband Tom: \"You can keep the boat.\""
    assert _speaker_of(body, "You can keep the boat") == "Ada Lind"


def test_her_own_initial_and_surname_is_still_hers_not_an_outsider() -> None:
    body = "A. Lind, who chairs the harbour board, said: \"The crossing is closed until May.\""
    assert _speaker_of(body, "The crossing is closed") == "Ada Lind"


# ---- "was of the view that “…”" (Ghanaian, Nigerian and Indian English) ----

def test_of_the_view_that_credits_its_subject() -> None:
    body = "A spokeswoman for the port authority was of the view that \"this is a chance, not a problem\"."
    assert _unnamed(_speaker_of(body, "this is a chance"))
    body = "Lind was of the view that \"the quay can wait a year\"."
    assert _speaker_of(body, "the quay can wait") == "Ada Lind"


def test_of_the_view_without_its_quote_or_about_a_view_credits_no_one_new() -> None:
    body = ("Most traders were of the view that the rule was fair. Hart called it \"a long time coming for "
            "the harbour\".")
    assert _speaker_of(body, "a long time coming") == "Bo Hart"
    body = "The view of the bay was, in Lind's words, \"worth every penny of the ticket\"."
    assert _speaker_of(body, "worth every penny") != "Bo Hart"
    body = "\"We are of one mind,\" Hart said. Lind was of the view, too, that the vote should wait."
    assert _speaker_of(body, "We are of one mind") == "Bo Hart"
