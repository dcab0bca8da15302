"""Merging statement mentions across documents, and dating each statement from its best evidence."""

import hashlib
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

from .dates import DateExpr, Resolved, resolve, resolve_published, resolve_signature, value_problem
from .repair import fold_typography

__all__ = ["link_mentions", "document_anchors", "build_statements", "mention_sentences"]

# Two wordings are the same sentence at this rapidfuzz ratio (spelling variants, dashes).
SAME_SENTENCE_RATIO = 88
# A fragment (cut short, or quoted in part) is inside a sentence at this partial ratio.
FRAGMENT_PARTIAL_RATIO = 92
MIN_SENTENCE_WORDS = 3
_KIND_ORDER = ("tweet", "interview", "quote", "paraphrase")


def mention_sentences(text: str) -> list[str]:
    """Comparable sentences of a wording: folded, lower case, letters and digits only."""
    parts = re.split(r"[.!?…]+|\s-\s", fold_typography(text).lower())
    cleaned = [" ".join(re.sub(r"[^a-z0-9 ]+", "", p).split()) for p in parts]
    return [c for c in cleaned if len(c.split()) >= MIN_SENTENCE_WORDS]


def _same_statement(a: list[str], b: list[str]) -> bool:
    for s in a:
        for t in b:
            if fuzz.ratio(s, t) >= SAME_SENTENCE_RATIO:
                return True
            short, long_ = sorted((s, t), key=len)
            if fuzz.partial_ratio(short, long_) >= FRAGMENT_PARTIAL_RATIO:
                return True
    return False


def link_mentions(mentions: pd.DataFrame) -> list[int]:
    """A group number per mention: same speaker and a shared sentence make one statement."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sentences = [mention_sentences(t) for t in mentions["text"]]
    for _, idx in mentions.groupby("speaker").indices.items():
        for n, i in enumerate(idx):
            for j in idx[n + 1:]:
                if find(i) != find(j) and _same_statement(sentences[i], sentences[j]):
                    parent[find(j)] = find(i)
    return [find(i) for i in range(len(mentions))]


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


def _resolve_all(mentions: pd.DataFrame, anchors: dict[str, tuple[date | None, str]]) -> pd.DataFrame:
    resolved = [_resolve_mention(row, anchors) for _, row in mentions.iterrows()]
    out = mentions.copy()
    out["date"] = [r.value for r in resolved]
    out["date_evidence"] = [r.evidence for r in resolved]
    out["date_rank"] = [r.rank for r in resolved]
    return out


def document_anchors(documents: pd.DataFrame,
                     mentions: pd.DataFrame) -> dict[str, tuple[date | None, str]]:
    """Each document's anchor date: its publication date, else the latest day-precise date of a
    statement it carries, as other evidence in the corpus dates it."""
    article = _article_dates(documents)
    anchors: dict[str, tuple[date | None, str]] = {
        doc_id: (date.fromisoformat(found.value), found.evidence) if found.value
        else (None, f"no anchor date is known ({found.evidence})")
        for doc_id, found in article.items()}
    if mentions.empty:
        return anchors
    first = _resolve_all(mentions, anchors)
    day = first[first["date"].str.len() == 10]
    for doc_id in documents["doc_id"]:
        if anchors.get(doc_id, (None, ""))[0] is not None:
            continue
        groups = set(first.loc[first["doc_id"] == doc_id, "group"])
        dates = [d for d in day.loc[day["group"].isin(groups) & (day["doc_id"] != doc_id), "date"]
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


def _statement_id(speaker: str, text: str) -> str:
    key = speaker + "|" + " ".join(mention_sentences(text))
    return "s-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _conflict(group: pd.DataFrame) -> str:
    days = group[group["date"].str.len() == 10]
    if days["date"].nunique() <= 1:
        return ""
    parts = [f"{r.doc_id} dates it {r.date} ({r.date_evidence})"
             for r in days.drop_duplicates(["doc_id", "date"]).itertuples()]
    return "sources disagree: " + "; ".join(parts)


def _statement_row(group: pd.DataFrame) -> dict[str, Any]:
    fullest = group.loc[group["text"].str.split().str.len().idxmax()]
    best = group.sort_values("date_rank", ascending=False, kind="stable").iloc[0]
    kinds = set(group["kind"])
    doc_ids = sorted(set(group["doc_id"]))
    handles = [h for h in group["handle"] if h]
    return {
        "statement_id": _statement_id(fullest["speaker"], fullest["text"]),
        "speaker": fullest["speaker"], "speaker_handle": handles[0] if handles else "",
        "kind": next(k for k in _KIND_ORDER if k in kinds), "text": fullest["text"],
        "date": best["date"], "date_evidence": best["date_evidence"] if best["date"] else "",
        "date_conflict": _conflict(group), "doc_ids": ";".join(doc_ids), "n_sources": len(doc_ids),
    }


def build_statements(documents: pd.DataFrame, mention_rows: Iterable[dict[str, Any]]
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge mentions into statements; return (statements, mentions with statement_id and date)."""
    mentions = pd.DataFrame(list(mention_rows))
    if mentions.empty:
        return pd.DataFrame(), pd.DataFrame()
    mentions["group"] = link_mentions(mentions)
    resolved = _resolve_all(mentions, document_anchors(documents, mentions))
    rows = [_statement_row(g) for _, g in resolved.groupby("group", sort=False)]
    statements = pd.DataFrame(rows)
    ids = dict(zip(resolved.groupby("group", sort=False).groups, statements["statement_id"],
                   strict=True))
    resolved["statement_id"] = resolved["group"].map(ids)
    order = statements["date"].replace("", "9999")
    statements = statements.iloc[order.argsort(kind="stable")].reset_index(drop=True)
    return statements, resolved.drop(columns=["group", "date_rank"])
