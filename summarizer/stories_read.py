"""What grouping reads of each article: its language, its lead's candidate terms and its lead's names.

That work is each article's own (language identification, stemming and the common-word test of the lead's
words, the names), most of grouping's cost: `read_articles` does it in this process, `dask_reader` on the Dask
workers in runs of articles, so that the process that groups only builds the sparse graph and links it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .clean import strip_dateline
from .language import SUPPORTED, WORD_CACHE, WORD_RE, Analyzer, analyzer_for, common_words, identify
from .models import Report
from .normalize import calendar_words

TEXT_CHARS = 3000  # the lead of an article names its event; the rest adds cost more than signal
LANGUAGE_CHARS = 600  # enough for py3langid to tell Indonesian from English, whose cost grows with length
_OPENS_RE = re.compile(r"[.!?\n]")  # a word after one of these opens a sentence
Terms = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Read:
    """What grouping needs of one article."""

    grouped: str  # the language it is grouped in; "" for an empty text
    briefed: str  # the language its brief is made in ("auto": the brief detects it)
    terms: Terms = ()  # its title's and lead's terms, common words, days and months aside
    names: frozenset[str] | None = None  # its lead's names (None: not read, `LeadReader.names` reads them)


# Reads a run of articles where it runs (this process, or Dask workers: `dask_reader`), given the forced language.
ArticleReader = Callable[[Sequence[Report], str], list[Read]]


def lead(text: str) -> str:
    """The article's first TEXT_CHARS characters without the dateline: "Jakarta, CNN Indonesia -- " names the
    outlet's city and the outlet, not the event, and would link every article of that outlet."""
    return strip_dateline(text[:TEXT_CHARS].lstrip())[0]


@dataclass(frozen=True)
class LeadReader:
    """A language's grouping terms of words, each surface word read once in this process (a feed repeats them)."""

    analyzer: Analyzer
    common: Callable[[str], bool]
    calendar: frozenset[str]
    _memo: dict[str, Terms] = field(default_factory=dict, compare=False, repr=False)

    def word_terms(self, word: str) -> Terms:
        """A word's terms; none for a word common in the language or a day or month (the window is for time)."""
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) >= WORD_CACHE:
                self._memo.clear()
            skip = self.common(word) or word.lower() in self.calendar
            found = self._memo[word] = () if skip else tuple(self.analyzer.word_terms(word))
        return found

    def terms(self, text: str) -> list[str]:
        """The terms of every word of `text`, in order."""
        memo, out = self._memo, list[str]()
        for word in WORD_RE.findall(text):
            found = memo.get(word)
            out.extend(self.word_terms(word) if found is None else found)
        return out

    def names(self, text: str) -> frozenset[str]:
        """Terms of the capitalised words that open no sentence, days and months aside: who and where."""
        found: set[str] = set()
        end = -1  # the text's first word opens a sentence
        for match in WORD_RE.finditer(text):
            start, previous, end = match.start(), end, match.end()
            if previous < 0 or not text[start].isupper() or _OPENS_RE.search(text, previous, start):
                continue
            word = match.group()
            if word.lower() not in self.calendar:
                found.update(self.word_terms(word))
        return frozenset(found)


@lru_cache(maxsize=16)
def lead_reader(language: str) -> LeadReader:
    """The shared lead reader of `language`: common words chosen on the TAC English and IndoSum mixes (README)."""
    return LeadReader(analyzer_for(language), common_words(language), calendar_words(language))


def languages(reports: Sequence[Report], forced: str) -> list[tuple[str, str]]:
    """Each article's language to group it in ("" when its text is empty) and to brief it in ("auto": detect)."""
    known: dict[str, tuple[str, str]] = {}  # wire copies: each distinct lead identified once
    out = []
    for report in reports:
        if not report.text.strip():
            out.append(("", "auto"))
        elif forced != "auto":
            out.append((forced, forced))
        else:
            head = report.text[:LANGUAGE_CHARS]
            if head not in known:
                code = identify(head)
                known[head] = (code, code) if code in SUPPORTED else ("en", "auto")  # no stemmer: grouped as English
            out.append(known[head])
    return out


def read_leads(reports: Sequence[Report], found: Sequence[tuple[str, str]], with_names: bool) -> list[Read]:
    """Each article's `Read` in the languages found; its names too when `with_names`."""
    read: dict[tuple[str, str], Terms] = {}  # wire copies: each distinct lead analysed once
    named: dict[tuple[str, str], frozenset[str]] = {}
    out = []
    for report, (grouped, briefed) in zip(reports, found, strict=True):
        if not grouped:
            out.append(Read(grouped, briefed))
            continue
        reader, text = lead_reader(grouped), lead(report.text)
        key = (grouped, f"{report.title or ''}\n{text}")
        if key not in read:
            read[key] = tuple(reader.terms(key[1]))
        names = None
        if with_names:
            if (grouped, text) not in named:
                named[grouped, text] = reader.names(text)
            names = named[grouped, text]
        out.append(Read(grouped, briefed, read[key], names))
    return out


def read_articles(reports: Sequence[Report], forced: str) -> list[Read]:
    """Grouping's reading of the articles in this process; names are read later, for linked articles only."""
    return read_leads(reports, languages(reports, forced), with_names=False)


READ_TASKS_PER_WORKER = 4  # runs of articles per worker: few tasks, evenly spread


def _sent(report: Report) -> Report:
    """What a worker needs of an article: its title and lead (a text blank so far is sent whole)."""
    text = report.text[:TEXT_CHARS]
    return Report(id=report.id, text=text if text.strip() else report.text, title=report.title)


def _read_run(reports: list[Report], forced: str) -> tuple[list[Read], dict[str, dict[str, Terms]]]:
    """On a worker: the run's `Read`s with names, and the words it stemmed anew (the other workers' briefs take
    them rather than stem them again)."""
    found = languages(reports, forced)
    marks = {language: analyzer_for(language).read_count() for language in {g for g, _ in found if g}}
    reads = read_leads(reports, found, with_names=True)
    return reads, {language: analyzer_for(language).read_words(since=mark) for language, mark in marks.items()}


def dask_reader(client: Any) -> ArticleReader:
    """Grouping's reading of the articles on the Dask workers, in runs; their new words are learned here, and
    `dask_map` hands them to every worker for the briefs."""

    def read(reports: Sequence[Report], forced: str) -> list[Read]:
        if not reports:
            return []
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        size = max(1, -(-len(reports) // (workers * READ_TASKS_PER_WORKER)))
        runs = [[_sent(r) for r in reports[start : start + size]] for start in range(0, len(reports), size)]
        stored = client.scatter(runs)  # as data, not inside the task graph (stories.dask_map)
        futures = client.map(_read_run, stored, forced=forced, pure=False)
        reads: list[Read] = []
        try:
            for future in futures:
                run, words = future.result()
                reads.extend(run)
                for language, learned in words.items():
                    analyzer_for(language).learn_words(learned)
        finally:
            client.cancel(futures)
            client.cancel(stored)
        return reads

    return read
