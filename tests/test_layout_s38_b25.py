"""Session 38 (helper H251): general gaps in how the parser reads pages, found on the twenty-fifth
blind set's kinds, each on invented text with must-not-fire cases beside it:

- a paper's motto between its masthead and its section menu is no headline;
- a site's cookie notice in the "This website uses cookies …" form and a paper's channel plug ("Follow
  The Harlow Courier on WhatsApp for breaking news") are furniture;
- a headline over a dek over a name-only byline over its date line is the headline (not a later
  link list's title over a "Name · date" line);
- a comment row's overflow menu ("More") on its own line under the row's "Reply" is the row's, not
  the next commenter's name; the widget's sort menu and sign-in prompt over the first comment's
  header (a letter avatar over a name over a stamp) are the widget's;
- a sign-up box's confirmation and promise, a reading time after a dash, a site's name before its
  copyright sign, a print-edition note, a members' platform's comments heading, "Hide Ad", an
  editors' list, the e-paper link, a community platform's footer credit, and a public service's
  page-feedback links are furniture;
- a review's stamp with the platform's proof of purchase after it ("November 18, 2026 - Verified
  booking") is a stamp, the reviewer's country after a spaced en dash ("Sara – Netherlands") is no
  part of the name, and the platform's translation note ("This review has been translated from
  German.", "Show original") between the header and the text is no part of the review;
- a travel marketplace's breadcrumb "Things to do in <Place>" is furniture, never the listing's title.
"""

from layout_support import BODY, comment_rows

from components.parse.layout import (
    _dated_headline,
    _is_furniture,
    _is_stamp,
    _motto_over_menu,
    _plain_name,
    _review_header_note,
    split_layout,
)

_MOTTO_HEAD = """Sign in
The Harlow Courier
The Valley's Own Newspaper Since 1902
Home
News
Sport
Opinion
Follow The Harlow Courier on WhatsApp for breaking news
This website uses cookies to give you a better service. Continue
Skate park plan approved after four-hour council meeting
Ann Lee
24 November 2026
""" + BODY


def test_a_motto_over_the_section_menu_is_no_headline() -> None:
    layout = split_layout(_MOTTO_HEAD)
    assert layout.title == "Skate park plan approved after four-hour council meeting"
    lines = _MOTTO_HEAD.split("\n")
    assert _motto_over_menu(lines, 2)


def test_a_headline_under_the_masthead_stays_the_headline() -> None:
    # a headline under the masthead has its byline and date under it, not a menu
    lines = ["The Harlow Courier", "Council approves new parking plan", "Ann Lee", "Reporter",
             "24 November 2026"]
    assert not _motto_over_menu(lines, 1)
    # under a line that is no masthead
    lines = ["Weather", "Serving the valley", "Home", "News", "Sport"]
    assert not _motto_over_menu(lines, 1)
    # a sentence is no motto
    lines = ["The Harlow Courier", "The council has approved the plan.", "Home", "News", "Sport"]
    assert not _motto_over_menu(lines, 1)


def test_cookie_notice_and_channel_plug_are_furniture() -> None:
    assert _is_furniture("This website uses cookies to ensure you get the best experience.")
    assert _is_furniture("Our site uses cookies. Continue")
    assert _is_furniture("Follow The Harlow Courier on WhatsApp for breaking news")
    assert _is_furniture("Join us on Telegram")


def test_article_lines_about_cookies_and_channels_stay() -> None:
    assert not _is_furniture("The regulator said this website uses cookies without asking first.")
    assert not _is_furniture("Follow the money on WhatsApp, she said, and you will find the fraud.")
    assert not _is_furniture("Thousands follow the mayor on WhatsApp. Few read his posts.")


_NEWSLETTER = """Harbour Notes
Home
Archive
Books
Why the ferry timetable keeps changing?
The operator blames the weather. The crews blame the rota. I spent a week finding out who is right.
Ann Lee
Mar 3, 2026
""" + BODY + """
Read more
The lighthouse that nobody owns
Ann Lee · Feb 24, 2026
"""


def test_headline_over_dek_over_name_over_date() -> None:
    assert split_layout(_NEWSLETTER).title == "Why the ferry timetable keeps changing?"


def test_a_dek_over_a_sentence_is_no_dated_head() -> None:
    # under the dek a sentence of the article, then a date: no name-only byline, so no headline by place
    head = ("Why the ferry timetable keeps changing?\n"
            "The operator blames the weather. The crews blame the rota.\n"
            "Everyone had a theory\nMar 3, 2026\n" + BODY)
    assert _dated_headline([head]) != (0, "Why the ferry timetable keeps changing?")


_MEMBER_COMMENTS = BODY + """
Member discussion
3 comments
Sort by
Best
Newest
Start the conversation
Become a paid member of Harbour Notes to start commenting.
Already a member? Sign in
AL
Ann Lee
Harbour pilot · 2d ago
The timetable changes because the crews change, simple as that.
12
Reply
More
BH
Bo Hart
3d ago
That is not what the operator told us at the meeting.
4
Reply
More
    CW
    Cy Wu
    Writes Harbour Notes · 1d ago
    Fair point, Bo. I will ask them again.
    2
    Reply
    More
"""


def test_member_comments_with_avatar_initials_and_a_more_button() -> None:
    rows = comment_rows(_MEMBER_COMMENTS)
    assert [r[0] for r in rows] == ["Ann Lee", "Bo Hart", "Cy Wu"]
    assert rows[0][2].startswith("The timetable changes")
    assert rows[1][2].startswith("That is not")
    assert rows[2][1] == "Bo Hart"
    assert not any(r[0] == "More" for r in rows)


def test_footer_and_signup_furniture() -> None:
    for line in ("Email sent! Check your inbox to complete your signup.", "No spam. Unsubscribe anytime.",
                 "— 6 min read", "Harbour Notes © 2026", "Member discussion", "Hide Ad", "Editor's Picks",
                 "Read E-Paper Online", "Report Abuse", "Accessibility statement",
                 "Report a problem with this page",
                 "Published in the Saturday print edition on March 7, 2026, under the headline 'Ferry cut'.",
                 "Built on Quayside — the open source software that powers community sites.",
                 "Made with love and Django. Harbour Forum © 2019 - 2026."):
        assert _is_furniture(line), line


def test_article_lines_like_footer_furniture_stay() -> None:
    for line in ("Made with love, the cake was gone by noon.",
                 "Built on a hill, the church has stood since 1200.",
                 "The paper published in the print edition a correction the next day.",
                 "No spam, she said, was ever sent from the council's account.",
                 "The Harbour Trust © notice was removed in 2026 after a complaint."):
        assert not _is_furniture(line), line


def test_review_stamps_names_and_translation_notes() -> None:
    assert _is_stamp("March 4, 2026 - Verified booking")
    assert _is_stamp("4 March 2026 · Verified purchase")
    assert not _is_stamp("Verified booking")
    assert _plain_name("Sara – Netherlands") == "Sara"
    assert _plain_name("Bo Hart — United Kingdom") == "Bo Hart"
    assert _review_header_note("This review has been translated from Dutch.")
    assert _review_header_note("Show original")


def test_dashes_that_are_no_place_stay() -> None:
    assert _plain_name("Ann Lee-Hart") == "Ann Lee-Hart"  # a hyphen joins a name
    assert _plain_name("the one – and only") == "the one – and only"  # no capitalised place after it
    assert not _review_header_note("The review has been translated into six languages by volunteers.")


def test_things_to_do_crumb() -> None:
    assert _is_furniture("Things to do in Kendal")
    assert _is_furniture("Things to do in New South Wales")
    assert not _is_furniture("Things to do in Kendal when it rains: a short guide to the town's museums.")
    page = ("Wayfarer\nUnited Kingdom\nCumbria\nThings to do in Kendal\n"
            "From Kendal: Full-Day Lakes Tour with a Local Guide\n4.7\n(88 reviews)\n" + BODY)
    assert split_layout(page).title == "From Kendal: Full-Day Lakes Tour with a Local Guide"
