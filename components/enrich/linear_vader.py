"""VADER with its quadratic steps made linear, scores unchanged.

vaderSentiment 3.3.2 lower-cases the whole text once per sentiment word (negation and idiom
checks) and looks every score up with list.index (the "but" rule), so a 10,000-word comment took
about 6 s and a 40,000-word one over 200 s. These overrides compute the same numbers: the checks
see only the words they read, and the "but" rule finds the same first positions through an index.
It also rebuilds every text character by character to replace emojis (a fifth of its time on
comments); a text without an emoji is scored as it is.
"""

from heapq import heappop, heappush
from typing import Any

from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

__all__ = ["LinearVader"]

_BEHIND = 3  # the checks read at most three words before the sentiment word ...
_AHEAD = 2   # ... and two after it


class LinearVader(SentimentIntensityAnalyzer):
    """SentimentIntensityAnalyzer whose work grows linearly with the text."""

    def __init__(self) -> None:
        super().__init__()
        # The emoji pass looks at one character at a time, so only one-character keys can match.
        self.emoji_chars = frozenset(key for key in self.emojis if len(key) == 1)

    def polarity_scores(self, text: Any) -> Any:
        """VADER's neg/neu/pos/compound; a text without an emoji skips the emoji pass, which would
        copy it unchanged. The rest is vaderSentiment 3.3.2's polarity_scores."""
        if not isinstance(text, str) or not self.emoji_chars.isdisjoint(text):
            return super().polarity_scores(text)
        text = text.strip()
        sentitext = SentiText(text)
        sentiments: list[float] = []
        words_and_emoticons = sentitext.words_and_emoticons
        last = len(words_and_emoticons) - 1
        for i, item in enumerate(words_and_emoticons):
            lower = item.lower()
            # Boosters, "kind of" and words outside the lexicon score 0 (sentiment_valence gives a
            # word outside the lexicon 0 too, so it is not asked).
            if lower in BOOSTER_DICT or lower not in self.lexicon or (
                    lower == "kind" and i < last and words_and_emoticons[i + 1].lower() == "of"):
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)

    @staticmethod
    def _negation_check(valence: float, words_and_emoticons: list[str], start_i: int, i: int) -> Any:
        low = max(0, i - _BEHIND)
        return SentimentIntensityAnalyzer._negation_check(
            valence, words_and_emoticons[low:i + 1], start_i, i - low)

    @staticmethod
    def _special_idioms_check(valence: float, words_and_emoticons: list[str], i: int) -> Any:
        low = max(0, i - _BEHIND)
        return SentimentIntensityAnalyzer._special_idioms_check(
            valence, words_and_emoticons[low:i + _AHEAD + 1], i - low)

    @staticmethod
    def _but_check(words_and_emoticons: list[str], sentiments: list[float]) -> list[float]:
        """VADER's rule, exactly: for each position in turn, the first position holding the same
        score (list.index) is halved before the first "but" and scaled by 1.5 after it."""
        lowered = [str(w).lower() for w in words_and_emoticons]
        if "but" not in lowered:
            return sentiments
        but = lowered.index("but")
        holders: dict[float, list[int]] = {}  # score -> heap of positions that held it (some stale)
        for k, value in enumerate(sentiments):
            heap = holders.setdefault(value, [])
            heappush(heap, k)
            while sentiments[heap[0]] != value:
                heappop(heap)
            first = heap[0]
            if first == but:
                continue
            sentiments[first] = value * 0.5 if first < but else value * 1.5
            heappush(holders.setdefault(sentiments[first], []), first)
        return sentiments
