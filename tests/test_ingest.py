"""Adding an uploaded document: checked, written atomically, never replacing another one."""

import shutil
from pathlib import Path

import pytest

from components.core.reader import MAX_BYTES
from components.corpus.store import load_corpus
from components.engine.build import build_corpus
from components.engine.ingest import (
    REMOVED_DIR,
    DuplicateDocument,
    IngestError,
    add_document,
    remove_document,
    safe_file_name,
)

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "data" / "upload" / "new_article.txt"


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


@pytest.mark.parametrize(("name", "expected"), [
    ("new_article.txt", "new_article.txt"),
    ("../../etc/passwd", "passwd.txt"),
    ("C:\\Users\\me\\Letter to Damon.TXT", "Letter_to_Damon.txt"),
    (".hidden.txt", "hidden.txt"),
    ("$$$.txt", "document.txt"),
    ("notes.tar.gz", "notes.tar.gz"),
])
def test_safe_file_name(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_added_document_is_parsed_alone_into_the_corpus(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    added = add_document(seeds, "new_article.txt", ARTICLE.read_bytes())
    assert not added.already_present and added.path.read_bytes() == ARTICLE.read_bytes()
    report = build_corpus(seeds, out)
    assert report.parsed == [str(added.path)] and len(report.reused) == 3
    comments = load_corpus(out).comments
    assert comments[comments["doc_id"] == "new_article"]["author"].tolist() == ["Rowan", "Priya"]


def test_same_bytes_again_change_nothing(seeds: Path) -> None:
    add_document(seeds, "new_article.txt", ARTICLE.read_bytes())
    assert add_document(seeds, "new_article.txt", ARTICLE.read_bytes()).already_present


def test_a_different_file_of_the_same_name_is_refused(seeds: Path) -> None:
    original = (seeds / "002_6152a0ec59b6f7b0.txt").read_bytes()
    with pytest.raises(IngestError, match="already in the corpus; rename"):
        add_document(seeds, "002_6152a0ec59b6f7b0.txt", ARTICLE.read_bytes())
    assert (seeds / "002_6152a0ec59b6f7b0.txt").read_bytes() == original


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"   \n", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("furniture.txt", b"Top Stories\n\nPosted to: nobody\n", "no recognisable structure"),
    ("huge.txt", b"a" * (MAX_BYTES + 1), "too large"),
    ("corpus.toml", b'name = "x"\n', "is the corpus config"),
])
def test_bad_uploads_are_refused_and_leave_no_file(seeds: Path, name: str, data: bytes,
                                                   reason: str) -> None:
    before = sorted(p.name for p in seeds.iterdir())
    with pytest.raises(IngestError, match=reason) as error:
        add_document(seeds, name, data)
    assert str(error.value).startswith(f"{name}: ")
    assert sorted(p.name for p in seeds.iterdir()) == before


def test_a_failed_write_leaves_no_file(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    before = sorted(p.name for p in seeds.iterdir())
    monkeypatch.setattr("components.engine.ingest.os.link", full_disk)
    with pytest.raises(IngestError, match=r"could not be saved .* \(No space left on device\)"):
        add_document(seeds, "new_article.txt", ARTICLE.read_bytes())
    assert sorted(p.name for p in seeds.iterdir()) == before


def _resaved_with_new_comments(seeds: Path) -> bytes:
    original = (seeds / "002_6152a0ec59b6f7b0.txt").read_text(encoding="utf-8")
    extra = "".join(f"  \u2022 newcomer{n}\n\n    A brand new comment number {n} about all this.\n\n"
                    for n in range(3))
    return (original + "\n" + extra).encode("utf-8")


def test_a_resaved_copy_with_new_comments_is_refused_with_the_overlap(seeds: Path) -> None:
    with pytest.raises(DuplicateDocument) as error:
        add_document(seeds, "jj_again.txt", _resaved_with_new_comments(seeds))
    overlap = error.value.overlap
    assert overlap.other == "002_6152a0ec59b6f7b0.txt" and overlap.share > 0.9
    assert "counted twice" in str(error.value) and len(overlap.examples) == 3
    assert not (seeds / "jj_again.txt").exists()


def test_the_analyst_can_add_an_overlapping_document_anyway(seeds: Path) -> None:
    added = add_document(seeds, "jj_again.txt", _resaved_with_new_comments(seeds), allow_overlap=True)
    assert added.path.exists()


def test_a_different_article_on_the_same_story_is_not_a_duplicate(seeds: Path) -> None:
    assert not add_document(seeds, "new_article.txt", ARTICLE.read_bytes()).already_present


def test_a_file_with_no_statement_and_no_comment_is_refused(seeds: Path) -> None:
    with pytest.raises(IngestError, match="no statement and no comment"):
        add_document(seeds, "note.txt", b"Just a note.\n\nNothing else to see in this little file.\n")


def test_a_removed_document_is_moved_aside_and_leaves_the_corpus(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(seeds, out)
    moved = remove_document(seeds, "002_6152a0ec59b6f7b0.txt")
    assert moved.parent == seeds / REMOVED_DIR and moved.read_bytes()
    assert not (seeds / "002_6152a0ec59b6f7b0.txt").exists()
    build_corpus(seeds, out)
    corpus = load_corpus(out)
    assert "002_6152a0ec59b6f7b0" not in set(corpus.documents["doc_id"]) and corpus.comments.empty
    with pytest.raises(IngestError, match="no such document"):
        remove_document(seeds, "002_6152a0ec59b6f7b0.txt")
