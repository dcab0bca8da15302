"""Saved HTML pages: title, date, site name and main text through trafilatura, the comment
section from the page's comment markup, rendered into the plain-text form the parser reads."""

import re
from dataclasses import dataclass, field

from lxml import html as lxml_html
from lxml.etree import ParserError, XMLSyntaxError, _Element

from .dates import resolve_published
from .html_comments import Comment, find_comments

__all__ = ["HtmlPage", "looks_like_html", "read_html_page", "HTML_SUFFIXES"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)


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
        above: list[str] = []  # the poster last written at each level
        for comment in self.comments:
            level = min(comment.depth, _MAX_INDENT)
            implied = above[level - 1] if 0 < level <= len(above) else ""
            lines += _comment_lines(comment, level, comment.reply_to != implied)
            above[level:] = [comment.author or "anonymous"]
        return "\n".join(lines)


def looks_like_html(name: str, text: str) -> bool:
    """A saved web page: an HTML suffix, or a document that starts like one."""
    return name.lower().endswith(HTML_SUFFIXES) or bool(_HTML_START.match(text[:2048]))


_BULLETS = ("\u2022", "\u25e6", "\u25aa")  # •, ◦, ▪: a thread's levels as the text form writes them
_MAX_INDENT = 6  # deeper replies are written at this level (the text form's indent stays readable)


def _comment_lines(comment: Comment, level: int, named: bool) -> list[str]:
    """One comment in the text form: a bullet line with the poster, indented two spaces a level,
    then its paragraphs under it. A reply answers the comment written a level above it; when it
    answers another (a flat thread's reply to a reply), `named` writes "in reply to" its poster."""
    indent = "  " * (level + 1)
    head = comment.author or "anonymous"
    if comment.reply_to and named:
        head += f" in reply to {comment.reply_to}"
    lines = [f"{indent}{_BULLETS[level % len(_BULLETS)]} {head}", ""]
    return lines + [f"{indent}  {_TYPED_BULLET.sub('- ', p)}" for p in comment.paragraphs] + [""]


# A bullet the commenter typed at a paragraph's start ("• Name" as a list item): the text reader
# takes a bullet line for a comment's head, so it is written as a typed list's dash.
_TYPED_BULLET = re.compile(r"^[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u2219*]\s+")


# An embedded post's blockquote as the platforms' embed code prints it (X/Twitter, Bluesky, Instagram,
# TikTok, Threads, Mastodon).
_EMBED_CLASS = re.compile(r"(?:^|\s)(?:twitter-tweet|bluesky-embed|instagram-media|tiktok-embed|"
                          r"text-post-media|mastodon-embed)(?:\s|$)", re.I)
_EMBED_WRAPPERS = frozenset({"figure", "div"})
_WRAPPER_LEVELS = 3  # how far up an embed's figure or wrapper is looked for


def _embeds_as_paragraphs(root: _Element) -> None:
    """Each embedded post becomes plain paragraphs, its text then its signature line ("— Name
    (@handle) date"), in place of the figure or wrapper that holds it: a main-text extractor
    drops embed figures, and the signature reader reads the text form's paragraphs."""
    for quote in [q for q in root.iter("blockquote") if _EMBED_CLASS.search(str(q.get("class", "")))]:
        body = [" ".join(p.text_content().split()) for p in quote.iter("p")]
        body = [b for b in body if b]
        whole = " ".join(quote.text_content().split())
        signature = whole
        for paragraph in body:
            signature = signature.replace(paragraph, "", 1)
        signature = " ".join(signature.split())
        if not body or not signature:
            continue
        paragraphs = []
        for words in [*body, signature]:
            element = lxml_html.Element("p")
            element.text = words
            paragraphs.append(element)
        target = _embed_wrapper(quote)
        parent = target.getparent()
        if parent is None:
            continue
        at = parent.index(target)
        tail = target.tail
        parent.remove(target)
        for offset, element in enumerate(paragraphs):
            parent.insert(at + offset, element)
        paragraphs[-1].tail = tail


def _embed_wrapper(quote: _Element) -> _Element:
    """The figure or wrapper that holds only this embed (and its script), else the blockquote."""
    target = quote
    for ancestor in list(quote.iterancestors())[:_WRAPPER_LEVELS]:
        others = [c for c in ancestor if isinstance(c.tag, str) and c is not target
                  and c.tag not in ("script", "figcaption")]
        if ancestor.tag not in _EMBED_WRAPPERS or others:
            break
        target = ancestor
    return target


def _drop(elements: tuple[_Element, ...]) -> None:
    for element in elements:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


# `huge_tree`: libxml2 otherwise cuts a tree at 255 levels, and a long thread nests deeper.
_PARSER = lxml_html.HTMLParser(huge_tree=True)


def read_html_page(text: str) -> HtmlPage:
    """Extract a saved page; an unreadable page gives an empty HtmlPage."""
    import trafilatura  # imported when a page is HTML: a build of plain-text pages, and each of its
    # worker processes, starts without it (about a tenth of a second each)

    try:
        root = lxml_html.document_fromstring(text, parser=_PARSER)
    except (ParserError, XMLSyntaxError, ValueError):
        return HtmlPage()
    section = find_comments(root)
    _drop(section.elements)
    _embeds_as_paragraphs(root)
    article = lxml_html.tostring(root, encoding="unicode")
    # (the metadata and date search read the page without its comments: a long thread would
    # cost most of the time, and a comment's date is not the article's)
    meta = trafilatura.extract_metadata(article)
    main = trafilatura.extract(article, include_comments=False, include_tables=False,
                               favor_precision=True) or ""
    given = (meta.title if meta else "") or ""
    title = _headline(root, given)
    paragraphs = [p.strip() for p in main.split("\n") if p.strip() and p.strip() != title]
    published = resolve_published((meta.date if meta else "") or "").value
    source = _site_name((meta.sitename if meta else "") or "", _page_title(root), (title, given))
    return HtmlPage(title=title, published=published, source=source, url=(meta.url if meta else "") or "",
                    paragraphs=tuple(paragraphs), comments=section.comments)


def _fold(text: str) -> str:
    """Text compared as a reader compares it: quote marks and dashes plain, case and spacing folded."""
    return " ".join(text.translate(_PLAIN_MARKS).casefold().split())


_PLAIN_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                              "\u2013": "-", "\u2014": "-"})
_MAX_HEADINGS = 3  # the first top headings looked at for the page's headline


def _headline(root: _Element, title: str) -> str:
    """The page's headline: its first-level heading when that is the metadata's title and more (a
    social title cut at its colon), else the metadata's title."""
    if not title:
        return title
    for heading in list(root.iter("h1"))[:_MAX_HEADINGS]:
        shown = " ".join(heading.text_content().split())
        if len(shown) > len(title) and _fold(shown).startswith(_fold(title)):
            return shown
    return title


def _page_title(root: _Element) -> str:
    found = root.find(".//title")
    return " ".join(found.text_content().split()) if found is not None else ""


# Between a `<title>`'s headline and the site's name: " | ", " - ", " – ", " — "; and before a headline,
# also ": " after a blog's name ("Blog: Post"). After a headline a colon opens its subtitle ("Headline:
# what it means"), never the site's name.
_TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*")
_NAME_SEPARATOR = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*|:\s+")
_SITE_WORDS = 6  # a site's name is short


def _site_name(sitename: str, page_title: str, headlines: tuple[str, ...]) -> str:
    """The site's name: the page's own (og:site_name, JSON-LD publisher) unless it is only a domain;
    then the `<title>`'s other part around the headline ("Headline | Site", "Topic - Category - Site",
    "Blog: Post"), never a byline ("Post - by Author"). The headline is the one shown or the one the
    metadata gave (a `<title>` holds the shortened one when the page's h1 is longer)."""
    if sitename and not _DOMAIN.match(sitename):
        return sitename
    around = next((found for headline in dict.fromkeys(headlines)
                   if (found := _title_remainder(page_title, headline))), "")
    return around or sitename


def _shortened(part: str, head: str) -> bool:
    """A `<title>`'s part that is the headline cut short at a word's end ("Ferry fares cut" for "Ferry
    fares cut for the winter")."""
    start = _fold(part)
    return len(start.split()) >= 2 and head.startswith(start) and head[len(start):][:1] in (" ", ",")


_DOMAIN = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.I)


def _title_remainder(page_title: str, headline: str) -> str:
    """What a `<title>` holds besides the headline, when it is a site's name."""
    folded, head = _fold(page_title), _fold(headline)
    if not head or folded == head:
        return ""
    remainder = ""
    if folded.startswith(head):
        parts = _TITLE_SEPARATOR.split(page_title[len(headline):].rstrip())
        remainder = parts[-1] if len(parts) > 1 and not parts[0].strip() else ""
    elif folded.endswith(head):
        parts = _NAME_SEPARATOR.split(page_title[: len(page_title) - len(headline)].lstrip())
        remainder = parts[0] if len(parts) > 1 and not parts[-1].strip() else ""
    elif len(parts := _TITLE_SEPARATOR.split(page_title.strip())) > 1 and _shortened(parts[0], head):
        remainder = parts[-1]  # "Shortened headline | Site"
    remainder = remainder.strip()
    if not remainder or len(remainder.split()) > _SITE_WORDS or remainder.lower().startswith("by "):
        return ""
    return remainder
