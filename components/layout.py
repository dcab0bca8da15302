"""Splitting a seed document into header date, title, paragraphs, tweets and comments."""

import re
from dataclasses import dataclass

__all__ = ["Layout", "RawComment", "Tweet", "split_layout", "find_signature", "find_tweets",
           "is_signature_line"]

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


# Tweets (self-contained: find_tweets and what it uses). A signature may carry no date and may be
# only a handle (`— @handle`, `— (@handle)`); it may end the body's paragraph or be the next one.
_ANY_END = re.compile(rf"(?P<open>\()?(?P<handle>@\w{{1,30}})(?(open)\)){_GAP}"
                      rf"(?P<date>[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}})?\Z")
# Before a handle-only signature: a dash after a space, or a line that starts with it (dash optional).
_HANDLE_ONLY = re.compile(rf"[ \t][—–]{_GAP}\Z|(?:^|\n)[ \t]{{0,20}}[—–-]?{_GAP}\Z")
_PIC_LINK = re.compile(r"[ \t]*\bpic\.twitter\.com/[\w/]{1,60}")
_SIGNATURE_CHARS = _END_CHARS + _NAME_CHARS  # a signature alone is never longer


def _strip_pic_links(body: str) -> str:
    """A tweet's body without its `pic.twitter.com/…` links (a line of only a link goes too)."""
    lines = (_PIC_LINK.sub("", line).rstrip() for line in body.split("\n"))
    return "\n".join(line for line in lines if line.strip()).strip()


def _signature(text: str) -> tuple[int, str, str, str] | None:
    """(where the signature starts, name, handle, date text) of the signature a text ends with:
    `— Name (@handle) Month D, YYYY`, `— Name (@handle)`, `— (@handle)` or `— @handle`, each
    with or without the date. Read from the text's end in bounded windows."""
    end = _ANY_END.search(text, max(0, len(text) - _END_CHARS))
    if end is None:
        return None
    date_text = end.group("date") or ""
    dash = _HANDLE_ONLY.search(text, max(0, end.start() - 42), end.start())
    if dash is not None:
        return dash.start(), "", end.group("handle"), date_text
    if end.group("open") is None:
        return None
    named = _SIGNATURE_NAME.search(text, max(0, end.start() - _NAME_CHARS), end.start())
    if named is None:
        return None
    return named.start(), named.group("name"), end.group("handle"), date_text


def find_tweets(paragraphs: tuple[str, ...] | list[str]) -> list[Tweet]:
    """Signed tweets: a signature (dated or not, name or handle only) that ends the body's own
    paragraph, or that is a paragraph of its own right after the body; pic.twitter.com links
    are dropped from the body."""
    tweets: list[Tweet] = []
    for index, para in enumerate(paragraphs):
        text = para.rstrip()
        found = _signature(text)
        if found is None:
            continue
        start, name, handle, date_text = found
        body = _strip_pic_links(text[:start])
        if body:
            tweets.append(Tweet(body, name, handle, date_text, index))
        elif index > 0 and len(text) <= _SIGNATURE_CHARS and not (
                tweets and tweets[-1].paragraph == index - 1):
            previous = _strip_pic_links(paragraphs[index - 1])
            if previous and _signature(paragraphs[index - 1].rstrip()) is None:
                tweets.append(Tweet(previous, name, handle, date_text, index - 1))
    return tweets


def is_signature_line(paragraph: str) -> bool:
    """A paragraph that is only a tweet signature (never a title)."""
    text = paragraph.strip()
    found = len(text) <= _SIGNATURE_CHARS and _signature(text)
    return bool(found) and not _strip_pic_links(text[:found[0]] if found else "")


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
    for block in paragraphs:
        for line in block.split("\n"):
            marker = _OUTLET_MARKER.match(line.strip())
            outlet = outlet or (marker.group("outlet").strip() if marker else "")
        para = "\n".join(line for line in block.split("\n") if not _is_furniture(line)).strip()
        if not para:
            continue
        if _looks_like_title(para) and not is_signature_line(para):
            title = title or para
            continue
        kept.append(para)
    tweets = find_tweets(kept)
    return Layout(header_date, title, outlet, tuple(kept), tuple(tweets), tuple(comments))
