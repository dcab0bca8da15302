"""Attribution faults read off the herring and ember probes (session 25, second pass), each tested on
invented paragraphs with the cases where the rule must not fire."""

import pytest
from quoting_support import speaker_of


def _speaker(text: str, phrase: str) -> str:
    return speaker_of(text, phrase)


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # someone unnamed whose telling is joined by "and" to a first deed, inside another's report
    ('Hart said a porter had taken him aside and told him to "expect the worst", and that he stayed.',
     "expect the worst", "a porter"),
    # the same, with the teller's own aside after the noun
    ('Lind says the doubts came over dinner. A retired surveyor, she recalls, leaned across the table and '
     'told her the map was "too neat to be true".', "too neat to be true", "A retired surveyor"),
    # must not fire: the unnamed one is the object, the named one does both deeds
    ('Hart met a porter on the ward and told him to "go home and rest".', "go home and rest", "Bo Hart"),
    ('Hart thanked a porter and told reporters: "They kept us going."', "They kept us going.", "Bo Hart"),
])
def test_unnamed_teller_after_a_first_deed(text: str, phrase: str, speaker: str) -> None:
    assert _speaker(text, phrase) == speaker


def test_inner_teller_is_not_the_next_pronoun() -> None:
    # "He said a porter had told him …": the next paragraph's "He" is still Hart, not the porter
    text = ('Hart said a porter had taken him aside and told him to "expect the worst".\n\n'
            'He described the offer of a voucher as "a joke".')
    assert _speaker(text, "a joke") == "Bo Hart"


def test_unnamed_who_opens_the_sentence_is_still_introduced() -> None:
    # must not change: a waitress met on her own is the "she" that follows
    text = ('A waitress who asked not to be named said the fridge was broken. '
            '"It was warm for weeks," she said.')
    assert _speaker(text, "It was warm for weeks") not in ("Ada Lind", "Bo Hart", "Cara Voss")
