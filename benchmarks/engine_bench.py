"""The Dask engine against the local engine: cold `spectrum build` of one synthetic corpus, paired
A B A B in one run (the machine's load changes less within a pair than between runs).

    .venv/bin/python benchmarks/engine_bench.py [--comments 10000] [--repeat 2] [--workers 2]
        [--work DIR] [--scheduler ADDRESS]

Each build is a `spectrum build` subprocess into a fresh folder, so each pays its own start-up
(for Dask: the LocalCluster, unless --scheduler names a running one). Prints each pair and the
median ratio dask / local, and checks that both wrote the same comments table.
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SPECTRUM = Path(sys.executable).parent / "spectrum"


def _corpus(work: Path, comments: int) -> Path:
    """The synthetic corpus of that many comments under work (generated once)."""
    seeds = work / f"seeds-{comments}"
    if not (seeds / "corpus.toml").exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic_corpus.py"), str(seeds),
                        "--comments", str(comments)], check=True, capture_output=True)
    return seeds


def _build(seeds: Path, out: Path, engine: list[str]) -> float:
    """Seconds of one cold build into a fresh folder."""
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([str(SPECTRUM), "build", str(seeds), "--out", str(out), *engine], check=True,
                   capture_output=True)
    return time.perf_counter() - start


def _comments(out: Path) -> pd.DataFrame:
    sys.path.insert(0, str(ROOT))
    from components.corpus.store import load_table

    return load_table(out, "comments")


def main() -> None:
    """Run the pairs and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--scheduler", default="")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="engine-bench-"))
    seeds = _corpus(work, args.comments)
    local = ["--engine", "local", "--workers", str(args.workers)]
    dask = ["--engine", "dask", "--workers", str(args.workers)]
    dask += ["--scheduler", args.scheduler] if args.scheduler else []
    ratios = []
    for n in range(args.repeat):
        a = _build(seeds, work / "local", local)
        b = _build(seeds, work / "dask", dask)
        ratios.append(b / a)
        print(f"pair {n + 1}: local {a:.1f} s, dask {b:.1f} s, dask/local {b / a:.2f}", flush=True)
    same = _comments(work / "local").equals(_comments(work / "dask"))
    print(f"{args.comments:,} comments, {args.workers} workers: median dask/local "
          f"{statistics.median(ratios):.2f}; same comments table: {same}")


if __name__ == "__main__":
    main()
