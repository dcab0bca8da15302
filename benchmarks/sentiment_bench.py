"""Sentiment: Pearson r of raw vaderSentiment and of Spectrum's scorer with the human means of
the VADER ground truth, on the texts as given and with typographic apostrophes (’)."""

import sys
import time

from _data import shared_data
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from components.enrich.evaluation import pearson_r
from components.enrich.sentiment import score_text

FILES = ("tweets_GroundTruth.txt", "nytEditorialSnippets_GroundTruth.txt")


def load(name: str) -> tuple[list[str], list[float]]:
    texts, means = [], []
    raw = (shared_data() / "vader" / name).read_text(encoding="utf-8", errors="replace")
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            means.append(float(parts[1]))
            texts.append("\t".join(parts[2:]))
    return texts, means


def typographic(text: str) -> str:
    return text.replace("'", "\u2019")


def main() -> int:
    raw = SentimentIntensityAnalyzer()
    print("| file | variant | raw vaderSentiment r | Spectrum r |")
    print("|---|---|---|---|")
    worse = 0
    started = time.perf_counter()
    for name in FILES:
        texts, means = load(name)
        for variant, transform in (("as given", str), ("typographic ’", typographic)):
            shown = [transform(t) for t in texts]
            r_raw = pearson_r([raw.polarity_scores(t)["compound"] for t in shown], means)
            r_ours = pearson_r([score_text(t)["compound"] for t in shown], means)
            worse += r_ours < r_raw - 1e-9
            print(f"| {name.split('_')[0]} ({len(texts)}) | {variant} | {r_raw:.3f} | {r_ours:.3f} |")
    print(f"\n{time.perf_counter() - started:.1f} s; Spectrum below raw in {worse} rows")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
