"""vaderSentiment 3.3.2's scores, exactly, in one lean pass over the words.

vaderSentiment lower-cases the whole word list again for every check around every sentiment word,
builds a SentiText object and a dict per text, rebuilds every text character by character to
replace emojis, and applies its "but" rule through list.index (quadratic). FastVader computes the
same numbers (== on all four floats) with the same arithmetic in the same order, but:

- the text is lower-cased and split once; a word is stripped of punctuation once;
- only words in the lexicon are visited, with their neighbours read straight from the list;
- the ALL-CAPS test of the whole text is made only when a capitalised sentiment word asks for it;
- emojis are replaced by one str.translate pass, only in a text that has one;
- the "but" rule finds the same first positions through a heap per score (linear, as before).

Quirks are kept on purpose: a booster that is also a lexicon word boosts nothing, "kind" before
"of" scores 0, "no" before a lexicon word scores 0 and negates the next three words, the "but"
rule halves or raises the *first* position holding each score, and "!"/"?" are counted in the text
after emoji replacement (some emoji descriptions contain them).
"""

import math
import re
import string
from collections.abc import Callable
from heapq import heappop, heappush
from typing import Any

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
)

__all__ = ["FastVader", "Scores"]

Scores = tuple[float, float, float, float]  # neg, neu, pos, compound, rounded as VADER rounds them

_PUNCTUATION = string.punctuation
_NEGATIONS = frozenset(NEGATE)
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")
_ALPHA = 15  # vaderSentiment.normalize's default
# Every word of a multi-word special case or booster: an idiom can only match near one of them.
_IDIOM_WORDS = frozenset(word for key in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in key
                         for word in key.split(" "))
_CACHED_TOKENS = 200_000
_MARK = "\x00"  # marks where an emoji was, to place the space before its description
# Characters whose lower case does not upper-case back to them (İ, K as the Kelvin sign, ẞ, ...);
# all are in the basic plane (the astral planes are treated as special as a whole).
_CASE_ROUND_TRIP_BREAKERS = frozenset(
    char for char in map(chr, range(0x10000))
    if (char.isupper() or char.lower() != char) and char.lower().upper() != char)
_NEUTRAL: Scores = (0.0, 1.0, 0.0, 0.0)
_EMPTY: Scores = (0.0, 0.0, 0.0, 0.0)


class _WordCache(dict[str, str]):
    """Lower-case token -> its SentiText word (see _stripped), filled as tokens come; cleared when
    it holds _CACHED_TOKENS tokens, so memory stays bounded on any vocabulary."""

    def __missing__(self, token: str) -> str:
        if len(self) >= _CACHED_TOKENS:
            self.clear()
        stripped = token.strip(_PUNCTUATION)
        word = self[token] = stripped if len(stripped) > 2 else token
        return word


def _stripped(tokens: list[str]) -> list[str]:
    """SentiText's words: punctuation stripped from both ends unless that leaves two characters or fewer."""
    return [s if len(s := t.strip(_PUNCTUATION)) > 2 else t for t in tokens]


def _but_rule(values: list[float], positions: list[int], but: int) -> None:
    """VADER's "but" rule, in place, on the non-zero scores (zeros stay zero under it): for each
    score in turn, the first position holding the same score (list.index) is halved before the
    first "but" and scaled by 1.5 after it."""
    holders: dict[float, list[int]] = {}  # score -> heap of indices that held it (some stale)
    for k, value in enumerate(values):
        heap = holders.get(value)
        if heap is None:
            heap = holders[value] = []
        heappush(heap, k)
        while values[heap[0]] != value:
            heappop(heap)
        first = heap[0]
        where = positions[first]
        if where == but:
            continue
        changed = values[first] = value * 0.5 if where < but else value * 1.5
        heap = holders.get(changed)
        if heap is None:
            heap = holders[changed] = []
        heappush(heap, first)


def _summarise(values: list[float], words: int, text: str) -> Scores:
    """vaderSentiment's score_valence, given the non-zero scores and the number of words."""
    sum_s = float(sum(values))
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    qm_count = text.count("?")
    qm_amplifier: float = 0
    if qm_count > 1:
        qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
    punct = ep_count * 0.292 + qm_amplifier
    if sum_s > 0:
        sum_s += punct
    elif sum_s < 0:
        sum_s -= punct
    compound = sum_s / math.sqrt((sum_s * sum_s) + _ALPHA)
    if compound < -1.0:
        compound = -1.0
    elif compound > 1.0:
        compound = 1.0
    pos_sum = 0.0
    neg_sum = 0.0
    for value in values:
        if value > 0:
            pos_sum += (value + 1)
        else:
            neg_sum += (value - 1)
    neg_abs = math.fabs(neg_sum)
    if pos_sum > neg_abs:
        pos_sum += punct
    elif pos_sum < neg_abs:
        neg_sum -= punct
    neu_count = words - len(values)
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return (round(math.fabs(neg_sum / total), 3), round(math.fabs(neu_count / total), 3),
            round(math.fabs(pos_sum / total), 3), round(compound, 4))


class FastVader:
    """VADER's polarity scores, equal to SentimentIntensityAnalyzer's, several times faster."""

    def __init__(self) -> None:
        self.reference = SentimentIntensityAnalyzer()
        self.lexicon: dict[str, float] = self.reference.lexicon
        self.emojis: dict[str, str] = self.reference.emojis
        # The library replaces one character at a time, so only one-character keys can match.
        self.emoji_chars = frozenset(key for key in self.emojis if len(key) == 1)
        self._emoji_table = {ord(key): _MARK + self.emojis[key] for key in self.emoji_chars}
        # The marks are then replaced by spaces, which takes descriptions that neither hold a
        # mark nor end with a space (true of vaderSentiment 3.3.2's; else the library's loop runs).
        self._marks_work = not any(_MARK in self.emojis[key] or self.emojis[key].endswith(" ")
                                   for key in self.emoji_chars)
        # Where a text has none of these, it has no emoji and `word.upper() in text` is a sound
        # first test of an ALL-CAPS word (astral characters are matched as one range: a regex
        # character class checks astral members one by one).
        bmp = sorted(char for char in self.emoji_chars | _CASE_ROUND_TRIP_BREAKERS if ord(char) <= 0xFFFF)
        self._special = re.compile("[" + "".join(map(re.escape, bmp)) + "\U00010000-\U0010FFFF]")
        self._word_of = _WordCache().__getitem__
        # Boosters score 0 themselves, even where they are lexicon words too.
        self._scored = {word: value for word, value in self.lexicon.items() if word not in BOOSTER_DICT}

    def polarity_scores(self, text: Any) -> dict[str, float]:
        """{"neg", "neu", "pos", "compound"} as vaderSentiment returns them."""
        if not isinstance(text, str):
            return dict(self.reference.polarity_scores(text))
        neg, neu, pos, compound = self.scores(text)
        return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}

    def replace_emojis(self, text: str) -> str:
        """The library's emoji pass: each emoji becomes its description, after a space unless
        it starts the text or follows a space."""
        if _MARK in text or not self._marks_work:
            return _replace_emojis_slowly(text, self.emojis)
        marked = text.translate(self._emoji_table)
        if marked.startswith(_MARK):
            marked = marked[1:]
        return marked.replace(" " + _MARK, " ").replace(_MARK, " ")

    def scores(self, text: str) -> Scores:
        """(neg, neu, pos, compound) of a text, as vaderSentiment's polarity_scores gives them."""
        text, words, capital = self.read(text)
        count = len(words)
        if not count:
            return _EMPTY
        scored = self._scored
        hits = [i for i, w in enumerate(words) if w in scored]
        if not hits:
            return _NEUTRAL
        values, positions = self._valences(words, capital, hits)
        if not values:
            return _NEUTRAL
        if "but" in words:
            _but_rule(values, positions, words.index("but"))
        return _summarise(values, count, text)

    def read(self, text: str) -> tuple[str, list[str], Callable[[int], bool] | None]:
        """The text after the emoji pass, its words lower-cased (SentiText's words_and_emoticons),
        and whether the word at a position counts as ALL CAPS (None: no word is in capitals)."""
        plain = text.isascii() or self._special.search(text) is None
        if not plain and not self.emoji_chars.isdisjoint(text):
            text = self.replace_emojis(text)
        lowered = text.lower()
        if len(lowered) != len(text):
            # "İ" is the one character lower-casing lengthens: strip first, as SentiText does.
            originals = _stripped(text.split())
            return text, [w.lower() for w in originals], _capital_test(originals)
        # Otherwise the lowered text splits and strips into the lowered words.
        words = list(map(self._word_of, lowered.split()))
        if not plain:
            return text, words, _capital_test(text.split())
        if lowered == text and text.isascii():
            return text, words, None
        return text, words, _lazy_capital_test(text, words)

    def _valences(self, words: list[str], capital: Callable[[int], bool] | None,
                  hits: list[int]) -> tuple[list[float], list[int]]:
        """The non-zero valences of the lexicon words at `hits` and their positions."""
        lexicon = self.lexicon
        scored = self._scored
        boosters = BOOSTER_DICT
        last = len(words) - 1
        has_no = "no" in words
        negations = _NEGATIONS
        idiom_words = _IDIOM_WORDS
        values: list[float] = []
        positions: list[int] = []
        for i in hits:
            word = words[i]
            if word == "kind" and i < last and words[i + 1] == "of":
                continue
            valence = first = scored[word]
            if has_no:
                if word == "no" and i != last and words[i + 1] in lexicon:
                    valence = 0.0
                if (i > 0 and words[i - 1] == "no") or (i > 1 and words[i - 2] == "no") or (
                        i > 2 and words[i - 3] == "no" and words[i - 1] in _OR_NOR):
                    valence = first * N_SCALAR
            if capital is not None and capital(i):
                if valence > 0:
                    valence += C_INCR
                else:
                    valence -= C_INCR
            if i > 0:
                before = words[i - 1]
                if before not in lexicon:
                    boost = boosters.get(before)
                    if boost is not None:
                        valence = valence + _scalar(boost, valence, capital is not None and capital(i - 1))
                    if before in negations or "n't" in before:
                        valence = valence * N_SCALAR
                if i > 1:
                    before = words[i - 2]
                    if before not in lexicon:
                        boost = boosters.get(before)
                        if boost is not None:
                            valence = valence + _scalar(
                                boost, valence, capital is not None and capital(i - 2)) * 0.95
                        if before == "never" and words[i - 1] in _SO_THIS:
                            valence = valence * 1.25
                        elif before == "without" and words[i - 1] == "doubt":
                            pass
                        elif before in negations or "n't" in before:
                            valence = valence * N_SCALAR
                    if i > 2:
                        before = words[i - 3]
                        if before not in lexicon:
                            boost = boosters.get(before)
                            if boost is not None:
                                valence = valence + _scalar(
                                    boost, valence, capital is not None and capital(i - 3)) * 0.9
                            if (before == "never" and words[i - 2] in _SO_THIS) or words[i - 1] in _SO_THIS:
                                valence = valence * 1.25
                            elif before == "without" and (words[i - 2] == "doubt" or words[i - 1] == "doubt"):
                                pass
                            elif before in negations or "n't" in before:
                                valence = valence * N_SCALAR
                            if (before in idiom_words or words[i - 2] in idiom_words
                                    or words[i - 1] in idiom_words
                                    or (i < last and words[i + 1] in idiom_words)):
                                valence = _idioms(valence, words, i, last)
                if words[i - 1] == "least" and "least" not in lexicon and (
                        i == 1 or (words[i - 2] != "at" and words[i - 2] != "very")):
                    valence = valence * N_SCALAR
            if valence:
                values.append(valence)
                positions.append(i)
        return values, positions


def _capital_test(originals: list[str]) -> Callable[[int], bool]:
    """Whether the word at a position is ALL CAPS while some other word is not (SentiText's
    is_cap_diff, computed only when a capitalised word asks)."""
    differential: list[bool] = []

    def capital(i: int) -> bool:
        if not originals[i].isupper():
            return False
        if not differential:
            upper = sum(1 for word in originals if word.isupper())
            differential.append(0 < len(originals) - upper < len(originals))
        return differential[0]

    return capital


def _lazy_capital_test(text: str, words: list[str]) -> Callable[[int], bool]:
    """_capital_test for a text where an ALL-CAPS word is its lower-case word upper-cased again,
    so a word whose upper case is nowhere in the text is not in capitals; the text is split only
    when one is."""
    exact: list[Callable[[int], bool]] = []

    def capital(i: int) -> bool:
        if exact:
            return exact[0](i)
        if words[i].upper() not in text:
            return False
        exact.append(_capital_test(text.split()))
        return exact[0](i)

    return capital


def _replace_emojis_slowly(text: str, emojis: dict[str, str]) -> str:
    """vaderSentiment's emoji loop, for the texts the fast pass cannot take."""
    parts: list[str] = []
    prev_space = True
    for char in text:
        if char in emojis:
            if not prev_space:
                parts.append(" ")
            parts.append(emojis[char])
            prev_space = False
        else:
            parts.append(char)
            prev_space = char == " "
    return "".join(parts)


def _scalar(boost: float, valence: float, capital: bool) -> float:
    """vaderSentiment.scalar_inc_dec for a booster word."""
    scalar = -boost if valence < 0 else boost
    if capital:
        if valence > 0:
            scalar += C_INCR
        else:
            scalar -= C_INCR
    return scalar


def _idioms(valence: float, words: list[str], i: int, last: int) -> float:
    """vaderSentiment's _special_idioms_check (i > 2), for a word with an idiom word near it."""
    one, two, three = words[i - 1], words[i - 2], words[i - 3]
    word = words[i]
    two_one = f"{two} {one}"
    three_two_one = f"{three} {two} {one}"
    three_two = f"{three} {two}"
    for sequence in (f"{one} {word}", f"{two} {one} {word}", two_one, three_two_one, three_two):
        if sequence in SPECIAL_CASES:
            valence = SPECIAL_CASES[sequence]
            break
    if last > i:
        zero_one = f"{word} {words[i + 1]}"
        if zero_one in SPECIAL_CASES:
            valence = SPECIAL_CASES[zero_one]
    if last > i + 1:
        zero_one_two = f"{word} {words[i + 1]} {words[i + 2]}"
        if zero_one_two in SPECIAL_CASES:
            valence = SPECIAL_CASES[zero_one_two]
    for n_gram in (three_two_one, three_two, two_one):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence
