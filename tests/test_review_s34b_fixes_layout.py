"""Fixes of the layout faults review s34b found (tests/test_review_s34b.py), with the other side of
each rule pinned on invented text: a signed post under a sentence that tells of it is the lines between
only where none reads as the article's own (a dated sentence of past events in the reporter's voice);
a review's title slot at the top of its text is the page's pattern, never one review's line."""

import pytest

from components.parse.comment_blocks import Kind, _answers, classify
from components.parse.layout import split_layout
from tests.layout_support import comment_rows

# ---- a signed post under a sentence that tells of it, and the article's sentences ----

_TOLLS = ("Bridge tolls: hauliers say the trust ignored them\n"
          "The bridge trust voted on Thursday to double the toll for lorries over twelve tonnes from the new "
          "year, saying the deck needs a new surface before the winter.\n"
          "The hauliers' group answered on social media that evening.\n")
_HAULIERS = "— Fenland Hauliers (@FenHauliers) October 9, 2026\n"
_AFTER = "The trust's chair said the toll had not risen since 2019.\n"


@pytest.mark.parametrize("first", [
    "We met the trust on Tuesday and nobody there had read our letter.",  # dated and past, but for the poster
    "The toll goes up on Monday and the trust still has no plan for the deck.",  # dated, but of now and next
])
def test_a_posts_own_dated_line_under_a_sentence_that_tells_of_it_stays_the_posts(first: str) -> None:
    page = (_TOLLS + first + "\nDrivers will pay for this twice. pic.twitter.com/Hh4Jj5Kk6L\n" + _HAULIERS
            + _AFTER)
    tweets = split_layout(page).tweets
    assert len(tweets) == 1 and tweets[0].body.startswith(first)


def test_a_post_of_two_lines_under_an_article_sentence_between_keeps_both() -> None:
    page = (_TOLLS + "The trust published its survey of the deck in March.\n"
            + "Nobody has asked a driver what this costs.\n"
            + "Drivers will pay for this twice. pic.twitter.com/Hh4Jj5Kk6L\n" + _HAULIERS + _AFTER)
    found = split_layout(page)
    assert [t.body.split("\n")[0] for t in found.tweets] == ["Nobody has asked a driver what this costs."]
    assert any("survey of the deck in March" in p for p in found.paragraphs)

# ---- a title at the top of a review's text is the page's pattern ----

_GARDEN = ("Quillmoor Walled Garden\n\n4.2 of 5 bubbles  388 reviews\n\nAbout\nA restored kitchen garden of "
           "two acres behind the old rectory, with a glasshouse of citrus and a tea room in the potting "
           "shed.\n\nReviews (388)\n\n")
_STAMPED = "{name}\nLocal Guide · 4 reviews\n{stars} 2 months ago\n{text}\nLike  Share\n\n"
_GARDENERS = [("Wren Halloway", 5, "The glasshouse alone is worth it",
               "We spent an hour among the lemon trees.\nThe tea room scones were still warm."),
              ("Osric Pell", 2, "Half of it shut for repairs",
               "The east beds were fenced off and nobody told us at the gate.\nWe were charged full price."),
              ("Maud Tennant", 4, "A quiet morning out",
               "Hardly anyone else there on a Tuesday.\nThe paths are level enough for a wheelchair."),
              ("Pim Aldous", 3, "Pretty but small",
               "You can see the whole garden in forty minutes.\nParking is on the lane.")]


def _stars(rating: int) -> str:
    return "★" * rating + "☆" * (5 - rating)


def test_titles_at_the_top_of_every_reviews_text_are_still_titles() -> None:
    page = _GARDEN + "".join(_STAMPED.format(name=name, stars=_stars(rating), text=f"{title}\n{text}")
                             for name, rating, title, text in _GARDENERS)
    rows = comment_rows(page)
    assert [a for a, _, _ in rows] == [name for name, *_ in _GARDENERS]
    assert [body for _, _, body in rows] == [text for *_, text in _GARDENERS]


def test_two_short_first_lines_among_many_untitled_reviews_stay_their_text() -> None:
    """Two reviews of six opening on a short line with no stop are no pattern of the page's."""
    more = [("Ansel Crewe", 4, "", "Lovely borders in June.\nBring a flask."),
            ("Greer Lomax", 5, "", "The head gardener showed us the peach wall.\nWell worth the drive.")]
    gardeners = [(n, r, t if k < 2 else "", x) for k, (n, r, t, x) in enumerate(_GARDENERS + more)]
    page = _GARDEN + "".join(
        _STAMPED.format(name=name, stars=_stars(rating), text=f"{title}\n{text}" if title else text)
        for name, rating, title, text in gardeners)
    rows = comment_rows(page)
    assert [a for a, _, _ in rows] == [name for name, *_ in gardeners]
    assert rows[0][2].startswith("The glasshouse alone is worth it\n")
    assert rows[1][2].startswith("Half of it shut for repairs\n")


# ---- an owner's answer headed by a role or a sentence, and a commenter's lines that resemble one ----

def test_a_commenters_aside_before_responded_to_this_post_is_no_answers_header() -> None:
    assert classify("Hollis, as usual, responded to this post")[0] is not Kind.NAME
    assert classify("Ines R, Front Desk Manager at Saltmarsh Lodge, responded to this review") == (
        Kind.NAME, "Ines R")


def test_a_line_in_a_reviews_text_that_tells_of_a_response_stays_its_text() -> None:
    text = "The café shut at three and the hot drinks ran out.\nHollis, as usual, responded to this post"
    page = _GARDEN + "".join(_STAMPED.format(name=name, stars=_stars(rating), text=text if k == 1 else body)
                             for k, (name, rating, _, body) in enumerate(_GARDENERS))
    rows = comment_rows(page)
    assert [a for a, _, _ in rows] == [name for name, *_ in _GARDENERS]
    assert rows[1][2] == text


@pytest.mark.parametrize(("line", "answers"), [("Management response", True), ("Owner's reply", True),
                                               ("Response from the owner", True),
                                               ("Typical response", False), ("Post Reply", False),
                                               ("1 reply", False)])
def test_only_a_businesss_role_before_response_heads_an_answer(line: str, answers: bool) -> None:
    assert _answers([line]) is answers
