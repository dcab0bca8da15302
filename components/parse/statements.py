"""Statements: what was said, once, however many documents carry it; dated from the best evidence.

A statement is one claim: a sentence, or a short run said together (a tweet, a passage quoted
whole). A mention (one quote or tweet in one document) links to every statement it carries, so an
outlet's block quote that strings several tweets together links to each of them, and nothing
chains: two statements never merge because some mention carries both.

Statements are defined in a fixed order that depends only on the corpus: signed tweets first
(their bodies are exactly what was said together), then quotes attributed as tweets, then other
quotes, shortest first, and last the quotes that only repeat part of a longer passage that a
second document also carries. Each mention's sentences are matched to the statements defined so
far (same speaker, rapidfuzz on folded text, so spelling variants, dashes and truncation match);
sentences that match none form new statements, one per unbroken run.

Work is near-linear in the mentions. Each distinct wording of a speaker is compared only with
the speaker's wordings that share at least half of its word-beginning terms (a sparse product of
the wording-by-term matrix), never with all of them; each mention is then matched by lookups.

A statement's id comes from its speaker and its anchor wording: the first sentence it has in the
earliest document that carries it (by publication date, undated documents last, then document
id, paragraph and sentence). Looking at the corpus alone, that is as stable as an id can be: a
document published after every other renames nothing, except when it merges statements (it is
the second to carry a passage whole, whose parts then join it; the merged statement keeps the id
of the part with the earliest wording); a document published earlier renames the statements it
quotes in a wording of its own, which becomes their anchor. No rule over the corpus alone can do
better, since two outlets' wordings of one sentence would each have to be the anchor.

So a rebuild is given the previous build (`previous`: the build passes the statements its output
folder holds, engine/registry.py, the folder's id registry): its statements come first, each
with every wording it had, and keep their id and the text they showed (while a mention still
carries it). Mentions are then linked as above, and a sentence that is a known statement's
wording (or the same sentence in other words) joins that statement. Then adding any document, in
any wording, published at any date, bridging statements or not, renames, merges and splits
nothing: a block quote of two known statements links to both. Only new statements get new ids
(named as without history), and a statement no mention carries any more is gone. The price: after
documents are added, the ids depend on the order the corpus grew in; a build without `previous`
(into an empty folder) names each statement by the rule above, which may differ from the ids the
rebuilds kept. Given its own output as `previous`, a build returns that output again, so the same
inputs built into the same folder give the same tables (incremental or cold).
"""

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from scipy.sparse import csr_matrix

from ..core.repair import fold_typography
from .dates import (
    EVIDENCE_RANK,
    DateExpr,
    Resolved,
    resolve,
    resolve_published,
    resolve_signature,
    value_problem,
)

__all__ = ["build_statements", "known_statements", "mention_sentences", "sentence_pieces", "statement_id",
           "SAME_SENTENCE_RATIO", "FRAGMENT_PARTIAL_RATIO"]

# Two wordings are the same sentence at this rapidfuzz ratio (spelling variants, dashes).
SAME_SENTENCE_RATIO = 88
# A fragment (cut short, or quoted in part) is inside a sentence at this partial ratio.
FRAGMENT_PARTIAL_RATIO = 92
MIN_SENTENCE_WORDS = 3
_KIND_ORDER = ("tweet", "interview", "quote", "paraphrase")
# Evidence rank of a date taken from a tweet quoted in the same passage (just below a signature).
_SIBLING_RANK = 5.5
# Which mention's reason for its speaker a statement shows: the strongest basis first.
_BASIS_ORDER = ("signature", "named", "descriptor", "unnamed", "pronoun", "colon", "continuation", "weak", "")
_BREAK = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][”\"’']))\s+")
_UNDATED = "9999"
# Fields every mention row is given when missing (older cached rows, hand-made rows in tests).
_DEFAULTS: dict[str, Any] = {"speaker_reason": "", "speaker_basis": "", "signature_date": "", "handle": ""}
# Index terms: the first letters of a word, so British and American spellings of it ("realise",
# "realize"; "colour", "color") share a term; words this common say nothing about which sentence
# it is, and are looked up only for a sentence made of nothing else.
_STEM = 4
_BLOCK_ROWS = 512  # keys whose shared-term counts are computed at once (bounds the product's memory)
_COMMON = frozenset(
    "the and that this with for are was were you your have has had not but they them their there "
    "what when who will would could should been from just about into than then its our out all "
    "can one his her she him how why any get got did does doing is it of to in on at be we as an "
    "or by so do if my me no up us he".split())


_NOT_KEY = re.compile(r"[^a-z0-9 ]+")


def _key(text: str) -> str:
    """A wording as compared: folded, lower case, letters, digits and single spaces only."""
    return " ".join(_NOT_KEY.sub("", fold_typography(text).lower()).split())


def mention_sentences(text: str) -> list[str]:
    """Comparable sentences of a wording: folded, lower case, letters and digits only."""
    parts = re.split(r"[.!?…]+|\s-\s", fold_typography(text).lower())
    cleaned = [" ".join(re.sub(r"[^a-z0-9 ]+", "", p).split()) for p in parts]
    return [c for c in cleaned if len(c.split()) >= MIN_SENTENCE_WORDS]


def sentence_pieces(text: str) -> list[tuple[str, str]]:
    """(wording, comparable key) of each sentence of a text, in order; a piece too short to
    compare ("right?") stays with the sentence before it (or after it, when it comes first)."""
    pieces: list[tuple[str, str]] = []
    pending = ""
    for raw in _BREAK.split(text.strip()):
        wording = f"{pending} {raw}".strip() if pending else raw.strip()
        key = _key(wording)
        if not key:
            continue
        if len(key.split()) < MIN_SENTENCE_WORDS:
            if pieces:
                last, _ = pieces[-1]
                pieces[-1] = (f"{last} {wording}", _key(f"{last} {wording}"))
            else:
                pending = wording
            continue
        pending = ""
        pieces.append((wording, key))
    if pending:
        pieces.append((pending, _key(pending)))
    return pieces


def _same(a: str, b: str) -> bool:
    """Whether two keys are the same sentence, or one is a fragment (3 words or more) of the other."""
    if a == b:
        return True
    short, long_ = sorted(sorted((a, b)), key=len)
    if fuzz.ratio(a, b, score_cutoff=SAME_SENTENCE_RATIO):
        return True
    return len(short.split()) >= MIN_SENTENCE_WORDS and \
        bool(fuzz.partial_ratio(short, long_, score_cutoff=FRAGMENT_PARTIAL_RATIO))


def _terms(key: str) -> tuple[set[str], set[str]]:
    """(every index term of a key, the terms to look it up by: its uncommon words, else all)."""
    words = key.split()
    every = {w[:_STEM] for w in words}
    rare = {w[:_STEM] for w in words if len(w) >= 3 and w not in _COMMON}
    return every, (rare or every)


def _sharing_pairs(terms: list[set[str]]) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) whose term sets share at least half the terms of the smaller one: a
    sparse product of the key-by-term matrix with itself, a block of rows at a time."""
    vocabulary: dict[str, int] = {}
    indices = [vocabulary.setdefault(t, len(vocabulary)) for held in terms for t in sorted(held)]
    indptr = np.cumsum([0, *map(len, terms)])
    matrix = csr_matrix((np.ones(len(indices), dtype=np.int32), indices, indptr),
                        shape=(len(terms), len(vocabulary)))
    sizes, transposed = np.diff(indptr), matrix.T.tocsr()
    for start in range(0, len(terms), _BLOCK_ROWS):
        shared = (matrix[start:start + _BLOCK_ROWS] @ transposed).tocoo()
        rows, cols = shared.row + start, shared.col
        keep = (rows < cols) & (2 * shared.data >= np.minimum(sizes[rows], sizes[cols]))
        yield from zip(rows[keep].tolist(), cols[keep].tolist(), strict=True)


def _neighbours(keys: Iterable[str]) -> dict[str, set[str]]:
    """Each key's set of keys that are the same sentence or a fragment of it (itself included).
    Only keys sharing at least half the lookup terms of the one with fewer are compared: a
    spelling variant shares nearly all its terms (they are word beginnings), a fragment nearly all
    of its own, and two different sentences of one speaker rarely half of them. A key made of
    common words only is looked up by all its words."""
    ordered = list(keys)
    found: dict[str, set[str]] = {key: {key} for key in ordered}
    terms = [_terms(key) for key in ordered]
    candidates = set(_sharing_pairs([rare for _, rare in terms]))
    postings: dict[str, list[int]] = {}
    for j, (every, _) in enumerate(terms):
        for term in every:
            postings.setdefault(term, []).append(j)
    for i, (every, rare) in enumerate(terms):
        if every is rare:  # common words only: compare with every key sharing half of them
            shared = Counter(j for term in every for j in postings[term] if j != i)
            candidates.update((min(i, j), max(i, j)) for j, n in shared.items()
                              if 2 * n >= min(len(every), len(terms[j][1])))
    for i, j in sorted(candidates):
        if _same(ordered[i], ordered[j]):
            found[ordered[i]].add(ordered[j])
            found[ordered[j]].add(ordered[i])
    return found


@dataclass
class _Speaker:
    """One speaker's mentions as the linking sees them."""

    mentions: list[int] = field(default_factory=list)
    neighbours: dict[str, set[str]] = field(default_factory=dict)
    unit_of: dict[str, int] = field(default_factory=dict)  # each wording seen so far -> its statement
    # A wording whose neighbours are not all the same sentence as one another (a fragment two
    # different sentences share) -> the one of them said first, the only one it links with.
    first_of: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Link:
    """One mention carrying one statement: which of the mention's sentences it carries."""

    mention: int
    unit: int
    pieces: tuple[int, ...]


class _Passages:
    """One speaker's distinct passages (tuples of sentence keys), which documents carry each, and
    which passages cover which (every sentence of one is in the other)."""

    def __init__(self, keys: list[tuple[str, ...]], docs: list[str], mentions: list[int],
                 neighbours: dict[str, set[str]]) -> None:
        self.docs: dict[tuple[str, ...], set[str]] = {}
        for i in mentions:
            self.docs.setdefault(keys[i], set()).add(docs[i])
        self.neighbours = neighbours
        self.holding: dict[str, list[tuple[str, ...]]] = {}
        for passage in self.docs:
            for key in dict.fromkeys(passage):
                self.holding.setdefault(key, []).append(passage)
        self._coverers: dict[tuple[str, ...], list[tuple[str, ...]]] = {}

    def covers(self, longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
        """Whether every sentence of `shorter` is in `longer`."""
        held = set(longer)
        return all(not self.neighbours[s].isdisjoint(held) for s in shorter)

    def coverers(self, passage: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The passages that cover this one (itself included)."""
        if passage not in self._coverers:
            if not passage:
                found = list(self.docs)
            else:
                near = self.neighbours[passage[0]]
                candidates = dict.fromkeys(p for k in near for p in self.holding.get(k, ()))
                found = [p for p in candidates if self.covers(p, passage)]
            self._coverers[passage] = found
        return self._coverers[passage]

    def attested(self, passage: tuple[str, ...], doc: str) -> bool:
        """Whether a document other than `doc` carries this passage, whole or inside a longer one."""
        return any(len(self.docs[p]) > 1 or doc not in self.docs[p] for p in self.coverers(passage))

    def deferred(self, passage: tuple[str, ...]) -> bool:
        """Whether the passage repeats part of a longer one that is attested in two documents."""
        return any(len(p) > len(passage) and any(self.attested(p, d) for d in self.docs[p])
                   for p in self.coverers(passage))


@dataclass(frozen=True)
class _Known:
    """A previous build's statements, so that they keep their ids: per speaker, each sentence key
    of their wordings and its statement id; the wordings with no sentence; the text each showed."""

    wordings: dict[str, dict[str, str]] = field(default_factory=dict)
    silent: dict[tuple[str, str], str] = field(default_factory=dict)
    text: dict[str, str] = field(default_factory=dict)


def known_statements(statements: pd.DataFrame, mentions: pd.DataFrame) -> _Known:
    """What a previous build_statements result says about its statements (ids, wordings, texts)."""
    known = _Known()
    if statements.empty or mentions.empty:
        return known
    known.text.update(zip(statements["statement_id"].tolist(), statements["text"].astype(str).tolist(),
                          strict=True))
    links = sorted(set(zip(mentions["statement_id"].tolist(), mentions["speaker"].tolist(),
                           mentions["text"].astype(str).tolist(), strict=True)))
    for statement, speaker, text in links:
        keys = [key for _, key in sentence_pieces(text)]
        if not keys:
            known.silent.setdefault((speaker, _folded(text)), statement)
        for key in keys:
            known.wordings.setdefault(speaker, {}).setdefault(key, statement)
    return known


def _by_speaker(rows: list[dict[str, Any]], keys: list[tuple[str, ...]], known: _Known
                ) -> dict[str, _Speaker]:
    """Mentions grouped by speaker, with the neighbours of every sentence the speaker said (and of
    the wordings of the speaker's known statements)."""
    speakers: dict[str, _Speaker] = {}
    for i, row in enumerate(rows):
        speakers.setdefault(row["speaker"], _Speaker()).mentions.append(i)
    for speaker, group in speakers.items():
        said = [k for i in group.mentions for k in keys[i]]
        group.neighbours = _neighbours(dict.fromkeys([*said, *sorted(known.wordings.get(speaker, {}))]))
    return speakers


def _order(rows: list[dict[str, Any]], keys: list[tuple[str, ...]], published: dict[str, str],
           speakers: dict[str, _Speaker]) -> list[int]:
    """The order in which mentions define statements (see the module docstring)."""
    docs = [row["doc_id"] for row in rows]
    deferred: set[int] = set()
    for group in speakers.values():
        passages = _Passages(keys, docs, group.mentions, group.neighbours)
        later = {p for p in passages.docs if passages.deferred(p)}
        deferred.update(i for i in group.mentions if keys[i] in later)

    def rank(i: int) -> tuple[Any, ...]:
        row = rows[i]
        signed = row["speaker_basis"] == "signature" and bool(row["signature_date"] or row["handle"])
        step = 0 if signed else (1 if row["kind"] == "tweet" and i not in deferred else
                                 (3 if i in deferred else 2))
        words = sum(len(k.split()) for k in keys[i])
        return (step, len(keys[i]), published.get(row["doc_id"]) or _UNDATED, -words,
                " ".join(keys[i]), row["doc_id"], int(row["paragraph"]), int(row.get("part") or 0),
                row["speaker"], row["text"])

    return sorted(range(len(rows)), key=rank)


def _runs(unmatched: list[int]) -> list[list[int]]:
    """Unbroken runs of piece indexes."""
    runs: list[list[int]] = []
    for n in unmatched:
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _first_said(rows: list[dict[str, Any]], keys: list[tuple[str, ...]], published: dict[str, str],
                speakers: dict[str, _Speaker]) -> None:
    """Each speaker's shared fragments, each with the sentence it links with: a fragment of two
    different sentences (neither the same sentence as the other) would chain them into one
    statement, so it links only with the one said first (publication date, undated last, then
    document, paragraph, part and sentence). A later document never says anything first, so
    adding it moves no fragment away from the sentence it linked with."""
    for group in speakers.values():
        shared = [key for key, near in group.neighbours.items()
                  if len(near) > 2 and not _all_same(key, group)]
        if not shared:
            continue
        said: dict[str, tuple[Any, ...]] = {}
        for i in group.mentions:
            row = rows[i]
            where = (published.get(row["doc_id"]) or _UNDATED, row["doc_id"], int(row["paragraph"]),
                     int(row.get("part") or 0))
            for n, key in enumerate(keys[i]):
                here = (*where, n, key)
                said[key] = min(said.get(key, here), here)
        for key in shared:
            others = [k for k in group.neighbours[key] if k != key]
            group.first_of[key] = min(others, key=lambda k: said.get(k, (_UNDATED + "~", k)))


def _all_same(key: str, group: _Speaker) -> bool:
    """Whether every neighbour of a wording is the same sentence as (or a fragment of) every other."""
    others = group.neighbours[key] - {key}
    return all(others <= group.neighbours[k] for k in others)


def _joins(key: str, other: str, group: _Speaker) -> bool:
    """Whether two neighbouring wordings may link: neither is a shared fragment whose first
    sentence is a different sentence from the other wording."""
    for fragment, wording in ((key, other), (other, key)):
        first = group.first_of.get(fragment)
        if first is not None and wording != first and wording not in group.neighbours[first]:
            return False
    return True


def _match(key: str, group: _Speaker) -> int | None:
    """The statement a sentence belongs to: the one it was linked to before, else the latest
    statement holding a wording that is the same sentence (or a fragment of it) and links with it."""
    if key in group.unit_of:
        return group.unit_of[key]
    matched = [group.unit_of[k] for k in group.neighbours[key]
               if k in group.unit_of and _joins(key, k, group)]
    return max(matched) if matched else None


def _assign(keys: tuple[str, ...], group: _Speaker) -> dict[int, int]:
    """Piece index -> unit index for the pieces that match a statement of this speaker; a piece
    between two pieces of one statement belongs to it too (a sentence reworded mid-passage)."""
    found = {n: u for n, key in enumerate(keys) if (u := _match(key, group)) is not None}
    if len(found) < 2:
        return found
    before: list[int | None] = []
    last = None
    for n in range(len(keys)):
        last = found.get(n, last)
        before.append(last)
    after = None
    for n in range(len(keys) - 1, -1, -1):
        if n in found:
            after = found[n]
        elif after is not None and before[n] == after:
            found[n] = after
    return dict(sorted(found.items()))


def _seed(known: _Known, speakers: dict[str, _Speaker]) -> tuple[list[str], dict[tuple[str, str], int],
                                                                  dict[int, str]]:
    """Known statements as the first units: (the speaker of each, the unit of each wording with no
    sentence, the known id of each unit); every wording of a known statement is linked to it."""
    units: list[str] = []
    silent: dict[tuple[str, str], int] = {}
    unit_of_id: dict[str, int] = {}

    def unit(speaker: str, statement: str) -> int:
        if statement not in unit_of_id:
            unit_of_id[statement] = len(units)
            units.append(speaker)
        return unit_of_id[statement]

    for speaker, wordings in sorted(known.wordings.items()):
        if speaker in speakers:  # a speaker no document quotes any more has no statement
            for key, statement in sorted(wordings.items(), key=lambda pair: (pair[1], pair[0])):
                speakers[speaker].unit_of.setdefault(key, unit(speaker, statement))
    for (speaker, folded), statement in sorted(known.silent.items()):
        if speaker in speakers:
            silent.setdefault((speaker, folded), unit(speaker, statement))
    return units, silent, {u: statement for statement, u in unit_of_id.items()}


def _link(rows: list[dict[str, Any]], keys: list[tuple[str, ...]], published: dict[str, str],
          known: _Known) -> tuple[list[str], list[_Link], dict[int, str]]:
    """The speaker of each statement, the links of mentions to statements, and the known id of
    each unit that continues a known statement."""
    speakers = _by_speaker(rows, keys, known)
    _first_said(rows, keys, published, speakers)
    units, silent, kept = _seed(known, speakers)  # silent: (speaker, folded text) -> unit
    links: list[_Link] = []
    for i in _order(rows, keys, published, speakers):
        speaker = rows[i]["speaker"]
        if not keys[i]:  # nothing comparable: the mention's whole text is the statement
            unit = silent.setdefault((speaker, _folded(rows[i]["text"])), len(units))
            if unit == len(units):
                units.append(speaker)
            links.append(_Link(i, unit, ()))
            continue
        group = speakers[speaker]
        linked = [group.unit_of.get(key) for key in keys[i]]
        if None not in linked:  # every sentence linked before: what _assign gives, without its passes
            carried: dict[int, list[int]] = {}
            for n, u in enumerate(linked):
                carried.setdefault(u, []).append(n)  # type: ignore[arg-type]
            links += [_Link(i, u, tuple(ns)) for u, ns in carried.items()]
            continue
        found = _assign(keys[i], group)
        for run in _runs([n for n in range(len(keys[i])) if n not in found]):
            units.append(speaker)
            found.update(dict.fromkeys(run, len(units) - 1))
        carried = {}
        for n, u in sorted(found.items()):
            group.unit_of.setdefault(keys[i][n], u)
            carried.setdefault(u, []).append(n)
        links += [_Link(i, u, tuple(ns)) for u, ns in carried.items()]
    return units, links, kept


def _folded(text: str) -> str:
    """A wording with no comparable sentence, as compared: NFKC, case and spaces folded."""
    return " ".join(unicodedata.normalize("NFKC", str(text)).casefold().split()) or "-"


# ---- dates ----

Anchors = dict[str, tuple[date | None, str]]


@lru_cache(maxsize=1 << 16)
def _resolve_cached(signature: str, kind: str, phrase: str, inherited: bool, doc_id: str,
                    anchor: date | None, desc: str) -> Resolved:
    signed = resolve_signature(signature) if signature else None
    if signed is not None and signed.value:
        return signed
    if not kind:
        return signed or Resolved("", "", 0)
    found = resolve(DateExpr(kind, phrase), anchor, desc)
    if inherited and found.value:
        return Resolved(found.value, f"{found.evidence} (inherited: stated earlier in {doc_id} "
                                     "about this speaker)", found.rank - 0.5)
    return found


def _resolve_mention(row: dict[str, Any], anchors: Anchors) -> Resolved:
    anchor, desc = anchors.get(row["doc_id"], (None, ""))
    return _resolve_cached(str(row["signature_date"] or ""), str(row.get("date_kind") or ""),
                           str(row.get("date_phrase") or ""), bool(row.get("date_inherited")),
                           row["doc_id"], anchor, desc)


# Each mention's date as resolved under some document anchors, with those anchors.
Earlier = tuple[Anchors, dict[int, Resolved]]


def _resolve_all(rows: list[dict[str, Any]], links: list[_Link], anchors: Anchors,
                 earlier: Earlier | None = None) -> tuple[list[Resolved], dict[int, Resolved]]:
    """Each link dated from its mention; a statement quoted in one passage with a signed tweet
    takes the tweet's signature date when its own evidence is weaker. Also each mention's own
    date, for a later call (`earlier`: a mention whose document has the same anchor as then keeps
    the date it had, which depends on nothing else)."""
    mentions = dict.fromkeys(link.mention for link in links)
    if earlier is None:
        by_mention = {i: _resolve_mention(rows[i], anchors) for i in mentions}
    else:
        before, known = earlier
        changed = {doc_id for doc_id in {*anchors, *before} if anchors.get(doc_id) != before.get(doc_id)}
        by_mention = {i: _resolve_mention(rows[i], anchors) if rows[i]["doc_id"] in changed else known[i]
                      for i in mentions}
    dated = [by_mention[link.mention] for link in links]
    signature: dict[int, tuple[str, str]] = {}
    for link, found in zip(links, dated, strict=True):
        sign = rows[link.mention]["signature_date"]
        if sign and found.rank >= EVIDENCE_RANK["signature"]:
            signature[link.unit] = (found.value, sign)
    for group in _passage_groups(links):
        sibling = next((signature[links[n].unit] for n in group if links[n].unit in signature), None)
        if sibling is None:
            continue
        for n in group:
            if links[n].unit not in signature and dated[n].rank < _SIBLING_RANK:
                doc_id = rows[links[n].mention]["doc_id"]
                dated[n] = Resolved(sibling[0], f"tweet signature '{sibling[1]}' of a tweet quoted in "
                                                f"the same passage in {doc_id}", _SIBLING_RANK)
    return dated, by_mention


def _passage_groups(links: list[_Link]) -> Iterator[list[int]]:
    """Link indexes of each mention that carries two statements or more."""
    by_mention: dict[int, list[int]] = {}
    for n, link in enumerate(links):
        by_mention.setdefault(link.mention, []).append(n)
    return (group for group in by_mention.values() if len(group) > 1)


def _document_anchors(documents: pd.DataFrame, rows: list[dict[str, Any]],
                      links: list[_Link]) -> tuple[Anchors, Earlier | None]:
    """Each document's anchor date: its publication date, else the latest day-precise date of a
    statement it carries, as other evidence in the corpus dates it; and the mentions' dates under
    the publication dates alone (_resolve_all's `earlier`)."""
    article = _article_dates(documents)
    anchors: Anchors = {
        doc_id: (date.fromisoformat(found.value), found.evidence) if found.value
        else (None, f"no anchor date is known ({found.evidence})")
        for doc_id, found in article.items()}
    if not links:
        return anchors, None
    dated, by_mention = _resolve_all(rows, links, anchors)
    earlier = (dict(anchors), by_mention)
    latest = _latest_by_unit(rows, links, dated)
    carried: dict[str, set[int]] = {}
    for link in links:
        carried.setdefault(rows[link.mention]["doc_id"], set()).add(link.unit)
    for doc_id in documents["doc_id"].tolist():
        if anchors.get(doc_id, (None, ""))[0] is not None:
            continue
        dates = [next((d for d, other in latest.get(u, []) if other != doc_id), "")
                 for u in carried.get(doc_id, ())]
        if best := max(dates, default=""):
            dropped = f"; {article[doc_id].evidence}" if doc_id in article else ""
            anchors[doc_id] = (date.fromisoformat(best),
                               f"{best}, the latest date of a statement this document carries{dropped}")
    return anchors, earlier


def _latest_by_unit(rows: list[dict[str, Any]], links: list[_Link], dated: list[Resolved]
                    ) -> dict[int, list[tuple[str, str]]]:
    """Per statement, the two documents that date it latest (day-precise, usable dates), as
    (date, doc_id), latest first: enough to find the latest date from any document but one."""
    best: dict[int, dict[str, str]] = {}
    usable: dict[str, bool] = {}  # whether each distinct day-precise date has no problem
    for link, found in zip(links, dated, strict=True):
        if len(found.value) != 10:
            continue
        if (ok := usable.get(found.value)) is None:
            ok = usable[found.value] = not value_problem(found.value)
        if ok:
            per_doc = best.setdefault(link.unit, {})
            doc_id = rows[link.mention]["doc_id"]
            per_doc[doc_id] = max(per_doc.get(doc_id, ""), found.value)
    return {u: sorted(((d, doc) for doc, d in per_doc.items()), reverse=True)[:2]
            for u, per_doc in best.items()}


def _article_dates(documents: pd.DataFrame) -> dict[str, Resolved]:
    """Each document's publication date, checked; a dropped one (empty value) keeps its reason.
    Documents with no date at all are left out."""
    notes = documents["date_note"] if "date_note" in documents else pd.Series("", index=documents.index)
    found: dict[str, Resolved] = {}
    checked_of: dict[str, Resolved] = {}  # resolve_published of each distinct date
    doc_ids, dates = documents["doc_id"].tolist(), documents["published"].fillna("").tolist()
    for doc_id, published, note in zip(doc_ids, dates, notes.fillna("").tolist(), strict=True):
        if published:
            text = str(published)
            if (checked := checked_of.get(text)) is None:
                checked = checked_of[text] = resolve_published(text)
        else:
            checked = Resolved("", str(note), 0)
        if checked.evidence:
            found[doc_id] = checked
    return found


# ---- ids and tables ----

def statement_id(speaker: str, anchor: str) -> str:
    """A statement's id: its speaker and its anchor wording (a sentence key), hashed."""
    return "s-" + hashlib.sha1(f"{speaker}|{anchor}".encode()).hexdigest()[:10]


def _anchor_words(rows: list[dict[str, Any]], keys: list[tuple[str, ...]], links: list[_Link],
                  published: dict[str, str]) -> dict[int, str]:
    """Each statement's anchor: its first sentence in the earliest document that carries it
    (publication date, undated last, then document id, paragraph, part and sentence)."""
    best: dict[int, tuple[Any, ...]] = {}
    for link in links:
        row = rows[link.mention]
        anchor = keys[link.mention][link.pieces[0]] if link.pieces else _folded(row["text"])
        rank = (published.get(row["doc_id"]) or _UNDATED, row["doc_id"], int(row["paragraph"]),
                int(row.get("part") or 0), link.pieces[:1], anchor)
        if link.unit not in best or rank < best[link.unit]:
            best[link.unit] = rank
    return {u: rank[-1] for u, rank in best.items()}


def _unique_ids(units: list[str], anchors: dict[int, str], kept: dict[int, str], first: dict[int, int]
                ) -> dict[int, str]:
    """Statement ids by unit: a known statement keeps its id; a new one is named by its speaker and
    anchor, and should two share an anchor (the same wording carried twice in one passage), the
    one linked later (`first`: the order in which units are first linked) gets a suffix."""
    ids = {u: kept[u] for u in anchors if u in kept}
    seen = set(ids.values())
    for u in sorted((u for u in anchors if u not in kept), key=lambda u: (units[u], anchors[u], first[u])):
        base = statement_id(units[u], anchors[u])
        found, n = base, 1
        while found in seen:
            n += 1
            found = f"{base}-{n}"
        seen.add(found)
        ids[u] = found
    return ids


def _mention_id(row: dict[str, Any]) -> str:
    part = f"-{int(row['part'])}" if row.get("part") else ""
    return f"{row['doc_id']}-p{int(row['paragraph']):04d}{part}"


def _link_rows(rows: list[dict[str, Any]], pieces: list[list[tuple[str, str]]], links: list[_Link],
               dated: list[Resolved], ids: dict[int, str]) -> list[dict[str, Any]]:
    """One row per mention per statement: the mention's fields, its own wording of that
    statement (`text`), the whole quote as the document has it (`mention_text`) and its date."""
    out = []
    for link, found in zip(links, dated, strict=True):
        row = rows[link.mention]
        wording = " ".join(pieces[link.mention][n][0] for n in link.pieces) if link.pieces else row["text"]
        out.append({**row, "text": wording, "mention_text": row["text"], "mention_id": _mention_id(row),
                    "date": found.value, "date_evidence": found.evidence, "statement_id": ids[link.unit]})
    return out


def _conflict(group: list[dict[str, Any]]) -> str:
    days = [r for r in group if len(r["date"]) == 10]
    if len({r["date"] for r in days}) <= 1:
        return ""
    evidence: dict[tuple[str, str], str] = {}
    for r in days:
        evidence.setdefault((r["doc_id"], r["date"]), r["date_evidence"])
    return "sources disagree: " + "; ".join(f"{doc} dates it {day} ({why})"
                                            for (doc, day), why in evidence.items())


def _speaker_reason(group: list[dict[str, Any]]) -> str:
    """The strongest reason any mention gives for the speaker; weak ones say so."""
    def strength(r: dict[str, Any]) -> tuple[Any, ...]:
        basis = r["speaker_basis"]
        return (_BASIS_ORDER.index(basis) if basis in _BASIS_ORDER else len(_BASIS_ORDER),
                r["doc_id"], int(r["paragraph"]))
    best = min(group, key=strength)
    return f"{best['speaker_reason']} ({best['doc_id']})" if best["speaker_reason"] else ""


def _shown(group: list[dict[str, Any]], shown: str) -> dict[str, Any]:
    """The link row whose wording the statement shows: the one it showed before (`shown`) while a
    mention still carries it, else the fullest (most words; the first of equally full ones)."""
    if kept := next((r for r in group if shown and r["text"] == shown), None):
        return kept
    words = [len(str(r["text"]).split()) for r in group]
    return group[words.index(max(words))]


def _statement_row(group: list[dict[str, Any]], ranks: list[float], n_mentions: int,
                   sources: dict[str, str], known: _Known) -> dict[str, Any]:
    """One statement from its link rows (in link order), their date ranks and how many mentions carry it."""
    fullest = _shown(group, known.text.get(group[0]["statement_id"], ""))
    best = group[ranks.index(max(ranks))]
    kinds = {r["kind"] for r in group}
    doc_ids = sorted({r["doc_id"] for r in group})
    handles = [r["handle"] for r in group if r["handle"]]
    return {
        "statement_id": fullest["statement_id"],
        "speaker": fullest["speaker"], "speaker_handle": handles[0] if handles else "",
        "kind": next((k for k in _KIND_ORDER if k in kinds), fullest["kind"]), "text": fullest["text"],
        "date": best["date"], "date_evidence": best["date_evidence"] if best["date"] else "",
        "date_conflict": _conflict(group), "doc_ids": ";".join(doc_ids),
        "n_sources": len({sources.get(d, d) for d in doc_ids}),
        "n_documents": len(doc_ids), "n_mentions": n_mentions,
        "speaker_reason": _speaker_reason(group),
    }


def _mention_records(mention_rows: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The mention rows as plain dicts with every field present, and the field order."""
    rows = [dict(r) for r in mention_rows]
    columns = list(dict.fromkeys(c for r in rows for c in r))
    columns += [c for c in _DEFAULTS if c not in columns]
    for row in rows:
        for column in columns:
            value = row.get(column)
            if value is None or (isinstance(value, float) and value != value):  # missing, or NaN
                row[column] = _DEFAULTS.get(column, "")
    return rows, columns


def build_statements(documents: pd.DataFrame, mention_rows: Iterable[dict[str, Any]],
                     previous: tuple[pd.DataFrame, pd.DataFrame] | None = None
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Statements, and the mentions table (one row per mention per statement, with its date).
    `previous` is what this function returned for the corpus before it changed: its statements
    keep their ids (see the module docstring)."""
    known = known_statements(*previous) if previous is not None else _Known()
    rows, columns = _mention_records(mention_rows)
    if not rows:
        return pd.DataFrame(), pd.DataFrame()
    doc_ids = documents["doc_id"].tolist()
    published = dict(zip(doc_ids, documents["published"].fillna("").tolist(), strict=True))
    sources = dict(zip(doc_ids, documents["source"].fillna("").tolist(), strict=True))
    split: dict[str, list[tuple[str, str]]] = {}
    pieces = [split.get(text) or split.setdefault(text, sentence_pieces(text))
              for text in (str(row["text"]) for row in rows)]
    keys = [tuple(k for _, k in p) for p in pieces]
    units, links, kept = _link(rows, keys, published, known)
    dated, _ = _resolve_all(rows, links, *_document_anchors(documents, rows, links))
    first = {u: rank for rank, u in enumerate(dict.fromkeys(link.unit for link in links))}
    ids = _unique_ids(units, _anchor_words(rows, keys, links, published), kept, first)
    linked = _link_rows(rows, pieces, links, dated, ids)
    by_unit: dict[int, list[int]] = {}
    for n, link in enumerate(links):
        by_unit.setdefault(link.unit, []).append(n)
    statements = pd.DataFrame([
        _statement_row([linked[n] for n in group], [dated[n].rank for n in group],
                       len({links[n].mention for n in group}), sources, known)
        for _, group in sorted(by_unit.items(), key=lambda pair: first[pair[0]])])
    order = statements["date"].replace("", _UNDATED)
    statements = statements.iloc[order.argsort(kind="stable")].reset_index(drop=True)
    placed = sorted(range(len(links)),
                    key=lambda n: (linked[n]["doc_id"], linked[n]["paragraph"], first[links[n].unit]))
    out_columns = columns + ["mention_text", "mention_id", "date", "date_evidence", "statement_id"]
    return statements, pd.DataFrame([linked[n] for n in placed], columns=out_columns)
