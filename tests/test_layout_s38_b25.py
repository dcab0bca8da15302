"""Session 38 (helper H251): general gaps in how the parser reads pages, found on the twenty-fifth
blind set's kinds, each on invented text with must-not-fire cases beside it:

- a paper's motto between its masthead and its section menu is no headline;
- a site's cookie notice in the "This website uses cookies …" form and a paper's channel plug ("Follow
  The Harlow Courier on WhatsApp for breaking news") are furniture.
"""

from layout_support import BODY

from components.parse.layout import _is_furniture, _motto_over_menu, split_layout

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
