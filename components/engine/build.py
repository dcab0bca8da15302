"""`spectrum build`: parse what changed, reuse what did not, assemble and store the corpus."""

import hashlib
import json
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from ..core.columns import (
    COMMENT_BASE_COLUMNS,
    DOCUMENT_COLUMNS,
    MENTION_COLUMNS,
    STATEMENT_COLUMNS,
    TABLES,
)
from ..core.config import CONFIG_NAME, CorpusConfig, load_config
from ..core.reader import MAX_BYTES, ReadError, decode_bytes, too_large, unreadable
from ..corpus.store import build_lock, read_manifest, tables_complete, write_corpus, write_json_atomic
from ..enrich import pipeline as enrich
from ..parse.parser import PARSER_VERSION, ParsedDocument, parse_document, sha256_of
from ..parse.seeds import scan_seeds
from ..parse.statements import build_statements

__all__ = ["BuildReport", "build_corpus", "ERRORS_LOG", "internal_error", "check_document"]

CACHE_DIR = "cache"
ERRORS_LOG = "errors.log"  # tracebacks of internal errors, beside the corpus; never shown to users


@dataclass
class BuildReport:
    """What a build did: files parsed, reused from the cache, failed (and why), skipped (and why)."""

    parsed: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # built, with something worth knowing
    up_to_date: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """What the build did, in one line without the corpus folder."""
        counts = ", ".join(f"{self.counts[name]} {name}" for name in TABLES if name in self.counts)
        if self.up_to_date:
            return f"up to date ({counts})"
        return (f"parsed {len(self.parsed)}, reused {len(self.reused)}, "
                f"failed {len(self.failed)} ({counts})")


def internal_error(out_dir: Path, what: str, exc: BaseException) -> str:
    """Log an unexpected exception's traceback beside the corpus; return the one-line reason."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with open(out_dir / ERRORS_LOG, "a", encoding="utf-8") as log:
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            log.write(f"--- {stamp} {what}\n")
            log.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass
    return (f"internal error ({type(exc).__name__}) in Spectrum, not in your file's format; "
            f"the details are in {ERRORS_LOG} beside the corpus")


def _config_hash(seeds_dir: Path) -> str:
    path = seeds_dir / CONFIG_NAME
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _cache_key(sha: str, config_hash: str) -> str:
    return f"{PARSER_VERSION}:{config_hash}:{sha}"


def _cache_path(cache_dir: Path, doc_id: str) -> Path:
    """A cache file name of fixed length, whatever the document's name."""
    return cache_dir / (hashlib.sha1(doc_id.encode("utf-8", "surrogatepass")).hexdigest() + ".json")


def _file_hash(path: Path) -> str:
    """SHA-256 of a file, or a size marker for one too large to read."""
    size = path.stat().st_size
    return f"too-large:{size}" if size > MAX_BYTES else sha256_of(path.read_bytes())


def _read_cache(cached: Path, key: str, path: Path) -> ParsedDocument | None:
    """The cached parse of a document when its key matches; None when absent, stale or damaged."""
    try:
        stored = json.loads(cached.read_text(encoding="utf-8"))
        if stored.get("key") != key:
            return None
        document = {**stored["document"], "path": str(path)}
        return ParsedDocument(document, stored["mentions"], stored["comments"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _parse_file(path: Path, sha: str, config: CorpusConfig) -> ParsedDocument:
    if sha.startswith("too-large:"):
        raise ReadError(too_large(int(sha.split(":")[1])))
    text = decode_bytes(path.read_bytes()).text
    return parse_document(path.stem, str(path), text, sha, config)


def _parse_or_reuse(path: Path, sha: str, cache_dir: Path, config: CorpusConfig,
                    config_hash: str, report: BuildReport) -> ParsedDocument | None:
    key = _cache_key(sha, config_hash)
    cached = _cache_path(cache_dir, path.stem)
    if (reused := _read_cache(cached, key, path)) is not None:
        report.reused.append(str(path))
        return reused
    parsed = _parse_file(path, sha, config)
    write_json_atomic(cached, {"key": key, **asdict(parsed)})
    report.parsed.append(str(path))
    return parsed


def _parse_isolated(path: Path, sha: str, out_dir: Path, config: CorpusConfig, config_hash: str,
                    report: BuildReport) -> ParsedDocument | None:
    """One file's parse; any failure becomes the file's one-line reason, never the build's."""
    try:
        return _parse_or_reuse(path, sha, out_dir / CACHE_DIR, config, config_hash, report)
    except ReadError as exc:
        report.failed[str(path)] = str(exc)
    except OSError as exc:
        report.failed[str(path)] = unreadable(exc)
    except Exception as exc:  # noqa: BLE001 - one file's fault must not stop the others
        report.failed[str(path)] = internal_error(out_dir, f"parsing {path}", exc)
    return None


def _fingerprint(hashes: dict[str, str], config_hash: str, refused: list[str]) -> dict[str, Any]:
    contract = hashlib.sha256(json.dumps(TABLES, sort_keys=True).encode()).hexdigest()[:16]
    return {"parser_version": PARSER_VERSION, "enrichment_version": enrich.ENRICHMENT_VERSION,
            "columns": contract, "config_sha256": config_hash, "files": hashes, "refused": refused}


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """A table with the contract's columns first, in contract order, then any extra ones."""
    frame = pd.DataFrame(rows)
    for column in columns:
        if column not in frame:
            frame[column] = pd.Series(dtype="object")
    return frame[list(columns) + sorted(c for c in frame.columns if c not in columns)]


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


def check_document(file_name: str, data: bytes, config: CorpusConfig, log_dir: Path) -> ParsedDocument:
    """The parsed document, or ReadError unless the bytes go through every per-document step of
    a build: decoding, parsing, statement merging, dating and enrichment (assembled alone)."""
    try:
        text = decode_bytes(data).text
        parsed = parse_document(Path(file_name).stem, file_name, text, sha256_of(data), config)
        _assemble([parsed], config)
        return parsed
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported as the file's reason, traceback logged
        raise ReadError(internal_error(log_dir, f"checking the upload {file_name}", exc)) from exc


Parsed = dict[str, ParsedDocument]  # by file path


def _drop_failing(parsed: Parsed, config: CorpusConfig, out_dir: Path, report: BuildReport,
                  together: bool) -> Parsed:
    """The documents that assemble: each alone, or (together) each beside those kept before it."""
    kept: Parsed = {}
    for path, doc in parsed.items():
        trial = [*kept.values(), doc] if together else [doc]
        try:
            _assemble(trial, config)
            kept[path] = doc
        except Exception as exc:  # noqa: BLE001 - one document's content must not stop the rest
            report.failed[path] = internal_error(out_dir, f"assembling {path}", exc)
    return kept


def _assemble_isolated(parsed: Parsed, config: CorpusConfig, out_dir: Path,
                       report: BuildReport) -> tuple[Parsed, dict[str, pd.DataFrame]]:
    """Assemble every document; if that fails, leave out the documents that cause it (first
    those that fail alone, then those that fail beside the rest) and say so per file."""
    try:
        return parsed, _assemble(list(parsed.values()), config)
    except Exception as exc:  # noqa: BLE001
        internal_error(out_dir, "assembling the corpus (looking for the document that causes it)", exc)
    parsed = _drop_failing(parsed, config, out_dir, report, together=False)
    try:
        return parsed, _assemble(list(parsed.values()), config)
    except Exception:  # noqa: BLE001
        parsed = _drop_failing(parsed, config, out_dir, report, together=True)
        return parsed, _assemble(list(parsed.values()), config)


def _prune_cache(cache_dir: Path, doc_ids: list[str]) -> None:
    """Drop cache files of documents no longer in the seeds folder."""
    keep = {_cache_path(cache_dir, d).name for d in doc_ids}
    for cached in cache_dir.glob("*.json"):
        if cached.name not in keep:
            cached.unlink(missing_ok=True)


def _hash_files(files: list[Path], report: BuildReport) -> dict[str, str]:
    hashes: dict[str, str] = {}
    for path in files:
        try:
            hashes[str(path)] = _file_hash(path)
        except OSError as exc:
            report.failed[str(path)] = unreadable(exc)
    return hashes


def _build_locked(seeds_dir: Path, out_dir: Path, config: CorpusConfig) -> BuildReport:
    report = BuildReport()
    scan = scan_seeds(seeds_dir)
    report.skipped, report.failed = dict(scan.skipped), dict(scan.refused)
    config_hash = _config_hash(seeds_dir)
    hashes = _hash_files(scan.files, report)
    fingerprint = _fingerprint(hashes, config_hash, sorted(report.failed))
    manifest = read_manifest(out_dir)
    if manifest.get("fingerprint") == fingerprint and tables_complete(out_dir, manifest):
        report.up_to_date, report.failed = True, dict(manifest.get("failed", {}))
        report.notes = dict(manifest.get("notes", {}))
        report.counts = dict(manifest.get("counts", {}))
        return report
    parsed = {f: p for f, sha in hashes.items()
              if (p := _parse_isolated(Path(f), sha, out_dir, config, config_hash, report))}
    report.notes = {f: f"note: {note}" for f, p in parsed.items() if (note := p.document.get("date_note"))}
    parsed, tables = _assemble_isolated(parsed, config, out_dir, report)
    report.counts = {name: len(frame) for name, frame in tables.items()}
    write_corpus(out_dir, tables, {
        "fingerprint": fingerprint, "failed": report.failed, "notes": report.notes,
        "counts": report.counts,
        "inputs": {p.document["doc_id"]: p.document["sha256"] for p in parsed.values()},
        "parser_version": PARSER_VERSION, "enrichment_version": enrich.ENRICHMENT_VERSION,
        "config_sha256": config_hash, "corpus_name": config.name,
        "sides": [{"id": s.id, "name": s.person.name, "colour": s.colour} for s in config.sides],
        "speaker_sides": {p.name: p.side for p in config.everyone if p.side},
    })
    _prune_cache(out_dir / CACHE_DIR, [Path(f).stem for f in hashes])
    return report


def build_corpus(seeds_dir: Path, out_dir: Path,
                 on_wait: Callable[[], None] | None = lambda: None) -> BuildReport:
    """Build (or bring up to date) the corpus of a seeds folder into out_dir. A broken corpus
    config raises ValueError before anything is written; a file that fails is reported in
    the report and every other file is still built. Builds into one out_dir take turns: when
    another holds it, on_wait is called and this one waits (on_wait=None: raise BuildBusy)."""
    config = load_config(seeds_dir)
    with build_lock(out_dir, on_wait):
        return _build_locked(seeds_dir, out_dir, config)
