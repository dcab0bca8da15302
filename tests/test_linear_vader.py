"""LinearVader gives vaderSentiment's scores exactly, with and without emojis."""

import random

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from components.enrich.linear_vader import LinearVader

WORDS = ("but BUT good bad not never so this without doubt kind of sort least at very no nor or the "
         "movie is GREAT terrible :) :-( <3 !! ?? ! ? love hate kinda don't isn't 😀 😡 👍🏽 ❤️ ☺ 🙄 é "
         "\u00a0 \t \n caf\u00e9 naïve — … 'quoted' \"said\"").split(" ")


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice((" ", "", "  ", "\n")) + rng.choice(WORDS) for _ in range(rng.randint(0, 40)))
            for _ in range(n)]


def test_scores_equal_vaders_on_text_with_and_without_emojis() -> None:
    reference, linear = SentimentIntensityAnalyzer(), LinearVader()
    texts = _texts(5, 1500) + ["", " ", "😀", " 😀 great ", "GREAT!!! 😡", "no emoji at all, but fine"]
    assert any(not linear.emoji_chars.isdisjoint(t) for t in texts)  # both paths are exercised
    assert any(linear.emoji_chars.isdisjoint(t) and t.strip() for t in texts)
    for text in texts:
        assert linear.polarity_scores(text) == reference.polarity_scores(text), repr(text)
