"""The Dask engine on a two-worker LocalCluster writes the same tables as the local engine, row for row."""

from collections.abc import Callable
from pathlib import Path

import pytest
from pandas.testing import assert_frame_equal

from components.corpus.store import load_corpus
from components.engine.build import build_corpus
from components.engine.cli import main
from components.engine.dask_engine import DaskEngine
from components.engine.local import LocalEngine


@pytest.fixture(scope="module")
def synthetic(synthetic_seeds: Callable[..., Path]) -> Path:
    """A small synthetic corpus: documents enough for several tasks per worker."""
    return synthetic_seeds(300, 30)


@pytest.mark.dask
def test_the_dask_engine_writes_the_local_engines_tables(synthetic: Path, tmp_path: Path) -> None:
    local = build_corpus(synthetic, tmp_path / "local", engine=LocalEngine(workers=1))
    dask = build_corpus(synthetic, tmp_path / "dask", engine=DaskEngine(workers=2))
    assert dask.parsed == local.parsed and not dask.failed
    a, b = load_corpus(tmp_path / "local"), load_corpus(tmp_path / "dask")
    for name in ("documents", "statements", "mentions", "comments"):
        assert_frame_equal(a.table(name), b.table(name))
    assert len(b.comments) == 300


def test_a_scheduler_that_cannot_be_reached_is_one_line(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Someone said something about the story today.\n", encoding="utf-8")
    status = main(["build", str(seeds), "--out", str(tmp_path / "c"), "--engine", "dask",
                   "--scheduler", "not-an-address"])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1
    assert "cannot reach the Dask scheduler at not-an-address" in err and "Traceback" not in err
