"""Fixes of the faults session 34's review found (tests/test_review_s34.py), with the other side of each
rule pinned on invented text: what must still fire, and what must not."""

import pytest
from test_attribution_s34 import BODY_CAST, _speakers
from test_review_s34 import _answered_by

from components.core.config import Person
from components.parse.layout import split_layout
from components.parse.transcript import _person_of

# ---- an object's "who said" clause ----


def test_a_subject_after_an_earlier_sentence_still_speaks_through_his_who_clause() -> None:
    """The sentence before (with its own subject and verb) is no part of the name's sentence."""
    found = _speakers("Lind left the meeting early. Tom Rudd, who said he would stay to the end, went on: "
                      "“Someone has to read the minutes back to the crews.”")
    assert [speaker for speaker, _ in found] == ["Tom Rudd"]


def test_an_objects_who_clause_with_its_own_quote_is_still_his() -> None:
    found = _speakers("Lind praised Tom Rudd, who said in a letter to the board that “the slipway is rotten "
                      "to its footings”.")
    assert found == [("Tom Rudd", "the slipway is rotte")]


def test_a_name_after_a_pronoun_and_its_verb_is_an_object() -> None:
    found = _speakers("Lind was furious. She phoned Tom Rudd, who said he had heard nothing, and then the "
                      "council: “Nobody tells the harbour master anything.”")
    assert [speaker for speaker, _ in found] == ["Ada Lind"]


# ---- "The Board" after another board ----


def test_the_board_after_the_known_body_is_named_again_is_the_known_body() -> None:
    found = _speakers("The Fishermen's Welfare Board was set up last week to help crews that lost boats.\n\n"
                      "Eastmarsh Harbour Board has turned down the council's offer of a loan. "
                      "The Board said: “We will not borrow against a quay we may close.”", BODY_CAST)
    assert [speaker for speaker, _ in found] == ["Eastmarsh Harbour Board"]


def test_the_board_after_another_board_in_the_paragraph_before_is_not_the_known_body() -> None:
    found = _speakers("Eastmarsh Harbour Board has turned down the council's offer of a loan.\n\n"
                      "Crews have set up the Fishermen's Welfare Board to raise money of their own.\n\n"
                      "The Board said: “We will help every crew that lost a boat this winter.”", BODY_CAST)
    assert all(speaker != "Eastmarsh Harbour Board" for speaker, _ in found)


# ---- a Q&A standfirst's one named person: its subject, not its topic ----


def test_a_standfirst_whose_sentence_opens_with_her_role_and_name_gives_her_the_answers() -> None:
    assert _answered_by("Harbour master Ada Lind has kept the north quay open through four winters. This "
                        "interview has been edited for length.") == ["Ada Lind", "Ada Lind"]


@pytest.mark.parametrize("standfirst", [
    "Ada Lind's plan to close the quay has split the town. This interview has been edited for length.",
    "A skipper who never once voted for Ada Lind tells us why. This interview has been edited for length.",
])
def test_a_standfirst_naming_her_as_an_owner_or_an_object_does_not_give_her_the_answers(standfirst: str
                                                                                         ) -> None:
    assert "Ada Lind" not in _answered_by(standfirst)


# ---- an initial for a person with a middle name ----

MARIE_LIND = Person("Ada Marie Lind", ("Lind",), (), "she", "lind")


@pytest.mark.parametrize(("label", "named"), [("A. Lind", True), ("A. M. Lind", True), ("M. Lind", False),
                                               ("A. J. Lind", False), ("A. M. Q. Lind", False)])
def test_initials_name_a_middle_named_person_only_from_her_first_name_on(label: str, named: bool) -> None:
    """A record may drop a middle name's initial, never the first name's, nor give one she has not."""
    assert (_person_of(label, (MARIE_LIND,)) is MARIE_LIND) is named


# ---- a signed post of several lines under a sentence with no colon ----

_QUAY_HEAD = ("Ferry slipway: crews say the council never asked them\n"
              "The council closed the east slipway on Monday after a survey found its piles had rotted "
              "through, "
              "and moved the island ferry to the old harbour wall for the rest of the winter.\n")
_SIGN = "— Isle Crews (@IsleCrews) February 2, 2026\n"
_UNDER = "The council said the harbour wall had been surveyed in December.\n"


def test_a_post_of_three_lines_under_a_sentence_that_tells_of_it_keeps_all_three() -> None:
    page = (_QUAY_HEAD + "The crews' union replied in a post an hour later.\n"
            + "Nobody asked us.\nNot once.\n"
            + "We will run from the wall because we have to. pic.twitter.com/Zz9Yy8Xx7w\n"
            + _SIGN + _UNDER)
    tweets = split_layout(page).tweets
    assert len(tweets) == 1 and tweets[0].body.startswith("Nobody asked us.")
    assert "replied in a post" not in tweets[0].body and "surveyed in December" not in tweets[0].body


def test_a_sentence_that_tells_of_no_post_leaves_the_post_its_one_line() -> None:
    page = (_QUAY_HEAD + "Skippers who use the slipway daily were not consulted before the decision.\n"
            + "The crews' union met on Tuesday night to decide what to do next.\n"
            + "We will run from the wall because we have to. pic.twitter.com/Zz9Yy8Xx7w\n" + _SIGN + _UNDER)
    found = split_layout(page)
    assert len(found.tweets) == 1 and found.tweets[0].body.startswith("We will run from the wall")
    assert any("met on Tuesday night" in p for p in found.paragraphs)


def test_article_lines_longer_than_a_post_under_a_sentence_that_tells_of_one_stay_the_articles() -> None:
    long_line = ("The slipway was built in 1964 and rebuilt twice, most recently in 2009, when the council "
                 "spent a little over two million pounds on new piles, a new deck and a ramp for the ferry, "
                 "money it said at the time would keep the slipway working for at least forty years.\n")
    page = (_QUAY_HEAD + "The crews' union posted its answer within the hour.\n" + long_line
            + "Piers at the old harbour wall were last inspected after the storms of 2014.\n"
            + "We will run from the wall because we have to. pic.twitter.com/Zz9Yy8Xx7w\n" + _SIGN + _UNDER)
    found = split_layout(page)
    assert len(found.tweets) == 1 and found.tweets[0].body.startswith("We will run from the wall")
    assert any("built in 1964" in p for p in found.paragraphs)
