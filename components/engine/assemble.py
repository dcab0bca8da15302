"""The corpus-wide steps of a build, over every document's per-document results: statements merged
across documents, the documents and mentions tables, the claims, spam across the corpus, and the
comments table streamed from the per-document files in batches of bounded size."""

import functools
import hashlib
import json
import os
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..core.columns import (
    COMMENT_BASE_COLUMNS,
    COMMENT_COLUMNS,
    DOCUMENT_COLUMNS,
    MENTION_COLUMNS,
    STATEMENT_COLUMNS,
)
from ..core.config import CorpusConfig
from ..corpus.snapshot import CATEGORY_COLUMNS, SNAPSHOT_FILE, Recoder, encoded_column, sorted_values
from ..corpus.store import TableStream
from ..enrich import near_duplicates
from ..enrich import pipeline as enrich
from ..enrich import spam as spam_scoring
from ..enrich.near_duplicates import (
    BANDS,
    NEAR_DUPLICATE_RATIO,
    NONE,
    SEARCH_VERSION,
    UNKNOWN,
    Answers,
    PairMemo,
)
from ..enrich.spam_model import model_text
from ..enrich.stance import Claims
from ..parse.statements import build_statements
from .cache import Entry
from .layout import Layout
from .registry import Previous
from .tasks import conformed, frame_of, read_arrow

__all__ = ["Reduced", "reduce_documents", "score_spam", "comment_stream", "comment_groups", "empty_comments",
           "COMMENT_SCHEMA", "ROWS_PER_GROUP", "read_memo", "write_memo", "Reuse", "ANSWERS_FILE",
           "snapshot_dictionaries"]

ROWS_PER_GROUP = 50_000  # comments per Parquet row group: what the writer holds at a time
_INTEGERS = frozenset({"position", "depth"})
_BOOLEANS = frozenset({"is_empty", "is_reply", "is_spam"})
_FLOATS = frozenset({"sentiment_compound", "sentiment_pos", "sentiment_neu", "sentiment_neg",
                     "stance_confidence", "spam_score"})
_JOIN_AUTHORS = 256  # documents' author columns kept apart at most
_SPAM_INPUT = ["author", "_spam_model", "_spam_rules", "_spam_key", "_spam_bands"]
# What a pair memo's verdicts depend on: the ratio, the texts compared (model_text, part of the
# enrichment version) and this file's layout.
_MEMO_VERSION = f"1:{NEAR_DUPLICATE_RATIO}:{enrich.ENRICHMENT_VERSION}"
# The near-duplicate answers of a build's comments, beside its kept input (_answers_version).
ANSWERS_FILE = "spam_answers.npz"


def _dtype(column: str) -> str:
    if column in _INTEGERS:
        return "int64"
    if column in _BOOLEANS:
        return "bool"
    return "float64" if column in _FLOATS else "str"


# The comments table's Parquet schema, with the pandas metadata a frame of these dtypes gets.
COMMENT_SCHEMA = pa.Schema.from_pandas(
    pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in COMMENT_COLUMNS}), preserve_index=False)


@dataclass(frozen=True)
class Reduced:
    """The small tables of the corpus and the claims its comments are classified with."""

    documents: pd.DataFrame
    statements: pd.DataFrame
    mentions: pd.DataFrame
    claims: Claims

    @functools.cached_property
    def digest(self) -> str:
        """The claims' digest (Claims.digest), hashed once per build: it covers every run of
        words of every statement (Claims.lines), and a build keys each document's stance by it."""
        return self.claims.digest()


def _counted(documents: pd.DataFrame, mentions: pd.DataFrame, entries: list[Entry]) -> pd.DataFrame:
    """The documents table with n_statements and n_comments."""
    documents = documents.copy()
    documents["n_statements"] = documents["doc_id"].map(mentions.groupby("doc_id")["statement_id"]
                                                        .nunique()).fillna(0).astype(int)
    documents["n_comments"] = documents["doc_id"].map(
        {e.doc_id: e.n_comments for e in entries}).fillna(0).astype(int)
    return documents[list(DOCUMENT_COLUMNS)]


def reduce_documents(entries: list[Entry], counts: Counter[str], config: CorpusConfig,
                     previous: Previous | None = None) -> Reduced:
    """Statements merged across the documents (keeping the ids of `previous`, the statements the
    corpus folder held: registry.py), the documents and mentions tables, and the claims from the
    statements and the documents' summed topic counts."""
    documents = frame_of([e.document for e in entries], DOCUMENT_COLUMNS)
    statements, mentions = build_statements(documents, [m for e in entries for m in e.mentions], previous)
    # In the contract's column order, as frame_of makes a frame of the records (the same dtypes:
    # build_statements makes its frames from records too).
    statements = conformed(statements, STATEMENT_COLUMNS)
    mentions = conformed(mentions, MENTION_COLUMNS)
    claims = enrich.corpus_claims(config, statements, counts, sum(e.n_texts for e in entries))
    sources = dict(zip(documents["doc_id"], documents["source"], strict=True))
    mentions["source"] = mentions["doc_id"].map(sources)
    return Reduced(_counted(documents, mentions, entries), enrich.score_statements(statements),
                   mentions, claims)


def _band_keys(bands: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """The rows with band keys (the others have none) and their keys, read from the Arrow buffers
    (no Python object per row)."""
    lengths = pc.fill_null(pc.binary_length(bands), 0).to_numpy(zero_copy_only=False)
    long = np.flatnonzero(lengths)
    if not len(long):
        return long, np.zeros((0, BANDS), dtype=np.uint64)
    if not (lengths[long] == 8 * BANDS).all():
        raise ValueError(f"spam band keys of {sorted(set(lengths[long].tolist()))} bytes, not {8 * BANDS}")
    width = np.int64 if pa.types.is_large_binary(bands.type) else np.int32
    offsets = np.frombuffer(bands.buffers()[1], dtype=width)[bands.offset:bands.offset + len(bands) + 1]
    data = np.frombuffer(bands.buffers()[2], dtype=np.uint8)[offsets[0]:offsets[-1]]
    return long, data.copy().view(np.uint64).reshape(len(long), BANDS)


class _SpamInput:
    """What the corpus-wide spam step reads of the documents' comments files, as compact arrays:
    the model probability and rule bits of every comment, the exact and band keys of those with
    band keys, and the authors (Arrow strings, numbered once all are read)."""

    def __init__(self, total: int) -> None:
        self.model = np.empty(total, dtype=np.float64)
        self.rules = np.empty(total, dtype=np.int64)
        self.eligible = np.empty(total, dtype=np.int64)
        self.exact = np.empty(total, dtype=np.int64)
        self.bands = np.empty((total, BANDS), dtype=np.uint64)  # pages untouched past the last row
        self.authors: list[pa.Array] = []
        self.rows = self.long = 0

    def add(self, table: pa.Table) -> None:
        """One document's columns."""
        rows, at = table.num_rows, self.rows
        self.model[at:at + rows] = table["_spam_model"].to_numpy()
        self.rules[at:at + rows] = table["_spam_rules"].to_numpy()
        long, keys = _band_keys(table["_spam_bands"].combine_chunks())
        if len(long):
            self.bands[self.long:self.long + len(long)] = keys
            self.exact[self.long:self.long + len(long)] = table["_spam_key"].to_numpy()[long]
            self.eligible[self.long:self.long + len(long)] = at + long
        self.authors.append(pc.fill_null(table["author"].combine_chunks(), "nan"))  # as pandas wrote it
        if len(self.authors) >= _JOIN_AUTHORS:  # copied out of the files read, which are then freed
            self.authors = [pa.concat_arrays(self.authors)]
        self.rows, self.long = at + rows, self.long + len(long)

    def author_ids(self) -> tuple[np.ndarray, pa.Array]:
        """Each comment's author as a number, and the names by number."""
        authors = pa.concat_arrays(self.authors) if self.authors else pa.array([], pa.string())
        encoded = pc.dictionary_encode(authors)
        self.authors = []
        return encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64), encoded.dictionary


def _texts_of(entries: list[Entry], starts: np.ndarray, numbers: np.ndarray) -> list[str]:
    """The model_text of the numbered comments (increasing numbers), each file read once."""
    keys: list[str] = []
    document = np.searchsorted(starts, numbers, side="right") - 1
    bounds = np.flatnonzero(np.concatenate(([True], document[1:] != document[:-1], [True])))
    for begin, end in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        entry = entries[int(document[begin])]
        assert entry.comments is not None
        rows = pa.array(numbers[begin:end] - starts[document[begin]])
        texts = read_arrow(str(entry.comments), ["text"])["text"].take(rows).to_pylist()
        keys += [model_text(t) if t is not None else "" for t in texts]
    return keys


def read_memo(path: Path) -> PairMemo:
    """The near-duplicate verdicts an earlier build kept at path (none when absent, stale or damaged),
    its arrays memory-mapped (a search of a few texts reads the pages it looks up, not the whole
    memo; a build replaces the file, never writes into it)."""
    try:
        with np.load(path, allow_pickle=False) as stored:
            if str(stored["version"]) != _MEMO_VERSION:
                return PairMemo()
            mapped = _mapped_npz(path, stored.zip, ["pairs", "similar"])
            if mapped is not None:
                return PairMemo(*mapped)
            return PairMemo(stored["pairs"], stored["similar"])
    except (OSError, ValueError, KeyError):
        return PairMemo()


def _mapped_npz(path: Path, archive: zipfile.ZipFile, names: list[str]) -> list[np.ndarray] | None:
    """Arrays of an uncompressed .npz file (np.savez's), memory-mapped read-only; None when one is
    compressed or not a plain array."""
    arrays = []
    with open(path, "rb") as raw:
        for name in names:
            info = archive.getinfo(f"{name}.npy")
            if info.compress_type != zipfile.ZIP_STORED:
                return None
            raw.seek(info.header_offset)
            local = raw.read(30)  # the member's local header: its name and extra field follow
            if local[:4] != b"PK\x03\x04":
                return None
            raw.seek(info.header_offset + 30 + int.from_bytes(local[26:28], "little")
                     + int.from_bytes(local[28:30], "little"))
            version = np.lib.format.read_magic(raw)
            shape, fortran, dtype = (np.lib.format.read_array_header_1_0(raw) if version == (1, 0)
                                     else np.lib.format.read_array_header_2_0(raw))
            if fortran or dtype.hasobject or len(shape) != 1:
                return None
            arrays.append(np.memmap(raw, dtype=dtype, mode="r", offset=raw.tell(), shape=shape)
                          if shape[0] else np.zeros(0, dtype))
    return arrays


def write_memo(path: Path, memo: PairMemo) -> None:
    """Keep the verdicts of the pairs this build looked up or checked, for the next build."""
    pairs, similar = memo.kept()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.npz")  # written in pieces, not held as bytes
    try:
        np.savez(tmp, pairs=pairs, similar=similar, version=np.asarray(_MEMO_VERSION))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


_INPUT_SCHEMA = pa.schema([("author", pa.string()), ("_spam_model", pa.float64()),
                           ("_spam_rules", pa.int64()), ("_spam_key", pa.int64()),
                           ("_spam_bands", pa.large_binary())])
_INPUT_KEY = b"spectrum.documents"  # the schema metadata naming the documents a kept input holds
_BASE_KEY = b"spectrum.base"  # a tail's metadata: the token of the input file it continues
_TAIL_SHARE = 8  # a tail holds at most 1/8 of the rows; beyond, the whole input is written again


def _tail_file(path: Path) -> Path:
    """Where the rows that follow a kept input's are kept (documents added at the end since)."""
    return path.with_name(f"{path.stem}.tail{path.suffix}")


def _open_input(path: Path) -> tuple[pa.Table, bytes, dict[bytes, bytes]] | None:
    """A kept input file's table (memory-mapped), the places in its metadata and all its metadata;
    None when it is absent or not of _INPUT_SCHEMA."""
    reader = pa.ipc.open_file(pa.memory_map(str(path)))
    metadata = reader.schema.metadata or {}
    if not reader.schema.remove_metadata().equals(_INPUT_SCHEMA):
        return None
    return reader.read_all(), metadata[_INPUT_KEY], metadata


class _KeptInput:
    """The spam step's input columns of every document, as the last build read them, in a
    memory-mapped Arrow file whose metadata says where each document's rows are (and under which
    cache key), followed, when documents were added at the end since it was written, by a tail
    file of their rows (whose metadata gives the places of all): a build reads a document's
    columns from there when its key is the same."""

    def __init__(self, path: Path | None) -> None:
        self.table: pa.Table | None = None
        self.places: dict[str, tuple[str, int, int]] = {}
        self.token = ""  # what tells this input's rows from another's (_token)
        self.base: list[list[Any]] = []  # the places of the first file's documents, in order
        self.base_rows = 0
        self.base_token = ""
        try:
            if path is not None and (opened := _open_input(path)) is not None:
                table, raw, _ = opened
                self.base, self.base_rows, self.base_token = json.loads(raw), table.num_rows, _token(raw)
                tail = _open_input(_tail_file(path)) if _tail_file(path).is_file() else None
                if tail is not None and tail[2].get(_BASE_KEY) == self.base_token.encode():
                    table, raw = pa.concat_tables([table, tail[0]]), tail[1]
                meta = json.loads(raw)
                self.places = {str(d): (str(k), int(a), int(n)) for d, k, a, n in meta}
                if sum(n for _, _, n in self.places.values()) != table.num_rows:
                    raise ValueError("a kept spam input whose places do not add up to its rows")
                self.table, self.token = table, _token(raw)
        except (OSError, ValueError, KeyError, TypeError, pa.ArrowInvalid):
            self.table, self.places, self.token, self.base, self.base_rows = None, {}, "", [], 0

    def continued(self, places: list[list[Any]], rows: int) -> int | None:
        """How many of the documents (places: _places's, of rows comments) are the first file's,
        when they are its documents in its order, at its rows, followed by at most 1/_TAIL_SHARE of
        the rows (the rest can be kept as its tail); else None."""
        if (self.table is None or not self.base or places[:len(self.base)] != self.base
                or _TAIL_SHARE * (rows - self.base_rows) > rows):
            return None
        return len(self.base)

    def place(self, entry: Entry) -> int | None:
        """The first row of the document's columns, when they are there under its key."""
        kept = self.places.get(entry.doc_id)
        return kept[1] if kept is not None and kept[0] == entry.key and kept[2] == entry.n_comments else None


def _token(places: bytes) -> str:
    """The digest of an input's places (its documents, their keys and rows): the same places, the
    same rows."""
    return hashlib.sha256(places).hexdigest()


def _answers_version() -> str:
    """What kept answers depend on beside the rows: the search (its ratio, texts and constants)."""
    return f"{_MEMO_VERSION}:{SEARCH_VERSION}:{near_duplicates.ALL_PAIRS_LIMIT}"


@dataclass(frozen=True)
class _Last:
    """The last build's near-duplicate answers, by its input's rows: where each of those rows is now
    (-1: its document is gone or changed), each row's answer (a row, -1 for none), and the exact
    and band keys of the rows gone."""

    now: np.ndarray
    answer: np.ndarray
    removed: np.ndarray
    removed_bands: np.ndarray

    def answers(self, eligible: np.ndarray, rows: int) -> Answers:
        """near_duplicates.Answers for this build's eligible comments (of rows comments)."""
        then_of = np.full(rows, -1, np.int64)
        kept = np.flatnonzero(self.now >= 0)
        then_of[self.now[kept]] = kept
        old = then_of[eligible]
        before = np.full(len(eligible), UNKNOWN, np.int64)
        known = np.flatnonzero(old >= 0)
        then = self.answer[old[known]]
        now = self.now[np.maximum(then, 0)]
        before[known] = np.where(then < 0, NONE, np.where(now >= 0, now, UNKNOWN))
        return Answers(before, self.removed, self.removed_bands)


def _last_answers(entries: list[Entry], kept: _KeptInput, path: Path | None) -> _Last | None:
    """The answers the last build kept at path for the rows of its input (kept), when they are of
    that input and this search, and its documents still here are in the same order; else None."""
    if path is None or kept.table is None:
        return None
    try:
        with np.load(path, allow_pickle=False) as stored:
            if str(stored["version"]) != _answers_version() or str(stored["token"]) != kept.token:
                return None
            answer = np.asarray(stored["answer"], np.int64)
    except (OSError, ValueError, KeyError):
        return None
    if len(answer) != kept.table.num_rows:
        return None
    now = np.full(len(answer), -1, np.int64)
    start, last = 0, -1
    for entry in entries:
        placed = kept.place(entry) if entry.n_comments else None
        if placed is not None:
            if placed <= last:
                return None
            now[placed:placed + entry.n_comments] = np.arange(start, start + entry.n_comments)
            last = placed
        start += entry.n_comments
    gone = _runs(kept.table.select(["_spam_key", "_spam_bands"]), np.flatnonzero(now < 0))
    long, keys = _band_keys(gone["_spam_bands"].combine_chunks())
    return _Last(now, answer, gone["_spam_key"].to_numpy()[long].astype(np.int64), keys)


def _runs(table: pa.Table, rows: np.ndarray) -> pa.Table:
    """The rows (increasing) of a table, taken as slices of consecutive rows (whole documents: no
    copy of the chunks they are not in)."""
    if not len(rows):
        return table.slice(0, 0)
    breaks = np.flatnonzero(np.diff(rows) != 1) + 1
    starts, ends = rows[np.concatenate(([0], breaks))], rows[np.concatenate((breaks - 1, [len(rows) - 1]))]
    return pa.concat_tables([table.slice(int(a), int(b) - int(a) + 1)
                             for a, b in zip(starts.tolist(), ends.tolist(), strict=True)])


def _keep_answers(path: Path, token: str, rows: int, eligible: np.ndarray, found: np.ndarray) -> None:
    """Keep this build's answers by row of its input (whose places digest to token)."""
    answer = np.full(rows, -1, np.int64)
    hit = found != NONE
    answer[eligible[hit]] = found[hit]
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.npz")
    try:
        np.savez(tmp, answer=answer, token=np.asarray(token), version=np.asarray(_answers_version()))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _input_pieces(entries: list[Entry], kept: _KeptInput) -> Iterator[pa.Table]:
    """The spam step's input columns of the documents in order: runs of documents kept one after
    another in the last build's input read at once (at most ROWS_PER_GROUP rows), others from
    their own comments files."""
    run: list[int] = []  # [first kept row, rows]
    for entry in entries:
        assert entry.comments is not None
        placed = kept.place(entry) if entry.n_comments else None
        if placed is not None and run and run[0] + run[1] == placed:
            run[1] += entry.n_comments
            continue
        if run:
            yield from _kept_rows(kept, *run)
            run = []
        if placed is not None:
            run = [placed, entry.n_comments]
        else:
            table = read_arrow(str(entry.comments), _SPAM_INPUT)
            yield pa.table([table[c].cast(f.type) for c, f in zip(_SPAM_INPUT, _INPUT_SCHEMA, strict=True)],
                           schema=_INPUT_SCHEMA)
    if run:
        yield from _kept_rows(kept, *run)


def _kept_rows(kept: _KeptInput, start: int, rows: int) -> Iterator[pa.Table]:
    assert kept.table is not None
    for step in range(0, rows, ROWS_PER_GROUP):
        yield kept.table.slice(start + step, min(ROWS_PER_GROUP, rows - step))


def _places(entries: list[Entry]) -> list[list[Any]]:
    """Where each document's rows are in the spam step's input (its schema's metadata, as JSON)."""
    places: list[list[Any]] = []
    start = 0
    for entry in entries:
        places.append([entry.doc_id, entry.key, start, entry.n_comments])
        start += entry.n_comments
    return places


def _read_input(entries: list[Entry], input_file: Path | None, kept: _KeptInput,
                places: list[list[Any]], raw: bytes) -> _SpamInput:
    """The spam step's input of the documents (each with comments), taken from the last build's
    kept input where it can be, and kept in input_file for the next build (when given), in record
    batches of about ROWS_PER_GROUP rows (not one per document: the next build reads it in a few
    pieces); places: _places(entries), raw: as JSON. When the documents are the kept file's
    followed by a few more, only those are written, as its tail (_tail_file); else the whole input,
    and the tail is removed."""
    spam_input = _SpamInput(sum(e.n_comments for e in entries))
    if input_file is None:
        for piece in _input_pieces(entries, kept):
            spam_input.add(piece)
        return spam_input
    target, metadata = input_file, {_INPUT_KEY: raw}
    if (first := kept.continued(places, spam_input.model.shape[0])) is not None:
        for piece in _kept_rows(kept, 0, kept.base_rows):
            spam_input.add(piece)
        entries, target = entries[first:], _tail_file(input_file)
        metadata[_BASE_KEY] = kept.base_token.encode()
    input_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with pa.OSFile(str(tmp), "wb") as sink, \
                pa.ipc.new_file(sink, _INPUT_SCHEMA.with_metadata(metadata)) as writer:
            pending: list[pa.Table] = []
            rows = 0
            for piece in _input_pieces(entries, kept):
                spam_input.add(piece)
                pending.append(piece)
                rows += piece.num_rows
                if rows >= ROWS_PER_GROUP:
                    writer.write_table(pa.concat_tables(pending).combine_chunks())
                    pending, rows = [], 0
            if pending:
                writer.write_table(pa.concat_tables(pending).combine_chunks())
        os.replace(tmp, target)
        if target == input_file:  # a tail of the file replaced would not continue it
            _tail_file(input_file).unlink(missing_ok=True)
    finally:
        tmp.unlink(missing_ok=True)
    return spam_input


def score_spam(entries: list[Entry], memo_file: Path | None = None,
               input_file: Path | None = None, own: frozenset[str] = frozenset()) -> pd.DataFrame:
    """is_spam, spam_score and spam_reason (categorical) of every comment, in table order, from the
    columns the step needs (texts only for near-duplicate candidates), read into compact arrays;
    near-duplicate verdicts are read from and kept in memo_file, and the input columns in
    input_file, when given; own: the own accounts' names (spam.own_accounts)."""
    entries = [e for e in entries if e.comments is not None]
    memo = read_memo(memo_file) if memo_file is not None else PairMemo()
    kept = _KeptInput(input_file)
    answers_file = input_file.with_name(ANSWERS_FILE) if input_file is not None else None
    last = _last_answers(entries, kept, answers_file)
    places = _places(entries)
    raw = json.dumps(places).encode("utf-8", "surrogatepass")
    spam_input = _read_input(entries, input_file, kept, places, raw)
    del kept
    spam, answers = _scored(entries, spam_input, memo, last, own)  # arrays gone before the memo is kept
    if answers_file is not None and answers.found is not None:
        if spam_input.long > near_duplicates.ALL_PAIRS_LIMIT:  # the answers of the search a larger corpus has
            _keep_answers(answers_file, _token(raw), spam_input.rows,
                          spam_input.eligible[:spam_input.long], answers.found)
        else:  # all pairs compared: not what the search would find, were the corpus to grow
            answers_file.unlink(missing_ok=True)
    if memo_file is not None and answers.whole:  # a search of some texts only leaves it as it was:
        write_memo(memo_file, memo)  # its verdicts are of the texts the last whole search saw
    return spam


def _scored(entries: list[Entry], spam_input: _SpamInput, memo: PairMemo,
            last: _Last | None, own: frozenset[str]) -> tuple[pd.DataFrame, Answers]:
    """score_spam's columns from the documents' spam input (near-duplicates searched since the last
    build's answers, when given), and the answers."""
    starts = np.cumsum([0, *(e.n_comments for e in entries)])[:-1].tolist()
    author_ids, names = spam_input.author_ids()
    own_author = spam_scoring.own_flags(names, own) if own else None
    own_rows = _outlet_rows(entries, author_ids, names)
    long = spam_input.long
    eligible = spam_input.eligible[:long]
    answers = last.answers(eligible, spam_input.rows) if last is not None else Answers()
    return spam_scoring.score_corpus(
        spam_input.model[:spam_input.rows], spam_input.rules[:spam_input.rows], spam_input.exact[:long],
        spam_input.bands[:long], eligible, author_ids,
        lambda numbers: names.take(pa.array(numbers)).to_pylist(),
        lambda numbers: _texts_of(entries, np.array(starts, dtype=np.int64), numbers), memo, answers,
        own_author, own_rows), answers


def _outlet_rows(entries: list[Entry], author_ids: np.ndarray, names: pa.Array) -> np.ndarray:
    """For each comment (the entries' comments in order, author_ids numbering them into names),
    whether its author is its own page's outlet: spam.outlet_rows over each comment's author and
    its entry's source, both as dictionaries, so each distinct name is folded once."""
    sources = pa.array([s if isinstance(s := e.document.get("source"), str) else None for e in entries],
                       pa.string())
    row_entry = np.repeat(np.arange(len(entries)), [e.n_comments for e in entries])
    return spam_scoring.outlet_rows(pa.DictionaryArray.from_arrays(pa.array(author_ids), names),
                                    pa.DictionaryArray.from_arrays(pa.array(row_entry), sources))


def _document_columns(entry: Entry, stance: Path) -> dict[str, pa.ChunkedArray]:
    """One document's columns of the comments table but spam's, from its cached files."""
    assert entry.comments is not None
    base = read_arrow(str(entry.comments), list(COMMENT_BASE_COLUMNS) + list(enrich.SENTIMENT_COLUMNS))
    return {name: table[name] for table in (base, read_arrow(str(stance))) for name in table.column_names}


def _document_comments(entry: Entry, stance: Path, spam: pa.Table) -> pa.Table:
    """One document's rows of the comments table (spam: its rows of the corpus-wide spam columns)."""
    columns = {**_document_columns(entry, stance), **{name: spam[name] for name in spam.column_names}}
    return pa.table([columns[c] for c in COMMENT_COLUMNS], names=list(COMMENT_COLUMNS))


def _row_group(parts: list[pa.Table]) -> pa.Table:
    return pa.concat_tables(parts, promote_options="permissive").cast(COMMENT_SCHEMA)


@dataclass(frozen=True)
class Reuse:
    """The last build's comments (its snapshot, at `path`) and where each document's rows are in it
    (layout.Layout), for the documents whose rows a build takes from there."""

    layout: Layout
    path: Path
    found: dict[str, tuple[int, int] | None] = field(default_factory=dict)  # place() by path

    def place(self, entry: Entry, stance: Path) -> tuple[int, int] | None:
        """The document's (first row, rows) in the last build's comments when they are still its rows."""
        if entry.path not in self.found:
            self.found[entry.path] = self.layout.place(entry, stance)
        return self.found[entry.path]

    @classmethod
    def open(cls, layout: Layout | None) -> "Reuse | None":
        """The last build's snapshot under its layout; None when there is none or it is unreadable."""
        if layout is None:
            return None
        path = layout.folder / SNAPSHOT_FILE
        try:
            names = _mapped(path).column_names
        except (OSError, pa.ArrowInvalid):
            return None
        needed = [c for c in COMMENT_COLUMNS if c not in enrich.SPAM_COLUMNS]
        return cls(layout, path) if set(needed) <= set(names) else None

    def rows(self, start: int, count: int, spam: pa.Table,
             encoding: "tuple[Recoder, pa.Schema] | None" = None) -> tuple[pa.Table, pa.Table | None]:
        """Rows of the last build's comments with this build's spam columns, and (given a Recoder
        and the snapshot's schema) the same rows as the snapshot holds them, their category
        columns re-encoded by code (None when one cannot be). The snapshot is mapped for these
        rows only: the pages read are let go with them, not held through the build."""
        part = _mapped(self.path).slice(start, count)
        columns = {name: spam[name] if name in spam.column_names else part[name] for name in COMMENT_COLUMNS}
        plain = pa.table([_plain(columns[c]) for c in COMMENT_COLUMNS], names=list(COMMENT_COLUMNS))
        return plain, None if encoding is None else _recoded(columns, spam.column_names, *encoding)


def _recoded(columns: dict[str, pa.ChunkedArray], spam: list[str], recoder: Recoder,
             schema: pa.Schema) -> pa.Table | None:
    """Rows of the last build's snapshot (spam's columns this build's) as this build's snapshot
    holds them (schema): category columns re-encoded with its dictionaries, spam's encoded; None
    when a column cannot be taken over so."""
    arrays: list[pa.Array | pa.ChunkedArray] = []
    for target in schema:
        column = columns[target.name]
        if target.name in recoder.dictionaries:
            dictionary = recoder.dictionaries[target.name]
            found = (encoded_column(column.combine_chunks(), dictionary) if target.name in spam
                     else recoder.column(target.name, column))
            if found is None:
                return None
            arrays.append(found)
        elif column.type.equals(target.type):
            arrays.append(column)
        else:
            return None
    return pa.Table.from_arrays(arrays, schema=schema)


def _mapped(path: Path) -> pa.Table:
    """A memory-mapped Arrow file's table (nothing read until a column is used)."""
    return pa.ipc.open_file(pa.memory_map(str(path))).read_all()


def _plain(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """A dictionary column (the snapshot's categories) as its values."""
    return column.cast(column.type.value_type) if pa.types.is_dictionary(column.type) else column


_Piece = tuple[pa.Table, pa.Table | None]  # rows of the comments table, and of its snapshot when known


def _pieces(entries: list[Entry], stance_of: Callable[[Entry], Path], spam: pa.Table,
            on_document: Callable[[], None], reuse: Reuse | None,
            encoding: tuple[Recoder, pa.Schema] | None) -> Iterator[_Piece]:
    """The comments table in pieces: a document's rows read from its files, or a run of documents
    whose rows lie one after another in the last build's snapshot (at most ROWS_PER_GROUP at a
    time), each with the same rows as the snapshot holds them when they come from the last one's
    and encoding (its Recoder and schema) is given."""
    run: list[int] = []  # [first row in this table, first row in the last build's, rows]

    def flush() -> Iterator[pa.Table]:
        assert reuse is not None
        at, old, count = run
        for step in range(0, count, ROWS_PER_GROUP):
            size = min(ROWS_PER_GROUP, count - step)
            yield reuse.rows(old + step, size, spam.slice(at + step, size), encoding)
        run.clear()

    offset = 0
    for entry in entries:
        if entry.comments is not None:
            placed = reuse.place(entry, stance_of(entry)) if reuse is not None else None
            if placed is not None and run and run[1] + run[2] == placed[0]:
                run[2] += entry.n_comments
            else:
                if run:
                    yield from flush()
                if placed is not None:
                    run.extend([offset, placed[0], entry.n_comments])
                else:
                    rows = spam.slice(offset, entry.n_comments)
                    yield _document_comments(entry, stance_of(entry), rows), None
            offset += entry.n_comments
        on_document()
    if run:
        yield from flush()


def _encoded_group(parts: list[_Piece], encoding: tuple[Recoder, pa.Schema] | None) -> pa.Table | None:
    """A row group's rows as the snapshot holds them, when every piece's are known or none is
    (None then: the snapshot's writer encodes the row group)."""
    if encoding is None or all(encoded is None for _, encoded in parts):
        return None
    recoder, schema = encoding
    return pa.concat_tables([encoded if encoded is not None else
                             _encoded_rows(_row_group([plain]), recoder.dictionaries, schema)
                             for plain, encoded in parts])


def _encoded_rows(table: pa.Table, dictionaries: dict[str, pa.Array], schema: pa.Schema) -> pa.Table:
    """Rows of the comments table (its schema) with their category columns encoded (snapshot schema)."""
    table = table.combine_chunks()
    arrays = [encoded_column(table[f.name].combine_chunks(), dictionaries[f.name])
              if f.name in dictionaries else table[f.name] for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def comment_groups(entries: list[Entry], stance_of: Callable[[Entry], Path], spam: pd.DataFrame,
                   on_document: Callable[[], None] = lambda: None, reuse: Reuse | None = None,
                   encoding: tuple[Recoder, pa.Schema] | None = None) -> Iterator[_Piece]:
    """The comments table, a row group of about ROWS_PER_GROUP rows at a time, each with its rows
    as the snapshot of encoding (a Recoder of its dictionaries and its schema) holds them, when
    given and some of them are the last build's (taken over by code; else None)."""
    spam_table = pa.Table.from_pandas(spam.reset_index(drop=True), preserve_index=False)
    spam_table = spam_table.set_column(spam_table.schema.get_field_index("spam_reason"), "spam_reason",
                                       spam_table["spam_reason"].cast(pa.string()))  # categorical
    parts: list[_Piece] = []
    rows = 0
    for piece in _pieces(entries, stance_of, spam_table, on_document, reuse, encoding):
        parts.append(piece)
        rows += piece[0].num_rows
        if rows >= ROWS_PER_GROUP:
            yield _row_group([plain for plain, _ in parts]), _encoded_group(parts, encoding)
            parts, rows = [], 0
    if parts:
        yield _row_group([plain for plain, _ in parts]), _encoded_group(parts, encoding)


def comment_stream(entries: list[Entry], stance_of: Callable[[Entry], Path], spam: pd.DataFrame,
                   on_document: Callable[[], None] = lambda: None, reuse: Reuse | None = None) -> TableStream:
    """The comments table as a stream: each document's cached comments beside its stance and its
    rows of the corpus-wide spam columns, in document order (from the last build's snapshot for
    the documents reuse finds there)."""
    return TableStream(COMMENT_SCHEMA, (plain for plain, _ in comment_groups(entries, stance_of, spam,
                                                                              on_document, reuse)))


_FRESH_SHARE = 10  # snapshot_dictionaries reads the documents not reused when they are at most 1/10


def _used_values(column: pa.ChunkedArray) -> list[pa.Array]:
    """The values a column's rows use: of a dictionary column, its dictionary's entries that the
    rows point at (the indices counted, chunk after chunk while the dictionary is the same: no
    string is read per row)."""
    parts: list[pa.Array] = []
    dictionary: pa.Array | None = None
    used = np.zeros(0, np.int64)  # rows per entry of dictionary

    def flush() -> None:
        if dictionary is not None:
            parts.append(dictionary.take(pa.array(np.flatnonzero(used), pa.int64())))

    for chunk in column.chunks:
        if not pa.types.is_dictionary(chunk.type):
            parts.append(chunk)
            continue
        if dictionary is None or not (chunk.dictionary is dictionary or chunk.dictionary.equals(dictionary)):
            flush()
            dictionary, used = chunk.dictionary, np.zeros(len(chunk.dictionary), np.int64)
        present = pc.drop_null(chunk.indices).to_numpy(zero_copy_only=False)
        used += np.bincount(present, minlength=len(dictionary))
    flush()
    return parts


def _runs_of(places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first row, rows) ranges with those that follow one another joined."""
    runs: list[tuple[int, int]] = []
    for start, rows in places:
        if runs and runs[-1][0] + runs[-1][1] == start:
            runs[-1] = (runs[-1][0], runs[-1][1] + rows)
        else:
            runs.append((start, rows))
    return runs


def _reason_values(spam: pd.DataFrame) -> pa.Array:
    """The spam reasons the rows use."""
    reasons = spam["spam_reason"]
    if isinstance(reasons.dtype, pd.CategoricalDtype):
        codes = np.unique(reasons.cat.codes.to_numpy())
        return pa.array(reasons.cat.categories[codes[codes >= 0]].astype(object).tolist(), pa.string())
    return pa.array(reasons.astype(object).tolist(), pa.string())


def snapshot_dictionaries(entries: list[Entry], stance_of: Callable[[Entry], Path], spam: pd.DataFrame,
                          reuse: Reuse | None) -> dict[str, pa.Array] | None:
    """The dictionaries of the snapshot of the comments table comment_stream gives (what
    snapshot._dictionaries finds over it), known before it is written: the values that the rows
    reused from the last build's snapshot point at, those of the other documents' rows (read
    here too) and the spam reasons; None without a last build, or when most rows are not reused
    (the snapshot is then made from a copy of the table as it is written)."""
    if reuse is None:
        return None
    reused: list[tuple[int, int]] = []
    fresh: list[Entry] = []
    for entry in (e for e in entries if e.comments is not None):
        placed = reuse.place(entry, stance_of(entry))
        if placed is not None:
            reused.append(placed)
        else:
            fresh.append(entry)
    if _FRESH_SHARE * sum(e.n_comments for e in fresh) > sum(e.n_comments for e in entries):
        return None
    names = [c for c in CATEGORY_COLUMNS if c in COMMENT_SCHEMA.names]
    parts: dict[str, list[pa.Array]] = {name: [] for name in names}
    old = _mapped(reuse.path)
    for start, rows in _runs_of(reused):
        for name in names:
            if name != "spam_reason":
                parts[name] += _used_values(old[name].slice(start, rows))
    for entry in fresh:
        columns = _document_columns(entry, stance_of(entry))
        for name in names:
            if name != "spam_reason":
                parts[name].append(columns[name].combine_chunks())
    if "spam_reason" in parts:
        parts["spam_reason"].append(_reason_values(spam))
    return {name: sorted_values(found) for name, found in parts.items()}


def empty_comments() -> pd.DataFrame:
    """The comments table of a corpus without comments."""
    return frame_of([], COMMENT_BASE_COLUMNS).reindex(columns=list(COMMENT_COLUMNS))
