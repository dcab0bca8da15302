"""Whether a corpus is up to date with its seeds folder: the build's inputs hashed into a
fingerprint and compared with the manifest's. Loads neither the parser nor the models, so a
build with nothing to do answers at once."""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.columns import TABLES
from ..core.config import CONFIG_NAME, load_config
from ..core.reader import MAX_BYTES, unreadable
from ..core.versions import ENRICHMENT_VERSION, PARSER_VERSION
from ..corpus.store import read_manifest, tables_complete
from ..parse.seeds import scan_seeds

__all__ = ["BuildReport", "Inputs", "read_inputs", "report_if_current", "up_to_date_report"]


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


@dataclass
class Inputs:
    """A seeds folder's files (by path, their hashes), its config's hash and the fingerprint."""

    hashes: dict[str, str]
    config_hash: str
    fingerprint: dict[str, Any]


def _config_hash(seeds_dir: Path) -> str:
    path = seeds_dir / CONFIG_NAME
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _file_hash(path: Path) -> str:
    """SHA-256 of a file, or a size marker for one too large to read."""
    size = path.stat().st_size
    return f"too-large:{size}" if size > MAX_BYTES else hashlib.sha256(path.read_bytes()).hexdigest()


def _fingerprint(hashes: dict[str, str], config_hash: str, refused: list[str]) -> dict[str, Any]:
    contract = hashlib.sha256(json.dumps(TABLES, sort_keys=True).encode()).hexdigest()[:16]
    return {"parser_version": PARSER_VERSION, "enrichment_version": ENRICHMENT_VERSION,
            "columns": contract, "config_sha256": config_hash, "files": hashes, "refused": refused}


def read_inputs(seeds_dir: Path, report: BuildReport) -> Inputs:
    """Scan and hash a seeds folder; skipped, refused and unreadable files go into the report."""
    scan = scan_seeds(seeds_dir)
    report.skipped, report.failed = dict(scan.skipped), dict(scan.refused)
    config_hash = _config_hash(seeds_dir)
    hashes: dict[str, str] = {}
    for path in scan.files:
        try:
            hashes[str(path)] = _file_hash(path)
        except OSError as exc:
            report.failed[str(path)] = unreadable(exc)
    return Inputs(hashes, config_hash, _fingerprint(hashes, config_hash, sorted(report.failed)))


def up_to_date_report(report: BuildReport, out_dir: Path, inputs: Inputs) -> BuildReport | None:
    """The report of a corpus already built from these inputs, or None when it must be built."""
    manifest = read_manifest(out_dir)
    if manifest.get("fingerprint") != inputs.fingerprint or not tables_complete(out_dir, manifest):
        return None
    report.up_to_date, report.failed = True, dict(manifest.get("failed", {}))
    report.notes = dict(manifest.get("notes", {}))
    report.counts = dict(manifest.get("counts", {}))
    return report


def report_if_current(seeds_dir: Path, out_dir: Path) -> BuildReport | None:
    """Without the build lock (a read of the atomically replaced manifest): the up-to-date report
    when the corpus in out_dir was built from exactly these inputs, else None. A config that does
    not load is left for the build to report."""
    try:
        load_config(seeds_dir)
        report = BuildReport()
        return up_to_date_report(report, out_dir, read_inputs(seeds_dir, report))
    except (ValueError, OSError):
        return None
