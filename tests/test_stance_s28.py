"""Stance faults found in session 28 on invented text: the names people call someone ("a muppet",
"a saint"), comments that weigh both sides ("both things can be true"), and a point granted
before a "but" ("Yes she's talented. But ..."); each with the cases where the rule must not fire."""

import pytest
from stance_support import CONFIG, PATHS

from components.enrich.stance import NEUTRAL, classify_stance


@pytest.mark.parametrize(("text", "stance"), [
    ("Brandt is a muppet.", "league"),
    ("Brandt is an absolute tyrant.", "league"),
    ("The league is a complete laughing stock.", "tove"),
    ("Brandt is a total star.", "tove"),
    ("Honestly, Brandt is a saint.", "tove"),
    # negated, the name clears them
    ("The league isn't the monster everyone makes out.", "league"),
])
def test_the_names_people_call_someone(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


@pytest.mark.parametrize("text", [
    # must not fire: the word is not said of a side
    "Brandt has a star on her dressing-room door.",
    "The fixture list is complete.",
    "My nephew watched a monster truck show instead.",
])
def test_a_name_not_said_of_a_side_is_no_cue(text: str) -> None:
    assert classify_stance(text, CONFIG).stance == NEUTRAL


@pytest.mark.parametrize("text", [
    "Both of them come out of this badly. Brandt should have kept quiet, and the league should have "
    "talked to her first.",
    "Brandt is brilliant on the pitch and rude off it. Both things can be true.",
    "Neither of them is right here.",
])
def test_weighing_both_sides_is_neutral(text: str) -> None:
    assert classify_stance(text, CONFIG).stance == NEUTRAL


@pytest.mark.parametrize("text", [
    "Yes she's talented, but the money ran out.",
    "Yes she's talented. But the money ran out.",
    "I know she's talented. However the money ran out.",
])
def test_a_point_granted_before_a_but_counts_for_little(text: str) -> None:
    # the granted praise (through a pronoun) alone is too weak to take her side
    assert classify_stance(text, CONFIG).stance == NEUTRAL


def test_a_point_granted_in_the_sentence_before_is_marked() -> None:
    result = classify_stance("I know Tove is talented. But the money ran out.", CONFIG)
    assert 'granted before a "but"' in result.reason


@pytest.mark.parametrize("text", [
    # must not fire: praise with no "but" after it, or a "but" with no granting opener
    "Brandt is talented.",
    "Yes, Brandt is talented.",
    "Brandt is talented. But nobody listens to her.",
    "She's talented. But the money ran out.",
])
def test_praise_not_granted_still_counts(text: str) -> None:
    assert classify_stance(text, CONFIG).stance == "tove"


@pytest.mark.parametrize("text", [
    "Nesting birds my backside.",
    "Ground nesting birds my backside, they burn the moor every October.",
])
def test_a_scoffed_line_is_not_the_writers_own_words(text: str) -> None:
    result = classify_stance(text, PATHS)
    assert result.stance == "walkers" and "shares words with Holm Estate" not in result.reason


def test_words_of_a_claim_not_scoffed_still_count() -> None:
    # must not fire: no scoff, the claim's words are the writer's own
    assert classify_stance("The nesting birds need the path shut.", PATHS).stance == "estate"


@pytest.mark.parametrize(("text", "stance"), [
    ("Funny how Brandt is happy to take the money now.", "league"),
    ("Funny how it's always the league that complains.", "tove"),
    # the scorn is for whoever opens the clause, not a side named further on
    ("Funny how these fans are happy to take the league's money.", NEUTRAL),
])
def test_funny_how_scorns_the_subject_after_it(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


def test_feeling_in_quotes_is_somebody_elses() -> None:
    # the warm words are Brandt's own, quoted; the commenter's are not warm
    text = 'Brandt called it "a wonderful, brilliant decision" and I do not buy it.'
    quoted = classify_stance(text, CONFIG)
    assert quoted.stance == NEUTRAL
    # must not fire: the same words unquoted are the commenter's
    assert classify_stance("Brandt made a wonderful, brilliant decision.", CONFIG).stance == "tove"


def test_like_that_compares_is_no_warmth() -> None:
    # VADER reads every "like" as warm; "run like a business" likes nothing
    assert classify_stance("The league is run like a business.", CONFIG).stance == NEUTRAL
    # must not fire: a "like" that likes
    assert classify_stance("I really like the league, they are great.", CONFIG).stance == "league"
