"""Gold claims with an events pass merged in: each claim gets the pass's `event` (by claim_id).

    .venv/bin/python -m tools.merge_events --gold annotations/gold --events annotations/events/passes/A --out DIR

Two merged passes scored one against the other (`claims eval --gold A --pred B`) give the
agreement of the event annotation; the reconciled pass merged into the gold is the gold.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def merge(gold: Path, events: Path, out: Path) -> dict[str, int]:
    """Write `out/<doc_id>.jsonl` for each gold file; returns claims written per document. A gold
    claim the pass lacks, or a pass line for no gold claim, stops with an error."""
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for gold_file in sorted(gold.glob("*.jsonl")):
        claims = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
        pass_file = events / gold_file.name
        lines = pass_file.read_text(encoding="utf-8").splitlines() if pass_file.exists() else []
        event_of = {row["claim_id"]: row["event"] for row in map(json.loads, filter(str.strip, lines))}
        missing = [c["claim_id"] for c in claims if c["claim_id"] not in event_of]
        unknown = sorted(set(event_of) - {c["claim_id"] for c in claims})
        if missing or unknown:
            raise SystemExit(f"{pass_file}: no event for {missing[:3]}…, events of no gold claim {unknown[:3]}…"
                             if missing and unknown else f"{pass_file}: no event for {missing or unknown}")
        merged = [{**c, "event": event_of[c["claim_id"]]} for c in claims]
        (out / gold_file.name).write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in merged), encoding="utf-8")
        written[gold_file.stem] = len(merged)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--events", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    print(merge(args.gold, args.events, args.out))


if __name__ == "__main__":
    main()
