"""Parse + stance seconds for each pathological input shape at 50k (bullets, spaces, comments,
repeated names, long lines, quote marks): the work must grow linearly with the input.

`python benchmarks/pathological_bench.py [SIZE]` prints a Markdown table. The shapes are also
used by tests/test_bounded.py, which checks 1x against 10x.
"""

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from components.core.config import CorpusConfig, load_config
from components.core.reader import ReadError
from components.enrich.stance import classify_comments
from components.parse.parser import parse_document

ROOT = Path(__file__).resolve().parent.parent
HEADER = " date 2017-12-16 Matt Damon said \"we have to talk about it\" on Thursday (Dec 14).\n\n"
_BODIES = (
    "Damon is right, there is a spectrum.", "Milano is wrong about this.", "Well said!!",
    "I agree with reader_{prev}.", "She has a point. Believe women.", "ok",
)


def bullets(n: int) -> str:
    """A comment section of n `  • author` lines, each with an indented body of two paragraphs."""
    items = [f"  • reader_{i}\n\n    {_BODIES[i % len(_BODIES)].format(prev=i - 1)}\n\n"
             f"    Second paragraph {i}.\n\n" for i in range(n)]
    return HEADER + "".join(items)


def nested_replies(n: int) -> str:
    """n comments, every other one a nested reply, each by a different two-word name (the reply
    tagging's worst case: every earlier name is a candidate tag)."""
    items = [f"  • Reader Number{i}\n    Comment {i} here.\n" if i % 2 == 0 else
             f"      ◦ Reader Number{i}\n        Reply {i} here.\n" for i in range(n)]
    return HEADER + "".join(items)


def tiny_comments(n: int) -> str:
    """n one-word comments in one document, authors repeating (the reply lookup's worst case)."""
    return HEADER + "".join(f"  • {'ab'[i % 2]}{i % 7}\n    ok {i}\n" for i in range(n))


def spaces(n: int) -> str:
    """A line with a run of n spaces, ending like a tweet signature that has no dash."""
    return HEADER + "Hello world" + " " * n + "again (@abc) May 1, 2020\n"


def space_lines(n: int) -> str:
    """A line of n spaces and tabs between words, then a signature that almost matches."""
    return HEADER + "Damon said" + " \t" * (n // 2) + "it — Some Name (@abc) May 1 2020\n"


def names(n: int) -> str:
    """One paragraph naming the same person n times, eight times a line, with a quote."""
    line = "Damon and Damon, Damon or Damon; Damon met Damon, then Damon saw Damon.\n"
    return HEADER + "Damon said \"this is a quote here\" and\n" + line * (n // 8) + "agreed.\n"


def long_line(n: int) -> str:
    """One line of n words, no newline, with a date phrase and names scattered through it."""
    words = ("Damon", "said", "on", "Thursday", "that", "Milano", "was", "in", "May", "right,")
    return HEADER + " ".join(words[i % len(words)] for i in range(n))


def quote_marks(n: int) -> str:
    """n short quotations in one paragraph, attributed."""
    return HEADER + "Damon said\n" + "\n".join(
        f"“quote number {i} here, and it goes on for a few more words”" for i in range(n)) + "\n"


def unbalanced_quotes(n: int) -> str:
    """n opening quote marks and words, never closed."""
    return HEADER + "Damon said " + " ".join(f"“open {i}" for i in range(n)) + "\n"


def tweets(n: int) -> str:
    """n signed tweets by 200 people taking turns (the signer limit), each named again after."""
    items = [f"Point {i} is made here. — Signer {i % 200} (@signer_{i % 200}) May 1, 2020\n\n"
             f"Signer {i % 200} wrote that \"this is the point {i}\" and Damon said \"no it is not\".\n\n"
             for i in range(n)]
    return HEADER + "".join(items)


def dashes(n: int) -> str:
    """A paragraph of n dashes and spaces ending like a tweet signature."""
    return HEADER + "- " * n + "x (@abc) May 1, 2020\n"


def long_comment(n: int) -> str:
    """One comment of n words naming both sides, with a "but" (VADER's slow rule)."""
    words = ("Damon", "is", "right", "but", "Milano", "is", "good", "and", "bad", "too.")
    return HEADER + "  • reader\n\n    " + " ".join(words[i % len(words)] for i in range(n)) + "\n"


def long_sentence(n: int) -> str:
    """One comment that is one quoted sentence of n words: names, pronouns and a side's claims."""
    words = ("he", "said", "Damon", "is", "right", "and", "she", "said", "Milano", "spectrum")
    body = " ".join(words[i % len(words)] for i in range(n))
    return HEADER + f"  • reader\n\n    \"{body}\"\n"


SHAPES: dict[str, Callable[[int], str]] = {
    "bullets (comment + body)": bullets, "tiny comments": tiny_comments, "spaces": spaces,
    "spaces and tabs": space_lines, "repeated name": names, "long line": long_line,
    "quote marks": quote_marks, "unbalanced quotes": unbalanced_quotes, "signed tweets": tweets,
    "dashes": dashes, "one long comment": long_comment, "one long sentence": long_sentence,
    "nested replies": nested_replies,
}


def parse_and_stance(text: str, config: CorpusConfig) -> int:
    """Parse one document and classify the stance of its comments; the number of comments."""
    parsed = parse_document("bench", "bench.txt", text, "0" * 64, config)
    comments = pd.DataFrame(parsed.comments)
    if not comments.empty:
        classify_comments(comments, config)
    return len(comments)


def timed(text: str, config: CorpusConfig) -> tuple[float, float, int | str]:
    """CPU and wall seconds for parse + stance, and the number of comments (or the refusal)."""
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        n: int | str = f"{parse_and_stance(text, config):,}"
    except ReadError as refused:
        n = f"refused: {refused}"
    return time.process_time() - cpu, time.perf_counter() - wall, n


def main() -> int:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    config = load_config(ROOT / "seeds")
    parse_and_stance(SHAPES["bullets (comment + body)"](10), config)  # load the lexicons first
    print(f"| shape (n = {size:,}) | characters | comments | parse + stance CPU s | wall s |")
    print("|---|---|---|---|---|")
    for name, make in SHAPES.items():
        text = make(size)
        cpu, wall, n = timed(text, config)
        print(f"| {name} | {len(text):,} | {n} | {cpu:.2f} | {wall:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
