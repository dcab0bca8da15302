"""Attribution, session 36 (second round): the faults a review found in the session's first attribution
changes, fixed in the rules that caused them, on invented text (a relative named by first name, a
statement read on someone's behalf, a first deed before another's telling, a question clause)."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

LIND = Person("Ada Lind", ("Lind", "Ms Lind"), (), "she", "lind")
HART = Person("Bo Hart", ("Hart", "Mr Hart"), (), "he", "hart")
VEY = Person("Cara Vey", ("Vey", "Ms Vey"), (), "she", "vey")
PEOPLE = (LIND, HART)
THREE = (LIND, HART, VEY)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- a relative named by first name ----

def test_their_relative_without_commas_speaks() -> None:
    body = "Bo Hart stayed at home.\n\nTheir daughter Nia said: \"He has earned a quiet winter.\""
    assert _speaker_of(body, "He has earned a quiet") == "their daughter, Nia"


def test_a_relative_set_off_by_commas_whose_name_is_a_config_alias_is_that_person() -> None:
    nia = Person("Nia Hart", ("Nia",), (), "she", "nia")
    body = "Bo Hart stayed at home.\n\nHis daughter, Nia, said: \"He has earned a quiet winter.\""
    assert _speaker_of(body, "He has earned a quiet", (LIND, HART, nia)) == "Nia Hart"


def test_a_relatives_feeling_before_a_colon_opens_their_words() -> None:
    body = ("Bo Hart lost his seat by nine votes.\n\n"
            "His wife Mair was furious: \"Nine votes, after twenty years of work for this town.\"")
    assert _speaker_of(body, "Nine votes, after twenty") == "his wife, Mair"


def test_a_relatives_feeling_ending_a_sentence_is_no_view() -> None:
    body = ("Bo Hart lost his seat by nine votes.\n\n"
            "His wife Mair was angry. \"He will be back in four years, and he will win it.\"")
    assert not _speaker_of(body, "He will be back in four").startswith("his wife")


def test_a_relatives_doubt_before_an_untagged_quote_is_still_theirs() -> None:
    body = ("Ada Lind says the quay will reopen by June.\n\n"
            "Her brother Owen was not so sure. \"I have heard that every spring for six years now.\"")
    assert _speaker_of(body, "I have heard that every") == "her brother, Owen"
