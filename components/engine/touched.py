"""Which documents' stance can change when the corpus claims change.

A comment's stance reads the claims (enrich/stance/) only through the stems of its own words:
a side's claim words are looked up by the stems of the comment's tokens (shared words, the check
that a comment names nobody and uses no side's words), and the topic words only decide which of
the config's one-word position cues count as claims, a cue being looked up by its stem too. So a
document's stance under new claims equals its stance under the old ones when no stem of its
comments is among the stems that changed: those added to or dropped from a side's words, or from
the topic when they are a position cue's word (a topic word is also dropped from the sides' words,
which the words' own change covers). A run of a side's said words (Claims.lines) is looked up
by the same runs of a comment's quotes, so a document's record holds those runs beside its stems
and a changed run touches only the documents that quote it. Each document's stems are recorded
when its stance is computed; a build whose claims changed reclassifies only the documents whose
stems meet the change and keeps the others' stance. Any other change to the claims (another
side, a field this module does not know) reclassifies every document.
tests/test_engine_incremental.py checks these assumptions against enrich/stance/ and that
incremental builds equal cold ones.
"""

import dataclasses
from collections.abc import Iterable
from typing import Any

from ..core.config import CorpusConfig
from ..enrich.stance import Claims, tokenise
from ..enrich.stance.claims import line_grams
from ..enrich.stance.overlap import _quoted_spans
from ..enrich.stance.tokens import _text_tokens

__all__ = ["claims_record", "changed_stems", "cue_stems", "document_stems", "touches", "MANY_CHANGED",
           "TOPIC_FIELD"]

TOPIC_FIELD = "topic"  # the claims' field whose stems matter only as position cues' words

# Beyond this many changed stems a document's stems are read into a set; below, searched as text.
MANY_CHANGED = 64


def _plain(value: Any) -> Any:
    """A claims field as JSON: sets of stems sorted, mappings of them by key, anything else as text."""
    if isinstance(value, frozenset | set):
        return sorted(str(v) for v in value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    return repr(value)


def claims_record(claims: Claims) -> dict[str, Any]:
    """The claims' content by field, as JSON (what changed_stems compares)."""
    return {f.name: _plain(getattr(claims, f.name)) for f in dataclasses.fields(claims)}


def _difference(before: Any, after: Any) -> set[str] | None:
    """The stems in one of two field values and not the other; None when they differ otherwise."""
    if isinstance(before, list) and isinstance(after, list):
        return set(before) ^ set(after)
    if isinstance(before, dict) and isinstance(after, dict):
        if before.keys() != after.keys():
            return None
        changed: set[str] = set()
        for key in before:
            part = _difference(before[key], after[key])
            if part is None:
                return None
            changed |= part
        return changed
    return set() if before == after else None


def cue_stems(config: CorpusConfig) -> frozenset[str]:
    """The stems of every word of the sides' position cues (as written and lower-cased)."""
    return frozenset(t.stem for side in config.sides for cue in side.position_cues
                     for text in (cue, cue.lower()) for t in tokenise(text))


def changed_stems(before: dict[str, Any], after: dict[str, Any],
                  cues: frozenset[str] | None = None) -> frozenset[str] | None:
    """The stems whose place in the claims differs between two records (claims_record), topic
    stems only when among cues (all of them when cues is None); None when the records differ in
    anything but which stems they hold (then every document may change)."""
    if before.keys() != after.keys():
        return None
    changed: set[str] = set()
    for name in before:
        part = _difference(before[name], after[name])
        if part is None:
            return None
        changed |= part & cues if name == TOPIC_FIELD and cues is not None else part
    return frozenset(changed)


def document_stems(texts: Iterable[str]) -> str:
    """The stems of a document's comment texts as stance tokenises them, and the runs of words of
    their quotes (line_grams, as Claims.lines holds them), sorted, one per line (right after
    classifying, stance's cache of tokenised texts holds them)."""
    stems: set[str] = set()
    for text in set(texts):
        if text.strip():
            tokens = _text_tokens(text)
            stems.update(t.stem for t in tokens)
            if '"' in stems:  # a quote mark's stem: the text quotes something
                stems.update(g for _, span in _quoted_spans(tokens)
                             for g in line_grams([t.stem for t in span]))
    return "\n".join(sorted(stems))


def touches(stems: str, changed: frozenset[str]) -> bool:
    """Whether a document with these stems (document_stems) uses any of the changed stems."""
    if not changed or not stems:
        return False
    if len(changed) > MANY_CHANGED:
        return not changed.isdisjoint(stems.split("\n"))
    lines = f"\n{stems}\n"
    return any(f"\n{stem}\n" in lines for stem in changed)
