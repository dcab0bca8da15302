"""Build times: a cold build of the seeds, a rebuild with nothing changed, and a rebuild after
one file changed (median of 5 runs each, in one process)."""

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from components.engine.build import build_corpus

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def _timed(seeds: Path, out: Path) -> float:
    started = time.perf_counter()
    build_corpus(seeds, out)
    return time.perf_counter() - started


def main() -> int:
    cold, unchanged, one_changed = [], [], []
    for run in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            seeds = Path(tmp) / "seeds"
            shutil.copytree(ROOT / "seeds", seeds)
            out = Path(tmp) / "corpus"
            cold.append(_timed(seeds, out))
            unchanged.append(_timed(seeds, out))
            target = seeds / "001_161d09f25c17a3fd.txt"
            target.write_text(target.read_text(encoding="utf-8") + f"\n\nEdit {run}.\n",
                              encoding="utf-8")
            one_changed.append(_timed(seeds, out))
    print("| build | median seconds |")
    print("|---|---|")
    print(f"| cold (3 files, first in process: {cold[0]:.2f} s) | {statistics.median(cold):.3f} |")
    print(f"| nothing changed | {statistics.median(unchanged):.4f} |")
    print(f"| one file changed | {statistics.median(one_changed):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
