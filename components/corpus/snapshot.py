"""A read-optimised copy of a build's comments for the dashboard: an uncompressed Arrow IPC file
(`comments.arrow`, beside the build's Parquet tables) that is memory-mapped instead of decoded.

Reading a million comments from Parquet takes seconds (decompressing and decoding every text);
mapping the IPC file takes milliseconds, and pandas wraps its columns without copying the text.
The snapshot holds every comment column, the low-cardinality text ones dictionary-encoded (so they
arrive as pandas categories); the pages read all but text_raw, which a download takes for its rows
only (snapshot_rows). It belongs to one build version (its folder): the build writes it from the
comments table, a row group at a time (write_comment_snapshot), and the dashboard writes it on
first use when a folder lacks it; either way atomically.
"""

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

__all__ = ["CATEGORY_COLUMNS", "EXPORT_ONLY_COLUMNS", "SNAPSHOT_FILE", "read_comment_snapshot",
           "sorted_values", "encoded_copy", "encoded_column", "encoded_schema", "install_snapshot",
           "Recoder",
           "read_comments", "snapshot_rows", "write_comment_snapshot"]

SNAPSHOT_FILE = "comments.arrow"
# Comment columns with few distinct values, held as categories (a code per row, each value once).
CATEGORY_COLUMNS = ("doc_id", "source", "author", "sentiment_label", "stance", "stance_reason",
                    "spam_reason", "reply_to")
# Left in the Parquet table only, read when a download asks for them (the pages never show them).
EXPORT_ONLY_COLUMNS = ("text_raw",)


def _sorted_dictionary(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """A dictionary column whose dictionary is in sorted order (so pandas needs no reordering)."""
    array = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
    if not pa.types.is_dictionary(array.type):
        return column
    order = pc.sort_indices(array.dictionary)
    rank = np.empty(len(order), dtype=np.int32)
    rank[np.asarray(order)] = np.arange(len(order), dtype=np.int32)
    indices = pa.array(rank, pa.int32()).take(array.indices)
    return pa.chunked_array([pa.DictionaryArray.from_arrays(indices, array.dictionary.take(order))])


def _comments_table(folder: Path) -> pa.Table:
    """The build's comments from Parquet, category columns as sorted dictionaries."""
    path = folder / "comments.parquet"
    names = pq.read_schema(path).names
    table = pq.read_table(path, read_dictionary=[c for c in CATEGORY_COLUMNS if c in names])
    table = table.combine_chunks()
    for name in [c for c in CATEGORY_COLUMNS if c in names]:
        table = table.set_column(table.schema.get_field_index(name), name, _sorted_dictionary(table[name]))
    return table


def _dictionaries(groups: Callable[[], Iterator[pa.Table]], names: list[str]) -> dict[str, pa.Array]:
    """Each category column's distinct values over the whole table, sorted, read a row group at a time
    (as `string`, the type Parquet's own dictionary columns are read as)."""
    seen: dict[str, list[pa.Array]] = {name: [] for name in names}
    for table in groups():
        for name in names:
            seen[name].append(pc.unique(table[name].combine_chunks()).drop_null().cast(pa.string()))
    found = {name: pc.unique(pa.concat_arrays(parts)) if parts else pa.array([], pa.string())
             for name, parts in seen.items()}
    return {name: values.take(pc.sort_indices(values)) for name, values in found.items()}


def sorted_values(parts: list[pa.Array]) -> pa.Array:
    """The distinct values of parts (nulls left out) as strings, sorted: a category column's
    dictionary, as _dictionaries finds it over a whole table."""
    seen = [pc.unique(part).drop_null().cast(pa.string()) for part in parts]
    found = pc.unique(pa.concat_arrays(seen)) if seen else pa.array([], pa.string())
    return found.take(pc.sort_indices(found))


def encoded_copy(batches: Iterable[tuple[pa.Table, pa.Table | None]], schema: pa.Schema,
                 dictionaries: dict[str, pa.Array], path: Path) -> Iterator[pa.Table]:
    """The batches of a comments table (of schema), each also written to a snapshot at path with
    its category columns encoded with the whole table's dictionaries (known beforehand), which is
    there, whole, only once every batch has gone through (install_snapshot puts it in place). Each
    batch comes with its encoded form when that is known already (of encoded_schema), else None."""
    path.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with pa.OSFile(str(partial), "wb") as sink, \
                ipc.new_file(sink, encoded_schema(schema, dictionaries)) as writer:
            for batch, encoded in batches:
                writer.write_table(_encoded(batch.combine_chunks(), dictionaries) if encoded is None
                                   else encoded.combine_chunks())  # as from a copy
                yield batch
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def encoded_schema(schema: pa.Schema, dictionaries: dict[str, pa.Array]) -> pa.Schema:
    """The snapshot's schema of a comments table of schema, its category columns encoded with these
    dictionaries."""
    return _encoded(schema.empty_table(), dictionaries).schema


class Recoder:
    """Category columns of an earlier snapshot re-encoded with new dictionaries (each holding every
    value the rows use) by their codes: each entry of the old dictionary is looked up once, no
    row's string is read."""

    def __init__(self, dictionaries: dict[str, pa.Array]) -> None:
        self.dictionaries = dictionaries
        self._maps: dict[str, tuple[pa.Array, np.ndarray]] = {}  # by column: old dictionary (a copy), codes

    def _codes(self, name: str, old: pa.Array) -> np.ndarray:
        """The new code of each entry of an old dictionary of the column (-1: not in the new one)."""
        known = self._maps.get(name)
        if known is not None and known[0].equals(old):
            return known[1]
        found = pc.index_in(old.cast(pa.string()), value_set=self.dictionaries[name])
        codes = pc.fill_null(found, -1).to_numpy(zero_copy_only=False).astype(np.int32)
        # A copy: the old dictionary may lie in a mapped file, which is let go with its rows.
        self._maps[name] = (pa.concat_arrays([old, pa.array([], old.type)]), codes)
        return codes

    def column(self, name: str, column: pa.ChunkedArray) -> pa.Array | None:
        """The column's rows (dictionary-encoded) as indices into the column's new dictionary, as
        _encoded makes them from the values; None when the column is not dictionary-encoded or
        a row's value is not in the new dictionary."""
        parts = []
        for chunk in column.chunks:
            if not pa.types.is_dictionary(chunk.type):
                return None
            codes = self._codes(name, chunk.dictionary)
            indices = pc.fill_null(chunk.indices, 0).to_numpy(zero_copy_only=False)
            mapped = codes[indices] if len(codes) else np.full(len(indices), -1, np.int32)
            missing = np.asarray(chunk.indices.is_null()) if chunk.null_count else np.zeros(len(chunk), bool)
            if (mapped[~missing] < 0).any():
                return None
            parts.append(pa.array(mapped, pa.int32(), mask=missing if chunk.null_count else None))
        indices = pa.concat_arrays(parts) if parts else pa.array([], pa.int32())
        return pa.DictionaryArray.from_arrays(indices, self.dictionaries[name])


def encoded_column(values: pa.Array, dictionary: pa.Array) -> pa.DictionaryArray:
    """A column's values as indices into a dictionary holding them (a null stays null)."""
    indices = pc.index_in(values.cast(pa.string()), value_set=dictionary).cast(pa.int32())
    return pa.DictionaryArray.from_arrays(indices, dictionary)


def install_snapshot(folder: Path, source: Path) -> Path:
    """Move a snapshot written by encoded_copy into a build's table folder; returns its path."""
    target = folder / SNAPSHOT_FILE
    os.chmod(source, 0o644)
    os.replace(source, target)
    return target


def _encoded(table: pa.Table, dictionaries: dict[str, pa.Array]) -> pa.Table:
    """A row group with its category columns as indices into the whole table's sorted dictionaries."""
    for name, dictionary in dictionaries.items():
        column = encoded_column(table[name].combine_chunks(), dictionary)
        table = table.set_column(table.schema.get_field_index(name), name, column)
    return table


def _streamed(folder: Path, source: Path | None = None) -> tuple[pa.Schema, Iterator[pa.Table]]:
    """The snapshot's schema and its batches, from comments.parquet one row group at a time (or from
    source, an uncompressed Arrow file of the same table, one record batch at a time)."""
    if source is not None:
        reader = ipc.open_file(pa.OSFile(str(source)))  # read a record batch at a time, not mapped whole
        schema = reader.schema

        def groups() -> Iterator[pa.Table]:
            return (pa.Table.from_batches([reader.get_batch(n)]) for n in range(reader.num_record_batches))
    else:
        parquet = pq.ParquetFile(folder / "comments.parquet")
        schema = parquet.schema_arrow

        def groups() -> Iterator[pa.Table]:
            return (parquet.read_row_group(group) for group in range(parquet.num_row_groups))
    names = [c for c in CATEGORY_COLUMNS if c in schema.names]
    dictionaries = _dictionaries(groups, names)
    batches = (_encoded(table, dictionaries) for table in groups())
    empty = _encoded(schema.empty_table(), dictionaries)
    return empty.schema, batches


def write_comment_snapshot(folder: Path, table: pa.Table | None = None, source: Path | None = None) -> Path:
    """Write the snapshot of the comments in a build's table folder (from table when given, else
    from source, an uncompressed Arrow file of the comments table, when given, else from
    comments.parquet, a row group at a time) so that readers see the whole file or none; returns
    its path."""
    schema, batches = (table.schema, iter([table])) if table is not None else _streamed(folder, source)
    target = folder / SNAPSHOT_FILE
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{SNAPSHOT_FILE}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as sink, ipc.new_file(sink, schema) as writer:
            for batch in batches:
                writer.write_table(batch)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def _mapped(folder: Path) -> pa.Table | None:
    """The snapshot's table over the mapped file (nothing read until a column is used)."""
    try:
        return ipc.open_file(pa.memory_map(str(folder / SNAPSHOT_FILE))).read_all()
    except (OSError, pa.ArrowInvalid):
        return None


def _page_columns(table: pa.Table) -> pd.DataFrame:
    return table.drop_columns([c for c in EXPORT_ONLY_COLUMNS if c in table.column_names]).to_pandas()


def read_comment_snapshot(folder: Path) -> pd.DataFrame | None:
    """The page columns of the comments from the snapshot, memory-mapped (None when there is none
    or it is unreadable)."""
    table = _mapped(folder)
    return None if table is None else _page_columns(table)


def snapshot_rows(folder: Path, columns: list[str], rows: np.ndarray) -> pd.DataFrame:
    """Some columns of some comments (row numbers, in this order) from the mapped snapshot (only
    the pages holding them are read), else from the Parquet table; columns it lacks are left out."""
    table = _mapped(folder)
    if table is None or not set(columns) <= set(table.column_names):  # none, or one from before a column
        path = folder / "comments.parquet"
        table = pq.read_table(path, columns=[c for c in columns if c in pq.read_schema(path).names])
    present = [c for c in columns if c in table.column_names]
    return table.select(present).take(pa.array(rows, pa.int64())).to_pandas()


def read_comments(folder: Path) -> pd.DataFrame:
    """The page columns of a build's comments: from the snapshot, else from Parquet, writing the
    snapshot for the next reader when the folder is writable."""
    frame = read_comment_snapshot(folder)
    if frame is not None:
        return frame
    table = _comments_table(folder)
    with contextlib.suppress(OSError):
        write_comment_snapshot(folder, table)
        if (mapped := read_comment_snapshot(folder)) is not None:
            return mapped  # served from the mapped file: its pages are shared and reclaimable
    return _page_columns(table)
