"""The Dask engine on a two-worker LocalCluster writes the same tables as the local engine, row for row."""

import contextlib
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pandas.testing import assert_frame_equal

from components.corpus.store import load_corpus
from components.engine.build import build_corpus
from components.engine.cli import main
from components.engine.dask_engine import DaskEngine
from components.engine.local import LocalEngine, workers_of


@pytest.fixture(scope="module")
def synthetic(synthetic_seeds: Callable[..., Path]) -> Path:
    """A small synthetic corpus: documents enough for several tasks per worker."""
    return synthetic_seeds(300, 30)


@contextlib.contextmanager
def dasks_default_port_taken() -> Iterator[None]:
    """Port 8787 (Dask's default) held, as by another cluster's dashboard; already held is as good."""
    with socket.socket() as held:
        with contextlib.suppress(OSError):
            held.bind(("0.0.0.0", 8787))
            held.listen()
        yield


@pytest.mark.dask
def test_the_dask_engine_writes_the_local_engines_tables(synthetic: Path, tmp_path: Path) -> None:
    local = build_corpus(synthetic, tmp_path / "local", engine=LocalEngine(workers=1))
    with dasks_default_port_taken():  # another cluster on the machine must not fail the build
        dask = build_corpus(synthetic, tmp_path / "dask", engine=DaskEngine(workers=2, inline_bytes=0))
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


def test_a_small_build_starts_no_cluster(synthetic: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import dask.distributed

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("a LocalCluster was started for a few kilobytes of work")

    monkeypatch.setattr(dask.distributed, "LocalCluster", refused)
    report = build_corpus(synthetic, tmp_path / "small", engine=DaskEngine(workers=2))
    assert not report.failed and len(load_corpus(tmp_path / "small").comments) == 300


@pytest.mark.dask
def test_tasks_are_sized_by_the_clusters_workers_not_the_option() -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=3, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        with DaskEngine(cluster.scheduler_address, workers=2).open(10**9) as executor:
            assert workers_of(executor, 2) == 3
            assert executor.submit(sum, [1, 2]).result() == 3
