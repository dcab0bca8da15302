"""Attribution, session 37: forms real articles use that the parser missed, read from the wren probe's
misses and tested on invented text, each with at least as many cases where the new reading must not
fire as cases where it must."""

import sys
from pathlib import Path

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person
from components.parse.quotes import Mention

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import attribution_bench  # noqa: E402

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


def _mention(text: str) -> Mention:
    return Mention("d", 0, "Ada Lind", "", "quote", text, None)


# ---- the bench: a split quote's first half is looked up without the comma before its credit ----

def test_the_bench_finds_a_split_quotes_first_half_without_its_comma() -> None:
    joined = [_mention("The quay is sound. We will open it in May.")]
    assert attribution_bench._found("The quay is sound,", joined) is joined[0]
    assert attribution_bench._found("The quay is sound,", joined, opening=True) is joined[0]


def test_the_bench_still_wants_the_words_themselves() -> None:
    joined = [_mention("The quay is sound. We will open it in May.")]
    assert attribution_bench._found("The quay is closed,", joined) is None
    assert attribution_bench._found("We will open it in June,", joined) is None
    assert attribution_bench._found("quay is sound,", joined, opening=True) is None
