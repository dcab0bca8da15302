"""Session 33 (H138): the simplest comment section there is, a name line over a stamp line over the
text under a comments heading, lost its first comment (or all of them) when the article above was
short: the generic reader looked for the heading only after the page's first line of twelve words,
and took the first comment under it for a thread's opening post when no paragraph of article length
stood above. All pages here are invented.

Must-not-fire: an article whose last paragraphs are a name line and a date line, a forum thread's
opening post under its labelled title, a thread's counter of its replies over its opening post, a
comments heading with no comment under it.
"""

import pytest

from components.parse.layout import split_layout
from tests.layout_support import comment_rows

TITLE = "Harbour cafe to close after forty years"
SHORT = "The cafe on the quay shuts in March."
MEDIUM = ("The owners of the cafe on the quay said on Monday that the doors close for good in March, "
          "whatever the landlord now offers.")
LONG = ("The owners of the cafe on the quay, Dee and Col Barr, said on Monday that they would close the "
        "doors for good in March after forty years, because the rent has doubled since the spring and "
        "the winter trade no longer pays for the heating.")
COMMENTS = [("Ruth Ames", "I had my first coffee there in 1990."),
            ("Ned Oakes", "Who will buy the building?"),
            ("Priya Lal", "The scones were the best on the coast.")]
STAMPS = {"ago": ["4 hours ago", "3 hours ago", "1 hour ago"],
          "short": ["4h", "3h", "1h"],
          "dated": ["20 Nov 2026, 09:14", "20 Nov 2026, 10:02", "20 Nov 2026, 11:47"]}


def _page(article: str, heading: str, n: int, stamps: str = "ago", first_line: str = TITLE) -> str:
    """A page of a title, one article paragraph, a comments heading and n comments, each its name
    line over its stamp line over its text."""
    return (f"{first_line}\n\n{article}\n\n{heading}\n\n"
            + "\n\n".join(f"{name}\n{stamp}\n{text}"
                          for (name, text), stamp in zip(COMMENTS[:n], STAMPS[stamps], strict=False)) + "\n")


@pytest.mark.parametrize("article", [SHORT, MEDIUM, LONG])
@pytest.mark.parametrize("n, heading", [(2, "Comments"), (2, "2 Comments"), (3, "Comments"),
                                        (3, "3 Comments"), (3, "Comments (3)")])
def test_every_comment_under_the_heading_whatever_the_article(article: str, n: int, heading: str) -> None:
    page = _page(article, heading, n)
    assert [(a, b) for a, _, b in comment_rows(page)] == COMMENTS[:n]
    layout = split_layout(page)
    assert any(article[:30] in p for p in layout.paragraphs)  # the article stays the article's
    assert not any("Ruth Ames" in p or "I had my first coffee" in p for p in layout.paragraphs)


@pytest.mark.parametrize("stamps", list(STAMPS))
@pytest.mark.parametrize("article", [SHORT, MEDIUM])
def test_each_stamp_form(stamps: str, article: str) -> None:
    page = _page(article, "Comments (3)", 3, stamps)
    assert [(a, b) for a, _, b in comment_rows(page)] == COMMENTS


def test_the_seed_formats_first_line() -> None:
    page = _page(MEDIUM, "Comments (3)", 3, first_line=f" date 2026-11-20 {TITLE}")
    assert [(a, b) for a, _, b in comment_rows(page)] == COMMENTS


@pytest.mark.parametrize("heading", ["Comments", "1 Comment", "Comments (1)"])
@pytest.mark.parametrize("article", [SHORT, LONG])
def test_a_section_of_one_comment(heading: str, article: str) -> None:
    page = _page(article, heading, 1)
    assert [(a, b) for a, _, b in comment_rows(page)] == COMMENTS[:1]
    assert any(article[:30] in p for p in split_layout(page).paragraphs)


def test_a_first_comment_of_twelve_words_or_more_under_a_short_article() -> None:
    """The first comment's text is the page's first long line: the heading above it still heads the
    section, and the comment is no opening post."""
    long_first = ("I had my first coffee there in 1990 and my last one on Saturday, and I will miss the "
                  "place a great deal.")
    page = (f"{TITLE}\n\n{SHORT}\n\nComments\n\nRuth Ames\n4 hours ago\n{long_first}\n\n"
            "Ned Oakes\n1 hour ago\nWho will buy the building?\n")
    assert [(a, b) for a, _, b in comment_rows(page)] == [("Ruth Ames", long_first), COMMENTS[1]]


@pytest.mark.parametrize("article", [SHORT, LONG])
def test_a_section_with_a_reply(article: str) -> None:
    page = (f"{TITLE}\n\n{article}\n\nComments (3)\n\n"
            "Ruth Ames\n4 hours ago\nI had my first coffee there in 1990.\n\n"
            "    Col Barr\n    3 hours ago\n    Thank you, Ruth. We remember you.\n\n"
            "Ned Oakes\n1 hour ago\nWho will buy the building?\n")
    assert comment_rows(page) == [("Ruth Ames", "", "I had my first coffee there in 1990."),
                                  ("Col Barr", "Ruth Ames", "Thank you, Ruth. We remember you."),
                                  ("Ned Oakes", "", "Who will buy the building?")]


# ---- must-not-fire ----

def test_an_articles_closing_name_and_date_lines_are_no_comment() -> None:
    page = f"{TITLE}\n\n{LONG}\n\nThey thanked their customers.\n\nMara Hale\n20 November 2026\n"
    assert comment_rows(page) == []
    signed = (f"{TITLE}\n\n{SHORT}\n\nThey thanked their customers.\n\nMara Hale\n20 November 2026\n\n"
              "Comments\n\nRuth Ames\n4 hours ago\nI had my first coffee there in 1990.\n\n"
              "Ned Oakes\n1 hour ago\nWho will buy the building?\n")
    assert [a for a, _, _ in comment_rows(signed)] == ["Ruth Ames", "Ned Oakes"]


OPENING = ("I heard the cafe on the quay shuts in March after forty years. Does anyone know whether the "
           "owners are retiring or whether the rent went up again?")
REPLIES = [("Ruth Ames", "The owners are retiring, they told me so on Saturday."),
           ("Ned Oakes", "The rent went up, that is what the landlord's letter said."),
           ("Priya Lal", "Both, from what I heard at the market.")]


def _thread(top: str, op_text: str = OPENING) -> str:
    return (f"{top}\n\nharbour_gull\n3 hours ago\n{op_text}\n\n"
            + "\n\n".join(f"{name}\n{age}\n{text}" for (name, text), age in zip(REPLIES, ["2h", "1h", "40m"],
                                                                                  strict=True)) + "\n")


def test_a_threads_opening_post_under_its_labelled_title_is_no_comment() -> None:
    page = _thread("Thread: Is the quay cafe really closing?")
    assert [(a, b) for a, _, b in comment_rows(page)] == REPLIES
    assert any("shuts in March" in p for p in split_layout(page).paragraphs)


@pytest.mark.parametrize("op_text", [OPENING, "Anyone know why it shuts?"])
def test_a_threads_counter_over_its_opening_post_heads_no_comment(op_text: str) -> None:
    """A forum's counter of its replies stands over the opening post too: the post is the thread's
    text, not its first comment, and stays in the article."""
    page = _thread("Quay cafe closing\n\n3 replies", op_text)
    assert [(a, b) for a, _, b in comment_rows(page)] == REPLIES
    assert any(op_text[:20] in p for p in split_layout(page).paragraphs)


def test_a_comments_heading_with_no_comment_under_it() -> None:
    page = (f"{TITLE}\n\n{SHORT}\n\nComments (0)\n\nBe the first to comment.\n\nRelated\n\n"
            "Jo Bell\n20 Nov 2026\nFerry fares to rise in spring\n\n"
            "Ann Lee\n19 Nov 2026\nNew bakery opens on the quay\n")
    assert comment_rows(page) == []


def test_a_lone_body_under_a_heading_without_its_header_is_no_comment() -> None:
    """A single text under a heading with no name line over a stamp line over it: no section of one."""
    page = f"{TITLE}\n\n{SHORT}\n\nComments\n\nComments are closed on this article.\n"
    assert comment_rows(page) == []


def test_names_written_surname_first_stay_whole_when_the_heading_is_the_pages_first_line() -> None:
    """With the heading seen on a page of no long line, the generic reader's "Smith, John" still
    counts as a person's name, so the reader that keeps it whole is not re-read into "Smith"."""
    page = ("Comments\n\nOkafor, Delia\n3 hours ago\nWho signed off the new bus lane?\nReply · Like 2\n\n"
            "Marsh, Tobias\n1 hour ago\nThe lane is fine. The lights are the problem.\nReply · Like 0\n")
    assert [c.author for c in split_layout(page).comments] == ["Okafor, Delia", "Marsh, Tobias"]
