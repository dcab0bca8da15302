"""The per-document work of a build, as tasks an executor runs in another process or on a Dask
worker: bytes in, compact results out (Arrow IPC bytes, plain dicts), nothing read from or written
to the corpus folder, so a worker needs no shared file system."""

import operator
import pickle
import traceback
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from ..core.columns import COMMENT_BASE_COLUMNS
from ..core.config import CorpusConfig
from ..core.reader import ReadError, decode_bytes
from ..corpus.terms import comment_terms
from ..enrich import pipeline as enrich
from ..enrich.speed import collector_paused
from ..enrich.stance import Claims
from ..parse.layout import Layout, RawComment, Sections
from ..parse.parser import (
    Page,
    ParsedDocument,
    comment_rows,
    complete_base,
    parse_base,
    parse_page,
    read_page,
    same_layout,
)
from .touched import document_stems

__all__ = ["ParseTask", "DocResult", "DocBase", "base_batch", "StanceTask", "DocStance", "DocFailure",
           "parse_batch", "stance_batch", "frame_of", "conformed", "arrow_bytes", "read_arrow",
           "stance_input", "page_bytes", "page_of"]


def stance_input(columns: list[str]) -> list[str]:
    """What classify_stance reads of a document's cached comments: the comment columns (text,
    author, thread structure) and spam's local part (a reply that is spam stays out of the
    reply rule), as the corpus-wide enrich passes them."""
    return list(COMMENT_BASE_COLUMNS) + enrich.local_spam_columns(columns)


@dataclass(frozen=True)
class ParseTask:
    """One file to parse and enrich locally: its path (for messages), id, hash and bytes; or,
    instead of its bytes, its page as a base task read it (`page`, from page_bytes: a page parses
    the same with any furniture, so it is read once) and the file's size."""

    path: str
    doc_id: str
    sha: str
    data: bytes
    furniture: frozenset[str] = frozenset()  # lines its outlet repeats (engine/furniture_sets.py)
    page: bytes = b""
    size: int = 0  # the file's size when its data is not sent (what sizes the batches)


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
    lines: tuple[str, ...] = ()  # its lines that may be its outlet's furniture (ParsedDocument.lines)


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


def conformed(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """A frame made from records, as frame_of makes one of those records: the contract's columns
    first (those it lacks, empty), in contract order, then any extra ones."""
    frame = frame.copy()
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
    """An Arrow IPC file (its bytes, or its path: a document's cache file, read whole, which for
    these small files costs a third of mapping it), only the columns asked for."""
    if not isinstance(source, bytes):
        with open(source, "rb") as handle:
            source = handle.read()
    table = pa.ipc.open_file(pa.BufferReader(source)).read_all()
    return table.select(columns) if columns is not None else table


def _failure(path: str, exc: BaseException) -> DocFailure:
    if isinstance(exc, ReadError):
        return DocFailure(path, str(exc))
    return DocFailure(path, "", type(exc).__name__, "".join(traceback.format_exception(exc)))


def _result(path: str, parsed: ParsedDocument) -> DocResult:
    """A parsed document with its comments enriched locally and its topic counts."""
    return _results([(path, parsed)])[0]


def _results(parsed: Sequence[tuple[str, ParsedDocument]]) -> list[DocResult]:
    """Parsed documents with their comments enriched locally and their topic counts: the comments
    of all of them in one frame, enriched and converted to Arrow together, then cut per document
    (the local steps score each comment on its own, so this equals enriching each document alone)."""
    if len({tuple(p.comments[0]) for _, p in parsed if p.comments}) > 1:
        raise ValueError("the documents' comment rows have different fields")  # they would mix
    comments = frame_of([c for _, p in parsed for c in p.comments], COMMENT_BASE_COLUMNS)
    stops = np.cumsum([len(p.comments) for _, p in parsed]).tolist()
    table = terms = pa.table({})
    if len(comments):
        table = pa.Table.from_pandas(pd.concat([comments, enrich.enrich_local(comments)], axis=1),
                                     preserve_index=False)
        terms = comment_terms(comments[["comment_id", "text"]])
    texts = comments["text"].tolist()
    results = []
    for (path, doc), start, stop in zip(parsed, [0, *stops[:-1]], stops, strict=True):
        own = [t for t in texts[start:stop] if isinstance(t, str)]  # enrich.comment_texts of its comments
        results.append(DocResult(
            path, doc.document, doc.mentions, dict(enrich.count_text_topics(own)), len(own), stop - start,
            _ipc_bytes(table.slice(start, stop - start)) if stop > start else b"",
            _ipc_bytes(terms.slice(start, stop - start)) if stop > start else b"", tuple(sorted(doc.lines))))
    return results


def parse_one(task: ParseTask, config: CorpusConfig) -> DocResult | DocFailure:
    """Decode, parse and enrich one document; any failure becomes a DocFailure."""
    parsed = _parsed(task, config)
    return parsed if isinstance(parsed, DocFailure) else _result_or_failure(task.path, parsed)


_COMMENT_FIELDS = operator.attrgetter(*(f.name for f in fields(RawComment)))


def page_bytes(page: Page, parsed: ParsedDocument | None = None, layout: Layout | None = None,
               asked: frozenset[str] = frozenset()) -> bytes:
    """A read page, and its parse without furniture (but its comment rows, made again from the
    page) with, for a base parse that left out its mentions, the layout it was made from (without
    its comments, which are the page's) and the line keys laying it out asked its furniture about
    (parser.parse_base, complete_base), as compact bytes (plain values pickled, compressed), to
    send with a later task."""
    sections = page.sections
    before = ((parsed.document, parsed.mentions, tuple(parsed.lines), parsed.complete)
              if parsed is not None else None)
    laid_out = (replace(layout, comments=()), tuple(asked)) if (
        layout is not None and parsed is not None and not parsed.complete) else None
    values = (page.meta, sections.header_date, sections.article,
              [_COMMENT_FIELDS(c) for c in sections.comments], sections.thread_title, sections.site, before,
              laid_out)
    return zlib.compress(pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL), 1)


def page_of(data: bytes) -> tuple[Page, ParsedDocument | None]:
    """The page and parse page_bytes made these bytes of (bytes this build's own tasks made,
    never a file's); the parse's comments are left empty."""
    page, before, _ = _page_parts(data)
    return page, before


_LaidOut = tuple[Layout, frozenset[str]]  # a base parse's layout and the keys it asked its furniture about


def _page_parts(data: bytes) -> tuple[Page, ParsedDocument | None, _LaidOut | None]:
    """page_of's page and parse, and the layout (its comments the page's again) and asked keys
    sent with a parse that left out its mentions."""
    meta, header_date, article, comments, thread_title, site, before, laid_out = pickle.loads(
        zlib.decompress(data))
    page = Page(meta, Sections(header_date, article, tuple(RawComment(*c) for c in comments), thread_title,
                               site))
    parsed = ParsedDocument(before[0], before[1], [], frozenset(before[2]), before[3]) if before else None
    if laid_out is not None:
        laid_out = replace(laid_out[0], comments=page.sections.comments), frozenset(laid_out[1])
    return page, parsed, laid_out


def _page(task: ParseTask) -> tuple[Page, ParsedDocument | None, _LaidOut | None]:
    """The task's page (as sent, else read from its bytes) and its parse without furniture when
    sent (with its layout and asked keys when that parse left out its mentions)."""
    if task.page:
        return _page_parts(task.page)
    return read_page(task.path, decode_bytes(task.data).text), None, None


def _parsed(task: ParseTask, config: CorpusConfig) -> ParsedDocument | DocFailure:
    """Decode and parse one document; any failure becomes a DocFailure."""
    return _parsed_page(task, config)[1]


def _parsed_page(task: ParseTask, config: CorpusConfig) -> tuple[Page | None, ParsedDocument | DocFailure]:
    """Decode, read and parse one document: its page (None if reading failed) and its parse; any
    failure becomes a DocFailure. A document sent with its parse without furniture and parsed
    without furniture again is that parse (parse_page is a function of its arguments), with its
    comment rows made again; or, when that parse left out its mentions, it is finished from the
    layout sent with it (parser.complete_base) instead of laid out again, and so is one parsed with
    furniture that its layout never asked about (parser.same_layout)."""
    page = None
    try:
        page, before, laid_out = _page(task)
        if before is not None and before.complete and not task.furniture:
            return page, replace(before, comments=comment_rows(task.doc_id, before.document["source"],
                                                              page.sections.comments))
        if before is not None and laid_out is not None and same_layout(task.furniture, laid_out[1]):
            return page, complete_base(task.doc_id, laid_out[0], before, config, task.furniture)
        return page, parse_page(task.doc_id, task.path, page, task.sha, config, task.furniture)
    except Exception as exc:  # noqa: BLE001 - one file's fault must not stop the others
        return page, _failure(task.path, exc)


def _base_page(task: ParseTask, config: CorpusConfig
               ) -> tuple[Page | None, ParsedDocument | DocFailure, _LaidOut | None]:
    """_parsed_page's base parse (parse_page's with base), and, parsed without furniture, its
    layout and the keys it asked its furniture about (parser.parse_base)."""
    page = None
    try:
        page, _, _ = _page(task)
        if task.furniture:
            parsed = parse_page(task.doc_id, task.path, page, task.sha, config, task.furniture, base=True)
            return page, parsed, None
        parsed, layout, asked = parse_base(task.doc_id, task.path, page, task.sha, config)
        return page, parsed, (layout, asked)
    except Exception as exc:  # noqa: BLE001 - one file's fault must not stop the others
        return page, _failure(task.path, exc), None


def _result_or_failure(path: str, parsed: ParsedDocument) -> DocResult | DocFailure:
    """_result of one parsed document; any failure becomes a DocFailure."""
    try:
        return _result(path, parsed)
    except Exception as exc:  # noqa: BLE001 - one file's fault must not stop the others
        return _failure(path, exc)


@dataclass(frozen=True)
class DocBase:
    """A document's parse without furniture, reduced to what finds its outlet's repeated lines,
    and its page (page_bytes), which the full parse starts from instead of the file."""

    path: str
    document: dict[str, Any]
    lines: tuple[str, ...]
    page: bytes = b""


def base_batch(tasks: Sequence[ParseTask], config: CorpusConfig) -> list[DocBase | DocFailure]:
    """Each document parsed as it is, without enrichment: its source, title and candidate lines
    (the build learns every outlet's repeated lines from them before the one full parse), and
    its page."""
    out: list[DocBase | DocFailure] = []
    with collector_paused():  # as a build on one process runs it (its parse makes no cycle worth a pass)
        for task in tasks:
            page, parsed, laid_out = _base_page(task, config)
            out.append(parsed if isinstance(parsed, DocFailure) else DocBase(
                task.path, parsed.document, tuple(sorted(parsed.lines)),
                page_bytes(page, None if task.furniture else parsed, *(laid_out or ())) if page else b""))
    return out


def parse_batch(tasks: Sequence[ParseTask], config: CorpusConfig) -> list[DocResult | DocFailure]:
    """parse_one for each task of a batch (several small documents per task keep pickling cheap):
    each document parsed alone, their comments enriched together (one by one if that fails, so
    a document that breaks it fails alone). The cyclic collector is paused meanwhile, as a build
    on one process pauses it around its whole parse (the batch's objects hold no cycle worth a pass)."""
    with collector_paused():
        return _parse_batch(tasks, config)


def _parse_batch(tasks: Sequence[ParseTask], config: CorpusConfig) -> list[DocResult | DocFailure]:
    out: list[DocResult | DocFailure | ParsedDocument] = [_parsed(task, config) for task in tasks]
    parsed = [(n, task.path, p) for n, (task, p) in enumerate(zip(tasks, out, strict=True))
              if isinstance(p, ParsedDocument)]
    try:
        results: list[DocResult | DocFailure] = list(_results([(path, p) for _, path, p in parsed]))
    except Exception:  # noqa: BLE001 - found again document by document below
        results = [_result_or_failure(path, p) for _, path, p in parsed]
    for (n, _, _), result in zip(parsed, results, strict=True):
        out[n] = result
    return [r for r in out if not isinstance(r, ParsedDocument)]


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


def _stances(tasks: Sequence[StanceTask], config: CorpusConfig,
             claims: Claims) -> list[DocStance | DocFailure]:
    """stance_one of each task, the documents' comments classified in one frame (each document's
    threads on their own: classify_stance with the corpus claims equals it run per document); a
    document without comments is done alone, so it does not send the batch one by one."""
    tables = [read_arrow(task.table) for task in tasks]
    results: dict[int, DocStance | DocFailure] = {
        i: stance_one(task, config, claims) for i, (task, t) in enumerate(zip(tasks, tables, strict=True))
        if not t.num_rows}
    full = [i for i, t in enumerate(tables) if t.num_rows]
    if full:
        whole = pa.concat_tables([tables[i] for i in full])
        comments = whole.select(stance_input(whole.column_names)).to_pandas()
        lengths = [tables[i].num_rows for i in full]
        if not _one_document_each(comments["doc_id"], lengths):
            raise ValueError("a document id is missing or shared by two documents of the batch")
        stance = enrich.classify_stance(comments, config, claims)[list(enrich.STANCE_COLUMNS)]
        table = pa.Table.from_pandas(stance, preserve_index=False)
        texts, starts = comments["text"].tolist(), np.cumsum([0, *lengths]).tolist()
        for i, start, stop in zip(full, starts[:-1], starts[1:], strict=True):
            results[i] = DocStance(tasks[i].path, _ipc_bytes(table.slice(start, stop - start)),
                                   document_stems(t for t in texts[start:stop] if isinstance(t, str)))
    return [results[i] for i in range(len(tasks))]


def _one_document_each(doc_ids: pd.Series, lengths: list[int]) -> bool:
    """Whether each run of rows (of these lengths, none empty) holds one document id of its own."""
    codes = pd.factorize(doc_ids)[0]
    firsts = codes[np.cumsum([0, *lengths[:-1]])] if all(lengths) else codes[:0]
    return (all(lengths) and bool((codes >= 0).all()) and len(np.unique(firsts)) == len(lengths)
            and bool((codes == np.repeat(firsts, lengths)).all()))


def stance_batch(tasks: Sequence[StanceTask], config: CorpusConfig,
                 claims: Claims) -> list[DocStance | DocFailure]:
    """stance_one for each task of a batch: classified together, or one by one if that fails (so a
    document that breaks it fails alone)."""
    try:
        return list(_stances(tasks, config, claims))
    except Exception:  # noqa: BLE001 - found again document by document below
        return [stance_one(task, config, claims) for task in tasks]
