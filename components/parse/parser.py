"""parse_document: one decoded seed file in, its document row, statement mentions and comments out."""

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, cast
from urllib.parse import urlsplit

from ..core.config import CorpusConfig
from ..core.reader import ReadError
from ..core.repair import repair_mojibake
from ..core.versions import PARSER_VERSION
from .dates import Resolved, resolve_published
from .furniture import candidate_lines
from .html import looks_like_html, read_html_page
from .layout import Layout, RawComment, Sections, find_sections, layout_of, line_key
from .quotes import Mention, extract_mentions, people_in_layout

__all__ = ["PARSER_VERSION", "ParsedDocument", "Page", "read_page", "parse_page", "parse_document",
           "comment_rows", "source_label", "parse_base", "complete_base", "same_layout", "MAX_LINE_CHARS",
           "MAX_COMMENTS", "MAX_TWEET_SIGNERS", "MAX_MENTIONS"]

_TITLE_CHARS = 90
_SOURCE_CHARS = 30  # a source label made from a title: a filter option or legend entry, not a headline
_HOST_PREFIX = re.compile(r"^(?:www\d*|m|amp|mobile)\.", re.IGNORECASE)

# Per-file limits. Parsing and stance are linear in the input, so these are sanity bounds: a file
# past one is refused with the reason (ReadError) rather than built into something meaningless.
# A whole 10,000-word article saved without line breaks is about 60,000 characters; a line of a
# million is a data dump or minified markup, not text a person wrote.
MAX_LINE_CHARS = 1_000_000
# The most-discussed stories on the largest news sites gather some thousands of comments, rarely
# over 10,000; 50,000 keeps room for those, and parse plus stance of such a file takes seconds.
MAX_COMMENTS = 50_000
# Every tweet signer becomes a speaker whose names are looked for in every paragraph, so this
# bounds that search; a "what people tweeted" article embeds tens of tweets, not hundreds.
MAX_TWEET_SIGNERS = 200
# Statement merging compares the quotes of one speaker with each other; a long interview
# transcript holds some hundreds of quoted passages, 1,000 keeps that to about a second.
MAX_MENTIONS = 1_000
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BLANK_LINES = re.compile(r"\n\s*\n(?:\s*\n)+")


@dataclass(frozen=True)
class ParsedDocument:
    """Everything one file yields; plain data, so it can be cached by content hash. `lines` are
    its article lines that may be its outlet's furniture (parse.furniture)."""

    document: dict[str, Any]
    mentions: list[dict[str, Any]]
    comments: list[dict[str, Any]]
    lines: frozenset[str] = frozenset()
    complete: bool = True  # False: a base parse that left out the comment rows and the mentions


def _fallback_title(layout: Layout) -> str:
    """For documents without a title line: the first paragraph when it is one short line of one or
    two sentences (a headline that ends with a stop), else its first sentence, shortened."""
    first = layout.paragraphs[0] if layout.paragraphs else ""
    sentences = re.split(r"(?<=[.!?])\s", first)
    if "\n" not in first and len(sentences) <= 2 and len(first) <= 2 * _TITLE_CHARS:
        return first
    sentence = sentences[0]
    return sentence if len(sentence) <= _TITLE_CHARS else sentence[:_TITLE_CHARS - 1].rstrip() + "…"


def _site_name(url: str) -> str:
    """The site a web address is on, as people name it: 'justjared.com' ('' for none)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return _HOST_PREFIX.sub("", host)


def _short_label(title: str) -> str:
    """A title cut to _SOURCE_CHARS at a word boundary, with an ellipsis when cut."""
    if len(title) <= _SOURCE_CHARS:
        return title
    cut = title[:_SOURCE_CHARS - 1]
    if " " in cut.strip():
        cut = cut[:cut.rstrip().rfind(" ")]
    return cut.rstrip(" ,;:–—-…") + "…"


def source_label(meta: dict[str, str], layout: Layout, title: str) -> str:
    """A document's short source: [documents] metadata, else the outlet the text names, else the
    site of its web address, else its title shortened."""
    return (meta.get("source") or layout.outlet_marker or _site_name(meta.get("url", ""))
            or _short_label(title))


def _has_structure(layout: Layout) -> bool:
    """A document needs prose (a line of at least three words) or a comment section."""
    prose = any(len(re.findall(r"[^\W\d_]{2,}", p)) >= 3 for p in layout.paragraphs)
    return prose or bool(layout.comments)


def _without_furniture(body: str, furniture: frozenset[str]) -> str:
    """A comment's body without the lines its outlet prints on its pages (a promo under the last
    comment is the page's, not the commenter's); the body itself when it has none of them."""
    lines = body.split("\n")
    kept = [line for line in lines if line_key(line) not in furniture]
    return body if len(kept) == len(lines) else _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()


def comment_rows(doc_id: str, source: str, comments: Sequence[RawComment],
                 furniture: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """The rows of a document's comments; with furniture, its lines leave the bodies, and a comment
    that was nothing but furniture is none."""
    bodies = [(c, _without_furniture(c.body, furniture) if furniture else c.body) for c in comments]
    return [{
        "comment_id": f"{doc_id}-c{c.position:04d}", "doc_id": doc_id, "source": source,
        "position": c.position, "author": repair_mojibake(c.author),
        "text": repair_mojibake(body), "text_raw": body, "is_empty": not body.strip(),
        "depth": c.depth, "is_reply": c.is_reply or c.depth > 0, "reply_to": repair_mojibake(c.reply_to),
    } for c, body in bodies if body.strip() or not c.body.strip()]


def _mention_row(mention: Mention) -> dict[str, Any]:
    """A mention's fields as a row (what asdict gives, without its deep copy), its date phrase split."""
    row = {f.name: getattr(mention, f.name) for f in fields(mention)}
    row["text"] = repair_mojibake(row["text"])
    expr = row.pop("date_expr")
    row["date_kind"], row["date_phrase"] = (expr.kind, expr.phrase) if expr else ("", "")
    return row


def _check_lines(text: str) -> None:
    """Refuse a text with a line longer than MAX_LINE_CHARS (line breaks as split_layout reads them)."""
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise ReadError(f"line {number:,} is too long ({len(line):,} characters; "
                            f"the limit is {MAX_LINE_CHARS:,})")


def _check_layout(layout: Layout) -> None:
    """Refuse a document with more comments or tweet signers than the limits allow."""
    if len(layout.comments) > MAX_COMMENTS:
        raise ReadError(f"too many comments ({len(layout.comments):,}; the limit is {MAX_COMMENTS:,})")
    signers = len({t.handle for t in layout.tweets})
    if signers > MAX_TWEET_SIGNERS:
        raise ReadError(f"too many tweet signers ({signers:,}; the limit is {MAX_TWEET_SIGNERS:,})")


@dataclass(frozen=True)
class Page:
    """A decoded document read up to where its outlet's furniture matters: the metadata of a saved
    HTML page ({} for plain text) and its sections (parse.layout.find_sections)."""

    meta: dict[str, str]
    sections: Sections


def read_page(path: str, text: str) -> Page:
    """Read one decoded document (plain text, or a saved HTML page) into its sections; raise
    ReadError for a line past MAX_LINE_CHARS."""
    page_meta: dict[str, str] = {}
    if looks_like_html(path, text):
        page = read_html_page(text)
        text, page_meta = page.as_text(), page.metadata()
    _check_lines(text)
    return Page(page_meta, find_sections(text))


def parse_document(doc_id: str, path: str, text: str, sha256: str,
                   config: CorpusConfig, furniture: frozenset[str] = frozenset()) -> ParsedDocument:
    """Parse one decoded document (plain text, or a saved HTML page); raise ReadError when it has
    no recognisable structure. `furniture`: lines its outlet repeats (parse.furniture), dropped."""
    return parse_page(doc_id, path, read_page(path, text), sha256, config, furniture)


_QUOTE_MARKS = frozenset("“”\"‘’'")  # every quotation find_quotes finds holds two of these


def _most_mentions(paragraphs: Sequence[str]) -> int:
    """An upper bound on the mentions extract_mentions finds in these paragraphs: per paragraph at
    most one quotation per quote mark (a paragraph may be closed with one more), one answer and
    one credited block, or one tweet."""
    return sum(sum(map(_QUOTE_MARKS.__contains__, para)) + 3 for para in paragraphs)


def parse_page(doc_id: str, path: str, page: Page, sha256: str,
               config: CorpusConfig, furniture: frozenset[str] = frozenset(), *,
               base: bool = False) -> ParsedDocument:
    """parse_document of a document already read (read_page): the same page parses the same with
    any furniture, so a document parsed twice is read once. With base, what learning the outlet's
    furniture needs: the comment rows and the mentions are left out (complete False) unless the
    mentions might be too many (then it fails here as the full parse would)."""
    return _parse_laid_out(doc_id, path, page, sha256, config, furniture, base)[0]


class _FurnitureProbe:
    """What parse_base lays a page out with in place of no furniture: it holds no line, so the
    layout is the one without furniture (layout_of asks furniture only whether it is empty and
    whether it holds a line's key; any other use fails here, loudly), and it keeps the keys it was
    asked about. Laid out with furniture F, the page gets the same answers up to the first key of F
    asked about: when none of the keys asked is in F, its layout with F is its layout without."""

    def __init__(self) -> None:
        self.asked: set[str] = set()

    def __bool__(self) -> bool:
        return True

    def __contains__(self, key: str) -> bool:
        self.asked.add(key)
        return False


# Furniture is short lines (layout.Layout.lines, which candidate lines are taken from, are the keys
# of lines of at most 300 characters): parse_base keeps the keys asked about up to this length only
# (the article's long paragraphs are never furniture), and same_layout never holds for furniture
# with a longer one.
_FURNITURE_KEY_CHARS = 300


def parse_base(doc_id: str, path: str, page: Page, sha256: str,
               config: CorpusConfig) -> tuple[ParsedDocument, Layout, frozenset[str]]:
    """parse_page's base parse without furniture, the layout it was made from (which complete_base
    finishes it from: the layout of a page without furniture is the same each time), and the line
    keys laying it out asked the furniture about (same_layout)."""
    probe = _FurnitureProbe()
    layout = layout_of(page.sections, cast(frozenset[str], probe))
    parsed, layout = _parse_laid_out(doc_id, path, page, sha256, config, frozenset(), True, layout)
    return parsed, layout, frozenset(key for key in probe.asked if len(key) <= _FURNITURE_KEY_CHARS)


def same_layout(furniture: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether a page laid out by parse_base, which asked its furniture about these keys, has the
    same layout with this furniture as without (_FurnitureProbe)."""
    return furniture.isdisjoint(asked) and all(len(key) <= _FURNITURE_KEY_CHARS for key in furniture)


def complete_base(doc_id: str, layout: Layout, before: ParsedDocument, config: CorpusConfig,
                  furniture: frozenset[str] = frozenset()) -> ParsedDocument:
    """parse_page with furniture, from its base parse (before, from parse_base) and the layout
    parse_base gave with it, when that is its layout with this furniture too (same_layout):
    parse_page does the same after its base parse's return, the furniture leaving the comments."""
    return _complete(doc_id, layout, before.document, before.lines, config, furniture)


def _parse_laid_out(doc_id: str, path: str, page: Page, sha256: str, config: CorpusConfig,
                    furniture: frozenset[str], base: bool,
                    laid_out: Layout | None = None) -> tuple[ParsedDocument, Layout]:
    layout = layout_of(page.sections, furniture) if laid_out is None else laid_out
    _check_layout(layout)
    if not _has_structure(layout):
        raise ReadError("no recognisable structure (no prose paragraph and no comment section)")
    meta = {**page.meta, **config.documents.get(doc_id, {})}
    title = meta.get("title") or layout.title or ("" if layout.untitled else _fallback_title(layout))
    source = source_label(meta, layout, title)
    written = meta.get("published") or layout.header_date or layout.date_line
    published = resolve_published(written) if written else Resolved("", "", 0)
    document = {
        "doc_id": doc_id, "source": source, "title": title,
        "published": published.value, "date_note": "" if published.value else published.evidence,
        "url": meta.get("url", ""), "path": path, "sha256": sha256,
    }
    lines = candidate_lines(layout.lines, people_in_layout(layout, config.everyone))
    if base and _most_mentions(layout.paragraphs) <= MAX_MENTIONS:
        return ParsedDocument(document, [], [], lines, complete=False), layout
    return _complete(doc_id, layout, document, lines, config, furniture), layout


def _complete(doc_id: str, layout: Layout, document: dict[str, Any], lines: frozenset[str],
              config: CorpusConfig, furniture: frozenset[str]) -> ParsedDocument:
    """The parse of a document from its layout and document row: its mentions and comment rows."""
    descriptors = {person.name: person.descriptors for person in config.everyone if person.descriptors}
    mentions = [_mention_row(m) for m in extract_mentions(doc_id, layout, config.everyone, descriptors)]
    if len(mentions) > MAX_MENTIONS:
        raise ReadError(f"too many quotes and tweets ({len(mentions):,}; the limit is {MAX_MENTIONS:,})")
    comments = comment_rows(doc_id, document["source"], layout.comments, furniture)
    return ParsedDocument(document, mentions, comments, lines)


def sha256_of(data: bytes) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(data).hexdigest()
