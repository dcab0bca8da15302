"""Session 34 (helper b21): general rules for page heads, furniture, comment sections and signed posts
met on a Scottish daily, a Sri Lankan English-language daily, a radio station's news page, council
minutes, an employer-review site, a pin, an album's score page and a post's replies, each on invented
pages, with must-not-fire cases."""

import pytest
from layout_support import BODY, comment_rows

from components.parse.comment_blocks import split_stamp
from components.parse.layout import (
    _block_headline,
    _dated_dash_signature,
    _full_sentence,
    _is_action_line,
    _ticker_line,
    split_layout,
)

HEAD = "Harbour board votes to close the old fish quay\n\n"

# ---- a market and weather bar: a currency's rate alone, an index's change after an arrow ----


def test_a_bar_with_a_currency_rate_and_an_arrowed_index_change_is_a_ticker() -> None:
    assert _ticker_line("EUR 1.0842   |   Valletta 22°C   |   MSE 4,118.20 ▼ 0.37%")
    assert _ticker_line("GBP 412.75 | Lahore 31°C")


def test_a_sentence_with_a_rate_and_a_rise_is_not_a_ticker() -> None:
    assert not _ticker_line("The rate rose to USD 298.40 after the index climbed 0.41% on Monday.")
    assert not _ticker_line("USD 298.40")
    assert not _ticker_line("Turnout 61% | Labour 41% ▲ 3%")  # an election's shares: the article's data


# ---- a head block on a page with no blank lines: menu rows and bars above a dated headline ----

_HEAD_LINES = ["Archive   Puzzles   Subscribe   Log in   Help",
               "THE MARSHFIELD LANTERN",
               "Weekend   Money   Travel   Food   Culture",
               "NOK 10.84   |   Bergen 4°C   |   OSEBX 1,402.77 ▲ 0.12%",
               "Harbour board votes to close the old fish quay after storm damage",
               "14 March 2026 9:40 am - 12 - 3",
               "By Ingrid Solberg"]


def test_a_dated_headline_under_menu_rows_and_a_market_bar_is_the_block_headline() -> None:
    found = _block_headline("\n".join(_HEAD_LINES))
    assert found is not None
    assert found[0] == "Harbour board votes to close the old fish quay after storm damage"


def test_an_undated_line_under_a_menu_row_is_not_taken_for_the_headline() -> None:
    lines = ["Archive   Puzzles   Subscribe   Log in   Help",
             "Free returns on every order over twenty pounds",
             "Spring Sale",
             "Shop   Brands   Offers   Help"]
    assert _block_headline("\n".join(lines)) in (None, ("Spring Sale", ""))
    found = _block_headline("\n".join(lines))
    assert found is None or found[0] != "Free returns on every order over twenty pounds"


def test_a_page_without_blank_lines_gets_its_dated_headline_as_title() -> None:
    body = ["The harbour board voted on Friday to close the old fish quay, which lost a third of its "
            "decking in the February storm, and to move the landing of catches to the north pier.",
            "\"We cannot ask crews to tie up to something we would not walk on,\" the board's chair said."]
    page = split_layout("\n".join(_HEAD_LINES + body) + "\n")
    assert page.title == "Harbour board votes to close the old fish quay after storm damage"
    assert not any("OSEBX" in p for p in page.paragraphs)


# ---- a comment header with the name and a stamp that opens with the weekday written out ----

def test_a_name_run_on_with_a_full_weekday_stamp_is_split_at_the_weekday() -> None:
    assert split_stamp("Tomasz Monday, 9 March 2026 07:41 AM") == ("Tomasz", "Monday, 9 March 2026 07:41 AM")
    assert split_stamp("Dr. Amaya P. Thursday, 12 March 2026 10:02 PM") == (
        "Dr. Amaya P.", "Thursday, 12 March 2026 10:02 PM")
    assert split_stamp("Okonkwo January 4, 2026") == ("Okonkwo", "January 4, 2026")


def test_a_sentence_naming_a_weekday_is_not_a_header() -> None:
    assert split_stamp("We met on Monday, 9 March 2026 to agree the plan") is None


def test_a_labelled_reply_count_beside_the_votes_is_an_action_row() -> None:
    assert _is_action_line("Reply : 2       17    4")
    assert not _is_action_line("Reply to the council: 3 objections were filed")


def test_comments_under_name_and_weekday_headers_with_labelled_reply_rows() -> None:
    page = (HEAD + BODY + "\n\nComments - 3\n"
            "Tomasz Monday, 9 March 2026 07:41 AM\nThe quay was falling apart long before the storm.\n"
            "Reply : 1       42    3\n"
            "    Ines Monday, 9 March 2026 08:19 AM\n"
            "    The north pier is no better, ask any skipper.\n"
            "    Reply : 0       9    14\n"
            "Dr. Amaya P. Monday, 9 March 2026 09:02 AM\n"
            "Move the landings and fix the quay over the summer.\n"
            "Reply : 0       5    1\n")
    rows = comment_rows(page)
    assert [author for author, _, _ in rows] == ["Tomasz", "Ines", "Dr. Amaya P."]
    assert rows[0][2] == "The quay was falling apart long before the storm."


# ---- signed posts run in with the article's lines, introduced by a sentence with no colon ----

_NO_BLANKS_HEAD = ("Quay closure: skippers say the board ignored them\n"
                   "The harbour board voted on Friday to close the old fish quay, which lost a third of its "
                   "decking in the February storm, and to move the landing of catches to the north pier.\n")


def test_a_dated_post_under_a_sentence_without_a_colon_is_read_as_a_post() -> None:
    page = (_NO_BLANKS_HEAD
            + "The skippers' association answered the decision on social media within the hour.\n"
            + "Nobody from the board has stood on that pier in a northerly. We will keep landing where it "
              "is safe. pic.twitter.com/Ab3dEf9Hk2\n"
            + "— Brae Skippers (@BraeSkippers) March 13, 2026\n"
            + "The board's chair said the north pier had been inspected twice since the storm.\n")
    page_layout = split_layout(page)
    assert [(t.handle, t.date_text) for t in page_layout.tweets] == [("@BraeSkippers", "March 13, 2026")]
    assert page_layout.tweets[0].body.startswith("Nobody from the board")
    assert "answered the decision" not in page_layout.tweets[0].body


def test_an_instagram_caption_under_its_header_ends_at_its_signature() -> None:
    page = (_NO_BLANKS_HEAD
            + "View this post on Instagram\n"
            + "Thank you to everyone who helped move the boats tonight. We are safe and we are angry.\n"
            + "A post shared by Marit Olsen (@maritfishes) on Mar 13, 2026 at 9:02pm GMT\n"
            + "The board's chair said the north pier had been inspected twice since the storm.\n")
    tweets = split_layout(page).tweets
    assert len(tweets) == 1 and tweets[0].handle == "@maritfishes"
    assert "inspected twice" not in tweets[0].body


def test_a_channel_handle_under_its_name_is_not_a_post_signature() -> None:
    assert not _dated_dash_signature("@harbournews")
    assert not _dated_dash_signature("— Brae Skippers (@BraeSkippers)")  # undated: left to a lead-in
    assert _dated_dash_signature("— Brae Skippers (@BraeSkippers) March 13, 2026")


def test_a_post_under_a_label_with_no_sentence_is_not_cut_down_to_one_line() -> None:
    assert not _full_sentence("Update:")
    assert _full_sentence("The skippers' association answered the decision within the hour.")


# ---- a month written out starts a stamp only before its day (lead, session 34) ----

@pytest.mark.parametrize(("line", "name"), [
    ("Ann Lee March 3, 2026 07:41 AM", "Ann Lee"),
    ("Ann Lee Monday, 9 March 2026 07:41 AM", "Ann Lee"),
])
def test_a_header_whose_stamp_opens_with_a_month_and_its_day_gives_the_name(line: str, name: str) -> None:
    found = split_stamp(line)
    assert found is not None and found[0] == name


@pytest.mark.parametrize("line", ["Tom Hale August 2025", "Kim June 2024 was the best year",
                                  "Photos March 2026"])
def test_a_month_and_a_year_after_words_is_no_header(line: str) -> None:
    """"August" or "June" may end a name, and a month and year alone is a coarse date a page prints
    anywhere (captions, "Member since"): no stamp without its day."""
    assert split_stamp(line) is None
