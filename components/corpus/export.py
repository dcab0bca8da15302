"""Writing tables out: CSV safe to open in a spreadsheet, JSON, Parquet."""

import io
import re
from collections.abc import Iterable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["FORMULA_PREFIX", "csv_chunks", "encode_table", "neutralise_formulas", "parquet_chunks_bytes",
           "to_csv_bytes", "to_json_bytes", "to_parquet_bytes"]

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


def _may_start_formula(values: pd.Series) -> pd.Series:
    """True where a cell could start a formula: every cell but those whose first character is a
    letter or digit (no formula character, blank or zero-width character is one), vectorised."""
    first = values.astype("string").str[:1]
    return ~first.str.isalnum().fillna(False).astype(bool)


def _neutralise_column(values: pd.Series) -> pd.Series:
    """A text column with each formula-like cell prefixed; the regex runs only on cells that do not
    start with a letter or digit."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        categories = values.cat.categories.to_series().map(_neutralise)
        if categories.is_unique:
            return values.cat.rename_categories(list(categories))
        values = values.astype(object)
    candidates = _may_start_formula(values)
    if not candidates.any():
        return values
    out = values.astype(object)
    out[candidates] = out[candidates].map(_neutralise)
    return out


def _is_text(column: pd.Series) -> bool:
    return (column.dtype == object or pd.api.types.is_string_dtype(column)
            or isinstance(column.dtype, pd.CategoricalDtype))


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot be taken for formulas; numbers are left alone."""
    out = frame.copy()
    for column in out.columns:
        if _is_text(out[column]):
            out[column] = _neutralise_column(out[column])
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """RFC 4180 CSV in UTF-8 with a BOM (spreadsheets detect the encoding), formulas neutralised."""
    return neutralise_formulas(frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def csv_chunks(chunks: Iterable[pd.DataFrame]) -> Iterator[bytes]:
    """The CSV of several frames with the same columns, one after the other, as to_csv_bytes writes
    it (one BOM and header): a large table is written a bounded chunk at a time."""
    first = True
    for chunk in chunks:
        text = neutralise_formulas(chunk).to_csv(index=False, header=first, lineterminator="\r\n")
        yield text.encode("utf-8-sig" if first else "utf-8")
        first = False


def to_json_bytes(frame: pd.DataFrame) -> bytes:
    """JSON records, UTF-8, non-ASCII kept as is."""
    return frame.to_json(orient="records", force_ascii=False, indent=1).encode("utf-8")


def to_parquet_bytes(frame: pd.DataFrame) -> bytes:
    """Parquet file bytes."""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def parquet_chunks_bytes(chunks: Iterable[pd.DataFrame]) -> bytes:
    """One Parquet file of several frames with the same columns, written a row group per chunk (so
    only one chunk is held as a table at a time). Text is stored as typed: Parquet is not opened as
    a spreadsheet, so no formula guard is needed."""
    buffer, writer = io.BytesIO(), None
    for chunk in chunks:
        table = pa.Table.from_pandas(chunk, preserve_index=False)
        if writer is None:
            writer = pq.ParquetWriter(buffer, table.schema)
        writer.write_table(table.cast(writer.schema))
    if writer is None:
        return b""
    writer.close()
    return buffer.getvalue()


def encode_table(frame: pd.DataFrame, fmt: str) -> bytes:
    """The table in csv, json or parquet."""
    encoders = {"csv": to_csv_bytes, "json": to_json_bytes, "parquet": to_parquet_bytes}
    if fmt not in encoders:
        raise ValueError(f"unknown format {fmt!r}; choose csv, json or parquet")
    return encoders[fmt](frame)
