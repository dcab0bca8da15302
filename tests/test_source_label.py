"""A document's short source label: metadata, else the outlet in the text, else the site, else the title."""

import pytest

from components.parse.layout import split_layout
from components.parse.parser import source_label

TEXT = "A Title Line\n\nSome prose paragraph that has a few words in it.\n"
LONG = "American actress Alyssa Milano has hit back at actor Matt Damon's comments"
CASES = [
    ({"source": "The Outlet", "url": "https://www.site.com/x"}, TEXT + "\n© 2017 Other Outlet\n", LONG,
     "The Outlet"),
    ({"url": "https://www.site.com/x"}, TEXT + "\n© 2017 Other Outlet\n", LONG, "Other Outlet"),
    ({"url": "https://www.justjared.com/2017/12/15/x/"}, TEXT, LONG, "justjared.com"),
    ({"url": "https://m.example.co.uk/a"}, TEXT, LONG, "example.co.uk"),
    ({}, TEXT, LONG, "American actress Alyssa…"),
    ({}, TEXT, "Short Title", "Short Title"),
    ({}, TEXT, "x" * 50, "x" * 29 + "…"),
]


@pytest.mark.parametrize(("meta", "text", "title", "expected"), CASES)
def test_source_label(meta: dict[str, str], text: str, title: str, expected: str) -> None:
    label = source_label(meta, split_layout(text), title)
    assert label == expected and len(label) <= 30
