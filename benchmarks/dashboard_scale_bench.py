"""Dashboard at scale, server side: the first render of each page and a filter change, through
AppTest, with the process's peak RSS.

Usage: .venv/bin/python benchmarks/dashboard_scale_bench.py CORPUS [CORPUS ...] [--app dashboard/app.py]

--app may name the app of another checkout (e.g. `git archive HEAD | tar -x -C /tmp/before`), which
then runs with its own dashboard and components packages: a before/after pair on one machine.

Each corpus is measured in a fresh process (so peak RSS is its own). Per corpus it prints:
- imports: the app's modules imported (what a fresh server process pays once, whatever the corpus);
- load+Overview: the app's first run (the corpus read from disk, the Overview drawn);
- first page after start: the two together, what the first visitor after a server start waits for;
- <page> first: switching to each page for the first time;
- <page> filter: the same page rerun after a filter change (stance narrowed to the first side,
  then the search filter set to a common word, then both cleared), for every page;
- peak RSS of the process.
Each time is printed as wall and CPU seconds: on a shared machine the wall time also counts other
processes' turns, the CPU time (of every thread of the process) is the step's own cost.
"""

import argparse
import importlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [("Timeline", "views/timeline.py"), ("Sentiment", "views/sentiment.py"),
         ("Stance", "views/stance.py"), ("Spam", "views/spam.py"), ("Data", "views/data.py"),
         ("Documents", "views/documents.py"), ("Overview", "views/overview.py")]
FILTER_PAGES = ("Overview", "Timeline", "Sentiment", "Stance", "Spam", "Data", "Documents")
SEARCH_WORD = "women"
# What the app imports on its first run in a fresh server process (timed apart from the corpus work).
# (The word cloud's and the article reader's imports are the Sentiment and Documents pages' own.)
IMPORTED = ("pandas", "plotly.graph_objects", "streamlit", "dashboard.data", "dashboard.charts",
            "dashboard.widgets", "dashboard.drill", "dashboard.sidebar", "dashboard.upload",
            "dashboard.provenance")


def _rss_gb() -> float:
    """The process's peak resident set size so far, in GB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2


CPU: dict[str, float] = {}  # per step, the process's CPU seconds (all threads): a busy machine's wall
# time counts the other processes' turns too; the CPU time is what the step itself costs


def _timed(step: object, name: str = "") -> float:
    started, cpu = time.perf_counter(), time.process_time()
    step.run()  # type: ignore[attr-defined]
    CPU[name] = time.process_time() - cpu
    return time.perf_counter() - started


def _first_side(corpus: Path) -> str:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    sides = manifest.get("sides") or [{"id": "neutral"}]
    return str(sides[0]["id"])


def measure(corpus: Path, app: str, timeout: float) -> dict[str, float]:
    """All figures for one corpus, in this process."""
    from streamlit.testing.v1 import AppTest

    os.environ["SPECTRUM_CORPUS"] = str(corpus)
    out: dict[str, float] = {}
    started, cpu = time.perf_counter(), time.process_time()  # once per server process, any corpus size
    for module in IMPORTED:
        importlib.import_module(module)
    out["imports (once per process)"] = time.perf_counter() - started
    CPU["imports (once per process)"] = time.process_time() - cpu
    at = AppTest.from_file(app, default_timeout=timeout)
    out["load+Overview"] = _timed(at, "load+Overview")
    out["first page after start"] = out["imports (once per process)"] + out["load+Overview"]
    CPU["first page after start"] = CPU["imports (once per process)"] + CPU["load+Overview"]
    _check(at, "load")
    for title, page in PAGES:
        out[f"{title} first"] = _timed(at.switch_page(page), f"{title} first")
        _check(at, title)
    side = _first_side(corpus)
    for title, page in PAGES:
        if title not in FILTER_PAGES:
            continue
        at.switch_page(page).run()
        out[f"{title} filter stance"] = _timed(at.sidebar.multiselect(key="stance").set_value([side]),
                                               f"{title} filter stance")
        out[f"{title} filter search"] = _timed(at.sidebar.text_input(key="q").set_value(SEARCH_WORD),
                                               f"{title} filter search")
        at.sidebar.multiselect(key="stance").set_value([])
        out[f"{title} filter cleared"] = _timed(at.sidebar.text_input(key="q").set_value(""),
                                                f"{title} filter cleared")
        _check(at, f"{title} filters")
    out["peak RSS GB"] = _rss_gb()
    return {**out, **{f"{name} cpu": seconds for name, seconds in CPU.items()}}


def _check(at: object, step: str) -> None:
    if at.exception:  # type: ignore[attr-defined]
        raise SystemExit(f"{step}: the app raised {at.exception[0].message}")  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    """Measure each corpus in its own process and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--app", default=str(ROOT / "dashboard" / "app.py"))
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # child process
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.corpora[0], args.app, args.timeout)))
        return 0
    repo = Path(args.app).resolve().parent.parent  # another checkout's app imports its own packages
    env = {**os.environ, "PYTHONPATH": str(repo)}
    for corpus in args.corpora:
        done = subprocess.run([sys.executable, __file__, str(corpus.resolve()), "--app", args.app,
                               "--timeout", str(args.timeout), "--one"], capture_output=True, text=True,
                              check=False, cwd=repo, env=env)
        if done.returncode:
            print(f"{corpus}: failed\n{done.stdout[-2000:]}{done.stderr[-4000:]}")
            continue
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"\n{corpus} ({args.app})")
        print(f"  {'':<30} {'wall':>8}   {'cpu':>8}")
        for name, value in figures.items():
            if name.endswith(" cpu"):
                continue
            unit = "GB" if name.endswith("GB") else "s"
            cpu = figures.get(f"{name} cpu")
            print(f"  {name:<30} {value:8.2f} {unit}" + ("" if cpu is None else f" {cpu:8.2f} s"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
