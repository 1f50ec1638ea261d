"""`claims report`: a static, self-contained HTML site to check claims against their source.

One page per article — the clean body with every claim's date, actors and citation marker
highlighted, the paired note and its parsed reference on a marker's click, the raw lines
with the exact span on a claim's click, flagged notes, gold misses and false alarms — a
timeline of the claims, and an index with counts and the evaluation table. No server,
nothing fetched at view time: CSS and script are inline.
"""

from __future__ import annotations

import base64
import html
import json
import re
import struct
import zlib
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.document import Document
from pipeline.same_event.model import group
from pipeline.stages.layout.front import article_metadata

from .citation_style import STYLES, format_reference
from .evaluate import match_claims

PAGE_IMAGE_SCALE = 1.5  # 108 dpi: legible beside the text, about 100 KB a page
# event types coloured by CAMEO's four classes (its "quad class": root codes 01-05, 06-08, 09-13,
# 14-20) and the project's own codes (X01-X04 politics, X00 a state of affairs)
EVENT_GROUPS = (("verbal cooperation", "#1a7f37", tuple(f"{k:02}" for k in range(1, 6))),
                ("material cooperation", "#0969da", ("06", "07", "08")),
                ("verbal conflict", "#bf8700", ("09", "10", "11", "12", "13")),
                ("material conflict", "#cf222e", tuple(str(k) for k in range(14, 21))),
                ("politics: policy, office, election, organization", "#8250df", ("X01", "X02", "X03", "X04")),
                ("state of affairs", "#6e7781", ("X00",)))

CSS = """
:root{--date:#1f6feb;--per:#8250df;--org:#bf8700;--gpe:#1a7f37;--miss:#cf222e;--bg:#fff;--fg:#1f2328;--muted:#656d76}
*{box-sizing:border-box}body{font:16px/1.8 "Noto Serif CJK SC","Source Han Serif SC",serif;color:var(--fg);background:var(--bg);margin:0}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1.25rem}
h1{font-size:1.35rem;line-height:1.4}h2{font-size:1.1rem;margin-top:2rem}
.meta,.legend,.muted{color:var(--muted);font-size:.85rem}
.byline{margin:.2rem 0 .4rem;font-size:1rem}
p.para{margin:.2rem 0 .9rem;text-indent:2em}p.heading{font-weight:bold;text-indent:0}
.claim{all:unset;text-indent:0;cursor:pointer;border-bottom:3px solid var(--date);background:#ddf4ff}
.claim.optional{border-bottom-style:dotted}.claim:focus{outline:3px solid #0969da;outline-offset:1px}
.claim.false-alarm{background:#ffebe9;border-bottom-color:var(--miss)}
.gold-miss{border-bottom:3px dashed var(--miss)}
.actor{border-radius:3px;padding:0 2px}.PER{background:#fbefff}.ORG{background:#fff8c5}.GPE{background:#dafbe1}
.tag{font:bold .65rem/1 sans-serif;vertical-align:super;margin-left:1px}.PER .tag{color:var(--per)}.ORG .tag{color:var(--org)}.GPE .tag{color:var(--gpe)}
.marker{all:unset;text-indent:0;cursor:pointer;color:#0969da;font-weight:bold}.marker:focus{outline:2px solid #0969da}
.marker.flag{color:var(--miss)}
#panel{position:sticky;bottom:0;background:#f6f8fa;border-top:2px solid #d0d7de;padding:.6rem 1.25rem;max-height:45vh;overflow:auto;font-size:.9rem;line-height:1.5}
#panel:empty{display:none}#panel pre{white-space:pre-wrap;font:13px/1.45 monospace;background:#fff;border:1px solid #d0d7de;padding:.5rem}
#panel mark{background:#ffd33d}
table{border-collapse:collapse;font:13px/1.4 sans-serif}td,th{border:1px solid #d0d7de;padding:2px 6px;text-align:right}td:first-child,th:first-child{text-align:left}
.cited{margin:.2rem 0}details summary{cursor:pointer;color:var(--muted)}
.notes li{font-size:.85rem;line-height:1.5;margin-bottom:.3rem}.flagged{color:var(--miss)}
svg text{font:11px sans-serif}main pre{overflow-x:auto;font-size:13px}
.source-view{display:flex;gap:1rem;align-items:flex-start}.source-view>pre{flex:1}
.page-view{position:relative;flex:0 0 42%;border:1px solid #d0d7de}.page-view img{display:block;width:100%}
.page-view .box{position:absolute;border:2px solid #1f6feb;background:rgba(31,111,235,.15)}.page-view .box.marker-box{border-color:#bf8700}
"""

COMMON_SCRIPT = """
const panel=document.getElementById('panel');const data=JSON.parse(document.getElementById('claims-data').textContent);
function esc(s){return String(s).replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));}
function noteHtml(ct){let h=`<div>citation ${esc(ct.marker)} at [${ct.source_span}]${ct.pairing==='position'?' <span class=flagged>paired by position</span>':''}</div>`;
 if(ct.note==null)h+='<div class=flagged>note text missing from the file</div>';else h+=`<div>note [${ct.note_span}]: ${esc(ct.note)}</div>`;
 if(ct.truncated)h+='<div class=flagged>note cut short</div>';
 if(ct.formatted)h+=`<div class=cited>GB/T 7714: ${esc(ct.formatted.gbt7714)}</div><div class=cited>Chicago: ${esc(ct.formatted.chicago)}</div>`;
 if(ct.reference)h+=`<details><summary>parsed reference (CSL-JSON)</summary><pre>${esc(JSON.stringify(ct.reference,null,1))}</pre></details>`;return h;}
function pageView(spans){const on=spans.filter(x=>x&&x.pdf_page&&data.pages&&data.pages[x.pdf_page-1]);if(!on.length)return '';
 const n=on[0].pdf_page,pg=data.pages[n-1];
 const boxes=on.filter(x=>x.pdf_page===n).map(x=>{const [l,b,r,t]=x.bbox;return `<div class="box ${x.cls||''}" style="left:${100*l/pg.width}%;`+
  `top:${100*(pg.height-t)/pg.height}%;width:${100*(r-l)/pg.width}%;height:${100*(t-b)/pg.height}%"></div>`;}).join('');
 return `<div class=page-view title="PDF page ${n}"><img alt="PDF page ${n}" src="${pg.image}">${boxes}</div>`;}
function centreBox(){const box=panel.querySelector('.page-view .box');
 if(box)panel.scrollTop=box.parentElement.offsetTop+box.offsetTop-panel.clientHeight/2;}
function showNote(key){const ct=data.markers[key];if(!ct)return;panel.innerHTML=noteHtml(ct);panel.dataset.shown=key;}
document.querySelectorAll('.marker').forEach(b=>b.addEventListener('click',()=>showNote(b.dataset.marker)));
"""

SCRIPT = COMMON_SCRIPT + """
function showClaim(id){const c=data.claims[id];if(!c)return;
 let h=`<strong>${esc(c.claim_id)}</strong> · ${esc(c.date.value)}${c.date.mod?' ('+esc(c.date.mod)+')':''}${c.date.anchor?' · anchored on '+esc(c.date.anchor):''}`;
 h+=`<div>raw lines ${c.raw.first_line}–${c.raw.last_line}, span [${c.date.source_span}]:</div><div class=source-view><pre>${esc(c.raw.before)}<mark>${esc(c.raw.span)}</mark>${esc(c.raw.after)}</pre>${pageView([c.date,c.citation&&{...c.citation,cls:'marker-box'}])}</div>`;
 h+=`<div>${esc(c.sentence)}</div>`;
 if(c.actors.length)h+=`<div>actors: ${c.actors.map(a=>esc(a.text)+' <span class=muted>'+esc(a.type)+'</span>').join(', ')}</div>`;
 h+=c.citation?noteHtml(c.citation):'<div class=muted>no citation</div>';panel.innerHTML=h;panel.dataset.shown=id;centreBox();}
document.querySelectorAll('.claim').forEach(b=>b.addEventListener('click',()=>showClaim(b.dataset.claim)));
const claims=[...document.querySelectorAll('.claim')];
document.addEventListener('keydown',e=>{if(!['j','k'].includes(e.key)||!claims.length)return;
 let i=claims.indexOf(document.activeElement);i=e.key==='j'?Math.min(i+1,claims.length-1):Math.max(i-1,0);claims[i].focus();claims[i].click();});
const m=location.hash.match(/^#(claim|marker)=(.+)$/);if(m){const el=document.querySelector(`[data-${m[1]}="${decodeURIComponent(m[2])}"]`);if(el){el.focus();el.click();}}
"""


@dataclass
class Interval:
    start: float
    end: float
    open_end: bool = False


def edtf_intervals(value: str) -> list[Interval]:
    """Year-fraction intervals for placing an EDTF value on a timeline."""
    if value.startswith("{"):
        return [i for member in value.strip("{}").split(",") for i in edtf_intervals(member.strip())]
    if "/" in value:
        lo, hi = value.split("/", 1)
        first = edtf_intervals(lo)[0] if lo and lo != ".." else None
        last = edtf_intervals(hi)[-1] if hi and hi != ".." else None
        if first and last:
            return [Interval(first.start, last.end)]
        if first:
            return [Interval(first.start, first.end + 1, open_end=True)]
        return [last] if last else []
    m = re.fullmatch(r"(\d{2})(\d|X)(X|\d)(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return []
    century, decade, year, month, day = m.groups()
    if decade == "X":
        return [Interval(int(century) * 100, int(century) * 100 + 100)]
    if year == "X":
        return [Interval(int(century + decade) * 10, int(century + decade) * 10 + 10)]
    y = int(century + decade + year)
    if month and 1 <= int(month) <= 12:
        start = y + (int(month) - 1) / 12
        if day:
            start += (int(day) - 1) / 365
            return [Interval(start, start + 1 / 365)]
        return [Interval(start, start + 1 / 12)]
    if month:  # seasons and semesters (21-24, 33-34…): the year
        return [Interval(y, y + 1)]
    return [Interval(y, y + 1)]


TIMELINE_WIDTH, TIMELINE_LEFT, TIMELINE_ROW = 960, 150, 18  # px: the drawing, its row names, a row


def _frame(label: str, lo: float, hi: float, rows: list[str]) -> tuple[list[str], float]:
    """A timeline's opening: the svg element, a year axis from `lo` to `hi` and the row names;
    and its scale (px a year)."""
    scale = (TIMELINE_WIDTH - TIMELINE_LEFT - 10) / max(hi - lo, 1)
    height = 30 + TIMELINE_ROW * len(rows)
    out = [f'<svg role="img" aria-label="{label}" viewBox="0 0 {TIMELINE_WIDTH} {height}" width="100%">']
    for year in range(int(lo), int(hi) + 1, max(1, int((hi - lo) / 12))):
        x = TIMELINE_LEFT + (year - lo) * scale
        out.append(f'<line x1="{x:.1f}" y1="14" x2="{x:.1f}" y2="{height}" stroke="#eaeef2"/>'
                   f'<text x="{x:.1f}" y="11" text-anchor="middle">{year}</text>')
    for r, name in enumerate(rows):
        out.append(f'<text x="4" y="{30 + r * TIMELINE_ROW + 9}">{html.escape(name)}</text>')
    return out, scale


def timeline_svg(claims: list[dict[str, Any]], across_documents: bool = False) -> str:
    """Claims placed by their EDTF interval, one row per first actor (canonical name); each bar links to
    its sentence; a legend says what the colours mean."""
    placed = [(c, edtf_intervals(c["date"]["value"] or "")) for c in claims]
    placed = [(c, iv) for c, iv in placed if iv]
    if not placed:
        return "<p class=muted>No dated claims to place.</p>"
    lo = min(i.start for _, ivs in placed for i in ivs)
    # the axis ends a little after the latest start: open intervals and centuries are clipped there
    hi = min(max(i.end for _, ivs in placed for i in ivs), max(i.start for _, ivs in placed for i in ivs) + 3)
    lo, hi = float(int(lo)), float(int(hi) + 1)
    rows = sorted({_row(c) for c, _ in placed})
    out, scale = _frame("timeline of claims", lo, hi, rows)
    left, row_h = TIMELINE_LEFT, TIMELINE_ROW
    for c, ivs in placed:
        r = rows.index(_row(c))
        event = c.get("event")
        for iv in ivs:
            x = left + (iv.start - lo) * scale
            w = max(3.0, (min(iv.end, hi) - iv.start) * scale)
            kind = f' {event["type"]}' if event else ""
            title = html.escape(f'{c["claim_id"]} {c["date"]["value"]}{kind}: {c["sentence"][:80]}')
            fill = "#8c959f" if c.get("optional") else event_colour(event["code"]) if event else "#1f6feb"
            bar = f'<rect x="{x:.1f}" y="{30 + r * row_h}" width="{w:.1f}" height="{row_h - 5}" rx="2" fill="{fill}" opacity="{0.55 if iv.open_end else 0.85}"><title>{title}</title></rect>'
            page = f'{c["doc_id"]}.html' if across_documents else ""
            link = f'{html.escape(page)}#claim={html.escape(c["claim_id"])}'
            typed = f' data-event="{html.escape(event["type"])}"' if event else ""
            out.append(f'<a href="{link}"{typed}>{bar}</a>')
    out.append("</svg>")
    kinds = sorted({c["event"]["type"] for c, _ in placed if c.get("event")})
    swatches = [(name, colour) for name, colour, _ in EVENT_GROUPS] if kinds else [("a claim", "#1f6feb")]
    colours = "".join(f'<span style="color:{colour}">■</span> {name}; ' for name, colour in swatches)
    out.append('<p class="legend">A row per claim\'s first actor, by its canonical name (安倍 and 安倍晋三 share one). '
               f'{colours}<span style="color:#8c959f">■</span> an optional claim '
               '(a heading, a title, quoted speech); a lighter bar is open-ended (…以来), drawn to the axis end.</p>')
    if not kinds:
        return "".join(out)
    options = "".join(f'<option value="{html.escape(k)}">{html.escape(k)}</option>' for k in kinds)
    show = ("const t=this.value;this.closest('.timeline').querySelectorAll('a[data-event]')"
            ".forEach(a=>a.style.display=!t||a.dataset.event===t?'':'none')")
    return (f'<div class="timeline"><label class="legend">Event type <select onchange="{show}">'
            f'<option value="">all</option>{options}</select></label>{"".join(out)}</div>')


def events_timeline(claims: list[dict[str, Any]]) -> str:
    """The events two or more articles report (pipeline/same_event), one row per canonical actor
    (an event shows in the row of each actor its clauses name, at most three), each bar linking
    to the event's row in the table below, whose cells link to every claim behind it."""
    events = [e for e in group(claims) if len(e.documents) > 1]
    if not events:
        return "<p class=muted>No event is reported by two articles.</p>"
    placed = [(e, edtf_intervals(e.date.value)) for e in events]
    rows = sorted({a for e, _ in placed for a in e.actors[:3]} or {"—"})
    lo = float(int(min(iv.start for _, ivs in placed for iv in ivs)))
    hi = float(int(max(iv.end for _, ivs in placed for iv in ivs)) + 1)
    out, scale = _frame("timeline of events", lo, hi, rows)
    for e, ivs in placed:
        title = html.escape(f"{e.date.value}: {len(e.members)} claims in {len(e.documents)} articles — {e.date.clause}")
        for name in e.actors[:3] or ["—"]:
            y = 30 + rows.index(name) * TIMELINE_ROW
            for iv in ivs:
                x, w = TIMELINE_LEFT + (iv.start - lo) * scale, max(3.0, (iv.end - iv.start) * scale)
                out.append(f'<a href="#{html.escape(e.event_id)}"><rect x="{x:.1f}" y="{y}" width="{w:.1f}" '
                           f'height="{TIMELINE_ROW - 5}" rx="2" fill="#1f6feb" opacity="0.85"><title>{title}</title></rect></a>')
    out.append("</svg>")
    table = "".join(
        f'<tr id="{html.escape(e.event_id)}"><td>{html.escape(e.date.value)}</td>'
        f'<td>{html.escape("、".join(e.actors))}</td><td>{html.escape(e.date.clause)}</td><td>'
        + "<br>".join(f'<a href="{html.escape(k.doc_id)}.html#claim={html.escape(k.claim_id)}">{html.escape(k.claim_id)}</a>'
                      for k in e.members)
        + "</td></tr>" for e in events)
    return ("".join(out) + '<p class="legend">Events reported by two or more articles, grouped by the same-event model '
            "(a row per canonical actor the event's clauses name).</p><table><thead><tr><th>date</th><th>actors</th>"
            f"<th>as one article says it</th><th>claims</th></tr></thead><tbody>{table}</tbody></table>")


def event_colour(code: str) -> str:
    """The colour of an event code's class (EVENT_GROUPS): 042 is a 04, verbal cooperation."""
    return next(colour for _, colour, roots in EVENT_GROUPS if code[:3] in roots or code[:2] in roots)


def _row(claim: dict[str, Any]) -> str:
    actors = claim["actors"]
    return (actors[0].get("canonical") or actors[0]["text"]) if actors else "—"


def _raw_context(doc: Document, line_starts: list[int], claim: dict[str, Any]) -> dict[str, Any]:
    """The raw lines of the claim's whole sentence, its citation marker included, with the date's
    span: a wrapped sentence, even one cut by a page break, is shown as the file has it."""
    span = claim["date"]["source_span"]
    lo, hi = span
    clean = doc.body.clean_span(*span)[0]
    sentence = next((s for s in doc.sentences if s.start <= clean < s.end), None)
    if sentence is not None and sentence.end > sentence.start:
        s_lo, s_hi = doc.raw_span(sentence.start, sentence.end)
        lo, hi = min(lo, s_lo), max(hi, s_hi)
    if claim.get("citation"):
        hi = max(hi, claim["citation"]["source_span"][1])
    first = bisect_right(line_starts, lo) - 1
    last = bisect_right(line_starts, max(lo, hi - 1)) - 1
    start, end = doc.lines[first].start, doc.lines[last].end
    return {"first_line": first + 1, "last_line": last + 1, "start": start, "before": doc.raw[start : span[0]],
            "span": doc.raw[span[0] : span[1]], "after": doc.raw[span[1] : end]}


def _spans_for_paragraph(doc: Document, index: int, claims: list[dict[str, Any]], misses: list[dict[str, Any]],
                         false_alarms: set[str]) -> str:
    """A paragraph's clean text as HTML with claim dates, actors, markers and gold misses marked."""
    para = doc.paragraphs[index]
    text = doc.body.text[para.start : para.end]
    marks: list[tuple[int, int, str, str]] = []  # start, end, open tag, close tag
    for c in claims:
        s, e = doc.body.clean_span(*c["date"]["source_span"])
        if para.start <= s < para.end:
            cls = "claim" + (" optional" if c.get("optional") else "") + (" false-alarm" if c["claim_id"] in false_alarms else "")
            event = c.get("event")
            label = html.escape(f'{c["date"]["value"]}{" " + c["date"]["mod"] if c["date"]["mod"] else ""}'
                                f'{" · " + event["type"] if event else ""}')
            colour = f' style="border-bottom-color:{event_colour(event["code"])}"' if event else ""
            button = f'<button class="{cls}" data-claim="{html.escape(c["claim_id"])}" title="{label}"{colour}>'
            marks.append((s - para.start, e - para.start, button, "</button>"))
            sentence = next(x for x in doc.sentences if x.start <= s < max(x.end, x.start + 1))
            for actor in c["actors"]:
                tag = (f'<span class="actor {actor["type"]}" title="{html.escape(actor["text"])}">',
                       f'<span class="tag">{actor["type"]}</span></span>')
                if actor.get("source_span"):  # the mention the record holds
                    a, b = doc.body.clean_span(*actor["source_span"])
                    marks.append((a - para.start, b - para.start, *tag))
                    continue
                for m in re.finditer(re.escape(actor["text"]), doc.body.text[sentence.start : sentence.end]):  # older records
                    a = sentence.start + m.start() - para.start
                    marks.append((a, a + len(actor["text"]), *tag))
            ct = c.get("citation")
            if ct:
                ms, me = doc.body.clean_span(*ct["source_span"])
                flag = " flag" if ct.get("note") is None or ct.get("pairing") == "position" else ""
                key = html.escape(f'{ct["source_span"][0]}')
                marks.append((ms - para.start, me - para.start, f'<button class="marker{flag}" data-marker="{key}" title="note">', "</button>"))
    for g in misses:
        s, e = doc.body.clean_span(*g["date"]["source_span"])
        if para.start <= s < para.end:
            marks.append((s - para.start, e - para.start, f'<span class="gold-miss" title="gold claim missed: {html.escape(g["date"]["value"])}">', "</span>"))
    return _render_marks(text, marks)


def _render_marks(text: str, marks: list[tuple[int, int, str, str]]) -> str:
    """Insert non-crossing marks (a mark that would cross an earlier one is dropped)."""
    marks = sorted(set(marks), key=lambda m: (m[0], -m[1]))
    chosen: list[tuple[int, int, str, str]] = []
    for m in marks:
        if all(m[1] <= c[0] or m[0] >= c[1] or (c[0] <= m[0] and m[1] <= c[1]) for c in chosen):
            chosen.append(m)
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for s, e, o, c in chosen:
        opens.setdefault(s, []).append(o)
        closes.setdefault(e, []).insert(0, c)
    out = []
    for i, ch in enumerate(text):
        out += closes.get(i, []) + opens.get(i, []) + [html.escape(ch)]
    out += closes.get(len(text), [])
    return "".join(out)


def article_page(doc: Document, claims: list[dict[str, Any]], gold: list[dict[str, Any]] | None,
                 review: tuple[dict[str, Any], str] | None = None) -> str:
    """An article's page; with `review` (the editor's data and script, from `review.py`) the page
    edits claims instead of only showing them."""
    misses: list[dict[str, Any]] = []
    false_alarms: set[str] = set()
    if gold is not None:
        _, misses, extra = match_claims(gold, claims)
        false_alarms = {p["claim_id"] for p in extra}
    paragraphs = "\n".join(
        f'<p class="para{" heading" if p.heading else ""}" id="p{i}">{_spans_for_paragraph(doc, i, claims, misses, false_alarms)}</p>'
        for i, p in enumerate(doc.paragraphs)
    )
    formatted = {c["claim_id"]: _formatted(c["citation"]) for c in claims}
    line_starts = [ln.start for ln in doc.lines]
    data = {"claims": {c["claim_id"]: {**c, "citation": formatted[c["claim_id"]], "raw": _raw_context(doc, line_starts, c)}
                       for c in claims},
            "markers": {str(c["citation"]["source_span"][0]): formatted[c["claim_id"]] for c in claims if c.get("citation")},
            "pages": page_images(doc)}
    notes = "".join(
        f'<li id="note-{n.page}-{n.position}"{" class=flagged" if n.number is None else ""}>p{n.page} '
        f'{html.escape(n.number or "(number lost: position " + str(n.position) + ")")} {html.escape(n.text.text)}</li>'
        for n in doc.notes
    ) + "".join(f'<li id="ref-{n.number}">[{html.escape(n.number or "?")}] {html.escape(n.text.text)}</li>' for n in doc.reference_list)
    cited = sum(1 for c in claims if c.get("citation"))
    missing = sum(1 for c in claims if c.get("citation") and c["citation"].get("note") is None)
    gold_line = f" · gold: {len(misses)} missed, {len(false_alarms)} false alarms" if gold is not None else ""
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    script = f"<script>{SCRIPT}</script>"
    if review is not None:
        review_payload = json.dumps(review[0], ensure_ascii=False).replace("</", "<\\/")
        script = f'<script type="application/json" id="review-data">{review_payload}</script><script>{review[1]}</script>'
    return f"""<!doctype html><html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{html.escape(doc.doc_id)} — claims</title><style>{CSS}</style></head><body>
<header><p class="meta"><a href="index.html">← all articles</a></p><h1>{html.escape(doc.doc_id)}</h1>{_byline(doc)}
<p class="meta">{len(claims)} claims · {cited} cited · {missing} with the note missing · {len(doc.pages)} pages · {len(doc.notes)} notes{gold_line}</p>
<p class="legend">Keys: Tab or j/k move between claims; Enter shows a claim's raw source. Dates <span class="claim">underlined</span>,
actors <span class="actor PER">PER</span> <span class="actor ORG">ORG</span> <span class="actor GPE">GPE</span>, markers open their note{", gold claims missed <span class=gold-miss>dashed red</span>, false alarms <span class='claim false-alarm'>red</span>" if gold is not None else ""}.</p></header>
<main><h2>Timeline</h2>{timeline_svg(claims)}<h2>Body</h2>{paragraphs}<h2>Notes</h2><ol class="notes">{notes}</ol></main>
<div id="panel" aria-live="polite"></div>
<script type="application/json" id="claims-data">{payload}</script>{script}</body></html>"""


def _formatted(citation: dict[str, Any] | None) -> dict[str, Any] | None:
    """The citation with its parsed reference formatted in each style, for the panel."""
    if not citation or not citation.get("reference"):
        return citation
    return {**citation, "formatted": {style: format_reference(citation["reference"], style) for style in STYLES}}


def page_images(doc: Document) -> list[dict[str, Any]]:
    """A PDF's pages as PNG data URLs with their size in points, for boxing a claim's date and
    marker on the page (the records' `pdf_page` and `bbox`); nothing for other inputs."""
    if doc.source != "pdf":
        return []
    import pypdfium2 as pdfium

    pages = []
    with pdfium.PdfDocument(doc.path) as pdf:
        for page in pdf:
            width, height = page.get_size()
            pixels = page.render(scale=PAGE_IMAGE_SCALE, grayscale=True).to_numpy()
            image = base64.b64encode(_png(pixels.reshape(pixels.shape[0], pixels.shape[1]))).decode("ascii")
            pages.append({"image": f"data:image/png;base64,{image}", "width": round(width, 1), "height": round(height, 1)})
    return pages


def _png(gray: Any) -> bytes:
    """A greyscale PNG of a 2-D uint8 array (zlib only: no imaging library needed)."""
    height, width = gray.shape

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\0" + gray[y].tobytes() for y in range(height))  # filter 0 on every row
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def _byline(doc: Document) -> str:
    """The article's title, authors, journal and issue, where its front matter gives them."""
    meta = article_metadata(doc)
    parts = [meta.get("title"), "、".join(meta.get("authors") or []), " ".join(filter(None, (meta.get("journal"), meta.get("issue"))))]
    line = " · ".join(p for p in parts if p)
    return f'\n<p class="byline">{html.escape(line)}</p>' if line else ""


def _document_cell(row: dict[str, Any]) -> str:
    """A document's name, linked to its page; a file that failed has no page, so no link."""
    name = html.escape(row["doc_id"])
    return name if row.get("error") else f'<a href="{name}.html">{name}</a>'


def index_row(doc_id: str, claims: list[dict[str, Any]]) -> dict[str, Any]:
    """A document's row in the index: its claims, the cited ones, those whose note is missing."""
    return {"doc_id": doc_id, "claims": len(claims), "cited": sum(1 for c in claims if c.get("citation")),
            "missing_notes": sum(1 for c in claims if c.get("citation") and c["citation"].get("note") is None)}


def index_page(rows: list[dict[str, Any]], all_claims: list[dict[str, Any]], eval_table: str | None) -> str:
    body = "".join(
        f'<tr><td>{_document_cell(r)}</td><td>{r.get("claims", "")}</td>'
        f'<td>{r.get("cited", "")}</td><td>{r.get("missing_notes", "")}</td><td>{html.escape(r.get("error", ""))}</td></tr>'
        for r in rows
    )
    evaluation = f"<h2>Evaluation against gold</h2><pre>{html.escape(eval_table)}</pre>" if eval_table else ""
    return f"""<!doctype html><html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>claims report</title><style>{CSS}</style></head><body><header><h1>Claims report</h1></header><main>
<table><thead><tr><th>document</th><th>claims</th><th>cited</th><th>missing notes</th><th>error</th></tr></thead><tbody>{body}</tbody></table>
{evaluation}<h2>Timeline across articles</h2>{timeline_svg(all_claims, across_documents=True)}
<h2>Events across articles</h2>{events_timeline(all_claims)}</main></body></html>"""


def write_report(out_dir: Path, documents: list[tuple[Document, list[dict[str, Any]]]], errors: list[tuple[str, str]],
                 gold: dict[str, list[dict[str, Any]]] | None, eval_table: str | None) -> list[Path]:
    """Write index.html and one page per article; return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written, rows, everything = [], [], []
    for doc, claims in documents:
        page = out_dir / f"{doc.doc_id}.html"
        page.write_text(article_page(doc, claims, gold.get(doc.doc_id) if gold is not None else None), encoding="utf-8")
        written.append(page)
        rows.append(index_row(doc.doc_id, claims))
        everything += claims
    rows += [{"doc_id": doc_id, "error": error} for doc_id, error in errors]
    index = out_dir / "index.html"
    index.write_text(index_page(rows, everything, eval_table), encoding="utf-8")
    return [index, *written]

