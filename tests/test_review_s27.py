"""Session 27's review of its new stance rules on invented text: "should keep her head held high"
is support, not "keep quiet"; a "they" later in a sentence, or the doers of what was done to the
last named side, does not cut the sentence off from them; and a verb of saying after a side's name
mutes only its own clause, not the commenter's verdict after a comma."""

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, classify_stance

# A conductor ("she") against a board ("they"), invented.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("lind", Person("Ada Lind", ("Lind", "Ada"), (), "she"), ("the season was cut",)),
           Side("board", Person("Harrow Board", ("the board",), (), "they"), ("the books must balance",))),
)


@pytest.mark.parametrize(("text", "stance"), [
    # keeping one's head up, or one's views, is no silence
    ("Lind should keep her head held high.", "lind"),
    ("Lind should keep her head up, she did nothing wrong.", "lind"),
    # "mouths": the plural is a silence too
    ("The board should have kept their mouths shut.", "lind"),
    # must still fire
    ("Lind should have kept her head down.", "board"),
    ("She should have kept her opinions to herself.", "board"),
    ("Lind should have kept her mouth shut.", "board"),
])
def test_what_is_kept_to_oneself(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    # "they" after the sentence's opening is people in general, not someone else the verdict is on
    ("Lind quit. Good riddance, they can do better.", "board"),
    # after "she was sacked", "they" are the ones who sacked her: the verdict is on what was done
    ("Lind was sacked for speaking out. They should all be ashamed.", "lind"),
])
def test_a_later_or_acting_they_keeps_the_sentence_on_the_last_named(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


def test_a_sentence_opened_by_another_sides_they_is_still_not_about_her() -> None:
    result = classify_stance("Lind is talented. They did what they had to do.", CONFIG)
    assert "had to" not in result.reason


@pytest.mark.parametrize(("text", "stance"), [
    # the commenter's verdict after the reported clause is theirs
    ("Lind always says the right thing, what a lovely woman.", "lind"),
    ("Lind said brilliant things in that interview, wonderful.", "lind"),
    ("Lind says what we all think, brilliant woman.", "lind"),
    # must not fire: the feeling inside the reported clause is theirs, not the commenter's
    ("Lind says she loves this orchestra.", NEUTRAL),
    ("Honestly, Lind now says the season was wonderful.", NEUTRAL),
])
def test_a_verb_of_saying_mutes_only_its_own_clause(text: str, stance: str) -> None:
    assert classify_stance(text, CONFIG).stance == stance


ARTICLE = ("Harrow Orchestra Cuts Its Autumn Season\n\nBy Pim Okafor\nMarch 3, 2026\n\n"
           "The Harrow Philharmonic board voted on Tuesday to cancel six concerts, citing a shortfall."
           "\n\n{card}\n\n"
           "The board did not reply to requests for comment.")


def test_a_card_shown_name_opening_with_thanks_is_no_poster() -> None:
    from components.parse.layout import split_layout
    layout = split_layout(ARTICLE.format(
        card="Thanks Ada Lind @adalind\nFor standing up for the players.\n6:42 PM · Aug 21"))
    assert not any(t.name.startswith("Thanks") for t in layout.tweets)
    # must still fire: a poster's shown name, particles and all
    layout = split_layout(ARTICLE.format(card="Ada de Lind @adadelind\nSix concerts gone.\n6:42 PM · Aug 21"))
    assert [(t.name, t.handle, t.body) for t in layout.tweets] == [
        ("Ada de Lind", "@adadelind", "Six concerts gone.")]
