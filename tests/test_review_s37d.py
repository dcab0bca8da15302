"""Session 37 review (helper H232) of the letters-page reader (components/parse/letters.py, first in
layout._read_comments) and of the review-furniture lines (_is_comment_meta, comment_blocks.classify)
merged in ea0cc32, written as tests on invented pages.

A plain test pins a behaviour the change gets right; a strict xfail is a fault found in review, its
reason saying what is wrong (and "regression against 1dcf597" where the code before the change read the
page right).
"""

import time

import pytest

from components.parse.layout import split_layout
from components.parse.letters import letters_page
from tests.layout_support import comment_rows

ARTICLE = ("Harbour wall repairs to start in the spring\n\nBy Lowri Penhallow\n\n"
           "The harbour board agreed on Monday to spend its reserve on the north wall, which has cracked "
           "in two places since the storms of last winter.\n\n"
           "Work will start in March and the slipway will be closed to boats for about six weeks.\n\n")

LETTERS_HEAD = ("Your letters: the ferry, the library and a lost dog\n\nSaturday, March 14, 2026\n\n"
                "The ferry timetable changed again this week, and the postbag shows what readers made of "
                "it and of much else besides.\n\n")

# (text lines, name, address) of four invented letters
FOUR = [
    (["The early ferry now leaves ten minutes before the first bus arrives at the quay.",
      "Whoever drew up the timetable has never had to catch it."],
     "Morwenna Trelease", "Quay Street, Polbryn"),
    (["Our library opens three days a week now, and never on a Saturday.",
      "Children who are at school all week cannot use it at all."], "Idris Carrow", "Polbryn"),
    (["The new crossing by the school is a fine thing and it was worth the long wait.",
      "Thank you to the parents who kept asking for it."], "Bethan Yelland", "Chair, Polbryn School Parents"),
    (["To the man who found our spaniel on the cliff path on Sunday: thank you.",
      "She is home, muddy and very pleased with herself."], "Kit Hosken", "Gull Row, Polbryn"),
]


def _comment_section(with_reply: bool = False) -> str:
    """An ordinary comment section: a name, a relative stamp, the text, a Reply action."""
    second = "Ned Pascoe replied to Jory Bolitho" if with_reply else "Ned Pascoe"
    return ("Comments\n\n"
            "Jory Bolitho\n2 hours ago\n"
            "About time. The wall has been falling into the sea for years.\nReply\n\n"
            f"{second}\n1 hour ago\nIt was patched in 2019 as well, and look how long that lasted.\nReply\n\n"
            "Tamsin Rowe\n3 hours ago\n"
            "Six weeks without the slipway in spring will hurt the crabbers.\nReply\n\n"
            "Perran Cundy\n4 hours ago\nWho is paying for it if the reserve runs out halfway?\nReply\n")


SECTION_ROWS = [
    ("Jory Bolitho", "", "About time. The wall has been falling into the sea for years."),
    ("Ned Pascoe", "", "It was patched in 2019 as well, and look how long that lasted."),
    ("Tamsin Rowe", "", "Six weeks without the slipway in spring will hurt the crabbers."),
    ("Perran Cundy", "", "Who is paying for it if the reserve runs out halfway?"),
]

FOOTER_LINKS = "More from Opinion\n\nLetters\nCrossword\nObituaries\n\n"


# ---- a "Letters" link over an ordinary comment section (the reader is first in the chain) ----

def test_a_letters_link_in_the_footer_leaves_the_comment_section_s_text_clean() -> None:
    assert comment_rows(ARTICLE + FOOTER_LINKS + _comment_section()) == SECTION_ROWS


def test_a_letters_link_in_the_footer_keeps_a_reply_and_its_target() -> None:
    page = (ARTICLE + FOOTER_LINKS + _comment_section(with_reply=True)
            + "\nComments are closed on this article. Please read our community guidelines before posting.\n")
    rows = comment_rows(page)
    assert [(author, reply_to) for author, reply_to, _ in rows] == [
        ("Jory Bolitho", ""), ("Ned Pascoe", "Jory Bolitho"), ("Tamsin Rowe", ""), ("Perran Cundy", "")]
    assert not any("Comments are closed" in body or "replied to" in body for _, _, body in rows)


def test_without_the_letters_link_the_same_section_reads_right() -> None:
    """The control for the two above: the comment reader of 1dcf597 reads this section right."""
    assert comment_rows(ARTICLE + _comment_section()) == SECTION_ROWS


# ---- review furniture rules firing on a comment's own words ----

@pytest.mark.parametrize("words", ["Sun · Sea · Sand!", "Crab · Chips · Heaven", "Spoilers!"])
def test_a_comment_whose_text_looks_like_review_furniture_is_kept(words: str) -> None:
    page = ARTICLE + _comment_section().replace(
        "It was patched in 2019 as well, and look how long that lasted.", words)
    assert [author for author, _, _ in comment_rows(page)] == [
        "Jory Bolitho", "Ned Pascoe", "Tamsin Rowe", "Perran Cundy"]


def test_a_comment_s_closing_middot_list_stays_in_its_text() -> None:
    page = ARTICLE + _comment_section().replace(
        "It was patched in 2019 as well, and look how long that lasted.",
        "We went to the coast instead last weekend.\nSun · Sea · Sand")
    assert comment_rows(page)[1][2] == "We went to the coast instead last weekend.\nSun · Sea · Sand"


# ---- text lost, or read into the wrong letter ----

def _foot_page(letters: list[str], intro: str = "Letters\n\n", tail: str = "\n\nMost read\n") -> str:
    return LETTERS_HEAD + intro + "\n\n".join(letters) + tail


def test_the_first_letter_keeps_all_its_paragraphs() -> None:
    letters = ["\n\n".join([first, f"{second}\n{name}\n{address}"])
               for (first, second), name, address in FOUR]
    rows = comment_rows(_foot_page(letters))
    assert rows == [(name, "", "\n\n".join(text)) for text, name, address in FOUR]


def test_a_letter_s_one_line_question_paragraph_is_its_text() -> None:
    question = "Why does nobody answer the telephone at the harbour office?"
    letters = [f"{text[0]}\n{text[1]}\n{name}\n{address}" for text, name, address in FOUR]
    letters[1] = f"{question}\n\nI rang eleven times last week and gave up.\n{FOUR[1][1]}\n{FOUR[1][2]}"
    rows = comment_rows(_foot_page(letters))
    assert rows[1] == ("Idris Carrow", "", f"{question}\n\nI rang eleven times last week and gave up.")


def test_the_page_s_introduction_is_no_letter_s_text() -> None:
    intro = ("Letters\n\nEmail your letters to the editor at the address below. Letters may be edited for "
             "length and clarity.\n\n")
    letters = [f"{text[0]}\n{text[1]}\n\n{name}\n{address}" for text, name, address in FOUR]
    rows = comment_rows(_foot_page(letters, intro=intro))
    assert rows == [(name, "", "\n".join(text)) for text, name, address in FOUR]


def test_an_editor_s_note_between_letters_is_no_letter_s_text() -> None:
    letters = [f"{text[0]}\n{text[1]}\n{name}\n{address}" for text, name, address in FOUR]
    letters.insert(2, "Editor's note: the harbour board has since said the timetable will be reviewed.")
    rows = comment_rows(_foot_page(letters))
    assert not any("Editor's note" in body for _, _, body in rows)


def test_the_page_s_closing_note_is_no_part_of_the_last_head_signed_letter() -> None:
    letters = [f"{name}\n{address}\n{text[0]} {text[1]}" for text, name, address in FOUR]
    tail = ("\n\nLetters may be edited for length. Send yours to the address on page two.\n\nMost read\n")
    rows = comment_rows(_foot_page(letters, tail=tail))
    assert rows[-1] == ("Kit Hosken", "", " ".join(FOUR[3][0]))


def test_narration_between_quoted_open_letters_stays_the_article_s() -> None:
    page = ARTICLE + (
        "Letters: what the harbour users wrote\n\n"
        "The first came from a crabber who has fished out of the harbour for thirty years.\n\n"
        "Without the slipway in March we lose the best of the season. Please start in June instead.\n"
        "— Jago Penrose, Polbryn\n\n"
        "A second letter was signed by the sailing club's secretary on behalf of its members.\n\n"
        "Our junior sailors start in April, and we would be glad of any date after that.\n"
        "— Elowen Mabe, Secretary, Polbryn Sailing Club\n\n"
        "The third came from a pensioner who walks the wall every morning.\n\n"
        "The cracks have grown since Christmas, and I would rather it was done soon than late.\n"
        "— Gwen Tremayne, Polbryn\n\n"
        "The board said it would answer each letter before work begins.\n")
    layout = split_layout(page)
    bodies = [c.body for c in layout.comments]
    assert not any("A second letter was signed" in body or "The third came" in body for body in bodies)
    assert any("A second letter was signed" in p for p in layout.paragraphs)


def test_a_letters_link_in_a_link_list_loses_no_article_prose() -> None:
    page = ARTICLE + (
        "Read more\n\nYour letters\nPuzzles\n\n"
        "We asked readers whether the work should wait until the autumn. Here is some of what you said.\n\n"
        "Yes. March is the worst month to close the slipway for anyone who fishes.\nJago Penrose\nPolbryn\n\n"
        "No. The wall will not last another winter and everybody knows it.\nMaud Keast\nPolbryn\n\n"
        "Start now and get it over with, whatever it costs the board.\nRory Tonkin\nPolbryn\n\n"
        "In all, 230 readers took part and most of them said the work should start now.\n")
    layout = split_layout(page)
    kept = [*layout.paragraphs, *(c.body for c in layout.comments)]
    assert any("We asked readers" in text for text in kept)


# ---- obvious variants of a letters page the reader misses ----

def test_letters_signed_with_an_email_address_are_read() -> None:
    letters = [f"{text[0]} {text[1]}\n{name}\n{name.split()[0].lower()}@example.net"
               for text, name, _ in FOUR]
    assert [c.author for c in split_layout(_foot_page(letters)).comments] == [name for _, name, _ in FOUR]


def test_letters_signed_name_and_town_on_one_line_are_read() -> None:
    letters = [f"{text[0]} {text[1]}\n{name}, {address}" for text, name, address in FOUR]
    assert [c.author for c in split_layout(_foot_page(letters)).comments] == [name for _, name, _ in FOUR]


def test_a_numbered_letter_s_number_is_no_part_of_its_text() -> None:
    letters = [f"{n}. {text[0]} {text[1]}\n{name}\n{address}"
               for n, (text, name, address) in enumerate(FOUR, 1)]
    assert [c.body for c in split_layout(_foot_page(letters)).comments] == [" ".join(t) for t, _, _ in FOUR]


# ---- pinned: what the change gets right ----

def test_a_reply_letter_opening_sir_is_read_with_its_salutation() -> None:
    letters = [f"Sir, {text[0]} {text[1]}\n{name.upper()}\n{address}" for text, name, address in FOUR]
    rows = comment_rows(_foot_page(letters, intro="Letters to the editor\n\n"))
    assert [body for _, _, body in rows] == [f"Sir, {text[0]} {text[1]}" for text, _, _ in FOUR]


def test_comments_signed_with_a_first_name_and_town_open_no_letters_page() -> None:
    page = ARTICLE + FOOTER_LINKS + "Comments\n\n" + "\n\n".join(
        f"{text[0]}\n— {name.split()[0]}, {address.split(', ')[-1]}" for text, name, address in FOUR)
    assert letters_page(page.split("\n")) == ([], set())


@pytest.mark.timing
def test_five_thousand_letters_are_read_in_linear_time() -> None:
    letters = [f"The early ferry left without us again, the {n}th time this year.\nMorwenna Trelease\nPolbryn"
               for n in range(5000)]
    lines = _foot_page(letters).split("\n")
    # this process's CPU time: other load (an xdist neighbour, other jobs) is not the code's
    started = time.process_time()
    found, _ = letters_page(lines)
    assert len(found) == 5000 and time.process_time() - started < 5.0
