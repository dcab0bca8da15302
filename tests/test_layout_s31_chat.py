"""Session 31 (helper chat): a meeting chat as Zoom saves it (each message a "HH:MM:SS From X to
Everyone:" header over its tab-indented lines, or the older one-line form) reads as comments; a review's
reactions row with its labels before the counts ("Helpful 41   Thanks 4") is no part of the review; a
name's bracketed role or affiliation is left out of the author by every reader; a section's last line
("End of comments", "Load more comments") is no part of the last comment; Yelp's owner's header
("Comment from Luca B. of Osteria Brava") names the owner and marks an answer. Each on invented pages,
with must-not-fire cases on ordinary pages."""

import pytest

from components.parse.comment_blocks import Kind, classify
from components.parse.layout import split_layout
from components.parse.zoom import zoom_chat


def rows(text: str) -> list[tuple[str, str, bool, str]]:
    return [(c.author, c.reply_to, c.is_reply, c.body) for c in split_layout(text).comments]


HEAD = ("Flood plan meeting: residents ask for the new map\n\n"
        "Residents of the lower town met the council's flood team online on Tuesday evening to go through "
        "the draft plan, which moves the defence line back from the river by forty metres.\n\n"
        "The chat from the meeting is printed below as the council published it.\n\n")

ZOOM = ("18:31:04 From Ann Lee to Everyone:\n"
        "\tCan everyone hear me? The slides are up now.\n"
        "18:31:40 From Tom Hale (Moderator) to Everyone:\n"
        "\tYes, loud and clear.\n"
        "18:32:15 From Priya Nair to Everyone:\n"
        "\tThe flood map on slide four is out of date, the new one came out in May.\n"
        "\tIt moves the line past the school.\n"
        "18:32:50 From Tom Hale (Moderator) to Ann Lee(Direct Message):\n"
        "\tCan you share the May map after?\n"
        "18:33:02 From Ann Lee to Everyone:\n"
        "\tReplying to \"The flood map on slide four is out of...\"\n"
        "\t\n"
        "\tThanks Priya, we will swap it in before the vote.\n"
        "18:33:30 From Priya Nair to Everyone:\n"
        "\tReacted to \"Thanks Priya, we will swap...\" with 👍\n"
        "18:34:10 From Jo Ng (she/her) to Everyone:\n"
        "\tWill the recording be posted on the council site?\n")

ZOOM_ROWS = [
    ("Ann Lee", "", False, "Can everyone hear me? The slides are up now."),
    ("Tom Hale", "", False, "Yes, loud and clear."),
    ("Priya Nair", "", False, "The flood map on slide four is out of date, the new one came out in May.\n"
                              "It moves the line past the school."),
    ("Tom Hale", "Ann Lee", False, "Can you share the May map after?"),
    ("Ann Lee", "Priya Nair", True, "Thanks Priya, we will swap it in before the vote."),
    ("Jo Ng", "", False, "Will the recording be posted on the council site?"),
]


# ---- Zoom's saved chat ----

def test_zoom_saved_chat_alone_reads_each_message_once():
    assert rows(ZOOM) == ZOOM_ROWS


def test_zoom_saved_chat_under_an_article_ends_before_the_pages_last_lines():
    page = HEAD + ZOOM + "\nEnd of saved chat\n\nContact the flood team   Privacy   Accessibility\n"
    assert rows(page) == ZOOM_ROWS
    assert "residents ask" in split_layout(page).title


def test_zoom_variants_capital_to_spaces_and_privately():
    chat = ZOOM.replace(" to Everyone:", " To Everyone :").replace("(Direct Message)", " (Privately)")
    assert rows(chat) == ZOOM_ROWS


def test_zoom_chat_copied_without_its_tabs():
    assert rows(ZOOM.replace("\t", "")) == ZOOM_ROWS


def test_zoom_old_one_line_form():
    chat = ("18:31:04\t From  Ann Lee : Can everyone hear me? The slides are up now.\n"
            "18:31:40\t From  Tom Hale : Yes, loud and clear.\n"
            "18:32:50\t From  Tom Hale  to  Ann Lee(Privately) : Can you share the May map after?\n"
            "18:34:10\t From  Jo Ng  to  Everyone : Will the recording be posted on the council site?\n")
    assert rows(chat) == [("Ann Lee", "", False, "Can everyone hear me? The slides are up now."),
                          ("Tom Hale", "", False, "Yes, loud and clear."),
                          ("Tom Hale", "Ann Lee", False, "Can you share the May map after?"),
                          ("Jo Ng", "", False, "Will the recording be posted on the council site?")]


def test_zoom_reply_whose_quote_matches_no_message_is_still_a_reply():
    chat = ZOOM.replace("Replying to \"The flood map", "Replying to \"Something said before we joined")
    assert rows(chat)[4] == ("Ann Lee", "", True, "Thanks Priya, we will swap it in before the vote.")


def test_zoom_reader_leaves_a_live_blog_alone():
    page = (HEAD + "18:31 From the chamber: the leader has opened the debate on the flood plan.\n\n"
            "18:40:12 From the gallery, residents applauded the first speaker.\n\n"
            "The vote is expected after nine o'clock, the clerk said.\n")
    assert zoom_chat(page.split("\n")) == ([], set(), "", "")
    assert split_layout(page).comments == ()


# ---- a review's reactions row ----

SHOP = ("Osteria Brava - Harbour Street, Corran\n\n"
        "Osteria Brava\n4.3 (212 reviews)\nItalian, Wine Bars\n\n"
        "About the business\nA family kitchen on the harbour since 2009, cooking the fish the boats bring in "
        "that morning and pasta rolled by hand every afternoon.\n\n"
        "Recommended Reviews\n\n")


def _review(name: str, date: str, body: str, row: str, owner: str = "") -> str:
    return f"{name}\nCorran, UK\n48 reviews\n{date}\n{body}\n{row}" + (f"\n\n{owner}" if owner else "")


def _shop(row: str, last: str = "Lovely terrace, slow service on a Friday.") -> str:
    owner = ("Comment from Luca B. of Osteria Brava\nBusiness Owner\nOct 30, 2026\n"
             "We are sorry about the wait, a large party ran late that night.")
    return SHOP + "\n\n".join([
        _review("Mara K.", "Nov 3, 2026", "The gnocchi were perfect and the staff knew our order.", row),
        _review("Dev P.", "Oct 28, 2026", "We waited forty minutes for a table we had booked.\n"
                                          "The food was fine when it came.", row, owner),
        _review("Hana O.", "Oct 2, 2026", last, row)]) + "\n\nAbout   Careers   Terms\n"


SHOP_ROWS = [("Mara K.", "", False, "The gnocchi were perfect and the staff knew our order."),
             ("Dev P.", "", False, "We waited forty minutes for a table we had booked.\n"
                                   "The food was fine when it came."),
             ("Luca B.", "Dev P.", True, "We are sorry about the wait, a large party ran late that night."),
             ("Hana O.", "", False, "Lovely terrace, slow service on a Friday.")]


@pytest.mark.parametrize("row", ["Helpful 41   Thanks 4   Love this 2   Oh no 1",
                                 "Helpful 0   Thanks 0   Love this 0   Oh no 0",
                                 "Helpful   Thanks   Love this   Oh no",
                                 "Helpful 3", "Useful 3  Funny  Cool 1", "Useful (3) · Funny (1) · Cool (2)",
                                 "41 Helpful · 4 Thanks · 2 Love this",
                                 "Helpful 41\nThanks 4\nLove this 2\nOh no 1",
                                 "Helpful 2\nThanks\nLove this\nOh no"])
def test_reactions_row_is_no_part_of_the_review_and_owner_answers(row):
    assert rows(_shop(row)) == SHOP_ROWS


@pytest.mark.parametrize("text", ["Thanks 4 the help", "Love this", "Cool", "Helpful staff, 10 out of 10",
                                  "Like 2 people said, the wait is long"])
def test_reactions_row_must_not_take_a_comments_words(text):
    assert classify(text)[0] is not Kind.ACTION


def test_owner_header_with_a_comma_still_reads():
    assert classify("Response from Marcus D, Owner at Saltbox") == (Kind.NAME, "Marcus D")
    assert classify("Comment from Luca B. of Osteria Brava") == (Kind.NAME, "Luca B.")


# ---- a name's bracketed role ----

NAMES = ["Lydia Crane (Highways)", "Tom Hale (Moderator)", "Jo Ng (she/her)", "Ann Lee (host)", "Bo Hart"]
BARE = ["Lydia Crane", "Tom Hale", "Jo Ng", "Ann Lee", "Bo Hart"]
SAID = ["The road closure is planned for the second week of March.", "Please keep it civil in here.",
        "Will there be a bus to the north pier in the meantime?", "Thanks all for coming along tonight.",
        "The early boat was the one that mattered to us."]


PAIRS = list(zip(NAMES, SAID, strict=True))


@pytest.mark.parametrize("page", [
    HEAD + "Comments\n\n" + "\n\n".join(f"{n}\n2 hours ago\n{b}\nReply" for n, b in PAIRS),
    HEAD + "Comments\n\n" + "\n\n".join(f"{n} · 3h\n{b}\nLike · Reply" for n, b in PAIRS),
    "\n".join(f"13/11/2026, 16:1{k} - {n}: {b}" for k, (n, b) in enumerate(PAIRS)),
    "".join(f"18:3{k}:04 From {n} to Everyone:\n\t{b}\n" for k, (n, b) in enumerate(PAIRS)),
])
def test_bracketed_role_after_a_name_is_left_out_by_every_reader(page):
    assert [c.author for c in split_layout(page).comments] == BARE


def test_whose_parent_a_sender_is_stays_in_the_name():
    page = "".join(f"18:3{k}:04 From {n} to Everyone:\n\t{b}\n"
                   for k, (n, b) in enumerate(zip(["Jo (Alfie's mum)", *NAMES[1:]], SAID, strict=True)))
    assert [c.author for c in split_layout(page).comments][0] == "Jo (Alfie's mum)"


# ---- a section's last line ----

@pytest.mark.parametrize("end", ["End of comments", "No more comments", "Load more comments",
                                 "You've reached the end", "End of saved chat", "You have seen all comments"])
@pytest.mark.parametrize("form", ["{n}\n2 hours ago\n{b}\nReply", "{n} · 3h\n{b}"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_section_end_is_no_part_of_the_last_comment(end, form, gap):
    posts = [form.format(n=n, b=b) for n, b in zip(BARE, SAID, strict=True)]
    page = (HEAD + "Comments\n\n" + "\n\n".join(posts)
            + f"{gap}{end}\n\nTerms   Privacy\n")
    assert [c.body for c in split_layout(page).comments] == SAID


@pytest.mark.parametrize("words", ["End of story.", "End of story", "No more comments from me on this.",
                                   "The end of the road for the early boat."])
def test_a_comment_saying_end_keeps_its_words(words):
    said = [*SAID[:-1], words]
    posts = [f"{n}\n2 hours ago\n{b}\nReply" for n, b in zip(BARE, said, strict=True)]
    page = (HEAD + "Comments\n\n" + "\n\n".join(posts)
            + "\n\nTerms   Privacy\n")
    assert [c.body for c in split_layout(page).comments] == said
    assert classify(words)[0] is not Kind.OTHER


def test_zoom_last_message_a_reply_copied_without_tabs():
    chat = ZOOM.replace("\t", "").rsplit("18:34:10", 1)[0]
    chat += ("18:34:10 From Jo Ng to Everyone:\nReplying to \"Yes, loud\"\n\nSame here, thanks.\n\n"
             "End of saved chat\n")
    assert rows(chat)[-1] == ("Jo Ng", "Tom Hale", True, "Same here, thanks.")  # "Yes, loud": his


@pytest.mark.parametrize(("heading", "title"), [
    ("Meeting chat - 12 Nov 2026", "Meeting chat - 12 Nov 2026"),
    ("Planning committee\n12 November 2026", "Planning committee")])
def test_zoom_chat_files_heading_gives_title_and_date(heading, title):
    layout = split_layout(f"{heading}\n\n{ZOOM}")
    assert (layout.title, layout.header_date, len(layout.comments)) == (title, "2026-11-12", 6)


def test_zoom_chat_under_an_article_keeps_the_pages_date():
    page = HEAD.replace("\n\nResidents", "\n\n12 November 2026\n\nResidents", 1) + ZOOM
    layout = split_layout(page)
    assert (layout.date_line, layout.header_date, len(layout.comments)) == ("2026-11-12", "", 6)


def test_zoom_chat_copied_with_minutes_only_needs_the_to_part():
    chat = ZOOM.replace(":04 From", " From").replace(":40 From", " From").replace(":15 From", " From")
    assert rows(chat) == ZOOM_ROWS
    blog = HEAD + "".join(f"18:3{k} From {place}: {said}\n\n" for k, (place, said) in enumerate([
        ("the chamber", "the leader has opened the debate."),
        ("the gallery", "residents applauded the speaker."),
        ("outside", "a small crowd has gathered by the steps.")]))
    assert zoom_chat(blog.split("\n"))[0] == []


@pytest.mark.parametrize("link", ["Show older comments", "Load more comments", "View earlier comments"])
def test_load_more_link_right_over_the_first_comment_is_no_name(link):
    posts = [f"{n}\n2 hours ago\n{b}\nReply" for n, b in zip(BARE, SAID, strict=True)]
    page = HEAD + f"Comments\n\n{link}\n" + "\n\n".join(posts) + "\n\nTerms   Privacy\n"
    assert [(c.author, c.body) for c in split_layout(page).comments] == list(zip(BARE, SAID, strict=True))
