from datetime import date

import pytest

from components.parse.dates import DateExpr, find_date_expr, resolve

ANCHOR = date(2017, 12, 16)  # a Saturday
DESC = "the article date 2017-12-16"

CASES = [
    ("published on Thursday (Dec 14).", "explicit", "2017-12-14"),
    ("in a series of Tweets on Saturday.", "weekday", "2017-12-16"),
    ("tweeted Friday night.", "weekday", "2017-12-15"),
    ("had told Good Morning America in October", "month", "2017-10"),
    ("said in October 2016", "month", "2016-10"),
    ("raised eyebrows earlier this week", "week", "2017-12"),
    ("signed December 16, 2017", "explicit", "2017-12-16"),
    ("on 3 January", "explicit", "2017-01-03"),
    ("speaking yesterday", "relative_day", "2017-12-15"),
    ("last Saturday", "weekday", "2017-12-09"),
]


@pytest.mark.parametrize(("text", "kind", "expected"), CASES)
def test_find_and_resolve(text: str, kind: str, expected: str) -> None:
    expr = find_date_expr(text)
    assert expr is not None and expr.kind == kind
    assert resolve(expr, ANCHOR, DESC).value == expected


def test_no_date_phrase() -> None:
    assert find_date_expr("The star of Jason Bourne (2016) spoke.") is None


def test_without_anchor_relative_dates_stay_empty_and_say_why() -> None:
    found = resolve(DateExpr("weekday", "Friday night"), None, "")
    assert found.value == "" and "no anchor" in found.evidence


def test_evidence_names_the_anchor() -> None:
    found = resolve(DateExpr("weekday", "on Saturday"), ANCHOR, DESC)
    assert DESC in found.evidence
