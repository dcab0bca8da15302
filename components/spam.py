"""Spam: a score from general signals, each with the words that explain it.

Signals combine as a noisy-or: score = 1 - prod(1 - weight of each signal that fires).
"""

import re
from dataclasses import dataclass

import pandas as pd
from rapidfuzz import fuzz

from .repair import normalise_text

__all__ = ["SPAM_THRESHOLD", "SpamResult", "score_spam", "score_comments", "SIGNALS"]

SPAM_THRESHOLD = 0.5


@dataclass(frozen=True)
class Signal:
    """A named spam signal: a pattern, its weight, and the reason shown when it fires."""

    name: str
    pattern: re.Pattern[str]
    weight: float
    reason: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# The rules, strongest first. Sources: common comment-spam templates (link drops, "earn $X per
# hour" job offers, channel promotion), as described for the YouTube Spam Collection (README).
SIGNALS: tuple[Signal, ...] = (
    Signal("link", _rx(r"https?://|www\.|\b[\w-]+\.(?:com|net|org|ly|info|biz|co|tk|ru)(?:/|\b)"),
          0.6, "contains a link"),
    Signal("link_like", _rx(r"\b(?:bit\.ly|goo\.gl|tinyurl|youtu\.be|\.php|\.html?)\b"),
          0.5, "contains link-like text"),
    Signal("money", _rx(r"[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?[$£€]|\b\d+\s?(?:dollars|bucks)\b"),
          0.3, "names sums of money"),
    Signal("job_offer", _rx(r"\b(?:per (?:hour|hr|week|day|month)|weekly payouts?|work(?:ing)? from "
                            r"home|earn(?:ed|ing)?|income|payouts?|paying|hiring|part[- ]time|"
                            r"make money|free money|easy money|jobs?)\b"),
          0.35, "reads like a money or job offer"),
    Signal("self_promotion", _rx(r"\b(?:check (?:out )?(?:my|our|this|it)|my (?:channel|page|"
                                 r"video|music|song|blog|site|website)|subscribe|sub to|follow me|"
                                 r"visit (?:my|our)|please (?:like|share|support|watch)|"
                                 r"give (?:me|it) a (?:chance|try|like)|thumbs up)\b"),
          0.55, "promotes the author's own channel or page"),
    Signal("call_to_action", _rx(r"\b(?:click|go to|sign up|join now|don'?t miss|limited offer|"
                                 r"win (?:a|an|free)|giveaway|promo code)\b"),
          0.35, "pushes the reader to act"),
)
# Symbol garbage: long runs of symbols or repeated punctuation, or mostly non-letters.
_SYMBOL_RUN = re.compile(r"[^\w\s]{8,}")
_SYMBOL_WEIGHT = 0.3
# Near-duplicates: the same body (rapidfuzz ratio) posted under another author.
NEAR_DUPLICATE_RATIO = 90
NEAR_DUPLICATE_MIN_CHARS = 40
_DUPLICATE_WEIGHT = 0.45


@dataclass(frozen=True)
class SpamResult:
    """A spam score with its verdict and reason."""

    score: float
    is_spam: bool
    reason: str


def _symbol_garbage(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return bool(_SYMBOL_RUN.search(text)) or (len(text) > 20 and letters < 0.5 * len(text))


def _combine(fired: list[tuple[float, str]]) -> SpamResult:
    keep = 1.0
    for weight, _ in fired:
        keep *= 1.0 - weight
    score = round(1.0 - keep, 3)
    reasons = [r for _, r in fired]
    if not reasons:
        return SpamResult(0.0, False, "No spam signal: no link, offer, promotion or garbage.")
    verdict = "Spam" if score >= SPAM_THRESHOLD else "Not spam, though it"
    return SpamResult(score, score >= SPAM_THRESHOLD, f"{verdict}: {'; '.join(reasons)}.")


def spam_signals(text: str) -> list[tuple[float, str]]:
    """(weight, reason) for each signal that fires on a comment's own text."""
    fired = [(s.weight, s.reason) for s in SIGNALS if s.pattern.search(text)]
    if _symbol_garbage(text):
        fired.append((_SYMBOL_WEIGHT, "has runs of symbol garbage"))
    return fired


def score_spam(text: str, duplicate_of: str = "") -> SpamResult:
    """Score one comment; duplicate_of names another author who posted the same body."""
    fired = spam_signals(normalise_text(text)) if text.strip() else []
    if duplicate_of:
        fired.append((_DUPLICATE_WEIGHT, f"repeats a comment posted by {duplicate_of}"))
    return _combine(fired)


def near_duplicate_authors(texts: list[str], authors: list[str]) -> list[str]:
    """For each text, another author whose text is nearly the same (or '')."""
    keys = [normalise_text(t).lower() for t in texts]
    found = [""] * len(texts)
    for i, a in enumerate(keys):
        if len(a) < NEAR_DUPLICATE_MIN_CHARS:
            continue
        for j, b in enumerate(keys):
            if i != j and authors[i] != authors[j] and len(b) >= NEAR_DUPLICATE_MIN_CHARS and (
                    fuzz.ratio(a, b) >= NEAR_DUPLICATE_RATIO):
                found[i] = authors[j]
                break
    return found


def score_comments(comments: pd.DataFrame) -> pd.DataFrame:
    """is_spam, spam_score and spam_reason for every comment of a corpus."""
    texts = comments["text"].fillna("").astype(str).tolist()
    duplicates = near_duplicate_authors(texts, comments["author"].astype(str).tolist())
    results = [score_spam(t, d) for t, d in zip(texts, duplicates, strict=True)]
    return pd.DataFrame({
        "is_spam": [r.is_spam for r in results],
        "spam_score": [r.score for r in results],
        "spam_reason": [r.reason for r in results],
    }, index=comments.index)
