"""Recall on injected disagreements and false alarms on unchanged clusters (README, "Disagreements").

Injection: in a real cluster, find a number or date that two reports state alike (the same digits next to
the same word, the alignment saying one report comes close to stating the other's claim that holds it),
change it in one report's copy and run the whole pipeline again: the injection is found when a conflict
lists the changed value. Every such value is injected, each change a run of its own: a count's leading
digit; a date's day by 3, by 1 and by 2, its month by one, its year by one (recall is reported per change
too). False alarms: conflicts on the unchanged clusters, printed with --show so they can be read.

Clusters: TAC 2011 (10 reports per topic; English, and with --tac its French, Czech and Greek translations
of the same topics), split by topic: even index tuned on, odd held out; the bundled Indonesian seeds (5
reports); IndoSum dev, which holds single articles: 9 consecutive articles of one category plus a second
outlet's copy of the first article's lead (its first paragraphs), the injection going into that copy.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from summarizer.align import Claim
from summarizer.conflicts import find_conflicts
from summarizer.datasets import read_clusters
from summarizer.ingest import read_reports
from summarizer.language import analyzer_for
from summarizer.models import Conflict, Corpus, Fact, Report
from summarizer.normalize import month_numbers
from summarizer.options import Options
from summarizer.pipeline import analyse
from summarizer.slot_value import is_year
from summarizer.slots import NAMES, is_label, name_marks, same_name, values, word_marks

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
NUMBER_RE = re.compile(r"(?<![\w.,/])\d+(?:[.,]\d+)*(?![\w/]|[.,]\d)")


def run(reports: Sequence[Report], language: str) -> tuple[tuple[Conflict, ...], object]:
    analysis = analyse(reports, Options(language=language))
    data = analysis.data
    analyzer = analyzer_for(data.corpus.language)
    return find_conflicts(data.corpus, data.facts, analysis.alignment, analyzer), data.corpus


DATE_CHANGES = ("day+3", "day+1", "day+2", "month+1", "year+1")  # each a run of its own, reported apart


def changes(text: str, m: re.Match[str], months: dict[str, str]) -> list[tuple[int, str, str, str, str]]:
    """(offset, old, new, kind, change) of every injection made at the number `m` of `text`.

    A year moves by one. A day of a month (next to a month's name, or the first part of "19/6/2024") moves by
    three, by one and by two, and its month (the name, or the second part) moves by one: each a separate run.
    A count changes its leading digit by three (a number that changed by a little could be a rounding).
    """
    token = m.group()
    return [(at, was, _in_script(token, new), kind, change) for at, was, new, kind, change in _changes(text, m, months)]


def _in_script(token: str, new: str) -> str:
    """`new` written in the digits of `token` ("१५" -> "४५", not "4५")."""
    zero = next((ord(c) - int(c) for c in token if c.isdigit()), ord("0"))
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in new)


def _changes(text: str, m: re.Match[str], months: dict[str, str]) -> list[tuple[int, str, str, str, str]]:
    token, start = m.group(), m.start()
    before, after = text[max(0, start - 20) : start], text[m.end() : m.end() + 20]
    if is_year(token):
        out = [(start, token, str(int(token) + 1), "date", "year+1")]
        month = _month_before(text, start, months)  # "in November 2003": the month too
        if month and not re.search(r"\d\W{0,3}$", text[:start]):
            out.append((*month, "date", "month+1"))
        return out
    numeric_date = bool(re.match(r"\s?/\s?\d", after) or re.search(r"\d\s?/\s?$", before))
    month = _month_after(text, m.end(), months) or _month_before(text, start, months)
    if token.isdigit() and 1 <= int(token) <= 31 and (month or numeric_date):
        if numeric_date and re.search(r"\d\s?/\s?$", before):  # the month of "19/6/2024": another month
            return [(start, token, str(int(token) % 12 + 1), "date", "month+1")]
        day = int(token)
        out = [
            (start, token, str(day + step if day + step <= 28 else day - step), "date", f"day+{step}")
            for step in (3, 1, 2)
        ]
        if month:
            out.append((*month, "date", "month+1"))
        elif numeric_date:  # "19/6/2024": the part after the day
            second = re.match(r"\s?/\s?(\d{1,2})", after)
            if second and 1 <= int(second.group(1)) <= 12:
                at = m.end() + second.start(1)
                out.append((at, second.group(1), str(int(second.group(1)) % 12 + 1), "date", "month+1"))
        return out
    plain = token.replace(",", "").replace(".", "")
    lead = int(plain[0]) if plain else 0
    new = lead + 3 if lead <= 6 else lead - 3
    return [(start, token, (str(new) if new else "1") + token[1:], "number", "lead digit")]


def _month_after(text: str, end: int, months: dict[str, str]) -> tuple[int, str, str] | None:
    """(offset, name, next month's name) of a month's name right after a day ("7 July", "7. července")."""
    m = re.match(r"\.?\s{1,2}([^\W\d_]+)", text[end:])
    return _next_month(end + m.start(1), m.group(1), months) if m else None


def _month_before(text: str, start: int, months: dict[str, str]) -> tuple[int, str, str] | None:
    """... or right before it ("July 7", "November 2003")."""
    m = re.search(r"([^\W\d_]+)\.?\s{1,2}$", text[:start])
    return _next_month(m.start(1), m.group(1), months) if m else None


def _next_month(at: int, word: str, months: dict[str, str]) -> tuple[int, str, str] | None:
    number = months.get(word.lower().rstrip("."))
    if number is None:
        return None
    wanted = str(int(number) % 12 + 1)
    # the next month's name of the same width (the longest name of that number no longer than it was), in the same case
    names = sorted((n for n, k in months.items() if k == wanted), key=len, reverse=True)
    full = len(word) > 3
    name = names[0] if full or len(names) == 1 else names[-1]
    return at, word, name[:1].upper() + name[1:] if word[:1].isupper() else name


def _identifier(text: str, m: re.Match[str], months: dict[str, str], language: str) -> bool:
    """Part of a name or a code ("Flight 447", "A330-200", a telephone number, an abbreviation point) or a label
    ("stage 13", "pekan ke - 10": slots.is_label), not a count or a date."""
    year = is_year(m.group())  # "musim 2016": a date
    if not year and is_label(re.findall(r"\w+", text[: m.start()])[-2:], language):
        return True
    before = re.findall(r"\S+", text[: m.start()])
    attached = text[m.start() - 1 : m.start()] in "-#" and m.start() > 0 or text[m.end() : m.end() + 1] == "-"
    named = bool(before) and before[-1][:1].isupper() and before[-1].lower().strip(",.") not in months
    clock = text[m.end() : m.end() + 1] == ":" or text[m.start() - 1 : m.start()] == ":"
    group = "Group of" in text[: m.start()][-9:]
    coded = re.fullmatch(r"0\d+", m.group()) is not None  # "agen rahasia 007": a leading zero writes a code
    # "कि०मी०" (km): a digit right after a vowel sign or another mark is Devanagari's abbreviation point, no number
    marked = m.start() > 0 and unicodedata.category(text[m.start() - 1]).startswith("M")
    digits_around = bool(re.match(r"\s\d", text[m.end() :]) or re.search(r"\d\s$", text[: m.start()]))  # "0800 789321"
    return attached or named or digits_around or clock or group or coded or marked


Injection = tuple[int, str, int, str, str, str, str]  # report, sentence, offset in it, old, new, kind, change


def injections(reports: Sequence[Report], language: str, target: int | None = None) -> list[Injection]:
    """(report, sentence, offset in it, old, new, kind, change) for every number and date two reports share,
    every change of it (see changes) a run of its own; then the places and persons (name_injections).

    Shared: the same value after or before the same word in sentences of two reports anywhere in the cluster,
    the second report's claim that holds it coming close to one of the first report (align.py: the first is in
    its `near`). Not only within one of the pipeline's facts: that would test the pairings on the very facts
    the pipeline groups. Codes, names with numbers and clock times are left out.
    """
    analysis = analyse(reports, Options(language=language))
    corpus, facts = analysis.data.corpus, analysis.data.facts
    claims = analysis.alignment.claims
    months = month_numbers(language)
    out: list[Injection] = []
    seen: dict[tuple[str, str], set[int]] = {}
    done: set[tuple[int, str, str]] = set()
    for i, text in enumerate(corpus.texts):
        d = corpus.refs[i].document
        for m in NUMBER_RE.finditer(text):
            value = m.group()
            if _identifier(text, m, months, language):
                continue
            # the same value with the same next (or previous) word: the two reports state one value of one thing
            following = " ".join(re.findall(r"\w+", text[m.end() :])[:1]).lower()
            preceding = " ".join(re.findall(r"\w+", text[: m.start()])[-1:]).lower()
            keys = [(value, "+" + following), (value, "-" + preceding)]
            others = {e for k in keys for e in seen.get(k, ()) if e != d}
            # ... and the alignment says one of those reports comes close to stating the claim that holds it
            stated = any(c.start <= m.start() < c.end and others & set(c.near) for c in claims[i])
            wanted = (target is None or d == target) and (d, text, value) not in done
            if stated and value != "1" and wanted:
                done.add((d, text, value))  # one injection per value of a sentence
                out.extend((d, text, *change) for change in changes(text, m, months))
            for k in keys:
                seen.setdefault(k, set()).add(d)
    return out + name_injections(corpus, facts, claims, language, target)


def name_injections(
    corpus: Corpus, facts: Sequence[Fact], claims: Sequence[Sequence[Claim]], language: str, target: int | None
) -> list[Injection]:
    """(report, sentence, offset, old, new, kind, "swap") for every place or person that two reports of one fact give in
    the same form, the claim holding it in the second stated by the first; `new` is another name of that kind
    in the cluster (the most frequent one that is no form of the old one and that neither report names).
    The change is made everywhere in the second report (an outlet that names another place names it throughout).
    """
    analyzer = analyzer_for(language)
    read = [[v for v in values(text, analyzer) if v.kind in NAMES] for text in corpus.texts]
    pool: dict[str, Counter[str]] = {kind: Counter() for kind in NAMES}
    marks: dict[int, set[tuple[str, str]]] = {}
    for i, found in enumerate(read):
        for v in found:
            pool[v.kind][v.surface] += 1
        marks.setdefault(corpus.refs[i].document, set()).update(name_marks(corpus.texts[i]))
    out: list[Injection] = []
    for fact in facts:
        seen: dict[tuple[str, Any], int] = {}
        for i in fact.members:
            d = corpus.refs[i].document
            for v in read[i]:
                first = seen.setdefault((v.kind, v.value), d)
                if first == d or target is not None and d != target:
                    continue
                if not any(c.start <= v.start < c.end and first in c.near for c in claims[i]):
                    continue
                for name, _ in sorted(pool[v.kind].items(), key=lambda kv: (-kv[1], kv[0])):
                    other = replace(v, value=tuple(name.lower().split()), surface=name)
                    if not same_name(v, other) and not word_marks(name.split()) & (marks[first] | marks[d]):
                        out.append((d, corpus.texts[i], v.start, v.surface, name, v.kind, "swap"))
                        break
    return out


def measure(
    name: str,
    clusters: Sequence[tuple[str, list[Report], str, int | None]],
    show: bool,
    throughout: bool = False,
    log: list[dict[str, Any]] | None = None,
) -> dict[str, float]:
    """clusters: (id, reports, language, the report injections go into or None for any). Each injection's
    outcome is appended to `log` when one is given."""
    found: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    alarms = reports_total = 0
    for cid, reports, language, target in clusters:
        conflicts, corpus = run(reports, language)
        alarms += len(conflicts)
        reports_total += len(reports)
        if show:
            for c in conflicts:
                values = " | ".join(f"{corpus.documents[v.document].id}: {v.text}" for v in c.values)
                print(f"  false alarm? {cid} {c.kind}: {values}", file=sys.stderr)
                for v in c.values:
                    print(f"      {corpus.texts[v.sentence]}", file=sys.stderr)
        for doc, sentence, offset, old, new, kind, change in injections(reports, language, target):
            report = reports[doc]
            at = report.text.find(sentence)
            if at < 0:
                continue
            if kind in NAMES:  # the name changes throughout the report
                whole = re.compile(rf"(?<!\w){re.escape(old)}(?!\w)")
                offset += (len(new) - len(old)) * len(whole.findall(sentence[:offset]))
                new_sentence, text = whole.sub(new, sentence), whole.sub(new, report.text)
            else:
                new_sentence = sentence[:offset] + new + sentence[offset + len(old) :]
                before, after = report.text[:at], report.text[at + len(sentence) :]
                if throughout:  # the report's other mentions of the value with the same word next to it too
                    same = _mentions(sentence, offset, old, kind)
                    before, after = same.sub(new, before), same.sub(new, after)
                text = before + new_sentence + after
            changed_reports = list(reports)
            changed_reports[doc] = replace(report, text=text)
            after, corpus2 = run(changed_reports, language)
            hit = any(
                v.document == doc and corpus2.texts[v.sentence] == new_sentence and v.start <= offset < v.end
                for c in after
                for v in c.values
            )
            for key in (kind, f"{kind} {change}"):
                tried[key] += 1
                found[key] += hit
            if log is not None:
                log.append({"set": name, "cluster": cid, "kind": kind, "change": change, "old": old, "new": new,
                            "sentence": new_sentence, "found": hit})  # fmt: skip
            if show and not hit:
                print(f"  missed {cid} {kind} ({change}): {old} -> {new} in {new_sentence}", file=sys.stderr)
    result: dict[str, float] = {"clusters": len(clusters), "reports": reports_total}
    for kind in ("number", "date", "place", "person"):
        result[f"injected {kind}"] = tried[kind]
        result[f"recall {kind}"] = found[kind] / max(1, tried[kind])
    result["recall number+date"] = (found["number"] + found["date"]) / max(1, tried["number"] + tried["date"])
    for change in DATE_CHANGES:
        key = f"date {change}"
        result[f"recall {key} ({tried[key]})"] = found[key] / max(1, tried[key])
    result["false alarms"] = alarms
    result["false alarms per 10 reports"] = 10 * alarms / max(1, reports_total)
    print(f"{name}: " + ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items()))
    return result


def _mentions(sentence: str, offset: int, old: str, kind: str) -> re.Pattern[str]:
    """Other mentions of the value at `offset`: the same digits with the same word after them ("228 people"),
    or for a date, or when a number or nothing follows, before them ("July 7")."""
    following = re.match(r"\W{0,2}([^\W\d]+)", sentence[offset + len(old) :])
    value = rf"(?<![\w.,]){re.escape(old)}(?![\w]|[.,]\d)"
    if following and not (kind == "date" and re.search(r"[^\W\d]+\W{1,2}$", sentence[:offset])):
        return re.compile(value + rf"(?=\W{{0,2}}{re.escape(following.group(1))}\b)")
    preceding = re.search(r"([^\W\d]+)\W{1,2}$", sentence[:offset])
    return re.compile(rf"(?<=\b{re.escape(preceding.group(1))} )" + value) if preceding else re.compile(r"(?!x)x")


def indosum_clusters(path: Path, count: int) -> list[tuple[str, list[Report], str, int | None]]:
    """Nine consecutive articles of one category and a second outlet's copy of the first one's lead."""
    articles = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    reports = {c.id: c.documents[0] for c in read_clusters(path)}
    by_category: dict[str, list[str]] = {}
    for a in articles:
        by_category.setdefault(a["category"], []).append(str(a["id"]))
    out = []
    for category in sorted(by_category):
        ids = by_category[category]
        for start in range(0, len(ids) - 8, 9):
            group = [reports[i] for i in ids[start : start + 9]]
            first = group[0]
            lead = "\n".join(first.text.split("\n")[:3])
            copy = Report(id=f"{first.id}-copy", text=lead, outlet="second outlet")
            out.append((f"{category}-{start}", [*group, copy], "id", 9))
            if len(out) >= count:
                return out
    return out


TAC_LANGUAGES = {
    "english": "en",
    "french": "fr",
    "czech": "cs",
    "greek": "el",
    "arabic": "ar",
    "hebrew": "he",
    "hindi": "hi",
}


def main(argv: Sequence[str] | None = None, *, only: str | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indosum", type=int, default=30, help="IndoSum clusters to build (default 30)")
    parser.add_argument(
        "--tac",
        default="english",
        help="TAC 2011 languages, comma-separated, of " + ", ".join(TAC_LANGUAGES) + " (default english; the "
        "others are translations of the same clusters)",
    )
    parser.add_argument("--show", action="store_true", help="print every alarm and every miss")
    parser.add_argument("--save", type=Path, help="write every injection and whether it was found (JSON lines)")
    parser.add_argument(
        "--throughout",
        action="store_true",
        help="change a number or date in every mention of it in the report (same word next to it), not only one",
    )
    parser.add_argument(
        "--halves",
        default="tuned,held",
        help="TAC halves to measure, comma-separated, of tuned (even topics) and held (odd topics); default both",
    )
    args = parser.parse_args(argv)
    halves = set(args.halves.split(","))
    if not halves <= {"tuned", "held"}:
        parser.error(f"unknown half in {args.halves!r}")
    log: list[dict[str, Any]] = []
    for language in args.tac.split(","):
        if language not in TAC_LANGUAGES:
            parser.error(f"unknown TAC language {language!r}")
        path = EVAL / "tac2011" / f"{language}.jsonl"
        tac = [(c.id, list(c.documents), TAC_LANGUAGES[language], None) for c in read_clusters(path)]
        # tuned on the topics of even index; those of odd index are read only for the figures
        name = f"TAC 2011 {language.capitalize()}"
        if "tuned" in halves:
            measure(f"{name}, tuned on (even topics)", tac[0::2], args.show, args.throughout, log)
        if "held" in halves:
            measure(f"{name}, held out (odd topics)", tac[1::2], args.show, args.throughout, log)
    if args.indosum:
        seeds = read_reports([str(Path(__file__).resolve().parent.parent / "seeds")]).reports
        measure("Indonesian seeds", [("seeds", list(seeds), "id", None)], args.show, args.throughout, log)
        clusters = indosum_clusters(EVAL / "indosum" / "dev.01.jsonl", args.indosum)
        measure("IndoSum dev", clusters, args.show, args.throughout, log)
    if args.save:
        with args.save.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(entry, ensure_ascii=False) + "\n" for entry in log)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
