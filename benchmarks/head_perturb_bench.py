"""Page heads under surface perturbations: how brittle are the title, date and outlet rules to the
details real outlets vary on?

For every fixture page of the readable layout sets (never the held-out or sealed ones) whose
expected title and publication date are found in its head, the head is rewritten by ONE family of
seeded, realistic surface transformations at a time, the rest of the page left byte for byte:

- ``date-form``: the publication date written in another common form of the same day, with or
  without a time ("March 4, 2026", "4 Mar 2026 10:41", "Wednesday 4 March 2026 10.41 GMT",
  "2026-03-04", "Mar. 4, 2026 at 10:41 a.m. ET");
- ``date-label``: the date line labelled another way ("Published: …", "Posted on …", "Date: …",
  "First published …"), or its label taken off;
- ``kicker``: a section label above the headline ("ENTERTAINMENT", "Culture › Film", "News | TV");
- ``share``: a share row under the headline ("Share", "Facebook  X  WhatsApp  Email", "Copy link");
- ``reading-time``: a reading-time or comment-count line beside the date ("4 min read", "12 comments").

None of them changes what a careful reader gives as the page's title, date or outlet, so the
expectations stay; a page a family leaves unchanged is not kept for that family. Each family is
scored on its kept pages: titles, dates and outlets right before and after.

    python benchmarks/head_perturb_bench.py [--families date-form,kicker] [--details] [--seed N]
"""

import random
import re
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from components.core.config import CorpusConfig, load_config
from components.core.reader import decode_bytes
from components.parse.parser import parse_document, sha256_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from layout_bench import load_expected, norm  # noqa: E402
from layout_perturb_bench import SEALED, bench_arguments, chosen  # noqa: E402

__all__ = ["FAMILIES", "Head", "locate_head", "perturb", "main"]

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
HEAD_LINES = 40  # the date is looked for this many lines around the headline

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?"
# A time after the date (its zone, if any, is left on the line: it is not part of the day's form);
# never the start of an h:mm:ss duration ("Mar 3, 2026 · 1:02:33" is a date and a running time).
_TIME = r"(?:,?\s*(?:at\s+|-\s+|·\s+)?\d{1,2}[:.]\d{2}(?![:.]?\d)(?:\s*[ap]\.?m\.?)?)?"
# The date forms a head line may hold (day, month and year, perhaps a time; a weekday before them is
# left as it is).
_DATE_FORMS = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME, re.I),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME, re.I),
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"),
)


def _seed(seed: int, *parts: str) -> random.Random:
    return random.Random(zlib.crc32("\x00".join((str(seed), *parts)).encode()))


def _day_of(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    try:
        month = int(groups["mon"]) if groups.get("mon") else next(
            i for i, name in enumerate(_MONTHS, 1) if name.startswith(groups["month"].lower()[:3]))
        return date(int(groups["year"]), month, int(groups["day"]))
    except (StopIteration, ValueError):
        return None


@dataclass
class Head:
    title_at: int  # the headline's line
    date_at: int  # the line holding the publication date
    date_span: tuple[int, int]  # where the date expression sits on that line


def locate_head(lines: list[str], want: dict[str, Any]) -> Head | None:
    """The headline's line and the line (and span) of the publication date near it, if both are found."""
    title = norm(want["title"])
    title_at = next((i for i, line in enumerate(lines) if norm(line) == title), None)
    if title_at is None or not want["published"]:
        return None
    wanted = date.fromisoformat(want["published"])
    lo, hi = max(0, title_at - HEAD_LINES), min(len(lines), title_at + HEAD_LINES)
    for at in sorted(range(lo, hi), key=lambda i: abs(i - title_at)):
        if lines[at].startswith(" date "):
            continue  # the seed format's own header line is not an outlet's date
        for form in _DATE_FORMS:
            m = form.search(lines[at])
            if m and _day_of(m) == wanted:
                return Head(title_at, at, m.span())
    return None


# ---- the families ----

_DAY_FORMATS = ("{Month} {d}, {y}", "{d} {Month} {y}", "{Mon} {d}, {y}", "{d} {Mon} {y}",
                "{Mon}. {d}, {y} at {h12}:{mm} {ap}.m.", "{d} {Month} {y} {hh}.{mm}", "{y}-{mo}-{dd}",
                "{dd} {Mon} {y} {hh}:{mm}", "{Month} {d}, {y} {h12}:{mm} {AP}", "{d} {Month} {y}, {hh}:{mm}",
                "{Month} {d}, {y} at {h12}:{mm} {ap}m")
_LABELS = ("Published: ", "Posted on ", "Date: ", "First published ", "Published ", "")
_LABEL = re.compile(r"^(?:published|posted|first published|date|updated)\b[\s:]*(?:on\s+)?", re.I)
_KICKERS = ("ENTERTAINMENT", "Culture › Film", "News | TV", "CELEBRITY", "Music", "Home › News › Showbiz")
_SHARE_ROWS = (["Share"], ["Facebook  X  WhatsApp  Email"], ["Share this article", "Copy link"],
               ["Share on Facebook", "Share on X"])
_BESIDE_DATE = ("4 min read", "12 comments", "3 min read · Listen", "Reading time: 5 minutes")


_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*\Z", re.I)
_ZONE_AFTER = re.compile(r"\s*[A-Z]{2,4}\b")


def _format_day(day: date, rng: random.Random, before: str = "", after: str = "") -> str:
    """The day in another form: with a time when a zone follows it, never ISO after a weekday."""
    hour, minute = rng.randrange(6, 22), rng.randrange(0, 60)
    month = _MONTHS[day.month - 1].capitalize()
    timed = [f for f in _DAY_FORMATS if "{mm}" in f]
    forms = timed if _ZONE_AFTER.match(after) else list(_DAY_FORMATS)
    forms = [f for f in forms if not (f.startswith("{y}-") and _WEEKDAY_BEFORE.search(before))]
    return rng.choice(forms).format(
        Month=month, Mon=month[:3], d=day.day, dd=f"{day.day:02d}", y=day.year, mo=f"{day.month:02d}",
        hh=f"{hour:02d}", mm=f"{minute:02d}", h12=(hour - 1) % 12 + 1,
        ap="a" if hour < 12 else "p", AP="AM" if hour < 12 else "PM")


def _date_form(lines: list[str], head: Head, day: date, rng: random.Random) -> None:
    line = lines[head.date_at]
    start, end = head.date_span
    lines[head.date_at] = line[:start] + _format_day(day, rng, line[:start], line[end:]) + line[end:]


def _date_label(lines: list[str], head: Head, day: date, rng: random.Random) -> None:
    line = lines[head.date_at]
    before = line[:head.date_span[0]].strip()
    label = _LABEL.match(before)
    if before and not (label and label.end() == len(before)):
        return  # the date shares its line with other words ("Posted by Ann on …"): no date line of its own
    indent = line[:len(line) - len(line.lstrip())]
    rest = _LABEL.sub("", line.strip(), count=1)
    lines[head.date_at] = indent + rng.choice([label for label in _LABELS if not line.strip().startswith(
        label.strip() or "\x00")]) + rest


def _gap(lines: list[str], at: int, step: int) -> str:
    """The page's own spacing beside line `at` (a blank line between blocks, or none)."""
    near = at + step
    return "\n\n" if 0 <= near < len(lines) and not lines[near].strip() else "\n"


def _kicker(lines: list[str], head: Head, day: date, rng: random.Random) -> None:
    lines[head.title_at] = rng.choice(_KICKERS) + _gap(lines, head.title_at, -1) + lines[head.title_at]


def _share(lines: list[str], head: Head, day: date, rng: random.Random) -> None:
    lines[head.title_at] += _gap(lines, head.title_at, 1) + "\n".join(rng.choice(_SHARE_ROWS))


def _reading_time(lines: list[str], head: Head, day: date, rng: random.Random) -> None:
    lines[head.date_at] += _gap(lines, head.date_at, 1) + rng.choice(_BESIDE_DATE)


FAMILIES: dict[str, Callable[[list[str], Head, date, random.Random], None]] = {
    "date-form": _date_form, "date-label": _date_label, "kicker": _kicker, "share": _share,
    "reading-time": _reading_time}


def perturb(text: str, head: Head, published: str, family: str, seed: int, key: str) -> str:
    """The page with its head rewritten by one family (the rest unchanged)."""
    lines = text.split("\n")
    FAMILIES[family](lines, head, date.fromisoformat(published), _seed(seed, family, key))
    return "\n".join(lines)


# ---- scoring ----

@dataclass
class Result:
    title: bool
    date: bool
    source: bool | None
    got: tuple[str, str, str]


def _score(key: str, text: str, want: dict[str, Any], config: CorpusConfig) -> Result:
    doc = parse_document(Path(key).stem, key, text, sha256_of(text.encode()), config).document
    sources = {norm(s) for s in [want["source"], *want.get("source_also", [])] if s}
    got = (doc.get("title") or "", doc.get("published") or "", doc.get("source") or "")
    return Result(norm(got[0]) == norm(want["title"]), got[1] == want["published"],
                  norm(got[2]) in sources if sources else None, got)


@dataclass
class Page:
    key: str
    text: str
    want: dict[str, Any]
    config: CorpusConfig
    head: Head
    before: Result


def load_pages(sets: list[str]) -> list[Page]:
    pages = []
    for name in sets:
        if name in SEALED:
            raise SystemExit(f"{name} is sealed")
        folder = DATA / name
        for key, want in sorted(load_expected(folder).items()):
            path = folder / key
            if path.suffix != ".txt":
                continue
            text = decode_bytes(path.read_bytes()).text
            head = locate_head(text.split("\n"), want)
            if head is None:
                continue
            config = load_config(path.parent)
            pages.append(Page(f"{name}/{key}", text, want, config, head, _score(key, text, want, config)))
    return pages


def run(pages: list[Page], families: list[str], seed: int) -> dict[str, list[tuple[Page, Result]]]:
    out: dict[str, list[tuple[Page, Result]]] = {}
    for family in families:
        rows = []
        for page in pages:
            changed = perturb(page.text, page.head, page.want["published"], family, seed, page.key)
            if changed != page.text:
                rows.append((page, _score(page.key, changed, page.want, page.config)))
        out[family] = rows
    return out


def format_table(results: dict[str, list[tuple[Page, Result]]]) -> str:
    rows = ["| family | pages kept | titles right before → after | dates right before → after "
            "| outlets right before → after |", "|---|---|---|---|---|"]
    for family, pairs in results.items():
        cells = []
        for field in ("title", "date", "source"):
            scored = [(getattr(p.before, field), getattr(a, field)) for p, a in pairs
                      if getattr(p.before, field) is not None]
            cells.append(f"{sum(b for b, _ in scored)} → {sum(a for _, a in scored)} of {len(scored)}")
        rows.append(f"| {family} | {len(pairs)} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    args = bench_arguments(__doc__, FAMILIES, 24)
    opts = args.parse_args(argv)
    families, sets = chosen(args, opts, FAMILIES)
    pages = load_pages(sets)
    results = run(pages, families, opts.seed)
    print(f"{len(pages)} pages whose headline and date were located")
    print(format_table(results))
    if opts.details:
        for family, pairs in results.items():
            for page, after in pairs:
                worse = [f for f in ("title", "date", "source")
                         if getattr(page.before, f) and not getattr(after, f)]
                if worse:
                    print(f"{family}: {page.key}: {', '.join(worse)} lost; got {after.got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
