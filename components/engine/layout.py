"""Where the last build put each document's rows, so the next build reuses them instead of reading
every document's cached files again.

After a build writes its tables, it records (`cache/corpus/layout.json`) the tables folder and,
for each document in table order, its cache key, the signature of its stance file (inode, mtime,
size: a stance carried over to new claims is the same file renamed, one classified again is a new
file) and where its comments are in the comments table. The next build takes the rows of a
document whose key and stance file are the same from the last build's memory-mapped snapshot
(`comments.arrow`) and its term counts from `terms.npz`; everything else (spam's columns, which
span documents, and the changed documents) is computed as in a cold build. A record that does not
describe the folder the manifest names is not used.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..corpus.store import read_manifest, write_bytes_atomic
from .cache import Entry

__all__ = ["LAYOUT_FILE", "Layout", "read_layout", "record_layout", "stance_signature"]

LAYOUT_FILE = "layout.json"
_FORMAT = 1


def stance_signature(path: Path) -> str:
    """What tells one stance file from another: inode, modification time and size ('' when absent)."""
    try:
        stat = path.stat()
    except OSError:
        return ""
    return f"{stat.st_ino}:{stat.st_mtime_ns}:{stat.st_size}"


@dataclass(frozen=True)
class Layout:
    """The last build's tables folder and, by document id, (key, stance signature, first row, rows)."""

    folder: Path
    places: dict[str, tuple[str, str, int, int]]

    def place(self, entry: Entry, stance: Path) -> tuple[int, int] | None:
        """The document's (first row, rows) in the last build's comments, when they are still its
        rows: same cache key, same stance file, same number of comments."""
        placed = self.places.get(entry.doc_id)
        if placed is None or placed[0] != entry.key or placed[3] != entry.n_comments:
            return None
        return (placed[2], placed[3]) if placed[1] == stance_signature(stance) else None


def record_layout(path: Path, tables_dir: str, entries: list[Entry], stances: list[Path]) -> None:
    """Record where this build put each document's comments (entries in table order, each with its
    stance file)."""
    places, start = [], 0
    for entry, stance in zip(entries, stances, strict=True):
        places.append([entry.doc_id, entry.key, stance_signature(stance), start, entry.n_comments])
        start += entry.n_comments
    data = json.dumps({"format": _FORMAT, "tables_dir": tables_dir, "documents": places}, ensure_ascii=False)
    write_bytes_atomic(path, data.encode("utf-8", "surrogatepass"))


def read_layout(path: Path, corpus_dir: Path) -> Layout | None:
    """The last build's layout, when it describes the tables folder the manifest names; else None."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        folder = str(stored["tables_dir"])
        if stored.get("format") != _FORMAT or read_manifest(corpus_dir).get("tables_dir") != folder:
            return None
        places = {str(d): (str(k), str(s), int(a), int(n)) for d, k, s, a, n in stored["documents"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Layout(corpus_dir / folder, places) if os.path.isdir(corpus_dir / folder) else None
