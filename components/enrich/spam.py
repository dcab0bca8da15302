"""Spam: a score from general signals, each with the words that explain it.

Rule signals and the learned model's probability combine as a noisy-or:
score = 1 - (1 - p_model) * prod(1 - weight of each rule signal that fires).
"""

import re
import zlib
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from ..core.repair import normalise_text
from .spam_model import SpamModel, load_model

__all__ = ["SpamResult", "score_spam", "score_comments", "score_local", "score_global", "combine",
           "combine_all", "rule_signals", "SIGNALS", "symbol_garbage"]


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
                            r"home|earn(?:ed|ing)? (?:\$|money|cash|up to)|extra (?:income|cash)|"
                            r"payouts?|is paying|hiring now|part[- ]time|make money|free money|"
                            r"easy money|online jobs?|home jobs?)\b"),
          0.35, "reads like a money or job offer"),
    Signal("self_promotion", _rx(r"\b(?:check (?:out )?(?:my|our|this|it)|my (?:channel|page|"
                                 r"video|music|song|blog|site|website)|subscribe|sub to|follow me|"
                                 r"visit (?:my|our)|please (?:like|share|support|watch)|"
                                 r"give (?:me|it) a (?:chance|try|like)|thumbs up)\b"),
          0.55, "promotes the author's own channel or page"),
    Signal("call_to_action", _rx(r"\b(?:click (?:here|the link|on)|sign up|join now|limited offer|"
                                 r"win (?:a|an|free)|giveaway|promo code)\b"),
          0.35, "pushes the reader to act"),
)
# Symbol garbage: long runs of symbols or repeated punctuation, or mostly non-letters.
_SYMBOL_RUN = re.compile(r"[^\w\s]{8,}")
_SYMBOL_WEIGHT = 0.3
# Near-duplicates: the same body (rapidfuzz ratio) posted under another author.
NEAR_DUPLICATE_RATIO = 90
NEAR_DUPLICATE_MIN_CHARS = 40
_DUPLICATE_BLOCK = 512  # rows of the similarity matrix computed at once
# Up to this many long comments every pair is compared; beyond it the search is bounded
# (MinHash blocking): a comment is compared only with comments that share one of its
# _MINHASH_KEYS smallest salted hashes of word pairs — texts a few words apart share most word
# pairs, so they share a key with near certainty — and with at most _BLOCK_PARTNERS of those.
ALL_PAIRS_LIMIT = 1_000  # all pairs of 1,000 long comments take about a second of CPU
_MINHASH_SALTS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                  0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53)
_BLOCK_PARTNERS = 200
_WORD = re.compile(r"\w+")
_DUPLICATE_WEIGHT = 0.45
# The model's probability is named in the reason from this value on.
MODEL_REASON_FROM = 0.3


@dataclass(frozen=True)
class SpamResult:
    """A spam score with its verdict and reason."""

    score: float
    is_spam: bool
    reason: str


def symbol_garbage(text: str) -> bool:
    """Long runs of symbols, or a text that is mostly not letters."""
    letters = sum(ch.isalpha() for ch in text)
    return bool(_SYMBOL_RUN.search(text)) or (len(text) > 20 and letters < 0.5 * len(text))


def combine(fired: list[tuple[float, str]], model_p: float, threshold: float) -> SpamResult:
    """The noisy-or of the rule signals and the model's probability, with the reason in words."""
    keep = 1.0 - model_p
    for weight, _ in fired:
        keep *= 1.0 - weight
    score = round(1.0 - keep, 3)
    reasons = [r for _, r in fired]
    if model_p >= MODEL_REASON_FROM:
        reasons.append(f"the spam model trained on YouTube comments gives it {model_p:.2f}")
    if not reasons:
        return SpamResult(score, False, "No spam signal: no link, offer, promotion or garbage.")
    verdict = "Spam" if score >= threshold else "Not spam, though it"
    return SpamResult(score, score >= threshold, f"{verdict}: {'; '.join(reasons)}.")


def rule_signals(text: str, duplicate_of: str = "") -> list[tuple[float, str]]:
    """(weight, reason) for each rule signal that fires on a comment."""
    clean = normalise_text(text)
    fired = [(s.weight, s.reason) for s in SIGNALS if s.pattern.search(clean)] if clean else []
    if clean and symbol_garbage(clean):
        fired.append((_SYMBOL_WEIGHT, "has runs of symbol garbage"))
    if duplicate_of:
        fired.append((_DUPLICATE_WEIGHT, f"repeats a comment posted by {duplicate_of}"))
    return fired


def combine_all(texts: list[str], rules: list[list[tuple[float, str]]],
                model: SpamModel) -> list[SpamResult]:
    """Each text's rule signals combined with the model's probability (none for empty text)."""
    probabilities = model.probability(texts)
    return [combine(fired, float(p) if text.strip() else 0.0, model.threshold)
            for text, fired, p in zip(texts, rules, probabilities, strict=True)]


def score_spam(text: str, duplicate_of: str = "") -> SpamResult:
    """Score one comment; duplicate_of names another author who posted the same body."""
    return combine_all([text], [rule_signals(text, duplicate_of)], load_model())[0]


def _first_other_author(i: int, candidates: list[int], row: np.ndarray, eligible: list[int],
                        authors: list[str]) -> str:
    return next((authors[eligible[candidates[c]]] for c in np.flatnonzero(row)
                 if eligible[candidates[c]] != i and authors[eligible[candidates[c]]] != authors[i]), "")


def _minhash_keys(text: str) -> list[tuple[int, int]]:
    """(salt number, smallest salted hash of the text's word pairs) for each salt."""
    words = _WORD.findall(text)
    # crc32, not hash(): Python salts str hashes per process, and a rebuild must give the same
    pairs = {zlib.crc32(f"{a} {b}".encode()) for a, b in zip(words, words[1:], strict=False)}
    pairs = pairs or {zlib.crc32(text.encode())}
    return [(n, min(h ^ salt for h in pairs)) for n, salt in enumerate(_MINHASH_SALTS)]


def _partners(pool: list[str]) -> list[list[int]]:
    """For each pooled text, the pool positions it is compared with (beyond ALL_PAIRS_LIMIT)."""
    blocks: dict[tuple[int, int], list[int]] = defaultdict(list)
    keys = [_minhash_keys(text) for text in pool]
    for n, text_keys in enumerate(keys):
        for key in text_keys:
            blocks[key].append(n)
    partners: list[list[int]] = [[] for _ in pool]
    for members in blocks.values():
        if len(members) > 1:
            for n in members:
                partners[n].extend(members[:_BLOCK_PARTNERS])
    return [sorted(set(found)) for found in partners]


def near_duplicate_authors(texts: list[str], authors: list[str]) -> list[str]:
    """For each text, the first other author whose text is nearly the same (or '').

    Up to ALL_PAIRS_LIMIT long texts, all pairs are compared in rapidfuzz's C++ (cdist), a block
    of rows at a time; above it, each text only with the partners _partners gives it (linear)."""
    keys = [normalise_text(t).lower() for t in texts]
    found = [""] * len(texts)
    eligible = [i for i, key in enumerate(keys) if len(key) >= NEAR_DUPLICATE_MIN_CHARS]
    pool = [keys[i] for i in eligible]
    if len(pool) <= ALL_PAIRS_LIMIT:
        everyone = list(range(len(pool)))
        for start in range(0, len(pool), _DUPLICATE_BLOCK):
            scores = process.cdist(pool[start:start + _DUPLICATE_BLOCK], pool, scorer=fuzz.ratio,
                                   score_cutoff=NEAR_DUPLICATE_RATIO, workers=-1)
            for offset, row in enumerate(scores):
                i = eligible[start + offset]
                found[i] = _first_other_author(i, everyone, row, eligible, authors)
        return found
    for n, candidates in enumerate(_partners(pool)):
        row = process.cdist([pool[n]], [pool[c] for c in candidates], scorer=fuzz.ratio,
                            score_cutoff=NEAR_DUPLICATE_RATIO)[0]
        found[eligible[n]] = _first_other_author(eligible[n], candidates, row, eligible, authors)
    return found


def _rule_mask(text: str) -> int:
    """The rule signals (without the duplicate rule) that fire on a text, as bits in SIGNALS order."""
    clean = normalise_text(text)
    if not clean:
        return 0
    mask = sum(1 << n for n, s in enumerate(SIGNALS) if s.pattern.search(clean))
    return mask | (1 << len(SIGNALS)) if symbol_garbage(clean) else mask


def _fired(mask: int, duplicate_of: str) -> list[tuple[float, str]]:
    """(weight, reason) of the signals in mask, then the duplicate rule: rule_signals' order."""
    fired = [(s.weight, s.reason) for n, s in enumerate(SIGNALS) if mask >> n & 1]
    if mask >> len(SIGNALS) & 1:
        fired.append((_SYMBOL_WEIGHT, "has runs of symbol garbage"))
    if duplicate_of:
        fired.append((_DUPLICATE_WEIGHT, f"repeats a comment posted by {duplicate_of}"))
    return fired


def score_local(comments: pd.DataFrame) -> pd.DataFrame:
    """The per-comment part of spam scoring, for one document (or any batch): the model's
    probability (_spam_model) and the rule signals but the duplicate rule (_spam_rules, bits)."""
    texts = comments["text"].fillna("").astype(str).tolist()
    probabilities = load_model().probability(texts)
    return pd.DataFrame({
        "_spam_model": [float(p) if t.strip() else 0.0 for t, p in zip(texts, probabilities, strict=True)],
        "_spam_rules": np.array([_rule_mask(t) for t in texts], dtype=np.int64),
    }, index=comments.index)


def score_global(local: pd.DataFrame, authors: pd.Series, texts: pd.Series) -> pd.DataFrame:
    """is_spam, spam_score and spam_reason for a whole corpus, from the concatenated score_local
    outputs (same order as authors and texts): near-duplicates across the corpus, then the noisy-or."""
    duplicates = near_duplicate_authors(texts.fillna("").astype(str).tolist(), authors.astype(str).tolist())
    threshold = load_model().threshold
    results = [combine(_fired(int(mask), d), float(p), threshold)
               for mask, p, d in zip(local["_spam_rules"], local["_spam_model"], duplicates, strict=True)]
    return pd.DataFrame({
        "is_spam": [r.is_spam for r in results],
        "spam_score": [r.score for r in results],
        "spam_reason": [r.reason for r in results],
    }, index=local.index)


def score_comments(comments: pd.DataFrame) -> pd.DataFrame:
    """is_spam, spam_score and spam_reason for every comment of a corpus."""
    return score_global(score_local(comments), comments["author"], comments["text"])
