"""`claims review`: the review site served on this machine, where a reviewer corrects claims and
saves them as gold, the way annotation tools pre-annotate with a model and let a person fix it.

The page starts from the document's gold when there is one, else from the predictions, every
claim pending. The reviewer accepts, rejects or edits claims and adds missed ones in the page;
a save sends the whole state and the server rebuilds each record from the source: texts from
the raw file at the given spans, the sentence, and the citation by the contract's walk, so a
gold file is in the contract's format with exact raw offsets whatever the page sent. Files are
replaced atomically; what changed is derived here, by comparing with what was there, and
appended to `<gold>/review-log/<doc_id>.jsonl`. A claim not yet reviewed keeps
`reviewed_by: null`, and `claims eval` leaves a document holding one out of the score.

The server answers only on the address it was bound to (127.0.0.1 by default), serves only its
own pages, refuses any path outside them, and takes a save only from its own pages (the
`Origin` and `Host` headers of a browser's request; a JSON body, which a cross-site form cannot
send).
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from edtf import parse_edtf

from pipeline.document import Document
from pipeline.stages.citations.markers import citation_record, cite
from pipeline.stages.citations.references import document_references, reference_list_items
from pipeline.stages.sentences import strip_markers

from .evaluate import load_jsonl
from .report import COMMON_SCRIPT, article_page, index_page, index_row

Record = dict[str, Any]
ACTOR_TYPES = ("PER", "ORG", "GPE")
MODS = (None, "START", "MID", "END", "APPROX")
LOG_FOLDER = "review-log"

REVIEW_CSS = """
#review{position:sticky;top:0;z-index:2;background:#fff8c5;border-bottom:1px solid #d4a72c;padding:.3rem 1.25rem;
font:13px/1.5 sans-serif}#review input{font:inherit}#review .status{margin-left:1rem}
#claims-table{font:13px/1.4 sans-serif;width:100%}#claims-table tr{cursor:pointer}#claims-table tr.current{outline:2px solid #0969da}
#claims-table td{text-align:left}tr.accepted td:last-child{color:#1a7f37}tr.pending td:last-child{color:#9a6700}
.claim.rejected{text-decoration:line-through;background:#eaeef2}.claim.edited{background:#fff8c5}
.error{color:#cf222e}.remove-actor{all:unset;cursor:pointer;color:#cf222e;padding:0 3px}.remove-actor:focus{outline:2px solid #cf222e}
"""

REVIEW_SCRIPT = COMMON_SCRIPT + """
const R=JSON.parse(document.getElementById('review-data').textContent);const raw=R.raw;
document.head.insertAdjacentHTML('beforeend',`<style>""" + REVIEW_CSS.replace("\n", "") + """</style>`);
function at(runs,i){let lo=0,hi=runs.length-1;while(lo<hi){const m=(lo+hi+1)>>1;if(runs[m][0]<=i)lo=m;else hi=m-1;}
 return runs[lo][1]+(i-runs[lo][0]);}
const EDTF_DATE=/^-?(\\d{4}|\\d{3}X|\\d{2}XX)(-(0[1-9]|1[0-2]|2[1-4]|3[3-6]|4[01]|XX)(-(0[1-9]|[12]\\d|3[01]|XX))?)?[?~%]?$/;
function validDate(v){if(!EDTF_DATE.test(v))return false;const m=v.match(/^(\\d{4})-(\\d{2})-(\\d{2})/);
 if(!m)return true;const d=new Date(Date.UTC(+m[1],+m[2]-1,+m[3]));return d.getUTCMonth()===+m[2]-1;}
function validEdtf(v){if(/^[{\\[].*[}\\]]$/.test(v))return v.slice(1,-1).split(',').every(x=>validDate(x.trim().replace(/^\\.\\./,'').replace(/\\.\\.$/,'')));
 if(v.includes('/')){const [a,b]=v.split('/');return (a===''||a==='..'||validDate(a))&&(b===''||b==='..'||validDate(b))&&!(a===''&&b==='');}
 return validDate(v);}
let state=Object.values(data.claims).map(c=>({origin:c.claim_id,status:R.reviewed[c.claim_id]?'accepted':'pending',
 date:{text:c.date.text,value:c.date.value,mod:c.date.mod,anchor:c.date.anchor,source_span:c.date.source_span},
 optional:!!c.optional,actors:c.actors.map(a=>({...a})),sentence:c.sentence,
 citation:c.citation?{marker:c.citation.marker,source_span:c.citation.source_span}:null}));
let cur=0,history=[],dirty=false;
const bar=document.createElement('div');bar.id='review';
bar.innerHTML=`reviewer <input id=reviewer size=12 aria-label=reviewer> <button id=save>save (s)</button>
 <span class=status id=status></span><div class=muted>j/k claim · a accept · x reject · e edit value · o optional ·
 select text, then: d date span · n new claim · 1 PER 2 ORG 3 GPE actor · m marker; c no citation · w walk to marker ·
 u undo · s save</div>`;
document.body.prepend(bar);const who=document.getElementById('reviewer');who.value=localStorage.getItem('claims-reviewer')||'';
who.addEventListener('change',()=>localStorage.setItem('claims-reviewer',who.value));
const list=document.createElement('section');list.innerHTML='<h2>Review</h2><table id=claims-table><tbody></tbody></table>';
document.querySelector('main').prepend(list);
function say(msg,bad){const s=document.getElementById('status');s.textContent=msg;s.className='status'+(bad?' error':'');}
function change(fn){history.push(JSON.stringify([state,cur]));fn();dirty=true;say('unsaved changes');render();}
function undo(){if(!history.length)return say('nothing to undo');[state,cur]=JSON.parse(history.pop());dirty=true;say('undone');render();}
function sortState(c){state.sort((a,b)=>a.date.source_span[0]-b.date.source_span[0]);cur=Math.max(0,state.indexOf(c));}
function offsetIn(root,node,offset){const r=document.createRange();r.setStart(root,0);r.setEnd(node,offset);
 const f=r.cloneContents();f.querySelectorAll('.tag').forEach(e=>e.remove());return f.textContent.length;}
function selectedSpan(){const sel=getSelection();if(!sel.rangeCount||sel.isCollapsed)return null;const r=sel.getRangeAt(0);
 const box=n=>(n.nodeType===1?n:n.parentElement).closest('pre[data-start],p.para');
 const root=box(r.startContainer);if(!root||root!==box(r.endContainer))return null;
 const a=offsetIn(root,r.startContainer,r.startOffset),b=offsetIn(root,r.endContainer,r.endOffset);if(b<=a)return null;
 if(root.tagName==='PRE'){const s=+root.dataset.start;return [s+a,s+b];}
 const base=R.paragraphs[+root.id.slice(1)];return [at(R.starts,base+a),at(R.ends,base+b-1)];}
function rawView(c){const [s,e]=c.date.source_span;const o=data.claims[c.origin];
 let lo=o&&o.raw.start<=s?o.raw.start:raw.lastIndexOf('\\n',Math.max(0,s-1))+1;
 let hi=raw.indexOf('\\n',Math.max(e,o?o.raw.start+o.raw.before.length+o.raw.span.length+o.raw.after.length:e));
 if(hi<0)hi=raw.length;const cs=c.citation&&c.citation.source_span;
 const cut=[[s,e,'mark']].concat(cs&&cs[0]>=lo&&cs[1]<=hi?[[cs[0],cs[1],'u']]:[]).sort((x,y)=>x[0]-y[0]);
 let h='',p=lo;for(const [a,b,t] of cut){if(a<p)continue;h+=esc(raw.slice(p,a))+`<${t}>`+esc(raw.slice(a,b))+`</${t}>`;p=b;}
 return `<pre data-start=${lo}>${h}${esc(raw.slice(p,hi))}</pre>`;}
function show(){const c=state[cur];if(!c){panel.innerHTML='<div class=muted>no claims: select a date and press n</div>';return;}
 let h=`<strong>${esc(c.origin||'new claim')}</strong> · <span class=status-word>${c.status}</span> · date ${esc(c.date.text)}
 [${c.date.source_span}]${c.optional?' · optional':''}<div><label>value <input id=value value="${esc(c.date.value||'')}" size=24></label>
 <label>mod <select id=mod>${['','START','MID','END','APPROX'].map(m=>`<option${(c.date.mod||'')===m?' selected':''}>${m}</option>`).join('')}</select></label>
 <span id=value-error class=error></span></div>`;const o=data.claims[c.origin];
 const same=o&&o.date.source_span.join()===c.date.source_span.join();
 h+=`<div class=source-view>${rawView(c)}${same?pageView([o.date,o.citation&&{...o.citation,cls:'marker-box'}]):''}</div>`;
 h+=`<div>actors: ${c.actors.map((a,i)=>`${esc(a.text)} <span class=muted>${esc(a.type)}</span><button class=remove-actor data-i=${i} title="remove actor">×</button>`).join(' ')||'<span class=muted>none</span>'}</div>`;
 h+=`<div>citation: ${c.citation==='walk'?'the contract\\'s walk, on save':c.citation?esc(c.citation.marker)+' ['+c.citation.source_span+']':'none'}</div>`;
 panel.innerHTML=h;
 const v=document.getElementById('value');v.addEventListener('keydown',e=>{if(e.key==='Enter'){e.preventDefault();setValue();}
  if(e.key==='Escape')v.blur();e.stopPropagation();});
 document.getElementById('mod').addEventListener('change',setValue);
 panel.querySelectorAll('.remove-actor').forEach(b=>b.addEventListener('click',()=>change(()=>{c.actors.splice(+b.dataset.i,1);c.status='accepted';})));
 centreBox();}
function setValue(){const c=state[cur],v=document.getElementById('value').value.trim(),m=document.getElementById('mod').value||null;
 if(!validEdtf(v)){document.getElementById('value-error').textContent=`not an EDTF date: ${v}`;return;}
 change(()=>{c.date.value=v;c.date.mod=m;c.status='accepted';});}
function render(){const body=document.querySelector('#claims-table tbody');
 body.innerHTML=state.map((c,i)=>`<tr class="${c.status}${i===cur?' current':''}" data-i=${i}><td>${esc(c.origin||'new')}</td>
 <td>${esc(c.date.text)}</td><td>${esc(c.date.value||'')}${c.date.mod?' '+esc(c.date.mod):''}</td>
 <td>${c.actors.map(a=>esc(a.text)).join('、')}</td><td>${c.citation==='walk'?'walk':c.citation?esc(c.citation.marker):''}</td><td>${c.status}</td></tr>`).join('');
 body.querySelectorAll('tr').forEach(r=>r.addEventListener('click',()=>{cur=+r.dataset.i;render();}));
 const kept=new Set(state.map(c=>c.origin));
 document.querySelectorAll('.claim').forEach(b=>{b.classList.toggle('rejected',!kept.has(b.dataset.claim));
  const c=state.find(x=>x.origin===b.dataset.claim);b.classList.toggle('edited',!!c&&c.status==='accepted');});
 show();}
document.querySelectorAll('.claim').forEach(b=>b.addEventListener('click',()=>{const i=state.findIndex(c=>c.origin===b.dataset.claim);
 if(i>=0){cur=i;render();}}));
async function save(){if(!who.value.trim()){who.focus();return say('say who you are: type your name, then save',true);}
 const claims=state.map(c=>({origin:c.origin,status:c.status,date:c.date,optional:c.optional,actors:c.actors,citation:c.citation}));
 say('saving…');const res=await fetch('/api/save/'+encodeURIComponent(R.doc_id),{method:'POST',
  headers:{'Content-Type':'application/json'},body:JSON.stringify({reviewer:who.value.trim(),claims})});
 const out=await res.json();if(!res.ok)return say('not saved: '+out.error,true);
 dirty=false;say(`saved ${out.claims} claims to ${out.saved} (${out.pending} pending)`);document.body.dataset.saved=out.saved;
 history=[];location.reload();}
document.getElementById('save').addEventListener('click',save);
addEventListener('beforeunload',e=>{if(dirty)e.preventDefault();});
document.addEventListener('keydown',e=>{if(e.target.closest('input,select'))return;const c=state[cur];
 if((e.ctrlKey||e.metaKey)&&e.key==='z'){e.preventDefault();return undo();}
 if((e.ctrlKey||e.metaKey)&&e.key==='s'){e.preventDefault();return save();}
 if(e.ctrlKey||e.metaKey||e.altKey)return;const span=selectedSpan();
 const act={j:()=>{cur=Math.min(cur+1,state.length-1);render();},k:()=>{cur=Math.max(cur-1,0);render();},
  a:()=>c&&change(()=>{c.status='accepted';cur=Math.min(cur+1,state.length-1);}),
  x:()=>c&&change(()=>{state.splice(cur,1);cur=Math.min(cur,state.length-1);}),
  e:()=>{const v=document.getElementById('value');if(v){v.focus();v.select();}},
  o:()=>c&&change(()=>{c.optional=!c.optional;c.status='accepted';}),
  d:()=>c&&span?change(()=>{c.date.source_span=span;c.date.text=raw.slice(...span);c.status='accepted';sortState(c);}):say('select the date first',true),
  n:()=>{if(!span)return say('select a date in the text first',true);const c2={origin:null,status:'accepted',
   date:{text:raw.slice(...span),value:'',mod:null,anchor:null,source_span:span},optional:false,actors:[],citation:'walk'};
   change(()=>{state.push(c2);sortState(c2);});document.getElementById('value').focus();},
  m:()=>c&&span?change(()=>{c.citation={marker:raw.slice(...span),source_span:span};c.status='accepted';}):say('select the marker first',true),
  c:()=>c&&change(()=>{c.citation=null;c.status='accepted';}),
  w:()=>c&&change(()=>{c.citation='walk';c.status='accepted';}),
  u:undo,s:save};
 const types={'1':'PER','2':'ORG','3':'GPE'};
 if(types[e.key]){if(!c||!span)return say('select the actor\\'s name first',true);e.preventDefault();
  return change(()=>{c.actors.push({type:types[e.key],source_span:span,added:true,text:raw.slice(...span).replace(/\\s+/g,'')});c.status='accepted';});}
 if(act[e.key]){e.preventDefault();act[e.key]();}});
sortState(state[0]);render();
const hash=location.hash.match(/^#claim=(.+)$/);if(hash){const i=state.findIndex(c=>c.origin===decodeURIComponent(hash[1]));if(i>=0){cur=i;render();}}
"""


class ReviewError(ValueError):
    """A save the server refuses: the message says which claim and why."""


def valid_edtf(value: str) -> bool:
    """An EDTF value the contract's dates take; open intervals of unspecified digits (`199X/..`),
    which the `edtf` library does not read, are checked end by end."""
    try:
        parse_edtf(value)
        return True
    except Exception:  # the library raises its own and other errors for what it cannot read
        pass
    if "/" not in value or value.startswith("{"):
        return False
    return all(end == ".." or valid_edtf(end) for end in value.split("/", 1))


@dataclass
class ReviewedDocument:
    """An article under review: its processed document, its claims as the page starts from them,
    and whether they come from gold."""

    doc: Document
    claims: list[Record]
    from_gold: bool = False


@dataclass
class GoldStore:
    """Gold claims in `<folder>/<doc_id>.jsonl`, written atomically, with a log of every change."""

    folder: Path
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))

    def path(self, doc_id: str) -> Path:
        return self.folder / f"{doc_id}.jsonl"

    def load(self, doc_id: str) -> list[Record] | None:
        path = self.path(doc_id)
        return [r for r in load_jsonl(path) if "date" in r] if path.exists() else None

    def save(self, doc: Document, before: list[Record], submitted: list[Record], reviewer: str) -> list[Record]:
        """Rebuild the submitted claims from the source, write them and log what changed against
        `before` (the claims the page started from, by claim_id). Returns the records written."""
        if not reviewer.strip():
            raise ReviewError("say who reviewed: the reviewer's name is empty")
        now = self.clock().replace(microsecond=0).isoformat().replace("+00:00", "Z")
        previous = {c["claim_id"]: c for c in before}
        references = document_references(doc.notes), reference_list_items(doc.reference_list)
        pairs = sorted(((_record(doc, item, references), item) for item in submitted),
                       key=lambda p: p[0]["date"]["source_span"])
        records = [record for record, _ in pairs]
        for a, b in zip(records, records[1:]):
            if a["date"]["source_span"][1] > b["date"]["source_span"][0]:
                raise ReviewError(f"the dates {a['date']['text']!r} and {b['date']['text']!r} overlap")
        log: list[Record] = []
        for number, (record, item) in enumerate(pairs, 1):
            record["claim_id"] = f"{doc.doc_id}#{number:04d}"
            old = previous.get(item.get("origin") or "")
            changes = _changes(old, record)
            reviewed = item.get("status") == "accepted" or bool(changes and old is not None) or old is None
            if not reviewed:
                record.update(reviewed_by=None, reviewed_at=None)
            elif old is not None and not changes and old.get("reviewed_at"):
                record.update(reviewed_by=old["reviewed_by"], reviewed_at=old["reviewed_at"])
            else:
                record.update(reviewed_by=reviewer, reviewed_at=now)
            if old is None:
                log.append({"action": "add", "claim": record["claim_id"], "date": record["date"]["text"]})
            elif changes:
                log += [{"action": "edit", "claim": old["claim_id"], **change} for change in changes]
            elif reviewed and not old.get("reviewed_at"):
                log.append({"action": "accept", "claim": old["claim_id"]})
        kept = {item.get("origin") for item in submitted}
        log += [{"action": "reject", "claim": c["claim_id"], "date": c["date"]["text"]} for c in before if c["claim_id"] not in kept]
        self._write(self.path(doc.doc_id), "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        if log:
            entries = "".join(json.dumps({"at": now, "by": reviewer, **e}, ensure_ascii=False) + "\n" for e in log)
            log_path = self.folder / LOG_FOLDER / f"{doc.doc_id}.jsonl"
            self._write(log_path, (log_path.read_text(encoding="utf-8") if log_path.exists() else "") + entries)
        return records

    @staticmethod
    def _write(path: Path, text: str) -> None:
        """Write through a temporary file in the same folder and rename it over the old one, so a
        crash leaves the old file or the new one, never half of one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.chmod(temporary, path.stat().st_mode if path.exists() else 0o644)  # mkstemp's 0600 is for secrets
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _span(doc: Document, value: Any, what: str) -> tuple[int, int]:
    """A raw span the page sent, checked against the file."""
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        raise ReviewError(f"{what}: a span is two offsets, got {value!r}")
    start, end = value
    if not 0 <= start < end <= len(doc.raw):
        raise ReviewError(f"{what}: span {value} outside the file (0–{len(doc.raw)})")
    return start, end


def _clean(doc: Document, start: int, end: int) -> str:
    """The clean body text made from a raw span (an actor's name without the line breaks in it)."""
    a, b = doc.body.clean_span(start, end)
    return doc.body.text[a:b] or doc.raw[start:end]


def _record(doc: Document, item: Record, references: tuple[Any, Any]) -> Record:
    """A claim in the contract's format from what the page sent: texts, sentence and citation
    from the source."""
    date = item.get("date") or {}
    start, end = _span(doc, date.get("source_span"), "date")
    text = doc.raw[start:end]
    value = date.get("value")
    if not isinstance(value, str) or not valid_edtf(value):
        raise ReviewError(f"date {text!r}: {value!r} is not an EDTF value")
    if date.get("mod") not in MODS:
        raise ReviewError(f"date {text!r}: mod {date.get('mod')!r} is not one of {', '.join(m for m in MODS if m)}")
    clean_start, clean_end = doc.body.clean_span(start, end)
    sentence = next((i for i, s in enumerate(doc.sentences) if s.start <= clean_start < s.end), None)
    if sentence is None or clean_start == clean_end:  # nothing of the body made from it: a note, a header
        raise ReviewError(f"date {text!r} at {start}: not in the article's body")
    actors = []
    for actor in item.get("actors") or []:
        if actor.get("type") not in ACTOR_TYPES:
            raise ReviewError(f"actor {actor.get('text')!r}: type {actor.get('type')!r} is not one of {', '.join(ACTOR_TYPES)}")
        kept = {k: actor[k] for k in ("text", "type", "canonical", "label_en", "iso") if actor.get(k)}
        if actor.get("source_span") is not None:
            a, b = _span(doc, actor["source_span"], f"actor {actor.get('text')!r}")
            if actor.get("added"):  # selected in the page: the name as the clean text has it
                kept["text"] = _clean(doc, a, b)
            kept["source_span"] = [a, b]
        if not kept.get("text"):
            raise ReviewError(f"date {text!r}: an actor without text")
        actors.append(kept)
    return {"doc_id": doc.doc_id, "claim_id": "", "date": {"text": text, "value": value, "mod": date.get("mod"),
            "anchor": date.get("anchor"), "source_span": [start, end]}, "optional": bool(item.get("optional")),
            "sentence": strip_markers(doc.sentence_text(doc.sentences[sentence]), doc.marker_style),
            "actors": actors, "citation": _citation(doc, item.get("citation"), clean_start, sentence, references)}


def _citation(doc: Document, given: Any, date_start: int, sentence: int, references: tuple[Any, Any]) -> Record | None:
    """The citation the page set (a marker's raw span; null for none), or for `"walk"` the
    contract's walk from the date; the note paired with the marker as the pipeline pairs it
    (`references`: the notes' and the reference list's parsed items, as `citation_record` takes them)."""
    if given is None:
        return None
    if given == "walk":
        marker = cite(doc, date_start, sentence, set(), doc.markers)
    else:
        start, end = _span(doc, given.get("source_span") if isinstance(given, dict) else given, "citation marker")
        marker = next((m for m in doc.markers if tuple(m.raw_span) == (start, end)), None)
        if marker is None:  # a marker the pipeline did not see: its note is not known
            return {"marker": doc.raw[start:end], "source_span": [start, end], "note_id": None, "note": None,
                    "note_span": None}
    record = citation_record(doc, marker, doc.markers, *references)
    if record is None:
        return None
    return {k: record.get(k) for k in ("marker", "source_span", "note_id", "note", "note_span")}


def _changes(old: Record | None, new: Record) -> list[Record]:
    """What the reviewer changed in a claim: date span, value, mod, optional, actors, citation."""
    if old is None:
        return []
    out = []
    pairs = [("date", old["date"]["source_span"], new["date"]["source_span"]),
             ("value", old["date"]["value"], new["date"]["value"]), ("mod", old["date"]["mod"], new["date"]["mod"]),
             ("optional", bool(old.get("optional")), new["optional"]),
             ("citation", (old.get("citation") or {}).get("source_span"), (new["citation"] or {}).get("source_span"))]
    out += [{"field": name, "from": a, "to": b} for name, a, b in pairs if a != b]
    before = {(a["text"], a["type"]) for a in old.get("actors", [])}
    after = {(a["text"], a["type"]) for a in new["actors"]}
    out += [{"field": "actor", "from": None, "to": f"{t} {k}"} for t, k in sorted(after - before)]
    out += [{"field": "actor", "from": f"{t} {k}", "to": None} for t, k in sorted(before - after)]
    return out


def _runs(values: Any) -> list[list[int]]:
    """A per-character offset array as runs [index, value] of consecutive values: small in a page."""
    runs: list[list[int]] = []
    for i, v in enumerate(values):
        if not runs or v != runs[-1][1] + (i - runs[-1][0]):
            runs.append([i, v])
    return runs


def review_data(reviewed: ReviewedDocument) -> Record:
    """What the page's editor needs beside the claims: the raw text, the clean body's map back to
    it, where each paragraph starts, the markers, and each claim's review state."""
    doc = reviewed.doc
    return {"doc_id": doc.doc_id, "raw": doc.raw, "starts": _runs(doc.body.starts), "ends": _runs(doc.body.ends),
            "paragraphs": [p.start for p in doc.paragraphs],
            "markers": [{"marker": m.label, "source_span": list(m.raw_span)} for m in doc.markers],
            "reviewed": {c["claim_id"]: bool(c.get("reviewed_at")) or (reviewed.from_gold and "reviewed_at" not in c)
                         for c in reviewed.claims}}


class ReviewSite:
    """The pages and the saves of one review session."""

    def __init__(self, documents: list[ReviewedDocument], store: GoldStore, errors: list[tuple[str, str]]):
        self.documents = {d.doc.doc_id: d for d in documents}
        self.store, self.errors = store, errors
        self.lock = threading.Lock()
        self.rendered: dict[str, str] = {}  # doc_id → its page, until a save changes its claims

    def page(self, name: str) -> str | None:
        """`index.html` or `<doc_id>.html`; None for any other name."""
        if name in ("", "index.html"):
            rows = [index_row(d.doc.doc_id, d.claims) for d in self.documents.values()]
            rows += [{"doc_id": i, "error": e} for i, e in self.errors]
            return index_page(rows, [c for d in self.documents.values() for c in d.claims], None)
        reviewed = self.documents.get(name.removesuffix(".html")) if name.endswith(".html") else None
        if reviewed is None:
            return None
        with self.lock:
            doc_id = reviewed.doc.doc_id
            if doc_id not in self.rendered:
                self.rendered[doc_id] = article_page(reviewed.doc, reviewed.claims, None,
                                                     review=(review_data(reviewed), REVIEW_SCRIPT))
            return self.rendered[doc_id]

    def save(self, doc_id: str, body: Record) -> Record:
        reviewed = self.documents.get(doc_id)
        if reviewed is None:
            raise KeyError(doc_id)
        claims, reviewer = body.get("claims"), body.get("reviewer")
        if not isinstance(claims, list) or not isinstance(reviewer, str):
            raise ReviewError("a save is {\"reviewer\": name, \"claims\": [...]}")
        with self.lock:
            records = self.store.save(reviewed.doc, reviewed.claims, claims, reviewer)
            reviewed.claims, reviewed.from_gold = records, True
            self.rendered.pop(doc_id, None)
        pending = sum(1 for r in records if r["reviewed_by"] is None)
        return {"saved": str(self.store.path(doc_id)), "claims": len(records), "pending": pending}


def make_server(site: ReviewSite, host: str = "127.0.0.1", port: int = 8765) -> ThreadingHTTPServer:
    """An HTTP server for the site on host:port (port 0: any free port)."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "claims-review"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
            pass  # the terminal is the reviewer's: no line per request

        def _origins(self) -> set[str]:
            bound = self.server.server_address[1]
            names = {host, "localhost", "127.0.0.1"} if host in ("127.0.0.1", "localhost") else {host}
            return {f"{name}:{bound}" for name in names}

        def _send(self, status: HTTPStatus, body: str, kind: str = "text/html; charset=utf-8") -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                             "script-src 'unsafe-inline'; img-src data:; connect-src 'self'")
            self.end_headers()
            self.wfile.write(data)

        def _json(self, status: HTTPStatus, value: Record) -> None:
            self._send(status, json.dumps(value, ensure_ascii=False), "application/json; charset=utf-8")

        def _refused(self) -> str | None:
            """Why this request is refused: a Host not ours (DNS rebinding), an Origin not ours."""
            if self.headers.get("Host") not in self._origins():
                return f"refused: host {self.headers.get('Host')!r} is not this server"
            origin = self.headers.get("Origin")
            if origin is not None and urlsplit(origin).netloc not in self._origins():
                return f"refused: requests from {origin} are not taken"
            return None

        def _name(self) -> str | None:
            """The page asked for; None for a path that leaves the site (`..`, folders, encodings)."""
            path = unquote(urlsplit(self.path).path)
            name = path.removeprefix("/")
            if "/" in name or "\\" in name or ".." in name or "\0" in name:
                return None
            return name

        def do_GET(self) -> None:  # noqa: N802 (the base class's name)
            refused = self._refused()
            if refused:
                return self._send(HTTPStatus.FORBIDDEN, refused, "text/plain; charset=utf-8")
            name = self._name()
            if name is None:
                return self._send(HTTPStatus.FORBIDDEN, "refused: outside the review site", "text/plain; charset=utf-8")
            page = site.page(name)
            if page is None:
                return self._send(HTTPStatus.NOT_FOUND, f"no page {name!r}", "text/plain; charset=utf-8")
            self._send(HTTPStatus.OK, page)

        def do_POST(self) -> None:  # noqa: N802 (the base class's name)
            refused = self._refused()
            if refused is None and self.headers.get("Origin") is None:
                refused = "refused: a save must come from the review page (no Origin header)"
            if refused is None and not (self.headers.get("Content-Type") or "").startswith("application/json"):
                refused = "refused: a save is sent as application/json"
            if refused:
                return self._json(HTTPStatus.FORBIDDEN, {"error": refused})
            match = re.fullmatch(r"/api/save/([^/]+)", urlsplit(self.path).path)
            if match is None:
                return self._json(HTTPStatus.NOT_FOUND, {"error": "no such endpoint"})
            try:
                length = int(self.headers.get("Content-Length") or 0)
                result = site.save(unquote(match.group(1)), json.loads(self.rfile.read(length) or b"{}"))
            except KeyError as exc:
                return self._json(HTTPStatus.NOT_FOUND, {"error": f"no document {exc.args[0]!r} in this review"})
            except (ReviewError, json.JSONDecodeError, ValueError) as exc:
                return self._json(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
            self._json(HTTPStatus.OK, result)

        def do_PUT(self) -> None:  # noqa: N802
            self._json(HTTPStatus.METHOD_NOT_ALLOWED, {"error": "only GET and POST"})

        do_DELETE = do_PATCH = do_PUT

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: Any, client_address: Any) -> None:
            """A browser that closes a connection early (a reload) is no error worth a traceback."""
            if not isinstance(sys.exc_info()[1], ConnectionError):
                super().handle_error(request, client_address)

    return Server((host, port), Handler)
