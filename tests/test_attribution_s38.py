"""Attribution, session 38: general forms of attribution read from the auk probe's misses, each tested on
invented text with cases where the new reading must not fire."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind", "Dr Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
PEOPLE = (LIND, HART)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a pull quote credited under it by a dash and a full name the config does not know ----

def test_a_pull_quote_dashed_to_an_unknown_full_name_is_theirs() -> None:
    body = ("\"The quay will be rebuilt before the spring tides come in.\" - Ada Lind, harbour chair\n\n"
            "\"We will hand over the keys as soon as the board asks us to.\" - Petra Vane, marina manager")
    assert _speaker_of(body, "rebuilt before the spring") == "Ada Lind"
    assert _speaker_of(body, "hand over the keys") == "Petra Vane"


def test_a_dash_credit_with_an_en_dash_and_no_role_names_the_speaker() -> None:
    body = "\u201cWe were never told the quay was closing, not once in two years.\u201d \u2013 Petra Vane"
    assert _speaker_of(body, "never told the quay") == "Petra Vane"


def test_a_quoted_title_before_a_dash_and_a_channel_is_no_ones_words() -> None:
    body = "\"Quay Lights\" - Channel Seven, Friday, at nine, is the film of the year."
    assert _speaker_of(body, "Quay Lights") not in ("Channel Seven",)


def test_a_dash_after_a_quote_followed_by_a_sentence_is_no_credit() -> None:
    body = ("\"We were never told the quay was closing, not once in two years.\" - Petra Vane wore the "
            "harbour scarf to every meeting that winter.")
    assert _speaker_of(body, "never told the quay") != "Petra Vane"


def test_a_dash_credit_to_a_known_person_is_unchanged() -> None:
    body = "\"The quay will be rebuilt before the spring tides come in.\" \u2014 Bo Hart, harbour master"
    assert _speaker_of(body, "rebuilt before the spring") == "Bo Hart"
