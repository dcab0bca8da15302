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
