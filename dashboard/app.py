"""Spectrum dashboard entry point (minimal: corpus counts)."""

from pathlib import Path

import streamlit as st

from components.build import build_corpus
from components.store import load_corpus

ROOT = Path(__file__).resolve().parent.parent
st.set_page_config(page_title="Spectrum", layout="wide")
build_corpus(ROOT / "seeds", ROOT / "data" / "corpus")
corpus = load_corpus(ROOT / "data" / "corpus")
st.title("Spectrum")
for name in ("documents", "statements", "comments"):
    st.metric(name.capitalize(), len(corpus.table(name)))
