"""The corpus-wide steps of a build, over every document's per-document results: statements merged
across documents, the documents and mentions tables, the claims, spam across the corpus, and the
comments table streamed from the per-document files in batches of bounded size."""

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa

from ..core.columns import (
    COMMENT_BASE_COLUMNS,
    COMMENT_COLUMNS,
    DOCUMENT_COLUMNS,
    MENTION_COLUMNS,
    STATEMENT_COLUMNS,
)
from ..core.config import CorpusConfig
from ..corpus.store import TableStream
from ..enrich import pipeline as enrich
from ..enrich.stance import Claims
from ..parse.statements import build_statements
from .cache import Entry
from .tasks import frame_of, read_arrow

__all__ = ["Reduced", "reduce_documents", "score_spam", "comment_stream", "empty_comments",
           "COMMENT_SCHEMA", "ROWS_PER_GROUP"]

ROWS_PER_GROUP = 50_000  # comments per Parquet row group: what the writer holds at a time
_INTEGERS = frozenset({"position", "depth"})
_BOOLEANS = frozenset({"is_empty", "is_reply", "is_spam"})
_FLOATS = frozenset({"sentiment_compound", "sentiment_pos", "sentiment_neu", "sentiment_neg",
                     "stance_confidence", "spam_score"})
_SPAM_INPUT = ["author", "text"]


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


def _counted(documents: pd.DataFrame, mentions: pd.DataFrame, entries: list[Entry]) -> pd.DataFrame:
    """The documents table with n_statements and n_comments."""
    documents = documents.copy()
    documents["n_statements"] = documents["doc_id"].map(mentions.groupby("doc_id")["statement_id"]
                                                        .nunique()).fillna(0).astype(int)
    documents["n_comments"] = documents["doc_id"].map(
        {e.doc_id: e.n_comments for e in entries}).fillna(0).astype(int)
    return documents[list(DOCUMENT_COLUMNS)]


def reduce_documents(entries: list[Entry], counts: Counter[str], config: CorpusConfig) -> Reduced:
    """Statements merged across the documents, the documents and mentions tables, and the claims
    from the statements and the documents' summed topic counts."""
    documents = frame_of([e.document for e in entries], DOCUMENT_COLUMNS)
    statements, mentions = build_statements(documents, [m for e in entries for m in e.mentions])
    statements = frame_of(statements.to_dict("records"), STATEMENT_COLUMNS)
    mentions = frame_of(mentions.to_dict("records"), MENTION_COLUMNS)
    claims = enrich.corpus_claims(config, statements, counts, sum(e.n_texts for e in entries))
    sources = dict(zip(documents["doc_id"], documents["source"], strict=True))
    mentions["source"] = mentions["doc_id"].map(sources)
    return Reduced(_counted(documents, mentions, entries), enrich.score_statements(statements),
                   mentions, claims)


def _spam_input(path: Path) -> pd.DataFrame:
    """What the corpus-wide spam step reads of one document's comments file."""
    table = read_arrow(str(path))
    return table.select(_SPAM_INPUT + enrich.local_spam_columns(table.column_names)).to_pandas()


def score_spam(entries: list[Entry]) -> pd.DataFrame:
    """is_spam, spam_score and spam_reason of every comment, in table order (only the columns the
    step needs are read)."""
    parts = [_spam_input(e.comments) for e in entries if e.comments is not None]
    if not parts:
        return pd.DataFrame(columns=list(enrich.SPAM_COLUMNS))
    frame = pd.concat(parts, ignore_index=True)
    local = frame[enrich.local_spam_columns(list(frame.columns))]
    return enrich.score_spam(local, frame["author"], frame["text"]).reset_index(drop=True)


def _document_comments(entry: Entry, stance: Path, spam: pa.Table) -> pa.Table:
    """One document's rows of the comments table (spam: its rows of the corpus-wide spam columns)."""
    assert entry.comments is not None
    base = read_arrow(str(entry.comments), list(COMMENT_BASE_COLUMNS) + list(enrich.SENTIMENT_COLUMNS))
    columns = {name: table[name] for table in (base, read_arrow(str(stance)), spam)
               for name in table.column_names}
    return pa.table([columns[c] for c in COMMENT_COLUMNS], names=list(COMMENT_COLUMNS))


def _row_group(parts: list[pa.Table]) -> pa.Table:
    return pa.concat_tables(parts, promote_options="permissive").cast(COMMENT_SCHEMA)


def _batches(entries: list[Entry], stance_of: Callable[[Entry], Path], spam: pd.DataFrame,
             on_document: Callable[[], None]) -> Iterator[pa.Table]:
    """The comments table, a row group of about ROWS_PER_GROUP rows at a time."""
    spam_table = pa.Table.from_pandas(spam.reset_index(drop=True), preserve_index=False)
    parts: list[pa.Table] = []
    offset = rows = 0
    for entry in entries:
        if entry.comments is not None:
            parts.append(_document_comments(entry, stance_of(entry),
                                            spam_table.slice(offset, entry.n_comments)))
            offset, rows = offset + entry.n_comments, rows + entry.n_comments
        on_document()
        if rows >= ROWS_PER_GROUP:
            yield _row_group(parts)
            parts, rows = [], 0
    if parts:
        yield _row_group(parts)


def comment_stream(entries: list[Entry], stance_of: Callable[[Entry], Path], spam: pd.DataFrame,
                   on_document: Callable[[], None] = lambda: None) -> TableStream:
    """The comments table as a stream: each document's cached comments beside its stance and its
    rows of the corpus-wide spam columns, in document order."""
    return TableStream(COMMENT_SCHEMA, _batches(entries, stance_of, spam, on_document))


def empty_comments() -> pd.DataFrame:
    """The comments table of a corpus without comments."""
    return frame_of([], COMMENT_BASE_COLUMNS).reindex(columns=list(COMMENT_COLUMNS))
