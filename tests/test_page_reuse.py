"""A build reads each document once for its two parses (without, then with its outlet's
furniture): the sections split_layout finds before furniture matters give the same layout with any
furniture, and a parse task sent the page its base task read (and, without furniture, the base
parse) gives what a task sent the file's bytes gives."""

from collections.abc import Callable
from pathlib import Path

import pytest
from task_support import same_result

from components.core.config import load_config
from components.core.reader import decode_bytes
from components.engine import tasks
from components.engine.tasks import DocBase, DocFailure, DocResult, ParseTask
from components.parse.html import looks_like_html, read_html_page
from components.parse.layout import find_sections, layout_of, split_layout
from components.parse.parser import parse_document, read_page

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# Pages of many shapes: the seeds, the layout sets (bullet, forum, plain, stamped threads) and saved HTML.
PAGES = sorted([*(ROOT / "seeds").glob("*.txt"), *(DATA / "layouts").glob("*/*.txt"),
                *(DATA / "html").glob("*.html"), *(DATA / "markup").glob("*.txt")])


def _some_lines(lines: frozenset[str]) -> frozenset[str]:
    """Every other one of a document's candidate lines (what its outlet might repeat)."""
    return frozenset(sorted(lines)[::2])


def _page_text(path: Path) -> str:
    """A page's text as parse_document lays it out (a saved HTML page as its text)."""
    text = decode_bytes(path.read_bytes()).text
    return read_html_page(text).as_text() if looks_like_html(str(path), text) else text


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sections_laid_out_again_with_other_furniture_are_a_fresh_split(path: Path) -> None:
    text = _page_text(path)
    sections = find_sections(text)
    plain = layout_of(sections)
    assert plain.paragraphs or plain.comments  # a page with something in it
    assert plain == split_layout(text)
    furniture = _some_lines(plain.lines)
    assert furniture or not plain.lines
    assert layout_of(sections, furniture) == split_layout(text, furniture)  # the sections are not changed
    assert layout_of(sections) == plain
    assert read_page(str(path), decode_bytes(path.read_bytes()).text).sections == sections


@pytest.fixture(scope="module")
def seeds(synthetic_seeds: Callable[..., Path]) -> Path:
    return synthetic_seeds(300, 30, seed=5)




def test_a_task_sent_its_page_parses_as_one_sent_the_file(seeds: Path) -> None:
    config = load_config(seeds)
    files = sorted(seeds.glob("*.txt"))[:6]
    from_bytes = [ParseTask(str(f), f.stem, f"sha-{f.stem}", f.read_bytes()) for f in files]
    bases = tasks.base_batch(from_bytes, config)
    assert all(isinstance(b, DocBase) and b.page for b in bases)
    for task, base in zip(from_bytes, bases, strict=True):
        assert isinstance(base, DocBase)
        for furniture in (frozenset(), _some_lines(frozenset(base.lines))):
            read = ParseTask(task.path, task.doc_id, task.sha, task.data, furniture)
            sent = ParseTask(task.path, task.doc_id, task.sha, b"", furniture, base.page, len(task.data))
            expected, got = tasks.parse_one(read, config), tasks.parse_one(sent, config)
            assert isinstance(got, DocResult) and got.n_comments
            same_result(got, expected)


def test_a_page_without_furniture_carries_its_parse_and_is_not_parsed_again(
        seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(seeds)
    path = sorted(seeds.glob("*.txt"))[0]
    text = decode_bytes(path.read_bytes()).text
    page = read_page(str(path), text)
    parsed = parse_document(path.stem, str(path), text, "sha", config)
    back, before = tasks.page_of(tasks.page_bytes(page, parsed))
    assert back == page and before is not None
    assert (before.document, before.mentions) == (parsed.document, parsed.mentions)
    assert before.lines == parsed.lines
    assert tasks.page_of(tasks.page_bytes(page))[1] is None  # a base parsed with furniture sends none

    def never(*args: object, **kwargs: object) -> object:
        raise AssertionError("parsed again")

    monkeypatch.setattr(tasks, "parse_page", never)
    sent = ParseTask(str(path), path.stem, "sha", b"", frozenset(), tasks.page_bytes(page, parsed), 1)
    result = tasks.parse_one(sent, config)
    assert isinstance(result, DocResult) and result.document == parsed.document
    with_furniture = ParseTask(str(path), path.stem, "sha", b"", _some_lines(parsed.lines),
                               tasks.page_bytes(page, parsed), 1)
    failed = tasks.parse_one(with_furniture, config)  # with furniture it is parsed again
    assert isinstance(failed, DocFailure) and "parsed again" in failed.trace


def test_a_file_that_fails_its_base_parse_sends_no_page(seeds: Path) -> None:
    config = load_config(seeds)
    broken = ParseTask("broken.txt", "broken", "sha", b"\x00" * 64)
    assert isinstance(tasks.base_batch([broken], config)[0], DocFailure)
