"""Loading the built corpus into the app, cached by the manifest's table folder."""

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from components.build import build_corpus
from components.columns import TABLES
from components.store import Corpus, load_table, read_manifest

ROOT = Path(__file__).resolve().parent.parent


def corpus_dir() -> Path:
    """The corpus the app shows: $SPECTRUM_CORPUS, else data/corpus."""
    return Path(os.environ.get("SPECTRUM_CORPUS", ROOT / "data" / "corpus"))


def seeds_dir() -> Path:
    """Where a missing corpus is built from: $SPECTRUM_SEEDS, else seeds/."""
    return Path(os.environ.get("SPECTRUM_SEEDS", ROOT / "seeds"))


@st.cache_data(show_spinner="Loading the corpus…")
def _load_tables(directory: str, tables_dir: str) -> dict[str, pd.DataFrame]:
    """All tables of one built version (tables_dir keys the cache to that version)."""
    del tables_dir
    return {name: load_table(Path(directory), name) for name in TABLES}


def load_app_corpus() -> Corpus:
    """The corpus, built first when there is none yet."""
    directory = corpus_dir()
    if not read_manifest(directory):
        build_corpus(seeds_dir(), directory)
    manifest = read_manifest(directory)
    tables = _load_tables(str(directory), manifest["tables_dir"])
    return Corpus(tables["documents"], tables["statements"], tables["mentions"],
                  tables["comments"], manifest)
