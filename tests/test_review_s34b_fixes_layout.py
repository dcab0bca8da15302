"""Fixes of the layout faults review s34b found (tests/test_review_s34b.py), with the other side of
each rule pinned on invented text: a review's title slot at the top of its text is the page's pattern,
never one review's line."""

from tests.layout_support import comment_rows

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
