"""Session 33 (helper b20): general rules for comment sections, page heads and signed posts met on a
Caribbean daily, a tabloid live blog, a community weblog, a music store's album page, an English-language
Asian daily, a fitness network's activity, a booking site's reviews and a webcomic's comments, each on
invented pages, with must-not-fire cases."""

from layout_support import BODY, authors_of, comment_rows

HEAD = "Harbour ferry timetable cut for the winter months\n\n"

# ---- a removed comment that keeps its name and stamp, with the next comment's header right under it ----


def _stamped(name: str, stamp: str, body: str) -> str:
    return f"{name}\n{stamp}\n{body}\n▲ 12   ▼ 1   Reply   Flag\n"


def test_a_removed_comment_with_its_name_and_stamp_does_not_swallow_the_next_comment() -> None:
    page = (HEAD + BODY + "\n\nCOMMENTS\n4 Comments\n"
            + _stamped("Lena R. (Harbourside)", "Mar 4, 2026 at 6:41am", "The early boat is the one I need.")
            + "Skipper from the Point\nMar 4, 2026 at 7:10 am\n"
            + "This comment has been removed by a moderator.\n"
            + _stamped("Owen Kerr (Leeds)", "Mar 4, 2026 at 7:36 am", "Cutting it in winter makes no sense.")
            + _stamped("Petra V.", "Mar 4, 2026 at 8:02 am", "The council should have asked the islanders."))
    rows = comment_rows(page)
    assert [author for author, _, _ in rows] == ["Lena R.", "Skipper from the Point", "Owen Kerr", "Petra V."]
    assert rows[1][2] == "This comment has been removed by a moderator."
    assert rows[2][2] == "Cutting it in winter makes no sense."


def test_a_removal_notice_quoted_inside_a_comment_stays_in_its_body() -> None:
    page = (HEAD + BODY + "\n\nCOMMENTS\n2 Comments\n"
            + _stamped("Lena R.", "Mar 4, 2026 at 6:41 am",
                       "My last post said 'This comment has been removed by a moderator.' Why?")
            + _stamped("Owen Kerr", "Mar 4, 2026 at 7:36 am", "Cutting it in winter makes no sense at all."))
    assert authors_of(page) == ["Lena R.", "Owen Kerr"]
