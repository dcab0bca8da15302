"""The spam signals' stand-ins (an optimisation for text beyond ASCII) are worked out with re's
private parser; when it cannot be imported, or no longer answers as expected, there are none and
the spam columns are the same. Invented comments throughout."""

import sys
from collections.abc import Iterator
from types import SimpleNamespace

import pandas as pd
import pytest

from components.enrich import spam

COMMENTS = [
    "Gana 500€ al día desde casa, escríbeme por WhatsApp",           # Spanish offer, named letters
    "Заработок 300$ в день без вложений, пишите в телеграм",        # Cyrillic
    "日赚500元 加微信 详情看我主页",                                      # Chinese
    "Earn $900 a week from home 💰 dm me on telegram ➡ t.me/quickcash",
    "Brilliant match 😀👍 well played to the whole squad",
    "The café owners deserve better — the council ignored them again…",
    "My gran’s bakery on the corner closed today, end of an era 😢",
    "free spins 🎰 at luckyreels․com, use code WIN50 🔥🔥",
    "«Seriously» — who signed this off? ¿Nadie?",
    "plain ascii comment about the bypass, nothing to see",
]


@pytest.fixture(autouse=True)
def _fresh_stand_ins() -> Iterator[None]:
    """Each test, and the tests after it, read the stand-ins of the module as it is then."""
    spam._stand_in.cache_clear()
    yield
    spam._stand_in.cache_clear()


def _columns() -> pd.DataFrame:
    frame = pd.DataFrame({"author": [f"reader{n}" for n in range(len(COMMENTS))], "text": COMMENTS})
    return spam.score_comments(frame)


def _without_stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Score as a build would in a Python whose re parser cannot be read (no memo of earlier scores)."""
    monkeypatch.setattr(spam, "_STAND_INS", spam._stand_ins())
    monkeypatch.setattr(spam, "_SCORED", {})
    spam._stand_in.cache_clear()


def test_a_parser_that_cannot_be_imported_gives_no_stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "re._parser", None)  # "import re._parser" now raises ImportError
    assert spam.re_internals() is None
    assert spam._stand_ins() is None


def test_a_parser_that_answers_otherwise_gives_no_stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    sre, parser = spam.re_internals() or pytest.fail("re's parser is importable here")
    shapes = SimpleNamespace(parse=lambda pattern, flags: [])  # parses, but finds nothing
    monkeypatch.setattr(spam, "re_internals", lambda: (sre, shapes))
    assert spam._stand_ins() is None
    broken = SimpleNamespace(parse=lambda pattern, flags: [(object(), None)])  # an opcode not known
    monkeypatch.setattr(spam, "re_internals", lambda: (sre, broken))
    assert spam._stand_ins() is None
    gone = SimpleNamespace()  # a module that lost its names
    monkeypatch.setattr(spam, "re_internals", lambda: (gone, parser))
    assert spam._stand_ins() is None


def test_the_spam_columns_are_the_same_without_stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    assert spam._STAND_INS is not None
    with_stand_ins = _columns()
    monkeypatch.setitem(sys.modules, "re._parser", None)
    _without_stand_ins(monkeypatch)
    assert spam._STAND_INS is None and spam._stand_in("😀") is None
    without = _columns()
    pd.testing.assert_frame_equal(without, with_stand_ins)
    assert with_stand_ins["is_spam"].any() and not with_stand_ins["is_spam"].all()
