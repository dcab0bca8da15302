"""Shared fixtures: the seed corpus built once per session into a temporary folder."""

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from components.corpus.store import Corpus, load_corpus
from components.engine.build import build_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/*.json from the parser (review the diff!)")


@pytest.fixture(scope="session")
def synthetic_seeds(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """make(comments, per_article, seed=0): a new folder holding a synthetic corpus in the seed format
    (benchmarks/synthetic_corpus.py: many documents, statements across them, spam, duplicates)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_corpus import generate

    def make(comments: int, per_article: int, seed: int = 0) -> Path:
        folder = tmp_path_factory.mktemp("synthetic") / "seeds"
        generate(folder, comments, seed=seed, per_article=per_article)
        return folder
    return make


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    report = build_corpus(SEEDS, out)
    assert not report.failed
    return out


@pytest.fixture(scope="session")
def corpus(corpus_dir: Path) -> Corpus:
    return load_corpus(corpus_dir)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium per browser-test module (tests/browser_support.py launches it)."""
    from browser_support import launched_chromium

    with launched_chromium() as chromium:
        yield chromium
