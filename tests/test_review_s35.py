"""Review of session 35's attribution and stance changes (H168), on invented text: the faults found
are strict xfails (each reason says the fault in one line); the plain tests pin what the new rules get
right where a careless fix could break it."""

import pytest
from test_attribution_s34c import _speaker_of as _speaker_among
from test_stance_s35 import stance as _stance  # the library dispute of tests/test_stance_s35.py

from components.core.config import Person
from components.enrich.stance import NEUTRAL

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
FESTIVAL = Person("Kelp Festival", ("Kelp",), (), "it", "kelp")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a role opening the sentence before "he said" (_sentence_role in quotes._subjects) ----

def test_the_judge_praising_the_named_man_leaves_him_his_quote() -> None:
    body = ("Bo Hart was cleared of all charges on Friday.\n\n"
            "The judge praised his courage. \"I only did what anyone would have done,\" he said afterwards.")
    assert _speaker_of(body, "I only did what anyone") == "Bo Hart"


def test_the_judge_thanking_him_leaves_him_his_quote() -> None:
    body = ("Bo Hart was cleared of all charges on Friday.\n\n"
            "The judge thanked him for his honesty. \"I only told the truth,\" he said outside court.")
    assert _speaker_of(body, "I only told the truth") == "Bo Hart"


def test_a_role_asking_the_named_man_leaves_him_his_answer() -> None:
    body = ("Bo Hart gave evidence on Friday.\n\n"
            "The coroner asked whether he had seen the crack. \"I saw it in March and reported it the same "
            "day,\" he said.")
    assert _speaker_of(body, "I saw it in March") == "Bo Hart"


# ---- "the widow" as a back-reference (ROLE_NOUNS) ----

def test_the_widow_of_a_stranger_is_not_the_woman_named_before() -> None:
    body = ("Councillor Ada Lind met the widow of a fisherman lost off the quay in 1998. \"He never came "
            "home,\" the widow said.")
    assert _speaker_of(body, "He never came home") != "Ada Lind"


# ---- a court transcript's witness heading (transcript._witness) ----

_ANSWERS = ("Q. You inspected the quay wall in March, did you not?\n\n"
            "A. I did. I inspected it twice, and I wrote up both visits.\n\n"
            "Q. And you found nothing to worry about?\n\n"
            "A. I found a crack, and I said so in writing.")


def test_a_name_sworn_in_at_a_paragraphs_start_is_no_witness_heading() -> None:
    body = "Ada Lind, sworn in as coroner last year, opened the inquest on Monday.\n\n" + _ANSWERS
    assert _speaker_of(body, "I inspected it twice") != "Ada Lind"


def test_a_second_witness_heading_takes_the_answers_under_it() -> None:
    body = ("Extract from the transcript.\n\nDR ADA LIND, sworn\n\n"
            "Q. You inspected the wall?\n\nA. I did, twice, in March.\n\n"
            "MR BO HART, sworn\n\n"
            "Q. You own the quay?\n\nA. I own the south half of it, not the north.")
    assert _speaker_of(body, "I own the south half") != "Ada Lind"


# ---- a known body called by the last word of its name (_known_bodies_say) ----

def test_another_festival_in_lower_case_keeps_the_word() -> None:
    body = ("The Kelp Festival opens in May.\n\n"
            "A second, smaller festival in the next town has been cancelled. The festival said: \"We cannot "
            "stage what we cannot insure.\"")
    assert _speaker_of(body, "We cannot stage", (LIND, HART, FESTIVAL)) != "Kelp Festival"


def test_the_full_name_only_after_the_word_does_not_license_it() -> None:
    body = ("Ada Lind went to a folk night in the next town. The festival said it was \"sold out by noon\", "
            "while the Kelp Festival, by contrast, still has tickets.")
    assert _speaker_of(body, "sold out by noon", (LIND, HART, FESTIVAL)) != "Kelp Festival"


# ---- who-said-what boxes (_box_lines, _OUTSIDER_BOX) ----

def test_a_listing_of_venues_and_their_notices_names_no_speakers() -> None:
    body = ("Where to go tonight\n\n"
            "Kelp Hall, Quay Street: \"Sold out, returns only\"\n\n"
            "Harbour Arms, Front Street: \"Open until midnight\"")
    assert _speaker_of(body, "Sold out, returns only") in ("not found", "")


# ---- pinned: the new rules leave these alone ----

def test_a_clause_joined_by_and_after_for_is_no_object() -> None:
    # _COORDINATED_OBJECT is case-blind: "for months and <Name>" must not make the name an object
    body = ("Bo Hart spoke on Monday.\n\n"
            "The quay has been shut for months and Ada Lind is furious. \"Nobody has lifted a finger,\" "
            "she said.")
    assert _speaker_of(body, "Nobody has lifted a finger") == "Ada Lind"


def test_read_the_report_and_added_is_the_readers_quote() -> None:
    # _DOCUMENT_GOES_ON allows a word between the document and the verb: "and" must not make it the report's
    body = ("Bo Hart spoke first.\n\n"
            "Ada Lind read the report and added: \"It changes nothing for the people on the quay.\"")
    assert _speaker_of(body, "It changes nothing") == "Ada Lind"


# ---- stance: a mildly hostile sentence counts only beside another cue the same way ----





@pytest.mark.parametrize("text", [
    "Pike ruined the library.",
    "The council messed this up.",
    "Pike and his cronies wasted our money.",
])
def test_a_mild_blame_verb_done_by_a_side_counts_against_it(text: str) -> None:
    assert _stance(text) == "friends"


def test_blaming_a_side_and_reporting_its_claim_does_not_take_its_side() -> None:
    assert _stance("Pike ruined the library. The council cannot afford it, he says.") != "council"


@pytest.mark.parametrize("text", [
    "Sad day for Marr and the friends. The council say they cannot afford it.",
    "Marr was upset when the vote went through. The council say they cannot afford it but found money "
    "for new offices.",
])
def test_sympathy_beside_the_other_sides_reported_claim_takes_no_side(text: str) -> None:
    assert _stance(text) == NEUTRAL
