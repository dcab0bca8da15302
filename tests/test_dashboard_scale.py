"""The dashboard's large-corpus paths on the seed corpus: term counts, the comment snapshot,
corrections on touched rows only, light filtered views, capped tables and downloads."""

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from components.corpus.export import csv_chunks, to_csv_bytes
from components.corpus.filters import FilterSpec
from components.corpus.labels import ANALYST, LabelStore, apply_corrections, text_hash
from components.corpus.snapshot import SNAPSHOT_FILE, read_comment_snapshot, read_comments, snapshot_rows
from components.corpus.store import Corpus, read_manifest
from components.corpus.terms import MATRIX_FILE, TermMatrix, comment_terms
from components.enrich.words import word_frequencies

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture()
def own_corpus(corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built corpus (so files and labels written by a test stay in it)."""
    target = tmp_path / "corpus"
    shutil.copytree(corpus_dir, target)
    for stale in [*target.glob(f"tables-*/{SNAPSHOT_FILE}"), *target.glob(f"tables-*/{MATRIX_FILE}")]:
        stale.unlink()
    monkeypatch.setenv("SPECTRUM_CORPUS", str(target))
    return target


def _tables(directory: Path) -> Path:
    return directory / read_manifest(directory)["tables_dir"]


# -- term counts -------------------------------------------------------------------------------------

def test_term_matrix_sums_are_the_word_counts_of_the_rows(corpus: Corpus) -> None:
    comments = corpus.comments
    matrix = TermMatrix.from_table(comment_terms(comments), comments["comment_id"])
    for rows in (~comments["is_spam"].to_numpy(), comments["stance"].eq("milano").to_numpy()):
        everything = 10_000  # no cut at the 150th word: the whole count, ties and all
        expected = word_frequencies(comments.loc[rows, "text"], limit=everything)
        assert matrix.frequencies(np.flatnonzero(rows), limit=everything) == expected
        top = matrix.frequencies(rows)
        assert len(top) == min(150, len(expected)) and all(expected[w] == n for w, n in top.items())


def test_term_matrix_follows_the_comment_order_and_is_stored_for_its_size(corpus: Corpus,
                                                                          tmp_path: Path) -> None:
    comments = corpus.comments
    terms = comment_terms(comments)
    shuffled = terms.take(np.random.default_rng(0).permutation(terms.num_rows)).slice(1)  # one row lost
    matrix = TermMatrix.from_table(shuffled, comments["comment_id"])
    lost = comments["comment_id"].isin(shuffled.column("comment_id").to_pylist()).to_numpy()
    assert matrix.frequencies(np.flatnonzero(lost), 10_000) == word_frequencies(comments.loc[lost, "text"],
                                                                                 10_000)
    assert matrix.matrix[np.flatnonzero(~lost)].sum() == 0
    matrix.save(tmp_path / MATRIX_FILE)
    loaded = TermMatrix.load(tmp_path / MATRIX_FILE, len(comments))
    assert loaded is not None and loaded.frequencies(np.arange(len(comments))) == matrix.frequencies(
        np.arange(len(comments)))
    assert TermMatrix.load(tmp_path / MATRIX_FILE, len(comments) + 1) is None  # another corpus version
    assert TermMatrix.load(tmp_path / "missing.npz", len(comments)) is None


# -- the snapshot ------------------------------------------------------------------------------------

def test_snapshot_holds_the_page_columns_as_built(own_corpus: Path) -> None:
    folder = _tables(own_corpus)
    built = pd.read_parquet(folder / "comments.parquet")
    first = read_comments(folder)
    assert (folder / SNAPSHOT_FILE).is_file()
    again = read_comment_snapshot(folder)
    assert again is not None and "text_raw" not in again.columns
    for frame in (first, again):
        assert list(frame.columns) == [c for c in built.columns if c != "text_raw"]
        for column in frame.columns:
            if isinstance(frame[column].dtype, pd.CategoricalDtype):
                assert frame[column].cat.categories.is_monotonic_increasing, column
            assert frame[column].astype(object).fillna("").tolist() == built[column].astype(object).fillna(
                "").tolist(), column
    rows = np.array([5, 0, 9])  # a download's rows, in its order: raw text from the mapped file
    taken = snapshot_rows(folder, ["text_raw", "comment_id"], rows)
    assert taken.to_dict("list") == built.loc[rows, ["text_raw", "comment_id"]].to_dict("list")
    (folder / SNAPSHOT_FILE).unlink()  # no snapshot: the same rows from Parquet
    from_parquet = snapshot_rows(folder, ["text_raw"], rows)
    assert from_parquet["text_raw"].tolist() == built.loc[rows, "text_raw"].tolist()


# -- corrections -------------------------------------------------------------------------------------

def _same(left: pd.DataFrame, right: pd.DataFrame) -> None:
    assert list(left.columns) == list(right.columns)
    for column in left.columns:
        assert left[column].astype(object).tolist() == right[column].astype(object).tolist(), column


def test_corrections_on_touched_rows_equal_the_full_pass(own_corpus: Path) -> None:
    from dashboard.data import _sorted_categories, with_corrections

    comments = _sorted_categories(read_comments(_tables(own_corpus)))
    plain = pd.read_parquet(_tables(own_corpus) / "comments.parquet").drop(columns="text_raw")
    store = LabelStore(own_corpus)
    first, second = comments.iloc[3], comments.iloc[7]
    store.set_many([(first["comment_id"], text_hash(first["text"]), "stance", "damon"),
                    (second["comment_id"], text_hash(second["text"]), "is_spam", True)], ANALYST)
    _same(with_corrections(comments, store), apply_corrections(plain, store))
    # a correction whose comment changed id: found by its text, through the full pass
    third = comments.iloc[11]
    store.set_many([("gone-id", text_hash(third["text"]), "stance", "milano"),
                    ("nobody", text_hash("a text no comment has"), "is_spam", True)], ANALYST)
    fixed = with_corrections(comments, store)
    _same(fixed, apply_corrections(plain, store))
    assert fixed.loc[11, "stance"] == "milano" and fixed.loc[11, "stance_set_by"] == ANALYST


# -- filtered views, tables, downloads ---------------------------------------------------------------

def test_filtered_views_carry_no_text_and_tables_take_rows_from_the_corpus(corpus: Corpus) -> None:
    from dashboard.context import VIEW_COLUMNS, filtered_comments, full_rows

    spec = FilterSpec(spam="exclude", search="women")
    view = filtered_comments(corpus, spec, ("stance_confidence",))
    assert list(view.columns) == [*VIEW_COLUMNS, "stance_confidence"]
    expected = spec.apply_comments(corpus.comments)
    assert list(view.index) == list(expected.index) and 0 < len(view) < len(corpus.comments)
    assert full_rows(corpus, view)["text"].tolist() == expected["text"].tolist()


def test_export_reads_the_raw_text_of_exactly_the_rows_in_their_order(corpus_dir: Path) -> None:
    from dashboard.data import export_chunks

    stored = _tables(corpus_dir) / "comments.parquet"
    built = pd.read_parquet(stored)
    base = built.drop(columns="text_raw")
    rows = base.index[base["stance"].eq("neutral").to_numpy()][::-1]  # a view, in reverse
    columns = ["comment_id", "text", "text_raw", "stance"]
    chunks = list(export_chunks(base, rows, columns, stored, size=3))
    assert len(chunks) == -(-len(rows) // 3)
    assert b"".join(csv_chunks(chunks)) == to_csv_bytes(built.loc[rows, columns])


@pytest.fixture()
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    import dashboard.section
    import dashboard.tables
    import dashboard.widgets

    monkeypatch.setattr(dashboard.tables, "MAX_TABLE_ROWS", 5)
    monkeypatch.setattr(dashboard.section, "MAX_TABLE_ROWS", 5)
    monkeypatch.setattr(dashboard.widgets, "CSV_ROW_LIMIT", 10)


def test_large_views_show_a_table_head_and_offer_parquet_with_the_reason(own_corpus: Path,
                                                                       small_limits: None) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("views/data.py").run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 5
    assert any(c.value.startswith("Showing the first 5 of 38 comments") for c in at.caption)
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download comments as Parquet (38 rows)" in labels
    assert any("A CSV download holds at most 10 rows and this view has 38" in c.value for c in at.caption)
    at.sidebar.selectbox(key="author").set_value("Phil the Donahue").run()  # a small view: CSV again
    labels = [b.proto.label for b in at.get("download_button")]
    assert any(label.startswith("Download comments as CSV (") for label in labels)


def test_the_word_cloud_counts_are_stored_beside_the_tables(own_corpus: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("views/sentiment.py").run()
    assert not at.exception
    folder = _tables(own_corpus)
    assert (folder / "terms.parquet").is_file() and (folder / MATRIX_FILE).is_file()
    assert any("stopwords removed" in c.value for c in at.caption)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)  # the histogram: bins, not comments
    assert spec["data"] and all(t["type"] == "bar" and len(t["customdata"]) == 20 for t in spec["data"])
    assert "(38)" in spec["layout"]["title"]["text"]
    assert pq.read_schema(folder / "terms.parquet").names == ["comment_id", "terms", "counts"]
