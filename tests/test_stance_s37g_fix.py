"""Session 37 (H242): the narrowed mock-praise, doer and plural-as-kind rules (review s37g), on an
invented controversy: a bus company cuts the only bus to a hill village, and a villagers' group and
its drivers' union fight it. Each narrowed rule still fires where its sign stands."""

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, classify_stance

CONFIG = CorpusConfig(
    name="Tarnway Buses cuts the 41 to Hollins Cross",
    sides=(Side("buses", Person("Tarnway Buses", ("the bus company", "Tarnway"), (), "they"),
                ("the route loses money", "hardly anyone rides it")),
           Side("village", Person("Hollins Cross Bus Users", ("the bus users", "the villagers"), (), "they"),
                ("the only way to the doctor", "the bus is a lifeline"))),
    people=(Person("Ada Penrose", ("Penrose", "Ada"), (), "she", side="village"),),
)
UNIONS = CorpusConfig(
    name="Tarnway Buses refuses the drivers' union",
    sides=(Side("buses", Person("Tarnway Buses", ("Tarnway",), (), "they"), ("the route loses money",)),
           Side("union", Person("Fellside Drivers' Union", ("the union",), (), "they"),
                ("drivers deserve a fair rota",))),
)
BUSES, VILLAGE = "buses", "village"


def stance(text: str, config: CorpusConfig = CONFIG) -> str:
    return classify_stance(text, config).stance


# ---- mock praise: still fires with its sign --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Oh well done Tarnway Buses, really brave, leaving pensioners at the stop.",  # ironic daring
    "Oh great, Tarnway Buses cares about the village now?",  # a question mark
    "Oh brilliant, Tarnway Buses has made a disgraceful mess of it.",  # a hostile word
    "Lovely service from Tarnway Buses. I'll be sure to never ride with them again.",  # a hostile promise
])
def test_mock_praise_with_its_sign_counts_against_the_side_praised(text: str) -> None:
    assert stance(text) == VILLAGE


def test_the_mock_leaves_praise_of_the_other_side_in_another_sentence_alone() -> None:
    text = "Ada Penrose has been a star. Oh well done Tarnway Buses, really brave."
    assert stance(text) == VILLAGE  # both sentences count for the village: praise and mockery


# ---- mock praise: the narrowed forms do not fire ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Oh brilliant, Tarnway Buses kept the Sunday service! Great news.",
    "I'll be sure to ride with Tarnway Buses again, excellent drivers.",
    "Tarnway Buses did a fine job, they will sort the timetable out I'm sure.",
])
def test_sincere_praise_with_a_sarcastic_looking_turn_keeps_its_side(text: str) -> None:
    assert stance(text) == BUSES


# ---- the doer and the crowd -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("Whoever runs Tarnway Buses should be ashamed.", VILLAGE),
    ("Anyone who supports Ada Penrose has no idea.", BUSES),
    ("Shame on people like Ada Penrose.", BUSES),
])
def test_a_doer_or_crowd_of_a_side_takes_the_verdict_to_it(text: str, side: str) -> None:
    assert stance(text) == side


@pytest.mark.parametrize("text", [
    "Whoever complained about Ada Penrose to the council should be ashamed.",
    "Shame on everyone who reported Ada Penrose.",
])
def test_a_doer_who_acts_on_a_side_is_not_the_side(text: str) -> None:
    assert stance(text) == NEUTRAL


# ---- the plural as a kind ------------------------------------------------------------------------

def test_marching_with_the_kind_backs_the_side() -> None:
    assert stance("Proud to march with unions, every time.", UNIONS) == "union"


def test_a_count_of_the_kind_still_names_nobody() -> None:
    assert stance("I have driven for three different unions' members. Funny that.", UNIONS) == NEUTRAL
