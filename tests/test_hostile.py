"""Hostile inputs: dates outside the calendar or the sane range, and every regression file in
tests/data/hostile/ (one file per case the fuzzer or a tester found), built alone and beside the seeds."""

import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from components.core.config import CONFIG_NAME
from components.corpus.store import Corpus, load_corpus
from components.engine.build import BuildReport, build_corpus
from components.parse.dates import (
    MAX_YEAR,
    MIN_YEAR,
    DateExpr,
    resolve,
    resolve_published,
    resolve_signature,
    value_problem,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
HOSTILE = sorted(p for p in (ROOT / "tests" / "data" / "hostile").iterdir() if not p.name.startswith("."))
SEED_STEMS = sorted(p.stem for p in SEEDS.glob("*.txt"))
ANCHOR = date(2017, 12, 16)
DESC = "the article date 2017-12-16"

# (kind, phrase, anchor, expected value, words the evidence must contain)
RESOLVE_CASES = [
    ("explicit", "Feb 30", ANCHOR, "", "'Feb 30' is not a real date"),
    ("explicit", "Feb 30", None, "", "'Feb 30' is not a real date"),
    ("explicit", "31st Feb 2020", ANCHOR, "", "not a real date"),
    ("explicit", "Dec 0", ANCHOR, "", "not a real date"),
    ("explicit", "Feb 29", ANCHOR, "2016-02-29", "year from the article date"),
    ("explicit", "December 31, 9999", ANCHOR, "", "year 9999 is outside 1900–2100"),
    ("explicit", "Dec 25", date(1900, 1, 1), "", "year 1899 is outside 1900–2100"),
    ("explicit", "Jan 5", date(2100, 12, 31), "", "year 2101 is outside 1900–2100"),
    ("explicit", "Jan 5", date(2100, 6, 1), "2100-01-05", "year from"),
    ("month", "in May 0000", ANCHOR, "", "year 0 is outside 1900–2100"),
    ("month", "in May 0000", None, "", "year 0 is outside 1900–2100"),
    ("month", "in December", date(1900, 1, 1), "", "year 1899 is outside"),
    ("month", "in May 2100", None, "2100-05", "month named"),
    ("weekday", "on Friday", date(9999, 12, 31), "", "the anchor date 9999-12-31 was dropped"),
    ("weekday", "on Friday", date(1, 1, 1), "", "year 1 is outside 1900–2100"),
    ("weekday", "on Sunday", date(1900, 1, 1), "", "year 1899 is outside"),
    ("weekday", "on Monday", date(1900, 1, 1), "1900-01-01", "resolved against"),
    ("relative_day", "yesterday", date(1900, 1, 1), "", "year 1899 is outside"),
    ("relative_day", "tonight", date(2100, 12, 31), "2100-12-31", "resolved against"),
    ("week", "this week", date(9999, 12, 31), "", "the anchor date 9999-12-31 was dropped"),
    ("week", "this week", date(2100, 12, 31), "2100-12", "month only"),
    ("weekday", "a phrase with no weekday", ANCHOR, "", "names no weekday"),
    ("mystery", "on Friday", ANCHOR, "", "unknown kind of date phrase"),
]


@pytest.mark.parametrize(("kind", "phrase", "anchor", "value", "why"), RESOLVE_CASES)
def test_resolve_keeps_to_the_sane_range(kind: str, phrase: str, anchor: date | None, value: str,
                                         why: str) -> None:
    found = resolve(DateExpr(kind, phrase), anchor, DESC if anchor else "")
    assert (found.value, why in found.evidence) == (value, True), found


SIGNATURE_CASES = [
    ("December 16, 2017", "2017-12-16", "tweet signature 'December 16, 2017'"),
    ("Sept. 1, 2019", "2019-09-01", "tweet signature"),
    ("December 31, 9999", "", "year 9999 is outside 1900–2100"),
    ("January 0, 0000", "", "year 0 is outside 1900–2100"),
    ("February 30, 2020", "", "'February 30, 2020' is not a real date"),
    ("Mon 12, 2020", "", "names no month"),
]


@pytest.mark.parametrize(("text", "value", "why"), SIGNATURE_CASES)
def test_signature_dates(text: str, value: str, why: str) -> None:
    found = resolve_signature(text)
    assert (found.value, why in found.evidence) == (value, True), found


PUBLISHED_CASES = [
    ("2017-12-16", "2017-12-16", "the article date 2017-12-16"),
    ("2017-13-45", "", "the article date '2017-13-45' is dropped: not a real date"),
    ("9999-12-31", "", "year 9999 is outside 1900–2100"),
    ("0000-00-00", "", "year 0 is outside"),
    ("1899-12-31", "", "year 1899 is outside"),
    ("2101-01-01", "", "year 2101 is outside"),
    ("17-12-2017", "", "not a YYYY-MM-DD date"),
    ("٢٠١٧-١٢-١٦", "", "not a YYYY-MM-DD date"),
    ("December 16, 2017", "", "not a YYYY-MM-DD date"),
]


@pytest.mark.parametrize(("text", "value", "why"), PUBLISHED_CASES)
def test_published_dates(text: str, value: str, why: str) -> None:
    found = resolve_published(text)
    assert (found.value, why in found.evidence) == (value, True), found


@pytest.mark.parametrize("value", ["1900-01-01", "2100-12-31", "2017-02", "2017", "2016-02-29"])
def test_values_inside_the_range_pass(value: str) -> None:
    assert value_problem(value) == ""


@pytest.mark.parametrize(("value", "problem"), [
    ("1899-12-31", f"year 1899 is outside {MIN_YEAR}–{MAX_YEAR}"), ("2101-01", "year 2101 is outside"),
    ("2017-02-29", "not a real date"), ("2017-00", "not a real date"), ("", "not a YYYY-MM-DD date"),
    ("2017-1-1", "not a YYYY-MM-DD date"),
])
def test_values_outside_the_range_say_why(value: str, problem: str) -> None:
    assert problem in value_problem(value)


# -- regression files -----------------------------------------------------------------------------

def _seeds(folder: Path, files: list[Path], with_seeds: bool) -> Path:
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    shutil.copy(SEEDS / CONFIG_NAME, seeds / CONFIG_NAME)
    for path in [*(SEEDS / f"{s}.txt" for s in SEED_STEMS if with_seeds), *files]:
        shutil.copy(path, seeds / path.name)
    return seeds


def _assert_built_or_refused(report: BuildReport, corpus: Corpus, path: Path, seeds: Path) -> None:
    """The file is in the corpus, or refused with one line that is not an internal error."""
    reason = report.failed.get(str(seeds / path.name))
    if reason is None:
        assert path.stem in set(corpus.documents["doc_id"])
    else:
        assert reason.strip() and "\n" not in reason and not reason.startswith("internal error"), reason


def test_there_are_regression_files() -> None:
    assert len(HOSTILE) >= 12


@pytest.mark.parametrize("path", HOSTILE, ids=[p.stem for p in HOSTILE])
def test_hostile_file_alone(path: Path, tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, [path], with_seeds=False)
    report = build_corpus(seeds, tmp_path / "out")
    _assert_built_or_refused(report, load_corpus(tmp_path / "out"), path, seeds)


def _local_seed_rows(corpus: Corpus) -> pd.DataFrame:
    """The seed comments on the columns that depend on their own document only (stance and spam
    look at the whole corpus)."""
    comments = corpus.comments[corpus.comments["doc_id"].isin(SEED_STEMS)]
    return comments[["comment_id", "author", "text", "sentiment_compound"]].reset_index(drop=True)


@pytest.mark.parametrize("path", HOSTILE, ids=[p.stem for p in HOSTILE])
def test_hostile_file_beside_the_seeds(path: Path, tmp_path: Path, corpus: Corpus) -> None:
    seeds = _seeds(tmp_path, [path], with_seeds=True)
    report = build_corpus(seeds, tmp_path / "out")
    built = load_corpus(tmp_path / "out")
    _assert_built_or_refused(report, built, path, seeds)
    assert not any(Path(p).stem in SEED_STEMS for p in report.failed), report.failed
    assert set(SEED_STEMS) <= set(built.documents["doc_id"])
    pd.testing.assert_frame_equal(_local_seed_rows(built), _local_seed_rows(corpus))


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seeds with every regression file beside them, built once: (seeds, corpus folder)."""
    folder = tmp_path_factory.mktemp("hostile")
    seeds = _seeds(folder, HOSTILE, with_seeds=True)
    build_corpus(seeds, folder / "out")
    return seeds, folder / "out"


# (file stem, its published value, words a mention's date evidence must contain)
DATE_FILES = [
    ("header-month-13", "", "the article date '2017-13-45' is dropped: not a real date"),
    ("article-9999-12-31-relative", "", "year 9999 is outside 1900–2100"),
    ("feb-30-no-year", "2017-12-16", "'Feb 30' is not a real date"),
    ("month-year-0000", "2017-12-16", "'in May 0000' is dropped: year 0 is outside 1900–2100"),
    ("tweet-signed-9999", "", "tweet signature: 'December 31, 9999' is dropped"),
    ("header-1900-01-01-edge", "1900-01-01", "year 1899 is outside 1900–2100"),
    ("header-arabic-digits", "", "not a YYYY-MM-DD date"),
]


@pytest.mark.parametrize(("stem", "published", "why"), DATE_FILES)
def test_dropped_dates_say_why(hostile_corpus: tuple[Path, Path], stem: str, published: str,
                               why: str) -> None:
    corpus = load_corpus(hostile_corpus[1])
    documents = corpus.documents.set_index("doc_id")
    assert documents.loc[stem, "published"] == published
    mentions = corpus.mentions[corpus.mentions["doc_id"] == stem]
    assert any(why in evidence for evidence in mentions["date_evidence"]), list(mentions["date_evidence"])


def test_every_date_in_the_hostile_corpus_is_in_range(hostile_corpus: tuple[Path, Path]) -> None:
    corpus = load_corpus(hostile_corpus[1])
    for table, column in (("documents", "published"), ("statements", "date"), ("mentions", "date")):
        values = [v for v in corpus.table(table)[column] if v]
        assert not [v for v in values if value_problem(v)], (table, column)


def test_every_page_renders_over_the_hostile_corpus(hostile_corpus: tuple[Path, Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit.testing.v1 import AppTest

    seeds, out = hostile_corpus
    monkeypatch.setenv("SPECTRUM_CORPUS", str(out))
    monkeypatch.setenv("SPECTRUM_SEEDS", str(seeds))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception
    for page in ("overview", "timeline", "sentiment", "stance", "spam", "data"):
        at.switch_page(f"views/{page}.py").run()
        assert not at.exception, page
