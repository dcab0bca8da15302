"""Session 39 (helper H277): general gaps in how the parser reads pages, found on the twenty-sixth
blind set's kinds, each on invented text with must-not-fire cases beside it:

- a page printed without blank lines is one block, its foot's lists too: a list's item over its
  date below the article's first lines is no headline (the page was refused: its whole text was
  taken for the head above that item);
- a transcript printed without blank lines ("Q." lines, answers under a speaker's label in
  capitals) is cut into one paragraph a turn, as the transcript reader reads turns;
- an event's name in capitals over its day ("WESTPORT HARBOUR OPEN") is a transcript's heading, not
  a writer's name in capitals over the date line.
"""

from components.parse.layout import _dated_headline, _text_start, _turn_lines, split_layout

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
