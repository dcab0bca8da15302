"""Session 35 (helper notes35): comment sections the comment readers misread, as a data writer met them
on real platforms' layouts, each on invented pages with must-not-fire cases:

- a Q&A site's page (the Stack Exchange kind): the post's menu on one line ("Share  Improve this answer
  Follow") under each answer; comments on one line, "text – author  stamp", whose text opens with a
  capitalised word and a comma ("Honestly, …") or a label and a colon ("Update: …", "Related: …");
- a podcast directory's show reviews (the Apple Podcasts kind): the review's title on its own line over
  the star line, over "name, date" or the name over the day; the title over "stars name"; the title
  and the day on one line, a wide gap between, over "stars name";
- a "name, date" header whose name is typed in lower case with an initial ("lisa m, 12 Mar 2026");
- a comment whose text opens with "Related:" (a link label's word), on its own under any header;
- an image board's header (the Imgur or Reddit kind), "name   14h": a display name of lower-case words
  and its age apart by a run of spaces, a tab or a dot, an "OP" badge between them perhaps.

Must-not-fire: an article's share row that is a sentence, an article line that opens with a label and a
colon and has no signature, a commenter's name and place before a stamp, a byline "By Ana K, 12 March"
in an article's head, a time phrase before a day, an article line that ends in a short number after a
gap, the last short paragraph of a review's text over the next review's stars.
"""

import pytest

from components.parse.comment_blocks import Kind, classify
from components.parse.layout import _is_furniture as is_furniture
from components.parse.layout import split_layout
from tests.layout_support import BODY, comment_rows

# ---- a Q&A site's page: the post's menu on one line, comments on one line ----

QUESTION = ("Can a landlord keep my deposit for repainting after four years?\n"
            "Asked 2 months ago\nModified 1 month ago\nViewed 2k times\n\n9\n\n"
            "I rented a flat for four years and left it clean. The landlord is keeping the whole deposit "
            "to repaint every room, saying the walls were marked.\n\n"
            "Is normal wear over four years something I have to pay for?\n\n")
ASKER = "Bettany Roskill"
ANSWERS = [("Idris Calloway", "Repainting after four years is usually fair wear and tear. A landlord can "
                              "only keep what it costs to put right damage beyond that.\n\n"
                              "Ask for the check-in report and the invoices before you agree to anything."),
           ("Sunniva Prothero", "Use the deposit scheme's free dispute service. The landlord has to show "
                                "evidence, and photos from the day you moved out will help you.")]
COMMENTS = {0: [("Honestly, this is the answer to follow.", "Wendell Marsh")],
            1: [("Update: the scheme took my side and I got it all back.", ASKER),
                ("Related: the same rule covers carpets that wore out.", "Pell Aguirre")]}
MENU = "Share  Improve this answer  Follow"


def _qa_page(menu: str = MENU) -> str:
    page = QUESTION + "Share  Improve this question  Follow\nasked Sep 3, 2026 at 9:12\n" + ASKER + "\n412\n"
    page += "Did you sign a check-in report? – Wendell Marsh Sep 3, 2026 at 9:40\nAdd a comment\n"
    page += f"{len(ANSWERS)} Answers\nSorted by:\nHighest score (default)\n"
    for n, (name, text) in enumerate(ANSWERS):
        page += f"{12 - 5 * n}\n\n{text}\n\n{menu}\nanswered Sep 3, 2026 at {10 + n}:05\n{name}\n{3104 - n}\n"
        for m, (said, by) in enumerate(COMMENTS.get(n, [])):
            page += f"{said} – {by} Sep {4 + m}, 2026 at 8:1{m}\n"
        page += "Add a comment\n"
    return page


def _qa_expected() -> list[tuple[str, str]]:
    rows = [("Wendell Marsh", "Did you sign a check-in report?")]
    for n, (name, text) in enumerate(ANSWERS):
        rows.append((name, text))
        rows += [(by, said) for said, by in COMMENTS.get(n, [])]
    return rows


@pytest.mark.parametrize("menu", [MENU, "Share | Cite | Improve this answer | Follow",
                                  "Share\nImprove this answer\nFollow"])
def test_a_qa_posts_menu_on_one_line_is_no_part_of_the_answer(menu: str) -> None:
    rows = [(a, b) for a, _, b in comment_rows(_qa_page(menu))]
    assert [a for a, _ in rows] == [a for a, _ in _qa_expected()]
    assert rows == _qa_expected()


def test_a_qa_menu_row_is_the_pages_and_a_sentence_about_sharing_is_not() -> None:
    for line in ("Share  Improve this question  Follow", "Share | Edit | Follow | Flag",
                 "Share Cite Edit Follow"):
        assert classify(line)[0] in (Kind.ACTION, Kind.OTHER), line
        assert is_furniture(line), line
    for line in ("Share, improve this answer and follow the thread, the moderators asked.",
                 "Share and improve this answer with your own sources", "Share the improvement"):
        assert classify(line)[0] not in (Kind.ACTION, Kind.OTHER), line
        assert not is_furniture(line), line
    article = ("Forum asks its readers to share more\n\nBy Ana K, 12 March\n\n" + BODY + "\n\n"
               "Share  Improve this answer  Follow is all a reader sees under each reply, the designers "
               "said.\n\n"
               "Share, improve, follow: the site's three buttons have not changed in ten years.\n")
    assert comment_rows(article) == []


def test_a_one_line_comment_opening_with_a_word_and_a_comma_or_a_label_is_signed() -> None:
    for line, name in (("Honestly, read the lease first. – Ann Lee Mar 3, 2026 at 8:12", "Ann Lee"),
                       ("Update: the form changed last week. – Bo Hart Mar 3, 2026 at 8:12", "Bo Hart"),
                       ("Related: the rule covers carpets too. – Cy Dale Mar 4, 2026 at 9:30", "Cy Dale"),
                       ("Good grief, no. – Di Moss Mar 4, 2026 at 9:31", "Di Moss")):
        assert classify(line) == (Kind.SIGNED, name), line
    # a name and its place before a stamp stay a header; a caption's label with no signature stays furniture
    for line, name in (("Ann Lee, Leeds – 3 hours ago", "Ann Lee"),
                       ("Ann Lee, Leeds, 3 hours ago", "Ann Lee"),
                       ("— Marnie Tolland, March 16, 2019 at 9:14 am", "Marnie Tolland")):
        assert classify(line) == (Kind.NAMED, name), line
    assert classify("Pictured: the mayor at the opening – Ann Lee Mar 3, 2026")[0] is not Kind.SIGNED
    assert classify("Related: Council votes to close the pool")[0] is Kind.OTHER


# ---- a "name, date" header with a lower-case name whose last word is an initial ----

FERRY = ("Winter ferry timetable to run two months longer\n\nBy Ana K, 12 March\n\n"
         "The last boat home will leave at six until the end of May, the operator confirmed, after a winter "
         "in which a third of the evening sailings were cancelled for want of crew.\n\n"
         "Islanders were given a week's notice of the change.\n\n")
ISLANDERS = [("lisa m", "Two more months of leaving work early to catch a boat. Nobody asked us."),
             ("Tomas Grealy", "The crew shortage is real, they cannot sail without crews."),
             ("owen b", "Then train crews. The money for the new terminal was found fast enough."),
             ("marguerite", "My son will miss every evening class until June.")]


@pytest.mark.parametrize("day", ["12 Mar 2026", "Mar 12, 2026", "03/12/2026", "3 days ago",
                                 "Mar 12, 2026 at 9:14 pm"])
def test_a_lower_case_name_and_a_day_after_a_comma_head_a_comment(day: str) -> None:
    page = FERRY + "Comments\n\n" + "".join(f"{name}, {day}\n{text}\n\n" for name, text in ISLANDERS)
    assert [(a, b) for a, _, b in comment_rows(page)] == ISLANDERS


def test_a_byline_and_a_time_phrase_before_a_day_are_no_commenters() -> None:
    assert classify("lisa m, 12 Mar 2026") == (Kind.NAMED, "lisa m")
    for line in ("last week, 12 March", "the harbour post, 12 March 2026", "by ana k, 12 March",
                 "show more, 12 Mar 2026", "every spring, 3 May 2026"):
        assert classify(line)[0] is not Kind.NAMED, line
    page = FERRY + "Comments\n\n" + "".join(f"{name}, 12 Mar 2026\n{text}\n\n" for name, text in ISLANDERS)
    layout = split_layout(page)
    assert all("Ana K" not in c.author for c in layout.comments)
    assert layout.paragraphs[0].startswith("The last boat home")


# ---- a podcast directory's show reviews: the title over the stars, or beside the day ----

SHOW = ("The Night Shift Hour\n\nSociety & Culture\n\nA weekly hour of stories from the people who work "
        "while the town sleeps: bakers, ferry crews, ward cleaners and the last bus drivers.\n\n"
        "Ratings & Reviews\n\n4.6 out of 5\n212 Ratings\n\n")
LISTENERS = [("Great Show", "★★★★★", "pennyfarthing77", "03/02/2026",
              "I listen on the bus every Tuesday. The bakery episode is the best thing on my phone."),
             ("Lost me this season", "★★☆☆☆", "Gareth Tully", "02/26/2026",
              "The new host talks over every guest. The first three seasons let people finish a sentence."),
             ("Honest and funny", "★★★★☆", "lisa m", "02/20/2026",
              "The ward cleaner episode had me laughing out loud on a packed train.\n\nMore like that."),
             ("Audio levels!!", "★★★☆☆", "owenbright", "02/11/2026",
              "Good stories, but I turn the volume up and down all the way through each one.")]
EXPECTED_LISTENERS = [(name, text) for _, _, name, _, text in LISTENERS]
REVIEW_FORMS = {"title, stars, name and day": "{title}\n{stars}\n{name}, {day}\n{text}\n\n",
                "title, stars, name, day": "{title}\n{stars}\n{name}\n{day}\n{text}\n\n",
                "title, stars and name, day": "{title}\n{stars} {name}\n{day}\n{text}\n\n",
                "title and day, stars and name": "{title}  {day}\n{stars} {name}\n{text}\n\n",
                "title and day (tab), stars and name": "{title}\t{day}\n{stars} {name}\n{text}\n\n"}


@pytest.mark.parametrize("form", REVIEW_FORMS)
def test_a_podcast_reviews_title_over_its_stars_is_no_part_of_the_review_above(form: str) -> None:
    page = SHOW + "".join(REVIEW_FORMS[form].format(title=title, stars=stars, name=name, day=day, text=text)
                          for title, stars, name, day, text in LISTENERS)
    assert [(a, b) for a, _, b in comment_rows(page)] == EXPECTED_LISTENERS


def test_a_reviews_last_short_paragraph_over_the_next_reviews_stars_stays_its_text() -> None:
    """Where reviews have no titles, a review's short last paragraph stands apart from the next review's
    stars by a blank line: it is the review's own."""
    closers = ["Worth it.", "Still subscribed though!", "Try it.", "Loud ads, mind."]
    page = SHOW + "".join(f"{stars}\n{name}, {day}\n{text}\n\n{closer}\n\n"
                          for (_, stars, name, day, text), closer in zip(LISTENERS, closers, strict=True))
    rows = [(a, b) for a, _, b in comment_rows(page)]
    assert [a for a, _ in rows] == [name for name, _ in EXPECTED_LISTENERS]
    assert [b.rsplit("\n", 1)[-1] for _, b in rows] == closers


def test_an_article_line_that_ends_in_a_short_number_after_a_gap_is_no_review_header() -> None:
    article = ("Night bus route saved after petition\n\nBy Ana K, 12 March\n\n" + BODY + "\n\n"
               "Riders signed the petition in the thousands  2,104\n"
               "★★★★★ was the rating the route got in the council's own survey, the first in ten years.\n\n"
               "The route will run until 2028.\n")
    assert comment_rows(article) == []


def test_a_travel_reviews_name_over_its_stars_stays_the_reviewer() -> None:
    """A travel site prints the reviewer's name over the rating and the title under it: a name over the
    stars is the reviewer's, even where the title under the stars reads as a name ("Great Tour")."""
    visits = [("Tamsin Orley", "★★★★★", "Great Tour", "Kept us laughing for ninety minutes."),
              ("Deepak Venn", "★★☆☆☆", "Too Crowded", "Forty of us in one tunnel, and nobody heard a word."),
              ("Ilka Moreno", "★★★☆☆", "Fine Not Magical", "The second half repeats the first.")]
    page = SHOW + "".join(f"{name}\n{stars}\n{title}\nVisited October 2026 • Couples\n{text}\n\n"
                          for name, stars, title, text in visits)
    assert [(a, b) for a, _, b in comment_rows(page)] == [(name, text) for name, _, _, text in visits]


# ---- a comment that opens with a link label's word ----

RELATED = "Related: my son's club lost its lane hours the last time this happened, for two seasons."
POOL = ("Pool to close for a year of repairs\n\nBy Ana K, 12 March\n\n"
        "The town's only public pool will close in April while the roof is replaced, the council said.\n\n"
        "Swimming clubs will move to the school pool across the river.\n\n")
SWIMMERS = [("Harriet Olu", "The school pool is booked every evening already."), ("Petra Vance", RELATED),
            ("bramble_fox", "A year is optimistic. The library roof took three.")]
HEADERS = {"name over age": "{name}\n{n} hours ago\n{text}\n\n", "name and age": "{name}   {n}h\n{text}\n\n",
           "name · age": "{name} · {n}h\n{text}\n\n", "name, day": "{name}, {n} Mar 2026\n{text}\n\n"}
# (the one-line form, "text – name  stamp", is the Q&A page's above)


@pytest.mark.parametrize("form", HEADERS)
def test_a_comment_that_opens_with_related_is_a_comment(form: str) -> None:
    page = POOL + "Comments\n\n" + "".join(HEADERS[form].format(name=name, n=n + 2, text=text)
                                              for n, (name, text) in enumerate(SWIMMERS))
    assert [(a, b) for a, _, b in comment_rows(page)] == SWIMMERS


def test_a_related_link_list_in_an_article_stays_the_pages() -> None:
    for line in ("Related: Council votes to close the pool", "Related: Will the pool ever reopen?",
                 "Related: What the closure means for swimmers."):
        assert classify(line)[0] is Kind.OTHER, line
    assert classify(RELATED)[0] is Kind.PROSE
    article = (POOL + "Related: Council votes to close the pool\nPool roof repairs: what we know\n"
               "Swimmers petition for a temporary pool\n\n"
               "Related: the council has closed three pools since 2019, and none of them has reopened.\n\n"
               "The works are due to finish next spring.\n")
    layout = split_layout(article)
    assert layout.comments == ()
    assert all("Council votes" not in p for p in layout.paragraphs)


# ---- an image board's header: a lower-case display name, a wide gap, an age, an OP badge between ----

IMAGE_POST = ("My grandmother's sewing machine runs again\n\nI fixed it with a kit and a weekend of videos, "
              "after the repair shop said it was not worth the parts.\n\n212 comments\n\n")
BOARD = [("tin whistle", "Repair shops that refuse old machines are the reason they end up in landfill."),
         ("gallowglass", "Those metal gears will outlive every plastic machine sold today."),
         ("marrow b", "For everyone asking, the kit was the generic belt and some oil."),
         ("petrichor and rust", "The shop was right about the cost, a belt costs less than their hour.")]


@pytest.mark.parametrize("gap", ["   ", "\t", " · ", " • "])
@pytest.mark.parametrize("age", ["14h", "3d", "just now", "2 days ago"])
def test_an_image_boards_name_and_age_apart_by_a_gap_head_a_comment(gap: str, age: str) -> None:
    page = IMAGE_POST + "".join(f"{name}{gap}{'OP' + gap if name == 'marrow b' else ''}{age}\n{text}\n\n"
                                for name, text in BOARD)
    assert [(a, b) for a, _, b in comment_rows(page)] == BOARD


def test_a_line_that_ends_in_a_short_number_after_a_gap_is_no_header() -> None:
    for line in ("riders signed the petition   2,104", "the council said   12", "read more   3 min",
                 "the harbour post   12 March 2026", "Riders signed the petition in the thousands  2,104"):
        assert classify(line)[0] is not Kind.NAMED, line
    assert classify("marrow b · OP · 14h") == (Kind.NAMED, "marrow b")
    assert classify("tin whistle   14h") == (Kind.NAMED, "tin whistle")
