"""Stance after the session 36 review (H199): a comment damning both sides needs a clear lead,
and a speech tag is a sayer with a finite verb of saying, not an idiom, an endorsement or a
dismissal. Invented controversy: a harbour board selling its old crane against a museum's wish."""

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, Claims, classify_stance
from components.enrich.stance.evidence import _decide
from components.enrich.stance.positions import _speech_tag_end
from components.enrich.stance.scores import _Evidence
from components.enrich.stance.tokens import _text_tokens

CONFIG = CorpusConfig(
    name="crane",
    sides=(Side("museum", Person("Orla Treganza", ("Treganza", "the curator"), (), "she"),
                ("the crane belongs to the town",)),
           Side("board", Person("Porthkellis Harbour Board", ("the board",), (), "they"),
                ("the rusting crane is a danger to the quay",))),
)
STATEMENTS = pd.DataFrame({"speaker": ["Orla Treganza", "Porthkellis Harbour Board"],
                           "text": ["The crane belongs to the town and always has.",
                                    "The rusting crane is a danger to the quay and its workers."]})
CLAIMS = Claims.build(CONFIG, STATEMENTS)


def stance(text: str) -> str:
    return classify_stance(text, CONFIG, CLAIMS).stance


def evidence(cues: dict[str, list[tuple[str, float]]]) -> _Evidence:
    ev = _Evidence()
    for side, found in cues.items():
        for cue, weight in found:
            ev.add(side, weight, cue)
    return ev


# --- the margin ---

def test_a_small_lead_between_two_condemnations_is_a_tie() -> None:
    ev = evidence({"board": [("speaks ill of Orla Treganza (-0.50)", 0.75)],
                   "museum": [("blames Porthkellis Harbour Board (\"the board wrecked it\")", 0.6)]})
    assert _decide(ev, CONFIG).stance == NEUTRAL


def test_a_clear_lead_between_two_condemnations_still_wins() -> None:
    ev = evidence({"board": [("speaks ill of Orla Treganza (-0.90)", 1.35)],
                   "museum": [("speaks ill of Porthkellis Harbour Board (-0.30)", 0.45)]})
    assert _decide(ev, CONFIG).stance == "board"


def test_a_small_lead_of_an_argument_over_a_condemnation_wins() -> None:
    """Not damning both: one side's evidence is its claim made, the other's a condemnation."""
    ev = evidence({"board": [("makes Porthkellis Harbour Board's side's claims (\"...\")", 0.75)],
                   "museum": [("speaks ill of Porthkellis Harbour Board (-0.40)", 0.6)]})
    assert _decide(ev, CONFIG).stance == "board"


# --- the speech tag ---

def tag_end(text: str) -> int | None:
    return _speech_tag_end(_text_tokens(text), 0)


@pytest.mark.parametrize("text", [
    "The crane belongs to the town, they say.",
    "The crane belongs to the town, the curator claims.",
    "The crane belongs to the town, says the curator.",
    "The crane belongs to the town, according to the museum.",
    "The crane belongs to the town, the curator insists, but it is rusting away.",
    "The crane belongs to the town, they say. Nobody asked the rest of us.",
])
def test_a_sayer_with_a_verb_of_saying_is_a_speech_tag(text: str) -> None:
    assert tag_end(text) is not None


@pytest.mark.parametrize("text", [
    "The crane belongs to the town, needless to say.",
    "The crane belongs to the town, truth be told.",
    "The crane belongs to the town, call me old-fashioned.",
    "The crane belongs to the town, let's say.",
    "The crane belongs to the town, as they say.",
    "The crane belongs to the town, exactly as she said.",
    "The crane belongs to the town, whatever the board claims.",
    "The crane belongs to the town, no matter what the board says.",
    "The crane belongs to the town, the board says otherwise.",
    "The crane belongs to the town, I'd say.",
    "The crane belongs to the town, the curator says, and she is right.",
    "The crane belongs to the town, the curator says. She is quite right.",
    "The crane belongs to the town, and the harbour looks lovely.",  # no verb of saying at all
])
def test_idioms_endorsements_and_dismissals_are_no_speech_tag(text: str) -> None:
    assert tag_end(text) is None


def test_a_tag_followed_by_a_denial_of_its_sayer_is_still_a_tag() -> None:
    assert tag_end("The crane belongs to the town, the curator says. She is not right at all.") is not None


@pytest.mark.parametrize(("text", "expected"), [
    ("The crane belongs to the town, needless to say.", "museum"),
    ("The crane belongs to the town, whatever the board claims.", "museum"),
    ("The crane belongs to the town, just as she said.", "museum"),
    ("The crane belongs to the town, they say.", NEUTRAL),
])
def test_the_claim_counts_as_made_unless_a_tag_gives_it_away(text: str, expected: str) -> None:
    assert stance(text) == expected


def test_words_after_a_mid_sentence_tag_are_the_commenters_own() -> None:
    """The claim before the tag is the board's, reported; what follows "but" still counts."""
    text = "The rusting crane is a danger to the quay, the board claims, but the crane belongs to the town."
    assert stance(text) == "museum"
