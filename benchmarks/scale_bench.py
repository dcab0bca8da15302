"""Scale benchmark: `spectrum build` on synthetic corpora against the cost of VADER alone, the
incremental rebuilds, and the dashboard over the built corpus.

    .venv/bin/python benchmarks/scale_bench.py [--sizes 10000,100000,1000000] [--repeat N]
        [--engine local|dask] [--timeout 3600] [--no-apptest] [--no-browser]
        [--json scale.json] [--work DIR] [--seed 0]

For each size (in comments) it writes a synthetic corpus (benchmarks/synthetic_corpus.py, which
streams) and its comment bodies, then measures, through public entry points only:

- the cold build: `spectrum build SEEDS --out OUT` in a subprocess, into a fresh folder;
- the bare VADER loop: a subprocess that reads the same comment bodies into a pandas Series and
  maps `SentimentIntensityAnalyzer().polarity_scores` over them, as a pandas+VADER notebook
  would; its time is the loop alone (imports and reading excluded), so the ratio is strict;
- build and loop paired A B A B (`--repeat`; default 2, and 1 from 1,000,000 comments), and the
  median of the per-pair ratios;
- peak memory of the build: the sums of RSS and of PSS (proportional set size: pages shared by
  forked workers count once, so PSS is the fair total and RSS an upper bound) over every
  process in the build's session, sampled every 0.25 s (a shorter peak can be missed); and the
  largest single process's peak RSS (os.wait4's ru_maxrss, which covers its reaped descendants);
- the incremental cases, each a rebuild into the same folder: one article added (40 comments),
  one comment appended to the median-sized article, nothing changed (the corpus is restored
  afterwards); beside them the start-up floor of the CLI (`spectrum build --help`);
- the dashboard: AppTest (server side, in its own process) renders the app and switches to each
  page once, and narrows the stance filter on each page; then a streamlit server of the app and
  headless Chromium (Playwright, /usr/bin/chromium) load each page by its URL until it has
  settled (its filter line shown, no script run in progress, nothing stale, for 0.3 s) and add
  one sentiment label in the sidebar; the server's peak RSS (VmHWM).

Every case has a time limit (`--timeout`); one that does not finish prints "did not finish in
N s", a failed build prints the tail of its stderr. The figures end as Markdown tables (for the
README) and, with `--json`, as raw figures. `--work DIR` keeps the generated corpora for the
next run (reused when complete); without it everything goes to a temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # browser_support: free port, health wait, Chromium launch
import synthetic_corpus  # noqa: E402

__all__ = ["Run", "SizeResult", "main"]

APP = ROOT / "dashboard" / "app.py"
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
ONE_REPEAT_FROM = 1_000_000  # sizes from here on are built once by default
ADDED_COMMENTS = 40  # comments of the article added in the incremental case
SAMPLE_S = 0.25  # memory sampling interval of a running build
TAIL_CHARS = 1500  # stderr shown of a failed case

# The bare loop: what a pandas+VADER notebook pays. Only the map over the texts is timed.
VADER_LOOP = """
import json, sys, time
import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
with open(sys.argv[1], encoding="utf-8") as handle:
    texts = pd.Series([json.loads(line) for line in handle], dtype=object)
analyzer = SentimentIntensityAnalyzer()
started = time.perf_counter()
scores = texts.map(analyzer.polarity_scores)
print(json.dumps({"loop_s": time.perf_counter() - started, "texts": len(scores)}))
"""


# ---- running a subprocess with a time limit and its memory ----

@dataclass
class Run:
    """One subprocess: how it ended, its wall time and memory."""

    status: str  # "ok", "exit N", or "did not finish in N s"
    seconds: float
    max_process_rss_mb: float  # largest single process (ru_maxrss of the child and reaped descendants)
    tree_rss_mb: float  # largest sampled sum of RSS over the process's session (shared pages count twice)
    tree_pss_mb: float  # largest sampled sum of PSS over the session (shared pages counted once)
    stdout: str = ""
    stderr_tail: str = ""

    @property
    def finished(self) -> bool:
        """It ran to the end (whatever its exit status)."""
        return not self.status.startswith("did not finish")


def _session_pids(sid: int) -> list[int]:
    """Every process in session sid (the build and whatever it started, reparented or not)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) == sid:
                pids.append(int(stat.parent.name))
    return pids


def _rss_pss_kb(pid: int) -> tuple[int, int]:
    """The process's resident and proportional set sizes in kB (PSS = RSS where smaps_rollup is
    unreadable; (0, 0) once it has gone)."""
    fields: dict[str, int] = {}
    with contextlib.suppress(OSError, IndexError, ValueError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith(("Rss:", "Pss:")):
                fields[line.split(":")[0]] = int(line.split()[1])
    if "Rss" not in fields:
        with contextlib.suppress(OSError, IndexError, ValueError):
            pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
            fields["Rss"] = pages * os.sysconf("SC_PAGE_SIZE") // 1024
    rss = fields.get("Rss", 0)
    return rss, fields.get("Pss", rss)


def _tree_kb(sid: int) -> tuple[int, int]:
    """Sums of RSS and of PSS over the session."""
    sizes = [_rss_pss_kb(pid) for pid in _session_pids(sid)]
    return sum(rss for rss, _ in sizes), sum(pss for _, pss in sizes)


def run_measured(cmd: list[str], timeout: float, env: dict[str, str] | None = None) -> Run:
    """Run cmd in its own session with a time limit, sampling the session's memory; a run over
    the limit is killed with everything it started."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, start_new_session=True)
        peak_rss_kb = peak_pss_kb = 0
        timed_out = False
        while True:
            pid, wait_status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            rss_kb, pss_kb = _tree_kb(proc.pid)
            peak_rss_kb, peak_pss_kb = max(peak_rss_kb, rss_kb), max(peak_pss_kb, pss_kb)
            if time.perf_counter() - started > timeout:
                timed_out = True
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                _, wait_status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(SAMPLE_S)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(wait_status)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # workers the build left behind
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    status = (f"did not finish in {timeout:.0f} s" if timed_out
              else "ok" if proc.returncode == 0 else f"exit {proc.returncode}")
    return Run(status, seconds, usage.ru_maxrss / 1024, peak_rss_kb / 1024, peak_pss_kb / 1024, stdout,
               stderr[-TAIL_CHARS:])


# ---- the product's entry points ----

def spectrum_cmd() -> list[str]:
    """The `spectrum` command of this environment (or `python -m components`, the same CLI)."""
    script = Path(sys.executable).with_name("spectrum")
    return [str(script)] if script.exists() else [sys.executable, "-m", "components"]


def engine_supported(engine: str) -> bool:
    """Whether `spectrum build --help` offers --engine with this engine."""
    done = subprocess.run([*spectrum_cmd(), "build", "--help"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    return "--engine" in done.stdout and (engine == "local" or engine in done.stdout)


def build(seeds: Path, out: Path, engine: str | None, timeout: float) -> Run:
    """`spectrum build SEEDS --out OUT [--engine E]` in a subprocess, after the files written
    before it (the generated corpus, the last build's tables) are flushed to disk, so each build
    pays for its own work, not for the kernel writing out the previous step's gigabytes."""
    cmd = [*spectrum_cmd(), "build", str(seeds), "--out", str(out)]
    if hasattr(os, "sync"):
        os.sync()
    return run_measured(cmd + (["--engine", engine] if engine else []), timeout)


def vader_loop(texts: Path, timeout: float) -> tuple[Run, float | None]:
    """The bare VADER loop over the texts in a subprocess, and its loop seconds (after a flush to
    disk, like each build)."""
    if hasattr(os, "sync"):
        os.sync()
    run = run_measured([sys.executable, "-c", VADER_LOOP, str(texts)], timeout)
    if run.status != "ok":
        return run, None
    return run, float(json.loads(run.stdout.strip().splitlines()[-1])["loop_s"])


def app_pages() -> list[tuple[str, str, str]]:
    """(page file, title, URL path) of every page in the app's navigation, read from app.py;
    the default page has the URL path ''."""
    pages: list[tuple[str, str, str]] = []
    for call in re.findall(r"st\.Page\(([^)]*)\)", APP.read_text(encoding="utf-8")):
        found = re.match(r'\s*"([^"]+)"', call)
        if not found or "hidden" in call:
            continue
        title = re.search(r'title="([^"]*)"', call)
        url = re.search(r'url_path="([^"]*)"', call)
        path = "" if "default=True" in call else (url.group(1) if url else Path(found.group(1)).stem)
        pages.append((found.group(1), title.group(1) if title else Path(found.group(1)).stem, path))
    return pages


# ---- the corpus ----

@dataclass
class Synthetic:
    """A generated corpus: its seeds folder, its comment bodies (JSON lines) and what it holds."""

    seeds: Path
    texts: Path
    comments: int
    articles: int
    megabytes: float
    generate_s: float


def prepare_corpus(work: Path, comments: int, seed: int) -> Synthetic:
    """The synthetic corpus of this size and seed under work: reused when a previous run finished
    writing it, else written now."""
    folder = work / f"synthetic-{comments}-seed{seed}"
    seeds, texts, done = folder / "seeds", folder / "texts.jsonl", folder / "complete.json"
    generator = hashlib.sha256(Path(synthetic_corpus.__file__).read_bytes()).hexdigest()[:16]
    if done.exists():
        facts = json.loads(done.read_text())
        if facts.pop("generator", None) == generator:
            return Synthetic(seeds, texts, **facts)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    with texts.open("w", encoding="utf-8") as sink:
        counts = synthetic_corpus.generate(seeds, comments, seed, texts=sink)
    facts = {"comments": counts.comments, "articles": counts.files - 1,
             "megabytes": round(counts.bytes / 1e6, 1), "generate_s": round(time.perf_counter() - started, 2)}
    done.write_text(json.dumps({**facts, "generator": generator}))
    return Synthetic(seeds, texts, **facts)


@contextlib.contextmanager
def changes_undone(seeds: Path) -> Iterator[None]:
    """Whatever the incremental cases add or change in seeds is undone afterwards, so a kept
    corpus is the generated one on the next run (marked incomplete while it is changed)."""
    done = seeds.parent / "complete.json"
    facts = done.read_text()
    done.unlink()
    before = {p.name: p.stat().st_size for p in seeds.glob("*.txt")}
    try:
        yield
    finally:
        for path in seeds.glob("*.txt"):
            if path.name not in before:
                path.unlink()
            elif path.stat().st_size != before[path.name]:
                with path.open("r+b") as handle:
                    handle.truncate(before[path.name])
        done.write_text(facts)


# ---- cases ----

@dataclass
class SizeResult:
    """Every figure measured for one size."""

    comments: int
    articles: int
    megabytes: float
    generate_s: float
    engine: str
    builds: list[dict[str, Any]] = field(default_factory=list)
    vader_s: list[float | None] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)
    incremental: dict[str, dict[str, Any]] = field(default_factory=dict)
    cli_start_s: float | None = None  # `spectrum build --help`: the floor of any rebuild
    apptest: dict[str, Any] = field(default_factory=dict)
    browser: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def cold_s(self) -> float | None:
        """Median cold build seconds over the builds that exited 0."""
        done = [b["seconds"] for b in self.builds if b["status"] == "ok"]
        return statistics.median(done) if done else None


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _build_record(run: Run) -> dict[str, Any]:
    """The figures of one build run (stdout and stderr kept short)."""
    record = asdict(run)
    record["stdout"] = run.stdout.strip().splitlines()[-1][:300] if run.stdout.strip() else ""
    return record


def _report_run(what: str, run: Run) -> None:
    """One progress line; a failure with its stderr tail."""
    _say(f"  {what}: {run.status}, {run.seconds:.2f} s, all processes RSS {run.tree_rss_mb:.0f} MB "
         f"(PSS {run.tree_pss_mb:.0f} MB), largest process {run.max_process_rss_mb:.0f} MB")
    if run.status != "ok" and run.finished:
        _say("    stderr tail:\n" + "\n".join(f"    | {line}" for line in run.stderr_tail.splitlines()))


def paired_cold_builds(result: SizeResult, corpus: Synthetic, out: Path, engine: str | None,
                       repeat: int, timeout: float) -> None:
    """Cold build and bare VADER loop, A B A B."""
    for k in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        run = build(corpus.seeds, out, engine, timeout)
        _report_run(f"cold build {k + 1}/{repeat}", run)
        result.builds.append(_build_record(run))
        built = re.search(r"(\d+) comments\)", run.stdout)
        if built and int(built.group(1)) != corpus.comments and k == 0:
            result.notes.append(f"the build has {int(built.group(1)):,} comments of the {corpus.comments:,} "
                                "written (the VADER loop scores all that were written)")
        loop_run, loop_s = vader_loop(corpus.texts, timeout)
        _say(f"  bare VADER loop {k + 1}/{repeat}: "
             + (f"{loop_s:.2f} s (loop only)" if loop_s is not None else loop_run.status))
        if loop_s is None and loop_run.finished:
            _say("    stderr tail:\n" + loop_run.stderr_tail)
        result.vader_s.append(loop_s)
        if run.status == "ok" and loop_s:
            result.ratios.append(run.seconds / loop_s)


def incremental_cases(result: SizeResult, corpus: Synthetic, out: Path, engine: str | None, seed: int,
                      timeout: float) -> None:
    """One article added, one comment appended, nothing changed: each a rebuild into out."""
    by_size = sorted(corpus.seeds.glob("*.txt"), key=lambda p: (p.stat().st_size, p.name))
    median = by_size[len(by_size) // 2]  # has comments: the articles without any are the smallest
    changes: list[tuple[str, Callable[[], object]]] = [
        ("one document added", lambda: synthetic_corpus.add_article(corpus.seeds, ADDED_COMMENTS, seed)),
        ("one document changed", lambda: synthetic_corpus.append_comment(median, seed)),
        ("nothing changed", lambda: None),
    ]
    cold = result.cold_s()
    started = time.perf_counter()
    subprocess.run([*spectrum_cmd(), "build", "--help"], cwd=ROOT, capture_output=True, timeout=timeout)
    result.cli_start_s = time.perf_counter() - started
    with changes_undone(corpus.seeds):
        for name, change in changes:
            change()
            started_at = time.time()
            run = build(corpus.seeds, out, engine, timeout)
            _report_run(name, run)
            record = _build_record(run)
            record["of_cold"] = run.seconds / cold if cold and run.status == "ok" else None
            record["classified"] = classified_since(out, started_at)
            _say(f"    documents whose stance was computed: {record['classified']}")
            result.incremental[name] = record


def apptest_case(corpus: Synthetic, out: Path, timeout: float) -> dict[str, Any]:
    """The AppTest figures, measured in a process of their own (see apptest_main)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--apptest-corpus", str(out),
           "--timeout", str(timeout)]
    run = run_measured(cmd, timeout, env={"SPECTRUM_CORPUS": str(out), "SPECTRUM_SEEDS": str(corpus.seeds)})
    figures: dict[str, Any] = {"status": run.status, "process_peak_rss_mb": run.max_process_rss_mb}
    if run.status == "ok":
        figures.update(json.loads(run.stdout.strip().splitlines()[-1]))
    elif run.finished:
        figures["stderr_tail"] = run.stderr_tail
        _say("  AppTest failed:\n" + run.stderr_tail)
    else:
        _say(f"  AppTest: {run.status}")
    return figures


def measure_size(comments: int, args: argparse.Namespace, work: Path) -> SizeResult:
    """Every case for one size."""
    _say(f"{comments:,} comments: writing the corpus")
    corpus = prepare_corpus(work, comments, args.seed)
    _say(f"  {corpus.articles:,} articles, {corpus.megabytes} MB, written in {corpus.generate_s} s")
    result = SizeResult(comments, corpus.articles, corpus.megabytes, corpus.generate_s,
                        args.engine or "default")
    out = work / f"out-{comments}"
    repeat = args.repeat or (1 if comments >= ONE_REPEAT_FROM else 2)
    paired_cold_builds(result, corpus, out, args.engine, repeat, args.timeout)
    if result.cold_s() is None:
        result.notes.append("no cold build succeeded: incremental and dashboard cases skipped")
        return result
    incremental_cases(result, corpus, out, args.engine, args.seed, args.timeout)
    if not args.no_apptest:
        _say("  AppTest")
        result.apptest = apptest_case(corpus, out, args.timeout)
    if not args.no_browser:
        _say("  browser")
        result.browser = browser_case(corpus, out, args.timeout)
    shutil.rmtree(out, ignore_errors=True)
    return result


# ---- AppTest (runs in its own process: python scale_bench.py --apptest-corpus OUT) ----

def _timed(step: Callable[[], Any]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def _filter_line(at: Any) -> str:
    """The page's "Filters: …" line ('' if it has none)."""
    return next((m.value for m in at.markdown if m.value.startswith("**Filters:**")), "")[:300]


def _filter_change(at: Any) -> tuple[float | None, str]:
    """Seconds to narrow the stance filter to its first option, and the filter line it then shows
    (the filter is widened again, untimed); None when the page has no such filter or it cannot
    be set."""
    try:
        stance = at.sidebar.multiselect(key="stance")
        seconds = _timed(lambda: stance.set_value(stance.options[:1]).run())
        line = _filter_line(at)
        at.sidebar.multiselect(key="stance").set_value([]).run()
    except Exception:  # the dashboard is being rewritten: a missing widget is a gap in the figures
        return None, ""
    return seconds, line


def apptest_main(corpus: Path, timeout: float) -> int:
    """First render of each page and one filter change on each, through AppTest; prints JSON."""
    from streamlit.testing.v1 import AppTest

    os.environ["SPECTRUM_CORPUS"] = str(corpus)
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    figures: dict[str, Any] = {"first_load_s": _timed(at.run), "pages": {}, "exceptions": []}
    for page, title, _ in app_pages():
        entry: dict[str, Any] = {"first_render_s": _timed(at.switch_page(page).run)}
        if at.exception:
            figures["exceptions"].append(f"{title}: {at.exception[0].message[:200]}")
        entry["filter_line"] = _filter_line(at)
        entry["filter_change_s"], entry["filtered_line"] = _filter_change(at)
        figures["pages"][title] = entry
    print(json.dumps(figures))
    return 0


# ---- the real browser ----

# Settled: the text is on the page, no script run is in progress (the app's
# data-test-script-state, which a first load also sets; Streamlit 1.67 shows no running icon
# then, so tests/browser_support.SETTLED_JS alone can settle while the page still computes),
# nothing is stale, and that has held for holdMs since this wait (token) began. Returns false
# until then, then {since: page time (ms) when it first held, exceptions: exception elements}.
SETTLED_JS = """([text, holdMs, token]) => {
  const busy = !document.body || !document.body.textContent.includes(text)
    || document.querySelector('[data-test-script-state="running"]')
    || document.querySelector('[data-testid="stStatusWidgetRunningIcon"]')
    || document.querySelector('[data-stale="true"]');
  if (busy) { window.__scaleSettled = null; return false; }
  const now = performance.now();
  if (!window.__scaleSettled || window.__scaleSettled.token !== token) {
    window.__scaleSettled = {token: token, since: now};
  }
  const since = window.__scaleSettled.since;
  if (now - since < holdMs) { return false; }
  return {since: since, exceptions: document.querySelectorAll('[data-testid="stException"]').length};
}"""
HOLD_MS = 300
_TOKENS = iter(range(1, 1 << 30))


def settle(page: Any, text: str, timeout_ms: float) -> dict[str, Any]:
    """Wait until the page has settled on text (SETTLED_JS); what SETTLED_JS then returns."""
    handle = page.wait_for_function(SETTLED_JS, arg=[text, HOLD_MS, next(_TOKENS)], polling=50,
                                    timeout=timeout_ms)
    return dict(handle.json_value())


@contextlib.contextmanager
def streamlit_server(env: dict[str, str], log: Path) -> Iterator[tuple[str, int]]:
    """A streamlit server of the app on a free loopback port: (base URL, pid)."""
    from browser_support import free_port, wait_healthy

    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                                stderr=err, start_new_session=True)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_healthy(base, proc, log)
            yield base, proc.pid
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def _peak_rss_mb(pid: int) -> float | None:
    """The process's peak RSS so far (VmHWM), in MB."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def _browser_steps(base: str, deadline: float) -> dict[str, Any]:
    """Load each page by its URL until it settles, then change one sidebar filter on the first."""
    from browser_support import launched_chromium

    def left_ms() -> float:
        return max(1000.0, (deadline - time.monotonic()) * 1000)

    figures: dict[str, Any] = {"page_load_s": {}, "exceptions": 0}
    with launched_chromium() as chromium:
        page = chromium.new_page(viewport={"width": 1400, "height": 900})
        for _, title, path in app_pages():
            page.goto(f"{base}/{path}", timeout=left_ms())
            settled = settle(page, "Filters:", left_ms())  # a fresh page: no earlier page's line
            figures["page_load_s"][title] = settled["since"] / 1000
            figures["exceptions"] += settled["exceptions"]
        page.goto(base, timeout=left_ms())
        settle(page, "Filters:", left_ms())
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.locator('[data-testid="stMultiSelect"]').filter(has_text="Sentiment label").click()
        option = page.get_by_role("option", name="negative", exact=True)
        option.wait_for(timeout=left_ms())
        started = page.evaluate("performance.now()")
        option.click()
        page.keyboard.press("Escape")
        settled = settle(page, "sentiment is negative", left_ms())
        figures["filter_change_s"] = (settled["since"] - started) / 1000
        figures["exceptions"] += settled["exceptions"]
    return figures


def browser_case(corpus: Synthetic, out: Path, timeout: float) -> dict[str, Any]:
    """Page loads and one filter change in headless Chromium against a streamlit server, and the
    server's peak RSS."""
    deadline = time.monotonic() + timeout
    env = {"SPECTRUM_CORPUS": str(out), "SPECTRUM_SEEDS": str(corpus.seeds)}
    with (tempfile.TemporaryDirectory() as tmp,
          streamlit_server(env, Path(tmp) / "streamlit.log") as (base, pid)):
        try:
            figures = _browser_steps(base, deadline)
            figures["status"] = "ok"
        except Exception as error:  # a timeout or a page that never settles is a figure, not a crash
            late = time.monotonic() >= deadline - 1
            figures = {"status": f"did not finish in {timeout:.0f} s" if late
                       else f"failed: {type(error).__name__}: {str(error).splitlines()[0][:200]}"}
            _say(f"  browser: {figures['status']}")
        figures["server_peak_rss_mb"] = _peak_rss_mb(pid)
    return figures


# ---- output ----

def _s(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


def _mb(value: float | None) -> str:
    return "—" if value is None else f"{value / 1024:.2f} GB" if value >= 1024 else f"{value:.0f} MB"


def _spread(values: list[float]) -> str:
    """'3.1 s' or '3.1–3.4 s' over the runs."""
    if not values:
        return "—"
    low, high = _s(min(values)), _s(max(values))
    return low if low == high else f"{low[:-2]}–{high}"


def build_table(results: list[SizeResult]) -> list[str]:
    """Cold build against the bare VADER loop."""
    lines = ["| comments | `spectrum build` cold | bare VADER loop | ratio (median of pairs) | comments/s "
             "| peak RSS, all build processes (PSS) | peak RSS, largest process |", "|---" * 7 + "|"]
    for r in results:
        ok = [b for b in r.builds if b["status"] == "ok"]
        cold = _spread([b["seconds"] for b in ok]) if ok else r.builds[-1]["status"] if r.builds else "—"
        ratio = f"{statistics.median(r.ratios):.2f}×" if r.ratios else "—"
        cold_s = r.cold_s()
        rate = f"{r.comments / cold_s:,.0f}" if cold_s else "—"
        tree = (f"{_mb(max(b['tree_rss_mb'] for b in ok))} ({_mb(max(b['tree_pss_mb'] for b in ok))})"
                if ok else "—")
        largest = _mb(max((b["max_process_rss_mb"] for b in ok), default=None))
        loop = _spread([v for v in r.vader_s if v is not None])
        lines.append(f"| {r.comments:,} | {cold} | {loop} | {ratio} | {rate} | {tree} | {largest} |")
    return lines


def incremental_table(results: list[SizeResult]) -> list[str]:
    """Rebuilds into the same folder, against the cold build."""
    names = ("one document added", "one document changed", "nothing changed")
    lines = ["| comments | " + " | ".join(names) + " | CLI start (`spectrum build --help`) |",
             "|---" * 5 + "|"]
    for r in results:
        cells = []
        for name in names:
            record = r.incremental.get(name)
            if not record:
                cells.append("—")
            elif record["status"] != "ok":
                cells.append(record["status"])
            else:
                share = f" ({100 * record['of_cold']:.1f} % of cold)" if record["of_cold"] is not None else ""
                done = record.get("classified")
                classified = f", {done} classified" if done is not None else ""
                cells.append(_s(record["seconds"]) + share + classified)
        lines.append(f"| {r.comments:,} | " + " | ".join(cells) + f" | {_s(r.cli_start_s)} |")
    return lines


def classified_since(out: Path, started_at: float) -> int:
    """How many documents a rebuild classified: stance files it wrote (a document whose stance it
    kept under new claims has its file renamed, which keeps the file's time)."""
    return sum(1 for p in (out / "cache").glob("*.stance.arrow") if p.stat().st_mtime >= started_at - 1)


def _slowest(per_page: dict[str, float | None]) -> str:
    timed = {page: s for page, s in per_page.items() if s is not None}
    if not timed:
        return "—"
    page = max(timed, key=lambda p: timed[p])
    return f"{_s(timed[page])} ({page})"


def dashboard_table(results: list[SizeResult]) -> list[str]:
    """AppTest and browser figures."""
    lines = ["| comments | AppTest first load | AppTest slowest first page render | AppTest slowest filter "
             "change | AppTest process peak RSS | browser first load | browser slowest page load "
             "| browser filter change | server peak RSS |", "|---" * 9 + "|"]
    for r in results:
        app, web = r.apptest, r.browser
        if app.get("status") == "ok":
            pages = app["pages"]
            app_cells = [_s(app["first_load_s"]),
                         _slowest({p: v["first_render_s"] for p, v in pages.items()}),
                         _slowest({p: v["filter_change_s"] for p, v in pages.items()}),
                         _mb(app["process_peak_rss_mb"])]
        else:
            app_cells = [app.get("status", "—")] + ["—"] * 3
        if web.get("status") == "ok":
            loads = web["page_load_s"]
            first = next(iter(loads.values()), None)
            web_cells = [_s(first), _slowest(loads), _s(web["filter_change_s"]),
                         _mb(web["server_peak_rss_mb"])]
        else:
            web_cells = [web.get("status", "—"), "—", "—", _mb(web.get("server_peak_rss_mb"))]
        lines.append(f"| {r.comments:,} | " + " | ".join(app_cells + web_cells) + " |")
    return lines


def per_page_lines(results: list[SizeResult]) -> list[str]:
    """Every page's figures, one line per size and page."""
    lines = []
    for r in results:
        app_pages_ = r.apptest.get("pages", {})
        loads = r.browser.get("page_load_s", {})
        for page in dict.fromkeys([*app_pages_, *loads]):
            app = app_pages_.get(page, {})
            lines.append(f"- {r.comments:,} · {page}: AppTest first render {_s(app.get('first_render_s'))}, "
                         f"filter change {_s(app.get('filter_change_s'))}; "
                         f"browser load {_s(loads.get(page))}")
        for problem in r.apptest.get("exceptions", []):
            lines.append(f"- {r.comments:,} · AppTest exception: {problem}")
        if r.browser.get("exceptions"):
            lines.append(f"- {r.comments:,} · browser: {r.browser['exceptions']} exception elements")
        lines += [f"- {r.comments:,} · {note}" for note in r.notes]
    return lines


def report(results: list[SizeResult], command: str) -> str:
    """The Markdown the README quotes."""
    return "\n".join([f"`{command}`", "", *build_table(results), "", *incremental_table(results), "",
                      *dashboard_table(results), "", *per_page_lines(results)])


# ---- command line ----

def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive numbers of comments")
    return sizes


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The options (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_sizes, default=list(DEFAULT_SIZES), help="comments, comma-separated")
    parser.add_argument("--repeat", type=int, help="paired build + VADER runs (default 2; 1 from 1M)")
    parser.add_argument("--engine", help="passed to `spectrum build --engine` if the CLI has it (e.g. dask)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per case")
    parser.add_argument("--seed", type=int, default=0, help="generator seed")
    parser.add_argument("--no-apptest", action="store_true", help="skip the AppTest figures")
    parser.add_argument("--no-browser", action="store_true", help="skip the real-browser figures")
    parser.add_argument("--json", type=Path, help="write the raw figures here")
    parser.add_argument("--work", type=Path, help="keep generated corpora here (reused when complete)")
    parser.add_argument("--apptest-corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run every size and print the tables."""
    args = parse_args(argv)
    if args.apptest_corpus:
        return apptest_main(args.apptest_corpus, args.timeout)
    if args.engine and not engine_supported(args.engine):
        print(f"spectrum build has no --engine {args.engine} option (see `spectrum build --help`); "
              "skipping", file=sys.stderr)
        return 0
    command = "python benchmarks/scale_bench.py " + " ".join(argv if argv is not None else sys.argv[1:])
    with contextlib.ExitStack() as stack:
        work = args.work or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="scale-bench-")))
        work.mkdir(parents=True, exist_ok=True)
        results: list[SizeResult] = []
        for n in args.sizes:
            results.append(measure_size(n, args, work))
            if args.json:  # after every size, so a long run interrupted later keeps what it measured
                args.json.write_text(json.dumps({"command": command, "cpus": os.cpu_count(),
                                                 "results": [asdict(r) for r in results]}, indent=1))
    print(report(results, command.strip()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
