"""Property tests: generated documents in the seed format's structures, with hostile bytes mixed in.

Profiles (HYPOTHESIS_PROFILE): `ci` (default, fixed seed, about 2,000 examples, part of `make test`)
and `fuzz` (random seed, over 10,000 examples, `make fuzz`). A failing example, once found, is kept
as a file in tests/data/hostile/ (see test_hostile.py).
"""

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from components.core.columns import TABLES
from components.core.config import CONFIG_NAME, load_config
from components.core.reader import ReadError, decode_bytes
from components.corpus.export import to_csv_bytes
from components.corpus.filters import FilterSpec
from components.corpus.store import Corpus, load_corpus
from components.engine.build import BuildReport, build_corpus
from components.enrich.words import word_frequencies
from components.parse.dates import (
    DateExpr,
    Resolved,
    find_date_expr,
    resolve,
    resolve_published,
    resolve_signature,
    value_problem,
)
from components.parse.parser import parse_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_STEMS = sorted(p.stem for p in SEEDS.glob("*.txt"))
CONFIG = load_config(SEEDS)

# No explain phase: it re-runs a failing build example a hundred times (minutes) to point at lines.
_COMMON = {"deadline": None, "database": None, "print_blob": True,
           "phases": [Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
           "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example]}
settings.register_profile("ci", derandomize=True, **_COMMON)
settings.register_profile("fuzz", derandomize=False, **_COMMON)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)
# Examples per property: ci 2,002 in all (about a minute on 2 cores), fuzz 10,403 (about 6 CPU minutes).
BUDGET = {
    "ci": {"parse": 1200, "dates": 740, "batch": 40, "rebuild": 20, "app": 2},
    "fuzz": {"parse": 7500, "dates": 2000, "batch": 700, "rebuild": 200, "app": 3},
}[PROFILE]

# -- strategies: the seed format's structures ------------------------------------------------------

NAMES = ("Matt Damon", "Damon", "Alyssa Milano", "Milano", "Minnie Driver", "Driver", "Harvey Weinstein",
         "Jane Roe", "He", "She", "@Alyssa_Milano", "   ", "", "Dr. O'Neil-Ünal", "李明", "X" * 70)
VERBS = ("said", "wrote", "tweeted", "told ABC News", "added", "responded", "explained", "says")
MONTHS = ("January", "Feb", "February", "Mar", "May", "June", "Sept.", "Sep", "October", "Dec.",
          "December", "Foo", "MAY", "Mon")
WEEKDAYS = ("Monday", "Friday", "Saturday", "Sunday")
YEARS = (st.sampled_from((0, 1, 999, 1899, 1900, 1901, 2016, 2017, 2099, 2100, 2101, 9999))
         | st.integers(0, 9999))
DAYS = st.sampled_from((0, 1, 14, 28, 29, 30, 31, 32, 99)) | st.integers(0, 99)
WORDS = ("the", "actress", "spectrum", "of", "behaviour", "outrage", "is", "not", "all", "wrong",
         "Hollywood", "women", "believe", "them", "culture", "https://example.com/x", "$5000", "#MeToo",
         "don’t", "don鈥檛", "“", "”", "'", "—", "…", "•", "(", ")", "@", ":", ".", ",")
HOSTILE = ("\x00", "\ufeff", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\u200b", "\u202e",
           "\u0301", "\t", "\\", "<b>", ":red[x]", "$x$", "**", "\ud7ff", "\U0001f600", "鉁", "�")


def _join(parts: list[str]) -> str:
    return " ".join(p for p in parts if p)


@st.composite
def noise(draw: st.DrawFn, max_size: int = 30) -> str:
    """Random unicode, hostile characters, or a very long line."""
    kind = draw(st.sampled_from(("text", "hostile", "long", "spaces", "none")))
    if kind == "text":
        return draw(st.text(max_size=max_size))
    if kind == "hostile":
        return "".join(draw(st.lists(st.sampled_from(HOSTILE), max_size=4)))
    if kind == "long":
        return draw(st.sampled_from(WORDS)) * draw(st.integers(100, 1500))
    if kind == "spaces":
        return " " * draw(st.integers(2, 300))
    return ""


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
    return _join([*words, draw(noise())]) + draw(st.sampled_from((".", "!", "?", "", ",")))


@st.composite
def date_phrase(draw: st.DrawFn) -> str:
    """A date phrase of every kind the parser knows, often impossible or extreme."""
    month, day, year = draw(st.sampled_from(MONTHS)), draw(DAYS), draw(YEARS)
    return draw(st.sampled_from((
        f"on {month} {day}", f"{month} {day}, {year:04d}", f"{day} {month} {year:04d}", f"{month} {day}th",
        f"on {draw(st.sampled_from(WEEKDAYS))}", f"last {draw(st.sampled_from(WEEKDAYS))} night",
        "yesterday", "tonight", "last night", f"in {month}", f"in {month} {year:04d}",
        f"in mid-{month}", "earlier this week", "last week", f"on Thursday ({month} {day})",
    )))


@st.composite
def header(draw: st.DrawFn) -> str:
    """` date YYYY-MM-DD`, month and day anything from 00 to 99, sometimes text on the same line."""
    value = f"{draw(YEARS):04d}-{draw(st.integers(0, 99)):02d}-{draw(st.integers(0, 99)):02d}"
    rest = draw(st.sampled_from(("", " ", " The article starts on the header line.", "x")))
    return f" date {value}{rest}"


@st.composite
def title(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(("Alyssa", "Milano", "Matt", "Damon", "Responds", "Letter",
                                           "About", "Hollywood", "Sexual", "Misconduct", "to")),
                          min_size=1, max_size=12))
    return _join([*words, draw(noise(10))])


@st.composite
def quote(draw: st.DrawFn) -> str:
    """A quote with its attribution before or after, a date phrase sometimes."""
    name, verb = draw(st.sampled_from(NAMES)), draw(st.sampled_from(VERBS))
    words = _join(draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=12)))
    left, right = draw(st.sampled_from((('"', '"'), ("“", "”"), ("“", '"'), ("", '"'))))
    when = draw(date_phrase()) if draw(st.booleans()) else ""
    if draw(st.booleans()):
        return f"{name} {verb} {when}: {left}{words}{right}"
    return f"{left}{words},{right} {name} {verb} {when}."


@st.composite
def tweet(draw: st.DrawFn) -> str:
    """`body — Name (@handle) Month D, YYYY`, with blank names, odd handles, impossible dates."""
    body = draw(sentence())
    dash = draw(st.sampled_from(("—", "–", "-", "")))
    name = draw(st.sampled_from(NAMES))
    handle = draw(st.sampled_from(("@Alyssa_Milano", "@abc", "@" + "a" * 31, "@", "@é")))
    signed = f"{draw(st.sampled_from(MONTHS))} {draw(DAYS)}, {draw(YEARS):04d}"
    return f"{body} {dash} {name} ({handle}) {signed}{draw(st.sampled_from(('', ' ', 'x')))}"


@st.composite
def link_list(draw: st.DrawFn) -> str:
    head = draw(st.sampled_from(("JJ Links Around The Web", "Top Stories", "Related Articles", "")))
    items = draw(st.lists(sentence(), min_size=1, max_size=6))
    bullet = draw(st.sampled_from(("•", "·", "*", "▪")))
    return head + "\n\n" + "\n".join(f"  {bullet} {item} - Site" for item in items)


@st.composite
def comment(draw: st.DrawFn) -> str:
    """`  • author`, a blank line, then an indented body of one or more paragraphs."""
    author = draw(st.sampled_from(("kevolution", "Nancy", "", "   ", "鉁潚滒潛", "Damon", "<b>x</b>")))
    bullet = draw(st.sampled_from(("•", "●", "◦", "*")))
    paragraphs = draw(st.lists(st.one_of(sentence(), quote()), min_size=0, max_size=3))
    indent = draw(st.sampled_from(("    ", "\t", " ", "")))
    body = "\n\n".join(indent + p for p in paragraphs)
    return f"  {bullet} {author}\n\n{body}"


FURNITURE = st.sampled_from(("Top Stories", "Advertisement", "Just Jared on Facebook", "Photos: Getty",
                             "Posted to: Alyssa Milano, Matt Damon", "Read all of the tweets below!"))
BLOCK = st.one_of(sentence(), quote(), tweet(), link_list(), comment(), title(), FURNITURE, noise(60),
                  st.lists(sentence(), min_size=2, max_size=5).map(" ".join))
SEPARATOR = st.sampled_from(("\n\n", "\n", "\n \n", "\n\n\n", " "))
LINE_ENDS = st.sampled_from(("\n", "\r\n", "\r"))


@st.composite
def html_page(draw: st.DrawFn) -> str:
    """A saved web page: meta date, title, paragraphs and comment markup, tags left open at times."""
    published = f"{draw(YEARS):04d}-{draw(st.integers(0, 99)):02d}-{draw(st.integers(0, 99)):02d}"
    paragraphs = draw(st.lists(st.one_of(sentence(), quote(), tweet(), noise(60)), max_size=5))
    comments = draw(st.lists(st.tuples(st.sampled_from(("kev", "", "<i>x</i>", "   ")),
                                       st.one_of(sentence(), quote())), max_size=4))
    close = draw(st.sampled_from(("</p>", "", "</div>")))
    body = "".join(f"<p>{p}{close}" for p in paragraphs)
    thread = "".join(f'<div class="comment"><span class="author">{a}</span><p class="text">{t}</p></div>'
                     for a, t in comments)
    return (f'<!doctype html><html><head><title>{draw(title())}</title>'
            f'<meta property="article:published_time" content="{published}"></head>'
            f'<body><article><h1>{draw(title())}</h1>{body}</article>'
            f'<div class="comments">{thread}</div>{draw(noise())}</body></html>')


@st.composite
def document(draw: st.DrawFn) -> str:
    """A document: BOM, header date, title and blocks in any order, any line ends; at times a
    saved web page instead."""
    if draw(st.integers(0, 9)) == 0:
        return draw(html_page())
    parts = [draw(header())] if draw(st.booleans()) else []
    if draw(st.booleans()):
        parts.append(draw(title()))
    parts += draw(st.lists(BLOCK, min_size=0, max_size=8))
    text = ""
    for part in parts:
        text += part + draw(SEPARATOR)
    if draw(st.booleans()):
        ends = draw(st.lists(LINE_ENDS, min_size=1, max_size=3))
        lines = text.split("\n")
        text = "".join(line + ends[i % len(ends)] for i, line in enumerate(lines))
    return ("\ufeff" if draw(st.booleans()) else "") + text


@st.composite
def file_bytes(draw: st.DrawFn) -> bytes:
    """A document encoded as a seed file might be: UTF-8 (with BOM), UTF-16, cp1252, or junk."""
    text = draw(document())
    encoding = draw(st.sampled_from(("utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252", "junk")))
    if encoding == "junk":
        return draw(st.binary(max_size=200))
    return text.encode(encoding, errors="replace")


# -- helpers --------------------------------------------------------------------------------------

@contextmanager
def _workdir() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="spectrum-fuzz-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _seeds(folder: Path, files: dict[str, bytes], with_seeds: bool) -> Path:
    """A seeds folder holding the corpus config, the given files and, if asked, the seed files."""
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    shutil.copy(SEEDS / CONFIG_NAME, seeds / CONFIG_NAME)
    for stem in SEED_STEMS if with_seeds else ():
        shutil.copy(SEEDS / f"{stem}.txt", seeds / f"{stem}.txt")
    for name, data in files.items():
        (seeds / name).write_bytes(data)
    return seeds


def _checked_build(seeds: Path, out: Path) -> BuildReport:
    """Build; no exception may escape and every failure is one line from the file's content."""
    report = build_corpus(seeds, out)
    for path, reason in report.failed.items():
        assert "\n" not in reason and reason.strip(), (path, reason)
        log = out / "errors.log"
        assert not reason.startswith("internal error"), (path, reason, log.exists() and log.read_text())
    return report


# Columns that depend only on the document itself. The others are corpus-wide by design: spam
# looks for near-duplicates in every document, stance learns each side's claims from the corpus's
# statements and its topic words from every comment, and statement ids, n_statements and the
# anchors of undated documents come from statements merged across documents.
LOCAL = {
    "documents": ["doc_id", "source", "title", "published", "url", "sha256", "n_comments"],
    "comments": ["comment_id", "doc_id", "source", "position", "author", "text", "text_raw",
                 "is_empty", "sentiment_compound", "sentiment_label"],
    "mentions": ["doc_id", "source", "speaker", "kind", "text", "paragraph"],
}


def _rows(corpus: Corpus, doc_id: str) -> dict[str, pd.DataFrame]:
    """A document's rows in each table, on the columns that depend only on that document."""
    out = {}
    for name, columns in LOCAL.items():
        frame = corpus.table(name)
        out[name] = frame.loc[frame["doc_id"] == doc_id, columns].reset_index(drop=True)
    mentions = corpus.mentions[corpus.mentions["doc_id"] == doc_id]
    dated = bool((corpus.documents.loc[corpus.documents["doc_id"] == doc_id, "published"] != "").any())
    # With its own article date, a document's mention dates are its own.
    out["dates"] = mentions[["date", "date_evidence"]].iloc[:len(mentions) if dated else 0]
    out["dates"] = out["dates"].reset_index(drop=True)
    return out


def _assert_same_rows(alone: dict[str, pd.DataFrame], batch: dict[str, pd.DataFrame], doc_id: str) -> None:
    assert alone.keys() == batch.keys(), doc_id
    for name in alone:
        pd.testing.assert_frame_equal(alone[name], batch[name], check_dtype=False, obj=f"{doc_id} {name}")


def _dashboard_data_path(corpus: Corpus) -> None:
    """What the pages and the sidebar compute from the tables, over every filter kind."""
    from dashboard.charts import share_figure, side_colours, timeline_figure
    from dashboard.data import version_key
    from dashboard.sidebar import _date_bounds

    bounds = _date_bounds(version_key(corpus), corpus.statements)
    specs = [FilterSpec(), FilterSpec(spam="exclude", search="the", sentiment_min=-0.5),
             FilterSpec(sources=tuple(corpus.documents["source"][:1]), stances=("neutral",))]
    if bounds is not None:
        specs.append(FilterSpec(date_from=bounds[0].isoformat(), date_to=bounds[1].isoformat()))
    for spec in specs:
        for name in ("documents", "statements", "mentions", "comments"):
            to_csv_bytes(spec.apply(name, corpus.table(name), corpus.mentions))
        spec.describe(1, 2)
    # The figures that read dates and document text (a plotly figure costs 0.1 s or more, so the
    # rest are drawn by the page renders below).
    colours = side_colours([s["id"] for s in corpus.manifest.get("sides", [])])
    if len(corpus.statements):
        timeline_figure(corpus.statements, corpus.mentions, corpus.documents)
    if len(corpus.comments):
        share_figure(corpus.comments, "sentiment_label", colours, "labels", "source")
        word_frequencies(corpus.comments["text"])


# -- properties -----------------------------------------------------------------------------------

@settings(max_examples=BUDGET["parse"])
@given(st.one_of(document(), file_bytes()))
def test_parse_raises_nothing_but_read_error(doc: str | bytes) -> None:
    try:
        text = decode_bytes(doc).text if isinstance(doc, bytes) else doc
        parsed = parse_document("doc", "doc.txt", text, "0" * 64, CONFIG)
    except ReadError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        return
    published = parsed.document["published"]
    assert published == "" or not value_problem(published)


DATE_CALLS: list[Callable[[str, date], Resolved]] = [
    lambda text, anchor: resolve(find_date_expr(text) or DateExpr("week", text), anchor, "the anchor"),
    lambda text, anchor: resolve(DateExpr("explicit", text), anchor, "the anchor"),
    lambda text, anchor: resolve(DateExpr("weekday", text), None, ""),
    lambda text, anchor: resolve_signature(text),
    lambda text, anchor: resolve_published(text),
]


@settings(max_examples=BUDGET["dates"])
@given(st.one_of(date_phrase(), st.text(max_size=30),
                 st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True)),
       st.dates(), st.sampled_from(range(len(DATE_CALLS))))
def test_dates_never_raise_and_stay_in_range(text: str, anchor: date, call: int) -> None:
    found = DATE_CALLS[call](text, anchor)
    value = found.value
    assert value == "" or not value_problem(value), found
    assert value or found.evidence or not text.strip() or call == 0  # a dropped date says why


@settings(max_examples=BUDGET["batch"])
@given(st.lists(file_bytes(), min_size=1, max_size=3))
def test_batch_builds_each_good_file_as_alone(files: list[bytes]) -> None:
    names = {f"g{i}.txt": data for i, data in enumerate(files)}
    with _workdir() as folder:
        alone: dict[str, dict[str, pd.DataFrame] | str] = {}
        for name, data in names.items():
            seeds = _seeds(folder / f"alone-{name}", {name: data}, with_seeds=False)
            report = _checked_build(seeds, folder / f"alone-{name}" / "out")
            stem = Path(name).stem
            alone[stem] = (report.failed[str(seeds / name)] if report.failed
                           else _rows(load_corpus(folder / f"alone-{name}" / "out"), stem))
            event("file " + (f"refused: {alone[stem][:24]}" if isinstance(alone[stem], str) else "built"))
        seeds = _seeds(folder / "batch", names, with_seeds=True)
        report = _checked_build(seeds, folder / "batch" / "out")
        corpus = load_corpus(folder / "batch" / "out")
        assert set(SEED_STEMS) <= set(corpus.documents["doc_id"]), report.failed
        for stem, expected in alone.items():
            if isinstance(expected, str):
                assert report.failed.get(str(seeds / f"{stem}.txt")) == expected
            else:  # a good file is never lost in a batch, and comes out the same
                assert stem in set(corpus.documents["doc_id"]), report.failed
                _assert_same_rows(expected, _rows(corpus, stem), stem)
        _dashboard_data_path(corpus)


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    corpus = load_corpus(out)
    return {name: corpus.table(name) for name in TABLES}


@settings(max_examples=BUDGET["rebuild"])
@given(st.lists(file_bytes(), min_size=1, max_size=3))
def test_rebuild_gives_identical_tables(files: list[bytes]) -> None:
    names = {f"g{i}.txt": data for i, data in enumerate(files)}
    with _workdir() as folder:
        seeds = _seeds(folder, names, with_seeds=True)
        first = _checked_build(seeds, folder / "out")
        tables = _tables(folder / "out")
        (folder / "out" / "manifest.json").unlink()  # rebuilt from the per-document cache
        again = _checked_build(seeds, folder / "out")
        fresh = _checked_build(seeds, folder / "fresh")
        assert first.failed == again.failed == fresh.failed
        for out in (folder / "out", folder / "fresh"):
            for name, frame in _tables(out).items():
                pd.testing.assert_frame_equal(tables[name], frame, obj=f"{out.name} {name}")


@pytest.mark.skipif(os.environ.get("SPECTRUM_FUZZ_NO_APP") == "1", reason="app render switched off")
@settings(max_examples=BUDGET["app"])
@given(st.lists(file_bytes(), min_size=3, max_size=6))
def test_every_page_renders_over_a_fuzzed_corpus(files: list[bytes]) -> None:
    from streamlit.testing.v1 import AppTest

    pages = ["views/overview.py", "views/timeline.py", "views/sentiment.py", "views/stance.py",
             "views/spam.py", "views/data.py"]
    with _workdir() as folder, pytest.MonkeyPatch.context() as patch:
        seeds = _seeds(folder, {f"g{i}.txt": data for i, data in enumerate(files)}, with_seeds=True)
        _checked_build(seeds, folder / "out")
        patch.setenv("SPECTRUM_CORPUS", str(folder / "out"))
        patch.setenv("SPECTRUM_SEEDS", str(seeds))
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
        at.run()
        assert not at.exception, at.exception
        for page in pages:
            at.switch_page(page).run()
            assert not at.exception, (page, at.exception)


def test_profile_budget_meets_the_issue() -> None:
    """The ci profile runs at least 2,000 examples, the fuzz profile at least 10,000."""
    assert sum(BUDGET.values()) >= (2000 if PROFILE == "ci" else 10000)
