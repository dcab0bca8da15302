"""Word counts for the word cloud: the stop-word list kept in the repo, and what is counted."""

import subprocess
import sys

import pytest

from components.enrich.words import ENGLISH_STOP_WORDS, STOPWORDS, content_words, word_frequencies


def test_the_kept_stop_words_are_scikit_learns() -> None:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    assert ENGLISH_STOP_WORDS == text.ENGLISH_STOP_WORDS


def test_counting_words_does_not_import_scikit_learn() -> None:
    code = "import sys, components.enrich.words; print('sklearn' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(("text", "expected"), [
    ("The nurses deserve a fair pay offer", ["nurses", "deserve", "fair", "pay", "offer"]),
    ("I don't think they'll win, lol", ["win"]),                # stop words, contraction stems, filler
    ("Éléonore était là", ["éléonore", "était"]),                # Latin letters with accents are kept
    ("Это не латиница at all", []),                             # other scripts are left out
    ("", []),
])
def test_content_words(text: str, expected: list[str]) -> None:
    assert content_words(text) == expected


def test_word_frequencies_counts_and_limits() -> None:
    texts = ["pay offer now", "pay offer", "pay rise"]
    assert word_frequencies(texts) == {"pay": 3, "offer": 2, "rise": 1}
    assert word_frequencies(texts, limit=1) == {"pay": 3}
    assert {"the", "don", "lol"} <= STOPWORDS
