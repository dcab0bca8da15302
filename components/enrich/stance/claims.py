"""Claims: for each side, the content words of its claims that no other side uses, the runs of
words (two-word runs, line_grams) of what only its people said, and the topic words most
commenters use (counted per document, summed over the corpus). The words are matched against a
comment's own words and a quote's content words, the runs against a quote's runs of words
(overlap._quoted_line), which tell a side's line held up even when every word of it is common."""

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from ...core.config import CorpusConfig
from ...core.repair import normalise_text
from .people import _figure_stems, _side_of
from .tokens import Token, _content, _content_stems, tokenise


@dataclass(frozen=True)
class Claims:
    """For each side, the stems of the content words of its claims (position cues and what its
    people said in the corpus) that the other sides' claims do not use, nor what the corpus's
    speakers of no side said; the same for its runs of words (lines); and the topic words. The
    lines grow with every statement of the corpus, so a build hashes them (digest) once, not once
    per document (engine/assemble.Reduced.digest)."""

    words: dict[str, frozenset[str]] = field(default_factory=dict)
    topic: frozenset[str] = frozenset()  # words most commenters use: one-word cues among them are topic
    # For each side, the runs of LINE_GRAM word stems (joined by a blank) of what its people said and
    # of its cues that no other side's words nor a speaker of no side's hold: a quote that repeats
    # most of its runs from them quotes that side, whatever its words' share with the other side's
    # claims. Runs of function words only ("have a") are kept, as part of a longer stretch of a
    # line ("we did what we could"); the quote matching them counts them only beside another.
    lines: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, config: CorpusConfig, statements: pd.DataFrame | None = None,
              comments: Sequence[str] = ()) -> "Claims":
        """Claims from the config's cues and, when given, the statements table (speaker, text);
        words that many of the comments use are the story's topic, not one side's claim."""
        return cls.from_counts(config, statements, topic_counts(comments), len(comments))

    @classmethod
    def from_counts(cls, config: CorpusConfig, statements: pd.DataFrame | None,
                    counts: Counter[str], n_comments: int) -> "Claims":
        """Claims.build from the summed topic_counts of every document's comment texts and the
        number of those texts, so the corpus-wide part is a sum of per-document parts."""
        texts: dict[str, list[str]] = {s.id: list(s.position_cues) for s in config.sides}
        unsided: list[str] = []  # what speakers of no side (or none the config knows) said
        if statements is not None and not statements.empty and {"speaker", "text"} <= set(statements):
            side_of = {p.name: _side_of(p, config) for p in config.everyone}
            for speaker, text in zip(statements["speaker"], statements["text"], strict=True):
                if isinstance(text, str):
                    texts.get(side_of.get(str(speaker), ""), unsided).append(text)
        topic = _topic_stems(counts, n_comments)
        names = _figure_stems(config) | topic
        stems = {side: _claim_stems(items, names) for side, items in texts.items()}
        # A word the story's other voices use too (a witness, an official, a speaker the config
        # does not place) is the story's setting, not one side's line: like the other sides' words,
        # it is no side's claim.
        said = _claim_stems(unsided, names)
        return cls({side: frozenset(own - said - set().union(*(v for k, v in stems.items() if k != side)))
                    for side, own in stems.items()}, topic, _own_lines(texts, unsided))


    def digest(self) -> str:
        """A stable sha256 (hex) of the claims' content, for cache keys."""
        parts = [f"{side}:{' '.join(sorted(words))}" for side, words in sorted(self.words.items())]
        parts.append("topic:" + " ".join(sorted(self.topic)))
        parts.extend(f"lines:{side}:{'|'.join(sorted(runs))}"
                     for side, runs in sorted(self.lines.items()) if runs)
        return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _claim_stems(texts: Sequence[str], names: frozenset[str]) -> set[str]:
    """The stems of the content words of some texts, but for names and topic words."""
    return {t.stem for text in texts for t in tokenise(normalise_text(text))
            if _content(t) and t.stem not in names}


LINE_GRAM = 2  # words of a run a quote is matched on (a two-word scare quote is a run already)


def line_grams(stems: Sequence[str]) -> list[str]:
    """The runs of LINE_GRAM consecutive stems of some words, each joined by a blank."""
    return [" ".join(stems[at:at + LINE_GRAM]) for at in range(len(stems) - LINE_GRAM + 1)]


def token_runs(tokens: Sequence[Token], skip_quoted: bool = False) -> set[str]:
    """line_grams of the tokens' words: a run does not cross a sentence's end or a quote mark (and
    leaves out quoted words when skip_quoted)."""
    grams: set[str] = set()
    run: list[str] = []
    for t in tokens:
        if t.word and not (skip_quoted and t.quoted):
            run.append(t.stem)
        elif t.ends or t.text == '"':
            grams.update(line_grams(run))
            run = []
    grams.update(line_grams(run))
    return grams


def _text_grams(text: str) -> set[str]:
    """line_grams of a text's words (a run does not cross a sentence's end)."""
    return token_runs(tokenise(normalise_text(text)))


def _own_lines(texts: dict[str, list[str]], unsided: Sequence[str]) -> dict[str, frozenset[str]]:
    """For each side, the word runs of its texts that no other side's texts nor the unsided hold."""
    grams = {side: set().union(*map(_text_grams, items)) if items else set() for side, items in texts.items()}
    shared = set().union(*map(_text_grams, unsided)) if unsided else set()
    for side, own in grams.items():
        for other, theirs in grams.items():
            if other != side:
                shared |= own & theirs
    return {side: frozenset(own - shared) for side, own in grams.items()}


TOPIC_SHARE = 0.1       # a word in more than this share of the comments (and 3+) is the topic


def topic_counts(texts: Sequence[str]) -> Counter[str]:
    """For one document's comment texts, how many texts use each content stem (each text counted
    once per stem): the per-document part of the topic words, summed over the corpus."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_content_stems(text))
    return counts


def _topic_stems(counts: Counter[str], n_comments: int) -> frozenset[str]:
    """Content words used by many commenters: what the story is about, said by either side."""
    floor = max(3.0, TOPIC_SHARE * n_comments)
    return frozenset(stem for stem, n in counts.items() if n > floor)
