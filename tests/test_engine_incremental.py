"""Incremental stance: when the corpus claims change, only the documents whose comments use a stem
that changed are classified again, and the tables equal a cold build's, table by table."""

import json
import shutil
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from pandas.testing import assert_frame_equal

from components.core.columns import COMMENT_BASE_COLUMNS
from components.core.config import load_config
from components.corpus.snapshot import read_comment_snapshot
from components.corpus.store import Corpus, load_corpus
from components.corpus.terms import MATRIX_FILE, TermMatrix
from components.engine import build as build_module
from components.engine.assemble import read_memo, write_memo
from components.engine.build import build_corpus
from components.engine.touched import changed_stems, claims_record, cue_stems, document_stems, touches
from components.enrich import near_duplicates
from components.enrich import pipeline as enrich
from components.enrich.near_duplicates import PairMemo
from components.enrich.pipeline import STANCE_COLUMNS, classify_stance
from components.enrich.stance import Claims

ROOT = Path(__file__).resolve().parent.parent
UPLOAD = ROOT / "tests" / "data" / "upload"
SEEDS = ROOT / "seeds"
TABLES = ("documents", "statements", "mentions", "comments")


@pytest.fixture(scope="module")
def synthetic(synthetic_seeds: Callable[..., Path]) -> Path:
    """A small synthetic corpus: many documents, statements across them, spam and duplicates."""
    return synthetic_seeds(600, 30, seed=3)


def _build(seeds: Path, out: Path) -> tuple[int, str]:
    """Build; how many documents were classified, and the digest of the claims used."""
    stages: dict[str, int] = {}
    report = build_corpus(seeds, out, on_progress=lambda done, total, stage: stages.update({stage: total}))
    assert not report.failed
    assert not (out / "errors.log").exists()  # no corpus-wide step failed and was retried without some
    claims = json.loads((out / "cache" / "claims.json").read_text(encoding="utf-8"))
    totals = json.loads((out / "cache" / "topic_totals.json").read_text(encoding="utf-8"))
    summed = sum((Counter(json.loads(p.read_text(encoding="utf-8")))
                  for p in (out / "cache").glob("*.counts.json")), Counter())
    assert totals["counts"] == dict(summed)  # the running total is the sum over the documents there are
    return stages.get("stance", 0), claims["digest"]


def _assert_equals_cold(seeds: Path, out: Path, cold: Path) -> None:
    """A cold build into the same folder (a copy of it, its cache removed, its manifest no longer
    up to date) writes the same tables: the folder's statements table is the id registry, which a
    build into it keeps (engine/registry.py); everything else is built afresh."""
    shutil.rmtree(cold, ignore_errors=True)
    shutil.copytree(out, cold)
    shutil.rmtree(cold / "cache")
    manifest = json.loads((cold / "manifest.json").read_text(encoding="utf-8"))
    (cold / "manifest.json").write_text(json.dumps({**manifest, "fingerprint": {}}), encoding="utf-8")
    report = build_corpus(seeds, cold)
    assert not report.up_to_date and not report.reused
    built, fresh = load_corpus(out), load_corpus(cold)
    for name in TABLES:
        assert_frame_equal(built.table(name), fresh.table(name), obj=name)
    _assert_same_derived(out / built.manifest["tables_dir"], cold / fresh.manifest["tables_dir"])


def _assert_same_derived(built: Path, fresh: Path) -> None:
    """The dashboard's files beside the tables (the comments' snapshot, the term counts) are the same."""
    assert_frame_equal(read_comment_snapshot(built), read_comment_snapshot(fresh), obj="comments.arrow")
    rows = len(pd.read_parquet(fresh / "comments.parquet", columns=["comment_id"]))
    mine, theirs = TermMatrix.load(built / MATRIX_FILE, rows), TermMatrix.load(fresh / MATRIX_FILE, rows)
    assert mine is not None and theirs is not None
    assert mine.words.tolist() == theirs.words.tolist()
    assert (mine.matrix != theirs.matrix).nnz == 0 and mine.matrix.shape == theirs.matrix.shape


def _with_statement(path: Path) -> None:
    """Put a new quote by a side's person into an article's prose (new words for that side's claims,
    some of them words commenters use)."""
    person = load_config(path.parent).sides[0].person.name
    quote = (f'"Producers protect each other, and the victims pay for it with careers," {person} '
             'said on Tuesday.')
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    path.write_text("\n\n".join([*paragraphs[:3], quote, *paragraphs[3:]]), encoding="utf-8")


def _with_repost(path: Path, source: Path) -> None:
    """Append to an article's comments a new reader's copy of the longest comment of another article
    (a near-duplicate across documents: the spam columns of both change)."""
    blocks = source.read_text(encoding="utf-8").split("\n  \u2022 ")[1:]
    body = max((block.partition("\n")[2].rstrip() for block in blocks), key=len)
    with path.open("a", encoding="utf-8") as out:
        out.write(f"\n  \u2022 A Newcomer\n{body}\n")


def test_incremental_builds_equal_cold_builds_and_reclassify_only_touched_documents(
        synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(near_duplicates, "ALL_PAIRS_LIMIT", 50)  # the LSH search, with its pair memo
    seeds = tmp_path / "seeds"
    shutil.copytree(synthetic, seeds)
    out, cold = tmp_path / "corpus", tmp_path / "cold"
    documents = len(list(seeds.glob("*.txt")))
    _, digest = _build(seeds, out)
    partial = False
    files = sorted(seeds.glob("*.txt"))
    changes: list[Callable[[], object]] = [
        lambda: shutil.copy(UPLOAD / "new_article.txt", seeds / "new_article.txt"),  # a document added
        lambda: _with_statement(files[2]),  # a statement that changes a side's claims
        lambda: shutil.copy(UPLOAD / "second_article.txt", seeds / "second_article.txt"),
        lambda: files[5].unlink(),  # a document removed
        lambda: files[4].write_bytes(files[4].read_bytes() + b"\n"),  # changed, same claims
        lambda: _with_repost(files[7], files[1]),  # a comment repeated in another document
    ]
    repeated = False
    for change in changes:
        change()
        classified, new_digest = _build(seeds, out)
        _assert_equals_cold(seeds, out, cold)
        assert (out / "cache" / "corpus" / "layout.json").is_file()  # the next build reuses rows
        reasons = load_corpus(out).comments["spam_reason"]
        repeated |= bool(reasons.str.contains("posted by A Newcomer", regex=False).any())
        partial |= new_digest != digest and 0 < classified < documents - 2
        digest = new_digest
    assert partial, "no change of the claims kept any document's stance"
    assert repeated, "the repost changed no earlier comment's spam columns"


def test_changed_stems_are_those_added_to_or_dropped_from_a_side_or_the_topic() -> None:
    before = Claims({"a": frozenset({"tax", "wall"}), "b": frozenset({"fund"})}, frozenset({"film"}))
    after = Claims({"a": frozenset({"tax"}), "b": frozenset({"fund", "wall", "nurs"})}, frozenset())
    assert changed_stems(claims_record(before), claims_record(after)) == {"wall", "nurs", "film"}
    assert changed_stems(claims_record(before), claims_record(before)) == frozenset()
    assert changed_stems(claims_record(before), claims_record(after), frozenset({"tax"})) == {"wall", "nurs"}
    other_sides = Claims({"a": frozenset({"tax"})}, frozenset())
    assert changed_stems(claims_record(before), claims_record(other_sides)) is None


def test_a_document_is_touched_only_by_a_stem_its_comments_use() -> None:
    stems = document_stems(["Nurses deserve a raise.", "", "The walls are high"])
    assert touches(stems, frozenset({"wall"})) and touches(stems, frozenset({"nurs", "zzz"}))
    assert not touches(stems, frozenset({"tax", "fund"})) and not touches(stems, frozenset())
    many = frozenset({f"w{n}" for n in range(100)})
    assert not touches(stems, many) and touches(stems, many | {"rais"})


def _seed_stance(corpus: Corpus, claims: Claims) -> pd.DataFrame:
    comments = corpus.comments[list(COMMENT_BASE_COLUMNS)]
    return classify_stance(comments, load_config(SEEDS), claims)[list(STANCE_COLUMNS)]


def test_stance_reads_the_claims_only_through_the_stems_of_the_comments(corpus: Corpus) -> None:
    """What touched.py assumes of enrich/stance/: claim words no comment uses, and topic words that
    are no position cue's word, change no comment's stance."""
    config = load_config(SEEDS)
    claims = enrich.corpus_claims(config, corpus.statements, Counter(), 0)
    used = set(document_stems(t for t in corpus.comments["text"] if isinstance(t, str)).split("\n"))
    unused = frozenset({"zyxw", "qwvu", "fjord", "accordion"}) - used
    more_words = Claims({side: words | unused for side, words in claims.words.items()}, claims.topic)
    topic = claims.topic | (frozenset(used) - cue_stems(config))
    more_topic = Claims(claims.words, topic)
    plain = _seed_stance(corpus, claims)
    assert plain["stance"].ne("neutral").sum() > 10  # the claims decide something
    assert_frame_equal(_seed_stance(corpus, more_words), plain)
    assert_frame_equal(_seed_stance(corpus, more_topic), plain)
    changed = Claims({side: words | (frozenset(used) - cue_stems(config)) if n == 0 else words
                      for n, (side, words) in enumerate(claims.words.items())}, claims.topic)
    assert not _seed_stance(corpus, changed).equals(plain)  # words the comments use do change it


def _longest_comment(source: Path) -> str:
    """The body of an article's longest comment, as it is written there (indented)."""
    blocks = source.read_text(encoding="utf-8").split("\n  \u2022 ")[1:]
    return max((block.partition("\n")[2].rstrip() for block in blocks), key=len)


def _article_with(path: Path, author: str, body: str) -> None:
    """A new article (the upload test's) whose comments end with body posted by author."""
    shutil.copy(UPLOAD / "new_article.txt", path)
    with path.open("a", encoding="utf-8") as out:
        out.write(f"\n  \u2022 {author}\n{body}\n")


def _with_reply(path: Path) -> None:
    """Append a short comment to an article."""
    with path.open("a", encoding="utf-8") as out:
        out.write("\n  \u2022 A Reader\n\n    Me too.\n")


def test_spam_near_duplicates_are_searched_again_only_around_the_texts_that_changed(
        synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(near_duplicates, "ALL_PAIRS_LIMIT", 50)  # the LSH search, as in a large corpus
    searches: list[tuple[int, bool]] = []  # (comments searched, a part of the corpus) per search
    real = near_duplicates.first_other_comments

    def spy(exact: Any, bands: Any, eligible: Any, *args: Any, **kwargs: Any) -> Any:
        searches.append((len(eligible), bool(kwargs.get("lsh"))))
        return real(exact, bands, eligible, *args, **kwargs)

    monkeypatch.setattr(near_duplicates, "first_other_comments", spy)
    encoded: list[int] = []  # snapshots written with the table, from dictionaries known beforehand
    real_copy = build_module.encoded_copy

    def counting(*args: Any) -> Any:
        encoded.append(1)
        return real_copy(*args)

    monkeypatch.setattr(build_module, "encoded_copy", counting)
    seeds = tmp_path / "seeds"
    shutil.copytree(synthetic, seeds)
    out, cold = tmp_path / "corpus", tmp_path / "cold"
    _build(seeds, out)
    [(everyone, _)] = searches
    files = sorted(seeds.glob("*.txt"))
    doc_of = {path.stem: path for path in files}
    changes: list[tuple[Callable[[], object], str]] = [
        (lambda: shutil.copy(files[3], seeds / "zz_copy.txt"), ""),  # every comment repeats one there
        (lambda: _article_with(seeds / "zz_repost.txt", "A Newcomer", _longest_comment(files[1])),
         "A Newcomer"),  # an earlier comment by someone else repeated: its spam columns change
        (lambda: _article_with(seeds / "zz_near.txt", "A Second Newcomer",
                               _longest_comment(files[2]) + " Indeed."), "A Second Newcomer"),  # nearly
        (lambda: (seeds / "zz_repost.txt").unlink(), ""),  # the repeat gone: the earlier comment's back
        (lambda: _with_reply(files[4]), ""),  # a document changed
    ]
    searched_part = False
    for change, newcomer in changes:
        change()
        searches.clear()
        _build(seeds, out)
        assert all(part and size < everyone // 2 for size, part in searches), searches
        searched_part |= bool(searches)
        comments = load_corpus(out).comments
        earlier = comments[comments["doc_id"].map(lambda d: d in doc_of and d not in ("zz_copy",))]
        repeats = earlier["spam_reason"].str.contains("posted by A Newcomer", regex=False).any()
        assert bool(repeats) == (newcomer == "A Newcomer" or (seeds / "zz_repost.txt").exists())
        if newcomer:
            assert earlier["spam_reason"].str.contains(f"posted by {newcomer}", regex=False).any()
        _assert_equals_cold(seeds, out, cold)  # the snapshots too
    assert searched_part
    assert encoded, "no rebuild wrote its snapshot with the table"


def test_answers_of_all_pairs_compared_are_not_kept_for_a_corpus_that_grows_past_them(
        synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    searches: list[int] = []  # comments searched, per search
    real = near_duplicates.first_other_comments

    def spy(exact: Any, bands: Any, eligible: Any, *args: Any, **kwargs: Any) -> Any:
        searches.append(len(eligible))
        return real(exact, bands, eligible, *args, **kwargs)

    monkeypatch.setattr(near_duplicates, "first_other_comments", spy)
    seeds = tmp_path / "seeds"
    shutil.copytree(synthetic, seeds)
    out, cold = tmp_path / "corpus", tmp_path / "cold"
    _build(seeds, tmp_path / "count")
    [long_comments] = searches
    monkeypatch.setattr(near_duplicates, "ALL_PAIRS_LIMIT", long_comments)  # this corpus: all pairs
    _build(seeds, out)
    assert not (out / "cache" / "corpus" / "spam_answers.npz").exists()
    _article_with(seeds / "zz_repost.txt", "A Newcomer", _longest_comment(sorted(seeds.glob("*.txt"))[1]))
    searches.clear()
    _build(seeds, out)  # past the limit: the search, over the whole corpus
    [grown] = searches
    assert grown > long_comments
    assert (out / "cache" / "corpus" / "spam_answers.npz").exists()
    _assert_equals_cold(seeds, out, cold)


def test_a_kept_pair_memo_is_read_mapped_and_equals_what_was_kept(tmp_path: Path) -> None:
    """The memo's arrays come back memory-mapped (a search of a few texts reads the pages it looks up),
    with the same verdicts; a compressed or stale file is read as before or not at all."""
    memo = PairMemo()
    ids = PairMemo.ids(np.arange(1000, dtype=np.int64), np.arange(1000, dtype=np.int64)[::-1].copy())
    memo.record(ids, ids % np.uint64(3) == 0)
    path = tmp_path / "memo.npz"
    write_memo(path, memo)
    pairs, similar = memo.kept()
    read = read_memo(path)
    assert isinstance(read.pairs.base, np.memmap) or isinstance(read.pairs, np.memmap)
    assert (read.pairs == pairs).all() and (read.similar == similar).all()
    known, verdicts = read.lookup(ids[:10])
    assert known.all() and (verdicts == (ids[:10] % np.uint64(3) == 0)).all()
    with np.load(path) as stored:
        arrays = {k: stored[k] for k in stored.files}
    np.savez_compressed(tmp_path / "packed.npz", **arrays)
    np.savez(tmp_path / "stale.npz", **{**arrays, "version": np.asarray("0")})
    packed = read_memo(tmp_path / "packed.npz")
    assert (packed.pairs == pairs).all() and (packed.similar == similar).all()
    assert len(read_memo(tmp_path / "stale.npz").pairs) == 0
    assert len(read_memo(tmp_path / "absent.npz").pairs) == 0


def test_a_rebuild_runs_spam_beside_the_statements_and_a_spam_failure_still_leaves_one_out(
        synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuild with no worker running scores spam on a side thread while the statements are merged,
    and its tables equal a cold build's; a document that breaks spam there is found and left out
    (spam run again, in the building thread, over the others)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(synthetic, seeds)
    out, cold = tmp_path / "corpus", tmp_path / "cold"
    _build(seeds, out)
    threads: list[str] = []
    real = build_module.score_spam

    def spy(entries: list[Any], **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        if any(e.doc_id == "zz_breaks_spam" for e in entries):
            raise OverflowError("spam broke")
        return real(entries, **kwargs)

    monkeypatch.setattr(build_module, "score_spam", spy)
    shutil.copy(UPLOAD / "new_article.txt", seeds / "new_article.txt")
    _build(seeds, out)
    assert threads and threads[0] != threading.main_thread().name and len(threads) == 1
    _assert_equals_cold(seeds, out, cold)
    threads.clear()
    shutil.copy(UPLOAD / "second_article.txt", seeds / "zz_breaks_spam.txt")
    report = build_corpus(seeds, out)
    assert list(report.failed) == [str(seeds / "zz_breaks_spam.txt")]
    assert "internal error (OverflowError)" in report.failed[str(seeds / "zz_breaks_spam.txt")]
    assert threads[0] != threading.main_thread().name and threading.main_thread().name in threads[1:]
    assert "zz_breaks_spam" not in set(load_corpus(out).documents["doc_id"])
    assert "new_article" in set(load_corpus(out).documents["doc_id"])


def test_a_rebuild_of_a_large_corpus_scores_spam_in_a_process_of_its_own_and_equals_a_cold_build(
        synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From SPAM_APART_COMMENTS comments on, a rebuild with no worker running scores spam in a
    process of its own (not in this one, whose score_spam is never called) while the statements
    are merged here, and its tables equal a cold build's."""
    monkeypatch.setattr(near_duplicates, "ALL_PAIRS_LIMIT", 50)  # the LSH search, with its kept answers
    seeds = tmp_path / "seeds"
    shutil.copytree(synthetic, seeds)
    out, cold = tmp_path / "corpus", tmp_path / "cold"
    _build(seeds, out)
    here: list[int] = []
    real = build_module.score_spam

    def spy(entries: list[Any], **kwargs: Any) -> Any:
        here.append(len(entries))
        return real(entries, **kwargs)

    monkeypatch.setattr(build_module, "SPAM_APART_COMMENTS", 1)
    monkeypatch.setattr(build_module, "score_spam", spy)
    shutil.copy(UPLOAD / "new_article.txt", seeds / "new_article.txt")
    _build(seeds, out)
    assert not here
    monkeypatch.setattr(build_module, "score_spam", real)
    _assert_equals_cold(seeds, out, cold)


def test_the_documents_records_are_read_from_one_pack_while_their_keys_match(
        synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build keeps every document's JSON record in one file (cache/records.json); the next build
    reads the records from there, a document's own file only when the pack's record is not under
    its key (the document changed, or was added since); a damaged pack is not used; every build
    equals a cold one."""
    seeds = tmp_path / "seeds"
    shutil.copytree(synthetic, seeds)
    out, cold = tmp_path / "corpus", tmp_path / "cold"
    _build(seeds, out)
    pack = out / "cache" / "records.json"
    records = json.loads(pack.read_text(encoding="utf-8"))["records"]
    assert set(records) == {p.stem for p in seeds.glob("*.txt")}
    read: list[str] = []
    real = Path.read_bytes

    def spy(path: Path) -> bytes:
        data = real(path)
        if path.parent == out / "cache" and path.suffix == ".json" and len(path.stem) == 40:
            read.append(path.name)  # a document's own record, read
        return data

    monkeypatch.setattr(Path, "read_bytes", spy)
    files = sorted(seeds.glob("*.txt"))
    files[3].write_bytes(files[3].read_bytes() + b"\n")  # changed: its record in the pack is stale
    shutil.copy(UPLOAD / "new_article.txt", seeds / "new_article.txt")
    before = pack.stat().st_mtime_ns
    _build(seeds, out)
    assert len(read) == 1  # the changed document's file (the new one has none yet)
    assert pack.stat().st_mtime_ns == before  # a few records not in it: left as it was
    monkeypatch.setattr(Path, "read_bytes", real)
    _assert_equals_cold(seeds, out, cold)
    pack.write_text("{damaged", encoding="utf-8")
    files[4].write_bytes(files[4].read_bytes() + b"\n")
    _build(seeds, out)
    _assert_equals_cold(seeds, out, cold)


@pytest.mark.parametrize("path", ["/a/b/c.txt", "/a/b.c/d", "x", "/a/.hidden", "/a/b.", "/a/b.tar.gz",
                                  "/a/b..txt", "/a/.b.txt", "a/b/", "/a/b c.html", "/a/ünï.txt"])
def test_a_files_stem_is_the_one_pathlib_gives(path: str) -> None:
    assert build_module._stem(path) == Path(path).stem


def test_documents_added_at_the_end_keep_spams_input_file_and_write_only_a_tail(
        synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents added after every other keep spam's kept input file as it is and write their rows
    as its tail (the next such build writes the tail again, with both); a change elsewhere writes
    the whole input again and removes the tail; every build equals a cold one."""
    monkeypatch.setattr(near_duplicates, "ALL_PAIRS_LIMIT", 50)  # the LSH search, with its kept answers
    seeds = tmp_path / "seeds"
    shutil.copytree(synthetic, seeds)
    out, cold = tmp_path / "corpus", tmp_path / "cold"
    _build(seeds, out)
    kept, tail = (out / "cache" / "corpus" / name for name in ("spam_input.arrow", "spam_input.tail.arrow"))
    first = kept.stat()
    assert not tail.exists()
    for name in ("new_article.txt", "second_article.txt"):
        shutil.copy(UPLOAD / name, seeds / f"zz_{name}")
        _build(seeds, out)
        _assert_equals_cold(seeds, out, cold)
        assert (kept.stat().st_ino, kept.stat().st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
        assert tail.is_file()
    assert len(pa.ipc.open_file(str(tail)).read_all()) == sum(
        len(load_corpus(out).comments.query("doc_id == @d")) for d in ("zz_new_article", "zz_second_article"))
    _with_repost(sorted(seeds.glob("*.txt"))[2], sorted(seeds.glob("*.txt"))[1])  # a change before them
    _build(seeds, out)
    _assert_equals_cold(seeds, out, cold)
    assert kept.stat().st_ino != first.st_ino and not tail.exists()


_SCHOOL_CONFIG = """[corpus]
name = "Tarrow County Council votes to close Dunmere village school"

[[sides]]
id = "council"
name = "Tarrow County Council"
aliases = ["the council"]
pronoun = "they"
position_cues = ["falling rolls"]

[[sides]]
id = "parents"
name = "Save Dunmere School"
aliases = ["the campaign"]
pronoun = "they"
position_cues = ["keep the school open"]

[[people]]
name = "Gwen Pardoe"
aliases = ["Pardoe"]
pronoun = "she"
side = "council"

[[people]]
name = "Owen Tally"
aliases = ["Tally"]
pronoun = "he"
side = "parents"
"""


def _school_article(day: int, title: str, prose: str, comments: list[tuple[str, str]]) -> str:
    """An invented article in the seed format: date, title, prose, then its comment section."""
    section = "".join(f"  \u2022 {author}\n\n    {text}\n\n" for author, text in comments)
    return f" date 2026-03-0{day}\n\n{title}\n\n{title}\n\n{prose}\n\nComments\n\n{section}"


def test_a_new_statement_reclassifies_a_document_that_quotes_only_its_runs(tmp_path: Path) -> None:
    """A statement made only of common words changes no side's words, only its runs (Claims.lines):
    the document whose comment quotes those runs is classified again and changes stance, a document
    that quotes nothing keeps its stance from the last build, and the tables equal a cold build's."""
    seeds, out = tmp_path / "seeds", tmp_path / "corpus"
    seeds.mkdir()
    (seeds / "corpus.toml").write_text(_SCHOOL_CONFIG, encoding="utf-8")
    (seeds / "a.txt").write_text(_school_article(
        3, "Dunmere parents march on County Hall",
        '"The consultation was a done deal from day one," Owen Tally said on Saturday.',
        [("Mairi Lusk", '"We did what we could." Sure you did.'),
         ("Pete Arrow", "Long walk for the little ones in the rain.")]), encoding="utf-8")
    (seeds / "b.txt").write_text(_school_article(
        4, "Dunmere school roof report published", "The county surveyor published the roof report on Friday.",
        [("Ann Hobb", "Nice to see the old photos of the school in the paper."),
         ("Ravi Moss", "My grandad went there in the fifties.")]), encoding="utf-8")
    council = seeds / "c.txt"
    council.write_text(_school_article(
        5, "Council explains Dunmere decision",
        "Tarrow County Council met on Thursday to vote on the closure.",
        [("Lorna Dey", "Sad day for the village."), ("Hugh Penn", "Sad day indeed.")]), encoding="utf-8")

    def claims_kept() -> dict[str, Any]:
        return dict(json.loads((out / "cache" / "claims.json").read_text(encoding="utf-8"))["claims"])

    def quoting_stance() -> str:
        comments = load_corpus(out).comments
        return str(comments.loc[comments["author"] == "Mairi Lusk", "stance"].iloc[0])

    assert _build(seeds, out)[0] == 3
    before, stance_before = claims_kept(), quoting_stance()
    council.write_text(council.read_text(encoding="utf-8").replace(
        "closure.", 'closure.\n\n"We did what we could with what we had," Gwen Pardoe said on Thursday.'),
        encoding="utf-8")
    classified, _ = _build(seeds, out)
    after = claims_kept()
    assert after["words"] == before["words"] and after["lines"] != before["lines"]  # only the runs changed
    assert classified == 2  # the quoting document and the one that changed; b.txt carried over
    assert (stance_before, quoting_stance()) == ("neutral", "parents")  # the council's line held up
    _assert_equals_cold(seeds, out, tmp_path / "cold")
