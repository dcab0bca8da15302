"""Page-reading faults noticed and left in session 36 (H204): a widget counter that counts replies too,
a lone sort or load control over the first comment, a desk's lower-case name before "in reply to", a
byline's role in lower case (and a beat before "Reporter" read as the outlet). Invented pages only."""

from components.parse.layout import _byline_outlet, _clean_author, _is_byline, split_layout

# ---- 1. a giscus-kind counter ("N comments · N replies – powered by giscus") over short paragraphs ----

_BLOG_HEAD = [
    "Quiet Hours",
    "Posts",
    "About",
    "",
    "Home » Posts",
    "",
    "Why I stopped mixing on headphones",
    "A year of monitoring on speakers in a small room.",
    "",
    "March 4, 2026 · 6 min · 1,204 words · Tamsin Vale",
    "",
]
# every paragraph under the article-length threshold: nothing but the counter tells the section apart
_SHORT_POST = [
    "I spent last year mixing on closed headphones. The flat above mine had a new baby.",
    "",
    "The mixes sounded fine to me. Every one of them fell apart in a car.",
    "",
    "So in January I moved the desk and hung two blankets. The room is still bad, but honestly bad.",
    "",
]
_WIDGET = [
    "7 reactions",
    "👍 5",
    "",
    "{counter}",
    "Oldest",
    "Newest",
    "",
    "lowend-lou",
    "Mar 4, 2026",
    "The car test is the only test that matters, I say this to everyone who will listen.",
    "👍 4",
    "1 reply",
    "",
    "    tamsinvale Owner",
    "    Mar 4, 2026",
    "    @lowend-lou it really is. I keep a cheap radio in the kitchen for the same reason.",
    "    👍 2",
    "",
    "Write a reply",
    "",
    "fader_rider",
    "Mar 5, 2026",
    "Blankets are better than nothing but bass traps in the corners did more for me.",
    "👍 3",
    "0 replies",
    "Write a reply",
    "",
    "quiet_kettle",
    "Mar 6, 2026",
    "Which monitors did you get in the end?",
    "0 replies",
    "Write a reply",
    "",
    "Sign in with GitHub",
    "Sign in to comment",
]


def _blog(counter: str, post: list[str] = _SHORT_POST) -> str:
    return "\n".join(_BLOG_HEAD + post + [line.replace("{counter}", counter) for line in _WIDGET])


def test_a_widget_counter_of_comments_and_replies_keeps_the_first_comment_a_comment() -> None:
    for counter in ("3 comments · 1 reply – powered by giscus", "3 comments · 1 reply",
                    "4 comments · 1 reply · powered by utterances"):
        layout = split_layout(_blog(counter))
        authors = [c.author for c in layout.comments]
        assert authors == ["lowend-lou", "tamsinvale", "fader_rider", "quiet_kettle"], counter
        assert not any("car test" in p for p in layout.paragraphs), counter


def test_the_first_comment_does_not_depend_on_the_length_of_the_articles_paragraphs() -> None:
    long_post = ["I spent most of last year mixing on a pair of closed headphones because the flat above mine"
                 " had a new baby and I did not want to be the neighbour who plays bass at midnight.", ""]
    short = split_layout(_blog("3 comments · 1 reply – powered by giscus"))
    longer = split_layout(_blog("3 comments · 1 reply – powered by giscus", long_post))
    assert [c.author for c in short.comments] == [c.author for c in longer.comments]


FORUM = "\n".join([
    "Allotment Forum",
    "",
    "Topic: Is it too late to plant garlic?",
    "",
    "3 replies",
    "",
    "plotholder_7",
    "12 Nov 2025",
    "Missed the autumn window again. Is it worth putting cloves in now or should I wait?",
    "",
    "beanrow",
    "12 Nov 2025",
    "Put them in. Mine went in at Christmas last year and did fine.",
    "",
    "Marrow Man",
    "13 Nov 2025",
    "Spring varieties exist for exactly this. Ask at the shop.",
    "",
    "greenhouse_gil",
    "13 Nov 2025",
    "Plant now, just not in waterlogged ground.",
])


def test_a_forums_counter_of_replies_alone_still_heads_the_thread_with_its_opening_post() -> None:
    layout = split_layout(FORUM)
    authors = [c.author for c in layout.comments]
    assert "plotholder_7" not in authors  # the question is the thread's opening post, not a reply
    assert any("autumn window" in p for p in layout.paragraphs)
    assert authors == ["beanrow", "Marrow Man", "greenhouse_gil"]


# ---- 2. a lone sort choice or loader over the first comment's stamp ----

_ARTICLE = [
    "Parish council delays vote on harbour car park",
    "",
    "The parish council has put off a vote on charging for the harbour car park until its March meeting,"
    " after residents packed the hall on Tuesday night to object to the plan.",
    "",
    "Councillors said they wanted more time to look at a permit scheme for people who live on the quay.",
    "",
    "Comments (4)",
    "",
]
_STAMP_FIRST = [
    ("2 hours ago", "Ann Ferrier", "Good. The permit idea is the only fair way to do it."),
    ("5 hours ago", "Tom Brehaut", "They will charge in the end, they always do."),
    ("6 hours ago", "Jess Mauger", "Free parking is the one thing keeping the quay shops alive."),
    ("8 hours ago", "Ed Tostevin", "Nobody mentions the buses. Fix the buses and half the cars go away."),
]


def _stamp_first_page(control: str, rows: bool) -> str:
    lines = [*_ARTICLE, control]
    for stamp, name, body in _STAMP_FIRST:
        lines += [stamp, name, body, *(["", "Reply"] if rows else []), ""]
    return "\n".join(lines)


def test_a_lone_control_over_the_first_stamp_is_no_commenter() -> None:
    for control in ("Most recent", "Newest", "Oldest first", "Load more", "Show older", "Most liked"):
        for rows in (True, False):  # with an action row under each comment (the plain reader) and without
            layout = split_layout(_stamp_first_page(control, rows))
            assert [c.author for c in layout.comments] == [n for _, n, _ in _STAMP_FIRST], (control, rows)
            assert layout.comments[0].body.startswith("Good. The permit idea"), (control, rows)


def test_a_commenter_whose_name_resembles_a_control_keeps_it() -> None:
    from components.parse.layout import _lone_control
    for name in ("Mostyn Recent", "Newest Arrival", "Load Bearing", "Ann Oldest", "New", "Hot",
                 "Best Regards", "Top Gun 86", "newest_member", "Most recent figures show a rise."):
        assert not _lone_control(name), name
    for control in ("Most recent", "Newest ▾", "Oldest first", "Load more", "see earlier", "Top rated"):
        assert _lone_control(control), control


def test_a_most_recent_label_in_an_article_body_is_not_read_otherwise() -> None:
    text = "\n".join([
        "Ferry timetable changes from Monday",
        "",
        "The island ferry will run two extra crossings on weekdays from Monday, the operator said.",
        "",
        "Most recent figures show passenger numbers up by a fifth on last winter.",
        "",
        "The operator said the extra crossings would be reviewed in the spring.",
    ])
    layout = split_layout(text)
    assert any(p.startswith("Most recent figures show") for p in layout.paragraphs)
    assert not layout.comments


# ---- 3. a header name with a lower-case word before "in reply to Name" ----

def test_a_desk_name_in_lower_case_before_a_reply_phrase_is_the_author() -> None:
    assert _clean_author("Gazette newsdesk in reply to Maud Pellow")[:2] == (
        "Gazette newsdesk", "Maud Pellow")
    assert _clean_author("Moss piglet replied to Ann Lee")[:2] == ("Moss piglet", "Ann Lee")
    assert _clean_author("Harbour Gazette sports desk in reply to Ann Lee")[:2] == (
        "Harbour Gazette sports desk", "Ann Lee")  # (capitalised words then lower case: already read)


def test_a_sentence_with_a_reply_phrase_is_not_split_into_a_name() -> None:
    from components.parse.layout import _reply_phrase
    for line in ("I wrote this in reply to Ann Lee", "We said so in reply to Tom",
                 "The council responded to Bob Hart", "This is in reply to Ann Lee",
                 "Posted today in reply to Ann", "Gazette newsdesk in reply to the mayor's office"):
        assert _reply_phrase(line) is None, line


BROADSHEET = "\n".join([
    "Our towns need their bus routes back",
    "",
    "When the county council cut the evening buses three years ago, it promised to review the decision once"
    " the budget recovered. The budget has recovered; the buses have not come back.",
    "",
    "Comments (3)",
    "",
    "Maud Pellow",
    "7 Mar 2026 09.12",
    "The 5.10 is the last bus to my village. I had to give up my evening class because of it.",
    "Reply",
    "Report",
    "",
    "Gazette newsdesk in reply to Maud Pellow",
    "7 Mar 2026 09.40",
    "Thank you for this. We would like to hear more for a follow-up piece; please email the newsdesk.",
    "Reply",
    "Report",
    "",
    "Peter Quayle",
    "7 Mar 2026 10.02",
    "The buses were half empty when they ran. I say that as someone who used them.",
    "Reply",
    "Report",
])


def test_a_desks_reply_on_a_threaded_page() -> None:
    layout = split_layout(BROADSHEET)
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("Maud Pellow", ""), ("Gazette newsdesk", "Maud Pellow"), ("Peter Quayle", "")]


# ---- 4. a byline with the writer's role in lower case; a beat before "Reporter" is no outlet ----

def test_a_by_line_with_a_lower_case_role_is_a_byline() -> None:
    for line in ("By Carys Penhale, community reporter", "By Carys Penhale, senior court reporter",
                 "by Tom Reed, staff writer", "By Ann Lee-Hart, freelance photographer"):
        assert _is_byline(line), line
        assert _byline_outlet(line) == "", line


def test_a_sentence_with_a_role_in_apposition_is_no_byline() -> None:
    for line in ("Carys Penhale, community reporter", "By Tuesday, the reporter had left the court.",
                 "By Carys Penhale, community reporter, and a friend of the family who said she knew",
                 "By then, community reporter Ann Lee had the story"):
        assert not _is_byline(line), line


def test_a_beat_before_reporter_is_not_the_outlet_but_a_paper_is() -> None:
    assert _byline_outlet("By Carys Penhale, Community Reporter") == ""
    assert _byline_outlet("By Carys Penhale, Senior Court Reporter") == ""
    assert _byline_outlet("By Carys Penhale, Harlow Courier Staff Writer") == "Harlow Courier"
    assert _byline_outlet("By Carys Penhale, Valley Lantern") == "Valley Lantern"


def test_a_lower_case_role_byline_leaves_the_article() -> None:
    text = "\n".join([
        "Library opening hours to be cut at three branches",
        "",
        "By Carys Penhale, community reporter",
        "",
        "Three of the county's branch libraries will close on Wednesdays from April, the council confirmed.",
        "",
        "Readers at the Pontfaen branch said they were disappointed, and a petition has gathered 600 names.",
    ])
    layout = split_layout(text)
    assert not any("Penhale" in p for p in layout.paragraphs)
    assert layout.outlet_marker == ""
    assert any(p.startswith("Three of the county") for p in layout.paragraphs)


# ---- 6. a message signed by the site's role alone ("Moderator" over its stamp) ----

_CLOCK_ARTICLE = [
    "Market hall roof to be repaired",
    "",
    "The market hall roof, damaged in the February gales, will be repaired over the summer by a firm from"
    " the county town, the council said on Thursday. Traders will move to the car park for six weeks.",
    "",
    "Comments (3)",
    "",
]


def _signed_page(header: list[str], rows: bool) -> str:
    reply = ["Reply"] if rows else []
    return "\n".join(_CLOCK_ARTICLE + [
        "Gwen Probert", "2 days ago", "About time. The stalls have been under buckets.", *reply, "",
        *header, "2 days ago", "A reminder to keep comments on the story, please. Two have been removed.",
        *reply, "",
        "Len Hughes", "1 day ago", "Six weeks in a car park in July. Bring sun cream.", *reply,
    ])


def test_a_message_signed_by_the_role_alone_is_the_roles() -> None:
    for role in ("Moderator", "Admin", "The Editor"):
        for rows in (True, False):  # the plain reader (action rows) and the generic one
            layout = split_layout(_signed_page([role], rows))
            assert [c.author for c in layout.comments] == ["Gwen Probert", role, "Len Hughes"], (role, rows)
            assert layout.comments[1].body.startswith("A reminder to keep comments")


def test_a_role_badge_under_a_name_stays_a_badge() -> None:
    for rows in (True, False):
        layout = split_layout(_signed_page(["Cerys Ward", "Moderator"], rows))
        assert [c.author for c in layout.comments] == ["Gwen Probert", "Cerys Ward", "Len Hughes"], rows


def test_a_role_word_that_is_no_header_is_not_an_author() -> None:
    from components.parse.layout import _role_over_stamp
    assert _role_over_stamp(["Moderator", "3 hours ago"], 0)
    assert not _role_over_stamp(["Moderator", "Cerys Ward", "3 hours ago"], 0)  # a badge over a name
    assert not _role_over_stamp(["Top fan", "3 hours ago"], 0)  # a badge, not a role that signs
    assert not _role_over_stamp(["The moderator said the thread would close", "3 hours ago"], 0)
    assert not _role_over_stamp(["Moderator"], 0)


# ---- 7. a WhatsApp export's date: the first member's message, not the group's creation ----

_CHAT = [
    "[02/03/2024, 18:20:11] Lane End Plots: \u200eMessages and calls are end-to-end encrypted. No one outside"
    " of this chat, not even WhatsApp, can read or listen to them.",
    "[02/03/2024, 18:20:11] \u200eMorwenna Trelease created group \u201cLane End Plots\u201d",
    "[02/03/2024, 18:21:40] \u200eMorwenna Trelease added you",
    "[14/09/2025, 07:55:02] Morwenna Trelease: Water is off at the top trough again.",
    "[14/09/2025, 08:03:19] Idris Mabey: Not me, I was away all weekend",
    "[14/09/2025, 08:10:44] Pat Kellow: I'll put a note on the shed door",
    "[15/09/2025, 09:02:07] Morwenna Trelease: Thanks Pat",
]


def test_a_chat_export_is_dated_by_its_first_members_message() -> None:
    from components.parse.whatsapp import chat_export
    comments, _, title, day = chat_export(_CHAT)
    assert day == "2025-09-14"
    assert [c.author for c in comments] == [
        "Morwenna Trelease", "Idris Mabey", "Pat Kellow", "Morwenna Trelease"]
    assert title == "Lane End Plots"


def test_a_chat_export_that_opens_with_a_message_keeps_that_date() -> None:
    from components.parse.whatsapp import chat_export
    android = ["11/06/2025, 19:04 - Bryn Tallis: Bins are Tuesday this week, not Monday",
               "11/06/2025, 19:06 - Hana Oduya: Thanks, I'd have missed that",
               "12/06/2025, 07:40 - Bryn Tallis: And the recycling is the week after",
               "12/06/2025, 07:41 - Hana Oduya: \U0001F44D"]
    assert chat_export(android)[3] == "2025-06-11"


# ---- 5. a site named only by its lower-case wordmark atop the page and over its footer ----

_IMAGE_POST = [
    "snapvault", "New post", "Sign in", "",
    "My grandmother's 1962 sewing machine, restored over a winter",
    "",
    "stitchwise",
    "Feb 2, 2026",
    "",
    "It had sat in the shed for twenty years. The motor was seized and the belt had perished completely.",
    "",
    "I stripped it down over a winter of weekends, cleaned every part and replaced the belt and the wiring.",
    "",
    "It sews again, and better than my new one does.",
    "",
    "Comments (2)",
    "",
    "bobbin_case",
    "Feb 2, 2026",
    "That chrome came up beautifully. What did you use on the rust?",
    "",
    "hemline42",
    "Feb 3, 2026",
    "My mum had the same model. This made my morning.",
    "",
]


def test_a_lower_case_wordmark_atop_the_page_and_over_its_footer_names_the_site() -> None:
    footer = ["{mark}", "About", "Help", "Terms", "Privacy", "Advertise"]
    text = "\n".join(_IMAGE_POST + footer).replace("{mark}", "snapvault")
    layout = split_layout(text)
    assert layout.outlet_marker == "snapvault"


def test_a_wordmark_rule_needs_the_footers_column_of_links() -> None:
    from components.parse.layout import _lower_wordmark
    def page(top: str, foot: list[str]) -> list[str]:
        return [f"{top}\nNew post\nSign in", "Title of the post", "stitchwise\nFeb 2, 2026",
                "A paragraph of the post that runs on for a while.", "Another paragraph of the post.",
                "\n".join(foot)]
    assert _lower_wordmark(page("snapvault", ["snapvault", "About", "Terms", "Privacy"])) == "snapvault"
    assert _lower_wordmark(page("snapvault", ["About", "Terms", "Privacy"])) == ""  # at the top only
    # the same word over a comment's stamp and text, not over links
    assert _lower_wordmark(page("snapvault", ["snapvault", "2 hours ago", "Lovely work, it is."])) == ""
    assert _lower_wordmark(page("snapvault", ["snapvault", "About", "Terms"])) == ""  # too few links
    # a handle (digits, "_", "-"), a capitalised name, a menu's or a footer column's heading
    for top in ("stitch_wise", "hemline42", "Snapvault", "menu", "explore", "news", "search", "company"):
        assert _lower_wordmark(page(top, [top, "About", "Terms", "Privacy"])) == "", top
    # a page of one paragraph has no head and foot to tell apart
    assert _lower_wordmark(["snapvault\nAbout\nTerms\nPrivacy"]) == ""
