"""Session 39 fixes (helper fix39c) to the forum-quote reading of H283's change: a comment posted twice
that opens like a quote, or under "Name wrote:" headers, keeps both copies; a reply's own words after
an inline quote on its line are kept; a reply's ">300 …" ("more than") line is its own. Invented pages."""

from components.parse.layout import split_layout

HEAD = ("Hollin Vale allotments board › Plots › Water\n\n"
        "Allotment society votes to meter the standpipes from April\n\n"
        "The society's committee voted on Tuesday to fit meters to the six standpipes on the Hollin Vale "
        "site, after the water bill rose by a third in two years.\n\n"
        "Treasurer Odile Marsh said each plot would pay for what it used. Several plot holders said the "
        "meters would cost more than the water they saved.\n\n"
        "5 replies\n\n")
FOOT = "\nBack to board\nRules   Contact\n"
POSTERS = [("Tomas Weir", "tweir"), ("Lia Okafor", "lokafor"), ("Bram Holt", "bholt"),
           ("Cato Finch", "cfinch"), ("Dora Vance", "dvance")]
ONE = "The meters cost forty pounds each and the bill is only up by ninety.\nIt does not add up to me."
TWO = "My plot is at the far end and the pipe there leaks every winter.\nFix the leak first, then meter it."
THREE = "A water butt on every shed would do more than any meter on a standpipe."
FOUR = "The committee should publish the bills so we can all see the numbers."
FIVE = "I voted against it but I can live with it if the leak is fixed."


def _likes_thread(bodies: list[str], tail: str = "") -> str:
    posts = [f"{name}\n@{user} · Mar {3 + k}, 2026\n{body}{tail}\n{4 + k} likes\n"
             for k, ((name, user), body) in enumerate(zip(POSTERS, bodies, strict=True))]
    return HEAD + "\n".join(posts) + FOOT


def _after_thread(bodies: list[str]) -> str:
    posts = [f"{name}\n@{user} · Mar {3 + k}, 2026\n{body}\nReply   Quote   Share   {k + 2}\n"
             for k, ((name, user), body) in enumerate(zip(POSTERS, bodies, strict=True))]
    return HEAD + "\n".join(posts) + FOOT


def _read(text: str) -> list[tuple[str, str]]:
    return [(c.author, c.body) for c in split_layout(text).comments]


def _expected(bodies: list[str]) -> list[tuple[str, str]]:
    return [(name, body) for (name, _), body in zip(POSTERS, bodies, strict=True)]


# ---- a comment posted twice ----

def test_a_repost_opening_with_someones_wrote_keeps_both_copies() -> None:
    twice = "The treasurer wrote: every plot pays for its own water from April, no exceptions at all."
    bodies = [ONE, twice, THREE, twice, FIVE]
    assert _read(_likes_thread(bodies)) == _expected(bodies)


def test_a_repost_opening_with_a_quote_mark_keeps_both_copies() -> None:
    twice = "> every plot pays for its own water\nThat is the line from the minutes, word for word."
    bodies = [ONE, TWO, twice, FOUR, twice]
    assert _read(_likes_thread(bodies)) == _expected(bodies)


def test_a_notice_under_every_post_goes_though_one_post_opens_with_a_quote_mark() -> None:
    """Must not fire: the notice stands under plain posts too, so it is still the site's notice."""
    notice = "\nViews here are the members' own and not the society's."
    quoting = "> the pipe there leaks every winter\nIt leaks at my end as well, by the gate."
    bodies = [ONE, TWO, quoting, FOUR, FIVE]
    assert _read(_likes_thread(bodies, notice)) == _expected(bodies)


def test_a_repost_under_date_and_wrote_headers_keeps_both_copies() -> None:
    twice = "Nobody asked the plot holders before the vote, and that is the real complaint here."
    bodies = [ONE, twice, THREE, twice, FIVE]
    posts = [f"Mar {3 + k}, 2026\n{name} wrote:\n{body}\n" for k, ((name, _), body) in
             enumerate(zip(POSTERS, bodies, strict=True))]
    assert _read(HEAD + "\n".join(posts) + FOOT) == _expected(bodies)


def test_a_notice_under_date_and_wrote_headers_still_goes() -> None:
    """Must not fire: a sentence under every post on such a site is still its notice."""
    notice = "Views here are the members' own and not the society's."
    bodies = [ONE, TWO, THREE, FOUR, FIVE]
    posts = [f"Mar {3 + k}, 2026\n{name} wrote:\n{body}\n{notice}\n" for k, ((name, _), body) in
             enumerate(zip(POSTERS, bodies, strict=True))]
    assert _read(HEAD + "\n".join(posts) + FOOT) == _expected(bodies)


# ---- a reply's own words after an inline quote, and a ">" that means "more than" ----

def test_the_replys_own_words_after_an_inline_quote_on_its_line_stay() -> None:
    third = ("Lia Okafor wrote: My plot is at the far end and the pipe there leaks every winter. "
             "Mine too, and nobody has come to look at it.")
    comments = split_layout(_after_thread([ONE, TWO, f"{third}\n{FOUR}", FOUR, FIVE])).comments
    assert (comments[2].body, comments[2].reply_to) == (
        f"Mine too, and nobody has come to look at it.\n{FOUR}", "Lia Okafor")


def test_an_inline_quote_alone_on_its_line_still_goes() -> None:
    """Must not keep the quote: the line holds the quoted sentence and nothing of the reply's."""
    third = f"Lia Okafor wrote: My plot is at the far end and the pipe there leaks every winter.\n{THREE}"
    comments = split_layout(_after_thread([ONE, TWO, third, FOUR, FIVE])).comments
    assert (comments[2].body, comments[2].reply_to) == (THREE, "Lia Okafor")


def test_a_line_opening_with_more_than_stays_the_replys() -> None:
    own = ">300 plot holders signed against the meters last spring."
    third = f"Lia Okafor wrote:\n{TWO}\n{own}\n{THREE}"
    comments = split_layout(_after_thread([ONE, TWO, third, FOUR, FIVE])).comments
    assert comments[2].body == f"{own}\n{THREE}"


def test_a_quote_marked_with_no_space_after_the_mark_still_goes() -> None:
    """Must not fire: ">the words" (no space) is still a quoted line."""
    third = f"Lia Okafor wrote:\n>the pipe there leaks every winter\n{THREE}"
    comments = split_layout(_after_thread([ONE, TWO, third, FOUR, FIVE])).comments
    assert comments[2].body == THREE


# ---- a quote chain: a quoting reply's own words quoted in turn ----

def _count_first_thread(bodies: list[str], tail: str = "") -> str:
    posts = [f"{name}\n@{user} · Mar {3 + k}, 2026\n{body}{tail}\n♥ {k * 3}   Reply   Quote   Tip\n"
             for k, ((name, user), body) in enumerate(zip(POSTERS, bodies, strict=True))]
    return HEAD + "\n".join(posts) + FOOT


def test_a_quoting_reply_quoted_in_turn_keeps_its_own_words() -> None:
    second = f"Tomas Weir wrote:\n{ONE}\n{TWO}"
    third = f"Lia Okafor wrote:\n{TWO}\n{THREE}"
    comments = split_layout(_count_first_thread([ONE, second, third, FOUR, FIVE])).comments
    assert [(c.author, c.body) for c in comments] == _expected([ONE, TWO, THREE, FOUR, FIVE])
    assert [c.reply_to for c in comments[1:3]] == ["Tomas Weir", "Lia Okafor"]


def test_a_notice_under_a_quote_chain_still_goes() -> None:
    """Must not fire: the notice stands under the plain posts as well as under the quoting ones."""
    notice = "\nViews here are the members' own and not the society's."
    second = f"Tomas Weir wrote:\n{ONE}\n{TWO}"
    third = f"Lia Okafor wrote:\n{TWO}\n{THREE}"
    comments = split_layout(_count_first_thread([ONE, second, third, FOUR, FIVE], notice)).comments
    assert [(c.author, c.body) for c in comments] == _expected([ONE, TWO, THREE, FOUR, FIVE])


# ---- Invision's dated quote line, a time's colon in it ----

def test_an_invision_quote_with_a_time_is_a_quote() -> None:
    third = f"On March 4, 2026 at 09:30, Lia Okafor said:\n{TWO}\n{THREE}"
    comments = split_layout(_count_first_thread([ONE, TWO, third, FOUR, FIVE])).comments
    assert [(c.author, c.body) for c in comments] == _expected([ONE, TWO, THREE, FOUR, FIVE])
    assert comments[2].reply_to == "Lia Okafor"


def test_a_sentence_opening_on_a_day_with_said_is_no_quote_of_a_poster() -> None:
    """Must not fire: the 'said:' names someone who never posted here, so the comment stays whole."""
    third = f"On March 4, 2026 at 09:30, the treasurer said:\nEvery plot pays for what it uses.\n{THREE}"
    comments = split_layout(_count_first_thread([ONE, TWO, third, FOUR, FIVE])).comments
    assert (comments[2].body, comments[2].reply_to) == (third, "")


# ---- a nested quote: the quoted post's own quote of an earlier one ----

def test_a_nested_quote_leaves_the_replys_own_words_only() -> None:
    second = f"Tomas Weir wrote:\n{ONE}\n{TWO}"
    third = f"Lia Okafor wrote:\nTomas Weir wrote:\n{ONE}\n{TWO}\n{THREE}"
    comments = split_layout(_after_thread([ONE, second, third, FOUR, FIVE])).comments
    assert (comments[2].body, comments[2].reply_to) == (THREE, "Lia Okafor")


def test_a_quote_of_a_post_whose_first_line_is_its_own_stays_one_level() -> None:
    """Must not fire: the line under the quote opening is the quoted post's own, no second opening."""
    third = f"Lia Okafor wrote:\n{TWO}\n{THREE}"
    comments = split_layout(_after_thread([ONE, TWO, third, FOUR, FIVE])).comments
    assert (comments[2].body, comments[2].reply_to) == (THREE, "Lia Okafor")
