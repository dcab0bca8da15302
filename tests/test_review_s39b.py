"""Session 39 review (helper H286) of the merged layout change of helper H277 (commits 8b2e7f9,
3c67482, 5f165df, 5e90558 over 5407a47): where its rules fire on text they should not, miss the
obvious variant or lose text, each on invented text. A plain test pins a behaviour the change gets
right; a strict xfail marks a fault (its reason says when it is a regression against the base).
"""

import time

import pytest

from components.parse.layout import (
    _clean_author,
    _dated_headline,
    _head_furniture,
    _is_comment_meta,
    _turn_lines,
    split_layout,
)

_ARTICLE = ("When the council met on Tuesday night, the chamber was fuller than it has been in years, "
            "and most of the people standing at the back were under twenty.\n\n"
            "They had come to argue about a skate park, and they stayed until the very last vote was taken.")


def _with_comments(section: str) -> str:
    return "The Valley Courier\n\nCouncil agrees skate park plan\n\n" + _ARTICLE + "\n\n" + section


# ---- a weather widget's line alone: a headline or an article's data that looks like one ----

def test_a_title_case_headline_with_a_temperature_stays_the_headline() -> None:
    page = ("The Iberian Post\nHome | World | Business\n\n"
            "Lisbon Swelters At 44°C As Fires Spread\n\nBy Rui Costa\nAugust 4, 2026\n\n"
            "The city recorded its hottest day in a century on Tuesday, and firefighters battled three "
            "blazes in the hills to the north.\n\n"
            "Hospitals said they had treated more than two hundred people for heat exhaustion by evening.")
    assert split_layout(page).title == "Lisbon Swelters At 44°C As Fires Spread"


def test_a_forecast_articles_city_lines_stay_its_text() -> None:
    page = ("The Northern Ledger\nHome | Weather\n\nCold snap to deepen over the weekend\n\n"
            "By Kari Holm\nJanuary 9, 2026\n\n"
            "Forecasters expect the coldest weekend of the winter so far, with snow on the coast and clear "
            "skies inland.\n\n"
            "Saturday's highs, from the forecaster's bulletin:\nBergen 2°C Snow showers\nOslo -6°C Clear\n"
            "Tromsø -11°C Light snow\n\n"
            "The roads authority has asked drivers to fit winter tyres before Friday evening.")
    text = "\n".join(split_layout(page).paragraphs)
    assert "Oslo -6°C Clear" in text and "Tromsø -11°C Light snow" in text


# ---- a dated headline sought only above the text's first two prose lines ----

_APPEAL_OVER_HEAD = """Harbour Notes
Our reporting is free to read because readers like you chip in every month to keep it going.
If you value local news, please consider a small gift to the newsroom fund this winter.
Home
News
Ferry returns after storm repairs
Crews rebuilt the damaged ramp in eight days.
By Ann Lee
March 3, 2026
The ferry will run again from Monday, the operator said in a statement this morning.
Crews have repaired the ramp that was damaged in last week's storm and passed the checks.
The operator said the timetable would be back to normal by the weekend, weather permitting."""


def test_an_appeal_of_two_lines_over_the_head_does_not_hide_the_headline() -> None:
    assert _dated_headline([_APPEAL_OVER_HEAD]) == (0, "Ferry returns after storm repairs")
    layout = split_layout(_APPEAL_OVER_HEAD)
    assert layout.title == "Ferry returns after storm repairs"
    assert not layout.paragraphs[0].startswith("Harbour Notes\n")


# ---- a chess title before a username ----

_INITIALLED = _with_comments("""Comments (3)

CM Jones
4 March 2026 at 9:14 am
The skate park is the best thing the council has agreed to in years.
Reply

IM Patel
4 March 2026 at 9:40 am
Who is paying for the upkeep, though? Nobody has said.
Reply

NM Okafor
4 March 2026 at 10:02 am
The youth club is paying, it was in the minutes.
Reply
""")


def test_initials_before_a_surname_stay_the_commenters_name() -> None:
    assert [c.author for c in split_layout(_INITIALLED).comments] == ["CM Jones", "IM Patel", "NM Okafor"]


def test_capitals_that_are_no_chess_title_stay_the_name() -> None:
    assert _clean_author("GM Motors Fan")[0] == "GM Motors Fan"
    assert _clean_author("NM")[0] == "NM"


# ---- a comment form's buttons over stamped comments ----

def test_a_short_unstamped_first_comment_over_stamped_ones_is_kept() -> None:
    page = _with_comments("""Comments
Ana Petrov
Hear hear
Reply
Jon Bell
2 hours ago
It was the drainage, the report said so.
Reply
Kim Ode
1 hour ago
The drainage was fixed in May.
Reply
""")
    assert [c.author for c in split_layout(page).comments] == ["Ana Petrov", "Jon Bell", "Kim Ode"]


def test_a_stamped_first_comment_of_one_short_line_is_kept() -> None:
    page = _with_comments("""Comments
Ana Petrov
3 hours ago
Hear hear
Reply
Jon Bell
2 hours ago
It was the drainage, the report said so.
Reply
""")
    rows = [(c.author, c.body) for c in split_layout(page).comments]
    assert rows == [("Ana Petrov", "Hear hear"), ("Jon Bell", "It was the drainage, the report said so.")]


def test_a_purchase_in_a_comment_is_no_trade_line() -> None:
    assert not _is_comment_meta("bought 3 of these at 20% off")
    assert not _is_comment_meta("Sold 2 tickets, no regrets")


# ---- a transcript printed without blank lines ----

_GAMES_TRANSCRIPT = """QuoteDesk
home | about | contact
NORDIC WINTER GAMES
February 12, 2026
Lena Sund
Biathlon, women's sprint
THE MODERATOR: Lena, congratulations on the silver.
Q. How did the last shooting go for you?
LENA SUND: I missed one on the standing stage and I knew then that gold was gone.
Q. What about the relay on Sunday?
LENA SUND: The team is strong and we have trained for this all winter.
I think we can win it if the wind stays calm on the range.
THE MODERATOR: Thank you, Lena.
Transcript prepared by QuoteDesk."""


@pytest.mark.xfail(strict=True, reason="regression: a question cut into a paragraph of its own is taken "
                   "for the title and dropped from the transcript's text")
def test_a_question_cut_from_a_transcript_is_never_its_title() -> None:
    layout = split_layout(_GAMES_TRANSCRIPT)
    assert not layout.title.startswith("Q. ")
    assert "Q. How did the last shooting go for you?" in "\n".join(layout.paragraphs)


@pytest.mark.xfail(strict=True, reason="the docstring's own event name of three words ('NORDIC WINTER "
                   "GAMES') over its day is no heading: only names of four words or more are found")
def test_an_event_name_of_three_words_over_its_day_is_the_heading() -> None:
    head = "QuoteDesk\nNORDIC WINTER GAMES\nFebruary 12, 2026\nLena Sund"
    assert _dated_headline([head]) == (0, "NORDIC WINTER GAMES")


def test_the_last_turns_lines_stay_with_it() -> None:
    block = ("Q. How did the last shooting go for you?\n"
             "LENA SUND: I missed one on the standing stage.\n"
             "Q. What about the relay on Sunday?\n"
             "LENA SUND: The team is strong and we have trained for this all winter.\n"
             "I think we can win it if the wind stays calm on the range.")
    assert _turn_lines(block)[-1] == block.split("\n", 3)[3]


def test_questions_without_labelled_answers_are_no_exchange() -> None:
    faq = ("Fares: what changes\nQ: How much will fares rise?\nFive per cent from May, the operator says.\n"
           "Q: Will concessions change?\nNo, they stay as they are.")
    assert _turn_lines(faq) == [faq]


def test_an_interview_article_in_q_and_a_keeps_its_text_and_speaker() -> None:
    page = """The Valley Courier
Home | News
Orchard grower on a wet season: "We lost a third of the crop"
By Ann Lee
March 4, 2026
Hedda Brun has run the family orchard above the river for twenty years. We spoke to her after the spring.
Q. How bad was the spring for the orchard?
A. "We lost a third of the crop," Brun said. "The blossom came early and the frost took it in one night."
Q. What comes next?
A. "We plant again in April, like every year," Brun said.
The council's relief fund closes on April 30."""
    assert _turn_lines(page) == [page]  # "A." answers carry no capitals label: an article, left whole
    layout = split_layout(page)
    assert layout.title == 'Orchard grower on a wet season: "We lost a third of the crop"'
    assert "Q. What comes next?" in "\n".join(layout.paragraphs)


def test_cutting_a_long_block_into_turns_is_linear() -> None:
    rows = []
    for n in range(10_000):
        rows += [f"Q. Question {n} about the wind today?", f"ANA LEE: Answer {n}, it was a long day."]
    started = time.perf_counter()
    assert len(_turn_lines("\n".join(rows))) == 20_000
    assert time.perf_counter() - started < 2.0


# ---- an event's name in capitals, a headline in capitals ----

@pytest.mark.xfail(strict=True, reason="a headline in capitals over its date ('WORLD CUP DREAM OVER') is "
                   "still read as a writer's name and lost (as before the change: the variant missed)")
def test_a_headline_in_capitals_over_its_date_is_the_headline() -> None:
    page = ("The Evening Bell\nSport | Football\nWORLD CUP DREAM OVER\nJune 28, 2026\n"
            "The national side went out on penalties last night after a goalless draw that few of the "
            "travelling fans will forget.\n"
            "The coach said he was proud of his players and would stay on for the qualifying campaign.")
    assert split_layout(page).title == "WORLD CUP DREAM OVER"


def test_a_writer_surnamed_like_an_event_stays_the_byline() -> None:
    page = ("The Evening Bell\nSport | Golf\nHarbour club's young star wins the junior title\nALEX GAMES\n"
            "June 28, 2026\n"
            "The sixteen-year-old won by three shots on Sunday after a final round of sixty-eight in a "
            "stiff breeze off the sea.\n"
            "Her coach said she would turn professional only after she had finished school next summer.")
    assert split_layout(page).title == "Harbour club's young star wins the junior title"


def test_an_email_in_a_sentence_is_no_head_furniture() -> None:
    assert _head_furniture("ann.lee@harbourtimes.example")
    assert not _head_furniture("Contact the newsroom at news@harbourtimes.example")
