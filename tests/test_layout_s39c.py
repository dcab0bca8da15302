"""Session 39 (helper lay39c): comment-section forms a data writer met on forum threads and on a game's
review page, each on invented pages with must-not-fire cases.

1. An answer under a review by the one who made what is reviewed or runs the place ("Harbour Games
   responds:", "Response from the developer", "Author Response", "Owner's reply"), with or without
   a stamp of its own, is that author's comment, a reply to the review above; a review's bare vote
   button ("Helpful!") and a "More games by …" footer after the last review are no review's text.
2. A forum poster's box (the name, a custom title or rank of the poster's own, the registration line,
   profile fields) over a post whose date stands under the text or in the box: the poster is the
   name the box opens with, the title and the registration date are neither a name nor a stamp nor
   the post's text."""

from collections.abc import Callable

import pytest

from components.parse.comment_blocks import _BANG_BUTTON, Kind, _answer_heading, _is_section_end, classify
from components.parse.layout import _profile_box, split_layout

# ---- 1. answers under reviews ----

GAME = ("Saltwick Lights\nA puzzle game about harbour pilots\nRelease date: 4 Feb 2025\n"
        "Developer: Pennant Works\n\n"
        "Steer the pilot boat through thirty tides, mending buoys and guiding the trawlers past the bar "
        "before the fog comes in. Each tide adds a new instrument to the wheelhouse.\n\n"
        "Reviews (3)\n\n")
REVIEWS = [("Orla Penhale", "Feb 11, 2025", "The tides are clever but the last five drag on far too long."),
           ("knotweed_jo", "Feb 19, 2025", "Lovely. The sea shanties alone are worth the price."),
           ("Teodor Vass", "Mar 2, 2025", "Froze twice on my tablet and lost a whole tide each time.")]
ANSWERS = ["Thanks Orla, the late tides get shorter in the next update.", None,
           "Sorry Teodor. Update 1.2 fixes the freeze, tell us if it happens again."]
FOOTER = "\nMore games by Pennant Works\nGullstone\nThe Lamp Room\n"

Heading = Callable[[str], str]
HEADINGS: list[tuple[Heading, str]] = [
    (lambda t: f"Pennant Works responds:\n{t}", "Pennant Works"),
    (lambda t: f"Pennant Works responded:\n{t}", "Pennant Works"),
    (lambda t: f"Pennant Works responds:\nMar 4, 2025\n{t}", "Pennant Works"),
    (lambda t: f"Response from the developer\n{t}", "Developer"),
    (lambda t: f"Response from the developer\nMar 4, 2025\n{t}", "Developer"),
    (lambda t: f"Developer response\n{t}", "Developer"),
    (lambda t: f"Author Response\n{t}", "Author"),
    (lambda t: f"Reply from the creator\n{t}", "Creator"),
    (lambda t: f"Owner's reply\n{t}", "Owner"),
    (lambda t: f"Owner's reply\n2 weeks ago\n{t}", "Owner"),
]


def _review_page(heading: Heading, button: str) -> str:
    parts = []
    for (name, day, text), answer in zip(REVIEWS, ANSWERS, strict=True):
        part = f"{name}\n{day}\n{text}\n{button}"
        parts.append(part + (heading(answer) + "\n" if answer else ""))
    return GAME + "\n".join(parts) + FOOTER


@pytest.mark.parametrize("button", ["", "Helpful!\n"])
@pytest.mark.parametrize(("heading", "author"), HEADINGS)
def test_an_answer_under_a_review_is_its_authors_reply(heading: Heading, author: str, button: str) -> None:
    comments = split_layout(_review_page(heading, button)).comments
    want = []
    for (name, _, text), answer in zip(REVIEWS, ANSWERS, strict=True):
        want.append((name, "", text))
        if answer:
            want.append((author, name, answer))
    assert [(c.author, c.reply_to, c.body) for c in comments] == want


def test_answer_headings_and_what_is_none() -> None:
    for line in ["Pennant Works responds:", "Pennant Works responded:", "Response from the developer",
                 "Developer response", "Author Response", "Author's reply", "Reply from the creator",
                 "Owner's reply", "Management response", "Response from Marcus D, Owner"]:
        assert _answer_heading(line), line
    for line in ["The developer responds quickly to bug reports.", "Developer", "Author",
                 "Responds:", "Nobody responds to emails any more:  ",
                 "Pennant Works responds to critics", "Author of three books"]:
        assert not _answer_heading(line.strip()), line
    assert classify("The developer responds quickly to bug reports.")[0] is Kind.PROSE
    assert classify("Pennant Works responds:") == (Kind.NAME, "Pennant Works")


def test_a_review_whose_text_is_a_button_word_keeps_it() -> None:
    """"Helpful!" is a button only where the section repeats it: one reader's whole text may be it."""
    page = GAME + ("Orla Penhale\nFeb 11, 2025\nHelpful!\n\n"
                   "knotweed_jo\nFeb 19, 2025\nLovely. The sea shanties alone are worth the price.\n\n"
                   "Teodor Vass\nMar 2, 2025\nFroze twice on my tablet and lost a whole tide each time.\n")
    comments = split_layout(page).comments
    assert [(c.author, c.body) for c in comments][0] == ("Orla Penhale", "Helpful!")
    assert _BANG_BUTTON.match("Helpful!") and not _BANG_BUTTON.match("Very helpful, thanks!")


def test_a_makers_other_titles_close_the_section_but_a_sentence_does_not() -> None:
    assert _is_section_end("More games by Pennant Works")
    assert _is_section_end("More books from Harbour Press")
    assert not _is_section_end("More games by this studio please")
    assert not _is_section_end("More games by Pennant Works would be great.")


# ---- 2. a forum poster's box ----

THREAD = "Harbour Games Forum › Board Games › Reviews\n\nIs the new canal expansion worth the money?\n\n"
ARTICLE = ("Game shop cuts the price of the canal expansion\n\n"
           "The Harbour Games shop said on Monday it would cut the price of the canal expansion after "
           "customers complained about the size of the box.\n\n"
           "The owner said the publisher had agreed to the change.\n\nComments\n\n")
POSTERS = ["lockkeeper_ann", "Barrowby", "tiller girl", "Wendel Ash"]
TITLES = ["Cardboard Addict", "Senior Member", "Ask me about barges!", "New Member"]
JOINED = ["Mar 2011", "Jun 2015", "Jan 2019", "Feb 2024"]
DAYS = ["Mar 3, 2011", "Jun 9, 2015", "Jan 20, 2019", "Feb 2, 2024"]
POSTS = ["I played the canal expansion four times with my group last week.\n\n"
         "The locks add a lot, but the box is half air and the price is steep.",
         "Same here. The barges are the best part, the rest felt like filler.",
         "I disagree, the new scoring made our games much closer and nobody ran away with it.",
         "Is it worth it for two players?"]
STAMPS = ["Mar 14, 2025 9:12 PM", "Mar 14, 2025 10:40 PM", "Mar 15, 2025 8:03 AM", "Mar 15, 2025 9:30 AM"]

Post = Callable[[int], str]
BELOW: list[Post] = [  # the post's date under its text
    lambda i: f"{POSTERS[i]}\n{TITLES[i]}\nRegistered: {JOINED[i]}\n{POSTS[i]}\n{STAMPS[i]}\n",
    lambda i: f"{POSTERS[i]}\n{TITLES[i]}\nJoined {JOINED[i]}\nPosts: 1,204\n{POSTS[i]}\n{STAMPS[i]}\n",
    lambda i: f"{POSTERS[i]}\n{TITLES[i]}\nJoined\n{DAYS[i]}\n{POSTS[i]}\n{STAMPS[i]}\n",
    lambda i: f"{POSTERS[i]}\n{TITLES[i]}\nRegistered\n{JOINED[i]}\n{POSTS[i]}\nPosted: {STAMPS[i]}\n",
    lambda i: f"{POSTERS[i]}\n{TITLES[i]}\nRegistered: {JOINED[i]}\n{POSTS[i]}\n{STAMPS[i]}\nReply   Quote\n",
    lambda i: f"{POSTERS[i]}\n{TITLES[i]}\nJoined: {DAYS[i]}\n{POSTS[i]}\n{STAMPS[i]}\nReport\n",
]
INSIDE: list[Post] = [  # the post's date in the box, over the text
    lambda i: f"{POSTERS[i]}\n{TITLES[i]}\nRegistered: {JOINED[i]}\n{STAMPS[i]}\n{POSTS[i]}\n",
    lambda i: f"{POSTERS[i]}\n{TITLES[i]}\nJoined\n{DAYS[i]}\n{STAMPS[i]}\n{POSTS[i]}\n",
    lambda i: f"{POSTERS[i]}\n{TITLES[i]}\n{STAMPS[i]}\nJoined {JOINED[i]}\n{POSTS[i]}\n",
    lambda i: (f"{POSTERS[i]}\n{TITLES[i]}\nRegistered: {JOINED[i]}\nPosts: 88\n{STAMPS[i]}\n{POSTS[i]}\n"
               "Report\n"),
]


@pytest.mark.parametrize("post", BELOW + INSIDE)
@pytest.mark.parametrize("top", ["thread", "article"])
def test_the_poster_is_the_name_the_box_opens_with(post: Post, top: str) -> None:
    head = THREAD if top == "thread" else ARTICLE
    page = head + "\n".join(post(i) for i in range(4)) + "\nBack to forum\n"
    comments = split_layout(page).comments
    want = list(zip(POSTERS, POSTS, strict=True))[1 if top == "thread" else 0:]  # (a thread: its opening
    assert [(c.author, c.body) for c in comments] == want                      # post is the article)


def test_a_box_is_the_title_lines_over_a_registration_line() -> None:
    assert _profile_box(["Cardboard Addict", "Registered: Mar 2011", "Posts: 12", "The text."]) == 3
    assert _profile_box(["Joined", "Mar 3, 2011", "The text."]) == 2
    assert _profile_box(["Senior Member", "Meeple Mover", "Joined Jan 2019", "The text."]) == 3
    # no registration line under the name: a place and a stamp, or the text
    assert _profile_box(["Leeds", "3 hours ago", "The text."]) == 0
    assert _profile_box(["Joined the club in 2011 and never looked back.", "Mar 3, 2025"]) == 0
    assert _profile_box(["Registered", "voters only, please."]) == 0
    assert _profile_box(["Three title lines", "are", "too many", "Joined Mar 2011"]) == 0
    assert _profile_box(["A line far too long to be anybody's custom title", "Joined Mar 2011"]) == 0


def test_a_post_that_mentions_joining_keeps_its_lines() -> None:
    """A commenter's header with a place under the name, and a text that opens with "Joined …": no box."""
    names = ["lockkeeper_ann", "Barrowby", "Tilly Marsh", "Wendel Ash"]
    page = ARTICLE + "".join(
        f"{name}\nHarbourside\n{stamp}\nJoined the club in 2011 and never looked back. "
        f"{post.splitlines()[0]}\n\n"
        for name, stamp, post in zip(names, STAMPS, POSTS, strict=True))
    comments = split_layout(page).comments
    assert [c.author for c in comments] == names
    assert all(c.body.startswith("Joined the club in 2011") for c in comments)
