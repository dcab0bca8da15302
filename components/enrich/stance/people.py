"""The config's people as stance reads them: each one's side, the names they go by, the words of
those names (which never name a commenter) and a side's name in a reason."""

import re
from functools import lru_cache

from ...core.config import CorpusConfig, Person, Side
from .tokens import tokenise


def _side_of(person: Person, config: CorpusConfig) -> str:
    return _side_of_in(person, config.sides)


@lru_cache(maxsize=1024)
def _side_of_in(person: Person, sides: tuple[Side, ...]) -> str:
    for side in sides:
        if side.person.name == person.name:
            return side.id
    return person.side


def _names(person: Person, config: CorpusConfig) -> tuple[str, ...]:
    return _names_in(person, config.sides)


@lru_cache(maxsize=1024)
def _names_in(person: Person, sides: tuple[Side, ...]) -> tuple[str, ...]:
    extra: tuple[str, ...] = ()
    for side in sides:
        if side.person.name == person.name:
            extra = tuple(side.descriptors)
    names = (*person.names, *extra)
    heads = tuple(n[4:] for n in names if n.lower().startswith("the ") and len(n) > 5)
    return tuple(n for n in (*names, *heads) if len(n) > 1)


def _figure_words(config: CorpusConfig) -> frozenset[str]:
    words: set[str] = set()
    for person in config.everyone:
        for name in _names(person, config):
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", name))
    return frozenset(words)


def _side_name(side: str, config: CorpusConfig) -> str:
    return next((s.person.name for s in config.sides if s.id == side), side)


def _figure_stems(config: CorpusConfig) -> frozenset[str]:
    return frozenset(t.stem for p in config.everyone for n in _names(p, config) for t in tokenise(n))
