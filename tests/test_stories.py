"""Stories: grouping a feed into events, the feed reader, the `stories` command, and Dask against one process."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Sequence

import pytest

from summarizer import stories
from summarizer.cli import main
from summarizer.errors import InputError
from summarizer.feed import read_feed
from summarizer.language import analyzer_for
from summarizer.models import Report
from summarizer.options import Options
from summarizer.stories import StoryOptions, batches, build_stories, dask_map, group_stories
from summarizer.stories_read import Read, dask_reader, languages, lead_reader, read_articles, read_leads

PUTIN = [
    "Putin arrived in Pyongyang on Wednesday for a two-day state visit. Kim Jong Un met him at the airport.",
    "Russian President Vladimir Putin landed in Pyongyang on Wednesday; Kim Jong Un greeted him at the airport.",
    "Kim Jong Un welcomed Putin at Pyongyang airport on Wednesday at the start of a state visit.",
]
FLOOD = [
    "Floods in Porto Alegre forced 80,000 residents from their homes after the Guaiba river burst its banks.",
    "The Guaiba river flooded Porto Alegre, and rescuers evacuated 80,000 residents by boat on Monday.",
    "Rescuers in Porto Alegre used boats to reach residents stranded by the Guaiba river floods.",
]
MATCH = [
    "Persib Bandung drew 0-0 with Barito Putera at the Gelora Bandung Lautan Api stadium on Saturday.",
    "Barito Putera held Persib Bandung to a goalless draw at Gelora Bandung Lautan Api on Saturday evening.",
]

NEW_WORDS = [
    "Qorvath miners in Velmund struck the Drabbenfort smelter on Tuesday, halting Qorvath ore shipments.",
    "The Drabbenfort smelter strike by Qorvath miners in Velmund stopped ore shipments on Tuesday.",
    "Zelquist orchestra toured Branholm, playing the Ostervane symphony to full Branholm halls.",
    "In Branholm, the Zelquist orchestra played the Ostervane symphony to packed halls on its tour.",
]
# words no other test reads, so that the Dask test can tell words read on its workers (tests share one process)
DASK_WORDS = [
    "Xandrell miners in Pemvoort struck the Quillmarsh smelter on Tuesday, halting Xandrell ore shipments.",
    "The Quillmarsh smelter strike by Xandrell miners in Pemvoort stopped ore shipments on Tuesday.",
    "Yorrick orchestra toured Fenwaldt, playing the Lumbrecht symphony to full Fenwaldt halls.",
    "In Fenwaldt, the Yorrick orchestra played the Lumbrecht symphony to packed halls on its tour.",
]


def _feed(dated: bool = True) -> list[Report]:
    reports = []
    for name, texts, day in (("putin", PUTIN, "2024-06-19"), ("flood", FLOOD, "2024-05-06"), ("match", MATCH, None)):
        for n, text in enumerate(texts):
            reports.append(Report(id=f"{name}{n}", text=text, published=day if dated else None))
    order = [0, 3, 6, 1, 4, 7, 2, 5]  # interleaved: the input order must not decide the stories
    return [reports[i] for i in order]


def _ids(reports: list[Report], stories: tuple[tuple[int, ...], ...]) -> list[set[str]]:
    return [{reports[i].id for i in story} for story in stories]


def test_articles_of_different_events_never_share_a_story():
    reports = _feed()
    grouping = group_stories(reports)
    found = _ids(reports, grouping.stories)
    assert {"putin0", "putin1", "putin2"} in found
    assert {"flood0", "flood1", "flood2"} in found
    assert {"match0", "match1"} in found
    assert len(found) == 3 and not grouping.unassigned


def test_the_time_window_keeps_events_apart():
    far = [Report(id=f"p{n}", text=t, published=f"2024-06-{10 + 9 * n:02d}") for n, t in enumerate(PUTIN)]
    assert len(group_stories(far, StoryOptions(window_days=3)).stories) == 3
    assert len(group_stories(far, StoryOptions(window_days=30)).stories) == 1


def test_every_article_is_in_one_story_or_unassigned_with_a_reason():
    reports = [*_feed(), Report(id="blank", text="   "), Report(id="menu", text="Home | About | Contact")]
    result = build_stories(reports)
    placed = [d for story in result["stories"] for d in story["documents"]]
    left = [u["id"] for u in result["unassigned"]]
    assert sorted(placed + left) == sorted(r.id for r in reports)
    assert len(placed) == len(set(placed))
    assert {u["id"]: u["reason"] for u in result["unassigned"]}["blank"] == "empty text"
    assert all(u["reason"] for u in result["unassigned"])


def test_each_story_has_its_brief_and_dates():
    result = build_stories(_feed())
    putin = next(s for s in result["stories"] if "putin0" in s["documents"])
    assert putin["published"] == ["2024-06-19"]
    assert {d["id"] for d in putin["brief"]["documents"]} == {"putin0", "putin1", "putin2"}
    assert putin["brief"]["brief"] and putin["title"]
    assert [s["id"] for s in result["stories"]] == [f"story-{n:04d}" for n in range(1, len(result["stories"]) + 1)]


def test_the_seeds_are_one_event_and_one_earlier_report(seeds_reports):
    stories = group_stories(seeds_reports).stories
    assert sorted(len(s) for s in stories) == [1, 4]
    alone = next(s for s in stories if len(s) == 1)
    assert seeds_reports[alone[0]].published.startswith("2024-01")  # the January invitation, not the June visit


def test_deterministic(seeds_reports):
    assert build_stories(seeds_reports) == build_stories(seeds_reports)


def test_duplicate_ids_are_refused():
    with pytest.raises(InputError, match="unique"):
        build_stories([Report(id="a", text=PUTIN[0]), Report(id="a", text=PUTIN[1])])


def test_feed_reads_jsonl_files_and_stdin(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [{"id": r.id, "text": r.text, "published": r.published} for r in _feed() if r.published]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    articles, _ = read_feed([str(path)])
    assert [a.id for a in articles] == [line["id"] for line in lines]
    from_stdin, _ = read_feed(["-"], stdin=io.BytesIO(path.read_bytes()))
    assert from_stdin == articles


@pytest.mark.parametrize(
    "line, message",
    [
        ("not json", "feed.jsonl:1: not valid JSON"),
        ('{"id": "a"}', "'text' must be a string"),
        ('{"text": "x"}', "'id' must be a non-empty string"),
        ('{"id": "a", "text": "x", "body": "y"}', "unknown field 'body'"),
        ("[1, 2]", "must be a JSON object"),
        ('{"id": "a", "text": "x", "outlet": "A\\ud800B"}', "feed.jsonl:1: 'outlet' has a lone surrogate"),
        ('{"id": "a\\udfff", "text": "x"}', "'id' has a lone surrogate"),
        # A bad date names its own line, rather than sending its whole story to "unassigned".
        ('{"id": "a", "text": "x", "published": "March 4th"}', "feed.jsonl:1: published must be an ISO 8601"),
    ],
)
def test_a_bad_feed_line_is_a_one_line_error(tmp_path, capsys, line, message):
    path = tmp_path / "feed.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    assert main(["stories", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_stories_command_json_table_and_out(tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({"id": r.id, "text": r.text}) for r in _feed()) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["stories", str(path), "--format", "json", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert len(data["stories"]) == 3 and data["unassigned"] == []
    assert "3 stories, 8 articles; 0 unassigned" in captured.err
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in index["stories"]] == [s["id"] for s in data["stories"]]
    assert len(list(out.glob("story-*.json"))) == 3


def test_stories_command_text_and_bad_options(seeds_dir, capsys):
    assert main(["stories", str(seeds_dir), "-q"]) == 0
    text = capsys.readouterr().out
    assert text.count("=== story-") == 2
    assert main(["stories", str(seeds_dir), "--similarity", "0"]) == 2
    assert "--similarity" in capsys.readouterr().err


def test_unreachable_scheduler_is_a_one_line_error(seeds_dir, capsys):
    assert main(["stories", str(seeds_dir), "--scheduler", "tcp://127.0.0.1:9", "-q"]) == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err


def test_batches_keep_story_order_and_split_by_text():
    lengths = [900, 100, 100, 100, 100]
    items = [((Report(id=f"r{n}", text="x" * length),), "en") for n, length in enumerate(lengths)]
    runs = batches(items, 3)
    assert [item for run in runs for item in run] == items
    assert [len(run) for run in runs] == [1, 4]  # the long story alone; the short ones together up to a share
    assert batches(items, 100) == [[item] for item in items] and batches([], 4) == []


def test_dask_local_cluster_gives_the_single_process_result(seeds_reports, monkeypatch):
    distributed = pytest.importorskip("distributed")
    reports = [*seeds_reports, *_feed()]
    alone = build_stories(reports)
    monkeypatch.setattr(stories, "TASKS_PER_WORKER", 1)  # runs of several stories, one per worker
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as client,
    ):
        client.wait_for_workers(2, timeout=120)  # on a loaded machine the second worker may still be starting
        assert len(client.scheduler_info()["workers"]) == 2
        sent: list[object] = []
        mapped = client.map

        def map_seen(task, runs, *args, **kwargs):  # type: ignore[no-untyped-def]
            sent.extend(runs)
            return mapped(task, runs, *args, **kwargs)

        monkeypatch.setattr(client, "map", map_seen)
        spread = build_stories(reports, mapper=dask_map(client))
        # grouping's new words read on the workers: words this process has never read ("Qorvath", "Velmund")
        fresh = [Report(id=f"n{n}", text=text) for n, text in enumerate(DASK_WORDS)]
        english = analyzer_for("en")
        assert "Xandrell" not in english.read_words()  # words this process has never read
        reads: list[Read] = []
        there = dask_reader(client)

        def reader(articles: Sequence[Report], forced: str) -> list[Read]:
            reads.extend(there(articles, forced))
            return reads[-len(articles) :]

        read_there = build_stories(fresh, mapper=dask_map(client), reader=reader)
        learned = english.read_words()
        # the articles go to the workers as scattered data, for the briefs and for grouping's reading, not inside
        # the task graph (a 100,000-article feed's texts made a graph of 57 MiB, and Dask printed a warning)
        assert len(sent) > 2 and all(isinstance(run, distributed.Future) for run in sent)
    assert spread == alone
    assert len(reads) == len(fresh) and all(read.names is not None for read in reads)  # names read there too
    assert learned["Xandrell"] == tuple(analyzer_for.__wrapped__("en").word_terms("Xandrell"))  # the workers' words,
    # learned here, as a fresh analyzer of this process reads them
    assert read_there == build_stories(fresh) and len(read_there["stories"]) == 2


def test_grouping_reads_the_same_here_and_in_runs_with_names():
    reports = [
        *_feed(),
        Report(id="blank", text="  \n "),
        *[Report(id=f"n{n}", text=t) for n, t in enumerate(NEW_WORDS)],
    ]
    here = read_articles(reports, "auto")
    found = languages(reports, "auto")
    runs = [*read_leads(reports[:4], found[:4], with_names=True), *read_leads(reports[4:], found[4:], with_names=True)]
    assert [(r.grouped, r.briefed, r.terms) for r in here] == [(r.grouped, r.briefed, r.terms) for r in runs]
    assert here[8] == Read("", "auto") and all(r.names is None for r in here)
    # names: capitalised words that open no sentence ("Qorvath" does once, later it does not), days aside
    english = lead_reader("en")
    assert runs[9].names == frozenset(t for w in ("Qorvath", "Velmund", "Drabbenfort") for t in english.word_terms(w))


def test_learned_words_serve_their_lower_case_form_too():
    analyzer = analyzer_for("id")
    analyzer.learn_words({"Qorvathkanlah": ("learned",)})  # a made-up reading: lookups must return it
    assert analyzer.word_terms("qorvathkanlah") == ["learned"]  # claims look words up in lower case


def test_api_stories_conforms_to_the_openapi_document(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    from web import create_app

    client = create_app({"TESTING": True}).test_client()
    spec = client.get("/api/openapi.json").get_json()
    articles = [{"id": r.id, "text": r.text, **({"published": r.published} if r.published else {})} for r in _feed()]
    response = client.post("/api/stories", json={"articles": articles, "options": {"sentences": 2}})
    assert response.status_code == 200
    schema = spec["paths"]["/api/stories"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    jsonschema.Draft202012Validator({**schema, "components": spec["components"]}).validate(response.get_json())
    body = response.get_json()
    assert len(body["stories"]) == 3 and all(len(s["brief"]["brief"]) <= 2 for s in body["stories"])
    bad = client.post("/api/stories", json={"articles": [{"id": "a"}]})
    assert bad.status_code == 400 and "'text' must be a string" in bad.get_json()["error"]["message"]
    assert client.post("/api/stories", data="x").status_code == 415
    for field in ("id", "outlet", "title", "url"):
        article = {"id": "a", "text": "The river flooded the town on Monday.", field: "x-ud800"}
        raw = json.dumps({"articles": [article]}).replace("x-ud800", "x\\ud800")  # as JSON escapes it
        lone = client.post("/api/stories", data=raw, content_type="application/json")
        assert lone.status_code == 400 and "lone surrogate" in lone.get_json()["error"]["message"]


def test_stories_markdown_nests_each_brief_under_its_story(seeds_dir, capsys):
    assert main(["stories", str(seeds_dir), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    headings = [line for line in out.splitlines() if line.startswith("#")]
    stories = [h for h in headings if h.startswith("# ")]
    assert stories and all(h.startswith("# story-") for h in stories)
    # Every brief's own headings sit below its story: "## Brief", "### Only in ...", never a second top level.
    assert all(h.startswith("## Brief") or h.startswith("### ") for h in headings if not h.startswith("# "))
    assert any(h.startswith("### Only in") for h in headings) and "(1 articles)" not in out


def _stories_of(texts: dict[str, str]) -> list[list[str]]:
    """The stories of one day's articles, as sorted lists of their ids."""
    reports = [Report(id=k, text=v, published="2025-05-05") for k, v in texts.items()]
    return sorted(sorted(reports[i].id for i in story) for story in group_stories(reports).stories)


def test_two_events_told_in_the_same_words_with_different_names_are_two_stories():
    """A user's trial: two fires of one day, one template, different towns, were one story."""
    texts = {
        "f1a": "A fire destroyed a warehouse in the port of Dunmore on Monday night, firefighters said. No one was "
        "injured. The blaze started in a storage unit holding paint.",
        "f1b": "Firefighters in Dunmore battled a warehouse fire in the port on Monday night. The blaze began in a "
        "unit where paint was stored, and nobody was hurt.",
        "f2a": "A fire destroyed a school gymnasium in the town of Harlow on Monday, firefighters said. No one was "
        "injured. The blaze started in the boiler room.",
        "f2b": "Firefighters in Harlow fought a fire at a school gymnasium on Monday. The blaze began in the boiler "
        "room, and nobody was hurt.",
    }
    assert _stories_of(texts) == [["f1a", "f1b"], ["f2a", "f2b"]]


def test_words_common_in_the_language_and_weekdays_link_no_two_events():
    """Two events of one city and day share only everyday words ("polisi", "warga", "rumah", "Senin"); in a small
    feed those are rare, so they alone once made one story of a burglary and a school-building plan."""
    texts = {
        "theft": "Polisi menangkap dua pencuri di sebuah rumah warga di Jakarta pada hari Senin malam. Menurut polisi, "
        "kedua pencuri masuk lewat jendela rumah dan mengambil uang serta perhiasan milik warga.",
        "schools": "Pemerintah kota Jakarta akan membangun tiga gedung sekolah baru tahun ini, kata pejabat pada hari "
        "Senin. Menurut pemerintah, gedung sekolah itu untuk anak-anak warga yang rumah mereka jauh dari sekolah.",
        "theft2": "Dua pencuri ditangkap polisi setelah mengambil perhiasan dan uang dari rumah warga di Jakarta, "
        "Senin malam. Mereka masuk lewat jendela.",
    }
    assert _stories_of(texts) == [["schools"], ["theft", "theft2"]]


def test_a_shared_dateline_does_not_link_two_events():
    """Two events of one outlet, undated: the dateline names the outlet and its city, not the event."""
    a = Report(
        id="a",
        text="Jakarta, CNN Indonesia - - Gempa bermagnitudo 5,1 mengguncang Kabupaten Pidie Jaya, Aceh, "
        "dan merusak puluhan rumah warga di Kecamatan Meureudu.",
    )
    b = Report(
        id="b",
        text="Jakarta, CNN Indonesia - - Timnas futsal Malaysia menang 8-1 atas Indonesia di Kuala Lumpur "
        "dalam laga persahabatan yang digelar pada malam hari.",
    )
    grouping = group_stories([a, b], StoryOptions())
    assert sorted(map(sorted, grouping.stories)) == [[0], [1]]


def test_each_story_is_briefed_in_the_language_grouping_found():
    """The brief takes the story's language from grouping; a language without a stemmer is left to the brief."""
    hebrew = Report(
        id="he",
        text="הלפיד האולימפי כבה שלוש פעמים בפריז ביום שני. גורמים רשמיים אמרו כי המירוץ יימשך כמתוכנן מחר בבוקר.",
    )
    reports = [*_feed(), hebrew]
    grouping = group_stories(reports)
    language = dict(zip((reports[s[0]].id for s in grouping.stories), grouping.languages, strict=True))
    # py3langid reads match0's lead as Javanese (no stemmer here): grouped with English ones, detected by the brief
    assert language == {"putin0": "en", "flood0": "en", "match0": "auto", "he": "auto"}
    briefs = {s["documents"][0]: s["brief"]["language"] for s in build_stories(reports)["stories"]}
    assert briefs["he"] == "he" and set(briefs.values()) == {"en", "he"}
    assert build_stories(reports, StoryOptions(brief=Options(language="id")))["stories"][0]["brief"]["language"] == "id"


def _stream_levels() -> list[int]:
    """The levels of the stream handlers of a process's `distributed` logger (what it prints to stderr)."""
    handlers = logging.getLogger("distributed").handlers
    return sorted({h.level for h in handlers if isinstance(h, logging.StreamHandler)})


def test_local_cluster_workers_log_nothing_below_critical():
    # a worker's heartbeat that finds the scheduler gone as the cluster closes logs a traceback at ERROR: under
    # `stories --dask` it printed below the summary table (review 10). The CLI and the bench both use this cluster.
    distributed = pytest.importorskip("distributed")
    with stories.local_cluster(1) as cluster, distributed.Client(cluster) as client:
        client.wait_for_workers(1, timeout=120)
        levels = client.run(_stream_levels)
    assert levels and all(found == [logging.CRITICAL] for found in levels.values()), levels
