"""Stance macro-F1 over {side, side, neutral}, each side's recall, the wrong-side rate and the
confusion matrices, on the 40 labelled seed comments and on the invented controversy.

`--only seed` or `--only invented` scores one set (so one set can be tuned on without seeing
the other's figures)."""

import sys
import tempfile
from pathlib import Path

import pandas as pd

from components.build import build_corpus
from components.config import load_config
from components.stance_eval import evaluate_stance, format_confusion
from components.store import load_table

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def seed_set(tmp: Path) -> tuple[pd.DataFrame, pd.Series, Path]:
    build_corpus(ROOT / "seeds", tmp)
    comments = load_table(tmp, "comments")
    gold = pd.read_csv(DATA / "seed_stance.csv").set_index("position")["stance"]
    return comments, comments["position"].map(gold), ROOT / "seeds"


def invented_set() -> tuple[pd.DataFrame, pd.Series, Path]:
    frame = pd.read_csv(DATA / "invented" / "comments.csv")
    frame["doc_id"] = "invented"
    return frame, frame["stance"], DATA / "invented"


def main(argv: list[str]) -> int:
    only = argv[argv.index("--only") + 1] if "--only" in argv[:-1] else ""
    with tempfile.TemporaryDirectory() as tmp:
        sets = []
        if only in ("", "seed"):
            sets.append(("seed comments (labelled by docs/labelling.md)", seed_set(Path(tmp))))
        if only in ("", "invented"):
            sets.append(("invented controversy (tests/data/invented/)", invented_set()))
        for name, (comments, gold, config_dir) in sets:
            result = evaluate_stance(comments, gold, load_config(config_dir))
            print(f"### {name}: {result.summary()}\n")
            print(format_confusion(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
