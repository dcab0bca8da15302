"""Shared by the browser tests and the load benchmark: Debian's Chromium, a streamlit server of the
app on a free loopback port, and waiting until a page has settled."""

import contextlib
import itertools
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["ARGS", "CHROMIUM", "HOLD_MS", "POLL_MS", "ROOT", "SETTLED_JS", "free_port", "serve",
           "settle", "settle_args", "wait_healthy"]

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOLD_MS = 300  # a page counts as settled once it has stayed settled this long
POLL_MS = 50
_TOKENS = itertools.count(1)

# Settled: the text is on the page (and an h1 reads heading, if one is given), no script run is in
# progress (no running icon, and the app element's data-test-script-state is not "running": on a
# first load Streamlit 1.67 shows no icon) and nothing is stale, and that has held for HOLD_MS
# since this wait (token) began.
# Returns false until then; then {since: page time (performance.now(), ms) when it first held,
# line: the page's "Filters: …" line, exceptions: the count of Streamlit exception elements,
# brokenImages: images that failed to load}.
SETTLED_JS = """([text, holdMs, token, heading]) => {
  const busy = !document.body || !document.body.textContent.includes(text)
    || (heading && ![...document.querySelectorAll('h1')].some((h) => h.innerText.trim() === heading))
    || document.querySelector('[data-testid="stStatusWidgetRunningIcon"]')
    || document.querySelector('[data-test-script-state="running"]')
    || document.querySelector('[data-stale="true"]');
  if (busy) { window.__spectrumSettled = null; return false; }
  const now = performance.now();
  const held = window.__spectrumSettled;
  if (!held || held.token !== token) { window.__spectrumSettled = {token: token, since: now}; }
  const since = window.__spectrumSettled.since;
  if (now - since < holdMs) { return false; }
  const line = [...document.querySelectorAll('[data-testid="stMarkdownContainer"]')]
    .map((e) => e.innerText.trim()).find((t) => t.startsWith('Filters:')) || '';
  const exceptions = document.querySelectorAll('[data-testid="stException"]').length;
  const brokenImages = [...document.images].filter((i) => i.complete && !i.naturalWidth).length;
  return {since: since, line: line, exceptions: exceptions, brokenImages: brokenImages};
}"""


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(base: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Poll /_stcore/health until it answers ok; fail fast if the server exits."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as reply:
                if reply.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit did not become healthy")


@contextlib.contextmanager
def serve(env: dict[str, str], log: Path | None = None) -> Iterator[str]:
    """A streamlit server of the app on a free loopback port, with env added; its stderr goes to
    log (a temporary file if not given), never to a pipe that could fill and stall it."""
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port",
           str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]
    with contextlib.ExitStack() as stack:
        if log is None:
            log = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "streamlit.log"
        err = stack.enter_context(log.open("wb"))
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                                stderr=err, start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(base, proc, log)
            yield base
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)


def settle_args(text: str, heading: str = "") -> list[Any]:
    """The argument of SETTLED_JS for one new wait on text (and a heading, if given)."""
    return [text, HOLD_MS, next(_TOKENS), heading]


def settle(page: Any, text: str, timeout_ms: float = 30000, heading: str = "") -> dict[str, Any]:
    """Wait until the page has settled on text (see SETTLED_JS) and return what SETTLED_JS reports."""
    handle = page.wait_for_function(SETTLED_JS, arg=settle_args(text, heading), polling=POLL_MS,
                                    timeout=timeout_ms)
    return dict(handle.json_value())


@contextlib.contextmanager
def launched_chromium() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (never a downloaded browser); fails clearly when
    it is not installed."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: apt-get install chromium (make test does this)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
