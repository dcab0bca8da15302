"""Pre-computed term counts: each comment's content words with their counts, so a word cloud of any
filtered view is a sum over the filtered comments' rows (vectorised), not a pass over their text.

The table (`terms.parquet` beside the other tables of a build) has one row per comment, in the
comments table's order: comment_id, terms (list of words), counts (list of counts, same length).
`comment_terms` computes it from any batch of comments (a build does, per document, and writes the
matrix `terms.npz` from those tables a document at a time: `TermMatrix.stacked`; the dashboard
does it itself, once per build version, for a folder without one); `TermMatrix` is the sparse
comments × words matrix the dashboard reads. The stored matrix carries TERMS_VERSION, so one
counted by another tokenizer is never read.
"""

import os
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from scipy.sparse import csr_matrix

from ..enrich.words import content_words

__all__ = ["MATRIX_FILE", "TERMS_FILE", "TERMS_SCHEMA", "TERMS_VERSION", "TermMatrix", "comment_terms",
           "load_terms", "terms_path", "write_terms"]

TERMS_FILE = "terms.parquet"
MATRIX_FILE = "terms.npz"  # the dashboard's copy of the table as a matrix, beside it
TERMS_SCHEMA = pa.schema([("comment_id", pa.string()), ("terms", pa.list_(pa.string())),
                          ("counts", pa.list_(pa.int32()))])
# What the counts depend on: bump when content_words (enrich/words.py) or this table changes.
TERMS_VERSION = "2"


def _counted(text: object) -> tuple[list[str], list[int]]:
    """One text's content words (first-seen order) and how often each occurs."""
    counts = Counter(content_words(text if isinstance(text, str) else ""))
    return list(counts), list(counts.values())


def comment_terms(comments: pd.DataFrame) -> pa.Table:
    """The term counts of a batch of comments (comment_id and text columns), one row per comment in
    the batch's order. A build calls it per batch and appends the rows to terms.parquet."""
    pairs = [_counted(text) for text in comments["text"].tolist()]  # not a scalar per row (Arrow strings)
    return pa.table({"comment_id": pa.array(comments["comment_id"].astype(str), pa.string()),
                     "terms": pa.array([p[0] for p in pairs], pa.list_(pa.string())),
                     "counts": pa.array([p[1] for p in pairs], pa.list_(pa.int32()))},
                    schema=TERMS_SCHEMA)


def terms_path(corpus_dir: Path, tables_dir: str) -> Path:
    """Where a build's term counts live: beside its other tables."""
    return corpus_dir / tables_dir / TERMS_FILE


def write_terms(path: Path, terms: pa.Table) -> None:
    """Write the term counts so that readers see the whole file or none (a temporary file, renamed)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")  # one per writer
    try:
        pq.write_table(terms, tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def load_terms(path: Path) -> pa.Table | None:
    """The stored term counts, or None when there are none (or they cannot be read)."""
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowInvalid):
        return None
    return table if table.schema.equals(TERMS_SCHEMA, check_metadata=False) else None


@dataclass(frozen=True)
class TermMatrix:
    """Comments × words counts (rows in the comments table's order) and the words of its columns."""

    matrix: csr_matrix
    words: np.ndarray

    @classmethod
    def from_table(cls, terms: pa.Table, comment_ids: pd.Series) -> "TermMatrix":
        """The matrix of a term table, its rows put in the order of comment_ids (a comment without
        a row counts no words; a row for no comment is dropped)."""
        lists, counts = terms.column("terms").combine_chunks(), terms.column("counts").combine_chunks()
        encoded = pc.dictionary_encode(lists.flatten())
        columns = np.asarray(encoded.indices, dtype=np.int32)
        data = np.asarray(counts.flatten(), dtype=np.int32)
        lengths = np.asarray(pc.list_value_length(lists).fill_null(0), dtype=np.int64)
        ids = terms.column("comment_id").to_pandas()
        shape = (len(comment_ids), len(encoded.dictionary))
        if len(ids) == len(comment_ids) and ids.equals(comment_ids.astype(str).reset_index(drop=True)):
            indptr = np.concatenate([[0], np.cumsum(lengths)])
            matrix = csr_matrix((data, columns, indptr), shape=shape)
        else:
            rows = pd.Index(comment_ids.astype(str)).get_indexer(ids)
            per_entry = np.repeat(rows, lengths)
            kept = per_entry >= 0
            matrix = csr_matrix((data[kept], (per_entry[kept], columns[kept])), shape=shape)
        return cls(matrix, np.asarray(encoded.dictionary.to_pylist(), dtype=object))

    @classmethod
    def stacked(cls, parts: Iterable[pa.Table]) -> "TermMatrix":
        """The matrix of term tables taken one after another (rows in that order), built a table
        at a time; equal to from_table of them all at once (words numbered in first-seen order)."""
        ids: dict[str, int] = {}
        columns: list[np.ndarray] = []
        data: list[np.ndarray] = []
        lengths: list[np.ndarray] = [np.zeros(1, dtype=np.int64)]
        for part in parts:
            _add_table(part, ids, columns, data, lengths)
        indptr = np.cumsum(np.concatenate(lengths))
        shape = (len(indptr) - 1, len(ids))
        matrix = csr_matrix((np.concatenate([np.zeros(0, np.int32), *data]),
                             np.concatenate([np.zeros(0, np.int32), *columns]), indptr), shape=shape)
        return cls(matrix, np.asarray(list(ids), dtype=object))

    @classmethod
    def spliced(cls, parts: Iterable["pa.Table | tuple[TermMatrix, int, int]"]) -> "TermMatrix":
        """The matrix of parts taken one after another: term tables, or (matrix, first row, rows)
        ranges of another matrix's rows; equal to stacked of every part's term table (words
        numbered in first-seen order, words no row uses left out)."""
        ids: dict[str, int] = {}
        base: TermMatrix | None = None
        translate = np.zeros(0, dtype=np.int32)  # the base matrix's word numbers into ids'
        columns: list[np.ndarray] = []
        data: list[np.ndarray] = []
        lengths: list[np.ndarray] = [np.zeros(1, dtype=np.int64)]
        lead = 0  # entries of a first range numbered as ids number them (base words first, in order)
        for part in parts:
            if isinstance(part, tuple):
                matrix, start, rows = part
                if base is None:
                    base, words = matrix, matrix.words.tolist()
                    lead = -1 if ids else 0  # ids then number the base's words 0, 1, 2...
                    translate = np.fromiter((ids.setdefault(str(w), len(ids)) for w in words), np.int32,
                                            len(words))
                if matrix is not base:
                    raise ValueError("ranges of one matrix only")
                low, high = int(matrix.matrix.indptr[start]), int(matrix.matrix.indptr[start + rows])
                if not columns and lead == 0 and len(ids) == len(matrix.words):  # translate: the identity
                    columns.append(np.asarray(matrix.matrix.indices[low:high], dtype=np.int32))  # as is
                    lead = high - low
                else:
                    columns.append(translate[matrix.matrix.indices[low:high]])
                data.append(np.asarray(matrix.matrix.data[low:high], dtype=np.int32))
                lengths.append(np.diff(matrix.matrix.indptr[start:start + rows + 1]).astype(np.int64))
                continue
            _add_table(part, ids, columns, data, lengths)
        indices = np.concatenate([np.zeros(0, np.int32), *columns])
        order, number = _first_use(indices, max(lead, 0), len(ids))
        names = np.empty(len(ids), dtype=object)
        names[list(ids.values())] = list(ids)
        indptr = np.cumsum(np.concatenate(lengths))
        matrix = csr_matrix((np.concatenate([np.zeros(0, np.int32), *data]), number[indices], indptr),
                            shape=(len(indptr) - 1, len(order)))
        return cls(matrix, names[order])

    def save(self, path: Path) -> None:
        """Store the matrix (uncompressed .npz, loaded in a fraction of the Parquet table's time),
        atomically."""
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
        m = self.matrix
        try:
            np.savez(tmp, data=m.data, indices=m.indices, indptr=m.indptr, shape=np.asarray(m.shape),
                     words=np.asarray(self.words, dtype=str), version=np.asarray(TERMS_VERSION))
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)

    @classmethod
    def load(cls, path: Path, rows: int) -> "TermMatrix | None":
        """A stored matrix with this many rows, or None (none stored, unreadable, another size, or
        counted by another version)."""
        try:
            with np.load(path, allow_pickle=False) as stored:
                shape = tuple(int(n) for n in stored["shape"])
                if shape[0] != rows or "version" not in stored or str(stored["version"]) != TERMS_VERSION:
                    return None
                matrix = csr_matrix((stored["data"], stored["indices"], stored["indptr"]), shape=shape)
                return cls(matrix, stored["words"].astype(object))
        except (OSError, ValueError, KeyError):
            return None

    def frequencies(self, rows: np.ndarray, limit: int = 150) -> dict[str, int]:
        """The most frequent words over the given comment rows (positions, or a boolean mask over
        all rows): {word: count}, most frequent first, ties in the order the corpus first uses them."""
        weights = np.zeros(self.matrix.shape[0], dtype=self.matrix.dtype)  # same dtype: no upcast copy
        weights[rows] = 1
        totals = np.asarray(self.matrix.T @ weights).ravel().astype(np.int64)
        top = np.argsort(-totals, kind="stable")[:limit]
        top = top[totals[top] > 0]
        return dict(zip(self.words[top].tolist(), totals[top].tolist(), strict=True))


def _add_table(part: pa.Table, ids: dict[str, int], columns: list[np.ndarray], data: list[np.ndarray],
               lengths: list[np.ndarray]) -> None:
    """Append a term table's entries (its words numbered by ids, new words added in first-seen
    order), counts and row lengths to the CSR pieces being built."""
    lists = part.column("terms").combine_chunks()
    encoded = pc.dictionary_encode(lists.flatten())
    words = encoded.dictionary.to_pylist()
    local = np.fromiter((ids.setdefault(w, len(ids)) for w in words), np.int32, len(words))
    columns.append(local[np.asarray(encoded.indices, dtype=np.int64)])
    data.append(np.asarray(part.column("counts").combine_chunks().flatten(), dtype=np.int32))
    lengths.append(np.asarray(pc.list_value_length(lists).fill_null(0), dtype=np.int64))


def _first_use(indices: np.ndarray, lead: int, words: int) -> tuple[np.ndarray, np.ndarray]:
    """The word numbers in order of first use in indices (pd.unique's), and each word's place in
    that order (-1: unused). When the first lead entries already number their words by first use
    (0, 1, 2... each new one the next: as a stored matrix does), only the rest is hashed."""
    head = indices[:lead]
    if lead and head[0] == 0 and bool((head[1:] <= np.maximum.accumulate(head)[:-1] + 1).all()):
        seen = int(head.max()) + 1  # words 0 .. seen-1, in this order
        rest = indices[lead:]
        order = np.concatenate([np.arange(seen, dtype=np.int64),
                                pd.unique(rest[rest >= seen]).astype(np.int64)])
    else:
        order = pd.unique(indices).astype(np.int64)  # hashed: no sort
    number = np.full(words, -1, dtype=np.int32)
    number[order] = np.arange(len(order), dtype=np.int32)
    return order, number
