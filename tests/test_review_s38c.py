"""Review of H257's sarcasm markers in stance (9148eda..02fc636: sarcastic frames, closing laughter,
"Is this the same X ...?", laughing faces kept as tokens), written as tests on invented text: an
island ferry trust against a port authority that would close the jetty. A strict xfail is a fault
confirmed in the merged code (its reason says when it is a regression against the base 9148eda); a
plain test pins a behaviour the change gets right."""

import time

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, classify_stance

# An island ferry and the jetty it sails from, invented.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("trust", Person("Saltmere Ferry Trust", ("the Trust", "Ferry Trust"), (), "they"),
                ("the ferry carries commuters every morning", "the crossing is a lifeline for islanders")),
           Side("port", Person("Kelso Port Authority", ("the authority", "Port Authority"), (), "they"),
                ("the jetty is structurally unsafe", "repairs would cost millions"))),
)
SCORN = "scorns what it echoes"
LAUGH = "laughs at what it echoes"


# --- faults, most harmful first -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "not_for"), [
    ("Kelso Port Authority botched the regatta 🤣", "port"),
    ("The Ferry Trust ruined the timetable 😂😂😂", "trust"),
])
def test_a_laughing_face_at_a_named_side_is_not_praise(text: str, not_for: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance != not_for and "speaks well of" not in result.reason


@pytest.mark.parametrize("text", [
    "Totally agree, the crossing is a lifeline for islanders lol",
    "Honestly the crossing is a lifeline for islanders haha",
])
def test_friendly_laughter_after_agreement_keeps_the_agreement(text: str) -> None:
    assert classify_stance(text, CONFIG).stance == "trust"


@pytest.mark.parametrize(("text", "stance"), [
    ("Yes, because the crossing is a lifeline for islanders.", "trust"),
    ("Yeah because the jetty is structurally unsafe, that's the whole problem.", "port"),
])
def test_a_plain_yes_because_answer_is_meant(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


def test_a_framed_sentence_does_not_switch_off_the_dismissive_closer() -> None:
    text = ("So the jetty is structurally unsafe. Funny how the money only runs out for the ferry. "
            "Convenient.")
    assert classify_stance(text, CONFIG).stance == "trust"


@pytest.mark.parametrize("after", ["😂", "lol", "Asking for a friend.", "Just asking."])
def test_a_same_question_followed_by_a_knowing_tag_still_sneers(after: str) -> None:
    text = f"Is this the same Port Authority that shut the slipway? {after}"
    assert classify_stance(text, CONFIG).stance == "trust"


@pytest.mark.parametrize("text", [
    "Amazing how the ferry carries commuters every morning even when the sea is this rough.",
    "Love how the crossing is still a lifeline for islanders when the bridge shuts.",
])
def test_admiration_with_when_is_meant(text: str) -> None:
    assert classify_stance(text, CONFIG).stance == "trust"


@pytest.mark.parametrize(("text", "not_for"), [
    ("Curious how they will cover repairs that cost millions.", "trust"),
    ("Funny how the kids loved the morning crossing so much.", "port"),
])
def test_a_sincere_frame_is_not_scorn(text: str, not_for: str) -> None:
    result = classify_stance(text, CONFIG)
    assert SCORN not in result.reason and result.stance != not_for


@pytest.mark.parametrize("text", [
    pytest.param("Is this the same Port Authority that ran the regatta last summer? The storm that "
                 "weekend was awful.", marks=pytest.mark.xfail(
                     strict=True, reason="a 'same X' question keeps its sneer when the hostility after it is "
                     "at the weather (not a regression)")),
    "Is this the same Port Authority my gran said ran the regatta in 1960?",
])
def test_a_same_question_sneers_only_at_the_one_it_asks_about(text: str) -> None:
    assert classify_stance(text, CONFIG).stance == NEUTRAL


@pytest.mark.parametrize("text", [
    "the jetty is structurally unsafe... lol",
    "The jetty is structurally unsafe. Lol.",
    "The jetty is structurally unsafe!! 😂😂😂",
])
def test_laughter_after_the_closing_mark_still_laughs(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == "trust" and LAUGH in result.reason


@pytest.mark.parametrize("text", [
    "the jetty is structurally unsafe lolol",
    "the jetty is structurally unsafe ahahaha",
    "the jetty is structurally unsafe (lol)",
    "the jetty is structurally unsafe 😆",
])
def test_other_spellings_of_laughter_laugh(text: str) -> None:
    assert LAUGH in classify_stance(text, CONFIG).reason


MISSED = pytest.mark.xfail(strict=True, reason="obvious variants of the frames and other mockery are missed: "
                           "'How convenient that', 'Funny that', 🙄, 'sure jan' (not a regression)")


@pytest.mark.parametrize("text", [
    pytest.param("How convenient that the jetty only became structurally unsafe this year.", marks=MISSED),
    pytest.param("Funny that the jetty only became structurally unsafe this year.", marks=MISSED),
    "Yeah right, because the jetty is structurally unsafe.",
    pytest.param("the jetty is structurally unsafe 🙄", marks=MISSED),
    pytest.param("the jetty is structurally unsafe, sure jan", marks=MISSED),
])
def test_other_frames_of_mockery_turn_the_echo(text: str) -> None:
    assert classify_stance(text, CONFIG).stance == "trust"


# --- pinned: the change gets these right ----------------------------------------------------------

@pytest.mark.parametrize(("text", "stance"), [
    # names a side: left to the phrase cues, not marked
    ("Right, because the Port Authority said so.", NEUTRAL),
    # laughter that is a handle, or that does not close the sentence
    ("the jetty is structurally unsafe @haha", "port"),
    ("the jetty is structurally unsafe lol which is why repairs cost millions", "port"),
    # a real "same" question with no sneer
    ("Is this the same Port Authority that shut the slipway in the spring?", NEUTRAL),
])
def test_unmarked_text_is_left_alone(text: str, stance: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == stance and SCORN not in result.reason and LAUGH not in result.reason


@pytest.mark.parametrize(("text", "stance"), [
    ("Odd how the jetty is only structurally unsafe when a developer wants the land.", "trust"),
    ("Isn't it funny how repairs only cost millions once the ferry is doing well?", "trust"),
    ("Is this the same Port Authority that wasted millions on a car park?", "trust"),
    ("Is this the same Port Authority that promised to keep the slipway open?", "trust"),
])
def test_marked_sarcasm_turns_or_sneers(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


@pytest.mark.timing
def test_hundred_thousand_character_comments_are_read_in_linear_time() -> None:
    filler = "the tide came in and the gulls sat on the wall " * 2200  # one sentence, ~100,000 characters
    for text in ("Is this the same Port Authority that shut the slipway? " + filler,
                 "Amazing how " + filler,
                 "the jetty is structurally unsafe " + "lol " * 25000):
        # this process's CPU time: other load (an xdist neighbour, other jobs) is not the code's
        started = time.process_time()
        classify_stance(text, CONFIG)
        assert time.process_time() - started < 3.0
