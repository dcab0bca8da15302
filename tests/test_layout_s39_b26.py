"""Session 39 (helper H277): general gaps in how the parser reads pages, found on the twenty-sixth
blind set's kinds, each on invented text with must-not-fire cases beside it:

- a page printed without blank lines is one block, its foot's lists too: a list's item over its
  date below the article's first lines is no headline (the page was refused: its whole text was
  taken for the head above that item);
- a transcript printed without blank lines ("Q." lines, answers under a speaker's label in
  capitals) is cut into one paragraph a turn, as the transcript reader reads turns;
- an event's name in capitals over its day ("NORTH COAST TENNIS OPEN") is a transcript's heading,
  not a writer's name in capitals over the date line;
- a comment widget's form prompt, notice, tabs and sort row over the first comment's header, and a
  form's buttons over stamped comments, are no comment; a prediction market's trade line under a
  commenter's name ("bought H$250 NO at 31%") is the header's, not the comment's text;
- a top bar's weather widget and exchange-rate lines alone are furniture, never the headline; a
  writer's e-mail address under the name is head furniture, so the dek-then-byline rule finds the
  headline over them;
- a chess title before a username ("FM rook_lift_92") is a badge, not part of the name.
"""

from layout_support import BODY, authors_of

from components.parse.comment_blocks import _is_name
from components.parse.layout import (
    _clean_author,
    _dated_headline,
    _form_lines,
    _is_comment_meta,
    _is_furniture,
    _text_start,
    _turn_lines,
    _unstamped_form,
    _weather_or_rate,
    split_layout,
)

_TRANSCRIPT = """QuoteDesk
home | about | contact
Browse by Sport
Tennis
Golf
Search transcripts
Tennis
Coastal Tour
NORTH COAST TENNIS OPEN
March 8, 2026
Ines Marlow
Westport, Harbour Tennis Centre
Semifinal
THE MODERATOR: Welcome back, Ines. A straight-sets win in under an hour and your first final here.
INES MARLOW: Thanks. The wind was tricky early on, but I found my rhythm on serve after that.
THE MODERATOR: Questions, please.
Q. Did the delay before the match bother you at all?
INES MARLOW: Not really. We sat in the locker room and played cards, and my coach lost every hand. (Laughter.)
Q. What do you expect from the final on Sunday?
INES MARLOW: A long match. She has beaten me twice this year and I have to serve much better.
THE MODERATOR: Thank you, Ines.
Transcript prepared by QuoteDesk. Fast transcripts from the biggest events.
Interviews from this event
March 8, 2026
Pia Lorenz
Semifinal
More Tennis Transcripts"""


def test_a_transcript_without_blank_lines_is_read_turn_by_turn() -> None:
    layout = split_layout(_TRANSCRIPT)
    assert layout.title == "NORTH COAST TENNIS OPEN"
    assert layout.date_line == "2026-03-08"
    turns = [p for p in layout.paragraphs if p.startswith(("Q. ", "INES MARLOW: "))]
    assert len(turns) == 5
    assert all("\n" not in turn for turn in turns)


def test_turn_lines_cuts_turns_and_keeps_head_and_foot_whole() -> None:
    parts = _turn_lines(_TRANSCRIPT)
    assert parts[0].startswith("QuoteDesk\n") and parts[0].endswith("Semifinal")
    assert parts[1].startswith("THE MODERATOR: Welcome back")
    assert parts[-1].startswith("Transcript prepared by") and parts[-1].endswith("More Tennis Transcripts")


def test_blocks_that_are_no_exchange_stay_whole() -> None:
    # labels in capitals without questions (a notice, an update log)
    notes = ("UPDATE: The road has reopened.\nNOTE: Buses run to the usual timetable.\n"
             "WARNING: Ice is expected overnight.")
    assert _turn_lines(notes) == [notes]
    # one question and one answer in an article's block (a pull quote) are fewer than an exchange
    quoted = "Q. Why now?\nADA LIND: Because nobody else would.\nThe council meets again in May."
    assert _turn_lines(quoted) == [quoted]
    # mixed-case labels and prose are left to the transcript reader's paragraphs
    prose = "Ann Lee: I think so.\nBo Hart: I do not.\nQ. Who is right?\nQ. And who pays?"
    assert _turn_lines(prose) == [prose]


def test_a_list_item_over_its_date_under_the_text_is_no_headline() -> None:
    page = ["Harbour Notes\nHome\nNews\n"
            "The ferry will run again from Monday, the operator said in a statement this morning.\n"
            "Crews have repaired the ramp that was damaged in last week's storm and passed the checks.\n"
            "More from this week\nBridge repairs finish early\nMarch 3, 2026\nNew bus route for the harbour"]
    assert _dated_headline(page) is None


def test_a_headline_over_a_dek_and_its_byline_in_one_block_is_still_found() -> None:
    page = ["Harbour Notes\nHome\nNews\nFerry returns after storm repairs\n"
            "The operator says the timetable will be back to normal by the weekend.\n"
            "By Ann Lee\nMarch 3, 2026\n"
            "The ferry will run again from Monday, the operator said in a statement this morning.\n"
            "Crews have repaired the ramp that was damaged in last week's storm and passed the checks."]
    assert _dated_headline(page) == (0, "Ferry returns after storm repairs")


def test_text_start_is_the_first_pair_of_prose_lines() -> None:
    lines = ["Home", "We use cookies to make this site work better for you and to measure it.",
             "Accept", "Headline here", "The first sentence of the article is long enough to be prose.",
             "And the second sentence of the article follows it on the next line."]
    assert _text_start(lines) == 4
    assert _text_start(["Home", "News", "A headline"]) == 3


def test_a_writers_name_in_capitals_over_the_date_is_still_no_headline() -> None:
    page = ["News\nFerry returns after storm repairs\nANA DE LA ROSA\nMarch 3, 2026\n\n" +
            "The ferry will run again from Monday, the operator said in a statement this morning."]
    assert _dated_headline(page) == (0, "Ferry returns after storm repairs")


# ---- a comment widget's form, tabs and sort row over the first comment ----

_FORM_OVER_FIRST = BODY + """

Comments (3)
Leave a Reply
Your email address will not be published. Comments are held for review before they appear here.
Sorting: Newest first | Oldest first
Kemal Aydin
12/03/2026 at 9:14 am
The skate park is the best thing the council has agreed to in years.
Reply
Rosa Lind
12/03/2026 at 9:40 am
Who is paying for the upkeep, though? Nobody has said.
Reply
Tam Okoro
12/03/2026 at 10:02 am
The youth club is paying, it was in the minutes.
Reply
"""

_TABS_OVER_FIRST = BODY + """

Comments 3
Trades
Positions
Write a comment...
Sort by: Best
gull_feather
bought H$200 NO at 41%
2d
The vote will slip to next year, it always does with this council.
♥ 7
Reply
harbour_ant
sold H$50 of YES
1d
Slipping again seems likely, the agenda is full until May.
♥ 2
Reply
"""

_BUTTONS_OVER_FIRST = BODY + """

Comments
Add a comment
Markdown help
Comment anonymously
Add Comment
Login
Sort by
Newest
Ana Petrov
3 hours ago
The park should have opened last summer.
Reply
Jon Bell
2 hours ago
It was the drainage, the report said so.
Reply
"""


def test_the_forms_prompt_and_sort_row_are_no_commenter() -> None:
    assert authors_of(_FORM_OVER_FIRST) == ["Kemal Aydin", "Rosa Lind", "Tam Okoro"]


def test_a_markets_tabs_and_trade_lines_are_no_commenter_and_no_text() -> None:
    layout = split_layout(_TABS_OVER_FIRST)
    assert [c.author for c in layout.comments] == ["gull_feather", "harbour_ant"]
    assert layout.comments[0].body.startswith("The vote will slip")
    assert layout.comments[1].body.startswith("Slipping again")


def test_a_forms_buttons_over_stamped_comments_are_no_comment() -> None:
    assert authors_of(_BUTTONS_OVER_FIRST) == ["Ana Petrov", "Jon Bell"]


def test_trade_lines_are_comment_meta_only_in_their_form() -> None:
    assert _is_comment_meta("bought H$250 NO at 31%")
    assert _is_comment_meta("sold Ṁ120 of YES")
    assert not _is_comment_meta("I bought 250 shares and sold them at a loss.")
    assert not _is_comment_meta("Bought it. No regrets")


def test_a_name_and_place_over_the_stamp_under_a_sort_menu_stay_the_first_comment() -> None:
    page = BODY + """

Comments
Sort by
Newest
Oldest

Mere Tane
Otaki
2h ago
Forty millimetres is the rule and everyone knew it.
Reply
Dan Foss
1h ago
Everyone knew it, nobody measured it.
Reply
"""
    assert authors_of(page)[:2] == ["Mere Tane", "Dan Foss"]
    # a name, badge and place, or a profile card, over the stamp: no form's prompt or sort row among them
    assert not _form_lines(["Mere Tane", "Top Fan", "Otaki", "2h ago"], 0, 3)
    assert not _form_lines(["Marta Lind", "Marta Lind", "Follow", "Engineer, opinions my own.", "Location",
                            "Gdansk", "Joined", "Mar 3, 2019"], 0, 6)
    assert _form_lines(["Trades", "Positions", "Write a comment...", "Sort by: Best", "gull_feather"], 0, 4)


def test_a_short_first_comment_without_a_stamp_under_a_plain_widget_stays() -> None:
    # the widget prints no stamps: a short first comment is a comment
    page = BODY + """

Comments
Ana Petrov
So true
Reply
Jon Bell
It was the drainage, the report said so.
Reply
"""
    assert authors_of(page) == ["Ana Petrov", "Jon Bell"]
    assert not _unstamped_form(["Ana Petrov", "So true", "Reply", "Jon Bell", "Reply"], 0, 2)


# ---- a top bar's weather and rate lines, a writer's e-mail under the name ----

def test_weather_and_rate_lines_alone_are_shaped_as_widgets() -> None:
    # (furniture only in a page's top bar, beside another bar line: tests/test_layout_s39_fix39b.py)
    assert _weather_or_rate("Lerwick 7°C Light rain")
    assert _weather_or_rate("Tromsø -4°C · NW 12 m/s")
    assert _weather_or_rate("1 EUR = 7,46 DKK")
    assert _weather_or_rate("NZ$1 = US$0.59")


def test_article_lines_with_temperatures_and_sums_stay() -> None:
    assert not _weather_or_rate("Temperatures in Lerwick reached 7°C by noon, the forecaster said.")
    assert not _weather_or_rate("1 = 1")
    assert not _weather_or_rate("The fine is 5000 = a month's wages for most players")
    assert not _weather_or_rate("Score 1 = 2")
    assert not _is_furniture("Lerwick 7°C Light rain")  # alone, out of a bar: an article's line


_EMAIL_HEAD = """Harbour Times
News
Sport
Ferry returns to the harbour after three weeks of storm repairs
Crews rebuilt the ramp in record time. The operator says "normal service" resumes on Monday.
Ann Lee
ann.lee@harbourtimes.is
Published 03.03.2026 09:14

""" + BODY


def test_a_writers_email_under_the_name_leaves_the_headline_over_its_dek() -> None:
    layout = split_layout(_EMAIL_HEAD)
    assert layout.title == "Ferry returns to the harbour after three weeks of storm repairs"
    assert layout.date_line == "2026-03-03"


# ---- a chess title before a username ----

def test_a_chess_title_before_a_username_is_a_badge() -> None:
    assert _clean_author("FM rook_lift_92")[0] == "rook_lift_92"
    assert _clean_author("WGM ana.lind")[0] == "ana.lind"
    assert _is_name("FM rook_lift_92")


def test_capitals_before_more_than_a_handle_stay_the_name() -> None:
    assert _clean_author("CM Punk Fan Club")[0] == "CM Punk Fan Club"
    assert _clean_author("GMB Lee")[0] == "GMB Lee"
    assert _clean_author("gm rook_lift")[0] == "gm rook_lift"
