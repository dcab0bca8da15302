"""Session 39 (helper fix39e): the fixes to the poster's-box and review-answer readers, on invented
text. A poster's registration line is one definition for both modules (the label alone, or the label
and a date); "Joined Mar 2011" is no reaction counter; a review's "Helpful!" is its button only under
its text; "Owner response from <name>" heads that person's reply; the box walk is bounded."""

import pytest

from components.parse.comment_blocks import (
    _PROFILE_BOX_ROWS,
    Kind,
    _box_top,
    _since_line,
    classify,
)
from components.parse.layout import is_registration_line, registration_label, split_layout


@pytest.mark.parametrize("line", ["Joined", "Joined:", "Registered: 4 Oct 2019", "Join Date: Jun 2016",
                                  "Member since March 2020", "Joined: Tue Oct 01, 2019 7:15 am"])
def test_a_registration_line_is_its_label_and_a_date(line: str) -> None:
    assert is_registration_line(line)


@pytest.mark.parametrize("line", ["Joined the choir in 2019, best thing I did.", "Registered: twice, in 2019",
                                  "Joined Up Thinking", "Registered nurse", "Member since forever"])
def test_a_sentence_or_name_opening_with_the_label_is_none(line: str) -> None:
    assert not is_registration_line(line)


def test_the_label_alone_waits_for_its_date_under_it() -> None:
    assert registration_label("Join Date:")
    assert not registration_label("Join Date: Jun 2016")


@pytest.mark.parametrize(("line", "since"), [("Member since 2016", True), ("Customer since 2021", True),
                                             ("Signed up 3 weeks ago", True), ("Joined", True),
                                             ("Joined the choir last spring", False),
                                             ("Signed up for the swim, see you there", False),
                                             ("joined #harbour-news along with 2 others", True),
                                             ("Joined #harbour-news and loved it", False)])
def test_a_joining_line_under_a_name_is_a_label_and_a_date_or_year(line: str, since: bool) -> None:
    assert _since_line(line) is since


def test_a_name_opening_with_joined_is_a_name() -> None:
    assert classify("Joined Up Thinking")[0] is Kind.NAME


FORUM = ("Ferry timetable to change in spring\n\n"
         "The ferry company said on Tuesday the spring timetable would drop the late crossing on weekdays "
         "after a fall in passengers.\n\nThe council said it would ask for the crossing back.\n\n"
         "Comments\n\n")
FORUM_POSTS = [("pier_watcher", "I take the late crossing twice a week, this will hurt a lot of us."),
               ("Hollis Grey", "The late boat was half empty every time I was on it, to be fair."),
               ("dock ten", "Could they not run a smaller boat instead of dropping it altogether?")]


def test_a_rank_and_a_joining_line_with_no_field_close_each_box() -> None:
    page = FORUM + "\n".join(f"{name}\nVeteran\nJoined Oct 2019\nApr {4 + i}, 2025 6:10 PM\n{post}\n"
                             for i, (name, post) in enumerate(FORUM_POSTS))
    assert [(c.author, c.body) for c in split_layout(page).comments] == FORUM_POSTS


SHOP = ("Tidewater Kettle\nA stovetop kettle in enamelled steel\n\n"
        "A two-litre kettle with a folding handle and a whistle that lifts off for cleaning. Made in "
        "small batches and tested on gas, electric and induction hobs.\n\nReviews (3)\n\n")


def test_a_review_whose_text_is_its_button_word_keeps_it() -> None:
    """"Useful!" right under a review's stamp is its text; under a review's text, its button."""
    page = SHOP + ("Brann Okafor\nJan 3, 2025\nWhistles loud enough to hear from the garden.\nUseful!\n\n"
                   "Cass Lund\nJan 9, 2025\nUseful!\nUseful!\n\n"
                   "Petra Ilves\nJan 12, 2025\nThe handle gets hot on gas, be careful.\nUseful!\n")
    read = [(c.author, c.body) for c in split_layout(page).comments]
    assert read == [("Brann Okafor", "Whistles loud enough to hear from the garden."),
                    ("Cass Lund", "Useful!"),
                    ("Petra Ilves", "The handle gets hot on gas, be careful.")]


def test_a_role_and_a_name_head_that_persons_answer() -> None:
    page = SHOP + ("Brann Okafor\nJan 3, 2025\nWhistles loud enough to hear from the garden.\n"
                   "Manager reply from Tomas Reyes\nGlad you like it, Brann.\n\n"
                   "Petra Ilves\nJan 12, 2025\nThe handle gets hot on gas, be careful.\n")
    read = [(c.author, c.reply_to, c.body) for c in split_layout(page).comments]
    assert read == [("Brann Okafor", "", "Whistles loud enough to hear from the garden."),
                    ("Tomas Reyes", "Brann Okafor", "Glad you like it, Brann."),
                    ("Petra Ilves", "", "The handle gets hot on gas, be careful.")]


def test_a_sentence_about_an_owners_response_names_no_one() -> None:
    assert classify("Owner response from the council was slow and vague.")[0] is not Kind.NAME


def test_the_box_walk_stops_at_a_boxs_size() -> None:
    lines = ["Reply"] * 50 + ["Joined", "Mar 2011"]
    rows = [(k, Kind.ACTION, "") for k in range(len(lines))]
    assert _box_top(lines, rows, 50) >= 50 - _PROFILE_BOX_ROWS


def test_a_role_heading_with_its_date_beside_is_a_reply() -> None:
    """"Manager Reply · Jan 5, 2025" answers the review above; the reviews stay reviews."""
    page = SHOP + ("Brann Okafor\nJan 3, 2025\nWhistles loud enough to hear from the garden.\n"
                   "Manager Reply · Jan 5, 2025\nGlad you like it, Brann.\n\n"
                   "Petra Ilves\nJan 12, 2025\nThe handle gets hot on gas, be careful.\n")
    read = [(c.author, c.reply_to, c.body) for c in split_layout(page).comments]
    assert read == [("Brann Okafor", "", "Whistles loud enough to hear from the garden."),
                    ("Manager", "Brann Okafor", "Glad you like it, Brann."),
                    ("Petra Ilves", "", "The handle gets hot on gas, be careful.")]
