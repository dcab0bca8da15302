"""Adding an uploaded document to a seeds folder: checked first, written atomically, never
replacing a different document of the same name."""

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .config import CONFIG_NAME, load_config
from .parser import parse_document
from .reader import ReadError, check_size, decode_bytes

__all__ = ["AddedDocument", "IngestError", "safe_file_name", "add_document"]

_UNSAFE = re.compile(r"[^\w.-]+")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}")


class IngestError(Exception):
    """A document that was not added; str() names the file and the reason."""


@dataclass(frozen=True)
class AddedDocument:
    """Where the document now is, and whether the same bytes were there already."""

    path: Path
    already_present: bool


def safe_file_name(name: str) -> str:
    """A file name for the seeds folder: no directories, no hidden names, no odd characters."""
    base = Path(name.replace("\\", "/")).name
    stem, suffix = Path(base).stem, Path(base).suffix
    stem = _UNSAFE.sub("_", stem).strip("._") or "document"
    return stem + (suffix.lower() if _SUFFIX.fullmatch(suffix) else ".txt")


def _check(file_name: str, data: bytes, seeds_dir: Path) -> None:
    """Raise ReadError unless the bytes decode and parse as a document."""
    check_size(len(data))
    text = decode_bytes(data).text
    parse_document(Path(file_name).stem, file_name, text, hashlib.sha256(data).hexdigest(),
                   load_config(seeds_dir))


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


def add_document(seeds_dir: Path, name: str, data: bytes) -> AddedDocument:
    """Add one document's bytes to seeds_dir under a safe version of `name`."""
    file_name = safe_file_name(name)
    if file_name == CONFIG_NAME:
        raise IngestError(f"{name}: {CONFIG_NAME} is the corpus config, not a document")
    target = seeds_dir / file_name
    if target.exists():
        if target.read_bytes() == data:
            return AddedDocument(target, already_present=True)
        raise IngestError(f"{name}: a different document named {file_name} is already in the "
                          f"corpus; rename the file to add it")
    try:
        _check(file_name, data, seeds_dir)
        _write_new(target, data)
    except ReadError as exc:
        raise IngestError(f"{name}: {exc}") from exc
    except FileExistsError as exc:
        raise IngestError(f"{name}: {file_name} appeared in the corpus meanwhile; "
                          f"try again") from exc
    except OSError as exc:
        raise IngestError(f"{name}: could not be saved into {seeds_dir} "
                          f"({exc.strerror or exc})") from exc
    return AddedDocument(target, already_present=False)
