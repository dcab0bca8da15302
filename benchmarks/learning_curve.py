"""The learning curve of analyst corrections: macro-F1 on the comments the analyst did not correct,
for the rule classifier alone and for rules + the per-corpus model (components.corpus.labels), after the
analyst has corrected k random comments.

For each labelled set (the seeds, the invented controversy, each development controversy; never
tests/data/heldout/) and each k, REPEATS fixed random seeds pick k comments (uniformly, as an
analyst corrects whatever they happen to read); their gold labels become the analyst's
corrections, `rescore_with_corrections` re-scores the rest, and both label columns are scored
against the gold labels of the rest. Prints a Markdown table: mean over the repeats (min–max).

`python benchmarks/learning_curve.py [--repeats N]`
"""

import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from stance_bench import LabelledSet, dev_sets, invented_set, seed_set

from components.core.config import CorpusConfig, load_config
from components.corpus.labels import ANALYST, CURRENT_COLUMNS, rescore_with_corrections, text_hash
from components.enrich.evaluation import macro_f1
from components.enrich.stance import NEUTRAL, classify_comments, stance_scores

KS = (0, 10, 20, 30, 40)  # 30 too: the labelled sets have 40-46 comments
REPEATS = 10
MIN_LEFT = 10   # a cell scored on fewer held-out comments than this is marked as noise


Prepared = tuple[pd.DataFrame, pd.Series, CorpusConfig, pd.DataFrame, pd.DataFrame | None]


def _prepared(labelled: LabelledSet) -> Prepared:
    """The set's comments with the rule labels (as a build stores them), gold, config, scores."""
    comments, gold, config_dir, statements = labelled
    config = load_config(config_dir)
    frame = comments.reset_index(drop=True).copy()
    gold = gold.reset_index(drop=True)
    if "comment_id" not in frame:
        frame["comment_id"] = [f"{d}-c{int(p):04d}" for d, p in zip(frame["doc_id"], frame["position"],
                                                                      strict=True)]
    frame = frame.drop(columns=[c for c in ("stance", "stance_confidence", "stance_reason") if c in frame])
    frame = pd.concat([frame, classify_comments(frame, config, statements)], axis=1)
    for column, default in (("is_spam", False), ("spam_reason", "")):
        if column not in frame:
            frame[column] = default
    return frame, gold, config, stance_scores(frame, config, statements), statements


def _corrections(comments: pd.DataFrame, gold: pd.Series, picked: np.ndarray) -> pd.DataFrame:
    """The analyst's stance corrections of the picked rows, as LabelStore.current() gives them."""
    rows = [(comments.at[i, "comment_id"], "stance", gold[i], text_hash(comments.at[i, "text"]), ANALYST,
             "", n) for n, i in enumerate(picked)]
    return pd.DataFrame(rows, columns=list(CURRENT_COLUMNS))


def _run(comments: pd.DataFrame, gold: pd.Series, config: CorpusConfig, scores: pd.DataFrame,
         statements: pd.DataFrame | None, k: int, seed: int) -> tuple[float, float, int] | None:
    """(rules F1, rules + corpus model F1, comments scored) for one random pick of k."""
    if k >= len(comments):
        return None
    picked = np.random.default_rng(seed).choice(len(comments), size=k, replace=False)
    out = rescore_with_corrections(comments, _corrections(comments, gold, picked), config, statements,
                                   scores=scores)
    rest = ~comments.index.isin(picked)
    labels = (*config.side_ids(), NEUTRAL)
    truth = gold[rest].tolist()
    return (macro_f1(truth, out.loc[rest, "stance_model"].tolist(), labels),
            macro_f1(truth, out.loc[rest, "stance"].tolist(), labels), int(rest.sum()))


def _cell(values: list[float], left: int) -> str:
    mark = "†" if left < MIN_LEFT else ""
    return f"{np.mean(values):.3f} ({min(values):.2f}–{max(values):.2f}){mark}"


def _rows(name: str, labelled: LabelledSet, repeats: int) -> list[str]:
    comments, gold, config, scores, statements = _prepared(labelled)
    out = []
    for k in KS:
        runs = [r for seed in range(repeats)
                if (r := _run(comments, gold, config, scores, statements, k, seed)) is not None]
        if not runs:
            out.append(f"| {name} | {k} | 0 | — | — |")
            continue
        left = runs[0][2]
        out.append(f"| {name} | {k} | {left} | {_cell([r[0] for r in runs], left)} | "
                   f"{_cell([r[1] for r in runs], left)} |")
    return out


def main(argv: list[str]) -> int:
    repeats = int(argv[argv.index("--repeats") + 1]) if "--repeats" in argv[:-1] else REPEATS
    with tempfile.TemporaryDirectory() as tmp:
        sets = [("seeds", seed_set(Path(tmp) / "seeds")), ("invented", invented_set()),
                *((name.split()[1], labelled) for name, labelled in dev_sets(Path(tmp)))]
        print(f"Macro-F1 on the comments not corrected, mean over {repeats} random picks (min–max); "
              f"† fewer than {MIN_LEFT} comments left to score.\n")
        print("| set | corrected k | scored | rules alone | rules + corpus model |")
        print("|---|---|---|---|---|")
        for name, labelled in sets:
            for row in _rows(name, labelled, repeats):
                print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
