"""A build's progress on a terminal: one tqdm bar per stage on stderr, only when it is a terminal."""

import contextlib
from collections.abc import Iterator
from typing import TextIO

from tqdm import tqdm

from .build import Progress

__all__ = ["progress_bars", "StageBars"]

_UNITS = {"parse": "doc", "stance": "doc", "spam": "step", "write": "doc"}
_NAMES = {"parse": "parse + score", "stance": "stance", "spam": "spam", "write": "write tables"}


class StageBars:
    """on_progress for build_corpus: a bar per stage, replaced when the stage changes."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.stage = ""
        self.bar: tqdm | None = None

    def __call__(self, done: int, total: int, stage: str) -> None:
        """Show `done` of `total` for `stage`."""
        if stage != self.stage or self.bar is None:
            self.close()
            self.stage = stage
            self.bar = tqdm(total=total, desc=_NAMES.get(stage, stage), unit=_UNITS.get(stage, "doc"),
                            file=self.stream, leave=False, dynamic_ncols=True)
        self.bar.total = total
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        """Remove the current bar from the terminal."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


@contextlib.contextmanager
def progress_bars(stream: TextIO) -> Iterator[Progress | None]:
    """StageBars on stream when it is a terminal, else None (no output at all)."""
    if not stream.isatty():
        yield None
        return
    bars = StageBars(stream)
    try:
        yield bars
    finally:
        bars.close()
