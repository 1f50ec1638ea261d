#!/usr/bin/env python3
"""Rebuild h24_<sha8>.txt: typeset article_*.src with WeasyPrint, rasterize with
pdftoppm, degrade the page images (fixed seeds), OCR each page with Tesseract.

Run with the project venv (weasyprint, PIL, numpy):
    /work/main/.venv/bin/python make_raw.py            # build, write h24_<sha8>.txt
    /work/main/.venv/bin/python make_raw.py --html     # only write the HTML/PDF + stats
Work files (HTML, PDF, PNG) go to /tmp/h24w/ and are not kept in the repository.
"""
import glob, hashlib, html, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = '/tmp/h24w'
SOURCES = sorted(glob.glob(os.path.join(HERE, 'article_[0-9].src')))

def fn_repl(m):
    t = m.group(1)
    if t.startswith('*'):
        return '<span class="fn star">%s</span>' % html.escape(t[1:], quote=False)
    return '<span class="fn">%s</span>' % html.escape(t, quote=False)

def inline(text):
    # escape outside notes, convert ⟦…⟧ into WeasyPrint footnotes
    parts = re.split(r'(⟦[^⟧]*⟧)', text)
    out = []
    for p in parts:
        if p.startswith('⟦'):
            out.append(fn_repl(re.match(r'⟦(.*)⟧', p, re.S)))
        else:
            out.append(html.escape(p, quote=False))
    return ''.join(out)

CLS = {'MAST': ('p', 'mast'), 'T': ('h1', 'title'), 'ST': ('p', 'subtitle'),
       'A': ('p', 'author'), 'AF': ('p', 'affil'), 'AB': ('p', 'abs'),
       'KW': ('p', 'kw'), 'CLC': ('p', 'clc'), 'H1': ('h2', ''), 'H2': ('h3', ''),
       'P': ('p', ''), 'TC': ('p', 'tcap'), 'TS': ('p', 'tsrc'), 'ED': ('p', 'ed'),
       'ET': ('p', 'etitle'), 'EA': ('p', 'eauth'), 'EF': ('p', 'eaff'),
       'EB': ('p', 'eabs'), 'EK': ('p', 'ekw')}

def build_html():
    lines = []
    for f in SOURCES:
        with open(f, encoding='utf-8') as fh:
            lines += [l.rstrip('\n') for l in fh if l.strip()]
    body, table = [], None
    for l in lines:
        tag, text = l.split(': ', 1)
        if tag in ('TH', 'TR'):
            if table is None:
                table = []
            cells = text.split('|')
            cell = 'th' if tag == 'TH' else 'td'
            table.append('<tr>' + ''.join('<%s>%s</%s>' % (cell, html.escape(c), cell) for c in cells) + '</tr>')
            continue
        if table is not None:
            body.append('<table>' + ''.join(table) + '</table>')
            table = None
        el, cls = CLS[tag]
        body.append('<%s%s>%s</%s>' % (el, ' class="%s"' % cls if cls else '', inline(text), el))
    with open(os.path.join(HERE, 'style.css'), encoding='utf-8') as fh:
        css = fh.read()
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><style>\n'
            + css + '</style></head><body>\n' + '\n'.join(body) + '\n</body></html>\n'), lines

def degrade(src, dst, i, npages):
    import numpy as np
    from PIL import Image, ImageFilter
    rng = np.random.default_rng(2400 + i)
    im = Image.open(src).convert('L')
    angle = float(rng.uniform(0.3, 1.0)) * (1 if i % 2 else -1)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if i % 3 == 1:
        im = im.filter(ImageFilter.GaussianBlur(0.8))
    else:
        im = im.filter(ImageFilter.GaussianBlur(0.5))
    a = np.asarray(im).astype(np.float32)
    dark = (i == 5)                      # the sixth page is a dark copy
    if dark:
        a = a * 0.72 + 8                  # grey paper, thicker strokes
    a = a + rng.normal(0, 14 if dark else 9, a.shape)
    # sparse dust specks
    n = int(a.size * 0.0004)
    ys = rng.integers(0, a.shape[0], n); xs = rng.integers(0, a.shape[1], n)
    a[ys, xs] = rng.uniform(0, 90, n)
    # a faint copier shadow along the binding edge
    w = a.shape[1]
    edge = np.linspace(70 if dark else 45, 0, 120)
    if i % 2:
        a[:, :120] -= edge
    else:
        a[:, w-120:] -= edge[::-1]
    a = np.clip(a, 0, 255).astype(np.uint8)
    Image.fromarray(a, 'L').save(dst)

def main():
    os.makedirs(WORK, exist_ok=True)
    doc, lines = build_html()
    hp = os.path.join(WORK, 'h24.html')
    with open(hp, 'w', encoding='utf-8') as fh:
        fh.write(doc)
    import weasyprint
    pdf = os.path.join(WORK, 'h24.pdf')
    weasyprint.HTML(hp).write_pdf(pdf)
    if '--html' in sys.argv:
        return
    for old in glob.glob(os.path.join(WORK, 'p-*.png')) + glob.glob(os.path.join(WORK, 'd-*.png')):
        os.remove(old)
    subprocess.run(['pdftoppm', '-r', '300', '-gray', '-png', pdf, os.path.join(WORK, 'p')], check=True)
    pages = sorted(glob.glob(os.path.join(WORK, 'p-*.png')))
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    texts = []
    for i, p in enumerate(pages):
        d = os.path.join(WORK, 'd-%02d.png' % (i + 1))
        degrade(p, d, i, len(pages))
        r = subprocess.run(['tesseract', d, '-', '-l', 'chi_sim', '--psm', '3',
                            '-c', 'page_separator='], env=env, check=True,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        texts.append(r.stdout.decode('utf-8'))
        print('page', i + 1, len(texts[-1]), file=sys.stderr)
    data = '\f'.join(texts).encode('utf-8')
    sha = hashlib.sha1(data).hexdigest()
    for old in glob.glob(os.path.join(HERE, 'h24_*.txt')):
        os.remove(old)
    out = os.path.join(HERE, 'h24_%s.txt' % sha[:8])
    with open(out, 'wb') as fh:
        fh.write(data)
    print(out, sha, len(data))

if __name__ == '__main__':
    main()
