"""Journal web pages as real sites print them (tools/factory/data/web_pages.jsonl.gz, written blind
from factory sources: a CMS page pasted from Word, a WeChat article, journal platforms' full text,
aisixiang, cssn.cn, thepaper.cn, CNKI's reader), read by the HTML reader and the layout: their
claims and note pairing against the source's clean web copy hold the floors of
annotations/factory/web_pages.json; and the page structures that broke the reader read right."""

from __future__ import annotations

import gzip
import re
import json
from functools import cache
from pathlib import Path

import pytest

from pipeline.stages.ingest import InputError
from pipeline.stages.ingest.html import read_html
from pipeline.stages.layout.model import load
from pipeline.stages.layout.train import DEFAULT_DATA, FACTORY_DATA
from tests.conftest import ROOT
from tools.factory.measure import claim_notes, compare, read

FLOORS = {k: v for k, v in json.loads((ROOT / "annotations" / "factory" / "web_pages.json").read_text()).items()
          if not k.startswith("_")}


@cache
def _pages() -> dict[str, dict]:
    return {p["page"]: p for p in map(json.loads, gzip.open(FACTORY_DATA / "web_pages.jsonl.gz", "rt", encoding="utf-8"))}


@cache
def _clean(source: str) -> str:
    for path in (DEFAULT_DATA, FACTORY_DATA / "pending.jsonl.gz"):
        for item in map(json.loads, gzip.open(path, "rt", encoding="utf-8")):
            if item["source"] == source and item["extractor"] == "web":
                return item["text"]
    raise KeyError(source)


def _text(name: str, tmp_path: Path) -> str:
    path = tmp_path / f"{name}.html"
    path.write_text(_pages()[name]["html"], encoding="utf-8")
    return read_html(path)


def test_every_page_has_floors() -> None:
    assert sorted(FLOORS) == sorted(_pages())


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_page_holds_its_floors(name: str, tmp_path: Path) -> None:
    clean = claim_notes(_clean(_pages()[name]["source"]), None)
    n, got, same, noted, paired = compare(clean, read(_text(name, tmp_path), load())[1])
    scores = {"claims_f1": 2 * same / (n + got), "note_pairing": paired / noted}
    assert all(scores[m] >= floor for m, floor in FLOORS[name].items()), scores


@pytest.mark.parametrize(("name", "line"), [
    # the article inside the CMS's <form name="_newscontent_fromname">
    ("word_f13", "关于日本东南亚外交的演变，学界已有相当积累。"),
    # <body class="… comment_feature …">: a container of the article, not furniture
    ("wechat_f10", "1977年11月19日晚，埃及总统穆罕默德·安瓦尔·萨达特"),
    # <li id="fn6"><p>…</p></li>: the item's number on its text's line
    ("journal_f13", "6. 阶段划分以标志性政策文件为界"),
    # <sup><a href="#fn1">1</a></sup>: a superscript marker
    ("journal_f13", "落到实处。¹五十年前"),
])
def test_the_structures_that_broke_the_reader(name: str, line: str, tmp_path: Path) -> None:
    assert any(line in ln for ln in _text(name, tmp_path).splitlines())


def test_a_references_citation_buttons_are_no_text(tmp_path: Path) -> None:
    """A platform prints `Google Scholar` after each reference (a javascript: link)."""
    entries = [ln for ln in _text("journal_f12", tmp_path).splitlines() if ln.startswith("[2] ")]
    assert entries == ["[2] 刘金质. 冷战史[M]. 北京: 世界知识出版社, 2003: 1201-1236."]


@pytest.mark.parametrize(("encoding", "declared"), [
    ("utf-8", '<meta charset="utf-8">'),
    ("utf-8", ""),  # saved without its charset (the server sent it in a header)
    ("gb18030", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),  # GBK characters too
    ("gb18030", ""),
    ("gb18030", '<?xml version="1.0" encoding="gbk"?>'),
    # a title before the charset: libxml2 settled on Latin-1 at its first byte past ASCII
    ("utf-8", '<title>朝鲜停战谈判</title><meta charset="utf-8">'),
    ("gb18030", '<title>朝鲜停战谈判</title><meta http-equiv="Content-Type" content="text/html; charset=gbk">'),
])
def test_a_page_reads_the_same_in_any_encoding_a_site_serves(encoding: str, declared: str, tmp_path: Path) -> None:
    original = _text("people_f02", tmp_path)
    html = re.sub(r"<meta[^>]*charset[^>]*>", "", _pages()["people_f02"]["html"])
    page = tmp_path / "saved.html"
    page.write_bytes(((declared + "\n") if declared.startswith("<?xml") else "").encode(encoding)
                     + html.replace("<head>", "<head>" + ("" if declared.startswith("<?xml") else declared), 1).encode(encoding))
    assert read_html(page) == original


@pytest.mark.parametrize("charset", ["utf-8", "gb2312"])
def test_a_web_archive_reads_as_its_page(charset: str, tmp_path: Path) -> None:
    """A browser's single-file save (MHTML): the page in a quoted-printable text/html part, its
    charset in the MIME header only, an image beside it."""
    from email.charset import QP, Charset
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    html = re.sub(r"<meta[^>]*charset[^>]*>", "", _pages()["wechat_f13"]["html"])
    archive = MIMEMultipart("related", type="text/html")
    encoding = Charset("gb18030" if charset == "gb2312" else charset)
    encoding.body_encoding = QP
    page = MIMEText(html, "html", encoding)
    if charset == "gb2312":
        page.set_param("charset", "gb2312")  # as sites label GBK text
    page["Content-Location"] = "https://mp.weixin.qq.com/s/abc"
    archive.attach(page)
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png"))
    saved = tmp_path / "saved.mhtml"
    saved.write_bytes(archive.as_bytes())
    assert read_html(saved) == _text("wechat_f13", tmp_path)


def test_a_web_archive_without_a_page_is_an_error(tmp_path: Path) -> None:
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart

    archive = MIMEMultipart("related")
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png"))
    saved = tmp_path / "images.mht"
    saved.write_bytes(archive.as_bytes())
    with pytest.raises(InputError, match="MHTML"):
        read_html(saved)
