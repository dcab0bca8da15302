"""The perturbation bench's transformations: seeded, deterministic, and only inside the comment section."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import layout_perturb_bench as bench  # noqa: E402

PAGE = """A headline about the skate park

By Dana Whitcombe
2 hours ago

When the council met on Tuesday night, the chamber was fuller than it has been in years.

Reply to this story: the council listens. Like it or not.

3 Comments

Ada Lind
2 hours ago
I was there and it was packed, and the vote was close.
Like (4) · Reply

    Bo Hart
    1h
    So was I, and it was warm in there.
    Like · Reply

Cy North · 3h
Nobody asked the neighbours, as usual.
12 likes · Reply

More from the Gazette
Bus fares rise again
"""
WANT = {"n_comments": 3, "comments": [{"author": "Ada Lind", "starts": "I was there"},
                                      {"author": "Bo Hart", "starts": "So was I"},
                                      {"author": "Cy North", "starts": "Nobody asked"}],
        "not_comments": ["Bus fares rise again"], "furniture": ["More from the Gazette"]}


def _section() -> bench.Section:
    section = bench.locate_section(PAGE.split("\n"), WANT, ["Ada Lind", "Bo Hart", "Cy North"])
    assert section is not None
    return section


def test_the_section_runs_from_the_first_name_to_the_last_comment() -> None:
    lines = PAGE.split("\n")
    section = _section()
    assert lines[section.start] == "Ada Lind"
    assert "More from the Gazette" in lines[section.end:]
    assert [lines[k].strip() for k in sorted(section.names)] == ["Ada Lind", "Bo Hart", "Cy North · 3h"]


@pytest.mark.parametrize("family", sorted(bench.FAMILIES))
def test_a_family_is_deterministic_and_leaves_the_rest_of_the_page(family: str) -> None:
    section = _section()
    lines = PAGE.split("\n")
    once = bench.perturb(PAGE, section, family, 7, "page")
    assert once == bench.perturb(PAGE, section, family, 7, "page")
    out = once.split("\n")
    assert out[:section.start] == lines[:section.start]  # the article, its stamp and its "Reply to" line
    tail = len(lines) - section.end
    assert out[len(out) - tail:] == lines[section.end:]


def test_each_family_changes_the_section_for_some_seed() -> None:
    section = _section()
    for family in bench.FAMILIES:
        assert any(bench.perturb(PAGE, section, family, seed, "page") != PAGE for seed in range(12)), family


def test_a_stamp_of_a_day_and_a_time_becomes_one_stamp() -> None:
    import random
    lines = ["17 March 2024 | 18:41", "Ann · 3h"]
    bench._stamp_form(lines, bench.Section(0, 2, {}), random.Random(1))
    assert "|" not in lines[0] and lines[1].startswith("Ann · ")
