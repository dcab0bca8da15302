"""Near-duplicate comments for the spam score: for each comment, the first other author (in corpus
order) who posted nearly the same body (rapidfuzz ratio >= NEAR_DUPLICATE_RATIO).

Split like the build: `signatures` is per document (an exact-text key and MinHash band keys, a
few bytes per comment); `first_other_authors` runs once over the corpus. Up to ALL_PAIRS_LIMIT
long comments every pair is compared (rapidfuzz's C++ cdist). Beyond it, exact duplicates are
grouped by their key, and distinct texts become candidates only when they share a MinHash band
(LSH) of their word triples, digits folded (spam templates vary the sums); a candidate is verified
with the same ratio, in corpus order, stopping once no later text can change the answer.
"""

import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from .spam_model import model_text

__all__ = ["NEAR_DUPLICATE_RATIO", "NEAR_DUPLICATE_MIN_CHARS", "ALL_PAIRS_LIMIT", "signatures",
           "exact_key", "first_other_authors", "all_pairs_authors"]

NEAR_DUPLICATE_RATIO = 90
NEAR_DUPLICATE_MIN_CHARS = 40
ALL_PAIRS_LIMIT = 1_000  # all pairs of 1,000 long comments take about a second of CPU
_DUPLICATE_BLOCK = 512  # rows of the similarity matrix computed at once
# MinHash LSH: BANDS bands of ROWS hashes each. Texts whose word-triple sets have Jaccard
# similarity J share a band with probability 1 - (1 - J**ROWS)**BANDS: 0.96 at J = 0.6, 0.999 at
# 0.7, 0.18 at 0.3. On a 10k synthetic corpus the pairs with ratio >= 90 had J >= 0.4 (1% below
# 0.68; most are spam templates, where each text has many such partners).
ROWS, BANDS = 4, 24
SHINGLE_WORDS = 3
# At most this many candidate texts verified per distinct text, _CHECK_BLOCK at a time (one cdist).
# Instances of one spam template are not all within ratio 90 of each other, so the first few
# members of a large bucket may all fail where a later one passes: the cap must be generous.
_MAX_CHECKS = 512
_CHECK_BLOCK = 64
_RNG = np.random.default_rng(20171216)
_A = _RNG.integers(1, 2**63, 256, dtype=np.uint64) | np.uint64(1)  # hash functions: (a * h + b) >> 16
_B = _RNG.integers(0, 2**63, 256, dtype=np.uint64)
_BASE = np.uint64(0x100000001B3)
_NONE = np.iinfo(np.int64).max  # no such comment


def exact_key(key: str) -> int:
    """A stable 64-bit key of a normalised text (blake2b; Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "little", signed=True)


@lru_cache(maxsize=1)
def _word_table() -> np.ndarray:
    """True for the Basic Multilingual Plane code points that are word characters (\\w)."""
    return np.array([chr(c).isalnum() or c == 0x5F for c in range(0x10000)], dtype=bool)


def _is_word(codes: np.ndarray) -> np.ndarray:
    """\\w for each code point (above the BMP looked up once per distinct code point)."""
    out = _word_table()[np.minimum(codes, 0xFFFF)]
    high = codes > 0xFFFF
    if high.any():
        distinct, where = np.unique(codes[high], return_inverse=True)
        out[high] = np.array([chr(int(c)).isalnum() for c in distinct], dtype=bool)[where]
    return out


def _batch_codes(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The code points of all texts in one array, each text followed by a NUL (never a word
    character), and the row (text number) of every code point."""
    joined = "\0".join(k.replace("\0", " ") for k in keys) + "\0"
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(k) + 1 for k in keys), dtype=np.int64, count=len(keys))
    return codes, np.repeat(np.arange(len(keys), dtype=np.int64), lengths)


def _word_hashes(codes: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row, polynomial hash) of every word (a run of \\w), in order."""
    word = _is_word(codes)
    opens = word & ~np.concatenate(([False], word[:-1]))
    starts = np.flatnonzero(opens)
    if not len(starts):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    inside = np.flatnonzero(word)
    word_of = np.cumsum(opens)[inside] - 1
    offset = inside - starts[word_of]
    powers = np.ones(int(offset.max()) + 1, dtype=np.uint64)
    powers[1:] = np.cumprod(np.full(len(powers) - 1, _BASE, dtype=np.uint64))
    first = np.searchsorted(word_of, np.arange(len(starts)))
    return rows[starts], np.add.reduceat(codes[inside] * powers[offset], first)


def _shingles(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(row, hash) of each text's word triples (each run of digits folded to one 0: templates vary
    sums and their lengths); a text of fewer words is one."""
    codes, rows = _batch_codes(keys)
    digit = (codes >= 0x30) & (codes <= 0x39)
    keep = ~(digit & np.concatenate(([False], digit[:-1])))
    codes, rows = np.where(digit, np.uint64(0x30), codes)[keep], rows[keep]
    word_rows, h = _word_hashes(codes, rows)
    n = SHINGLE_WORDS
    span = len(h) - n + 1
    if span > 0:
        whole = word_rows[:span] == word_rows[n - 1:]
        triple = h[:span]
        for k in range(1, n):
            triple = triple * _BASE + h[k:k + span]
        out_rows, out_h = word_rows[:span][whole], triple[whole]
    else:
        out_rows, out_h = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    short = np.setdiff1d(np.arange(len(keys)), out_rows)
    fallback = np.array([exact_key(keys[r]) for r in short], dtype=np.int64).view(np.uint64)
    order = np.argsort(np.concatenate([out_rows, short]), kind="stable")
    return np.concatenate([out_rows, short])[order], np.concatenate([out_h, fallback])[order]


def _bands(keys: list[str]) -> np.ndarray:
    """(len(keys), BANDS) band keys: MinHash of the shingles, ROWS hashes folded per band."""
    rows, h = _shingles(keys)
    hashed = (h[:, None] * _A[:ROWS * BANDS] + _B[:ROWS * BANDS]) >> np.uint64(16)
    starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
    minimum = np.minimum.reduceat(hashed, starts, axis=0).reshape(len(keys), BANDS, ROWS)
    folded = minimum[:, :, 0]
    for k in range(1, ROWS):
        folded = folded * _BASE + minimum[:, :, k]
    return folded


def signatures(keys: list[str]) -> tuple[list[int], list[bytes]]:
    """For texts in model_text form: the exact key of each, and its band keys as bytes (empty for
    texts shorter than NEAR_DUPLICATE_MIN_CHARS, which are never near-duplicates)."""
    long = [n for n, k in enumerate(keys) if len(k) >= NEAR_DUPLICATE_MIN_CHARS]
    bands = [b""] * len(keys)
    if long:
        for n, row in zip(long, _bands([keys[n] for n in long]), strict=True):
            bands[n] = row.tobytes()
    return [exact_key(k) for k in keys], bands


def _first_other_author(i: int, row: np.ndarray, eligible: list[int], authors: Sequence[str]) -> str:
    return next((authors[eligible[c]] for c in np.flatnonzero(row)
                 if eligible[c] != i and authors[eligible[c]] != authors[i]), "")


def all_pairs_authors(pool: list[str], eligible: list[int], authors: Sequence[str]) -> dict[int, str]:
    """Every pair of the pooled texts compared in rapidfuzz's C++ (cdist), a block of rows at a time:
    for each eligible position, the first other author with a near-duplicate text (or '')."""
    found = {}
    for start in range(0, len(pool), _DUPLICATE_BLOCK):
        scores = process.cdist(pool[start:start + _DUPLICATE_BLOCK], pool, scorer=fuzz.ratio,
                               score_cutoff=NEAR_DUPLICATE_RATIO, workers=-1)
        for offset, row in enumerate(scores):
            i = eligible[start + offset]
            found[i] = _first_other_author(i, row, eligible, authors)
    return found


class _Texts:
    """The distinct long texts: first comment, its author, first comment by another author."""

    def __init__(self, eligible: np.ndarray, exact: np.ndarray, author_ids: np.ndarray) -> None:
        keys, first, self.of_comment = np.unique(exact, return_index=True, return_inverse=True)
        rank = np.empty(len(keys), dtype=np.int64)
        rank[np.argsort(first, kind="stable")] = np.arange(len(keys))
        self.of_comment = rank[self.of_comment]  # distinct texts numbered in order of first comment
        first = np.sort(first)
        self.first_at, self.first_author = eligible[first], author_ids[first]
        other = author_ids != self.first_author[self.of_comment]
        self.other_at = np.full(len(keys), _NONE, dtype=np.int64)
        texts, where = np.unique(self.of_comment[other], return_index=True)
        self.other_at[texts] = eligible[np.flatnonzero(other)[where]]
        self.comment_at = first

    def first_not(self, text: int, author: int) -> int:
        """The first comment of this text by someone other than author."""
        return int(self.first_at[text] if self.first_author[text] != author else self.other_at[text])


def _buckets(bands: np.ndarray) -> dict[int, list[np.ndarray]]:
    """For each distinct text sharing a band with another: the first members (in corpus order) of
    each such bucket, enough for _best_for, which checks at most _MAX_CHECKS candidates."""
    found: dict[int, list[np.ndarray]] = defaultdict(list)
    for band in range(bands.shape[1]):
        order = np.argsort(bands[:, band], kind="stable")
        values = bands[order, band]
        starts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
        ends = np.append(starts[1:], len(values))
        for start, end in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
            members = order[start:end]
            head = members[:_MAX_CHECKS + 1]
            for text in members:
                found[int(text)].append(head)
    return found


def _best_for(text: int, authors: set[int], candidates: np.ndarray, table: _Texts,
              similar: Callable[[int, np.ndarray], np.ndarray]) -> dict[int, int]:
    """For each author of a distinct text: the first comment by someone else of this text or a
    verified near-duplicate, checking candidates in corpus order, a block at a time, until none
    can do better."""
    best = {a: table.first_not(text, a) for a in authors}
    for start in range(0, min(len(candidates), _MAX_CHECKS), _CHECK_BLOCK):
        block = candidates[start:start + _CHECK_BLOCK]
        block = block[table.first_at[block] < max(best.values())]
        if not len(block):
            break
        for other in block[similar(text, block)]:
            best = {a: min(b, table.first_not(int(other), a)) for a, b in best.items()}
    return best


def first_other_authors(exact: Sequence[int], bands: Sequence[bytes], authors: Sequence[str],
                        text_of: Callable[[int], str]) -> list[str]:
    """For each comment, the first other author whose text is nearly the same (or ''), from the
    signatures of the whole corpus; text_of(i) gives comment i's text (read only for candidates)."""
    found = [""] * len(authors)
    eligible = np.array([i for i, b in enumerate(bands) if b], dtype=np.int64)
    if len(eligible) <= ALL_PAIRS_LIMIT:
        pool = [model_text(text_of(int(i))) for i in eligible]
        for i, name in all_pairs_authors(pool, eligible.tolist(), authors).items():
            found[i] = name
        return found
    author_ids = pd.factorize(pd.Series(authors, dtype=object).iloc[eligible])[0]
    table = _Texts(eligible, np.asarray(exact, dtype=np.int64)[eligible], author_ids)
    of = table.of_comment
    answer = np.where(table.first_author[of] != author_ids, table.first_at[of], table.other_at[of])
    band_keys = np.frombuffer(b"".join(bands[i] for i in eligible[table.comment_at]),
                              dtype=np.uint64).reshape(len(table.first_at), -1)
    texts: dict[int, str] = {}

    def key_text(t: int) -> str:
        if t not in texts:
            texts[t] = model_text(text_of(int(table.first_at[t])))
        return texts[t]

    def similar(text: int, others: np.ndarray) -> np.ndarray:
        scores = process.cdist([key_text(text)], [key_text(int(o)) for o in others], scorer=fuzz.ratio,
                               score_cutoff=NEAR_DUPLICATE_RATIO)[0]
        return np.asarray(scores > 0)

    by_text = np.argsort(of, kind="stable")
    bounds = np.searchsorted(of[by_text], np.arange(len(table.first_at) + 1))
    for text, members in _buckets(band_keys).items():
        candidates = np.unique(np.concatenate(members))
        mine = by_text[bounds[text]:bounds[text + 1]]
        best = _best_for(text, set(author_ids[mine].tolist()), candidates[candidates != text], table,
                         similar)
        answer[mine] = [best[a] for a in author_ids[mine]]
    for n, at in enumerate(answer):
        if at != _NONE:
            found[eligible[n]] = authors[at]
    return found
