"""Session 39 (helper H291): attribution faults left by the session's fixers, fixed in general terms and
tested on invented text, each rule with at least as many must-not-fire cases as must-fire ones."""

import pytest
from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- 1. a pronoun tag after an unnamed speaker's tag in the same paragraph is that speaker ----

@pytest.mark.parametrize("tag, pronoun, want", [
    ("the judge told the inquiry", "she", "the judge"),          # the speaker's sex unknown
    ("a source said", "he", "a source"),
    ("a neighbour said", "she", "a neighbour"),
    ("the coroner explained", "he", "the coroner"),
])
def test_a_pronoun_after_an_unnamed_speakers_tag_is_that_speaker(tag: str, pronoun: str, want: str) -> None:
    body = (f"\"The gate was never locked after dark,\" {tag}. \"Somebody should have checked it every "
            f"night,\" {pronoun} added.")
    assert _speaker_of(body, "Somebody should have checked") == want


def test_a_pronoun_that_fits_someone_named_before_still_follows_the_tag_just_before() -> None:
    body = ("Bo Hart left the hearing early.\n\n\"The gate was never locked after dark,\" the judge said. "
            "\"Somebody should have checked it every night,\" he added.")
    assert _speaker_of(body, "Somebody should have checked") == "the judge"


def test_a_reply_to_the_one_the_tag_names_as_its_object_is_not_the_tagged_speaker() -> None:
    body = ("Bo Hart gave evidence on Monday.\n\n\"You were warned in writing twice,\" the judge told him. "
            "\"I never saw either letter,\" he replied.")
    assert _speaker_of(body, "I never saw either") == "Bo Hart"


def test_an_answer_to_an_unnamed_asker_is_not_the_askers() -> None:
    body = ("Ada Lind took questions afterwards.\n\n\"Were you warned in writing at all?\" the reporter "
            "asked. "
            "\"I never saw either of the letters,\" she replied.")
    assert _speaker_of(body, "I never saw either") == "Ada Lind"


def test_a_reply_after_an_unnamed_speakers_tag_is_someone_else() -> None:
    body = "\"You were warned in writing twice,\" the judge said. \"I never saw either letter,\" she replied."
    assert _speaker_of(body, "I never saw either") != "the judge"


def test_a_person_named_between_takes_the_pronoun() -> None:
    body = ("\"You were warned in writing twice,\" the judge told Bo Hart. \"I never saw either letter,\" "
            "he said.")
    assert _speaker_of(body, "I never saw either") == "Bo Hart"


def test_a_person_named_in_a_sentence_between_takes_the_pronoun() -> None:
    body = ("\"You were warned in writing twice,\" the judge said. Ada Lind shook her head. \"I never saw "
            "either letter,\" she said.")
    assert _speaker_of(body, "I never saw either") == "Ada Lind"


@pytest.mark.parametrize("role, pronoun", [("a spokeswoman", "he"), ("the chairman", "she"),
                                           ("a policeman", "she")])
def test_a_pronoun_of_the_other_sex_is_not_the_unnamed_speaker(role: str, pronoun: str) -> None:
    body = (f"Ada Lind and Bo Hart were both there.\n\n\"The gate was never locked after dark,\" {role} "
            "said. "
            f"\"Somebody should have checked it every night,\" {pronoun} added.")
    assert _speaker_of(body, "Somebody should have checked") in ("Ada Lind", "Bo Hart")


def test_a_body_is_no_unnamed_speaker_a_pronoun_goes_on_with() -> None:
    body = ("Ada Lind was at the meeting.\n\n\"The gate was never locked after dark,\" the council said. "
            "\"Somebody should have checked it every night,\" she added.")
    assert _speaker_of(body, "Somebody should have checked") == "Ada Lind"


# ---- 2. a participle of saying after a verb's object is the clause subject's, not the object's ----

TIDEWELL = Person("Tidewell Marine", ("Tidewell",), (), "it", "tidewell")
WITH_FIRM = (LIND, HART, TIDEWELL)


def test_a_participle_after_an_object_and_a_sum_is_the_subjects() -> None:
    # the sum's own comma is no clause break: "fined Tidewell Marine 20,000 pounds at …, telling"
    body = ("Ada Lind fined Tidewell Marine 20,000 pounds at the county court, telling the court that the "
            "firm had \"cut every corner it could find to save money\".")
    assert _speaker_of(body, "cut every corner", WITH_FIRM) == "Ada Lind"


def test_a_titled_stranger_opening_the_sentence_owns_the_participle() -> None:
    body = ("Sheriff Mary Okafor fined Tidewell Marine 20,000 pounds on Friday, telling the court that the "
            "firm had \"cut every corner it could find to save money\".")
    assert _speaker_of(body, "cut every corner", WITH_FIRM) == "Mary Okafor"


def test_an_untitled_body_opening_the_sentence_is_no_stranger_person() -> None:
    body = ("Harbour Watch rejected the plan on Monday, saying it was \"a step too far for a town of this "
            "size\".")
    assert _speaker_of(body, "a step too far", WITH_FIRM) != "Harbour Watch"


def test_a_place_opening_the_sentence_is_no_stranger_person() -> None:
    body = "Port Carrick voted against the plan, saying it was \"a step too far for a town of this size\"."
    assert _speaker_of(body, "a step too far", WITH_FIRM) != "Port Carrick"


def test_the_objects_own_who_clause_participle_stays_the_objects() -> None:
    body = ("Ada Lind thanked Bo Hart, who left the room saying the vote was \"a disgrace to the whole "
            "harbour board\".")
    assert _speaker_of(body, "a disgrace to the whole", WITH_FIRM) == "Bo Hart"


def test_a_participle_in_the_next_sentence_is_its_own_subjects() -> None:
    body = ("Ada Lind fined Bo Hart 9,000 pounds on Monday. He left early, telling reporters the fine was "
            "\"a disgrace to the whole board\".")
    assert _speaker_of(body, "a disgrace to the whole", WITH_FIRM) == "Bo Hart"


# ---- 3. a document's words are its source's, not those of a person it reports or who reads it ----

ROSS = Person("Cal Ross", ("Ross", "Mr Ross"), (), "he", "ross")
CAST = (LIND, HART, TIDEWELL, ROSS)


def test_according_to_a_statement_from_a_body_of_no_one_known_is_the_bodys() -> None:
    body = ("Ada Lind, the harbour minister, set out the plan today.\n\nAccording to a statement from the "
            "Harbour Office, Ms Lind \"expects the new quay to open before the summer season\".")
    assert _speaker_of(body, "expects the new quay", CAST) == "the Harbour Office"


def test_a_statement_read_for_someone_absent_by_another_who_accepts_for_him_is_the_absents() -> None:
    body = ("Mr Hart, who is still in hospital, could not attend. Cal Ross, whose crew pulled him out, "
            "accepted the prize on his behalf and read a short statement from him.\n\n\"I am no hero. I "
            "only did what anyone on that boat would have done,\" the statement said.")
    assert _speaker_of(body, "I am no hero", CAST) == "Bo Hart"


def test_according_to_a_statement_from_a_known_body_stays_the_bodys() -> None:
    body = ("According to a statement from Tidewell Marine, Ms Lind \"expects the new quay to open before "
            "the summer season\".")
    assert _speaker_of(body, "expects the new quay", CAST) == "Tidewell Marine"


def test_according_to_a_statement_from_a_known_person_stays_theirs() -> None:
    body = ("According to a statement from Bo Hart, the board \"expects the new quay to open before the "
            "summer season\".")
    assert _speaker_of(body, "expects the new quay", CAST) == "Bo Hart"


def test_a_statement_from_a_role_set_before_a_known_name_is_that_persons() -> None:
    body = ("According to a statement from the Tidewell chairman, Bo Hart, the quay \"will open before the "
            "summer season starts\".")
    assert _speaker_of(body, "will open before the summer", CAST) == "Bo Hart"


def test_one_who_accepts_a_prize_and_speaks_for_himself_is_the_speaker() -> None:
    body = ("Mr Hart could not attend. Cal Ross accepted the prize and said: \"I only did what anyone on "
            "that boat would have done.\"")
    assert _speaker_of(body, "I only did what anyone", CAST) == "Cal Ross"


# ---- 4. an office named by its capitalised title and portfolio is its own speaker ----

def test_a_minister_by_portfolio_with_an_aside_is_the_office_not_the_last_named() -> None:
    body = ("Ada Lind said the fine was \"a disgrace to the whole harbour and everyone in it\".\n\nThe "
            "Minister for Harbours and Fisheries, asked about the fine at a press conference yesterday, said "
            "only that \"local boats belong in every harbour we have\".")
    assert _speaker_of(body, "local boats belong") == "The Minister for Harbours and Fisheries"


def test_a_secretary_of_state_by_portfolio_is_the_office() -> None:
    body = ("Bo Hart watched from the stand.\n\nThe Secretary of State for Transport said the line was \"the "
            "best thing to happen to this town in years\".")
    assert _speaker_of(body, "the best thing to happen") == "The Secretary of State for Transport"


def test_an_office_the_text_set_beside_a_known_name_is_that_persons() -> None:
    body = ("Ada Lind, the Minister for Harbours, opened the quay on Friday.\n\nThe Minister for Harbours "
            "said the quay was \"the best thing to happen to this town in years\".")
    assert _speaker_of(body, "the best thing to happen") == "Ada Lind"


def test_a_title_the_text_gave_a_known_name_keeps_the_office_hers() -> None:
    body = ("Mayor Ada Lind opened the quay on Friday.\n\nThe Mayor of Carrick said the quay was \"the best "
            "thing to happen to this town in years\".")
    assert _speaker_of(body, "the best thing to happen") == "Ada Lind"


def test_an_office_the_config_gives_a_known_person_stays_theirs() -> None:
    minister = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind",
                      descriptors=("the Minister for Harbours",))
    body = ("Ada Lind opened the quay on Friday.\n\nThe Minister for Harbours said the quay was \"the best "
            "thing to happen to this town in years\".")
    assert _speaker_of(body, "the best thing to happen", (minister, HART)) == "Ada Lind"


def test_a_lower_case_role_of_a_body_is_no_office_by_portfolio() -> None:
    body = ("Bo Hart, the Carrick Rovers manager, watched from the stand.\n\nThe manager of Carrick Rovers "
            "said the result was \"the best thing to happen to this club in years\".")
    assert _speaker_of(body, "the best thing to happen") == "Bo Hart"
