"""One bad file never costs the good ones: per-file isolation, the seeds folder's odd entries,
builds that take turns, and manifests that point nowhere."""

import functools
import json
import multiprocessing
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from components.core.reader import decode_bytes
from components.corpus.store import load_corpus, load_table, read_manifest, tables_complete
from components.engine import assemble as assemble_module
from components.engine import build as build_module
from components.engine import tasks as tasks_module
from components.engine.build import ERRORS_LOG, build_corpus
from components.engine.cli import main
from components.engine.freshness import BuildReport
from components.engine.ingest import IngestError, add_document, safe_file_name

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_IDS = {p.stem for p in SEEDS.glob("*.txt")}
ARTICLE = ROOT / "tests" / "data" / "upload" / "new_article.txt"


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def _doc_ids(out: Path) -> set[str]:
    return set(load_table(out, "documents")["doc_id"])


def test_an_internal_error_in_one_file_is_one_line_and_the_rest_builds(
        seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    real_parse = tasks_module.parse_page

    def parse_failing_on_new(doc_id: str, *args: object, **kwargs: object) -> object:
        if doc_id == "new_article":
            raise IndexError("list index out of range")
        return real_parse(doc_id, *args, **kwargs)  # type: ignore[arg-type]

    real_complete = tasks_module.complete_base  # a base parse is finished from its layout

    def complete_failing_on_new(doc_id: str, *args: object) -> object:

        if doc_id == "new_article":
            raise IndexError("list index out of range")
        return real_complete(doc_id, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(tasks_module, "parse_page", parse_failing_on_new)
    monkeypatch.setattr(tasks_module, "complete_base", complete_failing_on_new)
    shutil.copy(ARTICLE, seeds / "new_article.txt")
    out = tmp_path / "corpus"
    assert main(["build", str(seeds), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "new_article.txt: internal error (IndexError)" in err
    assert "Traceback" not in err
    assert "Traceback" in (out / ERRORS_LOG).read_text() and "list index out of range" in (
        out / ERRORS_LOG).read_text()
    assert _doc_ids(out) == SEED_IDS


def test_a_document_that_breaks_a_global_step_is_left_out_alone(
        seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_merge = assemble_module.build_statements

    def merge_failing_on_new(documents: pd.DataFrame, *args: object) -> object:
        if (documents["doc_id"] == "new_article").any():
            raise OverflowError("date value out of range")
        return real_merge(documents, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(assemble_module, "build_statements", merge_failing_on_new)
    shutil.copy(ARTICLE, seeds / "new_article.txt")
    out = tmp_path / "corpus"
    report = build_corpus(seeds, out)
    assert list(report.failed) == [str(seeds / "new_article.txt")]
    assert "internal error (OverflowError)" in report.failed[str(seeds / "new_article.txt")]
    assert _doc_ids(out) == SEED_IDS
    assert report.counts["comments"] == 40


def test_documents_that_break_a_global_step_only_together_lose_the_later_one(
        seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each document works alone; two of them fail together: the one kept first stays, the other
    is left out with its reason, and every other document is built."""
    real_merge = assemble_module.build_statements
    pair = sorted(SEED_IDS)[:2]

    def merge_failing_with_both(documents: pd.DataFrame, *args: object) -> object:
        if set(pair) <= set(documents["doc_id"]):
            raise OverflowError("date value out of range")
        return real_merge(documents, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(assemble_module, "build_statements", merge_failing_with_both)
    out = tmp_path / "corpus"
    report = build_corpus(seeds, out)
    assert list(report.failed) == [str(seeds / f"{pair[1]}.txt")]
    assert _doc_ids(out) == SEED_IDS - {pair[1]}


def _make_fifo(path: Path) -> None:
    os.mkfifo(path)


@pytest.mark.parametrize(("make", "name", "verdict"), [
    (lambda p: p.symlink_to("/etc/passwd"), "passwd.txt", "outside the seeds folder"),
    (lambda p: p.symlink_to("/proc/self/mem"), "mem.txt", "outside the seeds folder"),
    (lambda p: p.symlink_to(p.parent / "missing.txt"), "dangling.txt", "cannot be read"),
    (_make_fifo, "pipe.txt", "not a regular file"),
    (lambda p: p.write_text("Matt Damon said it again on Monday."), "bell\x07.txt", "control"),
    (lambda p: p.write_text("Matt Damon said it again on Monday."), "x" * 210 + ".txt",
     "longer than 200 bytes"),
])
def test_odd_entries_are_refused_with_a_reason(make: object, name: str, verdict: str, seeds: Path,
                                               tmp_path: Path) -> None:
    make(seeds / name)  # type: ignore[operator]
    out = tmp_path / "corpus"
    report = build_corpus(seeds, out)
    assert verdict in report.failed[str(seeds / name)]
    assert _doc_ids(out) == SEED_IDS


def test_hidden_files_and_folders_are_skipped_not_failed(seeds: Path, tmp_path: Path) -> None:
    (seeds / ".DS_Store").write_bytes(b"\x00\x01binary")
    (seeds / "drafts").mkdir()
    report = build_corpus(seeds, tmp_path / "corpus")
    assert not report.failed
    assert set(report.skipped) == {str(seeds / ".DS_Store"), str(seeds / "drafts")}


def test_a_symlink_inside_the_folder_is_read(seeds: Path, tmp_path: Path) -> None:
    (seeds / "originals").mkdir()
    shutil.copy(ARTICLE, seeds / "originals" / "a.txt")
    (seeds / "linked.txt").symlink_to(seeds / "originals" / "a.txt")
    out = tmp_path / "corpus"
    assert not build_corpus(seeds, out).failed
    assert "linked" in _doc_ids(out)


def test_two_files_with_one_stem_are_both_refused(seeds: Path, tmp_path: Path) -> None:
    shutil.copy(ARTICLE, seeds / "dup.txt")
    shutil.copy(ARTICLE, seeds / "dup.md")
    out = tmp_path / "corpus"
    report = build_corpus(seeds, out)
    assert "shares the document id 'dup' with dup.txt" in report.failed[str(seeds / "dup.md")]
    assert "with dup.md" in report.failed[str(seeds / "dup.txt")]
    comments = load_table(out, "comments")
    assert comments["comment_id"].is_unique and _doc_ids(out) == SEED_IDS


def test_a_manifest_pointing_at_a_missing_folder_is_rebuilt(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    shutil.rmtree(out / read_manifest(out)["tables_dir"])
    report = build_corpus(seeds, out)
    assert not report.up_to_date and tables_complete(out, read_manifest(out))
    assert len(load_corpus(out).comments) == 40


def test_stale_staging_folders_are_cleaned_and_the_previous_version_kept(
        seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    first = read_manifest(out)["tables_dir"]
    (out / ".staging-killed").mkdir()
    (out / "tables-orphan").mkdir()
    shutil.copy(ARTICLE, seeds / "new_article.txt")
    build_corpus(seeds, out)
    second = read_manifest(out)["tables_dir"]
    assert sorted(p.name for p in out.glob("tables-*")) == sorted([first, second])
    assert not list(out.glob(".staging-*"))


def test_reused_documents_take_this_folders_path(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    moved = tmp_path / "elsewhere"
    shutil.copytree(seeds, moved)
    report = build_corpus(moved, out)
    assert len(report.reused) == 3
    assert all(p.startswith(str(moved)) for p in load_table(out, "documents")["path"])


def test_table_columns_do_not_depend_on_the_cache(seeds: Path, tmp_path: Path) -> None:
    cold = tmp_path / "cold"
    build_corpus(seeds, cold)
    (seeds / "002_6152a0ec59b6f7b0.txt").write_bytes(
        (seeds / "002_6152a0ec59b6f7b0.txt").read_bytes() + b"\n")
    build_corpus(seeds, cold)  # one file parsed, two from the cache
    fresh = tmp_path / "fresh"
    build_corpus(seeds, fresh)
    for table in ("documents", "statements", "mentions", "comments"):
        assert list(load_table(cold, table).columns) == list(load_table(fresh, table).columns)


def test_gbk_text_is_decoded_as_chinese_not_cp1252() -> None:
    text = "达蒙说：“我们必须谈论这件事。”\n\n评论\n  • 小明\n    我不同意。\n"
    decoded = decode_bytes(text.replace("•", "*").encode("gbk"))
    assert decoded.encoding in ("gb18030", "gbk") and "我们必须谈论" in decoded.text


def test_cp1252_text_still_decodes_as_cp1252() -> None:
    decoded = decode_bytes("Damon said \u201cno\u201d \u2013 caf\u00e9 owners disagreed.".encode("cp1252"))
    assert decoded.encoding == "cp1252" and "\u201cno\u201d \u2013 caf\u00e9" in decoded.text


def _build_in_process(seeds: str, out: str) -> int:
    return main(["build", seeds, "--out", out])


def test_concurrent_builds_leave_a_loadable_corpus(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    context = multiprocessing.get_context("spawn")
    for round_ in range(3):
        (seeds / f"extra{round_}.txt").write_bytes(ARTICLE.read_bytes())
        with context.Pool(4) as pool:
            statuses = pool.starmap(_build_in_process, [(str(seeds), str(out))] * 4)
        assert statuses == [0, 0, 0, 0]
        manifest = read_manifest(out)
        assert tables_complete(out, manifest)
        assert len(load_corpus(out).documents) == 4 + round_


def test_export_to_a_folder_is_refused_and_leaves_nothing(
        seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["export", "--corpus", str(out), "--table", "comments", "--out", str(folder)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert not list(tmp_path.glob(".*.tmp")) and not list(folder.iterdir())


def test_a_non_finite_sentiment_bound_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["export", "--corpus", str(tmp_path), "--table", "comments", "--sentiment-min", "nan"])
    assert stop.value.code == 2


def test_upload_names_are_bounded() -> None:
    name = safe_file_name("a" * 300 + ".txt")
    assert name.endswith(".txt") and len(name.encode()) <= 100


def test_an_upload_whose_id_is_taken_by_another_file_is_refused(seeds: Path) -> None:
    shutil.copy(ARTICLE, seeds / "story.md")
    with pytest.raises(IngestError, match="story.md already uses the document id 'story'"):
        add_document(seeds, "story.txt", ARTICLE.read_bytes())
    assert not (seeds / "story.txt").exists()


def test_an_upload_that_fails_inside_the_build_is_refused_without_traceback(
        seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> object:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(build_module.enrich, "enrich", broken)
    with pytest.raises(IngestError) as error:
        add_document(seeds, "new_article.txt", ARTICLE.read_bytes(), log_dir=tmp_path / "logs")
    message = str(error.value)
    assert message.startswith("new_article.txt: internal error (ZeroDivisionError)")
    assert str(tmp_path) not in message and "Traceback" not in message
    assert "ZeroDivisionError" in (tmp_path / "logs" / ERRORS_LOG).read_text()
    assert not (seeds / "new_article.txt").exists()


def test_a_config_file_upload_is_refused_by_name(seeds: Path) -> None:
    with pytest.raises(IngestError, match=r"a \.toml file is not an article"):
        add_document(seeds, "settings.toml", b'[corpus]\nname = "x"\n')


def test_a_dropped_article_date_is_a_note_not_a_failure(seeds: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    article = ARTICLE.read_text(encoding="utf-8")
    (seeds / "bad_date.txt").write_text(" date 2017-13-45\n" + article, encoding="utf-8")
    out = tmp_path / "corpus"
    assert main(["build", str(seeds), "--out", str(out)]) == 0
    assert "bad_date.txt: note: the article date '2017-13-45' is dropped" in capsys.readouterr().err
    documents = load_table(out, "documents").set_index("doc_id")
    assert documents.loc["bad_date", "published"] == ""
    assert "not a real date" in documents.loc["bad_date", "date_note"]


def test_a_corpus_built_with_another_column_contract_is_rebuilt(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    manifest = read_manifest(out)
    manifest["fingerprint"]["columns"] = "an older contract"
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert not build_corpus(seeds, out).up_to_date


def test_build_into_a_file_is_a_usage_error(seeds: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "afile"
    target.write_text("not a folder")
    assert main(["build", str(seeds), "--out", str(target)]) == 2
    assert "afile: not a folder" in capsys.readouterr().err


def test_an_upload_name_of_wide_characters_is_shortened_by_bytes(seeds: Path) -> None:
    name = safe_file_name("\U00020000" * 90 + ".txt")
    assert len(name.encode("utf-8")) <= 84 and name.endswith(".txt")
    added = add_document(seeds, "\U00020000" * 90 + ".txt", ARTICLE.read_bytes())
    assert added.path.exists() and len(added.path.name.encode("utf-8")) <= 200


def test_a_file_with_too_many_quotes_is_refused_alone(seeds: Path, tmp_path: Path) -> None:
    quotes = "".join(f'"this is quoted passage number {i}" Damon said.\n\n' for i in range(1_100))
    (seeds / "transcript.txt").write_text("A long transcript of quotes\n\n" + quotes, encoding="utf-8")
    out = tmp_path / "corpus"
    report = build_corpus(seeds, out)
    reason = report.failed[str(seeds / "transcript.txt")]
    assert "too many quotes and tweets (1,100; the limit is 1,000)" in reason
    assert _doc_ids(out) == SEED_IDS


def test_replies_are_columns_of_the_comments_table(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "tests" / "data" / "replies", seeds)
    build_corpus(seeds, tmp_path / "corpus")
    comments = load_table(tmp_path / "corpus", "comments")
    assert comments[["author", "is_reply", "reply_to"]].values.tolist() == [
        ["Dana", False, ""], ["Lee", True, "Dana"], ["Sam", False, ""]]
    assert comments["text"].iloc[1].startswith("No way")


def test_the_culprit_search_beside_the_rest_halves_instead_of_trying_each_document(tmp_path: Path) -> None:
    stub = SimpleNamespace(report=BuildReport(), out_dir=tmp_path)
    stub._keep_working = functools.partial(build_module._Build._keep_working, stub)
    entries = [SimpleNamespace(path=f"doc{n:03}") for n in range(200)]
    calls: list[int] = []

    def step(batch: list[SimpleNamespace]) -> None:
        calls.append(len(batch))
        if {"doc037", "doc150"} & {e.path for e in batch}:
            raise ValueError("breaks the corpus-wide step")

    kept = build_module._Build._keep_working(stub, [], entries, step)  # type: ignore[arg-type]
    assert [e.path for e in kept] == [e.path for e in entries if e.path not in {"doc037", "doc150"}]
    assert sorted(stub.report.failed) == ["doc037", "doc150"]
    assert len(calls) <= 40  # one corpus-wide step per document would be 200
