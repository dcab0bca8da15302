"""Stance, session 32: warmth a side is said to pretend is a sham ("the council pretend to care");
and where a sentence's clauses feel opposite ways, so that VADER's score of the whole sentence
cancels out, the clause that names the side says what is felt of it ("I loved the market and I
thought Rowe's attitude was awful"); each with cases where it must not change a thing."""

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, classify_stance
from components.enrich.stance.sentences import _independent_clauses
from components.enrich.stance.tokens import tokenise

# A market trader ("he") against a town council ("they"), invented.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("rowe", Person("Dan Rowe", ("Rowe", "Dan"), (), "he"), ("the stalls should stay",)),
           Side("council", Person("Fenby Council", ("the council",), (), "they"),
                ("the square needs repairs",))),
)


@pytest.mark.parametrize(("text", "stance", "reason_part"), [
    # warm about the market, cold about the side: the side's clause is what is said of the side
    ("The square looks lovely and happy; Rowe's behaviour at the meeting was rude and unkind.", "council",
     "speaks ill of Dan Rowe"),
    ("It was a sad, grim evening and Rowe was kind to everyone.", "rowe", "speaks well of Dan Rowe"),
    ("I'm glad the market came back and I think Rowe's attitude was unfair.", "council",
     "speaks ill of Dan Rowe"),
])
def test_the_clause_that_names_the_side_says_what_is_felt_of_it(text: str, stance: str,
                                                                 reason_part: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == stance and reason_part in result.reason


@pytest.mark.parametrize(("text", "stance"), [
    # both clauses feel the same way: the sentence's feeling stands
    ("The stalls are lovely and Rowe is wonderful.", "rowe"),
    ("Rowe was rude and the whole evening was grim.", "council"),
    # one clause only: nothing to choose between
    ("Rowe turned up at nine.", NEUTRAL),
])
def test_clauses_that_agree_leave_the_sentence_as_it_was(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


@pytest.mark.parametrize(("text", "parts"), [
    ("I liked it and I said so", 2),
    ("I liked it, and he did too", 2),
    ("Rowe, who was great, left; they stayed", 2),   # a relative clause stays with its head
    ("bread and butter and jam", 1),                 # "and" between nouns joins no clauses
    ("the board and Rowe were", 1),                  # a side named after "and" splits only when asked
    ("It was fine but he left", 2),
])
def test_independent_clauses_split_at_coordination_not_at_relatives(text: str, parts: int) -> None:
    assert len(_independent_clauses(tokenise(text))) == parts


@pytest.mark.parametrize(("text", "stance"), [
    # the warm words a side is said to pretend are a sham
    ("The council pretend to care about the traders.", "rowe"),
    ("Rowe is pretending to care about the square.", "council"),
    ("The council pretended that they loved the market all along.", "rowe"),
    # must not fire: "pretends nothing", and warmth nobody pretends
    ("Rowe pretends nothing, he is brilliant.", "rowe"),
    ("The council cares about the square.", "council"),
])
def test_warmth_a_side_pretends_is_a_sham(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance
