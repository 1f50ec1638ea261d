"""Robustness: OCR/extraction noise injected into each corpus article (generated here, by class)
leaves its claims — dates, values, sentences, actors, citations — as on the clean article."""

from __future__ import annotations

import re

import pytest

from pipeline import process_text
from pipeline.claims import extract_claims

from .conftest import CORPUS, DOC_IDS

CJK = "\u4e00-\u9fff"


def fullwidth_digits(raw: str) -> str:
    return re.sub(r"[0-9]", lambda m: chr(ord(m.group(0)) + 0xFEE0), raw)


def ascii_punctuation(raw: str) -> str:
    raw = re.sub(rf"(?<=[{CJK}])，", ",", raw)
    return re.sub(rf"(?<=[{CJK}])。(?=[{CJK}\n])", ".", raw)


def pua_for_middle_dot(raw: str) -> str:
    return re.sub(r"“(\d{1,2})·(\d{1,2})”", "“\\1\ue0a5\\2”", raw)


def spaces_around_digits(raw: str) -> str:
    return re.sub(rf"(?<=[{CJK}])(?=\d)|(?<=\d)(?=[年月日])", " ", raw)


def letters_for_hyphens(raw: str) -> str:
    return re.sub(r"\[(\d{4})-(\d{2})-(\d{2})\]", r"[\1G\2G\3]", raw)


def dropped_note_numbers(raw: str) -> str:
    return re.sub(r"(?m)^\^?[\u2460-\u2473] ", "", raw)


NOISE = {f.__name__: f for f in (fullwidth_digits, ascii_punctuation, pua_for_middle_dot, spaces_around_digits,
                                 letters_for_hyphens, dropped_note_numbers)}


def summary(raw: str, doc_id: str) -> list[tuple]:
    """Claims without offsets: what a reader of the dataset sees."""
    out = []
    for c in extract_claims(process_text(raw, doc_id=doc_id)):
        cite = c["citation"]
        out.append((c["date"]["value"], c["date"]["mod"], re.sub(r"\s", "", c["date"]["text"]), c["sentence"],
                    tuple(a["text"] for a in c["actors"]), cite and (cite["marker"], cite["note"])))
    return out


LIMITS = {
    ("001", "dropped_note_numbers"): "in a file with a line per paragraph, an explanatory note that lost its number "
                                     "and cites nothing (001 p3 ⑥) reads as body text",
}


@pytest.mark.parametrize("noise", sorted(NOISE))
@pytest.mark.parametrize("short", ["000", "001", "002"])
def test_claims_survive_noise(short: str, noise: str, request: pytest.FixtureRequest) -> None:
    if (short, noise) in LIMITS:
        request.applymarker(pytest.mark.xfail(reason=LIMITS[(short, noise)], strict=True))
    raw = (CORPUS / f"{DOC_IDS[short]}.txt").read_text(encoding="utf-8")
    noisy = NOISE[noise](raw)
    if noisy == raw:
        pytest.skip(f"{DOC_IDS[short]} has no text this noise applies to")
    clean = summary(raw, DOC_IDS[short])
    damaged = summary(noisy, DOC_IDS[short])
    if noise == "fullwidth_digits":  # the raw text of a date is written in full-width digits
        damaged = [(*c[:2], c[2].translate({0xFF10 + i: 0x30 + i for i in range(10)}), *c[3:]) for c in damaged]
    assert damaged == clean
