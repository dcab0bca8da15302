"""Review of session 36's stance changes (H187: the reply chain passes a side down, MIN_MARGIN
0.3 -> 0.05, a closing speech tag makes a claim reported), on an invented controversy: a town
council closing its old lido against the wishes of the lido's head lifeguard.

A plain test pins a behaviour that is right; a strict xfail names a fault found in review."""

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich import replies
from components.enrich.replies import MAX_CHAIN, answer_replies
from components.enrich.stance import NEUTRAL, Claims, classify_stance

CONFIG = CorpusConfig(
    name="lido",
    sides=(Side("lifeguard", Person("Bryony Castell", ("Castell", "the lifeguard"), (), "she"),
                ("the lido keeps the children safe",)),
           Side("council", Person("Pellow Town Council", ("the council",), (), "they"),
                ("the leaking pool costs too much to repair",))),
)
STATEMENTS = pd.DataFrame({"speaker": ["Bryony Castell", "Pellow Town Council"],
                           "text": ["The lido keeps the children safe all through the summer holidays.",
                                    "The leaking pool costs too much to repair this year."]})
CLAIMS = Claims.build(CONFIG, STATEMENTS)
LIFEGUARD, COUNCIL = "lifeguard", "council"
OPENER = ("Jory", "Closing the lido is a disgrace.")  # decided for the lifeguard in every thread


def thread(rows: list[tuple[str, str]]) -> pd.DataFrame:
    """One document's comments in order: (author, text)."""
    return pd.DataFrame({"doc_id": "d", "position": range(1, len(rows) + 1),
                         "author": [a for a, _ in rows], "text": [t for _, t in rows]})


def decided(sides: list[str]) -> pd.DataFrame:
    """A classifier's output: the given sides, every other comment neutral."""
    return pd.DataFrame({"stance": sides,
                         "stance_confidence": [0.8 if s != NEUTRAL else 0.6 for s in sides],
                         "stance_reason": ["x" if s != NEUTRAL else "No cue." for s in sides]})


def chain(rows: list[tuple[str, str]], sides: list[str] | None = None) -> list[str]:
    """The stances after the reply rule, the first comment decided for the lifeguard unless sides
    gives the classifier's output."""
    given = sides if sides is not None else [LIFEGUARD] + [NEUTRAL] * (len(rows) - 1)
    return answer_replies(thread(rows), decided(given), CONFIG)["stance"].tolist()


def stance(text: str) -> str:
    return classify_stance(text, CONFIG, CLAIMS).stance


# --- the reply chain (483d770) ---

def test_a_factual_answer_to_a_replier_takes_no_side() -> None:
    rows = [OPENER,
            ("Tamsin", "@Jory rubbish. When does the council meet, anyway?"),
            ("Kenver", "@Tamsin Thursday at seven, in the town hall.")]
    assert chain(rows) == [LIFEGUARD, COUNCIL, NEUTRAL]


def test_a_concession_to_a_replier_does_not_take_the_side_he_argued_against() -> None:
    rows = [OPENER,
            ("Tamsin", "@Jory rubbish."),
            ("Kenver", "@Tamsin fair point, I hadn't thought of that.")]
    assert chain(rows)[2] != LIFEGUARD


def test_one_misread_reply_does_not_flip_the_chain_below_it() -> None:
    """Tamsin concedes to Jory (the lifeguard's side); the others argue down the chain. A careful
    reader: Tamsin lifeguard, then council, lifeguard, council. The rule gives each the other."""
    rows = [OPENER,
            ("Tamsin", "@Jory fair point, I hadn't thought of that."),
            ("Kenver", "@Tamsin rubbish."),
            ("Loveday", "@Kenver rubbish yourself."),
            ("Morwen", "@Loveday nonsense.")]
    out = chain(rows)
    assert sum(a != b for a, b in zip(out, [LIFEGUARD, LIFEGUARD, COUNCIL, LIFEGUARD, COUNCIL],
                                      strict=True)) <= 1


def test_a_reply_mocking_a_replier_does_not_inherit_his_side() -> None:
    rows = [OPENER,
            ("Tamsin", "@Jory rubbish."),
            ("Kenver", "@Tamsin yes, and pigs can fly.")]
    assert chain(rows)[2] != COUNCIL


def test_a_dismissive_lol_ok_to_a_replier_argues_with_him() -> None:
    rows = [OPENER, ("Tamsin", "@Jory rubbish."), ("Kenver", "@Tamsin lol ok")]
    assert chain(rows) == [LIFEGUARD, COUNCIL, LIFEGUARD]


def test_a_reply_made_before_the_replier_took_a_side_takes_none() -> None:
    rows = [OPENER,
            ("Tamsin", "Does anyone know what time the lido shuts tonight?"),
            ("Kenver", "@Tamsin eight, same as every Friday."),
            ("Tamsin", "@Jory rubbish.")]
    assert chain(rows) == [LIFEGUARD, NEUTRAL, NEUTRAL, COUNCIL]


def test_a_reply_to_a_two_sided_commenter_is_neutral_whichever_round_showed_it() -> None:
    """Tamsin's comments end up on both sides either way; Kenver's "@Tamsin" reply is neutral when
    the classifier gave her second side, but not when the chain gave it in its second round."""
    rows = [OPENER,
            ("Tamsin", "The council has it right."),
            ("Kenver", "@Tamsin rubbish."),
            ("Loveday", "@Jory nonsense."),
            ("Tamsin", "@Loveday nonsense yourself.")]
    by_classifier = chain(rows, [LIFEGUARD, COUNCIL, NEUTRAL, NEUTRAL, LIFEGUARD])
    by_chain = chain(rows, [LIFEGUARD, COUNCIL, NEUTRAL, NEUTRAL, NEUTRAL])
    assert by_classifier[4] == by_chain[4] == LIFEGUARD  # the same sides for Tamsin
    assert by_chain[2] == by_classifier[2] == NEUTRAL


def test_the_chain_stops_max_chain_replies_deep_in_as_many_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pass re-reads only the replies to commenters who just took a side (H199: a
    10,000-reply chain in 0.25 s on this machine, against 0.85 s when each pass re-read every
    neutral reply), and no reply deeper than MAX_CHAIN gets a side."""
    calls: list[int] = []
    answers = replies._answers

    def counted(*args: object, **kwargs: object) -> dict[int, tuple[str, str]]:
        calls.append(1)
        return answers(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(replies, "_answers", counted)
    depth = MAX_CHAIN + 4
    rows = [OPENER] + [(f"Swimmer{i}", f"@{'Jory' if i == 0 else f'Swimmer{i - 1}'} rubbish.")
                       for i in range(depth)]
    out = chain(rows)
    assert all(side != NEUTRAL for side in out[:MAX_CHAIN + 1])
    assert all(side == NEUTRAL for side in out[MAX_CHAIN + 1:])
    assert len(calls) == MAX_CHAIN


# --- a lead of 0.05 wins (3e3f073) ---

def test_a_comment_damning_both_sides_stays_neutral() -> None:
    assert stance("Castell has been awful, the council are lazy, a pox on the lot of them.") == NEUTRAL


def test_a_reported_claim_rebutted_in_the_same_sentence_does_not_win_for_its_side() -> None:
    text = ("The leaking pool costs too much to repair, the council claims, but children still need "
            "somewhere safe to swim.")
    assert stance(text) != COUNCIL


def test_a_comment_setting_both_sides_claims_side_by_side_stays_neutral() -> None:
    text = ("Castell says the lido keeps the children safe. The council says the leaking pool costs "
            "too much to repair. Make of that what you will.")
    assert stance(text) == NEUTRAL


# --- a closing speech tag makes a claim reported (3e3f073) ---

@pytest.mark.parametrize("text", [
    "The lido keeps the children safe, needless to say.",
    "The lido keeps the children safe, truth be told.",
    "The lido keeps the children safe, call me sentimental.",
])
def test_the_commenters_own_idiom_after_a_claim_is_no_speech_tag(text: str) -> None:
    assert stance(text) == LIFEGUARD


@pytest.mark.parametrize("text", [
    "The lido keeps the children safe, whatever the council claims.",
    "The lido keeps the children safe, the council says otherwise.",
])
def test_a_tag_that_dismisses_the_other_side_does_not_give_that_side_the_comment(text: str) -> None:
    assert stance(text) == LIFEGUARD


@pytest.mark.parametrize("text", [
    "The lido keeps the children safe, just as she said.",
    "The lido keeps the children safe, experts say. They are right.",
])
def test_a_claim_endorsed_with_its_sayer_is_made(text: str) -> None:
    assert stance(text) == LIFEGUARD


@pytest.mark.parametrize(("text", "expected"), [
    ("The lido keeps the children safe, as they say.", LIFEGUARD),  # an idiom, not a tag
    ("The lido keeps the children safe, any parent will tell you.", LIFEGUARD),
    ("The leaking pool costs too much to repair, they say, and they are right.", COUNCIL),
    ("The lido keeps the children safe, they say.", NEUTRAL),  # a plain report
    ("The leaking pool costs too much to repair, they say?", NEUTRAL),  # a report, questioned
])
def test_idioms_endorsements_and_plain_reports_around_a_claim(text: str, expected: str) -> None:
    assert stance(text) == expected
