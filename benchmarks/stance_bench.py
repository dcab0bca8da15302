"""Stance macro-F1 over {side, side, neutral}, each side's recall, the wrong-side rate and the
confusion matrices, on the 40 labelled seed comments, the invented controversy, the development
controversies and the held-out ones.

`--only seed`, `--only invented`, `--only dev` (or `--only dev:<slug>` for one development set)
or `--only heldout` scores those sets (so one set can be tuned on without seeing the others'
figures).

`--similarity` also runs components.enrich.similarity.adjust_stance after the classifier and
prints, per set, the classifier alone, replies only, similarity only and both.
`--similarity-loo` (seeds and dev sets only, never the held-out ones) chooses the similarity
margin by leave-one-set-out over those four sets and prints each left-out set's figures."""

import sys
import tempfile
from pathlib import Path

import pandas as pd

from components.core.config import CorpusConfig, load_config
from components.corpus.store import load_table
from components.engine.build import build_corpus
from components.enrich.evaluation import confusion, macro_f1
from components.enrich.similarity import SIM_MARGIN, adjust_stance
from components.enrich.stance import NEUTRAL, classify_comments
from components.enrich.stance_eval import StanceEvaluation, evaluate_stance, format_confusion

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


def labels_set(folder: Path, tmp: Path) -> LabelledSet:
    """A labels.csv frame (comments as the labeller saw them) with the statements its article
    builds to, classified with the set's own corpus.toml."""
    frame = pd.read_csv(folder / "labels.csv", keep_default_na=False)
    out = tmp / folder.name
    build_corpus(folder / "seeds", out)
    return frame, frame["stance"], folder / "seeds", load_table(out, "statements")


def heldout_sets(tmp: Path) -> list[tuple[str, LabelledSet]]:
    """The held-out controversies (tests/data/heldout/), never tuned on."""
    return [(f"held-out: {folder.name} (tests/data/heldout/, never tuned on)", labels_set(folder, tmp))
            for folder in sorted(p for p in (DATA / "heldout").iterdir() if p.is_dir())]


def dev_sets(tmp: Path, wanted: str = "") -> list[tuple[str, LabelledSet]]:
    """The development controversies (tests/data/dev/): tuned on, like the seeds."""
    return [(f"dev: {folder.name} (tests/data/dev/)", labels_set(folder, tmp))
            for folder in sorted(p for p in (DATA / "dev").iterdir() if p.is_dir())
            if not wanted or folder.name == wanted]


def score(predicted: pd.Series, gold: pd.Series, config: CorpusConfig) -> StanceEvaluation:
    """Macro-F1 and confusion of predicted labels against gold labels."""
    labels = (*config.side_ids(), NEUTRAL)
    truth, guess = gold.tolist(), predicted.tolist()
    return StanceEvaluation(labels, macro_f1(truth, guess, labels), confusion(truth, guess, labels),
                            len(truth))


VARIANTS = {"classifier": (False, False), "+replies": (False, True), "+similarity": (True, False),
            "+similarity+replies": (True, True)}


def similarity_report(sets: list[tuple[str, LabelledSet]]) -> None:
    """Per set, the classifier alone and with each part of adjust_stance; means over dev and held-out."""
    means: dict[tuple[str, str], list[float]] = {}
    for name, (comments, gold, config_dir, statements) in sets:
        config = load_config(config_dir)
        base = classify_comments(comments, config, statements)
        print(f"### {name}")
        for variant, (similarity, replies) in VARIANTS.items():
            predicted = adjust_stance(comments, base, statements, config, similarity, replies)["stance"]
            result = score(predicted, gold, config)
            print(f"  {variant:20s} {result.summary()}")
            kind = "held-out" if name.startswith("held-out") else "dev" if name.startswith("dev") else ""
            if kind:
                means.setdefault((kind, variant), []).append(result.macro_f1)
        print()
    for (kind, variant), values in means.items():
        mean = sum(values) / len(values)
        print(f"### mean macro-F1 over the {len(values)} {kind} sets, {variant}: {mean:.3f}")


MARGINS = (0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.3, 9.0)  # 9: similarity never decides


def similarity_loo(sets: list[tuple[str, LabelledSet]]) -> None:
    """Leave-one-set-out over the given (tuned-on) sets: the margin that maximises the mean macro-F1
    of the other sets (similarity and replies on), applied to the left-out set."""
    grid: dict[str, dict[float, float]] = {}
    for name, (comments, gold, config_dir, statements) in sets:
        config = load_config(config_dir)
        base = classify_comments(comments, config, statements)
        grid[name] = {m: score(adjust_stance(comments, base, statements, config, margin=m)["stance"], gold,
                               config).macro_f1 for m in MARGINS}
        grid[name][-1.0] = score(base["stance"], gold, config).macro_f1  # the classifier alone
    print("margin: " + " ".join(f"{m:g}" for m in MARGINS) + "  (macro-F1 per set, similarity + replies)")
    for name, row in grid.items():
        print(f"  {name[:40]:40s} " + " ".join(f"{row[m]:.3f}" for m in MARGINS))
    gains = []
    for name in grid:
        others = [n for n in grid if n != name]
        chosen = max(MARGINS, key=lambda m: (sum(grid[n][m] for n in others), m))
        gains.append(grid[name][chosen] - grid[name][-1.0])
        print(f"### left out {name}: margin {chosen:g} (default {SIM_MARGIN:g}); macro-F1 "
              f"{grid[name][-1.0]:.3f} -> {grid[name][chosen]:.3f}")
    print(f"### mean leave-one-set-out change: {sum(gains) / len(gains):+.3f}")


def main(argv: list[str]) -> int:
    only = argv[argv.index("--only") + 1] if "--only" in argv[:-1] else ""
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
        if "--similarity-loo" in argv:
            similarity_loo([(n, s) for n, s in sets if n.startswith(("seed", "dev"))])
            return 0
        if "--similarity" in argv:
            similarity_report(sets)
            return 0
        heldout_f1, dev_f1 = [], []
        for name, (comments, gold, config_dir, statements) in sets:
            result = evaluate_stance(comments, gold, load_config(config_dir), statements)
            print(f"### {name}: {result.summary()}\n")
            print(format_confusion(result) + "\n")
            if name.startswith("held-out"):
                heldout_f1.append(result.macro_f1)
            if name.startswith("dev"):
                dev_f1.append(result.macro_f1)
        if dev_f1:
            print(f"### mean macro-F1 over the {len(dev_f1)} dev sets: {sum(dev_f1) / len(dev_f1):.3f}")
        if heldout_f1:
            print(f"### mean macro-F1 over the {len(heldout_f1)} held-out sets: "
                  f"{sum(heldout_f1) / len(heldout_f1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
