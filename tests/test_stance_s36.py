"""Session 36's stance rules, on an invented controversy (a harbour board turning off an old
lighthouse's lamp against its keeper's wishes): each with must-fire and must-not-fire cases."""

import pandas as pd

from components.core.config import CorpusConfig, Person, Side
from components.enrich.replies import answer_replies
from components.enrich.stance import NEUTRAL

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
