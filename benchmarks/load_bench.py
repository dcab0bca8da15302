"""Load: headless browser sessions against one local server of the app for a bounded time.

Each session repeats a cycle: open a shared link (one page, sidebar filters in the URL), add a
sentiment label through the sidebar widget, then visit the other five pages through the page menu
(the filters stay); the next cycle opens the next filter query on another page. Sessions start
RAMP_S apart. Every step reads the filter line the page states ("… · 12 of 40 comments") and
compares it with what one lone session saw for the same view, first, on its own.
Counted as failures: Streamlit exception elements, console and page errors, failed or wrong
navigations, requests that would leave 127.0.0.1 (blocked). The corpus is built from a copy of
seeds/ in a temporary folder; data/corpus is never touched.

    .venv/bin/python benchmarks/load_bench.py [--sessions 20] [--seconds 120]
"""

import argparse
import asyncio
import os
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from playwright.async_api import Browser, BrowserContext, ConsoleMessage, Page, Route, async_playwright

from components.corpus.store import Corpus, load_corpus
from components.engine.build import build_corpus

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the server start and settle wait of the browser tests
from browser_support import ARGS, CHROMIUM, POLL_MS, SETTLED_JS, serve, settle_args  # noqa: E402

PAGES = {"": "Overview", "timeline": "Timeline", "sentiment": "Sentiment", "stance": "Stance",
         "spam": "Spam", "data": "Data"}
LABELS = ("positive", "neutral", "negative")  # the sidebar's sentiment labels
TIMEOUT_MS = 60000  # one page load or filter change (20 sessions share two cores)
MAX_CYCLES = 200  # per session: the loop is bounded in count as well as in time
RAMP_S = 1.5  # sessions start this far apart, as visitors arrive, not all in one millisecond
KINDS = ("exception element", "console error", "page error", "navigation", "session still busy",
         "blocked request", "image missing", "no filter line", "server log")
GRACE_S = 2 * TIMEOUT_MS / 1000 + 30  # after the time is up, the step under way may finish
VIEWPORT = {"width": 1400, "height": 900}
KNOWN_PROBES = ("/_stcore/health", "/_stcore/host-config")

Query = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class View:
    """One page with URL filters, and the label the session then adds through the widget."""

    path: str
    query: Query

    def url(self, base: str) -> str:
        """The view's address."""
        return f"{base}/{self.path}" + (f"?{urlencode(self.query)}" if self.query else "")

    def added_label(self) -> str:
        """The first sentiment label the URL does not already select."""
        chosen = {value for key, value in self.query if key == "label"}
        return next(label for label in LABELS if label not in chosen)

    def label_line(self) -> str:
        """The filter-line words after the widget change: 'sentiment is a or b'."""
        chosen = [value for key, value in self.query if key == "label"]
        return "sentiment is " + " or ".join([*chosen, self.added_label()])


@dataclass
class Tally:
    """What one session saw."""

    loads: int = 0
    changes: int = 0
    switches: int = 0
    load_ms: list[float] = field(default_factory=list)
    change_ms: list[float] = field(default_factory=list)
    switch_ms: list[float] = field(default_factory=list)
    lines: dict[tuple[View, str], set[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    probes: int = 0  # Streamlit's base-path probe 404s, see _is_known_probe

    def see(self, view: View, step: str, line: str) -> None:
        """Record the filter line shown for a view after a step ('url' or 'widget')."""
        self.lines.setdefault((view, step), set()).add(line)


def filter_queries(corpus: Corpus) -> list[Query]:
    """URL filters taken from the corpus itself: none, each of two sides (one with spam shown),
    a label with one source, the most frequent author with a compound range."""
    sides = [s["id"] for s in corpus.manifest.get("sides", [])]
    author = str(corpus.comments["author"].value_counts().index[0])
    source = str(sorted(corpus.documents["source"])[0])
    return [(), *((("stance", side),) for side in sides[:1]),
            *((("stance", side), ("spam", "include")) for side in sides[1:2]),
            (("label", "negative"), ("source", source)),
            (("author", author), ("compound", "-0.5"), ("compound", "0.5"))]


def start_views(corpus: Corpus) -> list[View]:
    """Where each cycle starts: every filter query, each on another page."""
    paths = list(PAGES)
    return [View(paths[i % len(paths)], query) for i, query in enumerate(filter_queries(corpus))]


async def _settled(page: Page, text: str, heading: str = "") -> dict[str, Any]:
    """Wait until the page has settled on text (browser_support.SETTLED_JS)."""
    handle = await page.wait_for_function(SETTLED_JS, arg=settle_args(text, heading),
                                          polling=POLL_MS, timeout=TIMEOUT_MS)
    return dict(await handle.json_value())


async def _load(page: Page, base: str, view: View, tally: Tally) -> None:
    """Open the view by its URL; its settle time counts from the start of the navigation."""
    reply = await page.goto(view.url(base), timeout=TIMEOUT_MS)
    if reply is None or reply.status != 200:
        raise RuntimeError(f"status {reply and reply.status}")
    result = await _settled(page, "Filters:", PAGES[view.path])
    tally.loads += 1
    tally.load_ms.append(result["since"])
    _check(result, view, "url", tally)


async def _add_label(page: Page, view: View, tally: Tally) -> None:
    """Add a sentiment label through the sidebar widget; its settle time counts from the click."""
    sidebar = page.locator('[data-testid="stSidebar"]')
    await sidebar.locator('[data-testid="stMultiSelect"]').filter(has_text="Sentiment label").click()
    option = page.get_by_role("option", name=view.added_label(), exact=True)
    await option.wait_for(timeout=TIMEOUT_MS)
    started = await page.evaluate("performance.now()")
    await option.click()
    await page.keyboard.press("Escape")
    result = await _settled(page, view.label_line())
    tally.changes += 1
    tally.change_ms.append(result["since"] - started)
    _check(result, view, "widget", tally)


async def _switch_page(page: Page, view: View, tally: Tally) -> View:
    """Go on to the next page through the page menu (the filters stay); timed from the click."""
    paths = list(PAGES)
    following = View(paths[(paths.index(view.path) + 1) % len(paths)], view.query)
    link = page.get_by_role("link", name=PAGES[following.path], exact=True)
    started = await page.evaluate("performance.now()")
    await link.click()
    result = await _settled(page, "Filters:", PAGES[following.path])
    tally.switches += 1
    tally.switch_ms.append(result["since"] - started)
    _check(result, following, "menu", tally)
    return following


def _check(result: dict[str, Any], view: View, step: str, tally: Tally) -> None:
    """Count exception elements and record the filter line."""
    if result["exceptions"]:
        tally.problems.append(f"exception element on {view} after {step}")
    if result["brokenImages"]:
        tally.problems.append(f"image missing on {view} after {step}")
    if not result["line"]:
        tally.problems.append(f"no filter line on {view} after {step}")
    tally.see(view, step, result["line"])


async def _guard(context: BrowserContext, tally: Tally) -> None:
    """Block and count every request that is not for 127.0.0.1."""
    async def route(target: Route) -> None:
        if urlsplit(target.request.url).hostname == "127.0.0.1":
            await target.continue_()
        else:
            tally.problems.append(f"blocked request to {target.request.url}")
            await target.abort()
    await context.route("**/*", route)


def _is_known_probe(msg: ConsoleMessage) -> bool:
    """Streamlit's frontend, opened on a page's own URL, first asks <page>/_stcore/health and
    host-config, gets 404, then asks the root (streamlit/streamlit#7074): not the app's doing."""
    url = urlsplit(msg.location.get("url", "")).path
    return "404" in msg.text and url.endswith(KNOWN_PROBES) and not url.startswith("/_stcore/")


def _watch(page: Page, tally: Tally) -> None:
    """Count console errors (Streamlit's base-path probes apart) and uncaught page errors."""
    def console(msg: ConsoleMessage) -> None:
        if msg.type != "error":
            return
        if _is_known_probe(msg):
            tally.probes += 1
        else:
            tally.problems.append(f"console error on {page.url}: {msg.text}")
    page.on("console", console)
    page.on("pageerror", lambda exc: tally.problems.append(f"page error on {page.url}: {exc}"))


async def run_session(browser: Browser, base: str, starts: list[View], first: int,
                      more: Callable[[int], bool], tally: Tally) -> None:
    """One browser context repeating cycles from starts[first] on while more(cycles done) holds."""
    context = await browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    context.set_default_timeout(TIMEOUT_MS)
    await _guard(context, tally)
    page = await context.new_page()
    _watch(page, tally)
    cycle = 0
    while more(cycle):
        view = starts[(first + cycle) % len(starts)]
        cycle += 1
        try:
            await _load(page, base, view, tally)
            await _add_label(page, view, tally)
            for _ in range(len(PAGES) - 1):
                if more(cycle - 1):
                    view = await _switch_page(page, view, tally)
        except Exception as exc:  # noqa: BLE001 - a timeout or a failed navigation is a finding
            tally.problems.append(f"navigation {view.url(base)}: {type(exc).__name__}: "
                                  f"{str(exc).splitlines()[0]}")
    await context.close()


def _percentile(values: list[float], share: float) -> float:
    """The share-quantile (inclusive method) of values, in ms."""
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def _mismatches(lone: Tally, load: list[Tally]) -> list[str]:
    """Views whose filter line under load differs from the lone session's."""
    out = []
    for tally in load:
        for key, lines in tally.lines.items():
            expected = lone.lines.get(key)
            if expected is None or lines != expected:
                out.append(f"{key[0]} after {key[1]}: {sorted(lines)} vs lone {sorted(expected or [])}")
    return out


def _by_kind(problems: list[str]) -> str:
    """Counts of each kind of problem, '0' when there are none."""
    counts = {kind: sum(p.startswith(kind) for p in problems) for kind in KINDS}
    return " · ".join(f"{kind} {n}" for kind, n in counts.items() if n) or "0"


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (browser, driver, server)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _table(lone: Tally, load: list[Tally], seconds: float, problems: list[str],
           mismatched: list[str], machine: str) -> str:
    """The figures as a markdown table."""
    loads = [ms for t in load for ms in t.load_ms]
    changes = [ms for t in load for ms in t.change_ms]
    switches = [ms for t in load for ms in t.switch_ms]
    compared = sum(len(t.lines) for t in load)

    def times(values: list[float]) -> str:
        return f"{statistics.median(values):.0f} / {_percentile(values, 0.95):.0f}" if values else "–"
    rows = [
        ("sessions (one server, one browser, a context each)", f"{len(load)}"),
        (f"duration (sessions start {RAMP_S} s apart)", f"{seconds:.0f} s"),
        ("page loads by URL (a shared link: the whole app loads)", f"{sum(t.loads for t in load)}"),
        ("filter changes (sidebar widget)", f"{sum(t.changes for t in load)}"),
        ("page switches (page menu, filters kept)", f"{sum(t.switches for t in load)}"),
        ("exceptions, console/page errors, failed navigations, off-host requests",
         f"{len(problems)}"),
        ("… by kind", _by_kind(problems)),
        ("Streamlit's own base-path probe 404s (streamlit#7074), not counted above",
         f"{sum(t.probes for t in load)}"),
        ("views whose counts differ from one lone session", f"{len(mismatched)} of {compared}"),
        ("page load by URL settle, median / p95 (ms)", times(loads)),
        ("filter change settle, median / p95 (ms)", times(changes)),
        ("page switch settle, median / p95 (ms)", times(switches)),
        ("lone session: the same three medians (ms)", " / ".join(
            f"{statistics.median(v):.0f}" for v in (lone.load_ms, lone.change_ms, lone.switch_ms))),
        ("machine", machine),
    ]
    return "\n".join(["| measure | value |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])


async def _after(delay: float, session: Coroutine[Any, Any, None]) -> None:
    """Start a session after a delay."""
    await asyncio.sleep(delay)
    await session


async def run(base: str, starts: list[View], sessions: int, seconds: float
              ) -> tuple[Tally, list[Tally], float]:
    """The lone pass over every cycle, then the sessions together for `seconds`."""
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        lone = Tally()
        await run_session(browser, base, starts, 0, lambda cycle: cycle < len(starts), lone)
        print(f"lone session: {len(lone.lines)} views, {len(lone.problems)} problems",
              file=sys.stderr)
        started = time.monotonic()
        deadline = started + seconds

        def more(cycle: int) -> bool:
            return cycle < MAX_CYCLES and time.monotonic() < deadline
        load = [Tally() for _ in range(sessions)]
        tasks = [asyncio.create_task(_after(i * RAMP_S, run_session(
            browser, base, starts, i % len(starts), more, tally))) for i, tally in enumerate(load)]
        _, late = await asyncio.wait(tasks, timeout=seconds + GRACE_S)
        for task, tally in zip(tasks, load, strict=True):
            if task in late:
                task.cancel()
                tally.problems.append(f"session still busy {GRACE_S:.0f} s after the time was up")
        elapsed = time.monotonic() - started
        await browser.close()
    return lone, load, elapsed


def _stop(signum: int, frame: object) -> None:
    """On SIGTERM, unwind (so the server is stopped too)."""
    raise SystemExit(128 + signum)


def main() -> int:
    signal.signal(signal.SIGTERM, _stop)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp:
        seeds, corpus_dir, log = Path(tmp) / "seeds", Path(tmp) / "corpus", Path(tmp) / "server.log"
        shutil.copytree(ROOT / "seeds", seeds)
        build_corpus(seeds, corpus_dir)
        starts = start_views(load_corpus(corpus_dir))
        before, wall = os.getloadavg()[0], time.monotonic()
        with serve({"SPECTRUM_SEEDS": str(seeds), "SPECTRUM_CORPUS": str(corpus_dir)}, log) as base:
            lone, load, elapsed = asyncio.run(run(base, starts, args.sessions, args.seconds))
        server_errors = [line for line in log.read_text(errors="replace").splitlines()
                         if "Traceback" in line or "Error" in line]
    problems = [p for t in (lone, *load) for p in t.problems] + [f"server log: {line}"
                                                                 for line in server_errors]
    mismatched = _mismatches(lone, load)
    wall = time.monotonic() - wall
    machine = (f"{os.cpu_count()} cores, load average {before:.1f} before, "
               f"{os.getloadavg()[0]:.1f} after; this run got {_cpu_seconds() / wall:.2f} cores "
               f"on average")
    print(_table(lone, load, elapsed, problems, mismatched, machine))
    for line in (problems + mismatched)[:20]:
        print("  ", line)
    return 1 if problems or mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
