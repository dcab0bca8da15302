"""Stance, session 34: general readings of how people argue for or against a side, each with
cases where the rule must not change a thing. Invented controversy: a ferry company ("they")
cutting a winter crossing, against an island's residents' group ("they").

- A side's own words put in quotes and not taken up ("The timetable is "fully reviewed", sure.")
  hold them at arm's length: that counts mildly against the side whose words they are, as the
  position cues' scare quotes do, unless the comment approves or cites the line, or the quote is
  given as somebody's or as what something is called."""

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, Claims, classify_stance

CONFIG = CorpusConfig(
    name="test",
    sides=(Side("ferry", Person("Tarn Ferries", ("the ferry company",), (), "they"),
                ("running at a loss",)),
           Side("islanders", Person("Skellan Islanders Group", ("the islanders' group",), (), "they"),
                ("lifeline service",))),
    people=(Person("Moira Quill", ("Quill",), (), "she", "ferry"),
            Person("Hamish Dow", ("Dow",), (), "he", "islanders")),
)
# What each side's people said in the corpus: their words become that side's claim words.
STATEMENTS = pd.DataFrame({
    "speaker": ["Moira Quill", "Hamish Dow"],
    "text": ["The winter timetable was fully reviewed and the crossing is underused.",
             "Nobody consulted the harbour pilots or the school about the winter."],
})
CLAIMS = Claims.build(CONFIG, STATEMENTS)


def stance(text: str) -> str:
    return classify_stance(text, CONFIG, CLAIMS).stance


@pytest.mark.parametrize(("text", "side"), [
    ('The timetable was "fully reviewed", sure. Tell that to the lad who missed his exam.', "islanders"),
    ('An "underused" crossing that is packed every Friday night.', "islanders"),
    ('Half the mainland trips were "consulted" on in a single afternoon meeting.', "ferry"),
])
def test_a_sides_own_words_held_up_in_quotes_count_against_it(text: str, side: str) -> None:
    result = classify_stance(text, CONFIG, CLAIMS)
    assert result.stance == side and "own words in quotes" in result.reason


@pytest.mark.parametrize("text", [
    '"Fully reviewed". Spot on, the figures were published in March.',  # the line approved
    'Quill said "the crossing is underused" on the radio.',  # cited after a verb of saying
    'As Quill put it, "underused" on most winter days.',  # cited after "put it"
    'The company\'s "fully reviewed" timetable lands on Monday.',  # given as somebody's
    'Stop calling it "underused" when you cancel half the sailings.',  # a label in dispute
    'My nan calls the boat "the old bucket" and always has.',  # nobody's claim words
    'The "winter" timetable starts in October.',  # both sides' people say it
])
def test_a_quote_approved_cited_owned_labelled_or_nobodys_takes_no_side(text: str) -> None:
    assert "own words in quotes" not in classify_stance(text, CONFIG, CLAIMS).reason


def test_quotes_of_both_sides_words_take_no_side() -> None:
    text = 'One lot says "underused", the other says "consulted". I just want a boat on Tuesdays.'
    assert stance(text) == NEUTRAL


def test_a_quoted_passage_is_cited_not_held_up() -> None:
    """A long quote is a passage read out, not a few words held up."""
    text = ('"The winter timetable was fully reviewed and the crossing is underused and we will look '
            'again at it in the spring with everyone" is the whole statement.')
    assert "own words in quotes" not in classify_stance(text, CONFIG, CLAIMS).reason


def test_without_quotes_the_same_words_are_not_held_up() -> None:
    assert "own words in quotes" not in classify_stance(
        "The timetable was fully reviewed, sure.", CONFIG, CLAIMS).reason


def test_a_quote_after_a_pronoun_that_is_not_a_verbs_object_is_still_held_up() -> None:
    """"it" before a quote cites only after a verb of saying ("put it"), not after any word."""
    result = classify_stance('Funny how it "fully reviewed" nothing at all.', CONFIG, CLAIMS)
    assert "own words in quotes" in result.reason


# ---- an inch mark is no quote mark ----

def test_an_inch_mark_does_not_quote_the_rest_of_a_comment() -> None:
    """'6\\'2"' or 'a 12" pizza' would otherwise put every later word in quotes, read for nothing."""
    for opening in ('My lad is 6\'2" and', 'We had a 12" pizza on board and'):
        text = f"{opening} the crossing is running at a loss, plain as day."
        result = classify_stance(text, CONFIG, CLAIMS)
        assert result.stance == "ferry", result.reason


def test_a_closing_mark_after_a_number_still_closes_its_quote() -> None:
    from components.enrich.stance.tokens import tokenise

    tokens = tokenise('They printed the "Top 10" list and then we argued.')
    assert [t.text for t in tokens if t.quoted and t.word] == ["Top", "10"]
