"""Session 39 review (helper rev39c) of H283's comment-reader change (6bf5014, e2c40a6): a count-first
action row ("👍 12   Reply   Quote   Tip") read as furniture, and a forum reply's quote of another post
("Name wrote:", "Quote:", "> " marks, "Name wrote: words") kept out of the repeated-notice rule and
taken out of the reply. Invented pages only. A strict xfail pins a fault found (its reason says when it
is a regression against the branch point 5407a47); a plain test pins a behaviour that is right."""

from collections.abc import Callable

import pytest

from components.parse.layout import split_layout

HEAD = ("Riverside Makers forum › Town › Roads\n\n"
        "Council promises to mend the mill road before spring\n\n"
        "The mill road has been closed to cars since a culvert gave way under it in March, and the shops "
        "along it say trade has halved.\n\n"
        "Councillor Ruth Kavanagh said the repair would be finished before the spring market. Traders said "
        "they had heard the same promise last year.\n\n"
        "5 replies\n\n")
FOOT = "\nBack to forum\nTerms   Privacy\n"
FIRST = ("The culvert was patched twice before it gave way.\n"
         "Anyone who cycles that road saw the cracks getting wider.")
SECOND = ("I walked down there on Sunday and the barriers were still up.\n"
          "The bakery had a sign saying it will close on Mondays for now.")
OWN = "Closing on Mondays will not save them if the road stays shut."
FOURTH = "The bus still goes round the long way, which adds twenty minutes."
FIFTH = "My brother runs the hardware shop there.\nHe says the spring market is all they have left."
POSTERS = [("Hanna Roos", "hroos"), ("Felix Amar", "famar"), ("Greta Lind", "glind"),
           ("Ivo Brandt", "ibrandt"), ("Nell Sato", "nsato")]
COUNTS = [14, 2, 31, 0, 6]

Row = Callable[[int], str]
COUNT_FIRST: Row = lambda n: f"👍 {n}   Reply   Quote   Tip"  # noqa: E731
COUNT_AFTER: Row = lambda n: f"Reply   Quote   Tip   {n}"  # noqa: E731
LIKES: Row = lambda n: f"{n} likes"  # noqa: E731


def _thread(bodies: list[str], row: Row, posters: list[tuple[str, str]] = POSTERS) -> str:
    posts = [f"{name}\n@{user} · Nov {20 + k // 2}, 2026\n{body}\n{row(count)}\n"
             for k, ((name, user), body, count) in enumerate(zip(posters, bodies, COUNTS, strict=False))]
    return HEAD + "\n".join(posts) + FOOT


def _read(text: str) -> list[tuple[str, str]]:
    return [(c.author, c.body) for c in split_layout(text).comments]


def _expected(bodies: list[str], posters: list[tuple[str, str]] = POSTERS) -> list[tuple[str, str]]:
    return [(name, body) for (name, _), body in zip(posters, bodies, strict=True)]


# ---- a quoted post's own words, and the quoting reply's, kept (most harmful first) ----

def test_a_quoting_reply_quoted_in_turn_keeps_its_own_words() -> None:
    second = f"Hanna Roos wrote:\n{FIRST}\n{SECOND}"
    third = f"Felix Amar wrote:\n{SECOND}\n{OWN}"
    comments = split_layout(_thread([FIRST, second, third, FOURTH, FIFTH], COUNT_FIRST)).comments
    assert [(c.author, c.body) for c in comments] == _expected([FIRST, SECOND, OWN, FOURTH, FIFTH])
    assert [c.reply_to for c in comments[1:3]] == ["Hanna Roos", "Felix Amar"]


REPOSTED = {
    "opens with someone's said:": "The council said: the road will be open before the spring market, "
                                  "and it is still shut.",
    "opens with a markdown quote": "> the road will be open before the spring market\n"
                                   "That is what they wrote on the notice board, in those words.",
}


@pytest.mark.parametrize("body", REPOSTED.values(), ids=REPOSTED.keys())
def test_a_comment_posted_twice_that_opens_like_a_quote_keeps_both_copies(body: str) -> None:
    bodies = [FIRST, body, FOURTH, body, FIFTH]
    assert _read(_thread(bodies, LIKES)) == _expected(bodies)


def test_a_comment_posted_twice_under_wrote_headers_keeps_both_copies() -> None:
    twice = "They promised to mend the road by spring, and nothing has happened since then."
    bodies = [FIRST, twice, twice, FOURTH, FIFTH]
    posts = [f"Nov {20 + k}, 2026\n{name} wrote:\n{body}\n" for k, ((name, _), body) in
             enumerate(zip(POSTERS, bodies, strict=True))]
    assert _read(HEAD + "\n".join(posts) + FOOT) == _expected(bodies)


def test_a_replys_own_words_after_an_inline_quote_on_its_line_are_kept() -> None:
    third = ("Felix Amar wrote: I walked down there on Sunday and the barriers were still up. "
             "So did I, and the bakery was shut.")
    comments = split_layout(_thread([FIRST, SECOND, f"{third}\n{OWN}", FOURTH, FIFTH], COUNT_AFTER)).comments
    assert "So did I, and the bakery was shut." in comments[2].body


def test_a_replys_own_line_opening_with_more_than_is_kept() -> None:
    own = ">200 people signed the traders' petition in one weekend."
    third = f"Felix Amar wrote:\n{SECOND}\n{own}\n{OWN}"
    comments = split_layout(_thread([FIRST, SECOND, third, FOURTH, FIFTH], COUNT_AFTER)).comments
    assert comments[2].body == f"{own}\n{OWN}"


# ---- the obvious variants of a quote block ----

def test_an_invision_quote_with_a_time_keeps_the_quoted_post() -> None:
    third = f"On November 20, 2026 at 14:05, Felix Amar said:\n{SECOND}\n{OWN}"
    comments = split_layout(_thread([FIRST, SECOND, third, FOURTH, FIFTH], COUNT_FIRST)).comments
    assert [(c.author, c.body) for c in comments] == _expected([FIRST, SECOND, OWN, FOURTH, FIFTH])


@pytest.mark.xfail(strict=True, reason=(
    "a quote of a short post ('Fair price', a SHORT row) leaves 'Name wrote:' a header name under "
    "count-first rows: the quoted post is lost (the base lost it too)"))
def test_a_quote_of_a_short_post_keeps_the_quoted_post() -> None:
    short = "Fair price"
    bodies = [FIRST, short, f"Felix Amar wrote:\n{short}\n{OWN}", FOURTH, FIFTH]
    assert _read(_thread(bodies, COUNT_FIRST)) == _expected([FIRST, short, OWN, FOURTH, FIFTH])


@pytest.mark.xfail(strict=True, reason=(
    "Discourse's 'Name:' alone over the quoted block is not read as a quote: under count-first rows "
    "the quoted post is lost as a notice (the base lost it too)"))
def test_a_discourse_name_colon_quote_keeps_the_quoted_post() -> None:
    third = f"Felix Amar:\n{SECOND}\n{OWN}"
    assert _read(_thread([FIRST, SECOND, third, FOURTH, FIFTH], COUNT_FIRST)) == _expected(
        [FIRST, SECOND, OWN, FOURTH, FIFTH])


def test_a_nested_quote_leaves_the_replys_own_words_only() -> None:
    second = f"Hanna Roos wrote:\n{FIRST}\n{SECOND}"
    third = f"Felix Amar wrote:\nHanna Roos wrote:\n{FIRST}\n{SECOND}\n{OWN}"
    comments = split_layout(_thread([FIRST, second, third, FOURTH, FIFTH], COUNT_AFTER)).comments
    assert comments[2].body == OWN


@pytest.mark.xfail(strict=True, reason=(
    "an article's official quoted after 'Name wrote:' in a comment is taken for a forum quote: the "
    "official's words leave the comment and it becomes a reply to someone who never posted"))
def test_a_comment_quoting_the_articles_official_is_no_reply() -> None:
    third = ("Councillor Ruth Kavanagh wrote:\nThe repair will be finished before the spring market.\n"
             "She wrote exactly that last year too.")
    comments = split_layout(_thread([FIRST, SECOND, third, FOURTH, FIFTH], COUNT_AFTER)).comments
    assert (comments[2].body, comments[2].reply_to) == (third, "")


# ---- the count-first action row ----

@pytest.mark.xfail(strict=True, reason=(
    "count-first rows are read only where three posts repeat them: on a page of two posts they stay "
    "in the bodies (count-after rows are dropped there)"))
def test_count_first_rows_under_two_posts_are_no_part_of_them() -> None:
    two = POSTERS[:2]
    assert _read(_thread([FIRST, SECOND], COUNT_FIRST, two)) == _expected([FIRST, SECOND], two)


def test_a_first_line_like_a_count_first_row_stays_the_posts() -> None:
    """'3 Reply guys in this thread' has a count and the word 'reply', but no other post repeats it."""
    second = f"3 Reply guys in this thread\n{SECOND}"
    bodies = [FIRST, second, OWN, FOURTH, FIFTH]
    assert _read(_thread(bodies, COUNT_FIRST)) == _expected(bodies)


# ---- behaviours the change got right, pinned ----

def test_a_quote_of_part_of_a_sentence_is_taken_out() -> None:
    third = f"Felix Amar wrote:\nthe barriers were still up\n{OWN}"
    comments = split_layout(_thread([FIRST, SECOND, third, FOURTH, FIFTH], COUNT_FIRST)).comments
    assert [(c.author, c.body) for c in comments] == _expected([FIRST, SECOND, OWN, FOURTH, FIFTH])
    assert comments[2].reply_to == "Felix Amar"


def test_a_notice_under_every_post_goes_and_the_quoted_post_stays() -> None:
    """(The base lost the first two posts here.)"""
    notice = "Posts are the opinions of their authors and not of the forum."
    bodies = [FIRST, SECOND, f"Felix Amar wrote:\n{SECOND}\n{OWN}", FOURTH, FIFTH]
    comments = split_layout(_thread([f"{b}\n{notice}" for b in bodies], COUNT_FIRST)).comments
    assert [(c.author, c.body) for c in comments] == _expected([FIRST, SECOND, OWN, FOURTH, FIFTH])


def test_a_comment_opening_with_an_officials_said_stays_whole() -> None:
    """'X said:' names a poster only when X posted above: an article's official's words stay the comment's."""
    third = ("Councillor Ruth Kavanagh said:\nThe repair will be finished before the spring market.\n"
             "She said exactly that last year too.")
    comments = split_layout(_thread([FIRST, SECOND, third, FOURTH, FIFTH], COUNT_FIRST)).comments
    assert (comments[2].body, comments[2].reply_to) == (third, "")
