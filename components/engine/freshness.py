"""Whether a corpus is up to date with its seeds folder: the build's inputs hashed into a
fingerprint and compared with the manifest's. Loads neither the parser nor the models, so a
build with nothing to do answers at once. A file whose size, times and inode are those recorded
when it was last hashed (cache/input_stats.json) is not read again, unless it changed too close
to that moment for its times to tell (the "racy" case of git's index)."""

import contextlib
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.columns import TABLES
from ..core.config import CONFIG_NAME, load_config
from ..core.reader import MAX_BYTES, unreadable
from ..core.versions import ENRICHMENT_VERSION, PARSER_VERSION
from ..corpus.store import MANIFEST, read_manifest, tables_complete, write_bytes_atomic
from ..parse.seeds import scan_seeds

__all__ = ["BuildReport", "Inputs", "InputStats", "STATS_FILE", "Scanned", "current_report", "read_inputs",
           "stats_path", "up_to_date_report"]

STATS_FILE = "input_stats.json"  # in the corpus's cache folder: what each input was when hashed
STATS_FORMAT = 1
# A file changed within this long before it was hashed may change again without its times showing
# it (time stamps as coarse as 2 s on some file systems; the kernel's clock for them lags its own).
RACY_NS = 2_000_000_000


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


def _stat(path: Path) -> list[int]:
    """What tells a file's content changed without reading it: size, mtime_ns, ctime_ns, inode."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


class InputStats:
    """The hashes of the inputs by path, with each file's stat when it was hashed; a hash is
    reused only when the stat is the same and the file had not changed within RACY_NS of the
    scan that hashed it (so a later edit in the same time stamp tick cannot hide)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.scanned_ns, self.known = self._load()
        self.now_ns = time.time_ns()  # taken before any file of this scan is looked at
        self.seen: dict[str, list[Any]] = {}  # path: [*stat, digest], as stored
        self.hashed = 0

    def _load(self) -> tuple[int, dict[str, list[Any]]]:
        """The last scan's start and its files as stored (an entry of the wrong shape never matches)."""
        if self.path is None:
            return 0, {}
        try:
            stored = json.loads(self.path.read_bytes())
            if stored["format"] != STATS_FORMAT or not isinstance(stored["files"], dict):
                return 0, {}
            return int(stored["scanned_ns"]), stored["files"]
        except (OSError, ValueError, KeyError, TypeError):
            return 0, {}

    def _recorded(self, key: str, stat: list[int]) -> str | None:
        """The digest recorded for the path when its stat is the one recorded and was not racy."""
        known = self.known.get(key)
        if not isinstance(known, list) or len(known) != 5 or known[:4] != stat:
            return None
        if max(stat[1], stat[2]) >= self.scanned_ns - RACY_NS:
            return None  # changed too close to that scan: a later change may not show
        return known[4] if isinstance(known[4], str) else None

    def digest(self, path: Path) -> str:
        """The file's SHA-256 (or a size marker for a file too large to read): the recorded one
        when the file is as it was when hashed, else read now."""
        stat = _stat(path)
        digest = self._recorded(str(path), stat)
        if digest is None:
            digest = _file_hash(path, stat[0])
            self.hashed += 1
        self.seen[str(path)] = [*stat, digest]
        return digest

    def save(self) -> None:
        """Record this scan's stats, when it read a file or a file went; best effort (a corpus
        folder that cannot be written is reported by the build that needs to write it)."""
        if self.path is None or (not self.hashed and self.seen.keys() == self.known.keys()):
            return
        data = json.dumps({"format": STATS_FORMAT, "scanned_ns": self.now_ns, "files": self.seen})
        with contextlib.suppress(OSError):
            write_bytes_atomic(self.path, data.encode("ascii"))


def _config_hash(seeds_dir: Path) -> str:
    path = seeds_dir / CONFIG_NAME
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _file_hash(path: Path, size: int) -> str:
    """SHA-256 of a file, or a size marker for one too large to read."""
    return f"too-large:{size}" if size > MAX_BYTES else hashlib.sha256(path.read_bytes()).hexdigest()


def _fingerprint(hashes: dict[str, str], config_hash: str, refused: list[str]) -> dict[str, Any]:
    contract = hashlib.sha256(json.dumps(TABLES, sort_keys=True).encode()).hexdigest()[:16]
    return {"parser_version": PARSER_VERSION, "enrichment_version": ENRICHMENT_VERSION,
            "columns": contract, "config_sha256": config_hash, "files": hashes, "refused": refused}


def stats_path(out_dir: Path) -> Path:
    """Where a corpus folder keeps its inputs' stats: in the build's cache folder (cache.CACHE_DIR,
    not imported here: that module loads the parser)."""
    return out_dir / "cache" / STATS_FILE


def read_inputs(seeds_dir: Path, report: BuildReport, out_dir: Path | None = None) -> Inputs:
    """Scan and hash a seeds folder; skipped, refused and unreadable files go into the report.
    With out_dir, files unchanged since the last scan into that corpus are not read again."""
    stats = InputStats(stats_path(out_dir) if out_dir is not None else None)
    scan = scan_seeds(seeds_dir)
    report.skipped, report.failed = dict(scan.skipped), dict(scan.refused)
    config_hash = _config_hash(seeds_dir)
    hashes: dict[str, str] = {}
    for path in scan.files:
        try:
            hashes[str(path)] = stats.digest(path)
        except OSError as exc:
            report.failed[str(path)] = unreadable(exc)
    stats.save()
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


@dataclass(frozen=True)
class Scanned:
    """A seeds folder's inputs as current_report scanned them, with the files it skipped or found
    failing: the build that follows the check takes them instead of scanning the folder again."""

    seeds_dir: Path
    inputs: Inputs
    skipped: dict[str, str]
    failed: dict[str, str]

    def report(self) -> BuildReport:
        """A build's report as read_inputs starts it: the skipped and failed files of the scan."""
        return BuildReport(skipped=dict(self.skipped), failed=dict(self.failed))


def current_report(seeds_dir: Path, out_dir: Path) -> tuple[BuildReport | None, Scanned | None]:
    """Without the build lock (a read of the atomically replaced manifest): the up-to-date report
    when the corpus in out_dir was built from exactly these inputs, else None; and the scan, for
    the build (None when nothing was scanned). A config that does not load is left for the build
    to report."""
    if not (out_dir / MANIFEST).is_file():
        return None, None  # nothing built there yet: the build reads the inputs (and keeps their stats)
    try:
        load_config(seeds_dir)
        report = BuildReport()
        inputs = read_inputs(seeds_dir, report, out_dir)
        scanned = Scanned(seeds_dir, inputs, dict(report.skipped), dict(report.failed))
        return up_to_date_report(report, out_dir, inputs), scanned
    except (ValueError, OSError):
        return None, None
