from pathlib import Path

import pandas as pd
import pytest

from components.config import CorpusConfig, Person, Side, load_config
from components.stance import NEUTRAL, classify_comments, classify_stance
from components.stance_eval import evaluate_stance
from components.store import Corpus

DATA = Path(__file__).parent / "data"

# A made-up two-sided story, so the table tests depend on no seed name.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("north", Person("Nora North", ("North", "Nora"), (), "she"),
                ("walls are needed",)),
           Side("south", Person("Sam South", ("South", "Sam"), (), "he"),
                ("open the gates",))),
)

CUES = [
    ("North is right about this.", "north", "agrees with Nora North"),
    ("Well said, Sam.", "south", "agrees with Sam South"),
    ("South is an idiot.", "north", "disagrees with Sam South"),
    ("I think walls are needed, frankly.", "north", "claims"),
    ("Open the gates and be done with it.", "south", "claims"),
    ("She makes a valid point.", "north", "by pronoun"),  # the only side called "she"
    ("She is great.", NEUTRAL, "too weak"),  # pronoun plus mild praise is not enough
    ("What time is the game tonight?", NEUTRAL, "No cue"),
    ("North is right and South is right.", NEUTRAL, "balanced"),  # both named, both praised
    # Contracted and possessive forms, modifiers between the words, negation.
    ("She's right.", "north", "agrees with Nora North"),
    ("Nora's right, honestly.", "north", "agrees with Nora North"),
    ("He's wrong.", "north", "disagrees with Sam South"),
    ("Sam is completely right.", "south", "agrees with Sam South"),
    ("North is so wrong.", "south", "disagrees with Nora North"),
    ("North isn't right.", "south", "disagrees with Nora North"),
    ("South is not wrong.", "south", "agrees with Sam South"),
    ("I don't agree with Sam.", "north", "disagrees with Sam South"),
    # Inflections of a claim, and claims said with words between.
    ("The gates should be opened.", "south", "shares words"),  # passive: not the phrase, same words
    ("Opening the gates is overdue.", "south", "claims"),
    # Echoes of a side's words do not count for it.
    ("Open the gates? Sure, and let everyone in.", NEUTRAL, "in a question"),
    ('Oh yes, "walls are needed", how original.', NEUTRAL, "in quotes"),
    ("Walls are needed sounds nice until you pay for them.", "south", "argue against"),
    # A sentence that names nobody is about the side just named.
    ("Sam South gave a speech. Pathetic.", "north", "the person just named"),
    # Defeat verbs and contrastive but.
    ("North schooled South last night.", "north", 'Nora North "schooled" Sam South'),
]


@pytest.mark.parametrize(("text", "stance", "reason_part"), CUES)
def test_stance_cues(text: str, stance: str, reason_part: str) -> None:
    result = classify_stance(text, CONFIG)
    assert result.stance == stance
    assert reason_part in result.reason
    assert 0.0 <= result.confidence <= 1.0


def test_reply_by_name_takes_side_relative_to_addressed_commenter() -> None:
    comments = pd.DataFrame({
        "doc_id": ["d", "d"], "position": [1, 2], "author": ["Walter-Wall", "Gus"],
        "text": ["Walls are needed, North is right.", "Go home Walter, nobody asked."],
    })
    result = classify_comments(comments, CONFIG)
    assert list(result["stance"]) == ["north", "south"]
    assert "Walter-Wall" in result["stance_reason"].iloc[1]


def test_reply_to_a_commenter_who_named_you_takes_the_other_side() -> None:
    comments = pd.DataFrame({
        "doc_id": ["d"] * 3, "position": [1, 2, 3], "author": ["Ann Lee", "Bo", "Ann Lee"],
        "text": ["Open the gates, South is right.", "Go away Ann, nobody asked.",
                 "So you have nothing useful to say?"],
    })
    result = classify_comments(comments, CONFIG)
    assert list(result["stance"]) == ["south", "north", "south"]
    assert "rebuffs Ann Lee" in result["stance_reason"].iloc[1]


def test_commenters_side_carries_only_with_some_evidence() -> None:
    comments = pd.DataFrame({
        "doc_id": ["d"] * 3, "position": [1, 2, 3], "author": ["Cy", "Cy", "Cy"],
        "text": ["Walls are needed. North is right.", "What a lovely evening.",
                 "She gave a great and brave speech."],
    })
    result = classify_comments(comments, CONFIG)
    assert result["stance"].iloc[1] == NEUTRAL  # off topic: the prior alone decides nothing
    assert result["stance"].iloc[2] == "north"
    assert "other comments" in result["stance_reason"].iloc[2]


def test_thread_work_is_linear() -> None:
    n = 600
    comments = pd.DataFrame({
        "doc_id": ["d"] * n, "position": list(range(n)), "author": [f"User{i}" for i in range(n)],
        "text": [f"User{i - 1} you are wrong, walls are needed." for i in range(n)],
    })
    result = classify_comments(comments, CONFIG)
    assert len(result) == n and (result["stance"] == "north").all()


def test_untargeted_praise_continues_same_author() -> None:
    comments = pd.DataFrame({
        "doc_id": ["d", "d"], "position": [1, 2], "author": ["Ann", "Ann"],
        "text": ["Well said, Sam.", "Well said!!"],
    })
    assert list(classify_comments(comments, CONFIG)["stance"]) == ["south", "south"]


def test_empty_comment_is_neutral_with_reason() -> None:
    comments = pd.DataFrame({"doc_id": ["d"], "position": [1], "author": ["x"], "text": [""]})
    row = classify_comments(comments, CONFIG).iloc[0]
    assert row["stance"] == NEUTRAL and "Empty" in row["stance_reason"]


def test_seed_macro_f1(corpus: Corpus) -> None:
    gold = pd.read_csv(DATA / "seed_stance.csv").set_index("position")["stance"]
    comments = corpus.comments
    result = evaluate_stance(comments, comments["position"].map(gold),
                             load_config(Path(__file__).parent.parent / "seeds"))
    assert result.macro_f1 >= 0.85 and result.wrong_side_rate <= 0.05
    assert min(result.side_recall.values()) >= 0.70


def test_invented_macro_f1() -> None:
    frame = pd.read_csv(DATA / "invented" / "comments.csv")
    frame["doc_id"] = "invented"
    result = evaluate_stance(frame, frame["stance"], load_config(DATA / "invented"))
    assert result.n >= 40 and result.macro_f1 >= 0.80


def test_every_seed_comment_has_a_reason_sentence(corpus: Corpus) -> None:
    reasons = corpus.comments["stance_reason"]
    assert reasons.str.len().gt(20).all() and reasons.str.endswith(".").all()
