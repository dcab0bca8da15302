"""Session 39 (helper lay39b): comment-section forms a data writer met on a board-game forum's thread,
a game page's reviews and a long-running forum's thread, each on invented pages with must-not-fire
cases: a post's action row with its reaction count first ("12   Reply   Quote   Tip") is the post's
furniture as it is with the count after its words; a reply's quote of another post ("Name wrote:"
over the quoted words, in its many forms) is the quoted post's words, not the reply's, and the quoted
post stays a comment of its own."""

from collections.abc import Callable

import pytest

from components.parse.comment_blocks import _counted_row
from components.parse.layout import split_layout

HEAD = ("Harbour Games forum › General Gaming › Shop talk\n\n"
        "Village game shop loses its supply of a big card game\n\n"
        "A small shop in the village says the publisher stopped its orders after it sold the game below the "
        "advertised price on its website.\n\n"
        "The owner said he had sold the game at the same price for three years and was never warned. The "
        "publisher said the rule had been in place since the spring.\n\n"
        "5 replies\n\n")
FOOT = "\nBack to forum\nTerms   Privacy\n"
FIRST = ("This happens every year with some publisher or other.\n"
         "Small shops always lose, and the big sites never get cut off.")
SECOND = ("I bought my copy there last winter and the price was fair.\n"
          "The owner even opened early so I could collect it before work.")
OWN = "The rule is the rule, they should have read the contract."
FOURTH = "Nobody reads those contracts until it is too late."
FIFTH = "Twenty years I have been going to that shop.\nIt will be a sad day if it closes over this."
POSTERS = [("Marta Velde", "mvelde"), ("Oskar Lund", "olund"), ("Perrin Hale", "phale"),
           ("Ines Moro", "imoro"), ("Tomas Berg", "tberg")]
COUNTS = [12, 3, 27, 0, 8]

Row = Callable[[int], str]


def _thread(third: str, row: Row) -> str:
    bodies = [FIRST, SECOND, third, FOURTH, FIFTH]
    posts = [f"{name}\n@{user} · Nov {20 + k // 2}, 2026\n{body}\n{row(count)}\n"
             for k, ((name, user), body, count) in enumerate(zip(POSTERS, bodies, COUNTS, strict=True))]
    return HEAD + "\n".join(posts) + FOOT


# ---- 1. an action row with its reaction count first ----

COUNT_FIRST: list[Row] = [lambda n: f"{n}   Reply   Quote   Tip", lambda n: f"{n} ♥ Reply Quote Tip",
                          lambda n: f"👍 {n}   Reply   Quote   Tip", lambda n: f"♥ {n}  Reply  Quote  Tip"]
COUNT_AFTER: list[Row] = [lambda n: f"Reply   Quote   Tip   {n}", lambda n: f"Reply   Quote   Tip   👍 {n}",
                          lambda n: f"Reply   Quote   Tip\n{n}", lambda n: f"{n}\nReply   Quote   Tip"]


@pytest.mark.parametrize("row", COUNT_FIRST + COUNT_AFTER)
def test_an_action_row_is_no_part_of_the_post_wherever_its_count_stands(row: Row) -> None:
    comments = split_layout(_thread(OWN, row)).comments
    assert [(c.author, c.body) for c in comments] == [
        (name, body) for (name, _), body in zip(POSTERS, [FIRST, SECOND, OWN, FOURTH, FIFTH], strict=True)]


def test_a_count_first_row_is_read_by_its_button_words() -> None:
    assert _counted_row("12   Reply   Quote   Tip") == "reply quote tip"
    assert _counted_row("3 ♥ Reply Quote") == "reply quote"
    assert _counted_row("👍 31   Like   Reply   Tip") == "like reply tip"
    for line in ["3 cats and a dog", "12 games played this month", "2 weeks later, reply came",
                 "10 out of 10", "1 reply", "12   Reply   Quote   Tip   Share   Save   Follow"]:
        assert _counted_row(line) == "", line


def test_posts_ending_in_a_count_and_words_keep_them() -> None:
    """A last line opening with a figure is the post's own where no button word is in it, even when
    every post has one."""
    endings = ["12 games played this month", "3 copies left on the shelf", "27 years in the trade",
               "4 tables booked for Friday", "8 players turned up"]
    bodies = [f"{b}\n{e}" for b, e in zip([FIRST, SECOND, OWN, FOURTH, FIFTH], endings, strict=True)]
    posts = [f"{name}\n@{user} · Nov 20, 2026\n{body}\nReply   Quote\n"
             for (name, user), body in zip(POSTERS, bodies, strict=True)]
    comments = split_layout(HEAD + "\n".join(posts) + FOOT).comments
    assert [c.body for c in comments] == bodies


# ---- 2. a reply's quote of another post ----

MARKED = "\n".join(f"> {line}" for line in SECOND.split("\n"))
QUOTES = {
    "wrote": f"Oskar Lund wrote:\n{SECOND}",
    "a blank line after": f"Oskar Lund wrote:\n{SECOND}\n",
    "a blank line before": f"Oskar Lund wrote:\n\n{SECOND}\n",
    "marked": f"Oskar Lund wrote:\n{MARKED}",
    "marked, a blank line after": f"Oskar Lund wrote:\n{MARKED}\n",
    "on one line": f"Oskar Lund wrote: {SECOND}",
    "under a label": f"Quote:\nOskar Lund wrote:\n{SECOND}",
    "after a label": f"Quote: Oskar Lund wrote:\n{SECOND}",
    "quote from": f"Quote from Oskar Lund:\n{SECOND}",
    "quote from, a blank line after": f"Quote from Oskar Lund:\n{SECOND}\n",
    "its first line only": f"Oskar Lund wrote:\n{SECOND.split(chr(10))[0]}",
    "a post further up": f"Marta Velde wrote:\n{FIRST}\n",
}
ROWS: list[Row] = [lambda n: f"Reply   Quote   Tip   {n}", lambda n: f"👍 {n}   Reply   Quote   Tip",
                   lambda n: f"Reply   Quote   Tip   👍 {n}"]


@pytest.mark.parametrize("quote", QUOTES.values(), ids=QUOTES.keys())
@pytest.mark.parametrize("row", ROWS)
def test_a_quoted_post_is_the_quoted_posters_words_and_stays_their_comment(quote: str, row: Row) -> None:
    comments = split_layout(_thread(f"{quote}\n{OWN}", row)).comments
    assert [(c.author, c.body) for c in comments] == [
        (name, body) for (name, _), body in zip(POSTERS, [FIRST, SECOND, OWN, FOURTH, FIFTH], strict=True)]
    answered = "Marta Velde" if quote.startswith("Marta") else "Oskar Lund"
    assert (comments[2].reply_to, comments[2].is_reply) == (answered, True)


def test_a_quote_naming_the_poster_by_handle_ends_where_the_posts_words_end() -> None:
    """The quote names the poster's handle (printed under the name): the reply answers the name it
    quotes, and its text is what follows the quoted post's words."""
    comments = split_layout(_thread(f"olund wrote:\n{SECOND}\n{OWN}", ROWS[1])).comments
    assert [c.author for c in comments] == [name for name, _ in POSTERS]
    assert (comments[2].body, comments[2].reply_to) == (OWN, "olund")


@pytest.mark.parametrize("line", ["Oskar Lund wrote: the owner opened early for everyone",
                                  "Oskar Lund wrote: I bought mine online",
                                  "Quote: the owner was never warned, he says."])
def test_a_line_naming_a_poster_over_words_of_its_own_stays(line: str) -> None:
    """The words after "wrote:" are no run of the poster's own words: the line is the reply's."""
    comments = split_layout(_thread(f"{line}\n{OWN}", ROWS[0])).comments
    assert comments[2].body == f"{line}\n{OWN}" and comments[2].reply_to == ""


def test_a_notice_repeated_under_posts_is_still_no_ones_words() -> None:
    notice = "Posts are the opinions of their authors and not of the shop."
    bodies = [FIRST, SECOND, OWN, FOURTH, FIFTH]
    posts = [f"{name}\n@{user} · Nov 20, 2026\n{body}\n{notice}\n👍 {k}   Reply   Quote   Tip\n"
             for k, ((name, user), body) in enumerate(zip(POSTERS, bodies, strict=True))]
    comments = split_layout(HEAD + "\n".join(posts) + FOOT).comments
    assert [c.body for c in comments] == bodies


def test_a_name_line_saying_wrote_still_heads_its_comment() -> None:
    """A site that prints its commenters as "Ann Lee wrote:" over the stamp: the line is the header's
    name, not a quote opening (nothing of a header stands above it)."""
    parts = [f"{name} wrote:\nNov 20, 2026\n{body}\nReply\n"
             for (name, _), body in zip(POSTERS, [FIRST, SECOND, OWN, FOURTH, FIFTH], strict=True)]
    comments = split_layout(HEAD + "\n".join(parts) + FOOT).comments
    assert [c.author for c in comments] == [name for name, _ in POSTERS]
