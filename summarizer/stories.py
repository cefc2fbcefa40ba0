"""Stories: group a feed of articles into events, then the brief of each event, in one process or on Dask.

Grouping never compares all pairs. Each article becomes a TF-IDF vector of its rare terms only (terms in at
least 2 and at most RARE_DF articles, of words not common in the language at large); two articles are
candidates only when they share such a term, which a chunked sparse product finds. Each article keeps its
NEIGHBOURS most similar candidates within the time window. Average linkage over those links joins groups while
their mean similarity (pairs never compared count as 0: they share no rare term) is at least LINK_SIMILARITY;
its cost follows the links, not the pairs. Articles in different languages never share a story. The
per-story brief is the unit of parallel work.
"""

from __future__ import annotations

import heapq
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from .contract import Stories, Story, Summary, Unassigned
from .errors import InputError, OptionsError
from .language import analyzer_for
from .models import Report
from .options import Options
from .stories_read import ArticleReader, Read, lead, lead_reader, read_articles
from .story_defaults import LINK_SIMILARITY, WINDOW_DAYS

logger = logging.getLogger(__name__)

NEIGHBOURS = 20
EDGE_FLOOR = 0.5  # links kept down to this share of the threshold, so a group's mean can still reach it
RARE_DF = 200  # a term in more articles than this names no single event (and would make blocking quadratic)
RARE_DF_FRACTION = 0.2  # in smaller feeds, at most this share of the articles,
RARE_DF_FLOOR = 10  # but never fewer than this: in a handful of reports of one event, its names are in all
CHUNK = 2000
_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryOptions:
    """How articles are grouped into stories, and the options of each story's brief."""

    brief: Options = field(default_factory=Options)
    similarity: float = LINK_SIMILARITY
    neighbours: int = NEIGHBOURS
    window_days: int = WINDOW_DAYS

    def __post_init__(self) -> None:
        if not 0.0 < self.similarity <= 1.0:
            raise OptionsError(f"similarity must be above 0 and at most 1, got {self.similarity}")
        if self.neighbours < 1 or self.window_days < 0:
            raise OptionsError("neighbours must be at least 1 and window_days at least 0")


@dataclass(frozen=True, slots=True)
class Grouping:
    """Stories as tuples of article indices (ordered by date, then input order), and the articles left out."""

    stories: tuple[tuple[int, ...], ...]
    unassigned: tuple[tuple[int, str], ...]  # (article index, reason)
    # Each story's language as grouping found it (a supported one), or "auto" where the brief must detect it:
    # an article in a language without a stemmer is grouped with English ones, and the brief tells them apart.
    languages: tuple[str, ...] = ()


def _day(published: str | None) -> int | None:
    match = _DATE_RE.search(published or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).toordinal()
    except ValueError:
        return None


def _neighbour_graph(matrix: sparse.csr_matrix, days: np.ndarray, options: StoryOptions) -> sparse.coo_matrix:
    """Each row's most similar candidates (sharing a rare term, within the window), as a symmetric graph."""
    n = matrix.shape[0]
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    values: list[np.ndarray] = []
    transposed = matrix.T.tocsc()
    for start in range(0, n, CHUNK):
        block = (matrix[start : start + CHUNK] @ transposed).tocsr()
        block.setdiag(0.0, k=start)
        block.eliminate_zeros()
        for local in range(block.shape[0]):
            lo, hi = block.indptr[local], block.indptr[local + 1]
            cand, sims = block.indices[lo:hi], block.data[lo:hi]
            keep = sims >= EDGE_FLOOR * options.similarity
            i = start + local
            if days[i] >= 0:
                dated = days[cand] >= 0
                keep &= ~dated | (np.abs(days[cand] - days[i]) <= options.window_days)
            cand, sims = cand[keep], sims[keep]
            if len(cand) > options.neighbours:
                order = np.lexsort((cand, -sims))[: options.neighbours]  # ties by index: deterministic
                cand, sims = cand[order], sims[order]
            rows.append(np.full(len(cand), i))
            cols.append(cand)
            values.append(sims)
    graph = sparse.csr_matrix((np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))
    return sparse.triu(graph.maximum(graph.T), k=1).tocoo()


def _average_linkage(n: int, graph: sparse.coo_matrix, threshold: float) -> list[int]:
    """Merge the two groups of highest mean link similarity while it is at least `threshold`.

    The mean runs over the candidate links between two groups (pairs never compared do not count), so the
    cost follows the number of links, not of pairs. Ties are broken by group number: deterministic.
    """
    links: dict[int, dict[int, list[float]]] = {i: {} for i in range(n)}
    heap: list[tuple[float, int, int]] = []
    for i, j, value in zip(graph.row.tolist(), graph.col.tolist(), graph.data.tolist(), strict=True):
        links[i][j] = [value, 1.0]
        links[j][i] = [value, 1.0]
        if value >= threshold:
            heap.append((-value, i, j))
    heapq.heapify(heap)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    next_id = n
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one side was merged since this entry was pushed
        merged = next_id
        next_id += 1
        members[merged] = members.pop(a) + members.pop(b)
        joined: dict[int, list[float]] = {}
        for side in (a, b):
            for other, (total, count) in links.pop(side).items():
                if other in (a, b):
                    continue
                entry = joined.setdefault(other, [0.0, 0.0])
                entry[0] += total
                entry[1] += count
                del links[other][side]
        links[merged] = joined
        for other, entry in joined.items():
            links[other][merged] = entry
            mean = entry[0] / (len(members[merged]) * len(members[other]))
            if mean >= threshold:
                heapq.heappush(heap, (-mean, other, merged))
    labels = [0] * n
    for label, group in enumerate(members.values()):
        for i in group:
            labels[i] = label
    return labels


def _groups_of(
    indices: Sequence[int],
    reports: Sequence[Report],
    reads: Sequence[Read],
    days: np.ndarray,
    options: StoryOptions,
    language: str,
) -> tuple[list[list[int]], list[tuple[int, str]]]:
    empty = [i for i in indices if not reads[i].terms]
    kept = [i for i in indices if reads[i].terms]
    if not kept:
        return [], [(i, "no words to compare") for i in empty]
    max_df = max(RARE_DF_FLOOR, min(RARE_DF, int(RARE_DF_FRACTION * len(kept))))
    vectorizer = TfidfVectorizer(analyzer=lambda terms: terms, sublinear_tf=True, min_df=2, max_df=max_df)
    try:
        matrix = sparse.csr_matrix(vectorizer.fit_transform([reads[i].terms for i in kept]))
    except ValueError:  # no term shared by two articles: every article is its own story
        return [[i] for i in kept], [(i, "no words to compare") for i in empty]
    ids = np.array(kept)
    graph = _neighbour_graph(matrix, days[ids], options)
    reader = lead_reader(language)
    known: dict[str, frozenset[str]] = {}  # wire copies: each distinct lead read once

    def names(i: int) -> frozenset[str]:
        found = reads[i].names
        if found is None:  # read here, for linked articles only
            text = lead(reports[i].text)
            found = known[text] if text in known else known.setdefault(text, reader.names(text))
        return found

    linked = set(graph.row.tolist()) | set(graph.col.tolist())  # an article with no link needs no names
    named = {position: names(int(ids[position])) for position in sorted(linked)}
    pairs = zip(graph.row.tolist(), graph.col.tolist(), strict=True)
    apart = np.array([bool(named[a] and named[b]) and not named[a] & named[b] for a, b in pairs], dtype=bool)
    if apart.any():  # two articles that each name people or places, none in common, report different events
        graph = sparse.coo_matrix((graph.data[~apart], (graph.row[~apart], graph.col[~apart])), shape=graph.shape)
    labels = _average_linkage(len(ids), graph, options.similarity)
    groups: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        groups.setdefault(int(label), []).append(int(ids[position]))
    return list(groups.values()), [(i, "no words to compare") for i in empty]


def group_stories(
    reports: Sequence[Report], options: StoryOptions | None = None, reader: ArticleReader | None = None
) -> Grouping:
    """Group articles into stories; every article is in exactly one story or listed as unassigned.

    reader: where each article's language, lead terms and names are read (`dask_reader`; None: here), most of
    grouping's own work.
    """
    options = options or StoryOptions()
    days = np.array([_day(r.published) or -1 for r in reports])
    reads = (reader or read_articles)(reports, options.brief.language)
    by_language: dict[str, list[int]] = {}
    unassigned: list[tuple[int, str]] = []
    for i, read in enumerate(reads):
        if not read.grouped:
            unassigned.append((i, "empty text"))
            continue
        by_language.setdefault(read.grouped, []).append(i)
    stories: list[list[int]] = []
    for language in sorted(by_language):
        found, left = _groups_of(by_language[language], reports, reads, days, options, language)
        stories.extend(found)
        unassigned.extend(left)
    ordered = [tuple(sorted(s, key=lambda i: (days[i] if days[i] >= 0 else 10**7, i))) for s in stories]
    ordered.sort(key=lambda s: (-len(s), s[0]))
    languages = tuple(_story_language([reads[i].briefed for i in story]) for story in ordered)
    return Grouping(tuple(ordered), tuple(sorted(unassigned)), languages)


def _story_language(found: list[str]) -> str:
    """The story's language when all its articles were identified in it, else "auto" (the brief detects it)."""
    return found[0] if len(set(found)) == 1 else "auto"


def story_brief(reports: Sequence[Report], options: Options, language: str = "auto") -> Summary | Refused:
    """The brief contract of one story (Dask workers get runs of them: `dask_map`), or why the pipeline refused it.

    language: the story's language as grouping identified it, used when the options leave it on "auto" (the
    brief would detect it again on the whole text: the same language on every article measured, README).
    """
    from sklearn import config_context

    from .errors import SummarizerError
    from .pipeline import summarize
    from .render import to_dict

    if options.language == "auto" and language != "auto":
        options = replace(options, language=language)
    try:
        # scikit-learn's argument checks cost a small story's brief about a tenth of its time; ours are valid
        with config_context(skip_parameter_validation=True):
            return to_dict(summarize(reports, options))
    except SummarizerError as error:
        return Refused(str(error))


@dataclass(frozen=True)
class Refused:
    """A story whose articles the pipeline refused (they are listed as unassigned, with this reason)."""

    reason: str


Brief = Summary | Refused
Item = tuple[tuple[Report, ...], str]  # a story's articles and its language ("auto": the brief detects it)
Mapper = Callable[[Callable[[Item, Options], Brief], list[Item], Options], Iterator[Brief]]


def brief_item(item: Item, options: Options) -> Brief:
    """`story_brief` of one work item."""
    return story_brief(item[0], options, item[1])


def local_map(function: Callable[[Item, Options], Brief], items: list[Item], options: Options) -> Iterator[Brief]:
    """Briefs one after the other in this process."""
    for item in items:
        yield function(item, options)


TASKS_PER_WORKER = 24  # batches of stories per worker: few enough that a task's overhead is small beside its work


def batches(items: Sequence[Item], count: int) -> list[list[Item]]:
    """`items` in order, cut into about `count` runs of about equal text (a large story is many small ones' work)."""
    sizes = [sum(len(r.text) for r in item[0]) for item in items]
    share = max(1, sum(sizes) // max(1, count))
    runs: list[list[Item]] = [[]]
    held = 0
    for item, size in zip(items, sizes, strict=True):
        if runs[-1] and held + size > share:
            runs.append([])
            held = 0
        runs[-1].append(item)
        held += size
    return [run for run in runs if run]


def _brief_batch(batch: list[Item], function: Callable[[Item, Options], Brief], options: Options) -> list[Brief]:
    """One Dask task: the briefs of a run of stories."""
    return [function(item, options) for item in batch]


def _learn_words(read: dict[str, dict[str, tuple[str, ...]]]) -> None:
    """On a worker: take the words grouping has read in each language (their terms are the same everywhere)."""
    for language, words in read.items():
        analyzer_for(language).learn_words(words)


def local_cluster(workers: int) -> Any:
    """A Dask LocalCluster of `workers` single-thread processes, their logs silenced below CRITICAL: a worker's
    heartbeat that finds the scheduler gone while the cluster closes would print a traceback under the summary."""
    from distributed import LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)  # its INFO lines would drown the summary table
    return LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0", silence_logs=logging.CRITICAL)


def dask_map(client: Any) -> Mapper:
    """Briefs on a Dask cluster, in batches of stories, yielded in story order whatever order they finish in.

    One task per story cost the scheduler more than a small story's brief: each worker gets TASKS_PER_WORKER
    runs of stories instead, and the options are sent to every worker once, with the words grouping has
    already stemmed (each worker would stem them again).
    """

    def run(function: Callable[[Item, Options], Brief], items: list[Item], options: Options) -> Iterator[Brief]:
        languages = sorted({language for _, language in items} - {"auto"})
        client.run(_learn_words, {language: analyzer_for(language).read_words() for language in languages})
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        runs = batches(items, workers * TASKS_PER_WORKER)
        shared = client.scatter(options, broadcast=True)
        # the articles go to the workers as data, not inside the task graph (a feed's texts made it tens of MiB,
        # which the scheduler warns of and sends slowly)
        stored = client.scatter(runs)
        futures = client.map(_brief_batch, stored, function=function, options=shared, pure=False)
        try:
            for future in futures:
                yield from future.result()
        finally:
            client.cancel(futures)
            client.cancel(stored)
            client.cancel(shared)

    return run


def _title(brief: Summary, reports: Sequence[Report]) -> str:
    for report in reports:
        if report.title:
            return report.title
    for document in brief.get("documents", []):
        if document.get("title"):
            return str(document["title"])
    sentences = brief.get("brief") or []
    return str(sentences[0]["text"])[:120] if sentences else reports[0].id


def build_stories(
    reports: Sequence[Report],
    options: StoryOptions | None = None,
    mapper: Mapper = local_map,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
    reader: ArticleReader | None = None,
) -> Stories:
    """Group the articles and brief every story: `{"stories": [...], "unassigned": [...]}`.

    mapper: where the briefs are made (`local_map`, `dask_map`); reader: where grouping reads each article
    (`stories_read.dask_reader`; None: in this process)."""
    options = options or StoryOptions()
    ids = [r.id for r in reports]
    if len(set(ids)) != len(ids):
        raise InputError("article ids must be unique; the same id is given twice")
    grouping = group_stories(reports, options, reader)
    unassigned: list[Unassigned] = [{"id": ids[i], "reason": reason} for i, reason in grouping.unassigned]
    members = [tuple(reports[i] for i in story) for story in grouping.stories]
    items = list(zip(members, grouping.languages, strict=True))
    briefs: Iterable[Brief] = mapper(brief_item, items, options.brief)
    if progress is not None:
        briefs = progress(briefs, len(members))
    stories: list[Story] = []
    for number, (story, brief) in enumerate(zip(members, briefs, strict=True), 1):
        if isinstance(brief, Refused):
            unassigned += [{"id": r.id, "reason": brief.reason} for r in story]
            continue
        kept = {d["id"] for d in brief["documents"]}
        skipped = [r.id for r in story if r.id not in kept]
        unassigned += [{"id": i, "reason": "no sentences left after cleaning"} for i in skipped]
        stories.append(
            {
                "id": f"story-{number:04d}",
                "title": _title(brief, story),
                "documents": [r.id for r in story if r.id in kept],
                "published": sorted({r.published for r in story if r.published}),
                "brief": brief,
            }
        )
    position = {article: n for n, article in enumerate(ids)}
    unassigned.sort(key=lambda u: position[u["id"]])
    return {"stories": stories, "unassigned": unassigned}
