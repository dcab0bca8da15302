"""Word frequencies for a word cloud: stopwords, short words and non-Latin script left out."""

import re
from collections import Counter
from collections.abc import Iterable
from typing import cast

from ..core.repair import normalise_text

__all__ = ["content_words", "word_frequencies", "ENGLISH_STOP_WORDS", "STOPWORDS"]

# scikit-learn's English stop-word list (sklearn.feature_extraction.text.ENGLISH_STOP_WORDS,
# scikit-learn 1.9.1, BSD-3-Clause licence; the list itself is from the Glasgow Information Retrieval
# Group), copied here so that counting words does not import scikit-learn (about a second, paid
# again by every worker process). tests/test_words.py checks it against the installed scikit-learn.
ENGLISH_STOP_WORDS = frozenset({
    "a", "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost", "alone",
    "along", "already", "also", "although", "always", "am", "among", "amongst", "amoungst", "amount", "an",
    "and", "another", "any", "anyhow", "anyone", "anything", "anyway", "anywhere", "are", "around", "as",
    "at", "back", "be", "became", "because", "become", "becomes", "becoming", "been", "before",
    "beforehand", "behind", "being", "below", "beside", "besides", "between", "beyond", "bill", "both",
    "bottom", "but", "by", "call", "can", "cannot", "cant", "co", "con", "could", "couldnt", "cry", "de",
    "describe", "detail", "do", "done", "down", "due", "during", "each", "eg", "eight", "either", "eleven",
    "else", "elsewhere", "empty", "enough", "etc", "even", "ever", "every", "everyone", "everything",
    "everywhere", "except", "few", "fifteen", "fifty", "fill", "find", "fire", "first", "five", "for",
    "former", "formerly", "forty", "found", "four", "from", "front", "full", "further", "get", "give",
    "go", "had", "has", "hasnt", "have", "he", "hence", "her", "here", "hereafter", "hereby", "herein",
    "hereupon", "hers", "herself", "him", "himself", "his", "how", "however", "hundred", "i", "ie", "if",
    "in", "inc", "indeed", "interest", "into", "is", "it", "its", "itself", "keep", "last", "latter",
    "latterly", "least", "less", "ltd", "made", "many", "may", "me", "meanwhile", "might", "mill", "mine",
    "more", "moreover", "most", "mostly", "move", "much", "must", "my", "myself", "name", "namely",
    "neither", "never", "nevertheless", "next", "nine", "no", "nobody", "none", "noone", "nor", "not",
    "nothing", "now", "nowhere", "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other",
    "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "part", "per", "perhaps",
    "please", "put", "rather", "re", "same", "see", "seem", "seemed", "seeming", "seems", "serious",
    "several", "she", "should", "show", "side", "since", "sincere", "six", "sixty", "so", "some",
    "somehow", "someone", "something", "sometime", "sometimes", "somewhere", "still", "such", "system",
    "take", "ten", "than", "that", "the", "their", "them", "themselves", "then", "thence", "there",
    "thereafter", "thereby", "therefore", "therein", "thereupon", "these", "they", "thick", "thin",
    "third", "this", "those", "though", "three", "through", "throughout", "thru", "thus", "to", "together",
    "too", "top", "toward", "towards", "twelve", "twenty", "two", "un", "under", "until", "up", "upon",
    "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "whence", "whenever",
    "where", "whereafter", "whereas", "whereby", "wherein", "whereupon", "wherever", "whether", "which",
    "while", "whither", "who", "whoever", "whole", "whom", "whose", "why", "will", "with", "within",
    "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
})

# scikit-learn's English list plus contraction stems and chat filler seen in comment sections.
STOPWORDS = ENGLISH_STOP_WORDS | {
    "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "wouldn", "shouldn", "couldn",
    "can", "just", "like", "really", "im", "ive", "youre", "thats", "dont", "got", "get", "lol",
    "yeah", "ok", "oh", "ll", "ve", "re", "say", "said", "know", "think", "want",
}
_TOKEN = re.compile(r"[A-Za-zÀ-ɏ]+(?:'[A-Za-z]+)?")
MIN_LENGTH = 3


KNOWN_CHUNKS = 1 << 16  # distinct blank-separated chunks whose content words are kept


def content_words(text: str) -> list[str]:
    """The content words of one text, in order, lower-cased (stopwords and short words left out)."""
    # No word spans a blank, so each distinct blank-separated chunk is read once and its words kept.
    chunks = normalise_text(text or "").split()
    known: list[tuple[str, ...] | None] = list(map(_known_chunks.get, chunks))
    if None in known:  # a chunk not seen before (or since the cache was last emptied)
        return [word for words, chunk in zip(known, chunks, strict=True)
                for word in (words if words is not None else _chunk_words(chunk))]
    return [word for words in cast(list[tuple[str, ...]], known) for word in words]


_known_chunks: dict[str, tuple[str, ...]] = {}


def _chunk_words(chunk: str) -> tuple[str, ...]:
    """The content words of one chunk without blanks, kept for the next time."""
    words = (token.lower().split("'")[0] for token in _TOKEN.findall(chunk))
    found = tuple(word for word in words if len(word) >= MIN_LENGTH and word not in STOPWORDS)
    if len(_known_chunks) >= KNOWN_CHUNKS:
        _known_chunks.clear()
    _known_chunks[chunk] = found
    return found


def word_frequencies(texts: Iterable[str], limit: int = 150) -> dict[str, int]:
    """The most frequent content words (single words, so no collocation appears twice)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(content_words(text))
    return dict(counts.most_common(limit))
