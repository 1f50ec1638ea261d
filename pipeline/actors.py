"""Actors of a claim's sentence: persons (PER), organizations (ORG) and states (GPE).

Statistical segmentation and part-of-speech tags (jieba, which ships its model in the
wheel) find person names; rules on top, all data under models/actors/, do the rest:
gazetteers of states, organizations and persons with their variant spellings (canonical
name + English label), titles that split an office from the person holding it,
single-character state abbreviations expanded where they name participants (日美举行,
访美, 对华) but not in relation or event names (日美同盟, 俄乌冲突), governments named
after a leader (岸田内阁), and exclusions: cities, regions and seas, and anything inside
quotation marks or titles.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jieba
import jieba.posseg as pseg

from .normalize import MODELS

DATA = MODELS / "actors"
QUOTED = re.compile(r"“[^”]*”|《[^》]*》|«[^»]*»|「[^」]*」|『[^』]*』")
NAME_TAGS = {"nr", "nrt", "nrfg"}
NOT_NAME_TAGS = {"v", "vn", "vd", "p", "c", "u", "uj", "ul", "uz", "ug", "ud", "d", "r", "m", "q", "f", "t", "a", "ad", "l", "i", "title"}
NAME_CHARS = re.compile(r"^[\u4e00-\u9fff·A-Za-z]+$")
MAX_NAME = 8  # characters of a person's name, transliterations included
RARE_WORD = 300  # a word the segmenter's dictionary counts fewer times than this can be part of a name


@dataclass
class Actor:
    text: str  # as written (a person without title; an expanded abbreviation: the state's name)
    type: str  # PER | ORG | GPE
    canonical: str
    label_en: str
    start: int  # offsets into the sentence (for an abbreviation: its character)
    end: int


@dataclass(frozen=True)
class Entry:
    type: str
    canonical: str
    label_en: str


@dataclass(frozen=True)
class Lexicon:
    names: dict[str, Entry]  # every written form → its entry
    abbreviations: dict[str, Entry]  # one character → its state
    titles: tuple[str, ...]
    rules: dict


def _tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@cache
def lexicon() -> Lexicon:
    names: dict[str, Entry] = {}
    abbreviations: dict[str, Entry] = {}
    for canonical, label, abbr, aliases in (row + [""] * (4 - len(row)) for row in _tsv(DATA / "states.tsv")):
        entry = Entry("GPE", canonical, label)
        for form in [canonical, *filter(None, aliases.split(","))]:
            names[form] = entry
        for ch in filter(None, abbr.split(",")):
            abbreviations[ch] = entry
    for kind, file in (("ORG", "orgs.tsv"), ("PER", "persons.tsv")):
        for canonical, label, aliases in (row + [""] * (3 - len(row)) for row in _tsv(DATA / file)):
            entry = Entry(kind, canonical, label)
            for form in [canonical, *filter(None, aliases.split(","))]:
                names[form] = entry
    titles = tuple(t for t in (DATA / "titles.txt").read_text(encoding="utf-8").split() if not t.startswith("#"))
    rules = json.loads((DATA / "rules.json").read_text(encoding="utf-8"))
    jieba.setLogLevel(logging.WARNING)
    for form, entry in names.items():
        jieba.add_word(form, 2_000_000, {"PER": "nr", "ORG": "nt", "GPE": "ns"}[entry.type])
    for title in titles:
        jieba.add_word(title, 2_000_000, "title")
    return Lexicon(names, abbreviations, titles, rules)


def _excluded(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTED.finditer(sentence)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


@cache
def _gazetteer_pattern() -> re.Pattern[str]:
    names = sorted(lexicon().names, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def find_actors(sentence: str) -> list[Actor]:
    """Distinct actors of one clean sentence, in order of first mention, outside quotes and titles."""
    lex = lexicon()
    excluded = _excluded(sentence)
    found = _gazetteer(sentence, excluded, lex)
    found += _persons(sentence, excluded, [(a.start, a.end) for a in found], lex)
    found += _abbreviations(sentence, excluded, found, lex)
    return _distinct(sorted(found, key=lambda a: a.start))


def _gazetteer(sentence: str, excluded: list[tuple[int, int]], lex: Lexicon) -> list[Actor]:
    """Known states, organizations and persons, longest name first; a leader's name + 内阁/政府 is a government."""
    rules = lex.rules
    blocked = [m.span() for name in rules["not_actors"] for m in re.finditer(re.escape(name), sentence)]
    out = []
    for m in _gazetteer_pattern().finditer(sentence):
        word, (start, end) = m.group(0), m.span()
        entry = lex.names[word]
        after = sentence[end : end + 4]
        if _inside(excluded, start, end) or any(s <= start and end <= e for s, e in blocked):
            continue
        if entry.type == "GPE" and any(after.startswith(w) for w in rules["event_suffixes"] + rules["state_not_followed_by"]):
            continue
        suffix = next((g for g in rules["government_suffixes"] if after.startswith(g)), None)
        if entry.type == "PER" and suffix:
            out.append(Actor(word + suffix, "ORG", entry.canonical + suffix, f"{entry.label_en} government", start, end + len(suffix)))
        else:
            out.append(Actor(word, entry.type, entry.canonical, entry.label_en, start, end))
    return out


def _persons(sentence: str, excluded: list[tuple[int, int]], taken: list[tuple[int, int]], lex: Lexicon) -> list[Actor]:
    """Unknown persons: the name after a title (日本外相林芳正 → 林芳正), or a name the tagger marks as one."""
    rules = lex.rules
    tokens: list[tuple[str, str, int]] = []
    pos = 0
    for word, flag in pseg.cut(sentence):
        tokens.append((word, flag, pos))
        pos += len(word)
    out: list[Actor] = []
    i = 0
    while i < len(tokens):
        word, flag, start = tokens[i]
        if flag != "title" and flag not in NAME_TAGS:
            i += 1
            continue
        titled = flag == "title"
        j = i + 1 if titled else i
        parts: list[tuple[str, int]] = []
        while j < len(tokens):
            w, f, s = tokens[j]
            after_dot = bool(parts) and parts[-1][0] == "·"
            fits = len("".join(p for p, _ in parts) + w) <= MAX_NAME and NAME_CHARS.match(w)
            known = w in lex.names and not after_dot
            rare = jieba.dt.FREQ.get(w, 0) < RARE_WORD
            # after a title, any noun-like token the dictionary rarely sees, or a single character
            # (the segmenter cuts unknown names into pieces: 井筒 / 俊 / 司)
            loose = titled and f not in NOT_NAME_TAGS and (rare or len(w) == 1)
            if fits and not known and (w == "·" or after_dot or f in NAME_TAGS or loose):
                parts.append((w, s))
                j += 1
            else:
                break
        name = "".join(w for w, _ in parts).strip("·")
        if not parts or not name:
            i += 1
            continue
        span = (parts[0][1], parts[0][1] + len(name))
        # a name found by its tag alone must be long enough not to be a mis-tagged word
        plausible = len(name) >= (2 if titled or "·" in name else 3)
        overlaps = any(a < span[1] and span[0] < b for a, b in taken)
        if plausible and not overlaps and name not in rules["not_actors"] and not _inside(excluded, *span):
            entry = lex.names.get(name)
            suffix = next((g for g in rules["government_suffixes"] if sentence.startswith(g, span[1])), None)
            if suffix:
                out.append(Actor(name + suffix, "ORG", name + suffix, "", span[0], span[1] + len(suffix)))
            else:
                out.append(Actor(name, "PER", entry.canonical if entry else name, entry.label_en if entry else "", *span))
        i = max(j, i + 1)
    return out


def _abbreviations(sentence: str, excluded: list[tuple[int, int]], found: list[Actor], lex: Lexicon) -> list[Actor]:
    """States named by single characters: a run of two or more (日美, 英法德, 日、澳、韩、新), or one after
    a verb of visiting or relation (访美, 对华) — unless a relation or event word follows."""
    rules = lex.rules
    chars = "".join(lex.abbreviations)
    taken = [(a.start, a.end) for a in found]
    blocked = [m.span() for name in rules["not_actors"] for m in re.finditer(re.escape(name), sentence)]
    runs = list(re.finditer(rf"[{chars}](?:、?[{chars}])+", sentence))
    runs += [m for m in re.finditer(rf"(?<=[{''.join(rules['single_abbreviation_after'])}])[{chars}]", sentence)]
    out = []
    for m in runs:
        s, e = m.span()
        after = sentence[e : e + 6]
        if (any(after.startswith(w) for w in rules["relation_words"] + rules["event_suffixes"])
                or _inside(excluded, s, e) or any(a < e and s < b for a, b in taken + blocked)):
            continue
        for k, ch in enumerate(m.group(0)):
            if ch in lex.abbreviations:
                entry = lex.abbreviations[ch]
                out.append(Actor(entry.canonical, "GPE", entry.canonical, entry.label_en, s + k, s + k + 1))
    return out


def _distinct(actors: list[Actor]) -> list[Actor]:
    """One entry per canonical name, at its first mention."""
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.canonical, actor)
    return list(seen.values())


def spacy_doc(sentence: str):
    """The sentence as a spaCy `Doc` with its actors as `ents`, for displaCy:
    `spacy.displacy.render(spacy_doc(s), style="ent")`. Character tokens need no model."""
    import spacy  # only for rendering: the pipeline itself does not need spaCy

    doc = spacy.blank("zh").make_doc(sentence)
    doc.ents = [span for a in find_actors(sentence) if (span := doc.char_span(a.start, a.end, label=a.type, alignment_mode="expand"))]
    return doc
