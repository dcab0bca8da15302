"""Fresh-eyes review (H206) of session 36's quoted-words stance rules (H196): a quote that repeats
most of the two-word runs only one side's people said counts against that side (Claims.lines), and
a neutral reply that quotes the commenter it answers rebuffs them. Invented controversy: a county
council closing a village school against the parents' campaign. A strict xfail names a fault the
code has; a plain test pins what it gets right."""

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.engine.build import build_corpus
from components.engine.touched import changed_stems, claims_record, document_stems, touches
from components.enrich.stance import NEUTRAL, Claims, classify_comments, classify_stance
from components.enrich.stance import thread as thread_module

CONFIG = CorpusConfig(
    name="Tarrow County Council votes to close Dunmere village school",
    sides=(Side("council", Person("Tarrow County Council", ("the council", "County Hall"), (), "they"),
                ("falling rolls",)),
           Side("parents", Person("Save Dunmere School", ("the campaign",), (), "they"),
                ("keep the school open",))),
    people=(Person("Gwen Pardoe", ("Pardoe",), (), "she", side="council"),
            Person("Owen Tally", ("Tally",), (), "he", side="parents")),
)

# Both sides say "every child" and "village", so the quotes below share a content word with the
# other side (or with the head teacher, of no side): only the runs of words (Claims.lines) decide.
STATEMENTS = pd.DataFrame({
    "speaker": ["Gwen Pardoe", "Gwen Pardoe", "Owen Tally", "Owen Tally", "Dilys Roe"],
    "text": ["Every child will have a place at Harwood in September.",
             "We will hold a drop-in session at the village hall on Monday.",
             "Every child in this village deserves a school they can walk to.",
             "The consultation was a done deal from day one.",
             "The school roof needs work whatever happens."],
})
CLAIMS = Claims.build(CONFIG, STATEMENTS)


def side_of(text: str, claims: Claims = CLAIMS) -> str:
    return classify_stance(text, CONFIG, claims).stance


def stances(rows: list[tuple[str, str]]) -> list[str]:
    frame = pd.DataFrame({"doc_id": "d", "position": range(1, len(rows) + 1),
                          "author": [a for a, _ in rows], "text": [t for _, t in rows]})
    return classify_comments(frame, CONFIG, STATEMENTS)["stance"].tolist()


# --- (A) a side's said words in quotes: what it gets right ---

def test_a_sides_line_held_up_and_answered_counts_against_it() -> None:
    """Must fire: the run of the council's line, answered by what it means in practice."""
    assert side_of('"Every child will have a place at Harwood" - with a forty minute bus ride.') == "parents"
    assert side_of('"A school they can walk to" sounds lovely until you see the roll.') == "council"


def test_one_quote_from_each_side_weighed_together_takes_neither() -> None:
    assert side_of('"Every child will have a place" and "a school they can walk to" cannot both '
                   'be true.') == NEUTRAL


# --- (A) where it gives a side a careful reader would not ---

@pytest.mark.parametrize("text", ['"A school they can walk to." Could not have put it better.',
                                  '"A school they can walk to" - this.'])
def test_a_line_quoted_to_agree_without_an_approval_word_is_not_held_up(text: str) -> None:
    assert side_of(text) != "council"


def test_a_commenter_quoting_their_own_earlier_comment_does_not_hold_it_up() -> None:
    assert side_of('My comment yesterday was "a school they can walk to" and I stand by it.') != "council"


def test_a_place_name_in_quotes_is_nobodys_line() -> None:
    assert side_of('Parking at the Village Hall is a nightmare on Mondays.') == NEUTRAL
    assert side_of('Parking at the "Village Hall" is a nightmare on Mondays.') == NEUTRAL


def test_a_sides_words_as_the_title_of_a_news_piece_are_not_held_up() -> None:
    assert side_of('Saw the "A school they can walk to" piece on the news last night.') == NEUTRAL


def test_an_idiom_sharing_only_a_run_of_function_words_is_nobodys_line() -> None:
    assert "have a" in CLAIMS.lines["council"]  # "Every child will have a place"
    assert side_of('It was the usual "have a go" spirit at the fete.') == NEUTRAL


# --- (B) a reply quoting the commenter it answers ---

FIRST = ("Rory Banks", "Save Dunmere School are right, those kids deserve better than forty minutes "
                       "on a bus to Harwood every morning.")


def test_a_reply_quoting_its_parent_to_ask_what_they_meant_takes_no_side() -> None:
    assert stances([FIRST, ("Eilidh", "What do you mean by every morning, Rory? Weekdays only?")]
                   ) == ["parents", NEUTRAL]  # the same question without the quote marks
    out = stances([FIRST, ("Eilidh", 'What do you mean by "every morning", Rory? Weekdays only?')])
    assert out == ["parents", NEUTRAL]


def test_a_helpful_reply_with_one_ordinary_word_of_its_parent_in_quotes_takes_no_side() -> None:
    assert stances([FIRST, ("Eilidh", "Rory, the morning bus leaves at 7.40 if that helps.")]
                   ) == ["parents", NEUTRAL]  # without the quote marks
    out = stances([FIRST, ("Eilidh", 'Rory, the "morning" bus leaves at 7.40 if that helps.')])
    assert out == ["parents", NEUTRAL]


def test_a_reply_quoting_its_parent_to_agree_is_not_a_rebuff() -> None:
    assert stances([FIRST, ("Eilidh", "Forty minutes on a bus. Could not have put it better, Rory.")]
                   )[1] != "council"  # without the quote marks
    out = stances([FIRST, ("Eilidh", '"Forty minutes on a bus". Could not have put it better, Rory.')])
    assert out[1] != "council"


def test_a_reply_repeating_a_line_its_parent_quoted_from_a_side_is_not_quoting_the_parent() -> None:
    mocking = ("Rory Banks", '"Every child will have a place at Harwood." Pull the other one.')
    reply = '"Every child will have a place" - at the back of a minibus, Rory.'
    assert side_of(reply) == "parents"  # alone: the council's line held up
    assert stances([mocking, ("Eilidh", reply)]) == ["parents", "parents"]


def test_each_comment_is_read_for_its_runs_once_in_a_long_exchange(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = thread_module._said_runs

    def counting(tokens: object) -> set[str]:
        calls.append(1)
        return real(tokens)  # type: ignore[arg-type]

    monkeypatch.setattr(thread_module, "_said_runs", counting)
    rows = [FIRST]
    for n in range(120):
        rows.append(("Eilidh Ross", f'Rory, "forty minutes" is nothing, mine took {n} minutes.') if n % 2 == 0
                    else ("Rory Banks", f'Eilidh, "nothing"? Try it in the snow, day {n}.'))
    stances(rows)
    assert len(calls) <= 2 * len(rows)


# --- the runs in the claims: incremental builds and what they cost ---

def test_a_new_statement_touches_the_documents_that_quote_its_runs_and_only_those() -> None:
    """touched.py's promise for Claims.lines: a statement added elsewhere in the corpus changes the
    stance of a document that quotes its runs, that document is touched, and a document that does
    not quote them is neither touched nor changed."""
    quoting = ['"Every child will have a place at Harwood" - with a forty minute bus ride.']
    other = ["Forty minutes on a bus each way, every morning, in the snow."]
    before = Claims.build(CONFIG, STATEMENTS[STATEMENTS["speaker"] != "Gwen Pardoe"])
    changed = changed_stems(claims_record(before), claims_record(CLAIMS))
    assert changed is not None
    assert touches(document_stems(quoting), changed)
    assert side_of(quoting[0], before) != side_of(quoting[0], CLAIMS)
    assert not touches(document_stems(other), changed)
    assert side_of(other[0], before) == side_of(other[0], CLAIMS)


def test_a_build_hashes_the_claims_a_fixed_number_of_times(
        synthetic_seeds: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = synthetic_seeds(100, 10, seed=5)
    calls: list[int] = []
    real = Claims.digest

    def counting(self: Claims) -> str:
        calls.append(1)
        return real(self)

    monkeypatch.setattr(Claims, "digest", counting)
    report = build_corpus(seeds, tmp_path / "corpus")
    assert not report.failed
    assert len(list(seeds.glob("*.txt"))) > 8
    assert len(calls) <= 4
