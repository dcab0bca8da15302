"""Text repair: GBK mojibake undone run by run, and normalisation for scoring."""

import html
import re
import unicodedata
from functools import lru_cache

__all__ = ["repair_mojibake", "normalise_text", "fold_typography", "CACHED_LENGTH"]

# Characters that GBK encodes in two bytes: mojibake of UTF-8 read as GBK is made of these.
_GBK_RUN = re.compile(r"[\u00a1-\uffff]+")
# Longest segment tried when a run does not decode whole (bounds the work on long CJK text).
_MAX_SEGMENT = 48

# Typographic characters folded to ASCII so VADER's lexicon and negation rules see them.
_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\uff07": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\uff02": '"', "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2012": "-", "\u2212": "-",
    "\u2026": "...", "\u00a0": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
    "\u200b": "", "\ufeff": "",
})
# The same folding as (character, replacement) pairs: replacing only the characters a text holds is
# about ten times faster than str.translate with a dict (every replacement is ASCII, so none
# creates another character of the table).
_TYPOGRAPHY_PAIRS = tuple((chr(code), str(replacement)) for code, replacement in _TYPOGRAPHY.items())


def _decode_gbk_segment(segment: str) -> str | None:
    """The UTF-8 text a GBK-decoded segment came from, or None when it is not mojibake."""
    try:
        repaired = segment.encode("gbk").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    # Only 3- and 4-byte UTF-8 sequences: a lone real Chinese character never becomes Latin.
    if any(0x80 <= ord(ch) < 0x800 for ch in repaired):
        return None
    return repaired


def _may_start_mojibake(ch: str) -> bool:
    """Whether a segment starting with this character can be mojibake: its GBK bytes must open a
    3- or 4-byte UTF-8 sequence (lead byte E0-F4). Skipping the others keeps random text cheap."""
    try:
        return 0xE0 <= ch.encode("gbk")[0] <= 0xF4
    except UnicodeEncodeError:
        return False


@lru_cache(maxsize=1 << 12)
def _repair_run(run: str) -> str:
    """Repair one run of GBK-range characters, whole if it decodes, else segment by segment."""
    whole = _decode_gbk_segment(run) if _may_start_mojibake(run[0]) else None
    if whole is not None:
        return whole
    out: list[str] = []
    i = 0
    while i < len(run):
        stop = i + 1 if not _may_start_mojibake(run[i]) else min(len(run), i + _MAX_SEGMENT)
        for j in range(stop, i + 1, -1):
            repaired = _decode_gbk_segment(run[i:j])
            if repaired is not None:
                out.append(repaired)
                i = j
                break
        else:
            out.append(run[i])
            i += 1
    return "".join(out)


@lru_cache(maxsize=1)
def _possible_starts() -> re.Pattern[str]:
    """A character range holding every character that may start mojibake (_may_start_mojibake: a
    few thousand CJK ideographs), worked out once: a text without one is repaired into itself."""
    starts = [code for code in range(0xA1, 0x10000) if _may_start_mojibake(chr(code))]
    return re.compile(f"[{re.escape(chr(min(starts)))}-{re.escape(chr(max(starts)))}]")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-GBK mojibake (`don鈥檛` -> `don’t`); leave real CJK and lost bytes."""
    if text.isascii() or _possible_starts().search(text) is None:
        return text  # no run can decode (each would be kept as it is, a character at a time)
    return _GBK_RUN.sub(lambda m: _repair_run(m.group(0)), text)


def fold_typography(text: str) -> str:
    """Fold typographic quotes, dashes, ellipses and odd spaces to their ASCII forms."""
    if text.isascii():
        return text
    for char, replacement in _TYPOGRAPHY_PAIRS:
        if char in text:
            text = text.replace(char, replacement)
    return text


NORMALISED_CACHE = 1 << 14  # texts whose normalised form is kept (sentiment, stance and spam ask for each)
CACHED_LENGTH = 2_000       # ... when no longer than this (so the cache stays a few megabytes)


def normalise_text(text: str) -> str:
    """Text as a scorer should see it: repaired, unescaped, NFKC, ASCII quotes, one space."""
    return _normalised(text) if len(text) <= CACHED_LENGTH else _normalise(text)


@lru_cache(maxsize=NORMALISED_CACHE)
def _normalised(text: str) -> str:
    return _normalise(text)


def _normalise(text: str) -> str:
    if text.isascii() and "&" not in text:  # nothing to repair, unescape, fold or compose
        return " ".join(text.split())  # = re.sub(r"\s+", " ", text).strip(), faster
    text = html.unescape(repair_mojibake(text))
    if not unicodedata.is_normalized("NFKC", text):  # the check is several times cheaper than normalising
        text = unicodedata.normalize("NFKC", text)
    text = fold_typography(text)
    return " ".join(text.split())
