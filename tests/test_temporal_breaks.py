"""Every claim shape of the temporal table cut by a hard line break, and by a page break, at every
position inside the mention: the full pipeline must give the table's value and mod, and a raw
span that holds the mention with the break inside it."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.claims import extract_claims

from .test_temporal import CASES, tagged

FRONT = "东盟与欧盟安全合作的新进展\n\n李华\n\n内容提要：本文考察东盟与欧盟在安全领域的合作进程及其制约因素。\n\n关键词：东盟 欧盟 安全合作\n\n"
FILLER = "双方在安全领域持续加强合作并不断扩大交流范围"
WIDTH = 32  # characters of a full body line
BREAKS = {
    "line": "\n\n",
    "page": "\n\n东北亚学刊 2023年第4期\n\n56\n\n\n\n",  # running header and page number between two body lines
}
CLAIM_CASES = [c for c in CASES if c[4] == "claim"]


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


@pytest.mark.parametrize(("paragraph", "text", "value", "mod", "decision"), CLAIM_CASES, ids=[c[1] + "|" + c[0][:12] for c in CLAIM_CASES])
@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_claim_cut_at_every_position(kind: str, paragraph: str, text: str, value: str, mod: str, decision: str) -> None:
    (mention, *_) = [m for m in tagged(paragraph) if m.decision == decision and m.value and m.text == text]
    brk = BREAKS[kind]
    failures = []
    for k in range(1, len(text)):
        raw, paragraph_start = typeset(paragraph, mention.start + k, brk)
        start = raw_offset(paragraph_start + mention.start)
        expected = (text[:k] + brk + text[k:], value, mod or None)
        claims = extract_claims(process_text(raw, doc_id="cut"))
        got = [(c["date"]["text"], c["date"]["value"], c["date"]["mod"]) for c in claims if c["date"]["source_span"][0] == start]
        if got != [expected] or raw[start : start + len(expected[0])] != expected[0]:
            failures.append((k, got))
    assert not failures, failures
