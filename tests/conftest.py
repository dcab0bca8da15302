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


# Under pytest-xdist (`make test` runs `-n auto --dist loadgroup`) the tests of one xdist_group run
# one after another on a single worker. The tests that start a fleet of processes of their own (a
# Streamlit server and Chromium, a Dask LocalCluster) each want more than a core and wait on
# timeouts, so no two of them may run at once on this 2-core machine; the tests that time the code
# go with them, so the most they run beside is one other test, never a server and a browser.
# Nothing depends on it for correctness (free ports, tmp paths, CPU-time checks): it spares the
# timeouts on a loaded machine. Known gap: pytest 9.2 with pytest-xdist 3.8 silently drops the
# groups (xdist issue #1386, the group is written to a node-id field pytest no longer reads), and
# the suite then runs as `--dist load`, as it was shown green.
SERIAL_GROUP = "one-at-a-time"
SERIAL_MARKERS = ("browser", "dask", "timing")


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the groups into the test ids
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if any(item.get_closest_marker(name) for name in SERIAL_MARKERS):
            item.add_marker(pytest.mark.xdist_group(SERIAL_GROUP))


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
