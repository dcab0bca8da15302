"""Corpus-level furniture in a build (parse.furniture): each document's candidate lines as its first
parse found them (without furniture), the lines each source repeats on enough of its articles,
and the cache key of a document parsed with its share of them.

A document's first parse (`Base`) is kept in its cache entry, so a later build knows every
document's lines without parsing it. A document with no furniture keeps the key it always had; one
with furniture is keyed by the hash of its set too, so a new article of a source that changes the
set parses again that source's documents whose share changed, and nothing else."""

import hashlib
from dataclasses import dataclass
from typing import Any

from ..parse.furniture import furniture_of, repeated_lines

__all__ = ["Base", "furniture_sets", "furnished_key"]


@dataclass(frozen=True)
class Base:
    """What a document's parse without furniture says of it: the key it was parsed under, its
    source, the article it is (its title: parse.furniture), and its lines that may be its
    outlet's furniture."""

    key: str
    source: str
    article: str
    lines: tuple[str, ...]

    @classmethod
    def of(cls, key: str, document: dict[str, Any], lines: tuple[str, ...]) -> "Base":
        """The base of a document parsed without furniture under key."""
        return cls(key, str(document.get("source") or ""), str(document.get("title") or ""), lines)

    def record(self) -> dict[str, Any]:
        """As stored in the cache (JSON)."""
        return {"key": self.key, "source": self.source, "article": self.article, "lines": list(self.lines)}

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> "Base | None":
        """From what record() stored (None for none, or a damaged one)."""
        try:
            return cls(str(record["key"]), str(record["source"]), str(record["article"]),
                       tuple(str(line) for line in record["lines"])) if record is not None else None
        except (KeyError, TypeError):
            return None


def furniture_sets(bases: dict[str, Base]) -> dict[str, frozenset[str]]:
    """Per document (by path), its share of the lines its source repeats (only documents with any)."""
    repeated = repeated_lines((b.source, b.article, b.lines) for b in bases.values())
    found = {path: furniture_of(b.source, b.lines, repeated) for path, b in bases.items()
             if b.source in repeated}
    return {path: lines for path, lines in found.items() if lines}


def furnished_key(key: str, furniture: frozenset[str]) -> str:
    """The cache key of a document parsed with this furniture: its own key when there is none."""
    if not furniture:
        return key
    digest = hashlib.sha256("\n".join(sorted(furniture)).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{key}:furniture:{digest[:16]}"
