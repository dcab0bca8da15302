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

from components.parse.layout import _is_comment_meta
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


# ---- review pages: the lines round a review's text ----


def _reviews(template: str) -> str:
    reviews = [("marsh_walker", "Nov 3, 2026",
                "The ridge path was clear all the way up and the views were worth it."),
               ("Delia Fenn", "Nov 4, 2026", "Too many people on a Sunday. Go early or go on a weekday."),
               ("kitebird", "Nov 5, 2026", "The last mile is steep and loose underfoot, so take poles.")]
    page = BODY + "\n\nReviews\n\n"
    for name, day, text in reviews:
        page += template.format(name=name, day=day, text=text) + "\n\n"
    return page + "More like this\n"


REVIEWED = [("marsh_walker", "", "The ridge path was clear all the way up and the views were worth it."),
            ("Delia Fenn", "", "Too many people on a Sunday. Go early or go on a weekday."),
            ("kitebird", "", "The last mile is steep and loose underfoot, so take poles.")]


@pytest.mark.parametrize("template", [
    "{name}\n{day}\n{text}\n12 out of 15 found this helpful. Was this review helpful? Sign in to vote."
    "\nPermalink",
    "{name}\n{day}\nWarning: Spoilers\n{text}",
    "{name}\n{day}\nThis review may contain spoilers\n{text}\nHelpful · Report",
    "{name}\n{day}\nHiking · Muddy · Great views!\n{text}",
    "{name}\n{day}\nHiking · Great!\n{text}\nHelpful · Report",
    "{name}\n{day} · Hiking · Muddy\n{text}",
    "{name}\n{day} · Trail running · Icy · Amazing!\n{text}\nHelpful · Report",
])
def test_a_review_s_furniture_is_no_part_of_its_text(template: str) -> None:
    assert comment_rows(_reviews(template)) == REVIEWED


@pytest.mark.parametrize("line", [
    "12 out of 15 found this helpful. Was this review helpful? Sign in to vote.", "Warning: Spoilers",
    "Spoiler alert!", "Hiking · Muddy · Great!", "Nov 3, 2026 · Hiking · Muddy"])
def test_review_furniture_lines_are_comment_meta(line: str) -> None:
    assert _is_comment_meta(line)


# must-not-fire

@pytest.mark.parametrize("line", [
    "Warning: the last mile is loose, take poles.", "Spoilers are everywhere, I gave up on the forums.",
    "Found this helpful. Thanks to everyone who posted.", "Ann Lee · Bo Hart", "Nov 3, 2026 · Ann Lee",
    "I keep the permalink to this review because it saved my knees. Permalink", "Great · Loved It · Thanks"])
def test_a_comment_s_own_words_are_no_review_furniture(line: str) -> None:
    assert not _is_comment_meta(line)


def test_a_review_that_opens_with_warning_keeps_it() -> None:
    page = _reviews("{name}\n{day}\nWarning: on {day} the last mile was loose underfoot.\n{text}")
    assert all(body.startswith("Warning: on Nov") for _, _, body in comment_rows(page))


def test_a_review_that_ends_with_permalink_as_its_word_keeps_it() -> None:
    page = _reviews("{name}\n{day}\n{text} I saved the trail's permalink.")
    assert all(body.endswith("I saved the trail's permalink.") for _, _, body in comment_rows(page))


def test_letters_are_numbered_in_page_order() -> None:
    from components.parse.layout import split_layout
    assert [c.position for c in split_layout(_letters_page("foot")).comments] == [1, 2, 3, 4, 5]
