"""Every claim and optional shape of the temporal table, and every garbled-digit shape, cut by a hard
line break and by a page break (with and without a footnote between) at every position inside the
mention: the full pipeline must give the table's value and mod, and a raw span that holds the
mention with the break inside it."""

from __future__ import annotations

import pytest

from pipeline import process_text
from tests.stages.dates.test_temporal import CASES, NOISY_DIGITS, tagged

FRONT = "东盟与欧盟安全合作的新进展\n\n李华\n\n内容提要：本文考察东盟与欧盟在安全领域的合作进程及其制约因素。\n\n关键词：东盟 欧盟 安全合作\n\n"
FILLER = "双方在安全领域持续加强合作并不断扩大交流范围"
WIDTH = 32  # characters of a full body line
BREAKS = {
    "line": "\n\n",
    "page": "\n\n东北亚学刊 2023年第4期\n\n56\n\n\n\n",  # running header and page number between two body lines
    "page with a note": "\n\n① 「岸田総理大臣のNATO首脳会合出席」、外務省、2022年6月29日。\n\n东北亚学刊 2023年第4期\n\n56\n\n\n\n",
}
CLAIM_CASES = [c for c in CASES if c[4] == "claim"]
NOISY_CASES = [(f"{text}，双方举行会谈。", text, value, "", "claim") for text, value in NOISY_DIGITS]
OPTIONAL_CASES = [c for c in CASES if c[4] == "optional"]


def typeset(paragraph: str, cut: int, brk: str) -> tuple[str, int]:
    """A page whose body is filler, the paragraph and filler in full lines of WIDTH characters, one
    line ending at `cut` (an offset into the paragraph) and followed by `brk`; the raw file and the
    paragraph's offset in the body."""
    lead = (FILLER * 10)[: 2 * WIDTH - cut % WIDTH - 1] + "。"  # ends a sentence; a line ends at the cut
    body = lead + paragraph + "。" + (FILLER * 3)[: 2 * WIDTH] + "。"
    cut += len(lead)
    before = "\n\n".join(body[i : i + WIDTH] for i in range(0, cut, WIDTH))
    after = "\n\n".join(body[i : i + WIDTH] for i in range(cut, len(body), WIDTH))
    return FRONT + before + brk + after + "\n", len(lead)


def raw_offset(body_offset: int) -> int:
    """Where a body offset before the cut lies in the raw file: after the front matter and the line breaks before it."""
    return len(FRONT) + body_offset + len(BREAKS["line"]) * (body_offset // WIDTH)


def ids(cases: list[tuple[str, ...]]) -> list[str]:
    return [c[1] + "|" + c[0][:12] for c in cases]


@pytest.mark.parametrize(("paragraph", "text", "value", "mod", "decision"), CLAIM_CASES, ids=ids(CLAIM_CASES))
@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_claim_cut_at_every_position(kind: str, paragraph: str, text: str, value: str, mod: str, decision: str) -> None:
    (mention, *_) = [m for m in tagged(paragraph) if m.decision == decision and m.value and m.text == text]
    assert_cut_everywhere(paragraph, mention.start, text, value, mod, BREAKS[kind])


@pytest.mark.parametrize(("paragraph", "text", "value", "mod", "decision"), NOISY_CASES, ids=ids(NOISY_CASES))
@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_garbled_digits_cut_at_every_position(kind: str, paragraph: str, text: str, value: str, mod: str, decision: str) -> None:
    assert_cut_everywhere(paragraph, 0, text, value, mod, BREAKS[kind])


@pytest.mark.parametrize(("paragraph", "text", "value", "mod", "decision"), OPTIONAL_CASES, ids=ids(OPTIONAL_CASES))
@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_optional_mention_cut_at_every_position(kind: str, paragraph: str, text: str, value: str, mod: str, decision: str) -> None:
    (mention, *_) = [m for m in tagged(paragraph) if m.decision == decision and m.value and m.text == text]
    assert_cut_everywhere(paragraph, mention.start, text, value, mod, BREAKS[kind])


def assert_cut_everywhere(paragraph: str, mention_start: int, text: str, value: str, mod: str, brk: str) -> None:
    """The mention at `mention_start` of the paragraph, cut by `brk` after each of its characters but the last."""
    failures = []
    for k in range(1, len(text)):
        raw, paragraph_start = typeset(paragraph, mention_start + k, brk)
        start = raw_offset(paragraph_start + mention_start)
        expected = (text[:k] + brk + text[k:], value, mod or None)
        claims = process_text(raw, doc_id="cut").claims
        got = [(c["date"]["text"], c["date"]["value"], c["date"]["mod"]) for c in claims if c["date"]["source_span"][0] == start]
        if got != [expected] or raw[start : start + len(expected[0])] != expected[0]:
            failures.append((k, got))
    assert not failures, failures


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("双方在2006—2", "007年会谈", "双方在2006—2007年会谈"),  # a range cut after its separator
        ("双方于2022-0", "3-05会谈", "双方于2022-03-05会谈"),
        ("参见《日本研究报告（2", "014）》", "参见《日本研究报告（2014）》"),  # after Chinese punctuation
        ("此后，20", "19年双方会谈", "此后，2019年双方会谈"),
        ("美国发布“20", "22国家安全战略”", "美国发布“2022国家安全战略”"),  # after an opening quote
        ("如图所示[1", "2]，双方", "如图所示[12]，双方"),
        ("NATO adopted in 2022", "a new concept", "NATO adopted in 2022 a new concept"),  # English keeps its space
    ],
)
def test_number_cut_by_a_line_break_rejoins(before: str, after: str, joined: str) -> None:
    filler = FILLER + "，" + FILLER + "。"
    raw = FRONT + filler + "\n\n" + before + "\n\n" + after + filler + "\n"
    assert joined in process_text(raw, doc_id="join").body.text
