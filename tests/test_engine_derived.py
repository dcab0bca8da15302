"""The dashboard's files a build writes beside the tables: the comments' memory-mapped snapshot and the
term counts, equal to what the dashboard would make from the comments table itself."""

import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pandas.testing import assert_frame_equal

from components.corpus.snapshot import (
    SNAPSHOT_FILE,
    Recoder,
    _comments_table,
    encoded_column,
    read_comment_snapshot,
    sorted_values,
    write_comment_snapshot,
)
from components.corpus.store import load_table, read_manifest
from components.corpus.terms import MATRIX_FILE, TermMatrix, comment_terms
from components.engine import assemble
from components.engine.build import build_corpus


@pytest.fixture(scope="module")
def built(synthetic_seeds: Callable[..., Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic corpus built with row groups of a few hundred comments (so the snapshot is streamed
    over several)."""
    out = tmp_path_factory.mktemp("derived") / "corpus"
    mp = pytest.MonkeyPatch()
    mp.setattr(assemble, "ROWS_PER_GROUP", 150)
    try:
        assert not build_corpus(synthetic_seeds(700, 35, seed=5), out).failed
    finally:
        mp.undo()
    return out


def _folder(corpus: Path) -> Path:
    return corpus / read_manifest(corpus)["tables_dir"]


def test_the_build_writes_the_snapshot_the_dashboard_would(built: Path, tmp_path: Path) -> None:
    folder = _folder(built)
    assert (folder / SNAPSHOT_FILE).is_file()
    assert pq.ParquetFile(folder / "comments.parquet").num_row_groups > 2
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(folder / "comments.parquet", alone)
    write_comment_snapshot(alone, _comments_table(alone))  # all at once, as the dashboard writes it
    ours, theirs = read_comment_snapshot(folder), read_comment_snapshot(alone)
    assert ours is not None and theirs is not None and len(ours) > 600
    assert_frame_equal(ours, theirs)
    assert str(ours["author"].dtype) == "category"


def test_the_build_writes_the_term_counts_the_dashboard_would(built: Path) -> None:
    comments = load_table(built, "comments", ["comment_id", "text"])
    stored = TermMatrix.load(_folder(built) / MATRIX_FILE, len(comments))
    assert stored is not None
    counted = TermMatrix.from_table(comment_terms(comments), comments["comment_id"])
    assert (stored.matrix != counted.matrix).nnz == 0 and list(stored.words) == list(counted.words)
    everyone = np.arange(len(comments))
    assert stored.frequencies(everyone) == counted.frequencies(everyone) != {}


def test_term_counts_of_another_version_are_not_read(built: Path, tmp_path: Path) -> None:
    rows = len(load_table(built, "comments", ["comment_id"]))
    with np.load(_folder(built) / MATRIX_FILE) as stored:
        arrays = {k: stored[k] for k in stored.files}
    np.savez(tmp_path / "old.npz", **{**arrays, "version": np.asarray("0")})
    np.savez(tmp_path / "unversioned.npz", **{k: v for k, v in arrays.items() if k != "version"})
    assert TermMatrix.load(tmp_path / "old.npz", rows) is None
    assert TermMatrix.load(tmp_path / "unversioned.npz", rows) is None


def _terms(*texts: str) -> pa.Table:
    frame = pd.DataFrame({"comment_id": [f"c{n}" for n in range(len(texts))], "text": list(texts)})
    return comment_terms(frame)


def test_a_spliced_matrix_equals_the_stacked_one_of_its_parts() -> None:
    """Ranges of the last build's matrix between new documents' term tables give the matrix a cold
    build stacks: words numbered by first use in the new order, words no row uses dropped."""
    parts = [_terms("alpha beta", "gamma"), _terms("gamma delta alpha", "epsilon"), _terms("zeta beta"),
             _terms("delta delta theta", "alpha")]
    last = TermMatrix.stacked(parts)
    new = _terms("iota gamma", "kappa")
    spliced = TermMatrix.spliced([(last, 2, 2), new, (last, 5, 2)])  # parts[0] and parts[2] gone
    stacked = TermMatrix.stacked([parts[1], new, parts[3]])
    assert spliced.words.tolist() == stacked.words.tolist()
    assert spliced.words.tolist()[:3] == ["gamma", "delta", "alpha"]  # alpha was first; now third
    assert spliced.matrix.shape == stacked.matrix.shape and (spliced.matrix != stacked.matrix).nnz == 0
    assert (spliced.matrix.indices == stacked.matrix.indices).all()
    assert TermMatrix.spliced([]).matrix.shape == TermMatrix.stacked([]).matrix.shape


def test_a_recoded_column_equals_the_values_encoded_with_the_new_dictionary() -> None:
    """Rows of an earlier snapshot re-encoded by their codes (nulls kept, new values shifting the
    sorted dictionary) hold the indices that encoding their values gives."""
    values = pa.array(["bea", None, "cal", "ann", "cal", None, "bea"], pa.string())
    old = pa.chunked_array([encoded_column(values.slice(0, 4), sorted_values([values])),
                            encoded_column(values.slice(4), sorted_values([values]))])
    new = sorted_values([values, pa.array(["aaron", "bob"])])  # codes of bea and cal shift
    recoder = Recoder({"author": new})
    recoded = recoder.column("author", old)
    assert recoded is not None
    assert recoded.equals(encoded_column(values, new))
    assert recoded.indices.null_count == 2
    missing_cal = Recoder({"author": sorted_values([pa.array(["ann", "bea"])])})
    assert missing_cal.column("author", old) is None
    assert recoder.column("author", pa.chunked_array([values])) is None  # not encoded


def test_an_added_document_takes_the_snapshot_rows_over_by_code_and_equals_a_cold_build(
        synthetic_seeds: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows a rebuild takes from the last build's snapshot are re-encoded by code (an author who
    sorts first shifts every code), and the snapshot written equals a cold build's, column by column."""
    monkeypatch.setattr(assemble, "ROWS_PER_GROUP", 150)
    seeds, out, cold = tmp_path / "seeds", tmp_path / "corpus", tmp_path / "cold"
    shutil.copytree(synthetic_seeds(700, 35, seed=5), seeds)
    assert not build_corpus(seeds, out).failed
    recoded: list[int] = []
    real = Recoder.column

    def spy(self: Recoder, name: str, column: pa.ChunkedArray) -> pa.Array | None:
        found = real(self, name, column)
        recoded.append(0 if found is None else len(found))
        return found

    monkeypatch.setattr(Recoder, "column", spy)
    last = max(seeds.glob("*.txt"))
    with (seeds / f"{last.stem}_z.txt").open("w", encoding="utf-8") as added:
        added.write(last.read_text(encoding="utf-8") + "\n  \u2022 Aaron Aardvark\n\n    First to sort.\n")
    assert not build_corpus(seeds, out).failed
    assert recoded and min(recoded) > 0 and sum(recoded) > 600  # every reused row, by code
    shutil.copytree(seeds, tmp_path / "again")
    assert not build_corpus(tmp_path / "again", cold).failed
    ours = pa.ipc.open_file(pa.memory_map(str(_folder(out) / SNAPSHOT_FILE))).read_all()
    theirs = pa.ipc.open_file(pa.memory_map(str(_folder(cold) / SNAPSHOT_FILE))).read_all()
    assert ours.schema.equals(theirs.schema, check_metadata=True)
    different = [c for c in ours.column_names if not ours[c].equals(theirs[c])]
    assert not different


def test_a_matrix_spliced_from_its_first_rows_on_equals_the_stacked_one() -> None:
    """A range from the last build's first row (an added or changed document after it) keeps its
    word numbers and hashes only the rest; a stored matrix whose words are not numbered by first
    use is renumbered as before. Either way the matrix a cold build stacks."""
    parts = [_terms("alpha beta", "gamma"), _terms("gamma delta alpha", "epsilon"), _terms("zeta beta"),
             _terms("delta delta theta", "alpha")]
    last = TermMatrix.stacked(parts)
    new = _terms("iota gamma", "kappa zeta")
    flipped = last.matrix.copy()  # the same counts, words numbered backwards
    flipped.indices = (len(last.words) - 1 - flipped.indices).astype(np.int32)
    backwards = TermMatrix(flipped, last.words[::-1].copy())
    cases = [([(last, 0, 7), new], [*parts, new]),
             ([(last, 0, 2), new, (last, 4, 3)], [parts[0], new, *parts[2:]]),
             ([(last, 0, 4), (last, 5, 2)], [parts[0], parts[1], parts[3]]),
             ([(backwards, 0, 5), new], [*parts[:3], new])]
    for ranges, tables in cases:
        spliced, stacked = TermMatrix.spliced(ranges), TermMatrix.stacked(tables)
        assert spliced.words.tolist() == stacked.words.tolist()
        assert spliced.matrix.shape == stacked.matrix.shape and (spliced.matrix != stacked.matrix).nnz == 0
        assert (spliced.matrix.indices == stacked.matrix.indices).all()
