"""A PDF's line geometry: lines measured from their characters' boxes and type sizes, the
features the line-role model reads from them, and what they are worth on a factory PDF whose
note numbers were lost from the text layer."""

from __future__ import annotations

import random

import pytest

from pipeline.stages.layout.geometry import LineBox, geometry_features, measure_lines
from pipeline.stages.layout.rules import split_lines

# Two pages of 10 pt body and 8 pt notes; a rule at height 100 on page 1, above the note.
RAW = "正文第一行文字\n正文¹第二行\n\n注释一行\n\n第二页正文"
LAYOUT = [  # per raw line: page, left, top, type size (None: no printed characters)
    (1, 72.0, 700.0, 10.0), (1, 72.0, 685.0, 10.0), None, (1, 72.0, 90.0, 8.0), None, (2, 92.0, 700.0, 10.0),
]


def _boxes_and_sizes() -> tuple[list, list[float]]:
    boxes: list = []
    sizes: list[float] = []
    for line, place in zip(RAW.split("\n"), LAYOUT):
        for k, ch in enumerate(line):
            page, left, top, size = place  # type: ignore[misc]
            small = ch == "¹"
            boxes.append((page, left + k * size, top - size, left + (k + 1) * size, top))
            sizes.append(size / 2 if small else size)
        boxes.append(None)  # the newline
        sizes.append(0.0)
    return boxes[:-1], sizes[:-1]


def test_lines_are_measured_from_their_characters() -> None:
    boxes, sizes = _boxes_and_sizes()
    measured = measure_lines(split_lines(RAW), boxes, sizes, [(1, 100.0), (2, 750.0)])
    assert measured == [
        LineBox(1, 72.0, 690.0, 142.0, 700.0, 10.0, False),
        LineBox(1, 72.0, 675.0, 132.0, 685.0, 10.0, False),  # the superscript does not make the line small
        None,
        LineBox(1, 72.0, 82.0, 104.0, 90.0, 8.0, True),  # the rule at 100 lies between it and the line above
        None,
        LineBox(2, 92.0, 690.0, 142.0, 700.0, 10.0, True),  # page 2's rule (a header's underline) is above it
    ]


def test_geometry_features_say_type_band_indent_and_rule() -> None:
    boxes, sizes = _boxes_and_sizes()
    measured = measure_lines(split_lines(RAW), boxes, sizes, [(1, 100.0)])
    features = geometry_features(measured)
    assert features[2] == {} and features[4] == {}
    first, second, note, page_two = features[0], features[1], features[3], features[5]
    assert first["type=body"] == 1.0 and first["page_top"] == 1.0 and first["band=0"] == 1.0
    assert second["type=body"] == 1.0 and second["wide_gap"] == 0.0 and second["rule_above"] == 0.0
    assert note["type=small"] == 1.0 and note["rule_above"] == 1.0 and note["page_foot"] == 1.0
    assert note["band=9"] == 1.0 and note["wide_gap"] == 1.0 and note["type_ratio"] == pytest.approx(-0.2)
    assert page_two["print_indent=0"] == 1.0 and "wide_gap" not in page_two  # the first line of its page


def test_a_line_read_by_ocr_has_no_measure() -> None:
    raw = "扫描页的一行\n\n文字层的一行"
    boxes = [None] * 8 + [(2, 72.0 + 10 * k, 690.0, 82.0 + 10 * k, 700.0) for k in range(6)]
    sizes = [0.0] * 8 + [10.0] * 6
    measured = measure_lines(split_lines(raw), boxes, sizes, [])
    assert measured == [None, None, LineBox(2, 72.0, 690.0, 132.0, 700.0, 10.0, False)]
    assert geometry_features(measured)[:2] == [{}, {}]


def test_a_line_box_survives_the_factory_file_format() -> None:
    box = LineBox(3, 72.5, 80.0, 400.25, 90.0, 7.5, True)
    assert LineBox.from_list(box.as_list()) == box
