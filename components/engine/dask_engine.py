"""The Dask engine: a build's per-document tasks run on a Dask cluster (a LocalCluster of worker
processes by default, or the scheduler at an address); the corpus-wide steps stay on the client.
Tasks carry the documents' bytes and return their results, so workers need the `spectrum`
package installed but no access to the seeds or corpus folders. Dask is imported only here."""

import contextlib
import logging
from collections.abc import Iterator
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .local import DEFAULT_WORKERS, INLINE_BYTES, InlineExecutor, SizedExecutor

if TYPE_CHECKING:
    from dask.distributed import Client

__all__ = ["DaskEngine", "SchedulerUnreachable", "CONNECT_TIMEOUT"]

CONNECT_TIMEOUT = "10s"  # how long to try reaching a scheduler given by address
# The local cluster's HTTP routes (and dashboard, when bokeh is installed) take any free port:
# on Dask's default, 8787, a build warns (and fails where warnings are errors, as in the tests)
# whenever another cluster or dashboard already holds it.
FREE_PORT = ":0"


class SchedulerUnreachable(ValueError):
    """The scheduler address given cannot be reached; str() says which, in one line."""


def _first_line(exc: BaseException) -> str:
    """An exception's message in one line, or its type's name when it has none."""
    return str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__


def _workers(client: "Client") -> int:
    """How many tasks the cluster runs at once: its workers' threads (one at least)."""
    workers = client.scheduler_info().get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))


@dataclass(frozen=True)
class DaskEngine:
    """Run tasks on the Dask scheduler at `scheduler`, or on a LocalCluster of `workers` processes
    (one thread each) started for the build and closed after it; a stage under inline_bytes of
    work starts no LocalCluster and runs in this process (starting one takes seconds)."""

    scheduler: str = ""
    workers: int = DEFAULT_WORKERS
    inline_bytes: int = INLINE_BYTES

    @contextlib.contextmanager
    def open(self, work_bytes: int) -> Iterator[Executor]:
        """An executor on the cluster, closed (with the LocalCluster it started) when the context
        ends; it says how many tasks the cluster runs at once (SizedExecutor.workers)."""
        if not self.scheduler and work_bytes < self.inline_bytes:
            yield InlineExecutor()
            return
        from dask.distributed import Client, LocalCluster

        with contextlib.ExitStack() as stack:
            if self.scheduler:
                try:
                    client = stack.enter_context(Client(self.scheduler, timeout=CONNECT_TIMEOUT))
                except (OSError, ValueError, TypeError) as exc:
                    raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {self.scheduler} "
                                               f"({_first_line(exc)})") from exc
            else:
                cluster = stack.enter_context(LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True,
                    dashboard_address=FREE_PORT, silence_logs=logging.ERROR))
                client = stack.enter_context(Client(cluster))
            with client.get_executor(pure=False) as executor:
                yield SizedExecutor(executor, _workers(client))
