"""Date phrases in article text, and their resolution against an anchor date.

Every date this module gives out passes one rule (`value_problem`): a real calendar date with a
year from MIN_YEAR to MAX_YEAR. Anything else becomes an empty date with the reason in words;
no function here raises on what a document says.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["FACEBOOK_DATE_PREFIX", "POST_DATE_PREFIX", "DateExpr", "find_date_expr", "resolve", "Resolved",
           "EVIDENCE_RANK", "MIN_YEAR", "MAX_YEAR", "value_problem", "resolve_signature", "resolve_published"]

# The sane range: news about living people. Outside it a date is a typo or a hostile input
# (`9999-12-31`, `May 0000`), and downstream tools (calendars, plots) cannot hold it.
MIN_YEAR, MAX_YEAR = 1900, 2100

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:\s+(?:night|morning|afternoon|evening))?"
# Month spellings a date may use: full names, three-letter abbreviations and "Sept".
_MONTH_NUMBERS: dict[str, int] = {
    spelling: n
    for n, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                              "august", "september", "october", "november", "december"), start=1)
    for spelling in (name, name[:3])
} | {"sept": 9}

# Date phrase patterns, most precise first: the first kind that matches a text decides.
# Digits are ASCII only: other scripts' digits are not read as dates.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("explicit", re.compile(rf"\b{_MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,?\s+[0-9]{{4}})?\b")),
    ("explicit", re.compile(rf"\b[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+[0-9]{{4}})?\b")),
    ("weekday", re.compile(rf"\b(?:(?:on|last)\s+)?{_WEEKDAY}{_PART_OF_DAY}\b")),
    ("relative_day", re.compile(r"\b(?:yesterday|today|last night|this morning|tonight)\b", re.I)),
    ("month", re.compile(rf"\b(?:in|since|during)\s+(?:early\s+|late\s+|mid-)?{_MONTH}(?:\s+[0-9]{{4}})?\b")),
    ("week", re.compile(r"\b(?:earlier|later)?\s*(?:this|last) week\b", re.I)),
)
_ISO_VALUE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_QUOTED_CHARS = 40  # a phrase quoted in a reason is cut to this length

# How much a date found one way is trusted when sources disagree (higher wins).
EVIDENCE_RANK: dict[str, float] = {
    "signature": 6, "explicit": 5, "weekday": 4, "relative_day": 4, "month": 2, "week": 1, "": 0,
}
_RELATIVE_DAY_OFFSETS = {"yesterday": -1, "last night": -1, "today": 0, "this morning": 0, "tonight": 0}
# An undated day named in an article is taken as the latest one on or before the anchor plus
# this many days (articles mention days just ahead), looking back at most _YEARS_BACK years.
_DAYS_AHEAD = 7
_YEARS_BACK = 8


@dataclass(frozen=True)
class DateExpr:
    """A date phrase as written; resolved later, when the anchor date is known."""

    kind: str
    phrase: str


@dataclass(frozen=True)
class Resolved:
    """A resolved date: ISO text (day, month or year precision, or empty) and how it was found."""

    value: str
    evidence: str
    rank: float


class _Unusable(Exception):
    """A date that cannot be used; str() is the reason."""


def _quoted(text: str) -> str:
    """A phrase as a reason quotes it: one line, cut short."""
    flat = " ".join(text.split())
    return "'" + (flat if len(flat) <= _QUOTED_CHARS else flat[:_QUOTED_CHARS - 1] + "…") + "'"


def _year_problem(year: int) -> str:
    return "" if MIN_YEAR <= year <= MAX_YEAR else f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}"


def value_problem(value: str) -> str:
    """Why an ISO date value (YYYY-MM-DD, YYYY-MM or YYYY) cannot be used, in a few words;
    '' when it can."""
    match = _ISO_VALUE.fullmatch(value)
    if match is None:
        return "not a YYYY-MM-DD date"
    year, month, day = match.groups()
    if problem := _year_problem(int(year)):
        return problem
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return "not a real date"
    return ""


def find_date_expr(text: str) -> DateExpr | None:
    """The most precise date phrase in a text, or None."""
    for kind, pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            return DateExpr(kind, match.group(0).strip())
    return None


def _month_number(phrase: str) -> int:
    """The month a phrase names: its first word that is a month name or abbreviation."""
    for word in re.findall(r"[A-Za-z]+", phrase):
        if word.lower() in _MONTH_NUMBERS:
            return _MONTH_NUMBERS[word.lower()]
    raise _Unusable(f"{_quoted(phrase)} names no month")


def _day_and_year(phrase: str) -> tuple[int, int | None]:
    """The day (one or two digits) and the year (four digits, if any) a phrase names."""
    numbers = re.findall(r"[0-9]+", phrase)
    days = [int(n) for n in numbers if len(n) <= 2]
    years = [int(n) for n in numbers if len(n) == 4]
    if not days:
        raise _Unusable(f"{_quoted(phrase)} names no day")
    return days[0], (years[0] if years else None)


def _real_day(year: int, month: int, day: int, phrase: str) -> date:
    """The date, or _Unusable saying why there is none."""
    if problem := _year_problem(year):
        raise _Unusable(f"{_quoted(phrase)} is dropped: {problem}")
    try:
        return date(year, month, day)
    except ValueError:
        raise _Unusable(f"{_quoted(phrase)} is not a real date") from None


def _full_date(phrase: str) -> date:
    """A phrase naming month, day and year (`December 16, 2017`, `3 January 2018`)."""
    day, year = _day_and_year(phrase)
    if year is None:
        raise _Unusable(f"{_quoted(phrase)} names no year")
    return _real_day(year, _month_number(phrase), day, phrase)


# A signature date from an Instagram or Facebook post embed carries its prefix; a bare one is a tweet's.
POST_DATE_PREFIX = "Instagram post: "
FACEBOOK_DATE_PREFIX = "Facebook post: "


def resolve_signature(text: str) -> Resolved:
    """A tweet's or post's signature date (`December 16, 2017`), or an empty date and why."""
    label = "tweet signature"
    if text.startswith(POST_DATE_PREFIX):
        text, label = text[len(POST_DATE_PREFIX):], "Instagram post signature"
    elif text.startswith(FACEBOOK_DATE_PREFIX):
        text, label = text[len(FACEBOOK_DATE_PREFIX):], "Facebook post signature"
    try:
        return Resolved(_full_date(text).isoformat(), f"{label} {_quoted(text)}", EVIDENCE_RANK["signature"])
    except _Unusable as exc:
        return Resolved("", f"{label}: {exc}", 0)


def resolve_published(text: str) -> Resolved:
    """An article's publication date (YYYY-MM-DD), or an empty date and why."""
    text = text.strip()
    problem = value_problem(text) if len(text) == 10 else "not a YYYY-MM-DD date"
    if problem:
        return Resolved("", f"the article date {_quoted(text)} is dropped: {problem}", 0)
    return Resolved(text, f"the article date {text}", 0)


def _with_year(month: int, day: int, anchor: date, phrase: str) -> date:
    """The date with that month and day latest on or before a few days after the anchor."""
    _real_day(2000, month, day, phrase)  # a leap year: any day that exists at all exists here
    limit = anchor + timedelta(days=_DAYS_AHEAD)
    for year in range(limit.year, limit.year - _YEARS_BACK - 1, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return _real_day(year, month, day, phrase)
    raise _Unusable(f"{_quoted(phrase)} is not a real date")


def _resolve_explicit(expr: DateExpr, anchor: date | None, anchor_desc: str) -> Resolved:
    day, year = _day_and_year(expr.phrase)
    month = _month_number(expr.phrase)
    if year is not None:
        found = _real_day(year, month, day, expr.phrase)
        return Resolved(found.isoformat(), f"explicit date {_quoted(expr.phrase)}", 5)
    if anchor is None:
        _real_day(2000, month, day, expr.phrase)
        return Resolved("", f"{_quoted(expr.phrase)} names no year and {anchor_desc}", 0)
    value = _with_year(month, day, anchor, expr.phrase)
    return Resolved(value.isoformat(), f"explicit date {_quoted(expr.phrase)}, year from {anchor_desc}", 5)


def _resolve_weekday(expr: DateExpr, anchor: date) -> date:
    name = next((w for w in _WEEKDAYS if w in expr.phrase.lower()), None)
    if name is None:
        raise _Unusable(f"{_quoted(expr.phrase)} names no weekday")
    back = (anchor.weekday() - _WEEKDAYS.index(name)) % 7
    if expr.phrase.lower().startswith("last") and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def _resolve_month(expr: DateExpr, anchor: date | None) -> str:
    month = _month_number(expr.phrase)
    year_given = re.search(r"[0-9]{4}", expr.phrase)
    if year_given:
        return f"{year_given.group(0)}-{month:02d}"
    if anchor is None:
        return ""
    year = anchor.year if month <= anchor.month else anchor.year - 1
    return f"{year:04d}-{month:02d}"


def _month_resolved(expr: DateExpr, anchor: date | None, anchor_desc: str) -> Resolved:
    value = _resolve_month(expr, anchor)
    how = f"month named ({_quoted(expr.phrase)})" + (f", year from {anchor_desc}" if anchor else "")
    return Resolved(value, how if value else f"{_quoted(expr.phrase)} with no year known", 2)


def _anchored(expr: DateExpr, anchor: date, anchor_desc: str) -> Resolved:
    """Resolve a phrase that needs the anchor date: weekday, relative day, week."""
    rank = EVIDENCE_RANK[expr.kind]
    if expr.kind == "weekday":
        value = _resolve_weekday(expr, anchor).isoformat()
        return Resolved(value, f"weekday {_quoted(expr.phrase)} resolved against {anchor_desc}", rank)
    if expr.kind == "relative_day":
        offset = _RELATIVE_DAY_OFFSETS.get(" ".join(expr.phrase.lower().split()), 0)
        value = (anchor + timedelta(days=offset)).isoformat()
        return Resolved(value, f"{_quoted(expr.phrase)} resolved against {anchor_desc}", rank)
    value = f"{anchor.year:04d}-{anchor.month:02d}"
    return Resolved(value, f"{_quoted(expr.phrase)} (the week of {anchor.isoformat()}), month only", rank)


_RESOLVERS: dict[str, Callable[[DateExpr, date | None, str], Resolved]] = {
    "explicit": _resolve_explicit,
    "month": _month_resolved,
}


def _resolve_unchecked(expr: DateExpr, anchor: date | None, anchor_desc: str) -> Resolved:
    if expr.kind not in EVIDENCE_RANK or not expr.kind:
        raise _Unusable(f"unknown kind of date phrase {_quoted(expr.kind)}")
    if expr.kind in _RESOLVERS:
        return _RESOLVERS[expr.kind](expr, anchor, anchor_desc)
    if anchor is None:
        return Resolved("", f"{_quoted(expr.phrase)} could not be resolved: {anchor_desc}", 0)
    return _anchored(expr, anchor, anchor_desc)


def resolve(expr: DateExpr, anchor: date | None, anchor_desc: str) -> Resolved:
    """Resolve a date phrase against an anchor (the article date or corpus evidence). anchor_desc
    says what the anchor is or, without one, why there is none. A date outside the sane range,
    or not in the calendar, comes back empty with the reason."""
    if anchor is not None and (problem := _year_problem(anchor.year)):
        anchor_desc = f"the anchor date {anchor.isoformat()} was dropped ({problem})"
        anchor = None
    elif anchor is None:
        anchor_desc = anchor_desc or "no anchor date is known"
    try:
        found = _resolve_unchecked(expr, anchor, anchor_desc)
    except _Unusable as exc:
        return Resolved("", str(exc), 0)
    if found.value and (problem := value_problem(found.value)):
        return Resolved("", f"{_quoted(expr.phrase)} is dropped: {problem}", 0)
    return found
