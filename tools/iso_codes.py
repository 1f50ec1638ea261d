"""Write each state's ISO 3166 code into models/actors/states.jsonl (`iso`), from pycountry.

    .venv/bin/python -m tools.iso_codes

A state of today gets its ISO 3166-1 alpha-2 code (looked up by its English label, or by the
name pycountry gives it where the two differ: NAMES); a former state its ISO 3166-3 code where
one exists (苏联 SUHH, 东德 DDDE, 南斯拉夫 YUCS …); states ISO never coded (沙俄, 奥匈帝国,
南越 …) get none. Run once when states are added: the pipeline reads the field, not pycountry.
"""

from __future__ import annotations

import json

import pycountry

from pipeline.resources import MODELS

STATES = MODELS / "actors" / "states.jsonl"
NAMES = {  # English label → pycountry's name
    "Brunei": "Brunei Darussalam", "Palestine": "Palestine, State of", "Russia": "Russian Federation",
    "Holy See": "Holy See (Vatican City State)", "Democratic Republic of the Congo": "Congo, The Democratic Republic of the",
    "São Tomé and Príncipe": "Sao Tome and Principe", "Micronesia": "Micronesia, Federated States of",
    "West Germany": "Germany",  # the Federal Republic kept its code
}
FORMER = {  # English label → ISO 3166-3 code
    "Soviet Union": "SUHH", "East Germany": "DDDE", "Yugoslavia": "YUCS", "Federal Republic of Yugoslavia": "YUCS",
    "Serbia and Montenegro": "CSXX", "Czechoslovakia": "CSHH", "North Vietnam": "VDVN", "South Yemen": "YDYE",
}


def code(en: str) -> str:
    if en in FORMER:
        return pycountry.historic_countries.get(alpha_4=FORMER[en]).alpha_4
    try:
        return pycountry.countries.lookup(NAMES.get(en, en)).alpha_2
    except LookupError:
        return ""


def main() -> None:
    lines = []
    for line in STATES.read_text(encoding="utf-8").splitlines():
        state = json.loads(line)
        state.pop("iso", None)
        iso = code(state["en"])
        lines.append(json.dumps({**state, "iso": iso} if iso else state, ensure_ascii=False))
    STATES.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
