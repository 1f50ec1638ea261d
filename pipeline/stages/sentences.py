"""Sentence segmentation of the clean body.

A sentence ends at 。！？ or an ellipsis (…… counts once); closing quotes and brackets
after the mark stay with it, and so do footnote markers written right after it (the
citation rule depends on that). No split inside book titles 《…》 or a quotation “…”
that closes within the paragraph — but a quotation whose last sentence ends with the
quote (“……。”) ends the sentence there — nor inside numbers and URLs (ASCII dots).
"""

from __future__ import annotations

from pipeline.document import Document, Sentence
from pipeline.engine import Stage, register
from pipeline.mapped import MappedText
from pipeline.stages.layout import load_patterns, marker_pattern

END = "。！？!?…"
OPENERS = {"《": "》", "“": "”", "「": "」", "『": "』", "（": "）"}
MAX_QUOTE = 300  # an opener not closed within this many characters is taken as stray


def split_sentences(text: str, style: str = "circled") -> list[tuple[int, int]]:
    """Spans of the sentences of one paragraph, whose footnote markers are in `style`."""
    pat = load_patterns()
    marker = marker_pattern(style)
    closers = _closing_positions(text)
    spans: list[tuple[int, int]] = []
    start, i, depth_until = 0, 0, -1
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS and i in closers:
            depth_until = max(depth_until, closers[i])
        quote_ends_sentence = i == depth_until and i > 0 and text[i - 1] in END  # “……。” closes a sentence
        if (ch in END and i > depth_until) or quote_ends_sentence:
            j = i + 1
            while j < n and text[j] in END:
                j += 1
            while True:
                if j < n and text[j] in pat.closing:
                    j += 1
                    continue
                m = marker.match(text, j)
                if m:
                    j = m.end()
                    continue
                break
            spans.append((start, j))
            start = i = j
            while start < n and text[start].isspace():
                start += 1
            i = start
            continue
        i += 1
    if start < n and text[start:].strip():
        spans.append((start, len(text.rstrip()) if text.rstrip() else n))
    return spans


def _closing_positions(text: str) -> dict[int, int]:
    """For each opener that is closed within MAX_QUOTE characters, the index of its closer."""
    found: dict[int, int] = {}
    stacks: dict[str, list[int]] = {o: [] for o in OPENERS}
    for i, ch in enumerate(text):
        if ch in OPENERS:
            stacks[ch].append(i)
        else:
            for opener, closer in OPENERS.items():
                if ch == closer and stacks[opener]:
                    o = stacks[opener].pop()
                    if i - o <= MAX_QUOTE:
                        found[o] = i
    return found


def segment(doc: Document) -> None:
    """Fill `doc.sentences` from the paragraphs."""
    doc.sentences = []
    for p_index, para in enumerate(doc.paragraphs):
        text = doc.body.text[para.start : para.end]
        for s, e in split_sentences(text, doc.marker_style):
            doc.sentences.append(Sentence(para.start + s, para.start + e, p_index))


@register
class Sentences(Stage):
    """The body's sentences, paragraph by paragraph."""

    name = "sentences"
    requires = ("body", "paragraphs")
    assigns = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        segment(doc)
        return doc


def strip_markers(sentence: str, style: str = "circled") -> str:
    """The sentence as the contract prints it: without footnote markers (of the document's style)."""
    return marker_pattern(style).sub("", sentence).strip()


def clean_sentence(doc: Document, index: int) -> MappedText:
    """Sentence `index` as `strip_markers` prints it, mapped back to raw."""
    sentence = doc.sentences[index]
    text, _ = doc.body[sentence.start : sentence.end].sub(marker_pattern(doc.marker_style), "")
    return text.strip()
