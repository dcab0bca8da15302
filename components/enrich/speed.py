"""Helpers that make the enrichment steps cheaper without changing what they compute."""

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a loop that makes many short-lived, acyclic
    objects (token lists, cue strings): reference counting still frees them, and the collector's
    passes over every live object (the word caches included) are not paid again and again. The
    collector is enabled again on leaving, when it was enabled on entering."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
