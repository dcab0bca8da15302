"""The corpus on disk: Parquet tables in a versioned folder, named by an atomically replaced manifest."""

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .columns import TABLES

__all__ = ["Corpus", "write_corpus", "read_manifest", "load_corpus", "load_table",
           "write_json_atomic", "MANIFEST"]

MANIFEST = "manifest.json"


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
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_manifest(corpus_dir: Path) -> dict[str, Any]:
    """The manifest of a built corpus, or an empty dict when there is none."""
    path = corpus_dir / MANIFEST
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def write_corpus(corpus_dir: Path, tables: dict[str, pd.DataFrame], manifest: dict[str, Any]) -> str:
    """Write tables into a new folder, then point the manifest at it; drop older folders."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=corpus_dir, prefix=".staging-"))
    try:
        for name, frame in tables.items():
            frame.to_parquet(staging / f"{name}.parquet", index=False)
        version = "tables-" + staging.name.removeprefix(".staging-")
        staging.rename(corpus_dir / version)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    write_json_atomic(corpus_dir / MANIFEST, {**manifest, "tables_dir": version})
    for old in corpus_dir.glob("tables-*"):
        if old.name != version:
            shutil.rmtree(old, ignore_errors=True)
    return version


def load_table(corpus_dir: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One table of the built corpus (only the columns asked for, when given)."""
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; choose one of {', '.join(TABLES)}")
    manifest = read_manifest(corpus_dir)
    if not manifest:
        raise FileNotFoundError(f"{corpus_dir}: no built corpus here (run `spectrum build`)")
    return pd.read_parquet(corpus_dir / manifest["tables_dir"] / f"{name}.parquet", columns=columns)


def load_corpus(corpus_dir: Path) -> Corpus:
    """All tables of the built corpus."""
    manifest = read_manifest(corpus_dir)
    frames = {name: load_table(corpus_dir, name) for name in TABLES}
    return Corpus(frames["documents"], frames["statements"], frames["mentions"],
                  frames["comments"], manifest)
