"""The documents of a seeds folder: which entries are read, and why the others are not."""

import os
import stat
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..core.config import CONFIG_NAME
from ..core.reader import unreadable

__all__ = ["SeedScan", "scan_seeds", "describe_name", "unsafe_name_reason", "MAX_NAME_BYTES"]

# A file name longer than this could not get derived names (cache, temporary files) within the
# 255-byte limit of common file systems; uploads are shortened to fit, folder entries refused.
MAX_NAME_BYTES = 200


@dataclass
class SeedScan:
    """Files to build, entries left out on purpose (skipped), and entries refused (failed)."""

    files: list[Path] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)


def describe_name(name: str) -> str:
    """A file name as it can be printed on one line: control characters shown as escapes."""
    return "".join(ch if unicodedata.category(ch)[0] != "C" else repr(ch)[1:-1] for ch in name)


def unsafe_name_reason(name: str) -> str:
    """Why a file name cannot be a document's name, or '' when it can."""
    plain = name.isascii() and name.isprintable()  # the usual name, checked without a per-character loop
    if not plain and any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in name):
        return "the file name contains control or invisible characters; rename the file"
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        return f"the file name is longer than {MAX_NAME_BYTES} bytes; rename the file"
    return ""


def _entry_reason(path: Path, root: Path) -> tuple[str, str]:
    """('skip' or 'refuse', reason) for an entry that is not read, or ('', '') for a document."""
    if path.name.startswith("."):
        return "skip", "hidden file, not read"
    if reason := unsafe_name_reason(path.name):
        return "refuse", reason
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            target = path.resolve(strict=True)
            if not target.is_relative_to(root):
                return "refuse", "a symbolic link to a file outside the seeds folder, not read"
            mode = os.stat(target).st_mode
    except (OSError, RuntimeError) as exc:
        return "refuse", unreadable(exc)
    if stat.S_ISDIR(mode):
        return "skip", "a folder, not read"
    if not stat.S_ISREG(mode):
        return "refuse", "not a regular file (a pipe, socket or device), not read"
    return "", ""


def _refuse_shared_stems(scan: SeedScan) -> None:
    """Two files with one stem would be one document id: refuse all of them."""
    by_stem: dict[str, list[Path]] = defaultdict(list)
    for path in scan.files:
        by_stem[path.stem].append(path)
    for stem, paths in by_stem.items():
        if len(paths) < 2:
            continue
        for path in paths:
            others = ", ".join(describe_name(p.name) for p in paths if p != path)
            scan.refused[str(path)] = (f"shares the document id '{describe_name(stem)}' with {others}; "
                                       "rename one of them")
            scan.files.remove(path)


def scan_seeds(seeds_dir: Path) -> SeedScan:
    """Every regular file of the folder but the corpus config, in name order, and the rest."""
    scan = SeedScan()
    root = seeds_dir.resolve()
    for path in sorted(seeds_dir.iterdir(), key=lambda p: p.name):  # as sorting the paths, faster
        if path.name == CONFIG_NAME:
            continue
        verdict, reason = _entry_reason(path, root)
        if verdict == "skip":
            scan.skipped[str(path)] = reason
        elif verdict == "refuse":
            scan.refused[str(path)] = reason
        else:
            scan.files.append(path)
    _refuse_shared_stems(scan)
    return scan
