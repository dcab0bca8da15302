"""Freshness: inputs whose stat is unchanged are not read again, an edit that keeps the size is
still found (by its times, or by the racy guard when the times cannot tell), and a build with
nothing to do imports no heavy library."""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from components.engine import freshness
from components.engine.build import build_corpus
from components.engine.cli import main
from components.engine.freshness import BuildReport, current_report, read_inputs, stats_path
from components.parse.seeds import scan_seeds, unsafe_name_reason

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
HEAVY = ("pandas", "pyarrow", "numpy", "scipy", "sklearn")


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths whose bytes freshness reads, in order."""
    seen: list[str] = []
    real: Callable[[Path, int], str] = freshness._file_hash

    def counting(path: Path, size: int) -> str:
        seen.append(path.name)
        return real(path, size)

    monkeypatch.setattr(freshness, "_file_hash", counting)
    return seen


def _scan(seeds: Path, out: Path) -> dict[str, str]:
    return read_inputs(seeds, BuildReport(), out).hashes


def _article(seeds: Path) -> Path:
    return sorted(seeds.glob("*.txt"))[0]


def _same_size_edit(path: Path) -> None:
    """Change one letter of the file, keeping its size."""
    data = bytearray(path.read_bytes())
    at = data.index(b"e")
    data[at:at + 1] = b"E"
    path.write_bytes(bytes(data))


def test_unchanged_files_are_not_read_again(seeds: Path, tmp_path: Path, reads: list[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(freshness, "RACY_NS", 0)  # the files were written just now
    first = _scan(seeds, tmp_path / "corpus")
    assert len(reads) == len(first) == 3 and stats_path(tmp_path / "corpus").is_file()
    reads.clear()
    assert _scan(seeds, tmp_path / "corpus") == first and reads == []


def test_without_a_corpus_folder_every_file_is_read(seeds: Path, reads: list[str]) -> None:
    read_inputs(seeds, BuildReport())
    read_inputs(seeds, BuildReport())
    assert len(reads) == 6


def test_a_same_size_edit_with_a_new_mtime_is_read(seeds: Path, tmp_path: Path, reads: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(freshness, "RACY_NS", 0)
    path = _article(seeds)
    first = _scan(seeds, tmp_path / "corpus")
    before = path.stat()
    _same_size_edit(path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    reads.clear()
    second = _scan(seeds, tmp_path / "corpus")
    assert path.stat().st_size == before.st_size and reads == [path.name]
    assert second[str(path)] != first[str(path)]


def test_a_same_size_edit_with_its_mtime_put_back_is_read(seeds: Path, tmp_path: Path, reads: list[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Putting the time stamp back (touch -r, a restore) changes the ctime, which is compared too."""
    monkeypatch.setattr(freshness, "RACY_NS", 0)
    path = _article(seeds)
    first = _scan(seeds, tmp_path / "corpus")
    before = path.stat()
    _same_size_edit(path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    reads.clear()
    assert _scan(seeds, tmp_path / "corpus")[str(path)] != first[str(path)] and reads == [path.name]


def test_an_edit_its_stat_cannot_show_is_found_when_racy(seeds: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A file changed within RACY_NS of its hashing is read again even when its stat is the one
    recorded (as when a second edit falls in the same time stamp tick as the first)."""
    path = _article(seeds)
    first = _scan(seeds, tmp_path / "corpus")
    recorded = json.loads(stats_path(tmp_path / "corpus").read_text())["files"][str(path)][:4]
    _same_size_edit(path)
    real = freshness._stat
    monkeypatch.setattr(freshness, "_stat", lambda p: list(recorded) if p == path else real(p))
    second = _scan(seeds, tmp_path / "corpus")
    assert second[str(path)] != first[str(path)]
    assert second[str(path)] == freshness._file_hash(path, path.stat().st_size)


def test_a_damaged_or_unwritable_stats_file_only_costs_reading(seeds: Path, tmp_path: Path,
                                                               reads: list[str]) -> None:
    out = tmp_path / "corpus"
    expected = _scan(seeds, tmp_path / "elsewhere")
    stats_path(out).parent.mkdir(parents=True)
    stats_path(out).write_text('{"format": 1, "scanned_ns": 5, "files": {"x": [1]}}')
    reads.clear()
    assert _scan(seeds, out) == expected and len(reads) == 3
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "cache").write_text("a file where the cache folder would be")
    assert _scan(seeds, blocked) == expected


def test_same_size_edit_is_rebuilt_and_a_touched_file_is_not_parsed(
        seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(freshness, "RACY_NS", 0)
    out, path = tmp_path / "corpus", _article(seeds)
    build = ["build", str(seeds), "--out", str(out)]
    assert main(build) == 0
    before = path.stat()
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 5_000_000_000))
    capsys.readouterr()
    assert main(build) == 0 and "up to date" in capsys.readouterr().out
    _same_size_edit(path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 10_000_000_000))
    assert main(build) == 0 and "parsed 1, reused 2" in capsys.readouterr().out
    assert stats_path(out).is_file()  # kept by the cache's pruning
    assert json.loads(stats_path(out).read_text())["files"][str(path)][1] == path.stat().st_mtime_ns


def test_a_build_with_nothing_to_do_imports_no_heavy_library(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    code = ("import sys; from components.engine.cli import main; "
            f"status = main(['build', {str(seeds)!r}, '--out', {str(out)!r}]); "
            f"print(status, [m for m in {HEAVY!r} if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert "up to date" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "0 []"


def test_loading_labels_imports_neither_sklearn_nor_scipy() -> None:
    code = ("import sys, components.corpus.labels; "
            "print([m for m in ('sklearn', 'scipy') if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(("name", "unsafe"), [
    ("plain-name_01.txt", False), ("café – été.txt", False), ("bell\x07.txt", True), ("del\x7f.txt", True),
    ("zero\u200bwidth.txt", True), ("bad\udcff.txt", True), ("private\ue000.txt", True),
])
def test_unsafe_names_with_or_without_the_ascii_shortcut(name: str, unsafe: bool) -> None:
    assert bool(unsafe_name_reason(name)) is unsafe


def test_the_scan_lists_files_in_path_order(tmp_path: Path) -> None:
    names = ["b.txt", "B.txt", "a b.txt", "a.txt", "a-b.txt", "ä.txt", "10.txt", "9.txt"]
    for name in names:
        (tmp_path / name).write_text("x")
    assert scan_seeds(tmp_path).files == sorted(tmp_path / name for name in names)


def test_a_folder_without_a_corpus_is_not_scanned_nor_written(seeds: Path, tmp_path: Path,
                                                              reads: list[str]) -> None:
    assert current_report(seeds, tmp_path / "nothing")[0] is None
    assert reads == [] and not (tmp_path / "nothing").exists()


def test_the_build_keeps_the_stats_a_no_change_check_uses(seeds: Path, tmp_path: Path, reads: list[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(freshness, "RACY_NS", 0)
    build_corpus(seeds, tmp_path / "corpus")
    assert len(reads) == 3
    report = current_report(seeds, tmp_path / "corpus")[0]
    assert report is not None and report.up_to_date and len(reads) == 3


def test_a_cli_rebuild_scans_the_seeds_folder_once(seeds: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    scans: list[Path] = []
    real = freshness.scan_seeds

    def counting(folder: Path) -> object:
        scans.append(folder)
        return real(folder)

    monkeypatch.setattr(freshness, "scan_seeds", counting)
    shutil.copy(_article(seeds), seeds / "added_copy.txt")
    assert main(["build", str(seeds), "--out", str(out), "--workers", "1"]) == 0
    assert scans == [seeds]  # the check's scan is the build's: the folder is listed and stat'ed once
    rebuilt = current_report(seeds, out)[0]
    assert rebuilt is not None and rebuilt.up_to_date  # the build recorded what it was built from
