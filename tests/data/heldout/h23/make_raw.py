#!/usr/bin/env python3
"""Rebuild h23_<sha1[:8]>.txt from article.html.src + style.css.

1. Typeset article.html.src with WeasyPrint (per-page footnotes, circled numbers
   restarting on every page: computed by rendering, reading which page each
   footnote landed on, and re-rendering until the assignment is stable).
2. Extract the text with poppler's `pdftotext` (default mode, no -layout).
3. Add a few kinds of damage real copies have (see README, "Damage").
The PDF is written to /tmp/h23w/ and is not kept in the repository.
Run with /work/main/.venv/bin/python (needs weasyprint).
"""
import hashlib, os, re, subprocess, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = '/tmp/h23w'
CIRC = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

def number_notes(html):
    n = [0]
    def rep(m):
        n[0] += 1
        return '<span class="fn" id="fn%d" data-m="①">' % n[0]
    return re.sub(r'<span class="fn">', rep, html), n[0]

def pages_of_notes(doc):
    where = {}
    for i, page in enumerate(doc.pages):
        stack = [page._page_box]
        while stack:
            b = stack.pop()
            el = getattr(b, 'element', None)
            if el is not None and (el.get('id') or '').startswith('fn') and el.get('id') not in where:
                where[el.get('id')] = i
            stack.extend(getattr(b, 'children', []))
    return where

def build_pdf(pdf_path):
    import weasyprint
    src = open(os.path.join(HERE, 'article.html.src'), encoding='utf-8').read()
    html, count = number_notes(src)
    marks = {}
    for _ in range(6):
        cur = re.sub(r'<span class="fn" id="(fn\d+)" data-m="[^"]*">',
                     lambda m: '<span class="fn" id="%s" data-m="%s">' % (m.group(1), marks.get(m.group(1), '①')), html)
        doc = weasyprint.HTML(string=cur, base_url=HERE + '/').render()
        where = pages_of_notes(doc)
        assert len(where) == count, (len(where), count)
        new, seen = {}, {}
        for k in range(1, count + 1):
            fid = 'fn%d' % k
            p = where[fid]
            seen[p] = seen.get(p, 0) + 1
            new[fid] = CIRC[seen[p] - 1]
        if new == marks:
            break
        marks = new
    else:
        sys.exit('footnote numbering did not converge')
    doc.write_pdf(pdf_path)
    return count, marks, where, len(doc.pages)

def damage(text):
    pages = text.split('\f')
    # (a) private-use glyphs: on two pages the font subset had no Unicode
    #     mapping for the middle dot and the em dash.
    for pi in PUA_PAGES:
        pages[pi] = pages[pi].replace('\u00b7', '\uf0b7').replace('\u2014', '\uf0be')
    # (b) letters for hyphens in the access dates of one page's notes
    pages[HYPH_PAGE] = re.sub(r'\[(\d{4})-(\d{2})-(\d{2})\]', '[\\1\uff27\\2\uff27\\3]', pages[HYPH_PAGE])
    text = '\f'.join(pages)
    # (c) a note cut short: the copy lost the end of one note
    for start, keep_until, next_start in CUT_NOTES:
        i = text.index(start)
        k = text.index(keep_until, i) + len(keep_until)
        n = text.index(next_start, k)
        text = text[:k] + '\n' + text[n:]
    return text

PUA_PAGES = [3, 9]     # 0-based page indexes: printed pages 64 and 70
HYPH_PAGE = 12         # printed page 73
CUT_NOTES = [('\u2463 \u5173\u4e8e\u8fd9\u4e00\u63d2\u66f2', 'Interpretative Possibilities and Underlying', '\u2464 UNFCCC, \u201cAdoption')]

def main():
    os.makedirs(WORK, exist_ok=True)
    pdf = os.path.join(WORK, 'h23.pdf')
    count, marks, where, npages = build_pdf(pdf)
    raw = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], check=True,
                         stdout=subprocess.PIPE).stdout.decode('utf-8')
    open(os.path.join(WORK, 'pdftotext_raw.txt'), 'w', encoding='utf-8').write(raw)
    if '--raw-only' in sys.argv:
        print(count, npages); return
    out = damage(raw)
    data = out.encode('utf-8')
    name = 'h23_%s.txt' % hashlib.sha1(data).hexdigest()[:8]
    for old in glob.glob(os.path.join(HERE, 'h23_*.txt')):
        os.remove(old)
    open(os.path.join(HERE, name), 'wb').write(data)
    print(name, len(data), 'bytes;', count, 'notes;', npages, 'pages')

if __name__ == '__main__':
    main()
