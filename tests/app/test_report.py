"""The review site, rendered in a real headless browser (Debian's chromium, installed by .ci/run)."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.api import process
from pipeline.app.report import CSS, _raw_context, edtf_intervals, events_timeline, timeline_svg
from tests.conftest import CORPUS, DOC_IDS, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (.ci/run installs Debian's chromium)")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    result = CliRunner().invoke(app, ["report", str(CORPUS / f"{DOC_IDS['001']}.txt"), str(CORPUS / "nothing.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _browser(tmp: Path, *args: str) -> str:
    profile = tmp / "profile"
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120)
    return done.stdout


def test_site_files_and_index(site: Path) -> None:
    assert sorted(p.name for p in site.iterdir()) == ["001_47aa3352bd7784b9.html", "index.html"]
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "no such file or folder" in index  # the missing input is listed, not lost
    # scored on the one article with gold; the gold's other articles are named, not counted as missed
    assert "\n001_47aa3352bd7784b9     35     35  1.000" in index and "\n000_6bcb866657ab047f " not in index
    assert ("only in the gold, not predicted (not scored): 000_6bcb866657ab047f, 002_03b414d8b1f13807, "
            "003_b5f34cc610d3c4cc</pre>") in index
    page = (site / "001_47aa3352bd7784b9.html").read_text(encoding="utf-8")
    assert "<script src" not in page and "<link" not in page  # self-contained
    assert '<p class="byline">乌克兰危机下日本与北约的战略合作 · 陈静静</p>' in page  # from the front matter


@needs_browser
def test_claims_highlighted_and_note_shown_on_click(site: Path, tmp_path: Path) -> None:
    page = site / "001_47aa3352bd7784b9.html"
    dom = _browser(tmp_path, "--dump-dom", page.as_uri())
    assert dom.count('class="claim') >= 20
    assert 'class="actor GPE"' in dom
    raw = (CORPUS / f"{DOC_IDS['001']}.txt").read_text(encoding="utf-8")
    marker_start = raw.index("^④")  # the first ④ of the body: 林芳正 at the NATO foreign ministers' meeting
    clicked = _browser(tmp_path, "--dump-dom", f"{page.as_uri()}#marker={marker_start}")
    panel = clicked[clicked.index('id="panel"') :]
    assert "林外務大臣のNATO外相会合出席" in panel[:3000]
    # the parsed reference as citations (pipeline/app/citation_style.py), its JSON behind a toggle
    assert ("GB/T 7714: 外務省. 林外務大臣のNATO外相会合出席（結果）[EB/OL]. [2023-03-01]. "
            "https://www.mofa.go.jp/mofaj/erp/ep/page1_001128.html.</div>") in panel
    assert "<details><summary>parsed reference (CSL-JSON)</summary><pre>" in panel


def _png_distinct_bytes(png: bytes) -> int:
    """Distinct byte values in a PNG's decompressed image data: a one-colour image has a handful
    (the colour, zeros of the row filters); a rendered page of text has a broad spread."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        if kind == b"IDAT":
            idat += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return len(set(zlib.decompress(idat)))


@needs_browser
def test_screenshot_is_not_blank(site: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    _browser(tmp_path, f"--screenshot={shot}", "--window-size=1280,900", "--hide-scrollbars", (site / "001_47aa3352bd7784b9.html").as_uri())
    assert _png_distinct_bytes(shot.read_bytes()) > 64


@pytest.mark.parametrize(("value", "bounds"), [
    ("2022", [(2022, 2023)]), ("199X", [(1990, 2000)]), ("20XX", [(2000, 2100)]),
    ("2001/2010", [(2001, 2011)]), ("{1979,1981}", [(1979, 1980), (1981, 1982)]),
    ("2022-11/2022-12", [(2022 + 10 / 12, 2023)]),
])
def test_edtf_intervals(value: str, bounds: list[tuple[float, float]]) -> None:
    assert [(round(i.start, 4), round(i.end, 4)) for i in edtf_intervals(value)] == [(round(a, 4), round(b, 4)) for a, b in bounds]


def test_same_named_articles_get_a_page_each(tmp_path: Path) -> None:
    for folder, short in (("a", "001"), ("b", "002")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.txt").write_text((CORPUS / f"{DOC_IDS[short]}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "site"), "--gold", str(tmp_path / "none")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "site").glob("*.html")) == ["article.html", "article~2.html", "index.html"]


def test_failed_files_are_listed_without_a_link_to_a_page_never_written(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "article.txt").write_text((CORPUS / f"{DOC_IDS['001']}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8 not text")
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(tmp_path / "site"), "--gold", str(tmp_path / "none")])
    assert result.exit_code == 0, result.output
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    pages = {link.split("#")[0] for link in re.findall(r'href="([^"]+)"', index)}  # the timeline links claims too
    assert pages == {"article.html"} and (tmp_path / "site" / "article.html").exists()
    assert "<td>empty</td>" in index and "<td>broken</td>" in index


def test_buttons_in_an_indented_paragraph_are_not_indented() -> None:
    """`all: unset` makes text-indent inherit (it is an inherited property): each inline button of a
    paragraph would start with the paragraph's 2em indent unless its rule sets it back to 0."""
    for rule in re.findall(r"\.(?:claim|marker)\{all:unset;[^}]*\}", CSS):
        assert "text-indent:0" in rule
    assert len(re.findall(r"\.(?:claim|marker)\{all:unset;", CSS)) == 2


def test_actors_are_marked_where_the_record_found_them(tmp_path: Path) -> None:
    """By the actor's raw span: 欧盟委员会 is one mark, not 欧盟 + 委员会, and a name inside 《…》 that
    the record excludes is not marked."""
    article = tmp_path / "a.txt"
    article.write_text("2019年12月，欧盟委员会主席冯德莱恩在《欧盟与日本》一文中提到日本。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(article), "--out", str(tmp_path / "site"), "--gold", str(tmp_path / "none")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "site" / "a.html").read_text(encoding="utf-8")
    marked = re.findall(r'<span class="actor (\w+)" title="([^"]+)">([^<]+)<', page)
    assert marked == [("ORG", "欧盟委员会", "欧盟委员会"), ("PER", "冯德莱恩", "冯德莱恩"), ("GPE", "日本", "日本")]


def test_timeline_rows_are_canonical_names_and_the_colours_are_explained() -> None:
    def claim(n: int, value: str, text: str, canonical: str) -> dict:
        return {"claim_id": f"d#{n}", "doc_id": "d", "date": {"value": value}, "sentence": "…",
                "actors": [{"text": text, "type": "PER", "canonical": canonical}]}

    svg = timeline_svg([claim(1, "2013", "安倍晋三", "安倍晋三"), claim(2, "2014", "安倍", "安倍晋三"),
                        claim(3, "2021", "岸田", "岸田文雄")])
    assert re.findall(r'<text x="4" y="\d+">([^<]+)</text>', svg) == ["安倍晋三", "岸田文雄"]
    assert "an optional claim" in svg and "open-ended" in svg


def test_with_events_the_timeline_colours_bars_by_class_and_filters_by_type() -> None:
    def claim(n: int, value: str, kind: str, code: str) -> dict:
        return {"claim_id": f"d#{n}", "doc_id": "d", "date": {"value": value}, "sentence": "…",
                "actors": [{"text": "日本", "type": "GPE"}], "event": {"type": kind, "code": code}}

    svg = timeline_svg([claim(1, "2013", "visit", "042"), claim(2, "2014", "fight", "19"),
                        claim(3, "2015", "state", "X00")])
    assert re.findall(r'data-event="([^"]+)"><rect[^>]+fill="([^"]+)"', svg) == [
        ("visit", "#1a7f37"), ("fight", "#cf222e"), ("state", "#6e7781")]
    assert re.findall(r'<option value="([^"]*)">', svg) == ["", "fight", "state", "visit"]
    assert "verbal cooperation" in svg and "material conflict" in svg
    assert "<select" not in timeline_svg([{**claim(1, "2013", "visit", "042"), "event": None}])


def test_the_events_timeline_has_a_row_per_canonical_actor_and_links_every_claim() -> None:
    """The stored corpus run: events two articles report, each bar pointing at its table row,
    whose cells link to each claim's place in its article's page."""
    records = [json.loads(line) for line in (ROOT / "tests" / "data" / "stored_run" / "corpus.jsonl").open(encoding="utf-8")]
    page = events_timeline([r for r in records if "date" in r])
    rows = re.findall(r'<text x="4" y="\d+">([^<]+)</text>', page)
    assert rows == sorted(set(rows)) and "北约" in rows and "安倍" not in rows  # 安倍 falls under 安倍晋三
    visit = re.search(r'<tr id="([^"]+)"><td>2013-04</td>(.*?)</tr>', page)
    assert visit and re.findall(r'href="([^"#]+)#claim=([^"]+)"', visit.group(2)) == [
        ("000_6bcb866657ab047f.html", "000_6bcb866657ab047f#0051"), ("001_47aa3352bd7784b9.html", "001_47aa3352bd7784b9#0002"),
        ("002_03b414d8b1f13807.html", "002_03b414d8b1f13807#0007")]
    assert f'href="#{visit.group(1)}"' in page
    assert events_timeline(records[:3]) == "<p class=muted>No event is reported by two articles.</p>"


def test_the_raw_view_shows_the_whole_wrapped_sentence_and_its_marker_across_a_page_break() -> None:
    """002 is wrapped at 34 characters: a claim's raw view is its sentence's lines, and where the
    walk finds the marker on the next page, every line up to it: the page's notes, header and folio."""
    doc = process(CORPUS / f"{DOC_IDS['002']}.txt")
    claim = next(c for c in doc.claims if c["claim_id"].endswith("#0014"))  # 2022年4月，德国总理舒尔茨访问日本。
    line_starts = [ln.start for ln in doc.lines]
    raw = _raw_context(doc, line_starts, claim)
    assert (raw["first_line"], raw["last_line"]) == (205, 225)
    assert raw["before"] == "" and raw["span"] == "2022年4月"
    lines = raw["after"].split("\n")
    assert lines[0].startswith("，德国总理舒尔茨访问日本。") and "东北亚学刊 2023年第4期" in lines and "56" in lines
    assert lines[-1].startswith("“2+2”会晤。① ")
    first = doc.claims[0]  # a sentence that starts mid-line and runs over two lines
    raw = _raw_context(doc, line_starts, first)
    assert (raw["first_line"], raw["last_line"]) == (20, 22) and raw["after"].endswith("就其政策源")
