"""Attribution faults read off the osprey probe (session 25), each tested on invented paragraphs with the
cases where the rule must not fire."""

import tomllib

import pytest
from quoting_support import CAST, mentions_in

from components.core.config import CorpusConfig, parse_config

# The cast of quoting_support with a descriptor from the config: Voss is "the prosecutor".
DESCRIBED = parse_config(tomllib.loads("""
[[sides]]
id = "lind"
name = "Ada Lind"
aliases = ["Lind"]
pronoun = "she"

[[sides]]
id = "voss"
name = "Cara Voss"
aliases = ["Voss"]
pronoun = "she"
descriptors = ["the prosecutor"]

[[sides]]
id = "hart"
name = "Bo Hart"
aliases = ["Hart"]
pronoun = "he"
"""))


def _speaker(text: str, phrase: str, config: CorpusConfig = CAST) -> str:
    found = [m for m in mentions_in(text, config) if phrase in m.text]
    assert found, phrase
    return found[0].speaker


@pytest.mark.parametrize(("text", "phrase", "speaker", "config"), [
    # a role the text gave a known name as a title ("Detective Inspector Ada Lind") is hers later
    ("Detective Inspector Ada Lind spoke to reporters on the steps.\n\n\u201cThis was a long and careful "
     "inquiry,\u201d the detective said.", "long and careful", "Ada Lind", CAST),
    ("Sergeant Bo Hart led the search.\n\n\u201cWe walked every field twice over,\u201d the sergeant said.",
     "every field", "Bo Hart", CAST),
    # a config descriptor that is also an unnamed role ("the prosecutor") is the person it describes
    ("Voss told the jury about the emails. \u201cEvery message was sent from the same laptop,\u201d the "
     "prosecutor said.", "same laptop", "Cara Voss", DESCRIBED),
    # must not fire: the role was never given to anyone, so the detective is someone unnamed
    ("Lind gave evidence on Monday.\n\n\u201cThe trail went cold in the spring,\u201d the detective said.",
     "went cold", "the detective", CAST),
    # must not fire: a lower-case word before the title ("the inspector Ada Lind met") is no title run
    ("Inspector Ada Lind arrived late.\n\n\u201cThe files were never sent to us,\u201d the detective said.",
     "never sent", "the detective", CAST),
    # must not fire: "the other prosecutor" is another holder of the role than the one configured
    ("Voss sat down. \u201cThe defence has not answered the point,\u201d the junior prosecutor said.",
     "not answered", "not Cara Voss", DESCRIBED),
])
def test_a_role_given_to_a_known_name_is_theirs(text: str, phrase: str, speaker: str,
                                                 config: CorpusConfig) -> None:
    got = _speaker(text, phrase, config)
    if speaker.startswith("not "):
        assert got != speaker[4:], got
    else:
        assert got == speaker
