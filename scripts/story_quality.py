"""Story grouping quality (adjusted Rand index, purity) on mixes whose events are known.

- TAC 2011 English: the 10 topics' 100 documents, shuffled together; each topic is one event.
- IndoSum dev (Indonesian): 13 articles of 6 events labelled by hand (below), mixed with 60 other articles drawn
  with a fixed seed, each taken as its own event (IndoSum is a broad crawl; the drawn slugs were read to check
  that none of them reports the same event as another). Publication dates are read from the article ids,
  which start with a Unix time.

- With --held-out, the same for the six other TAC 2011 languages (translations of the English topics, in their
  own scripts and words): nothing was chosen on them, so they are the held-out figures.

Usage: python scripts/story_quality.py [--similarity X ...] [--held-out] (needs ../shared/eval)
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

from summarizer.datasets import read_clusters
from summarizer.models import Report
from summarizer.stories import LINK_SIMILARITY, StoryOptions, group_stories

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
INDONESIAN_EVENTS = {  # id prefix (Unix time) -> event, read and labelled by hand
    "1501801889": "neymar-to-psg",
    "1501964400": "neymar-to-psg",
    "1484347317": "fpi-burns-gmbi-office-bogor",
    "1484364601": "fpi-burns-gmbi-office-bogor",
    "1489894224": "lorenzo-ducati-debut-2017",
    "1490233532": "lorenzo-ducati-debut-2017",
    "1490642131": "lorenzo-ducati-debut-2017",
    "1495423800": "motogp-france-2017",
    "1495514700": "motogp-france-2017",
    "1500439500": "persib-persija-july-2017",
    "1501006500": "persib-persija-july-2017",
    "1492630242": "jakarta-election-second-round",
    "1492710355": "jakarta-election-second-round",
}
HELD_OUT_LANGUAGES = ("arabic", "czech", "french", "greek", "hebrew", "hindi")
OTHERS = 60
SEED = 13


def purity(predicted: list[int], gold: list[str]) -> float:
    """Share of articles in the majority event of their story."""
    total = 0
    for story in set(predicted):
        total += Counter(g for p, g in zip(predicted, gold, strict=True) if p == story).most_common(1)[0][1]
    return total / len(gold)


def tac_mix(language: str = "english") -> tuple[list[Report], list[str]]:
    reports, gold = [], []
    for cluster in read_clusters(EVAL / "tac2011" / f"{language}.jsonl"):
        reports += cluster.documents
        gold += [cluster.id] * len(cluster.documents)
    order = list(range(len(reports)))
    random.Random(SEED).shuffle(order)
    return [reports[i] for i in order], [gold[i] for i in order]


def indonesian_mix() -> tuple[list[Report], list[str]]:
    clusters = read_clusters(EVAL / "indosum" / "dev.01.jsonl")
    labelled = [c for c in clusters if c.id.split("-")[0] in INDONESIAN_EVENTS]
    others = random.Random(SEED).sample([c for c in clusters if c not in labelled], OTHERS)
    reports, gold = [], []
    for cluster in sorted(labelled + others, key=lambda c: c.id):
        stamp = int(cluster.id.split("-")[0])
        published = datetime.fromtimestamp(stamp, UTC).date().isoformat()
        reports.append(Report(id=cluster.id, text=cluster.documents[0].text, published=published))
        gold.append(INDONESIAN_EVENTS.get(cluster.id.split("-")[0], cluster.id))
    return reports, gold


def score(reports: list[Report], gold: list[str], similarity: float) -> str:
    grouping = group_stories(reports, StoryOptions(similarity=similarity))
    predicted = [-1] * len(reports)
    for number, story in enumerate(grouping.stories):
        for i in story:
            predicted[i] = number
    for i, _reason in grouping.unassigned:
        predicted[i] = -2 - i
    return (
        f"ARI {adjusted_rand_score(gold, predicted):.3f}  purity {purity(predicted, gold):.3f}  "
        f"stories {len(grouping.stories)} (events {len(set(gold))})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--similarity", type=float, nargs="+", default=[LINK_SIMILARITY])
    parser.add_argument("--held-out", action="store_true", help="also the other TAC languages' mixes")
    parser.add_argument("--show", action="store_true", help="print the Indonesian mix's slugs")
    args = parser.parse_args()
    mixes = {"TAC 2011 English (100 docs, 10 events)": tac_mix(), "IndoSum mix (73 docs, 66 events)": indonesian_mix()}
    if args.show:
        print("\n".join(r.id for r in mixes["IndoSum mix (73 docs, 66 events)"][0]))
    for similarity in args.similarity:
        for name, (reports, gold) in mixes.items():
            print(f"similarity {similarity:.2f}  {name}: {score(reports, gold, similarity)}")
        stripped = [Report(id=r.id, text=r.text) for r in mixes["IndoSum mix (73 docs, 66 events)"][0]]
        gold = mixes["IndoSum mix (73 docs, 66 events)"][1]
        print(f"similarity {similarity:.2f}  IndoSum mix without dates: {score(stripped, gold, similarity)}")
        if args.held_out:  # translations of the English topics; no threshold or rule was chosen on them
            for language in HELD_OUT_LANGUAGES:
                reports, gold = tac_mix(language)
                print(
                    f"similarity {similarity:.2f}  TAC 2011 {language} (held out): {score(reports, gold, similarity)}"
                )


if __name__ == "__main__":
    main()
