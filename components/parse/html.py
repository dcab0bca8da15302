"""Saved HTML pages: title, date, site name and main text through trafilatura, the comment
section from the page's comment markup, rendered into the plain-text form the parser reads."""

import re
from dataclasses import dataclass, field

from lxml import html as lxml_html
from lxml.etree import ParserError, XMLSyntaxError, _Element

from .dates import resolve_published

__all__ = ["HtmlPage", "looks_like_html", "read_html_page", "HTML_SUFFIXES"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
# Class and id words of comment markup in common CMS and comment widgets (WordPress, Disqus,
# Drupal, Discourse-like): general signals, not one site's. A section holds the comments; in it,
# an element whose class word is one of COMMENT_WORDS (or whose id is such a word and a number)
# is one comment; its author and body are found by the words below, most specific first.
_SECTION = re.compile(r"(?:^|[\s_-])(?:comments|comment-?list|disqus|discussion|responses|replies)"
                      r"(?:$|[\s_-])", re.I)
COMMENT_WORDS = frozenset({"comment", "post", "reply", "comment-item", "js-comment", "media-comment"})
_COMMENT_ID = re.compile(r"^(?:comment|post|reply)[-_]?\d+$", re.I)
_AUTHOR_WORDS = ("fn", "author", "username", "user", "name", "handle")
_BODY_WORDS = ("message", "text", "body", "content")
@dataclass(frozen=True)
class Comment:
    """One reader comment as the page marks it up."""

    author: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class HtmlPage:
    """What a saved page yields: metadata, article paragraphs and comments."""

    title: str = ""
    published: str = ""
    source: str = ""
    url: str = ""
    paragraphs: tuple[str, ...] = ()
    comments: tuple[Comment, ...] = field(default_factory=tuple)

    def metadata(self) -> dict[str, str]:
        """The page's own title, source, url and date, where it carries them."""
        found = {"title": self.title, "source": self.source, "url": self.url,
                 "published": self.published}
        return {key: value for key, value in found.items() if value}

    def as_text(self) -> str:
        """The page in the plain-text form of the seed files."""
        lines = [f" date {self.published}"] if self.published else []
        lines += [self.title, ""] if self.title else []
        for paragraph in self.paragraphs:
            lines += [paragraph, ""]
        if self.comments:
            lines += ["Comments", ""]
        for comment in self.comments:
            lines += [f"  \u2022 {comment.author or 'anonymous'}", ""]
            lines += [f"    {p}" for p in comment.paragraphs] + [""]
        return "\n".join(lines)


def looks_like_html(name: str, text: str) -> bool:
    """A saved web page: an HTML suffix, or a document that starts like one."""
    return name.lower().endswith(HTML_SUFFIXES) or bool(_HTML_START.match(text[:2048]))


def _words(element: _Element) -> str:
    return " ".join(element.text_content().split())


def _tokens(element: _Element) -> list[str]:
    return str(element.get("class", "")).lower().split()


def _is_section(element: _Element) -> bool:
    return bool(_SECTION.search(f"{element.get('class', '')} {element.get('id', '')}"))


def _is_comment(element: _Element, in_section: bool) -> bool:
    if element.tag not in ("li", "article", "div"):
        return False
    words = set(_tokens(element))
    if not in_section:  # outside a comment section only the plainest marker counts
        return "comment" in words
    return bool(words & COMMENT_WORDS) or bool(_COMMENT_ID.match(str(element.get("id", ""))))


def _own_parts(element: _Element, is_comment: set[_Element]) -> list[_Element]:
    """Descendants that belong to this comment, not to a reply nested in it."""
    parts = []
    for child in element.iterdescendants():
        if isinstance(child.tag, str):
            owner = next((a for a in child.iterancestors() if a in is_comment), None)
            if owner is element and child not in is_comment:
                parts.append(child)
    return parts


def _pick(parts: list[_Element], words: tuple[str, ...]) -> _Element | None:
    """The first part whose class mentions the earliest possible word of `words`."""
    for word in words:
        for part in parts:
            if (word == "fn" and part.tag == "cite") or any(word in t for t in _tokens(part)):
                return part
    return None


def _comment(element: _Element, is_comment: set[_Element]) -> Comment | None:
    parts = _own_parts(element, is_comment)
    author, body = _pick(parts, _AUTHOR_WORDS), _pick(parts, _BODY_WORDS)
    if body is None:
        return None
    paragraphs = [w for p in body.iter("p") if (w := _words(p))] or [_words(body)]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return None
    return Comment(_words(author) if author is not None else "", tuple(paragraphs))


def _comment_elements(root: _Element) -> list[_Element]:
    sections = [e for e in root.iter() if isinstance(e.tag, str) and _is_section(e)]
    if not sections:
        return [e for e in root.iter() if isinstance(e.tag, str) and _is_comment(e, False)]
    inside = {d for s in sections for d in s.iterdescendants()}
    return [e for e in root.iter() if e in inside and isinstance(e.tag, str) and _is_comment(e, True)]


def _comments(root: _Element) -> tuple[Comment, ...]:
    """Comments in page order (replies flattened after their parent)."""
    elements = _comment_elements(root)
    marked = set(elements)
    return tuple(c for e in elements if (c := _comment(e, marked)) is not None)


def _drop_comment_sections(root: _Element, comments: list[_Element]) -> None:
    drop = [e for e in root.iter() if isinstance(e.tag, str) and _is_section(e)] + comments
    for element in drop:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


def read_html_page(text: str) -> HtmlPage:
    """Extract a saved page; an unreadable page gives an empty HtmlPage."""
    import trafilatura  # imported when a page is HTML: a build of plain-text pages, and each of its
    # worker processes, starts without it (about a tenth of a second each)

    try:
        root = lxml_html.document_fromstring(text)
    except (ParserError, XMLSyntaxError, ValueError):
        return HtmlPage()
    comments = _comments(root)
    _drop_comment_sections(root, _comment_elements(root))
    article = lxml_html.tostring(root, encoding="unicode")
    meta = trafilatura.extract_metadata(text)
    main = trafilatura.extract(article, include_comments=False, include_tables=False,
                               favor_precision=True) or ""
    title = (meta.title if meta else "") or ""
    paragraphs = [p.strip() for p in main.split("\n") if p.strip() and p.strip() != title]
    published = resolve_published((meta.date if meta else "") or "").value
    return HtmlPage(title=title, published=published,
                    source=(meta.sitename if meta else "") or "", url=(meta.url if meta else "") or "",
                    paragraphs=tuple(paragraphs), comments=comments)
