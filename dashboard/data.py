"""Loading the built corpus into the app, cached by the manifest's table folder."""

import contextlib
import os
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import streamlit as st

from components.core.columns import COMMENT_COLUMNS, COMMENT_LABEL_COLUMNS, TABLES
from components.corpus.filters import text_matches
from components.corpus.labels import (
    CURRENT_COLUMNS,
    MODEL,
    LabelStore,
    apply_corrections,
    match_corrections,
)
from components.corpus.snapshot import CATEGORY_COLUMNS, EXPORT_ONLY_COLUMNS, read_comments, snapshot_rows
from components.corpus.store import MANIFEST, Corpus, read_manifest, tables_complete
from components.corpus.terms import (
    MATRIX_FILE,
    TermMatrix,
    comment_terms,
    load_terms,
    terms_path,
    write_terms,
)

if TYPE_CHECKING:
    from components.engine.build import BuildReport
# components.engine (the whole pipeline: a second or more to import) is imported where a build or an
# upload runs, not when a page only reads the built corpus.

ROOT = Path(__file__).resolve().parent.parent


def corpus_dir() -> Path:
    """The corpus the app shows: $SPECTRUM_CORPUS, else data/corpus."""
    return Path(os.environ.get("SPECTRUM_CORPUS", ROOT / "data" / "corpus"))


def seeds_dir() -> Path:
    """The seeds folder of the corpus shown (its documents' texts, where an upload goes, what a
    missing corpus is built from): $SPECTRUM_SEEDS, else the folder the corpus records it was built
    from (beside it as recorded, else at its absolute path, else there even though it is gone: its
    texts are then missing, not another folder's), else seeds/; so a corpus built elsewhere and
    opened with $SPECTRUM_CORPUS alone is never shown with, rebuilt from or added to the project's
    own seeds."""
    if "SPECTRUM_SEEDS" in os.environ:
        return Path(os.environ["SPECTRUM_SEEDS"])
    manifest = current_manifest(corpus_dir())
    recorded = [corpus_dir() / str(manifest["seeds_dir"])] if manifest.get("seeds_dir") else []
    recorded += [Path(str(manifest["seeds_dir_absolute"]))] if manifest.get("seeds_dir_absolute") else []
    if not recorded:
        return ROOT / "seeds"
    return next((folder for folder in recorded if folder.is_dir()), recorded[0])


EXPORT_CHUNK_ROWS = 50_000  # rows encoded at a time for a download


def _sorted_categories(frame: pd.DataFrame) -> pd.DataFrame:
    """Category columns with their categories in sorted order, so sorting and grouping read as the
    text does (an all-null column becomes an empty category column)."""
    for column in [c for c in CATEGORY_COLUMNS if c in frame]:
        values = frame[column]
        if not isinstance(values.dtype, pd.CategoricalDtype):
            values = values.astype(object).astype("category")
        if not values.cat.categories.is_monotonic_increasing:
            values = values.cat.reorder_categories(values.cat.categories.sort_values())
        frame[column] = values
    return frame


def current_manifest(directory: Path) -> dict[str, Any]:
    """read_manifest, parsed again only when the file was replaced (a build replaces it atomically):
    a million comments' manifest is half a megabyte of JSON, read several times a rerun. Shared:
    never modify it."""
    try:
        stat = (directory / MANIFEST).stat()
    except OSError:
        return read_manifest(directory)
    return _parsed_manifest(str(directory), (stat.st_ino, stat.st_mtime_ns, stat.st_size))


@st.cache_resource(show_spinner=False, max_entries=4)
def _parsed_manifest(directory: str, version: tuple[int, int, int]) -> dict[str, Any]:
    """The manifest of one version of the file (version: its inode, time and size)."""
    del version
    return read_manifest(Path(directory))


@st.cache_resource(show_spinner="Loading the corpus…", max_entries=2)
def _load_tables(directory: str, tables_dir: str) -> dict[str, pd.DataFrame]:
    """All tables of one built version (tables_dir keys the cache and names the version read, so
    every table comes from the same build). Held once per server, shared read-only by every session
    (cache_resource: no copy per rerun); the comments from their memory-mapped snapshot
    (components.corpus.snapshot), without their export-only columns."""
    folder = Path(directory) / tables_dir
    tables = {name: pd.read_parquet(folder / f"{name}.parquet") for name in TABLES if name != "comments"}
    tables["comments"] = _sorted_categories(read_comments(folder))
    return tables


def load_app_corpus() -> Corpus:
    """The corpus, built first when there is none yet."""
    directory = corpus_dir()
    if not tables_complete(directory, current_manifest(directory)):
        from components.engine.build import build_corpus

        build_corpus(seeds_dir(), directory)
    manifest = current_manifest(directory)
    tables = _load_tables(str(directory), manifest["tables_dir"])
    _term_load(str(directory), manifest["tables_dir"])  # started now, needed by the first word cloud
    comments = _corrected_comments(str(directory), manifest["tables_dir"],
                                   LabelStore(directory).version())
    return Corpus(tables["documents"], tables["statements"], tables["mentions"], comments, manifest)


def with_corrections(comments: pd.DataFrame, store: LabelStore | pd.DataFrame) -> pd.DataFrame:
    """apply_corrections, applied to the corrected rows alone and written into a frame that shares
    the other columns with the input. Every text is hashed only when some correction does not find
    its comment by id and text (match_corrections then looks for it by text in the whole corpus);
    each correction is then re-addressed to the id of the row it matched."""
    current = store.current() if isinstance(store, LabelStore) else store
    touched = _as_text(comments[comments["comment_id"].isin(current["comment_id"])])
    applied, stale = match_corrections(touched, current)
    if len(stale) or (applied["matched"] != "id and text").any():  # some match by text only
        applied, _ = match_corrections(comments[["comment_id", "text"]], current)
        current = applied.assign(comment_id=comments.loc[applied["row"], "comment_id"].astype(str).to_numpy())
        current = current[list(CURRENT_COLUMNS)]
        touched = _as_text(comments.loc[applied["row"].unique()])
    touched = _with_labelled_threads(comments, touched)
    by_model = pd.Categorical.from_codes(np.zeros(len(comments), dtype=np.int8), [MODEL])
    out = comments.assign(stance_model=comments["stance"], stance_set_by=by_model,
                          is_spam_model=comments["is_spam"].astype(bool), spam_set_by=by_model)
    if len(touched):
        fixed = apply_corrections(touched, current)
        for column in ("stance", "stance_model"):
            out[column] = _with_values(out[column], fixed[column])
        for column in fixed.columns.intersection(["stance_set_by", "stance_confidence", "stance_reason",
                                                  "is_spam", "spam_set_by", "spam_reason"]):
            out[column] = _with_values(out[column], fixed[column])
    out["is_spam"] = out["is_spam"].astype(bool)
    return out[[c for c in out.columns if c not in COMMENT_LABEL_COLUMNS] + list(COMMENT_LABEL_COLUMNS)]


def _with_labelled_threads(comments: pd.DataFrame, touched: pd.DataFrame) -> pd.DataFrame:
    """The corrected rows, and every other comment of their documents: a reply there may follow
    the side the analyst's labels leave the commenter it answered (apply_corrections)."""
    if "doc_id" not in comments or touched.empty:
        return touched
    docs = touched["doc_id"].unique()
    rest = comments[comments["doc_id"].isin(docs) & ~comments["comment_id"].isin(touched["comment_id"])]
    return pd.concat([touched, _as_text(rest)]) if len(rest) else touched


_WRITTEN = ("stance", "stance_reason", "spam_reason")  # category columns a correction writes into


def _as_text(comments: pd.DataFrame) -> pd.DataFrame:
    """The frame with the category columns a correction writes into as plain text."""
    return comments.astype({c: object for c in _WRITTEN
                            if c in comments and isinstance(comments[c].dtype, pd.CategoricalDtype)})


def _with_values(column: pd.Series, fixed: pd.Series) -> pd.Series:
    """The column with the rows of fixed replaced (a category column gains the new values)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        new = pd.Index(fixed.astype(str).unique()).difference(column.cat.categories)
        column = column.cat.add_categories(new) if len(new) else column.copy()
        column.loc[fixed.index] = fixed.astype(str)
        return column
    column = column.copy()
    column.loc[fixed.index] = fixed.to_numpy()
    return column


@st.cache_resource(show_spinner=False, max_entries=2)
def _corrected_comments(directory: str, tables_dir: str, labels_version: int) -> pd.DataFrame:
    """The comments with the analyst's corrections applied (the label store's last event number
    keys the cache, so every session counts an edit on its next rerun)."""
    del labels_version
    comments = _load_tables(directory, tables_dir)["comments"]
    return with_corrections(comments, LabelStore(Path(directory)))


def _made_term_matrix(directory: str, tables_dir: str, comments: pd.DataFrame) -> TermMatrix:
    """The corpus's term counts as a matrix: stored beside the tables (terms.npz, which the build
    writes), else made from the build's terms.parquet, else counted here once; what was made is
    stored for the next reader when the folder is writable."""
    folder = Path(directory) / tables_dir
    stored = TermMatrix.load(folder / MATRIX_FILE, len(comments))
    if stored is not None:
        return stored
    terms = load_terms(terms_path(Path(directory), tables_dir))
    if terms is None:
        terms = comment_terms(comments[["comment_id", "text"]])
        with contextlib.suppress(OSError):
            write_terms(terms_path(Path(directory), tables_dir), terms)
    matrix = TermMatrix.from_table(terms, comments["comment_id"])
    with contextlib.suppress(OSError):
        matrix.save(folder / MATRIX_FILE)
    return matrix


# The term counts load on a background thread as soon as a version's tables are loaded (reading a
# million comments' 130 MB matrix takes a second or more), so the Sentiment page's first word cloud
# rarely waits for them. One load per version, once per server; the two newest versions are kept.
_TERM_LOADS: dict[tuple[str, str], Future[TermMatrix]] = {}
_TERM_LOCK = threading.Lock()
_TERM_LOADER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spectrum-terms")


def _term_load(directory: str, tables_dir: str) -> Future[TermMatrix]:
    """The load of one version's term counts: started on the first call, shared after (a load that
    failed is started again)."""
    key = (directory, tables_dir)
    with _TERM_LOCK:
        running = _TERM_LOADS.get(key)
        if running is None or (running.done() and running.exception() is not None):
            while len(_TERM_LOADS) >= 2:
                _TERM_LOADS.pop(next(iter(_TERM_LOADS)))
            comments = _load_tables(directory, tables_dir)["comments"]
            running = _TERM_LOADER.submit(_made_term_matrix, directory, tables_dir, comments)
            _TERM_LOADS[key] = running
        return running


def version_key(corpus: Corpus) -> tuple[str, str, int]:
    """What names one built version of the tables wherever its folder is (its table folder's name,
    the build's fingerprint, its number of comments): the key of caches of values that depend on
    the built tables alone, not on the analyst's labels."""
    manifest = corpus.manifest
    return str(manifest.get("tables_dir", "")), str(manifest.get("fingerprint", "")), len(corpus.comments)


@st.cache_resource(show_spinner=False, max_entries=16)
def _search_hits(key: tuple[str, str, int], needle: str, _text: pd.Series) -> np.ndarray:
    """Which texts of one built version (key) contain needle, ignoring case (read-only)."""
    hits = text_matches(_text, needle)
    hits.flags.writeable = False
    return hits


def search_hits(corpus: Corpus, needle: str) -> np.ndarray:
    """Which of the corpus's comments contain needle, ignoring case: searched once per built
    version and needle (labels never change a text), so another filter changed while a search is
    set searches nothing again."""
    return _search_hits(version_key(corpus), needle, corpus.comments["text"])


def term_matrix() -> TermMatrix:
    """The term counts of the corpus the app shows, rows in its comments' order (waiting for their
    background load if it is still running)."""
    load = _term_load(str(corpus_dir()), current_manifest(corpus_dir())["tables_dir"])
    if not load.done():
        with st.spinner("Counting words…"):
            return load.result()
    return load.result()


def comment_export_columns(comments: pd.DataFrame) -> list[str]:
    """The columns a comments download holds: the data contract's (the export-only ones read from
    disk) and the label columns, in contract order."""
    contract = (*COMMENT_COLUMNS, *COMMENT_LABEL_COLUMNS)
    return [c for c in contract if c in comments or c in EXPORT_ONLY_COLUMNS]


def comments_file() -> Path:
    """The comments table of the version the app shows (export-only columns are read from it)."""
    return corpus_dir() / current_manifest(corpus_dir())["tables_dir"] / "comments.parquet"


def export_chunks(base: pd.DataFrame, rows: pd.Index, columns: list[str], stored: Path | None = None,
                  size: int = EXPORT_CHUNK_ROWS) -> Iterator[pd.DataFrame]:
    """base's rows (index labels, in this order) and columns, `size` rows at a time. Columns base
    lacks are taken for those rows from the comments snapshot in the stored table's folder (base's
    index is then the comments' row number); columns no table has are left out."""
    extra = [c for c in columns if c not in base and c in EXPORT_ONLY_COLUMNS and stored is not None]
    have = [c for c in columns if c in base]
    for start in range(0, max(len(rows), 1), size):
        chunk = base.loc[rows[start:start + size], have]
        if extra and stored is not None:
            taken = snapshot_rows(stored.parent, extra, chunk.index.to_numpy())
            chunk = chunk.assign(**{c: taken[c].to_numpy() for c in taken.columns})
        yield chunk[[c for c in columns if c in chunk]]


def _rebuild(after: str) -> "BuildReport | tuple[str, str]":
    """Rebuild the corpus: its report, or the refusal to show (no traceback)."""
    from components.engine.build import build_corpus, internal_error

    try:
        return build_corpus(seeds_dir(), corpus_dir())
    except Exception as exc:  # noqa: BLE001 - the seeds folder is fine; say so without a traceback
        reason = internal_error(corpus_dir(), f"rebuilding after {after}", exc)
        return "refused", f"The corpus could not be rebuilt after {after}: {reason}"


def add_article(name: str, data: bytes, allow_overlap: bool = False) -> tuple[str, str]:
    """Add an uploaded document to the seeds and rebuild the corpus: (outcome, message), the
    outcome one of "added", "present", "refused", "duplicate" (mostly a document already in the
    corpus: added only when called again with allow_overlap). The upload is checked before
    anything is written and without holding any lock; builds from several sessions then take
    turns through the corpus folder's build lock, each including every file saved so far."""
    from components.engine.ingest import DuplicateDocument, IngestError, add_document

    try:
        added = add_document(seeds_dir(), name, data, log_dir=corpus_dir(), allow_overlap=allow_overlap)
    except DuplicateDocument as exc:
        examples = "\n".join(f"  {line}" for line in exc.overlap.examples)
        return "duplicate", f"Not added yet: {exc}. Lines it shares, for example:\n{examples}"
    except IngestError as exc:
        return "refused", f"Not added: {exc}"
    if added.already_present:
        return "present", f"{added.path.name} is already in the corpus; nothing changed."
    report = _rebuild(f"adding {added.path.name}")
    if isinstance(report, tuple):
        return report
    if reason := report.failed.get(str(added.path)):
        added.path.unlink(missing_ok=True)  # accepted only if it builds beside the others
        _rebuild(f"taking {added.path.name} back out")
        return "refused", f"Not added: {name}: {reason}"
    return "added", f"Added {added.path.name} to the corpus. Corpus rebuilt: {report.summary()}."


def remove_article(file_name: str) -> tuple[str, str]:
    """Move a document out of the seeds folder (kept in seeds/.removed/) and rebuild:
    (outcome, message), the outcome "removed" or "refused"."""
    from components.engine.ingest import IngestError, remove_document

    try:
        remove_document(seeds_dir(), file_name)
    except IngestError as exc:
        return "refused", f"Not removed: {exc}"
    if isinstance(refused := _rebuild(f"removing {file_name}"), tuple):
        return refused
    return "removed", (f"Removed {file_name} from the corpus. The file is kept in the seeds "
                       f"folder's .removed folder; move it back to restore it.")
