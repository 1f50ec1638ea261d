"""Title, authors, journal, issue and DOI read from the front matter and running headers
(`layout.front`), for the documents table: every article of the project, print and web copies; and
front-matter notes that wrap kept out of the body."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from pipeline.api import process
from pipeline.document import Document
from pipeline.engine import Config
from pipeline.stages.layout import analyze
from pipeline.stages.layout.front import article_metadata
from pipeline.stages.layout.train import DEFAULT_DATA
from tests.conftest import ROOT

ARTICLES = [
    ("corpus/000_6bcb866657ab047f.txt", {"title": "日本和北约战略协作的历史发展与轨迹演变"}),
    ("corpus/001_47aa3352bd7784b9.txt", {"title": "乌克兰危机下日本与北约的战略合作", "authors": ["陈静静"],
                                         "doi": "10.19498/j.cnki.dbyxk.2023.06.004"}),
    ("corpus/002_03b414d8b1f13807.txt", {"title": "岸田内阁的日本与北约军事安全合作评析", "authors": ["吴怀中", "从伊宁"],
                                         "journal": "东北亚学刊", "issue": "2023年第4期"}),
    # names spaced out by the typesetter (周　明1，2　陈思远1, 刘　洋　孙　立), journal in a running header
    ("tests/data/constructed/c02_a4436086.txt", {"title": "德国对华政策的演变：从“以贸促变”到“去风险”",
                                                 "authors": ["周明", "陈思远"], "journal": "国际问题研究",
                                                 "issue": "2024年第5期", "doi": "10.3969/j.issn.0452-8832.2024.05.006"}),
    ("tests/data/constructed/c03_9bf77893.txt", {"title": "印俄防务合作的历史演进、现实动因与发展限度", "authors": ["刘洋", "孙立"],
                                                 "journal": "南亚研究季刊", "issue": "2024年第4期"}),
    ("tests/data/constructed/batch2/c04_ca8a53a4.txt", {"title": "冷战时期中苏关系中的越南问题（1950—1979）",
                                                        "authors": ["周立衡"], "journal": "史学集刊", "issue": "2021年第6期"}),
    # a web copy: the menu, breadcrumb and publishing line are no title; 作者： labels the names
    ("tests/data/heldout/h03/h03_e56336b0.txt", {"title": "从日内瓦到河内：朝鲜半岛核问题的外交进程与大国博弈（1994—2019）",
                                                 "authors": ["郑宇航", "孙晓岚"]}),
]


@pytest.mark.parametrize(("path", "expected"), ARTICLES, ids=[p.rsplit("/", 1)[-1][:3] for p, _ in ARTICLES])
def test_article_metadata(path: str, expected: dict) -> None:
    doc = process(ROOT / path, Config.load(overrides=["stages=layout"]))
    assert article_metadata(doc) == expected


def test_the_document_record_carries_them() -> None:
    doc = process(ROOT / "corpus/002_03b414d8b1f13807.txt")
    record = next(r for r in doc.records() if r.get("kind") == "document")
    assert (record["title"], record["authors"], record["journal"]) == ("岸田内阁的日本与北约军事安全合作评析", ["吴怀中", "从伊宁"], "东北亚学刊")


def test_a_funding_note_that_wraps_keeps_its_end_out_of_the_body() -> None:
    """f02 as pdftotext reads it: 【基金项目】…研究（1949 / —1991）”（项目编号：19YJA770021）。 — the
    narrower line that ends the note is front matter, not the body's first line (its date no
    claim); the first body line after it stays body."""
    item = next(i for i in map(json.loads, gzip.open(DEFAULT_DATA, "rt", encoding="utf-8"))
                if i["source"] == "f02" and i["extractor"] == "pdftotext")
    doc = Document(doc_id="f02", path=Path("f02.txt"), raw=item["text"])
    analyze(doc)
    def kind(start: str) -> str:
        return next(ln.kind for ln in doc.lines if ln.stripped.startswith(start))

    assert (kind("—1991）”（项目编号"), kind("系研究。"), kind("中印边界全长约2000公里")) == ("author_note", "author_note", "body")
    assert "项目编号" not in doc.body.text and doc.body.text.lstrip().startswith("中印边界全长约2000公里")
