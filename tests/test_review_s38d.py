"""Session 38 review (helper H268) of H260's comment-reading change (1702031..aa0ef9f): a drinks app's
check-ins, a promo-worded comment in its body slot, a title-like one-line comment over one detail
line, a name closed by a firm's abbreviation, a bare "Name: their words" quote opening a reply.

Each test is on invented text. A plain test pins behaviour the change gets right; a strict xfail
pins a fault found in review (its reason says when it is a regression against the base 1702031).
"""

import time

import pytest
from layout_support import BODY, comment_rows

from components.parse.checkins import checkins
from components.parse.comment_blocks import Kind, classify
from components.parse.layout import RawComment, _quote_replies, split_layout

_HEADLINE = "Harbour brewery defends lifeboat porter after families object"


def _page(section: str) -> str:
    return f"{_HEADLINE}\n\n{BODY}\n\n{section}"


# ---- the check-in reader fires on an article's own lines ----

_DIARY = """A week on the harbour: a skipper's diary

By Ann Lee

18 October 2026
Skipper Nell Corrigan is drinking a mug of tea by the wheelhouse stove
The forecast is poor, and the boats stay in.

19 October 2026
Her brother is drinking a flask of coffee by the harbour wall
The nets are mended by noon, and the crews wait for a window.

20 October 2026
The boats go out at dawn, and the first catch is the best in a month, the skipper says.
"""


def test_a_dated_diary_with_drinking_lines_is_no_check_in_list() -> None:
    layout = split_layout(_DIARY)
    assert layout.comments == ()  # (a tuple: "== []" could never hold)
    assert any("wheelhouse stove" in p for p in layout.paragraphs)
    assert any("The nets are mended" in p for p in layout.paragraphs)


# ---- the title-over-a-detail-line rule fires on a related-stories list ----

_RELATED = """More from News

2 hours ago
Skate Park Approved
Ann Lee
Share   Like

3 hours ago
Harbour Wall Reopens
Tom Reed
Share   Like

5 hours ago
Lifeboat Appeal Grows
Jo Bell
Share   Like
"""


def test_a_related_stories_list_of_headlines_over_bylines_is_no_comment_section() -> None:
    assert comment_rows(_page(_RELATED)) == []


# ---- text the check-in reader loses ----

_TWO_PARAGRAPH_REPLY = """Recent Activity

Nell Corrigan is drinking a Gannet Stout by Tidewrack Brewing Co. at The Lantern
Roasty and dry, a proper winter pint.
Toast   Comment   View Detailed Check-in   18 Oct 26

Walt Pryce
18 Oct 26
Same here, had two on Friday.

The cask at the Anchor was better than the bottle, mind.

Rosa Finch
18 Oct 26
Did you get the old label or the new one?

Hamza Dale is drinking a Gannet Stout by Tidewrack Brewing Co.
Too sweet for me.
Toast   Comment   View Detailed Check-in   17 Oct 26

Ines Moreau is drinking an Ember Ale by Tidewrack Brewing Co. at Home
Nobody asked the crew's families.
Toast   Comment   View Detailed Check-in   16 Oct 26
"""


def test_a_two_paragraph_comment_on_a_check_in_and_the_next_comment_are_kept() -> None:
    rows = comment_rows(_page(_TWO_PARAGRAPH_REPLY))
    two = "Same here, had two on Friday.\n\nThe cask at the Anchor was better than the bottle, mind."
    assert ("Walt Pryce", "Nell Corrigan", two) in rows
    assert ("Rosa Finch", "Nell Corrigan", "Did you get the old label or the new one?") in rows


_WITH_NOTES = """Recent Activity

Nell Corrigan is drinking a Gannet Stout by Tidewrack Brewing Co. at The Lantern
With the fish pie it was perfect
Draught
Toast   Comment   View Detailed Check-in   18 Oct 26

Hamza Dale is drinking a Gannet Stout by Tidewrack Brewing Co.
With a bit more body this would be a favourite
Toast   Comment   View Detailed Check-in   17 Oct 26
"""


def test_a_note_opening_with_with_is_the_drinkers_note() -> None:
    found = [(c.author, c.body) for c in checkins(_WITH_NOTES.split("\n"))[0]]
    assert found == [("Nell Corrigan", "With the fish pie it was perfect"),
                     ("Hamza Dale", "With a bit more body this would be a favourite")]


def test_a_check_in_in_other_words_is_still_read() -> None:
    """A header "is drinking an … at home", a rating and a badge line: the note alone is the text."""
    lines = ["Nell Corrigan is drinking an Ember Ale by Tidewrack Brewing Co. at home",
             "Soft and bready, the best of their pale ones.", "(3.5)",
             "Earned the Cask Hand (Level 2) badge!",
             "Toast   Comment   View Detailed Check-in   18 Oct 26", "",
             "Hamza Dale is drinking a Gannet Stout by Saltpan Ales Ltd.", "Too sweet for me.", "Bottle",
             "Toast   Comment   View Detailed Check-in", "17 Oct 26"]
    found = [(c.author, c.body) for c in checkins(lines)[0]]
    assert found == [("Nell Corrigan", "Soft and bready, the best of their pale ones."),
                     ("Hamza Dale", "Too sweet for me.")]


def test_many_check_ins_are_read_in_linear_time() -> None:
    lines: list[str] = []
    for n in range(4000):
        lines += [f"Drinker{n} Lee is drinking a Gannet Stout by Tidewrack Brewing Co. at The Lantern",
                  "Roasty and dry, a proper winter pint.", "Draught",
                  "Toast   Comment   View Detailed Check-in   18 Oct 26", "",
                  "Walt Pryce", "Same here.", "18 Oct 26", ""]
    start = time.perf_counter()
    found, _ = checkins(lines)
    assert len(found) == 8000
    assert time.perf_counter() - start < 3.0  # ~0.35 s on the review machine


# ---- a firm's abbreviation closing a line ----

def test_a_sign_off_ending_with_co_keeps_its_comment() -> None:
    section = ("Comments\n\nTom Reed\nLovely pint, and a good cause.\nCheers Saltpan Brewing Co.\n"
               "3 hours ago\n\n"
               "Jo Bell\nI was there too and it was freezing.\n4 hours ago\n\n"
               "Rosa Finch\nThe label is lovely, whatever the families say.\n5 hours ago\n")
    assert ("Tom Reed", "", "Lovely pint, and a good cause.\nCheers Saltpan Brewing Co.") in comment_rows(
        _page(section))


def test_a_firm_name_with_an_ampersand_is_a_name() -> None:
    assert classify("Marsh & Co.") == (Kind.NAME, "Marsh & Co.")


# ---- a bare "Name: their words" quote ----

def _thread(quote: str) -> str:
    return f"""Comments

kettle_drum
2026-10-18 08:34:12 AM
The brewery should have written to the families before the label went to print, and it did not.
Smart   Funny   Reply

Lowtide
2026-10-18 08:40:03 AM
Sold out at the harbour bar anyway, so it hardly matters now.
Smart   Funny   Reply

Pier Pressure
2026-10-18 08:41:55 AM
{quote}

It did, two of them wrote back and said yes.
Smart   Funny   Reply
"""


@pytest.mark.parametrize("quote", ["kettle_drum: the brewery should have written to the families",
                                   "kettle_drum: …should have written to the families before the label"])
def test_a_slightly_trimmed_bare_quote_still_makes_a_reply(quote: str) -> None:
    assert comment_rows(_page(_thread(quote)))[-1][:2] == ("Pier Pressure", "kettle_drum")


@pytest.mark.parametrize("first", ["Note: the council said the label was approved in August.",
                                   "Update: the brewery has pulled the label from sale.",
                                   "Lind: we will appeal the ruling, whatever it costs us.",
                                   "kettle_drum: you asked the wrong people, ask the brewery."])
def test_a_label_a_speaker_or_words_never_written_quote_nobody(first: str) -> None:
    """An article's speaker quoted ("Lind: we will appeal"), even when a commenter has that name, and a
    commenter named over words they never wrote: no reply is made of it."""
    comments = [RawComment(1, "Lind", "The label is fine, and the families were asked."),
                RawComment(2, "kettle_drum", "The brewery should have written to the families first."),
                RawComment(3, "Lowtide", f"{first}\nSo that is the end of it.")]
    assert _quote_replies(comments)[-1].reply_to == ""


def test_bare_quote_search_is_linear_in_the_thread() -> None:
    comments = [RawComment(1, "ann_lee", "The brewery should have written to the families first.")]
    for n in range(4000):
        author = "ann_lee" if n % 2 else f"reader{n}"
        comments.append(RawComment(n + 2, author, f"ann_lee: words she never wrote, number {n}\nMy own {n}."))
    start = time.perf_counter()
    _quote_replies(comments)
    assert time.perf_counter() - start < 1.5


# ---- a promo-worded line where no comment's text stands ----

def test_a_promo_line_under_an_author_box_after_the_comments_stays_furniture() -> None:
    section = ("Comments\n\nTom Reed\n3 hours ago\nSounds right to me, the lights went out at ten.\n"
               "Like   Reply\n\n"
               "Jo Bell\n4 hours ago\nI was there too and it was freezing.\nLike   Reply\n\n"
               "Ann Lee\n18 October 2026\nFollow us on Instagram\nAbout   Help   Privacy\n")
    assert comment_rows(_page(section)) == [
        ("Tom Reed", "", "Sounds right to me, the lights went out at ten."),
        ("Jo Bell", "", "I was there too and it was freezing.")]
