"""Reviews under one labelled header line each (the Internet Archive kind): "Reviewer: name - rating - date".

A digital library prints each review as one header line: the `Reviewer:` label, the reviewer's
name, the star rating (its icons' names when the page is copied as text, "favoritefavorite…", or
stars), and the date, joined by " - "; a `Subject:` line (the review's title) under it, then the
text. A review the site removed keeps its header without a name ("Reviewer: - favorite - …"): its
slot counts, with no author. A review made as a reply opens with the `@name` of the reviewer it
answers (and its subject is often "Re: <that review's subject>"); names may have spaces, so the
`@` is read against the names of the reviews above it.

The middle field must be a rating (icons' names or stars, "4/5", "8 out of 10", a number): a books
page whose critics' bylines read "Reviewer: name - role - date" is an article, not its reviews.
"""

import re

from .layout import RawComment, _footer_row, _is_date_line, _is_furniture, _one_blank_line
from .notices import is_removal_notice

_HEADER = re.compile(r"^Reviewer:\s*(?P<name>[^\s-]\S{0,39}(?: (?!-\s)\S{1,40}){0,3})?"
                     r"\s+-\s+(?P<rating>[^\n]{0,120}?)\s+-\s+(?P<date>\S.{4,30})$")
_RATING = re.compile(r"^(?:(?:favou?rite|star|star[-_ ]?half|half[-_ ]?star|star[-_ ]?o|[★☆⭐✩✭✮])\s?){1,10}$"
                     r"|^\d{1,2}(?:[.,]\d)?\s?(?:/\s?\d{1,3}|out of \d{1,3}|stars?)?$", re.I)
_SUBJECT = re.compile(r"^Subject:\s")
_MIN_REVIEWS = 2


def _headers(lines: list[str]) -> list[tuple[int, str]]:
    return [(k, m["name"] or "") for k, line in enumerate(lines) if line.startswith("Reviewer:")
            and (m := _HEADER.match(line.strip())) and _RATING.match(m["rating"])
            and _is_date_line(m["date"])]


def _text_start(lines: list[str], k: int) -> int:
    """Where a review's text starts under its header on line k: after its `Subject:` line, which
    may stand after a blank line (a page copied with blank lines between its parts)."""
    start = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), len(lines))
    return start + 1 if start < len(lines) and _SUBJECT.match(lines[start].strip()) else k + 1


def _answered(text: str, reviewers: set[str]) -> str:
    """The reviewer an `@name` opening the text names (the longest such name of the reviews above:
    names may have spaces, "@Old Reel Tony"); '' when it names none of them."""
    return next((name for name in sorted(reviewers, key=len, reverse=True)
                 if re.match("@" + re.escape(name) + r"(?!\w)", text)), "")


def _review_end(lines: list[str], start: int, stop: int) -> int:
    """Where the last review's text ends: at the page's furniture or footer row after it."""
    return next((j for j in range(start, stop) if lines[j].strip()
                 and (_is_furniture(lines[j].strip()) or _footer_row(lines[j].strip()))), stop)


def reviewer_headers(lines: list[str]) -> tuple[list[RawComment], set[int]]:
    """The reviews under "Reviewer:" header lines as comments and the lines they take; nothing when
    the page has fewer than two such headers."""
    heads = _headers(lines)
    if len(heads) < _MIN_REVIEWS:
        return [], set()
    comments: list[RawComment] = []
    taken: set[int] = set()
    reviewers: set[str] = set()
    for n, (k, name) in enumerate(heads):
        start = _text_start(lines, k)
        stop = heads[n + 1][0] if n + 1 < len(heads) else _review_end(lines, start, len(lines))
        body = [line.strip() for line in lines[start:stop]]
        if not name and body and is_removal_notice(body[0]):
            body = body[1:]  # the site's notice in the slot, not the reviewer's words
        text = _one_blank_line("\n".join(body).strip())
        answered = _answered(text, reviewers)
        reply = bool(answered)
        comments.append(RawComment(len(comments) + 1, name, text, int(reply), answered, reply))
        taken |= set(range(k, stop))
        if name:
            reviewers.add(name)
    return comments, taken
