"""Session 36's stance rules, on an invented controversy (a harbour board turning off an old
lighthouse's lamp against its keeper's wishes): each with must-fire and must-not-fire cases."""

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.replies import answer_replies
from components.enrich.stance import NEUTRAL, Claims, classify_stance
from components.enrich.stance.evidence import _decide
from components.enrich.stance.scores import _Evidence

CONFIG = CorpusConfig(
    name="lighthouse",
    sides=(Side("keeper", Person("Orla Penhallow", ("Penhallow", "the keeper"), (), "she"),
                ("the lamp guides the fishing boats",)),
           Side("board", Person("Tresco Harbour Board", ("the board",), (), "they"),
                ("satellite navigation made the lamp obsolete",))),
)


def thread(rows: list[tuple[str, str]]) -> pd.DataFrame:
    """One document's comments in order: (author, text)."""
    return pd.DataFrame({"doc_id": "d", "position": range(1, len(rows) + 1),
                         "author": [a for a, _ in rows], "text": [t for _, t in rows]})


def decided(sides: list[str]) -> pd.DataFrame:
    """A classifier's output: the given sides, every other comment neutral."""
    return pd.DataFrame({"stance": sides,
                         "stance_confidence": [0.8 if s != NEUTRAL else 0.6 for s in sides],
                         "stance_reason": ["x" if s != NEUTRAL else "No cue." for s in sides]})


# --- reply chains: a side taken by answering passes to the replies that answer it ---

def test_a_reply_to_a_reply_argues_back_at_the_side_the_replier_took() -> None:
    comments = thread([("Mags", "Switching the lamp off is madness."),
                       ("Denzil", "@Mags you clearly have never skippered a boat in your life."),
                       ("Wenna", "@Denzil and you clearly never lost anyone at sea.")])
    out = answer_replies(comments, decided(["keeper", NEUTRAL, NEUTRAL]), CONFIG)
    assert out["stance"].tolist() == ["keeper", "board", "keeper"]
    assert "answers Denzil" in out.loc[2, "stance_reason"]


def test_a_reply_agreeing_with_a_replier_takes_the_repliers_side() -> None:
    comments = thread([("Mags", "Switching the lamp off is madness."),
                       ("Denzil", "@Mags nonsense, nobody has steered by it in decades."),
                       ("Ruan", "@Denzil exactly, well said.")])
    out = answer_replies(comments, decided(["keeper", NEUTRAL, NEUTRAL]), CONFIG)
    assert out["stance"].tolist() == ["keeper", "board", "board"]


def test_the_chain_goes_down_more_than_one_reply() -> None:
    comments = thread([("Mags", "Switching the lamp off is madness."),
                       ("Denzil", "@Mags rubbish."),
                       ("Wenna", "@Denzil rubbish yourself."),
                       ("Ruan", "@Wenna nonsense, the lot of it.")])
    out = answer_replies(comments, decided(["keeper", NEUTRAL, NEUTRAL, NEUTRAL]), CONFIG)
    assert out["stance"].tolist() == ["keeper", "board", "keeper", "board"]


def test_a_question_to_a_replier_takes_no_side() -> None:
    comments = thread([("Mags", "Switching the lamp off is madness."),
                       ("Denzil", "@Mags rubbish."),
                       ("Wenna", "@Denzil do you know when the board meets next?")])
    out = answer_replies(comments, decided(["keeper", NEUTRAL, NEUTRAL]), CONFIG)
    assert out["stance"].tolist() == ["keeper", "board", NEUTRAL]


def test_a_reply_to_a_replier_who_only_asked_takes_no_side() -> None:
    """Denzil only asked Mags something, so took no side: arguing with him takes none either."""
    comments = thread([("Mags", "Switching the lamp off is madness."),
                       ("Denzil", "@Mags do you know when the lamp was last serviced?"),
                       ("Wenna", "@Denzil rubbish, look it up yourself.")])
    out = answer_replies(comments, decided(["keeper", NEUTRAL, NEUTRAL]), CONFIG)
    assert out["stance"].tolist() == ["keeper", NEUTRAL, NEUTRAL]


def test_a_decided_reply_is_never_changed_by_the_chain() -> None:
    comments = thread([("Mags", "Switching the lamp off is madness."),
                       ("Denzil", "@Mags rubbish."),
                       ("Wenna", "@Denzil the board has it right, for once.")])
    out = answer_replies(comments, decided(["keeper", NEUTRAL, "board"]), CONFIG)
    assert out["stance"].tolist() == ["keeper", "board", "board"]


# --- a contest of cues: a real lead wins, a tie or a comment that weighs both sides stays neutral ---

def test_a_comment_condemning_both_sides_needs_a_clear_lead() -> None:
    """Blame for both, more of it for the keeper, by less than 0.3: it damns both rather than
    arguing for the board (review s36c, H199), so it stays neutral; the small lead still wins
    a contest of other cues (test_the_decision_takes_the_leader_unless_it_is_a_tie)."""
    result = classify_stance("Penhallow has been awful, and the board are lazy.", CONFIG)
    assert result.stance == NEUTRAL
    assert 0 < result.scores["board"] - result.scores["keeper"] < 0.3


def test_the_decision_takes_the_leader_unless_it_is_a_tie() -> None:
    assert _decide(_Evidence(scores={"keeper": 1.0, "board": 0.9},
                             cues={"keeper": ["a"], "board": ["b"]}), CONFIG).stance == "keeper"
    assert _decide(_Evidence(scores={"keeper": 0.6, "board": 0.6},
                             cues={"keeper": ["a"], "board": ["b"]}), CONFIG).stance == NEUTRAL
    assert _decide(_Evidence(scores={"keeper": 0.3}, cues={"keeper": ["a"]}), CONFIG).stance == NEUTRAL


def test_a_tie_of_cues_stays_neutral() -> None:
    assert classify_stance("The keeper is wrong. The board is wrong too.", CONFIG).stance == NEUTRAL


def test_a_comment_that_weighs_both_sides_stays_neutral_whoever_leads() -> None:
    text = "Both sides have a point. Penhallow has been awful, and the board are lazy."
    assert classify_stance(text, CONFIG).stance == NEUTRAL


# --- a claim that its sentence's closing tag gives to someone else is reported, not made ---

STATEMENTS = pd.DataFrame({"speaker": ["Orla Penhallow", "Tresco Harbour Board"],
                           "text": ["The lamp guides the fishing boats home every winter night.",
                                    "Satellite navigation made the lamp obsolete years ago."]})


def _with_claims(text: str) -> str:
    return classify_stance(text, CONFIG, Claims.build(CONFIG, STATEMENTS)).stance


@pytest.mark.parametrize("text", [
    "Satellite navigation made the lamp obsolete, they say.",
    "Satellite navigation made the lamp obsolete, the harbour master claims.",
    "Satellite navigation made the lamp obsolete, according to the board.",
])
def test_a_claim_closed_by_a_speech_tag_is_not_made(text: str) -> None:
    assert _with_claims(text) == NEUTRAL


@pytest.mark.parametrize("text", [
    "Satellite navigation made the lamp obsolete, I'd say.",
    "Satellite navigation made the lamp obsolete, as I said.",
    "Satellite navigation made the lamp obsolete, they say, and they are right.",
    "Satellite navigation made the lamp obsolete, full stop.",
])
def test_a_claim_with_the_commenters_own_tag_or_no_tag_is_made(text: str) -> None:
    assert _with_claims(text) == "board"


def test_blame_beside_a_reported_claim_takes_the_blamers_side() -> None:
    text = "Penhallow has been awful to the crews. Satellite navigation made the lamp obsolete, they say."
    assert _with_claims(text) == "board"  # the blame of the keeper, not the board's reported line
