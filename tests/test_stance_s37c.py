"""Session 37 (H231): stance rules read from the hard dev sets, tested on an invented controversy: a
ferry company scraps the night crossing to an island, and the islanders' association fights it.

Mock praise: praise the comment itself marks as not meant ("Oh well done ...", "I'll be sure to
...", "Heroes, the lot of you", "... I'm sure.") is said against the side it seems to praise."""

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, classify_stance

CONFIG = CorpusConfig(
    name="Harrowgate Ferries scraps the night crossing to Skellan",
    sides=(Side("ferry", Person("Harrowgate Ferries", ("the ferry company", "Harrowgate"), (), "they"),
                ("the night crossing loses money", "fewer than ten passengers a night")),
           Side("islanders", Person("Skellan Islanders' Association", ("the islanders", "the association"),
                                    (), "they"),
                ("a lifeline for night workers", "no other way home")),
           ),
    people=(Person("Orla Quill", ("Quill", "Orla"), (), "she", side="islanders"),),
)
FERRY, ISLANDERS = "ferry", "islanders"


def stance(text: str) -> str:
    return classify_stance(text, CONFIG).stance


# ---- mock praise: must fire ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Oh well done Harrowgate Ferries, really brave, stranding pensioners on the quay at midnight.",
    "What a generous ferry company. I'll be sure to thank them when I'm sleeping on the slipway.",
    "Oh yes, I'm sure the ferry company has our best interests at heart.",
    "Great decision by the ferry company. The night shift at the hospital are thrilled, I'm sure.",
    # "Heroes, the lot of them" after praise alone is as often sincere (review s37g): an attack marks it
    "Pensioners abandoned on a freezing quay at midnight. Wonderful work from Harrowgate Ferries. "
    "Heroes, the lot of them.",
])
def test_praise_marked_as_sarcasm_counts_against_the_side_it_seems_to_praise(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == ISLANDERS
    assert "mocks with praise it does not mean" in result.reason


# ---- mock praise: must not fire ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Well done Harrowgate Ferries, the new timetable is far better.",  # no mark of sarcasm
    "I'll make sure to thank the ferry company, they kept the late boat running for years.",
    "Oh well, the ferry company did what it had to do.",  # "oh well" resigns, it does not mock
])
def test_plain_praise_keeps_its_side(text: str) -> None:
    assert stance(text) == FERRY


def test_i_am_sure_without_a_mark_of_sarcasm_keeps_the_praise() -> None:
    # "I'm sure" that is not closing the sentence nor promising joy is only certainty
    assert stance("I'm sure Orla Quill is right about the night crossing.") == ISLANDERS


def test_scorn_the_lot_of_them_is_not_turned() -> None:
    # a word of scorn before "the lot of them" is meant: the criticism stays against its target
    text = "Cowards, the lot of them. The ferry company is hiding behind a press release."
    assert stance(text) == ISLANDERS


def test_a_comment_with_no_cue_stays_neutral_whatever_its_sarcasm() -> None:
    assert stance("Oh well done, another wet weekend on the island.") == NEUTRAL


# ---- a verdict aimed at the readers or an unnamed doer: must fire ---------------------------------
# "Half the people on here have no idea", "Shame on some of you", "Whoever reported him should be
# ashamed": the verdict is not on the side the sentence (or the one before) names.

@pytest.mark.parametrize("text", [
    "I've sailed with Harrowgate Ferries for years. Shame on some of you.",
    "People have no idea what the islanders put up with.",
    "Half the people commenting here have no idea about Orla Quill.",
    "Whoever reported Orla Quill to the police should be ashamed.",
    "Orla Quill is my neighbour. Whoever reported her should be ashamed.",
])
def test_a_verdict_on_readers_or_an_unnamed_doer_is_not_against_the_side_named(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == NEUTRAL
    assert "ashamed" not in result.reason and "no idea" not in result.reason and "Shame" not in result.reason


# ---- must not fire ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("The ferry company should be ashamed.", ISLANDERS),
    ("Shame on you, Harrowgate Ferries.", ISLANDERS),  # "you" alone is whoever is addressed: the side
    ("Shame on the ferry company.", ISLANDERS),
    ("People like Orla Quill have no idea how a ferry is run.", FERRY),  # the crowd is the side's
    ("Orla Quill has no idea.", FERRY),
    ("Anyone can see Orla Quill has no idea.", FERRY),  # "anyone" without "who" is no doer's clause
    ("Everyone at the ferry company should be ashamed.", ISLANDERS),  # a crowd of the side's own
    ("The people who run Harrowgate Ferries should be ashamed.", ISLANDERS),
])
def test_a_verdict_on_the_side_itself_still_counts(text: str, side: str) -> None:
    assert stance(text) == side



# ---- a side's singular name met in the plural after a preposition or a count: must fire ----------
# "come back to rescues", "three different rescues": the kind of thing, not the side.

OPERATOR = CorpusConfig(
    name="Harrowgate Ferries scraps the night crossing",
    sides=(Side("ferry", Person("Harrowgate Ferries", ("the operator",), (), "they"),
                ("the night crossing loses money",)),
           Side("islanders", Person("Skellan Islanders", ("the islanders",), (), "they"),
                ("a lifeline for night workers",))),
)


@pytest.mark.parametrize("text", [
    "I have crewed for three different operators. Disgraceful, the way skippers are treated.",
    "The cheap tickets always end up with operators. Funny that.",
    "Complaints go straight to operators and vanish. Funny that.",
])
def test_the_plural_of_a_side_s_singular_name_after_a_preposition_or_count_names_nobody(text: str) -> None:
    assert classify_stance(text, OPERATOR).stance == NEUTRAL


# ---- must not fire ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Operators are greedy, and this one is the worst.",  # the kind judged as a subject: the side's
    "I wrote to the operator twice. Useless.",  # the singular after "to": the side itself
    "Operators like Harrowgate are useless.",
    "I complained to the operator three times. Disgraceful.",
])
def test_the_side_s_name_in_the_singular_or_as_a_subject_still_names_it(text: str) -> None:
    assert classify_stance(text, OPERATOR).stance == ISLANDERS
