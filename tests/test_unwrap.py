import textwrap
from pathlib import Path

import pytest

from summarizer.clean import clean
from summarizer.models import Report
from summarizer.pipeline import summarize
from summarizer.segment import segment
from summarizer.unwrap import unwrap, wrap_width

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
STORY = (
    "Talks to form a government collapsed on Friday after the two largest parties failed to agree on who "
    "should lead the coalition, leaving the country without a cabinet for a fourth month.\n"
    "The president said he would meet both leaders again next week, and called on them to put the national "
    "interest ahead of party quarrels in deadlocked negotiations to form a government.\n"
    "Markets fell sharply on the news, with the main index losing more than two percent by the close of "
    "trading, its largest one-day drop since the election in March."
)


def wrapped(text, width=70, separator="\n\n"):
    return separator.join(textwrap.fill(paragraph, width) for paragraph in text.split("\n"))


def test_one_line_paragraphs_are_not_wrapped_text():
    assert wrap_width(STORY) is None
    assert unwrap(STORY) == STORY


def test_hard_wrapped_lines_join_into_paragraphs():
    assert wrap_width(wrapped(STORY)) == 70
    assert [p for p in unwrap(wrapped(STORY)).split("\n") if p] == STORY.split("\n")


def test_paragraphs_without_blank_lines_still_split_where_a_line_ends_early():
    text = wrapped(STORY, separator="\n")
    assert clean(text).paragraphs == clean(STORY).paragraphs


def test_headings_list_items_and_indents_stay_apart():
    body = wrapped(STORY, separator="\n")
    indented = textwrap.fill(STORY.split("\n")[2], 70, initial_indent="    ")
    text = f"Coalition talks collapse\n{body}\n- first item of a list\n- second item of a list\n{indented}"
    lines = unwrap(text).split("\n")
    assert lines[0] == "Coalition talks collapse"
    assert lines[1:4] == STORY.split("\n")
    assert lines[4:6] == ["- first item of a list", "- second item of a list"]
    assert lines[6].strip() == STORY.split("\n")[2] and len(lines) == 7


def test_hyphenated_words_broken_by_the_wrapper_are_rejoined():
    text = "Kim Jong-un " * 30 + "met the president."
    assert unwrap(textwrap.fill(text, 60)) == " ".join(text.split())


@pytest.mark.parametrize("width", [60, 72, 80])
def test_same_story_wrapped_or_not_gives_the_same_brief(width):
    raws = [path.read_text(encoding="utf-8") for path in SEEDS]
    plain = summarize([Report(id=str(n), text=raw) for n, raw in enumerate(raws)])
    hard = summarize([Report(id=str(n), text=wrapped(raw, width)) for n, raw in enumerate(raws)])
    assert [item.text for item in hard.brief] == [item.text for item in plain.brief]
    assert [d.published for d in hard.corpus.documents] == [d.published for d in plain.corpus.documents]


def test_wrapped_english_story_gives_whole_sentences():
    sentences = segment(clean(wrapped(STORY, 66, "\n")).paragraphs, "en")
    assert len(sentences) == 3 and all(s.endswith(".") for s in sentences)


def test_a_number_or_dash_wrapped_to_the_start_of_a_line_is_not_a_list_item():
    text = (
        "The council approved the donation during a Jan. 10 meeting by 3 votes to 2. However, the mayor was in "
        "hospital. He urged the two largest carbon-emitting countries - the United States and China - to act."
    )
    for width in (64, 72):  # a line starts with "- the United" at 64 columns and with "2. However" at 72
        filled = "\n".join([textwrap.fill(text, width)] * 3)
        assert any(line[:2] in ("- ", "2.") for line in filled.split("\n"))
        assert wrap_width(filled) is not None
        assert all(line.split() == text.split() for line in unwrap(filled).split("\n"))
