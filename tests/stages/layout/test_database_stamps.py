"""The line a full-text database prints on every page of the PDFs it serves (CNKI's copyright
line, VIP's 维普资讯 with its URL, Wanfang's 万方数据) is page furniture: put at each page break
of a corpus article, it changes no claim, no citation and no note."""

from __future__ import annotations

import pytest

from pipeline.api import process_text
from tests.conftest import CORPUS

STAMPS = [
    "(C)1994-2023 China Academic Journal Electronic Publishing House. All rights reserved. http://www.cnki.net",
    "© 1994-2021 China Academic Journal Electronic Publishing House. All rights reserved.    http://www.cnki.net",
    "维普资讯 http://www.cqvip.com",
    "万方数据",
]


def _read(text: str) -> list[tuple]:
    doc = process_text(text, doc_id="002")
    claims = [(c["date"]["text"], c["date"]["value"], c["citation"] and c["citation"]["note"]) for c in doc.claims]
    return [claims, [note.text.text for note in doc.notes]]


@pytest.mark.parametrize("stamp", STAMPS, ids=["cnki", "cnki-spaced", "vip", "wanfang"])
def test_a_database_stamp_at_each_page_break_changes_nothing(stamp: str) -> None:
    source = (CORPUS / "002_03b414d8b1f13807.txt").read_text(encoding="utf-8")
    base = process_text(source, doc_id="002")
    breaks = {ln.no for ln in base.lines if ln.kind in ("header", "page_number")}
    stamped = "".join((stamp + "\n" if ln.no in breaks else "") + ln.text + "\n" for ln in base.lines)
    assert len(breaks) == 2
    assert _read(stamped) == _read(source)
