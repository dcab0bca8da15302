"""Shared by the spam benchmark and the training script: data, nested model selection.

Every model is trained on YouTube comments of the training videos plus the background
non-spam texts (NYT opinion pieces, see data/nyt-editorials/README.md); only YouTube comments
of held-out videos are ever scored."""

from pathlib import Path

import numpy as np
import pandas as pd

from components.enrich.evaluation import binary_scores
from components.enrich.spam import combine_all, near_duplicate_authors, rule_signals
from components.enrich.spam_model import SpamModel, train_model

DATA = Path(__file__).parent / "data" / "youtube-spam"
BACKGROUND = Path(__file__).parent / "data" / "nyt-editorials" / "nytEditorialSnippets_GroundTruth.txt"
C_GRID = (3.0, 10.0, 30.0, 100.0)
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


def load_background(path: Path = BACKGROUND) -> list[str]:
    """The background non-spam texts: each opinion piece's sentences joined in order."""
    pieces: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        sentence_id, _, text = line.split("\t", 2)
        pieces.setdefault(sentence_id.split("_")[0], []).append(text.strip())
    return [" ".join(sentences) for sentences in pieces.values()]


def fit_with_background(train: pd.DataFrame, background: list[str], c: float,
                        threshold: float) -> SpamModel:
    """A model trained on the training videos' comments plus the background non-spam texts."""
    return train_model(train["CONTENT"].tolist() + background,
                       train["spam"].tolist() + [False] * len(background), c, threshold)


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
                  background: list[str], c: float) -> tuple[np.ndarray, np.ndarray]:
    """Leave-one-video-out scores inside the training videos, for one C."""
    scores, truth = [], []
    for video in sorted(train["video"].unique()):
        fit = train[train["video"] != video]
        held = train[train["video"] == video]
        model = fit_with_background(fit, background, c, 0.5)
        scores.append(combined_scores(model, held, rules[video]))
        truth.append(held["spam"].to_numpy())
    return np.concatenate(scores), np.concatenate(truth)


def select_and_train(train: pd.DataFrame, rules: dict[str, list[list[tuple[float, str]]]],
                     background: list[str]) -> tuple[SpamModel, float]:
    """Choose C and the threshold by leave-one-video-out inside `train`, then fit on all of it;
    the model and its C."""
    best = (-1.0, C_GRID[0], 0.5)
    for c in C_GRID:
        scores, truth = _inner_scores(train, rules, background, c)
        for threshold in THRESHOLD_GRID:
            f1 = binary_scores(truth.tolist(), (scores >= threshold).tolist())["f1"]
            best = max(best, (f1, c, threshold))
    _, c, threshold = best
    return fit_with_background(train, background, c, threshold), c


def all_rules(data: pd.DataFrame) -> dict[str, list[list[tuple[float, str]]]]:
    """Rule signals for every video."""
    return {v: rule_lists(data[data["video"] == v]) for v in sorted(data["video"].unique())}


__all__ = ["load_videos", "load_background", "fit_with_background", "rule_lists",
           "select_and_train", "combined_scores", "all_rules"]
