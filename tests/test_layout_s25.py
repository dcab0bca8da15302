"""General page-structure rules from session 25, each on invented pages (and pages they must leave
alone)."""

import pytest

from components.parse.layout import split_layout

BODY = ("The harbour board met on Thursday to settle the ferry timetable, and the room was fuller than "
        "anyone on the board could remember, with people standing along the back wall.\n\n"
        "Most of them had come about the early boat, and most of them left before the vote was taken.")


# ---- a removed comment's notice as a paragraph of its own under a comment's body ----

def test_a_notice_paragraph_under_a_body_is_a_slot_of_its_own() -> None:
    page = (f"Ferry times: the board decides\n\n{BODY}\n\nComments (4)\n\n"
            "tern_watcher 3d\nthe early boat is the only one I can use\n\n"
            "kestrel.lane 2d\nSame here. Without it I lose an hour every morning and I am not alone.\n\n"
            "gull_point 2d\n@kestrel.lane you could try the bus, it is slower but it runs\n\n"
            "This comment has been removed by the member.\n\n"
            "mooring_rope 1d\nI think the timetable is fine as it is.\n\n"
            "Sign in to leave a comment.\n")
    comments = split_layout(page).comments
    assert [(c.author, c.body) for c in comments][2:4] == [
        ("gull_point", "@kestrel.lane you could try the bus, it is slower but it runs"),
        ("", "This comment has been removed by the member.")]
    assert len(comments) == 5


def test_a_comments_second_paragraph_is_still_its_own() -> None:
    page = (f"Ferry times: the board decides\n\n{BODY}\n\nComments (3)\n\n"
            "tern_watcher 3d\nthe early boat is the only one I can use\n\n"
            "kestrel.lane 2d\nSame here. Without it I lose an hour every morning.\n\n"
            "And the comment above was removed for no reason I can see.\n\n"
            "mooring_rope 1d\nI think the timetable is fine as it is.\n")
    comments = split_layout(page).comments
    assert [c.author for c in comments] == ["tern_watcher", "kestrel.lane", "mooring_rope"]
    assert comments[1].body.endswith("removed for no reason I can see.")


# ---- a page's own act and its day as the publication date ----

@pytest.mark.parametrize(("line", "day"), [
    ("Watched 19 Oct, 2026", "2026-10-19"), ("Created October 11, 2026", "2026-10-11"),
    ("asked Oct 16, 2026 at 19:40", "2026-10-16"), ("Reviewed on 3 March 2025", "2025-03-03"),
])
def test_an_act_and_its_day_in_the_head_dates_the_page(line: str, day: str) -> None:
    page = f"The ferry that never came\n\n{line}\n\n{BODY}\n"
    layout = split_layout(page)
    assert layout.date_line == day
    assert not any(line in p for p in layout.paragraphs)


def test_a_question_dates_from_its_asked_stamp_not_its_edit() -> None:
    page = (f"Why did the board cut the early ferry?\nAsked 5 days ago\n\n{BODY}\n\nShare\nFollow\n\n"
            "edited Oct 17, 2026 at 8:12\nasked Oct 16, 2026 at 19:40\n")
    layout = split_layout(page)
    assert layout.title == "Why did the board cut the early ferry?"
    assert layout.date_line == "2026-10-16"


def test_a_sidebar_groups_created_day_after_the_post_dates_nothing() -> None:
    page = (f"Ferry timetable thread\n\n{BODY}\n\nAbout Community\nr/HarbourTown\n"
            "Created Mar 3, 2012\n14.2k\nMembers\n")
    assert split_layout(page).date_line == ""


def test_a_created_word_inside_a_sentence_dates_nothing() -> None:
    page = (f"The ferry that never came\n\n{BODY}\n\n"
            "Created by the harbour board in 1998, the route was busy.\n")
    assert split_layout(page).date_line == ""


# ---- an episode line: the day, the length and the season ----

@pytest.mark.parametrize("line", ["October 14, 2026 · 58 min · Season 6", "October 14, 2026 · 1 hr 4 min",
                                  "October 14, 2026 | Episode 212", "October 14, 2026 · S6 E12"])
def test_an_episode_line_is_a_date_line(line: str) -> None:
    page = (f"Harbour Hours\nA podcast about ferries\n\nEpisode 212\nThe Ferry That Never Came Back\n{line}"
            f"\n\n{BODY}\n")
    layout = split_layout(page)
    assert layout.date_line == "2026-10-14"
    assert layout.title == "The Ferry That Never Came Back"


def test_a_sentence_with_minutes_is_no_date_line() -> None:
    page = f"The ferry that never came\n\n{BODY}\n\nOn October 14, 2026 the boat was 58 min late.\n"
    assert split_layout(page).date_line == ""


# ---- a work's title over its year and its credit ----

@pytest.mark.parametrize("credit", ["Directed by Ann Lindqvist", "by Ann Lindqvist",
                                    "Written by Ann Lindqvist"])
def test_a_works_title_over_its_year_and_credit_is_the_title(credit: str) -> None:
    page = (f"filmgrain\nSign in\nFilms\nLists\n\nTide Line\n2026\n{credit}\n\n"
            f"Review by gull_point ★★½\n\n{BODY}\n")
    assert split_layout(page).title == "Tide Line"


def test_a_short_line_over_a_year_with_no_credit_is_no_title() -> None:
    page = ("Harbour News\nArchive\n2026\nMenu\n\n"
            "The board votes to keep the early ferry after a long night\n\n"
            f"{BODY}\n")
    assert split_layout(page).title == "The board votes to keep the early ferry after a long night"


# ---- a comment of two paragraphs whose first is one short sentence, its stamp under the body ----

def test_a_short_first_paragraph_keeps_its_comment_under_a_removed_slot() -> None:
    page = (f"Ferry times: the board decides\n\n{BODY}\n\nListener comments (9)\n\nSort: Newest first\n\n"
            "gull_point\nThe early boat is the only one I can use, and I have said so twice.\n"
            "October 15, 2026 at 7:41 am\nReply · ♥ 12\n\n"
            "Tern Walker\nThe late boat is worse, honestly, nobody is on it after nine at night.\n"
            "October 15, 2026 at 6:02 am\nReply · ♥ 4\n\n"
            "    Wren (host)\n    In reply to Tern Walker\n"
            "    Fair point, we cover that at the twenty minute mark.\n"
            "    October 15, 2026 at 9:18 am\n    Reply · ♥ 9\n\n"
            "This comment was removed by the hosts.\nOctober 14, 2026 at 11:58 pm\n\n"
            "Rosa Q.\nFirst time writing in.\n\n"
            "Could you ask the board who decides the timetable and when the next review of the whole thing "
            "is due, and whether anyone there rides the early boat?\n"
            "October 14, 2026 at 10:15 pm\nReply · ♥ 21\n\n"
            "Load more comments\n")
    comments = split_layout(page).comments
    assert [(c.author, c.reply_to) for c in comments] == [
        ("gull_point", ""), ("Tern Walker", ""), ("Wren", "Tern Walker"), ("", ""), ("Rosa Q.", "")]
    assert comments[4].body.startswith("First time writing in.\n\nCould you ask")


# ---- a commenter's role beside the name ----

@pytest.mark.parametrize(("header", "name"), [("Dottie (host)", "Dottie"), ("Ann Lee (author)", "Ann Lee"),
                                              ("Ann Lee (Harbour Post)", "Ann Lee")])
def test_a_role_in_brackets_after_the_name_is_not_the_name(header: str, name: str) -> None:
    page = (f"Ferry times: the board decides\n\n{BODY}\n\nComments\n\n"
            "gull_point\n2 hours ago\nThe early boat is the only one I can use.\nLike · Reply\n\n"
            f"{header}\n1 hour ago\nWe will ask the board about it next week.\nLike · Reply\n")
    assert [c.author for c in split_layout(page).comments] == ["gull_point", name]


def test_a_lower_case_word_in_brackets_that_is_no_role_stays() -> None:
    page = (f"Ferry times: the board decides\n\n{BODY}\n\nComments\n\n"
            "gull_point\n2 hours ago\nThe early boat is the only one I can use.\nLike · Reply\n\n"
            "kestrel (lane)\n1 hour ago\nWe will ask the board about it next week.\nLike · Reply\n")
    assert [c.author for c in split_layout(page).comments] == ["gull_point", "kestrel (lane)"]


def test_a_staff_tag_before_a_name_and_stamp_line_is_not_the_name() -> None:
    page = (f"Ferry times: the board decides\n\n{BODY}\n\n214 Comments\n\n"
            "MoorVex  23 Oct @ 10:14am\ngood. a delay is fine, a fake timetable is not\n\n"
            "Tallow  23 Oct @ 10:19am\nSo the boat I took last week was the old one? Say so next time.\n\n"
            "[DEV] Ines_G  23 Oct @ 10:24am\n@Tallow you're right, it should have been in the notes.\n\n"
            "bilge_betty  23 Oct @ 11:02am\nThe new boat is fine, stop complaining about it.\n")
    assert [c.author for c in split_layout(page).comments] == ["MoorVex", "Tallow", "Ines_G", "bilge_betty"]


# ---- a blog's wordmark and tagline, its date header, then the post's title ----

def test_a_blogs_date_header_over_the_title_under_its_wordmark_and_tagline() -> None:
    page = ("HARBOURGIST\nFerry gossip, harbour news and everything in between!\n\n"
            "Home\nNews\nFerries\nContact\n\n"
            "Monday, October 12, 2026\n\n"
            '"We were never told" - harbour board drags ferry firm over cancelled early boat\n\n'
            f"{BODY}\n")
    layout = split_layout(page)
    assert layout.title.startswith('"We were never told" - harbour board drags ferry firm')
    assert layout.date_line == "2026-10-12"
    assert not any("everything in between" in p for p in layout.paragraphs)


def test_a_date_line_over_a_paragraph_of_prose_makes_no_title_of_it() -> None:
    page = ("Harbour Weekly\n\nMonday, October 12, 2026\n\n"
            "The board voted to keep the early ferry after a long night of argument in the hall.\n\n"
            f"{BODY}\n")
    layout = split_layout(page)
    assert not layout.title.startswith("The board voted to keep the early ferry")


# ---- Blogger's "Delete" link under every comment ----

def test_a_delete_link_under_each_comment_is_no_commenter() -> None:
    page = (f"Ferry times: the board decides\n\n{BODY}\n\n12 comments:\n\n"
            "Anonymous said...\nNa wa o. Early boat for who? This board no get shame.\n"
            "12 October 2026 at 08:31\nDelete\nReplies\n"
            "    Rosa Quell 12 October 2026 at 08:45\n    My sister I tell you. They will do anything.\n"
            "    Delete\n"
            "    Anonymous 12 October 2026 at 09:02\n    Abeg the boat was always late, wetin dey new?\n"
            "    Delete\nReply\n\n"
            "Tunde Okoro said...\nThe board get point though. Nobody dey use that boat.\n"
            "12 October 2026 at 08:40\nDelete\nReplies\nReply\n\n"
            "Add comment\nLoad more...\n")
    layout = split_layout(page)
    assert [c.author for c in layout.comments] == ["Anonymous", "Rosa Quell", "Anonymous", "Tunde Okoro"]
    assert "Delete" not in layout.paragraphs


# ---- a site's name in its head and again in its footer ----

def test_a_site_name_printed_again_in_the_footer_is_the_outlet_not_the_title() -> None:
    page = ("Skip to main content\nHarbour & Ferry Answers\nLog in\nSign up\n\nHome\nQuestions\nTags\n\n"
            "Why did the board cut the early ferry from the winter timetable?\n\nAsked 5 days ago\n\n"
            f"{BODY}\n\nIs there any account of who made the call?\n\nYour Answer\n\n"
            "Harbour & Ferry Answers\nTour\nHelp\n")
    layout = split_layout(page)
    assert layout.title == "Why did the board cut the early ferry from the winter timetable?"
    assert layout.outlet_marker == "Harbour & Ferry Answers"


def test_a_headline_printed_again_at_the_end_is_still_the_title_on_a_short_page() -> None:
    page = f"The Ferry That Never Came Back\n\n{BODY}\n\nThe Ferry That Never Came Back\n"
    assert split_layout(page).title == "The Ferry That Never Came Back"


# ---- a Q&A page: comments on the question signed on their line, over the answers' heading ----

QUESTION = ("Why did the board cut the early ferry from the winter timetable?\n\n"
            "Asked 5 days ago\nViewed 3k times\n\n41\n\n"
            "In the spring timetable there were four early sailings, and in the winter one there are none "
            "at all. The board has only said the change was about cost and nothing else.\n\n"
            "Is there any reliable account of who made the decision and when it was made?\n\n"
            "ferries\ntimetables\n\nShare\nImprove this question\nFollow\n\n"
            "asked Oct 16, 2026 at 19:40\n\nharbour_rat\n2,311 ● 4 ● 22\n\n")
ANSWERS = ("3 Answers\nSorted by:\nHighest score (default)\n\n27\n\n"
           "The most detailed account is from the board's minutes of October 12. They say the early boat ran "
           "at a loss all summer and that the operator asked for it to go.\n\n"
           "Share\nImprove this answer\nFollow\n\nanswered Oct 17, 2026 at 9:05\n\n"
           "Delia Marr\n18.4k ● 6 ● 71\n\n"
           "This is the best sourced answer, though the minutes are the board's own. – Tam Ross-Lee "
           "Oct 17, 2026 at 11:30\n\n"
           "@TamRoss-Lee fair, I will add the operator's side when I find it. – Delia Marr "
           "Oct 17, 2026 at 12:02\n\n"
           "Add a comment\n\n9\n\n"
           "The operator's own newsletter says the crew rota could not cover the early sailing after the "
           "summer.\n\nShare\nImprove this answer\nFollow\n\n"
           "answered Oct 18, 2026 at 14:44\n\nkestrel_ink\n612 ● 2 ● 9\n\n"
           "Add a comment\n\nYour Answer\n\nPost Your Answer\n")


@pytest.mark.parametrize("form", ["", "Add a comment\n\n"])
def test_comments_on_the_question_signed_on_their_line_come_before_the_answers(form: str) -> None:
    page = ("Harbour Answers\nLog in\n\n" + QUESTION
            + "Is the early boat in the leaflet the same one as on the board's site? – Okon_R "
              "Oct 16, 2026 at 20:02\n\n"
            + "@Okon_R different boat, the leaflet is last year's. – harbour_rat Oct 16, 2026 at 20:15\n\n"
            + form + ANSWERS)
    layout = split_layout(page)
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("Okon_R", ""), ("harbour_rat", "Okon_R"), ("Delia Marr", ""), ("Tam Ross-Lee", ""),
        ("Delia Marr", "Tam Ross-Lee"), ("kestrel_ink", "")]
    assert not any("●" in p for p in layout.paragraphs)


def test_a_signed_line_over_a_comment_heading_that_is_no_answers_heading_stays_in_the_article() -> None:
    page = (f"Ferry times: the board decides\n\n{BODY}\n\n"
            "Nobody on the board rides the early boat, and it shows. – Ann Lee Oct 16, 2026 at 20:02\n\n"
            "Comments\n\nMaria Ostend\n2 hours ago\nI was there and it was packed.\nLike Reply\n\n"
            "Bo Hart\n1 hour ago\nSo was I, and nobody asked us.\nLike Reply\n")
    layout = split_layout(page)
    assert [c.author for c in layout.comments] == ["Maria Ostend", "Bo Hart"]


# ---- a blog post's notes: reblogs with text and replies are comments, likes and bare reblogs not ----

NOTES = ("Notes\nReplies\nReblogs\nLikes\n\n"
         "gullwing reblogged this from ferrylog and added:\n"
         "the early boat is in the old leaflet too, page two\n\n"
         "harbour-hen liked this\n\n"
         "tern-st replied:\nthe board will never admit it lmao\n\n"
         "puffin-pier reblogged this from gullwing and added:\npage two!!! you're right\n\n"
         "ferrylog replied:\n@tern-st as it should\n\n"
         "quay-side reblogged this from ferrylog\n\n"
         "mooring reblogged this from ferrylog and added:\ncounterpoint: the winter timetable is fine\n\n"
         "(the late boat though)\n\n"
         "Show more notes\n\nMore posts from ferrylog\nthe old pier, annotated\n")


def test_reply_notes_and_reblogs_with_text_are_comments() -> None:
    page = ("tumblr\nFollow ferrylog\n\n"
            "ferry log\nthe early boat deserved better. a blog for lost sailings.\n\n"
            "Ask me anything\nArchive\n\njustice for the early boat: a masterpost\n\n"
            f"{BODY}\n\nPosted on October 20th, 2026 at 11:14 PM\n\n#ferries\n\n1,204 notes\n\n" + NOTES)
    layout = split_layout(page)
    assert [(c.author, c.reply_to) for c in layout.comments] == [
        ("gullwing", ""), ("tern-st", ""), ("puffin-pier", "gullwing"), ("ferrylog", "tern-st"),
        ("mooring", "")]
    assert layout.comments[-1].body.endswith("(the late boat though)")
    assert layout.title == "justice for the early boat: a masterpost"
    assert layout.outlet_marker == "ferry log"
    assert layout.date_line == "2026-10-20"
    assert not any("lost sailings" in p or "old pier" in p for p in layout.paragraphs)


def test_a_wordmark_over_a_short_dek_that_is_a_headline_is_no_blog_name() -> None:
    page = f"Ferry Cut\nThe board drops the early boat after a long night.\n\n{BODY}\n"
    assert split_layout(page).outlet_marker != "Ferry Cut"


# ---- an embedded post as a card: name and handle over the text, the date under it ----

def test_an_embedded_post_card_is_a_tweet_and_its_date_is_not_the_pages() -> None:
    page = ("The ferry that never came back\n\n"
            "The harbour board met on Thursday to settle the timetable, and the room was full of people who "
            "had come about the early boat.\n\nThe captain then posted this:\n\n"
            "Ann Quell (@annquell)\nforty years of early boats and not one of them late. bring it back.\n"
            "October 14, 2026\n\n"
            "The board has not answered her, and it has not said when it will meet again about the boat.\n\n"
            "Posted on October 20th, 2026 at 11:14 PM\n")
    layout = split_layout(page)
    assert [(t.name, t.handle, t.date_text) for t in layout.tweets] == [
        ("Ann Quell", "@annquell", "October 14, 2026")]
    assert layout.tweets[0].body == "forty years of early boats and not one of them late. bring it back."
    assert layout.date_line == "2026-10-20"


def test_a_name_and_handle_line_over_prose_with_no_date_under_it_is_no_card() -> None:
    page = ("The ferry that never came back\n\n"
            "Ann Quell (@annquell)\nforty years of early boats and not one of them late. bring it back.\n\n"
            f"{BODY}\n")
    assert split_layout(page).tweets == ()


# ---- a company's news post: its name alone over the headline ----

def test_a_company_name_alone_over_the_headline_is_the_outlet() -> None:
    page = ("STORE\nCOMMUNITY\n\nAll Games > Ferry Games > News\n\nFerry Tycoon\n\nNorthlight Interactive\n\n"
            f"Update on the early boat in Ferry Tycoon\n\nFri, October 23, 2026\n10:00 AM PDT\n\n{BODY}\n")
    layout = split_layout(page)
    assert layout.title == "Update on the early boat in Ferry Tycoon"
    assert layout.outlet_marker == "Northlight Interactive"


@pytest.mark.parametrize("label", ["Entertainment", "Local News", "Harbour Town"])
def test_a_section_label_over_the_headline_is_no_outlet(label: str) -> None:
    page = f"{label}\n\nThe board votes to keep the early ferry after a long night\n\n{BODY}\n"
    assert split_layout(page).outlet_marker == ""


# ---- furniture of crowdfunding, Q&A and diary pages, syndication and credit lines ----

@pytest.mark.parametrize("line", [
    "$18,420 raised of $25,000 goal", "£3,100 raised", "611 donations", "42 backers",
    "Rosa Quell is organizing this fundraiser.", "Update 2 · October 16, 2026 by Rosa Quell",
    "Words of support (212)", "Please donate to share words of support.", "Report fundraiser",
    "Donation protected", "Improve this question", "Improve this answer", "Your Answer", "Post Your Answer",
    "Not the answer you're looking for? Browse other questions tagged ferries or ask your own question.",
    "Hot Network Questions", "edited Oct 17, 2026 at 8:12", "site design / logo © 2026 Ferry Answers Inc",
    "This review may contain spoilers.", "Like review",
    "(This story has not been edited by Harbour Courier staff and is auto-generated from a feed.)",
    "Valve Corporation. All trademarks are property of their respective owners in the US.",
    'Music: "Tide on the Wire" by The Tuesday Static', "See screenshots of her statement below...",
])
def test_page_furniture_of_these_kinds_leaves_the_article(line: str) -> None:
    page = f"The ferry that never came back\n\n{BODY}\n\n{line}\n\n{BODY.split(chr(10))[0]}\n"
    assert not any(line in p for p in split_layout(page).paragraphs)


@pytest.mark.parametrize("line", [
    "The fund raised $18,420 of its $25,000 goal in a week, the organiser said.",
    "She said the update was not enough and that the board had to explain itself.",
    "Music: the board's brass band will play at the reopening on Saturday.",
    "See you all at the harbour on Saturday morning, and bring a coat.",
    "The review found the board had edited the timetable twice without telling anyone.",
])
def test_article_sentences_like_that_furniture_stay(line: str) -> None:
    page = f"The ferry that never came back\n\n{BODY}\n\n{line}\n"
    assert any(line in p for p in split_layout(page).paragraphs)


# ---- a post written all in lower case names its people in lower case ----

CONFIG = ('[corpus]\nname = "ferry"\n\n[[sides]]\nid = "crew"\nname = "Oskar Lindqvist-Berg"\n'
          'aliases = ["Lindqvist-Berg"]\nhandles = []\npronoun = "he"\ndescriptors = []\n'
          'position_cues = []\n\n'
          '[[sides]]\nid = "board"\nname = "Mina Rosswell"\naliases = ["Rosswell"]\nhandles = []\n'
          'pronoun = "she"\ndescriptors = []\nposition_cues = []\n')


def _speakers(tmp_path, page: str) -> dict[str, str]:
    from components.core.config import load_config
    from components.parse.parser import parse_document
    (tmp_path / "corpus.toml").write_text(CONFIG, encoding="utf-8")
    parsed = parse_document("d", "d.txt", page, "0" * 64, load_config(tmp_path))
    return {m.get("text") or "": m.get("speaker") or "" for m in parsed.mentions}


def test_lower_case_names_in_a_lower_case_post_are_the_speakers(tmp_path) -> None:
    page = ("justice for the early boat: a masterpost\n\n"
            "ok so half my dash is asking what happened to the early boat, so here is everything we know.\n\n"
            "1. the captain's side. lindqvist-berg said in the harbour interview: \"I ran that boat for "
            "eleven years and nobody asked me once.\"\n\n"
            "2. the board's side. rosswell told the town meeting that \"a timetable is what survives the "
            "budget, not what was promised.\" make of that what you will.\n")
    said = _speakers(tmp_path, page)
    assert [v for k, v in said.items() if "eleven years" in k] == ["Oskar Lindqvist-Berg"]
    assert [v for k, v in said.items() if "survives the budget" in k] == ["Mina Rosswell"]


def test_a_lower_case_word_in_an_ordinary_post_is_no_name(tmp_path) -> None:
    page = ("The board's side of the ferry story\n\n"
            "The ferry crews met on Tuesday. One of them said the rosswell pier \"is falling apart and "
            "nobody on the board has been to see it.\"\n")
    said = _speakers(tmp_path, page)
    assert [v for k, v in said.items() if "falling apart" in k] != ["Mina Rosswell"]
