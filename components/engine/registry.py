"""The statement id registry: the statements a corpus folder holds, read back for the next build
into that folder, like a database's primary keys. A build into a folder that already holds a
corpus keeps the id of every statement it had (parse.statements, `previous`), so adding a
document renames none; a build into an empty folder names every statement from its speaker and
canonical wording. The same inputs built into the same folder (even with its cache cleared) give
the same tables: the ids a build wrote are the ones it keeps."""

from pathlib import Path

import pandas as pd
import pyarrow as pa

from ..corpus.store import load_table, read_manifest, tables_complete

__all__ = ["Previous", "previous_statements"]

Previous = tuple[pd.DataFrame, pd.DataFrame]  # (statements, mentions), as build_statements returned them
_STATEMENTS = ["statement_id", "text"]
_MENTIONS = ["statement_id", "speaker", "text"]


def previous_statements(corpus_dir: Path) -> Previous | None:
    """The statements and their mentions of the corpus in this folder (only the columns the ids are
    kept by), or None when it holds no complete corpus or its tables cannot be read."""
    manifest = read_manifest(corpus_dir)
    if not tables_complete(corpus_dir, manifest):
        return None
    folder = str(manifest["tables_dir"])
    try:
        statements = load_table(corpus_dir, "statements", _STATEMENTS, tables_dir=folder)
        mentions = load_table(corpus_dir, "mentions", _MENTIONS, tables_dir=folder)
    except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
        return None  # an unreadable or older table: the ids are named afresh, as in an empty folder
    return statements, mentions
