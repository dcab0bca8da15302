"""Session 31 (helper b18): general page-head, furniture and comment rules for foreign dailies with a
market bar, fan forums, radio pages with listeners' texts, link aggregators, shop pages, team chats
and debate pages, each on invented pages, with must-not-fire cases on ordinary pages."""

from layout_support import BODY

from components.parse.layout import _is_furniture, split_layout

# ---- a paper's head: masthead, strapline, date bar and a market and weather bar ----

MARKET_HEAD = ("Skip to content\nThe Harlow Courier\nThe valley's paper since 1881\nMonday, March 3 2026\n"
               "HARLOW 9°C | USD/EUR 0.92 | GBP/EUR 1.18 | FTSE 100 8,412\n"
               "Home   News   Sport   Business   Opinion\n\nNEWS > COUNCIL\n\n"
               "Council votes to keep the riverside skate park open until next spring\n\n"
               "Campaigners had asked for a full year; the council says it will look again in March\n\n"
               "HARLOW\nCourier with agencies\n"
               "March 3 2026 09:48 | Last Updated: March 3 2026 13:20\n\n" + BODY)


def test_a_headline_over_a_dateline_place_and_wire_credit_is_the_title_not_the_strapline() -> None:
    layout = split_layout(MARKET_HEAD)
    assert layout.title == "Council votes to keep the riverside skate park open until next spring"
    assert layout.date_line == "2026-03-03"


def test_a_market_bar_does_not_hide_the_headline_under_the_masthead() -> None:
    page = ("The Harlow Courier\nThe valley's independent daily\nHome   News   Sport   Business   Opinion\n"
            "FTSE 8,402.36 (+0.41%)   USD/EUR 0.92   Harlow 11°C, rain\nNews > Council\n\n"
            "Council votes to keep the riverside skate park open until next spring\n\n"
            "Published: 3 Mar 2026 at 10:15\n\n" + BODY)
    assert split_layout(page).title == "Council votes to keep the riverside skate park open until next spring"


def test_market_and_weather_bars_are_furniture_but_prose_with_rates_is_not() -> None:
    assert _is_furniture("HARLOW 9°C | USD/EUR 0.92 | GBP/EUR 1.18 | FTSE 100 8,412")
    assert _is_furniture("FTSE 8,402.36 (+0.41%)   USD/EUR 0.92   Harlow 11°C, rain")
    assert not _is_furniture("The pound rose to 1.18 against the euro on Monday, up 0.4% on the week.")
    assert not _is_furniture("It was 9°C at noon | and 4°C by the time the vote was taken in the chamber.")
    assert not _is_furniture("Rates on the day   USD/EUR 0.92 was the lowest since the vote in 2019.")
