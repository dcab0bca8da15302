"""The contradicted-claim rule narrowed (H172, after the review in tests/test_review_s35c.py): a
denial must contradict the claim, not restate it, continue it, doubt it, report someone else's
view of it or correct how it was quoted. Invented controversy: the one of tests/test_stance_s35b.py
(a water company's reservoir over a valley against the valley's residents' association; the
company's engineer Ivo Brandt, the association's chair Sela Ondrak)."""

import pytest

from components.enrich.stance import classify_stance
from tests.test_stance_s35b import CLAIMS, CONFIG

DENIED = "denies it"


def reason(text: str) -> str:
    return classify_stance(text, CONFIG, CLAIMS).reason


@pytest.mark.parametrize(("text", "side"), [
    # a negated claim denied by its own verb said again without the negator
    ("Ondrak says the company won't pay a penny. The company paid every family in full.", "company"),
    # a "but" clause with a subject of its own is the commenter's
    ("Brandt says the dam is safe but it isn't.", "residents"),
    # the commenter's own knowledge is no doubt
    ("Brandt says the dam is safe, but I know it isn't.", "residents"),
    # one word of the claim, in the clause the negator sits in
    ("Brandt says water bills will go down. Nobody I know has lower bills.", "residents"),
])
def test_a_denial_still_counts_against_the_side(text: str, side: str) -> None:
    result = classify_stance(text, CONFIG, CLAIMS)
    assert result.stance == side and DENIED in result.reason


@pytest.mark.parametrize("text", [
    # agreement said with a verb of refusal: not a denial
    "Brandt says the residents never turn up. The residents skipped every single meeting.",
    # no subject after the "but": the side's own claim goes on
    "Brandt says the dam is safe but never mentions the cracks in the spillway.",
    # doubt or deference, and somebody else's view
    "Brandt says the pipes will hold, but I'm not sure about that.",
    "Brandt says the pipes will hold, but I'm not a plumber.",
    "Brandt says the pipes are not leaking, but Ondrak disputes that.",
    # the report's wording disputed: a misquote corrected defends the side
    "Ondrak says the church will flood every winter. She didn't say that at all.",
    # one word of the claim in a clause of its own
    "Brandt says water bills will go down. I pay my bills on time and never miss one.",
])
def test_no_contradiction_is_no_denial(text: str) -> None:
    assert DENIED not in reason(text)


# Praise before a "but" (predicates._praised_before_turn): "but" meaning "except" is no turn, and a
# flat "no" after it refuses the praise.

@pytest.mark.parametrize(("text", "side"), [
    ("Brandt is a superb engineer and anyone but him would have botched the spillway.", "company"),
    ("Ondrak did a fantastic job and all but saved the church on her own.", "residents"),
])
def test_but_meaning_except_keeps_the_praise_whole(text: str, side: str) -> None:
    result = classify_stance(text, CONFIG, CLAIMS)
    assert result.stance == side and "granted" not in result.reason


@pytest.mark.parametrize("text", [
    "Ondrak's petition is a lovely gesture but nope.",
    "Brandt's offer sounds generous but not a chance.",
])
def test_praise_then_a_flat_no_takes_no_side(text: str) -> None:
    assert classify_stance(text, CONFIG, CLAIMS).stance == "neutral"


def test_praise_then_a_reason_is_not_refused() -> None:
    # not a flat "no": the turn says something, so the praise is granted, not refused
    result = classify_stance("Brandt's plan is a great idea but no one will pay for it.", CONFIG, CLAIMS)
    assert result.stance == "company"
