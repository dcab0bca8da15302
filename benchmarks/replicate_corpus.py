"""A large corpus for the dashboard benchmark: a built corpus's comments replicated N times.

Usage: .venv/bin/python benchmarks/replicate_corpus.py BUILT_CORPUS OUT_DIR --times 10

Each copy of a comment gets a new comment id (`<id>~r<k>`, copy 0 keeps its own) and sits in the
same document after the originals (position offset), so the documents, statements and mentions stay
as built and each document's n_comments is multiplied. The term counts (components.corpus.terms)
are replicated alongside, as a build would write them. The folder is written through
components.corpus.store, so the dashboard loads it (SPECTRUM_CORPUS=OUT_DIR).
"""

import argparse
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa

from components.core.columns import TABLES
from components.corpus.store import build_lock, load_table, read_manifest, write_corpus
from components.corpus.terms import comment_terms, load_terms, terms_path, write_terms

__all__ = ["replicate"]


def _copies(comments: pd.DataFrame, times: int) -> pd.DataFrame:
    """The comments `times` over, each copy with new ids and positions after the originals."""
    span = int(comments["position"].max()) + 1 if len(comments) else 0
    frames = []
    for k in range(times):
        copy = comments.copy()
        if k:
            copy["comment_id"] = copy["comment_id"].astype(str) + f"~r{k}"
            copy["position"] = copy["position"] + k * span
            if "reply_to" in copy:
                replied = copy["reply_to"].fillna("").astype(str)
                copy["reply_to"] = replied.where(replied == "", replied + f"~r{k}")
        frames.append(copy)
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values(["doc_id", "position"], kind="stable").reset_index(drop=True)


def replicate(source: Path, out: Path, times: int) -> int:
    """Write the replicated corpus into out; returns its number of comments."""
    manifest = read_manifest(source)
    if not manifest:
        raise SystemExit(f"{source}: no built corpus here (run `spectrum build` first)")
    tables = {name: load_table(source, name, tables_dir=manifest["tables_dir"]) for name in TABLES}
    comments = _copies(tables["comments"], times)
    tables["comments"] = comments
    tables["documents"] = tables["documents"].assign(n_comments=tables["documents"]["n_comments"] * times)
    terms = load_terms(terms_path(source, manifest["tables_dir"]))
    if terms is None:
        terms = comment_terms(tables["comments"].iloc[:0])
    by_id = terms.to_pandas().set_index("comment_id")
    base_ids = comments["comment_id"].str.replace(r"~r\d+$", "", regex=True)
    missing = ~base_ids.isin(by_id.index)
    if missing.any():  # no stored terms for the source: count them once per original comment
        fresh = comment_terms(comments.loc[missing & (base_ids == comments["comment_id"])])
        by_id = pd.concat([by_id, fresh.to_pandas().set_index("comment_id")])
    rows = by_id.reindex(base_ids)
    replicated = pa.table({"comment_id": comments["comment_id"].astype(str).to_numpy(),
                           "terms": rows["terms"].to_numpy(), "counts": rows["counts"].to_numpy()},
                          schema=comment_terms(comments.iloc[:0]).schema)
    with build_lock(out, on_wait=lambda: None):
        version = write_corpus(out, tables, {**manifest, "corpus_name":
                                             f"{manifest.get('corpus_name', source.name)} ×{times}"})
        write_terms(terms_path(out, version), replicated)
    return len(comments)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a built corpus folder")
    parser.add_argument("out", type=Path)
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    n = replicate(args.source, args.out, args.times)
    print(f"wrote {n} comments to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
