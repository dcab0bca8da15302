"""`spectrum build`: parse what changed, reuse what did not, assemble and store the corpus."""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import enrich
from .columns import (
    COMMENT_BASE_COLUMNS,
    DOCUMENT_COLUMNS,
    MENTION_COLUMNS,
    STATEMENT_COLUMNS,
    TABLES,
)
from .config import CONFIG_NAME, CorpusConfig, load_config
from .parser import PARSER_VERSION, ParsedDocument, parse_document, sha256_of
from .reader import MAX_BYTES, ReadError, decode_bytes, too_large
from .statements import build_statements
from .store import read_manifest, write_corpus, write_json_atomic

__all__ = ["BuildReport", "build_corpus", "seed_files"]

CACHE_DIR = "cache"


@dataclass
class BuildReport:
    """What a build did: files parsed, files reused from the cache, files that failed and why."""

    parsed: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    up_to_date: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """What the build did, in one line without the corpus folder."""
        counts = ", ".join(f"{self.counts[name]} {name}" for name in TABLES if name in self.counts)
        if self.up_to_date:
            return f"up to date ({counts})"
        return (f"parsed {len(self.parsed)}, reused {len(self.reused)}, "
                f"failed {len(self.failed)} ({counts})")


def seed_files(seeds_dir: Path) -> list[Path]:
    """The documents of a seeds folder: every visible regular file but the corpus config."""
    return sorted(p for p in seeds_dir.iterdir()
                  if p.is_file() and not p.name.startswith(".") and p.name != CONFIG_NAME)


def _config_hash(seeds_dir: Path) -> str:
    path = seeds_dir / CONFIG_NAME
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _cache_key(sha: str, config_hash: str) -> str:
    return f"{PARSER_VERSION}:{config_hash}:{sha}"


def _file_hash(path: Path) -> str:
    """SHA-256 of a file, or a size marker for one too large to read."""
    size = path.stat().st_size
    return f"too-large:{size}" if size > MAX_BYTES else sha256_of(path.read_bytes())


def _parse_or_reuse(path: Path, sha: str, cache_dir: Path, config: CorpusConfig,
                    config_hash: str, report: BuildReport) -> ParsedDocument | None:
    if sha.startswith("too-large:"):
        report.failed[str(path)] = too_large(int(sha.split(":")[1]))
        return None
    cached = cache_dir / f"{path.stem}.json"
    if cached.exists():
        stored = json.loads(cached.read_text(encoding="utf-8"))
        if stored.get("key") == _cache_key(sha, config_hash):
            report.reused.append(str(path))
            return ParsedDocument(stored["document"], stored["mentions"], stored["comments"])
    try:
        text = decode_bytes(path.read_bytes()).text
        parsed = parse_document(path.stem, str(path), text, sha, config)
    except ReadError as exc:
        report.failed[str(path)] = str(exc)
        return None
    write_json_atomic(cached, {"key": _cache_key(sha, config_hash), **asdict(parsed)})
    report.parsed.append(str(path))
    return parsed


def _fingerprint(hashes: dict[str, str], config_hash: str) -> dict[str, Any]:
    return {"parser_version": PARSER_VERSION, "enrichment_version": enrich.ENRICHMENT_VERSION,
            "config_sha256": config_hash, "files": hashes}


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    for column in columns:
        if column not in frame:
            frame[column] = pd.Series(dtype="object")
    return frame


def _assemble(parsed: list[ParsedDocument], config: CorpusConfig) -> dict[str, pd.DataFrame]:
    documents = _frame([p.document for p in parsed], DOCUMENT_COLUMNS)
    statements, mentions = build_statements(documents, [m for p in parsed for m in p.mentions])
    statements = _frame(statements.to_dict("records"), STATEMENT_COLUMNS)
    mentions = _frame(mentions.to_dict("records"), MENTION_COLUMNS)
    comments = _frame([c for p in parsed for c in p.comments], COMMENT_BASE_COLUMNS)
    comments, statements = enrich.enrich(comments, statements, config)
    sources = dict(zip(documents["doc_id"], documents["source"], strict=True))
    mentions["source"] = mentions["doc_id"].map(sources)
    documents["n_statements"] = documents["doc_id"].map(mentions.groupby("doc_id")["statement_id"]
                                                        .nunique()).fillna(0).astype(int)
    documents["n_comments"] = documents["doc_id"].map(comments.groupby("doc_id").size()
                                                      ).fillna(0).astype(int)
    return {"documents": documents[list(DOCUMENT_COLUMNS)], "statements": statements,
            "mentions": mentions, "comments": comments}


def build_corpus(seeds_dir: Path, out_dir: Path) -> BuildReport:
    """Build (or bring up to date) the corpus of a seeds folder into out_dir."""
    report = BuildReport()
    config = load_config(seeds_dir)
    config_hash = _config_hash(seeds_dir)
    hashes = {str(f): _file_hash(f) for f in seed_files(seeds_dir)}
    fingerprint = _fingerprint(hashes, config_hash)
    manifest = read_manifest(out_dir)
    if manifest.get("fingerprint") == fingerprint:
        report.up_to_date, report.failed = True, dict(manifest.get("failed", {}))
        report.counts = dict(manifest.get("counts", {}))
        return report
    parsed = [p for f, sha in hashes.items()
              if (p := _parse_or_reuse(Path(f), sha, out_dir / CACHE_DIR, config, config_hash,
                                       report)) is not None]
    tables = _assemble(parsed, config)
    report.counts = {name: len(frame) for name, frame in tables.items()}
    write_corpus(out_dir, tables, {
        "fingerprint": fingerprint, "failed": report.failed, "counts": report.counts,
        "inputs": {p.document["doc_id"]: p.document["sha256"] for p in parsed},
        "parser_version": PARSER_VERSION, "enrichment_version": enrich.ENRICHMENT_VERSION,
        "config_sha256": config_hash, "corpus_name": config.name,
        "sides": [{"id": s.id, "name": s.person.name} for s in config.sides],
    })
    return report
