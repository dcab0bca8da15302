"""Session 37 (H220): a comment left without a side that a sided reply answers, naming its writer,
takes the side the answer puts it on (enrich/replies.py, _answered_comments). Invented thread: a
town arguing over the closing of its open-air lido."""

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.replies import answer_replies
from components.enrich.settled import ANSWERED_BY, SPAM_STANCE_REASON
from components.enrich.stance import BACKED_COLUMN, NEUTRAL, weighs_both

CONFIG = CorpusConfig(
    name="Quarrick Borough Council closes the Saltmoor lido",
    sides=(Side("swimmers", Person("Saltmoor Swimmers", ("the swimmers' club",), (), "they"),
                ("the lido pays its way",)),
           Side("council", Person("Quarrick Borough Council", ("the council",), (), "they"),
                ("the pumps are beyond repair",))),
)
SWIMMERS, COUNCIL = "swimmers", "council"
NO_CUE = "No cue for either side: no side is named with a clear attitude and no side's claim is made."
TOO_WEAK = "Cues too weak or balanced to pick a side (Saltmoor Swimmers 0.3: something)."
SIDED = "Sides with someone: a cue."
BACKED = {NO_CUE: 0, TOO_WEAK: 1, SIDED: 1}  # the sides each reason's cues backed (none weighed: spam's)


def run(rows: list[tuple[str, str, str, str]], reply_to: list[str] | None = None) -> pd.DataFrame:
    """answer_replies over (author, text, stance, reason) rows of one thread."""
    comments = pd.DataFrame({"doc_id": "d", "position": range(1, len(rows) + 1),
                             "author": [r[0] for r in rows], "text": [r[1] for r in rows]})
    if reply_to is not None:
        comments["reply_to"] = reply_to
    stance = pd.DataFrame({"stance": [r[2] for r in rows], "stance_confidence": 0.7,
                           "stance_reason": [r[3] for r in rows],
                           BACKED_COLUMN: pd.array([BACKED.get(r[3]) for r in rows], dtype="Int64")})
    return answer_replies(comments, stance, CONFIG)


OPENER = ("Morwen", "Forty years I've swum there every morning before work.", NEUTRAL, NO_CUE)


# ---- must fire ---------------------------------------------------------------------------------

def test_a_sided_reply_that_argues_with_a_comment_puts_it_on_the_other_side() -> None:
    out = run([OPENER, ("Dunstan", "@Morwen nostalgia doesn't fix a cracked tank, the money has run out.",
                        COUNCIL, SIDED)])
    assert out["stance"].tolist() == [SWIMMERS, COUNCIL]
    assert out["stance_reason"].iloc[0] == ANSWERED_BY.format(
        ours="Saltmoor Swimmers", replier="Dunstan", theirs="Quarrick Borough Council", how="argues with it")


def test_a_sided_reply_that_agrees_puts_it_on_the_reply_s_side() -> None:
    out = run([OPENER, ("Ysolde", "@Morwen exactly, and so have half the town.", SWIMMERS, SIDED)])
    assert out["stance"].tolist() == [SWIMMERS, SWIMMERS]


def test_a_comment_whose_cues_were_too_weak_is_answered_too() -> None:
    opener = (OPENER[0], OPENER[1], NEUTRAL, TOO_WEAK)
    out = run([opener, ("Dunstan", "@Morwen rubbish, nobody else goes.", COUNCIL, SIDED)])
    assert out["stance"].tolist() == [SWIMMERS, COUNCIL]


def test_the_reply_may_name_its_writer_by_first_name_or_answer_by_reply_to() -> None:
    out = run([OPENER, ("Dunstan", "Morwen, that's a fairy tale, the pumps are finished.", COUNCIL, SIDED)],
              reply_to=["", "Morwen"])
    assert out["stance"].iloc[0] == SWIMMERS


# ---- must not fire -----------------------------------------------------------------------------

def test_a_reply_placed_under_a_comment_without_naming_its_writer_gives_it_nothing() -> None:
    out = run([OPENER, ("Dunstan", "Nonsense, the pumps are finished and that's that.", COUNCIL, SIDED)],
              reply_to=["", "Morwen"])
    assert out["stance"].iloc[0] == NEUTRAL


def test_a_comment_that_weighs_both_sides_keeps_no_side() -> None:
    opener = ("Morwen", "Both sides have a point, it's a shame all round.", NEUTRAL, NO_CUE)
    out = run([opener, ("Dunstan", "@Morwen rubbish, the council had no choice.", COUNCIL, SIDED)])
    assert out["stance"].iloc[0] == NEUTRAL


def test_a_comment_that_speaks_for_no_side_keeps_none() -> None:
    opener = ("Morwen", "Cheap goggles at my shop, link in bio", NEUTRAL, SPAM_STANCE_REASON)
    out = run([opener, ("Dunstan", "@Morwen rubbish, take your adverts elsewhere.", COUNCIL, SIDED)])
    assert out["stance"].iloc[0] == NEUTRAL


def test_a_comment_answered_from_both_sides_keeps_no_side() -> None:
    out = run([OPENER,
               ("Dunstan", "@Morwen rubbish, the pumps are finished.", COUNCIL, SIDED),
               ("Ysolde", "@Morwen nonsense, it pays its way.", SWIMMERS, SIDED)])
    assert out["stance"].iloc[0] == NEUTRAL


def test_a_decided_comment_is_never_changed_by_its_answer() -> None:
    opener = (OPENER[0], OPENER[1], COUNCIL, SIDED)
    out = run([opener, ("Ysolde", "@Morwen rubbish, it pays its way.", COUNCIL, SIDED)])
    assert out["stance"].iloc[0] == COUNCIL


def test_a_question_for_information_gives_no_side() -> None:
    out = run([OPENER, ("Dunstan", "@Morwen do you know what time it opened back then?", COUNCIL, SIDED)])
    assert out["stance"].iloc[0] == NEUTRAL


def test_a_neutral_answer_gives_no_side() -> None:
    out = run([OPENER, ("Dunstan", "@Morwen rubbish, the water was always freezing.", NEUTRAL, NO_CUE)])
    assert out["stance"].tolist() == [NEUTRAL, NEUTRAL]


def test_only_the_comment_answered_takes_a_side_not_the_writer_s_later_ones() -> None:
    out = run([OPENER, ("Dunstan", "@Morwen rubbish, the pumps are finished.", COUNCIL, SIDED),
               ("Morwen", "Off to the sea instead then, bring a towel.", NEUTRAL, NO_CUE)])
    assert out["stance"].tolist() == [SWIMMERS, COUNCIL, NEUTRAL]


@pytest.mark.parametrize("text, weighs", [
    ("Both sides have a point, honestly.", True),
    ("Neither of them is right about the pumps.", True),
    ("Neither of them turned up to the meeting.", False),
    ("The pumps are finished.", False),
])
def test_weighs_both(text: str, weighs: bool) -> None:
    assert weighs_both(text) is weighs
