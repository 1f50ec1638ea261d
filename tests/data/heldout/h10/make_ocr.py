"""The held-out h10 as a user gets a scanned article: its source (source.json, written blind)
typeset by the article factory in one drawn look, the pages rasterized at 200 dpi and read by
Tesseract `chi_sim`, as the factory's OCR route reads them (tools/factory/extract.py).

`python tests/data/heldout/h10/make_ocr.py` (from the repository root; needs WeasyPrint, poppler
and Tesseract, as .ci/run installs them) writes `h10_<sha1[:8]>.txt` beside this file and deletes
older readings; `--pdf` also keeps the typeset PDF as `h10.pdf`.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))

from tools.factory.extract import extract  # noqa: E402
from tools.factory.typeset import Style, render  # noqa: E402

LOOK = 11  # the style seed: circled notes restarting per page, running headers and folios


def main() -> None:
    source = json.loads((HERE / "source.json").read_text(encoding="utf-8"))
    style = Style.draw(random.Random(LOOK))
    rendering = render(source, style)
    if "--pdf" in sys.argv:
        (HERE / "h10.pdf").write_bytes(rendering.pdf)
    text = extract(rendering.pdf, "tesseract")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    for old in HERE.glob("h10_*.txt"):
        old.unlink()
    (HERE / f"h10_{digest}.txt").write_text(text, encoding="utf-8")
    print(f"h10_{digest}.txt: {rendering.pages} pages, {len(text)} characters, look {LOOK} ({style.notes} notes)")


if __name__ == "__main__":
    main()
