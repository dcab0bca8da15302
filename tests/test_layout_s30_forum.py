"""Session 30 (helper forum): a forum reply's quote of another post (vBulletin's "Quote:" and "Originally
Posted by", phpBB's "X wrote:", Invision's "On <date>, X said:") is the other poster's words, not the
reply's; a review's helpfulness row ("Helpful? Yes (3) No (1) Report") is the review's furniture; a
radio page's listeners sign their messages in the presenter's style ("Rob the farrier", "Big Al in the
cab", "Text ending 4471"). Each on invented pages, with must-not-fire cases on ordinary pages."""

from collections.abc import Callable

import pytest

from components.parse.comment_blocks import Kind, classify
from components.parse.layout import split_layout

HEAD = ("Island ferry cut to two sailings a day from March\n\n"
        "The island ferry will run only two sailings a day from March, the operator said on Monday, after "
        "its second boat failed an inspection at the yard.\n\n"
        "Operations manager Colm Reddy said the company hoped to bring back the early sailing by the summer. "
        "\"We know what the early boat means to people who work on the mainland,\" Reddy said.\n\n")
FIRST = ("Two sailings is no use to anyone working on the mainland.\n"
         "The early boat was the one that mattered.")
OWN = "Then the council should pay for a bus to the north pier until the boat is back."
LAST = "Nobody has mentioned the school trips yet."


def _xen(k: int, name: str, body: str) -> str:
    return f"{name}\nMember\n12 Nov 2026\n#{k}\n{body}\nLike Quote Reply\nReport"


def _php(k: int, name: str, body: str) -> str:
    return (f"{name}\nPosts: {40 + k}\n\nRe: Ferry cut\n\nQuote\n\n"
            f"Post by {name} » Thu Nov 12, 2026 {k}:05 pm\n\n{body}\n\nTop")


Post = Callable[[int, str, str], str]


def _forum(quote: str, post: Post) -> str:
    posts = [("Gannet_Pete", FIRST), ("shorelark", f"{quote}\n{OWN}"), ("Gannet_Pete", LAST)]
    return (HEAD + "Comments\n\n" + "\n\n".join(post(k, n, b) for k, (n, b) in enumerate(posts, 1))
            + "\n\nTerms   Privacy   Contact\n")


QUOTED = "The early boat was the one that mattered."
FORMS = [f"Quote:\nOriginally Posted by Gannet_Pete\n{QUOTED}",
         f"Originally Posted by Gannet_Pete\n{QUOTED}",
         f"Gannet_Pete wrote:\n{QUOTED}",
         f"Gannet_Pete wrote: ↑Thu Nov 12, 2026 1:05 pm\n{QUOTED}",
         f"On 12 November 2026 at 14:05, Gannet_Pete said:\n{QUOTED}",
         f"Gannet_Pete said:\n{QUOTED}\nClick to expand...",
         f"Quote: Originally Posted by Gannet_Pete\n{QUOTED}",
         f"Originally Posted by Gannet_Pete View Post\n{QUOTED}",
         f"On Thursday at 14:05, Gannet_Pete said:\n{QUOTED}",
         f"Gannet_Pete wrote on 12 Nov 2026, 14:05:\n{QUOTED}",
         f"Quote from: Gannet_Pete on November 12, 2026, 02:05:11 PM\n{QUOTED}"]


# ---- a reply's quote of another post ----

@pytest.mark.parametrize("quote", FORMS)
@pytest.mark.parametrize("post", [_xen, _php])
def test_a_quote_over_a_reply_is_not_the_replys_text(quote: str, post: Post) -> None:
    comments = split_layout(_forum(quote, post)).comments
    assert [c.author for c in comments] == ["Gannet_Pete", "shorelark", "Gannet_Pete"]
    assert [c.body for c in comments] == [FIRST, OWN, LAST]
    assert [c.reply_to for c in comments] == ["", "Gannet_Pete", ""]


def test_a_quote_of_a_post_not_on_the_page_ends_with_its_first_line() -> None:
    quote = "Quote:\nOriginally Posted by Marram_Jo\nThe slipway at the north pier floods at spring tides."
    comments = split_layout(_forum(quote, _xen)).comments
    assert comments[1].body == OWN and comments[1].reply_to == "Marram_Jo"


def test_a_quote_of_several_lines_and_blank_lines_between() -> None:
    quote = ("On 12 November 2026 at 14:05, Gannet_Pete said:\n\n"
             "Two sailings is no use to anyone working on the mainland.\n\n"
             "The early boat was the one that mattered.")
    comments = split_layout(_forum(quote, _xen)).comments
    assert comments[1].body == OWN and comments[1].reply_to == "Gannet_Pete"


@pytest.mark.parametrize("line", ["On 12 November 2026 at 14:05, she said:", "On the day, Tom said:",
                                  "Tom said on the radio:", "Gannet_Pete wrote: the early boat mattered"])
def test_lines_that_quote_no_post(line: str) -> None:
    comments = split_layout(_forum(f"{line}\n{QUOTED}", _xen)).comments
    assert comments[1].body == f"{line}\n{QUOTED}\n{OWN}"


def test_someone_quoted_who_is_no_poster_stays_in_the_text() -> None:
    page = _forum("My mum said:\nThe ferry was worse in the eighties.", _xen)
    comments = split_layout(page).comments
    assert comments[1].body == f"My mum said:\nThe ferry was worse in the eighties.\n{OWN}"
    assert comments[1].reply_to == ""


def test_a_reply_opening_with_the_quoted_words_on_its_first_line() -> None:
    page = _forum(f'Gannet_Pete wrote: "{QUOTED}"\n', _xen)
    comments = split_layout(page).comments
    assert comments[1].body == OWN and comments[1].reply_to == "Gannet_Pete"


# ---- a review's helpfulness row ----

REVIEW_HEAD = ("Harbourside Kitchen review: the chowder is worth the queue\n\n"
               "Harbourside Kitchen opened in the old net loft in September and has a queue at lunch. "
               "The menu is short, the chowder is thick and the bread comes warm.\n\n"
               "Prices are fair for the quay, though the desserts are small.\n\n")
REVIEWS = [("Maren Voss", "12 Nov 2026", "The chowder was as good as the write-up says. We waited."),
           ("Dougie Farr", "14 Nov 2026", "Too loud on a Saturday night. We could not hear each other."),
           ("Ines Corrie", "18 Nov 2026", "Friendly staff, and they found us a table for six.")]
ROWS = ["Helpful? Yes (3) No (1) Report", "Was this review helpful? Yes · No", "Helpful (4) · Report",
        "3 people found this helpful", "Was this helpful? Yes No", "Helpful? 👍 3 👎 1"]


@pytest.mark.parametrize("row", ROWS)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_helpfulness_row_under_every_review_is_no_part_of_it(row: str, gap: str) -> None:
    parts = [f"{n}   {d}\n{b}{gap}{row}" for n, d, b in REVIEWS]
    page = REVIEW_HEAD + "Reviews (3)\n\n" + "\n\n".join(parts) + "\n\nWrite a review\n"
    comments = split_layout(page).comments
    assert [(c.author, c.body) for c in comments] == [(n, b) for n, _, b in REVIEWS]


def test_helpfulness_rows_are_furniture_and_sentences_about_help_are_not() -> None:
    for row in [*ROWS, "Helpful? Yes 3 No 1", "12 people found this helpful.", "Helpful (4) | Report"]:
        assert classify(row)[0] is Kind.ACTION, row
    for line in ["Helpful? No, not really.", "Helpful staff and a warm room.", "I found this helpful."]:
        assert classify(line)[0] is not Kind.ACTION, line


def test_a_review_saying_helpful_keeps_its_words() -> None:
    bodies = ["Helpful staff and a warm room.", "The staff were helpful? Not to us.", "Was it worth it? Yes."]
    parts = [f"{n}   {d}\n{b}\nHelpful? Yes (2) No (0) Report"
             for (n, d, _), b in zip(REVIEWS, bodies, strict=True)]
    page = REVIEW_HEAD + "Reviews (3)\n\n" + "\n\n".join(parts) + "\n\nWrite a review\n"
    assert [c.body for c in split_layout(page).comments] == bodies


# ---- a radio page's listeners' messages, signed in the presenter's style ----

RADIO_HEAD = ("Drive time: should the bypass close at night for its repairs?\n\n"
              "The county wants to shut the bypass between ten at night and six in the morning for eight "
              "weeks while the bridge joints are replaced.\n\n"
              "Hauliers say the diversion through the villages adds forty minutes to every run. We asked "
              "what you thought.\n\n")
MESSAGES = [("Big Al in the cab", "Forty minutes is a lot when you are on the clock. Do it in the holidays."),
            ("Rob the farrier", "I drive to yards all over the county. The lanes are no place for a lorry."),
            ("Sharon in Tidworth", "We live on the diversion and nobody has asked us about the noise."),
            ("Ian the milkman", "Night closures suit me fine, I am the only one out there.\nGo the Rovers"),
            ("Priti on the A303", "Just get it done. Eight weeks of nights beats a year of lane closures."),
            ("Text ending 4471", "Why not one lane each way, open at night?\nTom in the end agreed")]
TIMES = ["16:05", "16:12", "16:20", "16:31", "16:44", "16:52"]


Form = Callable[[str, str, str], str]


def _radio(form: Form) -> str:
    parts = [form(s, b, t) for (s, b), t in zip(MESSAGES, TIMES, strict=True)]
    return RADIO_HEAD + "Your messages\n\n" + "\n\n".join(parts) + "\n\n© 2026 Downland Radio\n"


@pytest.mark.parametrize("form", [lambda s, b, t: f"{t}\n{b}\n{s}", lambda s, b, t: f"{b}\n{s}\n{t}",
                                  lambda s, b, t: f"{s}\n{t}\n{b}", lambda s, b, t: f"{t}\n{s}\n{b}",
                                  lambda s, b, t: f"{b}\n{s}", lambda s, b, t: f"{s}\n{b}",
                                  lambda s, b, t: f"{b}\n– {s}", lambda s, b, t: f"{s} · {t}\n{b}"])
def test_listeners_sign_offs_over_or_under_their_messages(form: Form) -> None:
    comments = split_layout(_radio(form)).comments
    assert [(c.author, c.body) for c in comments] == MESSAGES


def test_a_sign_off_reads_as_a_name_only_where_the_page_repeats_the_form() -> None:
    from components.parse.layout import _SIGN_OFF
    for line in ["Rob the farrier", "Big Al in the cab", "Priti on the A303", "Text ending 4471",
                 "Sharon in Tidworth", "Ian the milkman"]:
        assert _SIGN_OFF.match(line), line
    for line in ["Tom in the end agreed", "Go the Rovers", "Love the idea.", "Rob the farrier said no"]:
        assert not _SIGN_OFF.match(line), line


def test_short_lines_of_ordinary_comments_stay_their_bodies() -> None:
    comments = [("Ann Lee", "2 hours ago", "Love the idea\nIt has been a long time coming."),
                ("Bo Hart", "1 hour ago", "Tom in the end agreed\nWe all did, after the vote."),
                ("Cy Moss", "40 minutes ago", "Go the Rovers")]
    page = RADIO_HEAD + "Comments\n\n" + "\n\n".join(f"{n}\n{t}\n{b}\nReply" for n, t, b in comments) + "\n"
    assert [(c.author, c.body) for c in split_layout(page).comments] == [(n, b) for n, _, b in comments]


def test_a_folded_quote_of_a_poster_not_on_the_page() -> None:
    quote = "Marram_Jo said:\nThe slipway floods at spring tides.\nThe lights are out.\nClick to expand..."
    comments = split_layout(_forum(quote, _xen)).comments
    assert comments[1].body == OWN and comments[1].reply_to == "Marram_Jo"


def test_a_discourse_reply_quoting_the_poster_it_answers() -> None:
    posts = [("Colm Reddy", "creddy", "The early sailing is back from Monday, weather allowing."),
             ("Ann Lee", "annlee", "Will it stop at the north pier?"),
             ("Bo Hart", "bhart", "annlee:\nWill it stop at the north pier?\n\nOnly on weekdays.")]
    page = "Island ferry\nSign Up\nLog In\n\nEarly sailing returns\n\nFerries\n\n" + "\n\n".join(
        f"{n}\n{u}\n{d}d\n\n{b}\n\nReply" for d, (n, u, b) in enumerate(posts, 1)) + "\n"
    comments = split_layout(page).comments
    assert [(c.author, c.body, c.reply_to) for c in comments] == [
        ("Ann Lee", "Will it stop at the north pier?", ""), ("Bo Hart", "Only on weekdays.", "Ann Lee")]


def test_a_page_with_fewer_sign_offs_reads_them_as_nothing() -> None:
    comments = [("Ann Lee", "2 hours ago", "Rob the farrier\nHe shod our pony for years."),
                ("Bo Hart", "1 hour ago", "Sharon in Tidworth\nShe runs the shop by the green."),
                ("Cy Moss", "40 minutes ago", "Nobody I know, sorry.")]
    page = RADIO_HEAD + "Comments\n\n" + "\n\n".join(f"{n}\n{t}\n{b}\nReply" for n, t, b in comments) + "\n"
    assert [(c.author, c.body) for c in split_layout(page).comments] == [(n, b) for n, _, b in comments]
