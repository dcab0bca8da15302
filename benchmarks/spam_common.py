"""Shared by the spam benchmark and the training script: data, nested model selection."""

from pathlib import Path

import numpy as np
import pandas as pd

from components.evaluation import binary_scores
from components.spam import combine_all, near_duplicate_authors, rule_signals
from components.spam_model import SpamModel, train_model

DATA = Path(__file__).parent / "data" / "youtube-spam"
C_GRID = (1.0, 3.0, 10.0, 30.0)
THRESHOLD_GRID = tuple(round(t, 2) for t in np.arange(0.30, 0.751, 0.05))


def load_videos(folder: Path = DATA) -> pd.DataFrame:
    """All comments, with their video and label."""
    frames = []
    for path in sorted(folder.glob("*.csv")):
        frame = pd.read_csv(path, encoding="utf-8")
        frame["video"] = path.stem
        frames.append(frame)
    data = pd.concat(frames, ignore_index=True)
    data["CONTENT"] = data["CONTENT"].astype(str)
    data["AUTHOR"] = data["AUTHOR"].astype(str)
    data["spam"] = data["CLASS"] == 1
    return data


def rule_lists(video: pd.DataFrame) -> list[list[tuple[float, str]]]:
    """Rule signals of each comment, near-duplicates found within its own video."""
    texts, authors = video["CONTENT"].tolist(), video["AUTHOR"].tolist()
    duplicates = near_duplicate_authors(texts, authors)
    return [rule_signals(t, d) for t, d in zip(texts, duplicates, strict=True)]


def combined_scores(model: SpamModel, video: pd.DataFrame,
                    rules: list[list[tuple[float, str]]]) -> np.ndarray:
    """The final spam score of each comment of one video."""
    return np.array([r.score for r in combine_all(video["CONTENT"].tolist(), rules, model)])


def _inner_scores(train: pd.DataFrame, rules: dict[str, list[list[tuple[float, str]]]],
                  c: float) -> tuple[np.ndarray, np.ndarray]:
    """Leave-one-video-out scores inside the training videos, for one C."""
    scores, truth = [], []
    for video in sorted(train["video"].unique()):
        fit = train[train["video"] != video]
        held = train[train["video"] == video]
        model = train_model(fit["CONTENT"].tolist(), fit["spam"].tolist(), c, 0.5)
        scores.append(combined_scores(model, held, rules[video]))
        truth.append(held["spam"].to_numpy())
    return np.concatenate(scores), np.concatenate(truth)


def select_and_train(train: pd.DataFrame,
                     rules: dict[str, list[list[tuple[float, str]]]]) -> SpamModel:
    """Choose C and the threshold by leave-one-video-out inside `train`, then fit on all of it."""
    best = (-1.0, C_GRID[0], 0.5)
    for c in C_GRID:
        scores, truth = _inner_scores(train, rules, c)
        for threshold in THRESHOLD_GRID:
            f1 = binary_scores(truth.tolist(), (scores >= threshold).tolist())["f1"]
            best = max(best, (f1, c, threshold))
    _, c, threshold = best
    return train_model(train["CONTENT"].tolist(), train["spam"].tolist(), c, threshold)


def all_rules(data: pd.DataFrame) -> dict[str, list[list[tuple[float, str]]]]:
    """Rule signals for every video."""
    return {v: rule_lists(data[data["video"] == v]) for v in sorted(data["video"].unique())}


__all__ = ["load_videos", "select_and_train", "combined_scores", "all_rules"]
