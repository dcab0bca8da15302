"""The page-head perturbation bench: it finds the headline and the date line, keeps the day, and
changes nothing but the head."""

import random
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import head_perturb_bench as bench  # noqa: E402

PAGE = """Skip to content
Gazette Online

A headline about the skate park vote

By Dana Whitcombe
Published: 3 March 2026 09:41 GMT

When the council met on Tuesday night, the chamber was fuller than it has been in years.
The vote on the skate park was close, and it will be taken again on 12 April 2026.
"""
WANT = {"title": "A headline about the skate park vote", "published": "2026-03-03"}


def _head() -> bench.Head:
    head = bench.locate_head(PAGE.split("\n"), WANT)
    assert head is not None
    return head


def test_the_headline_and_the_publication_date_line_are_found() -> None:
    lines = PAGE.split("\n")
    head = _head()
    assert lines[head.title_at] == WANT["title"]
    start, end = head.date_span
    assert lines[head.date_at][start:end].startswith("3 March 2026 09:41")
    assert lines[head.date_at][end:] == " GMT"  # the zone stays where it is


def test_no_head_without_the_expected_day_near_the_headline() -> None:
    assert bench.locate_head(PAGE.split("\n"), {**WANT, "published": "2026-03-04"}) is None
    assert bench.locate_head(PAGE.split("\n"), {**WANT, "title": "Another headline"}) is None


@pytest.mark.parametrize("family", sorted(bench.FAMILIES))
def test_a_family_is_deterministic_and_changes_only_the_head(family: str) -> None:
    head = _head()
    once = bench.perturb(PAGE, head, WANT["published"], family, 7, "page")
    assert once == bench.perturb(PAGE, head, WANT["published"], family, 7, "page")
    body = PAGE.split("\n")[head.date_at + 2:]
    assert once.split("\n")[-len(body):] == body  # the article from its first paragraph on
    assert WANT["title"] in once.split("\n")


@pytest.mark.parametrize("seed", range(40))
def test_every_date_form_is_the_same_day(seed: int) -> None:
    day = date(2026, 3, 3)
    text = bench._format_day(day, random.Random(seed), after=" GMT")
    found = [m for form in bench._DATE_FORMS if (m := form.search(text))]
    assert found and bench._day_of(found[0]) == day, text
    assert "{" not in text


@pytest.mark.parametrize(("line", "date_part"), [
    ("March 3, 2026 · 1:02:33", "March 3, 2026"),  # a running time after the date is not its time
    ("March 3, 2026 at 4:15 pm", "March 3, 2026 at 4:15 pm"),
    ("3 March 2026, 16:20 GMT", "3 March 2026, 16:20"),
])
def test_a_date_line_takes_a_clock_time_but_not_a_duration(line: str, date_part: str) -> None:
    found = next(m for form in bench._DATE_FORMS if (m := form.search(line)))
    assert found.group(0) == date_part
