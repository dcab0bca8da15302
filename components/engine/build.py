"""`spectrum build`: parse what changed, reuse what did not, assemble and store the corpus.

A build maps over documents and reduces over the corpus, so its memory does not grow with the
number of comments:

1. per document, on the engine's workers, cached by content: decode, parse, sentiment, spam's
   local part and topic word counts (`tasks.parse_batch`);
2. over the corpus: statements merged across documents, the documents and mentions tables, the
   claims (`assemble.reduce_documents`);
3. per document, cached by content and claims: stance with the corpus claims (`tasks.stance_batch`);
4. over the corpus: spam, whose near-duplicates span documents (`assemble.score_spam`);
5. the tables written, the comments table streamed document by document (`assemble.comment_stream`).

A document that fails a per-document step fails alone, with its reason; one that breaks a
corpus-wide step is found and left out, and the rest is built.
"""

import contextlib
import dataclasses
import functools
import gc
import multiprocessing
import os
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import pyarrow as pa

from ..core.columns import COMMENT_BASE_COLUMNS, DOCUMENT_COLUMNS, MENTION_COLUMNS, STATEMENT_COLUMNS
from ..core.config import CorpusConfig, load_config
from ..core.reader import ReadError, decode_bytes, too_large, unreadable
from ..corpus.snapshot import Recoder, encoded_copy, encoded_schema, install_snapshot, write_comment_snapshot
from ..corpus.store import (
    TableStream,
    build_lock,
    read_manifest,
    write_bytes_atomic,
    write_corpus,
)
from ..corpus.terms import MATRIX_FILE, TermMatrix
from ..enrich import pipeline as enrich
from ..enrich.spam import own_accounts
from ..parse.parser import PARSER_VERSION, ParsedDocument, parse_document, sha256_of
from ..parse.statements import build_statements
from .assemble import (
    COMMENT_SCHEMA,
    Reduced,
    Reuse,
    comment_groups,
    empty_comments,
    reduce_documents,
    score_spam,
    snapshot_dictionaries,
)
from .cache import CACHE_DIR, DocCache, Entry, document_key
from .collector import frozen, paused
from .freshness import BuildReport, Scanned, read_inputs, up_to_date_report
from .furniture_sets import Base, furnished_key, furniture_sets
from .layout import LAYOUT_FILE, read_layout, record_layout
from .local import Engine, InlineExecutor, LocalEngine, map_unordered, workers_of
from .registry import previous_statements
from .tasks import (
    DocBase,
    DocFailure,
    DocResult,
    ParseTask,
    StanceTask,
    base_batch,
    frame_of,
    parse_batch,
    read_arrow,
    stance_batch,
)
from .touched import changed_stems, claims_record, cue_stems, touches

__all__ = ["BuildReport", "build_corpus", "ERRORS_LOG", "internal_error", "check_document",
           "assemble_documents", "Progress"]

ERRORS_LOG = "errors.log"  # tracebacks of internal errors, beside the corpus; never shown to users
# The corpus-wide steps' own cache, a folder inside the documents' cache (whose pruning keeps folders).
CORPUS_CACHE = "corpus"
# An uncompressed copy of the comments table as it is written, which the snapshot is made from
# (instead of decoding the Parquet file again); removed once the snapshot is written.
COPY_FILE = "comments.copy.arrow"
# The snapshot itself, written as the comments table is when its dictionaries are known beforehand
# (a rebuild that reuses most rows: assemble.snapshot_dictionaries); moved beside the tables.
SNAPSHOT_COPY = "comments.snapshot.arrow"
# A task holds documents up to this many bytes (parse) or comments (stance), and at least a
# quarter of a worker's share, so workers stay busy and pickling stays a small part of the work.
BATCH_BYTES = 1_000_000
BATCH_COMMENTS = 5_000
# A rebuild of a corpus of at least this many comments (as its last build counted them) scores spam
# in a process of its own beside the statements' merging, not on a thread, where the two would take
# turns holding the GIL; the process is started as the build starts, so its imports (about a
# second) are done by then. Below it, spam's step is shorter than starting the process.
SPAM_APART_COMMENTS = 200_000
# on_progress(done, total, stage): documents done of total, per stage ("parse", "stance",
# "spam", "write"); called from the building thread, often, so it must be cheap.
Progress = Callable[[int, int, str], None]
T = TypeVar("T")
R = TypeVar("R")


def _log_error(out_dir: Path, what: str, error: str, trace: str) -> str:
    """Log a traceback beside the corpus; return the one-line reason shown for it."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with open(out_dir / ERRORS_LOG, "a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')} {what}\n{trace}")
    except OSError:
        pass
    return (f"internal error ({error}) in Spectrum, not in your file's format; "
            f"the details are in {ERRORS_LOG} beside the corpus")


def internal_error(out_dir: Path, what: str, exc: BaseException) -> str:
    """Log an unexpected exception's traceback beside the corpus; return the one-line reason."""
    return _log_error(out_dir, what, type(exc).__name__, "".join(traceback.format_exception(exc)))


def assemble_documents(parsed: list[ParsedDocument], config: CorpusConfig) -> dict[str, pd.DataFrame]:
    """The corpus tables of parsed documents, built in memory (for a few documents: the checks of
    an upload; a build streams the same steps instead)."""
    documents = frame_of([p.document for p in parsed], DOCUMENT_COLUMNS)
    statements, mentions = build_statements(documents, [m for p in parsed for m in p.mentions])
    statements = frame_of(statements.to_dict("records"), STATEMENT_COLUMNS)
    mentions = frame_of(mentions.to_dict("records"), MENTION_COLUMNS)
    comments = frame_of([c for p in parsed for c in p.comments], COMMENT_BASE_COLUMNS)
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
        assemble_documents([parsed], config)
        return parsed
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported as the file's reason, traceback logged
        raise ReadError(internal_error(log_dir, f"checking the upload {file_name}", exc)) from exc


def _batched(items: Iterable[T], size: Callable[[T], int], limit: int,
             work: int | None = None, workers: int = 1) -> Iterator[list[T]]:
    """Consecutive items grouped while their summed size stays within limit (one at least). Given
    the items' summed size (work) and how many workers take the batches, the last ones shrink: a
    batch is at most a quarter of each worker's share of what is left (and at least an eighth of
    limit), so the workers finish at about the same time instead of one waiting for the other's
    last large batch."""
    batch: list[T] = []
    total = 0
    floor = max(1, limit // 8)
    for item in items:
        cap = limit if work is None else max(floor, min(limit, work // (4 * workers)))
        if batch and total + size(item) > cap:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += size(item)
        work = None if work is None else work - size(item)
    if batch:
        yield batch


class _Executors:
    """The engine's executor, opened when a stage first has enough work for it (a stage with
    little work runs in this process) and closed when the per-document stages are done (its
    workers' memory is not held through the corpus-wide steps) or with the build."""

    def __init__(self, engine: Engine, stack: contextlib.ExitStack) -> None:
        self.engine = engine
        self.stack = stack.enter_context(contextlib.ExitStack())  # what close() closes
        self.pool: Executor | None = None
        self.workers = 1  # how many tasks the executor last opened runs at once

    def close(self) -> None:
        """Close the pool (its worker processes end); a later stage opens another."""
        self.stack.close()
        self.pool = None

    def get(self, work_bytes: int) -> Executor:
        """The open pool, or the engine's executor for work_bytes (kept open if it is a pool)."""
        if self.pool is not None:
            return self.pool
        executor = self.stack.enter_context(self.engine.open(work_bytes))
        self.workers = workers_of(executor, self.engine.workers)
        if not isinstance(executor, InlineExecutor):
            self.pool = executor
        return executor

    def window(self) -> int:
        """How many tasks to keep submitted: enough to keep every worker busy."""
        return 2 * self.workers


def _stem(path: str) -> str:
    """Path(path).stem, without making a Path (a build asks for every file's, several times)."""
    name = path.rstrip("/").rpartition("/")[2]
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _size(path: str) -> int:
    """A file's size, 0 when it has gone (its task then reports it, alone)."""
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


class _Build:
    """One build's state: where it writes, what it reports, how it runs tasks."""

    def __init__(self, out_dir: Path, config: CorpusConfig, executors: _Executors,
                 report: BuildReport, progress: Progress) -> None:
        self.out_dir, self.config, self.executors = out_dir, config, executors
        self.report, self.progress = report, progress
        self.cache = DocCache(out_dir / CACHE_DIR)
        self.previous = previous_statements(out_dir)  # the folder's statement ids, kept (registry.py)
        self.total_counts: Counter[str] = Counter()
        self.new_counts: dict[str, Counter[str]] = {}  # of the documents parsed by this build, by path
        self.everyone: list[Entry] = []
        self.bases: dict[str, Base] = {}  # each file's parse without furniture (furniture_sets.py)
        self.pages: dict[str, tuple[bytes, int]] = {}  # pages the bases were parsed from, and file sizes
        self.furniture: dict[str, frozenset[str]] = {}  # each file's share of its source's repeated lines
        self.memo_file = out_dir / CACHE_DIR / CORPUS_CACHE / "spam_pairs.npz"  # assemble.read_memo
        self.copy = out_dir / CACHE_DIR / CORPUS_CACHE / COPY_FILE  # the comments table as written (_teed)
        self.snapshot = out_dir / CACHE_DIR / CORPUS_CACHE / SNAPSHOT_COPY  # its snapshot (encoded_copy)
        self.apart: Executor | None = None  # the process spam's corpus step may run in (_apart)

    def fail(self, failure: DocFailure, what: str) -> None:
        """Report a document's failure (an internal one is logged with its traceback)."""
        self.report.failed[failure.path] = failure.reason or _log_error(
            self.out_dir, f"{what} {failure.path}", failure.error, failure.trace)

    # 1. per document: parse and enrich locally ---------------------------------------------------

    def _tasks(self, todo: list[tuple[str, str]]) -> Iterator[ParseTask]:
        """A parse task for each file: the page its base task read (tasks.page_bytes) when there is
        one, else its bytes, read when the task is about to be submitted."""
        for path, sha in todo:
            furniture = self.furniture.get(path, frozenset())
            if (page := self.pages.pop(path, None)) is not None:  # read by its base task
                yield ParseTask(path, Path(path).stem, sha, b"", furniture, *page)
                continue
            try:
                yield ParseTask(path, Path(path).stem, sha, Path(path).read_bytes(), furniture)
            except OSError as exc:
                self.report.failed[path] = unreadable(exc)

    def _keep(self, result: DocResult, key: str) -> Entry:
        self.new_counts[result.path] = Counter(result.counts)
        self.report.parsed.append(result.path)
        base = self.bases.setdefault(result.path, Base.of(key, result.document, result.lines))  # first parse
        return self.cache.write(Path(result.path).stem, key, result, base.record())

    def _on_engine(self, todo: list[tuple[str, str]],
                   batch_task: Callable[..., list[R]]) -> Iterator[list[R]]:
        """batch_task(tasks, config=…) over the files of todo in batches of bounded bytes, on the
        engine; each batch's results as it finishes."""
        work = sum(_size(path) for path, _ in todo)
        executor = self.executors.get(work)
        limit = min(BATCH_BYTES, max(1, work // (4 * self.executors.workers)))
        batches = _batched(self._tasks(todo), lambda t: len(t.data) + t.size, limit, work,
                           self.executors.workers)
        run = functools.partial(batch_task, config=self.config)
        yield from map_unordered(executor, run, batches, self.executors.window())

    def _parse(self, todo: list[tuple[str, str]], keys: dict[str, str], entries: dict[str, Entry],
               done: int, total: int) -> None:
        """Parse the files of todo on the engine, into entries."""
        for results in self._on_engine(todo, parse_batch):
            for result in results:
                if isinstance(result, DocFailure):
                    self.fail(result, "parsing")
                else:
                    entries[result.path] = self._keep(result, keys[result.path])
                done += 1
                self.progress(done, total, "parse")

    def _learn_bases(self, files: dict[str, str], keys: dict[str, str]) -> None:
        """The bases of files the cache has none for, from a parse without enrichment on the engine
        (a file that fails here fails again, with its reason, in the full parse), and the pages
        they were parsed from, which the full parse starts from."""
        todo = [(path, sha) for path, sha in files.items() if not sha.startswith("too-large:")]
        if not todo:
            return
        for results in self._on_engine(todo, base_batch):
            for result in results:
                if isinstance(result, DocBase):
                    self.bases[result.path] = Base.of(keys[result.path], result.document, result.lines)
                    if result.page:
                        self.pages[result.path] = result.page, _size(result.path)

    def _collect(self, files: dict[str, str], keys: dict[str, str], entries: dict[str, Entry],
                 done: int, total: int) -> int:
        """The entries of files, from the cache when its key matches, else parsed; how many are done."""
        todo: list[tuple[str, str]] = []
        for path, sha in files.items():
            if (hit := self.cache.read(_stem(path), keys[path], path)) is not None:
                entries[path] = hit
                self.report.reused.append(path)
            elif sha.startswith("too-large:"):
                self.report.failed[path] = too_large(int(sha.split(":")[1]))
            else:
                todo.append((path, sha))
        done += len(files) - len(todo)
        self.progress(done, total, "parse")
        if todo:
            self._parse(todo, keys, entries, done, total)
        return done + len(todo)

    def documents(self, hashes: dict[str, str], config_hash: str) -> list[Entry]:
        """Every file's entry, from the cache when its key matches, else parsed on the engine: first
        the files whose lines are not known yet are parsed as they are, for their lines only (no
        enrichment, nothing cached); then, each source's repeated lines known, every file not cached
        under the key of its share of them (furniture_sets.py) is parsed and enriched once."""
        entries: dict[str, Entry] = {}
        plain = {path: document_key(sha, config_hash) for path, sha in hashes.items()}
        self.bases = {p: base for p in hashes
                      if (base := Base.from_record(self.cache.read_base(_stem(p), plain[p]))) is not None}
        self._learn_bases({path: sha for path, sha in hashes.items() if path not in self.bases}, plain)
        self.furniture = furniture_sets(self.bases)
        keys = {path: furnished_key(plain[path], self.furniture.get(path, frozenset())) for path in hashes}
        self._collect(hashes, keys, entries, 0, len(hashes))
        self.pages = {}  # of files the cache held after all
        order = {path: n for n, path in enumerate(hashes)}
        self.report.parsed.sort(key=order.__getitem__)  # workers finish in any order
        failed = sorted(self.report.failed.items(), key=lambda item: order.get(item[0], -1))
        self.report.failed = dict(failed)
        self.everyone = [entries[p] for p in hashes if p in entries]
        self.total_counts = self.cache.totals(self.everyone, self.new_counts)
        self.new_counts = {}
        return self.everyone

    # 2.-4. corpus-wide steps, and stance per document ----------------------------------------------

    def _counts(self, entries: list[Entry]) -> Counter[str]:
        """The summed topic counts of some of the documents."""
        if len(entries) == len(self.everyone):
            return self.total_counts
        if 2 * len(entries) <= len(self.everyone):
            return sum((self.cache.counts(e) for e in entries), Counter())
        kept = {e.path for e in entries}
        left_out = [e for e in self.everyone if e.path not in kept]
        return self.total_counts - sum((self.cache.counts(e) for e in left_out), Counter())

    def _reduce(self, entries: list[Entry]) -> Reduced:
        with paused():  # many objects, few cycles (collector.py)
            return reduce_documents(entries, self._counts(entries), self.config, self.previous)

    def _drop_failing(self, entries: list[Entry], step: Callable[[list[Entry]], object],
                      together: bool) -> list[Entry]:
        """The entries the step works on: each alone, or (together) each beside those kept before it."""
        if together:
            return self._keep_working([], entries, step)
        kept: list[Entry] = []
        for entry in entries:
            try:
                step([entry])
                kept.append(entry)
            except Exception as exc:  # noqa: BLE001 - one document's content must not stop the rest
                self.report.failed[entry.path] = internal_error(self.out_dir, f"assembling {entry.path}", exc)
        return kept

    def _keep_working(self, kept: list[Entry], candidates: list[Entry],
                      step: Callable[[list[Entry]], object]) -> list[Entry]:
        """kept plus the candidates that work beside it and the candidates kept before them, found
        by halving: a run that works is kept whole, so few culprits cost a few steps per halving,
        not one corpus-wide step per document."""
        if not candidates:
            return kept
        try:
            step([*kept, *candidates])
            return [*kept, *candidates]
        except Exception as exc:  # noqa: BLE001 - one document's content must not stop the rest
            if len(candidates) == 1:
                path = candidates[0].path
                self.report.failed[path] = internal_error(self.out_dir, f"assembling {path}", exc)
                return kept
        half = len(candidates) // 2
        return self._keep_working(self._keep_working(kept, candidates[:half], step), candidates[half:], step)

    def isolate(self, entries: list[Entry], step: Callable[[list[Entry]], T]) -> tuple[list[Entry], T]:
        """A corpus-wide step over every entry; if that fails, over those left when the documents
        that cause it (first those that fail alone, then those that fail beside the rest) are
        left out, each reported."""
        try:
            return entries, step(entries)
        except Exception as exc:  # noqa: BLE001
            internal_error(self.out_dir, "assembling the corpus (looking for the document that causes it)",
                           exc)
        entries = self._drop_failing(entries, step, together=False)
        try:
            return entries, step(entries)
        except Exception:  # noqa: BLE001
            entries = self._drop_failing(entries, step, together=True)
            return entries, step(entries)

    def _stance_batches(self, todo: list[Entry]) -> Iterator[list[StanceTask]]:
        """Stance tasks in batches of about a quarter of a worker's share of the comments (at most
        BATCH_COMMENTS), each document's comments read when its batch is about to be submitted."""
        share = sum(e.n_comments for e in todo) // (4 * self.executors.workers)
        sizes = {e.path: e.n_comments for e in todo}
        tasks = (StanceTask(e.path, e.comments.read_bytes()) for e in todo if e.comments is not None)
        return _batched(tasks, lambda t: sizes[t.path], min(BATCH_COMMENTS, max(1, share)),
                        sum(sizes.values()), self.executors.workers)

    def _carry_over(self, entries: list[Entry], digest: str, record: dict[str, Any]) -> None:
        """Move to these claims the stance of the documents that the change from the last build's
        claims does not touch (none of their comments' stems is among the stems that changed)."""
        before = self.cache.claims_before()
        if before is None or before[0] == digest:
            return
        changed = changed_stems(before[1], record, cue_stems(self.config))
        if changed is None:
            return
        for entry in entries:
            target, old = self.cache.stance(entry, digest), self.cache.stance(entry, before[0])
            if entry.comments is None or target.is_file() or not old.is_file():
                continue
            stems = self.cache.read_stems(entry)
            if stems is not None and not touches(stems, changed):
                with contextlib.suppress(OSError):  # gone meanwhile: then it is classified again
                    os.replace(old, target)

    def classify(self, entries: list[Entry], reduced: Reduced) -> set[str]:
        """Stance of the documents whose stance under these claims is neither cached nor carried over
        from the last build's claims; the paths that failed."""
        digest, record = reduced.digest, claims_record(reduced.claims)
        self._carry_over(entries, digest, record)
        todo = [e for e in entries if e.comments is not None and not self.cache.stance(e, digest).is_file()]
        by_path, failed = {e.path: e for e in todo}, set[str]()
        self.progress(0, len(todo), "stance")
        if todo:
            executor = self.executors.get(sum(e.comments.stat().st_size for e in todo if e.comments))
            classify = functools.partial(stance_batch, config=self.config, claims=reduced.claims)
            results = map_unordered(executor, classify, self._stance_batches(todo), self.executors.window())
            for done, result in enumerate((r for batch in results for r in batch), 1):
                if isinstance(result, DocFailure):
                    self.fail(result, "classifying")
                    failed.add(result.path)
                else:
                    entry = by_path[result.path]
                    write_bytes_atomic(self.cache.stance(entry, digest), result.table)
                    if result.stems is not None:
                        stems = result.stems.encode("utf-8", "surrogatepass")
                        write_bytes_atomic(self.cache.stems(entry), stems)
                self.progress(done, len(todo), "stance")
        self.cache.keep_claims(digest, record)
        return failed

    def _spam(self, entries: list[Entry]) -> pd.DataFrame:
        """Spam across the documents (its files kept beside the cache for the next build)."""
        return score_spam(entries, memo_file=self.memo_file,
                          input_file=self.memo_file.with_name("spam_input.arrow"), own=self._own(entries))

    def _own(self, entries: list[Entry]) -> frozenset[str]:
        """The own accounts' names of the config's people and organisations (each page's outlet is
        an own account on its own page: assemble.score_spam reads the entries' sources)."""
        return own_accounts(self.config, ())

    def _early_spam(self, side: Executor, entries: list[Entry]) -> "Future[pd.DataFrame] | None":
        """Spam started beside the statements' merging when no worker is running: in the process of
        _apart when there is one, else on the side thread; None when workers are running."""
        if self.executors.pool is not None:
            if self.apart is not None:
                self.apart.shutdown()
            return None
        if self.apart is None:
            return side.submit(self._spam, entries)
        return self.apart.submit(_spam_apart, [_slim(e) for e in entries], self.memo_file,
                                 self.memo_file.with_name("spam_input.arrow"), self._own(entries))

    def corpus_steps(self, entries: list[Entry]) -> tuple[list[Entry], Reduced, pd.DataFrame]:
        """The corpus-wide steps and stance, over the documents that go through all of them. When no
        worker is running (a rebuild of a few documents), spam, which needs neither the statements
        nor stance, runs beside the statements' merging, in a process of its own for a large corpus
        (_apart), else on a thread (numpy, pyarrow and the fuzzy matching let go of the GIL), and is
        waited for before stance may start workers; its result is used when every document went
        through both, else spam runs again over those that did (in this process)."""
        with ThreadPoolExecutor(1) as side:
            early = self._early_spam(side, entries)
            everyone = entries
            while True:
                entries, reduced = self.isolate(entries, self._reduce)
                found = _result(early) if early is not None else None  # its files written, its memory gone
                early = None
                if self.apart is not None:
                    self.apart.shutdown()  # its memory given back
                failed = self.classify(entries, reduced)
                if failed:
                    entries = [e for e in entries if e.path not in failed]
                    continue
                self.executors.close()  # the rest runs in this process
                self.progress(0, 1, "spam")
                if found is not None and entries is everyone:
                    kept, spam = entries, found
                else:  # a failure is found (and logged) here, document by document if need be
                    kept, spam = self.isolate(entries, self._spam)
                found = None
                self.progress(1, 1, "spam")
                if len(kept) == len(entries):
                    return entries, reduced, spam
                entries = kept

    # 5. the tables --------------------------------------------------------------------------------

    def tables(self, entries: list[Entry], reduced: Reduced, spam: pd.DataFrame,
               reuse: Reuse | None) -> dict[str, pd.DataFrame | TableStream]:
        """The corpus tables; the comments table a stream over the documents' files (and the last
        build's rows of the documents reuse finds there)."""
        digest = reduced.digest
        self.copy.unlink(missing_ok=True)  # a killed build's: never the source of this one's snapshot
        self.snapshot.unlink(missing_ok=True)
        written = iter(range(1, len(entries) + 1))
        comments: pd.DataFrame | TableStream = empty_comments()
        if any(e.n_comments for e in entries):
            def stance_of(entry: Entry) -> Path:
                return self.cache.stance(entry, digest)

            dictionaries = snapshot_dictionaries(entries, stance_of, spam, reuse)
            encoding = None if dictionaries is None else (Recoder(dictionaries),
                                                          encoded_schema(COMMENT_SCHEMA, dictionaries))
            def on_document() -> None:
                self.progress(next(written), len(entries), "write")

            groups = comment_groups(entries, stance_of, spam, on_document, reuse, encoding)
            comments = TableStream(COMMENT_SCHEMA, _teed((plain for plain, _ in groups), self.copy)
                                   if dictionaries is None else
                                   encoded_copy(groups, COMMENT_SCHEMA, dictionaries, self.snapshot))
        return {"documents": reduced.documents, "statements": reduced.statements,
                "mentions": reduced.mentions, "comments": comments}


def _warm() -> None:
    """Nothing: the first task of the process spam runs in, which makes it start (and import what
    the spam step needs) while the build reads its documents."""


def _slim(entry: Entry) -> Entry:
    """An entry as the spam step reads it (no document fields but its id and source, no
    mentions): what is sent to the process it runs in."""
    document = {"doc_id": entry.doc_id, "source": entry.document.get("source")}
    return dataclasses.replace(entry, document=document, mentions=[])


def _spam_apart(entries: list[Entry], memo_file: Path, input_file: Path, own: frozenset[str]) -> pd.DataFrame:
    """Spam across the documents, in the process of _apart (the same step as _Build._spam)."""
    return score_spam(entries, memo_file=memo_file, input_file=input_file, own=own)


def _apart(out_dir: Path) -> contextlib.AbstractContextManager[Executor | None]:
    """A process for spam's corpus step (started now, its imports made), when the corpus in out_dir
    is large enough for it to pay (SPAM_APART_COMMENTS); else None."""
    try:
        comments = int(read_manifest(out_dir).get("counts", {}).get("comments", 0))
    except (TypeError, ValueError, AttributeError):
        comments = 0
    if comments < SPAM_APART_COMMENTS:
        return contextlib.nullcontext(None)
    process = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    process.submit(_warm)
    return process


def _result(future: "Future[T]") -> T | None:
    """A step's result, or None when it raised (the step is then run again where failures are found)."""
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - run again by the caller, which reports it
        return None


def _manifest(report: BuildReport, fingerprint: dict[str, Any], entries: list[Entry],
              config_hash: str, config: CorpusConfig, seeds_dir: Path, out_dir: Path) -> dict[str, Any]:
    """The corpus's record of its build. The seeds folder, relative to the corpus (it still holds
    when a project is moved whole) and absolute (when only the corpus is moved), tells the app which
    folder the documents' texts and an upload belong to when it is pointed at the corpus alone."""
    return {"seeds_dir": os.path.relpath(seeds_dir.resolve(), out_dir.resolve()),
            "seeds_dir_absolute": str(seeds_dir.resolve()),
        "fingerprint": fingerprint, "failed": report.failed, "notes": report.notes,
        "counts": report.counts, "inputs": {e.doc_id: e.document["sha256"] for e in entries},
        "parser_version": PARSER_VERSION, "enrichment_version": enrich.ENRICHMENT_VERSION,
        "config_sha256": config_hash, "corpus_name": config.name,
        "sides": [{"id": s.id, "name": s.person.name, "colour": s.colour} for s in config.sides],
        "speaker_sides": {p.name: p.side for p in config.everyone if p.side},
    }


def _term_parts(entries: list[Entry], stances: list[Path],
                reuse: Reuse | None) -> Iterator[pa.Table | tuple[TermMatrix, int, int]]:
    """Each document's term counts in table order: its rows of the last build's matrix when reuse
    finds them there (the rows of documents that follow one another there as one range), else its
    own term table."""
    last = None
    if reuse is not None:
        rows = sum(n for _, _, _, n in reuse.layout.places.values())
        last = TermMatrix.load(reuse.layout.folder / MATRIX_FILE, rows)
    run: list[int] = []  # [first row, rows] of the range being joined
    for entry, stance in zip(entries, stances, strict=True):
        if entry.terms is None:
            continue
        placed = reuse.place(entry, stance) if reuse is not None and last is not None else None
        if last is not None and placed is not None and run and run[0] + run[1] == placed[0]:
            run[1] += placed[1]
            continue
        if last is not None and run:
            yield last, run[0], run[1]
        run = [*placed] if last is not None and placed is not None else []
        if not run:
            yield read_arrow(str(entry.terms))
    if last is not None and run:
        yield last, run[0], run[1]


def _teed(batches: Iterable[pa.Table], copy: Path) -> Iterator[pa.Table]:
    """The comments table's batches, each also written to an uncompressed Arrow file at copy (which is
    there, whole, only once every batch has gone through)."""
    copy.unlink(missing_ok=True)
    copy.parent.mkdir(parents=True, exist_ok=True)
    partial = copy.with_name(f".{copy.name}.{os.getpid()}.tmp")
    try:
        with pa.OSFile(str(partial), "wb") as sink, pa.ipc.new_file(sink, COMMENT_SCHEMA) as writer:
            for batch in batches:  # of COMMENT_SCHEMA (assemble._row_group)
                writer.write_table(batch.combine_chunks())  # one record batch: the snapshot reads it alone
                yield batch
        os.replace(partial, copy)
    finally:
        partial.unlink(missing_ok=True)


def _write_derived(folder: Path, terms: Callable[[], TermMatrix], copy: Path, snapshot: Path) -> None:
    """The dashboard's files beside the tables: the comments' memory-mapped snapshot (written
    beside the table as it was, else made from the copy of the comments table written beside it,
    else from the table, a row group at a time) and the term counts (each document's, in table
    order)."""
    try:
        if snapshot.is_file():
            install_snapshot(folder, snapshot)
        else:
            write_comment_snapshot(folder, source=copy if copy.is_file() else None)
    finally:
        copy.unlink(missing_ok=True)
        snapshot.unlink(missing_ok=True)
    terms().save(folder / MATRIX_FILE)


def _build_locked(seeds_dir: Path, out_dir: Path, config: CorpusConfig, engine: Engine,
                  progress: Progress, scanned: Scanned | None = None) -> BuildReport:
    if scanned is not None and scanned.seeds_dir == seeds_dir:
        report, inputs = scanned.report(), scanned.inputs  # the check just before: not scanned again
    else:
        report = BuildReport()
        inputs = read_inputs(seeds_dir, report, out_dir)
    if (current := up_to_date_report(report, out_dir, inputs)) is not None:
        return current
    hashes, config_hash, fingerprint = inputs.hashes, inputs.config_hash, inputs.fingerprint
    with contextlib.ExitStack() as stack:
        stack.enter_context(frozen())  # the entries are frozen for the build (collector.py)
        build = _Build(out_dir, config, _Executors(engine, stack), report, progress)
        build.apart = stack.enter_context(_apart(out_dir))
        with paused(collect=False):
            entries = build.documents(hashes, config_hash)
        gc.freeze()
        report.notes = {e.path: f"note: {note}" for e in entries if (note := e.document.get("date_note"))}
        entries, reduced, spam = build.corpus_steps(entries)
    report.counts = {"documents": len(reduced.documents), "statements": len(reduced.statements),
                     "mentions": len(reduced.mentions), "comments": sum(e.n_comments for e in entries)}
    stances = [build.cache.stance(e, reduced.digest) for e in entries]
    layout = out_dir / CACHE_DIR / CORPUS_CACHE / LAYOUT_FILE
    reuse = Reuse.open(read_layout(layout, out_dir))
    tables = build.tables(entries, reduced, spam, reuse)  # (every reused document's place found)

    def terms() -> TermMatrix:
        return TermMatrix.spliced(_term_parts(entries, stances, reuse))

    with ThreadPoolExecutor(1) as side:  # a rebuild's term counts, mostly the last build's, made
        made = side.submit(terms) if reuse is not None else None  # while the tables are written
        manifest = _manifest(report, fingerprint, entries, config_hash, config, seeds_dir, out_dir)
        version = write_corpus(out_dir, tables, manifest,
                               functools.partial(_write_derived, terms=terms if made is None else made.result,
                                                 copy=build.copy, snapshot=build.snapshot))
    record_layout(layout, version, entries, stances)
    build.cache.prune([_stem(f) for f in hashes], entries, reduced.digest)
    build.cache.keep_pack(entries)
    return report


def build_corpus(seeds_dir: Path, out_dir: Path, on_wait: Callable[[], None] | None = lambda: None,
                 *, engine: Engine | None = None, on_progress: Progress | None = None,
                 scanned: Scanned | None = None) -> BuildReport:
    """Build (or bring up to date) the corpus of a seeds folder into out_dir. A broken corpus
    config raises ValueError before anything is written; a file that fails is reported in
    the report and every other file is still built. Builds into one out_dir take turns: when
    another holds it, on_wait is called and this one waits (on_wait=None: raise BuildBusy).
    The per-document steps run on `engine` (default: a local pool of two worker processes);
    on_progress(done, total, stage) follows them. scanned: the inputs as freshness.current_report
    scanned them just before (the folder is then not scanned again)."""
    config = load_config(seeds_dir)
    with build_lock(out_dir, on_wait):
        return _build_locked(seeds_dir, out_dir, config, engine or LocalEngine(),
                             on_progress or (lambda done, total, stage: None), scanned)
