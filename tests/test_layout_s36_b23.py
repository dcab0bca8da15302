"""Page readers on invented pages (session 36, the twenty-third blind set's kinds): a brand's community
topic (the Khoros kind), ... Each fault has a must-not-fire case beside it."""

from components.parse.layout import _is_furniture, split_layout

LRM = "\u200e"

TOPIC = "\n".join([
    "Lumen Community",
    "Register",
    "Sign In",
    "",
    "Showing results for",
    "Search instead for",
    "Did you mean:",
    "",
    "Topic Options",
    "Subscribe to RSS Feed",
    "Mark Topic as Read",
    "Float this Topic for Current User",
    "Printer Friendly Page",
    "",
    "Router drops every evening after the update",
    "",
    "hedgepig",
    "Regular Visitor",
    f"{LRM}03-10-2026 06:12 PM",
    "Message 1 of 4",
    "912 Views",
    "",
    "Since the firmware update last week my router drops the connection every evening around six.",
    "",
    "Has anyone else seen this?",
    "4 Kudos",
    "Reply",
    "",
    "Re: Router drops every evening after the update",
    "Marta Quill",
    "Super User",
    f"{LRM}03-10-2026 07:40 PM",
    "Message 2 of 4",
    "In response to hedgepig",
    "",
    "Mine did the same until I switched the band steering off in the settings.",
    "2 Kudos",
    "Reply",
    "",
    "Re: Router drops every evening after the update",
    "Lumen_Support_Kai",
    "Community Manager",
    "Lumen",
    f"{LRM}14-10-2026 09:02 AM",
    "Message 3 of 4",
    "",
    "Thanks for flagging this. A fix is rolling out this week.",
    "",
    "Kai",
    "1 Kudo",
    "Reply",
    "",
    "Re: Router drops every evening after the update",
    "ottermoss",
    "Newbie",
    f"{LRM}14-10-2026 11:15 AM",
    "Message 4 of 4",
    "",
    "This message has been removed by a moderator.",
    "Reply",
    "",
    "Related Content",
    "Wifi calling stopped working",
])


def test_community_topic_messages_are_comments_after_the_opening_one() -> None:
    layout = split_layout(TOPIC)
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("Marta Quill", "hedgepig"), ("Lumen_Support_Kai", ""), ("ottermoss", "")]
    assert layout.comments[1].body.endswith("Kai")
    assert layout.title == "Router drops every evening after the update"
    assert layout.header_date == "2026-10-03"  # day first: the 14-10 stamps settle it
    text = "\n".join(layout.paragraphs)
    assert "Since the firmware update" in text and "Has anyone else seen this?" in text
    for left in ("Message 1 of 4", "912 Views", "4 Kudos", "Regular Visitor", "Topic Options",
                 "Printer Friendly Page", "Did you mean:", "Mark Topic as Read"):
        assert left not in text
    assert layout.outlet_marker != "RSS Feed"


def test_month_first_stamps_read_month_first() -> None:
    text = TOPIC.replace("14-10-2026", "10-14-2026").replace("03-10-2026", "10-03-2026")
    assert split_layout(text).header_date == "2026-10-03"


def test_a_message_count_line_in_an_article_is_no_topic() -> None:
    text = "\n".join([
        "Inbox viewer shows the wrong count",
        "",
        "The mail client printed a banner reading:",
        "Message 1 of 3",
        "and then showed nothing at all. Engineers say a fix is due next week.",
        "",
        "Message 2 of 3",
        "was the same, readers reported.",
    ])
    assert not split_layout(text).comments


def test_topic_menu_lines_are_furniture_but_sentences_are_not() -> None:
    for line in ("Topic Options", "Mark Topic as New", "Mark all topics as read", "Printer Friendly Page",
                 "Float this Topic for Current User", "Showing results for", "Did you mean:"):
        assert _is_furniture(line), line
    for line in ("Mark the topic as read before you leave, the moderators asked.",
                 "Printer friendly pages were dropped in 2019.", "Topic options were discussed at length."):
        assert not _is_furniture(line), line


def test_a_feed_is_no_outlet_but_a_paper_is() -> None:
    from components.parse.layout import _MASTHEAD
    subscribe = next(p for p in _MASTHEAD if "ubscribe" in p.pattern)
    assert subscribe.search("Subscribe to RSS Feed") is None
    assert (m := subscribe.search("Subscribe to The Harlow Courier")) and m["outlet"] == "The Harlow Courier"


WIDGET_POST = "\n".join([
    "Quiet Bench",
    "Posts",
    "About",
    "",
    "Home » Posts",
    "",
    "Why the tape machine hums on Tuesdays",
    "",
    "March 3, 2026 · 6 min · 1,204 words · Ola Brandt",
    "",
    "Table of Contents",
    "",
    "I spent a month chasing a hum in the studio that only ever showed up on Tuesday afternoons, and the"
    " answer turned out to be the laundry next door running its big dryer.",
    "",
    "The fix was a cheap isolation transformer and a long talk with the landlord about the wiring.",
    "",
    "4 comments · 2 replies – powered by giscus",
    "Oldest",
    "Newest",
    "",
    "tapeloop-rik",
    "Mar 3, 2026",
    "Had exactly this with a fridge once. Took me weeks to find it.",
    "👍 3",
    "1 reply",
    "",
    "    olabrandt Owner",
    "    Mar 3, 2026",
    "    @tapeloop-rik the fridge is a classic. Glad it was not just me.",
    "    👍 1",
    "",
    "Write a reply",
    "",
    "This comment was deleted.",
    "",
    "marsh-audio",
    "Mar 4, 2026",
    "Did you try a ground lift before the transformer?",
    "2 replies",
    "",
    "    junebug-mix",
    "    Mar 4, 2026",
    "    A ground lift is the first thing I would try too.",
    "",
    "    marsh-audio",
    "    Mar 4, 2026",
    "    Thanks, I will try that next time.",
    "",
    "Write a reply",
    "",
    "Sign in with GitHub",
    "Styling with Markdown is supported",
    "",
    "© 2026 Quiet Bench · Powered by Hugo",
])


def test_a_comment_widget_under_a_blog_post() -> None:
    layout = split_layout(WIDGET_POST)
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("tapeloop-rik", ""), ("olabrandt", "tapeloop-rik"), ("", ""), ("marsh-audio", ""),
        ("junebug-mix", "marsh-audio"),
        ("marsh-audio", "junebug-mix")]  # the thread's author answers the replier, not themselves
    assert layout.date_line == "2026-03-03"
    assert layout.outlet_marker == "Quiet Bench"
    text = "\n".join(layout.paragraphs)
    assert "laundry next door" in text
    for left in ("1,204 words", "Table of Contents", "Sign in with GitHub", "Markdown"):
        assert left not in text


def test_a_meta_row_needs_its_day_first_and_items_between() -> None:
    from components.parse.layout import _byline_stamp
    assert _byline_stamp("March 3, 2026 · 6 min · 1,204 words · Ola Brandt") == "2026-03-03"
    assert _byline_stamp("March 3, 2026 · 6 min read · Ola Brandt") == "2026-03-03"
    assert _byline_stamp("March 3, 2026 · the council met · Ola Brandt") == ""
    assert _byline_stamp("March 3, 2026 · 6 min · the council met and voted") == ""


def test_a_counter_of_comments_and_replies_is_a_heading_but_a_sentence_is_not() -> None:
    from components.parse.layout import _is_comment_heading
    assert _is_comment_heading("5 comments · 3 replies – powered by giscus")
    assert _is_comment_heading("12 comments · 1 reply")
    assert not _is_comment_heading("5 comments · 3 replies and a lot of anger from readers")


def test_role_badges_leave_the_name() -> None:
    from components.parse.layout import _without_badge  # (H198: the code host's roles after a login only)
    assert _without_badge("olabrandt Owner") == "olabrandt"
    assert _without_badge("Jo Collaborator") == "Jo"
    assert _without_badge("Owner") == "Owner"  # a word alone is no badge after a name
    assert _without_badge("Home Owners") == "Home Owners"


def test_widget_sign_in_lines_and_contents_heading_are_furniture() -> None:
    for line in ("Sign in with GitHub", "Styling with Markdown is supported", "Table of Contents",
                 "Contents"):
        assert _is_furniture(line), line
    for line in ("Sign in with GitHub was broken for a week, users said.",
                 "The contents of the pack were listed.",
                 "Markdown is supported by most editors, she wrote."):
        assert not _is_furniture(line), line


def test_removed_shout_notice() -> None:
    from components.parse.notices import is_removal_notice
    assert is_removal_notice("This shout has been removed by a moderator.")
    assert not is_removal_notice("The shout was removed from the playlist after complaints.")


PROFILE = "\n".join([
    "Tuneshelf",
    "Home",
    "Charts",
    "Log In",
    "",
    "We and our partners use cookies to remember you and measure listening.",
    "Accept all",
    "",
    "MARLOWE BAY",
    "Listeners",
    "412K",
    "Plays",
    "9.1M",
    "Play artist",
    "Follow",
    "",
    "Marlowe Bay is a duo from Hull who make slow guitar records and have toured with several bigger"
    " bands since their first album came out on a small label in 2019.",
    "Their third album, recorded in a church hall, came out in October.",
    "View wiki",
])


def test_a_profiles_name_over_its_counts_is_the_title() -> None:
    layout = split_layout(PROFILE)
    assert layout.title == "MARLOWE BAY"
    text = "\n".join(layout.paragraphs)
    assert "duo from Hull" in text and "cookies" not in text and "View wiki" not in text


def test_a_name_over_one_count_or_over_prose_is_no_profile_heading() -> None:
    from components.parse.layout import _name_over_counts
    assert _name_over_counts(["MARLOWE BAY", "Listeners", "412K", "Plays", "9.1M"]) == "MARLOWE BAY"
    assert _name_over_counts(["Harbour Road", "Votes", "412", "The count went on into the night."]) == ""
    assert _name_over_counts(["The result was close, officials said.", "Votes", "412", "Turnout", "38"]) == ""


def test_partners_cookie_notice_is_furniture_but_a_report_is_not() -> None:
    assert _is_furniture("We and our partners use cookies to count plays, remember you and show ads.")
    assert not _is_furniture("The regulator said the firm and its partners use cookies to track children.")


IMAGE_POST = "\n".join([
    "snapvault",
    "New post",
    "Sign in",
    "",
    "My grandmother's loom still works after sixty years. Photos inside.",
    "wovenwren",
    "Mar 9, 2026",
    "12,004 Views",
    "",
    "She bought it second hand in 1966 and it has been in the shed since the nineties. We oiled it, replaced"
    " two cords and it ran on the first try.",
    "",
    "Comments (41)",
    "Best",
    "",
    "loomfan_22",
    "Mar 9, 2026",
    "That is a beautiful machine, look at the grain on the beam.",
    "↑ 310 ↓",
    "Reply",
    "",
    "[deleted]",
    "Mar 9, 2026",
    "[deleted]",
    "↑ 4 ↓",
    "Reply",
    "",
    "threadbare_tom",
    "Mar 10, 2026",
    "Sixty years and still running. They do not make them like that now.",
    "↑ 88 ↓",
    "Reply",
])


def test_an_image_posts_title_over_its_poster_and_day_and_a_deleted_slot_once() -> None:
    layout = split_layout(IMAGE_POST)
    assert layout.title == "My grandmother's loom still works after sixty years. Photos inside."
    assert [c.author for c in layout.comments] == ["loomfan_22", "", "threadbare_tom"]
    assert all("↑" not in c.body for c in layout.comments)


def test_a_sentence_over_a_name_without_a_day_is_no_post_title() -> None:
    from components.parse.layout import _title_over_poster
    assert _title_over_poster(["Two sentences here. And another.", "ann_lee", "Mar 9, 2026"])
    assert not _title_over_poster(["The council met on Tuesday. It voted.", "ann_lee", "and then left."])
    assert not _title_over_poster(["The council met on Tuesday.", "Ann Lee said the vote was close.",
                                   "Mar 9, 2026"])


def test_a_score_between_arrows_is_meta_but_prose_with_arrows_is_not() -> None:
    from components.parse.layout import _is_comment_meta
    assert _is_comment_meta("↑ 2,318 ↓") and _is_comment_meta("▲ 12 ▼")
    assert not _is_comment_meta("↑ prices went up 12 ↓")


def test_gallery_download_and_app_promotion_lines_are_furniture() -> None:
    for line in ("Image 2 of 3", "Photo 4 of 12", "Favorite", "Download the full report (PDF, 612 KB)",
                 "Download the data for this issue (CSV, 18 KB)",
                 "Follow The Harlow Courier Google News channel for the latest news.",
                 "Follow The Harlow Courier on Google News"):
        assert _is_furniture(line), line
    for line in ("Image 2 of 3 showed the flood line clearly, the inquiry heard.",
                 "Her favourite was the third one.",
                 "Download speeds fell by half (PDF reports show) in the outer villages.",
                 "Follow the money, the auditor told Google News reporters."):
        assert not _is_furniture(line), line
