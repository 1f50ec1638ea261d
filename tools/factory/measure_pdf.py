"""PDF input end to end: the held-out sources typeset in several looks, each PDF read by the
pipeline's own reader (`pipeline.stages.ingest`: text layer, type sizes, rules), its claims and
note pairing against the clean source's (as `measure` scores them), with the lines' geometry
(as `claims run` reads a PDF) and from the text alone; and the same with the notes' numbers
lost from the text layer (a note font without a Unicode map), the print kept.

`python -m tools.factory.measure_pdf [--looks 10]`: a row per look, then the totals per source.
Only the sources of `HELD_OUT` are measured: the shipped line-role model never saw them.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from pipeline.stages.ingest import read_source
from pipeline.stages.layout.geometry import measure_reading
from pipeline.stages.layout.model import load
from pipeline.stages.layout.train import HELD_OUT

from .build import damaged
from .label import label_lines
from .measure import claim_notes, compare
from .source import all_sources
from .typeset import Style, render
from .web import web_page

READINGS = ("geometry", "text only", "numbers lost", "numbers lost, text only")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--looks", type=int, default=10, help="style seeds 0 … looks-1 per source")
    looks = parser.parse_args(argv).looks
    model = load()
    print(f"{'source':8} {'look':>4} {'notes':12}" + "".join(f" {r:>24}" for r in READINGS))
    print(f"{'':26}" + " {:>10} {:>13}".format("claims F1", "note pairing") * len(READINGS))
    with tempfile.TemporaryDirectory() as tmp:
        for source in (s for s in all_sources() if s["id"] in HELD_OUT):
            clean = claim_notes("\n".join(web_page(source, random.Random(0))[0]), None)
            totals = {r: [0, 0, 0, 0, 0] for r in READINGS}
            for seed in range(looks):
                style = Style.draw(random.Random(seed))
                path = Path(tmp, f"{source['id']}_{seed}.pdf")
                rendering = render(source, style)
                path.write_bytes(rendering.pdf)
                read = read_source(path)
                measured = measure_reading(read)
                lines, _, kept = damaged(read.raw.split("\n"), label_lines(read.raw, rendering.segments),
                                         "numbers_lost", random.Random(0), measured)
                lost = "\n".join(lines)
                readings = {"geometry": (read.raw, measured), "text only": (read.raw, None),
                            "numbers lost": (lost, kept), "numbers lost, text only": (lost, None)}
                row = f"{source['id']:8} {seed:4} {style.notes:12}"
                for name, (text, boxes) in readings.items():
                    counts = compare(clean, claim_notes(text, model, boxes))
                    totals[name] = [a + b for a, b in zip(totals[name], counts)]
                    row += _scores(counts)
                print(row)
            print(f"{source['id']:8} {'all':>4} {'':12}" + "".join(_scores(totals[r]) for r in READINGS))


def _scores(counts: list[int] | tuple[int, int, int, int, int]) -> str:
    n, g, same, noted, paired = counts
    return f" {2 * same / (n + g):10.3f} {paired / noted:13.3f}"


if __name__ == "__main__":
    main()
