"""The `spectrum` command line: build, export, serve."""

import argparse
import os
import subprocess
import sys
from pathlib import Path

from .build import build_corpus
from .columns import TABLES
from .export import encode_table
from .filters import SPAM_MODES, FilterSpec
from .store import load_table

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
    export.add_argument("--sentiment-min", type=float, default=-1.0)
    export.add_argument("--sentiment-max", type=float, default=1.0)
    export.add_argument("--author", default="")
    export.add_argument("--search", default="")
    export.add_argument("--date-from", default="")
    export.add_argument("--date-to", default="")
    serve = sub.add_parser("serve", help="open the dashboard")
    serve.add_argument("--port", type=int, default=8501)
    return parser


def _build(args: argparse.Namespace) -> int:
    if not args.seeds.is_dir():
        print(f"spectrum: {args.seeds}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    report = build_corpus(args.seeds, args.out)
    for path, reason in report.failed.items():
        print(f"spectrum: {path}: {reason}", file=sys.stderr)
    if report.up_to_date:
        print(f"{args.out}: {report.summary()}")
    else:
        print(f"built {args.out}: {report.summary()}")
    return EXIT_FILE_FAILED if report.failed else EXIT_OK


def _spec(args: argparse.Namespace) -> FilterSpec:
    return FilterSpec(sources=tuple(args.source), stances=tuple(args.stance),
                      labels=tuple(args.sentiment_label), spam=args.spam,
                      sentiment_min=args.sentiment_min, sentiment_max=args.sentiment_max,
                      author=args.author, search=args.search, date_from=args.date_from,
                      date_to=args.date_to)


def _export(args: argparse.Namespace) -> int:
    spec = _spec(args)
    table = load_table(args.corpus, args.table)
    mentions = load_table(args.corpus, "mentions") if args.table == "statements" else None
    data = encode_table(spec.apply(args.table, table, mentions), args.format)
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        out = Path(args.out)
        tmp = out.with_name(f".{out.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, out)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    app = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
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
