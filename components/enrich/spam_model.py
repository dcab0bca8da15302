"""The learned half of the spam score: logistic regression on TF-IDF weighted, hashed word and
character n-grams, trained by `benchmarks/train_spam_model.py` into a small committed file.

The features are those of scikit-learn's HashingVectorizer (words and word pairs; character 2- to
5-grams; MurmurHash3 of each n-gram's UTF-8 bytes, |h| mod 2**16), computed for a whole batch at
once with numpy (`ngram_columns`): the n-grams are byte ranges of one buffer and MurmurHash3 runs
over all of them together, so there is no Python per n-gram. Scoring packs each n-gram's (text,
column) in 32 bits, puts the keys in order with two radix passes and sums with reduceat, without
building a sparse matrix.

The rule signals are not model features: they enter the score once, in the noisy-or of
`components.enrich.spam`, so the model only has to learn what the rules do not say.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, diags, hstack

from ..core.repair import normalise_text

__all__ = ["SpamModel", "is_word", "murmurhash3_32", "ngram_columns", "term_counts",
           "inverse_document_frequency",
           "weigh", "train_model", "load_model", "model_text", "MODEL_PATH", "N_FEATURES"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "spam_model.npz"
BITS = 16
N_FEATURES = 2**BITS  # columns per block
_COLUMN = np.uint16  # holds a column (BITS bits)
# An n-gram seen in fewer training comments than this gets no weight: it cannot generalise.
MIN_DOCUMENT_FREQUENCY = 2
# Words and word pairs; character n-grams across word boundaries (they see "www . site . com").
_TOKEN = re.compile(r"(?u)\b\w+\b")  # HashingVectorizer's default token_pattern
CHAR_NGRAMS = (2, 5)
_CHUNK = 64  # texts hashed and scored at once: their keys (about 60,000) stay in the core's cache
assert _CHUNK <= 2 ** (32 - BITS)  # a chunk's rows fit beside the columns in 32 bits (_pack)
_SEPARATOR = "\x00"  # between texts in the buffer of words: never part of a word
_C1, _C2, _N = np.uint32(0xCC9E2D51), np.uint32(0x1B873593), np.uint32(0xE6546B64)  # MurmurHash3's
_TAIL_MASKS = np.array([0, 0xFF, 0xFFFF, 0xFFFFFF], dtype=np.uint32)


def model_text(text: str) -> str:
    """The text as the model sees it: normalised and lower case."""
    return normalise_text(text).lower()


def _rotl(x: np.ndarray, r: int) -> np.ndarray:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def _scramble(k: np.ndarray) -> np.ndarray:
    return _rotl(k * _C1, 15) * _C2


def _fmix(h: np.ndarray, length: np.ndarray | np.uint32) -> np.ndarray:
    """MurmurHash3's finalisation, as int32."""
    h = h ^ length
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h.view(np.int32)


@lru_cache(maxsize=1)
def _word_table() -> np.ndarray:
    """True for the Basic Multilingual Plane code points that are word characters (\\w)."""
    return np.array([chr(c).isalnum() or c == 0x5F for c in range(0x10000)], dtype=bool)


def is_word(codes: np.ndarray) -> np.ndarray:
    """\\w for each code point (above the BMP looked up once per distinct code point)."""
    out = _word_table()[np.minimum(codes, 0xFFFF)]
    high = codes > 0xFFFF
    if high.any():
        distinct, where = np.unique(codes[high], return_inverse=True)
        out[high] = np.array([chr(int(c)).isalnum() for c in distinct], dtype=bool)[where]
    return out


def _words_at(buffer: bytes) -> np.ndarray:
    """The little-endian 4-byte word at every offset of buffer (zero padded): a block, or a tail
    once masked, is one look-up."""
    data = np.frombuffer(buffer + bytes(4), dtype=np.uint8).astype(np.uint32)
    return data[:-3] | data[1:-2] << np.uint32(8) | data[2:-1] << np.uint32(16) | data[3:] << np.uint32(24)


def murmurhash3_32(buffer: bytes, start: np.ndarray, length: np.ndarray) -> np.ndarray:
    """MurmurHash3 (x86, 32-bit, seed 0) of each byte range buffer[start:start + length], as int32:
    what sklearn.utils.murmurhash3_32 gives for those bytes."""
    word = _words_at(buffer)
    h = np.zeros(len(start), dtype=np.uint32)
    blocks = length >> 2
    for j in range(int(blocks.max(initial=0))):
        live = np.flatnonzero(blocks > j)
        h[live] = _rotl(h[live] ^ _scramble(word[start[live] + 4 * j]), 13) * np.uint32(5) + _N
    tail = (length & 3).astype(np.intp)
    h ^= _scramble(word[start + (blocks << 2)] & _TAIL_MASKS[tail])  # a tail of 0 bytes scrambles to 0
    return _fmix(h, length.astype(np.uint32))


def _ascii_states(joined: str) -> dict[int, np.ndarray]:
    """MurmurHash3's state before finalisation of the character n-gram of each length (CHAR_NGRAMS)
    at every position of ASCII text, where a character is a byte: an n-gram of at most 5 bytes is
    at most one block and a tail, computed for every position at once (murmurhash3_32 for the same
    ranges, without its look-ups)."""
    word = _words_at(joined.encode("ascii"))[:-1]
    one_block = _rotl(_scramble(word), 13) * np.uint32(5) + _N
    states = {2: _scramble(word & _TAIL_MASKS[2]), 3: _scramble(word & _TAIL_MASKS[3]), 4: one_block}
    if CHAR_NGRAMS[1] >= 5:
        fifth = np.append(word[4:] & _TAIL_MASKS[1], np.zeros(4, np.uint32))[:len(word)]
        states[5] = one_block ^ _scramble(fifth)
    return states


def _ascii_char_hashes(joined: str, room: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(position, MurmurHash3) of every character n-gram of ASCII texts (_ascii_states)."""
    states = _ascii_states(joined)
    low, high = CHAR_NGRAMS
    positions = [np.flatnonzero(room >= n) for n in range(low, high + 1)]
    hashes = [_fmix(states[n][at], np.uint32(n))
              for n, at in zip(range(low, high + 1), positions, strict=True)]
    return np.concatenate(positions), np.concatenate(hashes)


def _ascii_char_keys(joined: str, room: np.ndarray, shifted: np.ndarray) -> list[np.ndarray]:
    """_pack of every character n-gram of ASCII texts, one array per length (shifted: the row of
    each position, shifted as _pack shifts it): every position hashed, those too near their
    text's end left out after."""
    states = _ascii_states(joined)
    low, high = CHAR_NGRAMS
    return [(_column_bits(_fmix(states[n], np.uint32(n))) | shifted)[room >= n] for n in range(low, high + 1)]


def _hash_columns(hashes: np.ndarray) -> np.ndarray:
    """HashingVectorizer's column of each hash: |h| mod N_FEATURES. (Its rule for h = -2**31 gives
    0, as does |h| & (N_FEATURES - 1) in int32 arithmetic.)"""
    return (np.abs(hashes) & np.int32(N_FEATURES - 1)).astype(np.int64)


def _column_bits(hashes: np.ndarray) -> np.ndarray:
    """_hash_columns as uint32."""
    return (np.abs(hashes) & np.int32(N_FEATURES - 1)).view(np.uint32)


def _pack(rows: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """Each n-gram's row and column (of its hash) as one 32-bit key: row << BITS | column (rows
    below 2**(32 - BITS))."""
    return (rows.astype(np.uint32) << np.uint32(BITS)) | _column_bits(hashes)


def _utf8_offsets(text: str) -> np.ndarray:
    """The UTF-8 byte offset of every character of text, and its end."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    size = 1 + (codes >= 0x80) + (codes >= 0x800) + (codes >= 0x10000)
    return np.concatenate(([0], np.cumsum(size)))


def _utf8_char_hashes(joined: str, room: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(position, MurmurHash3) of every character n-gram of any texts: murmurhash3_32 of their
    UTF-8 byte ranges."""
    offsets = _utf8_offsets(joined)
    low, high = CHAR_NGRAMS
    starts = [np.flatnonzero(room >= n) for n in range(low, high + 1)]
    first = np.concatenate(starts)
    last = np.concatenate([s + n for s, n in zip(starts, range(low, high + 1), strict=True)])
    return first, murmurhash3_32(joined.encode("utf-8", "surrogatepass"), offsets[first],
                                 offsets[last] - offsets[first])


def _char_groups(keys: list[str]) -> Iterator[tuple[bool, str, np.ndarray, np.ndarray]]:
    """The texts in two groups, ASCII and not: (ascii, the texts joined, the row of each character,
    the characters left from each to its text's end)."""
    plain = np.array([k.isascii() for k in keys], dtype=bool)
    for ascii_only in (True, False):
        chosen = np.flatnonzero(plain == ascii_only)
        if not len(chosen):
            continue
        joined = "".join(keys[n] for n in chosen)
        lengths = np.fromiter((len(keys[n]) for n in chosen), dtype=np.int64, count=len(chosen))
        room = np.repeat(np.cumsum(lengths), lengths) - np.arange(len(joined))
        yield ascii_only, joined, np.repeat(chosen, lengths), room


def _char_columns(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of every character n-gram (CHAR_NGRAMS lengths, inside one text); ASCII texts
    through _ascii_char_hashes, the others through murmurhash3_32 of their UTF-8 byte ranges."""
    out_rows, out_cols = [], []
    for ascii_only, joined, rows, room in _char_groups(keys):
        first, hashes = (_ascii_char_hashes if ascii_only else _utf8_char_hashes)(joined, room)
        out_rows.append(rows[first])
        out_cols.append(_hash_columns(hashes))
    if not out_rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(out_rows), np.concatenate(out_cols)


def _char_keys(keys: list[str]) -> np.ndarray:
    """_char_columns packed (_pack)."""
    out = [np.zeros(0, dtype=np.uint32)]
    for ascii_only, joined, rows, room in _char_groups(keys):
        if ascii_only:
            out += _ascii_char_keys(joined, room, rows.astype(np.uint32) << np.uint32(BITS))
        else:
            first, hashes = _utf8_char_hashes(joined, room)
            out.append(_pack(rows[first], hashes))
    return np.concatenate(out)


def _token_codes(keys: list[str]) -> np.ndarray:
    """The code points of _SEPARATOR.join(" ".join(_TOKEN.findall(k)) for k in keys) + _SEPARATOR,
    found with numpy: the words (runs of \\w) kept, each gap between two words of a text one space."""
    joined = _SEPARATOR.join(k.replace(_SEPARATOR, " ") for k in keys) + _SEPARATOR
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    word = is_word(codes)
    gap = ~word & (codes != 0)
    position = np.arange(len(codes))
    after_gap = np.minimum.accumulate(np.where(gap, len(codes), position)[::-1])[::-1]  # next non-gap
    opens = np.flatnonzero(gap & np.concatenate(([False], word[:-1])))  # gaps right after a word
    spaced = opens[word[np.minimum(after_gap[opens], len(codes) - 1)] & (after_gap[opens] < len(codes))]
    out = codes.copy()
    out[spaced] = 0x20
    keep = ~gap
    keep[spaced] = True
    return out[keep]


def _word_hashes(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(row, MurmurHash3) of every word and every pair of neighbouring words ("w1 w2") of each text."""
    codes = _token_codes(keys)
    joined = codes.tobytes().decode("utf-32-le", "surrogatepass")
    offsets = _utf8_offsets(joined)
    inside = (codes != 0x20) & (codes != 0)
    edges = np.diff(np.concatenate(([0], inside.astype(np.int8), [0])))
    begin, end = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    row_of = np.cumsum(codes == 0)[begin]  # separators before the word = its text
    pair = row_of[1:] == row_of[:-1]
    first = np.concatenate([begin, begin[:-1][pair]])
    last = np.concatenate([end, end[1:][pair]])
    hashes = murmurhash3_32(joined.encode("utf-8", "surrogatepass"), offsets[first],
                            offsets[last] - offsets[first])
    return np.concatenate([row_of, row_of[:-1][pair]]), hashes


def _word_columns(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of every word and every pair of neighbouring words ("w1 w2") of each text."""
    rows, hashes = _word_hashes(keys)
    return rows, _hash_columns(hashes)


def ngram_columns(keys: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """For texts in model_text form: (row, column) of every n-gram occurrence, per block (words
    and word pairs; character n-grams), exactly as HashingVectorizer would count them."""
    return [_word_columns(keys), _char_columns(keys)]


def _ngram_keys(keys: list[str]) -> list[np.ndarray]:
    """ngram_columns of fewer than 2**(32 - BITS) texts, each n-gram's row and column packed (_pack)."""
    return [_pack(*_word_hashes(keys)), _char_keys(keys)]


def term_counts(texts: list[str]) -> list[csr_matrix]:
    """One n-gram count matrix per block, for the texts (normalised and lowercased here)."""
    keys = [model_text(t) for t in texts]
    return [csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(keys), N_FEATURES))
            for rows, cols in ngram_columns(keys)]


def inverse_document_frequency(counts: list[csr_matrix]) -> np.ndarray:
    """Smoothed idf of every column of the count matrices, 0 for rare n-grams."""
    weights = []
    for block in counts:
        frequency = np.bincount(block.indices, minlength=block.shape[1])
        idf = np.log((1.0 + block.shape[0]) / (1.0 + frequency)) + 1.0
        idf[frequency < MIN_DOCUMENT_FREQUENCY] = 0.0
        weights.append(idf)
    return np.concatenate(weights)


def weigh(counts: list[csr_matrix], idf: np.ndarray) -> csr_matrix:
    """Sublinear tf times idf, each block scaled to unit length: the features of SpamModel."""
    from sklearn.preprocessing import normalize  # imported when used: a build does not need it

    blocks = []
    for n, block in enumerate(counts):
        tf = block.astype(np.float64)
        tf.data = 1.0 + np.log(tf.data)
        blocks.append(normalize(tf @ diags(idf[n * N_FEATURES:(n + 1) * N_FEATURES])))
    return hstack(blocks).tocsr()


def _distinct(keys: np.ndarray, rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, count) of each distinct n-gram of each of rows texts, from their _pack keys, in
    order of row then column: the keys put in that order by two stable radix passes, by column and
    then by row (numpy's stable argsort of 8- and 16-bit integers is a radix sort: about twice as
    fast here as sorting the keys)."""
    keys = keys[np.argsort(keys.astype(_COLUMN), kind="stable")]
    keys = keys[np.argsort((keys >> np.uint32(BITS)).astype(np.uint8 if rows <= 256 else np.uint16),
                           kind="stable")]
    starts = np.flatnonzero(np.concatenate((keys[:1] == keys[:1], keys[1:] != keys[:-1])))
    counts = np.diff(np.append(starts, len(keys)))
    return (keys[starts] >> BITS).astype(np.int64), (keys[starts] & (N_FEATURES - 1)).astype(np.int64), counts


@dataclass(frozen=True)
class SpamModel:
    """Weights of a trained model, its idf and the decision threshold chosen for it."""

    coef: np.ndarray
    intercept: float
    threshold: float
    idf: np.ndarray

    @cached_property
    def _squares(self) -> np.ndarray:
        """(1 * idf)**2 of each column: tf * idf squared where tf is 1."""
        once = 1.0 * self.idf
        return once * once

    @cached_property
    def _products(self) -> np.ndarray:
        """(1 * idf) * coef of each column: tf * idf times the weight where tf is 1."""
        return (1.0 * self.idf) * self.coef

    def probability(self, texts: list[str]) -> np.ndarray:
        """P(spam) for each text."""
        return self.probability_of_keys([model_text(t) for t in texts])

    def probability_of_keys(self, keys: list[str]) -> np.ndarray:
        """P(spam) for texts already in model_text form (numpy over the batch, _CHUNK at a time)."""
        return np.concatenate([np.zeros(0), *(self._chunk(keys[start:start + _CHUNK])
                                              for start in range(0, len(keys), _CHUNK))])

    def _chunk(self, keys: list[str]) -> np.ndarray:
        """P(spam) for a chunk of texts: the features of weigh, summed per text with reduceat."""
        logits = np.full(len(keys), self.intercept)
        for n, packed in enumerate(_ngram_keys(keys)):
            row, col, count = _distinct(packed, len(keys))
            if not len(row):
                continue
            block = slice(n * N_FEATURES, (n + 1) * N_FEATURES)
            # tf is 1 for an n-gram that occurs once in its text (most): tf * idf is idf, so its
            # square and its product with the weight are those worked out once per column
            squares, products = self._squares[block][col], self._products[block][col]
            repeated = np.flatnonzero(count > 1)
            if len(repeated):
                at = col[repeated]
                tfidf = (1.0 + np.log(count[repeated])) * self.idf[block][at]
                squares[repeated] = tfidf * tfidf
                products[repeated] = tfidf * self.coef[block][at]
            starts = np.flatnonzero(np.concatenate(([True], row[1:] != row[:-1])))
            # two 1-D reduceat sums: the same sums, bit for bit, as one over the two stacked columns
            norm = np.sqrt(np.add.reduceat(squares, starts))
            weighted = np.add.reduceat(products, starts)
            logits[row[starts]] += weighted / np.where(norm > 0, norm, 1.0)
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def save(self, path: Path) -> None:
        """Store the weights and idf values of the columns in use (idf > 0), compressed."""
        index = np.flatnonzero((self.coef != 0) | (self.idf != 0))
        np.savez_compressed(path, size=len(self.coef), intercept=self.intercept,
                            threshold=self.threshold, index=index.astype(np.int32),
                            coef=self.coef[index].astype(np.float32),
                            idf=self.idf[index].astype(np.float32))


def train_model(texts: list[str], labels: list[bool], c: float, threshold: float) -> SpamModel:
    """Fit the idf and the logistic regression on the same training texts."""
    from sklearn.linear_model import LogisticRegression  # imported when used: a build does not need it

    counts = term_counts(texts)
    idf = inverse_document_frequency(counts)
    fitted = LogisticRegression(C=c, max_iter=3000).fit(weigh(counts, idf), labels)
    return SpamModel(fitted.coef_[0].astype(np.float64), float(fitted.intercept_[0]), threshold,
                     idf)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> SpamModel:
    """The committed model."""
    with np.load(path) as data:
        size, index = int(data["size"]), data["index"]
        coef, idf = np.zeros(size), np.zeros(size)
        coef[index], idf[index] = data["coef"], data["idf"]
        return SpamModel(coef, float(data["intercept"]), float(data["threshold"]), idf)
