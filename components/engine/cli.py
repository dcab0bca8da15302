"""The `spectrum` command line: build, export, serve."""

import argparse
import math
import os
import subprocess
import sys
from pathlib import Path

from ..core.columns import TABLES
from ..corpus.filters import SPAM_MODES, FilterSpec
from ..parse.seeds import describe_name
from .freshness import current_report
from .local import DEFAULT_WORKERS, Engine, LocalEngine

__all__ = ["main"]

DEFAULT_SEEDS = Path("seeds")
DEFAULT_CORPUS = Path("data/corpus")
EXIT_OK, EXIT_FILE_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spectrum", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="parse seeds into the corpus tables")
    build.add_argument("seeds", nargs="?", type=Path, default=DEFAULT_SEEDS)
    build.add_argument("--out", type=Path, default=DEFAULT_CORPUS)
    build.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="where the per-document steps run: a local process pool, or a Dask cluster")
    build.add_argument("--scheduler", default="", metavar="ADDRESS",
                       help="with --engine dask: the scheduler to use (default: a LocalCluster)")
    build.add_argument("--workers", type=_positive, default=DEFAULT_WORKERS,
                       help=f"worker processes (local pool or LocalCluster; default {DEFAULT_WORKERS})")
    export = sub.add_parser("export", help="write one table, filtered")
    export.add_argument("--table", required=True, choices=list(TABLES))
    export.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    export.add_argument("--format", default="csv", choices=["csv", "json", "parquet"])
    export.add_argument("--out", default="-", help="a file, or - for standard output")
    export.add_argument("--source", nargs="+", default=[])
    export.add_argument("--stance", nargs="+", default=[])
    export.add_argument("--sentiment-label", nargs="+", default=[],
                        choices=["positive", "neutral", "negative"])
    export.add_argument("--spam", default="include", choices=SPAM_MODES)
    export.add_argument("--sentiment-min", type=_finite, default=-1.0)
    export.add_argument("--sentiment-max", type=_finite, default=1.0)
    export.add_argument("--author", default="")
    export.add_argument("--search", default="")
    export.add_argument("--date-from", default="")
    export.add_argument("--date-to", default="")
    serve = sub.add_parser("serve", help="open the dashboard")
    serve.add_argument("--port", type=int, default=8501)
    return parser


def _engine(args: argparse.Namespace) -> Engine:
    """The engine the build's per-document steps run on (Dask imported only when asked for)."""
    if args.engine == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(args.scheduler, args.workers)
    return LocalEngine(args.workers)


def _build(args: argparse.Namespace) -> int:
    if args.scheduler and args.engine != "dask":
        print("spectrum: --scheduler needs --engine dask", file=sys.stderr)
        return EXIT_USAGE
    if not args.seeds.is_dir():
        print(f"spectrum: {args.seeds}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    if args.out.exists() and not args.out.is_dir():
        print(f"spectrum: {args.out}: not a folder; give a folder for --out", file=sys.stderr)
        return EXIT_USAGE
    def say_waiting() -> None:
        print(f"spectrum: {args.out}: another build is writing this corpus; waiting for it",
              file=sys.stderr)

    report, scanned = current_report(args.seeds, args.out)  # nothing to do: answered without the models
    if report is None:
        from .build import build_corpus
        from .progress import progress_bars
        with progress_bars(sys.stderr) as on_progress:
            report = build_corpus(args.seeds, args.out, on_wait=say_waiting, engine=_engine(args),
                                  on_progress=on_progress, scanned=scanned)
    for path, reason in {**report.skipped, **report.notes, **report.failed}.items():
        print(f"spectrum: {describe_name(path)}: {reason}", file=sys.stderr)
    if report.up_to_date:
        print(f"{args.out}: {report.summary()}")
    else:
        print(f"built {args.out}: {report.summary()}")
    return EXIT_FILE_FAILED if report.failed else EXIT_OK


def _positive(text: str) -> int:
    """A whole number of at least 1 (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _finite(text: str) -> float:
    """A finite number for a sentiment bound (argparse type)."""
    value = float(text)
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def _write_output(out: Path, data: bytes) -> None:
    """Write a file through a temporary one beside it, removed if anything fails."""
    if out.is_dir():
        raise ValueError(f"{out}: is a folder; give a file name for --out")
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValueError(f"{out}: cannot be written ({exc.strerror or exc})") from exc


def _spec(args: argparse.Namespace) -> FilterSpec:
    return FilterSpec(sources=tuple(args.source), stances=tuple(args.stance),
                      labels=tuple(args.sentiment_label), spam=args.spam,
                      sentiment_min=args.sentiment_min, sentiment_max=args.sentiment_max,
                      author=args.author, search=args.search, date_from=args.date_from,
                      date_to=args.date_to)


def _export(args: argparse.Namespace) -> int:
    from ..corpus.export import encode_table
    from ..corpus.labels import LabelStore, apply_corrections
    from ..corpus.store import load_table
    spec = _spec(args)
    table = load_table(args.corpus, args.table)
    if args.table == "comments" and (labels := LabelStore(args.corpus)).exists():
        table = apply_corrections(table, labels)  # the analyst's labels, with who set each
    mentions = load_table(args.corpus, "mentions") if args.table == "statements" else None
    data = encode_table(spec.apply(args.table, table, mentions), args.format)
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        _write_output(Path(args.out), data)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    app = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(args.port)]
    return subprocess.call(cmd, cwd=app.parent.parent)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 a file failed, 2 usage or missing corpus)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "export":
            return _export(args)
        return _serve(args)
    except (FileNotFoundError, ValueError) as exc:
        print(f"spectrum: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - a traceback goes to the log, not the terminal
        from .build import internal_error
        log_dir = getattr(args, "out", None) if args.command == "build" else getattr(args, "corpus", None)
        reason = internal_error(Path(log_dir or DEFAULT_CORPUS), f"spectrum {args.command}", exc)
        print(f"spectrum: {reason}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
