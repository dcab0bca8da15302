"""Corpus-level furniture: lines an outlet repeats on its pages (footers, navigation, newsletter
and app promotions) that no rule for a single page recognises.

A line carried by at least MIN_DOCUMENTS different articles of one source is the outlet's, not
any article's. Only lines that cannot carry a statement are candidates: a line with a quotation
mark or a tweet handle, or a sentence naming a known person, is article text even when an outlet
repeats it (outlets reuse background paragraphs in follow-ups, and every outlet repeats quotes).
Copies of one article (the same title) count once, so a page saved three times, or an outlet's
article republished on other days, is not furniture. (The price: articles whose first parse took
the same wrong line for their title, a navigation row the layout rules do not know, count once
too, so that row is not found.)

The build has two passes (engine/furniture_sets.py): every document is parsed as it is, then
`repeated_lines` runs over (source, article, candidate lines) of all of them, and each document
that carries any of its source's repeated lines is parsed again with `furniture=` its share,
under a cache key that holds that share's hash.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from ..core.config import Person

__all__ = ["MIN_DOCUMENTS", "candidate_lines", "repeated_lines", "furniture_of", "names_pattern"]

# An outlet's footer or promo is on nearly all its pages; three articles of one outlet is the
# fewest where a shared line is more likely the page's than a coincidence of wording.
MIN_DOCUMENTS = 3
# A line with any of these is (or may be) a quotation or a tweet: never furniture.
_QUOTED = re.compile(r"[\"“”„«»]|(?<!\w)@\w|pic\.twitter\.com", re.I)
_SENTENCE_WORDS = 6  # a line of at least this many words ending with a stop is a sentence
_SENTENCE_END = (".", "!", "?", "…")


@lru_cache(maxsize=256)
def names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for any of these names as a whole word, tried in the given order (None for no
    names)."""
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _is_furniture_candidate(line: str, names: re.Pattern[str] | None) -> bool:
    """No quotation mark or handle, and not a sentence that names a known person."""
    if _QUOTED.search(line):
        return False
    sentence = len(line.split()) >= _SENTENCE_WORDS and line.endswith(_SENTENCE_END)
    return not (sentence and names is not None and names.search(line))


def candidate_lines(lines: Iterable[str], people: tuple[Person, ...]) -> frozenset[str]:
    """The lines of an article (layout line keys) that could be its outlet's furniture."""
    names = sorted({n for person in people for n in person.names if n and not n.startswith("@")},
                   key=lambda n: (-len(n), n))
    pattern = names_pattern(tuple(names))
    return frozenset(line for line in lines if _is_furniture_candidate(line, pattern))


def repeated_lines(documents: Iterable[tuple[str, str, Iterable[str]]],
                   min_documents: int = MIN_DOCUMENTS) -> dict[str, frozenset[str]]:
    """Per source, the lines that at least `min_documents` different articles of it carry.
    `documents` gives each document's (source, article, candidate lines), the article being what
    tells one from another (its title); documents with no source are left out, and documents of
    one source with the same article count once."""
    seen: dict[str, dict[str, set[str]]] = {}  # source -> line -> articles carrying it
    for source, article, lines in documents:
        if not source:
            continue
        by_line = seen.setdefault(source, {})
        for line in lines:
            by_line.setdefault(line, set()).add(article)
    found = {source: frozenset(line for line, articles in by_line.items() if len(articles) >= min_documents)
             for source, by_line in seen.items()}
    return {source: lines for source, lines in found.items() if lines}


def furniture_of(source: str, lines: Iterable[str], repeated: dict[str, frozenset[str]]) -> frozenset[str]:
    """A document's share of its source's repeated lines: what to parse it again with."""
    return repeated.get(source, frozenset()).intersection(lines)
