"""Session 37 (helper H235): general gaps in how the parser reads pages, found on the twenty-fourth blind
set's kinds, each on invented text with must-not-fire cases beside it:

- a copyright line with the years a site has run ("© 2011-2026 Name") or held by a site's community
  ("Copyright © 2019-2026 Name community") names the outlet;
- a short form of the masthead ("Download the Courier app", "told the Courier") gives way to the full
  name the page's head prints alone on a line ("The Tanhill Courier").
"""

import pytest
from layout_support import BODY

from components.parse.layout import split_layout

_HEADLINE = "Skate park plan goes to a vote after a crowded meeting"


@pytest.mark.parametrize(("line", "outlet"), [
    ("© 2011-2026 Marsh Lane Gazette. All rights reserved.", "Marsh Lane Gazette"),
    ("Copyright © 2008–2026 Fenwick Post", "Fenwick Post"),
    ("© 2015 - 2026 Orrin Daily", "Orrin Daily"),
    ("Copyright © 2019-2026 Burrowboard community", "Burrowboard"),
    ("© 2020-2026 Pebblechan community. All rights reserved.", "Pebblechan"),
])
def test_a_copyright_line_with_a_year_range_names_the_outlet(line: str, outlet: str) -> None:
    page = f"{_HEADLINE}\n\n{BODY}\n\n{line}\n"
    assert split_layout(page).outlet_marker == outlet


@pytest.mark.parametrize("line", [
    "© 2011-2026",  # the years alone
    "© 2026 the community",  # no name
    "Copyright 2019-2026 rules changed twice for the community",  # a sentence about copyright
    "© 2019-2026 all rights reserved",
    "The copyright of 2011-2026 belongs to the Marsh Lane community",  # not opening with the sign
    "Copyright © 2019-2026 Burrowboard community members and their friends",  # the line runs on
])
def test_a_copyright_line_without_a_name_or_running_on_names_no_outlet(line: str) -> None:
    page = f"{_HEADLINE}\n\n{BODY}\n\n{line}\n"
    assert split_layout(page).outlet_marker == ""


_SHORT_FORM_PAGE = ("Wednesday, March 4, 2026\nSubscribe\nLog in\nThe Tanhill Courier\n"
                    "News you can trust\nNews\nSport\nBusiness\n\n" + _HEADLINE + "\n\nBy Ann Lee\n\n" + BODY
                    + "\n\nDownload the Courier app\nAbout us\nContact us\n{copyright}\n")


def test_a_short_form_of_the_masthead_gives_way_to_its_full_name_atop_the_page() -> None:
    page = _SHORT_FORM_PAGE.format(copyright="© 2026 The Tanhill Courier. All rights reserved.")
    assert split_layout(page).outlet_marker == "The Tanhill Courier"


def test_a_short_form_stays_when_the_longer_name_is_not_the_masthead_s() -> None:
    # a longer name another signal gives, not printed alone atop the page: another paper, not the masthead
    page = _SHORT_FORM_PAGE.format(copyright="© 2026 The Sunday Courier. All rights reserved.").replace(
        "The Tanhill Courier\n", "")
    assert split_layout(page).outlet_marker == "Courier"
    # a longer name that does not end with the short one is not its full form
    page = _SHORT_FORM_PAGE.format(copyright="© 2026 Courier Weekly. All rights reserved.").replace(
        "The Tanhill Courier\n", "Courier Weekly\n")
    assert split_layout(page).outlet_marker == "Courier"
