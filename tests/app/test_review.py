"""`claims review`: corrections made in a real headless browser (Debian's chromium, driven by
Playwright) saved as gold with exact raw offsets; the server's refusals; the gold store's checks."""

from __future__ import annotations

import http.client
import json
import shutil
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.api import process
from pipeline.app.cli import app
from pipeline.app.review import GoldStore, ReviewedDocument, ReviewError, ReviewSite, make_server, valid_edtf
from pipeline.document import Document
from tests.conftest import CORPUS, DOC_IDS

DOC = DOC_IDS["001"]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
NOON = datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc)
# selects the n-th occurrence of a text inside an element, as a reader's mouse would
SELECT = """([selector, text, n]) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = []; let node, all = '';
  while ((node = walker.nextNode())) { if (node.parentElement.closest('.tag')) continue; nodes.push([node, all.length]); all += node.data; }
  let at = -1; for (let i = 0; i <= n; i++) at = all.indexOf(text, at + 1);
  const point = offset => { for (const [nd, start] of nodes) if (offset <= start + nd.data.length) return [nd, offset - start]; };
  const range = document.createRange(); range.setStart(...point(at)); range.setEnd(...point(at + text.length));
  getSelection().removeAllRanges(); getSelection().addRange(range);
}"""


@pytest.fixture(scope="module")
def doc() -> Document:
    return process(CORPUS / f"{DOC}.txt")


@pytest.fixture
def served(doc: Document, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The review server for one article with no gold yet, on a free port; the gold folder."""
    store = GoldStore(tmp_path / "gold", clock=lambda: NOON)
    server = make_server(ReviewSite([ReviewedDocument(doc, doc.claims)], store, []), port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}", tmp_path / "gold"
    server.shutdown()
    server.server_close()


def _as_gold(record: dict[str, Any], claim_id: str) -> dict[str, Any]:
    """A prediction as the review saves it untouched: the contract's fields, not yet reviewed."""
    citation = record["citation"] and {k: record["citation"].get(k) for k in ("marker", "source_span", "note_id", "note", "note_span")}
    date = {k: record["date"][k] for k in ("text", "value", "mod", "anchor", "source_span")}  # the contract's fields
    return {"doc_id": record["doc_id"], "claim_id": claim_id, "date": date, "optional": bool(record.get("optional")),
            "sentence": record["sentence"], "actors": record["actors"], "citation": citation,
            "reviewed_by": None, "reviewed_at": None}


def _in_body(doc: Document, raw_start: int, text: str) -> list[Any]:
    """SELECT's arguments for the body text at a raw offset: its paragraph, and which occurrence."""
    clean = doc.body.clean_span(raw_start, raw_start + 1)[0]
    index = next(i for i, p in enumerate(doc.paragraphs) if p.start <= clean < p.end)
    before = doc.body.text[doc.paragraphs[index].start : clean]
    return [f"#p{index}", text, before.count(text)]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (.ci/run installs Debian's chromium)")
def test_reject_edit_add_actor_and_save_in_the_browser(served: tuple[str, Path], doc: Document) -> None:
    from playwright.sync_api import sync_playwright

    address, gold = served
    raw = doc.raw
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        problems: list[str] = []
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(f"http://{address}/{DOC}.html")
        page.fill("#reviewer", "ana")
        page.click(f'[data-claim="{DOC}#0003"]')  # 2014年: rejected
        page.keyboard.press("x")
        page.click(f'[data-claim="{DOC}#0005"]')  # 4月 (2022-04): the day added
        page.keyboard.press("e")
        page.keyboard.type("2022-04-07")
        page.keyboard.press("Enter")
        page.click(f'[data-claim="{DOC}#0007"]')  # 同月, the Madrid summit: 马德里 selected in the body text
        page.evaluate(SELECT, _in_body(doc, raw.index("马德里"), "马德里"))
        page.keyboard.press("3")
        assert "马德里 GPE" in page.inner_text("#panel")
        page.keyboard.press("j")  # #0008, then an edit undone
        page.keyboard.press("x")
        page.keyboard.press("u")
        assert page.locator("#claims-table tr").count() == 34
        with page.expect_navigation():
            page.keyboard.press("s")
        assert page.locator("#claims-table tr.pending").count() == 32  # the page reloaded from the saved gold
        browser.close()
    assert not problems
    saved = _lines(gold / f"{DOC}.jsonl")
    predicted = [c for c in doc.claims if c["claim_id"] != f"{DOC}#0003"]
    assert len(saved) == 34 and [c["date"]["source_span"] for c in saved] == [c["date"]["source_span"] for c in predicted]
    edited = {3: {**_as_gold(predicted[3], f"{DOC}#0004"), "reviewed_by": "ana", "reviewed_at": "2026-12-05T12:00:00Z"},
              5: {**_as_gold(predicted[5], f"{DOC}#0006"), "reviewed_by": "ana", "reviewed_at": "2026-12-05T12:00:00Z"}}
    edited[3]["date"] = {"text": "4月", "value": "2022-04-07", "mod": None, "anchor": "2022年3月", "source_span": [1193, 1195]}
    madrid = raw.index("马德里")
    edited[5]["actors"] = [*predicted[5]["actors"], {"text": "马德里", "type": "GPE", "source_span": [madrid, madrid + 3]}]
    for i, record in enumerate(predicted):
        assert saved[i] == edited.get(i, _as_gold(record, f"{DOC}#{i + 1:04d}")), i
    assert raw[1193:1195] == "4月" and raw[1307:1309] == "同月" and madrid > 1307
    log = (gold / "review-log" / f"{DOC}.jsonl").read_text(encoding="utf-8")
    assert log == (
        '{"at": "2026-12-05T12:00:00Z", "by": "ana", "action": "edit", "claim": "001_47aa3352bd7784b9#0005", '
        '"field": "value", "from": "2022-04", "to": "2022-04-07"}\n'
        '{"at": "2026-12-05T12:00:00Z", "by": "ana", "action": "edit", "claim": "001_47aa3352bd7784b9#0007", '
        '"field": "actor", "from": null, "to": "马德里 GPE"}\n'
        '{"at": "2026-12-05T12:00:00Z", "by": "ana", "action": "reject", "claim": "001_47aa3352bd7784b9#0003", '
        '"date": "2014年"}\n')
    # 32 claims still pending: not gold yet, so eval leaves the document out unless told otherwise
    pred = gold.parent / "pred.jsonl"
    pred.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in doc.claims), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 1 and f"review pending, not gold yet (not scored): {DOC}" in result.output
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--include-unreviewed"])
    assert result.exit_code == 0 and "\noverall                  34     35  0.971  1.000  0.986  0.971" in result.output


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (.ci/run installs Debian's chromium)")
def test_a_missed_claim_added_by_selecting_its_date(served: tuple[str, Path], doc: Document) -> None:
    """Reject 2014年 and add it back by selecting it in the body: the record made from the source
    (sentence, citation by the contract's walk) is the pipeline's own, but for its actors."""
    from playwright.sync_api import sync_playwright

    address, gold = served
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.goto(f"http://{address}/{DOC}.html")
        page.fill("#reviewer", "ana")
        page.click(f'[data-claim="{DOC}#0003"]')
        page.keyboard.press("x")
        page.evaluate(SELECT, _in_body(doc, doc.claims[2]["date"]["source_span"][0], "2014年"))
        page.keyboard.press("n")
        page.keyboard.type("2014-05")  # a value the page refuses, then one it takes
        page.keyboard.press("Backspace")
        page.keyboard.press("Backspace")
        page.keyboard.type("13")
        page.keyboard.press("Enter")
        assert "not an EDTF date: 2014-13" in page.inner_text("#panel")
        page.fill("#value", "2014")
        page.press("#value", "Enter")
        with page.expect_navigation():
            page.keyboard.press("s")
        browser.close()
    original = doc.claims[2]
    saved = _lines(gold / f"{DOC}.jsonl")
    assert len(saved) == 35
    added = saved[2]
    assert added == {**_as_gold(original, original["claim_id"]), "actors": [], "reviewed_by": "ana",
                     "reviewed_at": "2026-12-05T12:00:00Z"}


def _request(address: str, method: str, path: str, headers: dict[str, str], body: str = "") -> tuple[int, str]:
    connection = http.client.HTTPConnection(address, timeout=10)
    connection.request(method, path, body=body.encode("utf-8"), headers=headers)
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8")


@pytest.mark.parametrize(("method", "path", "headers", "status", "says"), [
    ("GET", "/../../../../etc/passwd", {}, 403, "outside the review site"),
    ("GET", "/%2e%2e/%2e%2e/etc/passwd", {}, 403, "outside the review site"),
    ("GET", "/..%2fpyproject.toml", {}, 403, "outside the review site"),
    ("GET", "/corpus/" + DOC + ".txt", {}, 403, "outside the review site"),
    ("GET", "/pyproject.toml", {}, 404, "no page"),
    ("GET", f"/{DOC}.html", {"Host": "evil.example:80"}, 403, "is not this server"),
    ("POST", f"/api/save/{DOC}", {"Origin": "http://evil.example", "Content-Type": "application/json"}, 403,
     "requests from http://evil.example are not taken"),
    ("POST", f"/api/save/{DOC}", {"Content-Type": "application/json"}, 403, "no Origin header"),
    ("POST", f"/api/save/{DOC}", {"Origin": "ORIGIN", "Content-Type": "text/plain"}, 403, "application/json"),
    ("POST", "/api/save/..%2f..%2fetc", {"Origin": "ORIGIN", "Content-Type": "application/json"}, 404, "no document"),
    ("DELETE", f"/api/save/{DOC}", {"Origin": "ORIGIN"}, 405, "only GET and POST"),
])
def test_the_server_refuses(served: tuple[str, Path], method: str, path: str, headers: dict[str, str], status: int,
                            says: str) -> None:
    address, gold = served
    headers = {k: v.replace("ORIGIN", f"http://{address}") for k, v in headers.items()}
    body = json.dumps({"reviewer": "mallory", "claims": []})
    got, text = _request(address, method, path, headers, body if method == "POST" else "")
    assert (got, says in text) == (status, True), text
    assert not gold.exists()  # nothing written


def test_the_server_serves_its_pages_and_takes_a_save_from_its_own_origin(served: tuple[str, Path]) -> None:
    address, gold = served
    status, index = _request(address, "GET", "/", {})
    assert status == 200 and f'<a href="{DOC}.html">{DOC}</a>' in index
    status, page = _request(address, "GET", f"/{DOC}.html", {"Host": address.replace("127.0.0.1", "localhost")})
    assert status == 200 and 'id="review-data"' in page
    body = json.dumps({"reviewer": "ana", "claims": []})
    status, text = _request(address, "POST", f"/api/save/{DOC}",
                            {"Origin": f"http://{address}", "Content-Type": "application/json"}, body)
    assert status == 200 and json.loads(text)["claims"] == 0
    assert (gold / f"{DOC}.jsonl").read_text(encoding="utf-8") == ""  # every claim rejected
    assert len((gold / "review-log" / f"{DOC}.jsonl").read_text(encoding="utf-8").splitlines()) == 35


def _item(span: list[Any], value: str = "2014", mod: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"origin": None, "status": "accepted", "date": {"source_span": span, "value": value, "mod": mod},
            "actors": [], "citation": None, **extra}


NOTE = 1400  # inside the first page's notes of 001 (see the test)


@pytest.mark.parametrize(("items", "message"), [
    ([_item([929, 934], "2014-13")], "'2014-13' is not an EDTF value"),
    ([_item([929, 934], "2014-02-30")], "'2014-02-30' is not an EDTF value"),
    ([_item([929, 934], mod="LATE")], "mod 'LATE' is not one of START, MID, END, APPROX"),
    ([_item([929, 10**7])], "outside the file"),
    ([_item([929, "934"])], "a span is two offsets"),
    ([_item([929, 934]), _item([932, 940])], "overlap"),
    ([_item([NOTE, NOTE + 4])], "not in the article's body"),
    ([_item([929, 934], actors=[{"text": "北约", "type": "LOC"}])], "type 'LOC' is not one of PER, ORG, GPE"),
])
def test_a_bad_save_is_refused_and_writes_nothing(doc: Document, tmp_path: Path, items: list[dict[str, Any]],
                                                  message: str) -> None:
    assert doc.claims[0]["citation"]["note_span"][0] < NOTE < doc.claims[0]["citation"]["note_span"][1]
    store = GoldStore(tmp_path, clock=lambda: NOON)
    with pytest.raises(ReviewError, match=message.replace("(", r"\(")):
        store.save(doc, doc.claims, items, "ana")
    assert list(tmp_path.iterdir()) == []


def test_saving_twice_keeps_the_first_review_stamp_and_leaves_no_temporary_file(doc: Document, tmp_path: Path) -> None:
    first = GoldStore(tmp_path, clock=lambda: NOON)
    item = {"origin": doc.claims[0]["claim_id"], "status": "accepted", "date": doc.claims[0]["date"],
            "optional": False, "actors": doc.claims[0]["actors"], "citation": doc.claims[0]["citation"]}
    saved = first.save(doc, doc.claims, [item], "ana")
    later = GoldStore(tmp_path, clock=lambda: datetime(2027, 1, 1, tzinfo=timezone.utc))
    again = later.save(doc, saved, [{**item, "origin": saved[0]["claim_id"]}], "ben")
    assert (again[0]["reviewed_by"], again[0]["reviewed_at"]) == ("ana", "2026-12-05T12:00:00Z")
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{DOC}.jsonl", "review-log"]
    assert (tmp_path / f"{DOC}.jsonl").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(("value", "valid"), [
    ("2022", True), ("2022-04", True), ("2022-04-30", True), ("2022-04-31", False), ("199X", True), ("19XX", True),
    ("199X/..", True), ("2008-41/..", True), ("1950/1979", True), ("{2002,2012}", True), ("2023-21", True),
    ("2022-13", False), ("二〇二二", False), ("", False), ("2022/", True), ("/", False),
])
def test_edtf_values_the_server_takes(value: str, valid: bool) -> None:
    assert valid_edtf(value) is valid
