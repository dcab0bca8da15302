"""Stance macro-F1 over {side, side, neutral}, each side's recall, the wrong-side rate and the
confusion matrices, on the 40 labelled seed comments, the invented controversy, the development
controversies, the held-out ones and the unseen ones (tests/data/unseen/).

`--only seed`, `--only invented`, `--only dev` (or `--only dev:<slug>` for one development set),
`--only heldout` or `--only unseen` scores those sets (so one set can be tuned on without seeing
the others' figures).

Predictions are the build's: the classifier, then reply chains (components/enrich/replies.py).
`--classifier-only` leaves the reply chains out, to show what they add."""

import argparse
import sys
import tempfile
from pathlib import Path

import pandas as pd

from components.core.config import load_config
from components.corpus.store import load_table
from components.engine.build import build_corpus
from components.enrich.stance_eval import evaluate_stance, format_confusion

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


# (comments, gold labels, folder with corpus.toml, statements table or None)
LabelledSet = tuple[pd.DataFrame, pd.Series, Path, pd.DataFrame | None]


def seed_set(tmp: Path) -> LabelledSet:
    build_corpus(ROOT / "seeds", tmp)
    comments = load_table(tmp, "comments")
    gold = pd.read_csv(DATA / "seed_stance.csv").set_index("position")["stance"]
    return comments, comments["position"].map(gold), ROOT / "seeds", load_table(tmp, "statements")


def invented_set() -> LabelledSet:
    frame = pd.read_csv(DATA / "invented" / "comments.csv")
    frame["doc_id"] = "invented"
    return frame, frame["stance"], DATA / "invented", None  # comments only: no article, no statements


# What the classifier reads of each labelled comment comes from the build, as in a user's corpus.
PARSED_COLUMNS = ["doc_id", "position", "author", "text", "depth", "reply_to", "source"]


def labels_set(folder: Path, tmp: Path) -> LabelledSet:
    """A labels.csv frame joined to the build's own comments: the text, author, thread (depth,
    reply_to) and outlet (source) the parser read, which is what a real build classifies (a line the
    parser strips, such as a reply header, is not in it), and the statements its article builds to,
    classified with the set's own corpus.toml. A labelled comment the parser did not find keeps the
    labeller's text and author, so every label is still scored."""
    frame = pd.read_csv(folder / "labels.csv", keep_default_na=False)
    out = tmp / folder.name
    build_corpus(folder / "seeds", out)
    built = load_table(out, "comments")[PARSED_COLUMNS]
    frame = frame.merge(built, on=["doc_id", "position"], how="left", validate="one_to_one",
                        suffixes=("_labelled", ""))
    for column in ("text", "author"):
        frame[column] = frame[column].fillna(frame[f"{column}_labelled"])
    frame["reply_to"] = frame["reply_to"].fillna("")  # the thread as the build parsed it
    return frame, frame["stance"], folder / "seeds", load_table(out, "statements")


def heldout_sets(tmp: Path) -> list[tuple[str, LabelledSet]]:
    """The held-out controversies (tests/data/heldout/), never tuned on."""
    return [(f"held-out: {folder.name} (tests/data/heldout/, never tuned on)", labels_set(folder, tmp))
            for folder in sorted(p for p in (DATA / "heldout").iterdir() if p.is_dir())]


def unseen_sets(tmp: Path) -> list[tuple[str, LabelledSet]]:
    """The unseen controversies (tests/data/unseen/, each written before the classifier ran on them)."""
    return [(f"unseen: {folder.name} (tests/data/unseen/, never tuned on)",
             labels_set(folder, tmp / "unseen"))
            for folder in sorted(p for p in (DATA / "unseen").iterdir() if p.is_dir())]


def dev_sets(tmp: Path, wanted: str = "") -> list[tuple[str, LabelledSet]]:
    """The development controversies (tests/data/dev/): tuned on, like the seeds."""
    return [(f"dev: {folder.name} (tests/data/dev/)", labels_set(folder, tmp))
            for folder in sorted(p for p in (DATA / "dev").iterdir() if p.is_dir())
            if not wanted or folder.name == wanted]


GROUPS = ("seed", "invented", "dev", "heldout", "unseen")


def _group(value: str) -> str:
    """An --only value: a group, or dev:<slug> (anything else is refused, so a typo or an unknown flag
    never falls through to scoring every group, the sealed unseen sets among them)."""
    if value in GROUPS or (value.startswith("dev:") and len(value) > 4):
        return value
    raise argparse.ArgumentTypeError(f"expected one of {', '.join(GROUPS)} or dev:<slug>, got {value!r}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", type=_group, help="score one group of sets only (default: every group)")
    parser.add_argument("--classifier-only", action="store_true", help="leave the reply chains out")
    args = parser.parse_args(argv)
    only = args.only or ""
    with tempfile.TemporaryDirectory() as tmp:
        sets = []
        if only in ("", "seed"):
            sets.append(("seed comments (labelled by docs/labelling.md)", seed_set(Path(tmp) / "seeds")))
        if only in ("", "invented"):
            sets.append(("invented controversy (tests/data/invented/)", invented_set()))
        if only in ("", "dev") or only.startswith("dev:"):
            wanted = only.partition(":")[2]
            sets.extend(dev_sets(Path(tmp), wanted))
        if only in ("", "heldout"):
            sets.extend(heldout_sets(Path(tmp)))
        if only in ("", "unseen"):
            sets.extend(unseen_sets(Path(tmp)))
        heldout_f1, dev_f1, unseen_f1 = [], [], []
        for name, (comments, gold, config_dir, statements) in sets:
            result = evaluate_stance(comments, gold, load_config(config_dir), statements,
                                     replies=not args.classifier_only)
            print(f"### {name}: {result.summary()}\n")
            print(format_confusion(result) + "\n")
            if name.startswith("held-out"):
                heldout_f1.append(result.macro_f1)
            if name.startswith("dev"):
                dev_f1.append(result.macro_f1)
            if name.startswith("unseen"):
                unseen_f1.append(result.macro_f1)
        if dev_f1:
            print(f"### mean macro-F1 over the {len(dev_f1)} dev sets: {sum(dev_f1) / len(dev_f1):.3f}")
        if heldout_f1:
            print(f"### mean macro-F1 over the {len(heldout_f1)} held-out sets: "
                  f"{sum(heldout_f1) / len(heldout_f1):.3f}")
        if unseen_f1:
            print(f"### mean macro-F1 over the {len(unseen_f1)} unseen sets: "
                  f"{sum(unseen_f1) / len(unseen_f1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
