"""Session 39 fixes (helper H287) of the faults the review of H277's layout change pinned
(tests/test_review_s39b.py): each rule narrowed, on invented text, with the cases that must not fire.
"""

from components.parse.comment_blocks import _is_name
from components.parse.layout import (
    _bar_widget,
    _clean_author,
    _dated_headline,
    _form_control,
    _text_start,
    _turn_lines,
    _unstamped_form,
    split_layout,
)

# ---- a chess title is a badge only before a username that shows it is one ----

def test_a_chess_title_before_a_marked_handle_is_a_badge() -> None:
    assert _clean_author("IM tern_falls")[0] == "tern_falls"
    assert _clean_author("WFM lark.hollow")[0] == "lark.hollow"
    assert _clean_author("NM knight77")[0] == "knight77"
    assert _clean_author("GM QuietBishop")[0] == "QuietBishop"


def test_initials_before_a_surname_or_a_plain_word_stay_the_name() -> None:
    assert _clean_author("FM Delacroix")[0] == "FM Delacroix"
    assert _clean_author("CM Okonjo")[0] == "CM Okonjo"
    assert _clean_author("GM quietly")[0] == "GM quietly"


def test_a_title_before_a_plain_word_is_no_name_line() -> None:
    assert not _is_name("IM done")
    assert not _is_name("GM lol")
    assert not _is_name("FM static")
    assert _is_name("FM tern_falls")


# ---- a weather widget's or a rate's line is furniture only in the page's top bar ----

_BAR_PAGE = """Skip to content
Thursday, February 5, 2026
Kirkwall 4°C Drizzle
1 GBP = 1,17 EUR
Home | Orkney | Shetland | Sport

Ferry fares to rise by a tenth from April

By Mhairi Flett
February 5, 2026

The island ferry operator will raise fares by ten per cent from the first of April, it said on Thursday.

Islanders' groups said the rise would fall hardest on those who travel to the mainland for hospital visits."""


def test_a_top_bars_weather_and_rate_lines_are_furniture() -> None:
    layout = split_layout(_BAR_PAGE)
    assert layout.title == "Ferry fares to rise by a tenth from April"
    text = "\n".join(layout.paragraphs)
    assert "Kirkwall 4°C Drizzle" not in text and "1 GBP = 1,17 EUR" not in text


def test_a_bar_line_needs_a_neighbour_of_the_bar() -> None:
    assert _bar_widget(["Home | News | Sport", "Kirkwall 4°C Drizzle"], 1)
    assert not _bar_widget(["Kirkwall 4°C Drizzle"], 0)
    assert not _bar_widget(["Saturday's highs were low.", "Kirkwall 4°C Drizzle"], 1)


def test_a_headline_holding_a_temperature_alone_in_its_block_is_the_headline() -> None:
    page = ("The Channel Gazette\nHome | Island | Sport\n\nJersey Bakes In 31°C Heat\n\nBy Tom Le Brun\n"
            "July 2, 2026\n\nThe island had its warmest July day on record, the met office said on Thursday "
            "afternoon.\n\nBeaches were full by ten in the morning and the buses ran extra services.")
    assert split_layout(page).title == "Jersey Bakes In 31°C Heat"


def test_an_articles_rate_and_forecast_rows_stay_its_text() -> None:
    page = ("The Channel Gazette\nHome | Island | Money\n\nHolidaymakers face a weaker pound this summer\n\n"
            "By Tom Le Brun\nMay 2, 2026\n\nThe bureau on the harbour quoted these rates to travellers on "
            "Friday morning, below last year's:\n1 GBP = 1,12 EUR\nSt Malo 18°C Sunny\n\n"
            "Travel agents said bookings were holding up despite the fall.")
    text = "\n".join(split_layout(page).paragraphs)
    assert "1 GBP = 1,12 EUR" in text and "St Malo 18°C Sunny" in text


# ---- prose over the head does not end the headline search ----

_COOKIE_OVER_HEAD = """Moorland Echo
We use cookies so the site works and to count our readers, never to sell your data to anyone.
You can change your choice at any time from the link at the foot of every page on the site.
Accept all
Walkers' path to reopen after landslip
Rangers have cleared the worst of the fallen rock.
By Dee Marsh
June 9, 2026
The path along the gorge will reopen on Saturday, the park authority said on Tuesday afternoon.
Rangers spent three weeks clearing rock that fell in the heavy rain at the start of May.
The authority asked walkers to keep to the marked route while the last repairs are made."""


def test_a_cookie_notice_of_two_lines_over_the_head_does_not_hide_the_headline() -> None:
    assert _dated_headline([_COOKIE_OVER_HEAD]) == (0, "Walkers' path to reopen after landslip")
    lines = _COOKIE_OVER_HEAD.split("\n")
    assert _text_start(lines) == 8  # the article's first two prose lines, under the head


def test_a_list_item_over_its_date_under_the_text_is_still_no_headline() -> None:
    lines = ["The path along the gorge will reopen on Saturday, the park authority said on Tuesday.",
             "Rangers spent three weeks clearing rock that fell in the heavy rain at the start of May.",
             "Most read", "Bus fares frozen for a year", "June 8, 2026"]
    assert _text_start(lines) == 0


# ---- a form's buttons are known by their words, not by being short ----

def test_a_forms_control_rows_are_known_by_their_words() -> None:
    assert _form_control("Post as guest")
    assert _form_control("Preview")
    assert _form_control("Comment anonymously")
    assert not _form_control("Well said")
    assert not _form_control("Great post")
    assert not _form_control("Agreed!")


def test_an_unstamped_short_first_comment_over_stamped_ones_is_a_comment() -> None:
    lines = ["Comments", "Ola Berg", "Spot on", "Reply", "Ivo Tann", "3 hours ago", "The bridge was late.",
             "Reply"]
    assert not _unstamped_form(lines, 1, 3)
    buttons = ["Comments", "Preview", "Post as guest", "Reply", "Ivo Tann", "3 hours ago",
               "The bridge was late.", "Reply"]
    assert _unstamped_form(buttons, 1, 3)


# ---- a transcript's turns cut from a block without blank lines ----

def test_the_last_answers_next_sentences_stay_its_own_and_a_foot_stays_apart() -> None:
    block = ("Q. Was the course harder than last year?\nPIA NORD: Much harder, the hills came early.\n"
             "Q. And the heat?\nPIA NORD: It was hot from the start and it never got any cooler.\n"
             "We drank at every station and still we were short of water by the end of it.")
    assert _turn_lines(block)[-1].endswith("short of water by the end of it.")
    footed = block + "\nTranscripts by RaceDesk\nMore interviews"
    assert _turn_lines(footed)[-1].endswith("Transcripts by RaceDesk\nMore interviews")
    assert not any("PIA NORD" in part and "RaceDesk" in part for part in _turn_lines(footed))


def test_q_colon_lines_are_questions_never_answer_labels() -> None:
    faq = ("Q: Is the pool open?\nYes, from six.\nQ: Is there parking?\nOnly on the street.\n"
           "Q: Are dogs allowed?\nNo.")
    assert _turn_lines(faq) == [faq]
