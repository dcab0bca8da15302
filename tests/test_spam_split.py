"""Spam split into a per-document step (score_local) and a corpus-wide step (score_global): scoring
each document alone and combining gives exactly what score_comments gives for the whole corpus."""

import pickle
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from components.core.config import load_config
from components.corpus.store import Corpus
from components.enrich import near_duplicates, spam
from components.parse.parser import parse_document


@pytest.fixture(scope="module")
def synthetic_comments(synthetic_seeds: Callable[..., Path]) -> pd.DataFrame:
    """The comments of a small synthetic corpus in the seed format (many documents, spam, duplicates)."""
    folder = synthetic_seeds(600, 30, seed=3)
    config = load_config(folder / "corpus.toml")
    rows = []
    for path in sorted(folder.glob("*.txt")):
        rows += parse_document(path.stem, str(path), path.read_text(encoding="utf-8"), "", config).comments
    return pd.DataFrame(rows)


def _split_then_global(comments: pd.DataFrame, groups: pd.Series) -> pd.DataFrame:
    local = pd.concat([spam.score_local(part) for _, part in comments.groupby(groups, sort=False)])
    return spam.score_global(local.loc[comments.index], comments["author"], comments["text"])


@pytest.mark.parametrize("all_pairs_limit", [near_duplicates.ALL_PAIRS_LIMIT, 20])
def test_per_document_then_global_equals_corpus_wide(synthetic_comments: pd.DataFrame,
                                                     all_pairs_limit: int,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(near_duplicates, "ALL_PAIRS_LIMIT", all_pairs_limit)
    assert synthetic_comments["doc_id"].nunique() > 10
    whole = spam.score_comments(synthetic_comments)
    split = _split_then_global(synthetic_comments, synthetic_comments["doc_id"])
    pd.testing.assert_frame_equal(split, whole)
    assert whole["is_spam"].any() and whole["spam_reason"].str.contains("repeats a comment").any()


def test_seed_comments_split_into_chunks_score_as_built(corpus: Corpus) -> None:
    comments = corpus.comments
    split = _split_then_global(comments, pd.Series(comments.index // 7, index=comments.index))
    pd.testing.assert_frame_equal(split, comments[["is_spam", "spam_score", "spam_reason"]],
                                  check_dtype=False)


def test_local_columns_are_storable(synthetic_comments: pd.DataFrame) -> None:
    local = spam.score_local(synthetic_comments.head(50))
    assert all(name.startswith("_spam_") for name in local.columns)
    pd.testing.assert_frame_equal(pa.Table.from_pandas(local).to_pandas(), local)
    pd.testing.assert_frame_equal(pickle.loads(pickle.dumps(local)), local)


def test_empty_batch() -> None:
    empty = pd.DataFrame({"text": pd.Series([], dtype=str), "author": pd.Series([], dtype=str)})
    local = spam.score_local(empty)
    assert list(spam.score_global(local, empty["author"], empty["text"]).columns) == [
        "is_spam", "spam_score", "spam_reason"]


def test_without_duplicates_is_the_verdict_with_no_comment_repeated(synthetic_comments: pd.DataFrame) -> None:
    local = spam.score_local(synthetic_comments)
    alone = spam.spam_without_duplicates(local)
    unique = synthetic_comments.assign(author=[f"author {n}" for n in range(len(synthetic_comments))])
    whole = spam.score_global(local, unique["author"], unique["text"])
    repeated = whole["spam_reason"].str.contains("repeats a comment", regex=False)
    assert alone.any() and not alone.all()
    assert alone[~repeated].equals(whole["is_spam"][~repeated])


def test_corpus_columns_equal_combine_row_by_row() -> None:
    rng = np.random.default_rng(5)
    n = 4000
    model_p = np.concatenate([np.arange(2000) / 2000, rng.random(n - 2000)])  # many rounding ties
    rules = rng.integers(0, 2 ** (len(spam.SIGNALS) + 1), n) * (rng.random(n) < 0.5)
    repeats = np.where(rng.random(n) < 0.2, rng.integers(0, 5, n), -1)
    names = [f"reader {k}" for k in range(5)]
    columns = spam.spam_columns(model_p, rules, repeats, lambda ids: [names[i] for i in ids])
    threshold = spam.load_model().threshold
    for p, mask, repeat, (is_spam, score, reason) in zip(model_p, rules, repeats,
                                                         columns.itertuples(index=False), strict=True):
        fired = [(weight, why) for k, (weight, why) in enumerate(zip(spam._RULE_WEIGHTS, spam._RULE_REASONS,
                                                                       strict=True)) if mask >> k & 1]
        if repeat >= 0:
            fired.append((0.45, f"repeats a comment posted by {names[repeat]}"))
        expected = spam.combine(fired, float(p), threshold)
        assert (is_spam, score, reason) == (expected.is_spam, expected.score, expected.reason)
