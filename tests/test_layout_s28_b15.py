"""Session 28 (helper b15): general comment and page-head rules, each on invented pages, with
must-not-fire cases on ordinary pages."""

from layout_support import BODY, authors_of

from components.parse.comment_blocks import split_stamp
from components.parse.layout import is_removal_notice, split_layout

# ---- a blog's numbered comment list: "1. Name says:" with the comment hung under the name ----

NUMBERED = ("Quarry plan is approved after a long night of debate\n\nMarch 3, 2026 ~ Ann Lee\n\n" + BODY
            + "\n\n5 thoughts on \u201cQuarry plan is approved\u201d\n\n"
            "  1. Piet Varga says:\n"
            "     March 3, 2026 at 9:12 am\n"
            "     The vote was closer than anyone expected and the chamber knew it.\n"
            "     Reply\n"
            "       1. Ann Lee says:\n"
            "          March 3, 2026 at 9:40 am\n"
            "          It was, and the recount made it closer still.\n"
            "          Reply\n"
            "  2. Pingback: Weekly links: quarries, ferries and the budget | Harbour Notes\n"
            "  3. Comment removed by the site owner.\n"
            "  4. Dora Mbeki says:\n"
            "     March 3, 2026 at 11:03 am\n"
            "     My street floods every winter and nobody on the council has ever come to look.\n"
            "     Reply\n")


def test_a_numbered_comment_list_is_read_with_its_replies() -> None:
    comments = split_layout(NUMBERED).comments
    assert [c.author for c in comments] == ["Piet Varga", "Ann Lee", "", "Dora Mbeki"]
    assert comments[1].reply_to == "Piet Varga"
    assert comments[0].body.startswith("The vote was closer")


def test_a_pingback_row_in_a_numbered_comment_list_is_no_comment() -> None:
    assert not any("Pingback" in c.body or "Pingback" in c.author for c in split_layout(NUMBERED).comments)


def test_an_article_numbered_list_stays_in_the_article() -> None:
    page = ("How to rest a dough properly\n\nBy Ann Lee\nMarch 3, 2026\n\n" + BODY + "\n\n"
            "1. Mix the flour and the butter until it looks like sand.\n"
            "2. Add the milk a spoonful at a time and stop when it holds.\n"
            "3. Rest it for thirty minutes before you roll it out.\n")
    layout = split_layout(page)
    assert not layout.comments
    assert any(p.startswith("1. Mix the flour") for p in layout.paragraphs)


def test_a_numbered_list_with_hanging_lines_is_no_comment_section() -> None:
    page = ("How to rest a dough properly\n\nBy Ann Lee\nMarch 3, 2026\n\n" + BODY + "\n\n"
            "  1. Mix the flour and the butter\n"
            "     until it looks like wet sand.\n"
            "  2. Add the milk a spoonful at a time\n"
            "     and stop when the dough holds.\n")
    layout = split_layout(page)
    assert not layout.comments
    assert any("Mix the flour" in p for p in layout.paragraphs)


# ---- "Name on Chapter 4 <stamp>": a fic archive's comment header ----

def test_a_name_on_a_chapter_before_the_stamp_is_the_author() -> None:
    assert split_stamp("quillfox on Chapter 4 Thu 19 Nov 2026 10:14PM UTC") == (
        "quillfox", "Thu 19 Nov 2026 10:14PM UTC")
    assert split_stamp("Ann Lee on Part 2 3 hours ago") == ("Ann Lee", "3 hours ago")


def test_prose_with_on_and_a_date_names_nobody() -> None:
    assert split_stamp("We met him on Monday 3 March 2026") is None
    assert split_stamp("The report was published on Monday 3 March 2026") is None


def test_chapter_comments_are_read() -> None:
    page = ("the lighthouse keeper's daughter\nquillfox\n\nChapter Text\n" + BODY + "\n\nComments (9)\n\n"
            "saltwren on Chapter 4 Thu 19 Nov 2026 10:14PM UTC\n"
            "this chapter wrecked me in the best way, the lamp scene especially\n"
            "Reply Thread\n\n"
            "    quillfox on Chapter 4 Thu 19 Nov 2026 10:31PM UTC\n"
            "    thank you!! the lamp scene was the first thing I wrote\n"
            "    Reply Parent Thread\n\n"
            "(Previous comment deleted.)\n\n"
            "Marta_K on Chapter 4 Fri 20 Nov 2026 07:45AM UTC\n"
            "Is the next chapter still going up next week? No pressure at all\n"
            "Reply Thread\n")
    comments = split_layout(page).comments
    assert [c.author for c in comments] == ["saltwren", "quillfox", "", "Marta_K"]
    assert comments[1].reply_to == "saltwren"


# ---- a removed comment's notice in brackets, naming the previous comment ----

def test_a_previous_comment_deleted_notice_is_a_removal_notice() -> None:
    assert is_removal_notice("(Previous comment deleted.)")
    assert is_removal_notice("Previous reply removed by a moderator")
    assert not is_removal_notice("Original message was deleted")  # a chat reply's preview of its parent
    assert not is_removal_notice("Previous winners of the prize include two poets.")


# ---- a journal's comments: "Re:" subject, "Date:" over "From: [personal profile] name", indents ----

JOURNAL = ("the night the ferry was late\n\n" + BODY + "\n\n"
           "Re: the ferry\n"
           "Date: 2026-03-16 10:05 pm (UTC)\n"
           "From: [personal profile] gullwatch\n"
           "I was on the pier and I can confirm it came in forty minutes after the timetable said.\n"
           "(Reply) (Thread) (Link)\n\n"
           "    Re: the ferry\n"
           "    Date: 2026-03-16 10:31 pm (UTC)\n"
           "    From: [personal profile] harbour_jo\n"
           "    Forty is generous, I counted nearer fifty from the café window.\n"
           "    (Reply) (Parent) (Thread) (Link)\n\n"
           "(no subject)\n"
           "Date: 2026-03-16 10:48 pm (UTC)\n"
           "From: (Anonymous)\n"
           "Ferries are always late in March, the wind is the wind and nobody can help it.\n"
           "(Reply) (Thread) (Link)\n\n"
           "    Re: (no subject)\n"
           "    Date: 2026-03-16 11:15 pm (UTC)\n"
           "    From: [identity profile] saltmarsh.example.net\n"
           "    Except the wind was calm on Tuesday and the timetable was still wrong.\n"
           "    (Reply) (Parent) (Thread) (Link)\n")


def test_journal_comments_with_the_date_over_the_name_are_read() -> None:
    comments = split_layout(JOURNAL).comments
    assert [c.author for c in comments] == ["gullwatch", "harbour_jo", "Anonymous", "saltmarsh.example.net"]
    assert comments[0].body.startswith("I was on the pier")
    assert [c.reply_to for c in comments] == ["", "gullwatch", "", "Anonymous"]


def test_a_re_subject_line_is_no_action_row() -> None:
    from components.parse.comment_blocks import Kind, classify
    assert classify("Re: the ferry")[0] is Kind.SHORT
    assert classify("From: [personal profile] gullwatch") == (Kind.NAME, "gullwatch")
    assert classify("From: (Anonymous)") == (Kind.NAME, "Anonymous")
    assert classify("From: [identity profile] saltmarsh.example.net") == (Kind.NAME, "saltmarsh.example.net")


def test_an_icon_label_over_a_sentence_is_no_author() -> None:
    from components.parse.comment_blocks import Kind, classify
    assert classify("From: [personal profile] the ferry was late again today.")[0] is not Kind.NAME


def test_a_date_over_a_name_over_the_article_is_no_comment() -> None:
    page = ("Quarry plan is approved after a long night of debate\n\nMarch 3, 2026\nAnn Lee\n\n" + BODY
            + "\n\nTuesday's vote\n\nThe second paragraph of the story goes on about the vote.\n")
    layout = split_layout(page)
    assert not layout.comments
    assert any(p.startswith("When the council met") for p in layout.paragraphs)


# ---- a photo page's album and group cards ("212 items", "18.4K members") are no comments ----

PHOTO = ("Harbour lights at dusk\n\n" + BODY + "\n\nThis photo is in 2 albums\n"
         "  \u2022 Harbour 2026\n    212 items\n  \u2022 Night, 2026\n    87 items\n"
         "This photo is in 1 group\n  \u2022 Coastal Light\n    18.4K members\n\n"
         "Ann Lee  9d\nThat blue against the white lights is unreal, great frame.\n\n"
         "Piet Varga  8d\n@Ann Lee I was standing right behind you when this was taken.\n\n"
         "Dora Mbeki  6d\nThe harbour has never looked this good in a photo, honestly.\n")


def test_album_and_group_cards_are_no_comments() -> None:
    assert authors_of(PHOTO) == ["Ann Lee", "Piet Varga", "Dora Mbeki"]


def test_a_bullet_comment_with_a_short_body_is_still_read() -> None:
    page = ("Quarry plan is approved\n\n" + BODY + "\n\nComments\n"
            "  \u2022 Ann Lee\n    so true, 3 hours of debate\n"
            "  \u2022 Piet Varga\n    I was there for the whole vote and it was tense.\n")
    assert authors_of(page) == ["Ann Lee", "Piet Varga"]


def test_app_cards_with_the_same_category_are_no_comments() -> None:
    page = ("Harbour Timer\n\n" + BODY + "\n\nRatings and Reviews\n\n"
            "Lost my saved timers after the update\n11/21/2026\nPiet Varga\n"
            "Every timer I had saved is gone and support has not answered in a week.\n\n"
            "Still the best kitchen timer\n11/20/2026\nDora Mbeki\n"
            "Loud, simple and it never crashes. Five stars from me, whatever the others say.\n\n"
            "You Might Also Like\n  \u2022 Proof Box\n    Food & Drink\n"
            "  \u2022 Salt Cellar\n    Food & Drink\n")
    assert authors_of(page) == ["Piet Varga", "Dora Mbeki"]
