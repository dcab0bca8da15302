"""Comment sections of map reviews, story-site threads and chat channels, on invented pages: a
review's stamp and rating on one line, a reviewer's profile counts, "by name (uid) on <date>"
headers under a scored title, "Today at 08:02" chat stamps, reply previews over a reply's header,
short messages closed by an emoji and business accounts among the commenters."""

from layout_support import comment_rows

from components.parse.comment_blocks import Kind, classify
from components.parse.layout import split_layout

ARTICLE = ("Ferry timetable to be cut from March\n\nMarch 2, 2026\n\nBy Lena Hart\n\n"
           "The island ferry will run four times a day instead of six from March, the operator said on "
           "Monday, after a year of falling passenger numbers.\n\n"
           "Residents said the change would make it harder to commute to the mainland for work.\n\n")


# ---- map reviews: the stamp and the rating on one line ----

REVIEWS = ARTICLE + ("Reviews\nSort by: Most relevant\n\n"
                     "Ann Rook\nLocal Guide · 12 reviews · 40 photos\na week ago ★★☆☆☆\nAlways late.\n"
                     "Like   Share\n\n"
                     "Harbourside Wedding Films\n3 reviews\n2 weeks ago 4/5\nGreat crew, lovely crossing.\n"
                     "Like   Share\n\n"
                     "Cal Ives\nLocal Guide · 5 reviews\n★★★★★ a month ago\nha 😂\nLike   Share\n")


def test_a_review_stamp_with_its_rating_on_the_line_heads_each_review() -> None:
    assert comment_rows(REVIEWS) == [("Ann Rook", "", "Always late."),
                                  ("Harbourside Wedding Films", "", "Great crew, lovely crossing."),
                                  ("Cal Ives", "", "ha 😂")]
    paragraphs = split_layout(REVIEWS).paragraphs
    assert not any("Local Guide" in p or "★" in p for p in paragraphs)


def test_rated_stamps_and_profile_counts_are_classified() -> None:
    for line in ("a day ago ★★★★★", "5/5 a week ago", "3 days ago 4/5", "★★☆☆☆ 2 months ago"):
        assert classify(line)[0] is Kind.STAMP, line
    assert classify("Local Guide · 112 reviews · 540 photos")[0] is Kind.ACTION
    assert classify("Local Guide · 5 reviews")[0] is Kind.ACTION
    assert classify("Ann Rook · 2 reviews")[0] is Kind.NAME  # a name with its counts stays a name
    assert classify("Ann Rook · 3 comments · 12 likes")[0] is Kind.NAME
    assert classify("I gave it 5/5")[0] is not Kind.STAMP  # a sentence with a rating is no stamp
    assert classify("Ann Rook")[0] is Kind.NAME


def test_a_place_rating_summary_is_not_article_text() -> None:
    page = ARTICLE + "Island Ferries\n4.1 ★★★★☆ 212 reviews\n\nThe operator did not respond to requests.\n"
    assert not any("★" in p for p in split_layout(page).paragraphs)


# ---- story-site threads: "by name (uid) on <date>" under a scored title ----

THREAD = ARTICLE + ("Obligatory (Score:5, Insightful)\n"
                    "by tidewalker (40213) on Monday March 2, 2026 @09:40AM (#6120001)\n\n"
                    "Every island that cut sailings lost its school within a decade.\n\n"
                    "Reply to This   Parent\n\n"
                    "    Re:Obligatory (Score:3)\n"
                    "    by Anonymous Coward on Monday March 2, 2026 @09:52AM (#6120010)\n\n"
                    "    Which islands? Name one.\n\n"
                    "    Reply to This   Parent\n\n"
                    "        Re:Obligatory (Score:2)\n"
                    "        by tidewalker (40213) on Monday March 2, 2026 @10:03AM (#6120022)\n\n"
                    "        Sule, for a start.\n\n"
                    "        Reply to This   Parent\n\n"
                    "Boats (Score:4, Funny)\n"
                    "by keel_over (99120) on Monday March 2, 2026 @10:10AM (#6120030)\n\n"
                    "Four boats a day is three more than my village gets.\n\n"
                    "Reply to This   Parent\n")


def test_a_short_scored_title_is_not_the_author_and_indentation_nests_the_replies() -> None:
    assert [(a, r) for a, r, _ in comment_rows(THREAD)] == [
        ("tidewalker", ""), ("Anonymous Coward", "tidewalker"), ("tidewalker", "Anonymous Coward"),
        ("keel_over", "")]
    layout = split_layout(THREAD)
    assert layout.comments[0].body == "Every island that cut sailings lost its school within a decade."
    assert not any("Reply to This" in c.body for c in layout.comments)
    assert not any("Score:" in p or p.startswith("by ") for p in layout.paragraphs)


def test_a_by_line_with_a_date_in_an_article_is_no_comment_header() -> None:
    page = ARTICLE + ("Photo essay (Score of the week)\nby Lena Hart on Monday March 2, 2026\n\n"
                      "More text here.\n")
    assert split_layout(page).comments == ()


# ---- chat channels: "Name — Today at 08:02", reply previews, reaction rows ----

CHANNEL = ARTICLE + ("#island-news\n"
                     "Welcome to #island-news! This is the start of the #island-news channel.\n\n"
                     "Ann Rook — Yesterday at 21:14\nfour sailings is a joke\n👍 14   😡 3\n\n"
                     "Harbourside Wedding Films — Yesterday at 21:40\n"
                     "We have three weddings booked on the island in June. Not ideal.\n\n"
                     "Cal Ives — Today at 07:02\nha 😂\n\n"
                     "╭── @Ann Rook four sailings is a…\n"
                     "Dee Marr — Today at 07:30\nit was six last year and nobody used the late one\n\n"
                     "Ann Rook — 02/03/2026 08:02\nThe last boat back is the problem, not the first one.\n")


def test_chat_messages_with_today_and_yesterday_stamps_and_a_reply_preview() -> None:
    assert [(a, r) for a, r, _ in comment_rows(CHANNEL)] == [
        ("Ann Rook", ""), ("Harbourside Wedding Films", ""), ("Cal Ives", ""), ("Dee Marr", "Ann Rook"),
        ("Ann Rook", "")]
    layout = split_layout(CHANNEL)
    assert layout.comments[2].body == "ha 😂"
    assert layout.comments[3].body == "it was six last year and nobody used the late one"
    assert not any("Welcome to #" in p or "╭" in p or "Today at" in p for p in layout.paragraphs)
    assert not any("Welcome to" in c.body for c in layout.comments)


def test_today_at_is_a_stamp() -> None:
    assert classify("Ann Rook — Today at 08:02") == (Kind.NAMED, "Ann Rook")
    assert classify("Yesterday at 9:14 PM")[0] is Kind.STAMP


# ---- must not fire ----

def test_a_studio_credit_in_an_article_stays_furniture_and_is_no_commenter() -> None:
    page = ("Wedding season returns to the island\n\nMarch 2, 2026\n\nBy Lena Hart\n\n"
            "Couples are booking the harbour chapel again after two quiet years.\n\n"
            "A bride and groom on the harbour wall.\nHarbourside Wedding Films\n\n"
            "The chapel's diary is full until October, its warden said.\n")
    layout = split_layout(page)
    assert layout.comments == ()
    assert not any(p.startswith("Harbourside Wedding Films") for p in layout.paragraphs)


def test_a_caption_closed_by_an_emoji_is_no_comment() -> None:
    page = ARTICLE + ("The harbour at dawn 🌅\n\nThe operator will publish the new timetable on Friday.\n\n"
                      "Passengers can still buy return tickets at the old price until then 🙂\n")
    layout = split_layout(page)
    assert layout.comments == ()
    assert any(p.startswith("The operator will publish") for p in layout.paragraphs)
