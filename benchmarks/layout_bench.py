"""Layout generalisation: the current parser over the outlet-style fixtures in tests/data/layouts/.

For every fixture listed in tests/data/layouts/expected.toml the file is decoded and given to
components.parse.parser.parse_document (its paragraphs come from components.parse.layout.split_layout, which
the parser uses; a saved HTML page first goes through the text form the parser renders it to),
and scored against the expected facts: title, publication date, outlet, the comment count and
the first three comments, link-list items taken as comments, furniture lines left in the
article's paragraphs, quotes found with the right speaker, and signed tweets. A file the parser
refuses or crashes on scores as a miss everywhere. `--check` only validates the fixtures
(every expected phrase, author and furniture line occurs in its file; every config loads).

    python benchmarks/layout_bench.py [--check] [--details] [--set layouts|heldout|probe | --layouts DIR]

`--set heldout` scores tests/data/layouts_heldout/ (written before the parser was run on it);
`--set probe` tests/data/layouts_probe/ (written the same way in session 17, then tuned on);
`--layouts DIR` any folder laid out the same way.
"""

import argparse
import html
import re
import sys
import tomllib
import traceback
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from components.core.config import CorpusConfig, load_config
from components.core.reader import decode_bytes
from components.parse.html import looks_like_html, read_html_page
from components.parse.layout import split_layout
from components.parse.parser import parse_document, sha256_of

__all__ = ["Score", "score_file", "check_fixtures", "main"]

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "tests" / "data" / "layouts"
SETS = {"layouts": LAYOUTS, "heldout": ROOT / "tests" / "data" / "layouts_heldout",
        "probe": ROOT / "tests" / "data" / "layouts_probe"}
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "—": "-", "–": "-", "\u00a0": " "})
_CONTAINS_MIN = 25     # furniture items at least this long also count when found inside a line
_PREFIX_MIN = 12       # link items at least this long match a comment that starts with them
_SIGNATURE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y")


def norm(text: str) -> str:
    """Text as compared: NFKC, typographic quotes and dashes folded, whitespace collapsed, casefolded."""
    text = unicodedata.normalize("NFKC", html.unescape(text)).translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass
class Score:
    """One fixture's result; counts are (right, expected) unless named otherwise."""

    outlet: str
    name: str
    error: str = ""
    title: bool = False
    date: bool = False
    source: bool | None = None          # None: the page shows no outlet name
    n_comments: tuple[int, int] = (0, 0)  # (found, expected)
    authors: tuple[int, int] = (0, 0)
    links_as_comments: tuple[int, int] = (0, 0)   # (taken as comments, link items)
    furniture_left: tuple[int, int] = (0, 0)      # (left in paragraphs, furniture lines)
    statements: tuple[int, int, int] = (0, 0, 0)  # (right speaker, found at all, expected)
    tweets: tuple[int, int] = (0, 0)
    spurious: int = 0                   # furniture quotes taken as statements
    misses: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Parsed:
    """What the parser gave for one file."""

    document: dict[str, Any]
    mentions: list[dict[str, Any]]
    comments: list[dict[str, Any]]
    paragraphs: tuple[str, ...]


def run_parser(path: Path, config: CorpusConfig) -> Parsed:
    """Decode and parse one fixture as a build would."""
    data = path.read_bytes()
    text = decode_bytes(data).text
    parsed = parse_document(path.stem, str(path), text, sha256_of(data), config)
    if looks_like_html(str(path), text):  # the parser reads a saved page in its text form
        text = read_html_page(text).as_text()
    return Parsed(parsed.document, parsed.mentions, parsed.comments, split_layout(text).paragraphs)


def _signature_day(text: str) -> str:
    """A tweet's or post's signature date as YYYY-MM-DD (an Instagram post's carries a
    "Instagram post: " label), or '' when it is not a full date."""
    text = text.rsplit(": ", 1)[-1]
    for fmt in _SIGNATURE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return ""


def _is_link_item(comment: dict[str, Any], items: Iterable[str]) -> bool:
    """A comment whose author line or first body line is one of the page's link items."""
    first_line = (comment.get("text") or "").strip().split("\n", 1)[0]
    seen = [norm(comment.get("author") or ""), norm(first_line)]
    for item in map(norm, items):
        for got in seen:
            if not got:
                continue
            if got == item or (len(item) >= _PREFIX_MIN and got.startswith(item)) or (
                    len(got) >= _PREFIX_MIN and item.startswith(got)):
                return True
    return False


def _furniture_left(paragraphs: Iterable[str], furniture: Iterable[str]) -> list[str]:
    """Furniture lines that start a paragraph line (or, when long, occur inside one)."""
    lines = [norm(line) for para in paragraphs for line in para.split("\n") if line.strip()]
    left = []
    for item in furniture:
        wanted = norm(item)
        if any(line.startswith(wanted) or (len(wanted) >= _CONTAINS_MIN and wanted in line)
               for line in lines):
            left.append(item)
    return left


def _speaker_right(got: str, expected: dict[str, Any], names: set[str]) -> bool:
    """A named speaker by name; an unnamed role ('a rep for X') by its role word, not a name."""
    if expected.get("role"):
        return norm(expected["role"]) in norm(got) and norm(got) not in names
    return norm(got) == norm(expected["speaker"])


def _statements(parsed: Parsed, expected: list[dict[str, Any]], names: set[str],
                misses: list[str]) -> tuple[int, int, int]:
    right = found = 0
    for want in expected:
        phrase = norm(want["phrase"])
        carriers = [m for m in parsed.mentions if phrase in norm(m.get("text") or "")]
        if carriers:
            found += 1
        if any(_speaker_right(m.get("speaker") or "", want, names) for m in carriers):
            right += 1
        else:
            got = ", ".join(sorted({m.get("speaker") or "?" for m in carriers})) or "not found"
            misses.append(f"statement {want['phrase']!r}: want {want['speaker']!r}, got {got}")
    return right, found, len(expected)


def _tweets(parsed: Parsed, expected: list[dict[str, Any]], misses: list[str]) -> tuple[int, int]:
    right = 0
    for want in expected:
        phrase, handle = norm(want["phrase"]), norm(want["handle"])
        ok = any(norm(m.get("handle") or "") == handle and phrase in norm(m.get("text") or "")
                 and (not want["date"] or _signature_day(m.get("signature_date") or "") == want["date"])
                 for m in parsed.mentions)
        right += ok
        if not ok:
            misses.append(f"tweet {want['handle']} {want['phrase']!r} ({want['date'] or 'no date'})")
    return right, len(expected)


def first_comments_right(comments: list[dict[str, Any]], first: list[dict[str, Any]]) -> int:
    """How many of the expected first comments stand at their place: the author, and the body's start."""
    return sum(i < len(comments) and norm(comments[i]["author"]) == norm(c["author"])
               and norm(comments[i]["text"]).startswith(norm(c["starts"]))
               for i, c in enumerate(first))


def _comments(parsed: Parsed, want: dict[str, Any], score: Score) -> None:
    score.n_comments = (len(parsed.comments), want["n_comments"])
    first = want["comments"]
    authors = first_comments_right(parsed.comments, first)
    score.authors = (authors, len(first))
    taken = [c["author"] for c in parsed.comments if _is_link_item(c, want["not_comments"])]
    score.links_as_comments = (len(taken), len(want["not_comments"]))
    score.misses += [f"link item taken as comment: {a!r}" for a in taken]
    got = [c["author"] for c in parsed.comments[:3]]
    if authors < len(first):
        score.misses.append(f"first comments: want {[c['author'] for c in first]}, got {got}")


def _source_right(got: str, want: dict[str, Any]) -> bool | None:
    if not want["source"]:
        return None
    return norm(got) in {norm(s) for s in [want["source"], *want.get("source_also", [])]}


def score_file(outlet: str, path: Path, want: dict[str, Any], config: CorpusConfig) -> Score:
    """Score one fixture; a refusal or crash is recorded and scores as a miss."""
    score = Score(outlet, path.name, source=False if want["source"] else None)
    zero = Score(outlet, path.name)
    score.n_comments = (0, want["n_comments"])
    score.authors, score.links_as_comments = (0, len(want["comments"])), zero.links_as_comments
    score.furniture_left = (len(want["furniture"]), len(want["furniture"]))
    score.statements = (0, 0, len(want["statements"]))
    score.tweets = (0, len(want["tweets"]))
    try:
        parsed = run_parser(path, config)
    except Exception as exc:  # noqa: BLE001 - any failure of the parser is a measured miss
        score.error = f"{type(exc).__name__}: {str(exc)[:80]}"
        score.misses.append("".join(traceback.format_exception_only(exc)).strip()[:200])
        return score
    doc = parsed.document
    score.title = norm(doc.get("title") or "") == norm(want["title"])
    score.date = (doc.get("published") or "") == want["published"]
    score.source = _source_right(doc.get("source") or "", want)
    for ok, what, got, expected in ((score.title, "title", doc.get("title"), want["title"]),
                                    (score.date, "date", doc.get("published"), want["published"]),
                                    (score.source is not False, "source", doc.get("source"),
                                     want["source"])):
        if not ok:
            score.misses.append(f"{what}: want {expected!r}, got {got!r}")
    _comments(parsed, want, score)
    left = _furniture_left(parsed.paragraphs, want["furniture"])
    score.furniture_left = (len(left), len(want["furniture"]))
    score.misses += [f"furniture left: {item!r}" for item in left]
    names = {norm(n) for p in config.everyone for n in p.names}
    score.statements = _statements(parsed, want["statements"], names, score.misses)
    score.tweets = _tweets(parsed, want["tweets"], score.misses)
    spurious = [q for q in want.get("not_statements", [])
                if any(norm(q) in norm(m.get("text") or "") for m in parsed.mentions)]
    score.spurious = len(spurious)
    score.misses += [f"furniture quote taken as a statement: {q!r}" for q in spurious]
    return score


def load_expected(layouts: Path = LAYOUTS) -> dict[str, dict[str, Any]]:
    """The expected facts per fixture, keyed 'outlet/file'."""
    with (layouts / "expected.toml").open("rb") as fh:
        files: dict[str, dict[str, Any]] = tomllib.load(fh)["files"]
    return files


def score_all(layouts: Path = LAYOUTS) -> list[Score]:
    """Every fixture scored, in outlet order."""
    scores = []
    for key, want in sorted(load_expected(layouts).items()):
        outlet, name = key.split("/", 1)
        folder = layouts / outlet
        scores.append(score_file(outlet, folder / name, want, load_config(folder)))
    return scores


def _yes(flag: bool | None) -> str:
    return "–" if flag is None else ("yes" if flag else "**no**")


def _pair(pair: tuple[int, ...]) -> str:
    return "/".join(map(str, pair))


def format_table(scores: list[Score]) -> str:
    """A markdown table: one row per fixture and a total row."""
    head = ("| outlet | file | title | date | source | comments found/exp | first 3 right "
            "| link items as comments | furniture left | statements right speaker/found/exp "
            "| tweets | note |")
    rows = [head, "|" + "---|" * 12]
    for s in scores:
        count_ok = s.n_comments[0] == s.n_comments[1]
        note = s.error or (f"{s.spurious} furniture quote(s) as statements" if s.spurious else "")
        rows.append(
            f"| {s.outlet} | {s.name} | {_yes(s.title)} | {_yes(s.date)} | {_yes(s.source)} "
            f"| {_pair(s.n_comments)}{'' if count_ok else ' ✗'} | {_pair(s.authors)} "
            f"| {_pair(s.links_as_comments)} | {_pair(s.furniture_left)} | {_pair(s.statements)} "
            f"| {_pair(s.tweets)} | {note} |")
    n = len(scores)
    sourced = [s for s in scores if s.source is not None]

    def total(attr: str, index: int) -> int:
        return sum(getattr(s, attr)[index] for s in scores)

    rows.append(
        f"| **all** | {n} files | {sum(s.title for s in scores)}/{n} | {sum(s.date for s in scores)}/{n} "
        f"| {sum(bool(s.source) for s in sourced)}/{len(sourced)} "
        f"| {sum(s.n_comments[0] == s.n_comments[1] for s in scores)}/{n} counts right "
        f"| {total('authors', 0)}/{total('authors', 1)} "
        f"| {total('links_as_comments', 0)}/{total('links_as_comments', 1)} "
        f"| {total('furniture_left', 0)}/{total('furniture_left', 1)} "
        f"| {total('statements', 0)}/{total('statements', 1)}/{total('statements', 2)} "
        f"| {total('tweets', 0)}/{total('tweets', 1)} | {sum(bool(s.error) for s in scores)} refused |")
    return "\n".join(rows)


# ---- --check: the fixtures against themselves ----

def _fixture_text(path: Path) -> str:
    text = decode_bytes(path.read_bytes()).text
    return norm(re.sub(r"<[^>]+>", "", text) if path.suffix == ".html" else text)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_one(key: str, want: dict[str, Any], layouts: Path = LAYOUTS) -> list[str]:
    outlet, name = key.split("/", 1)
    path = layouts / outlet / name
    if not path.is_file():
        return [f"{key}: file missing"]
    config = load_config(path.parent)
    names = {p.name for p in config.everyone}
    text = _fixture_text(path)
    wanted = [want["title"], want["source"], *want.get("source_also", []), *want["not_comments"],
              *want["furniture"], *want.get("not_statements", [])]
    wanted += [c["author"] for c in want["comments"]] + [c["starts"] for c in want["comments"]]
    wanted += [s["phrase"] for s in want["statements"]] + [t["phrase"] for t in want["tweets"]]
    wanted += [t["handle"] for t in want["tweets"]]
    problems = [f"{key}: {w!r} is not in the file" for w in wanted if w and norm(w) not in text]
    problems += [f"{key}: speaker {s['speaker']!r} is neither a role nor in corpus.toml"
                 for s in want["statements"] if not s.get("role") and s["speaker"] not in names]
    if want["published"]:
        date.fromisoformat(want["published"])
    problems += [f"{key}: tweet date {t['date']!r} is not YYYY-MM-DD" for t in want["tweets"]
                 if t["date"] and not _ISO_DAY.fullmatch(t["date"])]
    if len(want["comments"]) != min(3, want["n_comments"]):
        problems.append(f"{key}: give the first min(3, n_comments) comments")
    return problems


def check_fixtures(layouts: Path = LAYOUTS) -> list[str]:
    """Problems in the fixtures: expected text that is not in its file, unknown speakers."""
    expected = load_expected(layouts)
    problems = [p for key, want in sorted(expected.items()) for p in _check_one(key, want, layouts)]
    listed = {layouts / key for key in expected}
    for path in sorted(layouts.glob("*/*")):
        if path.name != "corpus.toml" and path not in listed:
            problems.append(f"{path.relative_to(layouts)}: fixture without expectations")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    args.add_argument("--check", action="store_true", help="only validate the fixtures")
    args.add_argument("--details", action="store_true", help="list every miss under the table")
    args.add_argument("--set", choices=sorted(SETS), default="layouts",
                      help="which fixture set: the tuned-on layouts or the held-out ones")
    args.add_argument("--layouts", type=Path,
                      help="a fixture folder with its expected.toml (overrides --set)")
    opts = args.parse_args(argv)
    layouts = opts.layouts or SETS[opts.set]
    problems = check_fixtures(layouts)
    for problem in problems:
        print(f"fixture problem: {problem}", file=sys.stderr)
    if opts.check:
        print(f"{len(load_expected(layouts))} fixtures checked, {len(problems)} problems")
        return 1 if problems else 0
    scores = score_all(layouts)
    print(format_table(scores))
    if opts.details:
        for s in scores:
            print(f"\n{s.outlet}/{s.name}:")
            print("\n".join(f"  - {m}" for m in s.misses) or "  (no misses)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
