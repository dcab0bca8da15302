"""Labels the analyst can correct: stance and spam overrides kept beside the corpus, applied on
load, and a per-corpus stance model trained from them.

Storage. `LabelStore(corpus_dir)` keeps an append-only event log in `<corpus>/labels.sqlite`
(stdlib sqlite3, WAL, busy_timeout; every write is one `BEGIN IMMEDIATE` transaction, so writers
in several threads, processes or browser sessions take turns and lose nothing). A build never
touches the file: the table folders are replaced, the labels stay. Each event is (comment_id,
text_hash, field, action, value, set_by, at); `field` is "stance" (a side id or "neutral") or
"is_spam" (bool). The current label of a (comment, field) is the last `set` not taken back by an
`undo`; an undo is itself an event, so `history()` shows every edit.

Matching. A correction is keyed by comment_id and `text_hash(text)`. It applies to the comment
with that id and that text; when the id now names another text (comments above it were added or
removed) it follows its text if exactly one comment of the corpus has it; otherwise it is kept in
the log but not applied, and `match_corrections` reports it as stale with the reason.

For the dashboard (no streamlit here; the app calls these):

    store = LabelStore(corpus_dir)
    store.set(row.comment_id, text_hash(row.text), "stance", "milano")   # or "is_spam", True
    store.undo(row.comment_id, "stance")          # False when there is nothing to undo
    store.history(row.comment_id)                 # every event of the comment, oldest first
    store.version()                               # last event number: a cache key for the app
    shown = apply_corrections(corpus.comments, store)          # counted by FilterSpec as is
    shown = rescore_with_corrections(corpus.comments, store, config, corpus.statements)

`apply_corrections` adds `stance_model`, `is_spam_model` (the model's labels) and
`stance_set_by`, `spam_set_by` ("analyst" or "model"; "corpus model" after rescoring) and says
"Set by analyst (model said …)" in the reason columns. `rescore_with_corrections` also re-scores
the uncorrected comments with a logistic regression fitted on the analyst's stance labels of this
corpus, once there are MIN_CORPUS_LABELS of them in at least two classes; it only gives a side to
comments the rules left neutral (see MIN_OVERRIDE_P). scikit-learn and scipy are imported only
when that model is fitted or used, so loading the labels costs the dashboard's start nothing.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import sqlite3
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..core.columns import COMMENT_LABEL_COLUMNS
from ..core.config import CorpusConfig
from ..core.repair import normalise_text
from ..enrich.replies import names_commenter
from ..enrich.settled import NO_SIDE_REASONS, SPAM_STANCE_REASON, Answered, answered, answered_by_reply
from ..enrich.stance import NEUTRAL, stance_scores
from ..enrich.words import STOPWORDS

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import LogisticRegression

__all__ = ["LabelStore", "LABELS_DB", "FIELDS", "ANALYST", "MODEL", "CORPUS_MODEL",
           "MIN_CORPUS_LABELS", "EVENT_COLUMNS", "CURRENT_COLUMNS", "text_hash", "match_corrections",
           "apply_corrections", "rescore_with_corrections", "CorpusModel", "fit_corpus_model"]

LABELS_DB = "labels.sqlite"
FIELDS = ("stance", "is_spam")
ANALYST, MODEL, CORPUS_MODEL = "analyst", "model", "corpus model"
BUSY_TIMEOUT_S = 30.0       # a writer waits this long for another one's transaction
MAX_VALUE_CHARS = 200
EVENT_COLUMNS = ("seq", "comment_id", "text_hash", "field", "action", "value", "set_by", "at")
CURRENT_COLUMNS = ("comment_id", "field", "value", "text_hash", "set_by", "at", "seq")

_SCHEMA = ("""
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    field TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('set', 'undo')),
    value TEXT,     -- JSON. For an undo: the value current after it (NULL: the model's label)
    set_by TEXT NOT NULL,
    at TEXT NOT NULL
)""", "CREATE INDEX IF NOT EXISTS events_by_comment ON events (comment_id, field, seq)")


def text_hash(text: object) -> str:
    """A short content hash of a comment's text (NFC, whitespace collapsed)."""
    clean = unicodedata.normalize("NFC", " ".join(str(text if isinstance(text, str) else "").split()))
    return hashlib.sha256(clean.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _encode(field: str, value: object) -> str:
    """The value as stored (JSON), or ValueError naming what was expected."""
    if field == "stance":
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_VALUE_CHARS:
            raise ValueError(f"stance must be a side id or {NEUTRAL!r}, not {value!r}")
        return json.dumps(value.strip())
    if field == "is_spam":
        if not isinstance(value, bool | np.bool_):
            raise ValueError(f"is_spam must be true or false, not {value!r}")
        return json.dumps(bool(value))
    raise ValueError(f"unknown field {field!r}; choose one of {', '.join(FIELDS)}")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _decode(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _replay(events: Iterable[tuple[Any, ...]]) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    """The stack of standing `set` events per (comment_id, field), events in seq order."""
    stacks: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for event in events:
        key = (event[1], event[3])
        if event[4] == "set":
            stacks.setdefault(key, []).append(event)
        elif stacks.get(key):
            stacks[key].pop()
    return stacks


def _use_wal(con: sqlite3.Connection) -> None:
    """Put the file in WAL mode (persistent: readers find it so). Switching a file that another
    process is creating at the same moment fails at once with "database is locked" (SQLite does
    not wait on busy_timeout for it), so the switch is retried for up to BUSY_TIMEOUT_S."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if con.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                con.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@dataclass(frozen=True)
class LabelStore:
    """The analyst's corrections of one corpus, in `<corpus_dir>/labels.sqlite`. Reading a corpus
    with no corrections creates nothing; the file is made by the first edit."""

    corpus_dir: Path

    @property
    def path(self) -> Path:
        """The SQLite file."""
        return Path(self.corpus_dir) / LABELS_DB

    def exists(self) -> bool:
        """Whether any correction was ever stored here."""
        return self.path.is_file()

    @contextlib.contextmanager
    def _connect(self, write: bool) -> Iterator[sqlite3.Connection]:
        """A connection in WAL mode; with write, inside one immediate (write-locked) transaction."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            if write:
                _use_wal(con)
            con.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            if write:
                for statement in _SCHEMA:
                    con.execute(statement)
            yield con
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        finally:
            con.close()

    def _events(self, con: sqlite3.Connection, where: str = "", args: tuple[Any, ...] = ()
                ) -> list[tuple[Any, ...]]:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone():
            return []  # the first writer has created the file but not yet committed its table
        return con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events {where} ORDER BY seq",
                           args).fetchall()

    def set(self, comment_id: str, text_hash: str, field: str, value: object,
            set_by: str = ANALYST) -> int:
        """Record a correction; returns its event number."""
        return self.set_many([(comment_id, text_hash, field, value)], set_by)[0]

    def set_many(self, rows: Iterable[tuple[str, str, str, object]], set_by: str = ANALYST) -> list[int]:
        """Record several corrections (comment_id, text_hash, field, value) in one transaction."""
        encoded = [(str(c), str(h), f, _encode(f, v)) for c, h, f, v in rows]
        with self._connect(write=True) as con:
            return [int(con.execute(
                "INSERT INTO events (comment_id, text_hash, field, action, value, set_by, at) "
                "VALUES (?, ?, ?, 'set', ?, ?, ?)", (c, h, f, v, set_by, _now())).lastrowid or 0)
                for c, h, f, v in encoded]

    def undo(self, comment_id: str, field: str, set_by: str = ANALYST) -> bool:
        """Take back the comment's last standing correction of field (the one before it, or the
        model's label, is current again); False when there was none."""
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r}; choose one of {', '.join(FIELDS)}")
        with self._connect(write=True) as con:
            stack = _replay(self._events(con, "WHERE comment_id = ? AND field = ?",
                                         (comment_id, field))).get((comment_id, field), [])
            if not stack:
                return False
            restored = stack[-2] if len(stack) > 1 else None
            con.execute("INSERT INTO events (comment_id, text_hash, field, action, value, set_by, at) "
                        "VALUES (?, ?, ?, 'undo', ?, ?, ?)",
                        (comment_id, (restored or stack[-1])[2], field,
                         restored[5] if restored else None, set_by, _now()))
            return True

    def history(self, comment_id: str | None = None) -> pd.DataFrame:
        """Every event (of one comment, when given), oldest first; values decoded."""
        if not self.exists():
            return pd.DataFrame(columns=list(EVENT_COLUMNS))
        with self._connect(write=False) as con:
            rows = (self._events(con, "WHERE comment_id = ?", (comment_id,)) if comment_id is not None
                    else self._events(con))
        return pd.DataFrame([(*r[:5], _decode(r[5]), *r[6:]) for r in rows], columns=list(EVENT_COLUMNS))

    def current(self) -> pd.DataFrame:
        """The standing correction of every (comment_id, field), in the order they were made."""
        if not self.exists():
            return pd.DataFrame(columns=list(CURRENT_COLUMNS))
        with self._connect(write=False) as con:
            stacks = _replay(self._events(con))
        tops = sorted((stack[-1] for stack in stacks.values() if stack), key=lambda e: e[0])
        return pd.DataFrame([(e[1], e[3], _decode(e[5]), e[2], e[6], e[7], e[0]) for e in tops],
                            columns=list(CURRENT_COLUMNS))

    def version(self) -> int:
        """The last event number (0 when none): changes with every edit."""
        if not self.exists():
            return 0
        with self._connect(write=False) as con:
            events = self._events(con, "WHERE seq = (SELECT MAX(seq) FROM events)")
        return int(events[-1][0]) if events else 0


# Applying corrections ---------------------------------------------------------------------------

def _as_frame(corrections: LabelStore | pd.DataFrame) -> pd.DataFrame:
    return corrections.current() if isinstance(corrections, LabelStore) else corrections


def match_corrections(comments: pd.DataFrame, corrections: LabelStore | pd.DataFrame
                      ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(applied, stale). applied: the corrections with `row`, the index label of the comment each
    applies to, and `matched` ("id and text", or "text" when the id now names another comment).
    stale: the corrections that apply to no comment, with `reason`."""
    current = _as_frame(corrections)
    hashes = comments["text"].map(text_hash)
    by_id = dict(zip(comments["comment_id"], zip(comments.index, hashes, strict=True), strict=True))
    counts = hashes.value_counts()
    unique = {h: i for i, h in zip(comments.index, hashes, strict=True) if counts[h] == 1}
    applied, stale = [], []
    for row in current.itertuples(index=False):
        found = by_id.get(row.comment_id)
        if found and found[1] == row.text_hash:
            applied.append({**row._asdict(), "row": found[0], "matched": "id and text"})
        elif row.text_hash in unique:
            applied.append({**row._asdict(), "row": unique[row.text_hash], "matched": "text"})
        else:
            reason = "the comment's text changed" if found else "no comment has this id or text now"
            stale.append({**row._asdict(), "reason": reason})
    applied_frame = pd.DataFrame(applied, columns=[*CURRENT_COLUMNS, "row", "matched"])
    # one correction per comment and field: an exact match beats a text match, then the latest
    applied_frame = (applied_frame.assign(exact=applied_frame["matched"] == "id and text")
                     .sort_values(["exact", "seq"]).drop_duplicates(["row", "field"], keep="last")
                     .drop(columns="exact").sort_values("seq").reset_index(drop=True))
    return applied_frame, pd.DataFrame(stale, columns=[*CURRENT_COLUMNS, "reason"])


def _spam_word(flag: object) -> str:
    return "spam" if bool(flag) else "not spam"


def _set_stance(out: pd.DataFrame, at: Any, value: object) -> None:
    """The analyst's stance in row at, the model's kept in its reason."""
    said = f"model said {out.at[at, 'stance_model']}: {out.at[at, 'stance_reason']}"
    out.at[at, "stance_reason"] = f"Set by analyst ({said})"
    out.at[at, "stance"] = value
    out.at[at, "stance_confidence"] = 1.0
    out.at[at, "stance_set_by"] = ANALYST


UNFLAGGED_SPAM_REASON = ("No side yet: the model set this comment aside as spam and the analyst says it is "
                         "not; its words were not read for a side (set its stance to count it for one).")


def _set_spam(out: pd.DataFrame, at: Any, value: object) -> None:
    """The analyst's spam flag in row at, the model's kept in its reason (spam_score stays the model's).
    Spam speaks for no side (enrich/no_side.py), so unless the analyst set the stance too, a comment
    flagged is neutral, and one unflagged no longer gives spam as its reason."""
    said = f"model said {_spam_word(out.at[at, 'is_spam_model'])}: {out.at[at, 'spam_reason']}"
    out.at[at, "spam_reason"] = f"Set by analyst: {_spam_word(value)} ({said})"
    out.at[at, "is_spam"] = bool(value)
    out.at[at, "spam_set_by"] = ANALYST
    if out.at[at, "stance_set_by"] == ANALYST:
        return
    if value and out.at[at, "stance"] != NEUTRAL:
        model = f"model said {out.at[at, 'stance_model']}: {out.at[at, 'stance_reason']}"
        out.at[at, "stance_reason"] = f"No side: the analyst flagged the comment as spam ({model})"
        out.at[at, "stance"] = NEUTRAL
    elif not value and out.at[at, "stance_reason"] == SPAM_STANCE_REASON:
        out.at[at, "stance_reason"] = UNFLAGGED_SPAM_REASON


def _replies_after_labels(out: pd.DataFrame) -> None:
    """A reply that took its side from a commenter (enrich/replies.py, or the thread's cue alone)
    follows that commenter's side as the analyst's labels leave it, in the documents the analyst
    labelled: none when the commenter has no side left (spam flagged, or a side taken away), the
    commenter's new side when it agreed, the other side when it argued; and so on down a chain of
    replies (the build does the same with the labels it has)."""
    labelled = (out["spam_set_by"] == ANALYST) | (out["stance_set_by"] == ANALYST)
    if not labelled.any() or not {"doc_id", "author"} <= set(out):
        return
    rows = out.index[out["doc_id"].isin(set(out.loc[labelled, "doc_id"]))]
    answers = {at: found for at in rows if out.at[at, "stance_set_by"] == MODEL
               and out.at[at, "stance_model"] != NEUTRAL and isinstance(out.at[at, "stance_reason"], str)
               and (found := answered(out.at[at, "stance_reason"])) is not None}
    if not answers:
        return
    model_sides = _commenter_sides(out.loc[rows], "stance_model", "is_spam_model")
    reasons = {at: out.at[at, "stance_reason"] for at in answers}
    replies = _answering_replies(out, rows, {at: found.commenter for at, found in answers.items()
                                              if answered_by_reply(reasons[at])})
    for _ in range(len(answers) + 1):  # a chain settles in as many passes as it has replies
        sides = _commenter_sides(out.loc[rows], "stance", "is_spam")
        moved = [_follow(out, at, found, *_sides_followed(out, at, found, replies, sides, model_sides),
                         reasons[at]) for at, found in answers.items()]
        if not any(moved):
            return


def _answering_replies(out: pd.DataFrame, rows: pd.Index, repliers: dict[Any, str]) -> dict[Any, Any]:
    """For each comment at a row of `repliers` (ANSWERED_BY), the row of the reply by its replier that
    gave it its side: the replier's first comment after it in its document that names its writer (as
    the build's rule reads naming: enrich.replies.names_commenter), else their first after it; None
    when they wrote none after it. Each replier's comments are grouped once, however many they answer."""
    if not repliers or not {"position", "text"} <= set(out):
        return {}
    frame = out.loc[rows, ["doc_id", "author", "position", "text"]].sort_values("position", kind="stable")
    wanted = {(out.at[at, "doc_id"], replier) for at, replier in repliers.items()}
    theirs = {key: group for key, group in frame.groupby(["doc_id", "author"], sort=False) if key in wanted}
    found: dict[Any, Any] = {}
    for at, replier in repliers.items():
        group = theirs.get((out.at[at, "doc_id"], replier))
        later = group[group["position"] > out.at[at, "position"]] if group is not None else frame.iloc[:0]
        writer = str(out.at[at, "author"])
        naming = [row for row, text in zip(later.index, later["text"], strict=True)
                  if names_commenter(str(text), writer)]
        found[at] = naming[0] if naming else (later.index[0] if len(later) else None)
    return found


def _reply_side(out: pd.DataFrame, at: Any, stance: str, spam: str) -> str | None:
    """The side of the comment at `at` (None when it has none or is spam)."""
    if at is None or bool(out.at[at, spam]) or out.at[at, stance] == NEUTRAL:
        return None
    return str(out.at[at, stance])


def _sides_followed(out: pd.DataFrame, at: Any, found: Answered, replies: dict[Any, Any],
                    sides: dict[tuple[object, object], str | None],
                    model_sides: dict[tuple[object, object], str | None]) -> tuple[str | None, str | None]:
    """The side the comment at `at` followed as built and as the labels leave it: the one reply that
    answered it (ANSWERED_BY), else its commenter's side over all their comments."""
    if at in replies:
        reply = replies[at]
        return (_reply_side(out, reply, "stance_model", "is_spam_model"),
                _reply_side(out, reply, "stance", "is_spam"))
    key = (out.at[at, "doc_id"], found.commenter)
    return model_sides.get(key), sides.get(key)


def _commenter_sides(rows: pd.DataFrame, stance: str, spam: str) -> dict[tuple[object, object], str | None]:
    """Each (doc_id, author)'s side among rows: the one side of all its sided comments that are not
    spam, None when it has none or more than one."""
    sided = rows[~rows[spam].astype(bool) & (rows[stance] != NEUTRAL)]
    found: dict[tuple[object, object], set[object]] = {}
    for key, side in zip(zip(sided["doc_id"], sided["author"], strict=True), sided[stance], strict=True):
        found.setdefault(key, set()).add(side)
    keys = zip(rows["doc_id"], rows["author"], strict=True)
    out: dict[tuple[object, object], str | None] = dict.fromkeys(keys)
    out.update({key: str(next(iter(values))) for key, values in found.items() if len(values) == 1})
    return out


def _follow(out: pd.DataFrame, at: Any, found: Answered, was: str | None, now: str | None,
            reason: str) -> bool:
    """Give the reply at `at` the side its answered commenter's side now gives it (_replies_after_labels),
    from that side as built (was) and as the labels leave it (now); whether it changed."""
    own = str(out.at[at, "stance_model"])
    said = f"model said {own}: {reason}"
    if now == was:
        side, why = own, reason
    elif now is None:
        side, why = NEUTRAL, (f"No side: it took its side from {found.commenter}, who has none once the "
                              f"analyst's labels count ({said})")
    else:
        side = now if found.agrees else (was if now == own and was is not None else NEUTRAL)
        verb = "agrees with" if found.agrees else "argues with"
        why = (f"Follows the analyst's labels: it {verb} {found.commenter}, whose side they make {now} "
               f"({said})") if side != NEUTRAL else (f"No side: it argues with {found.commenter}, whose side "
                                                     f"the analyst's labels make {now} ({said})")
    if out.at[at, "stance"] == side and out.at[at, "stance_reason"] == why:
        return False
    out.at[at, "stance"], out.at[at, "stance_reason"] = side, why
    return True


def apply_corrections(comments: pd.DataFrame, corrections: LabelStore | pd.DataFrame) -> pd.DataFrame:
    """The comments (as built) with the analyst's labels in `stance` and `is_spam`, the model's
    kept in `stance_model` / `is_spam_model`, and `stance_set_by` / `spam_set_by` saying who set
    each. The input is not changed."""
    out = comments.copy()
    out["stance_model"] = out["stance"]
    out["stance_set_by"] = MODEL
    out["is_spam_model"] = out["is_spam"].astype(bool)
    out["spam_set_by"] = MODEL
    applied, _ = match_corrections(comments, corrections)
    for row in applied.itertuples(index=False):
        (_set_stance if row.field == "stance" else _set_spam)(out, row.row, row.value)
    out["is_spam"] = out["is_spam"].astype(bool)
    _replies_after_labels(out)
    return out[[c for c in out.columns if c not in COMMENT_LABEL_COLUMNS] + list(COMMENT_LABEL_COLUMNS)]


# The per-corpus model ----------------------------------------------------------------------------

MIN_CORPUS_LABELS = 10   # analyst stance labels (in two classes or more) before the model is used
CORPUS_MODEL_C = 1.0     # inverse regularisation of the logistic regression
NGRAM_WEIGHT = 1.0       # length of each comment's n-gram vector beside the cue scores
# The rules rarely pick the wrong side; their errors are sides left neutral. So the corpus model
# only gives a side to a comment the rules left neutral, and only this sure (benchmarks/learning_curve.py:
# letting it relabel everything cost 0.03-0.16 macro-F1 on the labelled sets).
MIN_OVERRIDE_P = 0.6
MIN_WORD_PUSH = 0.05     # an n-gram named in a reason pushes at least this much
N_HASH = 2**18


@functools.cache
def _hashers() -> tuple[HashingVectorizer, HashingVectorizer]:
    """The hashed word 1-2-grams of a text, and the column of one given n-gram (built on first use)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    words = HashingVectorizer(n_features=N_HASH, ngram_range=(1, 2), alternate_sign=False, norm=None,
                              binary=True, token_pattern=r"(?u)\b\w\w+\b")
    one = HashingVectorizer(n_features=N_HASH, analyzer=lambda s: [s], alternate_sign=False, norm=None)
    return words, one


def _ngram_block(texts: list[str]) -> csr_matrix:
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    clean = [normalise_text(t).casefold() for t in texts]
    return csr_matrix(normalize(_hashers()[0].transform(clean)) * NGRAM_WEIGHT)


def _features(scores: pd.DataFrame, rule_labels: pd.Series, texts: list[str],
              sides: tuple[str, ...]) -> csr_matrix:
    """Rule cue score per side, the rule's label one-hot, hashed word 1-2-grams."""
    from scipy.sparse import csr_matrix, hstack

    one_hot = np.array([[label == c for c in (*sides, NEUTRAL)] for label in rule_labels], dtype=float)
    dense = np.hstack([scores[list(sides)].to_numpy(dtype=float), one_hot])
    return hstack([csr_matrix(dense), _ngram_block(texts)]).tocsr()


@dataclass(frozen=True)
class CorpusModel:
    """A logistic regression fitted on one corpus's analyst labels, over the feature columns that
    occur in its training comments."""

    fitted: LogisticRegression
    sides: tuple[str, ...]
    n_labels: int
    columns: np.ndarray

    def classes(self) -> list[str]:
        """The labels it can give."""
        return [str(c) for c in self.fitted.classes_]

    def predict(self, scores: pd.DataFrame, rule_labels: pd.Series, texts: list[str]
                ) -> tuple[list[str], np.ndarray]:
        """(label, its probability) per comment."""
        proba = self.fitted.predict_proba(_features(scores, rule_labels, texts, self.sides)[:, self.columns])
        best = proba.argmax(axis=1)
        return [self.classes()[i] for i in best], proba[np.arange(len(best)), best]

    def _weights(self, label: str) -> np.ndarray:
        """Each kept column's push towards label."""
        coef, classes = self.fitted.coef_, self.classes()
        if coef.shape[0] > 1:
            return np.asarray(coef[classes.index(label)])
        return np.asarray(coef[0] * (1 if label == classes[1] else -1))

    def words_for(self, text: str, label: str, limit: int = 3) -> list[str]:
        """The comment's n-grams (not only stopwords) that pushed the model most towards label."""
        words, one = _hashers()
        grams = sorted(g for g in set(words.build_analyzer()(normalise_text(text).casefold()))
                       if not set(g.split()) <= STOPWORDS)
        if not grams:
            return []
        weight = dict(zip(self.columns.tolist(), self._weights(label).tolist(), strict=True))
        n_dense = len(self.sides) * 2 + 1
        pushes = [weight.get(n_dense + int(i), 0.0) for i in one.transform(grams).indices]
        ranked = sorted(zip(pushes, grams, strict=True), reverse=True)
        return [g for w, g in ranked[:limit] if w > MIN_WORD_PUSH]


def fit_corpus_model(scores: pd.DataFrame, rule_labels: pd.Series, texts: list[str], labels: list[str],
                     sides: tuple[str, ...]) -> CorpusModel | None:
    """The model, or None with fewer than MIN_CORPUS_LABELS labels or only one class."""
    from sklearn.linear_model import LogisticRegression

    if len(labels) < MIN_CORPUS_LABELS or len(set(labels)) < 2:
        return None
    features = _features(scores, rule_labels, texts, sides)
    n_dense = len(sides) * 2 + 1
    columns = np.union1d(np.arange(n_dense), np.unique(features.indices))  # unseen n-grams weigh 0
    fitted = LogisticRegression(C=CORPUS_MODEL_C, max_iter=2000)
    fitted.fit(features[:, columns], labels)
    return CorpusModel(fitted, sides, len(labels), columns)


def _side_names(config: CorpusConfig) -> dict[str, str]:
    return {s.id: s.person.name for s in config.sides} | {NEUTRAL: NEUTRAL}


def _model_reason(model: CorpusModel, label: str, p: float, text: str, rule_reason: str,
                  names: dict[str, str]) -> str:
    words = model.words_for(text, label)
    learnt = f"; words it learnt: {', '.join(repr(w) for w in words)}" if words else ""
    return (f"Corpus model from {model.n_labels} analyst labels: {names.get(label, label)} "
            f"({p:.0%}){learnt}. The rules said neutral: {rule_reason}")


def rescore_with_corrections(comments: pd.DataFrame, corrections: LabelStore | pd.DataFrame,
                             config: CorpusConfig, statements: pd.DataFrame | None = None,
                             scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """apply_corrections, then, with MIN_CORPUS_LABELS analyst stance labels in two classes, the
    corpus model re-scores every other comment: one the rules left neutral takes the side the model
    gives it with probability MIN_OVERRIDE_P or more (`stance_set_by` "corpus model", the reason
    says why, the rule label stays in `stance_model`); the others keep the rule label.
    `scores` (stance_scores of these comments) may be passed when already computed."""
    out = apply_corrections(comments, corrections)
    sides = config.side_ids()
    known = (out["stance_set_by"] == ANALYST) & out["stance"].isin((*sides, NEUTRAL))
    if known.sum() < MIN_CORPUS_LABELS:
        return out
    if scores is None:
        scores = stance_scores(comments, config, statements)
    texts = [t if isinstance(t, str) else "" for t in comments["text"]]
    model = fit_corpus_model(scores[known], out.loc[known, "stance_model"],
                             [t for t, k in zip(texts, known, strict=True) if k],
                             out.loc[known, "stance"].tolist(), sides)
    # spam and the outlet's own comments speak for no side: the model gives them none either
    rest = (out["stance_set_by"] != ANALYST) & ~out["is_spam"] & ~out["stance_reason"].isin(NO_SIDE_REASONS)
    if model is None or not rest.any():
        return out
    rest_texts = [t for t, r in zip(texts, rest, strict=True) if r]
    labels, proba = model.predict(scores[rest], out.loc[rest, "stance_model"], rest_texts)
    changed = pd.Series(False, index=out.index)
    changed[rest] = (out.loc[rest, "stance_model"].eq(NEUTRAL).to_numpy() & (proba >= MIN_OVERRIDE_P)
                     & (np.array(labels) != NEUTRAL))
    pick = changed[rest].to_numpy()
    names = _side_names(config)
    out.loc[changed, "stance_reason"] = [
        _model_reason(model, label, p, text, reason, names)
        for label, p, text, reason in zip(np.array(labels)[pick], proba[pick],
                                          np.array(rest_texts, dtype=object)[pick],
                                          out.loc[changed, "stance_reason"], strict=True)]
    out.loc[changed, "stance"] = np.array(labels)[pick]
    out.loc[changed, "stance_confidence"] = np.round(proba[pick], 2)
    out.loc[changed, "stance_set_by"] = CORPUS_MODEL
    return out
