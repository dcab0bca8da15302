"""Review of the session-35 stance rules (H170): a side's claim reported and then denied
(contradicted.py) and praise granted before a "but" inside one sentence
(predicates._praised_before_turn). Each confirmed fault is a strict xfail; each case the code gets
right is a plain test. Invented controversy: the one of tests/test_stance_s35b.py (a water
company's reservoir over a valley, against the valley's residents' association; the company's
engineer Ivo Brandt, the association's chair Sela Ondrak)."""

import pytest

from components.enrich.stance import classify_stance
from components.enrich.stance.scores import StanceResult
from tests.test_stance_s35b import CLAIMS, CONFIG

DENIED = "denies it"  # the reason the contradicted-claim cue gives


def result(text: str) -> StanceResult:
    return classify_stance(text, CONFIG, CLAIMS)


# --- faults of the contradicted-claim rule, the worst first ---------------------------------------

@pytest.mark.parametrize(("text", "not_side"), [
    ("Ondrak says the company won't listen to anyone. The company ignored every letter.", "company"),
    ("Brandt says the residents won't compromise on anything. The residents refused every single offer.",
     "residents"),
])
def test_agreement_restated_without_a_negator_is_not_a_denial(text: str, not_side: str) -> None:
    assert result(text).stance != not_side


def test_a_but_clause_of_the_claim_itself_is_not_the_commenters_denial() -> None:
    # "has no plan" is Ondrak's own complaint, coordinated with "made record profits"
    r = result("Ondrak says the company made record profits but has no plan for the families.")
    assert r.stance != "company"


@pytest.mark.parametrize("text", [
    "Brandt says the dam is safe, but I'm not an engineer so what do I know.",
    "Brandt says the dam is safe, but Ondrak disagrees and I don't know who to believe.",
])
def test_doubt_or_deference_after_but_is_not_a_denial(text: str) -> None:
    assert DENIED not in result(text).reason


def test_a_misquote_corrected_does_not_count_against_the_misquoted() -> None:
    r = result("Reporters keep writing that Brandt says the dam is safe. He never said that.")
    assert r.stance != "residents"


def test_a_next_sentence_on_another_matter_is_not_a_denial() -> None:
    r = result("Brandt says the valley needs the water. I moved to the valley in 1990 and never looked back.")
    assert DENIED not in r.reason


@pytest.mark.xfail(strict=True, reason="a claim of harm denied by negation ('won't fail') reads "
                                       "warm to VADER, so the plainest denial is missed")
def test_a_claim_of_harm_denied_by_negation_counts_against_its_side() -> None:
    assert result("Ondrak says the dam will fail in a big flood. The dam won't fail.").stance == "company"


# --- cases the contradicted-claim rule gets right ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Brandt says the wall is not safe. It isn't.",  # agrees, in the negative
    "Brandt says the reservoir won't open for years. Good, it shouldn't.",  # agrees, contracted
    "Brandt says the dam is safe. I don't care.",  # indifferent, not a denial of the claim
    "Brandt says nobody was hurt at the site. Nobody was hurt? Rubbish.",  # double negation, a question
    # another commenter's exchange quoted in a reply: the quoted denial is not the replier's
    'You wrote "Brandt says the dam is safe. It has never been tested." Wrong, it was tested in May.',
])
def test_agreement_indifference_and_quoted_exchanges_are_no_denial(text: str) -> None:
    assert DENIED not in result(text).reason


def test_the_denial_counts_against_the_side_whose_claim_is_reported() -> None:
    # a residents' claim with a contracted negation, denied: it counts for the company, not against it
    r = result("Ondrak says the families can't stay in the valley. The families can stay.")
    assert r.stance == "company" and DENIED in r.reason


def test_the_reading_depends_on_the_comment_alone() -> None:
    # nothing is carried between comments (engines and incremental rebuilds classify one at a time)
    text = "Brandt says the dam will hold in any flood. Dams in this valley have never held in a big flood."
    cold = result(text)
    result("Ondrak says the families will get nothing. The families are getting full market price.")
    warm = result(text)
    assert (warm.stance, warm.reason, warm.scores) == (cold.stance, cold.reason, cold.scores)


# --- praise granted before a "but" inside one sentence --------------------------------------------

def test_but_meaning_except_does_not_grant_the_praise() -> None:
    r = result("Ondrak has been a wonderful chair and nobody but her could have kept the families together.")
    assert r.stance == "residents"


def test_praise_then_a_flat_no_is_not_support() -> None:
    assert result("Brandt's plan is a great idea but no.").stance != "company"


@pytest.mark.parametrize(("text", "side"), [
    ("Nice try by Ondrak but she lied about the survey.", "company"),  # sarcastic praise, then blame
    ("Ondrak is brilliant but I worry for the families.", "residents"),  # praise kept (at half weight)
])
def test_praise_before_a_turn_keeps_the_side_it_should(text: str, side: str) -> None:
    assert result(text).stance == side
