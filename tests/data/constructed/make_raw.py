"""Typeset and damage three constructed articles into raw "PDF text" files.

Written on its own (imports nothing from the project).  Each article is given as
clean content: one block per line, headings start with '#', a footnote is written
inline as 〖note text〗 where its marker stands, a forced page break as ⁋.
The typesetter wraps/paginates the text and applies the extraction damage listed
in each article's DAMAGE dict; the README lists where each kind of damage landed
(python3 make_raw.py --report prints the line numbers).

Run: python3 tests/data/constructed/make_raw.py   (writes c01_*.txt, c02_*.txt, c03_*.txt)
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CIRC = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
NOTE_RE = re.compile(r"〖(.*?)〗", re.S)
MARK = "\x00"
PB = "⁋"
NO_LINE_START = set("，。、；：！？）》」』”’,.;:!?)]%" + "\x00")
FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}


def parse(src):
    blocks = []
    for raw in src.strip().split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        kind = "p"
        if raw.startswith("#"):
            kind, raw = "h", raw.lstrip("#").strip()
        notes = []

        def rep(m):
            notes.append(m.group(1).strip())
            return MARK
        raw = raw.replace("{DOT}", "\uf0d7").replace("{ELL}", "\uf0bc")
        blocks.append((kind, NOTE_RE.sub(rep, raw), notes))
    return blocks


def cw(ch):
    """print width of a character in em (half-width characters are half an em)"""
    return 0.5 if ord(ch) < 0x2000 and ch != MARK else 1.0


def wrap(text, width):
    """break text into lines of ~width em; keeps ASCII words whole, no closing
    punctuation at a line start; a PB ends the line (and is kept at its end)."""
    lines, cur, w, i = [], "", 0.0, 0
    while i < len(text):
        ch = text[i]
        if ch == PB:
            lines.append(cur + PB)
            cur, w, i = "", 0.0, i + 1
            continue
        # an ASCII word (URLs are not words: they may break anywhere)
        j = i
        if ch.isascii() and ch.isalnum():
            while j < len(text) and text[j].isascii() and text[j].isalnum() and j - i < 12:
                j += 1
            tok = text[i:j]
        else:
            tok = ch
            j = i + 1
        tw = sum(cw(c) for c in tok)
        if w + tw > width and cur and not (len(tok) == 1 and tok in NO_LINE_START):
            lines.append(cur)
            cur, w = "", 0.0
        cur += tok
        w += tw
        i = j
    if cur:
        lines.append(cur)
    return lines


def wrap_url_text(text, width):
    """notes: wrap by width; words stay whole, URLs break anywhere (no hyphen added)"""
    lines, cur, w = [], "", 0.0
    toks = []
    for m in re.finditer(r"(?:https?|ｈｔｔｐｓ?)[:：]\S+|[A-Za-z0-9]{1,14}|.", text, re.S):
        t = m.group(0)
        toks.extend(list(t) if len(t) > 14 or t.startswith(("http", "ｈｔｔｐ")) else [t])
    for tok in toks:
        tw = sum(cw(c) for c in tok)
        if w + tw > width and cur and tok not in NO_LINE_START:
            lines.append(cur)
            cur, w = "", 0.0
        cur += tok
        w += tw
    if cur:
        lines.append(cur)
    return lines


class Out:
    """the raw file as a list of physical lines, with a log of the damage"""

    def __init__(self):
        self.lines = []
        self.log = []

    def add(self, s, blank=True, note=None):
        self.lines.append(s.rstrip(" "))
        if note:
            self.log.append((len(self.lines), note))
        if blank:
            self.lines.append("")
        return len(self.lines) - (1 if blank else 0)

    def mark(self, note, lineno=None):
        self.log.append((lineno or len(self.lines) - 1, note))

    def text(self):
        return "\n".join(self.lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------- hard-wrapped, footnotes per page

def ascii_punct(s):
    return s.replace("，", ",").replace("。", ".")


def footnote_article(front, blocks, tail, *, width, cap, first_cap, header, pno0,
                     note_width, damage, out=None, first_foot=()):
    """front: list of front-matter lines; blocks: parsed body; tail: lines after the body."""
    out = out or Out()
    for s in front:
        out.add(s)
    # body lines with their notes
    items = []
    for kind, text, notes in blocks:
        if kind == "h":
            items.append(("h", text, []))
            continue
        k = 0
        for ln in wrap(text, width):
            n = ln.count(MARK)
            items.append(("l", ln, notes[k:k + n]))
            k += n
    pages, page, used, capn = [], [], 0, first_cap
    for it in items:
        forced = it[1].endswith(PB)
        cost = 1 + sum(len(wrap_url_text("① " + nt, note_width)) for nt in it[2])
        if page and used + cost > capn:
            pages.append(page)
            page, used, capn = [], 0, cap
        page.append(it)
        used += cost
        if forced:
            pages.append(page)
            page, used, capn = [], 0, cap
    if page:
        pages.append(page)
    for pi, page in enumerate(pages):
        d = damage.get(pi, {})
        pno = pno0 + pi
        if pi:
            out.mark("running header with page number (page %d)" % pno, out.add(header(pno)))
        notes = [nt for _, _, nts in page for nt in nts]
        k = 0
        body_lines, marker_line = [], {}
        for kind, ln, nts in page:
            ln = ln.replace(PB, "")
            while MARK in ln:
                ln = ln.replace(MARK, CIRC[k], 1)
                marker_line[k] = len(out.lines) + 1
                k += 1
            if d.get("ascii_punct") and kind == "l":
                ln = ascii_punct(ln)
            body_lines.append(out.add(ln))
        if d.get("ascii_punct"):
            out.log.append(("%d-%d" % (body_lines[0], body_lines[-1]),
                            "ASCII , and . for ，and 。 in all body lines of page %d" % pno))
        if pi == 0:
            for s in first_foot:
                out.add(s)
        note_lines = []
        for k, nt in enumerate(notes):
            if k in d.get("missing", ()):
                out.mark("marker %s on page %d has no note text at the foot (the page's other notes follow it)"
                         % (CIRC[k], pno), marker_line[k])
                continue
            if k in d.get("truncate", {}):
                nt = nt[:d["truncate"][k]]
                out.mark("note %s on page %d truncated mid-sentence" % (CIRC[k], pno), len(out.lines) + 1)
            lab = "" if d.get("drop_numbers") else CIRC[k] + " "
            for j, s in enumerate(wrap_url_text(lab + nt, note_width)):
                note_lines.append(out.add(s))
        if d.get("drop_numbers"):
            out.log.append(("%d-%d" % (note_lines[0], note_lines[-1]),
                            "circled numbers dropped from the %d notes of page %d (markers in the body keep theirs)"
                            % (len(notes), pno)))
        if pi == 0:
            out.mark("page number of the first page", out.add("· %d ·" % pno))
    for s in tail:
        out.add(s)
    return out


# ---------------------------------------------------------------- hard-wrapped, endnotes

def endnote_article(front, blocks, refs, tail, *, width, cap, header, pno0, ref_width, first_foot=()):
    out = Out()
    for s in front:
        out.add(s)
    items = []
    for kind, text, _ in blocks:
        if kind == "h":
            items.append(text)
        else:
            items.extend(wrap(text, width))
    items.append("参考文献：")
    for r in refs:
        items.extend(wrap_url_text(r, ref_width))
    pages, page = [], []
    for it in items:
        page.append(it)
        if len(page) >= (cap - 8 if not pages else cap) or it.endswith(PB):
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    for pi, page in enumerate(pages):
        for ln in page:
            if ln.endswith(PB):
                out.add(ln[:-1])
                out.mark("page break cuts the sentence here (header and page number follow)")
            else:
                out.add(ln)
        if pi == 0:
            for s in first_foot:
                out.add(s)
        h = out.add(header(pno0 + pi))
        out.add(str(pno0 + pi))
        out.log.append(("%d-%d" % (h, h + 2), "running header and page number %d" % (pno0 + pi)))
    for s in tail:
        out.add(s)
    return out


# ---------------------------------------------------------------- one paragraph per line, ^① markers

def para_article(front, blocks, tail, *, page_chars, header, pno0, damage, first_foot=()):
    out = Out()
    for s in front:
        out.add(s)
    # flatten to a stream of (kind, text, notes) and cut pages by character count
    pi, used, k, notes = 0, 0, 0, []

    def flush(pi, notes, last=False):
        d = damage.get(pi, {})
        if pi == 0:
            for s in first_foot:
                out.add(s)
        if d.get("numbers_apart") and notes:
            out.mark("circled numbers of the page's %d notes printed together on a line of their own, "
                     "the note texts follow without numbers (page %d)" % (len(notes), pno0 + pi),
                     out.add("".join(CIRC[i] for i in range(len(notes)))))
            for nt in notes:
                out.add(nt)
        else:
            for i, nt in enumerate(notes):
                if i in d.get("missing", ()):
                    out.mark("marker %s on page %d has no note text" % (CIRC[i], pno0 + pi))
                    continue
                out.add(CIRC[i] + " " + nt)
        if not last:
            out.mark("page header line (page %d)" % (pno0 + pi + 1), out.add(header(pno0 + pi + 1, pi + 1)))

    for kind, text, nts in blocks:
        if kind == "h":
            if used > page_chars * 0.9:
                flush(pi, notes)
                pi, used, k, notes = pi + 1, 0, 0, []
            out.add(text)
            used += 40
            continue
        buf, ni = "", 0
        for ci, ch in enumerate(text):
            after = text[ci + 1] if ci + 1 < len(text) else ""
            if ch == MARK:
                buf += "^" + CIRC[k]
                notes.append(nts[ni])
                k += 1
                ni += 1
            else:
                buf += ch
            used += 1
            if used >= page_chars and "\u4e00" <= ch <= "\u9fff" and "\u4e00" <= after <= "\u9fff":
                out.add(buf)
                out.mark("paragraph cut by the page break (notes and header follow, then it goes on)")
                flush(pi, notes)
                pi, used, k, notes, buf = pi + 1, 0, 0, [], ""
        if buf:
            out.add(buf)
    flush(pi, notes, last=True)
    for s in tail:
        out.add(s)
    return out


def write(prefix, out):
    text = out.text()
    h = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    name = "%s_%s.txt" % (prefix, h)
    for f in os.listdir(HERE):
        if f.startswith(prefix + "_") and f.endswith(".txt") and f != name:
            os.remove(os.path.join(HERE, f))
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write(text)
    return name, text, out.log


def report(name, text, log, extra):
    lines = text.split("\n")
    print("==", name, len(text), "chars,", len(lines), "lines")
    for ln, what in log:
        print("  line %s: %s" % (ln, what))
    for label, rx in extra:
        hits = [i + 1 for i, l in enumerate(lines) if re.search(rx, l)]
        if hits:
            print("  %s: lines %s" % (label, ", ".join(map(str, hits))))


# ====================================================================== content

# ---------------------------------------------------------------- c01: Australia, hard-wrapped, footnotes per page

C01_FRONT = [
    "澳大利亚“印太”战略的演进与美澳同盟的再强化",
    "王海涛　李静怡",
    "【内容提要】进入21世纪第二个十年，澳大利亚逐步以“印太”取代“亚太”作为",
    "界定自身战略环境的核心地缘概念，并以此为框架推动美澳同盟的机制化与",
    "军事一体化。本文梳理澳大利亚“印太”战略从概念提出、政策成型到全面实",
    "施的过程，认为澳大利亚在同盟依赖与经济利益之间的长期平衡已被打破，",
    "“澳英美三边安全伙伴关系”的建立标志着美澳同盟进入以核潜艇合作和前沿",
    "部署为核心的新阶段。澳大利亚工党政府上台后虽推动对华关系“稳定化”，",
    "但其强化同盟、对冲中国的战略取向并未改变。",
    "【关键词】澳大利亚；“印太”战略；美澳同盟；奥库斯；中等强国",
    "【中图分类号】D761.1　【文献标识码】A",
    "【文章编号】1005-4812（2024）01-0056-09",
]

C01_FOOT = [
    "收稿日期：2023-10-08；修回日期：2023-12-15",
    "基金项目：国家社会科学基金青年项目“大国竞争背景下澳大利亚的同盟政策研究”",
    "（项目编号：21CGJ031）",
    "作者简介：王海涛，华东师范大学澳大利亚研究中心副研究员；李静怡，华东师范大学",
    "国际关系与地区发展研究院博士研究生。",
    "DOI：10.19780/j.cnki.2096-0484.20240115.003",
]

C01_BODY = r"""
自第二次世界大战以来，美澳同盟一直是澳大利亚国家安全政策的基石。然而，美澳同盟的内涵与功能并非一成不变。冷战结束后，澳大利亚在对美安全依赖与对华经济合作之间长期维持一种“不选边”的平衡。21世纪初以来，这一平衡随着亚太地区力量对比的变化而承受越来越大的压力。2013年以后，澳大利亚政府开始在官方文件中系统使用“印太”概念，并在2016—2018年间逐步调整对华政策。2021年9月，澳大利亚与美国、英国宣布建立“澳英美三边安全伙伴关系”（AUKUS，以下简称“奥库斯”），标志着美澳同盟的功能发生了质的变化。〖陈弘：《澳大利亚“印太”战略的形成与发展》，载《国际问题研究》2019年第4期，第51—64页。〗本文拟在梳理历史脉络的基础上，考察澳大利亚“印太”战略与美澳同盟互动演进的阶段特征及其动因。
# 一、从“亚太”到“印太”：澳大利亚战略概念的转换
# （一）美澳同盟的历史基础
澳大利亚对美国的安全依赖可以追溯到太平洋战争时期。1941年12月27日，时任澳大利亚总理约翰·柯廷在《墨尔本先驱报》发表新年献词，宣称澳大利亚“毫无保留地”转向美国，而不再依赖与英国的传统纽带。〖John Curtin, “The Task Ahead,” The Herald, Melbourne, December 27, 1941.〗1951年9月1日，澳大利亚、新西兰与美国在旧金山签署《澳新美安全条约》，次年4月29日条约生效。〖《澳新美安全条约》的英文全称为Security Treaty between Australia, New Zealand and the United States of America，通常简称ANZUS条约。由于新西兰在20世纪80年代中期实行无核政策，美国于1986年中止了对新西兰的条约义务，此后该条约实际上主要在美澳之间运作。〗冷战期间，澳大利亚先后参加朝鲜战争和越南战争，1966年两国签署协定，在澳大利亚中部建立松峡联合防务设施。这些安排使澳大利亚深度嵌入美国的全球军事体系之中。
1972年12月21日，惠特拉姆政府与中华人民共和国建立外交关系，澳大利亚的对外政策开始显示出一定的自主性。20世纪80年代，霍克政府在推动亚太经济合作的同时，于1985年启动澳美部长级磋商（AUSMIN）机制，两国外长与防长每年举行会晤。〖AUSMIN是Australia-United States Ministerial Consultations的缩写，俗称美澳“2+2”对话。〗1987年3月，澳大利亚发布《澳大利亚的防务》白皮书，提出以“自主防御”为核心的防务理念，但同时强调美澳同盟的不可替代性。
冷战结束后，美澳同盟一度面临“失去目标”的疑问。1996年7月，霍华德政府与克林顿政府在悉尼举行澳美部长级磋商，发表《澳美21世纪战略伙伴关系联合安全宣言》（即《悉尼声明》），重申同盟在后冷战时代的意义。〖Department of Foreign Affairs and Trade, “Australia-United States: A Strategic Partnership for the Twenty-First Century (Sydney Statement),” July 27, 1996.〗2001年9月14日，霍华德宣布“9·11”事件适用《澳新美安全条约》第四条，这是该条约签署半个世纪以来首次被援引。随后，澳大利亚先后向阿富汗和伊拉克派遣部队。
# （二）“印太”概念的提出
“印太”一词在澳大利亚学界和智库中出现较早。21世纪初，澳大利亚战略政策研究所等机构就开始讨论印度洋与太平洋的战略联动问题。〖Rory Medcalf, Contest for the Indo-Pacific: Why China Won’t Map the Future, Carlton: La Trobe University Press, 2020, pp. 12-15.〗2007年8月，日本首相安倍晋三在印度国会发表题为“两洋交汇”的演讲，此后“印太”概念逐渐进入各国政策话语。同年5月，美、日、澳、印四国官员在马尼拉举行首次非正式会谈，即所谓的“四方安全对话”。然而，2008年2月，陆克文政府外长史密斯在与中国外长杨洁篪会谈后宣布澳大利亚不再参加这一机制，“四方安全对话”由此陷入停滞。〖Stephen Smith, “Joint Press Conference with Chinese Foreign Minister Yang Jiechi,” Canberra, February 5, 2008.〗
2011年11月16日，美国总统奥巴马访问堪培拉，两国宣布美国海军陆战队将轮驻达尔文。次日，奥巴马在澳大利亚联邦议会发表演讲，正式阐述美国的“亚太再平衡”战略。2012年4月，首批约200名美国海军陆战队员抵达达尔文，此后轮驻规模逐年扩大，2019年前后达到约2500人。〖Department of Defence, “United States Force Posture Initiatives,” https://www.defence.gov.au/programs-initiatives/united-states-force-posture-initiatives [2023-05-12].〗2012年10月，吉拉德政府发布《亚洲世纪中的澳大利亚》白皮书，仍以“亚洲”和“亚太”为主要地缘框架。
2013年5月，吉拉德政府发布新版《国防白皮书》，首次在官方文件中使用“印太”一词界定澳大利亚的战略环境，指出“正在形成的以东南亚为中心的印度洋—太平洋战略弧”将成为澳大利亚防务规划的重点。〖Department of Defence, Defence White Paper 2013, Canberra: Commonwealth of Australia, 2013, pp. 7-8.〗从“亚太”到“印太”的转换，并非单纯的地理概念更替，而是反映出澳大利亚希望把印度纳入地区秩序、以多边架构平衡中国影响力的战略意图。〖David Brewster, “Australia’s Indo-Pacific Strategy,” The Strategist, Australian Strategic Policy Institute, 〗
# 二、战略成型：2014—2020年的政策调整
# （一）同盟机制的深化
2014年8月12日，两国在悉尼举行的澳美部长级磋商期间签署《兵力态势协定》，为美军在澳轮驻及使用澳方设施提供了法律框架，协定有效期为25年。〖“Force Posture Agreement between the Government of Australia and the Government of the United States of America,” Sydney, August 12, 2014, Australian Treaty Series [2014] ATS 35.〗同年11月，习近平主席对澳大利亚进行国事访问，中澳关系提升为全面战略伙伴关系。2015年6月17日，两国签署《中澳自由贸易协定》，同年12月20日协定生效。可以看出，这一时期澳大利亚在安全上向美国靠拢与在经济上深化对华合作是同步推进的。
2016年2月25日，特恩布尔政府发布《2016年国防白皮书》，提出到2020—2021财年将国防预算提高到国内生产总值的2%，并计划建造12艘新型潜艇。〖Department of Defence, 2016 Defence White Paper, Canberra: Commonwealth of Australia, 2016, p. 15.〗白皮书大量使用“印太”一词，把“基于规则的全球秩序”列为澳大利亚的三大战略防务利益之一。同年4月，澳大利亚选定法国海军集团（当时名为DCNS）设计“攻击”级常规潜艇。
2017年11月23日，澳大利亚发布14年来首份《外交政策白皮书》，将“印太”确立为澳大利亚对外政策的核心框架。〖Department of Foreign Affairs and Trade, 2017 Foreign Policy White Paper, Canberra: Commonwealth of Australia, 2017, pp. 1-4.〗白皮书指出，中国正在“挑战美国的地位”，澳大利亚必须与“志同道合”的国家合作维护地区秩序。同月12日，美、日、澳、印四国在马尼拉东亚峰会期间举行司局级会晤，“四方安全对话”在中断近十年后重新启动。〖外交部：《2017年11月13日外交部发言人耿爽主持例行记者会》，https://www.fmprc.gov.cn/web/fyrbt_673021/t1510216.shtml [2023-05-12]。〗
# （二）对华政策的转向
2017年底至2018年上半年，澳大利亚国内围绕所谓“外国干预”问题的争论急剧升温。2017年12月，特恩布尔政府向议会提交《外国干预法案》，次年6月法案获得通过。2018年8月23日，澳大利亚政府以“国家安全”为由禁止华为和中兴参与本国5G网络建设，成为“五眼联盟”中首个明确作出这一决定的国家。〖参见岳小颖：《澳大利亚对华政策的“安全化”及其限度》，载《当代亚太》2021年第2期，第98—124页。〗次日，斯科特{DOT}莫里森接替特恩布尔出任澳大利亚总理。
2020年4月，莫里森政府呼吁对新冠病毒溯源展开“独立国际调查”，中澳关系随即跌入谷底。同年5月，中国商务部宣布对原产于澳大利亚的进口大麦征收反倾销税和反补贴税。〖中华人民共和国商务部：《商务部关于原产于澳大利亚的进口大麦反倾销调查的最终裁定》，商务部公告2020年第14号，２０２０年５月１８日。〗此后，葡萄酒、煤炭等澳大利亚对华出口商品相继受到影响。2020年7月1日，莫里森发布《2020年国防战略更新》，宣布未来十年投入2700亿澳元用于国防建设，并承认澳大利亚已失去“十年战略预警期”。〖Scott Morrison, “Address: Launch of the 2020 Defence Strategic Update,” Australian Defence Force Academy, July 1, 2020, ｈｔｔｐｓ：／／ｗｗｗ．ｐｍ．ｇｏｖ．ａｕ/media/address-launch-2020-defence-strategic-update [２０２３Ｇ０５Ｇ１２].〗同年11月，澳大利亚海军时隔13年重返美日印“马拉巴尔”联合军演。
２０２０年前后，澳大利亚的“印太”战略已从一种地缘概念演变为一套以同盟为依托、以对华制衡为指向的政策体系。有学者将其概括为“以美国为中心的轴辐体系向网络化同盟转型”的缩影。〖孙茹：《美国亚太同盟体系的网络化及其影响》，载《国际问题研究》2012年第4期，第39—50页。〗值得注意的是，澳大利亚在这一时期频繁参加“护身符军刀”“环太平洋-2018”“黑旗”等多边联合演习，澳军与美军的互操作性显著提升。
# （三）军事一体化的推进
在同盟机制深化的同时，美澳两军的一体化程度明显提高。“护身符军刀”联合演习自2005年起每两年举行一次，2019年7月的演习有约3.4万名美澳官兵参加。〖Department of Defence, “Exercise Talisman Sabre 2019,” https://www.defence.gov.au/exercises/talisman-sabre-2019 [2023-05-12].〗2018年11月，莫里森在巴布亚新几内亚莫尔兹比港出席亚太经合组织领导人非正式会议期间宣布，澳方将与巴新、美国共同开发马努斯岛的隆布鲁姆海军基地。同月8日，莫里森在汤斯维尔发表演讲，正式提出“太平洋升级”政策，宣布设立总额20亿澳元的“澳大利亚太平洋基础设施融资机制”。〖Scott Morrison, “Australia and the Pacific: A New Chapter,” Lavarack Barracks, Townsville, November 8, 2018.〗这表明，澳大利亚的“印太”战略不仅指向印度洋方向，也将南太平洋视为其“近邻”安全的核心地带。
从历史上看，澳大利亚在周边地区的军事介入并非始于“印太”时代。1995年12月，基廷政府与印度尼西亚签署《维护安全协定》；1999年9月，澳大利亚主导的东帝汶国际部队进入东帝汶，澳军派出约5500人，这是越战以来澳军规模最大的海外部署。〖Department of Defence, “Operation Stabilise: East Timor 1999-2000,” Canberra, 2000.〗然而，与20世纪90年代相比，近年来澳军的海外活动更多地在美澳同盟框架内展开，其独立性反而有所下降。
# 三、全面实施：“奥库斯”与同盟的质变
# （一）“奥库斯”的建立
2021年初拜登政府上台后，四国合作明显提速。同年3月12日，美、日、印、澳四国领导人举行首次视频峰会，9月24日又在华盛顿举行首次线下峰会，“四方安全对话”由此升格为领导人级别的机制。〖The White House, “Joint Statement from Quad Leaders,” September 24, 2021, https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/24/joint-statement-from-quad-leaders/ [2023-05-12].〗而在此之前的9月15日，澳英美三国领导人通过视频联合宣布建立“奥库斯”，美英将帮助澳大利亚获得至少8艘核动力潜艇。〖TheWhiteHouse,“JointLeadersStatementonAUKUS,”September15,2021,https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/15/joint-leaders-statement-on-aukus/[2023-05-12].〗与此同时，澳大利亚宣布终止与法国海军集团的潜艇合同，法国随即召回驻美、驻澳大使，澳法关系一度陷入危机。〖法国外长勒德里昂称此举是“背后捅刀”。参见《法国召回驻美澳大使》，新华网，2021年9月18日。〗
对澳大利亚而言，“奥库斯”的意义远远超出潜艇采购本身。它意味着澳大利亚将在数十年内与美英在核推进技术、高超音速武器、人工智能、量子技术等领域深度绑定。澳大利亚前总理基廷批评称，这是工党政府“自一战时期试图推行征兵制以来最糟糕的国际决定”。〖Paul Keating, Address to the National Press Club, Canberra, March 15, 2023.〗2022年1月6日，莫里森与日本首相岸田文雄以视频方式签署《日澳互惠准入协定》，这是日本首次与美国以外的国家签署此类协定。
# （二）工党政府的继承与调整
2022年5月21日，澳大利亚举行联邦大选，工党赢得执政地位。两天后，阿尔巴尼斯宣誓就任总理，并于24日赴东京出席“四方安全对话”领导人峰会。〖外务省「日米豪印首脳会合」、2022年5月24日、https://www.mofa.go.jp/mofaj/fp/nsp/page1_001186.html [2023-05-12]。〗新任外长黄英贤、副总理兼国防部长马尔斯上任后表示，将在维护同盟的前提下“稳定”对华关系。同年11月，习近平主席在巴厘岛二十国集团领导人峰会期间会见阿尔巴尼斯，这是2016年以来两国领导人首次举行正式会晤。
2023年3月13日，美、英、澳三国领导人在美国圣迭戈宣布“奥库斯”核潜艇合作的“最优路径”：自2027年起，美英核潜艇将以“潜艇轮换部队—西部”的名义在西澳大利亚州轮驻；21世纪30年代初，美国将向澳大利亚出售3至5艘“弗吉尼亚”级核潜艇；此后，澳英将联合研发新一代“奥库斯”级潜艇。〖Prime Minister of Australia, “AUKUS Leaders’ Joint Statement,” San Diego, March 13, 2023, https://www.pm.gov.au/media/aukus-leaders-joint-statement [2023-05-12].〗同年4月24日，阿尔巴尼斯政府公布《国防战略评估》，认为澳大利亚面临二战以来最具挑战性的战略环境，主张发展“远距离打击”能力。
二〇二三年七八月间，澳美举行“护身符军刀-2023”联合演习，参演人员超过3万人，规模为历届之最。同年11月4日至7日，阿尔巴尼斯访华，成为2016年以来首位访华的澳大利亚总理。〖《习近平会见澳大利亚总理阿尔巴尼斯》，新华网，2023年11月6日。〗访问期间，双方同意恢复多项中断多年的对话机制。可以说，工党政府在修复对华关系的同时，延续并深化了前任政府强化同盟的路线。
# （三）同盟的前沿化与“一体化威慑”
2021年9月16日，澳美部长级磋商在华盛顿举行，双方同意加强空中合作，美军各型飞机将更多地轮驻澳大利亚。〖U.S. Department of State, “Joint Statement on Australia-U.S. Ministerial Consultations (AUSMIN) 2021,” September 16, 2021, https://www.state.gov/joint-statement-on-australia-u-s-ministerial-consultations-ausmin-2021/ [2023-05-12].〗2022年12月6日，澳美部长级磋商再次在华盛顿举行，两国宣布扩大美军陆、海、空力量在澳的轮驻规模，并邀请日本参加更多的双边演习。2022年10月底，澳大利亚广播公司披露，美国计划在北领地廷德尔空军基地修建可容纳6架B-52轰炸机的设施。〖“US to Deploy Nuclear-capable B-52 Bombers to Australia,” ABC Four Corners, October 31, 2022.〗
2023年7月28日至29日，新一轮澳美部长级磋商在布里斯班举行。双方决定在澳大利亚共同生产制导多管火箭弹，力争于2025年实现本土生产，并同意美军P-8A巡逻机和MQ-4C无人机更多地在澳轮驻。〖Department of Defence, “Joint Statement on Australia-U.S. Ministerial Consultations (AUSMIN) 2023,” July 29, 2023, https://www.minister.defence.gov.au/statements/2023-07-29/joint-statement-australia-us-ministerial-consultations-ausmin-2023 [2023-09-20].〗同年11月10日，阿尔巴尼斯与图瓦卢总理纳塔诺签署《法莱皮利联盟条约》，澳大利亚承诺在图瓦卢遭受军事侵略时提供援助，并对图瓦卢与第三国的安全合作拥有实际否决权。从核潜艇轮驻、轰炸机部署到导弹联合生产、岛国安全安排{ELL}{ELL}美国学者将其概括为“一体化威慑”在南太平洋的具体化，认为澳大利亚正在从同盟的“南方锚”变为“前沿基地”。〖Charles Edel, “Australia’s Strategic Pivot,” Center for Strategic and International Studies, August 2023.〗
中澳关系的局部缓和并未改变这一基本格局。2022年12月20日至21日，黄英贤外长访华，并与王毅国务委员兼外长共同主持第六轮中澳外交与战略对话，此时恰逢两国建交50周年。〖《王毅同澳大利亚外长黄英贤举行第六轮中澳外交与战略对话》，外交部网站，2022年12月21日，https://www.mfa.gov.cn/wjbzhd/202212/t20221221_10992813.shtml [2023-05-12]。〗2023年8月，中国商务部决定自当月5日起终止对澳大麦征收反倾销税和反补贴税，双边贸易摩擦有所缓解。但在安全领域，阿尔巴尼斯政府不仅全面接受了“奥库斯”路线，还将“国家防务”而非“防卫澳大利亚”作为新的战略指导方针。〖Australian Government, National Defence: Defence Strategic Review 2023, Canberra: Commonwealth of Australia, 2023, p. 23.〗由此可见，所谓“稳定化”更多是一种策略性调整，而非战略性转向。
# 四、澳大利亚“印太”战略的动因与限度
第一，对中国崛起的战略焦虑是根本动因。澳大利亚长期将“没有一个敌对大国主导亚洲”视为核心利益。〖Hugh White, The China Choice: Why America Should Share Power, Melbourne: Black Inc., 2012, p. 5.〗自２０１０年代中期起，澳大利亚精英阶层对中国的认知由“经济机遇”逐步转变为“战略挑战”，国内政治中的“安全化”叙事不断强化。〖Ibid., pp. 43-47.〗
第二，同盟体系的网络化为澳大利亚提供了新的政策工具。除美国外，澳大利亚与日本于2007年3月签署《日澳安全保障联合宣言》，2014年将双边关系提升为“特殊战略伙伴关系”；与印度于2020年6月建立全面战略伙伴关系。〖Department of Foreign Affairs and Trade, “Joint Statement on a Comprehensive Strategic Partnership between Republic of India and Australia,” June 4, 2020.〗此外，澳大利亚还通过“太平洋升级”计划加强对南太平洋岛国的投入，2022年4月中国与所罗门群岛签署安全合作框架协议后，澳方的反应尤为强烈。
第三，澳大利亚的“印太”战略也面临明显限度。其一，澳大利亚对中国市场的依赖短期内难以改变，2022—2023财年中国仍是澳大利亚最大的贸易伙伴；其二，“奥库斯”项目耗资巨大，据估算到21世纪50年代中期总成本可能达到2680亿至3680亿澳元，其可行性在澳国内争议不断；〖Australian Submarine Agency, “Nuclear-Powered Submarine Program,” https://www.asa.gov.au/aukus [2023-09-20].〗其三，东南亚国家普遍担忧“奥库斯”可能引发地区军备竞赛和核扩散风险，印度尼西亚、马来西亚在2021年9月即公开表达关切。
第四，两党共识为战略延续提供了国内政治基础。在对美同盟问题上，澳大利亚自由党—国家党联盟与工党之间长期存在高度共识。2019年5月18日，莫里森领导的联盟党意外赢得联邦大选，其对华强硬路线得以延续；2022年工党上台后，阿尔巴尼斯在竞选期间即承诺“全面支持”奥库斯，并在执政后保留了前任政府的主要防务项目。〖张秋生、李鹏：《澳大利亚两党外交政策的共识与分歧》，载《太平洋学报》2022年第9期，第15—27页。〗不过，工党内部对核潜艇项目的质疑之声并未消失，2023年8月的工党全国代表大会上，部分基层党员曾试图推动否决奥库斯的动议，最终未获通过。
# 五、结语
从1951年《澳新美安全条约》签署到2021年“奥库斯”建立，美澳同盟经历了七十年的演变。澳大利亚“印太”战略的形成，是其精英阶层在中美战略竞争背景下重新界定国家利益的结果。20世纪90年代至21世纪初那种“经济靠中国、安全靠美国”的平衡格局已难以为继。未来，澳大利亚能否在强化同盟的同时避免卷入大国冲突，将在很大程度上取决于其对自身“中等强国”身份的认知与运用。
"""

C01_TAIL = [
    "（责任编辑：李　冰）",
    "The Evolution of Australia’s Indo-Pacific Strategy and the Re-strengthening of",
    "the US-Australia Alliance",
    "WANG Haitao　LI Jingyi",
    "Abstract: Since the early 2010s, Australia has gradually replaced the “Asia-Pacific”",
    "with the “Indo-Pacific” as the core geographical concept defining its strategic",
    "environment, and has used this framework to promote the institutionalization and",
    "military integration of the US-Australia alliance. The establishment of AUKUS",
    "marks a new stage of the alliance centered on nuclear-powered submarine cooper-",
    "ation and forward deployment. Although the Labor government has sought to",
    "“stabilize” relations with China, its strategic orientation of strengthening the",
    "alliance and hedging against China has not changed.",
    "Keywords: Australia; Indo-Pacific strategy; US-Australia alliance; AUKUS; middle power",
    "· 66 ·",
    "新西兰“独立外交”的传统与转型",
    "赵　岩",
    "【内容提要】新西兰自20世纪80年代中期实行无核政策以来，形成了以“独",
    "立外交”著称的对外政策传统。近年来，随着南太平洋地区大国竞争加剧，",
    "新西兰政府在坚持“独立外交”话语的同时，逐步向美澳靠拢，其外交与",
]


def build_c01():
    blocks = parse(C01_BODY)

    def header(p):
        return ("· %d · 国际观察 2024 年第 1 期" % p) if p % 2 == 0 else ("澳大利亚“印太”战略的演进与美澳同盟的再强化 · %d ·" % p)
    damage = {
        3: {"missing": (1,)},
        5: {"ascii_punct": True},
        6: {"drop_numbers": True},
        8: {"truncate": {0: 58}},
    }
    return footnote_article(C01_FRONT, blocks, C01_TAIL, width=35, cap=30, first_cap=17,
                            header=header, pno0=56, note_width=42, damage=damage,
                            first_foot=C01_FOOT)

# ---------------------------------------------------------------- c02: Germany's China policy, endnotes [n]

C02_FRONT = [
    "德国对华政策的演变：从“以贸促变”到“去风险”",
    "周　明1，2　陈思远1",
    "（1.同济大学德国研究中心，上海 200092；2.同济大学政治与国际关系学院，上海 200092）",
    "［摘　要］半个世纪以来，德国对华政策经历了从经济务实主义到“伙伴、竞争者与制度",
    "性对手”三重定位的深刻转变。以“以贸促变”为核心理念的对华接触政策在科尔、施罗德",
    "和默克尔时期达到高峰，而朔尔茨政府于2023年出台的首份《中国战略》则将“去风险”",
    "确立为新的政策导向。本文认为，德国对华政策的调整既源于中德经济关系结构的变化，",
    "也受到美国对华战略竞争和欧盟对华政策转向的深刻影响，但德国经济界对中国市场的依",
    "赖决定了其“去风险”不会走向“脱钩”。",
    "［关键词］德国；对华政策；以贸促变；去风险；中德关系",
    "［中图分类号］D851.6　　［文献标识码］A　　［文章编号］0452-8832（2024）5期-0089-17",
    "DOI: 10.3969/j.issn.0452-8832.2024.05.006",
]

C02_FOOT = [
    "［收稿日期］2024-07-25",
    "［基金项目］教育部人文社会科学研究规划基金项目“德国对外经济安全政策的演变研究”（22YJA810014）",
    "［作者简介］周明，同济大学德国研究中心教授、博士生导师；陈思远，同济大学德国研究中心博士研究生。",
]

C02_BODY = r"""
2022 年是中德建交50周年。半个世纪以来，德国始终是中国在欧洲最重要的经贸伙伴，中国则自2016年起连续8年成为德国最大的贸易伙伴。[1]然而，近年来德国政界和舆论界对华认知发生了显著变化，“制度性对手”“系统性竞争”等表述频繁出现在官方文件之中。2023年7月13日，德国联邦政府通过首份《中国战略》，标志着德国对华政策进入一个新的阶段。[2][3]如何理解这一转变的历史脉络与内在逻辑，是本文试图回答的问题。
# 一、德国对华政策的历史演进
# 1.1 建交与“经济务实主义”的形成（1972—1989年）
中德两国的经贸往来早于正式建交。1949年10月，中华人民共和国与民主德国建立外交关系，而联邦德国在冷战初期奉行“哈尔斯坦主义”，长期未与新中国建交。1957年，中国国际贸易促进委员会与联邦德国经济界的东方经济委员会签订民间贸易协议，两国贸易由此在非官方渠道下逐步发展。[5]
1972年10月11日，联邦德国外长谢尔访华期间，两国签署建交联合公报。[4]此前，基督教社会联盟主席施特劳斯等政治人物已在20世纪70年代初期积极推动两国接近；1975年1月，施特劳斯访华并受到毛泽东接见。同年10月底至11月初，施密特成为首位访华的联邦德国总理。[5]这一时期，联邦德国对华政策的主要动因在于经济利益与对苏战略考量的结合。
20世纪80年代，随着中国实行改革开放，中德经贸关系迅速发展。科尔总理于1984年10月首次访华，1987年再度访华。大众汽车公司与上海方面于1984年签署合营合同，次年上海大众汽车有限公司正式成立，成为中德经济合作的标志性项目。[6]“以贸促变”（Wandel durch Handel）的理念正是在这一时期逐渐成形的。这一理念可以追溯到社民党政治家巴尔于1963年7月提出的“以接近促转变”（Wandel durch Annäherung），其最初的对象是东方阵营国家。[7]
# 1.2 统一后的“亚洲构想”与经济外交（1990—2005年）
20世纪90年代初，德国逐步取消了1989年后对华实施的制裁措施。德国统一后，科尔政府很快调整了对华政策。1993年10月，联邦政府通过《亚洲构想》，明确把中国列为德国在亚洲的首要伙伴。同年11月，科尔率领庞大的经济代表团访华，签署了总额数十亿马克的合同。[8]科尔在任内多次访华，被德国媒体称为“推销员总理”。
1998年施罗德就任总理后，延续并强化了以经济为核心的对华政策。施罗德在1999—2005年的任期内6次访华，几乎每年一次。[9]1999年11月施罗德访华期间，两国商定开展“法治国家对话”，该对话自2000年起定期举行，成为默克尔时期德国“价值观外交”的重要抓手之一。[9]2004年5月，温家宝总理访问德国，两国宣布在中欧全面战略伙伴关系框架内建立“具有全球责任的伙伴关系”。[10]早在2003年12月访华期间，施罗德就公开主张欧盟解除对华军售禁令，但这一主张在联邦议院和欧盟层面遭到强烈反对。[11]
# 1.3 默克尔时期的“双轨”政策（2005—2021年）
2005 年 11 月，默克尔出任德国总理。执政初期，默克尔试图在对华政策中更多地突出“价值观”。2007 年 9 月 23 日，默克尔在总理府会见达赖，中德关系一度陷入低谷。[12]但从2008年下半年起，受国际金融危机影响，德国对中国市场的需求上升，默克尔政府的对华政策重新回到以经济合作为主的轨道。
2011年6月，温家宝总理访问柏林，两国举行首轮政府磋商，这是中国首次与外国政府建立此类机制。[13]此后，中德政府磋商分别于2012、2014、2016和2018年举行，2021年4月第六轮磋商以视频方式进行。[13-15]2014年3月，习近平主席对德国进行国事访问，两国关系提升为全方位战略伙伴关系；同年10月，李克强总理访德期间双方发表《中德合作行动纲要：共塑创新》。[16]默克尔在16年任期内12次访华，最后一次是在2019年9月。[17]
但也正是在默克尔执政后期，德国对华认知开始转变。2016年，中国美的集团收购德国机器人制造商库卡，在德国引发关于技术流失的激烈争论。[18]同年10月，德国经济部撤回了此前对福建宏芯投资基金收购半导体设备企业爱思强的批准；12月初，美国总统奥巴马以国家安全为由下令禁止该交易涉及美国的部分，这一收购最终流产。[18]在此之前，2014年10月的《行动纲要》首次写入“工业4.0”合作，次年两国又就“中国制造2025”与“工业4.0”对接达成共识，德国企业普遍期待从中国的产业升级中获益。短短两年间，德国政界对中国产业政策的评价便从“机遇”转向“挑战”。2017年7月，德国联邦政府修订《对外经济条例》，扩大了对外资并购进行安全审查的范围；2018年12月，又将审查门槛从25%降至10%。[19]2019 年 1 月，德国工业联合会发布题为《伙伴与制度性竞争者》的政策文件，首次以“制度性竞争者”定位中国。[20]这份文件在德国经济界内部引发了相当大的争议，不少企业界人士认为其对华立场过于强硬。欧盟委员会则于2019年⁋3月发表《欧中战略展望》，将中国同时界定为“合作伙伴、经济竞争者和制度性对手”。[21]
2020年9月2日，德国联邦政府通过《印太指导方针》，成为继法国之后第二个出台“印太”战略文件的欧盟国家。[22]2021年8月，德国海军“巴伐利亚”号护卫舰启程前往印太地区，这是近20年来德国军舰首次驶入南海，此次航行为期约半年。[23]与此同时，在德国担任欧盟轮值主席国期间，中欧领导人于2020年12月30日宣布如期完成《中欧全面投资协定》谈判，这被视为默克尔“双轨”政策的最后成果。[24]
# 二、朔尔茨政府与“时代转折”下的对华政策调整
# 2.1 “时代转折”与对华认知的强化
2021年12月8日，朔尔茨就任德国总理，社民党、绿党和自民党组成的“红绿灯”联合政府上台。三党在同年11月公布的执政协议中，首次将中国定位为“伙伴、竞争者和制度性对手”。[25]2022年2月27日，朔尔茨在联邦议院发表演讲，称“2022年2月24日标志着我们欧洲大陆历史上的时代转折”，并宣布设立1000亿欧元的联邦国防军特别基金。[26]俄乌冲突爆发后，德国对俄能源依赖的教训迅速被投射到对华经济关系上，“减少对华依赖”成为德国政界的高频词汇。[27]
2022年10月26日，德国内阁在激烈争论后批准中远海运集团以24.9%的比例入股汉堡港托勒罗特集装箱码头，而非最初申请的35%。[28]此前的2022年5月，德国经济部首次以人权为由，拒绝为一家德国汽车企业的在华投资项目续签投资担保，这一做法在德国对外经济政策中史无前例。[27]同年11月4日，朔尔茨率经济代表团访华，成为新冠疫情暴发以来首位访华的七国集团领导人。此次访问仅为期一天，但在德国国内引发广泛争议。[29]
对于朔尔茨政府而言，如何在联盟伙伴的压力、经济界的诉求与跨大西洋协调之间寻求平衡，始终是其对华政策的核心难题。2022年9月，德国经济部长哈贝克表示将对德国企业在华投资实行更严格的审查，并考虑削减对华投资担保；但直到2023年上半年，相关措施仍停留在讨论阶段。[41]这一“言多行少”的状态，恰恰反映出德国对华政策调整过程中的内在张力。
# 2.2 《国家安全战略》与《中国战略》
2023 年 4 月，德国外长贝尔伯克访华，14日与时任中国外长秦刚举行会谈，双方在记者会上就人权和台湾问题公开表达了不同看法。同年6月14日，德国联邦政府发布首份《国家安全战略》，将中国描述为“伙伴、竞争者和制度性对手”，并强调“竞争和对抗的因素近年来有所增加”。[30]6月20日，李强总理访问柏林，与朔尔茨共同主持第七轮中德政府磋商。[31]不到一个月之后，德国联邦政府于7月13日正式通过《中国战略》。
《中国战略》全文约60页，提出“去风险”而非“脱钩”的政策导向，要求德国企业降低对中国市场和供应链的依赖，并将在关键原材料、医药、电池等领域的依赖列为重点。[32-34]贝尔伯克在介绍战略时表示：“中国变了，因此我们的对华政策也必须改变。”这一表述集中体现了德国精英阶层对华认知的变化。
2024年4月14日至16日，朔尔茨第二次访华，先后到访重庆、上海和北京。[35]同年7月，德国联邦内政部与电信运营商达成协议，要求在2026年底前将华为和中兴的组件从5G核心网中移除。[36]由此可见，德国对华政策呈现出“经济上继续合作、技术和安全领域加速防范”的双重特征。
# 2.3 安全与防务层面的延伸
德国对华政策调整的一个新特点，是安全与防务议题的分量明显上升。2021年4月，联邦议院通过《信息技术安全法2.0》，为排除“不可信”的电信设备供应商提供了法律依据。[36]2022年8月，德国空军派出“台风”战斗机等多架飞机赴澳大利亚参加“漆黑-2022”多国联合演习，这是德国空军首次在印太地区进行如此规模的部署。[23]2024 年 5 月，德国海军“巴登-符腾堡”号护卫舰和“美因河畔法兰克福”号补给舰启程前往印太地区，并参加了“环太平洋-2024”演习。与2021年“巴伐利亚”号的航行相比，这次部署的规模更大，持续时间也更长，计划为期约七个月。此外，德国还于2021年4月与日本举行首次外长防长“2+2”磋商，并于2024年7月与日本签署《物资劳务相互提供协定》，日德防务合作由此迈上新台阶。有德国学者指出，德国在印太地区的军事存在虽然“象征意义大于实际意义”，但它表明德国已不再把对华关系仅仅视为经济问题。[23][27]
在经贸领域，“去风险”的实际效果仍有待观察。2024年6月12日，欧盟委员会宣布拟对从中国进口的电动汽车加征临时反补贴税，同年7月初开始临时征收。德国政府和汽车业界对此公开表达了保留意见，担心引发中方反制并损害德国车企在华利益。[42]这表明，在涉及核心产业利益的问题上，德国的立场与欧盟委员会并不完全一致，德国对华政策中的经济务实主义传统依然具有相当的影响力。
# 三、德国对华政策调整的动因
# 3.1 中德经济关系的结构性变化
21世纪初，中德经济关系具有明显的互补性：德国向中国出口机械设备和汽车，中国向德国出口消费品。然而，2010年代中期以来，随着“中国制造2025”的推进，中国在高端制造领域与德国的竞争日益加剧。[37]2019年2月，德国经济部长阿尔特迈尔发布《国家工业战略2030》，明确提出要防范外国国有企业对德国关键技术企业的收购。[38]在电动汽车领域，中国企业的迅速崛起更使德国汽车业感受到前所未有的压力。
从贸易数据看，中德经济关系的相互依赖呈现出不对称的变化。2022年，中德双边贸易额约为3000亿欧元，创历史新高；2023年则降至约2530亿欧元，其中德国对华出口下降尤为明显。[1]与贸易相比，德国对华直接投资反而更加集中：2018—2021年间，大众、宝马、戴姆勒和巴斯夫四家企业的投资约占欧洲对华直接投资总额的三分之一。[42]巴斯夫于2019年11月启动湛江一体化基地项目，总投资约100亿欧元，是该公司历史上最大的单笔海外投资。2018年夏，李克强总理访德期间，两国企业签署了总额约200亿欧元的合作协议，但此后德国政府对大型并购项目的审查明显趋严。[18][19]
# 3.2 美国因素与欧盟层面的政策转向
美国对华战略竞争的加剧是德国政策调整的重要外部推力。特朗普政府时期，美国多次施压德国禁止华为参与5G建设。2019年3月，美国驻德大使格雷内尔致信德国经济部长阿尔特迈尔，威胁称如果德国允许华为参与5G建设，美国将限制与德方的情报共享。[39]次年7月，英国宣布禁止华为参与其5G网络建设，德国则未立即跟进。拜登政府上台后，更强调与盟友协调对华政策，2021年6月七国集团康沃尔峰会和同月的北约布鲁塞尔峰会均首次在公报中较多地提及中国。[39][40]对德国而言，跨大西洋关系的修复意味着其在对华问题上的回旋空间进一步缩小。在欧盟层面，2019年欧盟提出的“三重定位”为德国的政策调整提供了话语框架。2023年3月30日，欧盟委员会主席冯德莱恩发表演讲，首次系统阐述对华“去风险”的概念，德国《中国战略》在很大程度上与此保持一致。[40]
# 3.3 德国国内政治的变化
“红绿灯”联合政府内部在对华政策上存在明显分歧。绿党掌握的外交部和经济部倾向于更为强硬的立场，而总理府则更多地考虑经济界的利益。[41]德国经济界本身也并非铁板一块：大众、宝马、巴斯夫等大型企业在2022—2023年间仍在扩大对华投资，而中小企业则普遍更为谨慎。[42]这种分歧决定了德国的“去风险”在实践中将是一个渐进、有限的过程。此外，联合政府内部在台湾问题上的表态也不尽一致。2023年3月，自民党籍的联邦教育与研究部长施塔克-瓦青格窜访台湾地区，成为26年来首位窜台的德国联邦部长，中方对此提出严正交涉。[41]而总理府和社民党则多次重申德国坚持一个中国政策，避免在这一问题上刺激中方。
# 3.4 德国对华政策的延续性
尽管德国对华政策在过去十年中发生了明显变化，但其延续性同样不容忽视。第一，德国历届政府都把对华经济合作视为本国利益的重要组成部分，即便是《中国战略》也明确表示德国“无意与中国脱钩”。[2]第二，中德政府磋商机制自2011年建立以来从未中断，即使在新冠疫情期间也以视频方式举行。第三，德国经济界对华投资的惯性依然很强，2023年德国对华直接投资额约为119亿欧元，仍处于历史高位。[42]有德国学者指出，德国对华政策的核心问题不是要不要合作，而是如何在合作中管理风险。[33]从这一意义上说，“去风险”与其说是对“以贸促变”的否定，不如说是在新的国际环境下对其进行的修正。
# 四、结语
从1972年建交至今，德国对华政策大致经历了经济务实主义、“以贸促变”、“双轨”政策和“去风险”四个阶段。需要指出的是，“以贸促变”的失效论在德国国内并非没有争议，前总理默克尔在卸任后仍为其对华政策进行辩护。[43]总体而言，德国对华政策的每一次调整，都伴随着德国自身国际定位的变化：20世纪70年代的“东方政策”、90年代的统一与欧洲一体化、21世纪第二个十年欧债危机中德国地位的上升，以及2022年以来的“时代转折”。未来，德国对华政策能否在经济利益与安全考量之间找到新的平衡点，不仅关系到中德关系本身，也将对中欧关系的走向产生重要影响。对中国而言，既要看到德国对华政策中“竞争”与“对手”因素的上升，也要看到中德合作的坚实基础和巨大潜力，以务实合作稳定双边关系的基本盘，以机制化对话管控分歧，推动中德全方位战略伙伴关系行稳致远。
"""

C02_REFS = [
    "[1] 德国联邦统计局. 中国连续第八年成为德国最重要的贸易伙伴[EB/OL]. (2024-02-16)[2024-05-20]. https://www.destatis.de/DE/Presse/Pressemitteilungen/2024/02/PD24_054_51.html.",
    "[2] Die Bundesregierung. China-Strategie der Bundesregierung[R/OL]. Berlin: Auswärtiges Amt, 2023[2024-05-20]. https://www.auswaertiges-amt.de/resource/blob/2608578/810fdade376b1467f20bdb697b2acd58/china-strategie-data.pdf.",
    "[3] 郑春荣. 德国《中国战略》的出台背景、主要内容与影响[J]. 国际问题研究, 2023(5): 61-78.",
    "[4] 中华人民共和国外交部. 中德关系[EB/OL]. (2024-04-01)[2024-05-20]. https://www.mfa.gov.cn/web/gjhdq_676201/gj_676203/oz_678770/1206_679086/sbgx_679090/.",
    "[5] 潘琪昌. 百年中德关系[M]. 北京: 世界知识出版社, 2006: 213-220.",
    "[6] 同[5]: 245.",
    "[7] BAHR E. Wandel durch Annäherung: Rede in der Evangelischen Akademie Tutzing[EB/OL]. (1963-07-15)[2024-05-20]. https://www.fes.de/themenportal-geschichte-kultur-medien-netz/artikelseite/wandel-durch-annaeherung.",
    "[8] 连玉如. 新世界政治与德国外交政策[M]. 北京: 北京大学出版社, 2003: 156.",
    "[9] 熊炜. 德国对华政策的经济逻辑[J]. 欧洲研究, 2011(4): 89-104.",
    "[10] 中华人民共和国和德意志联邦共和国联合声明[N]. 人民日报, 2004-05-04(1).",
    "[11] 同[9]: 97.",
    "[12] 吴江. 默克尔政府对华政策的“价值观外交”及其调整[J]. 德国研究, 2008(2): 4-10.",
    "[13] 新华社. 中德发表政府磋商联合新闻公报[EB/OL]. (2011-06-28)[2024-05-20]. http://www.gov.cn/jrzg/2011-06/28/content_1895345.htm.",
    "[14] 同[13].",
    "[15] Die Bundesregierung. 6. Deutsch-Chinesische Regierungskonsultationen[EB/OL]. (2021-04-28)[2024-05-20]. https://www.bundesregierung.de/breg-de/aktuelles/regierungskonsultationen-1908966.",
    "[16] 中德合作行动纲要: 共塑创新[N]. 人民日报, 2014-10-11(2).",
    "[17] 寇蔻. 默克尔时代的中德关系: 回顾与展望[J]. 当代世界, 2021(10): 52-57.",
    "[18] 史世伟. 德国外资安全审查制度的演变及其对中国的影响[J]. 德国研究, 2019(2): 38-56.",
    "[19] Bundesministerium für Wirtschaft und Energie. Zwölfte Verordnung zur Änderung der Außenwirtschaftsverordnung[Z]. Berlin, 2018.",
    "[20] BDI. Partner und systemischer Wettbewerber: Wie gehen wir mit Chinas staatlich gelenkter Volkswirtschaft um?[R]. Berlin: BDI, 2019.",
    "[21] European Commission. EU-China: A Strategic Outlook[R/OL]. (2019-03-12)[2024-05-20]. https://commission.europa.eu/system/files/2019-03/communication-eu-china-a-strategic-outlook.pdf.",
    "[22] Die Bundesregierung. Leitlinien zum Indo-Pazifik[R]. Berlin: Auswärtiges Amt, 2020.",
    "[23] 朱宇方. 德国“印太”政策的军事化趋势[J]. 现代国际关系, 2022(3): 40-48.",
    "[24] 丁纯, 纪昊楠. 中欧全面投资协定: 进展、障碍与前景[J]. 国际经济评论, 2021(3): 112-130.",
    "[25] SPD, Bündnis 90/Die Grünen, FDP. Mehr Fortschritt wagen: Koalitionsvertrag 2021-2025[Z]. Berlin, 2021: 156.",
    "[26] SCHOLZ O. Regierungserklärung von Bundeskanzler Olaf Scholz am 27. Februar 2022[EB/OL]. (2022-02-27)[2024-05-20]. https://www.bundesregierung.de/breg-de/suche/regierungserklaerung-von-bundeskanzler-olaf-scholz-am-27-februar-2022-2008356.",
    "[27] 伍慧萍. “时代转折”下的德国外交与安全政策[J]. 国际展望, 2023(1): 77-95.",
    "[28] 同[18]: 50.",
    "[29] 黄萌萌. 朔尔茨访华与中德关系的新动向[J]. 当代世界, 2022(12): 44-49.",
    "[30] Die Bundesregierung. Wehrhaft. Resilient. Nachhaltig. Integrierte Sicherheit für Deutschland: Nationale Sicherheitsstrategie[R]. Berlin, 2023: 12.",
    "[31] 新华社. 李强同德国总理朔尔茨共同主持第七轮中德政府磋商[N]. 人民日报, 2023-06-21(1).",
    "[32] 同[2]: 33-36.",
    "[33] 郑春荣. 德国“去风险”政策的内涵与限度[J]. 欧洲研究, 2023(6): 1-22.",
    "[34] RUDOLF M. Germany’s China Strategy: Balancing De-risking and Engagement[R]. Berlin: SWP, 2023.",
    "[35] 习近平会见德国总理朔尔茨[N]. 人民日报, 2024-04-17(1).",
    "[36] Bundesministerium des Innern und für Heimat. Vereinbarung über 5G-Netze[EB/OL]. (2024-07-11)[2024-07-20]. https://www.bmi.bund.de/SharedDocs/pressemitteilungen/DE/2024/07/5g.html.",
]

C02_REFS += [
    "[37] 李巍, 张梦琨. 中德经济关系: 从互补到竞争?[J]. 外交评论, 2021(4): 25-51.",
    "[38] Bundesministerium für Wirtschaft und Energie. Nationale Industriestrategie 2030: Strategische Leitlinien für eine deutsche und europäische Industriepolitik[R]. Berlin: BMWi, 2019.",
    "[39] 冯仲平. 美欧对华政策协调的动因与限度[J]. 现代国际关系, 2021(6): 1-9.",
    "[40] VON DER LEYEN U. Speech by President von der Leyen on EU-China Relations to the Mercator Institute for China Studies and the European Policy Centre[EB/OL]. (2023-03-30)[2024-05-20]. https://ec.europa.eu/commission/presscorner/detail/en/speech_23_2063.",
    "[41] 杨解朴. “红绿灯”政府对华政策的分歧与走向[J]. 德国研究, 2023(3): 23-41.",
    "[42] KRATZ A, ZENGLEIN M J, SEBASTIAN G, et al. The Chosen Few: A Fresh Look at European FDI in China[R]. New York: Rhodium Group, 2023.",
    "[43] MERKEL A. Gespräch mit Alexander Osang im Berliner Ensemble[EB/OL]. (2022-06-07)[2024-05-20]. https://www.phoenix.de/sendungen/ereignisse/angela-merkel-im-gespraech-a-2670018.html.",
]

C02_TAIL = [
    "The Evolution of Germany’s China Policy: From “Change through Trade” to “De-risking”",
    "ZHOU Ming　CHEN Siyuan",
    "Abstract: Over the past half century, Germany’s China policy has shifted from economic pragmatism to",
    "the triple definition of China as “partner, competitor and systemic rival”. The first China Strategy",
    "adopted by the Scholz government establishes “de-risking” as the new policy orientation. The adjust-",
    "ment stems from structural changes in Sino-German economic relations and from the influence of US",
    "strategic competition with China and of the EU’s policy shift, but the dependence of German business",
    "on the Chinese market means that “de-risking” will not lead to “decoupling”.",
    "Key words: Germany; China policy; change through trade; de-risking; Sino-German relations",
    "（责任编辑：徐　娅）",
]


def build_c02():
    blocks = parse(C02_BODY)

    def header(p):
        return "《国际问题研究》2024年第5期" if p % 2 == 0 else "德国对华政策的演变：从“以贸促变”到“去风险”"
    front = C02_FRONT
    out = endnote_article(front, blocks, C02_REFS, C02_TAIL, width=36, cap=34, header=header,
                          pno0=89, ref_width=44, first_foot=C02_FOOT)
    return out

# ---------------------------------------------------------------- c03: India-Russia defence cooperation, one paragraph per line

C03_FRONT = [
    "印俄防务合作的历史演进、现实动因与发展限度",
    "刘　洋　孙　立",
    "[摘要] 印度与苏联/俄罗斯的防务合作始于20世纪60年代，历经冷战时期的“准同盟”、苏联解体后的低谷与调整、21世纪以来的“特殊和特惠战略伙伴关系”等阶段，至今仍是印度国防装备体系的重要支柱。乌克兰危机爆发后，印度在西方压力下维持对俄防务合作，体现了其“战略自主”的外交传统。但受俄罗斯军工生产能力下降、美西方制裁以及印度推进“印度制造”和采购来源多元化等因素影响，印俄防务合作在规模和结构上正经历深刻变化，其“武器买卖”式的传统合作模式面临转型压力。",
    "[关键词] 印度；俄罗斯；防务合作；战略自主；军事技术合作",
    "[中图分类号] D835.1；D851.2　[文献标识码] A　[文章编号] 1004-1508(2024)04-0045-17",
]

C03_FOOT = [
    "[收稿日期] 2024-08-02",
    "[作者简介] 刘洋，四川大学南亚研究所副研究员，主要研究方向为南亚国际关系；孙立，四川大学国际关系学院博士研究生。",
    "[基金项目] 本文系国家社会科学基金一般项目“乌克兰危机背景下印度的大国平衡外交研究”（项目编号：23BGJ062）的阶段性成果。",
]

C03_BODY = r"""
在印度的对外关系中，很少有哪一组双边关系像印俄关系那样，在国际格局剧烈变动的条件下仍保持高度的连续性。冷战期间，苏联是印度最主要的武器供应国；苏联解体后，俄罗斯继承了这一地位。根据斯德哥尔摩国际和平研究所的数据，2019—2023年间俄罗斯在印度武器进口中所占的份额为36%，虽然较此前大幅下降，但俄罗斯仍是印度最大的武器来源国。〖SIPRI, “Trends in International Arms Transfers, 2023,” SIPRI Fact Sheet, March 2024, https://www.sipri.org/publications/2024/sipri-fact-sheets/trends-international-arms-transfers-2023 [2024-06-15].〗2022年2月乌克兰危机全面爆发后，印度拒绝追随西方对俄制裁，并在联合国大会相关决议的表决中多次投弃权票，印俄防务合作再次成为国际舆论关注的焦点。本文拟从历史演进、现实动因和发展限度三个方面，对印俄防务合作进行系统梳理。
# 一、印俄防务合作的历史演进
# （一）冷战时期：从武器援助到“准同盟”（1955—1991年）
印苏关系的起点可以追溯到20世纪50年代中期。1955年6月，印度总理尼赫鲁访问苏联；同年11月至12月，苏共中央第一书记赫鲁晓夫和部长会议主席布尔加宁回访印度，两国关系迅速升温。〖〔俄〕A. 库图佐夫：《苏联与印度：1947—1991》，莫斯科：国际关系出版社，2001年，第57—63页（俄文）。〗1962年8月，印度与苏联签署引进并许可生产米格-21战斗机的协议，这是苏联首次向非社会主义国家转让先进战斗机的生产技术。同年10月中印边境战争爆发后，苏联对印度的军事援助逐步扩大。
1971年8月9日，印苏两国在新德里签署《和平友好合作条约》，条约第九条规定，缔约一方遭受进攻或威胁时，双方应立即共同协商以消除威胁。〖Treaty of Peace, Friendship and Cooperation between the Government of India and the Government of the Union of Soviet Socialist Republics, New Delhi, August 9, 1971, https://mea.gov.in/bilateral-documents.htm?dtl/5139/Treaty+of+Peace+Friendship+and+Cooperation [2024-06-15].〗同年12月第三次印巴战争爆发，苏联在联合国安理会多次否决不利于印度的决议草案，并向印度提供了大量武器装备。许多学者将这一条约视为印苏“准同盟”关系形成的标志。〖王缉思主编：《大国战略：历史经验与现实选择》，北京：中信出版社，2016年，第211页。〗20世纪70年代至80年代，苏联向印度提供的武器约占印度武器进口总额的70%以上，印度三军的主战装备在很大程度上依赖苏制系统。20世纪60年代中期，苏联还积极介入南亚事务，1966年1月，在苏联部长会议主席柯西金的斡旋下，印巴两国领导人在塔什干签署《塔什干宣言》，结束了第二次印巴战争。〖赵伯乐：《苏联与南亚：冷战时期的政策与实践》，载《南亚研究》1998年第2期，第12—18页。〗1984年4月，印度空军飞行员拉凯什·夏尔马搭乘苏联“联盟T-11”号飞船进入太空，成为首位进入太空的印度人。1988年1月，印度从苏联租借一艘“查理”级核潜艇，命名为“查克拉”号，至1991年归还，这是苏联首次向他国租借核动力潜艇。〖同上，第16页。〗1986年11月，苏共中央总书记戈尔巴乔夫访问印度，两国签署《德里宣言》，提出建立“无核武器和非暴力世界”的十项原则。
# （二）苏联解体后的低谷与重建（1991—2000年）
1991年12月苏联解体，印度的防务采购体系随即陷入困境。原有的合作关系分散到俄罗斯、乌克兰等多个独立国家，零配件供应中断，卢布—卢比债务的清偿问题也长期悬而未决。〖Deepa Ollapally, “India and Russia: Renewing the Relationship,” in Harsh V. Pant, ed., Indian Foreign Policy in a Unipolar World, New Delhi: Routledge, 2009, pp. 159-180.〗1993年1月，俄罗斯总统叶利钦访问印度，两国签署新的《友好合作条约》，取代1971年条约，但新条约删除了带有军事同盟色彩的安全条款。次年，两国签署军事技术合作协定，为防务合作的恢复奠定了制度基础。
20世纪90年代中后期，印俄防务合作逐步走出低谷。1996年11月30日，印度与俄罗斯签署采购40架苏-30MK战斗机的合同。1998年2月12日，两国政府签署协议，决定合资成立布拉莫斯航空航天公司，联合研制超音速巡航导弹，印度国防研究与发展组织与俄罗斯机械制造科研生产联合体分别持股50.5%和49.5%。〖BrahMos Aerospace, “Genesis,” https://www.brahmos.com/content.php?id=1 [2024-06-15].〗2001年6月12日，“布拉莫斯”导弹在奥里萨邦钱迪普尔首次试射成功。
1998年5月11日和13日，印度在博克兰连续进行核试验，美国、日本等国随即宣布对印实施经济制裁，俄罗斯虽对核试验表示遗憾，但明确反对制裁，并继续履行既有的军售合同。〖〔印〕C. 拉贾·莫汉：《印度外交的转型》，朱翠萍等译，北京：社会科学文献出版社，2014年，第88—91页。〗同年12月，俄罗斯总理普里马科夫访问新德里，提出建立“俄中印战略三角”的设想。这一设想虽未立即付诸实施，但为21世纪初中俄印三边外长会晤机制的形成埋下了伏笔。对印度而言，俄罗斯在其遭受西方制裁时的态度进一步巩固了印方对俄“可靠伙伴”的认知，这种认知在此后二十余年间一直影响着印度战略界对俄罗斯的判断。
# （三）“战略伙伴关系”框架下的全面合作（2000年至今）
2000年10月，俄罗斯总统普京首次以总统身份访问印度，双方签署《印俄战略伙伴关系宣言》，并决定每年举行一次领导人年度峰会。〖Declaration on Strategic Partnership between the Republic of India and the Russian Federation, New Delhi, October 3, 2000.〗同年，两国建立了由国防部长共同主持的政府间军事技术合作委员会。同年12月，两国签署协议，由印度斯坦航空有限公司许可生产140架苏-30MKI战斗机。翌年2月，印度又与俄方签署采购310辆T-90S主战坦克的合同。
2004年1月20日，印俄签署关于“戈尔什科夫海军上将”号航空母舰的改装和转让协议，该舰后更名为“超日王”号。由于改装工程多次延误、费用大幅增加，该舰直至2013年11月16日才在北德文斯克正式交付印度海军。〖Ministry of Defence, Government of India, “INS Vikramaditya Commissioned,” Press Information Bureau, November 16, 2013.〗2007年10月，两国签署联合研制第五代战斗机的政府间协议；然而，由于在技术转让、成本分摊和工作份额等问题上分歧严重，印度于2018年前后实际退出了该项目。〖Rajat Pandit, “India Pulls Out of FGFA Project with Russia,” The Times of India, April 21, 2018.〗
2010年12月，俄罗斯总统梅德韦杰夫访问印度，两国关系被提升为“特殊和特惠战略伙伴关系”。〖Joint Statement on the Occasion of the Visit of the President of the Russian Federation to India, New Delhi, December 21, 2010, https://www.mea.gov.in/bilateral-documents.htm?dtl/5080 [2024-06-15].〗2012年4月，印度从俄罗斯租借的“阿库拉”级核潜艇“查克拉”号正式服役，租期10年，印度由此成为少数拥有核动力潜艇的国家之一。〖Press Information Bureau, “INS Chakra Inducted into Indian Navy,” Visakhapatnam, April 4, 2012.〗印俄“因陀罗”系列联合演习自2003年起举行，“因陀罗-2017”首次以三军联合的形式在符拉迪沃斯托克举行，2021年8月的“因陀罗-2021”则在伏尔加格勒举行，演习科目以联合反恐为主。
2014年5月莫迪出任印度总理后，印俄关系在新的领导人层面得到延续。同年12月11日，普京访问新德里，双方发表题为《友谊—Dosti：加强印俄伙伴关系的愿景》的联合声明，提出此后十年双边合作的方向。〖Ministry of External Affairs, “Druzhba-Dosti: A Vision for Strengthening the Indian-Russian Partnership over the Next Decade,” New Delhi, December 11, 2014.〗次年12月下旬，莫迪首次以总理身份访问莫斯科，出席第16次印俄年度峰会，双方签署了在印度合资生产卡-226T直升机的初步协议。2017年是印苏（俄）建交70周年，两国于1947年4月13日建立外交关系。同年6月初，莫迪出席圣彼得堡国际经济论坛，印度还于当月在阿斯塔纳峰会上正式成为上海合作组织成员国。〖孙士海：《印度与上海合作组织：进程与前景》，载《南亚研究》2018年第1期，第1—20页。〗印俄在多边框架内的合作由此获得了新的平台。
# 二、近年来印俄防务合作的新发展
# （一）S-400导弹系统交易与美国制裁压力
2016年10月15日，在果阿金砖国家领导人会晤期间，印俄签署了关于S-400防空导弹系统、卡-226T直升机合资生产以及4艘11356型护卫舰的一系列协议。〖Ministry of External Affairs, “List of Outcomes: Visit of President of Russia to India,” October 15, 2016.〗2017年8月2日，美国总统特朗普签署《以制裁反击美国敌人法》，授权对与俄罗斯国防和情报部门进行“重大交易”的第三国实体实施制裁，印俄S-400交易由此面临严峻考验。2018年5月21日，莫迪与普京在索契举行非正式会晤；同年10月5日，普京访问新德里出席第19次印俄年度峰会，双方正式签署价值约54.3亿美元的S-400采购合同，印度共采购5个营的系统。〖India-Russia Joint Statement during Visit of President of Russia to India, October 5, 2018, https://www.mea.gov.in/bilateral-documents.htm?dtl/30469 [2024-06-15].〗
面对美国的制裁威胁，印度始终坚持S-400采购是基于本国安全需要的主权决定。2021年12月，首批S-400系统运抵印度，部署在旁遮普邦地区。美国国会研究服务处的报告指出，华盛顿在是否对印度实施制裁的问题上面临两难：一方面，制裁可能损害美印在“印太”框架下的战略合作；另一方面，豁免印度又可能削弱该法的威慑力。〖Congressional Research Service, “Russia’s Arms Sales to India: Implications for U.S. Policy,” CRS Report, 2021.〗截至目前，美国尚未对印度实施相关制裁。相比之下，美国已于2020年12月14日以采购S-400为由对北约盟国土耳其的国防工业局实施了制裁。2022年7月，美国众议院通过一项修正案，敦促拜登政府在《以制裁反击美国敌人法》框架下对印度予以豁免。〖“House Passes Amendment Seeking CAATSA Waiver for India,” The Hindu, July 15, 2022.〗这种“区别对待”恰恰说明，在中美战略竞争的背景下，印度对美国的战略价值在很大程度上抵消了其对俄军购带来的负面影响。
# （二）机制化建设与“印度制造”导向
2019年3月，莫迪出席了在北方邦阿梅提建设的AK-203步枪合资工厂的奠基仪式，该合资企业由印度兵工厂委员会与俄罗斯卡拉什尼科夫集团共同组建。同月，印俄签署了租借第三艘核潜艇的协议，租期同样为10年。〖Snehesh Alex Philip, “India Signs $3 Billion Deal with Russia for Lease of Nuclear Submarine,” ThePrint, March 7, 2019.〗2019年9月4日至5日，莫迪赴符拉迪沃斯托克出席第五届东方经济论坛，并宣布向俄罗斯远东地区提供10亿美元的信贷额度。2020年6月，印度国防部长辛格赴莫斯科出席纪念卫国战争胜利75周年阅兵式，其时正值同月中旬中印两军在加勒万河谷发生冲突后不久，印度借此机会要求俄方加快交付此前订购的装备。
2021年12月6日，印俄首次举行外长和防长“2+2”对话，印度外长苏杰生、防长辛格与俄罗斯外长拉夫罗夫、防长绍伊古在新德里会晤。当天，普京访问印度，出席第21次印俄年度峰会，两国签署了《2021—2031年军事技术合作计划》以及在印度合资生产60余万支AK-203步枪的合同。〖India-Russia Joint Statement following the Visit of the President of the Russian Federation, December 6, 2021, https://www.mea.gov.in/bilateral-documents.htm?dtl/34606 [2024-06-15].〗这一阶段印俄防务合作的一个突出特点，是从单纯的武器采购转向联合研发和本土化生产，这与莫迪政府2014年以来推行的“印度制造”战略以及2020年提出的“自力更生的印度”倡议高度契合。〖Ibid.〗
# （三）乌克兰危机后的“有限坚守”
2022年2月24日乌克兰危机全面爆发后，印度在次日的联合国安理会表决以及3月2日的联合国大会紧急特别会议表决中均投了弃权票。与此同时，印度大幅增加了自俄罗斯进口的原油，到2022年底，俄罗斯已成为印度最大的原油供应国。〖Ministry of Commerce and Industry, Government of India, Export Import Data Bank, https://tradestat.commerce.gov.in/eidb/ [2024-06-15].〗2022年9月16日，莫迪在撒马尔罕上海合作组织峰会期间会见普京时表示，“今天的时代不是战争的时代”，这一表态被西方媒体广泛解读为印度对俄立场的微妙调整。
在多边场合，印度同样努力避免在俄乌问题上“选边站队”。2023年9月9日至10日，G20领导人峰会在新德里举行，作为东道主的印度推动各方就《新德里领导人宣言》达成共识，宣言在涉及乌克兰问题时仅呼吁各国“不得以武力谋求领土”，而未点名谴责俄罗斯。〖“G20 New Delhi Leaders’ Declaration,” New Delhi, September 9, 2023, https://www.mea.gov.in/Images/CPV/G20-New-Delhi-Leaders-Declaration.pdf [2024-06-15].〗西方舆论普遍认为，这一措辞较2022年11月的《巴厘岛宣言》明显软化，是印度外交斡旋的结果。与此同时，印度并未因此放缓与美西方的安全合作，同年6月莫迪对美国进行国事访问，双方签署了在印度联合生产GE F414航空发动机的协议。
值得注意的是，由于乌克兰危机的影响，印俄年度峰会在2022年和2023年均未能举行，这是2000年以来的首次中断。2024年7月8日至9日，莫迪在第三次连任总理后不久即访问莫斯科，出席第22次印俄年度峰会，这也是莫迪自2019年以来首次访俄。〖Ministry of External Affairs, “Joint Statement following the 22nd India-Russia Annual Summit,” July 9, 2024, https://www.mea.gov.in/bilateral-documents.htm?dtl/37940 [2024-07-20].〗访问期间，普京向莫迪授予俄罗斯最高国家荣誉“圣安德烈勋章”。然而，就在莫迪抵达莫斯科的当天，基辅一家儿童医院遭到导弹袭击，乌克兰总统泽连斯基对此次会晤提出了尖锐批评。
# （四）太空与核能领域的战略合作
除常规武器外，印俄在太空和核能等战略领域的合作也具有重要意义。1988年11月，印苏两国签署在泰米尔纳德邦库丹库拉姆建设核电站的协议，但受苏联解体影响，该项目直至2002年才正式开工。〖Nuclear Power Corporation of India, “Kudankulam Nuclear Power Project,” https://www.npcil.nic.in/content/302_1_KudankulamProject.aspx [2024-06-15].〗2013年10月，库丹库拉姆核电站1号机组并网发电，次年12月底投入商业运行。在载人航天领域，俄罗斯联邦航天局下属的俄罗斯航天国际合作公司与印度空间研究组织于2019年6月签署协议，为印度“加加扬”载人航天计划培训航天员；2020年2月至2021年3月，4名印度空军飞行员在加加林航天员培训中心接受了为期约一年的训练。〖“Indian Astronauts Complete Training in Russia,” TASS, March 22, 2021.〗此外，印度自2010年代初期起获准使用俄罗斯“格洛纳斯”卫星导航系统的军用信号，这在一定程度上降低了印度对美国全球定位系统的依赖。
能源合作与防务合作相互支撑的特征在乌克兰危机后尤为明显。2023年上半年，俄罗斯原油在印度原油进口中所占的比重一度超过四成，印度炼油企业则将部分成品油转口至欧洲市场。有印度学者指出，能源贸易的扩大为双方以本币结算军售款项提供了新的可能，但也加剧了双边贸易的不平衡。〖Harsh V. Pant and Rajeswari Pillai Rajagopalan, “India–Russia Ties after Ukraine,” ORF Issue Brief, No. 612, Observer Research Foundation, 2023.〗2023年7月4日，印度以视频方式主办上海合作组织成员国元首理事会会议，普京在线出席，这也是乌克兰危机后莫迪与普京为数不多的多边互动之一。
# 三、印俄防务合作的现实动因
第一，装备体系的路径依赖。据估计，印度军队现役主战装备中约有60%至70%源自苏联或俄罗斯，涵盖战斗机、主战坦克、潜艇、防空系统等主要门类。〖Sameer Lalwani et al., “The Influence of Arms: Explaining the Durability of India–Russia Alignment,” Journal of Indo-Pacific Affairs, Vol. 4, No. 1, 2021, pp. 2-29.〗这些装备的维护、升级和零配件供应在相当长时期内都离不开俄方的支持。第二，战略自主的外交传统。从尼赫鲁时期的“不结盟”到莫迪时期的“多向结盟”，印度始终避免在大国之间选边站队，维持与俄罗斯的防务合作是其保持战略回旋空间的重要手段。〖张力：《印度“战略自主”外交的内涵与实践》，载《南亚研究季刊》2022年第3期，第1—19页。〗第三，对中俄接近的担忧。2022年2月4日中俄发表联合声明后，印度战略界普遍担心俄罗斯在中印边界问题上进一步向中国倾斜，维持与俄罗斯的防务纽带被视为防止这一局面的“保险”。〖Tanvi Madan, “What India Wants from Russia,” Brookings Institution, March 2022.〗第四，俄罗斯在技术转让上的相对开放。与美国、法国等西方供应国相比，俄罗斯更愿意向印度转让敏感技术和许可生产权，从米格-21、苏-30MKI到T-90坦克和“布拉莫斯”导弹，许可生产与联合研制始终是印俄防务合作的重要形式。〖Sameer Lalwani et al., op. cit., p. 18.〗而西方国家对印出口高端装备往往附带“最终用户监督”等限制性条款，这在印度国内常常被视为对其主权的干涉。第五，俄罗斯与巴基斯坦关系的变化也构成印度的关切。2015年8月，俄罗斯与巴基斯坦签署出售米-35M武装直升机的协议；次年9月，两国首次举行代号为“友谊-2016”的联合军事演习。
# 四、印俄防务合作的发展限度
首先，俄罗斯的军工生产和交付能力受到严重削弱。乌克兰危机爆发以来，俄罗斯军工企业的产能优先满足本国前线需求，对印度的部分装备交付出现延误，S-400系统的最后两个营的交付时间已推迟至2026年前后。〖Rahul Bedi, “Delivery of Remaining S-400 Units Delayed,” Janes Defence Weekly, March 2024.〗其次，支付结算问题长期困扰双方。由于俄罗斯被排除在环球银行间金融电信协会系统之外，印度的卢比支付在俄方大量积压，双方尝试的本币结算机制至今未能完全解决这一问题。再次，印度正积极推进采购来源多元化。2016年8月，印美签署《后勤交流备忘录协定》；2018年9月和2020年10月，两国又分别签署《通信兼容与安全协议》和《基本交流与合作协议》，美国、法国和以色列在印度武器进口中的份额不断上升。〖刘宗义：《印美防务合作的进展与前景》，载《现代国际关系》2021年第4期，第30—38页。〗最后，印度国防工业的本土化目标也将压缩对俄采购的空间。莫迪政府强调，未来的大型装备采购应优先选择“在印度设计、在印度制造”的方案，外国供应商必须通过与印度企业合资、转让技术等方式参与竞争，这对于长期以整机出口为主的俄罗斯军工企业而言无疑是新的挑战。2020年8月以来，印度国防部先后公布多批“积极本土化清单”，禁止在规定期限后进口清单内的数百种武器装备。
值得一提的是，“布拉莫斯”导弹的出口为印俄防务合作提供了新的增长点。2022年1月，印度与菲律宾签署价值约3.75亿美元的“布拉莫斯”岸基反舰导弹系统出口合同，2024年4月首批系统交付菲律宾。这一合作也说明，印俄防务合作正在从“俄方卖、印方买”的单向模式，逐步向联合研发、共同生产和面向第三方市场的方向转型。
# 五、结语
从1971年《和平友好合作条约》到2021年首次“2+2”对话，印俄关系的制度框架经历了由“准同盟”向“战略伙伴”的转变，但其核心始终是防务合作。与冷战时期相比，当前印俄防务合作的外部环境已发生根本变化：一方面，俄罗斯与西方的对抗在短期内难以缓和，俄方对印度市场的依赖程度上升；另一方面，印度与美国、法国、以色列等国的防务合作日益密切，印方在对俄关系中的议价能力明显增强。双方力量对比的这一变化，将深刻影响未来印俄防务合作的形态。
综上所述，印俄防务合作已有六十余年的历史，其间虽经历了冷战结束、苏联解体和乌克兰危机等重大冲击，但始终未曾中断。从20世纪60年代的米格-21许可生产，到21世纪的“布拉莫斯”联合研制和S-400采购，印俄防务合作为印度国防现代化作出了重要贡献。展望未来，在印度追求“战略自主”和大国地位的总体目标下，印俄防务合作仍将持续，但其在印度防务体系中的比重将继续下降，合作模式也将更多地转向技术转让与本土化生产。如何在对美合作与对俄合作之间保持平衡，将是印度外交在未来相当长时期内面临的核心课题。
"""

C03_TAIL = [
    "（责任编辑：王　琳）",
    "The Historical Evolution, Driving Forces and Limits of India-Russia Defence Cooperation",
    "LIU Yang, SUN Li",
    "Abstract: Defence cooperation between India and the Soviet Union/Russia began in the 1960s. It has gone through the “quasi-alliance” of the Cold War, the trough and adjustment after the collapse of the Soviet Union, and the “Special and Privileged Strategic Partnership” of the 21st century, and remains an important pillar of India’s defence equipment system. After the outbreak of the Ukraine crisis, India maintained defence cooperation with Russia under Western pressure, reflecting its diplomatic tradition of “strategic autonomy”. However, owing to the decline of Russia’s military production capacity, Western sanctions, and India’s promotion of “Make in India” and the diversification of procurement sources, the traditional “arms trade” model of India-Russia defence cooperation is under pressure to transform.",
    "Keywords: India; Russia; defence cooperation; strategic autonomy; military-technical cooperation",
]


def build_c03():
    blocks = parse(C03_BODY)

    def header(p, pi):
        return ("南亚研究季刊 2024年第4期 %d" % p) if p % 2 == 0 else ("%d 印俄防务合作的历史演进、现实动因与发展限度" % p)
    damage = {4: {"numbers_apart": True}}
    return para_article(C03_FRONT, blocks, C03_TAIL, page_chars=1000, header=header, pno0=45,
                        damage=damage, first_foot=C03_FOOT)


EXTRA = [
    ("full-width digits/letters", r"[０-９ｈｔｐｓｗ]"),
    ("private-use glyphs (U+F0D7 for ·, U+F0BC for …)", r"[\ue000-\uf8ff]"),
    ("letters for hyphens in a date", r"Ｇ０"),
    ("English with its spaces lost", r"TheWhiteHouse"),
    ("space between digits and 年/月 in the body", r"\d \s*[年月](?!第)"),
]


def main():
    results = [("c01", build_c01()), ("c02", build_c02()), ("c03", build_c03())]
    for prefix, out in results:
        name, text, log = write(prefix, out)
        if "--report" in sys.argv:
            report(name, text, log, EXTRA)
        else:
            print(name, len(text))


if __name__ == "__main__":
    main()
