"""The lead's stance fixes of session 35, on an invented library dispute."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_stance_s35 import stance as _stance  # noqa: E402

from components.enrich.stance import NEUTRAL  # noqa: E402


@pytest.mark.parametrize("text", [
    "The council ignored the petition.",     # mildly hostile (-0.32): blame all the same
    "Pike dumped the reading group.",
    "Pike abandoned the readers.",
])
def test_a_side_that_opens_its_sentence_and_does_a_word_of_blame_is_blamed(text: str) -> None:
    assert _stance(text) == "friends"


@pytest.mark.parametrize("text", [
    "Marr lost her seat on the board last spring.",   # a misfortune she went through
    "Pike was upset by the vote.",                     # a feeling, after a linking verb
])
def test_a_misfortune_or_feeling_of_a_side_is_no_blame(text: str) -> None:
    assert _stance(text) == NEUTRAL
