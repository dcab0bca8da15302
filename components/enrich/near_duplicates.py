"""Near-duplicate comments for the spam score: for each comment, the first other author (in corpus
order) who posted nearly the same body (rapidfuzz ratio >= NEAR_DUPLICATE_RATIO).

Split like the build: `signatures` is per document (an exact-text key and MinHash band keys, a
few bytes per comment); `first_other_authors` runs once over the corpus. Up to ALL_PAIRS_LIMIT
long comments every pair is compared (rapidfuzz's C++ cdist). Beyond it, exact duplicates are
grouped by their key, and distinct texts become candidates only when they share a MinHash band
(LSH) of their word triples, digits folded (spam templates vary the sums); a candidate is verified
with the same ratio, in corpus order, stopping once no later text can change the answer.
A `PairMemo` keeps the verdicts of the pairs checked, by the two texts' exact keys, so a rebuild
checks (and reads the texts of) only pairs it has not seen: the search itself is the same.
"""

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
from rapidfuzz import fuzz, process

from .spam_model import is_word as _is_word
from .spam_model import model_text

__all__ = ["NEAR_DUPLICATE_RATIO", "NEAR_DUPLICATE_MIN_CHARS", "ALL_PAIRS_LIMIT", "NONE", "signatures",
           "exact_key", "band_matrix", "first_other_comments", "first_other_authors", "all_pairs_first",
           "PairMemo", "UNKNOWN", "first_other_comments_since", "SEARCH_VERSION", "Answers"]

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
NONE = _NONE
_TAKE_SLICE = 65_536  # rows moved at once by _take_rows
_SEARCH_SLICE = 4_096  # texts whose candidates are held at once
_KEY_SLICE = 16_384  # texts read at once
_MINHASH_TEXTS = 32  # texts whose shingles are hashed at once
UNKNOWN = -1  # a comment whose answer in the last build is not known (first_other_comments_since)
# What a kept answer depends on, beside the texts and their order: the search's constants.
SEARCH_VERSION = f"1:{ROWS}:{BANDS}:{SHINGLE_WORDS}:{_MAX_CHECKS}:{_CHECK_BLOCK}"


def exact_key(key: str) -> int:
    """A stable 64-bit key of a normalised text (blake2b; Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "little", signed=True)


def _batch_codes(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The code points of all texts in one array (uint32), each text followed by a NUL (never a
    word character), and the row (text number) of every code point."""
    joined = "\0".join(k.replace("\0", " ") for k in keys) + "\0"
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
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
    first = np.flatnonzero(opens[inside])  # where each word starts among the word characters
    # a word's characters are consecutive: each one's offset in its word from its word's start
    offset = np.arange(len(inside)) - np.repeat(first, np.diff(np.append(first, len(inside))))
    powers = np.ones(int(offset.max()) + 1, dtype=np.uint64)
    powers[1:] = np.cumprod(np.full(len(powers) - 1, _BASE, dtype=np.uint64))
    return rows[starts], np.add.reduceat(codes[inside].astype(np.uint64) * powers[offset], first)


def _shingles(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(row, hash) of each text's word triples (each run of digits folded to one 0: templates vary
    sums and their lengths); a text of fewer words is one."""
    codes, rows = _batch_codes(keys)
    digit = (codes >= 0x30) & (codes <= 0x39)
    keep = ~(digit & np.concatenate(([False], digit[:-1])))
    codes, rows = np.where(digit, np.uint32(0x30), codes)[keep], rows[keep]
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
    has_triple = np.zeros(len(keys), dtype=bool)
    has_triple[out_rows] = True
    short = np.flatnonzero(~has_triple)
    if not len(short):  # every text has a triple: the rows are already in order
        return out_rows, out_h
    fallback = np.array([exact_key(keys[r]) for r in short], dtype=np.int64).view(np.uint64)
    order = np.argsort(np.concatenate([out_rows, short]), kind="stable")
    return np.concatenate([out_rows, short])[order], np.concatenate([out_h, fallback])[order]


def _bands(keys: list[str]) -> np.ndarray:
    """(len(keys), BANDS) band keys: MinHash of the shingles, ROWS hashes folded per band. The
    hashes are computed for _MINHASH_TEXTS texts at a time, in place: the block stays in cache."""
    rows, h = _shingles(keys)
    starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
    bounds = np.append(starts, len(h))
    minimum = np.empty((len(keys), ROWS * BANDS), dtype=np.uint64)
    multipliers, offsets = _A[:ROWS * BANDS], _B[:ROWS * BANDS]
    for first in range(0, len(keys), _MINHASH_TEXTS):
        last = min(first + _MINHASH_TEXTS, len(keys))
        low, high = bounds[first], bounds[last]
        hashed = np.multiply(h[low:high, None], multipliers)
        np.add(hashed, offsets, out=hashed)
        minimum[first:last] = np.minimum.reduceat(hashed, starts[first:last] - low, axis=0)
    # (a * h + b) >> 16, minimised: the shift keeps order, so it is taken of the minimum only
    np.right_shift(minimum, np.uint64(16), out=minimum)
    per_band = minimum.reshape(len(keys), BANDS, ROWS)
    folded = per_band[:, :, 0]
    for k in range(1, ROWS):
        folded = folded * _BASE + per_band[:, :, k]
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


def all_pairs_first(pool: list[str], eligible: np.ndarray, author_ids: np.ndarray) -> np.ndarray:
    """Every pair of the pooled texts (those of the eligible comments, in order) compared in
    rapidfuzz's C++ (cdist), a block of rows at a time: for each eligible comment, the first
    comment by another author with a near-duplicate text (_NONE for none)."""
    found = np.full(len(pool), _NONE, dtype=np.int64)
    mine = author_ids[eligible]
    for start in range(0, len(pool), _DUPLICATE_BLOCK):
        scores = process.cdist(pool[start:start + _DUPLICATE_BLOCK], pool, scorer=fuzz.ratio,
                               score_cutoff=NEAR_DUPLICATE_RATIO, workers=-1)
        for offset, row in enumerate(scores):
            n = start + offset
            hits = np.flatnonzero(row)
            hits = hits[(hits != n) & (mine[hits] != mine[n])]
            if len(hits):
                found[n] = eligible[hits[0]]
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
        self.key = np.empty(len(keys), dtype=np.int64)  # each distinct text's exact key
        self.key[rank] = keys

    def first_not(self, text: int, author: int) -> int:
        """The first comment of this text by someone other than author."""
        return int(self.first_at[text] if self.first_author[text] != author else self.other_at[text])


def _memberships(bands: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """(text, bucket) of each place where a distinct text shares a band with another, sorted by
    text, and each such bucket's first members (in corpus order: the sort is stable), enough for
    a search, which checks at most _MAX_CHECKS candidates."""
    texts: list[np.ndarray] = []
    buckets: list[np.ndarray] = []
    heads: list[np.ndarray] = []
    for band in range(bands.shape[1]):
        order = np.argsort(bands[:, band], kind="stable")
        values = bands[order, band]
        starts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
        sizes = np.diff(np.append(starts, len(values)))
        shared = sizes > 1
        number = np.full(len(starts), -1, dtype=np.int64)
        number[shared] = len(heads) + np.arange(int(shared.sum()))
        inside = np.repeat(shared, sizes)
        texts.append(order[inside])
        buckets.append(np.repeat(number, sizes)[inside])
        heads += [order[start:start + min(size, _MAX_CHECKS + 1)].copy()
                  for start, size in zip(starts[shared].tolist(), sizes[shared].tolist(), strict=True)]
    text, bucket = np.concatenate(texts), np.concatenate(buckets)
    by_text = np.argsort(text, kind="stable")
    return text[by_text], bucket[by_text], heads


def _union(parts: list[np.ndarray]) -> np.ndarray:
    """The sorted union of sorted arrays (one sort: numpy's hashing unique is slower here)."""
    if len(parts) == 1:
        return parts[0]
    joined = np.sort(np.concatenate(parts))
    return joined[np.concatenate(([True], joined[1:] != joined[:-1]))]


class _Search:
    """One distinct text's search: its candidates (in corpus order, at most _MAX_CHECKS), how many
    were taken, and for each of its authors the first comment by someone else of this text or of
    a verified near-duplicate so far."""

    def __init__(self, text: int, candidates: np.ndarray, best: dict[int, int]) -> None:
        self.text, self.candidates, self.best, self.taken = text, candidates, best, 0

    def block(self, first_at: np.ndarray) -> np.ndarray:
        """The next candidates worth checking (none once no later one can do better: candidates
        come in corpus order, and a text's comments are never before its first)."""
        if self.taken >= len(self.candidates):
            return self.candidates[:0]
        block = self.candidates[self.taken:self.taken + _CHECK_BLOCK]
        self.taken += _CHECK_BLOCK
        block = block[first_at[block] < max(self.best.values())]
        if not len(block):
            self.taken = len(self.candidates)
        return block


def first_other_comments(exact: np.ndarray, bands: np.ndarray, eligible: np.ndarray, author_ids: np.ndarray,
                         keys_of: Callable[[np.ndarray], list[str]],
                         memo: "PairMemo | None" = None, lsh: bool = False,
                         wanted: np.ndarray | None = None) -> np.ndarray:
    """For each eligible comment (numbers in corpus order; exact keys and band rows beside them,
    bands reused in place), the number of the first comment by another author whose text is
    nearly the same (_NONE for none). keys_of(numbers) gives those comments' texts in model_text
    form; it is asked only for candidates the memo does not know (their pairs), once. Up to
    ALL_PAIRS_LIMIT comments every pair is compared, unless lsh (the search of a larger corpus).
    wanted (a mask of the eligible comments): only the answers of those are asked for, the others'
    are left as their exact duplicates give them (their texts are not searched)."""
    if len(eligible) <= ALL_PAIRS_LIMIT and not lsh:
        return all_pairs_first(keys_of(eligible) if len(eligible) else [], eligible, author_ids)
    mine = author_ids[eligible]
    table = _Texts(eligible, exact, mine)
    of = table.of_comment
    answer = np.where(table.first_author[of] != mine, table.first_at[of], table.other_at[of])
    band_keys = _take_rows(bands, table.comment_at)
    text_of_place, bucket_of_place, heads = _memberships(band_keys)
    del band_keys
    searched = np.unique(text_of_place)
    if wanted is not None:
        searched = np.intersect1d(searched, of[wanted], assume_unique=False)
    key, memo = _Keys(table.first_at, keys_of), memo if memo is not None else PairMemo()
    by_text = np.argsort(of, kind="stable")
    bounds = np.searchsorted(of[by_text], np.arange(len(table.first_at) + 1))
    first_place = np.searchsorted(text_of_place, searched, side="left")
    last_place = np.searchsorted(text_of_place, searched, side="right")
    for begin in range(0, len(searched), _SEARCH_SLICE):  # candidates held for a slice of texts at a time
        searches = []
        for n in range(begin, min(begin + _SEARCH_SLICE, len(searched))):
            text = int(searched[n])
            candidates = _union([heads[b] for b in bucket_of_place[first_place[n]:last_place[n]].tolist()])
            authors = set(mine[by_text[bounds[text]:bounds[text + 1]]].tolist())
            searches.append(_Search(text, candidates[candidates != text][:_MAX_CHECKS],
                                    {a: table.first_not(text, a) for a in authors}))
        _verify(searches, table, key, memo)
        for search in searches:
            members = by_text[bounds[search.text]:bounds[search.text + 1]]
            answer[members] = [search.best[a] for a in mine[members].tolist()]
    return answer


def _sharing(exact: np.ndarray, bands: np.ndarray, keys: np.ndarray, key_bands: np.ndarray) -> np.ndarray:
    """Which rows have one of the exact keys, or a band key of one of key_bands in the same band
    (hash lookups: no sort of the corpus)."""
    found = np.array(pd.Series(exact).isin(pd.unique(keys)), dtype=bool)
    for band in range(bands.shape[1]):
        found |= pd.Series(bands[:, band]).isin(pd.unique(key_bands[:, band])).to_numpy()
    return found


def first_other_comments_since(exact: np.ndarray, bands: np.ndarray, eligible: np.ndarray,
                               author_ids: np.ndarray, keys_of: Callable[[np.ndarray], list[str]],
                               memo: "PairMemo", before: np.ndarray, removed: np.ndarray,
                               removed_bands: np.ndarray) -> np.ndarray | None:
    """first_other_comments from the last build's answers: before gives each eligible comment's
    answer then, in this corpus's numbering (UNKNOWN for the comments of documents added or changed
    since, whose texts count as changed), removed and removed_bands the exact and band keys of the
    comments gone since (their texts changed too; the order of the comments still there must be
    theirs then). A text's answer depends only on its own comments and those of the texts sharing
    a band bucket with it (its candidates: the first members of those buckets); so only the texts
    that share their exact key or a bucket with a changed text are searched again, over those texts
    and every text of their buckets, with the corpus's search; the others keep their answer (and
    when comments were only added after all others, so do those that had an answer: _appended).
    None when that would not pay (a small corpus, or much changed): then search the whole corpus."""
    new = before == UNKNOWN
    if len(eligible) <= ALL_PAIRS_LIMIT or 2 * (int(new.sum()) + len(removed)) > len(eligible):
        return None
    dirty = _sharing(exact, bands, np.concatenate([exact[new], removed]),
                     np.concatenate([bands[new], removed_bands.reshape(-1, bands.shape[1])]))
    if _appended(new, removed):
        dirty &= new | (before == _NONE)  # an answer found before stays (_appended)
    if not dirty.any():
        return before.copy()
    involved = _sharing(exact, bands, exact[dirty], bands[dirty])  # the dirty texts' buckets, whole
    if 2 * int(involved.sum()) > len(eligible):
        return None
    at = first_other_comments(exact[involved], bands[involved], eligible[involved], author_ids, keys_of,
                              memo, lsh=True, wanted=dirty[involved])
    answer = before.copy()
    answer[dirty] = at[dirty[involved]]
    return answer


def _appended(new: np.ndarray, removed: np.ndarray) -> bool:
    """Whether the comments changed since the last build were only added, after every other one
    (documents added at the end of the corpus): then a comment's answer found then is its answer
    now. Its text's candidates then are a prefix of its candidates now (texts are numbered in corpus
    order, so a new one joins a bucket's first members and a text's candidates only at their end),
    and a text's first comment by someone other than an author, once there is one, is still that
    comment; so every new way to the same text is a comment after the answer found, which stays the
    first. Only the comments without an answer then, and the new ones, can have a new answer."""
    if len(removed) or not new.any():
        return False
    return not new[:int(np.flatnonzero(new)[0])].any() and bool(new[int(np.flatnonzero(new)[0]):].all())


@dataclass
class Answers:
    """The last build's answers for a corpus's search (first_other_comments_since's before, removed
    and removed_bands; before None: search the whole corpus) and, once searched, this one's (found)."""

    before: np.ndarray | None = None
    removed: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    removed_bands: np.ndarray = field(default_factory=lambda: np.zeros((0, BANDS), np.uint64))
    found: np.ndarray | None = None
    whole: bool = False  # whether the whole corpus was searched

    def search(self, exact: np.ndarray, bands: np.ndarray, eligible: np.ndarray, author_ids: np.ndarray,
               keys_of: Callable[[np.ndarray], list[str]], memo: "PairMemo | None") -> np.ndarray:
        """first_other_comments (since the last build's answers when there are some), kept in found."""
        found = None
        if self.before is not None and memo is not None:
            found = first_other_comments_since(exact, bands, eligible, author_ids, keys_of, memo,
                                               self.before, self.removed, self.removed_bands)
        self.whole = found is None
        self.found = found if found is not None else first_other_comments(exact, bands, eligible, author_ids,
                                                                          keys_of, memo)
        return self.found


class _Keys:
    """The model_text of the searched texts, read when first asked for (a slice at a time) and
    kept as Arrow strings (a few bytes over the text each)."""

    def __init__(self, first_at: np.ndarray, keys_of: Callable[[np.ndarray], list[str]]) -> None:
        self.first_at, self.keys_of = first_at, keys_of
        self.position = np.full(len(first_at), -1, dtype=np.int64)
        self.chunks: list[pa.Array] = []
        self.read = 0

    def __getitem__(self, texts: np.ndarray) -> list[str]:
        """The keys of these texts."""
        missing = np.unique(texts[self.position[texts] < 0])
        for start in range(0, len(missing), _KEY_SLICE):
            part = missing[start:start + _KEY_SLICE]  # increasing, so their comments are too
            self.chunks.append(pa.array(self.keys_of(self.first_at[part]), pa.large_string()))
            self.position[part] = self.read + np.arange(len(part))
            self.read += len(part)
        if len(self.chunks) > 1:
            self.chunks = [pa.concat_arrays(self.chunks)]
        if not len(texts):
            return []
        return list(self.chunks[0].take(pa.array(self.position[texts])).to_pylist())


class PairMemo:
    """Verdicts (ratio >= NEAR_DUPLICATE_RATIO or not) of pairs of texts, by the exact keys of the
    two (in the order checked): those known before (`pairs`, sorted, and `similar` beside them) and
    those looked up or checked since (`kept`: what a memo for the next build needs)."""

    def __init__(self, pairs: np.ndarray | None = None, similar: np.ndarray | None = None) -> None:
        self.pairs = np.zeros(0, np.uint64) if pairs is None else np.asarray(pairs, np.uint64)
        self.similar = np.zeros(0, bool) if similar is None else np.asarray(similar, bool)
        if len(self.pairs) != len(self.similar) or bool((self.pairs[1:] <= self.pairs[:-1]).any()):
            raise ValueError("a pair memo's pairs must be sorted and distinct, a verdict for each")
        self.used = np.zeros(len(self.pairs), bool)  # looked up since this memo was made
        self.starts: np.ndarray | None = None  # the first pair of each bucket of top bits (lookup)
        self.seen: list[np.ndarray] = []  # checked since (not known before)
        self.seen_similar: list[np.ndarray] = []
        self.checked = 0  # pairs checked with the ratio (not known before)

    @staticmethod
    def ids(first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """One 64-bit id per ordered pair of exact keys (a mix of the two)."""
        with np.errstate(over="ignore"):
            x = first.astype(np.int64).view(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
            x = (x ^ (x >> np.uint64(29))) + second.astype(np.int64).view(np.uint64)
            x = (x ^ (x >> np.uint64(31))) * np.uint64(0xBF58476D1CE4E5B9)
            return x ^ (x >> np.uint64(32))

    def lookup(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which of the pairs are known, and the verdict of those that are (False for the others);
        the known ones are marked as used (kept)."""
        known = np.zeros(len(ids), bool)
        similar = np.zeros(len(ids), bool)
        if len(self.pairs) and len(ids):
            at = self._first_not_below(ids)
            found = np.flatnonzero(self.pairs[at] == ids)
            known[found] = True
            similar[found] = self.similar[at[found]]
            self.used[at[found]] = True
        return known, similar

    def _first_not_below(self, ids: np.ndarray) -> np.ndarray:
        """For each id, the index of the first pair >= it (the last pair's when none is): a binary
        search within the id's bucket of its top bits (the ids are hashes, so a bucket holds a few
        pairs), all ids a step at a time, instead of over the whole memo (cache misses)."""
        if self.starts is None:
            bits = max(1, int(np.log2(len(self.pairs))) - 3)
            bounds = np.arange(2 ** bits, dtype=np.uint64) << np.uint64(64 - bits)
            self.starts = np.append(np.searchsorted(self.pairs, bounds), len(self.pairs))
        bits = int(np.log2(len(self.starts) - 1))
        bucket = (ids >> np.uint64(64 - bits)).astype(np.int64)
        low, high = self.starts[bucket], self.starts[bucket + 1]
        while (open_ := low < high).any():
            middle = (low + high) // 2
            below = self.pairs[np.minimum(middle, len(self.pairs) - 1)] < ids
            low = np.where(open_ & below, middle + 1, low)
            high = np.where(open_ & ~below, middle, high)
        return np.minimum(low, len(self.pairs) - 1)

    def record(self, ids: np.ndarray, similar: np.ndarray) -> None:
        """Remember the verdicts of pairs checked now (not known before)."""
        self.seen.append(ids)
        self.seen_similar.append(similar)

    def kept(self) -> tuple[np.ndarray, np.ndarray]:
        """The pairs looked up or checked since this memo was made, sorted, with their verdicts (a
        pair checked twice: the first verdict). Sorted in place, with no index array the size of
        the pairs: at a million comments there are about 20 million."""
        fresh, fresh_similar = self._fresh()
        old, old_similar = self.pairs[self.used], self.similar[self.used]
        if not len(old):
            return fresh, fresh_similar
        if not len(fresh):
            return old, old_similar
        # Two sorted runs, none in both (the fresh pairs were unknown): merged.
        at = np.searchsorted(old, fresh) + np.arange(len(fresh))
        pairs = np.empty(len(old) + len(fresh), np.uint64)
        similar = np.empty(len(pairs), bool)
        placed = np.zeros(len(pairs), bool)
        placed[at] = True
        pairs[at], similar[at] = fresh, fresh_similar
        pairs[~placed], similar[~placed] = old, old_similar
        return pairs, similar

    def _fresh(self) -> tuple[np.ndarray, np.ndarray]:
        """The pairs checked since, sorted and distinct, each with its first verdict."""
        if not self.seen:
            return np.zeros(0, np.uint64), np.zeros(0, bool)
        fresh = np.concatenate(self.seen)
        fresh.sort()  # in place; the verdicts are found again below, from the similar pairs
        yes = np.sort(np.concatenate([ids[similar] for ids, similar in zip(self.seen, self.seen_similar,
                                                                           strict=True)]))
        similar = np.empty(len(fresh), bool)
        for start in range(0, len(fresh), _TAKE_SLICE):
            part = fresh[start:start + _TAKE_SLICE]
            found = np.minimum(np.searchsorted(yes, part), max(len(yes) - 1, 0))
            similar[start:start + len(part)] = yes[found] == part if len(yes) else False
        repeated = np.flatnonzero(fresh[1:] == fresh[:-1])
        if len(repeated):  # a pair id seen twice (a hash collision): the first verdict counts
            twice = np.unique(fresh[repeated])
            first = self._first_verdicts(twice)
            keep = np.concatenate(([True], fresh[1:] != fresh[:-1]))
            fresh, similar = fresh[keep], similar[keep]
            similar[np.searchsorted(fresh, twice)] = first
        return fresh, similar

    def _first_verdicts(self, ids: np.ndarray) -> np.ndarray:
        """The verdict each of these pair ids (sorted, each checked more than once) was first given."""
        verdict = np.zeros(len(ids), bool)
        open_ = np.ones(len(ids), bool)
        for part, similar in zip(self.seen, self.seen_similar, strict=True):
            where = np.flatnonzero(np.isin(part, ids[open_]))
            if not len(where):
                continue
            values, first = np.unique(part[where], return_index=True)  # first occurrence in the part
            number = np.searchsorted(ids, values)
            verdict[number] = similar[where[first]]
            open_[number] = False
            if not open_.any():
                break
        return verdict


def _verify(searches: list[_Search], table: _Texts, key: _Keys, memo: PairMemo) -> None:
    """Each search's candidates checked with the ratio a block at a time, in rounds: one
    multi-threaded cpdist over the next block of every search still going (pairs the memo knows
    are not checked again)."""
    active = searches
    while active:
        pending = [(s, block) for s in active if len(block := s.block(table.first_at))]
        if not pending:
            return
        lengths = [len(block) for _, block in pending]
        mine = np.repeat(np.array([s.text for s, _ in pending], dtype=np.int64), lengths)
        others = np.concatenate([block for _, block in pending])
        ids = memo.ids(table.key[mine], table.key[others])
        known, similar = memo.lookup(ids)
        todo = np.flatnonzero(~known)
        if len(todo):
            needed = np.unique(np.concatenate([mine[todo], others[todo]]))
            strings = np.empty(len(needed), dtype=object)
            strings[:] = key[needed]  # each text once: the pairs share its string
            similar[todo] = process.cpdist(
                strings[np.searchsorted(needed, mine[todo])].tolist(),
                strings[np.searchsorted(needed, others[todo])].tolist(), scorer=fuzz.ratio,
                score_cutoff=NEAR_DUPLICATE_RATIO, workers=-1) > 0
            memo.checked += len(todo)
            memo.record(ids[todo], similar[todo])
        for (search, block), hits in zip(pending, np.split(similar, np.cumsum(lengths)[:-1]), strict=True):
            for other in block[hits].tolist():
                search.best = {a: min(b, table.first_not(other, a)) for a, b in search.best.items()}
        active = [s for s, _ in pending]


def _take_rows(rows: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """rows[chosen] for increasing chosen, written over rows' first lines a slice at a time (no
    second copy of a large array)."""
    for start in range(0, len(chosen), _TAKE_SLICE):
        part = chosen[start:start + _TAKE_SLICE]
        rows[start:start + len(part)] = rows[part]
    return rows[:len(chosen)]


def band_matrix(bands: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """The comments with band keys (numbers) and their keys as a (n, BANDS) uint64 array."""
    eligible = np.array([i for i, b in enumerate(bands) if b], dtype=np.int64)
    joined = b"".join(bands[i] for i in eligible)
    return eligible, np.frombuffer(joined, dtype=np.uint64).reshape(len(eligible), BANDS).copy()


def first_other_authors(exact: Sequence[int], bands: Sequence[bytes], authors: Sequence[str],
                        text_of: Callable[[int], str]) -> list[str]:
    """For each comment, the first other author whose text is nearly the same (or ''), from the
    signatures of the whole corpus; text_of(i) gives comment i's text (read only for candidates)."""
    eligible, matrix = band_matrix(bands)
    author_ids = pd.factorize(pd.Series(list(authors), dtype=object))[0]
    at = first_other_comments(np.asarray(exact, dtype=np.int64)[eligible], matrix, eligible, author_ids,
                              lambda numbers: [model_text(text_of(int(i))) for i in numbers])
    found = [""] * len(authors)
    for n, i in zip(eligible.tolist(), at.tolist(), strict=True):
        if i != _NONE:
            found[n] = authors[i]
    return found
