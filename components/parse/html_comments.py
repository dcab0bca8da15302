"""The comment section of a saved page: which elements are comments, who wrote each one, its words,
and which comment it answers.

Comment systems mark their comments in many ways: class words ("comment", "reply"), ids of a word
and a number ("comment-1203", "post_4"), microdata (`itemtype=…/Comment`, RDFa `schema:Comment`),
ARIA roles, `data-*` hooks, or only by structure (a list of sibling blocks, each with a poster, a
stamp and paragraphs). Replies are nested inside the comment they answer, in a container right after
it (Drupal's `div.indented`, Substack's children list), on a flat list with an indent cell, or named
("in reply to … by Name", a header link to the answered comment, a quote block naming its poster).

Every step is one pass over the tree or a walk bounded by a small constant, so a page with
thousands of comments reads in time linear in its size."""

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from lxml.etree import _Element, iterwalk

__all__ = ["Comment", "CommentSection", "find_comments"]


@dataclass(frozen=True)
class Comment:
    """One reader comment as the page marks it up: `reply_to` names the poster it answers, `depth`
    how deep in its thread it stands (0 for a comment that answers nobody)."""

    author: str
    paragraphs: tuple[str, ...]
    reply_to: str = ""
    depth: int = 0


@dataclass(frozen=True)
class CommentSection:
    """The comments found, and the elements that hold them (taken out of the article's text)."""

    comments: tuple[Comment, ...]
    elements: tuple[_Element, ...]


# A section that holds the comments, by its class, id or data hooks.
_SECTION = re.compile(r"(?:^|[\s_-])(?:comments|comment-?list|disqus|discussion|responses|replies)"
                      r"(?:$|[\s_-])", re.I)
COMMENT_WORDS = frozenset({"comment", "post", "reply", "comment-item", "js-comment", "media-comment"})
_COMMENT_ID = re.compile(r"^(?:comment|post|reply)[-_]?\d+$", re.I)
_COMMENT_TAGS = frozenset({"li", "article", "div", "section", "tr"})
# Links other sites sent (WordPress core's pingback and trackback items) sit in the comment list
# but are not comments.
_NOT_COMMENT_WORDS = frozenset({"pingback", "trackback"})
# The microdata, RDFa and ARIA marks of a comment.
_MICRODATA_COMMENT = re.compile(r"(?:^|[/:\s])(?:Comment|UserComments)(?:$|\s)")
_AUTHOR_WORDS = ("fn", "author", "username", "user", "name", "handle", "poster")
_BODY_WORDS = frozenset({"message", "text", "body", "content", "commtext", "markdown", "cooked"})
# Header and footer parts of a comment: never its body.
_META_WORDS = frozenset({"date", "datetime", "time", "stamp", "meta", "header", "footer", "actions",
                         "action", "avatar", "age", "metadata", "info", "infos", "controls", "menu"})
_ACTION_WORDS = frozenset({"reply", "share", "report", "like", "delete", "permalink", "edit", "flag",
                           "quote", "recommend", "link", "[–]", "[-]"})
_BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
                         "pre", "section", "article", "aside", "details", "summary", "table", "tr",
                         "figure", "figcaption", "header", "footer", "dl", "dd", "dt"})
_INLINE_TAGS = frozenset({"a", "span", "b", "i", "em", "strong", "abbr", "time", "img", "cite", "small"})
_UNSHOWN = frozenset({"script", "style", "button", "svg", "noscript", "template", "select", "textarea"})
_HINT_ATTRIBUTES = ("class", "id", "itemprop", "itemtype", "typeof", "property", "role", "rel",
                    "data-testid", "data-link-name", "data-component", "data-gu-name", "data-type")
_SPLIT = re.compile(r"[\s_\-:/.]+|(?<=[a-z])(?=[A-Z])")
# "In reply to <subject> by Name", "in reply to post 2 by @name", "Replying to @name".
_IN_REPLY = re.compile(r"\b(?:in reply to|replying to)\b(?:.{0,200}?\bby\b)?\s+@?(?P<name>[^\n]{1,60}?)\s*$",
                       re.I | re.S)
# A status after a shown name, not part of it: "Rosalind (not verified)", "Ade (guest)".
_NAME_STATUS = re.compile(r"\s*\((?:not verified|unverified|guest|anonymous|visitor)\)\s*$", re.I)
# An avatar's alternative text that names the poster: "Avatar for Name", "Name's avatar".
_AVATAR_ALT = re.compile(r"^(?:avatar (?:for|of) (?P<a>.{1,60})"
                         r"|(?P<b>.{1,60}?)['’]s? (?:avatar|profile picture))$", re.I)
_PROFILE_HREF = re.compile(r"(?:^|/)(?:u|user|users|profile|profiles|member|members|people)(?:/[^/?#]|\?id=)",
                           re.I)
# A quote block's header naming the quoted poster: "name:", "name wrote:", "name said:".
_QUOTE_HEADER = re.compile(r"^\s*@?(?P<name>[^\s:][^:\n]{0,58}?)\s*(?:wrote|said)?\s*:\s*$", re.I)
_FIRST_POST_ID = re.compile(r"^(?:post|p)[-_]?1$", re.I)
_CLIMB = 6  # how far up a comment mark without a poster is taken to the block that holds one
_NAMED_BACK = 200  # how far back a named reply target is looked for among the comments above
_ADDRESSED_BACK = 50  # how many replies above one looks for the poster it calls by name
_MARK = 8  # how far up a poster or stamp marks its blocks, for the structural reading


def _hint(element: _Element) -> str:
    """The words a page marks an element with: class, id, microdata, role and data hooks."""
    return " ".join(str(element.get(a)) for a in _HINT_ATTRIBUTES if element.get(a)).lower()


def _pieces(hint: str) -> set[str]:
    return {p for p in _SPLIT.split(hint) if p}


def _is_element(node: object) -> bool:
    return isinstance(getattr(node, "tag", None), str)


def _is_section(element: _Element) -> bool:
    hooks = " ".join(str(element.get(a, "")) for a in ("class", "id", "data-gu-name", "data-component"))
    return bool(_SECTION.search(hooks))


def _classes(element: _Element) -> set[str]:
    return set(str(element.get("class", "")).lower().split())


def _marked_comment(element: _Element, in_section: bool) -> bool:
    """An element the page marks as one comment."""
    if element.tag not in _COMMENT_TAGS:
        return False
    words = _classes(element)
    if words & _NOT_COMMENT_WORDS:
        return False
    kinds = " ".join(str(element.get(a, "")) for a in ("itemtype", "typeof", "role"))
    if _MICRODATA_COMMENT.search(kinds) or str(element.get("itemprop", "")).lower() == "comment":
        return True
    if not in_section:  # outside a comment section only the plainest marker counts
        return "comment" in words
    return bool(words & COMMENT_WORDS) or bool(_COMMENT_ID.match(str(element.get("id", ""))))


def _words(element: _Element) -> str:
    return " ".join(element.text_content().split())


def _shown_words(element: _Element) -> str:
    """The words a reader sees in an element: an icon's SVG title and scripts left out."""
    return " ".join(_paragraphs(element, set()))


def _only_actions(element: _Element) -> bool:
    """A block that holds nothing but buttons' words ("Reply", "Share"); read up to its first other
    word, so a long comment costs little."""
    for text in element.itertext():
        for word in text.lower().split():
            if word.strip("()·|") and word.strip("()·|") not in _ACTION_WORDS:
                return False
    return True


# ---- one pass: sections, marked comments ----

def _marked(root: _Element) -> list[_Element]:
    """Elements marked as comments, in page order (inside a comments section when there is one)."""
    in_section: dict[_Element, bool] = {}
    in_link: dict[_Element, bool] = {}  # in a pingback or trackback item
    any_section = False
    for element in root.iter():
        if not _is_element(element):
            continue
        parent = element.getparent()
        inside = parent is not None and in_section.get(parent, False)
        in_section[element] = inside or _is_section(element)
        in_link[element] = (parent is not None and in_link.get(parent, False)) or bool(
            _classes(element) & _NOT_COMMENT_WORDS)
        any_section = any_section or in_section[element]
    marked = [e for e in in_section if _marked_comment(e, any_section and in_section[e])]
    if any_section and not marked:  # a section by name only (a "replies" counter): marks outside it
        marked = [e for e in in_section if _marked_comment(e, False)]
    return [e for e in marked if not in_link[e] and not _only_actions(e)]


# ---- the structural reading: sibling blocks each with a poster, a stamp and paragraphs ----

def _author_like(element: _Element, hint: str) -> bool:
    if element.tag == "cite":
        return True
    if _pieces(hint) & {"fn", "poster", "handle"} or any("author" in t or "user" in t for t in hint.split()):
        return True
    return element.tag == "a" and bool(_PROFILE_HREF.search(str(element.get("href", ""))))


def _time_like(element: _Element, hint: str) -> bool:
    return element.tag == "time" or bool(_pieces(hint) & {"date", "datetime", "time", "timestamp",
                                                          "stamp", "age", "ago"})


def _structural(root: _Element) -> list[_Element]:
    """Sibling blocks (two or more, under one parent) that each hold a poster, a stamp and a
    paragraph of prose, and no heading that links elsewhere (a teaser of another page): comments
    a page marks by structure only. Blocks inside the story's own `<article>` (outside a comments
    section) or signed with the article's byline link (`rel="author"`) are the story's: a live
    blog's entries, a timeline."""
    authors: set[_Element] = set()
    stamps: set[_Element] = set()
    bylines: set[_Element] = set()
    for element in root.iter():
        if not _is_element(element):
            continue
        hint = _hint(element)
        for flag, group in ((_author_like(element, hint), authors), (_time_like(element, hint), stamps),
                            (_byline(element), bylines)):
            if flag:
                for k, ancestor in enumerate(element.iterancestors()):
                    if k >= _MARK or ancestor in group:
                        break
                    group.add(ancestor)
    story = _story_article(root)
    best: list[_Element] = []
    for parent in authors & stamps:
        if story is not None and _in_story(parent, story):
            continue
        items = [c for c in parent if _is_element(c) and c in authors and c in stamps and _prose(c)
                 and not _teaser(c) and c not in bylines]
        if len(items) >= 2 and len(items) > len(best):
            best = items
    return best


def _byline(element: _Element) -> bool:
    """A link to the article's writer: `rel="author"` (HTML's mark for the page's author)."""
    return element.tag == "a" and "author" in str(element.get("rel", "")).lower().split()


def _story_article(root: _Element) -> _Element | None:
    """The `<article>` that holds the page's headline (its first h1), if any."""
    headline = next(root.iter("h1"), None)
    if headline is None:
        return None
    return next((a for a in headline.iterancestors() if a.tag == "article"), None)


def _in_story(element: _Element, story: _Element) -> bool:
    """Inside the story's `<article>` and not inside a comments section within it."""
    for ancestor in [element, *element.iterancestors()]:
        if ancestor is story:
            return True
        if _is_section(ancestor):
            return False
    return False


def _prose(element: _Element) -> bool:
    return any(len(p.text_content().split()) >= 4 for p in element.iter("p"))


def _teaser(element: _Element) -> bool:
    """A block headed by a link to another page (a link in its heading, or a card's link that
    holds the heading): a teaser in a list of posts, not a comment."""
    for heading in element.iter("h2", "h3", "h4"):
        links = [*heading.iter("a"), *(a for a in _ancestors_within(heading, element) if a.tag == "a")]
        for link in links:
            href = str(link.get("href", ""))
            if href and not href.startswith("#") and "comment" not in href.lower():
                return True
    return False


def _ancestors_within(element: _Element, outer: _Element) -> list[_Element]:
    """The element's ancestors up to (not including) `outer`."""
    found = []
    for ancestor in element.iterancestors():
        if ancestor is outer:
            break
        found.append(ancestor)
    return found


# ---- ownership: which parts belong to which comment (one pass) ----

def _owners(root: _Element, comments: set[_Element]) -> dict[_Element, list[_Element]]:
    """Each comment's own parts (descendants not inside a comment nested in it), in page order."""
    owner: dict[_Element, _Element | None] = {}
    parts: dict[_Element, list[_Element]] = {c: [] for c in comments}
    for element in root.iter():
        if not _is_element(element):
            continue
        parent = element.getparent()
        if parent is None:
            owner[element] = None
            continue
        mine = parent if parent in comments else owner.get(parent)
        owner[element] = mine
        if mine is not None and element not in comments:
            parts[mine].append(element)
    return parts


def _promote(root: _Element, comments: list[_Element],
             parts: dict[_Element, list[_Element]]) -> list[_Element]:
    """A comment mark without a poster in it (a body-only `div.comment` in a table row) stands for
    the widest block around it that holds the poster and no other comment, up to _CLIMB levels up
    (the row, so its indent cell is read too)."""
    lacking = [c for c in comments if not any(_author_like(p, _hint(p)) for p in parts[c])]
    if not lacking:
        return comments
    held = _marks_held(root, set(comments))
    chosen_for: dict[_Element, _Element] = {}
    for comment in lacking:
        chosen, poster = comment, False
        for k, ancestor in enumerate(comment.iterancestors()):
            if k >= _CLIMB or _is_section(ancestor) or held.get(ancestor, 0) > 1:
                break
            chosen = ancestor
            poster = poster or any(_author_like(e, _hint(e)) for e in ancestor.iter() if _is_element(e))
        chosen_for[comment] = chosen if poster else comment
    return [chosen_for.get(c, c) for c in comments]


def _marks_held(root: _Element, marked: set[_Element]) -> dict[_Element, int]:
    """How many comment marks each element's subtree holds (children before parents: one pass)."""
    held: dict[_Element, int] = {}
    for element in reversed([e for e in root.iter() if _is_element(e)]):
        held[element] = (element in marked) + sum(held.get(c, 0) for c in element if _is_element(c))
    return held


# ---- one comment: poster, body, reply target ----

def _author(parts: list[_Element], body: _Element | None) -> str:
    inside_body = set(body.iter()) if body is not None else set()
    candidates = [p for p in parts if p not in inside_body]
    for word in _AUTHOR_WORDS:
        for part in candidates:
            hint = _hint(part)
            if (word == "fn" and part.tag == "cite") or (word != "fn" and any(
                    word in t for t in hint.split())):
                if (name := _clean_name(_shown_words(part))) and not _IN_REPLY.search(name):
                    return name
    for part in candidates:
        if part.tag == "img" and (alt := _AVATAR_ALT.match(str(part.get("alt", "")).strip())):
            return _clean_name(alt.group("a") or alt.group("b") or "")
    for part in candidates:
        if part.tag == "a" and _PROFILE_HREF.search(str(part.get("href", ""))) and (
                name := _shown_words(part)):
            return _clean_name(name)
    return ""


def _clean_name(name: str) -> str:
    return _NAME_STATUS.sub("", name).strip()


def _body(parts: list[_Element]) -> _Element | None:
    """The part that holds the comment's words: marked by a body word, not a header's part, not
    holding the poster; the innermost one that holds most of the words."""
    marked = [p for p in parts if p.tag not in _INLINE_TAGS and _pieces(_hint(p)) & _BODY_WORDS
              and not _pieces(_hint(p)) & _META_WORDS]
    posters = [p for p in parts if _author_like(p, _hint(p))]
    marked = [p for p in marked if not any(p is a or _contains(p, a) for a in posters)]
    if not marked:
        return None
    longest = max(len(_words(p)) for p in marked)
    if longest == 0:
        return None
    chosen = max(marked, key=lambda p: len(_words(p)))
    for part in marked:  # (page order: an inner part comes after the one holding it)
        if _contains(chosen, part) and len(_words(part)) * 2 >= longest:
            chosen = part
    return chosen


def _contains(outer: _Element, inner: _Element) -> bool:
    return any(a is outer for a in inner.iterancestors())


def _paragraphs(block: _Element, skip: set[_Element],
                nested: AbstractSet[_Element] = frozenset()) -> list[str]:
    """The block's words as paragraphs: a paragraph ends at a block element and at a line break
    (`<br>`: the line the commenter ended; the text form writes one line a paragraph, so a line
    kept inside a paragraph would run into the next). Elements in `skip`, and the comments in
    `nested` under the block (replies, read on their own), are left out."""
    chunks: list[str] = []
    skipping: list[_Element] = []
    for event, element in iterwalk(block, events=("start", "end")):
        if not _is_element(element):
            if event == "end" and element is not block and not skipping and element.tail:
                chunks.append(element.tail)
            continue
        if event == "start":
            if skipping or element in skip or element.tag in _UNSHOWN or (
                    element is not block and element in nested):
                skipping.append(element)
                continue
            if element.tag in _BLOCK_TAGS:
                chunks.append("\n\n")
            elif element.tag == "br":
                chunks.append("\n\n")
            if element.text:
                chunks.append(element.text)
        else:
            if skipping:
                if skipping[-1] is element:
                    skipping.pop()
                if skipping or element is block:
                    continue
            elif element.tag in _BLOCK_TAGS:
                chunks.append("\n\n")
            if element is not block and element.tail:
                chunks.append(element.tail)
    text = "".join(chunks)
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _leading_quote(body: _Element, above: dict[str, str]) -> tuple[_Element, str] | None:
    """A quote block the comment opens with, naming the poster it quotes: the block's
    data-username (the platform's mark), or a "name:" / "name wrote:" header naming a poster of a
    comment above (`above`: folded name to name). A header naming anyone else ("The minister
    said:") quotes the article or the news, and the quote stays in the comment's words."""
    first = next((c for c in body if _is_element(c)), None)
    if first is None or (body.text or "").strip():
        return None
    if not (first.tag in ("aside", "blockquote") or "quote" in _pieces(_hint(first))):
        return None
    if name := str(first.get("data-username", "")).strip():
        return first, name
    title = next((c for c in first if _is_element(c) and c.tag != "blockquote"), None)
    if title is not None and (found := _QUOTE_HEADER.match(_words(title))):
        poster = above.get(found.group("name").casefold(), "")
        return (first, poster) if poster else None
    return None


@dataclass(frozen=True)
class _Words:
    """A comment's words: its paragraphs, the poster its opening quote names, and the elements its
    words were read from (a reply line is looked for outside them)."""

    paragraphs: list[str]
    quoted: str
    blocks: list[_Element]
    inside: set[_Element]


def _body_paragraphs(element: _Element, parts: list[_Element], body: _Element | None,
                     meta: set[_Element], others: set[_Element], above: dict[str, str]) -> _Words:
    """The comment's words: its marked body; else its own paragraphs (not the poster's line, not a
    header's or footer's); else the unmarked block that holds most of its words; else its shown
    text past its poster, stamp, header and buttons. Replies nested in it (`others`) are theirs."""
    if body is not None:
        quote = _leading_quote(body, above)
        skip = {quote[0]} if quote else set()
        return _Words(_paragraphs(body, skip, others), quote[1] if quote else "", [body], set(body.iter()))
    posters = _poster_parts(parts)
    paragraphs = [p for p in parts if p.tag == "p" and p not in meta and p not in posters]
    if paragraphs:
        return _Words([f for p in paragraphs for f in _paragraphs(p, set(), others)], "", paragraphs,
                      {e for p in paragraphs for e in p.iter()})
    block = _unmarked_body(parts, meta, posters)
    if block is not None:
        return _Words(_paragraphs(block, set(), others), "", [block], set(block.iter()))
    skip = meta | posters | {p for p in parts if _time_like(p, _hint(p)) or (
        p.tag in _INLINE_TAGS and _only_actions(p))}
    found = [f for f in _paragraphs(element, skip, others) if any(ch.isalnum() for ch in f)]
    return _Words(found, "", [element], {p for p in parts if p not in skip
                                         and not any(a in skip for a in _ancestors_within(p, element))})


def _poster_parts(parts: list[_Element]) -> set[_Element]:
    """The parts that show the poster (a name, a profile link), and everything in them."""
    posters: set[_Element] = set()
    for part in parts:
        if part not in posters and _author_like(part, _hint(part)):
            posters.update(part.iter())
    return posters


def _unmarked_body(parts: list[_Element], meta: set[_Element], posters: set[_Element]) -> _Element | None:
    """With no body marked and no paragraphs: the block holding most of the comment's words that
    is no header, footer or poster's part, holds no poster and is not only buttons; the innermost
    one that holds most of them."""
    blocks = [p for p in parts if p.tag in _BLOCK_TAGS and p not in meta and p not in posters
              and not any(e in posters for e in p.iter()) and not _only_actions(p)]
    if not blocks:
        return None
    sizes = {b: len(_shown_words(b)) for b in blocks}
    chosen = max(blocks, key=lambda b: sizes[b])
    if sizes[chosen] == 0:
        return None
    for block in blocks:  # (page order: an inner block comes after the one holding it)
        if _contains(chosen, block) and sizes[block] * 2 >= sizes[chosen]:
            chosen = block
    return chosen


def _meta_parts(parts: list[_Element]) -> set[_Element]:
    """Header and footer parts and everything in them."""
    meta: set[_Element] = set()
    for part in parts:
        if part in meta:
            continue
        if part.tag in ("header", "footer") or _pieces(_hint(part)) & _META_WORDS:
            meta.update(part.iter())
    return meta


def _named_target(parts: list[_Element], inside_body: set[_Element], blocks: list[_Element]) -> str:
    """The poster an "in reply to … by Name" line or label names (outside the comment's words and
    the blocks that hold them)."""
    around = {a for block in blocks for a in block.iterancestors()}
    for part in parts:
        if part in inside_body or part in around:
            continue
        for text in (str(part.get("aria-label", "")), str(part.get("title", "")), _words(part)):
            if len(text) <= 300 and (found := _IN_REPLY.search(text)):
                return _clean_name(found.group("name"))
    return ""


def _linked_target(parts: list[_Element], inside_body: set[_Element],
                   by_id: dict[str, int], authors: list[str], index: int) -> int | None:
    """The earlier comment a header link points to (`href="#comment-12"`) when the link is its
    poster's name or the word "parent" (not "root", "next" or the comment's own permalink)."""
    for part in parts:
        if part.tag != "a" or part in inside_body:
            continue
        href = str(part.get("href", ""))
        target = by_id.get(href.rsplit("#", 1)[1]) if "#" in href else None
        if target is None or target >= index:
            continue
        text = _words(part)
        if text.lower() == "parent" or (text and text == authors[target]):
            return target
    return None


def _indent(parts: list[_Element]) -> int | None:
    """The indent a flat list gives a comment: an `indent` attribute, or a spacer image's width."""
    for part in parts:
        if (value := str(part.get("indent", ""))).isdigit():
            return int(value)
    for part in parts:
        if part.tag == "img" and str(part.get("height", "")) in ("1", "0") and (
                value := str(part.get("width", ""))).isdigit():
            return int(value)
    return None


# ---- nesting: the comment each comment is nested under (one pass) ----

def _nested_under(root: _Element, comments: list[_Element]) -> dict[_Element, _Element]:
    """Each comment's parent by the tree: the nearest comment holding it, or the comment right
    before a container that holds it (Drupal's `div.indented`, a children list after a comment)."""
    marked = set(comments)
    context: dict[_Element, _Element | None] = {}
    parent_of: dict[_Element, _Element] = {}
    for element in root.iter():
        if not _is_element(element):
            continue
        parent = element.getparent()
        inherited = None if parent is None else (parent if parent in marked else context.get(parent))
        if element in marked:
            if inherited is not None:
                parent_of[element] = inherited
            context[element] = inherited
            continue
        before = _previous_block(element)
        context[element] = before if before in marked else inherited
    return parent_of


def _previous_block(element: _Element) -> _Element | None:
    """The element sibling before this one, past empty anchors (`<a id="comment-12"></a>`)."""
    before = element.getprevious()
    for _ in range(3):
        if before is None:
            return None
        if _is_element(before) and not (before.tag == "a" and not _words(before)):
            return before
        before = before.getprevious()
    return None


# ---- all together ----

def _opening_post(element: _Element, parts: list[_Element]) -> bool:
    """A forum's first post (post number 1): the topic's article, not a comment. Inside a section
    the page names as its comments, a post numbered 1 is the first comment under a story."""
    articles = [element] + [p for p in parts[:12] if p.tag == "article"]
    first = any(str(e.get("data-post-number", "")) == "1" or bool(_FIRST_POST_ID.match(str(e.get("id", ""))))
                for e in articles)
    return first and not any(_is_section(a) for a in element.iterancestors())


def find_comments(root: _Element) -> CommentSection:
    """The page's comments in page order, each with its poster, paragraphs and reply target."""
    marked = _marked(root) or _structural(root)
    if not marked:
        return CommentSection((), ())
    parts = _owners(root, set(marked))
    promoted = _promote(root, marked, parts)
    if promoted != marked:
        marked = list(dict.fromkeys(promoted))
        parts = _owners(root, set(marked))
    elements = [e for e in marked if not _opening_post(e, parts[e])]
    return CommentSection(_read(root, elements, parts), tuple(elements))


def _read(root: _Element, elements: list[_Element],
          parts: dict[_Element, list[_Element]]) -> tuple[Comment, ...]:
    nested = _nested_under(root, elements)
    index_of = {e: k for k, e in enumerate(elements)}
    by_id: dict[str, int] = {}
    for k, element in enumerate(elements):
        for node in (element, _previous_block_any(element)):
            if node is not None and (ident := str(node.get("id", ""))):
                by_id.setdefault(ident, k)
    read: list[tuple[str, list[str], str, list[_Element], int | None, set[_Element]]] = []
    others = set(elements)
    above: dict[str, str] = {}  # the posters of the comments read so far, by folded name
    for element in elements:
        own = parts[element]
        body = _body(own)
        words = _body_paragraphs(element, own, body, _meta_parts(own), others, above)
        author = _author(own, body)
        read.append((author, words.paragraphs, words.quoted, words.blocks, _indent(own), words.inside))
        if author:
            above.setdefault(author.casefold(), author)
    authors = [r[0] for r in read]
    by_indent = _indent_parents([r[4] for r in read])
    parents: list[int | None] = []
    for k, element in enumerate(elements):
        own = parts[element]
        author, paragraphs, quoted, blocks, indent, inside = read[k]
        parent = nested.get(element)
        target = index_of.get(parent) if parent is not None else None
        linked = _linked_target(own, inside, by_id, authors, k)
        if linked is not None:
            target = linked
        if target is None:
            target = by_indent[k]
        elif linked is None:
            target = _addressed_sibling(read[k][1], authors, parents, target, k)
        parents.append(target)
    comments = []
    depths: list[int] = []
    for k in range(len(elements)):
        author, paragraphs, quoted, blocks, _, inside = read[k]
        target = parents[k]
        named = _named_target(parts[elements[k]], inside, blocks) or quoted
        if named and (target is None or authors[target] != named):
            target = next((j for j in range(k - 1, max(-1, k - _NAMED_BACK), -1) if authors[j] == named),
                          target if target is not None else None)
        reply_to = authors[target] if target is not None else named
        depth = depths[target] + 1 if target is not None else (1 if reply_to else 0)
        depths.append(depth)
        if paragraphs:
            comments.append(Comment(author, tuple(paragraphs), reply_to, depth))
    return tuple(comments)


def _addressed_sibling(paragraphs: list[str], authors: list[str], parents: list[int | None],
                       target: int, k: int) -> int:
    """In a one-level thread (every reply under the thread's first comment), a reply that opens or
    ends a sentence by calling an earlier reply's poster by first name ("…, Wren.", "Wren, …")
    answers that reply."""
    words = paragraphs[0] if paragraphs else ""
    for j in range(k - 1, max(target, k - _ADDRESSED_BACK), -1):
        if parents[j] != target or authors[j] in ("", authors[k]):
            continue
        first = authors[j].split()[0]
        if len(first) >= 3 and first[0].isupper() and re.search(
                rf"(?:^@?{re.escape(first)}\b[,:]|,\s@?{re.escape(first)}[.!?])", words):
            return j
    return target


def _previous_block_any(element: _Element) -> _Element | None:
    before = element.getprevious()
    return before if before is not None and _is_element(before) and before.tag == "a" else None


def _indent_parents(indents: list[int | None]) -> list[int | None]:
    """On a flat list with indents, each comment's nearest comment above with a smaller indent
    (one pass with a stack of the open levels)."""
    parents: list[int | None] = []
    open_levels: list[tuple[int, int]] = []  # (indent, index), indents rising
    for k, indent in enumerate(indents):
        if indent is None:
            parents.append(None)
            continue
        while open_levels and open_levels[-1][0] >= indent:
            open_levels.pop()
        parents.append(open_levels[-1][1] if open_levels else None)
        open_levels.append((indent, k))
    return parents
