"""Sentences: the splitting rules on constructed paragraphs (table), sentence counts of corpus
paragraphs, and the contract's printed sentence mapped back to raw."""

from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.stages.sentences import clean_sentence, split_sentences, strip_markers
from tests.conftest import corpus_doc

SPLITS = [  # paragraph → its sentences (circled markers)
    ("甲。乙！丙？", ["甲。", "乙！", "丙？"]),
    ("北约成立。①随后扩大。", ["北约成立。①", "随后扩大。"]),  # a marker after the full stop stays with it
    ("他说：“我们来了。”然后走了。", ["他说：“我们来了。”", "然后走了。"]),  # “……。” ends the sentence
    ("他说“我们来了。他们也来了”，然后走了。", ["他说“我们来了。他们也来了”，然后走了。"]),  # no split inside a quotation
    ("《战争。和平》出版了。", ["《战争。和平》出版了。"]),  # nor inside a book title
    ("等待……然后呢？！好。", ["等待……", "然后呢？！", "好。"]),  # an ellipsis or a run of marks counts once
    ("（见上文。）下文。", ["（见上文。）", "下文。"]),  # a bracket that closes right after the mark ends with it
    ("（见上文。又见下文）下文。", ["（见上文。又见下文）下文。"]),  # one that goes on holds its full stop
    ("甲。 乙", ["甲。", "乙"]),  # the last sentence needs no mark; spaces between are nobody's
]


@pytest.mark.parametrize(("text", "sentences"), SPLITS)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_superscript_markers_stay_with_their_sentence() -> None:
    text = "北约成立。¹²随后扩大。"
    assert [text[s:e] for s, e in split_sentences(text, "superscript")] == ["北约成立。¹²", "随后扩大。"]


def _paragraph_starting(short: str, prefix: str) -> tuple[object, int]:
    doc = corpus_doc(short)
    return doc, next(i for i, p in enumerate(doc.paragraphs) if doc.paragraph_text(i).startswith(prefix))


@pytest.mark.parametrize(
    ("short", "prefix", "count"),
    [
        ("000", "20世纪80年代中期", 6),
        ("000", "冷战期间，日本和北约偶有直接接触", 7),
        ("002", "日本与北约的安全互动进程", 6),  # a quotation holding 。 is not split
        ("001", "2023年，日本与北约高层会晤不断", 12),
    ],
)
def test_sentence_count(short: str, prefix: str, count: int) -> None:
    doc, index = _paragraph_starting(short, prefix)
    assert sum(1 for s in doc.sentences if s.paragraph == index) == count


def test_the_printed_sentence_maps_back_to_raw() -> None:
    raw = "  2022年4月，德国总理舒尔茨①访问日本。\n"
    doc = process_text(raw)
    clean = clean_sentence(doc, 0)
    assert clean.text == strip_markers(doc.sentence_text(doc.sentences[0])) == "2022年4月，德国总理舒尔茨访问日本。"
    visit = clean.text.index("访问")
    assert clean.raw_span(visit, visit + 2) == (raw.index("访问"), raw.index("访问") + 2)  # past the dropped ①
    assert clean.raw_span(0, 1) == (2, 3)
