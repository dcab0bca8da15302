"""The synthetic corpus generator (benchmarks/synthetic_corpus.py): the same seed writes the same
files, every comment it writes is parsed back, its planted shares are what it says, and a build
of a small corpus through the CLI succeeds with every comment."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from components.parse.layout import split_layout

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import synthetic_corpus  # noqa: E402


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _parsed(folder: Path) -> list[tuple[str, str]]:
    """(author, body) of every comment the parser finds in the folder's articles, in file order."""
    return [(c.author, c.body) for path in sorted(folder.glob("*.txt"))
            for c in split_layout(path.read_text(encoding="utf-8")).comments]


def test_same_seed_same_files_other_seed_other_files(tmp_path: Path) -> None:
    first, again, other = (synthetic_corpus.generate(tmp_path / name, 300, seed=seed)
                           for name, seed in (("a", 7), ("b", 7), ("c", 8)))
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")
    assert first.comments == again.comments == other.comments == 300
    assert (tmp_path / "a" / "corpus.toml").exists()


def test_every_comment_is_parsed_back(tmp_path: Path) -> None:
    texts = io.StringIO()
    counts = synthetic_corpus.generate(tmp_path, 5000, seed=3, texts=texts)
    written = [json.loads(line) for line in texts.getvalue().splitlines()]
    parsed = _parsed(tmp_path)
    assert len(written) == len(parsed) == counts.comments == 5000
    assert [body for _, body in parsed] == [body.strip() for body in written]
    assert all(author for author, _ in parsed)


def test_shares_are_as_documented(tmp_path: Path) -> None:
    counts = synthetic_corpus.generate(tmp_path, 10000, seed=1)
    assert 0.025 < counts.spam / counts.comments < 0.035
    assert 0.01 < counts.reposts / counts.comments < 0.02
    assert 0.03 < counts.stock / counts.comments < 0.05
    bodies = [body for _, body in _parsed(tmp_path)]
    long_bodies = [b for b in bodies if len(b) >= 40]
    # exact copies of a long text come from spam bots and from people reposting their own comment
    assert len(long_bodies) - len(set(long_bodies)) < 0.05 * len(bodies)


def test_add_article_and_append_comment(tmp_path: Path) -> None:
    synthetic_corpus.generate(tmp_path, 200, seed=2)
    before = len(_parsed(tmp_path))
    added = synthetic_corpus.add_article(tmp_path, 5, seed=2)
    assert added.name > max(p.name for p in tmp_path.glob("*.txt") if p != added)
    assert len(split_layout(added.read_text(encoding="utf-8")).comments) == 5
    body = synthetic_corpus.append_comment(added, seed=2)
    comments = split_layout(added.read_text(encoding="utf-8")).comments
    assert len(comments) == 6 and comments[-1].body == body.strip()
    assert len(_parsed(tmp_path)) == before + 6


@pytest.mark.parametrize("comments", [400])
def test_cli_builds_every_comment(tmp_path: Path, comments: int) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "corpus"
    synthetic_corpus.generate(seeds, comments, seed=5)
    done = subprocess.run([sys.executable, "-m", "components", "build", str(seeds), "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "failed 0" in done.stdout and f"{comments} comments" in done.stdout
