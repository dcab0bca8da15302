"""Session 35 (helper attrlay): two page-reading faults that lost quotes before attribution ran, on
invented pages with must-not-fire cases:

- an email an article prints, its header block (From:, To:, Subject:, Date: or Sent:, Cc:) over the
  message, was dropped line by line as captions' labels, so the message could never be its sender's:
  the block is kept inside the prose, and the message under it is a statement of the one its From:
  line names (a known person, or that name's own voice);
- a title-case paragraph inside the body (a who-said-what box's "Name, Firm & Co: “…”", a Q&A's
  question "Where Did The Ferry Go?") was dropped as a second title although the page had its title:
  once the head is read, such a line is text where it carries a quote or asks what prose answers.

Must-not-fire: a newsletter's "From: the editor" footer, a site's "Contact us / Email: …" block, a
lone "From:" line, a section heading in title case over a list of links, headlines under a "Related
Stories" heading, a real headline at the top of a page with no blank lines.
"""

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.quotes import extract_mentions

HEAD = ("Ferry Operator Cuts Winter Crossings To The Islands\n\nThe ferry company that serves the outer "
        "islands will run two crossings a week this winter instead of five, it said on Monday.\n\n")
PEOPLE = (Person(name="Rosalind Haverty", aliases=("Haverty",), pronoun="she"),
          Person(name="Tobias Quenell", aliases=("Quenell",), pronoun="he"))


def _paragraphs(text: str) -> tuple[str, ...]:
    return split_layout(HEAD + text).paragraphs


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(m.speaker, m.text) for m in extract_mentions("d", split_layout(HEAD + text), PEOPLE, {})]


def _said(text: str, words: str) -> str | None:
    return next((who for who, said in _speakers(text) if words in said), None)


# ---- a title-case paragraph inside the body: text when it carries a quote or asks ----

BOX = ("What they said\n\n"
       "Rosalind Haverty, Haverty & Daughters: \"Two crossings is the most we can promise this winter.\"\n\n"
       "Tobias Quenell, Island Ferries: \"The board will look again in March.\"\n\n")


def test_a_box_line_with_an_ampersand_in_the_affiliation_is_kept() -> None:
    assert any(p.startswith("Rosalind Haverty, Haverty & Daughters:") for p in _paragraphs(BOX))
    assert _said(BOX, "Two crossings is the most") == "Rosalind Haverty"


QA = ("Tobias Quenell spoke to the Island Courier about the cuts. This is an edited transcript.\n\n"
      "Where Did The Winter Money Go?\n\n"
      "Into fuel, mostly. The price doubled in two years and we could not pass that on to the islands.\n\n"
      "Would You Run Five Crossings Again?\n\n"
      "If the council helps with the harbour dues, yes. I would like five a week again by next summer.\n\n")


def test_a_title_case_question_over_its_answer_is_kept() -> None:
    paragraphs = _paragraphs(QA)
    assert "Where Did The Winter Money Go?" in paragraphs
    assert "Would You Run Five Crossings Again?" in paragraphs
    assert _said(QA, "Into fuel, mostly") == "Tobias Quenell"
    assert _said(QA, "I would like five a week again") == "Tobias Quenell"


def test_a_title_case_heading_over_a_list_of_links_stays_out() -> None:
    text = ("The crossings will be reviewed again in the spring, the company said on Monday.\n\n"
            "More Stories From The Islands Desk\n\n"
            "Island School Wins National Award For Sea Science\n\n"
            "Harbour Wall Repairs To Start Next Month\n\n")
    paragraphs = _paragraphs(text)
    assert "More Stories From The Islands Desk" not in paragraphs
    asking = text.replace("More Stories From The Islands Desk", "What Else Is Happening On The Islands?")
    assert "What Else Is Happening On The Islands?" not in _paragraphs(asking)  # no prose under it


def test_headlines_under_a_related_stories_heading_stay_out() -> None:
    text = ("The crossings will be reviewed again in the spring, the company said on Monday.\n\n"
            "Related Stories\n\n"
            "Ferry Boss Stands By Cuts: \"We Cannot Sail Empty Boats.\"\n\n"
            "Island School Wins National Award For Sea Science\n\n")
    assert not any("Empty Boats" in p for p in _paragraphs(text))


def test_a_headline_on_a_page_with_no_blank_lines_is_still_the_title() -> None:
    page = ("Will The Island Ferries Survive The Winter?\n"
            "The ferry company that serves the outer islands will run two crossings a week this winter "
            "instead of five, it said on Monday, blaming the price of fuel.\n"
            "\"We cannot sail empty boats,\" Tobias Quenell said.\n")
    layout = split_layout(page)
    assert layout.title == "Will The Island Ferries Survive The Winter?"
    assert not any(p.startswith("Will The Island Ferries") for p in layout.paragraphs)


def test_a_question_headline_at_the_top_is_still_the_title() -> None:
    page = ("Will The Island Ferries Survive The Winter?\n\n"
            "The ferry company that serves the outer islands will run two crossings a week this winter "
            "instead of five, it said on Monday, blaming the price of fuel.\n\n")
    layout = split_layout(page)
    assert layout.title == "Will The Island Ferries Survive The Winter?"
    assert not any(p.startswith("Will The Island Ferries") for p in layout.paragraphs)
