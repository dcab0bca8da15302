"""Reply chains, after the stance classifier: a neutral reply to a one-sided commenter argues back.

A comment that opens with "@<earlier commenter>" (or has `reply_to`) and answers a commenter
whose decided comments in the thread all take one side of two, with no cue of its own, takes the
other side, with a low confidence and a reason that names who it answers. A reply that opens by
agreeing ("Exactly.", "Well said") takes the same side instead, and one that only asks for
information ("do you know when ...?") takes none. A decided comment is
never changed. A side taken this way counts for the replier in turn: a reply that argues with them
takes the side they argued against, one that agrees takes theirs ("A: walls now. B: @A nonsense.
C: @B says you."), round after round down the chain; a neutral reply to one of the other side is
as much an answer as a neutral reply to one whose own words took a side (on the dev and held-out
sets, of the six replies to a reply this reaches, four took the labelled side; two carried on a
chain that began with a comment the classifier had given the wrong side).

The columns are read whole (numpy and pandas); only the comments that can be replies (a neutral
comment with an "@" in it or a `reply_to`) are looked at one by one. Comments without a doc_id
belong to no thread and are left as they are.

(A WordLlama similarity to each side's statements was tried beside it and left out: on the
held-out sets it moved macro-F1 by about one comment per set, within noise, for five more
dependencies and a third more stance time; see the README's stance section.)
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..core.config import CorpusConfig
from .settled import REPLY_AGREES, REPLY_ARGUES
from .stance import NEUTRAL, reply_tone
from .words import STOPWORDS

__all__ = ["addressed_author", "answer_replies", "REPLY_CONFIDENCE"]

REPLY_CONFIDENCE = 0.5   # confidence of a side taken by answering a commenter of the other side
MAX_CHAIN = 8            # replies deep a side taken by answering is passed down (B answers A, C B ...)
MAX_NAME = 80            # characters of a commenter's name an "@" reply is matched on
_COLUMNS = ["stance", "stance_confidence", "stance_reason"]
_KINDS = {"stance": pd.api.types.pandas_dtype(str), "stance_confidence": np.dtype(float),
          "stance_reason": pd.api.types.pandas_dtype(str)}  # what the columns come out as


def _keys(author: str) -> tuple[str, ...]:
    """The ways an "@" reply names a commenter: the name lower-cased, and without its spaces."""
    name = author.strip().lower()
    return (name, name.replace(" ", "")) if name else ()


def _named(text: str, lookup: Callable[[str], str | None]) -> str | None:
    """The commenter an "@name ..." opening names: the longest known name that ends at a word
    boundary (or the first word, spaces of the name dropped)."""
    body = text.lstrip()
    if not body.startswith("@"):
        return None
    body = body[1:MAX_NAME + 2].lower()
    for at in range(len(body), 0, -1):
        if at == len(body) or not body[at].isalnum():
            found = lookup(body[:at].rstrip())
            if found is not None:
                return found
    return None


def addressed_author(text: str, earlier: Sequence[str]) -> str | None:
    """The earlier commenter a comment opens with "@name" to (the longest name that fits)."""
    by_key: dict[str, str] = {}
    for author in earlier:
        for key in _keys(author):
            by_key.setdefault(key, author)
    return _named(text, by_key.get)


@dataclass(frozen=True)
class _Thread:
    """The comments the rule reads, as arrays in frame order: document number (-1 for none), rank
    in thread order (document, then position), author number (into names), text, reply_to, stance."""

    doc: np.ndarray
    rank: np.ndarray
    author: np.ndarray
    names: list[str]
    texts: pd.Series
    reply_to: pd.Series | None
    stance: np.ndarray

    @classmethod
    def of(cls, comments: pd.DataFrame, stance: np.ndarray) -> "_Thread":
        """The arrays of a comments frame and its stance column."""
        doc = pd.factorize(comments["doc_id"])[0]
        rank = np.empty(len(doc), dtype=np.int64)
        rank[np.lexsort((comments["position"].to_numpy(), doc))] = np.arange(len(doc))
        author, names = _numbered(comments["author"])
        reply_to = comments["reply_to"] if "reply_to" in comments else None
        return cls(doc, rank, author, names, comments["text"], reply_to, stance)

    def candidates(self) -> np.ndarray:
        """Positions of the neutral comments of a thread that may answer someone: a reply_to, or an
        "@" somewhere in the text (whether it opens the text is checked one by one)."""
        maybe = _containing(self.texts, "@")
        if self.reply_to is not None:
            maybe = maybe | _containing(self.reply_to, "")
        return np.flatnonzero(maybe & (self.stance == NEUTRAL) & (self.doc >= 0))

    def at(self, rows: np.ndarray) -> tuple[list[object], ...]:
        """Document, rank, author number, text and reply_to of some rows, as lists."""
        reply_to = self.reply_to.to_numpy()[rows] if self.reply_to is not None else np.full(len(rows), "")
        columns = (self.doc[rows], self.rank[rows], self.author[rows], self.texts.to_numpy()[rows], reply_to)
        return tuple(column.tolist() for column in columns)

    def pairs(self, rows: np.ndarray) -> np.ndarray:
        """One number for each (document, author) of rows."""
        return self.doc[rows].astype(np.int64) * len(self.names) + self.author[rows]

    def first_named(self, docs: np.ndarray) -> dict[tuple[int, str], tuple[int, str]]:
        """For each document of docs and each way of naming a commenter there: the rank of the first
        comment by a commenter so named, and that commenter."""
        rows = np.flatnonzero(np.isin(self.doc, docs))
        rows = rows[np.argsort(self.rank[rows], kind="stable")]
        rows = rows[np.sort(np.unique(self.pairs(rows), return_index=True)[1])]  # each one's first
        named: dict[tuple[int, str], tuple[int, str]] = {}
        for doc, rank, author in zip(self.doc[rows].tolist(), self.rank[rows].tolist(),
                                     self.author[rows].tolist(), strict=True):
            for key in _keys(self.names[author]):
                named.setdefault((doc, key), (rank, self.names[author]))
        return named

    def one_sided(self) -> dict[tuple[int, str], str]:
        """The side of each (document, commenter) whose decided comments all take one side."""
        decided = np.flatnonzero((self.stance != NEUTRAL) & (self.doc >= 0))
        side, sides = pd.factorize(np.array([str(s) for s in self.stance[decided]], dtype=object))
        pair, side = np.divmod(np.unique(self.pairs(decided) * max(1, len(sides)) + side), max(1, len(sides)))
        first, count = np.unique(pair, return_index=True, return_counts=True)[1:]  # pair is sorted
        alone = first[count == 1]
        doc, author = np.divmod(pair[alone], len(self.names))
        return {(d, self.names[a]): str(sides[s]) for d, a, s in zip(
            doc.tolist(), author.tolist(), side[alone].tolist(), strict=True)}


def _numbered(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """str() of each value, as numbers into the distinct strings."""
    values = column if isinstance(column.dtype, pd.StringDtype) and not column.hasnans else pd.Series(
        [str(a) for a in column], dtype=object)
    codes, uniques = pd.factorize(values)
    return codes, [str(u) for u in uniques]


def _containing(column: pd.Series, part: str) -> np.ndarray:
    """Whether each value is a string with part in it (with "", a string that is not empty)."""
    if isinstance(column.dtype, pd.StringDtype):
        found = column.str.contains(part, regex=False) if part else column.str.len() > 0
        return found.to_numpy(dtype=bool, na_value=False)
    return np.fromiter((isinstance(t, str) and part in t and t != "" for t in column), bool, len(column))


def _string(value: object) -> str:
    """A value that is a string, else ""."""
    return value if isinstance(value, str) else ""


def _answers(thread: _Thread, config: CorpusConfig) -> dict[int, tuple[str, str]]:
    """The positions a reply takes a side at: the side and the reason."""
    rows = thread.candidates()
    if len(config.sides) != 2 or not len(rows):
        return {}
    named, known = thread.first_named(np.unique(thread.doc[rows])), thread.one_sided()
    names = {s.id: s.person.name for s in config.sides}
    answers: dict[int, tuple[str, str]] = {}
    for row, doc, rank, author, text, reply_to in zip(rows.tolist(), *thread.at(rows), strict=True):
        earlier, author, text, reply_to = (_earlier(named, doc, rank), thread.names[author], _string(text),
                                           _string(reply_to).strip())
        target = _named(text, earlier) or (earlier(reply_to.lstrip("@").lower()) if reply_to else None)
        theirs = known.get((doc, target)) if target and target != author and text.strip() else None
        if theirs is None or target is None:
            continue
        tone = reply_tone(_after_name(text, target))
        if tone == "ask":  # a plain question ("do you know when ...?") argues with nobody
            continue
        if tone == "none" and not _names(text, target):
            continue  # placed under a comment, naming nobody, not hostile: it often goes on with it
        if tone == "agree":  # "Exactly.", "Well said": the same side as the commenter answered
            answers[row] = (theirs, REPLY_AGREES.format(ours=names[theirs], target=target))
            continue
        other = next(s for s in config.side_ids() if s != theirs)
        answers[row] = (other, REPLY_ARGUES.format(ours=names[other], target=target, theirs=names[theirs]))
    return answers


def _names(text: str, target: str) -> bool:
    """Whether a reply names the commenter it answers: "@name", the name as a whole word, or its
    first word capitalised as a name ("Carla, ..."; not "The market ..." for "The Realist")."""
    lower = text.lower()
    if any(_whole(key, True).search(lower) for key in _keys(target)):
        return True
    first = target.split()[0] if target.split() else ""
    if first and lower.lstrip().startswith("@" + first.lower()):
        return True  # "@carla no": the first name after an "@"
    return (len(first) >= 3 and first[:1].isupper() and first.lower() not in STOPWORDS
            and _whole(first, False).search(text) is not None)


@lru_cache(maxsize=2048)
def _whole(word: str, after_at: bool) -> re.Pattern[str]:
    """A word or name as a whole word; right after an "@" too when after_at."""
    before = r"\w" if after_at else r"\w@"
    return re.compile(rf"(?<![{before}]){re.escape(word)}(?!\w)")


def _after_name(text: str, target: str) -> str:
    """The reply without the "@name" it opens with."""
    body = text.lstrip()
    if body.startswith("@"):
        for name in (target, target.replace(" ", "")):
            if body[1:1 + len(name)].lower() == name.lower():
                return body[1 + len(name):]
    return body


def _earlier(named: dict[tuple[int, str], tuple[int, str]], doc: int,
             rank: int) -> Callable[[str], str | None]:
    """Who a way of naming a commenter names among those who commented in doc before rank."""
    def find(key: str) -> str | None:
        hit = named.get((doc, key))
        return hit[1] if hit is not None and hit[0] < rank else None
    return find


def answer_replies(comments: pd.DataFrame, stance: pd.DataFrame, config: CorpusConfig) -> pd.DataFrame:
    """The classifier's stance, stance_confidence and stance_reason (same index as comments) with
    neutral replies to a one-sided commenter given the other side; spam rows (`is_spam`, when the
    column is there) are left as they are."""
    out = stance[_COLUMNS].copy()
    if comments.empty or not {"doc_id", "position", "author"} <= set(comments):
        return out
    if "is_spam" in comments:
        kept = np.flatnonzero(~comments["is_spam"].fillna(False).astype(bool).to_numpy())
        comments = comments.iloc[kept]
    else:
        kept = np.arange(len(comments))
        if changed := {column: kind for column, kind in _KINDS.items() if out[column].dtype != kind}:
            out = out.astype(changed)
    for _ in range(MAX_CHAIN):  # a side taken by answering passes to the replies that answer it
        answers = _answers(_Thread.of(comments, out["stance"].to_numpy(dtype=object)[kept]), config)
        if not answers:
            break
        rows = kept[list(answers)]
        out.iloc[rows, 0] = [side for side, _ in answers.values()]
        out.iloc[rows, 1] = REPLY_CONFIDENCE
        out.iloc[rows, 2] = [reason for _, reason in answers.values()]
    return out
