"""Spam scoring time and peak memory on synthetic corpora, paired in one run with a bare VADER loop
over the same texts and, with --before REV, with the spam code of an earlier commit.

    python benchmarks/spam_speed_bench.py --sizes 10000 100000 [--before REV] [--work DIR]

Each measurement runs in its own process (its peak RSS is its own): the comments are parsed from
the generated seed-format files first (not timed), then spam is scored the way the build does it
(score_local per batch of whole documents, score_global once) or, for a commit without that split, with
score_comments. CPU seconds are printed beside wall seconds: on a shared machine the wall clock
mostly measures the neighbours.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BATCH_COMMENTS = 3_000  # about what one of the build's parse tasks holds (BATCH_BYTES of seed files)

__all__ = ["main"]


def _comments(folder: Path) -> Any:
    """The comments frame of a seed-format folder (parsed, cached beside it as Parquet)."""
    import pandas as pd

    from components.core.config import load_config
    from components.parse.parser import parse_document

    cache = folder / "comments.parquet"
    if cache.exists():
        return pd.read_parquet(cache)
    config = load_config(folder / "corpus.toml")
    rows = []
    for path in sorted(folder.glob("*.txt")):
        rows += parse_document(path.stem, str(path), path.read_text(encoding="utf-8"), "", config).comments
    frame = pd.DataFrame(rows)[["doc_id", "author", "text"]]
    frame.to_parquet(cache)
    return frame


def _batches(comments: Any) -> list[Any]:
    """The comments cut into batches of whole documents of about BATCH_COMMENTS, as the build's
    per-document map enriches them (several documents per task)."""
    sizes = comments.groupby("doc_id", sort=False).size()
    batch = (sizes.cumsum() - 1) // BATCH_COMMENTS
    numbers = comments["doc_id"].map(batch)
    return [part for _, part in comments.groupby(numbers, sort=False)]


def _measure(kind: str, folder: Path) -> dict[str, float]:
    """Run one measurement in this process: spam (as the code on sys.path does it) or bare VADER."""
    import pandas as pd

    comments = _comments(folder)
    if kind == "vader":
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyzer, texts = SentimentIntensityAnalyzer(), comments["text"].fillna("").tolist()
        wall, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            analyzer.polarity_scores(text)
    else:
        from components.enrich import spam
        from components.enrich.spam_model import load_model

        load_model()
        wall, cpu = time.perf_counter(), time.process_time()
        if hasattr(spam, "score_local"):
            local = pd.concat([spam.score_local(part) for part in _batches(comments)])
            spam.score_global(local.loc[comments.index], comments["author"], comments["text"])
        else:
            spam.score_comments(comments)
    return {"n": len(comments), "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _run(kind: str, folder: Path, code: Path) -> dict[str, float]:
    """One measurement in a fresh interpreter with the components package taken from code."""
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", kind, str(folder)]
    out = subprocess.run(command, check=True, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(code)}, cwd=code)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _checkout(rev: str, into: Path) -> Path:
    """components/ (with its model file) as it was at rev."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "components"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--before", help="also time the spam code of this commit")
    parser.add_argument("--work", type=Path, help="folder for the generated corpora (kept)")
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(_measure(args.measure[0], Path(args.measure[1]))))
        return 0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_corpus import generate

    work = args.work or Path(tempfile.mkdtemp(prefix="spam-speed-"))
    before = _checkout(args.before, Path(tempfile.mkdtemp(prefix="spam-before-"))) if args.before else None
    print("| comments | code | wall s | CPU s | CPU µs / comment | × bare VADER (CPU) | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for size in args.sizes:
        folder = work / f"c{size}"
        if not folder.exists():
            generate(folder, size)
        runs = [("bare VADER", "vader", ROOT), ("spam, this tree", "spam", ROOT)]
        runs += [(f"spam, {args.before}", "spam", before)] if before else []
        results = [(name, _run(kind, folder, code)) for name, kind, code in runs]
        vader = results[0][1]["cpu"]
        for name, r in results:
            print(f"| {r['n']:,} | {name} | {r['wall']:.1f} | {r['cpu']:.2f} | {1e6 * r['cpu'] / r['n']:.0f} "
                  f"| {r['cpu'] / vader:.2f} | {r['rss_mb']:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
