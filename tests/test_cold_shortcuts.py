"""Shortcuts a cold build takes that must not change what it computes: the base parse that learns
the furniture without mentions or comment rows, topic counts from each chunk's content stems, and
mojibake repair that returns a text without a possible mojibake character unread."""

from pathlib import Path

import pytest

from components.core.config import load_config
from components.core.reader import ReadError, decode_bytes
from components.core.repair import _GBK_RUN, _repair_run, repair_mojibake
from components.enrich.stance import tokenise
from components.enrich.stance.tokens import _content_stems, _text_tokens
from components.parse.layout import layout_of
from components.parse.parser import MAX_MENTIONS, Page, _most_mentions, parse_page, read_page

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
PAGES = sorted([*(ROOT / "seeds").glob("*.txt"), *(DATA / "layouts").glob("*/*.txt"),
                *(DATA / "html").glob("*.html"), *(DATA / "markup").glob("*.txt")])
SEEDS_CONFIG = load_config(ROOT / "seeds")


def _page(path: Path) -> tuple[str, Page]:
    text = decode_bytes(path.read_bytes()).text
    return text, read_page(str(path), text)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_base_parse_is_the_full_parse_without_rows_and_mentions(path: Path) -> None:
    _, page = _page(path)
    try:
        full = parse_page(path.stem, str(path), page, "sha", SEEDS_CONFIG)
    except ReadError:
        with pytest.raises(ReadError):
            parse_page(path.stem, str(path), page, "sha", SEEDS_CONFIG, base=True)
        return
    base = parse_page(path.stem, str(path), page, "sha", SEEDS_CONFIG, base=True)
    assert (base.document, base.lines) == (full.document, full.lines)
    assert len(full.mentions) <= _most_mentions(layout_of(page.sections).paragraphs)
    if base.complete:
        assert base == full
    else:
        assert base.mentions == [] and base.comments == [] and full.complete


def test_a_page_that_may_hold_too_many_mentions_fails_its_base_parse() -> None:
    quotes = "".join(f'"this is quoted passage number {i}" Damon said.\n\n' for i in range(1_100))
    text = "A long transcript of quotes\n\n" + quotes
    page = read_page("transcript.txt", text)
    assert _most_mentions(layout_of(page.sections).paragraphs) > MAX_MENTIONS
    for base in (False, True):
        with pytest.raises(ReadError, match="too many quotes and tweets"):
            parse_page("transcript", "transcript.txt", page, "sha", SEEDS_CONFIG, base=base)
    few = read_page("few.txt", "A short transcript\n\n" + quotes[:2_000])
    assert not parse_page("few", "few.txt", few, "sha", SEEDS_CONFIG, base=True).complete


TRICKY = ['He said "this is \u201cgreat\u201d" and \u2019twas the "best" thing\u2019s', '"quoted start',
          'end"', '""', 'a " b " c', "x\u2019s don't \"won't\" @Handle_x 100% n't 'em", "", "   ",
          "Nurses' pay: \"a scandal\", says Ms. O'Neil - isn't it?", "caf\u00e9 d\u00e9j\u00e0 vu"]


def test_content_stems_are_the_stems_of_the_content_tokens() -> None:
    texts = [str(c["text"]) for path in sorted((ROOT / "seeds").glob("*.txt"))
             for c in parse_page(path.stem, str(path), _page(path)[1], "sha", SEEDS_CONFIG).comments] + TRICKY
    assert len(texts) > 40
    for text in texts:
        expected = {t.stem for t in _text_tokens(text) if t.content}
        assert _content_stems(text) == expected, text
        assert _content_stems(text) == expected  # the kept chunks give the same
    assert _content_stems('"Scandal" scandal') == {t.stem for t in tokenise("scandal")}


def _run_by_run(text: str) -> str:
    return _GBK_RUN.sub(lambda m: _repair_run(m.group(0)), text)


def test_repair_without_a_possible_mojibake_character_changes_nothing_it_would_not() -> None:
    broken = "It\u2019s a \u201ctest\u201d \u2014 don\u2019t".encode("utf-8").decode("gbk", "replace")
    texts = ["plain", "don\u2019t \u201cquote\u201d \u2026", "caf\u00e9", "\u4e2d\u6587 real CJK",
             broken, "ok " + broken, "\u9225\u6a9b", "\u951f\u65a4\u62f7", "\u00a1" * 5]
    for text in texts:
        assert repair_mojibake(text) == (text if text.isascii() else _run_by_run(text)), text
    assert repair_mojibake("don\u9225\u6a9b") == "don\u2019t"
