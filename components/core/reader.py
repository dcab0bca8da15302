"""Reading a seed file into text, or a one-line reason why it cannot be read."""

import codecs
import math
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

__all__ = ["MAX_BYTES", "ReadError", "SourceText", "check_size", "too_large", "unreadable", "read_source",
           "decode_bytes"]

MAX_BYTES = 16 * 1024 * 1024  # a news article with its comments is far below this
# Legacy encodings tried when a file is not UTF-8: Windows Western (the common case for
# English-language pages) and the CJK code pages, whose bytes cp1252 would accept as garbage.
LEGACY_ENCODINGS = ("cp1252", "gb18030", "big5", "shift_jis", "euc_kr")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


class ReadError(Exception):
    """A file that cannot be parsed; str() is the reason, in words."""


@dataclass(frozen=True)
class SourceText:
    """A decoded seed file."""

    text: str
    encoding: str


def decode_bytes(data: bytes) -> SourceText:
    """Decode a file's bytes: a BOM wins, then UTF-8, then cp1252; refuse binary data."""
    if not data.strip():
        raise ReadError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return SourceText(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(f"undecodable {encoding} text at byte {exc.start}") from exc
    if b"\x00" in data[:65536]:
        raise ReadError("binary file (NUL bytes), not text")
    try:
        return SourceText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> SourceText:
    """The most plausible legacy encoding (charset-normalizer's judgement among LEGACY_ENCODINGS)."""
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None:
        return SourceText(str(best), best.encoding)
    try:
        return SourceText(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not text in UTF-8, UTF-16 or a known legacy encoding (byte {exc.start})") from exc


def unreadable(exc: OSError | RuntimeError) -> str:
    """The reason given for a file the system would not let us read."""
    return f"cannot be read ({getattr(exc, 'strerror', None) or exc})"


def too_large(size: int) -> str:
    """The reason given for a file of more than MAX_BYTES (sizes in MiB, as the limit is set)."""
    return f"too large ({math.ceil(size / 2**20 * 10) / 10:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)"


def check_size(size: int) -> None:
    """Refuse a file of more than MAX_BYTES."""
    if size > MAX_BYTES:
        raise ReadError(too_large(size))


def read_source(path: Path) -> SourceText:
    """Read and decode one seed file, refusing files over MAX_BYTES before reading them."""
    check_size(path.stat().st_size)
    return decode_bytes(path.read_bytes())
