"""Stance, session 38: how writers mark a sentence's echo of a side's words as mocked, not meant: a
sarcastic frame ("Funny how ...", "Weird how ...", "Right, because ..."), laughter that closes the
sentence right after a side's words ("... a new roof lol", "... 😂"); and "Is this the same X that
...?", sarcasm only when the comment sneers. Each with cases where nothing must change."""

import time

import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.stance import NEUTRAL, classify_stance
from components.enrich.stance.claims import Claims
from components.enrich.stance.evidence import (
    _asked_same_questions,
    _laughter_after_claim,
    _same_question,
    _scoffed_sentences,
)
from components.enrich.stance.tokens import _sentences, tokenise

# A village library: its volunteers against the council that would close it, invented.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("friends", Person("Friends of Marsh Lane Library",
                                  ("the Friends", "Friends of Marsh Lane"), (), "they"),
                ("volunteers kept the reading room open", "the library is a lifeline for pensioners")),
           Side("council", Person("Hollin Council", ("the council", "Hollin Council"), (), "they"),
                ("the budget cannot cover staffing", "the building needs a new roof"))),
)
CLAIMS = Claims.build(CONFIG)


@pytest.mark.parametrize(("text", "marker"), [
    ("Weird how the budget always covers staffing at the town hall.", "weird how"),
    ("Funny how the budget covers staffing everywhere except here.", "funny how"),
    ("Strange how the budget covers staffing for the museum.", "strange how"),
    ("Interesting how the building only needs a new roof now that the land is worth a fortune.",
     "interesting how"),
    ("Right, because the budget cannot cover staffing for one room.", "right because"),
    ("Oh yes, because the budget cannot cover staffing for one room.", "oh yes because"),
])
def test_a_sarcastic_frame_turns_the_side_words_it_echoes(text: str, marker: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == "friends" and f'scorns what it echoes ("{marker}")' in result.reason


@pytest.mark.parametrize("text", [
    "a new roof for the building lol. pull the other one.",
    "a new roof for the building lmaooo",
    "a new roof for the building 😂",
    "a new roof for the building 🤣🤣!",
    "the building needs a new roof, lol.",
    "the building needs a new roof hahaha",
])
def test_laughter_right_after_a_side_words_turns_them(text: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == "friends" and "laughs at what it echoes" in result.reason


def test_a_sneering_same_question_still_mocks_the_side_it_names() -> None:
    text = "Is this the same council that cut the budget for staffing last year? Shameless."
    result = classify_stance(text, CONFIG)
    assert result.stance == "friends" and '("Is this the same")' in result.reason


@pytest.mark.parametrize(("text", "stance"), [
    # the same words, said plainly: meant
    ("The budget covers staffing at the town hall.", "council"),
    ("a new roof for the building.", "council"),
    # a frame with no side's words: plain warmth, nothing echoed to turn
    ("Funny how the kids loved it.", NEUTRAL),
    ("The kids found it funny how the librarian did all the voices.", NEUTRAL),
    # "amazing how" with no inconsistency pointed at is meant
    ("Amazing how the volunteers kept the reading room open.", "friends"),
    ("Interesting how the building needs a new roof.", "council"),
    # a frame in a sentence that names a side is about that side; the other side's words stand
    ("Funny how the volunteers kept the reading room open for years while Hollin Council sat on its hands.",
     "friends"),
    ("Amazing how the volunteers kept the reading room open but the council never lifted a finger.",
     "friends"),
    # "Sure, ..." grants a point; only "sure, because" mocks the reason
    ("Sure, the budget cannot cover staffing, and that is why the roof comes first.", "council"),
    # laughter after a joke that echoes nobody, before the words, or with words after it
    ("my cat tried to borrow a book lol", NEUTRAL),
    ("lol the budget cannot cover staffing and the building needs a new roof", "council"),
    ("a new roof for the building lol what a day at the library", "council"),
    # laughter in a sentence that names a side: it may be at them, the words stand
    ("Fair play to the Friends, the volunteers kept the reading room open for years haha", "friends"),
    # "Is this the same ... ?" asked, with no sneer: a real question, no side
    ("Is this the same library that had the reading room upstairs?", NEUTRAL),
    ("Is this the same council that ran the library before the merger?", NEUTRAL),
    ("Is this the same Hollin Council that ran the fete? I remember the brass band.", NEUTRAL),
])
def test_plain_words_and_unmarked_sentences_are_left_alone(text: str, stance: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == stance
    assert "scorns what it echoes" not in result.reason and "laughs at what it echoes" not in result.reason


@pytest.mark.parametrize(("text", "asks"), [
    ("Is this the same library that closed in 2009?", True),
    ("Isn't this the same council that sold the park?", True),
    ("Wait, was that the same van?", True),
    ("Is this the same library that closed in 2009.", False),  # not asked
    ("The same council sold the park?", False),
    ("Is this the best library in the county?", False),
])
def test_same_question(text: str, asks: bool) -> None:
    assert _same_question(_sentences(tokenise(text))[0]) is asks


@pytest.mark.parametrize(("text", "asked"), [
    ("Is this the same estate that charges a fortune? Poor things, can't afford the insurance.", set()),
    ("Is this the same council that wasted millions on the bypass?", set()),
    ("Is this the same council that promised to keep every branch open?", set()),  # recalls their word
    ("Is this the same singer who did the Proms? I remember the red jacket.", {0}),
    ("Is this the same library that had a reading room upstairs?", {0}),
    ("Is this the same council that ran the fete last summer?", {0}),
    # each question is read with what follows it only
    ("Is this the same van? Lovely colour. Was it the same driver? What a disgrace.", set()),
    ("What a disgrace. Is this the same van?", {1}),
])
def test_a_same_question_asks_unless_it_or_what_follows_sneers(text: str, asked: set[int]) -> None:
    assert _asked_same_questions(_sentences(tokenise(text))) == asked


@pytest.mark.parametrize(("text", "laugh"), [
    ("a new roof for the building lol", "lol"),
    ("a new roof for the building lol lol!!", "lol"),
    ("a new roof for the building 😂", "😂"),
    ("a new roof, LMAO.", "LMAO"),
    ("roof lol", ""),                         # nothing before the laughter to laugh at
    ("a new roof for the building", ""),       # no laughter
    ("lol a new roof for the building", ""),   # laughter before, not after
    ("a new roof for the cat lol", ""),        # the word before it is nobody's claim
    ("a new roof lol and more", ""),           # the sentence goes on past it
])
def test_laughter_after_claim(text: str, laugh: str) -> None:
    assert _laughter_after_claim(_sentences(tokenise(text))[0], CLAIMS) == laugh


def test_laughter_without_claims_marks_nothing() -> None:
    assert _laughter_after_claim(_sentences(tokenise("a new roof for the building lol"))[0], None) == ""


def test_scoffed_sentences_are_the_marked_ones_only() -> None:
    text = "Funny how the budget covers staffing at the museum. The building is fine. a new roof lol"
    sentences = _sentences(tokenise(text))
    assert set(_scoffed_sentences(sentences, CONFIG, CLAIMS)) == {0, 2}


@pytest.mark.timing
def test_a_long_comment_of_laughter_frames_and_questions_is_read_in_linear_time() -> None:
    text = " ".join(["Funny how the budget covers staffing. a new roof lol. Is this the same van?"] * 1500)
    # this process's CPU time: other load (an xdist neighbour, other jobs) is not the code's
    started = time.process_time()
    result = classify_stance(text, CONFIG)
    assert result.stance == "friends" and time.process_time() - started < 5.0
    questions = _sentences(tokenise("Is this the same van? " * 5000))
    started = time.process_time()
    assert len(_asked_same_questions(questions)) == 5000 and time.process_time() - started < 2.0
