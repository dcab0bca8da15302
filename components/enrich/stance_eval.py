"""Evaluating the stance classifier on a labelled set (used by the benchmark and the tests)."""

from dataclasses import dataclass

import pandas as pd

from ..core.config import CorpusConfig
from .evaluation import confusion, macro_f1
from .no_side import local_spam
from .pipeline import settled_stance
from .spam import score_local
from .stance import NEUTRAL

__all__ = ["StanceEvaluation", "evaluate_stance", "format_confusion"]


@dataclass(frozen=True)
class StanceEvaluation:
    """Macro-F1 and confusion matrix of a labelled set."""

    labels: tuple[str, ...]
    macro_f1: float
    matrix: list[list[int]]
    n: int

    @property
    def side_recall(self) -> dict[str, float]:
        """For each side, the share of comments labelled with it that are predicted as it."""
        out: dict[str, float] = {}
        for i, label in enumerate(self.labels):
            if label != NEUTRAL:
                total = sum(self.matrix[i])
                out[label] = self.matrix[i][i] / total if total else 0.0
        return out

    @property
    def wrong_side_rate(self) -> float:
        """Share of comments with a side that are predicted as another side (not neutral)."""
        sides = [i for i, label in enumerate(self.labels) if label != NEUTRAL]
        with_side = sum(sum(self.matrix[i]) for i in sides)
        wrong = sum(self.matrix[i][j] for i in sides for j in sides if i != j)
        return wrong / with_side if with_side else 0.0

    def summary(self) -> str:
        """One line: macro-F1, each side's recall and the wrong-side rate."""
        recalls = ", ".join(f"{side} {value:.2f}" for side, value in self.side_recall.items())
        return (f"macro-F1 {self.macro_f1:.3f} (n={self.n}); side recall {recalls}; "
                f"wrong side {self.wrong_side_rate:.1%}")


def evaluate_stance(comments: pd.DataFrame, gold: pd.Series, config: CorpusConfig,
                    statements: pd.DataFrame | None = None, replies: bool = True) -> StanceEvaluation:
    """Classify `comments` (doc_id, position, author, text) as the build does (the classifier, then
    reply chains, unless `replies` is off; spam by its own signals and the outlet's own comments
    take no side)
    and compare with the gold labels;
    `statements` (speaker, text) are the corpus's quoted statements, as the build passes them."""
    local = score_local(comments)
    spam = local_spam(comments.join(local), list(local.columns), config)
    predicted = settled_stance(comments, config, spam, statements=statements, replies=replies)
    labels = (*config.side_ids(), NEUTRAL)
    truth, guess = gold.tolist(), predicted["stance"].tolist()
    return StanceEvaluation(labels, macro_f1(truth, guess, labels),
                            confusion(truth, guess, labels), len(truth))


def format_confusion(result: StanceEvaluation) -> str:
    """The confusion matrix as a Markdown table (rows: labelled, columns: predicted)."""
    head = "| labelled \\ predicted | " + " | ".join(result.labels) + " |"
    rule = "|---" * (len(result.labels) + 1) + "|"
    rows = [f"| {label} | " + " | ".join(str(n) for n in row) + " |"
            for label, row in zip(result.labels, result.matrix, strict=True)]
    return "\n".join([head, rule, *rows])
