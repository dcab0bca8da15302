from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from components.corpus.store import Corpus
from components.enrich import near_duplicates, spam
from components.enrich.evaluation import binary_scores
from components.enrich.spam import near_duplicate_authors, rule_signals, score_comments, score_spam
from components.enrich.spam_model import inverse_document_frequency, load_model, term_counts, train_model

SIGNALS = [
    ("see http://example.com/offer now", "contains a link"),
    ("visit www.example.org", "contains a link"),
    ("I earned $3000 working from home, weekly payouts", "reads like a money or job offer"),
    ("Check out my channel and subscribe!", "promotes the author's own channel"),
    ("★★★★★★★★★★✯✯✯✯!!!!", "symbol garbage"),
    ("Click here to win a free phone", "pushes the reader to act"),
    ("cheap boost ➡ rb.gy/grow10k", "contains a link"),  # a short domain with a path
    ("claim now at coin-double.li", "contains a link"),
    ("we are giving away 5,000 BTC, send 0.1 BTC and get 0.2 back", "offers a money or crypto scheme"),
    ("Get 10k real followers in 24h", "sells followers"),
    ("Cheap prices, DM me", "asks to be messaged"),
    ("lonely tonight? check out my profile", "promotes the author's own channel"),
    ("Windows fitted in a day, call 07700 900123", "gives a phone number"),  # a trader's offer
    ("Summer sale, 30% off everything, shop now", "pushes the reader to act"),
    ("Use code SAVE20 at checkout", "pushes the reader to act"),
    ("Message me for prices", "asks to be messaged"),
    ("Fresh lashes, 25% off this week only, free delivery on aftercare kits", "advertises a shop's offer"),
    ("Home based opportunity, no experience needed, message me", "reads like a money or job offer"),
    ("I made £2,000 with the help of Mr Ola Hart, a licensed broker. Contact him on WhatsApp",
     "recommends a trader"),
    ("Ask for Joy, a certified forex trader who changed my life", "recommends a trader"),
]


@pytest.mark.parametrize(("text", "reason"), SIGNALS)
def test_rule_signals(text: str, reason: str) -> None:
    assert any(reason in r for _, r in rule_signals(text))


HAM = [
    "I think he is wrong, and the job of a journalist is to ask hard questions.",
    "If you go to a party you should still be safe. Period.",
    "These men losing their jobs is the consequence, not the problem.",
    "",
]


@pytest.mark.parametrize("text", [
    "Text me when you get there, mum", "How do you get 3 million likes on a video of a cat",
    "grow up followers of this nonsense", "He is giving away 500 copies of his book to schools",
    "I have 2,000 real followers and none of them agree with you",
    "Amazon gives free delivery and still pays no tax here", "Message me when the vote is out",
    "Knock 20% off the rent and we can talk", "They give free samples at the market.",
    "I'm going to call today", "Buy now, pay later schemes are ruining people", "use our code of conduct",
    "Get your free quotes from three builders before you sign anything, that is my advice.",
    "The council's offer of 20% off parking permits this week only annoyed everyone I know.",
    "My brother is a licensed electrician and he says the wiring was fine.",
    "My brother is a licensed broker and even he says this mortgage deal is awful.",
    "I'm typing this from my phone so sorry for typos.",
    "My son is earning £650 a week from his apprenticeship",
    "I made £300 last week selling cakes at the fair for the lido fund.",
    "The residents' group is on Telegram @savethelido if you want to help.",
    "You can book online now for the swimming lessons, my daughter starts Monday.",
])
def test_everyday_talk_of_messages_likes_and_giving_is_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam


@pytest.mark.parametrize("text", [
    "fine.to be fair", "Agreed.me and my wife went", "he.said/she said", "B.Sc/MSc", "mayor.is/was",
])
def test_word_like_domains_need_a_path(text: str) -> None:
    assert not any("link" in r for _, r in rule_signals(text))


@pytest.mark.timing
def test_long_digit_runs_are_searched_once() -> None:
    """A comment of 20,000 digits once took seconds in the money pattern (each digit a new start)."""
    import time
    # this process's CPU time: other load (an xdist neighbour, other jobs) is not the code's
    start = time.process_time()
    score_spam("1" * 20000)
    assert time.process_time() - start < 5  # was 6 s; linear now (about 0.05 s); wide margin for CI


@pytest.mark.timing
def test_long_hyphen_runs_are_searched_in_linear_time() -> None:
    """A crafted comment ("a-a-a-...") once made the link pattern backtrack quadratically."""
    import time
    started = time.process_time()
    rule_signals("a-" * 20_000 + "é")
    assert time.process_time() - started < 5.0  # quadratic took minutes; linear takes well under a second


@pytest.mark.parametrize("text", [
    'Every time a politician says "status quo" I check my wallet.',  # "check my" what is not a page
    "She checked the report.Then she called the council.",  # a missing space is not a domain
    "That's the end of it.Done.",
])
def test_no_promotion_or_link_in_ordinary_words(text: str) -> None:
    reasons = [r for _, r in rule_signals(text)]
    assert not any("link" in r or "promotes" in r for r in reasons), reasons


@pytest.mark.parametrize("text", HAM)
def test_ordinary_comments_are_not_spam(text: str) -> None:
    assert not score_spam(text).is_spam


def test_obvious_spam_is_spam_with_reason() -> None:
    result = score_spam("Google pays $90 per hour, check it http://jobs.example.com/work")
    assert result.is_spam and result.score > 0.9 and "link" in result.reason


def test_near_duplicates_need_different_authors() -> None:
    body = "This exact long promotional sentence appears twice in the thread today."
    assert near_duplicate_authors([body, body + "!"], ["a", "b"]) == ["b", "a"]
    assert near_duplicate_authors([body, body], ["a", "a"]) == ["", ""]


def test_score_comments_columns() -> None:
    frame = pd.DataFrame({"text": ["hello there", "buy now http://x.com"], "author": ["a", "b"]})
    out = score_comments(frame)
    assert list(out.columns) == ["is_spam", "spam_score", "spam_reason"]
    assert out["spam_score"].between(0, 1).all()


def test_seed_spam_is_exactly_the_two_google_offers(corpus: Corpus) -> None:
    spam = corpus.comments[corpus.comments["is_spam"]]
    assert list(spam["position"]) == [6, 32]
    assert spam["text"].str.startswith("Google is paying").all()
    assert spam["spam_reason"].str.contains("repeats a comment posted by").all()


def test_seed_verdicts_are_not_on_a_knife_edge(corpus: Corpus) -> None:
    threshold = load_model().threshold
    ham = corpus.comments.loc[~corpus.comments["is_spam"], "spam_score"]
    spam = corpus.comments.loc[corpus.comments["is_spam"], "spam_score"]
    assert ham.max() < threshold - 0.1 and spam.min() > threshold + 0.1


def test_rare_ngrams_get_no_idf_weight() -> None:
    counts = term_counts(["zqxj common words", "common words here", "common words again"])
    idf = inverse_document_frequency(counts)
    seen_once = term_counts(["zqxj"])[0].indices
    seen_thrice = term_counts(["common"])[0].indices
    assert (idf[seen_once] == 0).all() and (idf[seen_thrice] > 0).all()


def test_saved_model_scores_like_the_trained_one(tmp_path: Path) -> None:
    texts = ["subscribe to my channel", "check out my video", "great song", "I love this song",
             "subscribe please", "love the video"]
    model = train_model(texts, [True, True, False, False, True, False], c=10.0, threshold=0.5)
    model.save(tmp_path / "model.npz")
    loaded = load_model.__wrapped__(tmp_path / "model.npz")
    probe = ["subscribe to my video", "I love this"]
    assert loaded.threshold == 0.5
    assert np.allclose(loaded.probability(probe), model.probability(probe), atol=1e-5)


def test_held_out_video_small_evaluation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The full benchmark is benchmarks/spam_bench.py; here: fixed C and threshold, trained on
    four videos plus the background texts, scored on the fifth."""
    monkeypatch.syspath_prepend(str(Path(__file__).parents[1] / "benchmarks"))
    from spam_common import combined_scores, fit_with_background, load_background, load_videos, rule_lists

    data = load_videos()
    train, held = data[data["video"] != "Youtube05-Shakira"], data[data["video"] == "Youtube05-Shakira"]
    model = fit_with_background(train, load_background(), c=30.0, threshold=0.45)
    predicted = combined_scores(model, held, rule_lists(held)) >= model.threshold
    scores = binary_scores(held["spam"].tolist(), predicted.tolist())
    assert scores["f1"] >= 0.9 and scores["precision"] >= 0.9


def test_near_duplicates_are_found_beyond_the_all_pairs_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(near_duplicates, "ALL_PAIRS_LIMIT", 10)
    filler = [f"an ordinary comment number {i} about the story and what people said" for i in range(30)]
    texts = [*filler, "Google is paying 97$ per hour with weekly payouts, see my profile now",
             "Google is paying 98$ per hour with weekly payouts, see my profile now!"]
    authors = [f"reader{i}" for i in range(30)] + ["Nancy", "Mary"]
    found = spam.near_duplicate_authors(texts, authors)
    assert found[30:] == ["Mary", "Nancy"]
