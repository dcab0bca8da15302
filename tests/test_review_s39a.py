"""Session 39 review (helper H284) of H278's attribution change (5407a47..f00d6b0, components/parse/
quotes.py), on invented text: where a new rule fires on text it should not, misses a plain variant of
what it was written for, or loses a quote the code before it credited right (xfail, with the fault in
the reason; "regression" when 5407a47 read the passage right), and the behaviours that are right and
worth pinning (plain tests)."""

import pytest
from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)
VANCE = Person("Ada Vance", ("Vance", "Ms Vance", "Ada"), (), "she", "vance")
MOSS = Person("Ruth Moss", ("Moss", "Ms Moss"), (), "she", "moss")


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- "the former" is no title: but every noun of a person outside the word lists is dropped with it ----

@pytest.mark.parametrize("before, later", [("The Labour MP", "the MP"), ("The poet", "the poet"),
                                           ("The parish priest", "the priest"), ("The vicar", "the vicar")])
def test_a_role_noun_before_a_name_outside_the_lists_is_still_learned(before: str, later: str) -> None:
    body = (f"{before} Bo Hart led the protest on the pier.\n\n"
            f"\"We will not move until the council listens to us,\" {later} said.")
    assert _speaker_of(body, "We will not move") == "Bo Hart"


# ---- a known name under a title "its person does not bear" ----

def test_a_dame_called_by_her_given_name_is_still_the_known_person() -> None:
    body = ("Dame Ada Vance opened the theatre on Friday.\n\n"
            "\"It is the only home I ever wanted,\" Dame Ada said.")
    assert _speaker_of(body, "the only home", (VANCE, HART)) == "Ada Vance"


def test_a_title_the_article_gives_the_known_person_is_hers() -> None:
    body = ("Sheriff Ruth Moss was sworn in on Monday.\n\n"
            "\"We will patrol the quay every night,\" Sheriff Moss said.")
    assert _speaker_of(body, "We will patrol", (MOSS, HART)) == "Ruth Moss"


def test_a_namesake_under_another_title_speaks_as_their_own_speaker() -> None:
    body = ("Ada Vance has settled her claim.\n\n"
            "\"The money was never the point for either of us,\" said Mr Vance.")
    assert _speaker_of(body, "The money was never", (VANCE, HART)) not in ("Ada Vance", "not found")


def test_mr_is_another_vance_when_the_config_calls_her_ms_without_a_pronoun() -> None:
    no_pronoun = Person("Ada Vance", ("Vance", "Ms Vance"), (), "", "vance")
    body = ("Ada Vance has settled her claim.\n\n"
            "\"It was never about the money,\" Mr Vance said.")
    assert _speaker_of(body, "never about the money", (no_pronoun, HART)) != "Ada Vance"


def test_the_sheriff_titled_in_the_text_is_the_known_person() -> None:
    # the config gives her no sheriff's alias: "Sheriff Ruth Moss" teaches it (5407a47 lost this quote)
    plain = Person("Ruth Moss", ("Moss",), (), "she", "moss")
    body = ("Sheriff Ruth Moss fined the harbour board on Monday.\n\n"
            "\"The risk was known to everyone on the quay,\" the sheriff said.")
    assert _speaker_of(body, "The risk was known", (plain, HART)) == "Ruth Moss"


# ---- low-high quotation marks ----

def test_a_lone_low_mark_does_not_swallow_a_later_english_quote() -> None:
    body = ("The ledger showed 10\u201e5 tonnes landed that week. "
            "\u201cWe never checked the scales,\u201d Ada Lind said.")
    assert _speaker_of(body, "We never checked the scales") == "Ada Lind"
    assert _speaker_of(body, "tonnes landed") == "not found"


def test_a_low_high_quote_running_over_paragraphs_keeps_its_first_paragraph() -> None:
    body = ("Ada Lind addressed the harbour board on Monday.\n\n"
            "\u201eWe will rebuild the quay before the winter storms. Nobody will lose a mooring.\n\n"
            "\u201eIt will take a year at least,\u201d she said.")
    assert _speaker_of(body, "Nobody will lose a mooring") == "Ada Lind"


def test_guillemets_nested_in_low_high_marks_stay_inside_the_quote() -> None:
    body = "\u201eHe told me \u00abnever again\u00bb and walked off the quay,\u201d Ada Lind said."
    assert _speaker_of(body, "walked off the quay") == "Ada Lind"


# ---- counsel's "suggested" ----

def test_a_suggestion_of_a_walk_does_not_take_the_next_pronoun_quote() -> None:
    body = ("Ada Lind reached the quay at dawn. Tom Finn suggested a walk along the wall. "
            "\"I had never seen the breach so wide,\" she said.")
    assert _speaker_of(body, "I had never seen the breach") == "Ada Lind"


def test_a_report_that_suggested_is_no_speaker() -> None:
    body = ("The harbour board met on Monday.\n\n"
            "The Marsh Report suggested the wall was \"beyond any sensible repair\".")
    assert _speaker_of(body, "beyond any sensible repair") == "not found"


# ---- "Cross-examining him, X, …" ----

def test_cross_examining_a_named_witness_opens_the_exchange() -> None:
    body = ("Bo Hart told the tribunal he had raised the alarm twice.\n\n"
            "Cross-examining Mr Hart, Petra Vane, for the ferry company, put it to him that he had been told "
            "to stay silent.\n\n"
            "\"I was told that, yes, by the harbour office.\"\n\n"
            "\"Did you tell anyone else before the meeting?\"\n\n"
            "\"I told the skipper the same afternoon.\"")
    assert _speaker_of(body, "I was told that") == "Bo Hart"
    assert _speaker_of(body, "I told the skipper") == "Bo Hart"


# ---- anonymised witnesses ----

def test_a_fronted_adverb_is_no_part_of_a_lettered_witness() -> None:
    body = ("\"We were told to say nothing,\" Soldier F said.\n\n"
            "Later Soldier F told the court: \"I was frightened for my job.\"")
    assert _speaker_of(body, "We were told") == "Soldier F"
    assert _speaker_of(body, "I was frightened") == "Soldier F"


def test_a_pronoun_after_a_lettered_witness_is_that_witness() -> None:
    body = ("\"We were told to say nothing,\" Witness C told the inquiry. "
            "\"I was frightened for my job,\" she added.")
    assert _speaker_of(body, "We were told") == "Witness C"
    assert _speaker_of(body, "I was frightened") == "Witness C"


@pytest.mark.parametrize("body, words", [
    ("Class A drugs were found on the boat, Ada Lind said. \"We found them in the hold,\" she added.",
     "We found them"),
    ("Ada Lind read from the file.\n\n\"The ramp shall be closed at low water,\" Exhibit C states, she said.",
     "The ramp shall be closed"),
    ("Plan B said to be ready, Ada Lind told the board: \"We can open the quay by May.\"", "We can open"),
])
def test_a_lettered_thing_leaves_the_known_speaker(body: str, words: str) -> None:
    assert _speaker_of(body, words) == "Ada Lind"
