"""The learned half of the spam score: logistic regression on hashed word and character n-grams
plus the rule signals, trained by `benchmarks/train_spam_model.py` into a small committed file."""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression

from .repair import normalise_text

__all__ = ["SpamModel", "featurize", "train_model", "load_model", "MODEL_PATH"]

MODEL_PATH = Path(__file__).parent / "data" / "spam_model.npz"
N_FEATURES = 2**16
SIGNAL_SCALE = 0.5  # rule signals enter the model as indicator features of this size

_WORDS = HashingVectorizer(n_features=N_FEATURES, ngram_range=(1, 2), alternate_sign=False,
                           norm="l2", token_pattern=r"(?u)\b\w+\b")
_CHARS = HashingVectorizer(n_features=N_FEATURES, analyzer="char_wb", ngram_range=(2, 5),
                           alternate_sign=False, norm="l2")


def _signal_matrix(texts: list[str]) -> csr_matrix:
    from .spam import SIGNALS, symbol_garbage  # the rules module imports this one lazily too

    rows = [[float(bool(s.pattern.search(t))) for s in SIGNALS] + [float(symbol_garbage(t))]
            for t in texts]
    return csr_matrix(np.array(rows, dtype=np.float64) * SIGNAL_SCALE)


def featurize(texts: list[str]) -> csr_matrix:
    """Feature rows for raw texts (normalised first, as everywhere else)."""
    clean = [normalise_text(t) for t in texts]
    return hstack([_WORDS.transform(clean), _CHARS.transform(clean), _signal_matrix(clean)]).tocsr()


@dataclass(frozen=True)
class SpamModel:
    """Weights of a trained model and the decision threshold chosen for it."""

    coef: np.ndarray
    intercept: float
    threshold: float

    def probability(self, texts: list[str]) -> np.ndarray:
        """P(spam) for each text."""
        if not texts:
            return np.zeros(0)
        logits = featurize(texts) @ self.coef + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def save(self, path: Path) -> None:
        """Store the non-zero weights, compressed."""
        nonzero = np.flatnonzero(self.coef)
        np.savez_compressed(path, index=nonzero.astype(np.int32),
                            value=self.coef[nonzero].astype(np.float32), size=len(self.coef),
                            intercept=self.intercept, threshold=self.threshold)


def train_model(texts: list[str], labels: list[bool], c: float, threshold: float) -> SpamModel:
    """Fit the logistic regression."""
    fitted = LogisticRegression(C=c, max_iter=3000).fit(featurize(texts), labels)
    return SpamModel(fitted.coef_[0].astype(np.float64), float(fitted.intercept_[0]), threshold)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> SpamModel:
    """The committed model."""
    with np.load(path) as data:
        coef = np.zeros(int(data["size"]))
        coef[data["index"]] = data["value"]
        return SpamModel(coef, float(data["intercept"]), float(data["threshold"]))
