"""Word frequencies for a word cloud: stopwords, short words and non-Latin script left out."""

import re
from collections import Counter
from collections.abc import Iterable

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..core.repair import normalise_text

__all__ = ["content_words", "word_frequencies", "STOPWORDS"]

# scikit-learn's English list plus contraction stems and chat filler seen in comment sections.
STOPWORDS = frozenset(ENGLISH_STOP_WORDS) | {
    "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "wouldn", "shouldn", "couldn",
    "can", "just", "like", "really", "im", "ive", "youre", "thats", "dont", "got", "get", "lol",
    "yeah", "ok", "oh", "ll", "ve", "re", "say", "said", "know", "think", "want",
}
_TOKEN = re.compile(r"[A-Za-zÀ-ɏ]+(?:'[A-Za-z]+)?")
MIN_LENGTH = 3


def content_words(text: str) -> list[str]:
    """The content words of one text, in order, lower-cased (stopwords and short words left out)."""
    words = (token.lower().split("'")[0] for token in _TOKEN.findall(normalise_text(text or "")))
    return [word for word in words if len(word) >= MIN_LENGTH and word not in STOPWORDS]


def word_frequencies(texts: Iterable[str], limit: int = 150) -> dict[str, int]:
    """The most frequent content words (single words, so no collocation appears twice)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(content_words(text))
    return dict(counts.most_common(limit))
