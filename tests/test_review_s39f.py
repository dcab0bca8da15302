"""Session 39 review (helper H296) of the merged attribution changes 3c1ace6, e169254, 69b1f3a, 28bab4c
(H291) and 5439235 (a title before a shared surname), on invented text: faults pinned as strict xfails
(the reason says when it is a regression against 94841c7), behaviours worth keeping as plain tests."""

import pytest
from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
TIDEWELL = Person("Tidewell Marine", ("Tidewell",), (), "it", "tidewell")
PEOPLE = (LIND, HART, TIDEWELL)

WARNED = "\"You were warned in writing twice,\" "
NEVER = "\"I never saw either letter,\" "
GATE = "\"The gate was never locked after dark,\" "
CHECK = "\"Somebody should have checked it every night,\" "


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- 1. a pronoun tag after an unnamed speaker's tag (3c1ace6) ----

def test_a_reply_of_the_unnamed_one_the_tag_told_is_not_the_tellers() -> None:
    body = WARNED + "the judge told the defendant. " + NEVER + "she said."
    assert _speaker_of(body, "I never saw either") != "the judge"


def test_an_unnamed_person_between_takes_the_pronoun_from_the_tag() -> None:
    body = WARNED + "the judge said. The defendant shook her head. " + NEVER + "she said."
    assert _speaker_of(body, "I never saw either") != "the judge"


@pytest.mark.parametrize("before, tag", [
    ("The judge said the gate was never locked. ", "she replied"),
    (GATE + "the judge said. ", "she said in reply"),
])
def test_a_reply_to_an_unnamed_speaker_is_not_that_speakers(before: str, tag: str) -> None:
    body = "Ada Lind was in court.\n\n" + before + "\"I locked it myself every night,\" " + tag + "."
    assert _speaker_of(body, "I locked it myself") == "Ada Lind"


@pytest.mark.parametrize("sentence", [
    GATE + "the judge said to her. ",
    "The judge wrote to her last week. ",
    GATE + "the judge said, interrupting her. ",
])
def test_a_role_that_spoke_to_her_is_not_her(sentence: str) -> None:
    body = "Ada Lind was in court.\n\n" + sentence + CHECK + "she said."
    assert _speaker_of(body, "Somebody should have") != "the judge"


@pytest.mark.parametrize("role", ["the administrators", "a council office"])
def test_a_plural_role_or_an_office_is_no_she(role: str) -> None:
    body = "Ada Lind was at the meeting.\n\n" + GATE + role + " said. " + CHECK + "she added."
    assert _speaker_of(body, "Somebody should have") == "Ada Lind"


def test_the_pronoun_follows_the_last_of_two_unnamed_tags_and_a_told_pronoun_is_not_the_teller() -> None:
    two = (GATE + "a neighbour said. \"Nobody came for an hour,\" a police officer said. " + CHECK
           + "she added.")
    assert _speaker_of(two, "Somebody should have") == "a police officer"
    told = "Ada Lind stood in the dock.\n\n" + WARNED + "the judge told her. " + NEVER + "she said."
    assert _speaker_of(told, "I never saw either") == "Ada Lind"
    said = "Ada Lind was in court.\n\nThe judge said the gate was never locked. " + CHECK + "she added."
    assert _speaker_of(said, "Somebody should have") == "the judge"
    went_on = GATE + "the judge said. " + CHECK + "she went on."
    assert _speaker_of(went_on, "Somebody should have") == "the judge"


# ---- 2. a participle of saying after a verb's object (e169254) ----

@pytest.mark.parametrize("subject", ["The court", "Carrick Council"])
def test_a_participle_after_a_bodys_object_is_not_the_objects(subject: str) -> None:
    body = (f"{subject} fined Bo Hart 20,000 pounds on Friday, telling him his conduct had been \"a disgrace "
            "to the whole harbour board\".")
    assert _speaker_of(body, "a disgrace to the whole") != "Bo Hart"


def test_a_dates_own_comma_is_no_clause_break() -> None:
    body = ("Ada Lind visited Bo Hart on June 3, 2024, telling him it was \"a disgrace to the whole harbour "
            "board\".")
    assert _speaker_of(body, "a disgrace to the whole") == "Ada Lind"


# ---- 3. according to a statement from an unknown body (69b1f3a) ----

def test_a_day_is_no_source_of_a_statement() -> None:
    body = ("According to a statement from Monday, Ms Lind \"expects the new quay to open before the summer "
            "season\".")
    assert _speaker_of(body, "expects the new quay") != "Monday"


def test_a_known_author_named_after_the_bodys_role_is_the_source() -> None:
    body = ("According to a statement from Harbour Office chief executive Bo Hart, the board \"expects the "
            "new quay to open before the summer season\".")
    assert _speaker_of(body, "expects the new quay") == "Bo Hart"


def test_on_her_behalf_of_the_speaker_herself_leaves_her_words_hers() -> None:
    body = ("Ada Lind, whose daughter collected the award on her behalf, said she \"expects the new quay to "
            "open before the summer season\".")
    assert _speaker_of(body, "expects the new quay") == "Ada Lind"


# ---- 4. an office by its title and portfolio (28bab4c) ----

WARD = "said the ward was \"the best thing to happen to this town in years\"."


def test_a_minister_of_another_portfolio_is_not_the_office() -> None:
    body = ("Bo Hart, the Minister for Transport, opened the line on Friday.\n\nThe Minister for Health "
            + WARD)
    assert _speaker_of(body, "the best thing") != "Bo Hart"


def test_she_after_an_office_by_its_portfolio_is_the_office() -> None:
    body = ("Bo Hart watched from the stand.\n\nThe Minister for Health " + WARD
            + " \"It will save lives,\" she added.")
    assert _speaker_of(body, "It will save lives") == "The Minister for Health"


def test_an_office_given_to_a_known_surname_and_an_apposed_holder_stay_the_persons() -> None:
    body = ("Ms Lind, the Minister for Health, opened the ward on Friday.\n\nThe Minister for Health " + WARD)
    assert _speaker_of(body, "the best thing") == "Ada Lind"
    body = "Bo Hart watched from the stand.\n\nThe Mayor of Carrick, Ada Lind, " + WARD
    assert _speaker_of(body, "the best thing") == "Ada Lind"


# ---- 5. a title before a surname two known people share (5439235) ----

BO = Person("Bo Hart", ("Hart",), (), "he", "hart")
CY = Person("Cy Hart", ("Hart",), (), "he", "cyhart")
EVE = Person("Eve Hart", ("Hart",), (), "she", "evehart")
YARD = "said the yard was \"the best thing to happen to this town in years\"."


def test_a_title_goes_to_the_bearer_it_fits_of_a_father_and_daughter() -> None:
    body = "Bo Hart founded the yard.\n\nHis daughter, Eve Hart, runs it now.\n\nMr Hart " + YARD
    assert _speaker_of(body, "the best thing", (LIND, EVE, BO)) == "Bo Hart"
    body = "Eve Hart runs the yard.\n\nHer father, Bo Hart, founded it.\n\nMs Hart " + YARD
    assert _speaker_of(body, "the best thing", (LIND, EVE, BO)) == "Eve Hart"


def test_mr_hart_of_a_father_and_son_does_not_depend_on_the_configs_order() -> None:
    body = ("Bo Hart founded the boatyard in 1990.\n\nHis son, Cy Hart, took it over last year.\n\nMr Hart "
            + YARD)
    father_first = _speaker_of(body, "the best thing", (LIND, BO, CY))
    assert father_first == _speaker_of(body, "the best thing", (LIND, CY, BO))
