"""The speed structures of stance and word counting give what the plain forms give: tokens read a
blank-separated chunk at a time equal tokens read from the whole text, content words likewise,
the index's positions equal a scan, and the paused collector is restored."""

import gc
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from components.core.config import load_config
from components.core.repair import normalise_text
from components.enrich import stance, words
from components.enrich.speed import collector_paused
from components.enrich.stance import evidence as stance_evidence
from components.enrich.stance import thread as stance_thread
from components.enrich.stance import tokens as stance_tokens

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Characters where a chunked reading could part from a whole-text one: blanks of every kind
# (Unicode spaces, separators str.split() breaks at), quotes and apostrophes, hyphens, digits and
# %, @, marks, letters whose case folding is special (İ ı ſ K), non-Latin script.
ALPHABET = ("ab Zn't'sT\"\u2019-_@%1.,;:!?()\u00a0\u2003\u2028\x1c\x1f\t\n"
            "\u0130\u0131\u017f\u212a\u00e9\u00d7\u4e2d\U0001f600")


def _whole_text_tokens(text: str) -> list[stance_tokens.Token]:
    """Tokens as the tokenizer read them before chunks: one pass of the pattern over the text."""
    tokens: list[stance_tokens.Token] = []
    quoted = False
    text = text.replace("\u2019", "'")
    stray = text.count('"') % 2 == 1
    for found in stance_tokens._TOKEN.finditer(text):
        raw = found.group()
        if raw == '"':
            inch = found.start() and text[found.start() - 1].isdigit()
            if not inch or (quoted and not stray):
                quoted = not quoted
            tokens.append(stance_tokens._QUOTE_MARKS[quoted])
            continue
        tokens.extend(stance_tokens._word_tokens(raw, quoted))
    return tokens


def _fields(tokens: list[stance_tokens.Token]) -> list[tuple[object, ...]]:
    return [(t.text, t.lower, t.stem, t.quoted, t.content, t.capital, t.pronoun, t.word, t.ends)
            for t in tokens]


def _whole_text_words(text: str) -> list[str]:
    """content_words before chunks: one pass of the pattern over the normalised text."""
    found = (token.lower().split("'")[0] for token in words._TOKEN.findall(normalise_text(text or "")))
    return [w for w in found if len(w) >= words.MIN_LENGTH and w not in words.STOPWORDS]


def _seed_texts() -> list[str]:
    return [line for path in sorted(SEEDS.glob("*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


CASES = ["He's \"so\" right, isn't he?", 'a"b c"d "e', "\"Quoted \"twice\" here\" and not", "ISN'T IT",
         "well-known-ish co-op's 100% @user-name", "x\u00a0y\u2003z\x1cw", "ı İ ſ K n'T 'S", "", "   ",
         "Damon.Milano!?", "'tis the 'season'", "中文 and émigré × 3"]


@pytest.mark.parametrize("text", CASES)
def test_chunked_tokens_equal_whole_text_tokens_on_cases(text: str) -> None:
    assert _fields(stance.tokenise(text)) == _fields(_whole_text_tokens(text))


def test_chunked_tokens_equal_whole_text_tokens_on_the_seeds() -> None:
    texts = _seed_texts()
    assert texts
    for text in texts:
        normalised = normalise_text(text)
        assert _fields(stance.tokenise(normalised)) == _fields(_whole_text_tokens(normalised)), text
        assert words.content_words(text) == _whole_text_words(text), text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_chunked_tokens_equal_whole_text_tokens(text: str) -> None:
    assert _fields(stance.tokenise(text)) == _fields(_whole_text_tokens(text))
    assert words.content_words(text) == _whole_text_words(text)


def test_chunks_kept_are_emptied_at_their_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stance_tokens, "KNOWN_WORDS", 4)
    monkeypatch.setattr(words, "KNOWN_CHUNKS", 4)
    # empty caches, so the words are new whatever other tests have tokenised before this one
    monkeypatch.setattr(stance_tokens, "_known_chunks", {False: {}, True: {}})
    monkeypatch.setattr(words, "_known_chunks", {})
    text = "one two three four five six seven eight nine ten eleven twelve"
    for _ in range(3):
        assert _fields(stance.tokenise(text)) == _fields(_whole_text_tokens(text))
        assert words.content_words(text) == _whole_text_words(text)
    assert len(stance_tokens._known_chunks[False]) <= 4 and len(words._known_chunks) <= 4


def test_sentences_split_at_unquoted_ends_and_drop_marks_only() -> None:
    tokens = stance.tokenise('Well said. "Is it. Really" ... ! He is right?')
    sentences = stance_tokens._sentences(tokens)
    assert [" ".join(t.text for t in s) for s in sentences] == [
        "Well said .", '" Is it . Really " .', "He is right ?"]


def test_index_positions_equal_a_scan() -> None:
    tokens = stance.tokenise("the cat and the dog and the bird, the end")
    index = stance_tokens._index(tokens)
    for stem in {t.stem for t in tokens} | {"absent"}:
        assert index.positions(stem) == [at for at, t in enumerate(tokens) if t.stem == stem]


def test_phrase_search_finds_every_occurrence_in_a_range() -> None:
    tokens = stance.tokenise("He is right. She is not right. They are so very right, and right")
    found = stance_tokens._find("is right", tokens)
    assert [(m.start, m.end, m.negated) for m in found] == [(1, 3, False), (5, 8, True), (10, 14, False)]
    assert [m.start for m in stance_tokens._find("right", tokens, 3, 12)] == [7]
    assert re.sub(r"\s", "", repr(found[0])) == "Match(start=1,end=3,negated=False)"


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_paused_restores_the_collector(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError("a failure inside")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_own_evidence_is_kept_only_for_the_same_config_and_claims() -> None:
    config = load_config(SEEDS)
    claims, other = stance.Claims.build(config), stance.Claims.build(config)
    text = "Matt Damon is completely right about this."
    tokens = stance_tokens._text_tokens(text)
    first = stance_thread._own_evidence_kept(text, tokens, config, claims)
    fresh = stance_evidence._own_evidence_of(tokens, config, claims)
    assert (first.scores, first.cues, first.notes) == (fresh.scores, fresh.cues, fresh.notes)
    assert first.scores  # a cue was found
    assert stance_thread._own_evidence_kept(text, tokens, config, claims) is first
    assert stance_thread._own_evidence_kept(text, tokens, config, other) is not first
