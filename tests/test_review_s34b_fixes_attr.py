"""The other side of the attribution and transcript faults review s34b named (tests/test_review_s34b.py),
on invented text: each fix must not fire where the reading it restores would be wrong."""

import pytest
from test_attribution_s34 import BODY_CAST
from test_attribution_s34b import HART, HOMES, LIND, _speaker_of
from test_review_s34 import _answered_by
from test_review_s34b import ART_DIRECTOR

from components.parse.quotes import find_quotes

# ---- a standfirst's fronted time phrase ----

EDITED = " This interview has been edited for length."


def test_a_time_phrase_before_another_subject_gives_the_answers_to_that_subject() -> None:
    assert _answered_by("On Friday, Bo Hart told us what he makes of Ada Lind's decision to shut the quay."
                        + EDITED) == ["Bo Hart", "Bo Hart"]


def test_a_time_phrase_before_a_name_that_is_the_object_does_not_make_it_the_subject() -> None:
    assert "Ada Lind" not in _answered_by("For thirty years the north quay was run for Ada Lind by her "
                                          "cousins." + EDITED)


def test_a_place_phrase_before_a_name_is_not_a_time_phrase() -> None:
    assert "Ada Lind" not in _answered_by("In a long letter to Ada Lind the skippers set out their case."
                                          + EDITED)


# ---- a role at a place the article gave someone ----

def test_the_role_at_another_place_than_the_one_the_article_gave_its_holder_is_someone_else() -> None:
    body = ("Tom Voss, the harbourmaster at Eastmarsh, walked the length of the quay on Monday morning.\n\n"
            "The harbourmaster at Westfleet said: “We will take every boat Eastmarsh turns away.”")
    assert _speaker_of(body, "We will take every boat") != "Tom Voss"


def test_the_role_at_a_place_the_article_gave_someone_else_is_not_the_configured_holder() -> None:
    body = ("Jo Crerar, the harbourmaster at Westfleet, walked the length of her quay on Monday morning.\n\n"
            "The harbourmaster at Westfleet said: “We will take every boat that is turned away.”")
    assert _speaker_of(body, "We will take every boat") != "Tom Voss"


# ---- "the Board" after a sentence that opens on a capital before "Board" ----

@pytest.mark.parametrize("between", ["At the Skippers' Welfare Board meeting the chair spoke for an hour.",
                                     "On Tuesday Fishermen's Welfare Board members walked out of the vote."])
def test_another_boards_name_after_an_opening_word_still_makes_the_board_that_one(between: str) -> None:
    body = ("Eastmarsh Harbour Board has turned down the town council's offer of a loan.\n\n"
            f"{between} The Board said: “We will not lend against a quay that may close.”")
    assert _speaker_of(body, "We will not lend", BODY_CAST) != "Eastmarsh Harbour Board"


# ---- "its <role>" after a body ----

def test_its_role_after_the_known_body_is_still_its_configured_holder() -> None:
    body = ("Harbour Homes opened a showroom on North Quay in May. Its art director said: “We will fill "
            "every flat before the spring.”")
    assert _speaker_of(body, "We will fill", (LIND, HART, ART_DIRECTOR, HOMES)) == "Mara Quist"


def test_its_role_opening_the_paragraph_after_another_body_is_not_the_configured_holder() -> None:
    body = ("Kestrel Lofts opened a showroom on the quay in May.\n\n"
            "Its art director said: “We will fill every flat before the spring.”")
    assert _speaker_of(body, "We will fill", (LIND, HART, ART_DIRECTOR, HOMES)) != "Mara Quist"


# ---- a sentence after the quote: a bare credit or a report of its own ----

@pytest.mark.parametrize("after", ["Hart told the Gazette on Friday.", "Hart said it again on Friday.",
                                   "Hart told reporters outside.", "Hart said, smiling."])
def test_a_bare_credit_with_a_hearer_a_time_or_an_object_still_takes_the_quote(after: str) -> None:
    body = ("Lind said the vote had been rushed through in an afternoon. “We will be back here next month "
            f"with a petition.” {after}")
    assert _speaker_of(body, "We will be back") == "Bo Hart"


def test_a_next_sentence_telling_a_hearer_a_clause_without_that_does_not_take_the_quote() -> None:
    body = ("Lind said the vote had been rushed through in an afternoon. “We will be back here next month "
            "with a petition.” Hart told reporters it was over.")
    assert _speaker_of(body, "We will be back") == "Ada Lind"


# ---- single marks around a nested double quote ----

def test_single_marks_opening_on_a_nested_double_quote_are_the_quote() -> None:
    found = find_quotes("'\"Shut it tonight,\" I told the harbour office,' Lind said.")
    assert [inner for _, _, inner in found] == ["\"Shut it tonight,\" I told the harbour office,"]


@pytest.mark.parametrize("para", ["Lind's boat, the \"Marigold\", sank at her mooring. Hart's did not.",
                                  "The skippers' \"rescue plan\" was, Hart's lawyer said, 'a fantasy'."])
def test_double_quotes_outside_any_single_marks_stay_the_quotes(para: str) -> None:
    found = find_quotes(para)
    assert [inner for _, _, inner in found] == [para.split('"')[1]]
