"""The seed-corpus facts of SPEC §5a, checked on the built corpus."""

import pandas as pd

from components.corpus.store import Corpus


def _one(statements: pd.DataFrame, phrase: str) -> pd.Series:
    found = statements[statements["text"].str.contains(phrase, case=False, regex=False)]
    assert len(found) == 1, f"{phrase!r}: {len(found)} statements"
    return found.iloc[0]


def test_documents(corpus: Corpus) -> None:
    docs = corpus.documents.set_index("doc_id")
    assert list(docs["published"]) == ["2017-12-16", "", ""]
    assert list(docs["n_comments"]) == [0, 0, 40]


def test_comments_of_002_only_and_in_order(corpus: Corpus) -> None:
    comments = corpus.comments
    assert len(comments) == 40 and set(comments["doc_id"]) == {"002_6152a0ec59b6f7b0"}
    assert list(comments["position"]) == list(range(1, 41))
    assert not comments["text"].str.contains("Michelle Obama|Skinnygirl", regex=True).any()
    assert int(comments["is_empty"].sum()) == 1


def test_spectrum_quote_once_three_sources_dated_thursday(corpus: Corpus) -> None:
    row = _one(corpus.statements, "spectrum of behavio")
    assert (row["speaker"], row["n_sources"], row["date"]) == ("Matt Damon", 3, "2017-12-14")
    assert "Dec 14" in row["date_evidence"]


def test_driver_tweet(corpus: Corpus) -> None:
    row = _one(corpus.statements, "profoundly unsurprising")
    assert (row["speaker"], row["kind"], row["date"]) == ("Minnie Driver", "tweet", "2017-12-15")
    assert "tweet signature" in row["date_evidence"]


def test_micro_macro_tweet(corpus: Corpus) -> None:
    row = _one(corpus.statements, "micro that makes the macro")
    assert (row["speaker"], row["kind"], row["date"], row["n_sources"]) == (
        "Alyssa Milano", "tweet", "2017-12-16", 3)


def test_friday_night_disagreement_is_shown(corpus: Corpus) -> None:
    row = _one(corpus.statements, "They all hurt")
    assert row["date"] == "2017-12-16"
    assert "2017-12-15" in row["date_conflict"] and "Friday night" in row["date_conflict"]


def test_mojibake_repaired_and_raw_kept(corpus: Corpus) -> None:
    row = corpus.comments[corpus.comments["text_raw"].str.startswith("She鈥檚 just trying")]
    assert len(row) == 1
    assert row.iloc[0]["text"].startswith("She’s just trying")


def test_each_source_keeps_its_own_wording(corpus: Corpus) -> None:
    row = _one(corpus.statements, "spectrum of behavio")
    wordings = corpus.mentions[corpus.mentions["statement_id"] == row["statement_id"]]
    assert {"000_c9bfe006190edb44", "001_161d09f25c17a3fd", "002_6152a0ec59b6f7b0"} <= set(
        wordings["doc_id"])
    assert wordings["text"].str.contains("behavior").any()
    assert wordings["text"].str.contains("behaviour").any()
