"""The garbage collector during a build: paused for the steps that make many objects, the entries
frozen; after the build it is as it was (on, nothing frozen), also when a step fails."""

import gc
from pathlib import Path

import pytest

from components.engine import build as build_module
from components.engine.build import build_corpus
from components.engine.collector import frozen, paused

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_a_build_leaves_the_collector_on_with_nothing_frozen(tmp_path: Path) -> None:
    assert gc.isenabled()
    build_corpus(SEEDS, tmp_path / "corpus")
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_failing_step_leaves_the_collector_as_it_was(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(build_module, "write_corpus", failing)
    with pytest.raises(OSError):
        build_corpus(SEEDS, tmp_path / "corpus")
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_paused_collects_the_cycles_left_and_frozen_gives_back_what_was_frozen() -> None:
    class Node:
        def __init__(self) -> None:
            self.me = self

    with frozen():
        with paused():
            assert not gc.isenabled()
            Node()
            gc.freeze()
            assert gc.get_freeze_count() > 0
        assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    with paused(collect=False):
        Node()
    assert gc.collect() >= 1  # the cycle left by a step that does not collect is collected later


def test_worker_batches_run_with_the_collector_paused_and_leave_it_as_it_was(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker process's parse batches (base and full) pause the collector as a build on one
    process pauses it around its parse, and leave it as they found it, also when a batch fails."""
    from components.core.config import load_config
    from components.engine import tasks

    seen: list[bool] = []

    def watched(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        raise ValueError("stop here")

    monkeypatch.setattr(tasks, "_parsed_page", watched)
    monkeypatch.setattr(tasks, "_parsed", watched)
    monkeypatch.setattr(tasks, "_base_page", watched)  # the base parse, which keeps its layout
    config = load_config(SEEDS)
    task = tasks.ParseTask("a.txt", "a", "sha", b"text")
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            for run in (lambda: tasks.base_batch([task], config), lambda: tasks.parse_batch([task], config)):
                with pytest.raises(ValueError, match="stop here"):
                    run()
                assert gc.isenabled() == enabled
        finally:
            gc.enable()
    assert seen and not any(seen)
