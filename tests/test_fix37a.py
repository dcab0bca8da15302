"""Session 37 fixes (H228) of the blind24 readers, on invented text: must-fire and must-not-fire cases
beside the review's pinned faults (tests/test_review_s37a.py)."""

from components.parse.imageboard import imageboard_thread

# ---- imageboard threads ----

_BOARD_HEAD = ["[g / ck / out] [Home]", "/ck/ - Food & Cooking", "[Post a Reply]"]
_POSTS = ["Cast iron care Anonymous (ID: Ab12Cd34) 02/01/26(Sun)09:00:00 No.500100",
          "Mine rusted after one wash.",
          "Anonymous (ID: Ef56Gh78) 02/01/26(Sun)09:02:00 No.500104",
          ">>500100 (OP)",
          "Dry it on the hob.",
          "Anonymous (ID: Ab12Cd34) 02/01/26(Sun)09:05:00 No.500109",
          ">>500100 (OP)",
          ">>500099",
          "Thanks, doing that now.",
          "[Spoiler]",
          "It worked.",
          "[Return] [Catalog] [Top]"]


def test_a_thread_under_the_boards_own_menus_is_read_and_poster_ids_leave_the_name() -> None:
    comments, taken, title, date = imageboard_thread(_BOARD_HEAD + _POSTS)
    assert title == "Cast iron care" and date == "2026-02-01"
    assert [c.author for c in comments] == ["Anonymous", "Anonymous"]
    assert comments[1].reply_to == ""  # the OP and a post no longer in the thread: nobody answered
    assert "It worked." in comments[1].body and "[Spoiler]" in comments[1].body  # one bracket: text
    assert len(_BOARD_HEAD) + len(_POSTS) - 1 in taken  # the navigation row is the board's


def test_a_board_description_without_a_sentence_stop_does_not_unmake_the_thread() -> None:
    lines = ["/ck/ - Food & Cooking", "The board for recipes and kitchen gear and everything in between",
             *_POSTS]
    assert len(imageboard_thread(lines)[0]) == 2


def test_posts_introduced_by_a_storys_sentence_are_quoted_not_the_page() -> None:
    lines = ["Kitchen Weekly", "Readers on one board were divided over the old pan, and one wrote this:",
             *_POSTS]
    assert imageboard_thread(lines) == ([], set(), "", "")
