"""Reading reports: formats, manifests, and every kind of bad input."""

import codecs
import io
import random

import pytest

from summarizer.errors import InputError, TooLargeError
from summarizer.ingest import MAX_FILE_BYTES, read_reports

BODY = "Presiden Rusia tiba di Pyongyang pada Rabu pagi.\nIa disambut oleh pemimpin Korea Utara di bandara.\n"


def test_directory_in_name_order_with_manifest(tmp_path):
    (tmp_path / "b.txt").write_text(BODY)
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "notes.csv").write_text("ignored")
    (tmp_path / "manifest.toml").write_text('[reports."a.txt"]\noutlet = "Alpha"\npublished = 2024-06-19\n')
    reports = read_reports([str(tmp_path)]).reports
    assert [r.id for r in reports] == ["a", "b"]
    assert (reports[0].outlet, reports[0].published) == ("Alpha", "2024-06-19")
    assert reports[1].outlet is None


def test_json_manifest_and_unknown_field(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "manifest.json").write_text('{"a.txt": {"outlet": "Alpha", "colour": "red"}}')
    with pytest.raises(InputError, match="unknown field 'colour'"):
        read_reports([str(tmp_path)])


def test_html_main_text_and_site_name(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta property='og:site_name' content='Kompas'><title>Putin tiba</title></head><body>"
        "<nav>Beranda Berita Olahraga</nav><article><h1>Putin tiba di Pyongyang</h1>"
        "<p>Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu pagi untuk kunjungan kenegaraan.</p>"
        "<p>Ia disambut langsung oleh pemimpin Korea Utara Kim Jong Un di bandara ibu kota.</p></article>"
        "<footer>Hak cipta dilindungi</footer></body></html>"
    )
    (report,) = read_reports([str(page)]).reports
    assert report.outlet == "Kompas"
    assert "Vladimir Putin tiba di Pyongyang" in report.text
    assert "Beranda" not in report.text and "Hak cipta" not in report.text


def test_markdown_drops_markup_and_link_targets(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("# Judul berita\n\nPresiden **Rusia** tiba di [Pyongyang](https://example.org/p) pada Rabu.\n")
    (report,) = read_reports([str(page)]).reports
    assert report.text == "Judul berita\nPresiden Rusia tiba di Pyongyang pada Rabu."


def test_stdin():
    (report,) = read_reports(["-"], stdin=io.BytesIO(BODY.encode())).reports
    assert report.id == "stdin" and report.text == BODY


def test_latin1_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Café de la Paix dibuka kembali pada hari Senin.".encode("cp1252"))
    ingested = read_reports([str(path)])
    assert ingested.reports[0].text.startswith("Café")
    assert "not valid UTF-8" in ingested.warnings[0]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "no .txt, .md or .html reports"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), "binary"),
        (lambda p: p.write_text("   \n"), "empty"),
    ],
)
def test_bad_paths_give_one_clear_error(tmp_path, setup, message):
    path = tmp_path / "input.txt"
    setup(path)
    with pytest.raises(InputError, match=message):
        read_reports([str(path)])


def test_empty_file_among_others_is_skipped_with_warning(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_text("")
    ingested = read_reports([str(tmp_path)])
    assert [r.id for r in ingested.reports] == ["a"]
    assert any("empty" in w for w in ingested.warnings)


def test_too_large_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(TooLargeError, match="at most"):
        read_reports([str(path)])


def test_input_files_are_never_modified(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(BODY.encode())
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_reports([str(path)])
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_unicode_with_a_byte_order_mark_is_read(tmp_path, encoding):
    text = "Presiden tiba di Pyongyang — “kunjungan pertama” dalam 24 tahun."
    data = text.encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        data = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-be": codecs.BOM_UTF32_BE}[encoding] + data
    (tmp_path / "a.txt").write_bytes(data)
    ingested = read_reports([str(tmp_path / "a.txt")])
    assert ingested.reports[0].text == text and not ingested.warnings


def test_legacy_encoding_warns(tmp_path):
    (tmp_path / "a.txt").write_bytes("Le président a déclaré « non » à l’accord.".encode("cp1252"))
    ingested = read_reports([str(tmp_path / "a.txt")])
    assert "legacy encoding cp1252" in ingested.warnings[0]


def test_binary_without_nul_bytes_is_refused(tmp_path):
    rng = random.Random(1)
    data = bytes(rng.randrange(1, 256) for _ in range(4096))
    assert b"\x00" not in data
    (tmp_path / "a.txt").write_bytes(data)
    with pytest.raises(InputError, match="binary"):
        read_reports([str(tmp_path / "a.txt")])


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_refused_whatever_they_start_with(tmp_path, seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(1, 256) for _ in range(4096))
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF8, b""):
        (tmp_path / "a.txt").write_bytes(bom + data)
        with pytest.raises(InputError, match="binary|not valid UTF"):
            read_reports([str(tmp_path / "a.txt")])


def test_an_html_page_with_no_article_is_skipped_with_a_warning(tmp_path, capsys):
    """Like an empty text file: the other reports are summarised, and trafilatura's own log lines stay out."""
    from summarizer.cli import main

    (tmp_path / "a.txt").write_text("The river flooded the old town on Monday, officials said.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Short.</p>", encoding="utf-8")
    assert main(["brief", str(tmp_path / "a.txt"), str(tmp_path / "b.html")]) == 0
    err = capsys.readouterr().err
    warning = f"summarizer: warning: {tmp_path / 'b.html'}: no article text found in the HTML; skipped"
    assert err.splitlines() == [warning]
    assert main(["brief", str(tmp_path / "b.html")]) == 2
    assert "no report given has any text" in capsys.readouterr().err


def test_a_report_given_twice_is_read_once(seeds_dir):
    ingested = read_reports([str(seeds_dir), str(next(seeds_dir.glob("*.txt")))])
    assert len(ingested.reports) == len(list(seeds_dir.glob("*.txt")))
    assert any("given more than once" in w for w in ingested.warnings)
