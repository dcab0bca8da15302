"""The learned half of the spam score: logistic regression on TF-IDF weighted, hashed word and
character n-grams, trained by `benchmarks/train_spam_model.py` into a small committed file.

The rule signals are not model features: they enter the score once, in the noisy-or of
`components.enrich.spam`, so the model only has to learn what the rules do not say.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, diags, hstack
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from ..core.repair import normalise_text

__all__ = ["SpamModel", "term_counts", "inverse_document_frequency", "weigh", "train_model",
           "load_model", "MODEL_PATH"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "spam_model.npz"
N_FEATURES = 2**16
# An n-gram seen in fewer training comments than this gets no weight: it cannot generalise.
MIN_DOCUMENT_FREQUENCY = 2

# Words and word pairs; character n-grams across word boundaries (they see "www . site . com").
_VECTORIZERS = (
    HashingVectorizer(n_features=N_FEATURES, ngram_range=(1, 2), alternate_sign=False, norm=None,
                      token_pattern=r"(?u)\b\w+\b"),
    HashingVectorizer(n_features=N_FEATURES, analyzer="char", ngram_range=(2, 5),
                      alternate_sign=False, norm=None),
)


def term_counts(texts: list[str]) -> list[csr_matrix]:
    """One n-gram count matrix per vectorizer, for the normalised texts."""
    clean = [normalise_text(t) for t in texts]
    return [v.transform(clean).tocsr() for v in _VECTORIZERS]


def inverse_document_frequency(counts: list[csr_matrix]) -> np.ndarray:
    """Smoothed idf of every column of the count matrices, 0 for rare n-grams."""
    weights = []
    for block in counts:
        frequency = np.bincount(block.indices, minlength=block.shape[1])
        idf = np.log((1.0 + block.shape[0]) / (1.0 + frequency)) + 1.0
        idf[frequency < MIN_DOCUMENT_FREQUENCY] = 0.0
        weights.append(idf)
    return np.concatenate(weights)


def weigh(counts: list[csr_matrix], idf: np.ndarray) -> csr_matrix:
    """Sublinear tf times idf, each vectorizer's block scaled to unit length."""
    blocks, start = [], 0
    for block in counts:
        tf = block.astype(np.float64)
        tf.data = 1.0 + np.log(tf.data)
        width = block.shape[1]
        blocks.append(normalize(tf @ diags(idf[start:start + width])))
        start += width
    return hstack(blocks).tocsr()


@dataclass(frozen=True)
class SpamModel:
    """Weights of a trained model, its idf and the decision threshold chosen for it."""

    coef: np.ndarray
    intercept: float
    threshold: float
    idf: np.ndarray

    def probability(self, texts: list[str]) -> np.ndarray:
        """P(spam) for each text."""
        if not texts:
            return np.zeros(0)
        logits = weigh(term_counts(texts), self.idf) @ self.coef + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def save(self, path: Path) -> None:
        """Store the weights and idf values of the columns in use (idf > 0), compressed."""
        index = np.flatnonzero((self.coef != 0) | (self.idf != 0))
        np.savez_compressed(path, size=len(self.coef), intercept=self.intercept,
                            threshold=self.threshold, index=index.astype(np.int32),
                            coef=self.coef[index].astype(np.float32),
                            idf=self.idf[index].astype(np.float32))


def train_model(texts: list[str], labels: list[bool], c: float, threshold: float) -> SpamModel:
    """Fit the idf and the logistic regression on the same training texts."""
    counts = term_counts(texts)
    idf = inverse_document_frequency(counts)
    fitted = LogisticRegression(C=c, max_iter=3000).fit(weigh(counts, idf), labels)
    return SpamModel(fitted.coef_[0].astype(np.float64), float(fitted.intercept_[0]), threshold,
                     idf)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> SpamModel:
    """The committed model."""
    with np.load(path) as data:
        size, index = int(data["size"]), data["index"]
        coef, idf = np.zeros(size), np.zeros(size)
        coef[index], idf[index] = data["coef"], data["idf"]
        return SpamModel(coef, float(data["intercept"]), float(data["threshold"]), idf)
