"""The per-document cache of a build, beside the corpus: what each document yielded (a small JSON
file: document row and mentions), its topic counts (JSON), its comments with the per-document enrichment and
their term counts (Arrow IPC files), keyed by the file's hash, the config, the parser and enrichment
versions; each document's stance columns, keyed by that and the corpus claims' digest, with the
stems of its comments; the claims the last build classified with (claims.json) and the topic
counts summed over its documents (topic_totals.json), so a build reads only the counts of the
documents that changed. The documents' JSON records are also kept together in one file
(records.json), read at once instead of thousands of small files: a record there is used when its
key is the one asked for (a record is a function of its key), else the document's own file is
read; the file is written again when a build used many records that were not in it."""

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..corpus.store import write_bytes_atomic
from ..enrich.pipeline import ENRICHMENT_VERSION
from ..parse.parser import PARSER_VERSION
from .freshness import STATS_FILE
from .tasks import DocResult

__all__ = ["CACHE_DIR", "Entry", "DocCache", "document_key"]

CACHE_DIR = "cache"
CACHE_FORMAT = "5"  # bump when what the cache holds changes
CLAIMS_FILE = "claims.json"  # the claims the last build classified with
TOTALS_FILE = "topic_totals.json"  # the summed topic counts of the last build's documents
PACK_FILE = "records.json"  # the documents' JSON records together (DocCache.keep_pack)
_PACK_STALE = 8  # the pack is written again when more than 1/8 of the records used were not in it


def document_key(sha: str, config_hash: str) -> str:
    """What a document's cached results depend on: its bytes, the config, the code versions."""
    return f"{CACHE_FORMAT}:{PARSER_VERSION}:{ENRICHMENT_VERSION}:{config_hash}:{sha}"


def _short(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class Entry:
    """One document that went through the per-document steps, as the corpus-wide steps need it
    (its comments stay on disk until the tables are written)."""

    path: str
    key: str
    document: dict[str, Any]
    mentions: list[dict[str, Any]]
    n_texts: int
    n_comments: int
    comments: Path | None  # the Arrow file of its comments; None when it has none
    terms: Path | None = None  # the Arrow file of its comments' term counts; None when it has none

    @property
    def doc_id(self) -> str:
        """The document's id."""
        return str(self.document["doc_id"])


class DocCache:
    """The cache folder: one JSON file per document id, plus Arrow files named by key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._records: dict[str, Any] = {}  # JSON files read_base read, by document id, for read
        self._names: set[str] | None = None  # the folder's file names, listed once for read
        self._stances: dict[tuple[str, str, str], Path] = {}  # stance(), by document id, key and digest
        self._pack: dict[str, Any] | None = None  # the records of PACK_FILE, by document id, read once
        self._packed: set[str] = set()  # the documents whose record in _records came from the pack
        self._used: set[str] = set()  # the documents whose record this build used or wrote
        self._raw: dict[str, bytes] = {}  # the JSON of the records read from or written to their own files

    def _listed(self) -> set[str]:
        """The names in the cache folder, listed when first asked for (read checks each document's
        files among them: no stat per file) and again after a write."""
        if self._names is None:
            try:
                with os.scandir(self.folder) as listing:
                    self._names = {item.name for item in listing}
            except OSError:
                self._names = set()
        return self._names

    def _record(self, doc_id: str, key: str) -> Any:
        """A document's record (read_base's, taken once; the pack's when its key is this one, else
        the document's JSON file, parsed)."""
        stored = self._records.pop(doc_id, None)
        if stored is not None and (doc_id not in self._packed or stored.get("key") == key):
            return stored
        self._packed.discard(doc_id)
        self._raw[doc_id] = raw = self._json(doc_id).read_bytes()
        return json.loads(raw)

    def _packed_records(self) -> dict[str, Any]:
        """The records of the pack (none when it is absent, damaged or of another format)."""
        if self._pack is None:
            try:
                stored = json.loads((self.folder / PACK_FILE).read_bytes())
                records = stored["records"] if stored.get("format") == CACHE_FORMAT else {}
                self._pack = records if isinstance(records, dict) else {}
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                self._pack = {}
        return self._pack

    def _name(self, doc_id: str) -> str:
        """A file name of fixed length, whatever the document's name."""
        return hashlib.sha1(doc_id.encode("utf-8", "surrogatepass")).hexdigest()

    def _json(self, doc_id: str) -> Path:
        return self.folder / f"{self._name(doc_id)}.json"

    def _comments(self, doc_id: str, key: str) -> Path:
        return self.folder / f"{self._name(doc_id)}.{_short(key)}.comments.arrow"

    def _counts(self, doc_id: str, key: str) -> Path:
        return self.folder / f"{self._name(doc_id)}.{_short(key)}.counts.json"

    def _terms(self, doc_id: str, key: str) -> Path:
        return self.folder / f"{self._name(doc_id)}.{_short(key)}.terms.arrow"

    def stance(self, entry: Entry, digest: str) -> Path:
        """Where a document's stance columns under claims of this digest are kept (a build asks for
        each document's several times: the path is made once)."""
        asked = (entry.doc_id, entry.key, digest)
        if (path := self._stances.get(asked)) is None:
            path = self.folder / f"{self._name(entry.doc_id)}.{_short(entry.key + digest)}.stance.arrow"
            self._stances[asked] = path
        return path

    def stems(self, entry: Entry) -> Path:
        """Where the stems of a document's comments are kept (touched.document_stems)."""
        return self.folder / f"{self._name(entry.doc_id)}.{_short(entry.key)}.stems"

    def read_stems(self, entry: Entry) -> str | None:
        """A document's recorded stems, or None when they are not recorded."""
        try:
            return self.stems(entry).read_text(encoding="utf-8", errors="surrogatepass")
        except (OSError, UnicodeDecodeError):
            return None

    def claims_before(self) -> tuple[str, dict[str, Any]] | None:
        """The digest and record (touched.claims_record) of the claims the last build classified
        with, or None."""
        try:
            stored = json.loads((self.folder / CLAIMS_FILE).read_text(encoding="utf-8"))
            return str(stored["digest"]), dict(stored["claims"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def keep_claims(self, digest: str, record: dict[str, Any]) -> None:
        """Remember the claims this build classified with, for the next build to compare."""
        data = json.dumps({"digest": digest, "claims": record}, ensure_ascii=False)
        write_bytes_atomic(self.folder / CLAIMS_FILE, data.encode("utf-8", "surrogatepass"))

    def read(self, doc_id: str, key: str, path: str) -> Entry | None:
        """The cached entry of a document when its key matches; None when absent, stale or damaged."""
        try:
            stored = self._record(doc_id, key)
            if stored.get("key") != key:
                return None
            self._used.add(doc_id)
            name, listed = f"{self._name(doc_id)}.{_short(key)}", self._listed()  # as _comments etc. do
            comments = terms = None
            if stored["n_comments"]:
                if f"{name}.comments.arrow" not in listed or f"{name}.terms.arrow" not in listed:
                    return None
                comments, terms = self.folder / f"{name}.comments.arrow", self.folder / f"{name}.terms.arrow"
            if f"{name}.counts.json" not in listed:
                return None
            return Entry(path, key, {**stored["document"], "path": path}, stored["mentions"],
                         int(stored["n_texts"]), int(stored["n_comments"]), comments, terms)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def counts(self, entry: Entry) -> Counter[str]:
        """A cached document's topic counts."""
        return self._read_counts(entry.doc_id, entry.key)

    def _read_counts(self, doc_id: str, key: str) -> Counter[str]:
        return Counter(json.loads(self._counts(doc_id, key).read_text(encoding="utf-8")))

    def totals(self, entries: list[Entry], new: dict[str, Counter[str]]) -> Counter[str]:
        """The summed topic counts of the entries (new: those of documents just parsed, by path):
        the last build's total, less the documents it counted that are gone or changed, plus those
        it did not count; summed from every document's counts when that total cannot be used."""
        current = {e.doc_id: e.key for e in entries}
        try:
            stored = json.loads((self.folder / TOTALS_FILE).read_text(encoding="utf-8"))
            total, counted = Counter(stored["counts"]), dict(stored["keys"])
            for doc_id, key in counted.items():
                if current.get(doc_id) != key:
                    total.subtract(self._read_counts(doc_id, key))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            total, counted = Counter(), {}
        for entry in entries:
            if counted.get(entry.doc_id) != entry.key:
                total.update(new.get(entry.path) or self.counts(entry))
        total = +total  # stems no document uses any more
        data = json.dumps({"keys": current, "counts": total}, ensure_ascii=False)
        write_bytes_atomic(self.folder / TOTALS_FILE, data.encode("utf-8", "surrogatepass"))
        return total

    def read_base(self, doc_id: str, key: str) -> dict[str, Any] | None:
        """What a document's parse without furniture recorded (furniture_sets.Base), when that parse
        was under this key; else None."""
        stored = self._packed_records().get(doc_id)
        base = stored.get("base") if isinstance(stored, dict) else None
        if isinstance(base, dict) and base.get("key") == key:  # the same parse as the file's
            self._records[doc_id] = stored
            self._packed.add(doc_id)
            return base
        try:
            raw = self._json(doc_id).read_bytes()
            stored = json.loads(raw)
            base = stored.get("base")
        except (OSError, ValueError, AttributeError):
            return None
        self._records[doc_id] = stored
        self._raw[doc_id] = raw
        self._packed.discard(doc_id)
        return base if isinstance(base, dict) and base.get("key") == key else None

    def write(self, doc_id: str, key: str, result: DocResult, base: dict[str, Any] | None = None) -> Entry:
        """Keep a document's results (the comments file first, so the JSON never names a missing one)
        and the record of its parse without furniture (base)."""
        self._records.pop(doc_id, None)
        self._packed.discard(doc_id)
        self._names = None
        comments = self._comments(doc_id, key) if result.n_comments else None
        terms = self._terms(doc_id, key) if result.n_comments else None
        if comments is not None and terms is not None:
            write_bytes_atomic(comments, result.table)
            write_bytes_atomic(terms, result.terms)
        write_bytes_atomic(self._counts(doc_id, key), json.dumps(result.counts).encode("ascii"))
        stored = {"key": key, "document": result.document, "mentions": result.mentions,
                  "n_texts": result.n_texts, "n_comments": result.n_comments, "base": base}
        self._raw[doc_id] = raw = json.dumps(stored).encode("ascii")
        write_bytes_atomic(self._json(doc_id), raw)
        self._used.add(doc_id)
        return Entry(result.path, key, result.document, result.mentions, result.n_texts,
                     result.n_comments, comments, terms)

    def prune(self, doc_ids: list[str], entries: list[Entry], digest: str) -> None:
        """Drop files of documents no longer in the seeds folder, stale results of those that are,
        and temporary files of killed builds (call while holding the build lock)."""
        keep = {f"{self._name(d)}.json" for d in doc_ids} | {TOTALS_FILE, CLAIMS_FILE, STATS_FILE, PACK_FILE}
        for e in entries:  # the names _comments, _terms, _counts, stance and stems give, as strings
            name, short = self._name(e.doc_id), _short(e.key)
            keep |= {f"{name}.{short}.counts.json", f"{name}.{short}.stems",
                     f"{name}.{_short(e.key + digest)}.stance.arrow"}
            if e.comments is not None:
                keep.add(e.comments.name)
            if e.terms is not None:
                keep.add(e.terms.name)
        with os.scandir(self.folder) as listing:  # the type from the listing: no stat per file
            stale = [item.path for item in listing if item.name not in keep and item.is_file()]
        for path in stale:
            Path(path).unlink(missing_ok=True)
        self._names = None

    def keep_pack(self, entries: list[Entry]) -> None:
        """Write the records of the entries into the pack, when more than 1/_PACK_STALE of those this
        build used were not read from it (or it has none of them): a build that adds a few documents
        leaves it as it is (their records are read from their own files)."""
        used = [e.doc_id for e in entries if e.doc_id in self._used]
        stale = sum(1 for doc_id in used if doc_id not in self._packed)
        if not used or _PACK_STALE * stale <= len(entries):
            return
        pack = self._packed_records()
        records = b",".join(json.dumps(doc_id).encode("ascii") + b":" + (
            json.dumps(pack[doc_id]).encode("ascii") if doc_id in self._packed else self._raw[doc_id])
            for doc_id in used)  # the records' JSON as read or written, not made again
        data = b'{"format": ' + json.dumps(CACHE_FORMAT).encode("ascii") + b', "records": {' + records + b"}}"
        write_bytes_atomic(self.folder / PACK_FILE, data)
