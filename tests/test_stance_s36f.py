"""Session 36 fixes to the quoted-words stance rules (tests/test_review_s36f.py holds the review's
must-not-fire cases): the must-fire cases beside each new exception, on the same invented
controversy (a county council closing a village school against the parents' campaign)."""

import pytest

from components.enrich.stance import NEUTRAL
from components.enrich.stance.overlap import _a_name, _titled, _writers_own
from components.enrich.stance.thread import _asks_its_meaning, _held_up_alone, _said_runs
from components.enrich.stance.tokens import Token, _text_tokens
from tests.test_review_s36f import FIRST, side_of, stances


def _first_quoted_word(tokens: list[Token]) -> int:
    return next(at for at, t in enumerate(tokens) if t.quoted and t.word)


# --- (A) a side's line in quotes: the exceptions stay narrow ---

@pytest.mark.parametrize("text", [
    '"A school they can walk to" - this is what they call a plan?',   # "this" opens more words
    '"A school they can walk to." Could have put it better: could have kept it open.',
    'My kids were promised "a school they can walk to" and got a bus pass.',  # "my" owns no words
    'Saw the "a school they can walk to" promise fall apart in a week.',  # a promise is no piece
])
def test_a_sides_line_held_up_still_counts_against_it(text: str) -> None:
    assert side_of(text) == "council"


@pytest.mark.parametrize("text", [
    'As I said last week, "a school they can walk to" is the whole point.',
    'That "A school they can walk to" headline again.',
    'Every leaflet at the "Village Hall" says so.',
])
def test_the_writers_own_words_a_title_or_a_name_in_quotes_is_nobodys_line(text: str) -> None:
    assert side_of(text) == NEUTRAL


def test_a_name_is_capitalised_at_both_ends_and_in_every_content_word() -> None:
    def span(text: str) -> list[Token]:
        return [t for t in _text_tokens(text) if t.quoted and t.word]
    assert _a_name(span('"Village Hall"')) and _a_name(span('"Friends of the Park"'))
    assert not _a_name(span('"Every child"')) and not _a_name(span('"Hall"'))
    assert not _a_name(span('"Every child will have A Place"'))


def test_a_title_needs_a_determiner_before_and_a_piece_after() -> None:
    tokens = _text_tokens('Read the "done deal" article.')
    assert _titled(tokens, _first_quoted_word(tokens))
    for text in ('Read "done deal" article.', 'The "done deal" nonsense.'):
        tokens = _text_tokens(text)
        assert not _titled(tokens, _first_quoted_word(tokens))


def test_the_writers_own_words_need_the_first_person_next_to_a_word_of_writing() -> None:
    for text in ('My reply was "done deal".', 'I wrote "done deal" twice.', 'Our point: "done deal".'):
        tokens = _text_tokens(text)
        assert _writers_own(tokens, _first_quoted_word(tokens)), text
    for text in ('My son says "done deal".', 'They said "done deal". My comment stands.'):
        tokens = _text_tokens(text)
        assert not _writers_own(tokens, _first_quoted_word(tokens)), text


# --- (B) a reply quoting the commenter it answers: the exceptions stay narrow ---

@pytest.mark.parametrize("reply", [
    '"Every morning"? Try it in the snow, Rory.',            # an echo question is no request for meaning
    'Rory, "morning"? The bus leaves at 7.40.',               # one word held up on its own
    'Since when is "forty minutes on a bus" a hardship, Rory?',  # a question, but not of meaning
])
def test_a_reply_holding_up_its_parents_words_still_rebuffs_them(reply: str) -> None:
    assert stances([FIRST, ("Eilidh", reply)]) == ["parents", "council"]


def test_a_parents_own_words_beside_a_line_they_quoted_are_still_theirs() -> None:
    mocking = ("Rory Banks", '"Every child will have a place at Harwood." Pull the other one.')
    said = _said_runs(_text_tokens(mocking[1]))
    assert "pull the" in said and "everi child" not in said and "child" not in said


def test_a_one_word_quote_is_held_up_alone_when_its_clause_ends_with_it() -> None:
    for text, alone in (('"Floating". Easy to say.', True), ('Eilidh, "nothing"?', True),
                        ('the "morning" bus', False), ('in the "morning".', False)):
        tokens = _text_tokens(text)
        assert _held_up_alone(tokens, _first_quoted_word(tokens)) is alone, text


def test_a_question_of_meaning_holds_a_word_of_meaning_and_ends_with_a_question_mark() -> None:
    for text, asks in (('What do you mean by "every morning", Rory?', True),
                       ('How do you define "every morning"?', True),
                       ('You mean "every morning". Weekdays?', False),
                       ('"Every morning"? Really?', False)):
        tokens = _text_tokens(text)
        assert _asks_its_meaning(tokens, _first_quoted_word(tokens)) is asks, text
