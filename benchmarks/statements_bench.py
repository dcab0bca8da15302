"""Statement merging at scale: build_statements over the mentions of a synthetic season of coverage.

    python benchmarks/statements_bench.py [--sizes 1000 10000 50000] [--before REV] [--repeat 2]
                                          [--vary] [--work DIR] [--timeout S]

Writes a synthetic corpus (benchmarks/synthetic_corpus.py: articles quoting both sides, one
comment each), parses every article with components.parse.parser.parse_document, and times
components.parse.statements.build_statements on the first articles' mentions up to each size.
With `--before REV` the statements module as it was at git revision REV is timed on the same
mentions, paired in one run (before, after, before, after), and the two outputs are compared:
the same statements (ids, texts, links) or the differences counted. A `before` run slower than
`--timeout` seconds is stopped and reported as over it; later, larger sizes are then skipped.

The generator's articles quote the seed statements over and over, so a speaker has few distinct
sentences. `--vary` rewrites the mentions (seeded) so that the sentence index is exercised too:
40% kept, 20% cut short by a few words, 10% respelt (British/American endings), 30% a new claim
of 6-16 words drawn from the seed vocabulary, so each speaker says thousands of different things.
"""

import argparse
import importlib.util
import multiprocessing as mp
import pickle
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402

from components.core.config import load_config  # noqa: E402
from components.parse.parser import parse_document, sha256_of  # noqa: E402

__all__ = ["load_mentions", "load_module", "main"]

MENTIONS_PER_ARTICLE = 1.8  # about what the generator's articles carry (two sides, often a tweet)
Parsed = tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]  # documents, mentions per document


def _parse_corpus(folder: Path) -> Parsed:
    config = load_config(folder)
    documents, mentions = [], []
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        parsed = parse_document(path.stem, path.name, data.decode("utf-8"), sha256_of(data), config)
        documents.append(parsed.document)
        mentions.append(parsed.mentions)
    return documents, mentions


def _generated(work: Path, articles: int) -> Path:
    """The work folder's synthetic corpus of `articles` articles, written whole: generated into a
    folder of its own and renamed into place when complete, so a run stopped half-way leaves no
    half-written corpus for the next run to parse (a folder without the marker is written again)."""
    import shutil

    import synthetic_corpus
    folder = work / f"corpus-{articles}"
    if (folder / _COMPLETE).exists():
        return folder
    partial = work / f"corpus-{articles}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    synthetic_corpus.generate(partial, articles, seed=7, per_article=1)
    (partial / _COMPLETE).write_text("")
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    return folder


_COMPLETE = ".complete"  # written last into a generated corpus folder


def load_mentions(work: Path, size: int) -> Parsed:
    """Documents and their mentions, enough for `size` mentions; generated and parsed once per work folder."""
    articles = int(size / MENTIONS_PER_ARTICLE) + 100
    cache = work / f"parsed-{articles}.pickle"
    if cache.exists():
        loaded: Parsed = pickle.loads(cache.read_bytes())
        return loaded
    folder = _generated(work, articles)
    parsed = _parse_corpus(folder)
    cache.write_bytes(pickle.dumps(parsed))
    return parsed


def _take(parsed: Parsed, size: int) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """The first documents whose mentions add up to `size` (cut at a document's end)."""
    documents, mentions = [], []
    for document, rows in zip(*parsed, strict=True):
        if len(mentions) >= size:
            break
        documents.append(document)
        mentions += rows
    return pd.DataFrame(documents), mentions


def _respell(text: str) -> str:
    swaps = (("ize", "ise"), ("ise", "ize"), ("our", "or"), ("or ", "our "), ("er ", "re "))
    for a, b in swaps:
        if a in text:
            return text.replace(a, b)
    return text


def vary(mentions: list[dict[str, Any]], seed: int = 11) -> list[dict[str, Any]]:
    """The mentions with their wordings varied as the module docstring says (same seed, same result)."""
    rng = random.Random(seed)
    vocabulary = sorted({w for m in mentions[:2000] for w in re.findall(r"[A-Za-z']{3,}", m["text"])})
    out = []
    for mention in mentions:
        draw, text = rng.random(), mention["text"]
        words = text.split()
        if draw < 0.2 and len(words) > 6:
            cut = rng.randint(1, 3)
            text = " ".join(words[cut:] if rng.random() < 0.5 else words[:-cut])
        elif draw < 0.3:
            text = _respell(text)
        elif draw < 0.6:
            text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(6, 16))).capitalize() + "."
        out.append({**mention, "text": text})
    return out


def load_module(rev: str) -> ModuleType:
    """components.parse.statements as it was at git revision `rev`."""
    source = subprocess.run(["git", "show", f"{rev}:components/parse/statements.py"], cwd=ROOT,
                            check=True, capture_output=True, text=True).stdout
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "statements_before.py"
        path.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location("components.parse._statements_before", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


def _run(which: str, rev: str, documents: pd.DataFrame, mentions: list[dict[str, Any]],
         queue: Any) -> None:
    if which == "before":
        module = load_module(rev)
    else:
        from components.parse import statements as module
    started, cpu = time.perf_counter(), time.process_time()
    statements, links = module.build_statements(documents, mentions)
    seconds = (time.perf_counter() - started, time.process_time() - cpu)
    queue.put((seconds, statements[["statement_id", "speaker", "text", "n_sources"]],
               links[["mention_id", "statement_id"]]))


Run = tuple[tuple[float, float], pd.DataFrame, pd.DataFrame]  # (wall s, CPU s), statements, links


def _timed(which: str, rev: str, documents: pd.DataFrame, mentions: list[dict[str, Any]],
           timeout: float) -> Run | None:
    """One run in a fresh process, or None past the timeout."""
    queue: Any = mp.get_context("fork").Queue()
    process = mp.get_context("fork").Process(target=_run, args=(which, rev, documents, mentions, queue))
    process.start()
    try:
        result: Run = queue.get(timeout=timeout)
    except Exception:  # noqa: BLE001 - queue.Empty: over the time limit
        process.kill()
        process.join()
        return None
    process.join()
    return result


def _compare(a: Run, b: Run) -> str:
    """How the two outputs differ, in words; statements are compared by speaker and text, not by id
    (the id rule may differ between the two versions)."""
    def named(run: Run) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
        statements, links = run[1], run[2]
        names = dict(zip(statements["statement_id"],
                         zip(statements["speaker"], statements["text"], statements["n_sources"], strict=True),
                         strict=True))
        return set(names.values()), {(m, names[s]) for m, s in zip(links["mention_id"], links["statement_id"],
                                                                   strict=True)}
    (statements_a, links_a), (statements_b, links_b) = named(a), named(b)
    if statements_a == statements_b and links_a == links_b:
        return "same statements and links"
    return (f"differ: {len(statements_a - statements_b)} statements only before, "
            f"{len(statements_b - statements_a)} only after, {len(links_a ^ links_b)} links differ")


def _seconds(runs: list[tuple[float, float]]) -> str:
    wall, cpu = min(runs)
    return f"{wall:.2f} ({cpu:.2f})"


def _table_row(n_mentions: int, n_documents: int, times: dict[str, list[tuple[float, float]]],
               outputs: dict[str, Run], args: argparse.Namespace) -> str:
    before = _seconds(times["before"]) if times["before"] else \
        (f"> {args.timeout:.0f}" if args.before else "-")
    ratio = "-"
    if times["before"]:
        ratio = (f"{min(times['before'])[0] / min(times['after'])[0]:.1f}x "
                 f"({min(t[1] for t in times['before']) / min(t[1] for t in times['after']):.1f}x)")
    same = _compare(outputs["before"], outputs["after"]) if "before" in outputs else "-"
    return (f"| {n_mentions:,} | {n_documents:,} | {len(outputs['after'][1]):,} | {before} "
            f"| {_seconds(times['after'])} | {ratio} | {same} |")


def main(argv: list[str] | None = None) -> int:
    """Command line: time build_statements at each size, paired with --before when given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--before", default="", help="git revision of the statements module to compare")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--vary", action="store_true", help="vary the wordings (see the docstring)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/statements_bench"))
    parser.add_argument("--timeout", type=float, default=600.0)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    parsed = load_mentions(args.work, max(args.sizes))
    print("| mentions | documents | statements | before wall s (CPU s) | after wall s (CPU s) "
          "| before/after (CPU) | outputs |")
    print("|---|---|---|---|---|---|---|")
    before_ok = bool(args.before)
    for size in sorted(args.sizes):
        documents, mentions = _take(parsed, size)
        mentions = vary(mentions) if args.vary else mentions
        times: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
        outputs: dict[str, Run] = {}
        for _ in range(args.repeat):
            for which in ("before", "after") if before_ok else ("after",):
                result = _timed(which, args.before, documents, mentions, args.timeout)
                if result is None:
                    before_ok = False
                    continue
                times[which].append(result[0])
                outputs[which] = result
        print(_table_row(len(mentions), len(documents), times, outputs, args), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
