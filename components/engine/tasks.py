"""The per-document work of a build, as tasks an executor runs in another process or on a Dask
worker: bytes in, compact results out (Arrow IPC bytes, plain dicts), nothing read from or written
to the corpus folder, so a worker needs no shared file system."""

import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pyarrow as pa

from ..core.columns import COMMENT_BASE_COLUMNS
from ..core.config import CorpusConfig
from ..core.reader import ReadError, decode_bytes
from ..corpus.terms import comment_terms
from ..enrich import pipeline as enrich
from ..enrich.stance import Claims
from ..parse.parser import ParsedDocument, parse_document
from .touched import document_stems

__all__ = ["ParseTask", "DocResult", "StanceTask", "DocStance", "DocFailure", "parse_batch",
           "stance_batch", "frame_of", "arrow_bytes", "read_arrow", "stance_input"]


def stance_input(columns: list[str]) -> list[str]:
    """What classify_stance reads of a document's cached comments: the comment columns (text,
    author, thread structure) and spam's local part (a reply that is spam stays out of the
    reply rule), as the corpus-wide enrich passes them."""
    return list(COMMENT_BASE_COLUMNS) + enrich.local_spam_columns(columns)


@dataclass(frozen=True)
class ParseTask:
    """One file to parse and enrich locally: its path (for messages), id, hash and bytes."""

    path: str
    doc_id: str
    sha: str
    data: bytes


@dataclass(frozen=True)
class DocResult:
    """What one document yields before the corpus-wide steps. `table` holds its comments with the
    per-document enrichment as Arrow IPC bytes (b"" when it has no comments)."""

    path: str
    document: dict[str, Any]
    mentions: list[dict[str, Any]]
    counts: dict[str, int]
    n_texts: int
    n_comments: int
    table: bytes
    terms: bytes = b""  # its comments' term counts (corpus/terms.py), Arrow IPC; b"" without comments


@dataclass(frozen=True)
class StanceTask:
    """One document's comments (the Arrow bytes of its DocResult table) to classify."""

    path: str
    table: bytes


@dataclass(frozen=True)
class DocStance:
    """One document's stance columns, as Arrow IPC bytes, and the stems of its comments (what the
    claims are looked up by: touched.document_stems)."""

    path: str
    table: bytes
    stems: str | None = None  # None: not recorded (the document is then classified again when claims change)


@dataclass(frozen=True)
class DocFailure:
    """A document that failed: the reason of a ReadError, or an internal error's traceback."""

    path: str
    reason: str
    error: str = ""  # the exception's type name, when it is an internal error
    trace: str = ""


def frame_of(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """A table with the contract's columns first, in contract order, then any extra ones."""
    frame = pd.DataFrame(rows)
    for column in columns:
        if column not in frame:
            frame[column] = pd.Series(dtype="object")
    return frame[list(columns) + sorted(c for c in frame.columns if c not in columns)]


def arrow_bytes(frame: pd.DataFrame) -> bytes:
    """A frame as the bytes of an Arrow IPC file (without its index): written and read several
    times faster than Parquet, for files that are read back whole or by column."""
    return _ipc_bytes(pa.Table.from_pandas(frame, preserve_index=False))


def _ipc_bytes(table: pa.Table) -> bytes:
    """A table as the bytes of an Arrow IPC file."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def read_arrow(source: "bytes | str", columns: list[str] | None = None) -> pa.Table:
    """An Arrow IPC file (its bytes, or its path, memory-mapped), only the columns asked for."""
    stream = pa.BufferReader(source) if isinstance(source, bytes) else pa.memory_map(source)
    table = pa.ipc.open_file(stream).read_all()
    return table.select(columns) if columns is not None else table


def _failure(path: str, exc: BaseException) -> DocFailure:
    if isinstance(exc, ReadError):
        return DocFailure(path, str(exc))
    return DocFailure(path, "", type(exc).__name__, "".join(traceback.format_exception(exc)))


def _result(path: str, parsed: ParsedDocument) -> DocResult:
    """A parsed document with its comments enriched locally and its topic counts."""
    comments = frame_of(parsed.comments, COMMENT_BASE_COLUMNS)
    table = arrow_bytes(pd.concat([comments, enrich.enrich_local(comments)], axis=1)) if len(
        comments) else b""
    terms = _ipc_bytes(comment_terms(comments[["comment_id", "text"]])) if len(comments) else b""
    return DocResult(path, parsed.document, parsed.mentions, dict(enrich.count_topics(comments)),
                     len(enrich.comment_texts(comments)), len(comments), table, terms)


def parse_one(task: ParseTask, config: CorpusConfig) -> DocResult | DocFailure:
    """Decode, parse and enrich one document; any failure becomes a DocFailure."""
    try:
        text = decode_bytes(task.data).text
        return _result(task.path, parse_document(task.doc_id, task.path, text, task.sha, config))
    except Exception as exc:  # noqa: BLE001 - one file's fault must not stop the others
        return _failure(task.path, exc)


def parse_batch(tasks: Sequence[ParseTask], config: CorpusConfig) -> list[DocResult | DocFailure]:
    """parse_one for each task of a batch (several small documents per task keep pickling cheap)."""
    return [parse_one(task, config) for task in tasks]


def stance_one(task: StanceTask, config: CorpusConfig, claims: Claims) -> DocStance | DocFailure:
    """One document's stance columns with the corpus claims."""
    try:
        table = read_arrow(task.table)
        comments = table.select(stance_input(table.column_names)).to_pandas()
        stance = enrich.classify_stance(comments, config, claims)
        stems = document_stems(t for t in comments["text"] if isinstance(t, str))
        return DocStance(task.path, arrow_bytes(stance[list(enrich.STANCE_COLUMNS)]), stems)
    except Exception as exc:  # noqa: BLE001 - one file's fault must not stop the others
        return _failure(task.path, exc)


def stance_batch(tasks: Sequence[StanceTask], config: CorpusConfig,
                 claims: Claims) -> list[DocStance | DocFailure]:
    """stance_one for each task of a batch."""
    return [stance_one(task, config, claims) for task in tasks]
