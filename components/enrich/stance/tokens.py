"""Tokens and the phrase search: Token and tokenise with their caches, Snowball stems, content
words, Match and _find (a phrase's words in order with small modifier gaps, read as negated after
a negator), the per-list _Index, the phrase tables that say which phrases a token list may hold,
and sentences."""

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress
from operator import attrgetter
from typing import NamedTuple

import snowballstemmer

from ...core.repair import CACHED_LENGTH, normalise_text
from ..words import STOPWORDS
from .lexicon import (
    _CLAUSE_EDGES,
    _CONTRACTIONS,
    _COPULA,
    _NOT_STEMS,
    _PRONOUN_OF,
    AUXILIARIES,
    CONDITIONALS,
    LEADING_CONJUNCTIONS,
    MAX_GAP,
    MODIFIERS,
    NEGATION_WINDOW,
    NEGATORS,
)

# Irregular English verb forms, read as their base form ("has done" meets "did the right thing").
_IRREGULAR = {form: base for base, forms in {
    "do": ("did", "done", "does"), "have": ("has", "had"), "make": ("made",), "say": ("said",),
    "get": ("got", "gotten"), "give": ("gave", "given"), "take": ("took", "taken"), "go": ("went", "gone"),
    "lose": ("lost",), "pay": ("paid",), "stand": ("stood",), "think": ("thought",), "tell": ("told",),
    "throw": ("threw", "thrown"), "hang": ("hung",), "sell": ("sold",), "buy": ("bought",),
    "bring": ("brought",), "find": ("found",), "keep": ("kept",), "leave": ("left",), "feel": ("felt",),
    "hold": ("held",), "know": ("knew", "known"), "see": ("saw", "seen"), "speak": ("spoke", "spoken"),
    "write": ("wrote", "written"), "break": ("broke", "broken"), "choose": ("chose", "chosen"),
    "fall": ("fell", "fallen"), "forget": ("forgot", "forgotten"), "hide": ("hid", "hidden"),
    "lie": ("lied",), "mislead": ("misled",), "run": ("ran",), "sit": ("sat",), "win": ("won",),
    "steal": ("stole", "stolen"), "shake": ("shook", "shaken"), "swear": ("swore", "sworn"),
}.items() for form in forms}
# The laughing faces (tears of joy, rolling on the floor laughing, grinning squinting): kept as marks, as
# laughter that closes a sentence mocks what it echoes (evidence._laughter_after_claim), but left
# out of the feeling (feeling._compound), where VADER would read them as joy.
LAUGHING_FACES = frozenset(("\U0001F602", "\U0001F923", "\U0001F606"))
# Words, marks, and the laughing faces.
_TOKEN = re.compile(
    r"@[\w-]+|\d+%|[^\W_]+(?:[-][^\W_]+)*(?:n't|'[a-z]+)?|n't|'[a-z]+|[?!.,;:\"()]"
    rf"|[{''.join(sorted(LAUGHING_FACES))}]", re.I)


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 17)
def _stem(word: str) -> str:
    if word.isascii() and word.isdigit():  # the stemmer leaves numbers as they are, slowly
        return word
    if word in _COPULA:
        return "be"
    if word == "n't":
        return "not"
    if word in _CONTRACTIONS:
        return _CONTRACTIONS[word]
    if word in _IRREGULAR:
        return str(_stemmer().stemWord(_IRREGULAR[word]))
    return str(_stemmer().stemWord(word))


@dataclass(frozen=True, slots=True)
class Token:
    """One word or mark: as written, lower-cased, stemmed, and whether it sits inside quotes."""

    text: str
    lower: str
    stem: str
    quoted: bool = False
    # Worked out once per word (tokens of a word are shared): a content word (_content), and a
    # capitalised word or @handle (may name a commenter).
    content: bool = field(default=False, compare=False)
    capital: bool = field(default=False, compare=False)
    pronoun: str = field(default="", compare=False)  # the pronoun it is a form of ("him": "he")
    word: bool = field(default=False, compare=False)  # a word, not a mark (its stem opens alphanumeric)
    ends: bool = field(default=False, compare=False)  # ends a sentence (".", "!", "?" outside quotes)
    modifier: bool = field(default=False, compare=False)  # a phrase's words may have it between them


def tokenise(text: str) -> list[Token]:
    """Words and marks of a text; contractions and possessives split ("isn't" → is, not)."""
    # No token spans a blank, so the text is read a blank-separated chunk at a time, each distinct
    # chunk matched once and its tokens kept (the same as matching the whole text).
    text = text.replace("\u2019", "'")
    if '"' not in text:  # nothing quoted: each chunk's tokens as kept, joined in C when all are
        chunks = text.split()
        known = list(map(_known_chunks[False].get, chunks))
        if None not in known:
            return list(chain.from_iterable(known))  # type: ignore[arg-type]
        return [t for chunk, found in zip(chunks, known, strict=True)
                for t in (found or _chunk_tokens(chunk, False))]
    tokens: list[Token] = []
    quoted = False
    stray = text.count('"') % 2 == 1  # an odd mark out: an inch mark inside a quote closes nothing
    for chunk in text.split():
        if '"' not in chunk:
            tokens.extend(_chunk_tokens(chunk, quoted))
            continue
        for found in _TOKEN.finditer(chunk):
            raw = found.group()
            if raw == '"':
                if not _after_digit(chunk, found.start()) or (quoted and not stray):  # not an inch mark
                    quoted = not quoted
                tokens.append(_QUOTE_MARKS[quoted])
                continue
            words = _known_words[quoted].get(raw)
            tokens.extend(words if words is not None else _word_tokens(raw, quoted))
    return tokens


def _after_digit(text: str, at: int) -> bool:
    """Whether the character before `at` is a digit: a '"' there is an inch mark ("he is 6'2\"", "a
    12\" pizza"), which would otherwise quote the rest of the text, when it opens no quote, or when
    inside a quote the text's marks are odd (it closes the quote only where they pair up: "Top 10")."""
    return at > 0 and text[at - 1].isdigit()


_STEM, _ENDS, _WORD = attrgetter("stem"), attrgetter("ends"), attrgetter("word")  # read in C
_QUOTE_MARKS = {False: Token('"', '"', '"', False), True: Token('"', '"', '"', True)}
KNOWN_WORDS = 1 << 16  # distinct words whose tokens are kept (outside quotes and inside)
_known_words: dict[bool, dict[str, tuple[Token, ...]]] = {False: {}, True: {}}
_known_chunks: dict[bool, dict[str, tuple[Token, ...]]] = {False: {}, True: {}}  # as many chunks


def _chunk_tokens(chunk: str, quoted: bool) -> tuple[Token, ...]:
    """The tokens of one blank-free chunk without a double quote ("Damon's," → Damon, 's, ","),
    kept for the next time."""
    known = _known_chunks[quoted]
    found = known.get(chunk)
    if found is None:
        words = _known_words[quoted]
        found = tuple(t for raw in _TOKEN.findall(chunk)
                      for t in (words.get(raw) or _word_tokens(raw, quoted)))
        if len(known) >= KNOWN_WORDS:
            known.clear()
        known[chunk] = found
    return found


def _word_tokens(raw: str, quoted: bool) -> tuple[Token, ...]:
    """The tokens of one matched word, kept for the next time (Tokens are immutable, so one
    word's are shared)."""
    tokens = []
    for part in _split_contraction(raw):
        lower = part.lower()
        stem = _stem(lower)
        tokens.append(Token(part, lower, stem, quoted, _content_word(lower, stem),
                            part[:1].isupper() or part.startswith("@"), _PRONOUN_OF.get(lower, ""),
                            stem[:1].isalnum(), part in _SENTENCE_ENDS and not quoted, _modifier_word(lower)))
    known = _known_words[quoted]
    if len(known) >= KNOWN_WORDS:
        known.clear()
    found = known[raw] = tuple(tokens)
    return found


def _text_tokens(text: str) -> list[Token]:
    """The tokens of a comment's normalised text, kept for the last short texts asked for (topic
    counts and classification both need them); callers must not change the list."""
    return _text_tokens_cached(text) if len(text) <= CACHED_LENGTH else tokenise(normalise_text(text))


@lru_cache(maxsize=1 << 14)
def _text_tokens_cached(text: str) -> list[Token]:
    return tokenise(normalise_text(text))


def _split_contraction(raw: str) -> list[str]:
    low = raw.lower()
    if low.endswith("n't") and len(raw) > 3:
        base = raw[:-3]
        return [_NOT_STEMS.get(base.lower(), base), "n't"]
    if "'" in raw[1:]:
        base, _, tail = raw.partition("'")
        if base:
            return [base, "'" + tail]
    return [raw]


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(t.stem for t in tokenise(text) if t.text not in '"')


@lru_cache(maxsize=4096)
def _phrase_cached(text: str) -> tuple[str, ...]:
    return _phrase(text)


class Match(NamedTuple):
    """Where a phrase was found and whether a negator turns it around (a named tuple: made
    several times faster than a frozen dataclass, and there are many)."""

    start: int
    end: int  # one past the last word
    negated: bool


def _find(phrase: str, tokens: Sequence[Token], lo: int = 0, hi: int | None = None,
          anchored: bool = False) -> list[Match]:
    """Every occurrence of `phrase` in tokens[lo:hi], words in order with small modifier gaps."""
    words = _phrase_cached(phrase)
    hi = len(tokens) if hi is None else hi
    found: list[Match] = []
    index = _index(tokens)
    if not words or words[0] not in index.stems:
        return found
    if anchored:
        starts: Sequence[int] = [lo]
    else:  # only where the first word is (the index's positions of its stem, ascending)
        at = index.positions(words[0])
        starts = at[bisect_left(at, lo):bisect_left(at, hi)]
    for start in starts:
        if start >= hi or tokens[start].stem != words[0]:
            continue
        end, negated = _follow(words, tokens, start, hi)
        if end is not None:
            found.append(Match(start, end, negated or _negated_before(tokens, start)))
    return found


def _follow(words: tuple[str, ...], tokens: Sequence[Token], start: int,
            hi: int) -> tuple[int | None, bool]:
    at, negated = start + 1, False
    for word in words[1:]:
        gap = 0
        while at < hi and tokens[at].stem != word:
            if gap >= MAX_GAP or not (tokens[at].modifier or tokens[at].stem in NEGATORS):
                return None, False
            negated = negated or tokens[at].stem in NEGATORS
            gap, at = gap + 1, at + 1
        if at >= hi:
            return None, False
        at += 1
    return at, negated


def _modifier_word(lower: str) -> bool:
    """Whether a word (lower-cased) is a modifier: an intensifier or an adverb in -ly."""
    return lower in MODIFIERS or (lower.endswith("ly") and len(lower) > 4)


def _negated_before(tokens: Sequence[Token], start: int) -> bool:
    """A negator earlier in the same clause, within a few words; not inside an "if" clause,
    where "if men weren't X" presupposes that they are."""
    negated = False
    edge = max(-1, start - 1 - NEGATION_WINDOW)
    for at in range(start - 1, edge, -1):
        stem = tokens[at].stem
        if stem in _CLAUSE_EDGES:
            return negated
        if stem in NEGATORS and not _outraged(tokens, at):
            negated = True
        if stem in CONDITIONALS and negated:
            return False
    if not negated:
        return _denied_belief(tokens, start)
    # Before the window only the nearest clause break (the negation stands) or conditional (it
    # does not) decides; found through an index, as a scan back per cue was quadratic.
    stop = _index(tokens).stops()[edge] if edge >= 0 else -1
    return stop < 0 or tokens[stop].stem not in CONDITIONALS


_STOP_STEMS = _CLAUSE_EDGES | CONDITIONALS
BELIEF_STEMS = frozenset(_stem(w) for w in ("believe", "think", "buy", "accept"))
BELIEF_WINDOW = 12  # "I don't believe for a second he's a cheat": a denied belief reaches this far


def _outraged(tokens: Sequence[Token], at: int) -> bool:
    """Whether the negator at `at` is the "n't" of "can't believe" (outrage, which denies nothing)."""
    return (0 < at < len(tokens) - 1 and tokens[at + 1].stem in BELIEF_STEMS
            and tokens[at - 1].lower in {"ca", "can", "could"})


def _denied_belief(tokens: Sequence[Token], start: int) -> bool:
    """"I don't believe (for a second) that ...", "I never thought ...": the commenter denies what
    follows a negated verb of belief in the same clause (not "they don't believe ...")."""
    for at in range(start - 1, max(-1, start - 1 - BELIEF_WINDOW), -1):
        stem = tokens[at].stem
        if stem in _STOP_STEMS:
            return False
        if stem in BELIEF_STEMS:
            if any(t.lower in {"ca", "can", "could", "cannot"} for t in tokens[max(0, at - 3):at]):
                return False  # "I can't believe the way they treated him": outrage, not denial
            before = [t for t in tokens[max(0, at - 3):at] if t.stem not in AUXILIARIES]
            return (len(before) >= 2 and before[-1].stem in NEGATORS
                    and before[-2].lower in {"i", "we"})
    return False


class _Index:
    """What the phrase search asks of a token list, worked out once per list: the stems in it
    (a phrase whose first word is not among them cannot match) and where clauses stop."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.stems = set(map(_STEM, tokens))
        self._stops: list[int] | None = None
        self._first_word: int | None = None
        self._pronouns: list[int] | None = None
        self._positions: dict[str, list[int]] | None = None

    def positions(self, stem: str) -> list[int]:
        """The positions of the tokens with this stem, ascending (callers must not change it)."""
        if self._positions is None:
            self._positions = {}
        found = self._positions.get(stem)
        if found is None:
            found = ([at for at, token in enumerate(self.tokens) if token.stem == stem]
                     if stem in self.stems else [])
            self._positions[stem] = found
        return found

    def first_word(self) -> int:
        """The position of the first word that is not a leading conjunction (len: none)."""
        if self._first_word is None:
            self._first_word = next((at for at, t in enumerate(self.tokens)
                                     if t.stem[:1].isalnum() and not t.lower.startswith("@")
                                     and t.lower not in LEADING_CONJUNCTIONS), len(self.tokens))
        return self._first_word

    def pronouns(self) -> list[int]:
        """The positions of the pronouns a mention may be made with, in order."""
        if self._pronouns is None:
            self._pronouns = [at for at, t in enumerate(self.tokens) if t.pronoun]
        return self._pronouns

    def stops(self) -> list[int]:
        """For each position, the nearest position at or before it holding a clause break, a
        contrast or a conditional (-1: none)."""
        if self._stops is None:
            stops, last = [], -1
            for at, token in enumerate(self.tokens):
                last = at if token.stem in _STOP_STEMS else last
                stops.append(last)
            self._stops = stops
        return self._stops


_recent: dict[int, _Index] = {}  # the last token lists searched, by identity (each index keeps its list)
RECENT_INDEXES = 64


def _index(tokens: Sequence[Token]) -> _Index:
    """The index of a token list (which is never changed once made), from the last ones."""
    index = _recent.get(id(tokens))
    if index is not None and index.tokens is tokens:
        return index
    index = _Index(tokens)
    if len(_recent) >= RECENT_INDEXES:
        _recent.clear()
    _recent[id(tokens)] = index
    return index


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _sentence_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Where each sentence of the tokens starts and ends: runs closed by a sentence's end, each
    holding a word (not marks only)."""
    ends = list(compress(range(1, len(tokens) + 1), map(_ENDS, tokens)))
    spans = zip([0, *ends], [*ends, len(tokens)], strict=True)
    return [(a, b) for a, b in spans if a < b and (tokens[a].word or any(map(_WORD, tokens[a:b])))]


def _sentences(tokens: list[Token]) -> list[list[Token]]:
    return [tokens[a:b] for a, b in _sentence_spans(tokens)]


def _sentence_ends(tokens: list[Token]) -> list[int]:
    """Where each of _sentences(tokens) ends in the tokens (the tokens are shared, cached objects:
    a sentence's place is not found from them)."""
    return [b for _, b in _sentence_spans(tokens)]


_COMMON_STEMS = frozenset({_stem(w) for w in STOPWORDS} | {"be", "not", "'s"})


class _PhraseTable:
    """A list of phrases with each one's stems, indexed by one stem of each (its longest), so the
    phrases a sentence may hold are found from the sentence's words rather than by trying all."""

    def __init__(self, phrases: tuple[str, ...], needs: Sequence[frozenset[str]] | None = None) -> None:
        """needs: the stems each phrase needs, when not all of its own (loose claims)."""
        self.phrases = phrases
        self.words = list(needs) if needs is not None else [frozenset(_phrase_cached(p)) for p in phrases]
        self.by_key: dict[str, list[int]] = {}
        for at, words in enumerate(self.words):
            if words:
                # keyed by a word few sentences hold (not "the" of "one of the few")
                self.by_key.setdefault(max(words, key=lambda w: (w not in _COMMON_STEMS, len(w), w)),
                                       []).append(at)
        self.keys = frozenset(self.by_key)

    def possible(self, stems: set[str]) -> list[str]:
        """The phrases, in order, whose every word is among these stems."""
        if self.keys.isdisjoint(stems):
            return []
        return [self.phrases[at] for at in self.possible_at(stems)]

    def possible_at(self, stems: set[str]) -> list[int]:
        """The positions of those phrases, ascending."""
        if self.keys.isdisjoint(stems):  # most sentences hold no key: found without a new set
            return []
        words = self.words
        found = [at for key in self.keys.intersection(stems) for at in self.by_key[key] if words[at] <= stems]
        if len(found) > 1:
            found.sort()
        return found


_tables: dict[int, _PhraseTable] = {}


def _possible(phrases: tuple[str, ...], tokens: Sequence[Token]) -> list[str]:
    """The phrases, in order, whose every word is among the tokens' stems: only these can match."""
    table = _tables.get(id(phrases))
    if table is None or table.phrases is not phrases:
        if len(_tables) >= 256:
            _tables.clear()
        table = _tables[id(phrases)] = _PhraseTable(phrases)
    stems = _index(tokens).stems
    if table.keys.isdisjoint(stems):
        return []
    every = table.phrases
    return [every[at] for at in table.possible_at(stems)]


_FUNCTION_WORDS = frozenset({"the", "a", "an", "is", "are", "be", "to", "of", "in", "on", "for", "their",
                             "his", "her", "its", "my", "our", "your", "like", "and", "or", "it", "that",
                             "into", "with", "all", "more", "than", "no"})


@lru_cache(maxsize=4096)
def _first_words(cue: str) -> tuple[str | None, str | None]:
    """The stem a match of the cue must start with, and the one a loose match must start with."""
    words = _phrase_cached(cue)
    content = [w for w in words if w not in _FUNCTION_WORDS]
    loose = content[0] if len(content) >= 2 and not any(w in NEGATORS for w in words) else None
    return (words[0] if words else None), loose


_GENERIC = frozenset(_stem(w) for w in (
    "people", "thing", "things", "time", "year", "years", "way", "day", "make", "made", "get", "got",
    "say", "said", "says", "tell", "told", "think", "know", "want", "going", "come", "look", "good",
    "bad", "right", "wrong", "really", "just", "like", "one", "two", "new", "old", "every", "everyone",
    "everybody", "nobody", "someone", "anyone", "would", "could", "should", "also", "even", "still",
    "never", "ever", "always", "well", "much", "many", "lot", "last", "first", "us", "we", "our", "you",
    "they", "she", "he", "it", "i", "me", "my", "mine", "yes", "no", "not", "lol", "let", "need",
    "take", "took", "give", "gave", "put", "go", "went", "back", "long", "mean", "see", "did", "does",
    "done", "doing", "has", "had", "having", "was", "were", "been", "being", "are", "is", "can", "will",
))


def _content_stems(text: str) -> set[str]:
    """The stems of the content words among a text's tokens ({t.stem for t in _text_tokens(text) if
    t.content}), from each blank-separated chunk's, kept: a token's stem and whether it is content
    depend only on its word, not on quotes, and no token spans a blank (see tokenise)."""
    get = _known_content.get
    chunks = normalise_text(text).replace("\u2019", "'").split()
    return set().union(*[found if (found := get(chunk)) is not None else _chunk_content(chunk)
                         for chunk in chunks])


_known_content: dict[str, frozenset[str]] = {}  # chunk -> the stems of its content words


def _chunk_content(chunk: str) -> frozenset[str]:
    """The stems of the content words of one blank-free chunk, kept for the next time."""
    words = _known_words[False]
    found = frozenset(t.stem for raw in _TOKEN.findall(chunk) if raw != '"'
                      for t in (words.get(raw) or _word_tokens(raw, False)) if t.content)
    if len(_known_content) >= KNOWN_WORDS:
        _known_content.clear()
    _known_content[chunk] = found
    return found


def _content(token: Token) -> bool:
    return _content_word(token.lower, token.stem)


@lru_cache(maxsize=1 << 17)
def _content_word(lower: str, stem: str) -> bool:
    """Whether a word (lower-cased, and its stem) is a content word."""
    return (len(lower) > 2 and lower.isalpha() and lower not in STOPWORDS
            and stem not in _GENERIC and stem not in NEGATORS)
