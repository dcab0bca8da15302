"""The lead's attribution fixes of session 35, on invented text."""
import re

import pytest

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.quotes import _who_clause_is_his, extract_mentions


def _clause(text: str, name: str) -> bool:
    known = {"Lind", "Tom", "Rudd"}
    return _who_clause_is_his(re.search(name, text), text, known)  # type: ignore[arg-type]


def test_an_abbreviation_before_a_lower_case_word_ends_no_sentence() -> None:
    # "approx." before "ten" ends no sentence: Lind's "rang" still makes Rudd the object
    text = "Lind rang approx. ten people, among them Tom Rudd, who said he would come."
    assert not _clause(text, "Tom Rudd")


def test_a_subjects_who_clause_after_a_full_sentence_makes_a_speaker() -> None:
    assert _clause("Lind rang the yard. Tom Rudd, who said he would come, was late.", "Tom Rudd")


def _speakers(text: str) -> list[tuple[str, str]]:
    people = (Person(name="Marta Quill", aliases=("Quill",), pronoun="she"),)
    head = ("A Headline About The Reservoir In Title Case\n\nThe first paragraph of the article tells the "
            "story in a sentence long enough to be prose, as a news page opens.\n\n")
    mentions = extract_mentions("d", split_layout(head + text), people, {})
    return [(m.speaker, m.text) for m in mentions]


_REPORT = "An inspectors' report published on Monday found cracking along the east wall.\n\n"


def test_a_report_that_adds_that_speaks_its_own_words() -> None:
    got = _speakers(_REPORT + 'The report adds that repairs "could take until July at the earliest".')
    assert got == [("the report", "could take until July at the earliest")]


def test_a_report_that_goes_on_to_say_speaks_its_own_words() -> None:
    got = _speakers(_REPORT + 'The review goes on to say the wall "cannot carry public access as it stands".')
    assert got == [("the review", "cannot carry public access as it stands")]


def test_a_report_that_added_to_the_pressure_speaks_no_quote() -> None:
    text = ("Council leader Marta Quill spoke at the town hall on Monday evening.\n\n"
            'The report added to the pressure. "We will not reopen a wall our inspectors call unsafe," '
            "Quill said.")
    assert _speakers(text) == [("Marta Quill", "We will not reopen a wall our inspectors call unsafe")]


def _with(people: tuple[Person, ...], text: str) -> list[tuple[str, str]]:
    head = ("A Headline About The Harbour Story In Title Case\n\nThe first paragraph of the article tells "
            "the story in a sentence long enough to be prose, as a news page opens.\n\n")
    return [(m.speaker, m.text) for m in extract_mentions("d", split_layout(head + text), people, {})]


_TEO = (Person(name="Marcus Teo Wei-ming", aliases=("Teo",), pronoun="he"),)
_LEUNG = (Person(name="Dennis Leung", aliases=("Leung",), pronoun="he"),)


def test_a_hyphened_given_name_is_part_of_the_name() -> None:
    text = ('Promoter Marcus Teo Wei-ming defended the call on Saturday. "We had no choice at all in the '
            'end," said Teo Wei-ming.')
    assert _with(_TEO, text) == [("Marcus Teo Wei-ming", "We had no choice at all in the end")]


def test_a_new_name_with_a_hyphened_given_name_speaks_before_its_role() -> None:
    text = 'Lee Chun-kit, a promoter, said the tour "was never going to survive the weather this season".'
    assert _with(_LEUNG, text) == [("Lee Chun-kit", "was never going to survive the weather this season")]


def test_a_known_name_written_with_its_given_name_after_is_the_known_person() -> None:
    text = 'Dennis Leung Ka-chun said the crew signed the papers "hours before the doors opened to fans".'
    assert _with(_LEUNG, text) == [("Dennis Leung", "hours before the doors opened to fans")]


@pytest.mark.parametrize("opener", ["Ex-wife", "Co-founder", "Long-time member"])
def test_an_english_word_on_a_prefix_is_no_given_name(opener: str) -> None:
    text = f'{opener} Jane Morrow said the tour "was never going to survive the weather this season".'
    assert _with(_LEUNG, text) == [("Jane Morrow", "was never going to survive the weather this season")]


def test_a_body_named_after_a_known_name_is_no_person() -> None:
    people = (Person(name="Van Duin", pronoun="he"),)
    text = 'Van Duin Marine said in a statement it had "long experience of working around protected birds".'
    assert _with(people, text)[0][0] != "Van Duin"
