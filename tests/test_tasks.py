"""The per-document tasks of a build: a batch of documents enriched and classified together gives
what each document gives alone, and a document that breaks the batch fails alone."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest
from task_support import same_result

from components.core.columns import COMMENT_BASE_COLUMNS, DOCUMENT_COLUMNS
from components.core.config import load_config
from components.engine import tasks
from components.engine.tasks import DocFailure, DocResult, DocStance, ParseTask, StanceTask
from components.enrich.stance import Claims
from components.parse.statements import build_statements


@pytest.fixture(scope="module")
def seeds(synthetic_seeds: Callable[..., Path]) -> Path:
    return synthetic_seeds(300, 30, seed=3)


@pytest.fixture(scope="module")
def parse_tasks(seeds: Path) -> list[ParseTask]:
    files = sorted(seeds.glob("*.txt"))[:8]
    return [ParseTask(str(f), f.stem, f"sha-{f.stem}", f.read_bytes()) for f in files]


def _claims(seeds: Path, results: list[DocResult]) -> Claims:
    """The claims of these documents (any claims do: the tests compare a batch with its documents)."""
    documents = tasks.frame_of([r.document for r in results], DOCUMENT_COLUMNS)
    statements, _ = build_statements(documents, [m for r in results for m in r.mentions])
    comments = pd.concat([tasks.read_arrow(r.table).to_pandas() for r in results if r.table])
    return tasks.enrich.corpus_claims(load_config(seeds), statements, tasks.enrich.count_topics(comments),
                                      len(tasks.enrich.comment_texts(comments)))


def _count_stance_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of comments of each classify_stance call made from now on."""
    calls: list[int] = []
    real = tasks.enrich.classify_stance

    def counted(comments: pd.DataFrame, *args: Any) -> pd.DataFrame:
        calls.append(len(comments))
        return real(comments, *args)

    monkeypatch.setattr(tasks.enrich, "classify_stance", counted)
    return calls




def test_a_parse_batch_gives_what_each_document_gives_alone(seeds: Path,
                                                            parse_tasks: list[ParseTask]) -> None:
    config = load_config(seeds)
    together = tasks.parse_batch(parse_tasks, config)
    assert [r.path for r in together] == [t.path for t in parse_tasks]
    assert sum(r.n_comments for r in together if isinstance(r, DocResult)) > 50
    for batch_result, task in zip(together, parse_tasks, strict=True):
        same_result(batch_result, tasks.parse_one(task, config))


def test_a_document_that_breaks_local_enrichment_fails_alone(seeds: Path, parse_tasks: list[ParseTask],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(seeds)
    culprit = parse_tasks[2].doc_id
    real = tasks.enrich.enrich_local

    def failing(comments: pd.DataFrame) -> pd.DataFrame:
        if (comments["doc_id"] == culprit).any():
            raise ValueError("local")
        return real(comments)

    monkeypatch.setattr(tasks.enrich, "enrich_local", failing)
    broken = [*parse_tasks, ParseTask("unreadable.txt", "unreadable", "sha", b"\x00" * 64)]
    results = tasks.parse_batch(broken, config)
    assert [r.path for r in results] == [t.path for t in broken]
    failed = [r.path for r in results if isinstance(r, DocFailure)]
    assert failed == [parse_tasks[2].path, "unreadable.txt"]
    assert results[2].error == "ValueError"  # type: ignore[union-attr]


def test_a_stance_batch_classifies_once_and_gives_what_each_document_gives_alone(
        seeds: Path, parse_tasks: list[ParseTask], monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(seeds)
    results = [r for r in tasks.parse_batch(parse_tasks, config) if isinstance(r, DocResult) and r.table]
    claims = _claims(seeds, results)
    stance_tasks = [StanceTask(r.path, r.table) for r in results]
    alone = [tasks.stance_one(t, config, claims) for t in stance_tasks]
    calls = _count_stance_calls(monkeypatch)
    together = tasks.stance_batch(stance_tasks, config, claims)
    assert calls == [sum(r.n_comments for r in results)]  # one frame for the whole batch
    assert all(isinstance(s, DocStance) for s in together)
    for batch_stance, own in zip(together, alone, strict=True):
        same_result(batch_stance, own)


def test_documents_sharing_an_id_are_classified_one_by_one(seeds: Path, parse_tasks: list[ParseTask]) -> None:
    config = load_config(seeds)
    results = [r for r in tasks.parse_batch(parse_tasks[:3], config) if isinstance(r, DocResult) and r.table]
    claims = _claims(seeds, results)
    twice = [StanceTask(r.path, r.table) for r in results] + [StanceTask("copy.txt", results[0].table)]
    together = tasks.stance_batch(twice, config, claims)
    for batch_stance, task in zip(together, twice, strict=True):
        same_result(batch_stance, tasks.stance_one(task, config, claims))
    assert together[0].table == together[-1].table  # type: ignore[union-attr]


def test_a_comments_table_keeps_the_columns_and_types_of_a_frame_written_alone(
        seeds: Path, parse_tasks: list[ParseTask]) -> None:
    config = load_config(seeds)
    result = next(r for r in tasks.parse_batch(parse_tasks, config) if isinstance(r, DocResult) and r.table)
    table = tasks.read_arrow(result.table)
    assert table.column_names[:len(COMMENT_BASE_COLUMNS)] == list(COMMENT_BASE_COLUMNS)
    frame = table.to_pandas()
    assert pa.Table.from_pandas(frame, preserve_index=False).equals(table, check_metadata=True)


def test_a_document_without_comments_does_not_send_the_batch_one_by_one(
        seeds: Path, parse_tasks: list[ParseTask], monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(seeds)
    results = [r for r in tasks.parse_batch(parse_tasks, config) if isinstance(r, DocResult) and r.table]
    claims = _claims(seeds, results)
    empty = StanceTask("empty.txt", tasks._ipc_bytes(tasks.read_arrow(results[0].table).slice(0, 0)))
    batch = [StanceTask(r.path, r.table) for r in results] + [empty]
    alone = [tasks.stance_one(t, config, claims) for t in batch]
    calls = _count_stance_calls(monkeypatch)
    together = tasks.stance_batch(batch, config, claims)
    assert [c for c in calls if c] == [sum(r.n_comments for r in results)]  # those with comments: one frame
    assert [s.path for s in together] == [t.path for t in batch]
    for batch_stance, own in zip(together, alone, strict=True):
        same_result(batch_stance, own)
