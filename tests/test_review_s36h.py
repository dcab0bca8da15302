"""Fresh-eyes review (H209) of session 36's page-reading changes (H204, b439d01): a "By Name, lower-case
role" byline and a beat before "Reporter" as no outlet; a lone sort choice or loader as a widget control;
a counter of comments and replies heading a comment section; "Name lower-case in reply to Other"; a site's
role alone over a stamp as the author; a WhatsApp export dated by its first member's message; a lower-case
wordmark atop the page and over a footer column as the outlet. Invented pages only. A strict xfail names a
fault the code has (most are regressions of that change, two older gaps in the same rules, said so); a
plain test pins a must-not-fire case it gets right."""


from components.parse.layout import _byline_outlet, _reply_phrase, split_layout
from components.parse.whatsapp import chat_export

# ---- a page with a comment section: name, stamp, text (and an action row in the plain reader) ----

_QUAY_ARTICLE = [
    "Parish council delays vote on harbour car park",
    "",
    "The parish council has put off a vote on charging for the harbour car park until its March meeting,"
    " after residents packed the hall on Tuesday night to object to the plan.",
    "",
    "Councillors said they wanted more time to look at a permit scheme for people who live on the quay.",
    "",
    "Comments (3)",
    "",
]


def _quay_page(comments: list[tuple[str, list[str]]], rows: bool) -> str:
    lines = list(_QUAY_ARTICLE)
    for name, body in comments:
        lines += [name, "3 hours ago", *body, *(["Reply"] if rows else []), ""]
    return "\n".join(lines)


def test_a_commenter_named_like_a_sort_choice_mid_section_keeps_the_comment() -> None:
    for name in ("Newest", "Oldest"):
        for rows in (True, False):  # the plain reader (action rows) and the generic one
            layout = split_layout(_quay_page([
                ("Ann Ferrier", ["Good. The permit idea is the only fair way to do it."]),
                (name, ["They will charge in the end, they always do."]),
                ("Ed Tostevin", ["Nobody mentions the buses. Fix the buses and half the cars go away."]),
            ], rows))
            assert [c.author for c in layout.comments] == ["Ann Ferrier", name, "Ed Tostevin"], (name, rows)
            assert not any("charge in the end" in p for p in layout.paragraphs), (name, rows)


def test_a_comment_that_asks_to_load_more_keeps_its_text() -> None:
    """Must not fire: "Load more please" is a commenter's words, not the widget's loader."""
    for rows in (True, False):
        layout = split_layout(_quay_page([
            ("Ann Ferrier", ["Good. The permit idea is the only fair way to do it."]),
            ("Jess Mauger", ["Load more please"]),
            ("Ed Tostevin", ["Nobody mentions the buses. Fix the buses and half the cars go away."]),
        ], rows))
        assert [(c.author, c.body) for c in layout.comments][1] == ("Jess Mauger", "Load more please"), rows


# ---- "Name lower-case in reply to Other": a comment's opening words are no name ----

_BUS_ARTICLE = [
    "Our towns need their bus routes back",
    "",
    "When the county council cut the evening buses three years ago, it promised to review the decision once"
    " the budget recovered. The budget has recovered; the buses have not come back.",
    "",
    "Comments (3)",
    "",
]


def _bus_page(opening: str, rows: bool) -> str:
    action = ["Reply", "Report"] if rows else []
    return "\n".join(_BUS_ARTICLE + [
        "Maud Pellow", "7 Mar 2026 09.12",
        "The 5.10 is the last bus to my village. I had to give up my evening class because of it.",
        *action, "",
        "Peter Quayle", "7 Mar 2026 09.40", opening,
        "The buses were half empty when they ran. I say that as someone who used them.", *action, "",
        "Rhys Tonna", "7 Mar 2026 10.02", "Bring back the 5.10 and the 7.40 at least.", *action,
    ])


def test_a_comment_opening_well_said_in_reply_to_a_name_keeps_that_line() -> None:
    for rows in (True, False):
        layout = split_layout(_bus_page("Well said in reply to Maud Pellow", rows))
        quayle = layout.comments[1]
        assert quayle.author == "Peter Quayle", rows
        assert quayle.body.startswith("Well said in reply to Maud Pellow"), rows


def test_a_comments_opening_phrase_before_in_reply_to_is_no_name() -> None:
    for line in ("Quite right in reply to Tom Brehaut", "Couldn't agree more in reply to Maud Pellow",
                 "Posting this in reply to Rosalind", "Well said in reply to Rosalind",
                 "Nobody asked in reply to Maud Pellow"):
        assert _reply_phrase(line) is None, line


def test_a_comment_that_says_it_answers_a_letter_keeps_its_first_line() -> None:
    """Must not fire: "I wrote this in reply to X's letter" opens a comment's text, names no target."""
    for rows in (True, False):
        layout = split_layout(_bus_page("I wrote this in reply to Maud Pellow's letter", rows))
        quayle = layout.comments[1]
        assert (quayle.author, quayle.reply_to) == ("Peter Quayle", ""), rows
        assert quayle.body.startswith("I wrote this in reply to Maud Pellow's letter"), rows


# ---- bylines: a lower-case role; a beat or rank before "Reporter" ----

def test_a_letter_signer_and_a_by_the_time_sentence_are_no_bylines() -> None:
    """Must not fire: a letter's signer with a description that is no writer's role, and a paragraph
    opening "By the time …"; the lower-case role byline itself leaves the article."""
    letters = split_layout("\n".join([
        "Letters: the harbour car park", "",
        "Charging for the harbour car park will empty the quay shops within a year, and the council"
        " knows it.",
        "",
        "By Ann Lee, a local resident", "",
        "I have parked there every Saturday for thirty years and I will not pay to do so now.",
    ]))
    assert "By Ann Lee, a local resident" in letters.paragraphs
    news = split_layout("\n".join([
        "Crowd disperses after harbour protest", "",
        "By Carys Penhale, community reporter", "",
        "By the time I arrived, the crowd had gone, leaving placards stacked against the harbour wall.", "",
        "Police said the protest had been peaceful and no arrests were made during the afternoon.",
    ]))
    assert news.paragraphs[0].startswith("By the time I arrived, the crowd had gone")
    assert not any("Penhale" in p for p in news.paragraphs)
    assert news.outlet_marker == ""


def test_a_papers_name_before_a_beat_and_a_role_is_the_outlet_alone() -> None:
    assert _byline_outlet("By Ann Lee, Harlow News Reporter") == "Harlow News"  # (right: the paper's "News")
    for line in ("By Ann Lee, Harlow Courier Political Reporter", "By Ann Lee, Harlow Courier Chief Reporter",
                 "By Ann Lee, Harlow Courier Senior Writer", "By Ann Lee, Harlow Courier Photographer"):
        assert _byline_outlet(line) == "Harlow Courier", line


# ---- a site's role alone over a stamp ----

_ROOF_ARTICLE = [
    "Market hall roof to be repaired",
    "",
    "The market hall roof, damaged in the February gales, will be repaired over the summer by a firm from"
    " the county town, the council said on Thursday. Traders will move to the car park for six weeks.",
    "",
    "Comments (4)",
    "",
]


def test_a_role_alone_over_the_stamp_signs_and_a_role_badge_under_a_name_does_not() -> None:
    """Must fire and must not: "Admin" alone over a stamp is the message's author (the page shows no
    other); "Admin" under a member's name is that member's badge."""
    for header, author in ((["Admin"], "Admin"), (["Cerys Ward", "Admin"], "Cerys Ward")):
        layout = split_layout("\n".join(_ROOF_ARTICLE + [
            "Gwen Probert", "2 days ago", "About time. The stalls have been under buckets.", "Reply", "",
            *header, "2 days ago", "Keep it civil please, two comments have been removed.", "Reply", "",
            "Len Hughes", "1 day ago", "Six weeks in a car park in July. Bring sun cream.", "Reply",
        ]))
        assert [c.author for c in layout.comments] == ["Gwen Probert", author, "Len Hughes"], header


def test_a_message_signed_under_its_text_by_the_role_is_the_roles() -> None:
    layout = split_layout("\n".join(_ROOF_ARTICLE + [
        "About time. The stalls have been under buckets.", "Gwen Probert", "2 days ago", "",
        "Six weeks in a car park in July. Bring sun cream.", "Len Hughes", "2 days ago", "",
        "Keep it civil please, two comments have been removed.", "Moderator", "2 days ago", "",
        "Where do the fish stalls go for the six weeks?", "Ivy Rowe", "1 day ago", "",
    ]))
    assert [c.author for c in layout.comments] == ["Gwen Probert", "Len Hughes", "Moderator", "Ivy Rowe"]


# ---- a giscus-kind counter over one comment ----

def test_the_one_comment_under_a_widget_counter_is_a_comment() -> None:
    layout = split_layout("\n".join([
        "Quiet Hours", "Posts", "About", "",
        "Why I stopped mixing on headphones", "",
        "March 4, 2026 · 6 min · Tamsin Vale", "",
        "I spent last year mixing on closed headphones. The flat above mine had a new baby.", "",
        "The mixes sounded fine to me. Every one of them fell apart in a car.", "",
        "1 comment · 0 replies – powered by giscus", "Oldest", "Newest", "",
        "lowend-lou", "Mar 4, 2026",
        "The car test is the only test that matters, I say this to everyone who will listen.",
        "0 replies", "Write a reply", "",
        "Sign in with GitHub", "Sign in to comment",
    ]))
    assert [c.author for c in layout.comments] == ["lowend-lou"]
    assert not any("car test" in p for p in layout.paragraphs)


# ---- a lower-case wordmark atop the page and over a footer column ----

def _travel_page(top: str) -> str:
    return "\n".join([
        top, "Destinations", "Deals", "Sign in", "",
        "Ten quiet harbour towns for an autumn weekend", "",
        "By Carys Penhale", "4 October 2025", "",
        "Out of season, the harbour towns of the south-west coast are quiet, cheap and at their best, with"
        " the light low over the water and the cafés half empty.", "",
        "We spent a fortnight driving between them, staying two nights in each and eating far too many"
        " pasties.",
        "",
        "The list below is in the order we visited them, west to east, not in any order of merit.", "",
        "news", "UK", "World", "Business", "",  # the footer's site map: one column per section
        top, "Europe", "City breaks", "Cruises", "Deals", "",
    ])


def test_a_section_name_atop_its_page_and_over_its_footer_column_is_no_outlet() -> None:
    for section in ("travel", "money", "food", "motoring"):
        assert split_layout(_travel_page(section)).outlet_marker == "", section


def test_a_posters_handle_atop_a_post_and_over_its_profile_card_is_no_outlet() -> None:
    layout = split_layout("\n".join([
        "stitchwise", "Follow", "",
        "Finished the quilt for my niece. Forty hexagons, every one cut by hand over the winter evenings.",
        "",
        "Took me four months in the end and I would do it all again tomorrow.", "",
        "#quilting #handmade", "",
        "Feb 2, 2026", "", "212 likes", "",
        "Comments", "",
        "bobbin_case", "Feb 2, 2026", "That is gorgeous, what a lucky niece.", "",
        "hemline42", "Feb 3, 2026", "My mum had the same pattern on her bed.", "",
        "stitchwise", "Quilter in Penzance", "Posts", "Followers", "Following", "",
    ]))
    assert layout.outlet_marker != "stitchwise"


# ---- a WhatsApp export's date ----

def test_a_chat_is_dated_by_its_first_members_stamp_not_a_date_in_its_text_or_the_apps_lines() -> None:
    """Must fire and must not: the app's lines (here without iOS's direction marks, as a cleaned export
    has them) are no member's; a forwarded notice's old date in a message's text is no stamp."""
    chat = [
        "[02/03/2024, 18:20:11] Lane End Plots: Messages and calls are end-to-end encrypted. No one outside"
        " of this chat, not even WhatsApp, can read or listen to them.",
        "[02/03/2024, 18:20:11] Morwenna Trelease created group \u201cLane End Plots\u201d",
        "[14/09/2025, 07:55:02] Morwenna Trelease: Forwarded from the council, 1 May 2019: the water will be"
        " off on Tuesdays.",
        "[14/09/2025, 08:03:19] Idris Mabey: Not me, I was away all weekend",
        "[14/09/2025, 08:10:44] Pat Kellow: I'll put a note on the shed door",
    ]
    comments, _, title, day = chat_export(chat)
    assert day == "2025-09-14"
    assert [c.author for c in comments] == ["Morwenna Trelease", "Idris Mabey", "Pat Kellow"]
    assert title == "Lane End Plots"
    android = ["02/03/2024, 18:20 - Morwenna Trelease created group \"Lane End Plots\"",
               "02/03/2024, 18:21 - Morwenna Trelease added Idris Mabey",
               "14/09/2025, 07:55 - Morwenna Trelease: Water is off at the top trough again.",
               "14/09/2025, 08:03 - Idris Mabey: Not me, I was away all weekend",
               "14/09/2025, 08:10 - Pat Kellow: I'll put a note on the shed door"]
    assert chat_export(android)[3] == "2025-09-14"
