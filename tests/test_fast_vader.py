"""FastVader gives vaderSentiment 3.3.2's scores exactly (== on all four floats), on every text we
hold and on generated texts built from what VADER's rules look at."""

import csv
import io
import random
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    NEGATE,
    SENTIMENT_LADEN_IDIOMS,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    SentiText,
)

from components.core.config import load_config
from components.core.repair import normalise_text
from components.enrich.fast_vader import FastVader, _replace_emojis_slowly
from components.parse.parser import parse_document

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
REFERENCE = SentimentIntensityAnalyzer()
FAST = FastVader()


def _mismatches(texts: Iterable[str]) -> list[tuple[str, dict[str, float], dict[str, float]]]:
    """Texts (as given and normalised) whose scores differ, with both scores."""
    wrong = []
    for text in texts:
        for variant in (text, normalise_text(text)):
            expected, got = REFERENCE.polarity_scores(variant), FAST.polarity_scores(variant)
            if got != expected:
                wrong.append((variant, expected, got))
    return wrong


def _column(path: Path, column: str) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle)]


def _seed_texts(folder: Path) -> list[str]:
    """Every comment and every line of the documents in a seed folder."""
    config = load_config(folder)
    texts: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        texts.extend(raw.splitlines())
        parsed = parse_document(path.stem, str(path), raw, "0", config)
        texts.extend(str(c["text"]) for c in parsed.comments)
    return texts


def test_seed_texts_score_as_vader() -> None:
    texts = _seed_texts(ROOT / "seeds")
    assert len(texts) > 100
    assert _mismatches(texts) == []


@pytest.mark.parametrize("name", sorted(p.parent.name for p in (DATA / "dev").glob("*/labels.csv")))
def test_dev_sets_score_as_vader(name: str) -> None:
    texts = _column(DATA / "dev" / name / "labels.csv", "text") + _seed_texts(DATA / "dev" / name / "seeds")
    assert _mismatches(texts) == []


def test_invented_comments_and_tweets_score_as_vader() -> None:
    tweets = [line.split("\t", 2)[2] for line in
              (DATA / "vader_tweets_sample.tsv").read_text(encoding="utf-8").splitlines()]
    texts = _column(DATA / "invented" / "comments.csv", "text") + tweets
    assert len(texts) > 300
    assert _mismatches(texts) == []


def test_synthetic_comments_score_as_vader(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_corpus import generate
    lines = io.StringIO()
    generate(tmp_path / "seeds", 3000, seed=7, texts=lines)
    texts = [__import__("json").loads(line) for line in lines.getvalue().splitlines()]
    assert len(texts) >= 3000
    assert _mismatches(texts) == []


# What VADER's rules look at, to build texts from.
_LEXICON = sorted(REFERENCE.lexicon)
_EMOJIS = sorted(k for k in REFERENCE.emojis if len(k) == 1)
_RULE_WORDS = sorted({*BOOSTER_DICT, *NEGATE, *SPECIAL_CASES, *SENTIMENT_LADEN_IDIOMS, "but", "BUT",
                      "But", "least", "at least", "very least", "kind of", "kind", "of", "no", "or", "nor",
                      "never so", "never this", "without doubt", "without any doubt", "so", "this", "not",
                      "isn't", "n't", "don't", "at", "very", "the"})
_ODD = ["\u0130", "\u0130Y\u0130", "\u212a", "O\u212a", "\u03a3\u0391\u03a3", "\u03b1\u03c2", "\u03d2",
        "\u1e9e", "\u00df", "\u01c5", "\u2126", "x\u0130", "\x00", "©", "❤️", "👍🏽", "é", "—", "…",
        "'", '"', ":)", ":-(", "<3", ":D", ":d", "XD", "9", "1st", "@user", "#tag", "http://x.co/a"]
_SEPARATORS = [" ", " ", " ", "  ", "", "\n", "\t", "\u00a0", "\u2003", "\x1c", " \r\n"]
_AFFIXES = ["", "", "", "!", "!!", "?", "??", "???", ".", ",", "...", "'", '"', "(", ")", "-", ":", "!?", "*"]

_token = st.one_of(
    st.sampled_from(_LEXICON), st.sampled_from(_RULE_WORDS), st.sampled_from(_RULE_WORDS),
    st.sampled_from(_EMOJIS), st.sampled_from(_ODD),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6))
_shape = st.sampled_from([str, str, str, str.upper, str.upper, str.title, str.capitalize])
_piece = st.tuples(st.sampled_from(_AFFIXES), _token, _shape, st.sampled_from(_AFFIXES),
                   st.sampled_from(_SEPARATORS))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_piece, max_size=40))
def test_generated_texts_score_as_vader(pieces: list[tuple[str, str, object, str, str]]) -> None:
    text = "".join(before + shape(token) + after + gap  # type: ignore[operator]
                   for before, token, shape, after, gap in pieces)
    assert FAST.polarity_scores(text) == REFERENCE.polarity_scores(text), repr(text)


def _library_emoji_pass(text: str) -> str:
    """vaderSentiment's polarity_scores up to SentiText: the emoji loop and strip, as written there."""
    text_no_emoji = ""
    prev_space = True
    for chr in text:
        if chr in REFERENCE.emojis:
            if not prev_space:
                text_no_emoji += " "
            text_no_emoji += REFERENCE.emojis[chr]
            prev_space = False
        else:
            text_no_emoji += chr
            prev_space = chr == " "
    return text_no_emoji.strip()


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, max_size=30))
def test_words_capitals_and_emojis_are_sentitexts(pieces: list[tuple[str, str, object, str, str]]) -> None:
    """What FastVader reads is what the library reads: the words, which of them count as ALL CAPS,
    and the text after the emoji pass (up to the leading and trailing blanks the library strips)."""
    text = "".join(before + shape(token) + after + gap  # type: ignore[operator]
                   for before, token, shape, after, gap in pieces)
    expected_text = _library_emoji_pass(text)
    sentitext = SentiText(expected_text)
    replaced, words, capital = FAST.read(text)
    assert replaced.strip() == expected_text
    assert _replace_emojis_slowly(text, REFERENCE.emojis).strip() == expected_text
    assert words == [w.lower() for w in sentitext.words_and_emoticons]
    capitals = [w.isupper() and sentitext.is_cap_diff for w in sentitext.words_and_emoticons]
    assert [capital is not None and capital(i) for i in range(len(words))] == capitals


@pytest.mark.parametrize("text", ["x\u0130! (\u0130\u0130) good", "\u0130x. O\u212a GOOD",
                                  "\U0001F600 \u0130n't good"])
def test_words_where_lower_case_changes_a_length(text: str) -> None:
    """"İ" lower-cases to two characters, which would move a word across SentiText's
    two-character limit if the text were lower-cased before the punctuation is stripped."""
    sentitext = SentiText(_library_emoji_pass(text))
    assert FAST.read(text)[1] == [w.lower() for w in sentitext.words_and_emoticons]


def test_rule_cases_score_as_vader() -> None:
    """The cases VADER's own demo and rules name, one by one."""
    texts = [
        "", " ", "\n\t ", "!!!", "?", "GOOD", "good", "Good!!!",
        "VADER is VERY SMART, handsome, and FUNNY!!!", "The book was only kind of good.",
        "At least it isn't a horrible book.", "Not bad at all",
        "Sentiment analysis has never been this good!", "never so good",
        "Without a doubt, excellent idea.", "without doubt good",
        "Roger Dodger is one of the least compelling variations on this theme.",
        "the very least good", "least good", "at least good", "no good", "no no good",
        "no, or good", "nope nor good bad",
        "The plot was good, but the characters are uncompelling and the dialog is not great.",
        "good good but bad bad good but", "but", "BUT good", "bad good but good bad good",
        "yeah right", "this is the shit", "the bomb", "kiss of death", "to die for",
        "beating heart", "bad ass", "bus stop", "sort of good", "just enough good",
        "kinda sux! But I'll get by, lol", "Catch utf-8 emoji such as 💘 and 😁", "😀great😀 😀",
        " 😀 great ", "©good ® bad", "good\x00😀", "😀😀!", "Make sure you :) or :D today!", "İYİ good",
        "GOOD and \u0130", "O\u212a ok", "very VERY good", "VERY good", "FRIGGIN FUNNY",
        "\u01c5 good \u03d2", "GOOD \u212a", "\u1e9eAD good", "\u0130\u0130. good ok",
    ]
    assert _mismatches(texts) == []


def test_long_texts_score_as_vader() -> None:
    rng = random.Random(3)
    words = _LEXICON[::40] + _RULE_WORDS + ["the", "a", "film", "but", "GOOD", "😀", "!", "?"]
    for size in (300, 2000):
        text = " ".join(rng.choice(words) for _ in range(size))
        assert FAST.polarity_scores(text) == REFERENCE.polarity_scores(text)


def test_word_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import components.enrich.fast_vader as fast_vader
    monkeypatch.setattr(fast_vader, "_CACHED_TOKENS", 50)
    scorer = fast_vader.FastVader()
    text = " ".join(f"word{i}!" for i in range(400)) + " good"
    assert scorer.polarity_scores(text) == REFERENCE.polarity_scores(text)
    cache = scorer._word_of.__self__  # type: ignore[attr-defined]
    assert len(cache) <= 50


def test_non_string_input_behaves_as_vader() -> None:
    with pytest.raises(TypeError):
        REFERENCE.polarity_scores(12)
    with pytest.raises(TypeError):
        FAST.polarity_scores(12)
