"""Stance: which side of the controversy a comment takes, with the cues that decided it.

General cues only; everything story-specific (names, aliases, pronouns, claims) comes from the
corpus config. Scores add up per side; the best side wins when it clears a margin.
"""

import re
from dataclasses import dataclass, field

import pandas as pd

from .config import CorpusConfig, Person
from .repair import normalise_text
from .sentiment import analyzer

__all__ = ["StanceResult", "classify_stance", "classify_comments", "NEUTRAL"]

NEUTRAL = "neutral"

# Phrases that agree with whoever the sentence is about (general English, not story words).
AGREEMENT_PHRASES: tuple[str, ...] = (
    "is right", "'s right", "was right", "is correct", "well said", "valid point", "good point",
    "makes sense", "agree with", "spot on", "brought some sense", "nothing wrong", "has a point",
    "makes a point", "exactly right", "thank you", "good for", "bravo", "respect",
)
# Phrases that disagree with, or insult, whoever the sentence is about.
DISAGREEMENT_PHRASES: tuple[str, ...] = (
    "is wrong", "was wrong", "'s wrong", "shut up", "tone deaf", "doesn't get it", "clueless",
    "idiot", "tool", "douche", "jerk", "hypocrite", "moron", "ass-hole", "asshole", "needs attention",
    "get attention", "pathetic", "disgusting", "ashamed of",
)
# Weights: how much each kind of cue counts towards a side.
W_AGREEMENT = 2.0
W_DISAGREEMENT = 2.0
W_SENTIMENT = 1.0       # times |compound| of a sentence aimed at a side
W_POSITION = 1.0        # each of a side's claims found in the comment
W_PRONOUN = 0.5         # cues aimed at a side only through a pronoun count this fraction
W_REPLY = 1.5
W_CONTINUATION = 1.0
MIN_SCORE = 0.9         # the winning side needs this much evidence ...
MIN_MARGIN = 0.5        # ... and this much more than the runner-up
_PRONOUN_FORMS = {"he": ("he", "him", "his", "he's"), "she": ("she", "her", "she's"),
                  "they": ("they", "them", "their")}


@dataclass
class StanceResult:
    """A stance with its confidence (0-1) and the cues that decided it, in words."""

    stance: str
    confidence: float
    reason: str
    scores: dict[str, float] = field(default_factory=dict)


@dataclass
class _Evidence:
    scores: dict[str, float]
    cues: dict[str, list[str]]

    def add(self, side: str, weight: float, cue: str) -> None:
        self.scores[side] = self.scores.get(side, 0.0) + weight
        self.cues.setdefault(side, []).append(cue)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _phrase_in(phrase: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text, re.I) is not None


def _targets(sentence: str, config: CorpusConfig) -> list[tuple[str, Person, bool]]:
    """(side, person, by_pronoun) for each side the sentence is about."""
    found: list[tuple[str, Person, bool]] = []
    side_of = {s.person.name: s.id for s in config.sides}
    for person in config.everyone:
        side = side_of.get(person.name) or person.side
        if side and any(_phrase_in(n, sentence) for n in person.names if len(n) > 1):
            found.append((side, person, False))
    if not found:
        for each in config.sides:
            pronoun = each.person.pronoun
            same = [s for s in config.sides if s.person.pronoun == pronoun]
            words = _PRONOUN_FORMS.get(pronoun, ())
            if len(same) == 1 and any(_phrase_in(w, sentence) for w in words):
                found.append((each.id, each.person, True))
    return found


def _opponents(side: str, config: CorpusConfig) -> list[str]:
    return [s for s in config.side_ids() if s != side]


def _aimed_cues(sentence: str, config: CorpusConfig, ev: _Evidence) -> None:
    """Agreement, disagreement and sentiment aimed at the sides a sentence names."""
    targets = _targets(sentence, config)
    if len(targets) != 1:  # about nobody, or about both sides at once: no aimed cue
        return
    side, person, by_pronoun = targets[0]
    scale = W_PRONOUN if by_pronoun else 1.0
    who = f"{person.name} (by pronoun)" if by_pronoun else person.name
    agree = [p for p in AGREEMENT_PHRASES if _phrase_in(p, sentence)]
    disagree = [p for p in DISAGREEMENT_PHRASES if _phrase_in(p, sentence)]
    compound = analyzer().polarity_scores(sentence)["compound"]
    if agree and not disagree:
        ev.add(side, W_AGREEMENT * scale, f"agrees with {who} (\"{agree[0]}\")")
    elif disagree:
        for other in _opponents(side, config):
            ev.add(other, W_DISAGREEMENT * scale, f"disagrees with {who} (\"{disagree[0]}\")")
    elif abs(compound) >= 0.3:
        if compound > 0:
            ev.add(side, W_SENTIMENT * compound * scale, f"speaks well of {who} ({compound:+.2f})")
        else:
            for other in _opponents(side, config):
                ev.add(other, W_SENTIMENT * -compound * scale,
                       f"speaks ill of {who} ({compound:+.2f})")


def _position_cues(text: str, config: CorpusConfig, ev: _Evidence) -> None:
    for side in config.sides:
        hits = [c for c in side.position_cues if _phrase_in(c, text)]
        if hits:
            quoted = ", ".join(f'"{h}"' for h in hits[:3])
            ev.add(side.id, W_POSITION * len(hits), f"makes {side.person.name}'s side's claims ({quoted})")


def classify_stance(text: str, config: CorpusConfig) -> StanceResult:
    """The stance of one comment from its own text."""
    ev = _Evidence({}, {})
    clean = normalise_text(text)
    for sentence in _sentences(clean):
        _aimed_cues(sentence, config, ev)
    _position_cues(clean, config, ev)
    return _decide(ev, config)


def _decide(ev: _Evidence, config: CorpusConfig) -> StanceResult:
    if not ev.scores:
        return StanceResult(NEUTRAL, 0.6, "No cue for either side: no side is named with a clear "
                            "attitude and no side's claim is made.", {})
    ranked = sorted(ev.scores.items(), key=lambda kv: kv[1], reverse=True)
    best, score = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    names = {s.id: s.person.name for s in config.sides}
    cues = "; ".join(ev.cues[best])
    if score < MIN_SCORE or score - runner < MIN_MARGIN:
        return StanceResult(NEUTRAL, 0.4,
                            f"Cues too weak or balanced to pick a side ({_summary(ranked, names)}).",
                            dict(ev.scores))
    confidence = round(min(0.99, 0.5 + 0.5 * (score - runner) / (score + runner + 1.0)), 2)
    return StanceResult(best, confidence, f"Sides with {names.get(best, best)}: {cues}.",
                        dict(ev.scores))


def _summary(ranked: list[tuple[str, float]], names: dict[str, str]) -> str:
    return ", ".join(f"{names.get(s, s)} {v:.1f}" for s, v in ranked)


def _addressed(text: str, author: str, earlier: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The earlier commenter (author, stance) this comment addresses by name, if any."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}
    for name, stance in reversed(earlier):
        first = re.findall(r"[A-Za-z]{3,}", name)
        if name != author and first and first[0].lower() in words:
            return name, stance
    return None


def _untargeted_verdict(text: str, config: CorpusConfig) -> bool:
    """An agreement or disagreement phrase that names nobody ("Well said!!")."""
    clean = normalise_text(text)
    phrases = AGREEMENT_PHRASES + DISAGREEMENT_PHRASES
    return any(_phrase_in(p, clean) for p in phrases) and not _targets(clean, config)


def _context_cues(result: StanceResult, text: str, author: str, earlier: list[tuple[str, str]],
                  config: CorpusConfig) -> StanceResult:
    """Replies to a named commenter, and an author continuing their own previous comment."""
    if result.stance != NEUTRAL:
        return result
    ev = _Evidence(dict(result.scores), {})
    addressed = _addressed(text, author, earlier)
    compound = analyzer().polarity_scores(normalise_text(text))["compound"]
    if addressed and addressed[1] != NEUTRAL:
        name, their = addressed
        hostile = compound < 0.3
        sides = _opponents(their, config) if hostile else [their]
        verb = "answers" if not hostile else "rebuffs"
        for side in sides:
            ev.add(side, W_REPLY, f"{verb} {name}, who sided with {their}")
    elif _untargeted_verdict(text, config) and earlier and earlier[-1][0] == author and (
            earlier[-1][1] != NEUTRAL):
        ev.add(earlier[-1][1], W_CONTINUATION,
               f"continues the same author's previous comment, which sided with {earlier[-1][1]}")
    if not ev.cues:
        return result
    decided = _decide(ev, config)
    return decided if decided.stance != NEUTRAL else result


def classify_comments(comments: pd.DataFrame, config: CorpusConfig) -> pd.DataFrame:
    """stance, stance_confidence and stance_reason for each comment, thread order per document."""
    rows: dict[object, StanceResult] = {}
    for _, thread in comments.sort_values(["doc_id", "position"]).groupby("doc_id", sort=False):
        earlier: list[tuple[str, str]] = []
        for idx, row in thread.iterrows():
            text = str(row["text"] or "")
            result = classify_stance(text, config) if text.strip() else StanceResult(
                NEUTRAL, 1.0, "Empty comment: nothing to take a side with.")
            if text.strip():
                result = _context_cues(result, text, str(row["author"]), earlier, config)
            rows[idx] = result
            earlier.append((str(row["author"]), result.stance))
    return pd.DataFrame({
        "stance": [rows[i].stance for i in comments.index],
        "stance_confidence": [rows[i].confidence for i in comments.index],
        "stance_reason": [rows[i].reason for i in comments.index],
    }, index=comments.index)
