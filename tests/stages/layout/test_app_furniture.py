"""An article as a public account (微信公众号) republishes it, copied as text: the held-out h20.
The account's prompts and credits are furniture (patterns.json `app_furniture`), so the scroll
hint under `注释` hides no note list, and nothing after the notes is body."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline import process
from pipeline.document import Document
from pipeline.engine import Config
from tests.conftest import ROOT


@cache
def _h20() -> Document:
    path = next((ROOT / "tests" / "data" / "heldout" / "h20").glob("h20_*.txt"))
    return process(Path(path), Config.load(overrides=["stages=layout"]))


@pytest.mark.parametrize("line", ["点击上方蓝字关注我们", "向上滑动阅览", "END", "排版：林小北", "审核：何一舟", "往期推荐",
                                  "阅读原文", "喜欢此内容的人还喜欢"])
def test_the_accounts_prompts_and_credits_are_furniture(line: str) -> None:
    assert [ln.kind for ln in _h20().lines if ln.stripped == line] == ["header"]


def test_the_notes_under_a_scroll_hint_are_the_reference_list() -> None:
    # [21] shares [20]'s line and [40] was lost in the copy (the article's README)
    numbers = [int(n.number) for n in _h20().reference_list]
    assert numbers == [n for n in range(1, 46) if n not in (21, 40)]


def test_nothing_after_the_notes_is_body() -> None:
    body = _h20().body.text
    assert body.endswith("避免北极议题被简单纳入大国对抗的逻辑。")
    assert "往期推荐" not in body and "2035战略" not in body
