"""Session 38 (helper H260): comment-reading faults a blind data writer met on three platform forms,
each fixed on invented pages (the sealed sets unopened) with must-not-fire cases beside it:

- a drinks app's check-ins (the Untappd kind): each headed "Name is drinking a <beer> by <brewery>"
  (" at <venue>" perhaps), the note under it, its details and an action row with the day ("Toast
  Comment   View Detailed Check-in   22 Nov 26"), the comments on it as a name, a date and the text:
  the header names the note's writer, the action row is no author, the comments answer the drinker;
- a comment whose words a page's promo uses ("Follow us on Instagram") is read where a comment's text
  stands: under its header with no other text, or between its name and its stamp; the same line after
  the last comment, under a byline over the article or under a photo's upload date stays furniture;
- an account name closed by a firm's abbreviation ("Tidewrack Brewing Co.") is a name line, not text;
- a reply on an aggregator's thread that opens by quoting an earlier comment as a bare "Name: their
  words" line (the quote mark left off) answers that comment, as "> Name: their words" does; a
  "Note:" line or a name over words its bearer never wrote quotes nobody;
- a post's text of three words or fewer ("Brewers, miners, widows") under its header's stamp and over
  one detail line ("Draught") and its action row is the whole comment, not a label.
"""

import pytest
from layout_support import BODY, comment_rows

from components.parse.checkins import checkins
from components.parse.comment_blocks import Kind, _kinds, classify
from components.parse.layout import _is_action_line, split_layout

_HEADLINE = "Harbour brewery defends lifeboat porter after families object"

_CHECKINS = """Recent Activity

Nell Corrigan is drinking a Gannet Stout by Tidewrack Brewing Co. at The Lantern
Roasty and dry, and the money going to the boathouse sold it to me.
(4.0)
Draught
Toast   Comment   View Detailed Check-in   18 Oct 26

Walt Pryce
Same here, had two on Friday.
18 Oct 26

Tidewrack Brewing Co.
Glad you liked it, the next cask is on in a fortnight.
19 Oct 26

Hamza Dale is drinking a Gannet Stout by Tidewrack Brewing Co.
Bottle
Toast   Comment   View Detailed Check-in
17 Oct 26

Rosa Finch
Did you get the old label or the new one?
17 Oct 26

Ines Moreau is drinking a Gannet Stout by Tidewrack Brewing Co. at Home
Nobody asked the crew's families, and that is what sticks.
Can
Toast   Comment   View Detailed Check-in   16 Oct 26

Show More
"""


def test_check_ins_are_read_as_the_drinkers_notes_and_the_comments_on_them() -> None:
    page = f"{_HEADLINE}\n\n{BODY}\n\n{_CHECKINS}"
    assert comment_rows(page) == [
        ("Nell Corrigan", "", "Roasty and dry, and the money going to the boathouse sold it to me."),
        ("Walt Pryce", "Nell Corrigan", "Same here, had two on Friday."),
        ("Tidewrack Brewing Co.", "Nell Corrigan", "Glad you liked it, the next cask is on in a fortnight."),
        ("Rosa Finch", "Hamza Dale", "Did you get the old label or the new one?"),  # (no note of his)
        ("Ines Moreau", "", "Nobody asked the crew's families, and that is what sticks."),
    ]


def test_comments_on_a_check_in_may_put_the_day_over_the_text() -> None:
    page = _CHECKINS.replace("Walt Pryce\nSame here, had two on Friday.\n18 Oct 26",
                             "Walt Pryce\n\n18 Oct 26\n\nSame here, had two on Friday.")
    assert ("Walt Pryce", "Same here, had two on Friday.") in [
        (c.author, c.body) for c in checkins(page.split("\n"))[0]]


def test_the_check_in_action_row_is_an_action_row() -> None:
    assert _is_action_line("Toast   Comment   View Detailed Check-in   22 Nov 26")
    assert _is_action_line("Toast   Comment   View Detailed Check-in")
    assert not _is_action_line("Check in at the desk")


def test_an_article_sentence_about_drinking_is_no_check_in() -> None:
    lines = ["Mr Pryce is drinking a pint at the bar when we meet.",
             "His brother is drinking a half by the fire.",
             "Mr Dale is drinking a Gannet Stout by the harbour wall at noon.",
             "He said it was the best in years.", "18 Oct 26"]
    assert checkins(lines) == ([], set())


def test_one_check_in_alone_is_no_check_in_list() -> None:
    lines = ["Nell Corrigan is drinking a Gannet Stout by Tidewrack Brewing Co. at The Lantern",
             "Roasty and dry.", "Toast   Comment   View Detailed Check-in   18 Oct 26"]
    assert checkins(lines) == ([], set())


def test_check_in_headers_without_their_day_are_no_check_ins() -> None:
    lines = ["Nell Corrigan is drinking a Gannet Stout by Tidewrack Brewing Co.", "Roasty and dry.",
             "", "Hamza Dale is drinking a Gannet Stout by Tidewrack Brewing Co.", "Too sweet for me.", "",
             "Both of them wrote to the paper afterwards, and neither got an answer from the brewery."]
    assert checkins(lines) == ([], set())


# ---- a comment whose words are a promo's is still a comment where a comment's text stands ----

_NAMED_CHECKINS = """Recent Activity

Nell Corrigan
18 Oct 26
Roasty and dry, and the money going to the boathouse sold it to me.
Draught
Toast   Comment   View Detailed Check-in

Walt Pryce
18 Oct 26
{text}
Can
Toast   Comment   View Detailed Check-in

Ines Moreau
16 Oct 26
Nobody asked the crew's families, and that is what sticks.
Bottle
Toast   Comment   View Detailed Check-in

Show More
"""


@pytest.mark.parametrize("text", [
    "Follow us on Instagram",
    "Follow us on Instagram for more harbour pints and sunsets",
    "Follow Us On Instagram For More",
    "Share your story with us",
])
def test_a_comment_worded_like_a_promo_is_read_in_its_slot(text: str) -> None:
    page = f"{_HEADLINE}\n\n{BODY}\n\n{_NAMED_CHECKINS.format(text=text)}"
    assert ("Walt Pryce", "", text) in comment_rows(page)
    assert len(comment_rows(page)) == 3


def test_a_promo_line_after_the_last_comment_stays_furniture() -> None:
    page = (f"{_HEADLINE}\n\n{BODY}\n\n{_NAMED_CHECKINS.format(text='Lighter than I hoped.')}\n"
            "Follow us on Instagram\nAbout   Help   Privacy\n")
    rows = comment_rows(page)
    assert len(rows) == 3
    assert all("Instagram" not in body for _, _, body in rows)


def test_a_promo_line_under_a_byline_and_date_over_the_article_is_no_comment() -> None:
    page = (f"{_HEADLINE}\n\nNell Corrigan\n18 October 2026\nFollow us on Instagram\n\n{BODY}\n\n"
            + _NAMED_CHECKINS.format(text="Lighter than I hoped."))
    assert all("Instagram" not in body for _, _, body in comment_rows(page))


def test_furniture_in_a_body_slot_asks_where_the_line_stands() -> None:
    lines = ["Ann Lee", "2 hours ago", "Follow us on Instagram", "Reply", "", "Tom Reed", "3 hours ago",
             "Sounds right.", "Reply"]
    rows = _kinds(lines, 0)
    assert rows[2][1] is Kind.PROSE
    heading = ["Ann Lee", "2 hours ago", "Most popular", "Reply"]
    assert _kinds(heading, 0)[2][1] is not Kind.PROSE  # a link heading stays one
    under_prose = ["Ann Lee", "2 hours ago", "Follow us on Instagram",
                   "When the council met on Tuesday night, the chamber was fuller than it has been in years."]
    assert _kinds(under_prose, 0)[2][1] is Kind.OTHER  # a page's head: the article's prose under it


# ---- an account whose name ends with a firm's abbreviation ("Tidewrack Brewing Co.") ----

@pytest.mark.parametrize("line", ["Tidewrack Brewing Co.", "Harbour Wine Ltd.", "Fenwick Bros.", "Maree L."])
def test_a_name_closed_by_a_firm_abbreviation_is_a_name(line: str) -> None:
    assert classify(line) == (Kind.NAME, line)


@pytest.mark.parametrize("line", ["Bought it from the Co.", "Great stout from Tidewrack Brewing Co.",
                                  "Ask the Ltd."])
def test_a_sentence_ending_with_a_firm_abbreviation_is_no_name(line: str) -> None:
    assert classify(line)[0] is not Kind.NAME


def test_a_firm_account_heads_its_comment_over_its_text() -> None:
    section = ("Recent Activity\n\nNell Corrigan\n18 Oct 26\nRoasty and dry, a proper winter pint.\nDraught\n"
               "Toast   Comment   View Detailed Check-in\n\n"
               "Walt Pryce\nSame here, had two on Friday.\n18 Oct 26\n"
               "Tidewrack Brewing Co.\nGlad you liked it, the next cask is on soon.\n19 Oct 26\n\n"
               "Ines Moreau\n16 Oct 26\nNobody asked the crew's families.\nBottle\n"
               "Toast   Comment   View Detailed Check-in\n")
    rows = comment_rows(f"{_HEADLINE}\n\n{BODY}\n\n{section}")
    assert ("Tidewrack Brewing Co.", "", "Glad you liked it, the next cask is on soon.") in rows
    assert ("Walt Pryce", "", "Same here, had two on Friday.") in rows


# ---- an aggregator's reply quoting the comment it answers as a bare "Name: words" line ----

_THREAD = """Comments

kettle_drum
2026-10-18 08:34:12 AM
The brewery should have written to the families before the label went to print.
Smart   Funny   Reply

Pier Pressure
2026-10-18 08:41:55 AM
kettle_drum: The brewery should have written to the families before the label went to print

It did, two of them wrote back and said yes.
Smart   Funny   Reply

Lowtide
2026-10-18 08:50:03 AM
Note: the stout is sold out at the harbour bar anyway.
Smart   Funny   Reply

kettle_drum
2026-10-18 09:02:40 AM
Pier Pressure: two of them wrote back and said yes

And the other eleven?
Smart   Funny   Reply

Lowtide
2026-10-18 09:10:11 AM
kettle_drum: you are asking the wrong people, ask the brewery.
Smart   Funny   Reply
"""


def test_a_bare_quote_of_an_earlier_comment_makes_a_reply() -> None:
    rows = comment_rows(f"{_HEADLINE}\n\n{BODY}\n\n{_THREAD}")
    assert rows[1][:2] == ("Pier Pressure", "kettle_drum")
    assert rows[1][2].startswith("kettle_drum: The brewery") and rows[1][2].endswith("said yes.")
    assert rows[3][:2] == ("kettle_drum", "Pier Pressure")


def test_a_label_or_a_name_over_words_of_ones_own_is_no_quote() -> None:
    rows = comment_rows(f"{_HEADLINE}\n\n{BODY}\n\n{_THREAD}")
    assert rows[2] == ("Lowtide", "", "Note: the stout is sold out at the harbour bar anyway.")
    assert rows[4][2] == "kettle_drum: you are asking the wrong people, ask the brewery."
    assert rows[4][1] in ("", "kettle_drum")  # (named, perhaps answered: never by a quote of words unsaid)


def test_an_article_sentence_with_a_name_and_a_colon_is_no_reply() -> None:
    page = (f"{_HEADLINE}\n\nBy Ann Lee\n\n"
            f"Mr Pryce: the brewery should have written to the families first.\n\n{BODY}\n\n{_THREAD}")
    layout = split_layout(page)
    assert any(p.startswith("Mr Pryce: the brewery") for p in layout.paragraphs)


def test_a_photo_page_rights_line_under_its_upload_date_stays_furniture() -> None:
    lines = ["96", "faves", "Taken on November 14, 2026", "Uploaded on November 15, 2026",
             "All rights reserved", "  • FUJIFILM X-T5", "Show EXIF"]
    assert _kinds(lines, 0)[4][1] is not Kind.PROSE


# ---- a post's text of a few words over its one detail line and its action row ----

@pytest.mark.parametrize("text", ["Brewers, miners, widows", "Sorted.", "Cask, please"])
def test_a_short_text_over_a_detail_line_and_the_row_is_the_whole_comment(text: str) -> None:
    page = f"{_HEADLINE}\n\n{BODY}\n\n{_NAMED_CHECKINS.format(text=text)}"
    assert ("Walt Pryce", "", text) in comment_rows(page)


def test_a_label_over_a_detail_line_with_no_row_under_stays_a_label() -> None:
    lines = ["Ann Lee", "2 hours ago", "Harbour Stage", "Main Area", "", "Tom Reed", "3 hours ago",
             "Sounds right to me, the lights went out at ten.", "Reply"]
    assert _kinds(lines, 0)[2][1] is not Kind.PROSE  # no action row right under the second line
