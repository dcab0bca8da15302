"""A union of start-anchored line patterns that tries, for each line, only the patterns whose first
character can be the line's.

Python's regex engine tries every branch of an alternation at a line's first character, so a
union of hundreds of rules ("^top stories$", "^posted (to|in):", …) costs each line hundreds of
branch starts although a line starting with "P" can only match the few that may start with it.
FirstCharUnion reads each pattern's possible first characters with re's own parser, once, and
for each first character it meets builds (once, lazily) the union of the patterns that may start
with it, in their order: the same answers as the whole union, at a fraction of the branch starts.

What a pattern may start with is read soundly or not at all: any construct not understood here
(a back-reference, a flag other than the case flag, an item re's parser adds later) makes the
pattern a candidate for every line; a lookaround or a word boundary is skipped (it only narrows
what matches), so a pattern is never left out of a union it could match in.
"""

import importlib
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["FirstCharUnion", "alternation", "first_chars", "re_internals"]

# A pattern's first characters: one-character patterns (source, case-insensitive?) that together
# match every character the pattern may start with; None when any character may start it.
_Firsts = frozenset[tuple[str, bool]] | None
# A parsed item's first characters (None: any) and whether it can match the empty string.
_Starts = tuple[set[tuple[str, bool]] | None, bool]


def alternation(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches where any of `patterns` matches, each keeping its own case flag."""
    return re.compile("|".join(("(?i:%s)" if p.flags & re.I else "(?:%s)") % p.pattern for p in patterns))


def re_internals() -> tuple[Any, Any] | None:
    """re's parser and its opcodes (re._parser, re._constants), or None when they cannot be
    imported (private modules, which a Python release may change: every pattern is then a
    candidate for every line, the whole union's cost and answers; spam's stand-ins are then not
    built)."""
    try:
        return importlib.import_module("re._constants"), importlib.import_module("re._parser")
    except ImportError:
        return None


def first_chars(pattern: re.Pattern[str]) -> _Firsts:
    """The one-character patterns that match every character `pattern` may start a match with, as
    it is read in an alternation (its case flag only); None when any character may start it (or
    the pattern holds something this reading does not know)."""
    internals = re_internals()
    if internals is None:
        return None
    sre, parser = internals
    try:
        folded = bool(pattern.flags & re.I)
        firsts, empty = _starts(parser.parse(pattern.pattern, pattern.flags & re.I), folded, sre)
    except Exception:  # noqa: BLE001 - a private module changed its shapes: the pattern is tried everywhere
        return None
    return None if firsts is None or empty else frozenset(firsts)


def _starts(items: Iterable[tuple[Any, Any]], folded: bool, sre: Any) -> _Starts:
    """The first characters of a sequence of parsed items (None: any) and whether it can match the
    empty string (then what follows it may start the match too: the caller reads on)."""
    found: set[tuple[str, bool]] = set()
    for op, value in items:
        firsts, empty = _item_starts(op, value, folded, sre)
        if firsts is None:
            return None, True
        found |= firsts
        if not empty:
            return found, False
    return found, True


def _item_starts(op: Any, value: Any, folded: bool, sre: Any) -> _Starts:
    """_starts of one parsed item."""
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero width: "^", "$", "\b", a lookaround only narrows the match
    if op is sre.LITERAL:
        return {(re.escape(chr(value)), folded)}, False
    if op is sre.NOT_LITERAL:
        return {(f"[^{re.escape(chr(value))}]", folded)}, False
    if op is sre.IN:
        return {(_class_source(value, sre), folded)}, False
    if op is sre.SUBPATTERN:
        _, added, removed, items = value
        if (added | removed) & ~re.I:
            return None, True
        return _starts(items, bool((folded or added & re.I) and not removed & re.I), sre)
    if op is sre.BRANCH:
        return _branch_starts(value[1], folded, sre)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _, items = value
        firsts, empty = _starts(items, folded, sre)
        return firsts, empty or least == 0
    if op is sre.ATOMIC_GROUP:
        return _starts(value, folded, sre)
    return None, True  # ANY, a back-reference, a conditional, an item added later: any character


def _branch_starts(branches: Iterable[Any], folded: bool, sre: Any) -> _Starts:
    """_starts of an alternation: the union of its branches'."""
    found: set[tuple[str, bool]] = set()
    can_be_empty = False
    for items in branches:
        firsts, empty = _starts(items, folded, sre)
        if firsts is None:
            return None, True
        found |= firsts
        can_be_empty = can_be_empty or empty
    return found, can_be_empty


def _class_source(members: Iterable[tuple[Any, Any]], sre: Any) -> str:
    """A parsed character class written back as a pattern ("[^a-z\\d]")."""
    categories = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
                  sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
    parts: list[str] = []
    for member, value in members:
        if member is sre.NEGATE:
            parts.insert(0, "^")
        elif member is sre.LITERAL:
            parts.append(re.escape(chr(value)))
        elif member is sre.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif member is sre.CATEGORY:
            parts.append(categories[value])
        else:
            raise ValueError(f"class member {member} not known")
    return f"[{''.join(parts)}]"


class FirstCharUnion:
    """The union of start-anchored patterns, each line matched only against the patterns its first
    character can start, in their order (the list of them built once per distinct first character,
    then kept). `match` answers as `alternation(patterns).match` would: None, or the match of the
    first pattern that matches (its groups numbered as in that pattern alone). The candidates are
    tried one by one, each compiled on its own: no union is compiled per first character, and a
    pattern compiled alone starts with re's own quick test of its first characters, which a branch
    inside a union goes without."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._patterns = tuple(_as_branch(p) for p in patterns)
        self._firsts = [_compiled(first_chars(p)) for p in self._patterns]
        self._by_first: dict[str, tuple[re.Pattern[str], ...]] = {}

    def match(self, line: str) -> re.Match[str] | None:
        """The first candidate's match at the line's start, or None."""
        first = line[:1]
        try:
            candidates = self._by_first[first]
        except KeyError:
            candidates = self._by_first[first] = self.candidates(first)
        for pattern in candidates:
            if found := pattern.match(line):
                return found
        return None

    def candidates(self, first: str) -> tuple[re.Pattern[str], ...]:
        """The patterns a line starting with `first` is tried against, in their order (all of them
        for an empty line)."""
        return tuple(p for p, firsts in zip(self._patterns, self._firsts, strict=True)
                     if firsts is None or not first or any(f.fullmatch(first) for f in firsts))


def _as_branch(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as a branch of `alternation` reads it: with its case flag and no other."""
    if pattern.flags & ~(re.I | re.U):
        return re.compile(pattern.pattern, pattern.flags & re.I)
    return pattern


def _compiled(firsts: _Firsts) -> tuple[re.Pattern[str], ...] | None:
    """A pattern's first characters compiled (None stays None: any character)."""
    if firsts is None:
        return None
    return tuple(re.compile(source, re.I if folded else 0) for source, folded in sorted(firsts))
