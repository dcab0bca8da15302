"""The reply chain after the session 36 review (H199): answers, concessions and mockery, a reply
made before its commenter took a side, sides taken back, and each step less sure. Invented
thread: a village arguing over a ferry timetable."""

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.replies import CHAIN_STEP, REPLY_CONFIDENCE, answer_replies
from components.enrich.stance import NEUTRAL

CONFIG = CorpusConfig(
    name="ferry",
    sides=(Side("skipper", Person("Idris Penhale", ("Penhale",), (), "he"), ("the late ferry must stay",)),
           Side("operator", Person("Tidewater Lines", ("Tidewater",), (), "they"),
                ("the late ferry runs empty",))),
)
SKIPPER, OPERATOR = "skipper", "operator"


def sides(rows: list[tuple[str, str]], given: list[str] | None = None) -> list[str]:
    """The stances after the reply rule; the first comment is the skipper's unless given says."""
    given = given or [SKIPPER] + [NEUTRAL] * (len(rows) - 1)
    comments = pd.DataFrame({"doc_id": "d", "position": range(1, len(rows) + 1),
                             "author": [a for a, _ in rows], "text": [t for _, t in rows]})
    stance = pd.DataFrame({"stance": given, "stance_confidence": 0.7, "stance_reason": "x"})
    return answer_replies(comments, stance, CONFIG)["stance"].tolist()


OPENER = ("Wenna", "Cutting the late ferry strands half the island.")


@pytest.mark.parametrize("reply", [
    "@Wenna fair enough, I hadn't looked at it that way.",
    "@Wenna you may be right about that.",
    "@Wenna point taken.",
    "@Wenna I stand corrected.",
])
def test_a_reply_that_grants_the_point_takes_the_side_of_the_one_it_answers(reply: str) -> None:
    assert sides([OPENER, ("Cador", reply)]) == [SKIPPER, SKIPPER]


@pytest.mark.parametrize("reply", [
    "@Wenna fair enough, but the boat still sails half empty.",  # the point taken back
    "@Wenna hardly a fair point when the boat sails empty.",
])
def test_a_concession_taken_back_or_denied_is_no_concession(reply: str) -> None:
    assert sides([OPENER, ("Cador", reply)])[1] != SKIPPER


@pytest.mark.parametrize("reply", [
    "@Wenna yes, and pigs might fly.",
    "@Wenna sure, and the tide will turn itself.",
    "@Wenna oh sure, the island will sink without it.",
    "@Wenna yeah right.",
])
def test_mockery_argues_with_the_one_it_answers_even_when_it_opens_with_assent(reply: str) -> None:
    assert sides([OPENER, ("Cador", reply)]) == [SKIPPER, OPERATOR]


def test_a_plain_yes_and_still_agrees() -> None:
    assert sides([OPENER, ("Cador", "@Wenna yes, and the school run needs it too.")]) == [SKIPPER, SKIPPER]


def test_an_answer_to_the_question_its_commenter_closed_on_takes_no_side() -> None:
    rows = [("Wenna", "Cutting the late ferry strands half the island. Does anyone know the new times?"),
            ("Cador", "@Wenna the last boat goes at six from next month.")]
    assert sides(rows) == [SKIPPER, NEUTRAL]


def test_a_reply_to_a_comment_that_asks_nothing_still_argues_back() -> None:
    """The question must close the commenter's last comment before the reply: an earlier one
    does not count."""
    rows = [("Wenna", "Does anyone know the new times?"),
            ("Wenna", "Cutting the late ferry strands half the island."),
            ("Cador", "@Wenna the last boat goes at six from next month.")]
    assert sides(rows, [NEUTRAL, SKIPPER, NEUTRAL]) == [NEUTRAL, SKIPPER, OPERATOR]


def test_a_hostile_answer_to_a_question_still_argues() -> None:
    rows = [("Wenna", "Cutting the late ferry strands half the island. Who decided this?"),
            ("Cador", "@Wenna nonsense, nobody is stranded.")]
    assert sides(rows) == [SKIPPER, OPERATOR]


def test_a_reply_to_a_commenter_who_takes_a_side_only_later_takes_none() -> None:
    rows = [("Wenna", "Morning all, lovely crossing today."),
            ("Cador", "@Wenna it was, flat calm."),
            ("Wenna", "Cutting the late ferry strands half the island.")]
    assert sides(rows, [NEUTRAL, NEUTRAL, SKIPPER]) == [NEUTRAL, NEUTRAL, SKIPPER]


def test_a_side_taken_from_a_commenter_a_later_round_gives_both_sides_is_taken_back() -> None:
    """Cador argues with Wenna (operator); Wenna later agrees with Cador, which gives her the
    operator's side too: she now takes both, so Cador's side from arguing with her goes, and with
    it Wenna's from agreeing with him."""
    rows = [OPENER, ("Cador", "@Wenna nonsense."), ("Wenna", "@Cador exactly.")]
    assert sides(rows) == [SKIPPER, NEUTRAL, NEUTRAL]


def test_each_step_down_the_chain_is_less_sure() -> None:
    rows = [OPENER, ("Cador", "@Wenna nonsense."), ("Morwenna", "@Cador nonsense yourself."),
            ("Jago", "@Morwenna rubbish.")]
    comments = pd.DataFrame({"doc_id": "d", "position": range(1, 5), "author": [a for a, _ in rows],
                             "text": [t for _, t in rows]})
    stance = pd.DataFrame({"stance": [SKIPPER] + [NEUTRAL] * 3, "stance_confidence": 0.7,
                           "stance_reason": "x"})
    out = answer_replies(comments, stance, CONFIG)
    assert out["stance"].tolist() == [SKIPPER, OPERATOR, SKIPPER, OPERATOR]
    assert out["stance_confidence"].tolist()[1:] == pytest.approx(
        [REPLY_CONFIDENCE, REPLY_CONFIDENCE * CHAIN_STEP, REPLY_CONFIDENCE * CHAIN_STEP ** 2])
