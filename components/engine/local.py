"""Where a build's per-document tasks run: an Engine opens a concurrent.futures Executor. The local
engine uses a process pool (both cores by default), or runs a small build in this process, where
starting workers would cost more than the work."""

import contextlib
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

__all__ = ["Engine", "LocalEngine", "InlineExecutor", "SizedExecutor", "map_unordered", "workers_of",
           "DEFAULT_WORKERS", "INLINE_BYTES"]

DEFAULT_WORKERS = 2
# Below this many bytes of work a build runs in this process: starting a worker (importing
# pandas, scikit-learn and the models) takes about a second, parsing and scoring a megabyte of
# comments a few seconds.
INLINE_BYTES = 1_000_000

T = TypeVar("T")
R = TypeVar("R")


class Engine(Protocol):
    """Opens the executor a build's per-document tasks run on."""

    @property
    def workers(self) -> int:
        """How many tasks run at once (to size the batches)."""
        ...

    def open(self, work_bytes: int) -> contextlib.AbstractContextManager[Executor]:
        """An executor for about work_bytes of input, closed when the context ends."""
        ...


class InlineExecutor(Executor):
    """Runs each task in this process when it is submitted."""

    def submit(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> "Future[R]":
        """The finished future of fn(*args, **kwargs)."""
        future: Future[R] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever reads the future
            future.set_exception(exc)
        return future


class SizedExecutor(Executor):
    """Another executor, with how many tasks it runs at once (a cluster's size is known only
    once it is reached)."""

    def __init__(self, inner: Executor, workers: int) -> None:
        self.inner, self.workers = inner, workers

    def submit(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> "Future[R]":
        """fn(*args, **kwargs) on the inner executor."""
        return self.inner.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Shut the inner executor down."""
        self.inner.shutdown(wait, cancel_futures=cancel_futures)


def workers_of(executor: Executor, default: int) -> int:
    """How many tasks an executor runs at once: one inline, a SizedExecutor's own, else default."""
    if isinstance(executor, InlineExecutor):
        return 1
    return executor.workers if isinstance(executor, SizedExecutor) else max(1, default)


@dataclass(frozen=True)
class LocalEngine:
    """A pool of worker processes on this machine (started fresh, not forked, so they share no
    threads or locks with the caller); builds smaller than inline_bytes run in this process."""

    workers: int = DEFAULT_WORKERS
    inline_bytes: int = INLINE_BYTES

    def open(self, work_bytes: int) -> contextlib.AbstractContextManager[Executor]:
        """A process pool, or an InlineExecutor for one worker or a little work."""
        if self.workers <= 1 or work_bytes < self.inline_bytes:
            return contextlib.nullcontext(InlineExecutor())
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))


def map_unordered(executor: Executor, fn: Callable[[T], R], items: Iterable[T],
                  window: int) -> Iterator[R]:
    """fn of each item on the executor, yielded as they finish; at most `window` are submitted
    and not yet yielded, so items are produced (and results held) a bounded number at a time."""
    pending: set[Future[R]] = set()
    for item in items:
        pending.add(executor.submit(fn, item))
        if len(pending) >= window:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in done)
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        yield from (future.result() for future in done)
