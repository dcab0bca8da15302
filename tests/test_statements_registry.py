"""The corpus folder's statements table is the id registry: a build into a folder that holds a
corpus keeps every statement id it had, whatever document is added; a build into an empty folder
names statements from speaker and wording; the same inputs built into the same folder (its cache
cleared) give the same tables."""

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from components.core.config import load_config
from components.core.reader import decode_bytes
from components.corpus.store import load_corpus, load_table
from components.engine.build import build_corpus
from components.engine.dask_engine import DaskEngine
from components.engine.local import LocalEngine
from components.engine.registry import Previous, previous_statements
from components.parse.parser import ParsedDocument, parse_document, sha256_of
from components.parse.seeds import scan_seeds
from components.parse.statements import build_statements

ROOT = Path(__file__).resolve().parent.parent

CONFIG = """
[[sides]]
id = "stone"
name = "Alex Stone"
aliases = ["Stone"]
position_cues = ["river"]

[[sides]]
id = "reed"
name = "Bo Reed"
aliases = ["Reed"]
position_cues = ["money"]

[documents.a]
source = "Harlow Courier"
[documents.b]
source = "Valley Post"
[documents.c]
source = "Harlow Courier"
"""
MONEY = "The plan was never about money."
WEEKS = "We asked for a vote in March and waited six weeks."
# An article of the Harlow Courier; b, published earlier by another outlet, quotes Stone's first
# claim at greater length, and Reed for the first time; c, a follow-up of the same outlet as a.
PAGES = {
    "a": (" date 2020-05-03\nCouncil Delays The Riverside Plan Again\n\n"
          "The council put off its vote on the riverside plan for the third time on Tuesday.\n\n"
          f'"{MONEY}" Stone said after the meeting.\n\n'
          f'"{WEEKS}" Stone told reporters.\n'),
    "b": (" date 2020-05-01\nWhat The Riverside Plan Means For The Valley\n\n"
          "Residents of the valley have argued about the riverside plan for two years.\n\n"
          '"The plan was never really about money. It was always about who owns the river bank," '
          "Stone said.\n\n"
          '"Nobody asked the families who live along the water," Reed said on Thursday.\n'),
    "c": (" date 2020-05-05\nRiverside Plan Vote Set For June\n\n"
          "The council will vote on the riverside plan in June, its clerk said on Monday.\n\n"
          f'"{MONEY}" Stone said again on Monday.\n'),
}


def _seeds(folder: Path, names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "corpus.toml").write_text(CONFIG, encoding="utf-8")
    for name in names:
        (folder / f"{name}.txt").write_text(PAGES[name], encoding="utf-8")
    return folder


def _statements(out: Path) -> pd.DataFrame:
    return load_table(out, "statements").set_index("statement_id")


def _id_of(statements: pd.DataFrame, words: str) -> str:
    found = statements.index[statements["text"].str.contains(words, regex=False)]
    assert len(found) == 1, f"{words!r}: {list(statements['text'])}"
    return str(found[0])


def test_an_added_document_renames_no_statement_and_removing_it_drops_only_its_own(tmp_path: Path) -> None:
    seeds, out = _seeds(tmp_path / "seeds", "a"), tmp_path / "corpus"
    build_corpus(seeds, out)
    before = _statements(out)
    assert len(before) == 2
    _seeds(seeds, "b")
    build_corpus(seeds, out)
    after = _statements(out)
    assert set(before.index) <= set(after.index)  # every existing id kept...
    assert_frame_equal(after.loc[before.index, ["speaker", "text"]], before[["speaker", "text"]])
    money = _id_of(before, "money")
    new = after.drop(index=before.index)
    assert len(new) == 2 and set(new["speaker"]) == {"Alex Stone", "Bo Reed"}  # ...and new ones named
    assert _id_of(after, "river bank") in new.index and _id_of(after, "families") in new.index
    mentions = load_table(out, "mentions")
    assert money in set(mentions.loc[mentions["doc_id"] == "b", "statement_id"])  # the longer variant
    assert after.loc[money, "n_sources"] == 2
    _seeds(seeds, "c")  # the same outlet again: a document more, not a source more
    build_corpus(seeds, out)
    grown = _statements(out)
    assert grown.loc[money, "n_sources"] == 2 and grown.loc[money, "n_documents"] == 3
    assert set(after.index) == set(grown.index)
    (seeds / "b.txt").unlink()
    build_corpus(seeds, out)
    left = _statements(out)
    assert set(left.index) == set(before.index)  # only what b alone carried is gone
    assert left.loc[money, "n_sources"] == 1 and left.loc[money, "n_documents"] == 2


def test_without_a_registry_the_earlier_wording_names_the_statement(tmp_path: Path) -> None:
    """The premise of the test above: built into an empty folder, b (published first) would name
    the statement it shares with a, so it is the registry that keeps a's id."""
    alone, both = tmp_path / "alone", tmp_path / "both"
    build_corpus(_seeds(tmp_path / "s1", "a"), alone)
    build_corpus(_seeds(tmp_path / "s2", "ab"), both)
    assert _id_of(_statements(alone), "money") != _id_of(_statements(both), "money")


def test_the_same_inputs_into_the_same_folder_give_the_same_tables(tmp_path: Path) -> None:
    seeds, out = _seeds(tmp_path / "seeds", "a"), tmp_path / "corpus"
    build_corpus(seeds, out)
    _seeds(seeds, "bc")
    build_corpus(seeds, out)
    shutil.rmtree(out / "cache")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    built = load_corpus(out)
    (out / "manifest.json").write_text(json.dumps({**manifest, "fingerprint": {}}), encoding="utf-8")
    report = build_corpus(seeds, out)
    assert not report.up_to_date and sorted(Path(p).stem for p in report.parsed) == ["a", "b", "c"]
    again = load_corpus(out)
    for name in ("documents", "statements", "mentions", "comments"):
        assert_frame_equal(built.table(name), again.table(name), obj=name)


def test_a_folder_without_a_readable_corpus_has_no_registry(tmp_path: Path) -> None:
    assert previous_statements(tmp_path) is None
    out = tmp_path / "corpus"
    build_corpus(_seeds(tmp_path / "seeds", "a"), out)
    found = previous_statements(out)
    assert found is not None and len(found[0]) == 2
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    (out / manifest["tables_dir"] / "mentions.parquet").write_bytes(b"not parquet")
    assert previous_statements(out) is None


@pytest.mark.dask
def test_the_dask_engine_keeps_the_same_ids(tmp_path: Path) -> None:
    outs = {}
    for name, engine in (("local", LocalEngine(workers=1)), ("dask", DaskEngine(workers=2, inline_bytes=0))):
        seeds, out = _seeds(tmp_path / name / "seeds", "a"), tmp_path / name / "corpus"
        build_corpus(seeds, out, engine=engine)
        _seeds(seeds, "b")
        build_corpus(seeds, out, engine=engine)
        outs[name] = load_corpus(out)
    for table in ("statements", "mentions"):
        assert_frame_equal(outs["local"].table(table), outs["dask"].table(table), obj=table)


def _parsed(folder: Path) -> list[ParsedDocument]:
    config = load_config(folder)
    found = []
    for path in scan_seeds(folder).files:
        data = path.read_bytes()
        found.append(parse_document(path.stem, str(path), decode_bytes(data).text, sha256_of(data), config))
    return found


def _statements_of(parsed: list[ParsedDocument], previous: Previous | None = None) -> Previous:
    documents = pd.DataFrame([p.document for p in parsed])
    return build_statements(documents, [m for p in parsed for m in p.mentions], previous)


@pytest.mark.parametrize("name", ["seeds", "dev", "synthetic"])
def test_given_its_own_output_build_statements_returns_it_again(
        name: str, synthetic_seeds: Callable[..., Path]) -> None:
    """What makes a cold build into a folder equal the incremental builds that filled it: the
    registry a build wrote, given back, changes nothing, from an empty folder or after growth."""
    folders = {"seeds": [ROOT / "seeds"], "dev": sorted((ROOT / "tests" / "data" / "dev").glob("*/seeds")),
               "synthetic": [synthetic_seeds(300, 30, seed=5)]}[name]
    parsed = [p for folder in folders for p in _parsed(folder)]
    assert len({m["speaker"] for p in parsed for m in p.mentions}) >= 2
    cold = _statements_of(parsed)
    again = _statements_of(parsed, cold)
    assert_frame_equal(again[0], cold[0])
    assert_frame_equal(again[1], cold[1])
    grown = _statements_of(parsed, _statements_of(parsed[::2]))  # every other document first
    regrown = _statements_of(parsed, grown)
    assert_frame_equal(regrown[0], grown[0])
    assert_frame_equal(regrown[1], grown[1])
