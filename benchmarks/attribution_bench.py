"""Attribution on invented news passages: does each quote go to the person who said it?

    .venv/bin/python benchmarks/attribution_bench.py [CASES.toml ...] [--details]

A cases file (default: tests/data/attribution/*.toml) holds the story's people (`[[people]]`, as in
corpus.toml) and `[[cases]]`, each with a `style` label, a `text` (paragraphs of an article) and
`expected`: for each quoted passage its first words (`quote`) and who said it (`speaker`: a person's
full name, "UNNAMED" for an unnamed speaker such as a spokesperson or a source, "NONE" for quoted
words that are nobody's statement, such as a report's title or a scare quote).

A passage is parsed as the body of an article (components.parse.layout.split_layout, then
components.parse.quotes.extract_mentions with the people's descriptors, as a build does, see
components/parse/parser.py) and each expected quote is looked up among the mentions found (the first
whose text holds its words). It scores:

- named: the mention's speaker is that person;
- UNNAMED: a mention is found and credited to no named person of the story (its own unnamed speaker);
- NONE: no mention opens with the words (a term quoted inside someone's statement is still none).

It prints the share right per kind and per style, and with `--details` every miss."""

import re
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components.core.config import CorpusConfig, parse_config  # noqa: E402
from components.parse.layout import split_layout  # noqa: E402
from components.parse.quotes import Mention, extract_mentions  # noqa: E402

HEAD = ("A Headline About The Harbour Story In Title Case\n\nThe first paragraph of the article tells "
        "the story in a sentence long enough to be prose, as a news page opens.\n\n")
QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _plain(text: str) -> str:
    return " ".join(text.translate(QUOTE_MARKS).lower().split())


def _found(words: str, mentions: list[Mention], opening: bool = False) -> Mention | None:
    """The mention whose text opens with the words, else (unless `opening`) the first holding them."""
    # a split quote's first half ends on the comma before its credit ("That is rice," she says); the
    # statement joins the halves with a stop, so that comma is not part of the words looked for
    # (and, the comma gone, the half must end on a whole word: "No," is not the start of "Nobody")
    want = _plain(words).strip("\"' ")
    split = want.endswith(",")
    words_of = re.compile(re.escape(want.rstrip(",").rstrip()) + (r"(?!\w)" if split else ""))
    first = next((m for m in mentions if words_of.match(_plain(m.text).strip("\"' "))), None)
    if first is not None or opening:
        return first
    return next((m for m in mentions if words_of.search(_plain(m.text))), None)


def score_case(case: dict[str, Any], config_people: set[str],
               config: CorpusConfig) -> list[tuple[str, bool, str]]:
    """(kind, right, what was found) for each expected quote of a case."""
    descriptors = {person.name: person.descriptors for person in config.everyone if person.descriptors}
    mentions = extract_mentions("d", split_layout(HEAD + case["text"]), config.everyone, descriptors)
    out: list[tuple[str, bool, str]] = []
    for want in case["expected"]:
        speaker = want["speaker"]
        hit = _found(want["quote"], mentions, opening=speaker == "NONE")  # a term inside a statement is none
        if speaker == "NONE":
            out.append(("none", hit is None, hit.speaker if hit else "no statement"))
        elif speaker == "UNNAMED":
            right = hit is not None and hit.speaker not in config_people and bool(hit.speaker)
            out.append(("unnamed", right, hit.speaker if hit else "not found"))
        else:
            got = hit.speaker if hit else "not found"
            out.append(("named", hit is not None and hit.speaker == speaker, got))
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv if not a.startswith("--")] or sorted(
        (ROOT / "tests" / "data" / "attribution").glob("*.toml"))
    by_kind: Counter[tuple[str, bool]] = Counter()
    by_style: Counter[tuple[str, bool]] = Counter()
    for path in paths:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        config = parse_config({"people": data["people"]})
        people = {p["name"] for p in data["people"]}
        for case in data["cases"]:
            scored = score_case(case, people, config)
            for want, (kind, right, got) in zip(case["expected"], scored, strict=True):
                by_kind[(kind, right)] += 1
                by_style[(case["style"], right)] += 1
                if not right and "--details" in argv:
                    print(f"MISS [{case['style']}] {want['quote'][:60]!r} want {want['speaker']!r}: "
                          f"got {got!r}\n    {case['text'][:300]!r}")
    total = sum(by_kind.values())
    right = sum(n for (_, ok), n in by_kind.items() if ok)
    print(f"quotes right: {right}/{total}")
    for kind in ("named", "unnamed", "none"):
        n = by_kind[(kind, True)] + by_kind[(kind, False)]
        if n:
            print(f"  {kind}: {by_kind[(kind, True)]}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
