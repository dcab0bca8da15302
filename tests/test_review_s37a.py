"""Session 37 review (H222) of the blind24 readers (imageboard threads, sittings' records, "Reviewer:"
headers), on invented text: plain tests pin what is right, strict xfails name the faults found."""

import pytest

from components.parse.imageboard import imageboard_thread
from components.parse.layout import find_sections
from components.parse.proceedings import record_lines
from components.parse.reviewer_headers import reviewer_headers

_BASE = "a regression against 50937b8"


def _article(text: str) -> str:
    return "\n".join(find_sections(text).article)


def _authors(text: str) -> list[str]:
    return [c.author for c in find_sections(text).comments]


# ---- imageboard threads ----

_NEWS_QUOTING_POSTS = """Harbour Courier
Forum users claimed the outage was planned
By Ann Lee
March 3, 2026
Users of an anonymous board spent the night trading claims about the blackout. One thread read:
Blackout thread Anonymous 03/02/26(Mon)23:10:05 No.8800001
It was planned, the grid was fine.
Anonymous 03/02/26(Mon)23:12:44 No.8800017
>>8800001 (OP)
Source?
Anonymous 03/02/26(Mon)23:15:30 No.8800042
My cousin works there.
The grid operator said on Tuesday the outage was caused by a failed transformer at Kelby substation.
Engineers restored power to 40,000 homes by 6am, the operator said.
2 Comments
Mark Tolland
March 3, 2026 at 9:14 am
This paper should not amplify anonymous rumours.
Reply
Jo Briggs
March 3, 2026 at 10:02 am
Agreed, good that the operator answered quickly.
Reply
"""


def test_news_article_quoting_board_posts_keeps_its_comments_and_closing_paragraphs() -> None:
    sections = find_sections(_NEWS_QUOTING_POSTS)
    assert [c.author for c in sections.comments] == ["Mark Tolland", "Jo Briggs"]
    assert "failed transformer at Kelby substation" in "\n".join(sections.article)
    assert sections.thread_title == "" and sections.header_date == ""


_THREAD = """/v/ - Video Games
Lighthouse game thoughts? Anonymous 05/02/26(Sat)10:00:01 No.7000100
Just finished it. The ending with the keeper was great.
Anonymous 05/02/26(Sat)10:01:15 No.7000120
>>7000100 (OP)
Agreed, the storm level was the best.
Beacon Fan 05/02/26(Sat)10:03:40 No.7000133
>>7000120
Storm level was too long.
Anonymous 05/02/26(Sat)10:05:02 No.7000150
>>7000100 (OP)
>>7000133
No it was perfect, you just rushed it.
[Post a Reply]
[Return] [Catalog] [Top]
"""


def test_post_quoting_the_op_and_a_reply_answers_that_reply() -> None:
    comments = imageboard_thread(_THREAD.split("\n"))[0]
    assert comments[1].reply_to == "Anonymous"  # (answers the first reply: this part is right)
    assert comments[2].reply_to == "Beacon Fan" and comments[2].is_reply


def test_board_navigation_rows_stay_out_of_the_article() -> None:
    article = _article(_THREAD)
    assert "Just finished it." in article
    assert "[Return]" not in article and "[Post a Reply]" not in article


_BRACKET_IN_LAST_POST = """/sci/ - Science & Math
Is the moon drifting away? Anonymous 06/11/26(Thu)08:02:11 No.3300100
Read that it moves away every year.
Anonymous 06/11/26(Thu)08:05:40 No.3300114
>>3300100 (OP)
About 3.8 cm a year.
Anonymous 06/11/26(Thu)08:07:02 No.3300120
>>3300114
Source for that?
[citation needed]
Lunar laser ranging, the reflectors left by the landings.
[Return] [Catalog] [Top]
"""


def test_a_bracketed_line_in_the_last_post_does_not_end_the_thread() -> None:
    comments = imageboard_thread(_BRACKET_IN_LAST_POST.split("\n"))[0]
    assert "Lunar laser ranging" in comments[-1].body
    assert "Lunar laser ranging" not in _article(_BRACKET_IN_LAST_POST)


_ID_BOARD = """/ck/ - Food & Cooking
Sourdough starter died again Anonymous (ID: Qm4Lp9Xz) 06/11/26(Thu)08:02:11 No.3300100
Third starter this year. Fed it twice a day, it still went grey.
Anonymous (ID: Rt7Yu2Wq) 06/11/26(Thu)08:05:40 No.3300114
>>3300100 (OP)
Your kitchen is too cold.
Anonymous (ID: Qm4Lp9Xz) 06/11/26(Thu)08:07:02 No.3300120
>>3300114
It sits by the radiator.
[Return] [Catalog] [Top]
"""
_CAPCODE_OP = _ID_BOARD.replace("Sourdough starter died again Anonymous (ID: Qm4Lp9Xz)",
                                "Sourdough starter died again Anonymous ## Mod")


@pytest.mark.parametrize("page", [_ID_BOARD, _CAPCODE_OP], ids=["poster-id", "capcode"])
def test_the_opening_posts_subject_is_the_title_on_id_and_capcode_boards(page: str) -> None:
    assert imageboard_thread(page.split("\n"))[2] == "Sourdough starter died again"


_PLAIN_THREAD = """/out/ - Outdoors
Anonymous 06/11/26(Thu)08:02 No.3300100
No subject on this one. Which boots for wet moorland?
Anonymous 06/11/26(Thu)08:05 No.3300114
File: boots.jpg (1.2 MB, 1600x1200)
boots.jpg
>>3300100 (OP)
These, resoled twice.
Anonymous 06/11/26(Thu)08:07 No.3300120
File: IMG_2231.JPG (88 KB, 640x480)
IMG_2231.JPG
>>3300114
Leather or fabric?
Tarn Walker !Kq8Zr2Lm 06/11/26(Thu)08:09 No.3300131
>>3300120
Leather.
[Return] [Catalog] [Top]
"""


def test_image_lines_stamps_without_seconds_and_an_op_without_subject_are_read() -> None:
    comments, _, title, date = imageboard_thread(_PLAIN_THREAD.split("\n"))
    assert [c.author for c in comments] == ["Anonymous", "Anonymous", "Tarn Walker"]
    assert [c.body for c in comments] == ["These, resoled twice.", "Leather or fabric?", "Leather."]
    assert [c.reply_to for c in comments] == ["", "Anonymous", "Anonymous"]
    assert title == "" and date == "2026-06-11"
    assert "Which boots for wet moorland?" in _article(_PLAIN_THREAD)


def test_a_forum_with_post_numbers_and_short_stamps_is_no_imageboard_thread() -> None:
    forum = ["Kettle Owners Forum", "Thread: Descaling with vinegar?",
             "Post No. 1", "Ann Lee 03/14/25 09:12", "Does vinegar damage the element?",
             "Post No. 2", "Bo Hart 03/14/25 09:30 No.2", "Not if you rinse it twice.",
             "Post No. 3", "Cy Dunn 03/14/25(Fri) 10:02 No.3", "Citric acid is gentler."]
    assert imageboard_thread(forum) == ([], set(), "", "")


# ---- a sitting's verbatim record ----

_NEWS_WITH_AVATAR_COMMENTS = """Valley Gazette
Council approves new library hours
By Sam Hart
The Council met at 10:00 on Monday and approved longer opening hours for the central library.
Councillors voted nine to two in favour after a short debate.
The change takes effect in June.
Comments
Picture of Dee Marsh
Dee Marsh
10:31:02
About time, the old hours suited nobody.
Picture of Owen Pike
Owen Pike
10:45:19
Who is paying for the extra staff?
Picture of Lyn Carver
Lyn Carver
11:02:44
The library budget, according to the minutes.
"""


def test_a_news_story_about_a_sitting_keeps_its_avatar_comments() -> None:
    sections = find_sections(_NEWS_WITH_AVATAR_COMMENTS)
    assert [c.author for c in sections.comments] == ["Dee Marsh", "Owen Pike", "Lyn Carver"]
    assert "Dee Marsh: About time" not in "\n".join(sections.article)


_RECORD_WITH_PHOTOLESS_TURN = """Record of Proceedings
The Assembly met at 14:00 with the Presiding Officer (Mair Owen) in the Chair.
Photo of Rhodri Vaughan
Rhodri Vaughan
Green Party
14:00:31
What is the Minister doing about the Sunday timetable?
Share this contribution
The Deputy Presiding Officer
14:01:00
Order. The Minister will answer.
Share this contribution
Photo of Nia Tudor
Nia Tudor
Labour
14:01:02
We are restoring four routes in April.
Photo of Gareth Pryce
Gareth Pryce
Plaid Cymru
14:02:10
Four is not enough.
Share this contribution
"""


def test_a_contribution_without_a_photo_loses_its_clock_and_share_lines() -> None:
    article = _article(_RECORD_WITH_PHOTOLESS_TURN)
    assert "Rhodri Vaughan: What is the Minister doing" in article  # (the photo-headed turns: right)
    assert "Order. The Minister will answer." in article
    assert "14:01:00" not in article and "Share this contribution" not in article


_OFFICIAL_REPORT = """Official Report
Meeting of the Parliament
The meeting opened at 14:00.
Photo of Ruth Carden
Ruth Carden
Conservative
14:00:12
Good afternoon. Our first item is the ferry contract.
Share this contribution
Photo of Iain Morrow
Iain Morrow
Independent
14:01:40
The contract was signed in March.
Share this contribution
Photo of Ruth Carden
Ruth Carden
Conservative
14:02:05
When will the second vessel arrive?
Share this contribution
"""


def test_a_record_opened_by_the_meeting_opened_at_is_read() -> None:
    record = record_lines(_OFFICIAL_REPORT.split("\n"))
    assert record is not None
    assert "Ruth Carden: Good afternoon. Our first item is the ferry contract." in record


def test_council_minutes_with_a_sitting_line_but_no_contributions_are_no_record() -> None:
    minutes = ["Brackley Town Council", "Minutes of the Full Council meeting",
               "The Council met at 19:00 in the Town Hall, the Mayor in the Chair.",
               "1. Apologies", "Apologies were received from Cllr Dee Marsh.",
               "2. Library hours", "Cllr Owen Pike proposed longer opening hours. Carried 9-2.",
               "The meeting closed at 20:41."]
    assert record_lines(minutes) is None
    article = _article("\n".join(minutes))
    assert "Carried 9-2." in article and "The Council met at 19:00" in article


# ---- "Reviewer:" header lines ----

_BOOKS_ROUNDUP = """Northfield Review of Books
Three autumn novels worth your evenings
The books desk picks its favourites of the season.
The Salt Ledger
Reviewer: Hannah Greer - Fiction editor - October 2, 2026
A shipping clerk finds a second set of books in a harbour office, and the novel never lets go after that.
The Quiet Orchard
Reviewer: Tom Ashby - Contributing critic - October 3, 2026
A slow, patient family story set over one harvest, told by the youngest daughter.
Our verdict: all three deserve a place on the shelf.
2 Comments
Mark Tolland
October 4, 2026 at 9:14 am
The Salt Ledger was the best thing I read this year.
Reply
Jo Briggs
October 4, 2026 at 10:02 am
Agreed, though the ending felt rushed.
Reply
"""


def test_a_books_page_with_reviewer_bylines_keeps_its_reviews_and_comments() -> None:
    sections = find_sections(_BOOKS_ROUNDUP)
    assert [c.author for c in sections.comments] == ["Mark Tolland", "Jo Briggs"]
    assert "A shipping clerk finds a second set of books" in "\n".join(sections.article)


_SPACED_REVIEWS = """Reviews
Reviewer: tape_hiss - starstarstar - March 3, 2025

Subject: Decent transfer

Clean apart from a hiss on track four.

Reviewer: mono_mary - starstar - March 5, 2025

Subject: Re: Decent transfer

@tape_hiss the hiss is on the original reel.
"""


def test_a_subject_line_after_a_blank_line_is_not_the_reviews_text() -> None:
    comments = reviewer_headers(_SPACED_REVIEWS.split("\n"))[0]
    assert comments[0].body == "Clean apart from a hiss on track four."
    assert comments[1].reply_to == "tape_hiss"


def test_an_at_reply_names_a_reviewer_whose_name_has_a_space() -> None:
    lines = ["Reviewer: tape_hiss - starstarstar - March 3, 2025", "Subject: Decent transfer",
             "Clean apart from a hiss on track four.",
             "Reviewer: Mono Mary - starstarstarstar - March 5, 2025", "Subject: Agreed",
             "Lovely transfer.",
             "Reviewer: reel.collector - starstar - March 7, 2025", "Subject: Re: Agreed",
             "@Mono Mary no, I have the reel."]
    assert reviewer_headers(lines)[0][2].reply_to == "Mono Mary"


def test_reviewer_headers_with_dates_in_other_forms_and_an_unknown_at_name() -> None:
    lines = ["Reviewer: tape_hiss - starstarstar - 2025-03-03", "Subject: Decent", "Clean transfer.",
             "Reviewer: mono_mary - ★★ - 5 Mar 2025", "Subject: Meh", "@somebody_else thinks so, I do not.",
             "Reviewer: reel.collector - starstar - 03/07/2025", "Subject: Re: Meh", "@mono_mary agreed."]
    comments = reviewer_headers(lines)[0]
    assert [c.author for c in comments] == ["tape_hiss", "mono_mary", "reel.collector"]
    assert [c.reply_to for c in comments] == ["", "", "mono_mary"]  # '@' a name no review bears: no reply
    stop = lines[:6] + ["Reviewer: reel.collector - starstar - 03/07/2025", "Subject: Re: Meh",
                        "@mono_mary. Agreed."]
    assert reviewer_headers(stop)[0][2].reply_to == "mono_mary"  # a full stop after the name
