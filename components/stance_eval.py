"""Evaluating the stance classifier on a labelled set (used by the benchmark and the tests)."""

from dataclasses import dataclass

import pandas as pd

from .config import CorpusConfig
from .evaluation import confusion, macro_f1
from .stance import NEUTRAL, classify_comments

__all__ = ["StanceEvaluation", "evaluate_stance", "format_confusion"]


@dataclass(frozen=True)
class StanceEvaluation:
    """Macro-F1 and confusion matrix of a labelled set."""

    labels: tuple[str, ...]
    macro_f1: float
    matrix: list[list[int]]
    n: int


def evaluate_stance(comments: pd.DataFrame, gold: pd.Series,
                    config: CorpusConfig) -> StanceEvaluation:
    """Classify `comments` (doc_id, position, author, text) and compare with the gold labels."""
    predicted = classify_comments(comments, config)["stance"]
    labels = (*config.side_ids(), NEUTRAL)
    truth, guess = gold.tolist(), predicted.tolist()
    return StanceEvaluation(labels, macro_f1(truth, guess, labels),
                            confusion(truth, guess, labels), len(truth))


def format_confusion(result: StanceEvaluation) -> str:
    """The confusion matrix as a Markdown table (rows: labelled, columns: predicted)."""
    head = "| labelled \\ predicted | " + " | ".join(result.labels) + " |"
    rule = "|---" * (len(result.labels) + 1) + "|"
    rows = [f"| {label} | " + " | ".join(str(n) for n in row) + " |"
            for label, row in zip(result.labels, result.matrix, strict=True)]
    return "\n".join([head, rule, *rows])
