"""Session 39 (helper H293): fixes to the undated rating cards (parse/rated_cards.py) and the event-title
rule of addressed names (parse/comment_blocks.py) pinned by tests/test_review_s39d.py. Invented text."""

import pytest

from components.parse.layout import split_layout
from components.parse.rated_cards import _dated_below, rated_cards
from tests.layout_support import BODY, comment_rows

# ---- a stamp under a longer text is a dated card's ----

@pytest.mark.parametrize(("text", "dated"), [
    (["Sturdy and easy.", "The hinge is stiff.", "Would buy again.", "3 April 2026"], True),
    (["Sturdy and easy.", "The hinge is stiff.", "Would buy again.", "2 weeks ago"], True),
    (["Sturdy and easy.", "The hinge is stiff.", "Would buy again.", "Came on 3 April, a day early."], False),
    (["Sturdy and easy.", "", "3 April 2026"], False),  # a date after a blank line is no part of this text
])
def test_a_stamp_alone_closing_the_text_under_a_rating(text: list[str], dated: bool) -> None:
    assert _dated_below(text, 0) is dated


# ---- an event noun that is also a surname: a commenter's name before an address ----

@pytest.mark.parametrize(("line", "name"), [
    ("Nia Day 4 Mill Lane Ashby AB1 2CD", "Nia Day"), ("Olu Sale 18 Brook Street Ashby AB1 5XY", "Olu Sale"),
    ("Gwen Service 2 The Green Ashby AB2 7QR", "Gwen Service"),
    ("Summer Craft Fair 4 Mill Lane Ashby AB1 2CD", ""),  # must not fire: three words, an event's title
    ("Race Night 9 High Street Ashby AB1 3GH", ""),  # two event nouns
    ("Ceilidh 9 High Street Ashby AB1 3GH", ""),  # an event noun that is no surname, alone
])
def test_a_surname_like_an_event_noun_after_a_given_name(line: str, name: str) -> None:
    from components.parse.comment_blocks import _addressed_name
    assert _addressed_name(line) == name


# ---- an article's own ratings: a table of categories, a bylined critic's list, the verdict after ----

_LAMP_HEAD = "Orla desk lamp review: bright, but the clamp wobbles\n\nBy Kit Varga\n\n" + BODY + "\n\n"
_LAMP_TAIL = "\n\nMost read\n\nBin collections move to Thursdays\n"


def test_a_ratings_table_of_one_word_categories_is_no_comment_section() -> None:
    page = (_LAMP_HEAD + "Scores\n\nBrightness\n9/10\nLights a whole desk without glare.\n\n"
            "Build\n5/10\nThe clamp loosens within a week of use.\n\n"
            "Price\n7/10\nFair for what you get." + _LAMP_TAIL)
    assert split_layout(page).comments == ()


def test_a_shops_raters_with_full_names_or_handles_are_still_read() -> None:
    """Must not fire: raters with a full name, or handles, under a reviews heading."""
    page = ("Felt Slippers\n\n£19.00\n\nWarm wool slippers, made to order.\n\nReviews (3)\n\n"
            "Bea Thorn\n★★★★★\nToasty and soft.\n\nquill_88\n★★★★☆\nRan a little small.\n\n"
            "Ned Ashe\n★★☆☆☆\nThe sole wore through in a month.\n\nYou might also like\n\nWool Hat\n")
    assert [row[0] for row in comment_rows(page)] == ["Bea Thorn", "quill_88", "Ned Ashe"]


def test_a_bylined_round_up_of_rated_works_stays_the_article() -> None:
    page = (_LAMP_HEAD.replace("Orla desk lamp review: bright, but the clamp wobbles", "Five albums to hear")
            + "Salt Choir\n★★★★☆\nA warm, slow record of sea songs.\n\n"
            "Tin Orchard\n★★☆☆☆\nThree good songs and a lot of filler.\n\n"
            "Greywater\n★★★☆☆\nBest heard loud, late at night." + _LAMP_TAIL)
    assert split_layout(page).comments == ()
    assert "sea songs" in "\n\n".join(split_layout(page).paragraphs)


def test_the_verdict_after_a_pages_reader_ratings_stays_the_article() -> None:
    page = (_LAMP_HEAD + "Reader reviews\n\nMo Quinn\n4/5\nBright enough for drawing.\n\n"
            "Lia Roe\n3/5\nThe clamp needs a washer.\n\n"
            "In short: buy it for the light, and fix the clamp with a rubber washer of your own.\n\n"
            "We will return to the Orla when the maker ships its promised metal clamp this spring."
            + _LAMP_TAIL)
    texts = [c.body for c in split_layout(page).comments]
    assert texts == ["Bright enough for drawing.", "The clamp needs a washer."]
    assert "In short" in "\n\n".join(split_layout(page).paragraphs)


def test_a_last_card_of_two_paragraphs_keeps_them_when_another_card_has_two() -> None:
    """Must not fire: the cards' texts run to more than one paragraph, so the last one's second is its own."""
    lines = ("Reviews (2)\n\nMo Quinn\n4/5\nBright enough for drawing.\n\n"
             "The clamp is poor, though I fixed it.\n\nLia Roe\n3/5\nThe clamp needs a washer.\n\n"
             "Otherwise it is a fine lamp for the money.\n").split("\n")
    found, _ = rated_cards(lines)
    assert found[-1].body.endswith("a fine lamp for the money.")


# ---- a reply thread's count is no pager of the list ----

@pytest.mark.parametrize(("line", "pager"), [("Showing 1-10 of 40 comments", True),
                                             ("Viewing 20 of 75 posts · Next page", True),
                                             ("    Showing 2 of 9 replies", False),
                                             ("Showing 2 of 9 replies", False),
                                             ("    Showing 1-10 of 40 comments", False)])
def test_the_lists_pager_is_flush_and_of_comments(line: str, pager: bool) -> None:
    from components.parse.layout import _list_pager
    assert _list_pager(line) is pager


def test_comments_after_a_reply_threads_count_are_read() -> None:
    page = (BODY + "\n\nComments\n\n"
            "hazel_nut\n4 hours ago\nThe bridge closure is the real story here.\nReply\n"
            "    kit_fox\n    3 hours ago\n    It shuts again in May for the paint.\n    Reply\n"
            "    Viewing 1 of 6 replies\n"
            "marsh_tit\n2 hours ago\nThe bus diversion adds twenty minutes.\nReply\n"
            "\nAbout\nContact\n")
    assert [row[0] for row in comment_rows(page)] == ["hazel_nut", "kit_fox", "marsh_tit"]


# ---- the rating forms: a perfect ten, emoji stars ----

@pytest.mark.parametrize(("line", "rating"), [
    ("10/10", True), ("Rated 10/10", True), ("10 out of 10", True), ("⭐️⭐️⭐️", True), ("⭐⭐⭐⭐⭐", True),
    ("10/5", False), ("11/10", False), ("100/10", False),  # must not fire: no score over its scale
    ("★★★★", False),  # a critic's typed stars, the empty ones undrawn
    ("⭐ Top pick", False)])
def test_a_rating_alone_on_its_line(line: str, rating: bool) -> None:
    from components.parse.rated_cards import _rating
    assert _rating(line) is rating


# ---- the widget's own lines under a card's text ----

def test_the_widgets_prompt_under_a_text_is_no_part_of_it() -> None:
    lines = ("Reviews (2)\n\nMo Quinn\n4/5\nBright enough for drawing.\nThe arm is stiff at first.\n"
             "Was this review helpful? Yes (2) No (1)\n\n"
             "Lia Roe\n3/5\nThe clamp needs a washer.\n\nWas this review helpful?\n").split("\n")
    found, _ = rated_cards(lines)
    # must not fire: the text's second line, a sentence of its own, stays the rater's
    assert [c.body for c in found] == ["Bright enough for drawing.\nThe arm is stiff at first.",
                                       "The clamp needs a washer."]


# ---- names that open like an article's words; a shop's name over its response ----

_TEA = ("Smoky Lapsang Tin\n\n£8.50\n\nA tin of loose leaf tea, smoked over pine.\n\nReviews (9)\n\n"
        "{0}\n★★★★★\nLike a campfire in a cup.\n\n"
        "Ines Carvalho\n★★★☆☆\nToo strong for me, fine for my husband.{1}\n\n"
        "Joss Ward\n★★★★☆\nThe tin is lovely and keeps it fresh.\n\nYou might also like\n\nEarl Grey Tin\n")


@pytest.mark.parametrize("name", ["My Pham", "The Rev Tom Ash", "The Dr. Ola Bell"])
def test_a_rater_whose_name_opens_with_my_or_the_is_read(name: str) -> None:
    assert [row[0] for row in comment_rows(_TEA.format(name, ""))] == [name, "Ines Carvalho", "Joss Ward"]


@pytest.mark.parametrize("line", ["The Verdict", "My favourite tin", "The Rev", "My Tea Tin"])
def test_an_opening_word_alone_is_no_name(line: str) -> None:
    from components.parse.rated_cards import _opened_name
    assert not _opened_name(line)


def test_a_label_like_my_rating_alone_is_no_list_of_cards() -> None:
    """Must not fire: one card under "My Rating" and one rater are no list of readers' ratings."""
    lines = "Our test\n\nMy Rating\n★★★★☆\nA fine tin of tea.\n\nTom Ash\n★★★☆☆\nToo smoky.\n".split("\n")
    assert rated_cards(lines) == ([], set())


@pytest.mark.parametrize("response", ["    Pine & Kettle\n    ", "    The Tea Loft\n    ",
                                      "Pine Kettle Teas\n"])
def test_a_shops_response_is_read_under_its_card(response: str) -> None:
    reply = "Sorry it was too strong, Ines; try a shorter brew of two minutes."
    rows = comment_rows(_TEA.format("Ola Bell", f"\n\n{response}{reply}"))
    assert rows[2] == (response.strip(), "Ines Carvalho", reply)


def test_a_flush_name_and_sentence_after_the_last_card_is_no_response() -> None:
    """Must not fire: after the last card a flush name over a sentence is the page's (a related item)."""
    page = _TEA.replace("\n\nYou might also like\n\nEarl Grey Tin\n",
                        "\n\nEarl Grey Tin\nBergamot and black tea in the same lovely tin.\n")
    assert [row[0] for row in comment_rows(page.format("Ola Bell", ""))] == ["Ola Bell", "Ines Carvalho",
                                                                              "Joss Ward"]
