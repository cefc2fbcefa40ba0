"""The position prior is measured on the input: it holds when the reports' first sentences say what the others say."""

from __future__ import annotations

import numpy as np

from summarizer import score
from summarizer.models import Report
from summarizer.options import Options
from summarizer.pipeline import analyse

SHARED = (
    "Floods on the Severn river forced 500 people from their homes in the town of Alton on Monday.",
    "The Severn river burst its banks at Alton on Monday and 500 people had to leave their homes.",
    "About 500 people left their homes in Alton on Monday after the Severn river flooded the town.",
    "On Monday the flooded Severn river drove some 500 residents of Alton from their homes.",
)
OWN = (
    ("The mayor praised the volunteers who filled sandbags through the night near the old mill.",
     "A local bakery handed out free bread to the firefighters at the station on Elm Street."),
    ("Farmers upstream fear their wheat harvest will be lost if the fields stay wet for weeks.",
     "Insurance brokers expect claims for damaged cars to reach several million pounds this year."),
    ("Schools in the county will stay closed until Thursday, the education office said in a letter.",
     "A rare orchid in the botanical garden survived because gardeners moved it to a greenhouse."),
    ("Train services between the coast and the capital were cancelled because of a landslide.",
     "The football club postponed its Saturday match and offered refunds to ticket holders online."),
)  # fmt: skip


def _analysis(shared_first: bool):
    reports = []
    for n, (shared, own) in enumerate(zip(SHARED, OWN, strict=True)):
        sentences = (shared, *own) if shared_first else (*own, shared)
        reports.append(Report(id=f"r{n}", text=" ".join(sentences), outlet=f"outlet{n}"))
    return analyse(reports, Options(language="en")).data


def test_leads_that_say_what_the_others_say_keep_the_full_prior(monkeypatch):
    monkeypatch.setattr(score, "MEASURED_PRIOR", True)
    data = _analysis(shared_first=True)
    assert score.lead_gain(data.corpus, data.vectors.matrix) >= score.LEAD_GAIN_FULL
    assert score.position_weight(data.corpus, data.vectors.matrix) == score.POSITION_WEIGHT


def test_leads_that_say_nothing_shared_drop_the_prior_and_the_shared_fact_wins(monkeypatch):
    data = _analysis(shared_first=False)
    monkeypatch.setattr(score, "MEASURED_PRIOR", False)  # the fixed prior, as before
    assert score.position_weight(data.corpus, data.vectors.matrix) == score.POSITION_WEIGHT
    monkeypatch.setattr(score, "MEASURED_PRIOR", True)
    assert score.lead_gain(data.corpus, data.vectors.matrix) <= score.LEAD_GAIN_NONE
    assert score.position_weight(data.corpus, data.vectors.matrix) == 0.0
    best = data.corpus.texts[int(np.argmax(score.score_tfidf(data)))]
    assert best in SHARED  # the fact every report states, though it comes last in each


def test_one_report_keeps_the_full_prior(monkeypatch):
    monkeypatch.setattr(score, "MEASURED_PRIOR", True)
    report = Report(id="one", text=" ".join((SHARED[0], *OWN[0])), outlet="outlet")
    data = analyse([report], Options(language="en")).data
    assert score.position_weight(data.corpus, data.vectors.matrix) == score.POSITION_WEIGHT


def test_copies_of_one_report_are_one_report_and_keep_the_full_prior():
    """A review: three copies of one report measured a lead gain of 0.17 and switched the prior off, so one copy
    and three copies gave different briefs. Copies count once; a set with nothing shared keeps the prior too."""
    report = Report(id="one", text=" ".join((SHARED[0], *OWN[0])), outlet="outlet")
    copies = [Report(id=f"c{n}", text=report.text, outlet=f"o{n}") for n in range(3)]
    data = analyse(copies, Options(language="en")).data
    assert score.lead_gain(data.corpus, data.vectors.matrix) is None
    assert score.position_weight(data.corpus, data.vectors.matrix) == score.POSITION_WEIGHT
    unrelated = Report(id="x", text="Zebras graze quietly. Penguins dive deep.", outlet="x")
    data = analyse([report, unrelated], Options(language="en")).data
    assert score.position_weight(data.corpus, data.vectors.matrix) == score.POSITION_WEIGHT
