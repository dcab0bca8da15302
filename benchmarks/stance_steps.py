"""How often each stance step gives the labelled side, over the development and held-out sets (or
the seeds): for every comment given a side, the kinds of cue its reason names (the classifier's own
cues, the thread's, the reply chains'), each counted right (the labelled side), wrong (the other
side) or given to a neutral comment; "alone" counts the comments whose reason names that kind only.
Then the comments left neutral, by why, with how many were labelled with a side.

A step right much less often than the others (about 60 % or less) is a candidate to weaken; one
that moves few comments is not worth a rule. `--only seed` scores the seeds instead. The unseen
sets are never read here."""

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.stance_bench import DATA, LabelledSet, labels_set, seed_set
from components.core.config import load_config
from components.enrich.no_side import local_spam
from components.enrich.pipeline import settled_stance
from components.enrich.spam import score_local
from components.enrich.stance import NEUTRAL

# (name, how a cue of that kind starts in a reason), first match wins: the reply pass's own
# reasons and the thread's reply cue before the classifier's "agrees with".
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(pattern)) for name, pattern in (
    ("reply chain: agrees", r"^agrees with .*, whose comments side with"),
    ("reply chain: argues back", r"^answers .*, whose comments side with .* without agreeing"),
    ("answered by a sided reply", r"^answered by .*, whose reply sides with"),
    ("thread: answers a commenter", r"^(agrees with|rebuffs|hits back at) .*, who sided with"),
    ("thread: commenter's other comments", r"^the same commenter's other comments"),
    ("thread: continues own comment", r"^continues the same author's"),
    ("thread: side's own account", r"^written by"),
    ("shares words with claims", r"^shares words with"),
    ("makes a side's claims", r"^makes .*claims"),
    ("quotes a side's words", r"^(puts|quotes) .*(in quotes|words)"),
    ("reports and denies", r"^reports what"),
    ("mocks or dismisses", r"^(mocks|dismisses|scoffs at)"),
    ("agrees with a side", r"^agrees with"),
    ("disagrees with a side", r"^(disagrees with|blames|challenges)"),
    ("speaks well of", r"^speaks well of"),
    ("speaks ill of", r"^speaks ill of"),
    ("speaks as a side's people", r"^speaks as one of"),
    ("told what was done to them", r'"got '),
))
_SIDED = re.compile(r"Sides with (.+?): (.*)$", re.DOTALL)
_NOTES = re.compile(r"\s*\((weighs both|granted)[^)]*\)\.?$")


def cue_kinds(reason: str) -> list[str] | None:
    """The kinds of cue a side's reason names (None for a neutral reason)."""
    found = _SIDED.match(reason)
    if not found:
        return None
    kinds = []
    for cue in _NOTES.sub("", found.group(2)).split("; "):
        kinds.append(next((name for name, pattern in KINDS if pattern.search(cue)), "other"))
    return kinds


def neutral_kind(reason: str) -> str:
    """Why a comment was left neutral, in a few words."""
    if reason.startswith("No cue"):
        return "no cue"
    if reason.startswith("Cues too weak"):
        return "cues too weak or balanced"
    return "speaks for no side (spam, outlet)"


def predictions(labelled: LabelledSet) -> list[tuple[str, str, str]]:
    """(gold, predicted, reason) of each comment of a labelled set, as the benchmark classifies it."""
    comments, gold, config_dir, statements = labelled
    config = load_config(config_dir)
    local = score_local(comments)
    spam = local_spam(comments.join(local), list(local.columns), config)
    out = settled_stance(comments, config, spam, statements=statements)
    return list(zip(gold.tolist(), out["stance"].tolist(), out["stance_reason"].tolist(), strict=True))


def table(rows: list[tuple[str, str, str]]) -> str:
    """The step table of (gold, predicted, reason) rows, as Markdown."""
    counts: dict[str, Counter[str]] = {}
    alone: dict[str, Counter[str]] = {}
    neutral: Counter[tuple[str, bool]] = Counter()
    for gold, guess, reason in rows:
        kinds = cue_kinds(reason)
        if kinds is None:
            neutral[(neutral_kind(reason), gold != NEUTRAL)] += 1
            continue
        outcome = "right" if gold == guess else ("neutral" if gold == NEUTRAL else "wrong")
        for kind in set(kinds):
            counts.setdefault(kind, Counter())[outcome] += 1
        if len(set(kinds)) == 1:
            alone.setdefault(kinds[0], Counter())[outcome] += 1
    lines = ["| step (a cue kind in the side's reason) | right | wrong side | to a neutral | right % "
             "| alone: right | wrong | neutral | right % |", "|---" * 9 + "|"]
    for kind in sorted(counts, key=lambda k: -counts[k].total()):
        c, a = counts[kind], alone.get(kind, Counter())
        share = f"{c['right'] / c.total():.0%}"
        alone_share = f"{a['right'] / a.total():.0%}" if a.total() else "-"
        lines.append(f"| {kind} | {c['right']} | {c['wrong']} | {c['neutral']} | {share} "
                     f"| {a['right']} | {a['wrong']} | {a['neutral']} | {alone_share} |")
    lines += ["", "| left neutral | labelled neutral | labelled with a side |", "|---|---|---|"]
    for why in sorted({w for w, _ in neutral}):
        lines.append(f"| {why} | {neutral[(why, False)]} | {neutral[(why, True)]} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    only = argv[argv.index("--only") + 1] if "--only" in argv[:-1] else ""
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if only == "seed":
            rows += predictions(seed_set(Path(tmp) / "seeds"))
        else:
            for kind in ("dev", "heldout"):
                for folder in sorted(p for p in (DATA / kind).iterdir() if p.is_dir()):
                    rows += predictions(labels_set(folder, Path(tmp)))
    print(f"### stance steps over {len(rows)} comments ({only or 'dev + held-out'})\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
