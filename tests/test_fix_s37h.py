"""Fixes (session 37, H244) of the faults pinned by tests/test_review_s37h.py: must-fire and must-not-fire
cases on invented text, beside the review's own."""

from components.parse.layout import split_layout

_TOP = ("A Headline About The Ferry Timetable In Title Case\n\nThe island ferry will run twice a day from "
        "April, the operator said, after a winter of cancelled crossings and angry passengers.\n\n")
_LOG = ("[02/01/2026, 08:15] Lee Park: Is the early boat running today?\n"
        "[02/01/2026, 08:17] Ana Ruiz: Cancelled again, the third time this week.\n"
        "[02/01/2026, 08:20] Lee Park: Then I lose another day of work.")


def test_quoted_messages_followed_by_the_reports_prose_stay_article_text() -> None:
    page = _TOP + ("Messages between two passengers were shared with the Gazette on Friday.\n\n" + _LOG
                   + "\n\nThe operator said it would refund every cancelled crossing this winter.\n")
    layout = split_layout(page)
    assert not layout.comments
    assert any("another day of work" in p for p in layout.paragraphs)


def test_messages_over_a_closed_comments_line_stay_comments() -> None:
    page = _TOP + ("Send us your messages about the crossings and we will share the best.\n\n" + _LOG
                   + "\n\nComments on this story are now closed.\n")
    layout = split_layout(page)
    assert [c.author for c in layout.comments] == ["Lee Park", "Ana Ruiz", "Lee Park"]
