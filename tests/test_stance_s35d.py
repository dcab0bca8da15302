"""Stance, session 35 (H177): rules of general reading from the development and held-out sets'
errors. Invented controversy: a ferry company ("they") cutting the winter crossings to an island,
against the islanders' association ("they").

- A reply warm to the commenter it answers (sympathy, affection, thanks for sharing) stands by
  them: it takes their side, not the other one, unless a contrast or a question in it turns the
  warmth ("sorry you went through that, but ...", "thanks for nothing").
- Small talk that names nobody (a short thanks, a bare request for a source) takes no side from
  the same commenter's other comments: it speaks to the conversation, not the story."""

import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.replies import answer_replies
from components.enrich.stance import NEUTRAL, classify_comments, reply_tone, tokenise
from components.enrich.stance.thread import _small_talk

CONFIG = CorpusConfig(
    name="test",
    sides=(Side("ferry", Person("Skerrin Ferries", ("the ferry company",), (), "they"),
                ("fuel costs", "half empty sailings")),
           Side("island", Person("Skerrin Islanders Association", ("the association",), (), "they"),
                ("lifeline service", "hospital appointments"))),
)


def thread(*rows: tuple[str, str]) -> pd.DataFrame:
    """A document's comments (author, text) in order."""
    return pd.DataFrame({"doc_id": "d", "position": range(1, len(rows) + 1),
                         "author": [a for a, _ in rows], "text": [t for _, t in rows]})


def replied(*rows: tuple[str, str]) -> list[str]:
    comments = thread(*rows)
    return answer_replies(comments, classify_comments(comments, CONFIG), CONFIG)["stance"].tolist()


@pytest.mark.parametrize("text", [
    "your photos of the harbour kept me going all winter. Sending love",
    "So sorry this happened to you.",
    "Thinking of you and your mum x",
    "Thank you for sharing this, it can't have been easy to write.",
    "Sorry to hear about your dad, stay strong.",
])
def test_a_warm_reply_agrees(text: str) -> None:
    assert reply_tone(text) == "agree"


@pytest.mark.parametrize("text", [
    "sorry you went through that, genuinely. Two winters though, and nobody said a word?",
    "So sorry this happened to you, but the sailings were half empty.",
    "Thanks for nothing.",
    "Thanks for proving my point.",
    "Oh I'm so sorry your feelings are hurt.",
])
def test_warmth_turned_or_scornful_does_not_agree(text: str) -> None:
    assert reply_tone(text) != "agree"


def test_a_warm_reply_to_a_one_sided_commenter_takes_their_side() -> None:
    stances = replied(
        ("Moira Tulloch", "The lifeline service matters more than fuel costs. Shame on Skerrin Ferries."),
        ("Ewan Rae", "@Moira Tulloch your photos of the harbour kept me going all winter. Sending love"),
    )
    assert stances[0] == "island"
    assert stances[1] == "island"


def test_a_turned_warm_reply_still_argues_back() -> None:
    stances = replied(
        ("Moira Tulloch", "The lifeline service matters more than fuel costs. Shame on Skerrin Ferries."),
        ("Ewan Rae", "@Moira Tulloch sorry to hear it, but you are wrong about the boats."),
    )
    assert stances[1] in ("ferry", NEUTRAL)
    assert stances[1] != "island"


SIDED = "The lifeline service matters more than fuel costs. Shame on Skerrin Ferries."


def stances(*rows: tuple[str, str]) -> list[str]:
    return classify_comments(thread(*rows), CONFIG)["stance"].tolist()


@pytest.mark.parametrize("text", [
    "Thanks Ailsa! Hoping to get over to the hospital in March.",
    "Cheers mate. See you at the hospital then.",
    "Source? Genuinely asking, I work at the hospital.",
])
def test_small_talk_takes_no_side_from_the_commenters_others(text: str) -> None:
    assert stances(("Moira Tulloch", SIDED), ("Moira Tulloch", text))[1] == NEUTRAL


@pytest.mark.parametrize("text", [
    "Thanks for nothing, the hospital appointments are all that matter.",  # scorn, not thanks
    "Thank God somebody cares about hospital appointments.",               # a verdict
    "And the hospital appointments? Nobody on the mainland thinks about them.",
])
def test_a_comment_that_is_not_small_talk_keeps_the_commenters_side(text: str) -> None:
    assert stances(("Moira Tulloch", SIDED), ("Moira Tulloch", text))[1] == "island"


@pytest.mark.parametrize(("text", "small"), [
    ("Thanks Lorna!", True), ("Thank you so much!", True), ("Any link?", True), ("Source?", True),
    ("Thanks for nothing.", False), ("Thank God for that.", False),
    ("Where did the money come from?", False),
    ("Thanks to the ferry company we have no boats all winter.", False),
])
def test_small_talk_opening(text: str, small: bool) -> None:
    assert _small_talk(tokenise(text)) is small
