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
