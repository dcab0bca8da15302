"""Session 37 (blind24): page kinds the parser did not read, on invented text."""

from components.parse.imageboard import imageboard_thread
from components.parse.layout import find_sections
from components.parse.proceedings import record_lines
from components.parse.reviewer_headers import reviewer_headers

_THREAD = """[b / g / tv] [Settings] [Home]
Boardsite
/g/ - Technology
Boardsite Pass users can bypass this verification. [Learn More]
[Post a Reply]
File: kettle.png (96 KB, 800x600)
kettle.png
Smart kettles are a scam Anonymous 03/14/25(Fri)09:12:40 No.55501001 [Reply] ▶ >>55501010
Mine needs an app to boil water. The firmware update took longer than the tea.
Anonymous 03/14/25(Fri)09:13:02 No.55501010 ▶ >>55501030
>>55501001 (OP)
Just buy a stove-top one.
Tea Goblin !Xy7pQ2aB 03/14/25(Fri)09:15:11 No.55501030
>>55501010
>buy kettle
>kettle wants my email
Stove-tops rust.
Anonymous 03/14/25(Fri)09:20:45 No.55501044
FREE KETTLES CLICK HERE kettle-free.example
(USER WAS BANNED FOR THIS POST)
[Post a Reply]
[Return] [Catalog] [Top]
Delete Post: [File Only] Password [Delete]
"""


def test_imageboard_posts_are_comments_and_the_opening_post_the_article() -> None:
    comments, taken, title, date = imageboard_thread(_THREAD.split("\n"))
    assert [c.author for c in comments] == ["Anonymous", "Tea Goblin", "Anonymous"]
    assert title == "Smart kettles are a scam"
    assert date == "2025-03-14"
    assert comments[0].body == "Just buy a stove-top one." and comments[0].reply_to == ""  # answers the OP
    assert comments[1].reply_to == "Anonymous" and comments[1].body.startswith(">buy kettle")  # greentext
    assert "BANNED" not in comments[2].body


def test_imageboard_thread_through_find_sections() -> None:
    sections = find_sections(_THREAD)
    article = "\n".join(sections.article)
    assert "firmware update" in article
    assert "No.55501001" not in article and "kettle.png" not in article
    assert "/g/ - Technology" not in article and "Delete Post" not in article
    assert sections.thread_title == "Smart kettles are a scam" and sections.header_date == "2025-03-14"


def test_imageboard_needs_numbered_stamped_headers() -> None:
    # an article quoting post numbers or dates in prose is no thread
    prose = ["Posts No.123 and No.456 were deleted on 03/14/25(Fri) by moderators.",
             "Anonymous 03/14/25 said something No.77 later.", "A third line."]
    assert imageboard_thread(prose) == ([], set(), "", "")
    # post numbers falling down the page: not one thread's headers
    falling = [line.replace("No.55501030", "No.55400000") for line in _THREAD.split("\n")]
    assert imageboard_thread(falling)[0] == []


_RECORD = """Record of Proceedings
Plenary - Fourth Assembly
03/02/2025
The Assembly met at 14:00 with the Presiding Officer (Mair Owen) in the Chair.
1. Questions on Rural Buses
Photo of Mair Owen
Mair Owen
The Presiding Officer
14:00:05
We begin with questions on rural buses.
Share this contribution
Photo of Rhodri Vaughan
Rhodri Vaughan
Green Party
14:00:31
What is the Minister doing about the Sunday timetable?
Share this contribution
Photo of Nia Tudor
Nia Tudor
Labour
The Minister for Transport
14:01:02
We are restoring four routes in April.
The rest will follow when the new contracts start.
Share this contribution
Back to top
"""


def test_a_sittings_record_keeps_its_contributions_as_labelled_turns() -> None:
    record = record_lines(_RECORD.split("\n"))
    assert record is not None
    text = "\n".join(record)
    assert "Rhodri Vaughan: What is the Minister doing about the Sunday timetable?" in text
    assert "Nia Tudor: We are restoring four routes in April." in text
    assert "The rest will follow when the new contracts start." in text
    dropped_lines = ("Photo of", "14:00:31", "Green Party", "Share this contribution",
                     "The Minister for Transport")
    for dropped in dropped_lines:
        assert dropped not in text
    sections = find_sections(_RECORD)
    assert sections.comments == ()
    assert "Mair Owen: We begin with questions on rural buses." in sections.article


def test_a_comment_section_with_photos_and_clock_stamps_is_no_record() -> None:
    # the same header blocks without a sitting's opening line: not a record
    page = _RECORD.replace("The Assembly met at 14:00 with the Presiding Officer (Mair Owen) in the Chair.",
                           "Readers have been writing to us about the buses.")
    assert record_lines(page.split("\n")) is None
    # an article sentence about a sitting, without contributions under photo lines: not a record
    article = ["The council met at 10:30 to vote on the budget.", "Ann Lee", "10:31:02", "She voted no."]
    assert record_lines(article) is None


_REVIEWS = """Reviews (4)
Reviewer: tape_hiss - starstarstar - March 3, 2025
Subject: Decent rip
Some dropouts on side two, otherwise clean.
Reviewer: mono_mary - starstarstarstarstar - March 5, 2025
Subject: Re: Decent rip
@tape_hiss The dropouts are on the master, I checked the reel.

They were there in 1985 too.
Reviewer: - star - March 6, 2025
Subject: [review removed]
This review has been removed for violating the terms of use.
Reviewer: Old Reel Tony - starstarstarstar - March 9, 2025
Subject: Thanks
Worth it for the B side alone.
Terms of Use · Privacy · Accessibility
"""


def test_reviews_under_reviewer_header_lines() -> None:
    comments, taken = reviewer_headers(_REVIEWS.split("\n"))
    assert [c.author for c in comments] == ["tape_hiss", "mono_mary", "", "Old Reel Tony"]
    assert comments[0].body == "Some dropouts on side two, otherwise clean."  # the subject is the header's
    assert comments[1].reply_to == "tape_hiss" and "They were there in 1985 too." in comments[1].body
    assert comments[2].body == ""  # a removed review: the slot counts, the site's notice is no one's words
    assert comments[3].body == "Worth it for the B side alone."  # the footer is not the last review's
    assert 0 not in taken


def test_reviewer_lines_in_prose_are_not_headers() -> None:
    prose = ["Reviewer: the critic - who asked not to be named - said it was the best of 1985.",
             "Reviewer: Ann - starstar - yesterday afternoon at the shop, she wrote."]
    assert reviewer_headers(prose) == ([], set())
    one = ["Reviewer: tape_hiss - starstarstar - March 3, 2025", "Some dropouts."]
    assert reviewer_headers(one) == ([], set())  # one header alone: no review list
