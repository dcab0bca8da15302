"""Fixes to the sarcasm markers in stance (session 38, review test_review_s38c), on invented text: a
town bakery that wants to extend over the square against a market traders' guild."""

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import classify_stance
from components.enrich.stance.feeling import _compound

CONFIG = CorpusConfig(
    name="test",
    sides=(Side("bakery", Person("Crumb & Co Bakery", ("the bakery",), (), "they"),
                ("the extension brings jobs to the square", "the ovens need more room")),
           Side("guild", Person("Eastgate Traders Guild", ("the guild",), (), "they"),
                ("the stalls lose their pitches", "the square belongs to the market"))),
)


@pytest.mark.parametrize("text", ["the guild wrecked the fair \U0001F923",
                                  "the bakery burnt the loaves \U0001F602\U0001F602"])
def test_laughing_faces_carry_no_feeling(text: str) -> None:
    bare = text.rstrip("\U0001F602\U0001F923 ")
    assert _compound(text) == _compound(bare)


def test_a_laughing_face_does_not_lift_the_feeling() -> None:
    assert _compound("lovely fair \U0001F602") == _compound("lovely fair")


def test_laughing_at_a_named_side_is_not_praise() -> None:
    result = classify_stance("Eastgate Traders Guild ruined market day \U0001F923\U0001F923", CONFIG)
    assert result.stance != "guild" and "speaks well of" not in result.reason
