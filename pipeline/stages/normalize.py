"""Character-level normalization as a table of rules (models/normalize/rules.json).

The rules are data; this module only loads and applies them, in order, to a
`MappedText`, so every replacement keeps its way back to the raw file. Each rule's
count is returned, for `claims inspect`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.mapped import MappedText
from pipeline.resources import MODELS

RULES_FILE = MODELS / "normalize" / "rules.json"
PUA = re.compile("[\ue000-\uf8ff]")
URL = re.compile(
    r"https?://[^\s\u3000-\u9fff，。；、「」『』【】\[\]<>“”]+"
    r"(?:(?:[ \t]*/[ \t]*|(?<=[./])[ \t]+(?=[a-z0-9]))[^\s\u3000-\u9fff，。；、「」『』【】\[\]<>“”]+)*/?"
)


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # table | regex | url | flag
    pattern: re.Pattern[str]
    replace: str | dict[str, str] | None


def expand_classes(pattern: str, classes: dict[str, str]) -> str:
    """Replace `{NAME}` by the character class body of that name."""
    for name, body in classes.items():
        pattern = pattern.replace("{" + name + "}", body)
    return pattern


def _class_body(value: str | dict[str, str]) -> str:
    """A class's characters, written out or read from another model file (`from`, the dotted `key`
    there): the transliteration characters live in one place, the actors' rules."""
    if isinstance(value, str):
        return value
    found = json.loads((MODELS / value["from"]).read_text(encoding="utf-8"))
    for key in value["key"].split("."):
        found = found[key]
    return "".join(ch for ch in found if ch not in value.get("without", ""))


@cache
def load_rules(path: Path = RULES_FILE) -> tuple[Rule, ...]:
    spec = json.loads(path.read_text(encoding="utf-8"))
    classes = {name: _class_body(value) for name, value in spec.get("classes", {}).items()}
    rules: list[Rule] = []
    for item in spec["rules"]:
        kind = item["kind"]
        if kind == "table":
            rules.extend(_table_rules(item, path.parent))
        elif kind == "url":
            rules.append(Rule(item["name"], "url", URL, None))
        else:
            pattern = re.compile(expand_classes(item["pattern"], classes), re.MULTILINE)
            replace = item.get("replace_map") or item.get("replace")
            rules.append(Rule(item["name"], kind, pattern, replace))
    return tuple(rules)


def _table_rules(item: dict, folder: Path) -> list[Rule]:
    name = item["name"]
    if "table_file" not in item:
        table = item["table"]
        return [Rule(name, "table", re.compile("[" + re.escape("".join(table)) + "]"), table)]
    spec = json.loads((folder / item["table_file"]).read_text(encoding="utf-8"))
    table = {cp: entry["char"] for cp, entry in spec.get("map", {}).items()}
    rules = [Rule(name, "table", re.compile("[" + re.escape("".join(table)) + "]"), table)] if table else []
    rules += [Rule(name, "regex", re.compile(c["pattern"]), c["replace"]) for c in spec.get("context", [])]
    return rules


@cache
def pua_characters() -> dict[int, str]:
    """The private-use code points the `pua` table maps to one character each, for
    `str.translate`: the layout reads its lines through them (a PUA full stop ends a sentence),
    and the text keeps its length, so its offsets hold."""
    chars = {ord(code): unicodedata.normalize("NFKC", char) for code, char in _pua_table().items()}
    return {code: char for code, char in chars.items() if len(char) == 1}  # ︒ read as 。


def _pua_table() -> dict[str, str]:
    """The `pua` table rule's map: private-use characters whose meaning is certain."""
    return next(rule.replace for rule in load_rules() if rule.name == "pua" and rule.kind == "table")


@cache
def _note_glyph_rule(path: Path = RULES_FILE.parent / "pua.json") -> dict:
    """pua.json's `note_glyph_runs`."""
    return json.loads(path.read_text(encoding="utf-8"))["note_glyph_runs"]


def note_glyph_runs(raw: str) -> dict[int, str]:
    """The private-use code points that stand for a document's circled note numbers, mapped to
    them (pua.json `note_glyph_runs`): runs of consecutive code points that restart on each page,
    in a document whose notes open with ①; {} where the document holds no such runs."""
    rule, mapped = _note_glyph_rule(), _pua_table()
    seen = [ord(ch) for ch in PUA.findall(raw) if ch not in mapped]
    glyphs = rule["glyphs"]
    if len(seen) < rule["min_marks"] or len(set(seen)) < 2 or not re.search(f"(?m)^\\s*{re.escape(glyphs[0])}", raw):
        return {}
    base = min(seen)
    if seen[0] != base or any(code not in (base, before + 1) for before, code in zip(seen, seen[1:])):
        return {}
    return {base + k: glyphs[k] for k in range(max(seen) - base + 1)} if max(seen) - base < len(glyphs) else {}


@cache
def fullwidth_digits() -> dict[int, str]:
    """The full-width digits of the `fullwidth_ascii` table, for `str.translate`: the layout reads a
    document that prints its digits so with half-width ones, and the text keeps its length."""
    table = next(rule.replace for rule in load_rules() if rule.name == "fullwidth_ascii" and rule.kind == "table")
    return {ord(code): char for code, char in table.items() if char.isdigit()}


def normalize(text: MappedText, rules: tuple[Rule, ...] | None = None) -> tuple[MappedText, Counter[str]]:
    """Apply every rule in order; return the normalized text and the count of each rule."""
    counts: Counter[str] = Counter()
    for rule in rules if rules is not None else load_rules():
        if rule.kind == "flag":
            counts[rule.name] += sum(1 for _ in rule.pattern.finditer(text.text))
            continue
        text, n = text.sub(rule.pattern, _replacer(rule))
        counts[rule.name] += n
    counts["pua_unmapped"] += len(PUA.findall(text.text))
    return text, +counts


def _replacer(rule: Rule):
    if rule.kind == "url":
        return lambda m: re.sub(r"[ \t]+", "", m.group(0))
    if isinstance(rule.replace, dict):
        table = rule.replace
        return lambda m: table.get(m.group(0), m.group(0)) if m.lastindex is None else table[m.group(1)]
    return rule.replace
