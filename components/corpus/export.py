"""Writing tables out: CSV safe to open in a spreadsheet, JSON, Parquet."""

import io
import re

import pandas as pd

__all__ = ["FORMULA_PREFIX", "neutralise_formulas", "to_csv_bytes", "to_json_bytes",
           "to_parquet_bytes", "encode_table"]

# A cell starting with one of these is read as a formula by spreadsheets (OWASP CSV injection),
# including the full-width and small forms and the minus sign that some spreadsheet programs
# fold to ASCII, and also when blanks, zero-width or non-breaking spaces come first (spreadsheets
# may trim them).
_FORMULA_CHARS = "=+\\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212"
_LEADING_BLANKS = "\\s\u200b\u200c\u200d\u2060\ufeff"  # \s: any Unicode space or line break
_FORMULA_START = re.compile(f"^(?:[\\t\\r]|[{_LEADING_BLANKS}]*[{_FORMULA_CHARS}])")
FORMULA_PREFIX = "'"


def _neutralise(value: object) -> object:
    if isinstance(value, str) and _FORMULA_START.match(value):
        return FORMULA_PREFIX + value
    return value


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot be taken for formulas; numbers are left alone."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(_neutralise)
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """RFC 4180 CSV in UTF-8 with a BOM (spreadsheets detect the encoding), formulas neutralised."""
    return neutralise_formulas(frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_json_bytes(frame: pd.DataFrame) -> bytes:
    """JSON records, UTF-8, non-ASCII kept as is."""
    return frame.to_json(orient="records", force_ascii=False, indent=1).encode("utf-8")


def to_parquet_bytes(frame: pd.DataFrame) -> bytes:
    """Parquet file bytes."""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def encode_table(frame: pd.DataFrame, fmt: str) -> bytes:
    """The table in csv, json or parquet."""
    encoders = {"csv": to_csv_bytes, "json": to_json_bytes, "parquet": to_parquet_bytes}
    if fmt not in encoders:
        raise ValueError(f"unknown format {fmt!r}; choose csv, json or parquet")
    return encoders[fmt](frame)
