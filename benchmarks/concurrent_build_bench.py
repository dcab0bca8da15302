"""Concurrent builds into one corpus folder: rounds of N `spectrum build` processes started
together after a seed file changed, some of them killed mid-build, while a reader keeps loading
the corpus. Prints how many rounds ended with a corpus that does not load (must be 0)."""

import argparse
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from components.corpus.store import load_corpus, read_manifest, tables_complete

ROOT = Path(__file__).resolve().parent.parent


def _build(seeds: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "components", "build", str(seeds), "--out", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _reader(out: Path, stop: threading.Event, tally: dict[str, int]) -> None:
    """Load the corpus over and over, counting loads and errors, until told to stop."""
    while not stop.is_set():
        try:
            load_corpus(out)
            tally["loads"] += 1
        except Exception:  # noqa: BLE001 - counted, that is the point
            tally["errors"] += 1


def _round(seeds: Path, out: Path, builds: int, kill_one: bool, number: int) -> list[int]:
    target = seeds / "001_161d09f25c17a3fd.txt"
    target.write_text(target.read_text(encoding="utf-8") + f"\n\nRound {number}.\n", encoding="utf-8")
    processes = [_build(seeds, out) for _ in range(builds)]
    if kill_one:
        time.sleep(0.3)
        processes[0].send_signal(signal.SIGKILL)
    return [p.wait() for p in processes]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--builds", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds, out = Path(tmp) / "seeds", Path(tmp) / "corpus"
        shutil.copytree(ROOT / "seeds", seeds)
        subprocess.run([sys.executable, "-m", "components", "build", str(seeds), "--out", str(out)],
                       check=True, capture_output=True)
        stop, tally = threading.Event(), {"loads": 0, "errors": 0}
        reader = threading.Thread(target=_reader, args=(out, stop, tally), daemon=True)
        reader.start()
        started, broken, bad_exit, killed = time.perf_counter(), 0, 0, 0
        for number in range(args.rounds):
            kill_one = number % 5 == 4
            statuses = _round(seeds, out, args.builds, kill_one, number)
            killed += kill_one
            bad_exit += sum(s not in (0, -signal.SIGKILL) for s in statuses)
            manifest = read_manifest(out)
            if not tables_complete(out, manifest):
                broken += 1
        stop.set()
        reader.join()
        final = subprocess.run([sys.executable, "-m", "components", "build", str(seeds), "--out",
                                str(out)], capture_output=True, text=True)
        seconds = time.perf_counter() - started
    print(f"| rounds of {args.builds} concurrent builds | {args.rounds} "
          f"({killed} with one build SIGKILLed) |")
    print("|---|---|")
    print(f"| rounds ending with an unloadable corpus | {broken} |")
    print(f"| builds exiting with an error | {bad_exit} |")
    print(f"| corpus loads by a concurrent reader (errors) | {tally['loads']} ({tally['errors']}) |")
    print(f"| final rebuild | {final.stdout.strip() or final.stderr.strip()} |")
    print(f"| wall time | {seconds:.0f} s |")
    return 0 if broken == bad_exit == tally["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
