"""VADER speed: vaderSentiment 3.3.2's polarity_scores against FastVader on the same texts.

    python benchmarks/vader_speed_bench.py [--texts FILE.jsonl] [--comments N] [--seed S] [--rounds R]
        [--normalised] [--score-texts]

Texts are one JSON string per line (benchmarks/synthetic_corpus.py --texts writes them), or, without
--texts, the comments of a synthetic corpus of N comments generated here. Each round times a plain
loop of the library (A) and of FastVader (B) over all texts, paired in the same run as A B A B, in
CPU seconds of this process (other load on the machine does not count). Every text's four scores
are compared with == first; the run fails if one differs. --normalised scores the texts as the
build does, after components.core.repair.normalise_text (typography folded to ASCII). --score-texts also times
sentiment.score_texts on the same texts (normalisation, distinct texts once, the columns).
"""

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from components.core.repair import normalise_text  # noqa: E402
from components.enrich.fast_vader import FastVader  # noqa: E402
from components.enrich.sentiment import score_texts  # noqa: E402

__all__ = ["load_texts", "main", "mismatches", "time_loop"]


def load_texts(path: Path | None, comments: int, seed: int) -> list[str]:
    """The texts of a JSONL file, or the comments of a new synthetic corpus."""
    if path is not None:
        with path.open(encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]
    from synthetic_corpus import generate
    lines = io.StringIO()
    with tempfile.TemporaryDirectory() as folder:
        generate(Path(folder) / "seeds", comments, seed=seed, texts=lines)
    return [json.loads(line) for line in lines.getvalue().splitlines()]


def mismatches(texts: list[str], reference: SentimentIntensityAnalyzer, fast: FastVader) -> list[str]:
    """The texts whose scores differ between the library and FastVader."""
    return [t for t in texts if fast.polarity_scores(t) != reference.polarity_scores(t)]


def time_loop(score: Callable[[str], object], texts: list[str]) -> float:
    """CPU seconds of this process for one plain loop of score over texts."""
    started = time.process_time()
    for text in texts:
        score(text)
    return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    """Check equality on every text, then time the paired rounds and print µs per text and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, help="one JSON string per line")
    parser.add_argument("--comments", type=int, default=20_000, help="synthetic comments when no --texts")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--normalised", action="store_true", help="score the normalised texts")
    parser.add_argument("--score-texts", action="store_true", help="also time sentiment.score_texts")
    args = parser.parse_args(argv)
    texts = load_texts(args.texts, args.comments, args.seed)
    if not texts:
        parser.error("no texts")
    if args.normalised:
        texts = [normalise_text(t) for t in texts]
    reference, fast = SentimentIntensityAnalyzer(), FastVader()
    started = time.perf_counter()
    wrong = mismatches(texts, reference, fast)
    print(f"{len(texts):,} texts ({sum(len(t.split()) for t in texts) / len(texts):.1f} words on average); "
          f"equality checked on every text in {time.perf_counter() - started:.1f} s: {len(wrong)} differ")
    for text in wrong[:5]:
        print(f"  {text!r}: library {reference.polarity_scores(text)}, fast {fast.polarity_scores(text)}")
    if wrong:
        return 1
    series = pd.Series(texts)
    ratios: list[float] = []
    per_text = 1e6 / len(texts)
    for round_number in range(1, args.rounds + 1):
        library = time_loop(reference.polarity_scores, texts)
        ours = time_loop(fast.polarity_scores, texts)
        ratios.append(library / ours)
        line = (f"round {round_number}: library {library * per_text:6.1f} µs/text, FastVader "
                f"{ours * per_text:5.1f} µs/text, ratio {library / ours:4.2f}x")
        if args.score_texts:
            started_cpu = time.process_time()
            score_texts(series)
            line += f"; score_texts {(time.process_time() - started_cpu) * per_text:5.1f} µs/text"
        print(line)
    print(f"median ratio over {args.rounds} rounds: {statistics.median(ratios):.2f}x "
          "fewer CPU seconds per text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
