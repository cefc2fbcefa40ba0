"""Evaluation: ROUGE of every method (and of existing systems' summaries) against human summaries.

Scored with Google's `rouge-score`: Porter stemming for English; for other languages a Unicode word
tokenizer without stemming (the default one drops every non-ASCII letter; ours keeps combining marks such as
Devanagari vowel signs inside words). Several references per cluster
are averaged (ROUGE-1.5.5's `-f A`). Every summary, ours or a system's, is cut to the same word budget by
whitespace words. Means carry a 95% bootstrap confidence interval over clusters (fixed seed), and ours is
compared with every other row on the clusters both scored by a paired bootstrap of the per-cluster differences:
two means' own intervals overlap long after one method is reliably ahead of the other.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .datasets import Cluster
from .errors import NoTextError, SummarizerError
from .language import SUPPORTED, WORD_CHAR, identify
from .options import Options
from .pipeline import summarize

METRICS = ("rouge1", "rouge2", "rougeL")
MEASURES = ("recall", "fmeasure")
BOOTSTRAP = 1000
SEED = 0
OURS = "tfidf"
# The paired comparison's score: the field's headline figure for extractive multi-document summaries.
PAIRED = "rouge2_recall"


def _rouge() -> Any:
    try:
        from rouge_score import rouge_scorer, tokenizers
    except ImportError as error:
        raise SummarizerError("evaluation needs the eval extra: pip install 'summarizer[eval]'") from error
    return rouge_scorer, tokenizers


def scorer_for(language: str) -> Any:
    """rouge-score's scorer: its own tokenizer with Porter stemming for English, Unicode words otherwise."""
    rouge_scorer, tokenizers = _rouge()
    if language == "en":
        return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)

    class UnicodeTokenizer(tokenizers.Tokenizer):  # type: ignore[name-defined]  # rouge-score, imported lazily
        def tokenize(self, text: str) -> list[str]:
            # \w alone cuts Devanagari words at vowel signs; WORD_CHAR is an alternation, so it is grouped before "+"
            return re.findall(f"(?:{WORD_CHAR})+", text.lower())

    return rouge_scorer.RougeScorer(list(METRICS), tokenizer=UnicodeTokenizer())


def scoring_language(cluster: Cluster) -> str:
    """The language ROUGE tokenizes a cluster's summaries in: the cluster's own, else identified from its references.

    It depends on the cluster only, so every method and system of a cluster is scored alike.
    """
    if cluster.language != "auto":
        return cluster.language
    return identify(" ".join(cluster.references))


def cut(text: str, words: int | None) -> str:
    """The first `words` whitespace words of `text`: the one budget rule for every summary scored."""
    return text if words is None else " ".join(text.split()[:words])


def rouge(scorer: Any, references: Sequence[str], summary: str) -> dict[str, float]:
    """ROUGE-1/2/L recall and F1, averaged over the references."""
    totals = dict.fromkeys((f"{m}_{k}" for m in METRICS for k in MEASURES), 0.0)
    for reference in references:
        scores = scorer.score(reference, summary)
        for metric in METRICS:
            for measure in MEASURES:
                totals[f"{metric}_{measure}"] += getattr(scores[metric], measure)
    return {name: value / len(references) for name, value in totals.items()}


@dataclass(frozen=True)
class Stat:
    """A mean over clusters with its 95% bootstrap confidence interval, all in ROUGE points (0-100)."""

    mean: float
    low: float
    high: float


def stat(values: Sequence[float]) -> Stat:
    data = np.asarray(values, dtype=float) * 100
    if len(data) < 2:
        return Stat(float(data.mean()), float(data.mean()), float(data.mean()))
    rng = np.random.default_rng(SEED)
    means = data[rng.integers(0, len(data), size=(BOOTSTRAP, len(data)))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return Stat(round(float(data.mean()), 2), round(float(low), 2), round(float(high), 2))


@dataclass(frozen=True)
class Paired:
    """Ours minus one other row on the clusters both scored: the mean difference with its 95% paired bootstrap
    interval (ROUGE points), and on how many clusters ours scored higher or lower."""

    name: str
    clusters: int
    difference: Stat
    wins: int
    losses: int

    @property
    def ahead(self) -> bool:
        """Ours is ahead by more than the interval: the whole interval of the difference is above zero (one
        cluster has no interval)."""
        return self.clusters > 1 and self.difference.low > 0


def paired(name: str, ours: Mapping[str, float], theirs: Mapping[str, float]) -> Paired:
    """Compare two rows' per-cluster scores (cluster id -> score) on the clusters both have."""
    shared = [key for key in ours if key in theirs]
    differences = [ours[key] - theirs[key] for key in shared]
    return Paired(
        name,
        len(shared),
        stat(differences) if shared else Stat(0.0, 0.0, 0.0),
        sum(d > 0 for d in differences),
        sum(d < 0 for d in differences),
    )


@dataclass(frozen=True)
class Row:
    """One method's or system's scores over the clusters it summarised."""

    name: str
    kind: str  # "method" (run here) or "system" (existing summaries)
    clusters: int
    scores: dict[str, Stat]
    seconds: float | None  # mean per cluster; None for existing summaries
    failed: int = 0  # clusters where the method produced nothing (scored as empty)


@dataclass(frozen=True)
class Evaluation:
    dataset: str
    clusters: int
    budget: str
    rows: tuple[Row, ...]
    summaries: tuple[dict[str, Any], ...] = field(repr=False)
    unsupported: tuple[str, ...] = ()  # languages of clusters that the method does not support
    paired: tuple[Paired, ...] = ()  # ours (OURS) against every other row, on PAIRED

    def row(self, name: str) -> Row:
        return next(r for r in self.rows if r.name == name)


def _options(cluster: Cluster, method: str, words: int | None, sentences: int | None) -> Options:
    if sentences is not None:
        return Options(sentences=sentences, language=cluster.language, method=method, unique=1)
    return Options(words=words, fill=True, language=cluster.language, method=method, unique=1)


def reference_words(cluster: Cluster) -> int:
    """Default budget: the mean length of the cluster's references, in words."""
    return round(sum(len(r.split()) for r in cluster.references) / len(cluster.references))


def evaluate(
    name: str,
    clusters: Sequence[Cluster],
    methods: Sequence[str],
    *,
    words: int | None = None,
    sentences: int | None = None,
    systems: Mapping[str, Mapping[str, str]] | None = None,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] = lambda items, total: items,
) -> Evaluation:
    """Score every method on every cluster, and every system's existing summaries, the same way."""
    per_row: dict[str, list[dict[str, float]]] = {m: [] for m in methods}
    by_cluster: dict[str, dict[str, float]] = {}  # row -> cluster id -> PAIRED score
    seconds: dict[str, float] = dict.fromkeys(methods, 0.0)
    failed: dict[str, int] = dict.fromkeys(methods, 0)
    summaries: list[dict[str, Any]] = []
    scorers: dict[str, Any] = {}
    languages = {cluster.id: scoring_language(cluster) for cluster in clusters}

    def score(cluster: Cluster, name: str, text: str, budget: int | None) -> dict[str, float]:
        language = languages[cluster.id]
        scorer = scorers.get(language) or scorers.setdefault(language, scorer_for(language))
        summaries.append({"cluster": cluster.id, "method": name, "summary": cut(text, budget)})
        return rouge(scorer, cluster.references, summaries[-1]["summary"])

    def budget_of(cluster: Cluster) -> int | None:
        return None if sentences is not None else (words or reference_words(cluster))

    jobs = [(cluster, method) for cluster in clusters for method in methods]
    for cluster, method in progress(jobs, len(jobs)):
        started = time.perf_counter()
        try:
            brief = summarize(cluster.documents, _options(cluster, method, budget_of(cluster), sentences))
            text = " ".join(item.text for item in brief.brief)
        except NoTextError:
            text = ""
            failed[method] += 1
        seconds[method] += time.perf_counter() - started
        per_row[method].append(score(cluster, method, text, budget_of(cluster)))
        by_cluster.setdefault(method, {})[cluster.id] = per_row[method][-1][PAIRED]
    rows = [
        Row(m, "method", len(per_row[m]), _stats(per_row[m]), seconds[m] / max(1, len(clusters)), failed[m])
        for m in methods
    ]
    for system, texts in sorted((systems or {}).items(), key=lambda item: _natural(item[0])):
        kept = [c for c in clusters if c.id in texts]
        scored = [score(c, system, texts[c.id], budget_of(c)) for c in kept]
        by_cluster[system] = {c.id: s[PAIRED] for c, s in zip(kept, scored, strict=True)}
        if scored:
            rows.append(Row(system, "system", len(scored), _stats(scored), None))
    unsupported = sorted({code for code in languages.values() if code not in SUPPORTED})
    budget_text = (
        f"{sentences} sentences"
        if sentences is not None
        else (f"{words} words" if words else "the references' length in words")
    )
    comparisons = tuple(
        paired(row.name, by_cluster[OURS], by_cluster[row.name]) for row in rows if OURS in methods and row.name != OURS
    )
    return Evaluation(name, len(clusters), budget_text, tuple(rows), tuple(summaries), tuple(unsupported), comparisons)


def _natural(name: str) -> tuple[Any, ...]:
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name))


def _stats(scores: Sequence[Mapping[str, float]]) -> dict[str, Stat]:
    return {key: stat([s[key] for s in scores]) for key in scores[0]}


COLUMNS = [(f"{m}_{k}", f"R-{m[5:].upper()} {'R' if k == 'recall' else 'F'}") for m in METRICS for k in MEASURES]


def to_markdown(evaluation: Evaluation) -> str:
    """The results table: mean and 95% confidence interval per metric, seconds per cluster."""
    head = ["method", *(title for _, title in COLUMNS), "s/cluster"]
    lines = [
        f"{evaluation.dataset}: {evaluation.clusters} clusters, summaries of {evaluation.budget}; "
        "ROUGE x100, mean (95% bootstrap CI)",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for row in evaluation.rows:
        cells = [row.name + (" (ours)" if row.name == "tfidf" else "") + (" *" if row.kind == "system" else "")]
        for key, _ in COLUMNS:
            s = row.scores[key]
            cells.append(f"{s.mean:.2f} ({s.low:.1f}–{s.high:.1f})")
        cells.append("" if row.seconds is None else f"{row.seconds:.3f}")
        lines.append("| " + " | ".join(cells) + " |")
    if any(r.kind == "system" for r in evaluation.rows):
        lines += ["", "\\* existing summaries (e.g. TAC participants), cut to the same budget and scored the same way"]
    if evaluation.unsupported:
        lines += [
            "",
            f"Clusters in {', '.join(evaluation.unsupported)}: no Snowball stemmer for this language, "
            "so words were compared unstemmed (plain TF-IDF).",
        ]
    if evaluation.paired:
        lines += [
            "",
            f"Ours minus each row, {_title(PAIRED)} on the clusters both scored: mean difference (95% paired "
            "bootstrap CI over clusters); clusters where ours is higher / lower. "
            "A whole interval above 0 (marked +) is ours ahead by more than the interval.",
            "",
            "| row | clusters | difference | higher / lower |",
            "|---|---|---|---|",
        ]
        for p in evaluation.paired:
            d = p.difference
            mark = " +" if p.ahead else ""
            lines.append(
                f"| {p.name} | {p.clusters} | {d.mean:+.2f} ({d.low:+.1f} to {d.high:+.1f}){mark} | "
                f"{p.wins} / {p.losses} |"
            )
    failed = [f"{r.name} ({r.failed})" for r in evaluation.rows if r.failed]
    if failed:
        lines += ["", "No summary (scored as empty) on some clusters: " + ", ".join(failed)]
    return "\n".join(lines) + "\n"


def _title(key: str) -> str:
    return dict(COLUMNS)[key]


def to_json(evaluation: Evaluation) -> str:
    data = asdict(evaluation)
    del data["summaries"]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_outputs(evaluation: Evaluation, directory: Path) -> list[Path]:
    """results.md, results.json and summaries.jsonl (every summary scored) in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / "results.md", directory / "results.json", directory / "summaries.jsonl"]
    paths[0].write_text(to_markdown(evaluation), encoding="utf-8")
    paths[1].write_text(to_json(evaluation), encoding="utf-8")
    with paths[2].open("w", encoding="utf-8") as handle:
        for item in evaluation.summaries:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    return paths


def pyplot() -> Any:
    """matplotlib's pyplot on the file-only Agg backend; checked before a long run that ends in a plot."""
    try:
        import matplotlib
    except ImportError as error:
        raise SummarizerError("--plot needs matplotlib: pip install 'summarizer[eval]'") from error
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot(evaluation: Evaluation, path: Path) -> None:
    """A bar chart of ROUGE-1/2/L recall per method with the confidence intervals, as PNG."""
    plt = pyplot()

    names = [r.name + ("*" if r.kind == "system" else "") for r in evaluation.rows]
    x = np.arange(len(names))
    fig, ax = plt.subplots(figsize=(max(6.0, 0.7 * len(names) + 2), 4.2), layout="constrained")
    for offset, metric in zip((-0.27, 0.0, 0.27), METRICS, strict=True):
        stats = [r.scores[f"{metric}_recall"] for r in evaluation.rows]
        means = np.array([s.mean for s in stats])
        errors = np.array([[s.mean - s.low for s in stats], [s.high - s.mean for s in stats]])
        ax.bar(x + offset, means, 0.27, yerr=errors, capsize=2, label=f"ROUGE-{metric[5:].upper()} recall")
    ax.set_xticks(x, names, rotation=45, ha="right")
    ax.set_ylabel("ROUGE x100")
    ax.set_title(f"{evaluation.dataset} ({evaluation.clusters} clusters, {evaluation.budget})", fontsize=10)
    ax.set_ylim(0, max(r.scores["rouge1_recall"].high for r in evaluation.rows) * 1.25)
    ax.legend(fontsize=8, ncols=3, loc="upper center")
    fig.savefig(path, dpi=120, metadata={"Software": None})
    plt.close(fig)
