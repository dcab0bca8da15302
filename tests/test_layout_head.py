"""Page heads as outlets vary them: share rows, reading times and counters in the head, section labels,
date forms and labels (invented heads; see benchmarks/head_perturb_bench.py)."""

import pytest

from components.parse.layout import (
    _COUNT_DATE,
    _date_value,
    _head_furniture,
    _is_date_line,
    _is_furniture,
    _posted_by_date,
    split_layout,
)

PROSE = ("The parish council agreed on Tuesday to keep the old ferry slipway open through the winter, after "
         "a petition signed by more than four hundred residents asked it to reconsider the closure.\n\n"
         "Councillor Wren Abernathy said the repairs would be paid for from the reserve fund this year.")
TITLE = "Parish council keeps Tollbridge ferry slipway open for the winter"
DEK = "Residents had asked for a rethink of the closure after the autumn storms damaged the ramp"


@pytest.mark.parametrize("line", [
    "Share", "Share this article", "Copy link", "Share on Facebook", "Facebook  X  WhatsApp  Email",
    "Facebook | X | Email", "3 min read · Listen", "4 min read", "Reading time: 5 minutes", "12 comments",
    "Read time: 3 min", "6 minute read", "87", "5 min listen", "Listen (5 min)", "Save article",
    "Comments (12)", "Share article", "Email  Facebook  X  LinkedIn  Copy link", "4 min read | 12 comments"])
def test_head_furniture_lines(line: str) -> None:
    assert _head_furniture(line)


@pytest.mark.parametrize("line", [
    TITLE, DEK, "Share prices fall as the council reads its budget", "Read the room, says the mayor",
    "A 5 min read on the budget", "Facebook fined over ferry adverts", "5 minutes", "Ann Lee",
    "March 4, 2026", "Comments on the budget", "Save the ferry, say residents", "Listen to the river"])
def test_not_head_furniture(line: str) -> None:
    assert not _head_furniture(line)


@pytest.mark.parametrize("line", ["3 min read · Listen", "Reading time: 5 minutes | 12 comments",
                                  "Facebook  X  WhatsApp  Email", "Share  Save"])
def test_reading_time_and_share_rows_are_furniture(line: str) -> None:
    assert _is_furniture(line)


@pytest.mark.parametrize("line", ["Share prices fall as the council reads its budget",
                                  "Email from the mayor shows the plan was read in March", DEK])
def test_headline_and_dek_with_those_words_are_not_furniture(line: str) -> None:
    assert not _is_furniture(line)


def _page(head: str) -> str:
    return "Tollbridge Post\nNews\nSport\nOpinion\n\n" + head + "\n\n" + PROSE + "\n"


@pytest.mark.parametrize("between", [
    ["Share"], ["Facebook  X  WhatsApp  Email"], ["Share this article", "Copy link"],
    ["Share on Facebook", "Share on X"], ["3 min read · Listen"], ["12 comments"]])
def test_headline_over_furniture_then_dek_and_byline(between: list[str]) -> None:
    head = "\n".join([TITLE, *between, DEK, "By Ann Lee", "March 4, 2026"])  # no blank lines between
    layout = split_layout(_page(head))
    assert layout.title == TITLE
    assert layout.date_line == "2026-03-04"


@pytest.mark.parametrize("between", [["Share"], ["Facebook  X  WhatsApp  Email"], ["3 min read · Listen"]])
def test_headline_block_furniture_block_dek_block(between: list[str]) -> None:
    head = "\n\n".join([TITLE, "\n".join(between), DEK, "By Ann Lee\nMarch 4, 2026"])
    layout = split_layout(_page(head))
    assert layout.title == TITLE
    assert layout.date_line == "2026-03-04"


def test_reading_time_alone_above_headline_is_not_the_title() -> None:
    head = "Local News of Wednesday, 4 March 2026\n\n3 min read · Listen\n\n" + TITLE
    layout = split_layout(_page(head))
    assert layout.title == TITLE


@pytest.mark.parametrize("label", ["Music", "Culture › Film", "3 min read · Listen"])
def test_blog_date_header_label_then_title(label: str) -> None:
    text = ("Tollbridge Notes\nA blog about the estuary, its boats and its people.\nHome\nAbout\n\n"
            f"Wednesday, March 4, 2026\n{label}\n{TITLE}\n{PROSE}\n")
    layout = split_layout(text)
    assert layout.title == TITLE
    assert layout.date_line == "2026-03-04"


def test_headline_containing_share_stays_the_headline() -> None:
    title = "Share of residents using the ferry doubles after fare cut"
    layout = split_layout(_page("\n".join([title, "Share", "By Ann Lee", "March 4, 2026"])))
    assert layout.title == title


def test_one_line_dek_is_not_skipped_as_furniture() -> None:
    # the dek stays article-side of the headline: the title is the line above it, not the dek
    layout = split_layout(_page("\n".join([TITLE, DEK, "By Ann Lee", "March 4, 2026"])))
    assert layout.title == TITLE


def test_updated_is_not_the_publication_date_when_another_is_given() -> None:
    head = "\n".join([TITLE, "Share", "By Ann Lee", "Published March 4, 2026", "Updated March 6, 2026"])
    assert split_layout(_page(head)).date_line == "2026-03-04"


@pytest.mark.parametrize("line, day", [
    ("Published by tidewatcher on Wednesday March 4, 2026 @09:12AM from the ferry-fares dept.", "2026-03-04"),
    ("Published: by tidewatcher on Wednesday March 4, 2026 @09:12AM", "2026-03-04"),
    ("Published: 4th March 2026 by tide_watcher | 7 Comments", "2026-03-04"),
    ("Posted on 4th March 2026 by tide_watcher", "2026-03-04"),
    ("Published March 4, 2026 by Ann Lee", "2026-03-04")])
def test_posted_by_lines_with_other_verbs(line: str, day: str) -> None:
    assert _posted_by_date(line) == day


@pytest.mark.parametrize("line", ["Published by Harbour Books, the novel is her third",
                                  "Posted by a reader who asked not to be named"])
def test_published_by_without_a_date_gives_none(line: str) -> None:
    assert _posted_by_date(line) == ""


@pytest.mark.parametrize("line, day", [
    ("Local News of Wednesday, 4 March 2026", "2026-03-04"),
    ("Local News of Wednesday, 4 March 2026, 10:41", "2026-03-04"),
    ("Local News of Wednesday, Mar. 4, 2026 at 10:41 a.m.", "2026-03-04"),
    ("Business Report for Wednesday, March 4, 2026 10:41 GMT", "2026-03-04")])
def test_section_day_line_in_other_forms(line: str, day: str) -> None:
    assert _is_date_line(line) and _date_value(line) == day


def test_section_words_before_a_date_in_a_sentence_are_not_a_date_line() -> None:
    assert not _is_date_line("Friends of Wednesday, 4 March 2026 walked out of the meeting")


@pytest.mark.parametrize("line", ["1,204 views  4 March 2026, 09:44  #ferry",
                                  "1,204 views Mar 4, 2026 at 7:10 PM", "1,204 views  Mar 4, 2026"])
def test_view_count_line_with_a_time(line: str) -> None:
    found = _COUNT_DATE.match(line)
    assert found and _date_value(found.group("date")) == "2026-03-04"


def test_reading_time_with_a_label_is_never_a_topic_headline() -> None:
    head = "March 4, 2026 / 7:12 PM\n\nReading time: 5 minutes\n\n" + TITLE + "\n\nAnn Lee"
    assert split_layout(_page(head)).title == TITLE


def test_share_row_between_a_menu_headline_and_its_stamp() -> None:
    text = ("Tollbridge Post\nHome\nNews\nSport\nWeather\n\nNews\nLocal\n" + TITLE
            + "\nShare this article\nCopy link\nAnn Lee, TPA\nWed, 4 March 2026 at 6:30 am GMT"
            + "\n3 min read\n\n"
            + PROSE + "\n")
    layout = split_layout(text)
    assert layout.title == TITLE
    assert layout.date_line == "2026-03-04"


@pytest.mark.parametrize("line, day", [
    ("Date: March 4, 2026", "2026-03-04"),
    ("Date: Mar. 4, 2026 - 15:04    Updated : Mar. 6, 2026 - 18:22", "2026-03-04"),
    ("Date: March 4, 2026 at 5:30 a.m. | UPDATED: March 6, 2026 at 11:12 a.m.", "2026-03-04"),
    ("Dated: 4 March 2026", "2026-03-04"), ("Date: March 4, 2026 · 1 hr 4 min", "2026-03-04")])
def test_date_label_is_read_and_updated_is_not_the_publication_date(line: str, day: str) -> None:
    assert _is_date_line(line) and _date_value(line) == day


@pytest.mark.parametrize("line", ["Date: the council has not set one", "Date night at the ferry café"])
def test_date_word_without_a_date_is_no_date_line(line: str) -> None:
    assert not _is_date_line(line)


def test_date_labelled_post_line() -> None:
    assert _posted_by_date("Date: 4th March 2026 by tide_watcher | 7 Comments") == "2026-03-04"


@pytest.mark.parametrize("line", ["1,204 views  2026-03-04  #ferry", "1,204 views  04.03.2026"])
def test_view_count_line_with_a_numeric_date(line: str) -> None:
    found = _COUNT_DATE.match(line)
    assert found and _date_value(found.group("date")) == "2026-03-04"


def test_updated_label_under_a_byline_is_not_taken_over_the_date_label() -> None:
    head = "\n".join([TITLE, "By Ann Lee", "Date: March 4, 2026", "Updated: March 6, 2026"])
    assert split_layout(_page(head)).date_line == "2026-03-04"
