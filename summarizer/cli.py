"""Command line: a thin layer that parses arguments, calls the library and turns its errors into one line."""

from __future__ import annotations

import argparse
import logging
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .errors import InputError, OptionsError, SummarizerError
from .options import DEFAULT_SENTENCES, DEFAULT_UNIQUE, INTEGER_RE, METHODS, RULES, build_options
from .render import FORMATS

PROG = "summarizer"
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is the one line README promises, not a usage block (subcommands too)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{PROG}: error: {message} (see {self.prog} --help)\n")


def _integer(text: str) -> int:
    """An integer argument in ASCII digits, as the API accepts; argparse's int() also takes "٣" and 5,000 digits."""
    if not INTEGER_RE.fullmatch(text.strip()):
        shown = ascii(text) if len(text) <= 20 else ascii(text[:20])[:-1] + "...'"
        raise argparse.ArgumentTypeError(f"{shown} is not an integer of at most 12 ASCII digits")
    return int(text)


def _add_options(parser: argparse.ArgumentParser) -> None:
    """The brief's options, with the help texts and choices of their one declaration (options.RULES)."""
    length = parser.add_mutually_exclusive_group()
    length.add_argument(
        "--sentences", type=_integer, metavar="N", help=f"{RULES['sentences'].help} (default {DEFAULT_SENTENCES})"
    )
    length.add_argument("--words", type=_integer, metavar="N", help=RULES["words"].help)
    parser.add_argument("--fill", action="store_true", help=RULES["fill"].help.replace("with words", "with --words"))
    parser.add_argument(
        "--unique",
        type=_integer,
        metavar="N",
        default=DEFAULT_UNIQUE,
        help=f"{RULES['unique'].help} (default %(default)s)",
    )
    parser.add_argument(
        "--language",
        choices=RULES["language"].choices,
        default="auto",
        help=f"{RULES['language'].help} (default: detect)",
    )
    parser.add_argument(
        "--method",
        choices=RULES["method"].choices,
        default="tfidf",
        help=f"{RULES['method'].help} (default: tfidf, ours)",
    )
    parser.add_argument(
        "--matcher",
        choices=RULES["matcher"].choices,
        default="lexical",
        help=f"{RULES['matcher'].help} (default: lexical)",
    )


def _options_from(args: argparse.Namespace) -> Any:
    return build_options(
        {
            name: getattr(args, name)
            for name in ("sentences", "words", "fill", "unique", "language", "method", "matcher")
        }
    )


def cmd_brief(args: argparse.Namespace) -> int:
    """Print the merged brief of the reports."""
    from .ingest import read_reports
    from .pipeline import summarize
    from .render import to_dict

    options = _options_from(args)
    ingested = read_reports(args.paths, stdin=sys.stdin.buffer if "-" in args.paths else None)
    for warning in ingested.warnings:
        _warn(warning, args)
    summary = summarize(ingested.reports, options)
    for warning in summary.warnings:
        _warn(warning, args)
    sys.stdout.write(FORMATS[args.format](to_dict(summary)))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """Print speed and memory figures beside sumy's LexRank."""
    from .bench import run_bench

    run_bench(args.seeds, sizes=args.sizes, peer_limit=args.peer_limit, out=sys.stdout, corpus=args.corpus)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Print the ROUGE table of every method (and of existing systems) on a data set."""
    from .datasets import read_clusters, read_systems
    from .evaluate import evaluate, plot, pyplot, to_markdown, write_outputs

    for name in ("words", "sentences", "limit"):
        value = getattr(args, name)
        if value is not None and value < 1:
            raise OptionsError(f"--{name} must be at least 1")
    if args.plot:
        pyplot()  # fail now, not after the whole run
    clusters = read_clusters(Path(args.dataset), args.limit)
    systems = read_systems(Path(args.systems)) if args.systems else None
    methods = list(dict.fromkeys(args.method or METHODS))

    def progress(items: Any, total: int) -> Any:
        if not sys.stderr.isatty():
            return items
        from tqdm import tqdm

        return tqdm(items, total=total, file=sys.stderr, unit="summary", leave=False)

    result = evaluate(
        Path(args.dataset).name if args.name is None else args.name,
        clusters,
        methods,
        words=args.words,
        sentences=args.sentences,
        systems=systems,
        progress=progress,
    )
    sys.stdout.write(to_markdown(result))
    if args.output:
        for path in write_outputs(result, Path(args.output)):
            print(f"wrote {path}", file=sys.stderr)
    if args.plot:
        plot(result, Path(args.plot))
        print(f"wrote {args.plot}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the page and the JSON API with gunicorn: several processes, a few threads each."""
    from web import create_app
    from web.server import default_workers, run

    if args.seeds is not None and not Path(args.seeds).is_dir():
        raise InputError(f"{args.seeds}: no such directory")
    if not 0 <= args.port <= 65535:
        raise OptionsError(f"--port must be from 0 to 65535, got {args.port}")
    for name in ("threads", "workers"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            raise OptionsError(f"--{name} must be at least 1, got {getattr(args, name)}")
    if not 0 <= args.time_budget <= 3600:  # also refuses nan
        raise OptionsError(f"--time-budget must be from 0 (none) to 3600 seconds, got {args.time_budget}")
    config: dict[str, Any] = {"TIME_BUDGET": args.time_budget}
    if args.seeds is not None:
        config["SEEDS_DIR"] = args.seeds
    app = create_app(config)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    try:  # bound here so that a refusal is one line, and port 0 gives the address to print
        listener = socket.create_server((args.host, args.port), family=family, backlog=2048)
    except OSError as error:  # port taken, address not on this machine, no permission
        raise InputError(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from error
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Serving the brief on http://{host}:{listener.getsockname()[1]}/ (Ctrl+C to stop)", flush=True)
    run(app, listener, workers=args.workers or default_workers(), threads=args.threads, time_budget=args.time_budget)
    return 0


def _warn(message: str, args: argparse.Namespace) -> None:
    if not getattr(args, "quiet", False):
        print(f"{PROG}: warning: {message}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command; the README's CLI section is checked against it."""
    parser = _Parser(prog=PROG, description="Merged briefs of several news reports of one event.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    brief = commands.add_parser(
        "brief",
        help="print the merged brief of several reports",
        description="Print the merged brief: each fact once, with the outlets that report it.",
    )
    brief.add_argument(
        "paths", nargs="+", metavar="PATH", help="report files (.txt, .md, .html), directories, or - for stdin"
    )
    brief.add_argument("--format", choices=sorted(FORMATS), default="text", help="output format (default: text)")
    brief.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")
    _add_options(brief)
    brief.set_defaults(handler=cmd_brief)

    bench = commands.add_parser(
        "bench",
        help="print speed and memory figures beside sumy's LexRank",
        description="Time the pipeline on the seeds and on larger sets built from real text.",
    )
    bench.add_argument(
        "seeds", nargs="?", default="seeds", help="directory of reports to build sets from (default: seeds)"
    )
    bench.add_argument(
        "--sizes", type=_integer, nargs="+", default=[100, 1000, 10000], metavar="N", help="set sizes in reports"
    )
    bench.add_argument(
        "--peer-limit",
        type=_integer,
        default=100,
        metavar="N",
        help="run LexRank only on sets of at most N reports (it is quadratic)",
    )
    bench.add_argument(
        "--corpus",
        metavar="JSONL",
        help="build the larger sets from the distinct documents of an eval data set (e.g. IndoSum)",
    )
    bench.set_defaults(handler=cmd_bench)

    evaluation = commands.add_parser(
        "eval",
        help="ROUGE of every method against human summaries",
        description="Score every method (and existing systems' summaries) with ROUGE against human summaries.",
    )
    evaluation.add_argument("dataset", metavar="DATASET", help="JSONL data set: ours, TAC 2011 MultiLing or IndoSum")
    budget = evaluation.add_mutually_exclusive_group()
    budget.add_argument(
        "--words", type=_integer, metavar="N", help="summaries of exactly N words (default: the references' length)"
    )
    budget.add_argument("--sentences", type=_integer, metavar="N", help="summaries of N whole sentences (e.g. lead-3)")
    evaluation.add_argument(
        "--method", nargs="+", choices=METHODS, metavar="METHOD", help="methods to score (default: all)"
    )
    evaluation.add_argument("--limit", type=_integer, metavar="N", help="only the first N clusters")
    evaluation.add_argument(
        "--systems", metavar="FILE", help="existing summaries to score too, JSONL {system, topic, text}"
    )
    evaluation.add_argument("--output", metavar="DIR", help="write results.md, results.json and summaries.jsonl")
    evaluation.add_argument("--plot", metavar="PNG", help="write a bar chart of the table")
    evaluation.add_argument("--name", help="data set name in the table (default: the file name)")
    evaluation.set_defaults(handler=cmd_eval)

    serve = commands.add_parser(
        "serve",
        help="serve the brief page and the JSON API",
        description="Serve the page and the JSON API with gunicorn; loopback only unless --host says otherwise.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument(
        "--port", type=_integer, default=8000, help="port to listen on, 0 for any free one (default: 8000)"
    )
    serve.add_argument(
        "--workers", type=_integer, metavar="N", help="worker processes (default: one per core this may use)"
    )
    serve.add_argument("--threads", type=_integer, default=4, metavar="N", help="threads per process (default: 4)")
    serve.add_argument(
        "--time-budget",
        type=float,
        default=20.0,
        metavar="S",
        help="seconds one summary may take before a 503, 0 for no limit (default: 20)",
    )
    serve.add_argument(
        "--seeds", metavar="DIR", help="reports shown when nothing is pasted (default: the bundled seeds/)"
    )
    serve.set_defaults(handler=cmd_serve)
    for extra in _EXTRA_COMMANDS:
        extra(commands)
    return parser


_EXTRA_COMMANDS: list[Callable[[Any], None]] = []


def cmd_stories(args: argparse.Namespace) -> int:
    """Group a feed of articles into events and print the brief of each."""
    from .stories_cli import run

    return run(args, _options_from(args), lambda message: _warn(message, args))


def cmd_bench_stories(args: argparse.Namespace) -> int:
    """`bench --stories DATASET...`: time `stories` alone and on Dask; otherwise the brief's benchmark."""
    if not args.stories:
        return cmd_bench(args)
    from .stories_bench import run_stories_bench

    if args.workers < 0 or any(size < 1 for size in args.sizes):
        raise OptionsError("--workers must be at least 0 and --sizes at least 1")
    run_stories_bench(args.stories, args.sizes, sys.stdout, workers=args.workers)
    return 0


def _stories_parser(commands: Any) -> None:
    from .stories_cli import add_parser

    add_parser(commands, _add_options)
    commands.choices["stories"].set_defaults(handler=cmd_stories)
    bench = commands.choices["bench"]
    bench.add_argument(
        "--stories", nargs="+", metavar="DATASET", help="time `stories` on the distinct articles of these data sets"
    )
    bench.add_argument("--workers", type=int, default=2, metavar="N", help="with --stories: Dask workers, 0 for none")
    bench.set_defaults(handler=cmd_bench_stories)


_EXTRA_COMMANDS.append(_stories_parser)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 success, 2 bad input or usage, 1 internal error)."""
    logging.basicConfig(level=logging.ERROR, format=f"{PROG}: %(message)s")
    # trafilatura logs a page it cannot parse as an error; ours is one warning line ("no article text found").
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except SummarizerError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except OSError as error:  # the file system refused (permissions, a vanished path): the input's fault
        where = f"{error.filename}: " if error.filename else ""
        print(f"{PROG}: error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the edge: a bug still gets one line, the traceback only on request
        if args.debug:
            raise
        print(
            f"{PROG}: internal error: {type(error).__name__}: {error} (run with --debug for details)", file=sys.stderr
        )
        return 1
