"""Comment reading under surface perturbations: how brittle is the comment reader to the details
real outlets vary on?

For every fixture page with comments in the readable layout sets (never the held-out or sealed
ones), the comment section (located from the page's expected comments) is rewritten by ONE family
of seeded, realistic surface transformations at a time, the rest of the page left byte for byte:

- ``action``: action rows in another outlet's words and count forms ("Reply" -> "Respond",
  "Like · 3" -> "👍 3", "Recommend 45" -> "45 likes");
- ``stamp-form``: stamps in another form ("1d" -> "2 days ago", "3h" -> "9 Mar 2026, 12:30");
- ``stamp-pos``: a stamp moved (its own line -> the name line or the action row under the body; a
  name line's stamp -> a line of its own under the name);
- ``name-deco``: decorations beside names (a badge line under it, ", Town", "(she/her)", "✓");
- ``blanks-none`` / ``blanks-all``: no blank line in the comment section / one between every line;
- ``indent``: replies indented another way (two spaces a level, a tab) or marked with "↳".

None of them changes what a careful reader gives as a comment's author or the comment count, so the
expectations stay; a page a family leaves unchanged is not kept for that family. Each family is
scored on its kept pages: comment counts right and first-three comments right (author and body
start, as layout_bench scores them), before and after the transformation.

    python benchmarks/layout_perturb_bench.py [--families action,stamp-form] [--details] [--seed N]
"""

import argparse
import random
import re
import sys
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from components.core.config import CorpusConfig, load_config
from components.core.reader import decode_bytes
from components.parse.parser import parse_document, sha256_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from layout_bench import first_comments_right, load_expected, norm  # noqa: E402

__all__ = ["FAMILIES", "READABLE_SETS", "SEALED", "Section", "bench_arguments", "chosen", "locate_section",
           "perturb", "main"]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# The sets whose details may be read; never the held-out set or a sealed one (layouts_blind15).
READABLE_SETS = ("layouts", "layouts_probe", "layouts_blind", *(f"layouts_blind{n}" for n in range(2, 15)))
SEALED = frozenset({"layouts_heldout", "layouts_blind15"})

# ---- the parts of a comment record's lines ----

_PREFIX = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>(?:[•◦▪●*↳↪└>-]|\[[–-]\])\s*)?")
_SEP = re.compile(r"(\s+[·•|]\s+|\s{3,}|\s+-\s+)")
_ACTION_WORD = re.compile(r"^(?:reply|replies|respond|answer|like|likes|liked|unlike|share|report|flag|quote"
                          r"|recommend|recommended|upvote|downvote|vote|permalink|edit|delete|hide)$", re.I)
_COUNTED = re.compile(r"^(?P<word>[A-Za-z]+)\s*[(:]?\s*(?P<n>\d[\d,]*)\)?$"
                      r"|^(?P<n2>\d[\d,]*)\s+(?P<word2>[A-Za-z]+)$"
                      r"|^(?P<sym>[▲▼👍👎❤♥↑+])\s*(?P<n3>\d[\d,]*)$")
_COUNT_WORDS = re.compile(r"^(?:likes?|votes?|points?|recommends?|recommend|upvotes?|reactions?"
                          r"|replies|reply)$",
                          re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_STAMP = re.compile(
    r"^(?:\d{1,3}\s*(?:s|m|h|d|w|mo|y|min|mins|minutes?|hr|hrs|hours?|days?|wks?|weeks?|months?|years?)"
    r"(?:\s+ago)?|an? (?:minute|hour|day|week|month|year) ago|yesterday|just now"
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?" + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
    r"|\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]m)?)?"
    r"|\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?"
    r"|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)$", re.I)

# Another outlet's forms for the same things.
_REPLY_WORDS = ("Reply", "Respond", "Answer", "reply")
_COUNT_FORMS = ("Like ({n})", "{n} likes", "👍 {n}", "▲ {n}", "Likes: {n}", "♥ {n}")
_ROW_SEPS = (" · ", "   ", " | ", " • ")
_STAMP_FORMS = ("{h} hours ago", "{h}h", "{h} hrs", "{h} hrs ago", "{d} {mon} 2026, {hh}:{mm}",
                "{dd}/{mo}/2026", "2026-{mo}-{dd} {hh}:{mm}", "{month} {d}, 2026 at {h12}:{mm} {ap}",
                "{d} days ago", "{h12}:{mm} {ap}")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_BADGES = ("Top Commenter", "Subscriber", "Verified reader", "Top fan", "Member", "Supporter")
_TOWNS = ("Millbrook", "Harrowgate", "East Tarrin", "Kellsford", "Port Averly", "Dunmore Bay")
_PRONOUNS = ("(she/her)", "(he/him)", "(they/them)")


def _seed(seed: int, *parts: str) -> random.Random:
    return random.Random(zlib.crc32("\x1f".join([str(seed), *parts]).encode()))


@dataclass
class Section:
    """Where a page's comments are and who wrote them: lines [start, end) and the name lines."""

    start: int
    end: int
    names: dict[int, str] = field(default_factory=dict)  # line index -> the author it opens with


def _split_prefix(line: str) -> tuple[str, str]:
    end = m.end() if (m := _PREFIX.match(line)) else 0  # (the pattern matches every line)
    return line[:end], line[end:]


def _parts(text: str) -> list[str]:
    """A line's parts and the separators between them (alternating: part, sep, part, ...)."""
    return _SEP.split(text)


def _is_stamp(part: str) -> bool:
    return bool(_STAMP.match(part.strip()))


def _is_action_part(part: str) -> bool:
    p = part.strip()
    if _ACTION_WORD.match(p):
        return True
    m = _COUNTED.match(p)
    if not m:
        return False
    word = m["word"] or m["word2"]
    return word is None or bool(_ACTION_WORD.match(word) or _COUNT_WORDS.match(word))


def _is_action_row(text: str) -> bool:
    """A line of action words and counts only (stamps and bare numbers allowed among them)."""
    parts = [p for p in _parts(text)[::2] if p.strip()]
    if not parts or not any(_is_action_part(p) for p in parts):
        return False
    return all(_is_action_part(p) or _is_stamp(p) or re.fullmatch(r"\d[\d,]*", p.strip()) for p in parts)


_NAME_TAIL = re.compile(r"^(?:$|\s*[·•|,–—:(\[✓]|\s+\d|\s+(?:says|replied to|in reply to|→|▸|»)(?:\s|:|$))")


def _name_at(line: str, authors: list[str], strict: bool = True) -> str | None:
    """The author a line opens with (after its indent and a bullet or reply mark) when the rest is
    a stamp, a separator or a reply phrase (not "said:", which opens a quote, nor prose)."""
    _, rest = _split_prefix(line)
    for author in authors:
        tail = rest[len(author):]
        if rest.startswith(author) and len(rest) <= len(author) + 60 and (
                _NAME_TAIL.match(tail) if strict else not tail or not (tail[0].isalnum() or tail[0] in "'’")):
            return author
    return None


def locate_section(lines: list[str], want: dict[str, Any], authors: list[str]) -> Section | None:
    """The comment section: from the first comment's name line (or its body when it has no name) to
    a few lines past the last known author's name line, stopping at a link item or furniture line."""
    first = want["comments"][0]
    start = None
    starts = norm(first["starts"])
    for k, line in enumerate(lines):
        if first["author"] and _name_at(line, [first["author"]], strict=False) and any(
                norm(lines[j]).startswith(starts) or starts in norm(lines[j])
                for j in range(k, min(len(lines), k + 12))):
            start = k
            break
    if start is None:
        return None
    names: dict[int, str] = {}
    queue = [a for a in authors if a]  # the authors in page order: each name line is the next one's
    if queue and queue[0] == first["author"]:
        if _name_at(lines[start], queue[:1]):
            names[start] = queue[0]
        queue.pop(0)  # the first comment's name line is the section's start
    k = start + 1
    while queue and k < len(lines):
        if _name_at(lines[k], [queue[0]]):
            names[k] = queue.pop(0)
        k += 1
    last = max(names, default=start)
    stops = [norm(s) for s in (*want["not_comments"], *want["furniture"]) if len(s) > 3]
    end = last + 1
    body_seen = False
    while end < len(lines) and end - last < 16:
        text = norm(lines[end])
        if text and any(text.startswith(s) for s in stops) and not _is_action_row(lines[end].strip()) \
                and not _is_stamp(lines[end].strip()):
            break
        if body_seen and not lines[end].strip() and end + 1 < len(lines) and lines[end + 1].strip() \
                and not _is_action_row(lines[end + 1].strip()) and not _is_stamp(lines[end + 1].strip()):
            break  # the block after the last comment's body and its rows
        if len(lines[end].split()) >= 4:
            body_seen = True
        end += 1
    return Section(start, end, names)


# ---- the families ----

def _action(lines: list[str], sec: Section, rng: random.Random) -> None:
    reply = rng.choice(_REPLY_WORDS)
    form = rng.choice(_COUNT_FORMS)
    sep = rng.choice(_ROW_SEPS)
    count_first = rng.random() < 0.5
    for k in range(sec.start, sec.end):
        prefix, text = _split_prefix(lines[k])
        if not _is_action_row(text.strip()) or k in sec.names:
            continue
        parts = [p.strip() for p in _parts(text.strip())[::2] if p.strip()]
        counts, words, stamps = [], [], []
        for p in parts:
            m = _COUNTED.match(p)
            if m and re.match(r"(?i)repl|comment|answer", m["word"] or m["word2"] or ""):
                words.append(p)  # "1 Reply", "3 replies": how many answers it has, not a like count
            elif _is_stamp(p) and not _ACTION_WORD.match(p):
                stamps.append(p)
            elif re.fullmatch(r"\d[\d,]*", p):
                counts.append(p)
            elif m and (m["n"] or m["n2"] or m["n3"]):
                counts.append(m["n"] or m["n2"] or m["n3"])
            elif p.lower() in ("reply", "respond", "answer"):
                words.append(reply)
            elif p.lower() in ("like", "likes", "recommend", "upvote"):
                words.append("Like")
            else:
                words.append(p.capitalize())
        out = []
        liked = [form.format(n=n) for n in counts[:1]]
        if "Like" in words and liked:
            words.remove("Like")
        out = (liked + words if count_first else words + liked) + stamps
        lines[k] = prefix + sep.join(out) if out else lines[k]


def _stamp_values(rng: random.Random) -> dict[str, Any]:
    h = rng.randint(1, 23)
    d = rng.randint(1, 28)
    mon = rng.randint(1, 12)
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 12, 17, 30, 41, 48))
    return {"h": h, "d": d, "dd": f"{d:02d}", "mo": f"{mon:02d}", "mon": _MONTHS[mon - 1][:3],
            "month": _MONTHS[mon - 1], "hh": f"{hh:02d}", "mm": f"{mm:02d}", "h12": hh % 12 or 12,
            "ap": "am" if hh < 12 else "pm"}


def _stamp_form(lines: list[str], sec: Section, rng: random.Random) -> None:
    form = rng.choice(_STAMP_FORMS)
    for k in range(sec.start, sec.end):
        prefix, text = _split_prefix(lines[k])
        pieces = _parts(text)
        changed: int | None = None  # the piece index of the last stamp written
        out: list[str] = []
        for i in range(0, len(pieces), 2):
            stamp = pieces[i].strip() and _is_stamp(pieces[i]) and not _ACTION_WORD.match(pieces[i].strip()) \
                and not re.fullmatch(r"\d[\d,]*", pieces[i].strip())
            # a stamp's second part ("17 March 2024 | 18:12"): one stamp
            if stamp and changed is not None and changed == i - 2:
                changed = i  # (its separator is not written either)
                continue
            if i:
                out.append(pieces[i - 1])
            if stamp:
                out.append(form.format(**_stamp_values(rng)))
                changed = i
            else:
                out.append(pieces[i])
        if changed is not None:
            lines[k] = prefix + "".join(out)


def _stamp_pos(lines: list[str], sec: Section, rng: random.Random) -> None:
    """Per page one move: own line -> name line, own line -> action row under the body, or a name
    line's stamp -> its own line under the name."""
    variant = rng.choice(("to-name", "to-row", "own-line"))
    drop: set[int] = set()
    ordered = sorted(sec.names)
    for n, k in enumerate(ordered):
        nxt = ordered[n + 1] if n + 1 < len(ordered) else sec.end
        prefix, text = _split_prefix(lines[k])
        pieces = _parts(text)
        if variant == "own-line":
            for i in range(2, len(pieces), 2):
                if _is_stamp(pieces[i]) and not re.fullmatch(r"\d[\d,]*", pieces[i].strip()):
                    stamp = pieces[i].strip()
                    del pieces[i - 1:i + 1]
                    lines[k] = prefix + "".join(pieces).rstrip()
                    indent = " " * len(prefix) if prefix.strip() else prefix
                    lines[k] = lines[k] + "\n" + indent + stamp
                    break
            continue
        # a stamp on its own line right under the name (a badge or blank line between allowed)
        at = next((j for j in range(k + 1, min(nxt, k + 3))
                   if lines[j].strip() and _is_stamp(lines[j].strip())), None)
        if at is None:
            continue
        stamp = lines[at].strip()
        if variant == "to-name":
            lines[k] = lines[k].rstrip() + " · " + stamp
            drop.add(at)
        else:
            row = next((j for j in range(at + 1, nxt) if _is_action_row(lines[j].strip())), None)
            body = any(len(lines[j].split()) >= 3 and not _is_action_row(lines[j].strip())
                       for j in range(at + 1, row if row is not None else at + 1))
            if row is None or not body:
                continue
            p, t = _split_prefix(lines[row])
            lines[row] = p + stamp + " · " + t.strip()
            drop.add(at)
    for k in sorted(drop, reverse=True):
        lines[k] = None  # type: ignore[call-overload]


def _name_deco(lines: list[str], sec: Section, rng: random.Random) -> None:
    variant = rng.choice(("badge", "town", "pronoun", "check"))
    chosen = [k for k in sorted(sec.names) if rng.random() < 0.6] or sorted(sec.names)[:1]
    for k in chosen:
        author = sec.names[k]
        prefix, text = _split_prefix(lines[k])
        if variant == "badge":
            indent = " " * len(prefix) if prefix.strip() else prefix
            lines[k] = lines[k] + "\n" + indent + rng.choice(_BADGES)
        else:
            deco = {"town": ", " + rng.choice(_TOWNS), "pronoun": " " + rng.choice(_PRONOUNS),
                    "check": " ✓"}[variant]
            lines[k] = prefix + author + deco + text[len(author):]


def _blanks_none(lines: list[str], sec: Section, rng: random.Random) -> None:
    for k in range(sec.start, sec.end):
        if not lines[k].strip():
            lines[k] = None  # type: ignore[call-overload]


def _blanks_all(lines: list[str], sec: Section, rng: random.Random) -> None:
    for k in range(sec.start, sec.end):
        if lines[k].strip() and k + 1 < sec.end and lines[k + 1].strip():
            lines[k] = lines[k] + "\n"


def _indent(lines: list[str], sec: Section, rng: random.Random) -> None:
    """Replies (indented lines of the section) indented another way, or their name lines marked."""
    indents = sorted({len(lines[k]) - len(lines[k].lstrip(" \t")) for k in range(sec.start, sec.end)
                      if lines[k].strip()})
    if len(indents) < 2:
        return
    levels = {w: n for n, w in enumerate(indents)}
    variant = rng.choice(("two", "six", "tab", "arrow"))
    for k in range(sec.start, sec.end):
        if not lines[k].strip():
            continue
        text = lines[k].lstrip(" \t")
        level = levels[len(lines[k]) - len(text)]
        if variant == "arrow":
            if level and k in sec.names and not text.startswith(("↳", "↪")):
                lines[k] = lines[k][:len(lines[k]) - len(text)] + "↳ " + _split_prefix(text)[1]
            continue
        lines[k] = {"two": "  " * level, "six": "      " * level, "tab": "\t" * level}[variant] + text


FAMILIES: dict[str, Callable[[list[str], Section, random.Random], None]] = {
    "action": _action, "stamp-form": _stamp_form, "stamp-pos": _stamp_pos, "name-deco": _name_deco,
    "blanks-none": _blanks_none, "blanks-all": _blanks_all, "indent": _indent,
}


def perturb(text: str, section: Section, family: str, seed: int, key: str) -> str:
    """The page with its comment section rewritten by one family (the rest unchanged)."""
    lines: list[Any] = text.split("\n")
    FAMILIES[family](lines, section, _seed(seed, family, key))
    return "\n".join(line for line in lines if line is not None)


# ---- scoring ----

@dataclass
class Result:
    key: str
    count: bool
    first3: bool
    got: list[str]
    n: int


def _parse(key: str, text: str, config: CorpusConfig) -> list[dict[str, Any]]:
    return parse_document(Path(key).stem, key, text, sha256_of(text.encode()), config).comments


def _score(key: str, comments: list[dict[str, Any]], want: dict[str, Any]) -> Result:
    right = first_comments_right(comments, want["comments"]) == len(want["comments"])
    return Result(key, len(comments) == want["n_comments"], right, [c["author"] for c in comments[:3]],
                  len(comments))


@dataclass
class Page:
    key: str
    text: str
    want: dict[str, Any]
    config: CorpusConfig
    section: Section
    before: Result


def load_pages(sets: list[str], seed: int) -> list[Page]:
    pages = []
    for name in sets:
        if name in SEALED:
            raise SystemExit(f"{name} is sealed")
        folder = DATA / name
        for key, want in sorted(load_expected(folder).items()):
            path = folder / key
            if not want["n_comments"] or path.suffix != ".txt" or not want["comments"]:
                continue
            text = decode_bytes(path.read_bytes()).text
            config = load_config(path.parent)
            comments = _parse(key, text, config)
            before = _score(key, comments, want)
            authors = [c["author"] for c in want["comments"]]  # every author in page order when known
            if want.get("replies"):
                authors = [a for a, _ in want["replies"]]
            elif before.count and before.first3:  # the parser's authors where it read the page right
                authors = [c["author"] for c in comments]
            section = locate_section(text.split("\n"), want, authors)
            if section is None:
                continue
            pages.append(Page(f"{name}/{key}", text, want, config, section, before))
    return pages


def run(pages: list[Page], families: list[str], seed: int) -> dict[str, list[tuple[Result, Result]]]:
    out: dict[str, list[tuple[Result, Result]]] = {}
    for family in families:
        rows = []
        for page in pages:
            changed = perturb(page.text, page.section, family, seed, page.key)
            if changed == page.text:
                continue
            after = _score(page.key, _parse(page.key, changed, page.config), page.want)
            rows.append((page.before, after))
        out[family] = rows
    return out


def format_table(results: dict[str, list[tuple[Result, Result]]]) -> str:
    rows = ["| family | pages kept | counts right before → after | first 3 right before → after |",
            "|---|---|---|---|"]
    for family, pairs in results.items():
        n = len(pairs)
        cb, ca = sum(b.count for b, _ in pairs), sum(a.count for _, a in pairs)
        fb, fa = sum(b.first3 for b, _ in pairs), sum(a.first3 for _, a in pairs)
        rows.append(f"| {family} | {n} | {cb} → {ca} | {fb} → {fa} |")
    return "\n".join(rows)


def bench_arguments(doc: str, families: Iterable[str], seed: int) -> argparse.ArgumentParser:
    """The options a perturbation bench takes: which families and readable sets, the seed, --details."""
    args = argparse.ArgumentParser(description=doc.split("\n", 1)[0])
    args.add_argument("--families", default=",".join(families), help="comma-separated families")
    args.add_argument("--sets", default=",".join(READABLE_SETS), help="comma-separated readable sets")
    args.add_argument("--seed", type=int, default=seed)
    args.add_argument("--details", action="store_true", help="list every page that got worse")
    return args


def chosen(args: argparse.ArgumentParser, opts: argparse.Namespace,
           families: Iterable[str]) -> tuple[list[str], list[str]]:
    """The families and the sets the options name (an unknown family is the parser's error)."""
    picked = [f for f in opts.families.split(",") if f]
    unknown = [f for f in picked if f not in set(families)]
    if unknown:
        args.error(f"unknown families: {unknown}")
    return picked, [s for s in opts.sets.split(",") if s]


def main(argv: list[str] | None = None) -> int:
    args = bench_arguments(__doc__, FAMILIES, 23)
    args.add_argument("--show", metavar="KEY", help="print one page's section after each family")
    opts = args.parse_args(argv)
    families, sets = chosen(args, opts, FAMILIES)
    pages = load_pages(sets, opts.seed)
    if opts.show:
        for page in (p for p in pages if p.key == opts.show):
            for family in families:
                changed = perturb(page.text, page.section, family, opts.seed, page.key).split("\n")
                print(f"--- {family}")
                print("\n".join(changed[page.section.start:page.section.end + 6]))
        return 0
    results = run(pages, families, opts.seed)
    print(f"{len(pages)} pages with comments located")
    print(format_table(results))
    if opts.details:
        for family, pairs in results.items():
            worse = [(b, a) for b, a in pairs if (b.count and not a.count) or (b.first3 and not a.first3)]
            if worse:
                print(f"\n{family}:")
            for b, a in worse:
                print(f"  - {a.key}: n {b.n} -> {a.n} (want {'ok' if b.count else '?'}), "
                      f"first {b.got} -> {a.got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
