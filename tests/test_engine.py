"""The streaming build: the same tables as the corpus assembled in memory, on one process or a pool,
incremental rebuilds that redo only what changed, progress, and failures isolated per document."""

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from components.core.config import load_config
from components.core.reader import decode_bytes
from components.corpus.store import load_corpus
from components.engine import assemble as assemble_module
from components.engine import tasks as tasks_module
from components.engine.build import assemble_documents, build_corpus
from components.engine.cli import main
from components.engine.local import LocalEngine
from components.parse.parser import parse_document, sha256_of
from components.parse.seeds import scan_seeds

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "data" / "dev" / "masters-dispute" / "seeds"
ARTICLE = ROOT / "tests" / "data" / "upload" / "new_article.txt"
TABLES = ("documents", "statements", "mentions", "comments")
POOL = LocalEngine(workers=2, inline_bytes=0)  # a real process pool, however small the corpus


@pytest.fixture(scope="module")
def synthetic(synthetic_seeds: Callable[..., Path]) -> Path:
    """A small synthetic corpus: many documents, statements across them, spam and duplicates."""
    return synthetic_seeds(400, 40)


def _copy(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(source, target)
    return target


def _in_memory(seeds: Path) -> dict[str, pd.DataFrame]:
    """The tables the build held in memory before it streamed: every document assembled at once."""
    config = load_config(seeds)
    parsed = []
    for path in scan_seeds(seeds).files:
        data = path.read_bytes()
        parsed.append(parse_document(path.stem, str(path), decode_bytes(data).text, sha256_of(data), config))
    return assemble_documents(parsed, config)


def _assert_same_tables(left: Path, right: Path) -> None:
    a, b = load_corpus(left), load_corpus(right)
    for name in TABLES:
        assert_frame_equal(a.table(name), b.table(name))


@pytest.mark.parametrize("source", [SEEDS, DEV], ids=["seeds", "dev"])
def test_the_streamed_tables_equal_the_corpus_assembled_in_memory(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    assert not build_corpus(source, out).failed
    built = load_corpus(out)
    for name, frame in _in_memory(source).items():
        assert_frame_equal(built.table(name), frame.reset_index(drop=True))


def test_a_process_pool_builds_the_same_tables_as_one_process(synthetic: Path, tmp_path: Path) -> None:
    build_corpus(synthetic, tmp_path / "one", engine=LocalEngine(workers=1))
    report = build_corpus(synthetic, tmp_path / "pool", engine=POOL)
    assert not report.failed and len(report.parsed) == len(list(synthetic.glob("*.txt")))
    _assert_same_tables(tmp_path / "one", tmp_path / "pool")
    built = load_corpus(tmp_path / "pool")
    for name, frame in _in_memory(synthetic).items():
        assert_frame_equal(built.table(name), frame.reset_index(drop=True))


def test_adding_a_document_parses_only_it_and_equals_a_fresh_build(synthetic: Path, tmp_path: Path) -> None:
    seeds = _copy(synthetic, tmp_path)
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    shutil.copy(ARTICLE, seeds / "new_article.txt")
    report = build_corpus(seeds, out)
    assert report.parsed == [str(seeds / "new_article.txt")]
    assert len(report.reused) == len(list(synthetic.glob("*.txt")))
    build_corpus(seeds, tmp_path / "fresh")
    _assert_same_tables(out, tmp_path / "fresh")


def test_a_change_that_keeps_the_claims_reclassifies_only_that_document(synthetic: Path,
                                                                        tmp_path: Path) -> None:
    seeds = _copy(synthetic, tmp_path)
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    changed = sorted(seeds.glob("*.txt"))[3]
    changed.write_bytes(changed.read_bytes() + b"\n")
    stages: dict[str, int] = {}
    report = build_corpus(seeds, out, on_progress=lambda done, total, stage: stages.update({stage: total}))
    assert report.parsed == [str(changed)] and stages["stance"] == 1


def test_nothing_changed_is_up_to_date_without_parsing(synthetic: Path, tmp_path: Path) -> None:
    """The time it takes is measured by benchmarks/scale_bench.py, not asserted here."""
    out = tmp_path / "corpus"
    build_corpus(synthetic, out)
    manifest = (out / "manifest.json").read_bytes()
    report = build_corpus(synthetic, out)
    assert report.up_to_date and not report.parsed and not report.failed
    assert (out / "manifest.json").read_bytes() == manifest


def test_progress_goes_through_the_stages_to_their_totals(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    build_corpus(SEEDS, tmp_path / "corpus", on_progress=lambda *call: calls.append(call))
    stages = list(dict.fromkeys(stage for _, _, stage in calls))
    assert stages == ["parse", "stance", "spam", "write"]
    last = {stage: (done, total) for done, total, stage in calls}
    assert last == {"parse": (3, 3), "stance": (1, 1), "spam": (1, 1), "write": (3, 3)}


def test_a_document_whose_stance_fails_is_left_out_alone(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _copy(SEEDS, tmp_path)
    shutil.copy(ARTICLE, seeds / "new_article.txt")
    real = tasks_module.enrich.classify_stance

    def failing_on_new(comments: pd.DataFrame, *args: object) -> pd.DataFrame:
        if (comments["doc_id"] == "new_article").any():
            raise KeyError("stance")
        return real(comments, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(tasks_module.enrich, "classify_stance", failing_on_new)
    report = build_corpus(seeds, tmp_path / "corpus")
    assert list(report.failed) == [str(seeds / "new_article.txt")]
    assert "internal error (KeyError)" in report.failed[str(seeds / "new_article.txt")]
    (seeds / "new_article.txt").unlink()
    build_corpus(seeds, tmp_path / "without")
    _assert_same_tables(tmp_path / "corpus", tmp_path / "without")


def test_a_document_that_breaks_corpus_wide_spam_is_left_out_alone(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _copy(SEEDS, tmp_path)
    shutil.copy(ARTICLE, seeds / "new_article.txt")
    real = assemble_module.spam_scoring.score_corpus
    marker = _first_comment_author(ARTICLE)  # no comment of the seeds is by this author

    def failing_with_new(*args: Any) -> pd.DataFrame:
        author_ids, names = args[5], args[6]
        if marker in names(np.unique(author_ids)):
            raise ValueError("spam")
        return real(*args)

    monkeypatch.setattr(assemble_module.spam_scoring, "score_corpus", failing_with_new)
    report = build_corpus(seeds, tmp_path / "corpus")
    assert list(report.failed) == [str(seeds / "new_article.txt")]
    assert load_corpus(tmp_path / "corpus").comments["doc_id"].nunique() == 1
    assert report.counts["documents"] == 3


def _first_comment_author(article: Path) -> str:
    """The author of the article's first comment, to recognise its comments by."""
    config = load_config(SEEDS)
    parsed = parse_document("probe", str(article), article.read_text(encoding="utf-8"), "", config)
    return str(parsed.comments[0]["author"])


def test_the_cache_keeps_only_current_documents(synthetic: Path, tmp_path: Path) -> None:
    seeds = _copy(synthetic, tmp_path)
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    sorted(seeds.glob("*.txt"))[0].unlink()
    build_corpus(seeds, out)
    names = [p.name for p in (out / "cache").iterdir()  # each document's files, named by its id's hash
             if re.fullmatch(r"[0-9a-f]{40}(\..+)?", p.name)]
    documents = len(list(seeds.glob("*.txt")))
    assert len({name.split(".")[0] for name in names}) == documents
    assert len([name for name in names if name.count(".") == 1]) == documents  # the JSON of each
    for kind in (".counts.json", ".comments.arrow", ".terms.arrow", ".stance.arrow", ".stems"):
        assert len([name for name in names if name.endswith(kind)]) == documents


def test_scheduler_without_the_dask_engine_is_a_usage_error(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "c"), "--scheduler", "tcp://x:1"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_zero_workers_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", str(SEEDS), "--out", str(tmp_path / "c"), "--workers", "0"])
    assert stop.value.code == 2


def test_the_cli_shows_no_progress_bar_when_not_on_a_terminal(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "c"), "--workers", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out.startswith("built ")
