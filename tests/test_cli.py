"""The CLI on temporary folders: build, incremental rebuilds, export, bad input."""

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from components.corpus import store
from components.corpus.store import load_table, read_manifest
from components.engine.build import build_corpus
from components.engine.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def test_build_then_export_comments_csv(seeds: Path, tmp_path: Path,
                                        capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    out = tmp_path / "corpus"
    assert main(["build", str(seeds), "--out", str(out)]) == 0
    capsysbinary.readouterr()
    assert main(["export", "--corpus", str(out), "--table", "comments", "--format", "csv"]) == 0
    frame = pd.read_csv(io.BytesIO(capsysbinary.readouterr().out), encoding="utf-8-sig")
    assert list(frame["position"]) == list(range(1, 41))
    assert set(frame["doc_id"]) == {"002_6152a0ec59b6f7b0"}


def test_python_dash_m_is_the_same_cli(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    done = subprocess.run([sys.executable, "-m", "components", "build", str(seeds), "--out",
                           str(out)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "40 comments" in done.stdout


def test_rebuild_unchanged_does_no_work_and_changed_file_reparses_alone(
        seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    first = build_corpus(seeds, out)
    assert len(first.parsed) == 3
    again = build_corpus(seeds, out)
    assert again.up_to_date and not again.parsed
    changed = seeds / "001_161d09f25c17a3fd.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nOne more paragraph here.\n",
                       encoding="utf-8")
    third = build_corpus(seeds, out)
    assert third.parsed == [str(changed)] and len(third.reused) == 2


def test_new_file_parses_only_itself(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    new = seeds / "003_new.txt"
    new.write_text("A New Story About Someone Else Entirely\n\nIt happened on Monday, they said.\n",
                   encoding="utf-8")
    report = build_corpus(seeds, out)
    assert report.parsed == [str(new)] and len(report.reused) == 3
    assert len(load_table(out, "documents")) == 4


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "binary.bin": (bytes(range(256)) * 8, "binary"),
    "noise.txt": (b"1234 5678 !!!! ???? ---- ++++", "no recognisable structure"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_file_gets_one_line_and_the_rest_builds(name: str, seeds: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data, reason = BAD_INPUTS[name]
    (seeds / name).write_bytes(data)
    out = tmp_path / "corpus"
    assert main(["build", str(seeds), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and name in err[0] and reason in err[0]
    assert len(load_table(out, "comments")) == 40


def test_too_large_file_is_refused_without_reading(seeds: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    big = seeds / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert main(["build", str(seeds), "--out", str(tmp_path / "c")]) == 1
    err = capsys.readouterr().err
    assert "big.txt" in err and "too large" in err


ENCODED = {
    "cp1252.txt": "A Story In Windows Encoding Here\n\nShe said “it’s café time” on Monday.\n"
                  .encode("cp1252"),
    "utf16.txt": "A Story In Sixteen Bits Here\n\nHe said “hello there world” on Monday.\n"
                 .encode("utf-16"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_other_encodings_parse(name: str, seeds: Path, tmp_path: Path) -> None:
    (seeds / name).write_bytes(ENCODED[name])
    out = tmp_path / "corpus"
    assert not build_corpus(seeds, out).failed
    docs = load_table(out, "documents").set_index("doc_id")
    assert docs.loc[Path(name).stem, "title"].startswith("A Story In")


def test_crash_while_writing_leaves_previous_corpus_readable(
        seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    before = read_manifest(out)

    def explode(*_: object, **__: object) -> None:
        raise OSError("disk full")

    (seeds / "003_new.txt").write_text("A New Story Title For The Test\n\nIt said \"so very much"
                                       " here\" on Monday, she said.\n", encoding="utf-8")
    monkeypatch.setattr(pd.DataFrame, "to_parquet", explode)
    with pytest.raises(OSError):
        build_corpus(seeds, out)
    monkeypatch.undo()
    assert read_manifest(out) == before
    assert len(load_table(out, "documents")) == 3
    assert not list(out.glob(".staging-*"))
    assert store.MANIFEST == "manifest.json"


def test_export_json_and_parquet_to_files(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    for fmt in ("json", "parquet"):
        target = tmp_path / f"statements.{fmt}"
        assert main(["export", "--corpus", str(out), "--table", "statements", "--format", fmt,
                     "--out", str(target)]) == 0
        frame = pd.read_json(target) if fmt == "json" else pd.read_parquet(target)
        assert len(frame) == len(load_table(out, "statements"))


def test_export_without_corpus_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--corpus", str(tmp_path / "none"), "--table", "comments"]) == 2
    assert "no built corpus" in capsys.readouterr().err
