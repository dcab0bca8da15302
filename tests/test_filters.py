"""FilterSpec: applying, describing, URL round trips, shared by CLI and dashboard."""

import pandas as pd
import pytest

from components.corpus.filters import APPLIES_TO, FilterSpec
from components.corpus.store import Corpus


def test_stance_filter_and_description(corpus: Corpus) -> None:
    spec = FilterSpec(stances=("milano",), spam="exclude")
    shown = spec.apply_comments(corpus.comments)
    assert set(shown["stance"]) == {"milano"} and not shown["is_spam"].any()
    assert spec.describe(len(shown), len(corpus.comments)) == (
        f"stance is milano · spam hidden · {len(shown)} of 40 comments")


CASES = [
    (FilterSpec(spam="only"), lambda c: c["is_spam"]),
    (FilterSpec(spam="exclude"), lambda c: ~c["is_spam"]),
    (FilterSpec(labels=("negative",)), lambda c: c["sentiment_label"] == "negative"),
    (FilterSpec(sentiment_min=0.2), lambda c: c["sentiment_compound"] >= 0.2),
    (FilterSpec(sentiment_max=-0.5), lambda c: c["sentiment_compound"] <= -0.5),
    (FilterSpec(author="PHIL THE DONAHUE"), lambda c: c["author"] == "Phil the Donahue"),
    (FilterSpec(search="attention"), lambda c: c["text"].str.lower().str.contains("attention")),
    (FilterSpec(sources=("Just Jared",)), lambda c: c["source"] == "Just Jared"),
    (FilterSpec(sources=("nowhere",)), lambda c: c["source"] == "nowhere"),
]


@pytest.mark.parametrize(("spec", "expected"), CASES)
def test_comment_filters(spec: FilterSpec, expected: object, corpus: Corpus) -> None:
    comments = corpus.comments
    want = comments[expected(comments)]  # type: ignore[operator]
    assert list(spec.apply_comments(comments)["comment_id"]) == list(want["comment_id"])


def test_statement_date_and_source_filters(corpus: Corpus) -> None:
    spec = FilterSpec(date_from="2017-12-15", date_to="2017-12-15")
    shown = spec.apply_statements(corpus.statements, corpus.mentions)
    assert list(shown["speaker"]) == ["Minnie Driver"]
    by_source = FilterSpec(sources=("Just Jared",)).apply_statements(corpus.statements,
                                                                     corpus.mentions)
    carried = corpus.mentions.loc[corpus.mentions["source"] == "Just Jared", "statement_id"]
    jj = corpus.documents.set_index("source").loc["Just Jared"]
    assert set(by_source["statement_id"]) == set(carried) and len(by_source) == jj["n_statements"]
    assert 0 < len(by_source) < len(corpus.statements)


def test_query_round_trip() -> None:
    spec = FilterSpec(sources=("A", "B"), stances=("milano",), spam="only", sentiment_min=-0.5,
                      author="x", search="hello world", date_from="2017-12-01")
    assert FilterSpec.from_query(spec.to_query()) == spec
    assert FilterSpec.from_query({}) == FilterSpec()


def test_malformed_query_values_are_ignored() -> None:
    spec = FilterSpec.from_query({"spam": ["sometimes"], "sentiment_min": ["abc"],
                                  "stances": ["damon"]})
    assert spec == FilterSpec(stances=("damon",))


def test_slug_for_file_names() -> None:
    assert FilterSpec(stances=("milano",), spam="exclude").slug() == "stance-is-milano-spam-hidden"
    assert FilterSpec().slug() == "all"


def test_invalid_spec_is_refused() -> None:
    with pytest.raises(ValueError):
        FilterSpec(spam="maybe")
    with pytest.raises(ValueError):
        FilterSpec(sentiment_min=0.5, sentiment_max=0.1)


def test_empty_frame_filters_to_empty() -> None:
    empty = pd.DataFrame(columns=["source", "stance", "is_spam", "sentiment_label",
                                  "sentiment_compound", "author", "text"])
    assert FilterSpec(stances=("x",), search="y").apply_comments(empty).empty


@pytest.mark.parametrize(("params", "expected"), [
    ({"sentiment_min": ["0.5"], "sentiment_max": ["-0.5"]},
     FilterSpec(sentiment_min=-0.5, sentiment_max=0.5)),
    ({"date_from": ["2017-12-16"], "date_to": ["2017-10-01"]},
     FilterSpec(date_from="2017-10-01", date_to="2017-12-16")),
    ({"sentiment_min": ["nan"], "sentiment_max": ["abc"]}, FilterSpec()),
    ({"stances": [""], "sources": ["", "A"]}, FilterSpec(sources=("A",))),
])
def test_crafted_query_values_give_a_sane_spec(params: dict[str, list[str]], expected: FilterSpec) -> None:
    assert FilterSpec.from_query(params) == expected


# One active filter per short name: a filter's "not applied to" claim must be true of apply().
ONE_FILTER = {
    "source": FilterSpec(sources=("Just Jared",)),
    "stance": FilterSpec(stances=("milano",)),
    "sentiment": FilterSpec(sentiment_min=0.2),
    "spam": FilterSpec(spam="exclude"),
    "author": FilterSpec(author="Phil the Donahue"),
    "search": FilterSpec(search="attention"),
    "statement dates": FilterSpec(date_from="2017-12-15", date_to="2017-12-15"),
}
TABLES = ("comments", "statements", "documents", "mentions")


def test_every_filter_name_has_a_table_rule() -> None:
    assert set(ONE_FILTER) == set(APPLIES_TO)


@pytest.mark.parametrize("name", list(ONE_FILTER))
@pytest.mark.parametrize("table", TABLES)
def test_a_filter_said_not_to_apply_leaves_the_table_alone(name: str, table: str, corpus: Corpus) -> None:
    spec = ONE_FILTER[name]
    frame = corpus.table(table)
    shown = spec.apply(table, frame, corpus.mentions)
    if table in APPLIES_TO[name]:
        assert name not in spec.not_applied(table)
    else:
        assert len(shown) == len(frame)
        assert spec.not_applied(table) == [name]
        assert spec.describe(len(shown), len(frame), table, table=table).endswith(
            f"· {name}: not applied to {table}")


def test_describe_per_table_names_what_does_not_apply() -> None:
    spec = FilterSpec(stances=("milano",), spam="exclude", search="x", sentiment_max=0.5)
    assert spec.describe(3, 11, "statements", table="statements") == (
        'text contains "x" · 3 of 11 statements · stance, sentiment, spam: not applied to statements')
    assert spec.describe(0, 2, "comments", table="comments").startswith("stance is milano · ")
    assert FilterSpec(stances=("a",)).describe(11, 11, "statements", table="statements") == (
        "no filters · 11 of 11 statements · stance: not applied to statements")
    assert FilterSpec(stances=("a",), search="b").slug("statements") == "text-contains-b"
