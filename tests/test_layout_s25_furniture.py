"""Session 25: general page furniture (page controls, funding appeals, footer links), invented text."""
import pytest

from components.parse.layout import _is_furniture

FURNITURE = [
    "Text size",
    "Font size",
    "Was this article helpful?",
    "Did you find this story useful?",
    "Support the Wexham Ledger",
    "Support our Harbour Post",
    "Local journalism isn't free.",
    "Independent journalism costs money. Back the Gazette from two pounds a month.",
    "Thanks for reading Quarry Notes!",
    "Thank you for reading The Lantern Weekly",
    "Joined Mar 2019",
    "Joined: 2014",
    "Do not sell or share my personal information",
    "Mobile view",
    "Desktop version",
    "Add topic",
    "Add languages",
    "Like Loading...",
    "Only subscribers can post comments. Subscribe here.",
    "Comments not loading? Try turning off your ad blocker.",
    "Priya Lund is the Courier's health reporter. Got a tip? Email health@courier.example.",
    "Got a tip? Email desk@ledger.example",
    "Send your news stories to newsroom@valley.example",
    "More from Tomas Adeyemi and The Weekly Dispatch",
]

PROSE = [
    "Text size matters to readers with poor sight, the charity said.",
    "Support grew after the second vote.",
    "Support for the bypass fell to a third.",
    "Support the union, the marchers chanted outside the depot.",
    "Support Act",
    "Journalism costs money, the editor told the inquiry, and the paper had little.",
    "Journalism isn't free, she argued, but it should be open to all.",
    "Thanks for reading my letter, the mayor wrote back.",
    "Joined the choir in 2017.",
    "Was this article fair to the tenants? Many of them think not.",
    "Add topic modelling to the list of tools the team tried.",
    "Only members can vote on the new rules, the club said.",
    "He got a tip? No, he got a warning from a neighbour.",
    "More from Brussels: ministers met again on Tuesday.",
    "More by luck than design, the levee held.",
    "Send your children to school, the minister told parents at info@school.example",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_line(line: str) -> None:
    assert _is_furniture(line)


@pytest.mark.parametrize("line", PROSE)
def test_article_sentence_stays(line: str) -> None:
    assert not _is_furniture(line)
