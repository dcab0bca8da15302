"""Session 29: a film's, book's or album's page that prints the year and the credit on one line
under the title ("Harbour Lights" over "2026  Directed by Ilse Varro") is headed by the title."""

import pytest

from components.parse.layout import split_layout

REVIEWS = ("Reviews\n\nReview by ann_lee\n★★★★\nWatched 19 Nov 2026\n"
           "The last twenty minutes carry the whole thing.\n♥ 23 likes\n")
BODY = ("A lighthouse keeper's daughter returns to the island after twenty years and finds the light "
        "has been sold.\n\nThe distributor said in a statement that the ending \"was always meant to be "
        "open\".\n\n")


@pytest.mark.parametrize("credit", [
    "2026  Directed by Ilse Varro",
    "2026 · Written by Ilse Varro",
    "(2026) Directed by Ilse Varro",
    "1998 Produced by Bo Hart",
])
def test_a_title_over_its_year_and_credit_on_one_line_heads_the_page(credit: str) -> None:
    menu = "Sign in   Create account   Films   Lists   Members"
    page = f"{menu}\n\nHarbour Lights\n{credit}\n\n{BODY}{REVIEWS}"
    assert split_layout(page).title == "Harbour Lights"


@pytest.mark.parametrize("second", [
    "2026 was the year everything changed for the island's last keeper",  # a sentence, not a credit
    "2026  Directed by the people of the island",                          # no name after the credit
    "In 2026, directed by Ilse Varro, the film finally opened",
])
def test_a_year_line_that_is_no_credit_does_not_make_a_work_title(second: str) -> None:
    page = f"Harbour Lights\n{second}\n\n{BODY}"
    assert split_layout(page).title != "Harbour Lights"  # (as before this rule: the work rule stays out)


def test_a_news_headline_with_a_byline_under_it_is_not_read_as_a_work() -> None:
    page = ("Council sells the lighthouse for one pound\nBy Ilse Varro\n12 March 2026\n\n" + BODY)
    assert split_layout(page).title == "Council sells the lighthouse for one pound"


# ---- an aggregator story's meta row under its headline ----

STORY = ("Ferry operator cuts the winter timetable to two sailings a day\n{meta}\n\n"
         "The operator's chief executive said the cut was \"the only way to keep the route alive\".\n\n"
         "▲ 61 kelp 3 hours ago | link | flag\n"
         "Two sailings a day means nobody can hold a job on the mainland.\n"
         "reply\n\n▲ 12 marrow 2 hours ago | link | flag\n"
         "They said the same in 2019 and the route survived.\n"
         "reply\n\nAbout   Tags   Filtered   Moderation Log\n")


@pytest.mark.parametrize("meta", [
    "ferries  local  via hollis_r  4 hours ago  |  42 comments",
    "ferries local via hollis_r 4 hours ago | 42 comments",
    "transport  by hollis_r  4 hours ago  |  suggest  |  42 comments",
])
def test_a_story_meta_row_is_neither_a_menu_nor_the_article(meta: str) -> None:
    layout = split_layout(STORY.format(meta=meta))
    assert layout.title == "Ferry operator cuts the winter timetable to two sailings a day"
    assert not any("ago" in p for p in layout.paragraphs)
    assert [c.author for c in layout.comments] == ["kelp", "marrow"]


@pytest.mark.parametrize("line", [
    "News  Sport  Weather  Comment  Culture",        # a menu is still a menu
    "Home  World  Business  Opinion  Video",
])
def test_menu_rows_are_still_menus(line: str) -> None:
    from components.parse.layout import _menu_row
    assert _menu_row(line)


def test_a_sentence_about_a_ferry_taken_hours_ago_is_article_text() -> None:
    page = ("Islanders count the cost of the cut\n\n"
            "We went by ferry 4 hours ago and the queue was already round the harbour.\n\n"
            "The chief executive said the cut was \"the only way to keep the route alive\".\n")
    assert any("queue was already" in p for p in split_layout(page).paragraphs)


# ---- a byline that closes with its date ----

@pytest.mark.parametrize(("byline", "outlet"), [
    ("By Tessa Morrow, 23 November 2026", ""),                 # the date is no outlet
    ("By Tessa Morrow, Nov. 23, 2026", ""),
    ("By Ann Lee, The Courier, 12 March 2026", "The Courier"),  # the outlet before the date
    ("By Ann Lee for The Courier, Nov. 3, 2026", "The Courier"),
    ("By Ann Lee, Valley Lantern", "Valley Lantern"),           # as before
    ("By Ann Lee, Valley Lantern | October 9, 2025", "Valley Lantern"),
])
def test_a_byline_closing_with_its_date_names_no_date_as_its_outlet(byline: str, outlet: str) -> None:
    from components.parse.layout import _byline_outlet
    assert _byline_outlet(byline) == outlet


def test_a_page_with_a_dated_byline_has_no_date_for_an_outlet() -> None:
    page = ("Council sells the lighthouse for one pound\nBy Tessa Morrow, 23 November 2026\n\n"
            "The council leader said the sale was \"the only way to save it\".\n\n"
            "The campaign chair said residents would \"fight it in the courts\".\n")
    assert "2026" not in split_layout(page).outlet_marker


@pytest.mark.parametrize(("byline", "day"), [
    ("By Tessa Morrow, 23 November 2026", "2026-11-23"),      # a comma before the day dates the page
    ("By Tessa Morrow, Nov. 23, 2026", "2026-11-23"),
    ("By Ann Lee, The Courier, 12 March 2026", "2026-03-12"),
    ("By Tessa Morrow | 23 November 2026", "2026-11-23"),     # as before
    ("By the end of the day, 12 March 2026", ""),             # a sentence opening with "By" is no byline
])
def test_a_byline_closing_with_its_date_dates_the_page(byline: str, day: str) -> None:
    page = (f"Council sells the lighthouse for one pound\n{byline}\n\n"
            "The council leader said the sale was \"the only way to save it\".\n\n"
            "The campaign chair said residents would \"fight it in the courts\".\n")
    assert split_layout(page).date_line == day
