"""Session 34 (helper b21): general rules for page heads, furniture, comment sections and signed posts
met on a Scottish daily, a Sri Lankan English-language daily, a radio station's news page, council
minutes, an employer-review site, a pin, an album's score page and a post's replies, each on invented
pages, with must-not-fire cases."""

from components.parse.layout import _block_headline, _ticker_line, split_layout

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
