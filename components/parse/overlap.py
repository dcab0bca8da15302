"""How much of one document another already holds: line fingerprints, for refusing an upload
that is a copy (or a re-save with a few new comments) of a document in the corpus."""

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Overlap", "line_fingerprints", "find_overlap", "SAME_DOCUMENT_SHARE"]

# Share of a document's distinct lines found in another one above which the two are the same
# document (a copy, another save of the page, the same article with a few new comments).
SAME_DOCUMENT_SHARE = 0.6
_MIN_LINE_CHARS = 12  # shorter lines ("Reply", "• kevolution") say nothing about identity
_FOLD = re.compile(r"\W+")


@dataclass(frozen=True)
class Overlap:
    """Another document that holds much of this one."""

    other: str
    share: float  # of this document's distinct lines that the other has
    shared: int
    total: int
    examples: tuple[str, ...]


def _key(line: str) -> str:
    return _FOLD.sub(" ", line.casefold()).strip()


def line_fingerprints(text: str) -> dict[str, str]:
    """Hash → first wording of each distinct, long enough line (case, punctuation folded)."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        key = _key(line)
        if len(key) >= _MIN_LINE_CHARS:
            found.setdefault(hashlib.blake2b(key.encode(), digest_size=8).hexdigest(), line.strip())
    return found


def find_overlap(text: str, others: Iterable[tuple[Path, str]]) -> Overlap | None:
    """The other document holding the largest share of this one's lines, if it is at least
    SAME_DOCUMENT_SHARE (measured both ways, so a shortened copy counts too)."""
    mine = line_fingerprints(text)
    if not mine:
        return None
    best: Overlap | None = None
    for path, other_text in others:
        theirs = line_fingerprints(other_text)
        shared = mine.keys() & theirs.keys()
        share = len(shared) / min(len(mine), len(theirs)) if theirs else 0.0
        if share >= SAME_DOCUMENT_SHARE and (best is None or share > best.share):
            examples = tuple([line for key, line in mine.items() if key in shared][:3])
            best = Overlap(path.name, share, len(shared), len(mine), examples)
    return best
