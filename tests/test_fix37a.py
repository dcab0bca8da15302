"""Session 37 fixes (H228) of the blind24 readers, on invented text: must-fire and must-not-fire cases
beside the review's pinned faults (tests/test_review_s37a.py)."""

from components.parse.imageboard import imageboard_thread
from components.parse.proceedings import record_lines
from components.parse.reviewer_headers import reviewer_headers

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


# ---- a sitting's verbatim record ----

def _turn(name: str, label: str, time: str, words: str, photo: bool = True) -> list[str]:
    return ([f"Photo of {name}"] if photo else []) + [name] + ([label] if label else []) + [time, words]


def test_a_record_with_a_lower_case_opening_and_a_chairs_turn_without_photo_after_words() -> None:
    lines = (["Verbatim Report", "The sitting began at 09:30 with the Speaker in the Chair."]
             + _turn("Ffion Hale", "Liberal Democrats", "09:30:10", "Will the Minister publish the review?")
             + _turn("The Deputy Speaker", "", "09:30:40", "Order. Members, to the point.", photo=False)
             + _turn("Bryn Adair", "Labour", "09:31:02", "The review is published today.")
             + _turn("Ffion Hale", "Liberal Democrats", "09:31:50", "Then I thank him."))
    record = record_lines(lines)
    assert record is not None
    text = "\n".join(record)
    assert "Ffion Hale: Will the Minister publish the review?" in text
    assert "The Deputy Speaker: Order. Members, to the point." in text
    assert "09:30:40" not in text and "Liberal Democrats" not in text


def test_comments_under_a_story_about_a_committee_with_image_alt_lines_are_no_record() -> None:
    lines = (["Dale Post", "The Committee met at 18:00 on Thursday and put off the vote on the new car park.",
              "Comments"]
             + [line.replace("Photo of", "Image of") for line in
                _turn("Ada Fenn", "", "19:02:11", "Put it off again, typical.")
                + _turn("Ben Rook", "", "19:10:40", "The car park is not needed.")
                + _turn("Cal Moss", "", "19:15:02", "Agreed with Ben.")])
    assert record_lines(lines) is None


# ---- "Reviewer:" header lines ----

def test_reviewer_headers_with_numeric_ratings_and_at_names_with_spaces() -> None:
    lines = ["Reviewer: Ann - 4/5 - May 1, 2026", "Subject: Fine", "A fair pressing.",
             "Reviewer: Ann Lee - 8 out of 10 - May 2, 2026", "", "Subject: Good", "", "Warm bass.",
             "Reviewer: Annabel - 3 - May 3, 2026", "Subject: Re: Good", "@Ann Lee too warm for me.",
             "Reviewer: Bo Hart - 4.5/5 - May 4, 2026", "Subject: Re: Fine", "@Annabelle who?"]
    comments = reviewer_headers(lines)[0]
    assert [c.author for c in comments] == ["Ann", "Ann Lee", "Annabel", "Bo Hart"]
    assert comments[1].body == "Warm bass."
    assert [c.reply_to for c in comments] == ["", "", "Ann Lee", ""]  # the longest name; none half-named


def test_reviewer_bylines_with_a_role_in_the_middle_are_no_reviews() -> None:
    lines = ["Reviewer: Ann Lee - Staff critic - May 1, 2026", "A fair novel.",
             "Reviewer: Bo Hart - Books editor - May 2, 2026", "A slow one.",
             "Reviewer: Cy Dunn - 4 stars and a half for this one - May 3, 2026", "Long."]
    assert reviewer_headers(lines) == ([], set())
