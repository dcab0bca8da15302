"""Attribution faults found in session 32 (H123) on the puffin probe's misses, each fixed as the general
form a journalist writes, tested on invented text with cases where the rule must not fire.

- A business the config lists without a pronoun is still an organisation, going by "it", when its name
  ends in a business's word ("Corrin Finance", "Marl Holdings") or its descriptors call it by a trade
  noun ("the lender", "the insurer"): "she" is never the company, and "the company's behalf" finds it.
"""

import tomllib

import pytest
from quoting_support import mentions_in, speaker_of

from components.core.config import CorpusConfig, parse_config

NAMED = {"Ada Lind", "Bo Hart", "Corrin Finance", "Tam Quill"}


def _config(org: str = "Corrin Finance", org_descriptors: tuple[str, ...] = ()) -> CorpusConfig:
    """Two people and a business of no pronoun (as a config may list one)."""
    text = ('[[people]]\nname = "Ada Lind"\naliases = ["Lind"]\npronoun = "she"\n'
            '[[people]]\nname = "Bo Hart"\naliases = ["Hart"]\npronoun = "he"\n'
            '[[people]]\nname = "Tam Quill"\naliases = ["Quill"]\npronoun = "he"\n'
            f'[[people]]\nname = "{org}"\naliases = ["{org.split()[0]}"]\n'
            f'descriptors = {list(org_descriptors)!r}\n'.replace("'", '"'))
    return parse_config(tomllib.loads(text))


def _mentions(text: str, config: CorpusConfig) -> list[tuple[str, str]]:
    return [(m.speaker, " ".join(m.text.split()[:3])) for m in mentions_in(text, config)]


# ---- a business the config gives no pronoun ----

@pytest.mark.parametrize(("org", "descriptors"), [
    ("Corrin Finance", ()), ("Marl Holdings", ()), ("Corrin Lending", ("the lender",)),
    ("Corrin Cover", ("the insurer",)),
])
def test_a_business_of_no_pronoun_speaks_through_its_mouthpiece(org: str,
                                                                descriptors: tuple[str, ...]) -> None:
    config = _config(org, descriptors)
    text = (f"At a briefing at its offices, {org.split()[0]}'s head of communications, Jo Pike, read a "
            "statement on the company's behalf.\n\n"
            "\u201cWe accept the ruling and will not appeal against it in any court,\u201d she read.")
    assert speaker_of(text, "We accept the ruling", config) == org


def test_she_is_never_the_business() -> None:
    config = _config()
    text = ("Corrin Finance lost the case on Monday. Lind, who brought it, was outside.\n\n"
            "\u201cWe were right from the first day and the court agrees,\u201d she said.")
    assert speaker_of(text, "We were right", config) == "Ada Lind"


def test_a_person_whose_surname_is_a_trade_word_is_no_business() -> None:
    # "Banks" is no business's word, and a one-word name is never read as a business
    text = ('[[people]]\nname = "Mel Banks"\naliases = ["Banks"]\n')
    config = parse_config(tomllib.loads(text))
    quote = "\u201cI will stand again next year and I expect to win,\u201d she said."
    assert speaker_of(f"Banks spoke after the count.\n\n{quote}", "I will stand", config) == "Mel Banks"
