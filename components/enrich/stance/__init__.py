"""Stance: which side of the controversy a comment takes, with the cues that decided it.

General cues only; everything story-specific (names, aliases, pronouns, claims) comes from the
corpus config. Text is matched on tokens and Snowball stems, so "Commutes" meets the cue
"commute", "He's completely right" meets "is right" and "isn't right" is read as negated.
Scores add up per side; the best side wins when it clears a margin. Thread structure (replies
to a named commenter, a commenter's side across their comments) adds evidence in the same way.

The package's modules, each importing only from those before it: lexicon (phrase lists, word
sets, weights), tokens (tokens, stems and the phrase search), scores (evidence per side and the
result), people (the config's people: sides and names), claims (the sides' claim words and the
topic), feeling (a sentence's VADER score), mentions (who a comment names), predicates, sentences
and positions (the cues of a comment's sentences), contradicted (a side's claim reported and
denied), overlap (words shared with a side's claims),
evidence (one comment's own evidence and stance) and thread (thread passes and the frame API).
"""

from .claims import Claims, topic_counts
from .evidence import classify_stance, weighs_both
from .lexicon import NEUTRAL
from .scores import StanceResult
from .thread import (
    BACKED_COLUMN,
    answer_tone,
    asks_or_corrects,
    classify_comments,
    comment_texts,
    reply_tone,
    stance_scores,
)
from .tokens import tokenise

__all__ = ["BACKED_COLUMN", "Claims", "StanceResult", "classify_stance", "classify_comments", "stance_scores",
           "NEUTRAL",
           "tokenise", "topic_counts", "comment_texts", "reply_tone", "answer_tone",
           "asks_or_corrects", "weighs_both"]
