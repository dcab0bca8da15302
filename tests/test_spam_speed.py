"""The batch (numpy) forms of the spam steps give what the per-text definitions give: the model's
n-gram counts are HashingVectorizer's, the rule bits are rule_signals', the LSH near-duplicate
search finds what all pairs find."""

import random
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32 as sklearn_murmurhash

from components.enrich import near_duplicates, spam, spam_model
from components.enrich.spam_model import (
    load_model,
    model_text,
    murmurhash3_32,
    ngram_columns,
    term_counts,
    weigh,
)

TRICKY = [
    "", "a", "ab", "abc", "Check out my channel!!! http://bit.ly/x1", "über café naïve — “quoted” 12$",
    "emoji 😀😀 and 中文字符 and مرحبا", "under_score words_with_digits 42x", "x" * 700,
    "tab\tand\nnewline   spaces", "İstanbul ſ K Kelvin", "a b c d e f g", "héllo wörld " * 30,
]
VECTORIZERS = (
    HashingVectorizer(n_features=2**16, ngram_range=(1, 2), alternate_sign=False, norm=None,
                      token_pattern=r"(?u)\b\w+\b"),
    HashingVectorizer(n_features=2**16, analyzer="char", ngram_range=(2, 5), alternate_sign=False, norm=None),
)


@pytest.mark.parametrize("data", [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", "héllo wörld 😀".encode(),
                                  bytes(range(256)), b"0123456789" * 7])
def test_murmurhash_matches_sklearn(data: bytes) -> None:
    buffer = b"pad" + data + b"more"
    got = murmurhash3_32(buffer, np.array([3]), np.array([len(data)]))[0]
    assert got == sklearn_murmurhash(data, seed=0)


def test_ngram_counts_are_hashing_vectorizers() -> None:
    keys = [model_text(t) for t in TRICKY]
    for vectorizer, block in zip(VECTORIZERS, term_counts(TRICKY), strict=True):
        expected = vectorizer.transform(keys).tocsr()
        expected.sum_duplicates()
        block.sum_duplicates()
        assert (expected != block).nnz == 0 and expected.nnz == block.nnz


def test_probability_is_the_sparse_models_and_batch_invariant() -> None:
    model = load_model()
    texts = TRICKY * 3 + ["Google is paying 97$ per hour, see my profile", "I agree with her"]
    sparse = 1 / (1 + np.exp(-(weigh(term_counts(texts), model.idf) @ model.coef + model.intercept)))
    whole = model.probability(texts)
    assert np.allclose(whole, sparse, rtol=0, atol=1e-12)
    in_fives = np.concatenate([model.probability(texts[i:i + 5]) for i in range(0, len(texts), 5)])
    assert (in_fives == whole).all()


def test_packed_keys_are_the_n_gram_columns_and_distinct_counts_them() -> None:
    keys = [model_text(t) for t in TRICKY * 2 + ["ab ab ab", "ööö ööö"]]
    for (rows, cols), packed in zip(ngram_columns(keys), spam_model._ngram_keys(keys), strict=True):
        expected = np.sort(rows * 2**16 + cols)
        assert np.array_equal(np.sort(packed.astype(np.int64)), expected)
        row, col, count = spam_model._distinct(packed, len(keys))
        distinct, counts = np.unique(expected, return_counts=True)
        assert np.array_equal(row * 2**16 + col, distinct) and np.array_equal(count, counts)


def test_every_n_gram_row_is_counted_once_per_occurrence() -> None:
    (word_rows, _), (char_rows, _) = ngram_columns(["ab ab", "", "abc"])
    assert np.bincount(word_rows, minlength=3).tolist() == [3, 0, 1]  # ab, ab, "ab ab"; abc
    assert np.bincount(char_rows, minlength=3).tolist() == [4 + 3 + 2 + 1, 0, 2 + 1]


def test_rule_bits_are_rule_signals_on_youtube_comments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).parents[1] / "benchmarks"))
    from spam_common import load_videos

    texts = load_videos()["CONTENT"].tolist() + TRICKY + ["hıring now", "İs paying $5 per hour", "WWW.X.COM"]
    for text in texts:
        mask = spam.rule_mask(spam.normalise_text(text))
        rules = zip(spam._RULE_WEIGHTS, spam._RULE_REASONS, strict=True)
        fired = [(weight, reason) for n, (weight, reason) in enumerate(rules) if mask >> n & 1]
        assert fired == spam.rule_signals(text), text


# Invented comments with characters beyond ASCII: emoji, marks, letters no signal names, and letters
# that are ASCII ones to re.I ("ı", "K"), between and inside the words the signals look for
BEYOND_ASCII = [
    "Brilliant match 😀👍 well played", "Visit luckyspin 😀 dot com for free spins", "luckysp😀in dot c0m",
    "whats鉁app me on +44 7700 900123 ✨", "bit😀.ly/abc1 for the full story", "go to www.😀deals.shop/x",
    "I earned $5000 per hour 💰💰 from home", "Earn £300 a day ☺ working from h鉁ome",
    "checkout my 🎵 channel", "wh😀atsapp: +1 202 555 0100", "💯 agreed with the council on this one",
    "the tram ─ late again ─ typical", "Contact Mr Reeve ⇒ on telegram ⇒ @reeve_fx", "bıt.ly/x",
    "K earned $50 per hour", "Café owner here 😀", "search ꙮ boostyourflickr dot com", "ⓦⓦⓦ.site.com",
    "my profile ⬅ has the link", "hello_😀_world.com/abcd", "free spins at casino 鉁 dot 槄 com",
    "Rs 5,000 daily 🙏 dm me", "😀" * 30, "鉁槄" * 40 + " per hour",
]


def _every_pattern_mask(clean: str) -> int:
    """The rule bits of a normalised text with characters beyond ASCII, every signal searched with re."""
    return sum(1 << n for n, pattern in enumerate(spam._PATTERNS) if pattern.search(clean))


@pytest.mark.parametrize("text", BEYOND_ASCII + TRICKY)
def test_rule_bits_beyond_ascii_are_every_patterns(text: str) -> None:
    clean = spam.normalise_text(text)
    if clean.isascii():
        return
    assert spam._patterns_mask(clean, clean.lower()) == _every_pattern_mask(clean)


def test_stand_ins_are_only_for_characters_the_signals_do_not_name() -> None:
    assert spam._STAND_INS is not None  # the signals refuse neither "_" nor every mark by name
    assert spam._stand_in("😀") not in (None, "_") and spam._stand_in("鉁") == "_"
    # named by a signal (Spanish, Russian, Chinese offers), ASCII letters to re.I, digits, spaces: none
    for char in ("é", "р", "元", "ı", "İ", "K", "ſ", "٣", "\u00a0"):
        assert spam._stand_in(char) is None, char
    assert spam._ascii_probe("per hour 😀 鉁") == "per hour \x7f _"
    assert spam._ascii_probe("café 😀") is None


def test_a_comment_beyond_ascii_that_fires_no_rule_has_no_bits() -> None:
    for text in ("Brilliant match 😀👍 well played", "💯 agreed with the council on this one"):
        assert spam._patterns_mask(spam.normalise_text(text), spam.normalise_text(text).lower()) == 0


def _thread(seed: int) -> tuple[list[str], list[str]]:
    """Ordinary comments, a spam template posted with varying sums by many authors, exact reposts."""
    rng = random.Random(seed)
    vocabulary = [f"word{n}" for n in range(400)]
    texts = [" ".join(rng.choices(vocabulary, k=rng.randint(8, 30))) for _ in range(260)]
    texts += [f"Google is paying {rng.randint(60, 99)}$ per hour with weekly payouts, I earned "
              f"${rng.randint(1000, 20000)} last month, see my profile" for _ in range(40)]
    texts += texts[:5] + texts[-5:]
    authors = [f"reader{rng.randint(0, 150)}" for _ in texts]
    return texts, authors


@pytest.mark.parametrize("seed", [1, 2])
def test_lsh_search_finds_what_all_pairs_find(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    texts, authors = _thread(seed)
    all_pairs = spam.near_duplicate_authors(texts, authors)
    monkeypatch.setattr(near_duplicates, "ALL_PAIRS_LIMIT", 10)
    assert spam.near_duplicate_authors(texts, authors) == all_pairs
    assert sum(map(bool, all_pairs)) >= 40


def test_local_columns_are_small_and_each_distinct_text_scored_once() -> None:
    texts, authors = _thread(3)
    frame = pd.DataFrame({"text": texts, "author": authors})
    local = spam.score_local(frame)
    assert local["_spam_bands"].map(len).max() <= 8 * near_duplicates.BANDS
    first, repost = local.iloc[0], local.iloc[len(texts) - 10]
    assert first.equals(repost)


def test_texts_scored_before_give_the_same_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    texts, authors = _thread(4)
    frame = pd.DataFrame({"text": texts, "author": authors})
    monkeypatch.setattr(spam, "_SCORED", {})
    monkeypatch.setattr(spam, "_SCORED_LIMIT", 50)
    fresh = spam.score_local(frame)
    assert len(spam._SCORED) == 50
    pd.testing.assert_frame_equal(spam.score_local(frame.iloc[::-1]).loc[frame.index], fresh)


def _search(texts: list[str], authors: list[str], memo: near_duplicates.PairMemo,
            asked: list[int]) -> np.ndarray:
    """first_other_comments over the LSH path with a memo; asked collects the texts read."""
    exact, bands = near_duplicates.signatures([model_text(t) for t in texts])
    eligible, matrix = near_duplicates.band_matrix(bands)
    author_ids = pd.factorize(pd.Series(authors, dtype=object))[0]

    def keys_of(numbers: np.ndarray) -> list[str]:
        asked.extend(numbers.tolist())
        return [model_text(texts[i]) for i in numbers.tolist()]

    return near_duplicates.first_other_comments(np.asarray(exact, dtype=np.int64)[eligible], matrix,
                                                eligible, author_ids, keys_of, memo)


def test_a_pair_memo_gives_the_same_answer_without_checking_or_reading_known_pairs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(near_duplicates, "ALL_PAIRS_LIMIT", 10)
    texts, authors = _thread(3)
    first, asked = near_duplicates.PairMemo(), list[int]()
    plain = _search(texts, authors, first, asked)
    assert first.checked > 100 and asked and (plain != near_duplicates.NONE).sum() >= 40
    pairs, similar = first.kept()
    assert len(pairs) == first.checked and similar.sum() >= 40
    again, asked = near_duplicates.PairMemo(pairs, similar), []
    assert (_search(texts, authors, again, asked) == plain).all()
    assert again.checked == 0 and not asked  # every verdict known: no text read
    more_texts = texts + [texts[-12].replace("see", "look at")]  # a new near-duplicate, a new author
    grown, asked = near_duplicates.PairMemo(*again.kept()), []
    assert (_search(more_texts, [*authors, "newcomer"], grown, asked)
            == _search(more_texts, [*authors, "newcomer"], near_duplicates.PairMemo(), [])).all()
    assert 0 < grown.checked < first.checked and len(set(asked)) < len(texts) // 2
    wrong = near_duplicates.PairMemo(pairs, ~similar)  # the memo's verdicts are what decides
    assert not (_search(texts, authors, wrong, []) == plain).all()


def _arrays(texts: list[str], authors: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The search's input of a thread: exact keys and band rows of its long comments, their
    numbers, and every comment's author number (authors numbered by name: the same in a longer thread)."""
    exact, bands = near_duplicates.signatures([model_text(t) for t in texts])
    eligible, matrix = near_duplicates.band_matrix(bands)
    author_ids = np.array([int(a.removeprefix("reader").removeprefix("new")) + (1000 if a.startswith("new")
                                                                               else 0) for a in authors])
    return np.asarray(exact, dtype=np.int64)[eligible], matrix, eligible, author_ids


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_comments_added_at_the_end_keep_the_answers_found_before(seed: int,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Answers kept from before comments were appended, with only the comments that had none (and
    the new ones) searched again, are the answers of a search of the whole grown thread."""
    monkeypatch.setattr(near_duplicates, "ALL_PAIRS_LIMIT", 10)
    rng = random.Random(seed)
    vocabulary = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(3, 8))) for _ in range(300)]

    def ordinary() -> str:
        return " ".join(rng.choices(vocabulary, k=rng.randint(8, 30)))

    template = _thread(seed)[0][-11]  # a spam template's instance (sums vary; digits are folded)
    texts = [template.replace("per hour", f"per hour {rng.choice(vocabulary)}") if n % 9 == 0 else ordinary()
             for n in range(400)]
    texts += texts[:5]  # reposts
    authors = [f"reader{rng.randint(0, 150)}" for _ in texts]
    old = len(texts)
    added = [texts[i] for i in rng.sample(range(old), 12)]  # exact copies: templates, reposts, loners
    added += [texts[i] + " " + rng.choice(vocabulary) for i in rng.sample(range(old), 4)]  # near copies
    added += [ordinary() for _ in range(4)]  # new texts
    grown, grown_authors = texts + added, authors + [f"new{n}" for n in range(len(added))]

    def keys_of(numbers: np.ndarray) -> list[str]:
        return [model_text(grown[i]) for i in numbers.tolist()]

    exact, bands, eligible, author_ids = _arrays(texts, authors)
    before = near_duplicates.first_other_comments(exact, bands.copy(), eligible, author_ids, keys_of,
                                                  near_duplicates.PairMemo(), lsh=True)
    exact, bands, eligible, author_ids = _arrays(grown, grown_authors)
    whole = near_duplicates.first_other_comments(exact, bands.copy(), eligible, author_ids, keys_of,
                                                 near_duplicates.PairMemo(), lsh=True)
    assert (whole[:len(before)] != before).any()  # the added comments change some answers
    known = np.concatenate([before, np.full(len(eligible) - len(before), near_duplicates.UNKNOWN)])
    wanted: list[int] = []
    real = near_duplicates.first_other_comments

    def spy(*args: object, **kwargs: object) -> np.ndarray:
        wanted.append(int(np.asarray(kwargs["wanted"]).sum()))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(near_duplicates, "first_other_comments", spy)
    since = near_duplicates.first_other_comments_since(
        exact, bands.copy(), eligible, author_ids, keys_of, near_duplicates.PairMemo(), known,
        np.zeros(0, np.int64), np.zeros((0, near_duplicates.BANDS), np.uint64))
    assert since is not None and since.tolist() == whole.tolist()
    dirty = near_duplicates._sharing(exact, bands, exact[len(before):], bands[len(before):])
    assert wanted and wanted[0] < int(dirty.sum())  # the comments answered before were not searched again
