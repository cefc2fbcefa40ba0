"""The `stories` command: a feed of articles in, one brief per event out, in one process or on Dask."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, OptionsError
from .render import FORMATS, md_escape, to_json
from .story_defaults import LINK_SIMILARITY, WINDOW_DAYS

if TYPE_CHECKING:
    from .contract import Stories
    from .stories import Mapper
    from .stories_read import ArticleReader

DEFAULT_WORKERS = 2
SUFFIX = {"json": "json", "markdown": "md", "text": "txt"}


def add_parser(commands: Any, add_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `stories` beside the other commands; it shares the brief's options."""
    parser = commands.add_parser(
        "stories",
        help="group a feed of articles into events and print the brief of each",
        description="Group articles into events (stories) and print each story's merged brief.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="JSONL feeds ({id, text, ...} per line), report files, directories, -"
    )
    parser.add_argument("--format", choices=sorted(FORMATS), default="text", help="output format (default: text)")
    parser.add_argument("--out", metavar="DIR", help="also write one file per story and index.json into DIR")
    parser.add_argument(
        "--similarity", type=float, default=LINK_SIMILARITY, help=f"link threshold (default {LINK_SIMILARITY})"
    )
    parser.add_argument(
        "--window", type=int, default=WINDOW_DAYS, metavar="DAYS", help=f"time window in days (default {WINDOW_DAYS})"
    )
    parser.add_argument("--dask", action="store_true", help="brief the stories on a local Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="brief on an existing Dask scheduler (implies --dask)")
    parser.add_argument(
        "--workers", type=int, default=DEFAULT_WORKERS, metavar="N", help="local cluster workers (default 2)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no warnings, progress bar or summary table")
    add_options(parser)
    parser.set_defaults(handler=None)


@contextlib.contextmanager
def mapper_for(args: argparse.Namespace) -> Iterator[tuple[Mapper, ArticleReader | None]]:
    """Local briefs, or a Dask client (local cluster or --scheduler) closed on the way out; on Dask, grouping
    reads the articles on the workers too."""
    from .stories import dask_map, local_cluster, local_map
    from .stories_read import dask_reader

    if not (args.dask or args.scheduler):
        yield local_map, None
        return
    if args.workers < 1:
        raise OptionsError("--workers must be at least 1")
    from distributed import Client

    logging.getLogger("distributed").setLevel(logging.ERROR)  # its INFO lines would drown the summary table
    if args.scheduler:
        try:
            client = Client(args.scheduler, timeout="5s")
        except (OSError, TimeoutError) as error:
            raise InputError(f"cannot reach the Dask scheduler at {args.scheduler}: {error}") from error
        with client:
            yield dask_map(client), dask_reader(client)
        return
    with (
        local_cluster(args.workers) as cluster,
        Client(cluster) as client,
    ):
        yield dask_map(client), dask_reader(client)


def summary_table(result: Stories) -> str:
    """One line per story: id, articles, outlets, dates, title; then the unassigned count."""
    lines = [f"{'story':<11} {'articles':>8} {'outlets':>7}  {'dates':<23} title"]
    for story in result["stories"]:
        dates = story["published"]
        span = f"{dates[0][:10]}..{dates[-1][:10]}" if dates else "-"
        outlets = len({d["outlet"] for d in story["brief"]["documents"]})
        lines.append(f"{story['id']:<11} {len(story['documents']):>8} {outlets:>7}  {span:<23} {story['title'][:60]}")
    articles = sum(len(s["documents"]) for s in result["stories"])
    lines.append(f"{len(result['stories'])} stories, {articles} articles; {len(result['unassigned'])} unassigned")
    return "\n".join(lines) + "\n"


def _nested(markdown: str) -> str:
    """A brief's Markdown one heading level down, under its story's heading (article text has `#` escaped)."""
    return "".join("#" + line if line.startswith("#") else line for line in markdown.splitlines(keepends=True))


def render(result: Stories, fmt: str) -> str:
    """The whole result as JSON, or each story's brief under a heading, unassigned articles last."""
    if fmt == "json":
        return to_json(result) + "\n"
    markdown = fmt == "markdown"
    mark = "# " if markdown else "=== "
    parts = []
    for story in result["stories"]:
        count = len(story["documents"])
        title = md_escape(story["title"]) if markdown else story["title"]
        heading = f"{mark}{story['id']}: {title} ({count} article{'' if count == 1 else 's'})"
        brief = FORMATS[fmt](story["brief"])
        parts.append(heading + "\n\n" + (_nested(brief) if markdown else brief))
    if result["unassigned"]:
        parts.append(f"{mark}Unassigned\n\n" + "".join(f"- {u['id']}: {u['reason']}\n" for u in result["unassigned"]))
    return "\n".join(parts)


def write_out(result: Stories, directory: Path, fmt: str) -> None:
    """One file per story in `fmt`, and index.json with every story's documents and the unassigned."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for story in result["stories"]:
            single: Stories = {"stories": [story], "unassigned": []}
            (directory / f"{story['id']}.{SUFFIX[fmt]}").write_text(render(single, fmt), encoding="utf-8")
        index = {
            "stories": [{k: v for k, v in s.items() if k != "brief"} for s in result["stories"]],
            "unassigned": result["unassigned"],
        }
        (directory / "index.json").write_text(to_json(index) + "\n", encoding="utf-8")
    except OSError as error:
        raise InputError(f"{directory}: cannot write: {error.strerror or error}") from error


def run(args: argparse.Namespace, options: Any, warn: Callable[[str], None]) -> int:
    """Read the feed, build the stories, print them (and the table on stderr)."""
    from .feed import read_feed
    from .stories import StoryOptions, build_stories

    if not 0.0 < args.similarity <= 1.0:
        raise OptionsError("--similarity must be above 0 and at most 1")
    if args.window < 0:
        raise OptionsError("--window must be at least 0")
    articles, warnings = read_feed(args.paths, stdin=sys.stdin.buffer if "-" in args.paths else None)
    for warning in warnings:
        warn(warning)
    story_options = StoryOptions(brief=options, similarity=args.similarity, window_days=args.window)

    def progress(items: Any, total: int) -> Any:
        if args.quiet or not sys.stderr.isatty():
            return items
        from tqdm import tqdm

        return tqdm(items, total=total, file=sys.stderr, unit="story", leave=False)

    with mapper_for(args) as (mapper, reader):
        result = build_stories(articles, story_options, mapper=mapper, progress=progress, reader=reader)
    sys.stdout.write(render(result, args.format))
    if args.out:
        write_out(result, Path(args.out), args.format)
    if not args.quiet:
        sys.stderr.write(summary_table(result))
    return 0
