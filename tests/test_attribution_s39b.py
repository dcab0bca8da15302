"""Session 39 fixes (helper H285) of the faults tests/test_review_s39a.py pinned in H278's attribution
change, on invented text: each rule narrowed to what it was written for, with its must-not-fire cases."""

import pytest
from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a role noun set before a name is learned; a word of time or standing is not ----

@pytest.mark.parametrize("before, later", [("The harbour pilot", "the pilot"),
                                           ("The ship's captain", "the captain"),
                                           ("The local imam", "the imam"), ("The Tory MSP", "the MSP")])
def test_any_role_noun_before_a_name_is_learned(before: str, later: str) -> None:
    body = (f"{before} Bo Hart walked the length of the breakwater.\n\n"
            f"\"Nobody should fish from the end in this weather,\" {later} said.")
    assert _speaker_of(body, "Nobody should fish") == "Bo Hart"


TIDEWELL = Person("Tidewell Marine", ("Tidewell",), (), "it", "tidewell")
DIRECTOR = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind",
                  descriptors=("the Tidewell managing director",))


@pytest.mark.parametrize("qualifier", ["outgoing", "interim", "one-time", "disgraced"])
def test_a_word_of_time_or_standing_before_a_body_is_no_title_of_the_body(qualifier: str) -> None:
    # "the outgoing Tidewell managing director": "outgoing" qualifies the role after the body's name
    body = ("Ada Lind leaves the yard at Easter.\n\n"
            f"On Friday the {qualifier} Tidewell managing director said the order book was \"fuller than it "
            "has been in a decade\".")
    assert _speaker_of(body, "fuller than it", (DIRECTOR, HART, TIDEWELL)) == "Ada Lind"


# ---- a title is a namesake's only when the article never gives it to the known person ----

KNIGHT = Person("Bo Hart", ("Hart", "Mr Hart", "Bo"), (), "he", "hart")


def test_a_knight_called_by_his_given_name_is_the_known_person() -> None:
    body = ("Sir Bo Hart cut the ribbon on the new lifeboat station.\n\n"
            "\"The crews deserve a roof that does not leak,\" Sir Bo said.")
    assert _speaker_of(body, "The crews deserve", (LIND, KNIGHT)) == "Bo Hart"


def test_a_judges_title_the_article_gives_the_known_person_is_his() -> None:
    # the config knows him as "Mr Hart"; the article makes him a judge in full, then by title and surname
    body = ("Judge Bo Hart retired from the county bench on Friday.\n\n"
            "\"I have sat in this room for thirty years,\" Judge Hart said.")
    assert _speaker_of(body, "I have sat in this room") == "Bo Hart"


def test_a_rank_title_never_given_the_known_person_is_still_a_namesake() -> None:
    # "Lady Lind" is nowhere joined to Ada Lind's full name: the judge is another Lind
    body = ("Ada Lind lost her appeal on Tuesday.\n\n"
            "\"The claim was brought far too late,\" Lady Lind said in her ruling.")
    assert _speaker_of(body, "The claim was brought") != "Ada Lind"


def test_a_title_joined_to_another_full_name_is_not_the_known_persons() -> None:
    # "Sheriff Tom Lind" is another Lind: his title teaches nothing about Ada Lind
    body = ("Sheriff Tom Lind heard the case on Monday; Ada Lind was not in court.\n\n"
            "\"The fine is the most the law allows,\" Sheriff Lind said.")
    assert _speaker_of(body, "The fine is the most") != "Ada Lind"


# ---- a low mark closes only on its own kind ----

def test_a_low_mark_left_open_leaves_the_english_quote_after_it() -> None:
    body = ("The sign on the gate read \u201e CLOSED for the season. "
            "\u201cWe lose money every week it stays shut,\u201d Bo Hart said.")
    assert _speaker_of(body, "We lose money") == "Bo Hart"
    assert _speaker_of(body, "CLOSED for the season") == "not found"


@pytest.mark.parametrize("close", ["\u201c", "\u201d"])
def test_low_high_marks_still_quote(close: str) -> None:
    body = f"\u201eThe quay will reopen in May, not a day later,{close} Ada Lind said."
    assert _speaker_of(body, "The quay will reopen") == "Ada Lind"


# ---- "suggested" reports speech only before what was said; a document is no speaker ----

def test_suggesting_a_thing_makes_no_speaker() -> None:
    body = ("Ada Lind left the lifeboat station at noon. Tom Finn suggested lunch at the harbour cafe. "
            "\"The engine will not last another winter,\" she said.")
    assert _speaker_of(body, "The engine will not last") == "Ada Lind"


@pytest.mark.parametrize("after", ["that the survey was \"rushed and careless\"",
                                   "the survey was \"rushed and careless\"",
                                   ": \"The survey was rushed and careless.\""])
def test_suggesting_what_was_said_still_makes_a_speaker(after: str) -> None:
    body = f"The inquiry resumed on Tuesday.\n\nPetra Dow suggested{'' if after[0] == ':' else ' '}{after}"
    assert _speaker_of(body, "rushed and careless") == "Petra Dow"


@pytest.mark.parametrize("verb", ["said", "stated", "suggested", "found"])
def test_a_document_named_like_a_person_is_no_speaker(verb: str) -> None:
    body = ("The council met on Thursday.\n\n"
            f"The Pellow Review {verb} the harbour wall was \"unsafe for public use\".")
    assert _speaker_of(body, "unsafe for public use") == "not found"


# ---- a fronted adverb is no part of a lettered witness ----

@pytest.mark.parametrize("adverb", ["Later", "Separately", "Previously"])
def test_a_fronted_adverb_leaves_the_lettered_witness(adverb: str) -> None:
    body = ("\"The gate was never locked,\" Witness B told the hearing.\n\n"
            f"{adverb} Witness B said: \"Anyone could walk in off the road.\"")
    assert _speaker_of(body, "Anyone could walk in") == "Witness B"


def test_a_noun_ending_in_ly_stays_part_of_a_lettered_witness() -> None:
    body = "Family Member D told the inquest: \"Nobody called us for three days.\""
    assert _speaker_of(body, "Nobody called us") == "Family Member D"


# ---- a pronoun right after a lettered witness is that witness ----

def test_a_pronoun_after_a_lettered_witness_is_the_witness() -> None:
    body = ("\"The alarm had been switched off for a week,\" Officer K told the tribunal. "
            "\"Nobody would say who did it,\" he said.")
    assert _speaker_of(body, "Nobody would say") == "Officer K"


def test_a_person_named_after_the_lettered_witness_takes_the_pronoun() -> None:
    body = ("\"The alarm had been switched off for a week,\" Officer K told the tribunal. Ada Lind, the "
            "station's manager, disagreed. \"It was tested every morning,\" she said.")
    assert _speaker_of(body, "It was tested") == "Ada Lind"


# ---- the sex a config's own titles give, when it gives no pronoun ----

def test_mrs_is_another_hart_when_the_config_calls_him_mr_without_a_pronoun() -> None:
    plain = Person("Bo Hart", ("Hart", "Mr Hart"), (), "", "hart")
    body = ("Bo Hart sold the boatyard in June.\n\n\"We had hoped to keep it in the family,\" Mrs Hart said.")
    assert _speaker_of(body, "keep it in the family", (LIND, plain)) != "Bo Hart"


def test_his_own_title_without_a_pronoun_is_still_his() -> None:
    plain = Person("Bo Hart", ("Hart", "Mr Hart"), (), "", "hart")
    body = ("Bo Hart sold the boatyard in June.\n\n\"We had hoped to keep it in the family,\" Mr Hart said.")
    assert _speaker_of(body, "keep it in the family", (LIND, plain)) == "Bo Hart"


# ---- a low-high quote running over paragraphs ----

def test_a_low_high_quote_over_paragraphs_is_one_speakers() -> None:
    body = ("Bo Hart spoke after the vote.\n\n"
            "\u201eThe ferry will run twice a day from April. The old timetable is gone.\n\n"
            "\u201eWe owe the island that much,\u201d he said.")
    assert _speaker_of(body, "The old timetable is gone") == "Bo Hart"


def test_a_low_mark_inside_a_number_does_not_run_over_paragraphs() -> None:
    body = ("The ledger showed 10\u201e5 tonnes landed that week.\n\n"
            "\u201eWe never checked the scales,\u201d Ada Lind said.")
    assert _speaker_of(body, "tonnes landed") == "not found"
    assert _speaker_of(body, "We never checked") == "Ada Lind"


# ---- a namesake under another title speaks as their own speaker ----

def test_a_namesake_judge_is_a_speaker_of_her_own() -> None:
    body = ("Bo Hart lost his claim against the harbour board.\n\n"
            "\"The board acted within its powers,\" Lady Hart said in her ruling.")
    assert _speaker_of(body, "acted within its powers") == "Lady Hart"


def test_the_known_persons_own_title_makes_no_namesake() -> None:
    body = ("Bo Hart lost his claim against the harbour board.\n\n"
            "\"I will appeal within the month,\" Mr Hart said.")
    assert _speaker_of(body, "I will appeal") == "Bo Hart"


# ---- "Cross-examining Ms Lind, X, …" opens the exchange with the one named ----

def test_cross_examining_a_named_witness_gives_her_the_answers() -> None:
    body = ("Ada Lind said she had closed the slipway on the morning of the storm.\n\n"
            "Questioning Ms Lind, Tom Roe, for the boat owners, put it to her that the slipway had "
            "been open.\n\n"
            "\"Did anyone see you lock the gate?\"\n\n"
            "\"The harbourmaster saw me do it.\"")
    assert _speaker_of(body, "The harbourmaster saw me") == "Ada Lind"
    assert _speaker_of(body, "Did anyone see you") == "Tom Roe"


def test_cross_examining_a_name_the_pronoun_does_not_fit_opens_nothing() -> None:
    # "put it to her" after "Mr Hart": the one questioned is no known he, so no exchange with Hart opens
    body = ("Bo Hart said he had closed the slipway.\n\n"
            "Questioning Mr Hart, Tom Roe, for the boat owners, put it to her that the slipway had "
            "been open.\n\n"
            "\"The harbourmaster saw me do it.\"")
    assert _speaker_of(body, "The harbourmaster saw me") != "Bo Hart"


# ---- two known people sharing a surname: the title picks the one it fits (session 39, the lead) ----

FATHER = Person("Len Tolvey", ("Tolvey", "Len", "Mr Tolvey"), (), "he", "len")
DAUGHTER = Person("Mia Tolvey", ("Mia", "Ms Tolvey"), (), "she", "")
FAMILY = (LIND, DAUGHTER, FATHER)
FAMILY_BODY = "Len Tolvey lost his allotment in May; his daughter, Mia Tolvey, runs the stall.\n\n"


@pytest.mark.parametrize("title, speaker", [("Mr", "Len Tolvey"), ("Ms", "Mia Tolvey")])
def test_a_title_picks_the_known_person_of_a_shared_surname_it_fits(title: str, speaker: str) -> None:
    body = FAMILY_BODY + f"\"We were given a week to clear the shed,\" {title} Tolvey said."
    assert _speaker_of(body, "given a week to clear", FAMILY) == speaker
    assert _speaker_of(body, "given a week to clear", tuple(reversed(FAMILY))) == speaker


def test_a_bare_title_of_a_shared_surname_is_never_the_other_sexs() -> None:
    """(the daughter's config names no "Ms Tolvey": the quote may go unfound, never to her father)"""
    daughter = Person("Mia Tolvey", ("Mia",), (), "she", "")
    body = FAMILY_BODY + "\"We were given a week to clear the shed,\" Ms Tolvey said."
    assert _speaker_of(body, "given a week to clear", (LIND, daughter, FATHER)) != "Len Tolvey"


def test_a_rank_title_neither_known_person_of_a_surname_bears_is_still_a_namesake() -> None:
    body = FAMILY_BODY + "\"The tenancy ended lawfully,\" Judge Tolvey said."
    assert _speaker_of(body, "tenancy ended lawfully", FAMILY) == "Judge Tolvey"
