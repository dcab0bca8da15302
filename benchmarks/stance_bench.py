"""Stance macro-F1 over {side, side, neutral} with confusion matrices, on the 40 labelled seed
comments and on the invented controversy that the classifier was never tuned on."""

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


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name, (comments, gold, config_dir) in (
                ("seed comments (labelled by docs/labelling.md)", seed_set(Path(tmp))),
                ("invented controversy (never tuned on)", invented_set())):
            result = evaluate_stance(comments, gold, load_config(config_dir))
            print(f"### {name}: macro-F1 {result.macro_f1:.3f} (n={result.n})\n")
            print(format_confusion(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
