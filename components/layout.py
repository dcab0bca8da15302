"""Splitting a seed document into header date, title, paragraphs, tweets and comments."""

import re
from dataclasses import dataclass

__all__ = ["Layout", "RawComment", "Tweet", "split_layout", "find_signature"]

_HEADER_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_BULLET = re.compile(r"^\s*[•·▪●◦*]\s+(?P<text>.*\S)?\s*$")
# An embedded tweet as text extraction leaves it: body, then `— Name (@handle) Month D, YYYY`.
# Matched from the paragraph's end in two short windows, so the work never grows with the body
# (a pattern over the whole paragraph backtracked quadratically on runs of spaces).
_GAP = r"\s{0,20}"  # between a signature's parts: one space in every real signature
_SIGNATURE_END = re.compile(
    rf"\((?P<handle>@\w{{1,30}})\){_GAP}(?P<date>[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}})\Z")
# The dash and the name before `(@handle)`: 2 to 60 characters, the first and last visible.
_SIGNATURE_NAME = re.compile(rf"[—–-]{_GAP}(?P<name>[^()\s][^()\n]{{0,58}}[^()\s]){_GAP}\Z")
_END_CHARS = 33 + 20 + 19  # the longest `(@handle)`, gap and date
_NAME_CHARS = 1 + 20 + 60 + 20  # dash, gap, the longest name, gap

# Site furniture: lines that belong to the page, not the article (where each came from: seeds).
FURNITURE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.I) for p in (
    r"^top stories$", r"^(most )?(popular|trending|related)( stories| articles)?$",
    r"^posted (to|in):", r"^(photos?|images?|video|credit)s?:", r"^click (inside|here)\b",
    r"^read (all|more)\b", r"^.{1,60} on (facebook|twitter|instagram)$", r"links around the web$",
    r"^advertisement$", r"^share (this|on)\b", r"^(sign up|subscribe)\b",
))
# Lines that name the outlet: `Just Jared on Facebook`.
_OUTLET_MARKER = re.compile(r"^(?P<outlet>[A-Z][\w.&' ]{1,50}?) on (?:Facebook|Twitter|Instagram)$")


@dataclass(frozen=True)
class Tweet:
    """An embedded tweet with its signature."""

    body: str
    name: str
    handle: str
    date_text: str
    paragraph: int


@dataclass(frozen=True)
class RawComment:
    """A comment as found: 1-based position, author line and body (paragraphs kept)."""

    position: int
    author: str
    body: str


@dataclass(frozen=True)
class Layout:
    """The parts of one document."""

    header_date: str
    title: str
    outlet_marker: str
    paragraphs: tuple[str, ...]
    tweets: tuple[Tweet, ...]
    comments: tuple[RawComment, ...]


def _is_furniture(paragraph: str) -> bool:
    line = paragraph.strip()
    return any(p.search(line) for p in FURNITURE_PATTERNS)


def _looks_like_title(paragraph: str) -> bool:
    words = paragraph.split()
    if "\n" in paragraph.strip() or not 4 <= len(words) <= 25 or paragraph.rstrip()[-1] in ".,;:":
        return False
    capitalised = sum(w[:1].isupper() for w in words if len(w) > 3)
    return capitalised >= 0.6 * sum(len(w) > 3 for w in words)


def _comment_starts(lines: list[str]) -> list[int]:
    """Bullet lines that open a comment: a bullet line straight after it makes it a link list item."""
    starts = []
    for i, line in enumerate(lines):
        if _BULLET.match(line):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if not _BULLET.match(nxt):
                starts.append(i)
    return starts


def _comment_body(lines: list[str]) -> str:
    """De-indent a comment body, keeping its paragraphs."""
    text = "\n".join(line.strip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _split_comments(lines: list[str], starts: list[int]) -> tuple[list[RawComment], int]:
    """Comments from their start lines; also the line where the comment section ends."""
    comments: list[RawComment] = []
    end = len(lines)
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        body_lines = lines[start + 1:stop]
        for k, line in enumerate(body_lines):
            if line.strip() and not line[:1].isspace():
                body_lines, end = body_lines[:k], start + 1 + k
                break
        match = _BULLET.match(lines[start])
        author = (match.group("text") or "").strip() if match else ""
        comments.append(RawComment(n + 1, author, _comment_body(body_lines)))
        if end < len(lines):
            break
    return comments, end


def find_signature(paragraph: str, index: int) -> Tweet | None:
    """The signed tweet a paragraph ends with, if any; the body is everything before the dash."""
    text = paragraph.rstrip()
    end = _SIGNATURE_END.search(text, max(0, len(text) - _END_CHARS))
    if end is None:
        return None
    named = _SIGNATURE_NAME.search(text, max(0, end.start() - _NAME_CHARS), end.start())
    if named is None:
        return None
    return Tweet(text[:named.start()].strip(), named.group("name"), end.group("handle"),
                 end.group("date"), index)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def split_layout(text: str) -> Layout:
    """Split a decoded document into its parts."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    header = _HEADER_DATE.match(text)
    header_date = header.group(1) if header else ""
    if header:
        text = text[header.end():]
    lines = text.split("\n")
    starts = _comment_starts(lines)
    comments, end = _split_comments(lines, starts) if starts else ([], len(lines))
    article_lines = lines[:starts[0]] if starts else lines
    article = _paragraphs("\n".join(line for line in article_lines if not _BULLET.match(line)))
    trailing = _paragraphs("\n".join(lines[end:])) if starts else []
    return _classify(header_date, article + trailing, comments)


def _classify(header_date: str, paragraphs: list[str], comments: list[RawComment]) -> Layout:
    title, outlet = "", ""
    kept: list[str] = []
    tweets: list[Tweet] = []
    for block in paragraphs:
        for line in block.split("\n"):
            marker = _OUTLET_MARKER.match(line.strip())
            outlet = outlet or (marker.group("outlet").strip() if marker else "")
        para = "\n".join(line for line in block.split("\n") if not _is_furniture(line)).strip()
        if not para:
            continue
        if _looks_like_title(para):
            title = title or para
            continue
        signed = find_signature(para, len(kept))
        if signed is not None:
            tweets.append(signed)
        kept.append(para)
    return Layout(header_date, title, outlet, tuple(kept), tuple(tweets), tuple(comments))
