"""Stance help after the classifier: closeness to each side's own statements, and reply chains.

Two general signals for comments the cue classifier (stance.py) left neutral:

- Similarity: the comment's asserted sentences (not questions, not negated) and each side's
  claims (its config position cues and what its people said in the corpus, one sentence each)
  are embedded with the WordLlama 256-d token table, which ships inside the `wordllama` wheel and
  is read from there (nothing is downloaded, nothing is written); names of the story's people are
  masked and only content words kept, so the comparison is about what is argued, not who is
  named. A comment clearly closer on average to one side's claims than to the other's takes it.
- Replies: a comment that opens with "@<earlier commenter>" (or has `reply_to`) and answers a
  commenter whose decided comments all take one side of two, with no cue of its own, argues
  back: it takes the other side.

Both decide only comments the classifier left neutral (and not flagged `is_spam`, when that
column is there), with a low confidence and a reason that says what decided them; a decided
comment is never changed.
"""

import importlib.util
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse

from ..core.config import CorpusConfig
from ..core.repair import normalise_text
from .stance import NEUTRAL
from .words import content_words

__all__ = ["Embedder", "load_embedder", "side_claims", "SideSimilarity", "side_similarity",
           "asserted_text", "addressed_author", "adjust_stance", "SIM_MARGIN", "SIM_CONFIDENCE",
           "REPLY_CONFIDENCE"]

SIM_MARGIN = 0.08        # mean cosine to one side's claims minus the runner-up's (set on seeds + dev sets)
SIM_CONFIDENCE = 0.5     # confidence of a side taken by similarity (a decided cue gives 0.5 and up)
REPLY_CONFIDENCE = 0.5   # confidence of a side taken by answering a commenter of the other side
MAX_CHARS = 5_000        # of one text, embedded (the first part of a long comment says enough)
BATCH = 4_096            # texts tokenised and pooled at once
QUOTE_CHARS = 60         # of the closest statement, shown in a reason
MAX_NAME = 80            # characters of a commenter's name an "@" reply is matched on

_WEIGHTS = ("weights", "l2_supercat_256.safetensors")
_TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")
_SPECIAL_IDS = 3         # <unk>, <s>, </s>: not words
_SENTENCE = re.compile(r"(?<=[.!?\u2026])\s+")
_NEGATION = re.compile(
    r"(?i)\b(?:not|no|never|nothing|nobody|none|neither|nor|without|hardly)\b|n['\u2019]t\b")


class Embedder:
    """Mean-pooled, unit-length WordLlama token embeddings of texts."""

    def __init__(self, tokenizer: object, table: np.ndarray) -> None:
        self.tokenizer = tokenizer
        self.table = np.ascontiguousarray(table, dtype=np.float32)

    @property
    def dim(self) -> int:
        """Length of one embedding."""
        return int(self.table.shape[1])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per text (all zeros for a text with no known token)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for lo in range(0, len(texts), BATCH):
            out[lo:lo + BATCH] = self._pooled([t[:MAX_CHARS] for t in texts[lo:lo + BATCH]])
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1.0)

    def _pooled(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts, add_special_tokens=False)  # type: ignore[attr-defined]
        rows, cols = [], []
        for row, encoding in enumerate(encodings):
            ids = [i for i, m in zip(encoding.ids, encoding.attention_mask, strict=True)
                   if m and _SPECIAL_IDS <= i < self.table.shape[0]]
            rows.extend([row] * len(ids))
            cols.extend(ids)
        counts = sparse.csr_matrix((np.ones(len(cols), dtype=np.float32), (rows, cols)),
                                   shape=(len(texts), self.table.shape[0]))
        return np.asarray(counts @ self.table)  # sums; rows are normalised afterwards


def _package_dir(name: str) -> Path | None:
    """Where an installed package lives, found without importing it (wordllama's import sets
    up root logging)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def load_embedder() -> Embedder | None:
    """The WordLlama l2_supercat 256-d table and its tokenizer, read from the files the wheel
    ships (no download, no cache directory); None when the package or its files are missing."""
    root = _package_dir("wordllama")
    if root is None or not root.joinpath(*_WEIGHTS).is_file() or not root.joinpath(*_TOKENIZER).is_file():
        return None
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(root.joinpath(*_TOKENIZER)))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Embedder(tokenizer, load_file(str(root.joinpath(*_WEIGHTS)))["embedding.weight"])


def side_claims(config: CorpusConfig, statements: pd.DataFrame | None) -> dict[str, list[str]]:
    """Each side's claims, one sentence each: its config position cues and the statements
    (speaker, text) said by its people, as the classifier's claims collect them."""
    side_of = {s.person.name: s.id for s in config.sides}
    side_of.update({p.name: p.side for p in config.people if p.side and p.name not in side_of})
    texts: dict[str, list[str]] = {s.id: list(s.position_cues) for s in config.sides}
    if statements is not None and not statements.empty and {"speaker", "text"} <= set(statements):
        for speaker, text in zip(statements["speaker"], statements["text"], strict=True):
            side = side_of.get(str(speaker), "")
            if side in texts and isinstance(text, str):
                texts[side].extend(_sentences(text))
    return {side: [t for t in items if t.strip()] for side, items in texts.items()}


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(normalise_text(text)) if s.strip()]


def asserted_text(text: str) -> str:
    """The sentences of a comment its writer asserts: questions and negated sentences left out
    (their words may echo a side only to reject it)."""
    return " ".join(s for s in _sentences(text) if not s.rstrip().endswith("?") and not _NEGATION.search(s))


def _name_pattern(config: CorpusConfig) -> re.Pattern[str] | None:
    names = {n for p in config.everyone for n in p.names} | {d for s in config.sides for d in s.descriptors}
    names = {n for n in names if n.strip()}
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:{alternatives})(?!\w)")


def _content(text: str, names: re.Pattern[str] | None) -> str:
    """Content words of a text with the story's names masked: what is argued, not who is named."""
    return " ".join(content_words(names.sub(" ", text) if names else text))


@dataclass(frozen=True)
class SideSimilarity:
    """Per comment, the mean cosine to each side's claims, and the closest claim of each side."""

    sides: tuple[str, ...]
    scores: np.ndarray               # comments x sides
    closest: list[dict[str, str]]    # per comment: side -> its closest claim


def side_similarity(texts: Sequence[str], claims: dict[str, list[str]], config: CorpusConfig,
                    embedder: Embedder) -> SideSimilarity:
    """How close each comment's asserted content words are to each side's claims."""
    names = _name_pattern(config)
    sides = tuple(s for s in config.side_ids() if claims.get(s))
    vectors = embedder.embed([_content(asserted_text(t), names) for t in texts])
    scores = np.zeros((len(texts), len(sides)), dtype=np.float32)
    closest: list[dict[str, str]] = [{} for _ in texts]
    for col, side in enumerate(sides):
        sims = vectors @ embedder.embed([_content(c, names) for c in claims[side]]).T
        scores[:, col] = sims.mean(axis=1)
        for row, best in enumerate(sims.argmax(axis=1)):
            closest[row][side] = claims[side][int(best)]
    return SideSimilarity(sides, scores, closest)


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


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1].rstrip() + "\u2026"


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


def _by_similarity(texts: list[str], labels: _Labels, statements: pd.DataFrame | None,
                   config: CorpusConfig, embedder: Embedder, margin: float) -> None:
    """Neutral comments clearly closer to one side's claims take that side."""
    claims = side_claims(config, statements)
    open_rows = [row for row, (text, side) in enumerate(zip(texts, labels.stance, strict=True))
                 if side == NEUTRAL and text.strip()]
    if not open_rows or sum(1 for s in config.side_ids() if claims.get(s)) < 2:
        return
    found = side_similarity([texts[row] for row in open_rows], claims, config, embedder)
    names = {s.id: s.person.name for s in config.sides}
    ranked = np.sort(found.scores, axis=1)
    winners = found.scores.argmax(axis=1)
    for at in np.flatnonzero(ranked[:, -1] - ranked[:, -2] >= margin):
        side = found.sides[int(winners[at])]
        best, runner = ranked[at, -1], ranked[at, -2]
        labels.set(open_rows[at], side, SIM_CONFIDENCE, (
            f"Sides with {names[side]} by similarity: what it asserts is closer to {names[side]}'s "
            f"side's statements than to the other side's ({best:.2f} against {runner:.2f}; closest: "
            f"\"{_short(found.closest[at][side])}\")."))


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


def adjust_stance(comments: pd.DataFrame, stance: pd.DataFrame, statements: pd.DataFrame | None,
                  config: CorpusConfig, similarity: bool = True, replies: bool = True,
                  margin: float = SIM_MARGIN) -> pd.DataFrame:
    """The classifier's stance, stance_confidence and stance_reason (same index as comments) with
    neutral comments decided by similarity to a side's statements (by `margin`), then by reply chains."""
    out = stance[["stance", "stance_confidence", "stance_reason"]].copy()
    if comments.empty:
        return out
    if "is_spam" in comments:  # spam is left as the classifier had it
        keep = ~comments["is_spam"].fillna(False).astype(bool)
        adjusted = adjust_stance(comments[keep].drop(columns="is_spam"), out[keep], statements, config,
                                 similarity, replies, margin)
        out.loc[adjusted.index] = adjusted
        return out
    texts = _texts(comments)
    labels = _Labels(out["stance"].astype(str).tolist(), out["stance_confidence"].astype(float).tolist(),
                     out["stance_reason"].astype(str).tolist())
    if similarity:
        embedder = load_embedder()
        if embedder is not None:
            _by_similarity(texts, labels, statements, config, embedder, margin)
    if replies and {"doc_id", "position", "author"} <= set(comments):
        _by_replies(comments, texts, labels, config)
    return pd.DataFrame({"stance": labels.stance, "stance_confidence": labels.confidence,
                         "stance_reason": labels.reason}, index=out.index)
