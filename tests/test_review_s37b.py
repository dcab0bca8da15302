"""Review of the session-37 attribution change (b142160..897b3e9: printed transcripts, unnamed speakers,
'was of the view that', the bench's split-quote lookup), written as tests on invented text: a plain test
pins behaviour that is right, a strict xfail marks a fault (its reason says when it is a regression
against b142160, the code before the merge)."""

import sys
from pathlib import Path

import pytest
from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.quotes import Mention, extract_mentions

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import attribution_bench  # noqa: E402

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str) -> str:
    return _speaker_among(body, words, PEOPLE)


def _speakers_under(headline: str, body: str) -> dict[str, str]:
    """Each mention's text and speaker for a body under a headline of our own (the title the parser
    reads is the page's, not the bench's fixed one)."""
    found = extract_mentions("d", split_layout(headline + "\n\n" + body), PEOPLE, {})
    return {m.text: m.speaker for m in found}


def _mention(text: str, speaker: str) -> Mention:
    return Mention("d", 0, speaker, "", "quote", text, None)


# ---- printed Q&A: an explainer's Q:/A: box is nobody's interview ----

_FAQ = ("Q: Will the ferry still run while the quay is shut?\nA: Yes, from the east pontoon, the harbour "
        "trust says.\n\n"
        "Q: Who pays for the repairs?\nA: The trust, according to its latest published accounts.")


def test_a_qa_box_under_a_headline_naming_someone_is_not_their_interview() -> None:
    body = ("The quay closes on Monday for the winter repairs, and boat owners have been asking what "
            "that means for them.\n\n" + _FAQ)
    said = _speakers_under("Ada Lind's quay closure: your questions answered", body)
    assert "Ada Lind" not in said.values()


def test_a_qa_box_after_a_passing_mention_of_an_interview_is_not_that_interview() -> None:
    body = ("Ada Lind told the Gazette in an interview last week that the quay would close in May. Here "
            "is what the closure means for boat owners.\n\n" + _FAQ)
    assert _speaker_of(body, "Yes, from the east pontoon") != "Ada Lind"
    assert _speaker_of(body, "The trust, according to") != "Ada Lind"


def test_news_that_an_interview_had_been_edited_for_length_is_no_printed_interview() -> None:
    body = ("Bo Hart complained to the Gazette that the interview had been edited for length and that his "
            "answer on mooring fees was cut.\n\n"
            "What does the closure mean for you?\n\n"
            "The quay will stay shut until May, the harbour trust said.\n\n"
            "Can you still moor a boat?\n\n"
            "Only at the east pontoon, which has twenty berths.")
    assert _speaker_of(body, "The quay will stay shut") != "Bo Hart"
    assert _speaker_of(body, "Only at the east pontoon") != "Bo Hart"


def test_a_qa_box_the_body_calls_a_printed_interview_is_still_the_interviewees() -> None:
    body = ("Ada Lind talks to Sam Pell about the quay closure. The interview has been edited for length.\n\n"
            + _FAQ.replace(", the harbour trust says", "").replace(", according to its latest published "
                                                                   "accounts", ", and I have asked for help"))
    assert _speaker_of(body, "Yes, from the east pontoon") == "Ada Lind"
    assert _speaker_of(body, "The trust, and I have asked") == "Ada Lind"


def test_the_edited_for_length_note_on_its_own_line_still_marks_a_printed_interview() -> None:
    body = ("Bo Hart, who ran the ferry for thirty years, talked to Sam Pell at the quay.\n"
            "The interview has been lightly edited for length.\n\n"
            "What did the closure mean for you?\n\n"
            "I lost half my trade in a month, and the bank would not wait.\n\n"
            "Can you still moor a boat?\n\n"
            "Only at the east pontoon, and I have no berth there.")
    assert _speaker_of(body, "I lost half my trade") == "Bo Hart"


# ---- one voice's capitals labels: the directions between are no one's line ----

def test_a_bracketed_direction_in_a_one_voice_transcript_is_no_statement() -> None:
    body = ("Transcript of the clip the trust posted on Sunday:\n\n"
            "ADA LIND: Look at the mortar here. It comes away in your fingers.\n\n"
            "[She crouches by the harbour steps.]\n\n"
            "ADA LIND: That is why nobody is allowed past the barrier this winter.")
    assert _speaker_of(body, "Look at the mortar") == "Ada Lind"
    assert _speaker_of(body, "She crouches by the harbour steps") == "not found"


def test_a_namesakes_capitals_label_is_not_the_known_persons() -> None:
    body = ("Transcript of the clip the trust posted on Sunday:\n\n"
            "TOM LIND: Look at the mortar here. It comes away in your fingers.\n\n"
            "[He crouches by the harbour steps.]\n\n"
            "TOM LIND: That is why nobody is allowed past the barrier this winter.")
    assert _speaker_of(body, "Look at the mortar") != "Ada Lind"
    assert _speaker_of(body, "That is why nobody") != "Ada Lind"


# ---- administrators, liquidators, receivers: a role, not a rival to the name beside it ----

def test_said_the_administrator_then_a_known_name_is_that_person() -> None:
    assert _speaker_of("\"We will seek a buyer for the yard,\" said the administrator, Bo Hart.",
                       "We will seek a buyer") == "Bo Hart"
    assert _speaker_of("\"We will seek a buyer for the yard,\" said the joint administrator Bo Hart.",
                       "We will seek a buyer") == "Bo Hart"


def test_a_role_then_a_known_name_not_beside_it_is_still_the_role() -> None:
    assert _speaker_of("\"We will seek a buyer for the yard,\" the administrator told Hart.",
                       "We will seek a buyer") == "the administrator"
    body = "\"We will seek a buyer for the yard,\" said the receiver. Hart was not convinced."
    assert _speaker_of(body, "We will seek a buyer") == "the receiver"
    body = "\"We will seek a buyer for the yard,\" said the spokeswoman, who declined to name Hart."
    assert _speaker_of(body, "We will seek a buyer") not in ("Ada Lind", "Bo Hart", "not found")


def test_an_administrator_named_before_the_verb_is_that_person() -> None:
    assert _speaker_of("Joint administrator Bo Hart said: \"We will seek a buyer for the yard.\"",
                       "We will seek a buyer") == "Bo Hart"
    assert _speaker_of("The group's administrator, Ada Lind, said: \"We removed the post within an hour.\"",
                       "We removed the post") == "Ada Lind"


# ---- present-tense verbs that are also nouns ----

def test_remarks_and_notes_as_nouns_before_a_name_credit_no_one() -> None:
    body = "The trust called the plan \"a gift to developers\", remarks Hart later described as cheap."
    assert _speaker_of(body, "a gift to developers") != "Bo Hart"
    body = "The file held \"a list of every crack since 1990\", notes Hart kept for years."
    assert _speaker_of(body, "a list of every crack") != "Bo Hart"


def test_remarks_and_notes_with_the_name_ending_the_credit_are_verbs() -> None:
    assert _speaker_of("\"The quay is safe,\" notes Hart drily.", "The quay is safe") == "Bo Hart"
    assert _speaker_of("\"The quay is safe,\" remarks Lind with a shrug.", "The quay is safe") == "Ada Lind"
    body = "\"The quay is safe,\" notes Hart, who has fished from it for forty years."
    assert _speaker_of(body, "The quay is safe") == "Bo Hart"


def test_points_out_as_a_verb_of_saying_credits_its_subject() -> None:
    body = "Hart, who points out that the wall was \"never meant to carry lorries\", wants a weight limit."
    assert _speaker_of(body, "never meant to carry lorries") == "Bo Hart"


# ---- a surname after initials ----

def test_a_one_letter_name_ending_a_sentence_is_no_initial() -> None:
    body = "Hart shared the video on X. Morgan replied: \"We will not be bullied off the quay.\""
    assert _speaker_of(body, "We will not be bullied") != "X. Morgan"
    body = "Lind read the post on X. Tom Morgan replied: \"We will not be bullied off the quay.\""
    assert _speaker_of(body, "We will not be bullied") == "Tom Morgan"


def test_two_initials_or_one_after_a_noun_are_still_a_name() -> None:
    body = "\"We were never asked,\" said J. K. Osei, who chairs the ferry users."
    assert _speaker_of(body, "We were never asked") == "J. K. Osei"
    body = "Former harbour board member R. Venkatesan opined, \"The town will welcome such a step.\""
    assert _speaker_of(body, "The town will welcome") == "R. Venkatesan"


@pytest.mark.xfail(strict=True, reason="not the initial: a lone surname the article has not named in full "
                   "('… on Facebook. Morgan replied: \"…\"') is no speaker, and the quote goes back to the "
                   "last one named (b142160 and main alike)")
def test_a_lone_unknown_surname_after_a_sentence_takes_the_quote() -> None:
    body = "Hart shared the video on X. Morgan replied: \"We will not be bullied off the quay.\""
    assert _speaker_of(body, "We will not be bullied") not in ("X. Morgan", "Bo Hart")


def test_initials_of_a_shop_or_a_street_do_not_take_a_known_speakers_words() -> None:
    body = "Lind, who worked at W. H. Smith for a decade, said: \"The high street is dying.\""
    assert _speaker_of(body, "The high street is dying") == "Ada Lind"
    body = "The chandlery is at 14 K. Mensah Street. \"The quay has been good to us,\" Hart said."
    assert _speaker_of(body, "The quay has been good to us") == "Bo Hart"


# ---- 'of the view that': the obvious variants ----

def test_are_of_the_view_and_of_the_opinion_credit_their_subject() -> None:
    body = "Lind is of the opinion that \"the quay can wait another year\"."
    assert _speaker_of(body, "the quay can wait") == "Ada Lind"
    body = "The administrators are of the view that \"the yard can still be sold as a going concern\"."
    assert _speaker_of(body, "the yard can still") not in ("not found", "Ada Lind", "Bo Hart")


def test_of_the_opinion_without_its_quote_credits_no_one_new() -> None:
    body = ("Hart is of the opinion, like most traders, that the vote should wait. \"We are of one mind,\" "
            "Lind said.")
    assert _speaker_of(body, "We are of one mind") == "Ada Lind"
    body = "The opinion of the board, Hart said, was \"that the quay can wait a year\"."
    assert _speaker_of(body, "that the quay can wait") == "Bo Hart"


@pytest.mark.xfail(strict=True, reason="not the verb: a plural group with no role word is no speaker for any "
                   "verb ('Local traders said that \"…\"' credits no one either); a rule for groups is its "
                   "own change")
def test_a_plural_group_of_the_view_is_an_unnamed_speaker() -> None:
    body = "Local traders are of the view that \"the rule is a long time coming\"."
    assert _speaker_of(body, "the rule is a long time") not in ("not found", "Ada Lind", "Bo Hart")


# ---- the bench: a split quote's first half without its comma ----

def test_the_bench_matches_a_split_quotes_first_half_on_whole_words() -> None:
    nobody = [_mention("Nobody told us a thing about the quay.", "Bo Hart")]
    assert attribution_bench._found("No,", nobody) is None
    soundly = [_mention("The quay is soundly built, the engineers say.", "Bo Hart")]
    assert attribution_bench._found("The quay is sound,", soundly) is None


def test_the_bench_finds_the_split_quote_beside_a_longer_word() -> None:
    mentions = [_mention("The wall is sound. We open in May.", "Ada Lind"),
                _mention("The wall is soundly built, the engineers say.", "Bo Hart")]
    assert attribution_bench._found("The wall is sound,", mentions) is mentions[0]
