"""Robustness: OCR/extraction noise injected into each corpus article (generated here, by class)
leaves its claims — dates, values, sentences, actors, citations — as on the clean article."""

from __future__ import annotations

import re

import pytest

from pipeline import process_text
from tests.conftest import CORPUS, DOC_IDS

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


def fullwidth_latin(raw: str) -> str:
    """Letters as full-width forms (ｈｔｔｐｓ, ＮＡＴＯ, ＣＣＤＣＯＥ), in the body and the notes."""
    return re.sub(r"[A-Za-z]", lambda m: chr(ord(m.group(0)) + 0xFEE0), raw)


SYMBOL_FONT = {"…": "\uf0bc", "·": "\uf0d7", "—": "\uf0be"}  # U+F000 + the Symbol encoding's byte


def pua_punctuation(raw: str) -> str:
    """Ellipses, middle dots (罗伯·鲍尔, “9·11”) and dashes (11—12月) from a Symbol font, unmapped."""
    return raw.translate(str.maketrans(SYMBOL_FONT))


def note_numbers_apart(raw: str) -> str:
    """Each note block's circled numbers printed together on a line of their own above its texts."""
    lines = raw.split("\n")
    out: list[str] = []
    block: list[str] = []  # the numbers of the block being read
    start = 0  # where in `out` the block's first note line stands
    for line in lines:
        number = re.match(r"\^?([\u2460-\u2473]) ", line)
        if number:
            if not block:
                start = len(out)
            block.append(number.group(1))
            out.append(line[number.end():])
            continue
        if block and line.strip() and not line.startswith((" ", "\t")) and not _continues_note(out[-1]):
            out[start:start] = ["".join(block), ""]
            block = []
        out.append(line)
    if block:
        out[start:start] = ["".join(block), ""]
    return "\n".join(out)


def _continues_note(previous: str) -> bool:
    """A note line cut mid-reference (no final punctuation): the next line is still that note."""
    return bool(previous.strip()) and not re.search(r"[。.\]）)」]$", previous.strip())


NOISE = {f.__name__: f for f in (fullwidth_digits, ascii_punctuation, pua_for_middle_dot, spaces_around_digits,
                                 letters_for_hyphens, dropped_note_numbers, fullwidth_latin, pua_punctuation,
                                 note_numbers_apart)}
# What a noise class writes into a date's raw text, undone before comparing with the clean article.
RAW_DATE_TEXT = {
    "fullwidth_digits": {0xFF10 + i: 0x30 + i for i in range(10)},
    "pua_punctuation": {ord(pua): plain for plain, pua in SYMBOL_FONT.items()},
}


def summary(raw: str, doc_id: str) -> list[tuple]:
    """Claims without offsets: what a reader of the dataset sees."""
    out = []
    for c in process_text(raw, doc_id=doc_id).claims:
        cite = c["citation"]
        out.append((c["date"]["value"], c["date"]["mod"], re.sub(r"\s", "", c["date"]["text"]), c["sentence"],
                    tuple(a["text"] for a in c["actors"]), cite and (cite["marker"], cite["note"])))
    return out


LIMITS: dict[tuple[str, str], str] = {}  # (article, noise) → why the claims do not survive it, as a strict xfail


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
    if noise in RAW_DATE_TEXT:
        damaged = [(*c[:2], c[2].translate(RAW_DATE_TEXT[noise]), *c[3:]) for c in damaged]
    assert damaged == clean
