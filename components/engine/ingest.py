"""Adding an uploaded document to a seeds folder (checked first, written atomically, never
replacing a different document of the same name, never a copy of one already there) and
removing one (moved aside, never deleted)."""

import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..core.config import CONFIG_NAME, ConfigError, load_config
from ..core.reader import ReadError, check_size, decode_bytes
from ..parse.overlap import Overlap, find_overlap
from ..parse.seeds import scan_seeds
from .build import check_document

__all__ = ["AddedDocument", "IngestError", "DuplicateDocument", "safe_file_name", "add_document",
           "remove_document", "REMOVED_DIR"]

REMOVED_DIR = ".removed"  # removed documents are moved here (a hidden folder: builds skip it)

_UNSAFE = re.compile(r"[^\w.-]+")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}")
# Bytes (UTF-8) kept of an uploaded name's stem: every name derived from it (cache, temporary
# and staging files) then stays far below the 255-byte limit of common file systems.
MAX_STEM_BYTES = 80
# Suffixes of files that are never articles: configs, data, archives, office documents.
_NOT_ARTICLES = frozenset({".toml", ".json", ".csv", ".parquet", ".zip", ".gz", ".tar", ".pdf",
                           ".docx", ".xlsx", ".png", ".jpg", ".jpeg", ".gif", ".exe"})


class IngestError(Exception):
    """A document that was not added; str() names the file and the reason."""


class DuplicateDocument(IngestError):
    """An upload that is mostly a document already in the corpus; `overlap` says which and how
    much. Adding it anyway takes add_document(..., allow_overlap=True)."""

    def __init__(self, name: str, overlap: Overlap) -> None:
        super().__init__(f"{name}: {overlap.share:.0%} of its lines ({overlap.shared} of "
                         f"{overlap.total}) are already in {overlap.other}; it looks like the same "
                         f"article, so its comments would be counted twice")
        self.overlap = overlap


@dataclass(frozen=True)
class AddedDocument:
    """Where the document now is, and whether the same bytes were there already."""

    path: Path
    already_present: bool


def safe_file_name(name: str) -> str:
    """A file name for the seeds folder: no directories, no hidden names, no odd characters."""
    base = Path(name.replace("\\", "/")).name
    stem, suffix = Path(base).stem, Path(base).suffix
    stem = _UNSAFE.sub("_", stem).strip("._")
    stem = stem.encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", "ignore").rstrip("._") or "document"
    return stem + (suffix.lower() if _SUFFIX.fullmatch(suffix) else ".txt")


def _check(file_name: str, data: bytes, seeds_dir: Path, log_dir: Path) -> None:
    """Raise ReadError unless the bytes go through a build's per-document steps and yield a
    statement or a comment."""
    check_size(len(data))
    parsed = check_document(file_name, data, load_config(seeds_dir), log_dir)
    if not parsed.mentions and not parsed.comments:
        raise ReadError("no statement and no comment found, so it would add nothing to the corpus "
                        "(see the files in seeds/ for the expected layout)")


def _seed_texts(seeds_dir: Path) -> Iterator[tuple[Path, str]]:
    """The decoded text of every document of the folder (unreadable ones are skipped)."""
    for path in scan_seeds(seeds_dir).files:
        try:
            yield path, decode_bytes(path.read_bytes()).text
        except (OSError, ReadError):
            continue


def _refuse_overlap(name: str, data: bytes, seeds_dir: Path) -> None:
    try:
        text = decode_bytes(data).text
    except ReadError:
        return  # the check says why
    if overlap := find_overlap(text, _seed_texts(seeds_dir)):
        raise DuplicateDocument(name, overlap)


def _stem_taken(seeds_dir: Path, file_name: str) -> str:
    """The name of another document already using this file's document id, or ''."""
    stem = Path(file_name).stem
    return next((p.name for p in scan_seeds(seeds_dir).files
                 if p.stem == stem and p.name != file_name), "")


def _write_new(target: Path, data: bytes) -> None:
    """Write via a hidden temporary file and a hard link, so the name appears complete or not
    at all, and an existing file is never replaced."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.link(temporary, target)
    finally:
        os.unlink(temporary)


def add_document(seeds_dir: Path, name: str, data: bytes, log_dir: Path | None = None,
                 allow_overlap: bool = False) -> AddedDocument:
    """Add one document's bytes to seeds_dir under a safe version of `name`, after checking that
    they go through a build and (unless allow_overlap) are not mostly a document already there.
    Internal errors met by the check are logged in log_dir (default: the seeds folder's parent).
    Messages name the upload, never a server path."""
    try:
        return _add_document(seeds_dir, name, data, log_dir, allow_overlap)
    except OSError as exc:
        raise IngestError(f"{name}: could not be saved into the seeds folder "
                          f"({exc.strerror or type(exc).__name__})") from exc


def _add_document(seeds_dir: Path, name: str, data: bytes, log_dir: Path | None,
                  allow_overlap: bool) -> AddedDocument:
    file_name = safe_file_name(name)
    if file_name == CONFIG_NAME:
        raise IngestError(f"{name}: {CONFIG_NAME} is the corpus config, not a document")
    if Path(file_name).suffix in _NOT_ARTICLES:
        raise IngestError(f"{name}: a {Path(file_name).suffix} file is not an article; upload "
                          f"the article's text (.txt)")
    target = seeds_dir / file_name
    if target.exists():
        if target.read_bytes() == data:
            return AddedDocument(target, already_present=True)
        raise IngestError(f"{name}: a different document named {file_name} is already in the "
                          f"corpus; rename the file to add it")
    if other := _stem_taken(seeds_dir, file_name):
        raise IngestError(f"{name}: {other} already uses the document id {Path(file_name).stem!r}; "
                          f"rename the file to add it")
    if not allow_overlap:
        _refuse_overlap(name, data, seeds_dir)
    try:
        _check(file_name, data, seeds_dir, log_dir or seeds_dir.parent)
        _write_new(target, data)
    except ReadError as exc:
        raise IngestError(f"{name}: {exc}") from exc
    except ConfigError as exc:
        raise IngestError(f"{name}: not added, the corpus config {CONFIG_NAME} is invalid: "
                          f"{'; '.join(exc.problems[:5])}") from exc
    except FileExistsError as exc:
        raise IngestError(f"{name}: {file_name} appeared in the corpus meanwhile; "
                          f"try again") from exc
    except OSError as exc:
        raise IngestError(f"{name}: could not be saved into the seeds folder "
                          f"({exc.strerror or type(exc).__name__})") from exc
    return AddedDocument(target, already_present=False)


def remove_document(seeds_dir: Path, file_name: str) -> Path:
    """Move a document out of the corpus into seeds_dir/.removed/ (kept, never deleted); the
    next build drops it. Returns where it now is."""
    source = next((p for p in scan_seeds(seeds_dir).files if p.name == file_name), None)
    if source is None:
        raise IngestError(f"{file_name}: no such document in the corpus")
    removed = seeds_dir / REMOVED_DIR
    removed.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = removed / f"{stamp}-{file_name}"
    try:
        os.rename(source, target)
    except OSError as exc:
        raise IngestError(f"{file_name}: could not be moved aside ({exc.strerror or exc})") from exc
    return target
