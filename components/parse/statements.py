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
sentences that match none form new statements, one per unbroken run. A statement's id comes from
its speaker and the wording that defined it, so adding a document that quotes an existing
statement leaves every id as it was.
"""

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

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

__all__ = ["build_statements", "mention_sentences", "sentence_pieces", "document_anchors",
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
_BASIS_ORDER = ("signature", "named", "descriptor", "unnamed", "pronoun", "colon", "weak", "")
_BREAK = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][”\"’']))\s+")
_UNDATED = "9999"


def _key(text: str) -> str:
    """A wording as compared: folded, lower case, letters, digits and single spaces only."""
    return " ".join(re.sub(r"[^a-z0-9 ]+", "", fold_typography(text).lower()).split())


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


class _Matcher:
    """Sentence comparisons, each pair computed once."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], float] = {}

    def score(self, a: str, b: str) -> float:
        """100 for the same sentence (or a fragment of it), else how close, 0-100."""
        pair = (a, b) if a <= b else (b, a)
        if pair not in self._seen:
            short, long_ = sorted(pair, key=len)
            same = fuzz.ratio(a, b)
            part = fuzz.partial_ratio(short, long_) if len(short.split()) >= MIN_SENTENCE_WORDS else 0.0
            self._seen[pair] = 100.0 if same >= SAME_SENTENCE_RATIO or part >= FRAGMENT_PARTIAL_RATIO \
                else max(same, part)
        return self._seen[pair]

    def same(self, a: str, b: str) -> bool:
        """Whether two keys are the same sentence, or one is a fragment of the other."""
        return self.score(a, b) >= 100.0

    def covers(self, longer: list[str], shorter: list[str]) -> bool:
        """Whether every sentence of `shorter` is in `longer`."""
        return all(any(self.same(s, t) for t in longer) for s in shorter)


@dataclass
class _Unit:
    """A statement being built: its speaker, the sentences that define it and their variants."""

    speaker: str
    definer: list[str]
    keys: list[str] = field(default_factory=list)

    def best(self, key: str, matcher: _Matcher) -> float:
        return max((matcher.score(key, k) for k in self.keys), default=0.0)


@dataclass(frozen=True)
class _Link:
    """One mention carrying one statement: which of the mention's sentences it carries."""

    mention: int
    unit: int
    pieces: tuple[int, ...]


def _order(mentions: pd.DataFrame, keys: list[list[str]], published: dict[str, str],
           matcher: _Matcher) -> list[int]:
    """The order in which mentions define statements (see the module docstring)."""
    deferred = _sub_quotes(mentions, keys, matcher)

    def rank(i: int) -> tuple[Any, ...]:
        row = mentions.iloc[i]
        signed = row["speaker_basis"] == "signature" and bool(row["signature_date"] or row["handle"])
        step = 0 if signed else (1 if row["kind"] == "tweet" and i not in deferred else
                                 (3 if i in deferred else 2))
        words = sum(len(k.split()) for k in keys[i])
        return (step, len(keys[i]), published.get(row["doc_id"]) or _UNDATED, -words,
                " ".join(keys[i]), row["doc_id"], int(row["paragraph"]))

    return sorted(range(len(mentions)), key=rank)


def _sub_quotes(mentions: pd.DataFrame, keys: list[list[str]], matcher: _Matcher) -> set[int]:
    """Mentions that repeat part of a longer passage of the same speaker which another document
    also carries whole: they link to that passage's statement rather than split it."""
    deferred: set[int] = set()
    for _, idx in mentions.groupby("speaker").indices.items():
        docs = {i: mentions.iloc[i]["doc_id"] for i in idx}
        attested = [i for i in idx if any(docs[j] != docs[i] and matcher.covers(keys[j], keys[i])
                                          for j in idx)]
        for i in idx:
            if any(len(keys[j]) > len(keys[i]) and matcher.covers(keys[j], keys[i]) for j in attested):
                deferred.add(i)
    return deferred


def _runs(unmatched: list[int]) -> list[list[int]]:
    """Unbroken runs of piece indexes."""
    runs: list[list[int]] = []
    for n in unmatched:
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _assign(keys: list[str], units: list[_Unit], own: list[int], matcher: _Matcher
            ) -> dict[int, int]:
    """Piece index -> unit index for the pieces that match a statement of this speaker; a piece
    between two pieces of one statement belongs to it too (a sentence reworded mid-passage)."""
    found: dict[int, int] = {}
    for n, key in enumerate(keys):
        scores = [(units[u].best(key, matcher), u) for u in own]
        best = max(scores, default=(0.0, -1))
        if best[0] >= 100.0:
            found[n] = best[1]
    for n in range(len(keys)):
        if n in found:
            continue
        before = [found[m] for m in range(n) if m in found]
        after = [found[m] for m in range(n + 1, len(keys)) if m in found]
        if before and after and before[-1] == after[0]:
            found[n] = before[-1]
    return found


def _link(mentions: pd.DataFrame, pieces: list[list[tuple[str, str]]], published: dict[str, str]
          ) -> tuple[list[_Unit], list[_Link]]:
    """Statements and the links of mentions to them."""
    matcher = _Matcher()
    keys = [[k for _, k in p] for p in pieces]
    units: list[_Unit] = []
    by_speaker: dict[str, list[int]] = {}
    links: list[_Link] = []
    for i in _order(mentions, keys, published, matcher):
        speaker = mentions.iloc[i]["speaker"]
        own = by_speaker.setdefault(speaker, [])
        found = _assign(keys[i], units, own, matcher)
        for n, u in found.items():
            if keys[i][n] not in units[u].keys:
                units[u].keys.append(keys[i][n])
        for run in _runs([n for n in range(len(keys[i])) if n not in found]):
            units.append(_Unit(speaker, [keys[i][n] for n in run], [keys[i][n] for n in run]))
            own.append(len(units) - 1)
            found.update(dict.fromkeys(run, len(units) - 1))
        if not keys[i]:  # nothing comparable: the mention is a statement of its own
            units.append(_Unit(speaker, [_key(mentions.iloc[i]["text"]) or "-"], []))
            own.append(len(units) - 1)
        carried: dict[int, list[int]] = {}
        for n, u in sorted(found.items()):
            carried.setdefault(u, []).append(n)
        if not keys[i]:
            carried[len(units) - 1] = []
        links += [_Link(i, u, tuple(ns)) for u, ns in carried.items()]
    return units, links


def _resolve_mention(row: pd.Series, anchors: dict[str, tuple[date | None, str]]) -> Resolved:
    signed = resolve_signature(row["signature_date"]) if row["signature_date"] else None
    if signed is not None and signed.value:
        return signed
    if not row["date_kind"]:
        return signed or Resolved("", "", 0)
    anchor, desc = anchors.get(row["doc_id"], (None, ""))
    found = resolve(DateExpr(row["date_kind"], row["date_phrase"]), anchor, desc)
    if row["date_inherited"] and found.value:
        return Resolved(found.value, f"{found.evidence} (inherited: stated earlier in {row['doc_id']} "
                                     "about this speaker)", found.rank - 0.5)
    return found


def _resolve_all(rows: pd.DataFrame, anchors: dict[str, tuple[date | None, str]]) -> pd.DataFrame:
    """Each link row dated from its mention; a statement quoted in one passage with a signed
    tweet takes the tweet's signature date when its own evidence is weaker."""
    resolved = [_resolve_mention(row, anchors) for _, row in rows.iterrows()]
    out = rows.copy()
    out["date"] = [r.value for r in resolved]
    out["date_evidence"] = [r.evidence for r in resolved]
    out["date_rank"] = [r.rank for r in resolved]
    signed = out[(out["signature_date"] != "") & (out["date_rank"] >= EVIDENCE_RANK["signature"])]
    signature = dict(zip(signed["unit"], zip(signed["date"], signed["signature_date"], strict=True),
                         strict=False))
    for _, group in out.groupby("mention_index"):
        if len(group) < 2:
            continue
        sibling = next((signature[u] for u in group["unit"] if u in signature), None)
        if sibling is None:
            continue
        for index, row in group.iterrows():
            if row["unit"] in signature or row["date_rank"] >= _SIBLING_RANK:
                continue
            out.loc[index, ["date", "date_evidence", "date_rank"]] = [
                sibling[0], f"tweet signature '{sibling[1]}' of a tweet quoted in the same passage "
                            f"in {row['doc_id']}", _SIBLING_RANK]
    return out


def document_anchors(documents: pd.DataFrame,
                     rows: pd.DataFrame) -> dict[str, tuple[date | None, str]]:
    """Each document's anchor date: its publication date, else the latest day-precise date of a
    statement it carries, as other evidence in the corpus dates it."""
    article = _article_dates(documents)
    anchors: dict[str, tuple[date | None, str]] = {
        doc_id: (date.fromisoformat(found.value), found.evidence) if found.value
        else (None, f"no anchor date is known ({found.evidence})")
        for doc_id, found in article.items()}
    if rows.empty:
        return anchors
    first = _resolve_all(rows, anchors)
    day = first[first["date"].str.len() == 10]
    for doc_id in documents["doc_id"]:
        if anchors.get(doc_id, (None, ""))[0] is not None:
            continue
        units = set(first.loc[first["doc_id"] == doc_id, "unit"])
        dates = [d for d in day.loc[day["unit"].isin(units) & (day["doc_id"] != doc_id), "date"]
                 if not value_problem(d)]
        if dates:
            latest = max(dates)
            dropped = f"; {article[doc_id].evidence}" if doc_id in article else ""
            anchors[doc_id] = (date.fromisoformat(latest),
                               f"{latest}, the latest date of a statement this document carries{dropped}")
    return anchors


def _article_dates(documents: pd.DataFrame) -> dict[str, Resolved]:
    """Each document's publication date, checked; a dropped one (empty value) keeps its reason.
    Documents with no date at all are left out."""
    notes = documents["date_note"] if "date_note" in documents else pd.Series("", index=documents.index)
    found: dict[str, Resolved] = {}
    for doc_id, published, note in zip(documents["doc_id"], documents["published"].fillna(""),
                                       notes.fillna(""), strict=True):
        checked = resolve_published(str(published)) if published else Resolved("", str(note), 0)
        if checked.evidence:
            found[doc_id] = checked
    return found


def _statement_id(unit: _Unit) -> str:
    key = unit.speaker + "|" + " ".join(unit.definer)
    return "s-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _conflict(group: pd.DataFrame) -> str:
    days = group[group["date"].str.len() == 10]
    if days["date"].nunique() <= 1:
        return ""
    parts = [f"{r.doc_id} dates it {r.date} ({r.date_evidence})"
             for r in days.drop_duplicates(["doc_id", "date"]).itertuples()]
    return "sources disagree: " + "; ".join(parts)


def _speaker_reason(group: pd.DataFrame) -> str:
    """The strongest reason any mention gives for the speaker; weak ones say so."""
    ranked = sorted(group.itertuples(), key=lambda r: (
        _BASIS_ORDER.index(r.speaker_basis) if r.speaker_basis in _BASIS_ORDER else len(_BASIS_ORDER),
        r.doc_id, r.paragraph))
    best = ranked[0]
    return f"{best.speaker_reason} ({best.doc_id})" if best.speaker_reason else ""


def _statement_row(statement_id: str, group: pd.DataFrame, sources: dict[str, str]) -> dict[str, Any]:
    fullest = group.loc[group["text"].str.split().str.len().idxmax()]
    best = group.sort_values("date_rank", ascending=False, kind="stable").iloc[0]
    kinds = set(group["kind"])
    doc_ids = sorted(set(group["doc_id"]))
    handles = [h for h in group["handle"] if h]
    return {
        "statement_id": statement_id,
        "speaker": fullest["speaker"], "speaker_handle": handles[0] if handles else "",
        "kind": next((k for k in _KIND_ORDER if k in kinds), fullest["kind"]), "text": fullest["text"],
        "date": best["date"], "date_evidence": best["date_evidence"] if best["date"] else "",
        "date_conflict": _conflict(group), "doc_ids": ";".join(doc_ids),
        "n_sources": len({sources.get(d, d) for d in doc_ids}),
        "n_documents": len(doc_ids), "n_mentions": int(group["mention_index"].nunique()),
        "speaker_reason": _speaker_reason(group),
    }


def _link_rows(mentions: pd.DataFrame, pieces: list[list[tuple[str, str]]], links: list[_Link]
               ) -> pd.DataFrame:
    """One row per mention per statement: the mention's fields, its own wording of that
    statement (`text`) and the whole quote as the document has it (`mention_text`)."""
    rows = []
    records = mentions.to_dict("records")
    for link in links:
        row = dict(records[link.mention])
        wording = " ".join(pieces[link.mention][n][0] for n in link.pieces) if link.pieces else row["text"]
        row.update(mention_index=link.mention, unit=link.unit, mention_text=row["text"], text=wording,
                   mention_id=f"{row['doc_id']}-p{int(row['paragraph']):04d}"
                   + (f"-{int(row['part'])}" if row.get("part") else ""))
        rows.append(row)
    return pd.DataFrame(rows)


def build_statements(documents: pd.DataFrame, mention_rows: Iterable[dict[str, Any]]
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Statements, and the mentions table (one row per mention per statement, with its date)."""
    mentions = pd.DataFrame(list(mention_rows))
    if mentions.empty:
        return pd.DataFrame(), pd.DataFrame()
    for column in ("speaker_reason", "speaker_basis", "signature_date", "handle"):
        if column not in mentions:
            mentions[column] = ""
        mentions[column] = mentions[column].fillna("")
    mentions = mentions.reset_index(drop=True)
    published = dict(zip(documents["doc_id"], documents["published"].fillna(""), strict=True))
    sources = dict(zip(documents["doc_id"], documents["source"].fillna(""), strict=True))
    pieces = [sentence_pieces(str(t)) for t in mentions["text"]]
    units, links = _link(mentions, pieces, published)
    rows = _link_rows(mentions, pieces, links)
    resolved = _resolve_all(rows, document_anchors(documents, rows))
    ids = _unique_ids(units)
    resolved["statement_id"] = resolved["unit"].map(ids)
    statements = pd.DataFrame([_statement_row(ids[u], g, sources)
                               for u, g in resolved.groupby("unit", sort=True)])
    order = statements["date"].replace("", _UNDATED)
    statements = statements.iloc[order.argsort(kind="stable")].reset_index(drop=True)
    mentions_out = resolved.sort_values(["doc_id", "paragraph", "unit"], kind="stable")
    mentions_out = mentions_out.drop(columns=["unit", "date_rank", "mention_index"])
    return statements, mentions_out.reset_index(drop=True)


def _unique_ids(units: list[_Unit]) -> dict[int, str]:
    """Statement ids by unit; a second statement with the same id (the same words defined twice)
    gets a suffix."""
    ids: dict[int, str] = {}
    seen: set[str] = set()
    for u, unit in enumerate(units):
        base = _statement_id(unit)
        found, n = base, 1
        while found in seen:
            n += 1
            found = f"{base}-{n}"
        seen.add(found)
        ids[u] = found
    return ids
