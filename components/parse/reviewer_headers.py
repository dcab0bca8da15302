"""Reviews under one labelled header line each (the Internet Archive kind): "Reviewer: name - rating - date".

A digital library prints each review as one header line: the `Reviewer:` label, the reviewer's
name, the star rating (its icons' names when the page is copied as text, "favoritefavorite…", or
stars), and the date, joined by " - "; a `Subject:` line (the review's title) under it, then the
text. A review the site removed keeps its header without a name ("Reviewer: - favorite - …"): its
slot counts, with no author. A review made as a reply opens with the `@name` of the reviewer it
answers (and its subject is often "Re: <that review's subject>").
"""

import re

from .layout import RawComment, _footer_row, _is_date_line, _is_furniture, _one_blank_line
from .notices import is_removal_notice

_HEADER = re.compile(r"^Reviewer:\s*(?P<name>[^\s-]\S{0,39}(?: (?!-\s)\S{1,40}){0,3})?"
                     r"\s+-\s+(?P<rating>[^\n]{0,120}?)\s+-\s+(?P<date>\S.{4,30})$")
_SUBJECT = re.compile(r"^Subject:\s")
_AT_NAME = re.compile(r"^@(?P<name>[\w.-]{1,40})\b")
_MIN_REVIEWS = 2


def _headers(lines: list[str]) -> list[tuple[int, str]]:
    return [(k, m["name"] or "") for k, line in enumerate(lines) if line.startswith("Reviewer:")
            and (m := _HEADER.match(line.strip())) and _is_date_line(m["date"])]


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
        start = k + 1
        if start < len(lines) and _SUBJECT.match(lines[start].strip()):
            start += 1
        stop = heads[n + 1][0] if n + 1 < len(heads) else _review_end(lines, start, len(lines))
        body = [line.strip() for line in lines[start:stop]]
        if not name and body and is_removal_notice(body[0]):
            body = body[1:]  # the site's notice in the slot, not the reviewer's words
        text = _one_blank_line("\n".join(body).strip())
        at = _AT_NAME.match(text)
        answered = at["name"] if at and at["name"] in reviewers else ""
        reply = bool(answered)
        comments.append(RawComment(len(comments) + 1, name, text, int(reply), answered, reply))
        taken |= set(range(k, stop))
        if name:
            reviewers.add(name)
    return comments, taken
