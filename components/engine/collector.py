"""Python's cyclic garbage collector during a build. A build's corpus-wide steps hold every
document's entry (millions of small dicts and lists from the cache) and make as many objects again
(statements' link rows); each full collection walks all of them, though none of these hold a cycle.
So the steps that make them run with the collector paused (what they leave in cycles is collected
once at their end), and the entries, once read, are frozen (never walked again) until the build ends.
"""

import contextlib
import gc
from collections.abc import Iterator

from ..enrich.speed import collector_paused

__all__ = ["paused", "frozen"]


@contextlib.contextmanager
def paused(collect: bool = True) -> Iterator[None]:
    """The collector off within (as it was after), and the cycles left collected at the end when
    collect (once, over the objects not frozen)."""
    try:
        with collector_paused():
            yield
    finally:
        if collect:
            gc.collect()


@contextlib.contextmanager
def frozen() -> Iterator[None]:
    """Within, gc.freeze() may move every object tracked so far out of the collector's walks; all
    frozen objects are given back to it at the end."""
    try:
        yield
    finally:
        gc.unfreeze()
