"""The feeling of a sentence: VADER's compound score, without the words that frame a sentence and
praise nobody ("To be fair, ...") and the "like" that compares."""

import re
from functools import lru_cache

from ...core.repair import CACHED_LENGTH
from ..sentiment import analyzer
from .tokens import LAUGHING_FACES


def _compound(text: str) -> float:
    """VADER's compound score of a text (sentences and words recur across comments: kept when short),
    without the laughing faces: the tokens keep them to find laughter at what a sentence echoes
    ("... botched it \U0001F923"), where VADER would read them as joy."""
    if not text.isascii():
        text = _without_laughing_faces(text)
    return _compound_cached(text) if len(text) <= CACHED_LENGTH else _compound_of(text)


def _without_laughing_faces(text: str) -> str:
    if not any(face in text for face in LAUGHING_FACES):
        return text
    return "".join(c for c in text if c not in LAUGHING_FACES)


@lru_cache(maxsize=1 << 14)
def _compound_cached(text: str) -> float:
    return _compound_of(text)


def _compound_of(text: str) -> float:
    # Each pattern runs only where it may match: an ASCII text (whose lower-cased form the
    # patterns' case-insensitive letters then match) without one of the words every match holds
    # is left as it is, the same as running it; other texts (where re folds "K", "ſ" or "ı" to
    # ASCII letters) always run it.
    lower = text.lower() if text.isascii() else None
    if lower is None or any(word in lower for word in _MARKER_WORDS):
        text = _DISCOURSE_MARKERS.sub(" ", text)
        lower = text.lower() if text.isascii() else None
    if lower is None or " like" in lower:
        text = _LIKE_AS_PREPOSITION.sub(r"\1", text)
    return float(analyzer().polarity_scores(text)["compound"])


# "Run like businesses", "looks like a scam", "people like him": "like" compares, it likes nothing
# (VADER scores every "like" as warm).
_LIKE_AS_PREPOSITION = re.compile(
    r"\b(looks?|looked|looking|sounds?|sounded|sounding|feels?|felt|acts?|acted|acting|runs?|ran|running"
    r"|treats?|treated|treating|behaves?|behaved|behaving|seems?|seemed|someone|somebody"
    # not "most people like her", "I just like her": there "like" likes
    r"|(?<!\bmost )(?<!\bmany )(?<!\bsome )(?<!\bof )(?<!\ball )(?<!\bfew )people"
    r"|things|stuff|something|anything|nothing|(?:is|are|was|were|s)\s+just) like\b", re.IGNORECASE)


# Words that frame a sentence and praise nobody ("Honest question, ...", "To be fair, ..."): VADER
# would read "honest" and "fair" as the sentence's feeling.
_DISCOURSE_MARKERS = re.compile(
    r"\b(?:honest question|serious question|genuine question|to be (?:honest|fair)|in (?:all )?fairness"
    r"|honestly|genuinely asking|no offen[cs]e|with (?:all due )?respect"
    r"|thanks for (?:the|this) (?:piece|article|story|report|reporting|coverage)"
    # praise of the article itself, not "a great piece of work" by a side
    r"|(?:really |very )?(?:good|great|nice|excellent) (?:piece|article|reporting|coverage|journalism)"
    r"(?!\s+(?:of|by|from)\b))\b", re.IGNORECASE)
# A word (lower-cased) that every match of _DISCOURSE_MARKERS holds, one for each of its forms.
_MARKER_WORDS = ("question", "to be", "fairness", "honestly", "genuinely", "offen", "respect", "thanks",
                 "piece", "article", "reporting", "coverage", "journalism")
