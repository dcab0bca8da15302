"""Session 39 (helper H293): fixes to the undated rating cards (parse/rated_cards.py) and the event-title
rule of addressed names (parse/comment_blocks.py) pinned by tests/test_review_s39d.py. Invented text."""

import pytest

from components.parse.rated_cards import _dated_below


# ---- a stamp under a longer text is a dated card's ----

@pytest.mark.parametrize(("text", "dated"), [
    (["Sturdy and easy.", "The hinge is stiff.", "Would buy again.", "3 April 2026"], True),
    (["Sturdy and easy.", "The hinge is stiff.", "Would buy again.", "2 weeks ago"], True),
    (["Sturdy and easy.", "The hinge is stiff.", "Would buy again.", "Came on 3 April, a day early."], False),
    (["Sturdy and easy.", "", "3 April 2026"], False),  # a date after a blank line is no part of this text
])
def test_a_stamp_alone_closing_the_text_under_a_rating(text: list[str], dated: bool) -> None:
    assert _dated_below(text, 0) is dated
