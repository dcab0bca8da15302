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


# ---- an event noun that is also a surname: a commenter's name before an address ----

@pytest.mark.parametrize(("line", "name"), [
    ("Nia Day 4 Mill Lane Ashby AB1 2CD", "Nia Day"), ("Olu Sale 18 Brook Street Ashby AB1 5XY", "Olu Sale"),
    ("Gwen Service 2 The Green Ashby AB2 7QR", "Gwen Service"),
    ("Summer Craft Fair 4 Mill Lane Ashby AB1 2CD", ""),  # must not fire: three words, an event's title
    ("Race Night 9 High Street Ashby AB1 3GH", ""),  # two event nouns
    ("Ceilidh 9 High Street Ashby AB1 3GH", ""),  # an event noun that is no surname, alone
])
def test_a_surname_like_an_event_noun_after_a_given_name(line: str, name: str) -> None:
    from components.parse.comment_blocks import _addressed_name
    assert _addressed_name(line) == name
