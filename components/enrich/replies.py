"""Reply chains, after the stance classifier: a neutral reply to a one-sided commenter argues back.

A comment that opens with "@<earlier commenter>" (or has `reply_to`) and answers a commenter
whose decided comments in the thread all take one side of two, with no cue of its own, takes the
other side, with a low confidence and a reason that names who it answers. A decided comment is
never changed, and a side taken this way is not passed further down the chain.

(A WordLlama similarity to each side's statements was tried beside it and left out: on the
held-out sets it moved macro-F1 by about one comment per set, within noise, for five more
dependencies and a third more stance time; see the README's stance section.)
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..core.config import CorpusConfig
from .stance import NEUTRAL

__all__ = ["addressed_author", "answer_replies", "REPLY_CONFIDENCE"]

REPLY_CONFIDENCE = 0.5   # confidence of a side taken by answering a commenter of the other side
MAX_NAME = 80            # characters of a commenter's name an "@" reply is matched on


class _Addressees:
    """The commenters seen so far in a thread, by the ways an "@" reply names them."""

    def __init__(self) -> None:
        self.by_key: dict[str, str] = {}

    def add(self, author: str) -> None:
        name = author.strip().lower()
        if name:
            self.by_key.setdefault(name, author)
            self.by_key.setdefault(name.replace(" ", ""), author)

    def find(self, text: str) -> str | None:
        """The commenter an "@name ..." opening names: the longest known name that ends at a word
        boundary (or the first word, spaces of the name dropped)."""
        body = text.lstrip()
        if not body.startswith("@") or not self.by_key:
            return None
        body = body[1:MAX_NAME + 2].lower()
        ends = [at for at in range(len(body), 0, -1) if at == len(body) or not body[at].isalnum()]
        for at in ends:
            found = self.by_key.get(body[:at].rstrip())
            if found is not None:
                return found
        return None


def addressed_author(text: str, earlier: Sequence[str]) -> str | None:
    """The earlier commenter a comment opens with "@name" to (the longest name that fits)."""
    addressees = _Addressees()
    for author in earlier:
        addressees.add(author)
    return addressees.find(text)


@dataclass
class _Labels:
    """The stance columns as lists, changed in place and put back into a frame at the end."""

    stance: list[str]
    confidence: list[float]
    reason: list[str]

    def set(self, row: int, side: str, confidence: float, reason: str) -> None:
        self.stance[row], self.confidence[row], self.reason[row] = side, confidence, reason


def _texts(comments: pd.DataFrame) -> list[str]:
    return [t if isinstance(t, str) else "" for t in comments["text"]]


def _by_replies(comments: pd.DataFrame, texts: list[str], labels: _Labels, config: CorpusConfig) -> None:
    """A neutral reply to a commenter whose comments all take one of two sides takes the other."""
    if len(config.sides) != 2:
        return
    names = {s.id: s.person.name for s in config.sides}
    docs = comments["doc_id"].tolist()
    authors = [str(a) for a in comments["author"]]
    known: dict[tuple[object, str], set[str]] = {}
    for doc, author, side in zip(docs, authors, labels.stance, strict=True):
        if side != NEUTRAL:
            known.setdefault((doc, author), set()).add(str(side))
    reply_to = [r.strip() if isinstance(r, str) else "" for r in comments["reply_to"]] if (
        "reply_to" in comments) else [""] * len(texts)
    order = np.lexsort((comments["position"].to_numpy(), pd.factorize(comments["doc_id"])[0]))
    earlier, doc_now = _Addressees(), None
    for row in order:
        if docs[row] != doc_now:
            earlier, doc_now = _Addressees(), docs[row]
        named = reply_to[row]
        target = earlier.by_key.get(named.lower(), named) if named else earlier.find(texts[row])
        earlier.add(authors[row])
        sides = known.get((docs[row], str(target)), set())
        if (not target or target == authors[row] or len(sides) != 1 or labels.stance[row] != NEUTRAL
                or not texts[row].strip()):
            continue
        theirs = next(iter(sides))
        other = next(s for s in config.side_ids() if s != theirs)
        labels.set(row, other, REPLY_CONFIDENCE, (
            f"Sides with {names[other]}: answers {target}, whose comments side with {names[theirs]}, "
            "without agreeing (a reply with no cue of its own argues back)."))


def answer_replies(comments: pd.DataFrame, stance: pd.DataFrame, config: CorpusConfig) -> pd.DataFrame:
    """The classifier's stance, stance_confidence and stance_reason (same index as comments) with
    neutral replies to a one-sided commenter given the other side; spam rows (`is_spam`, when the
    column is there) are left as they are."""
    out = stance[["stance", "stance_confidence", "stance_reason"]].copy()
    if comments.empty or not {"doc_id", "position", "author"} <= set(comments):
        return out
    if "is_spam" in comments:
        keep = ~comments["is_spam"].fillna(False).astype(bool)
        answered = answer_replies(comments[keep].drop(columns="is_spam"), out[keep], config)
        out.loc[answered.index] = answered
        return out
    labels = _Labels(out["stance"].astype(str).tolist(), out["stance_confidence"].astype(float).tolist(),
                     out["stance_reason"].astype(str).tolist())
    _by_replies(comments, _texts(comments), labels, config)
    return pd.DataFrame({"stance": labels.stance, "stance_confidence": labels.confidence,
                         "stance_reason": labels.reason}, index=out.index)
