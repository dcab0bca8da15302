"""Shared fixtures: the seed corpus built once per session into a temporary folder."""

from collections.abc import Iterator
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
