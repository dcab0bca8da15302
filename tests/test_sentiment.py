import re
from pathlib import Path

import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from components.core.repair import _TYPOGRAPHY, fold_typography, normalise_text
from components.enrich.evaluation import pearson_r
from components.enrich.sentiment import analyzer, label_for, score_text, score_texts, sentiment_columns

SAME_AS_ASCII = [
    ("I don’t like it", "I don't like it"),
    ("I don鈥檛 like it", "I don't like it"),
    ("It isn’t good", "It isn't good"),
    ("“Great”  movie &amp; cast", '"Great" movie & cast'),
]


@pytest.mark.parametrize(("variant", "ascii_text"), SAME_AS_ASCII)
def test_variants_score_exactly_as_ascii(variant: str, ascii_text: str) -> None:
    assert score_text(variant) == score_text(ascii_text)


def test_typographic_negation_is_negative() -> None:
    assert score_text("I don’t like it")["compound"] < -0.05


LABELS = [(0.05, "positive"), (0.0499, "neutral"), (-0.05, "negative"), (-0.0499, "neutral"),
          (0.9, "positive")]


@pytest.mark.parametrize(("compound", "label"), LABELS)
def test_label_cutoffs(compound: float, label: str) -> None:
    assert label_for(compound) == label


def test_analyzer_is_built_once() -> None:
    assert analyzer() is analyzer()


def test_score_texts_columns_and_empty_text() -> None:
    frame = score_texts(pd.Series(["Great!", "", None]))
    assert list(frame.columns) == ["sentiment_compound", "sentiment_pos", "sentiment_neu",
                                   "sentiment_neg", "sentiment_label"]
    assert list(frame["sentiment_label"]) == ["positive", "neutral", "neutral"]


def test_small_ground_truth_sample_not_below_raw() -> None:
    """The benchmark in miniature: 300 human-rated tweets, as given and with ’ apostrophes.

    On so few rows a handful of `&lt;3` unescapes move r by a few 1e-5 either way, so the
    as-given variant gets a 0.002 tolerance; the full benchmark holds without one."""
    path = Path(__file__).parent / "data" / "vader_tweets_sample.tsv"
    rows = [line.split("\t", 2) for line in path.read_text(encoding="utf-8").splitlines()]
    means = [float(r[1]) for r in rows]
    raw = SentimentIntensityAnalyzer()
    results = {}
    for name, transform in (("given", str), ("typographic", lambda t: t.replace("'", "’"))):
        texts = [transform(r[2]) for r in rows]
        r_raw = pearson_r([raw.polarity_scores(t)["compound"] for t in texts], means)
        results[name] = (r_raw, pearson_r([score_text(t)["compound"] for t in texts], means))
    assert results["given"][1] >= results["given"][0] - 0.002
    assert results["typographic"][1] > results["typographic"][0]
    assert results["typographic"][1] == pytest.approx(results["given"][1], abs=1e-9)


def test_score_texts_equals_score_text_row_by_row() -> None:
    """Distinct normalised texts are scored once; every row still gets its own text's scores."""
    texts = pd.Series(["I don’t like it", "I don't like it", "Great!", "Great!", "", None, "meh", "so bad"],
                      index=[7, 3, 5, 1, 0, 2, 4, 6])
    frame = score_texts(texts)
    assert list(frame.index) == list(texts.index)
    for index, text in texts.fillna("").items():
        expected = score_text(text)
        row = frame.loc[index]
        assert [row[f"sentiment_{key}"] for key in ("compound", "pos", "neu", "neg")] == [
            expected[key] for key in ("compound", "pos", "neu", "neg")]
        assert row["sentiment_label"] == label_for(expected["compound"])


def _library_frame(texts: pd.Series) -> pd.DataFrame:
    """What score_texts returned when it asked vaderSentiment row by row: the reference."""
    reference = SentimentIntensityAnalyzer()
    scores = [reference.polarity_scores(normalise_text(t)) for t in texts.fillna("")]
    frame = pd.DataFrame({f"sentiment_{key}": [s[key] for s in scores] for key in
                          ("compound", "pos", "neu", "neg")}, index=texts.index, dtype="float64")
    frame["sentiment_label"] = pd.Series([label_for(c) for c in frame["sentiment_compound"]],
                                         index=frame.index, dtype="str")
    return frame


@pytest.mark.parametrize("texts", [
    pd.Series(["Great!", "", None, float("nan"), "GREAT!!! but awful 😡", "I don’t like it", "Great!"] * 3,
              index=range(30, 9, -1)),
    pd.Series(["meh", "so bad", "so bad"], dtype="str"),
    pd.Series([], dtype=object),
    pd.Series([None, None], index=["a", "b"]),
])
def test_score_texts_is_the_library_frame(texts: pd.Series) -> None:
    frame = score_texts(texts)
    pd.testing.assert_frame_equal(frame, _library_frame(texts), check_exact=True)


def test_sentiment_columns_are_score_texts_columns() -> None:
    texts = ["Great!", None, "awful", "Great!", "", "fine, but not good"]
    columns = sentiment_columns(texts)
    frame = score_texts(pd.Series(texts))
    assert list(columns) == list(frame.columns)
    for name, values in columns.items():
        assert list(values) == list(frame[name]), name


def test_typography_folds_as_the_translation_table() -> None:
    """fold_typography replaces only the characters a text holds; the result is the table's."""
    every = "".join(map(chr, range(0x20, 0x10000)))
    texts = [every, every[::-1], "It’s “fine” — really…\u00a0ok\u200b", "plain ascii", ""]
    assert [fold_typography(t) for t in texts] == [t.translate(_TYPOGRAPHY) for t in texts]


def test_whitespace_collapses_as_the_pattern() -> None:
    """Normalised text has every run of whitespace (any Unicode space) as one space, none at the ends."""
    spaces = "".join(c for c in map(chr, range(0x110000)) if c.isspace())
    text = f"{spaces}a{spaces}b c\u3000\u3000d{spaces}"
    assert normalise_text(text) == re.sub(r"\s+", " ", text).strip() == "a b c d"
    assert normalise_text("x \x1c y") == re.sub(r"\s+", " ", "x \x1c y").strip()
