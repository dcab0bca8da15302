"""Spam: a score from general signals, each with the words that explain it.

Rule signals and the learned model's probability combine as a noisy-or:
score = 1 - (1 - p_model) * prod(1 - weight of each rule signal that fires).
"""

import re
import string
import threading
from dataclasses import dataclass

import numpy as np
import pandas as pd
import re2

from ..core.repair import normalise_text
from .near_duplicates import first_other_authors
from .near_duplicates import signatures as near_duplicate_signatures
from .spam_model import SpamModel, load_model, model_text

__all__ = ["SpamResult", "score_spam", "score_comments", "score_local", "score_global", "combine",
           "combine_all", "rule_signals", "rule_mask", "near_duplicate_authors", "SIGNALS", "symbol_garbage",
           "spam_without_duplicates"]


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
# Most comments fire no signal, so ASCII text (most of it, once normalised) is first searched in
# lower case for all patterns at once with RE2, a DFA about ten times faster than re here; on
# ASCII text without \v or \x1c-\x1f (normalise_text makes every run of whitespace one space) its
# \b, \w, \d and \s mean what re's do. Only when it finds something are the signals checked one by
# one, with re, so the verdict is re's. Other text goes straight to the patterns as written.
_ANY_LOWER = re2.compile("|".join(f"(?:{s.pattern.pattern})" for s in SIGNALS))
_LOWER_PATTERNS = tuple(re.compile(s.pattern.pattern) for s in SIGNALS)
_PATTERNS = tuple(s.pattern for s in SIGNALS)
_ASCII_LETTERS = string.ascii_letters.encode()
# Near-duplicates (components.enrich.near_duplicates): the same body posted under another author.
_DUPLICATE_WEIGHT = 0.45
# The model's probability is named in the reason from this value on.
MODEL_REASON_FROM = 0.3


@dataclass(frozen=True)
class SpamResult:
    """A spam score with its verdict and reason."""

    score: float
    is_spam: bool
    reason: str


def _letters(text: str) -> int:
    """How many characters of text are letters (str.isalpha)."""
    if text.isascii():
        return len(text) - len(text.encode().translate(None, _ASCII_LETTERS))
    return sum(map(str.isalpha, text))


def symbol_garbage(text: str) -> bool:
    """Long runs of symbols, or a text that is mostly not letters."""
    return bool(_SYMBOL_RUN.search(text)) or (len(text) > 20 and _letters(text) < 0.5 * len(text))


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


def near_duplicate_authors(texts: list[str], authors: list[str]) -> list[str]:
    """For each text, the first other author whose text is nearly the same (or '')."""
    exact, bands = near_duplicate_signatures([model_text(t) for t in texts])
    return first_other_authors(exact, bands, authors, texts.__getitem__)


def rule_mask(clean: str) -> int:
    """The rule signals (but the duplicate rule) that fire on a normalised text, as bits in SIGNALS
    order, then symbol garbage."""
    if not clean:
        return 0
    mask = 0
    if not clean.isascii():
        mask = sum(1 << n for n, pattern in enumerate(_PATTERNS) if pattern.search(clean))
    elif _ANY_LOWER.search(lower := clean.lower()):
        mask = sum(1 << n for n, pattern in enumerate(_LOWER_PATTERNS) if pattern.search(lower))
    return mask | (1 << len(SIGNALS)) if symbol_garbage(clean) else mask


def _fired(mask: int, duplicate_of: str) -> list[tuple[float, str]]:
    """(weight, reason) of the signals in mask, then the duplicate rule: rule_signals' order."""
    fired = [(s.weight, s.reason) for n, s in enumerate(SIGNALS) if mask >> n & 1]
    if mask >> len(SIGNALS) & 1:
        fired.append((_SYMBOL_WEIGHT, "has runs of symbol garbage"))
    if duplicate_of:
        fired.append((_DUPLICATE_WEIGHT, f"repeats a comment posted by {duplicate_of}"))
    return fired


def _distinct_texts(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """The distinct texts in order of first appearance, and for each text its number among them."""
    numbers: dict[str, int] = {}
    where = np.fromiter((numbers.setdefault(t, len(numbers)) for t in texts), np.int64, count=len(texts))
    return list(numbers), where


def _score_texts(texts: list[str]) -> list[tuple[float, int, int, bytes]]:
    """(model probability, rule bits, exact key, band keys) of each text, computed for the batch."""
    clean = [normalise_text(t) for t in texts]
    keys = [c.lower() for c in clean]
    probability = load_model().probability_of_keys(keys)
    exact, bands = near_duplicate_signatures(keys)
    return [(float(p) if t.strip() else 0.0, rule_mask(c), e, b)
            for t, c, p, e, b in zip(texts, clean, probability, exact, bands, strict=True)]


# Texts already scored in this process (the same comment posted under many articles is scored
# once); bounded, the oldest forgotten first. The values depend only on the text.
_SCORED: dict[str, tuple[float, int, int, bytes]] = {}
_SCORED_LIMIT = 20_000
_SCORED_LOCK = threading.Lock()  # dashboard sessions check uploads in threads


def _scored(texts: list[str]) -> list[tuple[float, int, int, bytes]]:
    """_score_texts of each distinct text, from _SCORED where it is there."""
    with _SCORED_LOCK:
        known = {t: _SCORED[t] for t in texts if t in _SCORED}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    fresh = dict(zip(missing, _score_texts(missing), strict=True))
    with _SCORED_LOCK:
        for text, values in fresh.items():
            if len(_SCORED) >= _SCORED_LIMIT:
                del _SCORED[next(iter(_SCORED))]
            _SCORED[text] = values
    return [fresh[t] if t in fresh else known[t] for t in texts]


def score_local(comments: pd.DataFrame) -> pd.DataFrame:
    """The per-comment part of spam scoring, for one document (or any batch), each distinct text
    scored once: the model's probability (_spam_model), the rule signals but the duplicate rule
    (_spam_rules, bits of rule_mask) and the near-duplicate signature (_spam_key, _spam_bands)."""
    texts = [t if isinstance(t, str) else "" if pd.isna(t) else str(t) for t in comments["text"].tolist()]
    distinct, where = _distinct_texts(texts)
    probability, rules, exact, bands = zip(*_scored(distinct), strict=True) if distinct else ((), (), (), ())
    return pd.DataFrame({
        "_spam_model": np.array(probability, dtype=np.float64)[where],
        "_spam_rules": np.array(rules, dtype=np.int64)[where],
        "_spam_key": np.array(exact, dtype=np.int64)[where],
        "_spam_bands": np.array(bands, dtype=object)[where],
    }, index=comments.index)


def score_global(local: pd.DataFrame, authors: pd.Series, texts: pd.Series) -> pd.DataFrame:
    """is_spam, spam_score and spam_reason for a whole corpus, from the concatenated score_local
    outputs (same order as authors and texts): near-duplicates across the corpus, then the noisy-or.
    Texts are read only for near-duplicate candidates."""
    def text_of(i: int) -> str:
        return str(texts.iat[i]) if pd.notna(texts.iat[i]) else ""

    duplicates = first_other_authors(local["_spam_key"].tolist(), local["_spam_bands"].tolist(),
                                     authors.astype(str).tolist(), text_of)
    results = _combined(local, duplicates)
    return pd.DataFrame({
        "is_spam": [r.is_spam for r in results],
        "spam_score": [r.score for r in results],
        "spam_reason": [r.reason for r in results],
    }, index=local.index)


def spam_without_duplicates(local: pd.DataFrame) -> pd.Series:
    """is_spam as one document's own signals decide it (score_local's columns), before the
    near-duplicate rule that needs the whole corpus."""
    return pd.Series([r.is_spam for r in _combined(local, [""] * len(local))], index=local.index, dtype=bool)


def _combined(local: pd.DataFrame, duplicates: list[str]) -> list[SpamResult]:
    """Each comment's local signals (score_local's columns) and the author it repeats ('' for none),
    combined by the noisy-or."""
    threshold = load_model().threshold
    return [combine(_fired(int(mask), d), float(p), threshold)
            for mask, p, d in zip(local["_spam_rules"], local["_spam_model"], duplicates, strict=True)]


def score_comments(comments: pd.DataFrame) -> pd.DataFrame:
    """is_spam, spam_score and spam_reason for every comment of a corpus."""
    return score_global(score_local(comments), comments["author"], comments["text"])
