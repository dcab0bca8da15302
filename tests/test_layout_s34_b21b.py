"""Session 34 (helper b21b): employer-review cards signed by a role, a listing site's tab heading, search
placeholders, comments with no name line, score blocks, a post's page with no headline, minutes pages
and other furniture, each on invented pages, with must-not-fire cases."""

from layout_support import BODY, comment_rows

from components.core.config import CorpusConfig
from components.parse.layout import (
    _fields_under,
    _is_furniture,
    _listing_heading,
    _meeting_heading,
    _roll_call,
    _score_rows,
    split_layout,
)
from components.parse.parser import parse_document
from components.parse.role_reviews import role_reviews
from components.parse.unsigned import unsigned_comments

# ---- employer-review cards: the author is the role on the card's date line ----


def _card(score: str, stars: str, headline: str, stamp: str, sections: str,
          row: str = "Helpful (3)   Share") -> str:
    return f"{score}\n{stars}\n{headline}\n{stamp}\n{sections}{row}\n"


_CARDS = ("Pine Hollow Bakery Reviews\nUpdated 4 March 2026\n\n"
          "About us\nWe are a family bakery with three shops and a team of twenty-two people "
          "across the valley.\n"
          "Showing 1 - 3 of 19 reviews\n"
          + _card("4.0", "★★★★☆", "\"Early starts, good people\"", "Mar 2, 2026 · Shift Supervisor",
                  "Current employee, more than 1 year · Dunmore\n✓ Recommend   – CEO approval\n"
                  "Pros\nThe team covers for each other and the bread is free.\n"
                  "Cons\nThe 4am start never gets easier.\nWeekend rotas change at short notice.\n")
          + "Pine Hollow Bakery Response\nMar 3, 2026 – Operations Manager\n"
            "Thanks for this. We are looking at a fixed weekend rota from April.\n"
          + _card("2.0", "★★☆☆☆", "\"Not for the faint-hearted\"", "Feb 27, 2026 · Anonymous Employee",
                  "Anonymous\nPros\nFree bread, decent pay for the area.\n"
                  "Cons\nManagers shout when the ovens run late.\n")
          + "This review is no longer available\nIt was removed because it broke our guidelines.\n"
          + _card("5.0", "★★★★★", "\"Best job I have had\"", "Feb 20, 2026 · Delivery Driver",
                  "Pros\nQuiet roads at dawn and a van that works.\nCons\nNone really.\n")
          + "Sign in to see all 19 reviews\nPeople also viewed\n")


def test_role_stamped_cards_are_reviews_by_the_role() -> None:
    rows = comment_rows(_CARDS)
    assert [(author, to) for author, to, _ in rows] == [
        ("Shift Supervisor", ""), ("Pine Hollow Bakery", "Shift Supervisor"), ("Anonymous Employee", ""),
        ("", ""), ("Delivery Driver", "")]
    assert rows[0][2].startswith("The team covers for each other")
    assert "Cons" not in rows[0][2] and "Current employee" not in rows[0][2]
    assert "4am start" in rows[0][2]
    assert rows[1][2] == "Thanks for this. We are looking at a fixed weekend rota from April."
    assert rows[2][2].startswith("Free bread")


def test_the_cards_leave_the_article_and_the_heading_is_the_title() -> None:
    layout = split_layout(_CARDS)
    assert layout.title == "Pine Hollow Bakery Reviews"
    text = "\n".join(layout.paragraphs)
    assert "family bakery" in text
    assert "Free bread" not in text and "Operations Manager" not in text


def test_an_indeed_kind_card_with_status_place_and_date_is_a_review() -> None:
    page = ("Harbour Fuels reviews\n\n" + BODY + "\n\n"
            "5.0 out of 5 stars\nFriendly depot\n"
            "Tanker Driver (Current employee) - Leith - 3 May 2026\n"
            "Good hours and a manager who listens.\nWas this review helpful?\n\n"
            "2.0 out of 5 stars\nToo many night shifts\n"
            "Yard Operative (Former employee) - Rosyth - 28 April 2026\n"
            "Nights every other week and no say in it.\nWas this review helpful?\n")
    found, _ = role_reviews(page.split("\n"))
    assert [(c.author, c.body) for c in found] == [
        ("Tanker Driver", "Good hours and a manager who listens."),
        ("Yard Operative", "Nights every other week and no say in it.")]


def test_dated_lines_with_a_section_under_no_rating_are_no_reviews() -> None:
    page = ("Harbour board votes to close the old fish quay\n\n" + BODY + "\n\nMore from the valley\n"
            "Ferry fares to rise in spring\nMar 2, 2026 · Transport\n"
            "Bakery wins county prize\nFeb 27, 2026 · Food And Drink\n")
    assert role_reviews(page.split("\n")) == ([], set())
    assert comment_rows(page) == []


def test_one_rated_card_alone_is_no_review_section() -> None:
    page = "4.0\n★★★★☆\n\"Fine\"\nMar 2, 2026 · Baker\nPros\nWarm.\n"
    assert role_reviews(page.split("\n")) == ([], set())


# ---- a search box's placeholder ----


def test_a_search_placeholder_listing_what_it_finds_is_furniture() -> None:
    assert _is_furniture("Search for jobs, companies, salaries")
    assert _is_furniture("Search for recipes, crafts, etc.")


def test_a_headline_opening_with_search_is_not_a_placeholder() -> None:
    assert not _is_furniture("Search for missing walker, 71, resumes at first light")
    assert not _is_furniture("Search for Ann Lee, Bo Hart and Cy Dee goes on")
    assert not _is_furniture("Search for survivors called off")


# ---- a listing site's tab heading: the entity's name (printed alone above) and what the tab lists ----


def test_a_tab_heading_under_the_entitys_header_is_the_listing_heading() -> None:
    lines = ["Pine Hollow Bakery", "Follow", "Reviews", "19", "Pine Hollow Bakery Reviews",
             "Updated 4 March 2026"]
    assert _listing_heading(lines, 4)
    assert _listing_heading(["Harbour Fuels", "Jobs", "Harbour Fuels Employee Reviews"], 2)


def test_a_name_and_a_listing_word_with_no_header_above_is_no_listing_heading() -> None:
    assert not _listing_heading(["Sports", "Rovers Reviews", "4 March 2026"], 1)
    assert not _listing_heading(["Pine Hollow", "Pine Hollow reviews"], 1)  # lower case: a link's words


# ---- a review aggregator's score block and a review page's summary ----


def test_a_score_blocks_lines_are_furniture() -> None:
    for line in ("Metascore", "User Score", "Generally Favorable", "Mixed or Average", "Universal Acclaim",
                 "Based on 9 Critic Reviews", "Based on 2,310 User Ratings", "Critic Reviews",
                 "Showing 1 - 10 of 31 reviews", "Most recent ▾", "People also viewed"):
        assert _is_furniture(line), line


def test_sentences_about_scores_are_not_furniture() -> None:
    assert not _is_furniture("Reviews were generally favorable, the label said.")
    assert not _is_furniture("Based on 9 critic reviews, the album is her best yet.")
    assert not _is_furniture("Critics reviews of the opera were kinder than the audience's.")


def test_three_rows_of_category_scores_are_a_rating_summary() -> None:
    lines = ["Write a review", "31 reviews", "88% Recommend to a friend", "Pay and benefits 3.1",
             "Work/Life balance 4.0", "Management 2.9", "The bakery opened in 1998."]
    assert _score_rows(lines) == {1, 2, 3, 4, 5}
    assert not _is_furniture("31 reviews")  # (under a reviewer's name: the reviewer's count)


def test_one_score_line_in_an_article_is_no_rating_summary() -> None:
    assert _score_rows(["The review gave the bakery a hygiene score.", "Hygiene rating 4.5",
                        "Inspectors will return in May."]) == set()


# ---- a work's page: its title over the artist and labelled facts; the owner's footer line ----


_ALBUM = ("Tunebin\nMusic\nFilms\nLog In\nMusic › Albums › Folk\nHarbour Lights\nMara Quill\n"
          "Release Date: Mar 6, 2026\nLabel: Gullwing Records\nGenre: Folk\nMetascore\n74\n"
          "Generally Favorable\nBased on 9 Critic Reviews\n"
          "Summary: Mara Quill's third album was recorded in a net loft over one winter "
          "with a borrowed harmonium and the sea outside.\n"
          "Tunebin is a Pebblestone Media company. © 2026 Tunebin, LLC.\n")


def test_a_works_title_over_its_artist_and_facts_is_the_title() -> None:
    layout = split_layout(_ALBUM)
    assert layout.title == "Harbour Lights"
    assert layout.outlet_marker == "Tunebin"
    text = "\n".join(layout.paragraphs)
    assert "Based on 9" not in text and "Log In" not in text and "net loft" in text


def test_an_article_line_with_one_label_is_no_works_facts() -> None:
    assert not _fields_under(["Ann Lee", "Venue: Town Hall", "Contact: Bo Hart"], 0)
    assert not _fields_under(["Release Date: Mar 6, 2026", "The band said it was thrilled."], 0)


# ---- a comment section with no name lines: each comment its body, then its action row ----

_UNSIGNED = ("Comments (3)\nNewest ▾\n"
             "The late bus is the only way home from the night shift.\nLike 12 · Reply · 5h ago\n"
             "Councillor Bo Hart promised a review of this route in March.\nLike 3 · Reply · 4h ago\n"
             "Walked it twice this week. Not again.\nLike 7 · Reply · 2h ago\n")


def test_bodies_under_action_rows_with_no_names_are_comments_by_nobody() -> None:
    rows = comment_rows("Night bus route to be cut in June\n\n" + BODY + "\n\n" + _UNSIGNED)
    assert [(author, text[:24]) for author, _, text in rows] == [
        ("", "The late bus is the only"), ("", "Councillor Bo Hart promi"), ("", "Walked it twice this wee")]
    layout = split_layout("Night bus route to be cut in June\n\n" + BODY + "\n\n" + _UNSIGNED)
    assert "late bus" not in "\n".join(layout.paragraphs)


def test_named_comments_are_not_read_as_unsigned() -> None:
    lines = ("Comments (2)\nAnn Lee\nThe late bus is the only way home.\nLike 12 · Reply · 5h ago\n"
             "Bo Hart\nAgreed, it is a disgrace.\nLike 3 · Reply · 4h ago\n").split("\n")
    assert unsigned_comments(lines) == ([], set())


def test_rows_under_article_paragraphs_with_no_comment_heading_are_no_comments() -> None:
    lines = ("The late bus is the only way home from the night shift.\nLike 12 · Reply · 5h ago\n"
             "Walked it twice this week. Not again.\nLike 7 · Reply · 2h ago\n").split("\n")
    assert unsigned_comments(lines) == ([], set())


def test_one_body_under_a_row_is_no_unsigned_section() -> None:
    lines = "Comments (1)\nThe late bus is the only way home.\nLike 12 · Reply · 5h ago\n".split("\n")
    assert unsigned_comments(lines) == ([], set())


def test_bodies_under_name_and_stamp_headers_are_not_read_as_unsigned() -> None:
    lines = ("Comments (3)\nComments are closed on this story and will not reopen.\n\n"
             "Ann Lee | 17 Apr, 2026 09:14am\nThe late bus is the only way home.\nRecommend 41\n\n"
             "Bo Hart | 17 Apr, 2026 09:31am\n@Ann Lee Agreed, it is a disgrace.\nRecommend 3\n").split("\n")
    assert unsigned_comments(lines) == ([], set())


# ---- a post's page: its text opens under the author's name and @handle; it has no headline ----

_POST = ("Home\nExplore\nNotifications\nPost\nMara Quill\n@maraquill\nFollow\n"
         "A word about the harbour concert.\n"
         "We sold every ticket in a day, and then the council moved the stage to the car park without "
         "asking anyone who lives on the quay.\n"
         "9:14 PM · Mar 6, 2026 · 41K Views\n")


def test_a_posts_first_line_under_its_handle_is_no_title() -> None:
    layout = split_layout(_POST)
    assert layout.title == "" and layout.untitled
    assert parse_document("p", "p.txt", _POST, "0", CorpusConfig()).document["title"] == ""
    assert "A word about the harbour concert." in "\n".join(layout.paragraphs)


def test_a_headline_over_a_byline_and_handle_stays_the_title() -> None:
    page = ("Harbour concert moved to the car park after council vote\nBy Mara Quill\n@maraquill\n\n" + BODY)
    layout = split_layout(page)
    assert layout.title == "Harbour concert moved to the car park after council vote"
    assert not layout.untitled


# ---- a committee's minutes page: the meeting line under its label is the title and the date ----

_MINUTES = ("Skip to main content\nLochmore Council\nBins and recycling\nCouncil tax\n"
            "We use some essential cookies to make this website work.\n"
            "Agenda and minutes\nHarbours Committee - Thursday, 5th March, 2026 2.00 pm\n"
            "Venue: Committee Room 2, Harbour House. View directions\n"
            "Contact: Jo Bain, Committee Officer, 01234 000 111\nPrinted minutes PDF 120 KB\n"
            "1.\tPier repairs\nPDF 88 KB\nMinutes:\n"
            "The Committee considered a report on the north pier, which had been closed since the "
            "January storm.\n"
            "Decision:\nThe Committee AGREED to reopen the pier to foot traffic in April.\n"
            "Attendance\nCouncillor Ann Lee (Chair)\nCouncillor Bo Hart\n"
            "Apologies\nCouncillor Cy Dee\nCall-in deadline: Thursday, 12th March, 2026\n")


def test_a_meeting_line_under_the_minutes_label_is_the_title_and_date() -> None:
    layout = split_layout(_MINUTES)
    assert layout.title == "Harbours Committee - Thursday, 5th March, 2026 2.00 pm"
    assert layout.date_line == "2026-03-05"
    text = "\n".join(layout.paragraphs)
    assert "north pier" in text and "reopen the pier" in text
    for line in ("Venue:", "Contact:", "PDF 88 KB", "Decision:", "Attendance", "Councillor Ann Lee",
                 "Councillor Cy Dee", "Call-in deadline", "essential cookies"):
        assert line not in text, line


def test_a_meeting_line_with_no_minutes_label_above_is_no_meeting_heading() -> None:
    assert not _meeting_heading(["News", "Harbours Committee - Thursday, 5th March, 2026 2.00 pm"], 1)
    assert _meeting_heading(["Agenda", "Harbours Committee - Thursday, 5th March, 2026 2.00 pm"], 1)


def test_reported_words_and_names_outside_a_roll_call_are_not_minutes_furniture() -> None:
    assert not _is_furniture("Contact: the harbour master said the pier was unsafe.")
    assert not _is_furniture("We use cookies on every page, the regulator said.")
    assert _roll_call(["The pier reopens in April.", "Councillor Ann Lee", "Councillor Bo Hart"]) == set()
    lines = ["Present:", "Councillor Ann Lee (Chair)", "Cllr Bo Hart", "The pier was discussed."]
    assert _roll_call(lines) == {1, 2}
