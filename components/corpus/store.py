"""The corpus on disk: Parquet tables in a versioned folder, named by an atomically replaced manifest.
pandas and pyarrow are imported where tables are read or written, so reading the manifest (a
build with nothing to do) needs neither."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

from ..core.columns import TABLES

__all__ = ["Corpus", "write_corpus", "read_manifest", "load_corpus", "load_table", "TableStream",
           "write_json_atomic", "write_bytes_atomic", "MANIFEST", "build_lock", "tables_complete",
           "BuildBusy"]

MANIFEST = "manifest.json"
LOCK_NAME = ".build.lock"
_READABLE_FILE, _READABLE_FOLDER = 0o644, 0o755  # as a plain write would make them (umask 022)
_STAGING = ".staging-"


@dataclass(frozen=True)
class Corpus:
    """The built tables with the manifest that describes them."""

    documents: pd.DataFrame
    statements: pd.DataFrame
    mentions: pd.DataFrame
    comments: pd.DataFrame
    manifest: dict[str, Any]

    def table(self, name: str) -> pd.DataFrame:
        """A table by its name in the data contract."""
        return getattr(self, name)  # type: ignore[no-any-return]


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write JSON so that readers see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:64]}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _READABLE_FILE)  # mkstemp makes it private; readers may be other users
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old one or the new one (no fsync: for caches)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name[:64]}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class TableStream:
    """A table written as it is produced: each batch becomes Parquet row groups of `schema`."""

    schema: pa.Schema
    batches: Iterable[pa.Table]


def _write_table(path: Path, table: pd.DataFrame | TableStream) -> None:
    """One table as a Parquet file: a frame at once, a stream batch by batch."""
    import pandas as pd
    import pyarrow.parquet as pq

    if isinstance(table, pd.DataFrame):
        table.to_parquet(path, index=False)
        return
    # Each batch is encoded on a thread of its own (pyarrow lets go of the GIL) while the next one is
    # made (and the snapshot written beside it): one batch in flight, the row groups in order.
    with pq.ParquetWriter(path, table.schema) as writer, ThreadPoolExecutor(1) as encoder:
        writing: Future[None] | None = None
        for batch in table.batches:
            batch = batch.cast(table.schema)
            if writing is not None:
                writing.result()
            writing = encoder.submit(writer.write_table, batch)
        if writing is not None:
            writing.result()


class BuildBusy(Exception):
    """Another build holds the corpus folder's lock and the caller chose not to wait."""


@contextlib.contextmanager
def build_lock(corpus_dir: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the corpus folder's build lock: one build writes into a folder at a time, across
    processes. When the lock is held, on_wait is called and then the build waits for it; without
    on_wait, BuildBusy is raised instead."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    with open(corpus_dir / LOCK_NAME, "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            if on_wait is None:
                raise BuildBusy(f"{corpus_dir}: another build is writing this corpus") from exc
            on_wait()
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def read_manifest(corpus_dir: Path) -> dict[str, Any]:
    """The manifest of a built corpus, or an empty dict when there is none or it is unreadable."""
    path = corpus_dir / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def tables_complete(corpus_dir: Path, manifest: dict[str, Any]) -> bool:
    """Whether the folder the manifest names holds every table."""
    folder = manifest.get("tables_dir")
    if not isinstance(folder, str) or not folder.startswith("tables-"):
        return False
    return all((corpus_dir / folder / f"{name}.parquet").is_file() for name in TABLES)


def _remove_old_versions(corpus_dir: Path, keep: set[str]) -> None:
    """Drop table folders but the ones kept, and staging folders of killed builds.
    Call only while holding the build lock, so no other build's staging folder exists."""
    for old in [*corpus_dir.glob("tables-*"), *corpus_dir.glob(_STAGING + "*")]:
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)


def write_corpus(corpus_dir: Path, tables: Mapping[str, pd.DataFrame | TableStream],
                 manifest: dict[str, Any], derived: Callable[[Path], None] = lambda folder: None) -> str:
    """Write tables (frames, or streams of batches) into a new folder, and derived(folder) the files
    made from them (the dashboard's snapshot and term counts), then point the manifest at it. The
    previous folder is kept (a reader that has just read the old manifest still finds its
    tables); older ones are dropped. Call while holding build_lock."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    previous = read_manifest(corpus_dir).get("tables_dir", "")
    staging = Path(tempfile.mkdtemp(dir=corpus_dir, prefix=_STAGING))
    try:
        staging.chmod(_READABLE_FOLDER)
        for name, table in tables.items():
            _write_table(staging / f"{name}.parquet", table)
        derived(staging)
        version = "tables-" + staging.name.removeprefix(_STAGING)
        staging.rename(corpus_dir / version)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    write_json_atomic(corpus_dir / MANIFEST, {**manifest, "tables_dir": version})
    _remove_old_versions(corpus_dir, {version, previous})
    return version


def load_table(corpus_dir: Path, name: str, columns: list[str] | None = None,
               tables_dir: str = "") -> pd.DataFrame:
    """One table of the built corpus (only the columns asked for, when given), from tables_dir
    when given (so several tables come from one build) or from the manifest's current one."""
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; choose one of {', '.join(TABLES)}")
    if not tables_dir:
        manifest = read_manifest(corpus_dir)
        if not manifest:
            raise FileNotFoundError(f"{corpus_dir}: no built corpus here (run `spectrum build`)")
        tables_dir = manifest["tables_dir"]
    import pandas as pd

    return pd.read_parquet(corpus_dir / tables_dir / f"{name}.parquet", columns=columns)


def load_corpus(corpus_dir: Path) -> Corpus:
    """All tables of the built corpus."""
    manifest = read_manifest(corpus_dir)
    if not manifest:
        raise FileNotFoundError(f"{corpus_dir}: no built corpus here (run `spectrum build`)")
    frames = {name: load_table(corpus_dir, name, tables_dir=manifest["tables_dir"]) for name in TABLES}
    return Corpus(frames["documents"], frames["statements"], frames["mentions"],
                  frames["comments"], manifest)
