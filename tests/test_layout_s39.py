"""Session 39 (helper H282): layout faults reported in general terms, fixed on invented pages."""

import pytest

from components.parse.layout import split_layout
from components.parse.rated_cards import rated_cards
from tests.layout_support import BODY, comment_rows

# ---- undated rating cards: a name, the rating alone on the line under it, the text ----

_PRODUCT = ("Handmade Bird Feeder Kit\n\n$24.00\n\n"
            "A cedar feeder you can build in an afternoon, with every screw and a guide in the box.\n\n"
            "The kit comes flat-packed with pre-drilled panels, a copper roof and a chain. Most buyers "
            "finish it in under two hours with a screwdriver.\n\n"
            "{heading}"
            "Harriet Osei\n{r4}\nLovely kit, though the roof panel needed a little sanding.\n\n"
            "Dmitri Vale\n{r5}\nMy daughter built it by herself and the tits moved in within a week.\n\n"
            "    Wrenfield Workshop\n    Thank you Dmitri, that is exactly what we hoped for.\n\n"
            "Priya Nandakumar\n{r2}\nTwo screws were missing and it took a fortnight to get "
            "replacements.\n\nYou might also like\n\nNest Box Kit\nBat Box Kit\n")
_FORMS = {"stars": ("★★★★☆", "★★★★★", "★★☆☆☆"),
          "out of": ("4 out of 5 stars", "5 out of 5 stars", "2 out of 5 stars"),
          "rated": ("Rated 4/5", "Rated 5/5", "Rated 2/5")}
_ROWS = [("Harriet Osei", "", "Lovely kit, though the roof panel needed a little sanding."),
         ("Dmitri Vale", "", "My daughter built it by herself and the tits moved in within a week."),
         ("Wrenfield Workshop", "Dmitri Vale", "Thank you Dmitri, that is exactly what we hoped for."),
         ("Priya Nandakumar", "", "Two screws were missing and it took a fortnight to get replacements.")]


def _product(form: str, heading: str) -> str:
    r4, r5, r2 = _FORMS[form]
    return _PRODUCT.format(heading=heading, r4=r4, r5=r5, r2=r2)


@pytest.mark.parametrize("form", sorted(_FORMS))
@pytest.mark.parametrize("heading", ["Reviews (44)\n\n", "Ratings and reviews\n\n", ""])
def test_undated_rating_cards_are_comments(form: str, heading: str) -> None:
    assert comment_rows(_product(form, heading)) == _ROWS


def test_the_reviews_heading_leaves_the_article() -> None:
    layout = split_layout(_product("stars", "Reviews (44)\n\n"))
    assert layout.title == "Handmade Bird Feeder Kit"
    assert not any("Reviews (44)" in p or "★" in p for p in layout.paragraphs)
    assert layout.paragraphs[0].startswith("A cedar feeder")


_COURSE = ("Watercolour for Absolute Beginners\n\nA six-week course by Ines Carvalho\n\n"
           + BODY + "\n\nStudent feedback\n\n"
           "marco_paints\n4.5 out of 5 stars\nThe lessons on washes finally made sense to me.\n\n"
           "I would have liked more on mixing greens, but the pace was right.\n\n"
           "Aileen K.\n5 out of 5 stars\nClear, calm and never rushed.\n\n"
           "    Ines Carvalho\n    Thank you Aileen, I am glad the wet-on-wet lesson helped.\n\n"
           "Show more reviews\n")


def test_course_page_cards_with_two_paragraphs_and_the_teachers_answer() -> None:
    assert comment_rows(_COURSE) == [
        ("marco_paints", "", "The lessons on washes finally made sense to me.\n\n"
                             "I would have liked more on mixing greens, but the pace was right."),
        ("Aileen K.", "", "Clear, calm and never rushed."),
        ("Ines Carvalho", "Aileen K.", "Thank you Aileen, I am glad the wet-on-wet lesson helped.")]


_APP = ("Tidepool Timer\n\nFocus timer with tide sounds\n\n" + BODY + "\n\nRatings and reviews\n\n"
        "4.6 out of 5\n\n"
        "sailor_jo\n★★★★★\nThe only timer that does not make me anxious.\n\n"
        "Bram Oduya\n★★★☆☆\nGood, but the widget resets itself after every update.\n\n"
        "    Kelpie Apps\n    Sorry about that Bram, a fix for the widget is in the next release.\n\n"
        "Tomasz\n★★★★☆\nWish it had a dark mode.\n\nMore by Kelpie Apps\n\nDrift Notes\n")


def test_app_listing_cards_under_a_ratings_summary() -> None:
    assert [row[:2] for row in comment_rows(_APP)] == [
        ("sailor_jo", ""), ("Bram Oduya", ""), ("Kelpie Apps", "Bram Oduya"), ("Tomasz", "")]


# must not fire: an article's round-up of venues and their stars, with or without the stars on a line
# of their own, and a list of two cards with no heading

_ROUNDUP_INTRO = ("Where to eat in Ashby this winter\n\nBy Ann Lee\n\n" + BODY + "\n\n")
_ROUNDUP_TAIL = ("\n\nThe best of them are booked weeks ahead, so ring before you set off, and ask about the "
                 "set lunch menus, which most of the kitchens on this list now serve on weekdays.\n\n"
                 "Most read\n\nRoadworks on the bypass to last into June\n")


@pytest.mark.parametrize("cards", [
    ("The Lantern Room ★★★★\nA tiny dining room above a bookshop, where the lamb is slow-cooked.\n\n"
     "Maple & Rye ★★★\nA bakery by day and a wine bar by night, with a short and clever menu.\n\n"
     "Osteria Lupo ★★★★\nHandmade pasta in a former bank, and the best tiramisu in the county."),
    ("The Lantern Room\n★★★★\nA tiny dining room above a bookshop, where the lamb is slow-cooked.\n\n"
     "Maple & Rye\n★★★\nA bakery by day and a wine bar by night, with a short and clever menu.\n\n"
     "The Old Forge\n★★★★\nHandmade pasta in a former smithy, and the best tiramisu in the county."),
    ("Osteria Lupo\n★★★★\nA tiny dining room above a bookshop, where the lamb is slow-cooked.\n\n"
     "Kin\n★★★\nA bakery by day and a wine bar by night, with a short and clever menu.\n\n"
     "Salt Cellar\n★★★★\nHandmade pasta in a former smithy, and the best tiramisu in the county."),
])
def test_a_critics_roundup_is_no_comment_section(cards: str) -> None:
    page = _ROUNDUP_INTRO + cards + _ROUNDUP_TAIL
    assert rated_cards(page.split("\n")) == ([], set())
    assert split_layout(page).comments == ()


def test_two_cards_with_no_heading_are_no_section() -> None:
    page = (BODY + "\n\nHarriet Osei\n★★★★☆\nLovely kit, though the roof needed sanding.\n\n"
            "Dmitri Vale\n★★★★★\nMy daughter built it by herself.\n")
    assert rated_cards(page.split("\n")) == ([], set())


def test_dated_cards_stay_the_generic_readers() -> None:
    page = _product("stars", "Reviews (44)\n\n")
    for stars, age in (("★★★★☆", "4 days ago"), ("★★★★★", "2 weeks ago"), ("★★☆☆☆", "1 month ago")):
        page = page.replace(f"{stars}\n", f"{stars}\n{age}\n")
    assert rated_cards(page.split("\n")) == ([], set())
    assert [row[0] for row in comment_rows(page)][:2] == ["Harriet Osei", "Dmitri Vale"]


@pytest.mark.parametrize("line", ["The Lantern Room", "Maple & Rye", "Our verdict", "★★★★☆",
                                  "My favourite mug ever"])
def test_lines_that_are_no_raters_name(line: str) -> None:
    from components.parse.rated_cards import _rater
    assert not _rater(line)


# ---- an events list: an event's title before its venue's address is no commenter's name ----

@pytest.mark.parametrize(("line", "name"), [
    ("Quiz Night 9 High Street Ashby AB1 3GH", ""), ("Car Boot Sale 12 Church Road Ashby AB1 4EF", ""),
    ("Ian Hale 4 Mill Lane Ashby AB1 2CD", "Ian Hale"),
    ("Mrs Ann Day 4 Mill Lane Ashby AB1 2CD", "Mrs Ann Day"),  # a titled name is a person's
    ("Dale Lighting Ltd Unit 4 Canal Side Ashby AB2 5GH", "Dale Lighting Ltd")])
def test_event_titles_are_no_addressed_names(line: str, name: str) -> None:
    from components.parse.comment_blocks import _addressed_name
    assert _addressed_name(line) == name


@pytest.mark.parametrize(("line", "poster"), [("Sat 14 Nov 2026", ""), ("Tuesday 17 Nov 2026", ""),
                                              ("Juniper4tea Sat 16-Mar-19 20:14:08", "Juniper4tea"),
                                              ("Sunny 14 Nov 2026", "Sunny")])
def test_a_weekday_before_a_date_is_no_poster(line: str, poster: str) -> None:
    from components.parse.layout import _dated_header
    assert _dated_header(line) == poster


def test_an_events_list_of_days_is_no_board() -> None:
    page = ("Half-term in Ashby\n\n" + BODY + "\n\nWhat's on\n\n"
            "Mon 16 Feb 2026\nPond dipping at the nature reserve for under-tens, nets provided.\n\n"
            "Wed 18 Feb 2026\nA family film in the library, with popcorn at the interval.\n\n"
            "Fri 20 Feb 2026\nStory time and a craft table in the church hall from ten.\n\n"
            "Most read\n\nRoadworks on the bypass to last into June\n")
    assert split_layout(page).comments == ()


# ---- a removed comment's notice over a removed comment's header keeps its own slot ----

_REMOVED = "This comment has been removed by a moderator."


def _removed_page(standing: bool) -> str:
    return (BODY + "\n\nComments\n\n"
            "Ines Moreau\n5 hours ago\nThe ferry used to run twice a day in winter.\nReply\n\n"
            + (f"{_REMOVED}\n\n" if standing else "")
            + f"saltmarsh_44\n3 hours ago\n{_REMOVED}\nReply\n\n"
            "Owen Pryce\n1 hour ago\nI will write to the trust tonight.\nReply\n\n"
            "Most read\n\nRoadworks on the bypass to last into June\n")


@pytest.mark.parametrize("standing", [True, False])
def test_standing_notice_counts_once_over_a_removed_comment(standing: bool) -> None:
    rows = comment_rows(_removed_page(standing))
    slot = [""] if standing else []
    assert [row[0] for row in rows] == ["Ines Moreau", *slot, "saltmarsh_44", "Owen Pryce"]
    assert rows[-2][2] == _REMOVED


# ---- an age with its edit count is a stamp ("2 days ago (1 edit)") ----

@pytest.mark.parametrize("line", ["2 days ago (1 edit)", "3 hours ago (2 edits)", "Nov 21 (3 edits)"])
def test_an_age_with_its_edit_count_is_a_stamp(line: str) -> None:
    from components.parse.comment_blocks import Kind, classify
    assert classify(line)[0] is Kind.STAMP


@pytest.mark.parametrize("line", ["I made 2 edits", "(1 edit)", "There were (2 edits) to the plan"])
def test_edit_counts_in_sentences_are_no_stamp(line: str) -> None:
    from components.parse.layout import _is_stamp
    assert not _is_stamp(line)


# ---- a comment list's pager closes the list; the store's sign-in prompt is furniture ----

_PAGED = (BODY + "\n\nComments\n\nSign in with tinkershed.io to leave a comment.\n"
          "Showing 3 of 41 comments · Next page · Last page\n"
          "rook_and_pawn\n3 days ago (1 edit)\nThe second act has the best puzzles.\nReply\n"
          "mossy.bank\n2 days ago\nCould not get the controller to work on Linux.\nReply\n"
          "    Tinkershed Games\n    1 day ago\n    Patch 1.2 fixes it, sorry.\n    Reply\n"
          "Showing 3 of 41 comments · Next page · Last page\n"
          "tinkershed.io\nView all by Tinkershed Games\nReport\nEmbed\n")


def test_a_pager_under_the_comments_closes_them() -> None:
    assert [row[:2] for row in comment_rows(_PAGED)] == [
        ("rook_and_pawn", ""), ("mossy.bank", ""), ("Tinkershed Games", "mossy.bank")]


@pytest.mark.parametrize("line", ["Showing 3 of 41 comments · Next page · Last page",
                                  "Viewing most recent 10 of 87 comments", "Displaying 1-20 of 212 reviews",
                                  "Sign in with tinkershed.io to leave a comment.",
                                  "From €1,140", "per person", "Download demo", "Development log",
                                  "Tinkershed_win.zip 1.2 GB",
                                  "In order to download this game you must purchase it at or above the "
                                  "minimum price of $5 USD."])
def test_store_and_pager_lines_are_furniture(line: str) -> None:
    from components.parse.layout import _is_furniture
    assert _is_furniture(line)


@pytest.mark.parametrize("line", ["Showing 3 of 41 comments was enough to see the mood of the town.",
                                  "From £5 a month the club will pay for the pitch",
                                  "per person, the fee is lower than last year",
                                  "The log files ran to 3 GB by the end of the week.",
                                  "Our development log shows this"])
def test_sentences_like_the_store_lines_stay_text(line: str) -> None:
    from components.parse.layout import _is_furniture
    assert not _is_furniture(line)


# ---- a publisher's brand word names the paper whose masthead the head prints ----

def test_publishers_brand_names_the_paper_in_the_head() -> None:
    from components.parse.layout import _paper_of_brand
    head = ["Skip to content", "The Brackmoor Courier", "Subscribe", "News", "Sport"]
    assert _paper_of_brand("Brackmoor", head) == "The Brackmoor Courier"
    assert _paper_of_brand("Brackmoor", ["Brackmoor Courier", "News"]) == "Brackmoor Courier"


@pytest.mark.parametrize("head", [["The Brackmoor Arms", "News"], ["The Brackmoor Courier Group", "News"],
                                  ["Brackmoor", "News"], ["The Aldwick Courier", "News"]])
def test_brand_without_its_paper_line_names_nothing(head: list[str]) -> None:
    from components.parse.layout import _paper_of_brand
    assert _paper_of_brand("Brackmoor", head) == ""


# ---- a devlog's entries (a title over its age, another pair over or under it) are no headline ----

_LOG = ["Tide Lantern", "A slow puzzle game about a lighthouse.", "Buy Now$6.00 USD or more",
        "Development log", "Patch 1.1: a save fix", "2 days ago", "Autumn sale starts", "9 days ago",
        "Launch day", "12 days ago", "Comments"]


@pytest.mark.parametrize("k", [4, 6, 8])
def test_devlog_entries_are_entries(k: int) -> None:
    from components.parse.layout import _entry_over_entry
    assert _entry_over_entry(_LOG, k)


def test_a_headline_over_its_age_alone_is_no_entry() -> None:
    from components.parse.layout import _entry_over_entry
    lines = ["News", "Council votes to keep the skate park", "2 hours ago", "By Ann Lee", BODY]
    assert not _entry_over_entry(lines, 1)


def test_a_store_page_without_blank_lines_keeps_its_description() -> None:
    page = "\n".join([
        "tinkershed.io", "Browse Games", "Log in", "Register", "Follow Tinkershed Games", "Tide Lantern",
        "A slow puzzle game about a lighthouse.", "Buy Now$6.00 USD or more",
        "Tide Lantern is a slow puzzle game about a keeper who has to relight the lamp every night "
        "before the boats come home.", "More information", "Published\tOct 3, 2026", *_LOG[3:],
        "rook_and_pawn", "3 days ago", "The second act has the best puzzles.", "Reply",
        "mossy.bank", "2 days ago", "Could not get the controller to work on Linux.", "Reply",
        "About", "FAQ"])
    layout = split_layout(page)
    assert layout.title not in {"Patch 1.1: a save fix", "Autumn sale starts", "Launch day"}
    assert any("relight the lamp every night" in p for p in layout.paragraphs)


@pytest.mark.parametrize("header", ["Great tour\nVisited October 2026 • Couples",
                                    "Best kit ever!\nReviewed in the United Kingdom on 3 October 2026"])
def test_cards_with_a_title_over_their_stamp_are_no_undated_cards(header: str) -> None:
    from components.parse.rated_cards import _card_at
    rating = "4 out of 5 stars\n"
    lines = _product("out of", "Reviews (44)\n\n").replace(rating, f"{rating}{header}\n").split("\n")
    assert not _card_at(lines, lines.index("Harriet Osei"))
