"""Session 39 (helper H297): the carry of an unnamed speaker's tag to a next "he" or "she" narrowed, and
"according to a statement from …" narrowed, on invented text, with must-not-fire cases."""

import pytest
from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)

FENCE = "\"The fence had been down for a month,\" "
PATCH = "\"Nobody came out to patch it up,\" "


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


@pytest.mark.parametrize("tag", ["the inspector told the tribunal", "the inspector said to the panel",
                                 "the inspector told reporters"])
def test_a_tag_told_to_no_one_person_still_goes_on_to_she(tag: str) -> None:
    body = FENCE + tag + ". " + PATCH + "she added."
    assert _speaker_of(body, "Nobody came out") == "the inspector"


@pytest.mark.parametrize("tag", ["the inspector told the tenant", "the inspector warned a neighbour",
                                 "the inspector said to him", "the inspector said, pointing at her"])
def test_a_tag_that_acts_on_one_person_does_not_go_on_to_she(tag: str) -> None:
    body = FENCE + tag + ". " + PATCH + "she said."
    assert _speaker_of(body, "Nobody came out") != "the inspector"


def test_a_thing_opening_a_sentence_between_does_not_stop_the_carry() -> None:
    body = FENCE + "the inspector said. The wind rattled the gate. " + PATCH + "she added."
    assert _speaker_of(body, "Nobody came out") == "the inspector"


def test_a_person_opening_a_sentence_between_stops_the_carry() -> None:
    body = FENCE + "the inspector said. The tenant sighed. " + PATCH + "she said."
    assert _speaker_of(body, "Nobody came out") != "the inspector"


def test_a_reply_in_so_many_words_is_not_the_tags() -> None:
    body = "Ada Lind was there.\n\n" + FENCE + "the inspector said. " + PATCH + "she said in response."
    assert _speaker_of(body, "Nobody came out") == "Ada Lind"


@pytest.mark.parametrize("role", ["the liquidators", "the receivers"])
def test_a_plural_role_goes_on_to_no_she(role: str) -> None:
    body = "Ada Lind was there.\n\n" + FENCE + role + " said. " + PATCH + "she added."
    assert _speaker_of(body, "Nobody came out") == "Ada Lind"


# ---- according to a statement from … ----

QUAY = "\"expects the new quay to open before the summer season\"."


@pytest.mark.parametrize("source", ["Thursday", "March", "last Friday"])
def test_a_date_after_from_is_no_source(source: str) -> None:
    body = f"According to a statement from {source}, Ms Lind {QUAY}"
    assert _speaker_of(body, "expects the new quay") not in (source, "Thursday", "March", "Friday")


def test_a_known_officer_named_with_the_bodys_title_is_the_source() -> None:
    body = f"According to a statement from Quayside Trust press officer Ada Lind, the trust {QUAY}"
    assert _speaker_of(body, "expects the new quay") == "Ada Lind"


@pytest.mark.parametrize("gap", [", ", " regarding ", " concerning "])
def test_a_known_person_after_the_body_but_not_its_officer_leaves_the_body(gap: str) -> None:
    body = f"According to a statement from the Quayside Trust{gap}Bo Hart {QUAY}"
    assert _speaker_of(body, "expects the new quay") == "the Quayside Trust"


# ---- a day's comma before its year is no clause's ----

def test_a_participle_after_an_object_and_a_dated_day_is_the_subjects() -> None:
    body = ("Ada Lind rang Bo Hart on March 9, 2025, telling him the lease was \"a bad deal for every trader "
            "on the quay\".")
    assert _speaker_of(body, "a bad deal for every") == "Ada Lind"


# ---- a participle after the object of a sentence whose subject is no one known ----

LEASE = "telling him the lease was \"a bad deal for every trader on the quay\"."


@pytest.mark.parametrize("opener", ["The tribunal fined", "Quayside Licensing Board fined"])
def test_a_participle_after_an_unknown_subjects_object_is_not_the_objects(opener: str) -> None:
    body = f"{opener} Bo Hart 900 pounds on Tuesday, {LEASE}"
    assert _speaker_of(body, "a bad deal for every") != "Bo Hart"


def test_a_known_subject_still_takes_the_participle_after_its_object() -> None:
    body = f"Ada Lind rang Bo Hart on Tuesday, {LEASE}"
    assert _speaker_of(body, "a bad deal for every") == "Ada Lind"


def test_what_a_court_heard_of_a_person_stays_his() -> None:
    body = "The tribunal heard Bo Hart shouted at the staff, saying the lease was \"a bad deal for them\"."
    assert _speaker_of(body, "a bad deal for them") == "Bo Hart"


# ---- an office by its title and portfolio ----

PIER = "said the pier was \"the best thing to happen to the front in years\"."


def test_an_office_given_to_a_known_person_with_the_same_portfolio_stays_the_persons() -> None:
    body = ("Bo Hart, the Minister for Coastal Affairs, came on Friday.\n\nThe Minister for Coastal Affairs "
            + PIER)
    assert _speaker_of(body, "the best thing") == "Bo Hart"


def test_an_office_of_another_portfolio_than_the_known_persons_is_its_own() -> None:
    body = "Bo Hart, the Minister for Fisheries, came on Friday.\n\nThe Minister for Coastal Affairs " + PIER
    assert _speaker_of(body, "the best thing") == "The Minister for Coastal Affairs"


def test_she_after_an_office_that_acted_on_her_is_not_the_office() -> None:
    body = ("Ada Lind ran the pier trust.\n\nThe Minister for Coastal Affairs thanked her on Friday. "
            "\"It will bring the visitors back,\" she said.")
    assert _speaker_of(body, "It will bring") != "The Minister for Coastal Affairs"


def test_she_after_an_office_that_spoke_is_the_office() -> None:
    body = ("Bo Hart watched from the pier.\n\nThe Minister for Coastal Affairs " + PIER
            + " \"It will bring the visitors back,\" she added.")
    assert _speaker_of(body, "It will bring") == "The Minister for Coastal Affairs"


# ---- a surname two known people share goes to the one named last ----

ROD = Person("Rod Fenn", ("Fenn",), (), "he", "rodfenn")
JON = Person("Jon Fenn", ("Fenn",), (), "he", "jonfenn")
MAY = Person("May Fenn", ("Fenn",), (), "she", "mayfenn")
NETS = "said the nets were \"older than anyone on the quay\"."


@pytest.mark.parametrize("cast", [(LIND, ROD, JON), (LIND, JON, ROD)])
@pytest.mark.parametrize("first, last", [("Rod Fenn", "Jon Fenn"), ("Jon Fenn", "Rod Fenn")])
def test_a_shared_surname_is_the_bearer_named_last_whatever_the_configs_order(
        cast: tuple[Person, ...], first: str, last: str) -> None:
    body = f"{first} built the boat in 1980.\n\nHis brother, {last}, sails it now.\n\nMr Fenn {NETS}"
    assert _speaker_of(body, "older than anyone", cast) == last


def test_a_shared_surname_the_title_does_not_fit_is_not_the_one_named_last() -> None:
    body = "Rod Fenn built the boat in 1980.\n\nHis daughter, May Fenn, sails it now.\n\nMr Fenn " + NETS
    assert _speaker_of(body, "older than anyone", (LIND, MAY, ROD)) == "Rod Fenn"
