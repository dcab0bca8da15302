"""Session 39 fixes (helper H287) of the faults the review of H277's layout change pinned
(tests/test_review_s39b.py): each rule narrowed, on invented text, with the cases that must not fire.
"""

from components.parse.comment_blocks import _is_name
from components.parse.layout import _clean_author

# ---- a chess title is a badge only before a username that shows it is one ----

def test_a_chess_title_before_a_marked_handle_is_a_badge() -> None:
    assert _clean_author("IM tern_falls")[0] == "tern_falls"
    assert _clean_author("WFM lark.hollow")[0] == "lark.hollow"
    assert _clean_author("NM knight77")[0] == "knight77"
    assert _clean_author("GM QuietBishop")[0] == "QuietBishop"


def test_initials_before_a_surname_or_a_plain_word_stay_the_name() -> None:
    assert _clean_author("FM Delacroix")[0] == "FM Delacroix"
    assert _clean_author("CM Okonjo")[0] == "CM Okonjo"
    assert _clean_author("GM quietly")[0] == "GM quietly"


def test_a_title_before_a_plain_word_is_no_name_line() -> None:
    assert not _is_name("IM done")
    assert not _is_name("GM lol")
    assert not _is_name("FM static")
    assert _is_name("FM tern_falls")
