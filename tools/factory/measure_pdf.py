"""PDF input end to end: the held-out sources typeset in several looks, each PDF read by the
pipeline's own reader (`pipeline.stages.ingest`: text layer, type sizes), its claims and note
pairing against the clean source's (as `measure` scores them).

`python -m tools.factory.measure_pdf [--looks 10]`: a row per look, then the totals per source.
Only the sources of `HELD_OUT` are measured: the shipped line-role model never saw them.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from pipeline.stages.ingest import read_source
from pipeline.stages.layout.model import load
from pipeline.stages.layout.train import HELD_OUT

from .measure import claim_notes, compare
from .source import all_sources
from .typeset import Style, render
from .web import web_page


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--looks", type=int, default=10, help="style seeds 0 … looks-1 per source")
    looks = parser.parse_args(argv).looks
    model = load()
    print(f"{'source':8} {'look':>4} {'notes':12} {'F1':>6} {'pairing':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for source in (s for s in all_sources() if s["id"] in HELD_OUT):
            clean = claim_notes("\n".join(web_page(source, random.Random(0))[0]), None)
            total = [0, 0, 0, 0, 0]
            for seed in range(looks):
                style = Style.draw(random.Random(seed))
                path = Path(tmp, f"{source['id']}_{seed}.pdf")
                path.write_bytes(render(source, style).pdf)
                counts = compare(clean, claim_notes(read_source(path).raw, model))
                total = [a + b for a, b in zip(total, counts)]
                n, g, same, noted, paired = counts
                print(f"{source['id']:8} {seed:4} {style.notes:12} {2 * same / (n + g):6.3f} {paired / noted:8.3f}")
            n, g, same, noted, paired = total
            print(f"{source['id']:8} {'all':>4} {'':12} {2 * same / (n + g):6.3f} {paired / noted:8.3f}")


if __name__ == "__main__":
    main()
