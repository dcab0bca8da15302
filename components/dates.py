"""Date phrases in article text, and their resolution against an anchor date."""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil import parser as dateparser

__all__ = ["DateExpr", "find_date_expr", "parse_signature_date", "resolve", "Resolved", "EVIDENCE_RANK"]

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:\s+(?:night|morning|afternoon|evening))?"

# Date phrase patterns, most precise first: the first kind that matches a text decides.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("explicit", re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b")),
    ("explicit", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?\b")),
    ("weekday", re.compile(rf"\b(?:(?:on|last)\s+)?{_WEEKDAY}{_PART_OF_DAY}\b")),
    ("relative_day", re.compile(r"\b(?:yesterday|today|last night|this morning|tonight)\b", re.I)),
    ("month", re.compile(rf"\b(?:in|since|during)\s+(?:early\s+|late\s+|mid-)?{_MONTH}(?:\s+\d{{4}})?\b")),
    ("week", re.compile(r"\b(?:earlier|later)?\s*(?:this|last) week\b", re.I)),
)

# How much a date found one way is trusted when sources disagree (higher wins).
EVIDENCE_RANK: dict[str, float] = {
    "signature": 6, "explicit": 5, "weekday": 4, "relative_day": 4, "month": 2, "week": 1, "": 0,
}
_RELATIVE_DAY_OFFSETS = {"yesterday": -1, "last night": -1, "today": 0, "this morning": 0, "tonight": 0}


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


def find_date_expr(text: str) -> DateExpr | None:
    """The most precise date phrase in a text, or None."""
    for kind, pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            return DateExpr(kind, match.group(0).strip())
    return None


def parse_signature_date(text: str) -> date | None:
    """Parse a full date such as `December 16, 2017`."""
    try:
        return dateparser.parse(text, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None


def _with_year(month: int, day: int, anchor: date) -> date:
    """The date with that month and day closest before (or on) the anchor."""
    candidate = date(anchor.year, month, day)
    return candidate if candidate <= anchor + timedelta(days=7) else date(anchor.year - 1, month, day)


def _resolve_explicit(expr: DateExpr, anchor: date | None, anchor_desc: str) -> Resolved:
    has_year = re.search(r"\d{4}", expr.phrase) is not None
    if has_year:
        parsed = parse_signature_date(expr.phrase)
        if parsed:
            return Resolved(parsed.isoformat(), f"explicit date '{expr.phrase}'", 5)
    if anchor is None:
        return Resolved("", f"'{expr.phrase}' names no year and no anchor date is known", 0)
    parsed = dateparser.parse(expr.phrase, default=datetime(anchor.year, anchor.month, 1)).date()
    value = _with_year(parsed.month, parsed.day, anchor)
    return Resolved(value.isoformat(), f"explicit date '{expr.phrase}', year from {anchor_desc}", 5)


def _resolve_weekday(expr: DateExpr, anchor: date) -> date:
    name = next(w for w in _WEEKDAYS if w in expr.phrase.lower())
    back = (anchor.weekday() - _WEEKDAYS.index(name)) % 7
    if expr.phrase.lower().startswith("last") and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def _resolve_month(expr: DateExpr, anchor: date | None) -> str:
    month_word = re.search(_MONTH, expr.phrase)
    year_given = re.search(r"\d{4}", expr.phrase)
    if month_word is None:
        return ""
    parsed = dateparser.parse(month_word.group(0), default=datetime(2000, 1, 1))
    if year_given:
        return f"{year_given.group(0)}-{parsed.month:02d}"
    if anchor is None:
        return ""
    year = anchor.year if parsed.month <= anchor.month else anchor.year - 1
    return f"{year:04d}-{parsed.month:02d}"


def resolve(expr: DateExpr, anchor: date | None, anchor_desc: str) -> Resolved:
    """Resolve a date phrase against an anchor (the article date or corpus evidence)."""
    rank = EVIDENCE_RANK[expr.kind]
    if expr.kind == "explicit":
        return _resolve_explicit(expr, anchor, anchor_desc)
    if expr.kind == "month":
        value = _resolve_month(expr, anchor)
        how = f"month named ('{expr.phrase}')" + (f", year from {anchor_desc}" if anchor else "")
        return Resolved(value, how if value else f"'{expr.phrase}' with no year known", rank)
    if anchor is None:
        return Resolved("", f"'{expr.phrase}' could not be resolved: no anchor date is known", 0)
    if expr.kind == "weekday":
        value = _resolve_weekday(expr, anchor).isoformat()
        return Resolved(value, f"weekday '{expr.phrase}' resolved against {anchor_desc}", rank)
    if expr.kind == "relative_day":
        offset = _RELATIVE_DAY_OFFSETS.get(expr.phrase.lower(), 0)
        value = (anchor + timedelta(days=offset)).isoformat()
        return Resolved(value, f"'{expr.phrase}' resolved against {anchor_desc}", rank)
    value = f"{anchor.year:04d}-{anchor.month:02d}"
    return Resolved(value, f"'{expr.phrase}' (the week of {anchor.isoformat()}), month only", rank)
