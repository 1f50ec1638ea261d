"""Web page input: a saved journal page (tests/data/html/, made for this test) with site
furniture, `<sup>` note markers and an endnote list; every claim and every note as read by
hand against the contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import process
from pipeline.stages.ingest import InputError, read_source
from tests.conftest import ROOT

PAGE = ROOT / "tests" / "data" / "html" / "asean_web_page.html"
NOTES = [
    "钱其琛：《外交十记》，世界知识出版社2003年版，第258页。",
    "ASEAN Secretariat, “ASEAN-China Dialogue Relations,” https://asean.org/asean-china-dialogue-relations/ [2023-05-10].",
    "外交部：《中国—东盟关系（2002年）》，http://www.mfa.gov.cn/web/gjhdq/dqzzhzz/dmldrhy/，2022年3月1日访问。",
    "商务部：《中国—东盟自贸区全面建成》，《国际商报》2010年1月4日。",
    "《中国—东盟建立对话关系30周年纪念峰会联合声明》，《人民日报》2021年11月23日。",
]
CLAIMS = [  # date as written, EDTF, the marker its citation walk reaches, that note's number
    ("1991年7月", "1991-07", "¹", 1),
    ("1996年7月", "1996-07", "²", 2),
    ("2002年11月4日", "2002-11-04", "³", 3),
    ("2010年1月1日", "2010-01-01", "⁴", 4),
    ("同年", "2010", None, None),  # no marker in its sentence nor after it in the paragraph
    ("2021年11月22日", "2021-11-22", "⁵", 5),
]


@pytest.fixture(scope="module")
def page():
    return process(PAGE)


def test_every_claim_and_note_as_read_by_hand(page) -> None:
    got = [(c["date"]["text"], c["date"]["value"], c["citation"] and c["citation"]["marker"],
            c["citation"] and c["citation"]["note"]) for c in page.claims]
    assert got == [(text, value, marker, NOTES[n - 1] if n else None) for text, value, marker, n in CLAIMS]
    assert [c["citation"]["note_id"] for c in page.claims if c["citation"]] == [f"asean_web_page:refs:{n}" for n in range(1, 6)]
    assert [e.text.text for e in page.reference_list] == NOTES


def test_site_furniture_stays_out_of_the_body(page) -> None:
    for furniture in ("首页", "发布时间", "分享到", "相关文章", "上一篇", "版权所有", "gtag"):
        assert furniture not in page.body.text
    assert "发布时间" in page.raw and "分享到" not in page.raw  # a line of its own, or dropped with its block
    assert page.records()[-1]["source"] == "html"


def test_offsets_point_into_the_text_read(page) -> None:
    for claim in page.claims:
        s, e = claim["date"]["source_span"]
        assert page.raw[s:e] == claim["date"]["text"]
        if claim["citation"]:
            s, e = claim["citation"]["source_span"]
            assert page.raw[s:e] == claim["citation"]["marker"]


def test_a_page_without_an_article_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav>首页</nav><p>Login</p></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="HTML page without Chinese text"):
        read_source(path)
