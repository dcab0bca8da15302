"""Question-and-answer transcripts: answers are statements of whoever gives them."""

import pytest

from components.core.config import Person
from components.parse.transcript import find_answers

LIND = Person("Ada Lind", ("Lind",), ("@adalind",), "she", "lind")
HART = Person("Bo Hart", ("Hart",), (), "he", "hart")
PEOPLE = (LIND, HART)


def _answers(*paragraphs: str) -> list[tuple[int, str, str]]:
    return [(a.paragraph, a.person.name, a.text) for a in find_answers(list(paragraphs), PEOPLE)]


def test_q_and_a_turns_are_the_interviewees_named_in_the_introduction() -> None:
    found = _answers("Lind sat down with the Courier after the vote.", "Q: Was the vote fair?",
                     "A: It was fair from the very start.", "Q. And Hart?", "A. He knows what he did.")
    assert found == [(2, "Ada Lind", "It was fair from the very start."),
                     (4, "Ada Lind", "He knows what he did.")]


def test_named_turns_in_capitals_and_an_answer_running_over_a_paragraph() -> None:
    found = _answers("THE COURIER: Was the vote fair?", "LIND: It was fair from the very start.",
                     "And I stand by every count of it.", "THE COURIER: Will Hart appeal?",
                     "BO HART: I already have.", "The interview has been edited for length.")
    assert found == [(1, "Ada Lind", "It was fair from the very start."),
                     (2, "Ada Lind", "And I stand by every count of it."), (4, "Bo Hart", "I already have.")]


@pytest.mark.parametrize("paragraphs", [
    # a headline's form; no question asked; a tie over who is named most
    ("Lind: I will not resign over this vote or any other", "The board met on Tuesday night."),
    ("Update: The board met again.", "Lind: I will not resign over this vote."),
    ("Q: Was the vote fair?", "A: It was fair.", "Lind and Hart were named here, Lind first, Hart second."),
])
def test_no_transcript_or_no_known_answerer_gives_no_answers(paragraphs: tuple[str, ...]) -> None:
    assert _answers(*paragraphs) == []


def test_the_answer_turns_of_a_known_name_decide_who_answers_a_turns() -> None:
    found = _answers("Hart was in the room too.", "Q: Was it fair?", "HART: No.", "Q: Why not?",
                     "A: Because the count was wrong.")
    assert [name for _, name, _ in found] == ["Bo Hart", "Bo Hart"]
