import html
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from components.core.repair import CACHED_LENGTH, fold_typography, normalise_text, repair_mojibake

REPAIRS = [
    ("She鈥檚 just trying", "She’s just trying"),
    ("you don鈥檛 check it", "you don’t check it"),
    ("鉃解灲;鉃解灲 http://x", "➽➽;➽➽ http://x"),
    ("that鈥檚 what", "that’s what"),
    ("plain ASCII stays", "plain ASCII stays"),
    ("Don’t touch real typography", "Don’t touch real typography"),
    ("中文测试，这是真正的中文。", "中文测试，这是真正的中文。"),
    ("你好世界，我们今天去北京吃饭了。", "你好世界，我们今天去北京吃饭了。"),
    ("lost a byte 鈥�", "lost a byte 鈥�"),
    ("鈽呪湯鈽呪槄鉁槄", "★✫★★鉁槄"),  # the decodable part repaired, the broken tail kept
]


@pytest.mark.parametrize(("raw", "expected"), REPAIRS)
def test_repair_mojibake(raw: str, expected: str) -> None:
    assert repair_mojibake(raw) == expected


NORMALISED = [
    ("I don’t like it", "I don't like it"),
    ("I don鈥檛 like it", "I don't like it"),
    ("“quoted”  and\n\nspaced", '"quoted" and spaced'),
    ("Tom &amp; Jerry &#39;s", "Tom & Jerry 's"),
    ("wait… what — no", "wait... what - no"),
    ("\ufeffbom", "bom"),
    # Plain ASCII takes a short path: only the spaces change, and an entity is still unescaped.
    ("  plain\tascii\r\nwith   spaces ", "plain ascii with spaces"),
    ("AT&T &lt;3 &eacute;t&eacute;", "AT&T <3 été"),
    ("ﬁne ＡＢＣ", "fine ABC"),  # NFKC folds ligatures and full-width letters
]


def _by_definition(text: str) -> str:
    full = fold_typography(unicodedata.normalize("NFKC", html.unescape(repair_mojibake(text))))
    return re.sub(r"\s+", " ", full).strip()


@pytest.mark.parametrize("unit", ["don鈥檛 “go”  &amp; ", "plain  words\t", "ﬁne… "])
def test_long_text_is_normalised_like_a_short_one(unit: str) -> None:
    """Texts over CACHED_LENGTH are not kept in the cache, and normalised the same way."""
    text = unit * (CACHED_LENGTH // len(unit) + 2)
    assert len(text) > CACHED_LENGTH and normalise_text(text) == _by_definition(text)


@given(st.text(alphabet=st.sampled_from(list(" \t\n&;#ab'\u2019\u00a0\u2026é鈥檛")), max_size=30))
def test_normalise_text_equals_its_definition(text: str) -> None:
    """The short path for plain ASCII and the cache give what the full definition gives."""
    expected = _by_definition(text)
    assert normalise_text(text) == expected and normalise_text(text) == expected


@pytest.mark.parametrize(("raw", "expected"), NORMALISED)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_fold_typography_keeps_length_of_plain_text() -> None:
    assert fold_typography("abc") == "abc"
