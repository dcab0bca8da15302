"""Session 37 (helper H224): page-reading faults data writers met this session, each on invented pages
with must-not-fire cases.

Letters pages: a newspaper's letters under a "Letters" heading, signed at the foot (name, then an
address or a town), by a `From:` line, by a name line over the letter (a headline over it perhaps) or
after a dash; an address line that is a title and an organisation or a business and its town; a writer
who is not named ("Name and address supplied", a town under it).

Must-not-fire: an article that quotes a letter, a signed article, a "Letters" menu link over the
article, a letters heading over fewer than three signed letters.
"""

import pytest

from components.parse.letters import letters_page
from tests.layout_support import BODY, comment_rows

# ---- letters pages ----

LETTERS = [
    ("Bins left for a fortnight",
     ["Our street has not had a collection for two weeks and the foxes have noticed.",
      "Could the council tell us when the new rounds will settle down?"],
     "Winifred Ashby", "Cobbler's Lane, Dunmere"),
    ("A fair price at last",
     ["I am glad the bus fares have been capped. My grandson can get to college now."],
     "Tobias Renshaw", "Dunmere"),
    ("The hall roof",
     ["The village hall roof has leaked since March. We have raised half the money ourselves."],
     "Priya Kettering", "Treasurer, Dunmere Village Hall Committee"),
    ("Winter checks",
     ["Readers who quote this letter can have a free boiler check before the cold weather arrives."],
     "Owen Maddox", "Maddox Plumbing, Fenwick Trading Estate, Dunmere"),
    ("Thank you",
     ["To whoever handed in my purse at the post office last Tuesday: thank you, with all my heart."],
     "Name and address supplied", "Dunmere"),
]
HEAD = (BODY + "\n\nLetters\n\nYour letters: bins, buses and a lost purse\nFriday, May 8, 2026\n"
        "Write to the Editor at the address below, including your full name and address. "
        "Letters may be edited.\n\n")
END = "\n\nMost read\n\nRoadworks on the bypass to last into June\n"
EXPECTED = [(name, "", "\n".join(text)) for _, text, name, _ in LETTERS]


def _letters_page(form: str) -> str:
    letters = []
    for headline, text, name, address in LETTERS:
        letters.append("\n".join({
            "foot": [headline, *text, name, address],
            "foot-bare": [*text, name, address],
            "from": [headline, f"From: {name}, {address}.", *text],
            "above": [headline, name, address, *text],
            "above-dated": [headline, name, address, "Published 7 May 2026", *text],
            "above-bare": [name, address, *text],
            "dash": [headline, *text, f"— {name}, {address}"],
            "dash-bare": [*text, f"— {name}, {address}"],
        }[form]))
    return HEAD + "\n\n".join(letters) + END


@pytest.mark.parametrize("form", ["foot", "foot-bare", "from", "above", "above-dated", "above-bare", "dash",
                                  "dash-bare"])
def test_every_letter_of_a_letters_page_is_a_comment_of_its_writer(form: str) -> None:
    assert comment_rows(_letters_page(form)) == EXPECTED


def test_a_letter_of_several_paragraphs_signed_in_a_paragraph_of_its_own() -> None:
    letters = ["\n\n".join([headline, *text, f"{name}\n{address}"])
               for headline, text, name, address in LETTERS]
    page = HEAD + "\n\n".join(letters) + END
    assert comment_rows(page) == [(name, "", "\n\n".join(text)) for _, text, name, _ in LETTERS]


def test_section_labels_between_letters_are_no_letter_s_text() -> None:
    page = _letters_page("foot").replace("Bins left", "Letter of the week\n\nBins left").replace(
        "A fair price", "In brief\n\nA fair price")
    assert comment_rows(page) == EXPECTED


def test_the_letters_page_s_introduction_is_no_article_text() -> None:
    from components.parse.layout import split_layout
    layout = split_layout(_letters_page("foot"))
    assert not any("Write to the Editor" in p or "Winifred" in p for p in layout.paragraphs)


# must-not-fire

def test_an_article_that_quotes_a_letter_has_no_comments() -> None:
    page = (BODY + "\n\nIn a letter to the council, one resident wrote that the bins had not been "
            "emptied for a fortnight.\n\n\"Our street has not had a collection for two weeks,\" "
            "the letter said.\n"
            "Winifred Ashby\nCobbler's Lane, Dunmere\n\nThe council said it would reply in writing.\n")
    assert comment_rows(page) == []


def test_a_signed_article_is_no_letter() -> None:
    page = (BODY + "\n\nThe council's cabinet will vote on the plan on Thursday.\n"
            "Hester Vane\nLocal democracy reporter\n")
    assert letters_page(page.split("\n")) == ([], set())


def test_a_letters_link_over_the_article_opens_no_letters_page() -> None:
    menu = "News\nSport\nLetters\nWhat's on\n\n"
    letters = "\n\n".join("\n".join([*text, name, address]) for _, text, name, address in LETTERS)
    assert letters_page((menu + letters).split("\n")) == ([], set())


def test_two_signed_letters_are_too_few_for_a_letters_page() -> None:
    letters = "\n\n".join("\n".join([*text, name, address]) for _, text, name, address in LETTERS[:2])
    assert letters_page((HEAD + letters + END).split("\n")) == ([], set())


def test_a_comment_section_under_its_own_heading_is_not_read_as_letters() -> None:
    page = (BODY + "\n\nComments\n\nWinifred Ashby\n2 hours ago\nThe foxes have noticed, believe me."
            "\nReply\n\n"
            "Tobias Renshaw\n3 hours ago\nCapped fares at last, about time.\nReply\n")
    assert letters_page(page.split("\n")) == ([], set())
