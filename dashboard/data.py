"""Loading the built corpus into the app, cached by the manifest's table folder."""

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from components.core.columns import TABLES
from components.corpus.labels import LabelStore, apply_corrections
from components.corpus.store import Corpus, load_table, read_manifest, tables_complete
from components.engine.build import BuildReport, build_corpus, internal_error
from components.engine.ingest import DuplicateDocument, IngestError, add_document, remove_document

ROOT = Path(__file__).resolve().parent.parent


def corpus_dir() -> Path:
    """The corpus the app shows: $SPECTRUM_CORPUS, else data/corpus."""
    return Path(os.environ.get("SPECTRUM_CORPUS", ROOT / "data" / "corpus"))


def seeds_dir() -> Path:
    """Where a missing corpus is built from: $SPECTRUM_SEEDS, else seeds/."""
    return Path(os.environ.get("SPECTRUM_SEEDS", ROOT / "seeds"))


@st.cache_data(show_spinner="Loading the corpus…")
def _load_tables(directory: str, tables_dir: str) -> dict[str, pd.DataFrame]:
    """All tables of one built version (tables_dir keys the cache and names the version read, so
    every table comes from the same build)."""
    return {name: load_table(Path(directory), name, tables_dir=tables_dir) for name in TABLES}


def load_app_corpus() -> Corpus:
    """The corpus, built first when there is none yet."""
    directory = corpus_dir()
    if not tables_complete(directory, read_manifest(directory)):
        build_corpus(seeds_dir(), directory)
    manifest = read_manifest(directory)
    tables = _load_tables(str(directory), manifest["tables_dir"])
    comments = _corrected_comments(str(directory), manifest["tables_dir"],
                                   LabelStore(directory).version())
    return Corpus(tables["documents"], tables["statements"], tables["mentions"], comments, manifest)


@st.cache_data(show_spinner=False)
def _corrected_comments(directory: str, tables_dir: str, labels_version: int) -> pd.DataFrame:
    """The comments with the analyst's corrections applied (the label store's last event number
    keys the cache, so every session counts an edit on its next rerun)."""
    del labels_version
    comments = _load_tables(directory, tables_dir)["comments"]
    return apply_corrections(comments, LabelStore(Path(directory)))


def _rebuild(after: str) -> BuildReport | tuple[str, str]:
    """Rebuild the corpus: its report, or the refusal to show (no traceback)."""
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
    try:
        remove_document(seeds_dir(), file_name)
    except IngestError as exc:
        return "refused", f"Not removed: {exc}"
    if isinstance(refused := _rebuild(f"removing {file_name}"), tuple):
        return refused
    return "removed", (f"Removed {file_name} from the corpus. The file is kept in the seeds "
                       f"folder's .removed folder; move it back to restore it.")
