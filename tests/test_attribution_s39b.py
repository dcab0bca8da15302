"""Session 39 fixes (helper H285) of the faults tests/test_review_s39a.py pinned in H278's attribution
change, on invented text: each rule narrowed to what it was written for, with its must-not-fire cases."""

import pytest
from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a role noun set before a name is learned; a word of time or standing is not ----

@pytest.mark.parametrize("before, later", [("The harbour pilot", "the pilot"),
                                           ("The ship's captain", "the captain"),
                                           ("The local imam", "the imam"), ("The Tory MSP", "the MSP")])
def test_any_role_noun_before_a_name_is_learned(before: str, later: str) -> None:
    body = (f"{before} Bo Hart walked the length of the breakwater.\n\n"
            f"\"Nobody should fish from the end in this weather,\" {later} said.")
    assert _speaker_of(body, "Nobody should fish") == "Bo Hart"


TIDEWELL = Person("Tidewell Marine", ("Tidewell",), (), "it", "tidewell")
DIRECTOR = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind",
                  descriptors=("the Tidewell managing director",))


@pytest.mark.parametrize("qualifier", ["outgoing", "interim", "one-time", "disgraced"])
def test_a_word_of_time_or_standing_before_a_body_is_no_title_of_the_body(qualifier: str) -> None:
    # "the outgoing Tidewell managing director": "outgoing" qualifies the role after the body's name
    body = ("Ada Lind leaves the yard at Easter.\n\n"
            f"On Friday the {qualifier} Tidewell managing director said the order book was \"fuller than it "
            "has been in a decade\".")
    assert _speaker_of(body, "fuller than it", (DIRECTOR, HART, TIDEWELL)) == "Ada Lind"
