"""Session 38's repairs to the attribution change 57ece12..1bc49a3 (tests/test_review_s38b.py names the
faults), on invented text: the cases beside the review's, and the ones that must not fire."""

from test_attribution_s34c import _speaker_of as _speaker_among

from components.core.config import Person

REED = Person("Kit Reed", ("Reed", "Mr Reed"), (), "he", "reed")
OWEN = Person("Lou Owen", ("Owen", "Ms Owen"), (), "she", "owen")
PEOPLE = (REED, OWEN)


def _speaker_of(body: str, words: str, people: tuple[Person, ...] = PEOPLE) -> str:
    return _speaker_among(body, words, people)


# ---- an epithet before a known surname and an age is no given name ----

def test_a_tabloid_epithet_before_a_known_surname_and_an_age_leaves_the_words_to_the_known_person() -> None:
    for epithet in ("Plucky", "Distraught", "Happy", "Builder", "Former", "Veteran", "Gran"):
        body = f"{epithet} Reed, 47, said: \u201cThe orchard will be replanted before the winter comes.\u201d"
        assert _speaker_of(body, "orchard will be replanted") == "Kit Reed", epithet


def test_a_given_name_before_a_known_surname_and_an_age_is_a_namesake() -> None:
    for given in ("Nell", "Hope", "Frank"):
        body = (f"{given} Reed, 47, said: \u201cThe orchard will be replanted before the winter comes.\u201d")
        assert _speaker_of(body, "orchard will be replanted") == f"{given} Reed", given


def test_a_capitalised_word_inside_a_sentence_is_a_given_name_whatever_its_ending() -> None:
    body = ("The orchard was sold last week, and next door Cedric Reed, 47, said: \u201cNobody told "
            "us a thing about it.\u201d")
    assert _speaker_of(body, "Nobody told us") == "Cedric Reed"
