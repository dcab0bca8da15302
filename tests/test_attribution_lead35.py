"""The lead's attribution fixes of session 35, on invented text."""
import re

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
