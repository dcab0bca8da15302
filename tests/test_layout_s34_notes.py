"""Session 34 (helper notes34): comment sections the comment readers misread, as a data writer met them
on real platforms' layouts, each on invented pages with must-not-fire cases:

- a travel site's attraction reviews (the Tripadvisor kind): the review's title on a line of its own
  between the rating and the visit line, or under the visit line, in curly quotes or ending in "?";
  the older form with the rating and the day on one line; the owner's answers headed "Management
  response" or "… responded to this review";
- (later commits add the other arrangements the writer met.)

Must-not-fire: an article paragraph that asks a question on a line of its own, an article quote in
curly quotes on its own line.
"""

import pytest

from components.parse.comment_blocks import Kind, classify
from tests.layout_support import BODY, comment_rows

# ---- a travel site's attraction reviews: titles in their own slot, the older header, owners' answers ----

ATTRACTION = ("Harrowgate Caverns Lantern Tour\n\n4.5 of 5 bubbles  1,204 reviews\n\n"
              "#3 of 41 things to do in Harrowgate\n\nAbout\nA ninety-minute guided walk by lantern "
              "light through the limestone caverns under the old town, with stories of the smugglers who "
              "used them.\n\nReviews (1,204)\n\n")
VISITORS = [("Tamsin Orley", 5, "Worth the climb back up?", "October", "Couples", "14",
             "Our guide kept the whole group laughing for ninety minutes and still knew every date. The "
             "steps back up are steep, so wear proper shoes."),
            ("Deepak Venn", 2, "Too crowded to hear anything", "September", "Family", "30",
             "There were forty of us squeezed into a tunnel and we could not hear the guide past the first "
             "chamber. The children gave up after twenty minutes."),
            ("Rosalind Achebe", 4, "Lovely evening out!", "August", "Friends", "22",
             "Atmospheric and well run. The lantern light on the flowstone is something I will remember."),
            ("Ilka Moreno", 3, "Fine, not magical", "August", "Solo", "3",
             "Interesting history, but the second half repeats the first.")]
EXPECTED_VISITORS = [(name, "", text) for name, *_, text in VISITORS]
ANSWER = "Thank you for telling us. We have capped evening tours at twenty-five from next week."

NEWER = ("{name}\n{counts}{rating}.0 of 5 bubbles\n{title}\nVisited {month} 2026 • {kind}\n{text}\n"
         "Written {month} {day}, 2026\n")
NEWER_TWO_LINES = ("{name}\n{counts}{rating}.0 of 5 bubbles\n{title}\nVisited {month} 2026\n"
                   "Traveled as: {kind}\n{text}\nWritten {month} {day}, 2026\n")
VISIT_FIRST = ("{name}\n{counts}{rating}.0 of 5 bubbles\nVisited {month} 2026 • {kind}\n{title}\n{text}\n"
               "Written {month} {day}, 2026\n")
OLDER = ("{name}\nBristol, United Kingdom\n{counts}{rating}.0 of 5 bubbles Reviewed {day} {month} 2026\n"
         "{title}\n{text}\nDate of experience: {month} 2026\nThank {name}\n")
OLDER_STARS = "{name}\n{stars} Reviewed {day} {month} 2026\n{title}\n{text}\nVisited {month} 2026\n"
FORMS = {"newer": NEWER, "newer, two visit lines": NEWER_TWO_LINES, "visit line first": VISIT_FIRST,
         "older": OLDER, "older, stars": OLDER_STARS}
ANSWERS = {"Management": "Management response\nResponded {month} 3, 2026\n" + ANSWER + "\n",
           "Colm F": ("Colm F, Owner at Harrowgate Caverns, responded to this review\n"
                      "Responded 3 {month} 2026\n" + ANSWER + "\nReport response as inappropriate\n")}


def _attraction(form: str, quotes: str = "{}", counts: str = "", answer: str = "",
                disclaimer: bool = False) -> str:
    """The four reviews in the travel site's `form`, each title in `quotes`, the owner's `answer` under
    the second review."""
    page = ATTRACTION
    for n, (name, rating, title, month, kind, day, text) in enumerate(VISITORS):
        page += form.format(name=name, counts=counts, rating=rating, title=quotes.format(title),
                            month=month, kind=kind, day=day, text=text,
                            stars="★" * rating + "☆" * (5 - rating))
        if disclaimer:
            page += "This review is the subjective opinion of a member and not of the site.\n"
        page += "Helpful\nShare\n\n"
        if n == 1 and answer:
            page += ANSWERS[answer].format(month=month) + "\n"
    return page


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("quotes", ["{}", "“{}”", '"{}"'])
def test_a_travel_reviews_title_in_its_own_slot_is_no_part_of_its_text(form: str, quotes: str) -> None:
    for counts in ("", "12 contributions\n"):
        for disclaimer in (False, True):
            page = _attraction(FORMS[form], quotes, counts, disclaimer=disclaimer)
            assert comment_rows(page) == EXPECTED_VISITORS, (counts, disclaimer)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("answer", ANSWERS)
def test_the_owners_answer_is_a_reply_to_the_review_above_it(form: str, answer: str) -> None:
    rows = comment_rows(_attraction(FORMS[form], "“{}”", "12 contributions\n", answer))
    assert rows == EXPECTED_VISITORS[:2] + [(answer, "Deepak Venn", ANSWER)] + EXPECTED_VISITORS[2:]


def test_the_older_header_is_a_stamp_and_an_owners_role_is_the_author() -> None:
    for line in ("5.0 of 5 bubbles Reviewed 14 October 2026", "4 out of 5 stars Reviewed 3 weeks ago"):
        assert classify(line)[0] is Kind.STAMP, line
    assert classify("Management response") == (Kind.NAME, "Management")
    assert classify("Owner's reply") == (Kind.NAME, "Owner")
    assert classify("Colm F, Owner at Harrowgate Caverns, responded to this review") == (Kind.NAME, "Colm F")
    assert classify("4.5 of 5 bubbles  1,204 reviews")[0] is not Kind.STAMP  # the attraction's own rating
    assert classify("The council responded to this review of its budget in March.")[0] is Kind.PROSE


def test_a_short_first_line_that_ends_in_a_cry_stays_text_where_no_review_has_a_title() -> None:
    """Under the rating and the day, a review's first line that ends in "!" or "?" is a title only
    where the page's other reviews have one in that slot; without titles it is the text's."""
    form = ("{name}\n{rating}.0 of 5 bubbles\nVisited {month} 2026 • {kind}\n{text}\n"
            "Written {month} {day}, 2026\n\n")
    page = ATTRACTION + "".join(
        form.format(name=name, rating=rating, month=month, kind=kind, day=day,
                    text=(title + "\n" + text) if title.endswith(("?", "!")) else text)
        for name, rating, title, month, kind, day, text in VISITORS)
    rows = comment_rows(page)
    assert [a for a, _, _ in rows] == [name for name, *_ in VISITORS]
    assert rows[0][2].startswith("Worth the climb back up?\n")
    assert rows[2][2].startswith("Lovely evening out!\n")


ARTICLE = ("Caverns tour caps its groups after complaints\n\nBy Nell Garber\n\n"
           "The lantern tours under Harrowgate's old town will take no more than twenty-five visitors at a "
           "time from next week, after a run of reviews complaining that nobody at the back could hear the "
           "guide.\n\n"
           "Is that enough?\n\n"
           "“We would rather run three small tours than one that nobody enjoys”\n\n"
           "The owner, Colm Ferris, said the caverns had doubled their visitors since the spring and "
           "the tunnels were never built for crowds.\n\n")


def test_an_articles_question_and_quote_on_their_own_lines_stay_in_the_article() -> None:
    page = ARTICLE + "Comments\n\n" + "".join(
        f"{name}\n{day} {month} 2026\n{text}\nReply\n\n" for name, _, _, month, _, day, text in VISITORS)
    layout_rows = comment_rows(page)
    assert [(a, b) for a, _, b in layout_rows] == [(name, text) for name, *_, text in VISITORS]
    assert all("Is that enough?" not in b and "small tours" not in b for _, _, b in layout_rows)


# ---- a label or heading over a platform's own rows, read as a commenter over a line of the page ----

CHAPTER = ("Chapter 12: The Bookbinder's Daughter\n\n"
           "The bindery smelled of glue and rain. Maren set the last signature on the stack and waited for "
           "her father to notice, the way she had waited every evening since the spring, with her hands "
           "folded and the lamp turned low.\n\n"
           "He did not look up. He never did, when the ledger was open.\n\n"
           "Notes:\nThank you all for your patience with this one.\n\n")
KUDOS = ("Kudos ♥\n\nsundry_lark, amethyst_owl, Peregrin_T and 1,385 more users as well as 2,040 guests left "
         "kudos on this work!\n\n")
READERS = [("sundry_lark", "Sun 22 Nov 2026 04:13AM UTC",
            "MAREN. The ledger line broke me. I have been waiting twelve chapters for her to say something."),
           ("Wren (Guest)", "Sun 22 Nov 2026 06:40AM UTC",
            "Lurker here, first comment. The rain in every scene is doing so much work."),
           ("amethyst_owl", "Sun 22 Nov 2026 09:02AM UTC",
            "I wish the father had at least looked up. Two weeks is going to be long."),
           ("hollowreed", "Sun 22 Nov 2026 10:15AM UTC", "Thank you so much! He will look up eventually.")]
EXPECTED_READERS = [(name.removesuffix(" (Guest)"), text) for name, _, text in READERS]


@pytest.mark.parametrize("heading", ["", "Comments (4)\n\n", "Comments (4)\nHide Comments (4)\n\n"])
@pytest.mark.parametrize("form", ["{name} on Chapter 12 {day}\n{text}\nReply Thread\n\n",
                                  "{name} on Chapter 12 {day}\n\n{text}\n\nReply\nThread\n\n"])
def test_a_kudos_label_over_who_left_kudos_is_no_commenter(heading: str, form: str) -> None:
    """A fan-fiction archive's "Kudos ♥" button over the line of who left kudos: the next comment's
    header (a name and a day on one line) is no stamp of that line, so the label is no commenter."""
    page = CHAPTER + KUDOS + heading + "".join(
        form.format(name=name, day=day, text=text) for name, day, text in READERS)
    assert [(a, b) for a, _, b in comment_rows(page)] == EXPECTED_READERS


def test_a_guest_commenters_name_is_read_without_its_guest_mark() -> None:
    """"Wren (Guest)" is Wren: the mark says the commenter has no account, and is no part of the name."""
    page = CHAPTER + "Comments (2)\n\n" + "".join(
        f"{name} on Chapter 12 {day}\n{text}\nReply Thread\n\n" for name, day, text in READERS[1:3])
    assert [a for a, _, _ in comment_rows(page)] == ["Wren", "amethyst_owl"]
    stacked = (BODY + "\n\nComments\n\nWren (Guest)\n2 hours ago\nThe rain in each scene does so much.\n"
               "Reply\n\nAnn Lee\n1 hour ago\nI wish the father had looked up at her.\nReply\n\n"
               "Bo Hart (Guest)\n30 minutes ago\nTwo weeks is a long wait for the next one.\nReply\n")
    assert [a for a, _, _ in comment_rows(stacked)] == ["Wren", "Ann Lee", "Bo Hart"]


ISSUE_TOP = ("Tidemark\ntidemark-labs / tidemark\n"
             "Code  Issues 214  Pull requests 31  Actions  Projects  Wiki  Security  Insights\n\n")
ISSUE_COMMENTS = [("wrenna-k", "Since updating to 4.2, every character I type in the editor is announced "
                               "twice by my screen reader. Rolling back to 4.1 fixes it."),
                  ("osei-dev", "I can reproduce this on 4.2.1 with two different screen readers. It looks "
                               "like the live region is registered twice."),
                  ("marlow-t", "Same here. This makes the editor unusable for me at work."),
                  ("kestrel-qa", "Bisected it to the change that moved the status bar into a component.")]
COOKIES = ("We use optional cookies to improve your experience on our websites and to display "
           "personalised advertising based on your online activity. If you reject them, only the cookies we "
           "need are used.\n"
           "Accept  Reject  Manage cookies\n\n")


def test_a_heading_over_a_code_hosts_header_rows_is_no_commenter() -> None:
    """A heading over the repository's name and its tab row ("Code  Issues 214  Pull requests 31 …"),
    then the issue's comments, each headed by a name and a day on one line: the heading is no
    commenter of the tab row."""
    page = COOKIES + ISSUE_TOP + "".join(f"{name} commented on Oct {3 + n}, 2026\n{text}\n\n"
                                         for n, (name, text) in enumerate(ISSUE_COMMENTS))
    authors = [a for a, _, _ in comment_rows(page)]
    assert "Tidemark" not in authors and authors == [name for name, _ in ISSUE_COMMENTS][-len(authors):]
    assert len(authors) >= 3


def test_a_row_of_tabs_with_counts_is_the_pages_navigation() -> None:
    for line in ("Code  Issues 214  Pull requests 31  Actions  Projects  Wiki  Security  Insights",
                 "Overview  Repositories 42  Projects  Packages  Stars 310",
                 "Posts 12 | Comments 4 | Likes 80 | About"):
        assert classify(line)[0] is Kind.OTHER, line
    for line in ("We voted  They lost  2 weeks ago  Move on", "The vote was 214 to 31  and the motion fell.",
                 "Issues 214"):
        assert classify(line)[0] is not Kind.OTHER, line


SECTION_LINKS = ("In this section\n\nBook reviews\nAuthor interviews\nFestival diary\nPoetry corner\n\n")


def test_an_articles_heading_over_section_links_is_no_commenter() -> None:
    page = CHAPTER + SECTION_LINKS + "Comments (4)\n\n" + "".join(
        f"{name} on Chapter 12 {day}\n{text}\nReply Thread\n\n" for name, day, text in READERS)
    assert [(a, b) for a, _, b in comment_rows(page)] == EXPECTED_READERS


# ---- a code host's break over the comments it hides ("Load more… 186 remaining items") ----

ISSUE_PAGE = ("Screen reader announces every keystroke twice since 4.2 #3381\nOpen\n"
              "wrenna-k opened this issue Oct 2, 2026 · 18 comments\n"
              "@wrenna-k\nwrenna-k commented Oct 2, 2026\n"
              "Since updating to 4.2, every character I type in the editor is announced twice by my screen "
              "reader. Rolling back to 4.1 fixes it.\n\n👍 12\n")
REACTIONS = {"osei-dev": "👍 4", "kestrel-qa": "❤️ 7"}


@pytest.mark.parametrize("hidden", ["Load more… 12 remaining items", "Load more…\n12 remaining items",
                                    "Load more... 12 hidden items"])
def test_a_hidden_items_break_is_no_part_of_the_comment_above_it(hidden: str) -> None:
    """The break under a comment with no reactions row stays out of its text, on one line or two."""
    page = ISSUE_PAGE
    for n, (name, text) in enumerate(ISSUE_COMMENTS[1:]):
        page += f"@{name}\n{name} commented Oct {3 + n}, 2026\n{text}\n"
        page += f"\n{REACTIONS[name]}\n" if name in REACTIONS else ""
        page += f"{hidden}\n" if name == "marlow-t" else ""
    page += "Sign up for free to join this conversation. Already have an account? Sign in to comment\n"
    rows = comment_rows(page)
    assert [(a, b) for a, _, b in rows if a != "wrenna-k"] == ISSUE_COMMENTS[1:]
    assert all("Load more" not in b and "remaining" not in b and "hidden" not in b for _, _, b in rows)


def test_an_articles_line_that_opens_with_load_more_stays_prose() -> None:
    for line in ("Load more of the top rack with mugs and the bottom with plates.",
                 "Load more than you need and the van will tip on the first bend."):
        assert classify(line)[0] is Kind.PROSE, line
    for line in ("Load more… 186 remaining items", "Load more…", "186 remaining items"):
        assert classify(line)[0] is Kind.ACTION, line
