"""Analyst corrections: the event log, matching by id and text, applying, exporting, and the
per-corpus stance model."""

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

from components.core.config import load_config
from components.corpus.filters import FilterSpec
from components.corpus.labels import (
    ANALYST,
    CORPUS_MODEL,
    MIN_CORPUS_LABELS,
    MODEL,
    LabelStore,
    apply_corrections,
    match_corrections,
    rescore_with_corrections,
    text_hash,
)
from components.corpus.store import load_table
from components.engine.build import build_corpus
from components.engine.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _comments(texts: list[str], doc: str = "d") -> pd.DataFrame:
    """A built-looking comments table, every label the model's default."""
    n = len(texts)
    return pd.DataFrame({
        "comment_id": [f"{doc}-c{i + 1:04d}" for i in range(n)], "doc_id": doc, "source": "s",
        "position": range(1, n + 1), "author": [f"a{i}" for i in range(n)], "text": texts,
        "sentiment_compound": 0.0, "sentiment_label": "neutral", "stance": "neutral",
        "stance_confidence": 0.6, "stance_reason": "No cue.", "is_spam": False, "spam_score": 0.1,
        "spam_reason": "No spam signal."})


# (operations, expected current stance of c1 or None for the model's label, events in history)
EDITS = [
    ([("set", "milano")], "milano", 1),
    ([("set", "milano"), ("set", "damon")], "damon", 2),
    ([("set", "milano"), ("set", "damon"), ("undo", None)], "milano", 3),
    ([("set", "milano"), ("undo", None)], None, 2),
    ([("set", "milano"), ("undo", None), ("undo", None)], None, 2),   # nothing left to undo: no event
    ([("undo", None)], None, 0),
    ([("set", "milano"), ("set", "damon"), ("undo", None), ("undo", None), ("set", "neutral")], "neutral", 5),
]


@pytest.mark.parametrize(("ops", "expected", "n_events"), EDITS)
def test_set_undo_history(tmp_path: Path, ops: list[tuple[str, str | None]], expected: str | None,
                          n_events: int) -> None:
    store = LabelStore(tmp_path)
    for op, value in ops:
        if op == "set":
            store.set("c1", "h1", "stance", value)
        else:
            store.undo("c1", "stance")
    current = store.current()
    stance = current[current["field"] == "stance"]["value"].tolist()
    assert stance == ([expected] if expected else [])
    history = store.history("c1")
    assert len(history) == n_events
    assert history["seq"].is_monotonic_increasing
    assert set(history["action"]) <= {"set", "undo"}


def test_undo_returns_whether_there_was_something(tmp_path: Path) -> None:
    store = LabelStore(tmp_path)
    assert store.undo("c1", "is_spam") is False
    store.set("c1", "h1", "is_spam", True)
    assert store.undo("c1", "is_spam") is True


@pytest.mark.parametrize(("field", "value"), [("stance", ""), ("stance", 3), ("is_spam", "yes"),
                                              ("is_spam", 1), ("sentiment", "positive")])
def test_bad_values_are_refused_and_nothing_is_stored(tmp_path: Path, field: str, value: object) -> None:
    store = LabelStore(tmp_path)
    with pytest.raises(ValueError, match=field if field != "sentiment" else "unknown field"):
        store.set("c1", "h1", field, value)
    assert store.current().empty


def test_reading_creates_nothing(tmp_path: Path) -> None:
    store = LabelStore(tmp_path)
    assert store.current().empty and store.history().empty and store.version() == 0
    assert not store.exists()


def test_fields_are_independent_and_version_moves(tmp_path: Path) -> None:
    store = LabelStore(tmp_path)
    store.set("c1", "h1", "stance", "damon")
    first = store.version()
    store.set("c1", "h1", "is_spam", True)
    assert store.version() > first
    current = store.current().set_index("field")["value"]
    assert current.to_dict() == {"stance": "damon", "is_spam": True}


# (texts when corrected, texts now, what happens to the correction of the first comment)
MATCHES = [
    (["one", "two"], ["one", "two"], "id and text"),
    (["one", "two"], ["new first", "one", "two"], "text"),          # comments above it: it follows
    (["one", "two"], ["one edited", "two"], "stale: the comment's text changed"),
    (["one", "two"], ["two"], "stale: the comment's text changed"),   # its id now names "two"
    (["one", "two"], [], "stale: no comment has this id or text now"),
    (["one", "one"], ["new first", "one", "one"], "stale: the comment's text changed"),  # ambiguous
]


@pytest.mark.parametrize(("before", "after", "outcome"), MATCHES)
def test_corrections_follow_the_text_or_are_reported_stale(
        tmp_path: Path, before: list[str], after: list[str], outcome: str) -> None:
    store = LabelStore(tmp_path)
    first = _comments(before).iloc[0]
    store.set(first["comment_id"], text_hash(first["text"]), "stance", "milano")
    applied, stale = match_corrections(_comments(after), store)
    if outcome.startswith("stale"):
        assert applied.empty and stale["reason"].tolist() == [outcome.removeprefix("stale: ")]
        assert (apply_corrections(_comments(after), store)["stance_set_by"] == MODEL).all()
    else:
        assert stale.empty and applied["matched"].tolist() == [outcome]
        shown = apply_corrections(_comments(after), store)
        assert shown.loc[shown["text"] == before[0], "stance"].tolist() == ["milano"]


def test_text_hash_ignores_whitespace_only() -> None:
    assert text_hash("a  b\n") == text_hash("a b")
    assert text_hash("a b") != text_hash("a c")


def test_apply_corrections_keeps_the_model_labels_beside() -> None:
    comments = _comments(["I side with Milano", "Buy now www.x.com"])
    corrections = pd.DataFrame([
        ("d-c0001", "stance", "milano", text_hash(comments.at[0, "text"]), ANALYST, "", 1),
        ("d-c0002", "is_spam", True, text_hash(comments.at[1, "text"]), ANALYST, "", 2)],
        columns=["comment_id", "field", "value", "text_hash", "set_by", "at", "seq"])
    shown = apply_corrections(comments, corrections)
    assert list(shown.columns[-4:]) == ["stance_model", "stance_set_by", "is_spam_model", "spam_set_by"]
    assert shown["stance"].tolist() == ["milano", "neutral"]
    assert shown["stance_model"].tolist() == ["neutral", "neutral"]
    assert shown["stance_set_by"].tolist() == [ANALYST, MODEL]
    assert shown["is_spam"].tolist() == [False, True]
    assert shown["is_spam_model"].tolist() == [False, False]
    assert shown["spam_set_by"].tolist() == [MODEL, ANALYST]
    assert shown.at[0, "stance_reason"] == "Set by analyst (model said neutral: No cue.)"
    assert shown.at[1, "spam_reason"].startswith("Set by analyst: spam (model said not spam:")
    assert comments["stance"].tolist() == ["neutral", "neutral"]   # the input is untouched


def test_filters_count_corrected_labels(tmp_path: Path) -> None:
    comments = _comments(["a", "b", "c"])
    store = LabelStore(tmp_path)
    store.set("d-c0002", text_hash("b"), "stance", "damon")
    store.set("d-c0003", text_hash("c"), "is_spam", True)
    shown = apply_corrections(comments, store)
    assert FilterSpec(stances=("damon",)).apply_comments(shown)["text"].tolist() == ["b"]
    assert FilterSpec(spam="exclude").apply_comments(shown)["text"].tolist() == ["a", "b"]
    assert FilterSpec(spam="only").apply_comments(shown)["text"].tolist() == ["c"]


def _seed_copy(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    return seeds


def test_corrections_survive_a_rebuild_and_go_stale_when_the_text_changes(tmp_path: Path) -> None:
    seeds, out = _seed_copy(tmp_path), tmp_path / "corpus"
    build_corpus(seeds, out)
    comments = load_table(out, "comments")
    row = comments.iloc[5]
    LabelStore(out).set(row["comment_id"], text_hash(row["text"]), "stance", "milano")
    (seeds / "extra.txt").write_text(" date 2020-01-01\nA new article\n\nSomeone said something today.\n",
                                     encoding="utf-8")
    assert build_corpus(seeds, out).parsed  # a real rebuild
    shown = apply_corrections(load_table(out, "comments"), LabelStore(out))
    assert shown.loc[shown["comment_id"] == row["comment_id"], "stance"].tolist() == ["milano"]
    path = next(p for p in seeds.glob("*.txt") if p.stem == row["doc_id"])
    words = row["text"].split()
    text = path.read_text(encoding="utf-8")
    assert words[0] in text
    path.write_text(text.replace(" ".join(words[:3]), " ".join(words[:3]) + " edited", 1), encoding="utf-8")
    build_corpus(seeds, out)
    rebuilt = load_table(out, "comments")
    assert text_hash(rebuilt.loc[rebuilt["comment_id"] == row["comment_id"], "text"].iloc[0]) != text_hash(
        row["text"])
    applied, stale = match_corrections(rebuilt, LabelStore(out))
    assert applied.empty and stale["comment_id"].tolist() == [row["comment_id"]]
    assert len(LabelStore(out).history()) == 1  # kept, not deleted


def test_writers_in_threads_lose_nothing(tmp_path: Path) -> None:
    store = LabelStore(tmp_path)

    def write(worker: int) -> None:
        for i in range(20):
            LabelStore(tmp_path).set(f"c{worker}-{i}", "h", "stance", "damon" if i % 2 else "milano")

    threads = [threading.Thread(target=write, args=(w,)) for w in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    history = store.history()
    assert len(history) == 120 and history["seq"].is_unique
    assert len(store.current()) == 120


_WRITER = """
import sys
from components.corpus.labels import LabelStore
store = LabelStore(sys.argv[1])
for i in range(40):
    store.set("shared", "h", "stance", sys.argv[2])
    store.set(f"{sys.argv[2]}-{i}", "h", "is_spam", i % 2 == 0)
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), side], cwd=ROOT,
                              stderr=subprocess.PIPE) for side in ("damon", "milano")]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    history = LabelStore(tmp_path).history()
    assert len(history) == 160
    assert (history["comment_id"] == "shared").sum() == 80
    current = LabelStore(tmp_path).current()
    assert len(current) == 81  # the shared comment's latest label, and 80 spam flags


def test_export_includes_the_analyst_labels_and_who_set_them(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(SEEDS, out)
    comments = load_table(out, "comments")
    row = comments.iloc[0]
    new = "damon" if row["stance"] != "damon" else "milano"
    LabelStore(out).set(row["comment_id"], text_hash(row["text"]), "stance", new)
    target = tmp_path / "comments.csv"
    assert main(["export", "--corpus", str(out), "--table", "comments", "--out", str(target)]) == 0
    exported = pd.read_csv(target, encoding="utf-8-sig", keep_default_na=False)
    assert {"stance_model", "stance_set_by", "is_spam_model", "spam_set_by"} <= set(exported.columns)
    mine = exported[exported["comment_id"] == row["comment_id"]].iloc[0]
    assert (mine["stance"], mine["stance_model"], mine["stance_set_by"]) == (new, row["stance"], ANALYST)
    assert (exported["stance_set_by"] == MODEL).sum() == len(comments) - 1
    filtered = tmp_path / "filtered.csv"
    assert main(["export", "--corpus", str(out), "--table", "comments", "--stance", new,
                 "--out", str(filtered)]) == 0
    assert row["comment_id"] in pd.read_csv(filtered, encoding="utf-8-sig")["comment_id"].tolist()


def test_export_without_corrections_is_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus(SEEDS, out)
    target = tmp_path / "c.csv"
    assert main(["export", "--corpus", str(out), "--table", "comments", "--out", str(target)]) == 0
    assert "stance_set_by" not in pd.read_csv(target, encoding="utf-8-sig").columns
    assert not LabelStore(out).exists()


# Comments no rule cue decides: one topic per side, told apart only by their words.
_PIZZA = ["Pineapple pizza tonight with the kids", "pineapple pizza is the best",
          "more pineapple pizza please", "ordered pineapple pizza again", "pineapple pizza forever",
          "pineapple pizza for lunch"]
_TRAIN = ["Train delays again this morning", "the train was late", "another train cancelled",
          "train strike tomorrow", "the train timetable changed", "stuck on the train"]


def _topic_corrections(comments: pd.DataFrame, n: int, sides: tuple[str, str]) -> pd.DataFrame:
    rows = [(r.comment_id, "stance", sides[0] if "pizza" in r.text else sides[1], text_hash(r.text), ANALYST,
             "", i) for i, r in enumerate(comments.head(n).itertuples())]
    return pd.DataFrame(rows, columns=["comment_id", "field", "value", "text_hash", "set_by", "at", "seq"])


@pytest.mark.parametrize(("n_labels", "sides", "kicks_in"), [
    (MIN_CORPUS_LABELS - 1, ("milano", "damon"), False),
    (MIN_CORPUS_LABELS, ("milano", "milano"), False),          # one class: nothing to learn
    (MIN_CORPUS_LABELS, ("milano", "damon"), True),
    (12, ("milano", "damon"), True),
])
def test_corpus_model_needs_enough_labels_in_two_classes(n_labels: int, sides: tuple[str, str],
                                                         kicks_in: bool) -> None:
    texts = [t for pair in zip(_PIZZA, _TRAIN, strict=True) for t in pair]
    texts += ["pineapple pizza with friends", "the train is late again"]
    comments = _comments(texts)
    config = load_config(SEEDS)
    out = rescore_with_corrections(comments, _topic_corrections(comments, n_labels, sides), config)
    assert (out["stance_set_by"] == ANALYST).sum() == n_labels
    by_model = out[out["stance_set_by"] == CORPUS_MODEL]
    assert (not by_model.empty) == kicks_in
    assert (out["stance_model"] == "neutral").all()   # the rule label is kept
    if kicks_in:
        pizza = out[out["text"] == "pineapple pizza with friends"].iloc[0]
        assert (pizza["stance"], pizza["stance_set_by"]) == ("milano", CORPUS_MODEL)
        expected = f"Corpus model from {n_labels} analyst labels: Alyssa Milano"
        assert pizza["stance_reason"].startswith(expected)
        assert "'pineapple" in pizza["stance_reason"] and "The rules said neutral" in pizza["stance_reason"]
        assert set(by_model["stance"]) <= {"milano", "damon"}
