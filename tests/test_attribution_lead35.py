"""The lead's attribution fixes of session 35, on invented text."""
import re

from components.parse.quotes import _who_clause_is_his


def _clause(text: str, name: str) -> bool:
    known = {"Lind", "Tom", "Rudd"}
    return _who_clause_is_his(re.search(name, text), text, known)  # type: ignore[arg-type]


def test_an_abbreviation_before_a_lower_case_word_ends_no_sentence() -> None:
    # "approx." before "ten" ends no sentence: Lind's "rang" still makes Rudd the object
    text = "Lind rang approx. ten people, among them Tom Rudd, who said he would come."
    assert not _clause(text, "Tom Rudd")


def test_a_subjects_who_clause_after_a_full_sentence_makes_a_speaker() -> None:
    assert _clause("Lind rang the yard. Tom Rudd, who said he would come, was late.", "Tom Rudd")
