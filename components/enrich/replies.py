"""Reply chains, after the stance classifier: a neutral reply to a one-sided commenter argues back.

A comment that opens with "@<earlier commenter>" (or has `reply_to`) and answers a commenter
whose decided comments in the thread all take one side of two (one of them before the reply),
with no cue of its own, takes the other side, with a low confidence and a reason that names who
it answers. A reply that opens by agreeing ("Exactly.", "Well said") or grants the point ("Fair
point, I hadn't thought of that") takes the same side instead, and mockery ("yes, and pigs can
fly") argues whatever its words; one that only asks for information ("do you know when ...?")
takes none, nor does one that answers the question its commenter closed on ("When does the
council meet?" "Thursday at seven."). A decided comment is never changed. A side taken this way
counts for the replier in turn: a reply that argues with them takes the side they argued
against, one that agrees takes theirs ("A: walls now. B: @A nonsense. C: @B says you."), round
after round down the chain, each step less sure; a neutral reply to one of the other side is as
much an answer as a neutral reply to one whose own words took a side (on the dev and held-out
sets, of the six replies to a reply this reaches, four took the labelled side; two carried on a
chain that began with a comment the classifier had given the wrong side). A side taken from a
commenter whom a later round gives the other side too is taken back, so the outcome is the same
whichever round showed it.

The columns are read whole (numpy and pandas); only the comments that can be replies (a neutral
comment with an "@" in it or a `reply_to`) are looked at one by one. Comments without a doc_id
belong to no thread and are left as they are.

(A WordLlama similarity to each side's statements was tried beside it and left out: on the
held-out sets it moved macro-F1 by about one comment per set, within noise, for five more
dependencies and a third more stance time; see the README's stance section.)
"""

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..core.config import CorpusConfig
from .settled import ANSWERED_BY, ANSWERED_HOW, REPLY_AGREES, REPLY_ARGUES, answered
from .stance import BACKED_COLUMN, NEUTRAL, answer_tone, asks_or_corrects, reply_tone, weighs_both
from .words import STOPWORDS

__all__ = ["addressed_author", "answer_replies", "names_commenter", "REPLY_CONFIDENCE"]

REPLY_CONFIDENCE = 0.5   # confidence of a side taken by answering a commenter of the other side
MAX_CHAIN = 8            # replies deep a side taken by answering is passed down (B answers A, C B ...)
CHAIN_STEP = 0.8         # a side passed one reply further down is this much less sure
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
    in thread order (document, then position), author number (into names), text, reply_to, stance,
    and the depth of each comment in its thread when the page gives it (None when not)."""

    doc: np.ndarray
    rank: np.ndarray
    author: np.ndarray
    names: list[str]
    texts: pd.Series
    reply_to: pd.Series | None
    stance: np.ndarray
    depth: np.ndarray | None = None

    @classmethod
    def of(cls, comments: pd.DataFrame, stance: np.ndarray) -> "_Thread":
        """The arrays of a comments frame and its stance column."""
        doc = pd.factorize(comments["doc_id"])[0]
        rank = np.empty(len(doc), dtype=np.int64)
        rank[np.lexsort((comments["position"].to_numpy(), doc))] = np.arange(len(doc))
        author, names = _numbered(comments["author"])
        reply_to = comments["reply_to"] if "reply_to" in comments else None
        depth = (pd.to_numeric(comments["depth"], errors="coerce").fillna(0).to_numpy(dtype=np.int64)
                 if "depth" in comments else None)
        return cls(doc, rank, author, names, comments["text"], reply_to, stance, depth)

    def candidates(self, sided: bool = False) -> np.ndarray:
        """Positions of the neutral comments (the sided ones when `sided`) of a thread that may
        answer someone: a reply_to, or an "@" somewhere in the text (whether it opens the text is
        checked one by one)."""
        maybe = _containing(self.texts, "@")
        if self.reply_to is not None:
            maybe = maybe | _containing(self.reply_to, "")
        return np.flatnonzero(maybe & ((self.stance != NEUTRAL) if sided else (self.stance == NEUTRAL))
                              & (self.doc >= 0))

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

    def parents(self) -> np.ndarray:
        """The row each comment sits under by its depth (the last comment before it in its document
        one level up), -1 for none or when the page gives no depths."""
        parent = np.full(len(self.doc), -1, dtype=np.int64)
        if self.depth is None:
            return parent
        last: dict[int, int] = {}  # depth -> row, in the current document
        doc_now = None
        for row in np.argsort(self.rank, kind="stable").tolist():
            if self.doc[row] != doc_now:
                doc_now, last = self.doc[row], {}
            depth = int(self.depth[row])
            if depth > 0:
                parent[row] = last.get(depth - 1, -1)
            last = {d: r for d, r in last.items() if d < depth}
            last[depth] = row
        return parent



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


@dataclass(frozen=True)
class _Link:
    """A neutral comment that answers an earlier commenter: its row, rank and text, and the
    (document, commenter) numbers (_Thread.pairs) of its author and of the commenter it answers,
    who is named `name`."""

    row: int
    rank: int
    author: int
    target: int
    name: str
    text: str


def _links(thread: _Thread, sided: bool = False) -> list[_Link]:
    """The neutral comments (the sided ones when `sided`) that may answer someone and the earlier
    commenter each answers: the one its "@name" opening names, else its reply_to; not the
    comment's own author."""
    rows = thread.candidates(sided)
    if not len(rows):
        return []
    named = thread.first_named(np.unique(thread.doc[rows]))
    number = {name: at for at, name in enumerate(thread.names)}
    links: list[_Link] = []
    for row, doc, rank, author, text, reply_to in zip(rows.tolist(), *thread.at(rows), strict=True):
        earlier, text, reply_to = _earlier(named, doc, rank), _string(text), _string(reply_to).strip()
        target = _named(text, earlier) or (earlier(reply_to.lstrip("@").lower()) if reply_to else None)
        if target is not None and target != thread.names[author] and text.strip():
            base = doc * len(thread.names)
            links.append(_Link(row, rank, base + author, base + number[target], target, text))
    return links


class _Answer(NamedTuple):
    """The side a reply takes, its reason, the side of the commenter it answers when it took it,
    and how many replies down the chain it is (1: it answers a comment with a side of its own)."""

    side: str
    reason: str
    theirs: str
    steps: int


@dataclass
class _Taken:
    """The decided comments of the commenters replies answer, by (document, commenter) number:
    row -> (rank, side, steps), steps 0 for the classifier's and n for a side taken n replies
    down the chain."""

    rows: dict[int, dict[int, tuple[int, str, int]]]

    @classmethod
    def of(cls, thread: _Thread, wanted: set[int]) -> "_Taken":
        """The classifier's decided comments of the wanted commenters."""
        decided = np.flatnonzero((thread.stance != NEUTRAL) & (thread.doc >= 0))
        pairs = thread.pairs(decided)
        keep = np.isin(pairs, np.fromiter(wanted, np.int64, len(wanted)))
        taken: dict[int, dict[int, tuple[int, str, int]]] = {}
        for row, pair, rank in zip(decided[keep].tolist(), pairs[keep].tolist(),
                                   thread.rank[decided[keep]].tolist(), strict=True):
            taken.setdefault(pair, {})[row] = (rank, str(thread.stance[row]), 0)
        return cls(taken)

    def side(self, pair: int, rank: int) -> tuple[str, int] | None:
        """The one side a commenter's decided comments in the thread take, when one of them came
        before rank (a reply answers what was said before it), and the fewest steps down the
        chain it was taken in; None for no side or both."""
        taken = self.rows.get(pair)
        if not taken:
            return None
        sides = {side for _, side, _ in taken.values()}
        if len(sides) != 1 or min(at for at, _, _ in taken.values()) >= rank:
            return None
        return sides.pop(), min(steps for _, _, steps in taken.values())

    def add(self, pair: int, row: int, rank: int, side: str, steps: int) -> None:
        self.rows.setdefault(pair, {})[row] = (rank, side, steps)

    def drop(self, pair: int, row: int) -> None:
        self.rows.get(pair, {}).pop(row, None)


class _Kinds:
    """How each reply answers (_reply_kind), worked out when first asked; whether the commenter
    it answers closed their last comment before it with a question comes from the thread."""

    def __init__(self, thread: _Thread, links: Sequence[_Link]) -> None:
        self.thread = thread
        self.known: dict[int, str | None] = {}
        wanted = {link.target for link in links}
        everyone = np.arange(len(thread.doc))
        rows = everyone[np.isin(thread.pairs(everyone), np.fromiter(wanted, np.int64, len(wanted)))]
        rows = rows[np.argsort(thread.rank[rows], kind="stable")]
        self.said: dict[int, tuple[list[int], list[int]]] = {}  # pair -> (ranks, rows), in order
        for row, pair, rank in zip(rows.tolist(), thread.pairs(rows).tolist(), thread.rank[rows].tolist(),
                                   strict=True):
            ranks, said = self.said.setdefault(pair, ([], []))
            ranks.append(rank)
            said.append(row)

    def of(self, link: _Link) -> str | None:
        if link.row not in self.known:
            body, named = _after_name(link.text, link.name), names_commenter(link.text, link.name)
            self.known[link.row] = _reply_kind(body, named, self._asked(link))
        return self.known[link.row]

    def answered(self, link: _Link) -> int | None:
        """The row of the last comment of the commenter answered before the reply, if any."""
        ranks, rows = self.said.get(link.target, ([], []))
        at = bisect_left(ranks, link.rank)
        return rows[at - 1] if at > 0 else None

    def _asked(self, link: _Link) -> bool:
        """Whether the last comment of the commenter answered before the reply closes with a question."""
        ranks, rows = self.said.get(link.target, ([], []))
        at = bisect_left(ranks, link.rank)
        return at > 0 and _string(self.thread.texts.iat[rows[at - 1]]).rstrip().endswith("?")


def _answers(links: Sequence[_Link], taken: _Taken, kinds: _Kinds,
             config: CorpusConfig) -> dict[int, _Answer]:
    """The side each of links takes by answering, by row (those that take none are left out)."""
    names = {s.id: s.person.name for s in config.sides}
    answers: dict[int, _Answer] = {}
    for link in links:
        found = taken.side(link.target, link.rank)
        kind = kinds.of(link) if found is not None else None
        if found is None or kind is None:
            continue
        theirs, steps = found
        if kind == "agrees":  # "Exactly.", "Well said", "Fair point": the side of the commenter answered
            answers[link.row] = _Answer(theirs, REPLY_AGREES.format(ours=names[theirs], target=link.name),
                                        theirs, steps + 1)
            continue
        other = next(s for s in config.side_ids() if s != theirs)
        answers[link.row] = _Answer(other, REPLY_ARGUES.format(ours=names[other], target=link.name,
                                                               theirs=names[theirs]), theirs, steps + 1)
    return answers


def _reply_kind(body: str, named: bool, asked: bool) -> str | None:
    """How a reply (body: its text after the "@name" it opens with) answers: "agrees", "argues" or
    None (it takes no side). Mockery ("yes, and pigs can fly") argues and a concession ("fair
    point, I hadn't thought of that") agrees, whatever their words' tone; a plain question
    ("do you know when ...?") takes no side, nor does a reply with no tone that names nobody
    (placed under a comment, it often goes on with it) or that answers the question its
    commenter closed on ("When does the council meet?" "Thursday at seven.")."""
    if _mocks(body):
        return "argues"
    if _concedes(body):
        return "agrees"
    tone = reply_tone(body)
    if tone == "agree":
        return "agrees"
    if tone == "hostile":
        return "argues"
    return "argues" if tone == "none" and named and not asked else None


# A reply that mocks what it answers with a stock line of disbelief (anywhere in it), or opens
# with a mock assent ("Sure, and ...", "Oh sure").
_MOCKING = ("pigs can fly", "pigs might fly", "pigs will fly", "and pigs fly", "yeah right", "yeah, right",
            "in your dreams", "dream on", "keep telling yourself", "if you say so", "whatever you say",
            "tell me another one", "and i'm the queen", "and i'm the pope")
_MOCKING_OPENERS = ("sure, and", "yes, and pigs", "oh sure", "oh yes, because", "sure, because",
                    "yeah, because", "oh yeah, sure", "yeah, sure", "sure jan")
# A reply that grants the commenter it answers their point, unless a contrast after it takes
# the point back ("Fair enough, but ...").
_CONCEDING = ("fair point", "fair enough", "good point", "you have a point", "you've got a point",
              "you got a point", "point taken", "i take your point", "i stand corrected", "you may be right",
              "you might be right", "you could be right", "can't argue with that", "cannot argue with that",
              "i'll give you that", "hadn't thought of that", "had not thought of that",
              "never thought of that", "didn't think of that", "hadn't considered that", "touché", "touche")
_CONTRASTS = re.compile(r"\b(?:but|however|though|although|yet|still)\b")
_NEGATED = frozenset({"not", "no", "hardly", "never"})


def _phrases(phrases: Sequence[str]) -> re.Pattern[str]:
    """Any of phrases as whole words."""
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w'])")


_MOCKING_AT = _phrases(_MOCKING)
_CONCEDING_AT = _phrases(_CONCEDING)


def _mocks(body: str) -> bool:
    """"@Tam yes, and pigs can fly.", "@Tam sure, and I'm the Pope", "yeah right"."""
    lower = " ".join(body.lower().split())
    opening = lower.lstrip(" ,:;-")
    return _MOCKING_AT.search(lower) is not None or opening.startswith(_MOCKING_OPENERS)


def _concedes(body: str) -> bool:
    """"Fair point, I hadn't thought of that.", "You may be right." (not "Fair point, but ...",
    nor "hardly a fair point")."""
    lower = " ".join(body.lower().split())
    found = _CONCEDING_AT.search(lower)
    if found is None or _CONTRASTS.search(lower, found.end()):
        return False
    return _NEGATED.isdisjoint(lower[:found.start()].split()[-2:])  # "not a", "hardly a fair point"


def names_commenter(text: str, target: str) -> bool:
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
    given = _chain(_Thread.of(comments, out["stance"].to_numpy(dtype=object)[kept]), config)
    if given:
        rows = kept[list(given)]
        out.iloc[rows, 0] = [answer.side for answer in given.values()]
        out.iloc[rows, 1] = [REPLY_CONFIDENCE * CHAIN_STEP ** (answer.steps - 1) for answer in given.values()]
        out.iloc[rows, 2] = [answer.reason for answer in given.values()]
    sides = _answered_comments(_Thread.of(comments, out["stance"].to_numpy(dtype=object)[kept]),
                               out["stance_reason"].to_numpy(dtype=object)[kept], _undecided(stance)[kept],
                               config)
    if sides:
        rows = kept[list(sides)]
        out.iloc[rows, 0] = [side for side, _ in sides.values()]
        out.iloc[rows, 1] = REPLY_CONFIDENCE * CHAIN_STEP
        out.iloc[rows, 2] = [reason for _, reason in sides.values()]
    return out


def _undecided(stance: pd.DataFrame) -> np.ndarray:
    """Whether the classifier left each comment neutral for want of evidence (its words hold no
    cue, or cues for one side only, too weak): the comments a sided answer may give a side. Not
    those it weighed no cues for (an empty comment, one that speaks for no side), nor ones whose
    cues back both sides ("X has been useless and Y useless too"), as its BACKED_COLUMN says; a
    frame without that column (one not made by classify_comments) has none."""
    if BACKED_COLUMN not in stance:
        return np.zeros(len(stance), dtype=bool)
    backed = pd.to_numeric(stance[BACKED_COLUMN], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return (stance["stance"].to_numpy(dtype=object) == NEUTRAL) & (backed < 2)


def _answer_kind(link: _Link, answered_text: str) -> str | None:
    """How a sided reply naming its commenter answers the comment it answers: "agrees", "argues"
    or None, as _reply_kind reads it but narrowed to the commenter (answer_tone): hostility aimed
    at a side or at someone the reply quotes is no argument with the commenter, and agreement
    that goes on past a contrast to a side grants a point only."""
    body = _after_name(link.text, link.name)
    if _mocks(body):
        return "argues"
    if _concedes(body):
        return "agrees"
    tone = answer_tone(body, answered_text)
    if tone == "agree":
        return "agrees"
    if tone == "hostile":
        return "argues"
    return "argues" if tone == "none" and not answered_text.rstrip().endswith("?") else None


def _writer_sides(thread: _Thread, reasons: np.ndarray) -> dict[int, set[str]]:
    """The sides each (document, commenter) number's sided comments take by their own words (not
    those a comment took from a commenter it answers)."""
    own = np.fromiter((answered(str(reason)) is None for reason in reasons), bool, len(reasons))
    rows = np.flatnonzero((thread.stance != NEUTRAL) & (thread.doc >= 0) & own)
    sides: dict[int, set[str]] = {}
    for pair, side in zip(thread.pairs(rows).tolist(), thread.stance[rows].tolist(), strict=True):
        sides.setdefault(pair, set()).add(str(side))
    return sides


def _answered_comments(thread: _Thread, reasons: np.ndarray, undecided: np.ndarray,
                       config: CorpusConfig) -> dict[int, tuple[str, str]]:
    """The side and reason, by row, of each comment left without a side (no cue, or too weak a
    one: `undecided`, by row; and not weighing both sides, nor asking for information, nor
    correcting a fact) that a
    sided reply naming its writer answers: a reply that argues with the commenter (_answer_kind)
    puts it on the other side, one that agrees on the reply's own; a comment so answered from both
    sides stays neutral. The comment answered is the one the reply sits under (its depth), else the
    writer's last before it. A reply whose side came from that writer (a reply chain's side) gives
    none, and a writer whose other comments take a side is never put on the other. A reader takes
    an argument's two ends to be on two sides: on the development and held-out sets (session 37, as
    narrowed), 14 of the 18 comments this reaches were labelled with the side it gives (3 with the
    other, 1 neutral; before the narrowing 15 of 20, 4, 1)."""
    if len(config.sides) != 2:
        return {}
    links = _links(thread, sided=True)
    if not links:
        return {}
    kinds = _Kinds(thread, links)
    parents = thread.parents()
    writers = _writer_sides(thread, reasons)
    names = {s.id: s.person.name for s in config.sides}
    found: dict[int, set[str]] = {}
    by: dict[int, tuple[str, str, str]] = {}
    for link in links:
        if not names_commenter(link.text, link.name) or answered(str(reasons[link.row])) is not None:
            continue  # placed under a comment without naming its writer, a reply may answer the thread
        row = _answered_row(thread, link, kinds, parents)
        if row is None or thread.stance[row] != NEUTRAL or not undecided[row]:
            continue
        text = _string(thread.texts.iat[row])
        kind = _answer_kind(link, text)
        if kind is None or weighs_both(text) or asks_or_corrects(text):
            continue
        theirs = str(thread.stance[link.row])
        side = theirs if kind == "agrees" else next(s for s in config.side_ids() if s != theirs)
        if writers.get(link.target, {side}) != {side}:
            continue  # the writer's own sided comments win
        found.setdefault(row, set()).add(side)
        by.setdefault(row, (thread.names[link.author % len(thread.names)], theirs, kind))
    out: dict[int, tuple[str, str]] = {}
    for row, sides in found.items():
        if len(sides) == 1:
            side = sides.pop()
            replier, theirs, kind = by[row]
            out[row] = side, ANSWERED_BY.format(ours=names[side], replier=replier, theirs=names[theirs],
                                                how=ANSWERED_HOW[kind])
    return out


def _answered_row(thread: _Thread, link: _Link, kinds: "_Kinds", parents: np.ndarray) -> int | None:
    """The comment a reply answers: the one it sits under when its writer is the one it names,
    else that writer's last comment before it."""
    parent = int(parents[link.row])
    if parent >= 0 and int(thread.pairs(np.array([parent]))[0]) == link.target:
        return parent
    return kinds.answered(link)


def _chain(thread: _Thread, config: CorpusConfig) -> dict[int, _Answer]:
    """The sides replies take by answering, by row: round after round, each reply to a commenter
    who has just taken a side is read again (at most MAX_CHAIN rounds); then a side taken from a
    commenter whose comments no longer take that one side (a later round gave them the other too,
    or took theirs back) is taken back, down the chain, so the outcome does not hang on which
    round showed what."""
    links = _links(thread)
    if len(config.sides) != 2 or not links:
        return {}
    taken, kinds = _Taken.of(thread, {link.target for link in links}), _Kinds(thread, links)
    by_row = {link.row: link for link in links}
    answering: dict[int, list[_Link]] = {}
    for link in links:
        answering.setdefault(link.target, []).append(link)
    given: dict[int, _Answer] = {}
    check: Sequence[_Link] = links
    for _ in range(MAX_CHAIN):
        found = _answers(check, taken, kinds, config)
        if not found:
            break
        for row, answer in found.items():
            given[row] = answer
            taken.add(by_row[row].author, row, by_row[row].rank, answer.side, answer.steps)
        sided = {by_row[row].author for row in found}
        check = [link for pair in sided for link in answering.get(pair, ()) if link.row not in given]
    _take_back(given, taken, by_row, answering)
    return given


def _take_back(given: dict[int, _Answer], taken: _Taken, by_row: dict[int, _Link],
               answering: dict[int, list[_Link]]) -> None:
    """Drop from given each side whose commenter answered no longer takes the side it answered,
    all such at once, then again among the replies to their authors, until none is left."""
    work = set(given)
    while work:
        dropped = [row for row in sorted(work) if row in given and not _holds(given[row], by_row[row], taken)]
        for row in dropped:
            del given[row]
            taken.drop(by_row[row].author, row)
        work = {other.row for row in dropped for other in answering.get(by_row[row].author, ())
                if other.row in given}


def _holds(answer: _Answer, link: _Link, taken: _Taken) -> bool:
    """Whether the commenter a reply answered still takes the one side it answered."""
    now = taken.side(link.target, link.rank)
    return now is not None and now[0] == answer.theirs
