"""Stance after the classifier: similarity to each side's statements (WordLlama, offline) and
reply chains."""

import socket
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from components.core.config import CorpusConfig, Person, Side
from components.enrich.similarity import (
    REPLY_CONFIDENCE,
    SIM_CONFIDENCE,
    addressed_author,
    adjust_stance,
    asserted_text,
    load_embedder,
    side_claims,
    side_similarity,
)
from components.enrich.stance import NEUTRAL, classify_comments

# A made-up two-sided story, so nothing depends on a seed name.
CONFIG = CorpusConfig(
    name="test",
    sides=(Side("north", Person("Nora North", ("North", "Nora"), (), "she"), ("walls are needed",)),
           Side("south", Person("Sam South", ("South", "Sam"), (), "he"), ("open the gates",))),
    people=(Person("Walt Warden", ("Warden",), (), "he", "north"), Person("Ivy Idle", ("Idle",), (), "she")),
)
STATEMENTS = pd.DataFrame({
    "speaker": ["Nora North", "Walt Warden", "Sam South", "Ivy Idle"],
    "text": ["Raiders burned three farms last winter. "
             "Stronger walls and more guards will keep families safe.",
             "Every soldier on the watchtower saves lives.",
             "Markets and merchants made this town rich. Trade dies when travellers are turned away.",
             "Lovely weather for the fair."],
})


def frame(rows: list[tuple[str, str]], **extra: list[object]) -> pd.DataFrame:
    """Comments of one document in thread order: (author, text)."""
    return pd.DataFrame({"doc_id": "d", "position": range(1, len(rows) + 1),
                         "author": [a for a, _ in rows], "text": [t for _, t in rows], **extra})


def neutral(n: int) -> pd.DataFrame:
    return pd.DataFrame({"stance": [NEUTRAL] * n, "stance_confidence": [0.6] * n,
                         "stance_reason": ["No cue for either side."] * n})


def test_the_table_loads_from_the_wheel_without_network_or_writing(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setenv("HOME", str(tmp_path))
    load_embedder.cache_clear()
    embedder = load_embedder()
    assert embedder is not None and embedder.dim == 256
    assert list(tmp_path.iterdir()) == []  # no cache directory made


def test_embeddings_are_unit_rows_and_closer_for_related_texts() -> None:
    embedder = load_embedder()
    assert embedder is not None
    rows = embedder.embed(["the cat sat on the mat", "a kitten was sitting on the rug",
                           "quarterly tax receipts rose sharply", ""])
    assert rows.shape == (4, 256)
    assert np.allclose(np.linalg.norm(rows[:3], axis=1), 1.0, atol=1e-5)
    assert not rows[3].any()  # nothing to embed
    assert rows[0] @ rows[1] > rows[0] @ rows[2] + 0.1


def test_side_claims_are_cues_and_the_sentences_of_the_sides_people() -> None:
    claims = side_claims(CONFIG, STATEMENTS)
    assert claims["north"] == ["walls are needed", "Raiders burned three farms last winter.",
                               "Stronger walls and more guards will keep families safe.",
                               "Every soldier on the watchtower saves lives."]
    assert claims["south"][0] == "open the gates" and len(claims["south"]) == 3
    assert not any("weather" in c for cs in claims.values() for c in cs)  # a speaker of no side
    assert side_claims(CONFIG, None) == {"north": ["walls are needed"], "south": ["open the gates"]}


def test_asserted_text_leaves_out_questions_and_negated_sentences() -> None:
    assert asserted_text("Build the walls. Who pays for it? It isn't cheap. Guards help.") == \
        "Build the walls. Guards help."
    assert asserted_text("Never going to work.") == ""


def test_a_comment_in_one_sides_own_terms_is_closer_to_that_side() -> None:
    embedder = load_embedder()
    assert embedder is not None
    texts = ["More guards on the walls and fewer raids on the farms, that keeps families safe.",
             "Let the merchants in, trade is what made us rich."]
    found = side_similarity(texts, side_claims(CONFIG, STATEMENTS), CONFIG, embedder)
    assert found.sides == ("north", "south")
    assert found.scores[0, 0] > found.scores[0, 1]
    assert found.scores[1, 1] > found.scores[1, 0]
    assert "walls" in found.closest[0]["north"].lower()


def test_similarity_decides_only_neutral_comments_and_says_why() -> None:
    comments = frame([("a", "More guards on the walls and fewer raids on the farms keeps families safe."),
                      ("b", "More guards on the walls and fewer raids on the farms keeps families safe.")])
    stance = neutral(2)
    stance.loc[1] = ["south", 0.8, "Sides with Sam South: some cue."]
    out = adjust_stance(comments, stance, STATEMENTS, CONFIG, replies=False)
    assert list(out.columns) == ["stance", "stance_confidence", "stance_reason"]
    assert out.loc[0, "stance"] == "north" and out.loc[0, "stance_confidence"] == SIM_CONFIDENCE
    assert "by similarity" in out.loc[0, "stance_reason"] and "closest" in out.loc[0, "stance_reason"]
    assert out.loc[1].tolist() == ["south", 0.8, "Sides with Sam South: some cue."]  # decided: kept
    assert adjust_stance(comments, stance, STATEMENTS, CONFIG, similarity=False, replies=False).equals(stance)


def test_similarity_needs_a_clear_margin() -> None:
    comments = frame([("a", "What a day at the fair, the band was great."),  # close to neither side
                      ("b", "More guards on the walls and fewer raids on the farms keeps families safe.")])
    assert adjust_stance(comments, neutral(2), STATEMENTS, CONFIG, replies=False)["stance"].tolist() == \
        [NEUTRAL, "north"]
    out = adjust_stance(comments, neutral(2), STATEMENTS, CONFIG, replies=False, margin=1.0)
    assert out["stance"].tolist() == [NEUTRAL, NEUTRAL]


def test_spam_is_left_as_the_classifier_had_it() -> None:
    text = "More guards on the walls and fewer raids on the farms keeps families safe."
    comments = frame([("a", text), ("b", text)], is_spam=[True, False])
    out = adjust_stance(comments, neutral(2), STATEMENTS, CONFIG)
    assert out["stance"].tolist() == [NEUTRAL, "north"]


def test_addressed_author_is_the_longest_earlier_name_an_at_reply_opens_with() -> None:
    earlier = ["Ann", "Ann Lee", "Geoff R", "midlands_mum"]
    assert addressed_author("@Geoff R the same place they found billions", earlier) == "Geoff R"
    assert addressed_author("@Ann Lee no it isn't", earlier) == "Ann Lee"
    assert addressed_author("@Ann no it isn't", earlier) == "Ann"
    assert addressed_author("@GeoffR nonsense", earlier) == "Geoff R"
    assert addressed_author("@midlands_mum, that was years ago", earlier) == "midlands_mum"
    assert addressed_author("@Annie hello", earlier) is None  # not a word boundary
    assert addressed_author("Geoff R is right", earlier) is None  # no @: not a reply opening
    assert addressed_author("@Zed hi", earlier) is None


def test_a_reply_to_a_commenter_of_one_side_takes_the_other() -> None:
    comments = frame([("Pat", "Walls are needed, North is right."),
                      ("Kim", "@Pat the farms were never in danger."),
                      ("Lou", "@Kim exactly what I was going to write"),
                      ("Kim", "@Nobody hello")])
    stance = neutral(4)
    stance.loc[0] = ["north", 0.9, "Sides with Nora North: agrees."]
    out = adjust_stance(comments, stance, None, CONFIG, similarity=False)
    assert out.loc[1, "stance"] == "south" and out.loc[1, "stance_confidence"] == REPLY_CONFIDENCE
    assert "answers Pat" in out.loc[1, "stance_reason"]
    # Kim's side came from the reply rule itself, not from the classifier: it is not passed on.
    assert out.loc[2, "stance"] == NEUTRAL and out.loc[3, "stance"] == NEUTRAL


def test_a_reply_to_a_commenter_of_both_sides_or_with_three_sides_stays_neutral() -> None:
    comments = frame([("Pat", "North is right."), ("Pat", "South is right."), ("Kim", "@Pat no.")])
    stance = neutral(3)
    stance.loc[0] = ["north", 0.9, "x"]
    stance.loc[1] = ["south", 0.9, "x"]
    assert adjust_stance(comments, stance, None, CONFIG, similarity=False).loc[2, "stance"] == NEUTRAL
    west = Side("west", Person("Wes West", ("West",), (), "he"))
    three = CorpusConfig(name="t", sides=(*CONFIG.sides, west))
    comments = frame([("Pat", "North is right."), ("Kim", "@Pat no.")])
    stance = neutral(2)
    stance.loc[0] = ["north", 0.9, "x"]
    assert adjust_stance(comments, stance, None, three, similarity=False).loc[1, "stance"] == NEUTRAL


def test_the_reply_to_column_names_the_answered_commenter() -> None:
    comments = frame([("Pat", "North is right."), ("Kim", "Nonsense from start to finish.")],
                     reply_to=["", "pat"])
    stance = neutral(2)
    stance.loc[0] = ["north", 0.9, "x"]
    out = adjust_stance(comments, stance, None, CONFIG, similarity=False)
    assert out.loc[1, "stance"] == "south" and "answers Pat" in out.loc[1, "stance_reason"]


def test_with_the_classifier_on_a_small_thread() -> None:
    comments = frame([("Pat", "North is right, walls are needed."),
                      ("Kim", "@Pat and who pays for your walls, you?"),
                      ("Lou", "Lovely weather today.")])
    out = adjust_stance(comments, classify_comments(comments, CONFIG, STATEMENTS), STATEMENTS, CONFIG)
    assert out["stance"].tolist()[0] == "north"
    assert out.loc[1, "stance"] == "south"
    assert out.loc[2, "stance"] == NEUTRAL
    assert adjust_stance(comments.iloc[:0], neutral(0), STATEMENTS, CONFIG).empty


def test_each_document_alone_gives_the_same_result_as_the_whole_corpus() -> None:
    one = frame([("Pat", "North is right."), ("Kim", "@Pat guards and walls cost a fortune, trade pays."),
                 ("Lou", "More guards on the walls and fewer raids on the farms keeps families safe.")])
    two = one.assign(doc_id="e", author=["Kim", "Pat", "Lou"])
    both = pd.concat([one, two], ignore_index=True)
    stance = neutral(6)
    stance.loc[[0, 3], "stance"] = "north"
    whole = adjust_stance(both, stance, STATEMENTS, CONFIG)
    parts = pd.concat([adjust_stance(both[both["doc_id"] == doc], stance[both["doc_id"] == doc], STATEMENTS,
                                     CONFIG) for doc in ("d", "e")])
    assert whole.equals(parts)
    assert whole.loc[1, "stance"] == "south" and "answers" in whole.loc[1, "stance_reason"]
    assert "answers" not in whole.loc[4, "stance_reason"]  # in e, Pat has not commented before
