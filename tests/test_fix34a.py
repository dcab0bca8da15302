"""Fix s34a (H158): the narrowed rules of review s34c still fire where they should, on invented text."""

from components.parse.quotes import find_quotes
from tests.test_review_s34c import _COLUMN, _speaker_of

_QA = ("Bo Hart chairs the harbour board. {opener}\n\n"
       "Why did you vote to close it?\n\n"
       "Because the wall is failing. I have seen the survey and I will not risk a life on it.\n\n"
       "What would you say to the skippers?\n\n"
       "I'd say come and read it with me. The door is open.")


def test_spoke_to_a_two_word_masthead_still_opens_a_qa() -> None:
    body = _QA.format(opener="He spoke to the Northern Echo at the harbour office.")
    assert _speaker_of(body, "Because the wall is failing") == "Bo Hart"


def test_spoke_to_this_newspaper_still_opens_a_qa() -> None:
    body = _QA.format(opener="He spoke to this newspaper at the harbour office.")
    assert _speaker_of(body, "Because the wall is failing") == "Bo Hart"


def test_answered_questions_on_a_forum_still_opens_a_qa() -> None:
    body = _QA.format(opener="He answered questions on a sailing forum last week.")
    assert _speaker_of(body, "Because the wall is failing") == "Bo Hart"


def test_answered_questions_at_a_hearing_opens_none() -> None:
    body = _COLUMN.format(opener="He answered questions at the inquiry for three hours.")
    assert _speaker_of(body, "sell the boat") != "Bo Hart"


def test_its_annual_review_still_speaks_as_it() -> None:
    body = ("The harbour board published its annual review on Monday. \"Mooring charges will fall for every "
            "local skipper next year,\" it said.")
    assert _speaker_of(body, "Mooring charges will fall") == "the review"


def test_a_digit_before_the_close_of_an_even_quote_closes_it() -> None:
    para = "\"The score was 12\" she said, and \"we lost\" was all he said."
    assert [q for _, _, q in find_quotes(para)] == ["The score was 12", "we lost"]


def test_an_inch_mark_keeps_the_quote_whole() -> None:
    para = "\"I bought the 12\" the day it came out,\" she said."
    assert [q for _, _, q in find_quotes(para)] == ["I bought the 12\" the day it came out,"]
