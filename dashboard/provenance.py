"""Provenance: an article read back as its paragraphs with each statement mention marked, and
doc ids in date evidence named by outlet.

Marking is safe markdown: every piece of corpus text goes through escape_markdown, and only the
escaped mention is wrapped in Streamlit's `:blue-background[…]` (escape_markdown turns `]` into
`\\]`, so no corpus text can close the span or open another directive).
"""

import functools
import re
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from components.core.reader import decode_bytes
from dashboard.display import escape_markdown

__all__ = ["article_paragraphs", "comment_link", "mark_paragraph", "name_outlets", "statement_link"]

ANCHOR_CHARS = 40  # a mention not found whole is looked for by its first words, this long


_WORD = re.compile(r"\w+")


def name_outlets(text: object, documents: pd.DataFrame) -> str:
    """The text with every doc id replaced by its document's outlet (documents.source). Ids made of
    word characters (as the build writes them) are replaced where they stand as whole words, in one
    pass however many documents there are; any other id is replaced wherever it occurs."""
    out = "" if not isinstance(text, str) else text
    words, others = _outlets(tuple(documents["doc_id"].astype(str)), tuple(documents["source"]))
    if words:
        out = _WORD.sub(lambda m: words.get(m.group(), m.group()), out)
    for doc_id, outlet in others:
        out = out.replace(doc_id, outlet)
    return out


@functools.lru_cache(maxsize=4)
def _outlets(doc_ids: tuple[str, ...], sources: tuple[object, ...]
             ) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Each doc id's outlet name (the id itself when the document names no source): the word-like
    ids as a lookup, the others as a list."""
    names = {doc_id: source if isinstance(source, str) and source else doc_id
             for doc_id, source in zip(doc_ids, sources, strict=True)}
    words = {k: v for k, v in names.items() if _WORD.fullmatch(k)}
    return words, [(k, v) for k, v in names.items() if k not in words]


def article_paragraphs(seeds: Path, path: str) -> list[str] | None:
    """The document's article paragraphs as the parser numbers them (mentions' `paragraph`), read
    again from the seeds folder by file name; None when the file is no longer there. (The parser,
    trafilatura with it, is imported here: only the Documents page reads an article.)"""
    from components.parse.html import looks_like_html, read_html_page
    from components.parse.layout import split_layout

    file = seeds / Path(str(path).replace("\\", "/")).name
    try:
        text = decode_bytes(file.read_bytes()).text
    except OSError:
        return None
    if looks_like_html(file.name, text):
        text = read_html_page(text).as_text()
    return list(split_layout(text).paragraphs)


def _span(paragraph: str, mention: str) -> tuple[int, int] | None:
    """Where the mention's wording sits in the paragraph (whitespace-insensitive), if it does."""
    words = mention.split()
    for probe in (words, words[:max(1, len(" ".join(words)[:ANCHOR_CHARS].split()))]):
        if not probe:
            return None
        pattern = r"\s+".join(re.escape(w) for w in probe)
        if found := re.search(pattern, paragraph, re.IGNORECASE):
            end = found.end() if probe is words else min(len(paragraph), found.start() + len(mention))
            return found.start(), end
    return None


def statement_link(statement_id: str) -> str:
    """A markdown link to the statement on the Timeline (the id is URL-quoted)."""
    return f"[timeline ↗](/timeline?timeline_statement={quote(statement_id, safe='')})"


def comment_link(comment_id: str) -> str:
    """A markdown link to the comment's detail panel on the Data page."""
    return f"[open ↗](/data?comment={quote(comment_id, safe='')})"


def mark_paragraph(paragraph: str, mentions: list[str]) -> str:
    """The paragraph as safe markdown with each mention found in it on a blue background (the whole
    paragraph when none of the wordings can be placed)."""
    spans = sorted(s for s in (_span(paragraph, m) for m in mentions if m) if s)
    if mentions and not spans:
        spans = [(0, len(paragraph))]
    pieces, at = [], 0
    for start, end in spans:
        if start < at:
            continue  # overlapping wordings: the first one is marked
        pieces += [escape_markdown(paragraph[at:start]),
                   ":blue-background[" + escape_markdown(paragraph[start:end]) + "]"]
        at = end
    pieces.append(escape_markdown(paragraph[at:]))
    return "".join(pieces).replace("\n", "  \n")
