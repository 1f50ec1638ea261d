#!/usr/bin/env python3
"""Build the held-out raw article h08 (constructed; see README.md).

Standalone, standard library only, deterministic.

    python3 make_raw.py            writes h08_<sha1[:8]>.txt beside this script
                                   (older h08_*.txt there are deleted)
    python3 make_raw.py --report   also prints every line: number, page, tag,
                                   width (em), length (characters)

The output imitates `pdftotext` WITHOUT `-layout` on a Chinese journal PDF with
per-page footnotes, as in the corpus files: every text line is followed by an
empty line, indentation is lost, no form feeds are written, the running header
(journal + issue on even pages, short title on odd pages) and the page number
stand between the previous page's footnotes and the next page's body, and the
page's footnotes (circled numbers restarting on each page) follow its body.

Markup in the content below:
  #0 text   unnumbered heading (结  语)
  #1 text   section heading 一、…
  #2 text   sub-heading （一）…
  %FW text  paragraph printed with full-width ASCII digits/letters (damage a)
  %AP text  paragraph printed with ASCII punctuation for ， 。 ： (damage b)
  {text}    a footnote; its circled marker is put where the brace stands

Damage switches (below): PUA_SUBS, HYPHEN_G, NOSPACE_NOTES, NUMBERS_APART_PAGE,
LOST_NUMBER_PAGE, TRUNC_NOTE, NO_HEADER_PAGE, HEAD_ORPHAN, plus the %FW and %AP
paragraphs and the markers before dates. check() asserts each of them.
"""

import glob
import hashlib
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "h08"

JOURNAL = "环太平洋国际关系评论"
ISSUE = "2023年第6期"
FIRST_PAGE = 27
SHORT_TITLE = "日本与澳大利亚、印度的安全合作（2007—2023）"

BODY_CELLS = 76      # body measure: 38 em = 76 half-em cells
NOTE_CELLS = 88      # notes: 44 em of the smaller type
PAGE_UNITS = 34.0    # height of the text block in body lines
NOTE_LINE = 0.8      # a note line is 0.8 of a body line
FRONT_LINE = 1.0

# ---------------------------------------------------------------- damage
# (c) private-use glyphs where the PDF font had no Unicode mapping
PUA_SUBS = [
    ("斯科特·莫里森", "斯科特\uf06c莫里森"),            # · in a name (body)
    ("安东尼·阿尔巴尼斯", "安东尼\uf06c阿尔巴尼斯"),    # · in a name (body)
    ("防务条约……而是", "防务条约\ue5e5\ue5e5而是"),      # …… in a quotation (body)
    ("Quad Leaders’ Joint", "Quad Leaders\uf092 Joint"),  # ’ in an English note
]
# (d) letters for hyphens (and full-width digits) in a date in a note
HYPHEN_G = ("[2023-05-12]", "[２０２３Ｇ０５Ｇ１２]", "“Japan-Australia Joint Declaration")
# (e) English with its spaces lost: notes starting with these strings
NOSPACE_NOTES = ["Tomohiko Satake", "Tanvi Madan"]
# (f) on this page the circled numbers are printed as a block before the texts
NUMBERS_APART_PAGE = 34
# (g) on this page the notes lost their circled numbers
LOST_NUMBER_PAGE = 38
# (h) the last note of the last page is cut right after this string
TRUNC_NOTE = "这一说法自2022年以来频繁出现在澳大利亚"
# (i) running header and page number missing
NO_HEADER_PAGE = 35
# (j) heading left alone at the foot of a page, its section on the next page
HEAD_ORPHAN = "四、日本推进与澳印安全合作的动因与制约"

# ---------------------------------------------------------------- front
COLUMN_LABEL = "· 区域安全 ·"
MASTHEAD = [JOURNAL, ISSUE + "（总第30期）"]
TITLE = ["从安全宣言到“准同盟”：日本与澳大利亚、", "印度的安全合作（2007—2023）"]
AUTHORS = "葛怀远 苏晓岚"
AFFIL = "（临江大学 国际关系学院，福建 泉州 362000）"
ABSTRACT = (
    "摘 要：2007年3月，日本与澳大利亚签署《日澳安全保障合作联合宣言》，次年10月"
    "又与印度发表安全合作联合宣言，由此开启了在日美同盟之外构建双边安全合作网络的进程。"
    "此后，日澳关系于2014年升级为“特殊战略伙伴关系”，两国于2022年1月签署《互惠准入协定》，"
    "该协定于2023年8月生效；日印关系于2014年升级为“特殊战略性全球伙伴关系”，2019年起"
    "举行外长防长“2+2”会谈，2020年签署《物资劳务相互提供协定》。2017年“四边机制”重启后，"
    "日澳、日印双边合作与美日澳印四边合作相互交织。日本推进与澳印的安全合作，既出于对冲地区"
    "权力结构变化、分担同盟负担的考量，也服务于其“正常国家化”目标，但受到澳印两国对华政策"
    "差异、印度战略自主传统及日本国内法律制度等因素的制约。")
KEYWORDS = "关键词：日本；澳大利亚；印度；安全合作；“四边机制”；准同盟"
CLC = "中图分类号：D831.3；D835.1 文献标识码：A"
ARTNO = "文章编号：2097-1435（2023）06-%04d-%02d"
DOI = "DOI：10.16512/j.cnki.htgj.2023.06.003"
RECEIPT = [
    "收稿日期：2023-06-18；修回日期：2023-11-20",
    "基金项目：国家社会科学基金一般项目“日本‘准同盟’安全网络构建及其影响研究”（21BGJ047）",
    "作者简介：葛怀远（1979—），男，江苏扬州人，临江大学国际关系学院教授，博士，主要研究方向"
    "为日本外交与亚太安全；苏晓岚（1991—），女，福建漳州人，临江大学国际关系学院讲师，博士。",
]
EDITOR = "（责任编辑：林 夕）"

EN_TITLE = ["From Security Declarations to a “Quasi-Alliance”: Japan’s Security",
            "Cooperation with Australia and India (2007-2023)"]
EN_AUTHORS = "GE Huaiyuan, SU Xiaolan"
EN_AFFIL = "(School of International Relations, Linjiang University, Quanzhou 362000, Fujian, China)"
EN_ABSTRACT = (
    "Abstract: In March 2007 Japan and Australia signed the Joint Declaration on Security "
    "Cooperation, and in October of the following year Japan and India issued a declaration "
    "of the same kind. These documents opened a process in which Japan built a network of "
    "bilateral security cooperation outside the Japan-U.S. alliance. Japan-Australia relations "
    "were raised to a “special strategic partnership” in 2014, and the Reciprocal Access "
    "Agreement, signed in January 2022, entered into force in August 2023. Japan-India "
    "relations became a “special strategic and global partnership” in 2014; the two countries "
    "have held foreign and defence ministerial “2+2” meetings since 2019 and signed an "
    "Acquisition and Cross-Servicing Agreement in 2020. After the revival of the Quad in 2017, "
    "these bilateral ties became intertwined with four-way cooperation among the United States, "
    "Japan, Australia and India. Japan pursues this cooperation to hedge against changes in the "
    "regional balance of power, to share the burden of the alliance and to become a “normal "
    "country”, but it is constrained by the differing China policies of Australia and India, "
    "India's tradition of strategic autonomy and Japan's own legal and political limits.")
EN_KEYWORDS = ("Key words: Japan; Australia; India; security cooperation; the Quad; "
               "quasi-alliance")

# first lines of the next article in the issue (not part of this article)
NEXT_ARTICLE = [
    "· 区域安全 ·",
    "东盟“印太展望”与区域安全架构的调适",
    "罗清扬 陈知微",
    "（南岭大学 东南亚研究所，广西 桂林 541004）",
]
NEXT_ABSTRACT = (
    "摘 要：2019年6月，第34届东盟峰会通过《东盟印太展望》，提出以东盟为中心、以包容性"
    "合作为原则的地区秩序构想。2021年以来，东盟先后与中国、美国、日本、澳大利亚和印度等"
    "对话伙伴就“印太展望”开展合作，2023年9月在雅加达举行的东盟峰会又将海上合作、互联互通"
    "和可持续发展列为优先领域。本文认为，面对大国竞争加剧和“小多边”机制的扩散，东盟正")

# ---------------------------------------------------------------- body
BODY = r"""
冷战结束后，日本的安全政策长期以日美同盟为基轴，与其他国家的安全交往大多停留在防务交流层面。进入21世纪，面对地区权力结构的深刻变化，日本开始在同盟之外寻求与所谓“志同道合”的国家建立安全合作关系，澳大利亚和印度是其中最受重视的两个对象。2007年3月，日本与澳大利亚签署《日澳安全保障合作联合宣言》，这是日本与美国以外的国家签署的第一份安全合作文件；{「日豪安全保障協力に関する日豪共同宣言」、外務省、2007年3月13日、https://www.mofa.go.jp/mofaj/area/australia/visit/0703_ks.html [2023-05-10]。}次年10月，日本又与印度发表《日印安全保障合作联合宣言》。{「日本国とインドとの間の安全保障協力に関する共同宣言」、外務省、平成20年10月22日、https://www.mofa.go.jp/mofaj/area/india/visit/0810_ks.html [2023-05-10]。}此后十余年间，日本与澳印两国的安全合作由政治宣示逐步走向制度建设和军事实践：日本官方文件将澳大利亚称为“特别战略伙伴”，将印度称为“特别战略性全球伙伴”，日澳关系更被不少学者视为事实上的“准同盟”。
日本与澳大利亚、印度的安全接触并非始于21世纪。20世纪90年代，日本海上自卫队与澳大利亚海军已在维和行动和海上搜救等领域有所往来，日澳两国防务部门还于1996年启动了政策对话；{按照日本防卫省的说法，日澳防务当局之间的“政治军事对话”始于1996年，此后大体每年举行一次。参见防衛省『平成19年版防衛白書』、ぎょうせい、2007年、第286頁。}而日印关系则因1998年5月印度核试验及日本随后实施的经济制裁一度陷入低谷。2001年10月，日本以两国支持国际反恐合作为由，解除了对印度和巴基斯坦的经济制裁；在此之前，2000年8月日本首相森喜朗访问印度、双方提出建立“21世纪日印全球伙伴关系”，两国关系由此重新起步。不过，这一时期日本与澳印两国的交往以经济和政治为主，安全合作尚未真正进入议事日程。
国内外学界对这一问题已有不少研究。国内学者多将日澳、日印安全合作置于日本“准同盟”战略或“印太战略”的框架中加以考察，着重揭示其针对中国的一面；{参见郑牧之：《日本“准同盟”战略的演进与局限》，《现代国际关系》2019年第7期，第30—38页；韩叙白：《日印“特殊战略性全球伙伴关系”的安全维度》，《南亚研究》2021年第2期，第61—80页。}日本和澳大利亚学者则更多关注双边合作的制度化进程及其与日美同盟的关系。{Tomohiko Satake and John Hemmings, “Japan-Australia Security Cooperation in the Bilateral and Multilateral Contexts,” International Affairs, Vol. 94, No. 4, 2018, pp. 815-834; 村上直樹「日豪安全保障協力の深化と課題」、『国際安全保障』第47巻第2号、2019年9月、第18—35頁。}总体而言，既有研究多就日澳或日印关系分别展开，对两者的比较以及它们与美日澳印“四边机制”之间的互动关注不足。本文以2007年以来日本与澳印两国的安全合作为考察对象，梳理其制度化进程，比较两组关系的异同，并在此基础上分析日本推进这些合作的动因与限度。
所谓“准同盟”，一般是指两个或两个以上国家在不签订正式同盟条约的情况下，通过联合声明、专项协定和机制化的军事合作而形成的、具有一定同盟功能的安全关系。与正式同盟相比，准同盟不包含明确的共同防御义务，合作的范围和程度也更具弹性。本文认为，衡量此类关系的深浅，可以从政治文件、法律协定和军事实践三个层面加以考察：政治文件确定合作的方向和定位，法律协定为军队之间的相互支援和人员往来提供制度保障，军事实践则检验合作的实际水平。以下即按照这一思路，分别考察日澳和日印两组关系的演进，再讨论二者与“四边机制”之间的关系。
#1 一、日澳安全合作：从联合宣言到“准同盟”
#2 （一）联合宣言与合作框架的建立
日澳安全合作的制度化起步于安倍晋三第一次执政时期。据日本外务省的记录，平成19年3月13日，安倍与来访的澳大利亚总理约翰·霍华德在东京签署《日澳安全保障合作联合宣言》。宣言确认两国在民主、人权和法治等方面拥有“共同价值观”，提出在执法、边境安全、反恐、裁军与防扩散、维和行动、海上和航空安全以及人道主义救援等领域开展合作，并承诺建立外长和防长定期会谈机制。{「日豪安全保障協力に関する日豪共同宣言」第3項、外務省、2007年3月13日。宣言日文名称中的“安全保障協力”一词，此前从未出现在日本与美国以外国家签署的首脑文件中。}同年6月，两国在东京举行首次外长防长“2+2”会谈；9月，霍华德与安倍利用亚太经合组织领导人非正式会议在悉尼举行之机，公布了落实联合宣言的行动计划。{“2+2”是外交部长与防务部长联合会谈的简称。日本最早与美国建立该机制，1990年起为部长级；澳大利亚是继美国之后第二个与日本举行部长级“2+2”的国家。}
行动计划列出了两国在各领域合作的具体措施，包括防务部门高层定期互访、自卫队与澳大利亚国防军开展联合训练、在维和与人道主义救援行动中加强协调，以及就地区安全形势交换信息等。{「日豪安全保障協力に関する共同宣言を実施するための行動計画」、外務省、2007年9月9日、https://www.mofa.go.jp/mofaj/area/australia/visit/0709_kk.html [2023-05-10]。}从内容上看，这些措施大多延续了两国此前已有的交流，但首次以政府间文件的形式加以确认，并规定由“2+2”会谈定期检查落实情况。2005年至2006年，日本陆上自卫队在伊拉克南部萨马沃开展人道主义重建援助期间，曾由澳大利亚军队负责当地的安全保障，这一经历被日方视为两国军队实际合作的先例。
需要指出的是，这一宣言并非同盟条约，既没有规定共同防御义务，也没有建立联合指挥机构。霍华德在签署当天表示，宣言“不是一份防务条约……而是两国在安全领域加强实际合作的承诺”。{“Joint Press Conference with the Prime Minister of Japan, Mr Shinzo Abe,” Prime Minister of Australia, Tokyo, 13 March 2007, https://pmtranscripts.pmc.gov.au/release/transcript-15251 [2023-05-12].}不过，对长期将日美同盟作为唯一安全支柱的日本而言，与第三国签署安全合作文件本身即具有突破意义。2007年前后，“日美澳三边同盟”等说法开始在日本媒体上出现，日本国内也有评论将日澳关系称为“仅次于日美同盟的安全关系”。
2007年底澳大利亚工党上台执政后，日澳安全合作的势头一度放缓。陆克文政府重视对华关系，并于2008年初宣布不再参加美日澳印四国的安全对话。但在制度层面，日澳合作并未中断，两国外长防长“2+2”会谈于同年12月如期在东京举行，防务部门之间各层级的交流也在持续推进。
%FW 后勤与情报领域的协定是日澳合作制度化的重要标志。2010年5月19日，日本外相冈田克也与澳大利亚驻日大使在东京签署日澳ACSA，即《物资劳务相互提供协定》，该协定于2013年1月生效；{《物资劳务相互提供协定》（Acquisition and Cross-Servicing Agreement，ACSA）规定缔约双方军队在联合训练、维和行动和人道主义救援等场合相互提供物资和劳务。日澳ACSA是日本继1996年4月与美国签署同类协定之后的第二个ACSA。}2012年5月，两国又签署《情报保护协定》，次年3月生效。ACSA使日本自卫队与澳大利亚国防军得以在联合训练、维和行动和救灾中相互提供燃料、零部件、运输和医疗等支援，情报协定则为双方交换机密信息提供了法律保障。
#2 （二）“特殊战略伙伴关系”与潜艇竞标的挫折
2012年12月安倍第二次执政、次年9月托尼·阿博特出任澳大利亚总理后，日澳关系进入快速发展时期。2014年4月，阿博特访问日本；7月，安倍回访澳大利亚并在堪培拉联邦议会发表演讲，两国宣布将双边关系提升为“特殊战略伙伴关系”，同时签署《防卫装备和技术转移协定》。{「日豪首脳会談」、外務省、2014年7月8日、https://www.mofa.go.jp/mofaj/a_o/ocn/au/page3_000866.html [2023-05-10]。}这是日本在同年4月以“防卫装备转移三原则”取代“武器出口三原则”之后签署的第二个此类协定。{日本签署的第一个同类协定的对象国是英国（2013年7月）。参见防衛省『平成26年版防衛白書』、日経印刷、2014年、第374頁。}安倍在演讲中表示，日澳要“携手维护基于法治的海洋秩序”，并对二战中战死的澳军官兵表示哀悼。{“Address by Prime Minister Abe to the Australian Parliament: Special Relationship for the 21st Century,” Ministry of Foreign Affairs of Japan, July 8, 2014, https://www.mofa.go.jp/a_o/ocn/au/page24e_000046.html [2023-05-12].}同月，两国还签署了《日澳经济伙伴关系协定》，该协定于次年1月生效，经济关系与安全关系由此同步提升。阿博特曾称日本是澳大利亚“在亚洲最好的朋友”，安倍与阿博特之间良好的个人关系，被认为是这一时期日澳合作迅速推进的重要因素之一。
防卫装备合作的核心是潜艇项目。澳大利亚计划以新型常规潜艇替换六艘“柯林斯”级潜艇，阿博特政府一度倾向于采购日本“苍龙”级潜艇的改进型。2015年2月，澳大利亚国防部启动“竞争性评估程序”，日本、法国和德国参与竞标；{2015年5月，日本国家安全保障会议决定参加竞标，由三菱重工和川崎重工组成联合体，防卫省和经济产业省提供支持。这是日本首次以政府主导的方式参与大型武器装备的国际竞标。}同年9月，阿博特在自由党党首选举中落败，马尔科姆·特恩布尔接任总理，日本的有利地位随之动摇。2016年2月，澳大利亚政府发布《2016年国防白皮书》，确认将建造12艘新型潜艇；4月26日，特恩布尔宣布法国DCNS集团中标。{“Future Submarine Program,” Prime Minister of Australia, 26 April 2016, https://www.malcolmturnbull.com.au/media/future-submarine-program [2023-05-15]. DCNS集团于2017年更名为海军集团（Naval Group）。}日本防卫大臣中谷元对结果表示“非常遗憾”，并要求澳方说明理由。
潜艇竞标失利被普遍视为日澳合作的一次重大挫折。日本国内的检讨多认为，日方既缺乏武器出口的经验，也低估了造船业就业在澳大利亚国内政治中的分量。{小川聡子「潜水艦商戦はなぜ敗れたのか」、『外交』第38号、2016年7月、第90—97頁；Daniel Harcourt, “Why Japan Lost the Submarine Deal,” The Strategist, Australian Strategic Policy Institute, 3 May 2016.}但这一挫折并未改变两国加强安全合作的总体方向。2013至2016年，日澳之间的防务人员往来、联合训练和装备技术磋商均明显增加，《2016年国防白皮书》仍将日本列为澳大利亚在亚洲最重要的防务伙伴之一。{Department of Defence, 2016 Defence White Paper, Canberra: Commonwealth of Australia, 2016, pp. 133-134.}2017年1月中旬，安倍访问悉尼，与特恩布尔签署新的ACSA，将相互提供物资和劳务的范围扩大到日本新安保法所规定的各类情形，新协定于同年9月生效。{「日豪物品役務相互提供協定の署名」、外務省、2017年1月14日、https://www.mofa.go.jp/mofaj/press/release/press4_004124.html [2023-05-10]。}2021年9月，澳大利亚宣布与美英建立“奥库斯”三边安全伙伴关系并终止与法国的潜艇合同，日本政府对此表示“理解”，这从侧面说明日本更看重日澳安全关系的整体发展，而非某一具体项目的得失。
#2 （三）《互惠准入协定》与新安全合作宣言
《互惠准入协定》是日澳安全合作中最具实质意义的成果之一。该协定旨在简化两国军队进入对方领土开展联合训练和灾害救援时的法律手续，对人员入境、武器携带和刑事管辖等问题作出规定。两国自2014年起开始谈判，但在刑事管辖权特别是日本死刑制度的适用问题上分歧明显，谈判历时六年之久。{澳大利亚已废除死刑，澳方要求其军人在日本犯罪时不适用死刑。最终协定对此未作明文规定，而是以附属文件形式约定由双方在个案中协商处理。参见「日豪部隊間協力円滑化協定」、外務省、https://www.mofa.go.jp/mofaj/files/100285520.pdf [2023-05-18]。}根据协定，一方部队在对方境内开展活动时，人员出入境、武器弹药携带、车辆和船舶通行以及税收和检疫等事项均按简化程序办理，无需像以往那样就每一次联合训练逐案进行外交磋商。2020年11月，澳大利亚总理访问日本，成为新冠疫情暴发后首位访日的外国首脑，并与菅义伟首相就协定达成原则一致。2022年1月6日，岸田文雄与斯科特·莫里森以视频会议方式签署该协定。{「岸田総理大臣とモリソン豪州首相との日豪首脳テレビ会談」、外務省、2022年1月6日、https://www.mofa.go.jp/mofaj/a_o/ocn/au/page4_005488.html [2023-05-10]。}这是日本继1960年与美国签署《日美地位协定》之后，首次与其他国家签署规定对方军队法律地位的协定。此后，日本又于2023年1月与英国签署了同类协定。
2022年5月，澳大利亚工党重新执政，安东尼·阿尔巴尼斯出任总理。与陆克文时期不同，阿尔巴尼斯政府延续了对日合作的方针。令和4年10月22日，岸田与阿尔巴尼斯在珀斯签署新的《日澳安全保障合作联合宣言》，{“Japan-Australia Joint Declaration on Security Cooperation,” Prime Minister of Australia, 22 October 2022, https://www.pm.gov.au/media/japan-australia-joint-declaration-security-cooperation [2023-05-12].}宣言写入了两国将就“可能影响双方主权和地区安全利益的紧急事态”相互磋商并考虑应对措施的内容，并首次提及在情报、网络和太空等领域开展合作。{日方文本使用了“緊急事態”一词。有日本学者指出，这一表述虽不构成共同防御承诺，但在措辞上已接近《日美安全条约》第四条的“随时协议”条款。参见山本大輔「新日豪安保宣言の射程」、『国際問題』第712号、2023年3月、第5—15頁。}11—12月，两国海军在日本周边海域举行联合训练，日本防卫大臣滨田靖一与澳大利亚副总理兼国防部长理查德·马勒斯也在东京举行的“2+2”会谈中确认了推动协定尽早生效的日程。自2007年两国发表首份安全合作宣言以来，日澳在2007、2014和2022年三次以首脑文件的形式确认或提升双边关系，合作的广度和深度均显著扩展。
与2007年宣言相比，新宣言至少有三点变化。一是合作的定位从“共同价值观”基础上的一般性安全合作，转向应对“日益严峻的战略环境”的防务合作，文本中军事色彩明显增强；二是合作领域从非传统安全扩展到情报、网络、太空和防卫装备等传统安全领域；三是新宣言明确提出要提升两国军队之间的互操作性，并在日美同盟和澳美同盟的基础上加强三国之间的协调。日本媒体普遍认为，新宣言标志着日澳关系已从“准同盟”进一步向同盟靠近，而澳大利亚方面则更强调其并不改变澳方的防务自主。
2023年以来，日澳军事合作明显提速。7月，日本陆上自卫队参加在澳大利亚举行的“护身军刀2023”多国联合演习，参演兵力为历次之最；{“Exercise Talisman Sabre 2023,” Department of Defence, Australian Government, https://www.defence.gov.au/exercises/talisman-sabre-2023 [2023-08-20].}8月13日，《互惠准入协定》正式生效。同月，澳大利亚空军F-35A战斗机赴日本航空自卫队小松基地参加“武士道卫士2023”联合训练，成为适用该协定的首次部队部署。“护身军刀”是美澳两年一度的大型联合演习，日本自2019年起派员参加，其角色已从观察员逐步转变为主要参演方之一。
在此之前，两国军队已在救灾和多国演习中积累了实际合作的经验。2013年11月菲律宾遭受台风“海燕”袭击后，日本自卫队与澳大利亚国防军均派部队参加救灾，并在当地建立了协调机制；2022年8月，日本航空自卫队首次派遣战斗机赴澳参加“漆黑”多国联合空中演习。这些经验表明，两国军队之间的互操作性已有相当基础，《互惠准入协定》的生效则使这种合作有了更稳定的法律框架。
情报合作是日澳关系中另一个值得关注的领域。澳大利亚是美英等国组成的“五眼联盟”成员，2020年前后，日本国内出现了加强与“五眼联盟”情报合作的讨论，时任防卫大臣河野太郎公开表示日本愿意与该联盟开展更紧密的合作，澳方对此表示欢迎。{「河野防衛大臣記者会見」、防衛省、令和2年8月18日、https://www.mod.go.jp/j/press/kisha/2020/0818a.html [2023-05-18]。}不过，由于日本缺乏完善的情报保护法制和专门的对外情报机构，这一设想短期内难以实现，日澳情报合作仍以双边渠道为主。
两国智库之间的交流也为官方合作提供了支撑。2018年，澳大利亚战略政策研究所与日本国际问题研究所启动为期三年的联合研究项目，围绕海上安全、防卫装备和情报合作等议题定期举行对话，其部分政策建议后来在新的安全合作宣言中得到体现。{Australian Strategic Policy Institute and Japan Institute of International Affairs, Australia-Japan Security Cooperation in the Indo-Pacific: Joint Study Report, Canberra and Tokyo, 2021, pp. 3-6.}
#1 二、日印安全合作：从战略宣示到防务实践
#2 （一）从“战略性全球伙伴关系”到安全合作宣言
与日澳关系相比，日印安全合作起步稍晚，其基础是两国在政治和经济领域不断升温的伙伴关系。2005年4月，小泉纯一郎访问印度，双方同意强化日印伙伴关系的“战略取向”；次年12月，印度总理曼莫汉·辛格访日，两国宣布建立“战略性全球伙伴关系”。{「日印戦略的グローバル・パートナーシップに向けた共同声明」、外務省、2006年12月15日、https://www.mofa.go.jp/mofaj/area/india/visit/0612_gps_ks.html [2023-05-11]。}日本对印度的经济援助为双边关系提供了重要支撑。自2003年起，印度一直是日本政府开发援助日元贷款的最大受援国，德里地铁、西部货运专用走廊等项目均由日本提供资金和技术。经济上的相互需要使日印关系较少受到政治变动的影响，也为安全合作的开展奠定了基础。2007年8月，安倍访问印度，在印度议会发表题为《两洋交汇》的演讲，称太平洋与印度洋正形成“动态的结合”，一个“更广阔的亚洲”正在出现。{“Confluence of the Two Seas,” Speech by H.E. Mr. Shinzo Abe, Prime Minister of Japan, at the Parliament of the Republic of India, August 22, 2007, https://www.mofa.go.jp/region/asia-paci/pmv0708/speech-2.html [2023-05-11].}这一演讲后来被视为日本“印太”构想的思想源头之一。
2008年10月22日，辛格再次访日，与麻生太郎首相签署《日印安全保障合作联合宣言》。这是日本继澳大利亚之后与第二个国家签署安全合作宣言，其内容与日澳宣言大体相似，涵盖海上交通线安全、反恐、防扩散和灾害救援等领域。{参见韩叙白：《日印“特殊战略性全球伙伴关系”的安全维度》，第65—67页。}次年12月，鸠山由纪夫访问印度，双方公布了落实安全宣言的行动计划，决定启动副部级的外交与防务对话，该对话于2010年7月首次举行。{「日印間の安全保障協力を促進するための行動計画」、外務省、2009年12月29日、https://www.mofa.go.jp/mofaj/area/india/visit/0912_ap.html [2023-05-11]。}不过，印度长期奉行不结盟传统，对与任何国家建立带有同盟色彩的关系都较为谨慎，这使日印安全合作在相当长时间内停留于对话层面。
与日澳相比，日印之间的安全合作更多从非传统安全领域起步。1999年“阿隆德拉彩虹”号货轮遭海盗劫持事件后，日本海上保安厅与印度海岸警卫队自2000年起定期举行联合训练，这是两国海上安全合作最早的机制化形式。此后，两国在打击海盗、海上搜救和灾害救援等领域的合作逐步增多，为防务部门之间的交流积累了经验和互信。
#2 （二）“特殊战略性全球伙伴关系”与防务合作的机制化
2014年被普遍视为日印关系的转折之年。当年1月26日，安倍作为主宾出席印度共和国日阅兵，成为首位获此礼遇的日本首相；5月，纳伦德拉·莫迪领导的印度人民党在大选中获胜。莫迪将日本作为南亚以外首个正式访问的国家，同年9月1日，莫迪与安倍在东京会谈，两国关系升级为“特殊战略性全球伙伴关系”，日方宣布五年内对印公私投融资3.5万亿日元。{「日印特別戦略的グローバル・パートナーシップのための東京宣言」、外務省、2014年9月1日、https://www.mofa.go.jp/mofaj/files/000050548.pdf [2023-05-11]。}莫迪在联合记者会上表示：“2014年9月1日将作为日印关系新时代的开端被铭记。”{“Remarks by Prime Minister Narendra Modi at the Joint Press Conference with Prime Minister Shinzo Abe,” Ministry of External Affairs, Government of India, September 1, 2014, https://www.mea.gov.in/Speeches-Statements.htm?dtl/23967 [2023-05-11].}
日印防务合作的机制化主要体现在三个方面。其一是部长级“2+2”会谈。2019年11月30日，日印首次外长防长“2+2”会谈在新德里举行，{「日印外務・防衛閣僚会合（「2+2」）」、外務省、令和元年11月30日、https://www.mofa.go.jp/mofaj/s_sa/sw/in/page1_000962.html [2023-05-11]。}第二次会谈于2022年9月在东京举行，双方同意尽早举行首次战斗机联合训练，并探讨在防卫装备和技术领域扩大合作。其二是后勤协定。2020年6月中印边境加勒万河谷冲突发生后，印度对外安全政策趋于强硬，日印防务合作随之加速。同年9月9日，日本驻印度大使铃木哲与印度国防秘书阿贾伊·库马尔签署日印ACSA，该协定于次年7月生效。{「日印物品役務相互提供協定の署名」、外務省、2020年 9月 9日、https://www.mofa.go.jp/mofaj/press/release/press4_008691.html [2023-05-11]。}印度由此成为继美国、澳大利亚、英国、加拿大和法国之后第六个与日本签署ACSA的国家。其三是联合演习的常态化。
在海上，日本海上自卫队于2007年4月首次参加美印“马拉巴尔”演习，同年9月又参加了在孟加拉湾举行的五国联合演习。{“马拉巴尔”演习始于1992年，最初为美印双边海军演习。2007年9月的演习由美、印、日、澳、新加坡五国海军参加，被部分西方媒体称为“亚洲版北约”的预演。}2015年起，日本成为该演习的永久成员国，演习由美印双边扩大为美印日三边。2020年11月，“马拉巴尔2020”分两个阶段在孟加拉湾和阿拉伯海举行，据印度国防部发布的消息，澳大利亚海军时隔13年再次参加，“四边机制”四国海军首次同场演练。{“Malabar 2020,” Press Information Bureau, Ministry of Defence, Government of India, 2 November 2020, https://pib.gov.in/PressReleasePage.aspx?PRID=1669417 [2023-05-11].}此外，日本海上自卫队与印度海军自2012年1月起举行双边“日印海上演习”，两国陆上和空中力量也先后开展了“护法卫士”和“勇士卫士”联合训练，2023年1月，印度空军战斗机首次赴日参加“勇士卫士2023”联合训练。
在印度战略界，对日合作的评价总体积极。印度观察家研究基金会2020年发布的一份报告认为，日本是印度“最可靠的亚洲伙伴”，日本的资金和技术对印度东北部和安达曼—尼科巴群岛的基础设施建设具有战略意义。{“India-Japan Partnership in the Indo-Pacific,” ORF Special Report, No. 112, New Delhi: Observer Research Foundation, 2020, pp. 7-9.}但印方同样强调，日印合作不以针对第三方为目的，印度不会因与日本的伙伴关系而改变其“战略自主”的外交原则。
#2 （三）防卫装备与基础设施合作
2015年12月，安倍第三次访印，两国签署《防卫装备和技术转移协定》和《情报保护协定》，发表“日印愿景2025”，并签署在孟买至艾哈迈达巴德高速铁路项目中采用新干线技术的合作备忘录。{「日印ヴィジョン2025 特別戦略的グローバル・パートナーシップ」、外務省、2015年12月12日、https://www.mofa.go.jp/mofaj/files/000117792.pdf [2023-05-11]。}2017年9月中旬，安倍与莫迪在艾哈迈达巴德出席高铁项目奠基仪式。该线全长约508公里，日本国际协力机构以年利率0.1%、偿还期50年的优惠贷款提供约八成资金，按计划首段将于2026年左右开通。{“Mumbai-Ahmedabad High Speed Rail Project,” Japan International Cooperation Agency, https://www.jica.go.jp/india/english/office/topics/170914.html [2023-05-19]. 按原计划该线应于2023年全线开通，因征地迟缓，全线开通时间已推迟至2027年以后。另参见《印度首条高铁项目在艾哈迈达巴德奠基》，新华网，2017年9月14日，http://www.xinhuanet.com/world/2017-09/14/c_1121665093.htm（2023年5月19日访问）。}高铁项目虽属经济合作，却被日方视为展示日本技术、对冲中国基础设施影响力的标志性工程。2022年3月，岸田访问印度，宣布今后五年对印公私投融资目标为5万亿日元；次年3月，岸田再次访印，在新德里发表“自由开放的印太”新计划，称印度是实现这一构想“不可或缺的伙伴”。{「岸田総理大臣のインド訪問（結果）」、外務省、2023年3月20日、https://www.mofa.go.jp/mofaj/s_sa/sw/in/page1_001548.html [2023-05-11]。}
防卫装备合作是日印合作中进展较慢的领域。2013年前后，日本开始向印度推介新明和工业生产的US-2水陆两用救援飞机，这是日本战后首次尝试向外国出口军用飞机。次年4月“防卫装备转移三原则”出台后，两国一度就合作生产问题进行谈判，但因价格过高和技术转让条件等分歧，谈判至今未能达成协议。{“India, Japan to Discuss US-2 Amphibian Aircraft Deal,” The Hindu, December 12, 2015; 参见韩叙白：《日印“特殊战略性全球伙伴关系”的安全维度》，第72—74页。}此外，两国还在无人地面车辆和机器人等领域开展了联合研究，但规模有限。与日澳潜艇竞标一样，US-2项目也反映出日本防卫装备出口在价格和经验上的短板。
日本还将援助的重点投向印度具有战略意义的边远地区。2017年，两国设立“日印东向论坛”，协调日本对印度东北部的开发合作；2021年，日本宣布向安达曼—尼科巴群岛的电力项目提供约40亿日元无偿援助，这是日本首次在该群岛开展援助项目。{「インド国に対する無償資金協力「南アンダマン島における電力供給改善計画」に関する書簡の交換」、外務省、2021年 3月 26日、https://www.mofa.go.jp/mofaj/press/release/press4_009012.html [2023-05-19]。}安达曼—尼科巴群岛扼守马六甲海峡西口，印度在此设有三军联合司令部，日本对该地区的援助因而被认为具有明显的战略含义。
总的来看，日印合作呈现出“经济先行、安全跟进”的特点。与日澳合作主要由防务部门推动不同，日印合作的主要推动力量是两国首脑和经济部门，安全合作往往作为综合性合作的一部分被写入首脑联合声明。这种模式使日印关系具有较强的稳定性，但也使其安全合作的深度受到限制：一方面，印度对外国军事存在高度敏感，不愿与日本建立带有相互防卫性质的安排；另一方面，日本对印度的武器出口和技术转让仍受到国内规则和企业意愿的制约。
#1 三、“四边机制”与日澳印三边框架下的协作
日本在推进与澳印双边安全合作的同时，也致力于将其纳入更大的多边框架。早在2006年，安倍就在其著作中提出日美澳印应在“共同价值观”的基础上加强合作。{安倍晋三『美しい国へ』、文藝春秋、2006年、第159—160頁。}2007年5月，四国外交部门官员利用东盟地区论坛高官会在马尼拉举行之机进行了首次非正式磋商，这被视为“四边机制”的起点。{Tanvi Madan, “The Rise, Fall, and Rebirth of the ‘Quad’,” War on the Rocks, November 16, 2017, https://warontherocks.com/2017/11/rise-fall-rebirth-quad/ [2023-05-20].}但该机制很快因中国的关切和澳大利亚政府更迭而中止。2008年2月，澳大利亚外长史蒂芬·史密斯在与中国外长杨洁篪会谈后的记者会上宣布，澳方不再参加四国对话。此后近十年间，日本一直在寻找恢复四国合作的机会。安倍第二次执政后不久即提出“亚洲民主安全菱形”构想，主张由日美澳印四国共同维护从印度洋到西太平洋的海上安全，但由于澳印两国态度谨慎，这一构想在当时未能付诸实施。
“四边机制”沉寂近十年后于2017年重启。当年11月12日，四国外交部门司局级官员在马尼拉东盟峰会期间举行磋商，讨论“自由开放的印太”问题；2019年9月，四国在纽约联合国大会期间举行首次外长会晤，次年10月第二次外长会晤在日本东京举行。2021年3月12日，美国总统拜登主持召开首次“四边机制”领导人视频峰会，四国领导人发表题为《“四边机制”精神》的联合声明；{“Quad Leaders’ Joint Statement: ‘The Spirit of the Quad’,” The White House, March 12, 2021, https://www.whitehouse.gov/briefing-room/statements-releases/2021/03/12/quad-leaders-joint-statement-the-spirit-of-the-quad/ [2023-05-20].}同年9月24日，首次面对面峰会在华盛顿举行。此后领导人峰会每年举行一次，2022年5月在东京、2023年5月在广岛七国集团峰会期间举行。在日本看来，“四边机制”与日澳、日印双边合作是相互强化的关系，前者提供战略框架和议程，后者则提供实际的军事合作能力。
与2007年相比，重启后的“四边机制”议程明显扩大。2021年3月的首次领导人峰会宣布了“四边疫苗伙伴关系”，计划到2022年底向印太地区提供至少10亿剂新冠疫苗；2022年5月的东京峰会又提出“印太海域态势感知伙伴关系”，利用卫星数据向东南亚、太平洋岛国和印度洋沿岸国家提供海上监视信息。{“Fact Sheet: Quad Leaders’ Tokyo Summit 2022,” The White House, May 23, 2022, https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/23/fact-sheet-quad-leaders-tokyo-summit-2022/ [2023-05-20].}此外，关键和新兴技术、气候变化、基础设施、网络安全和太空等议题也被纳入合作框架。日本在其中扮演了积极角色，既为疫苗合作提供资金，也利用其在卫星和海洋观测方面的技术优势推动海域态势感知合作。不过，“四边机制”至今没有常设秘书处，也不涉及共同防御，其安全合作主要以海上联合演习和信息共享的形式展开。
在“四边机制”之外，日澳印三边及日美印、日美澳等“小多边”合作也逐步展开。日美澳三边战略对话于2006年3月升格为部长级，三国防长会谈自2007年起不定期举行，日本陆上自卫队也从2013年起参加美澳在澳大利亚北部举行的“南方袋鼠”联合演习；2018年11月，三国在巴布亚新几内亚莫尔兹比港亚太经合组织会议期间签署印太基础设施投资合作备忘录，此后又联合资助了帕劳海底光缆等项目。日美印三边对话自2011年12月起在司局级举行，2015年9月升格为外长级；2018年11月底，在阿根廷布宜诺斯艾利斯举行的G20峰会期间，安倍、莫迪与美国总统特朗普举行了首次日美印三边首脑会谈。{「日米印首脳会談」、外務省、2018年 11月 30日、https://www.mofa.go.jp/mofaj/na/na1/us/page4_004535.html [2023-05-20]。}日澳印三国则于2015年6月在新德里举行首次副部长级对话；2020年9月，三国经贸部长同意推动“供应链弹性倡议”，次年4月正式启动该倡议。{“Australia-India-Japan Economic Ministers’ Joint Statement on Supply Chain Resilience Initiative,” Ministry of Commerce and Industry, Government of India, April 27, 2021, https://pib.gov.in/PressReleasePage.aspx?PRID=1714362 [2023-05-20].}这些机制相互交织，构成了以日美同盟为核心、以日澳和日印双边合作为支点的多层次安全网络。
东盟是日澳印三国共同争取的对象。2019年6月，东盟发表《东盟印太展望》，强调“东盟中心地位”和包容性合作。日本随即表示该展望与“自由开放的印太”构想“具有共同的基本原则”，澳大利亚和印度也作出类似表态。{参见庄可欣：《东盟对“四边机制”的认知与应对》，《东南亚研究》2022年第4期，第88—106页；「ASEANインド太平洋アウトルック（AOIP）」、外務省、2019年6月23日、https://www.mofa.go.jp/mofaj/files/100057203.pdf [2023-05-22]。}不过，东盟成员国普遍不愿在大国之间选边站队，对“四边机制”的安全属性持保留态度。
#1 四、日本推进与澳印安全合作的动因与制约
#2 （一）主要动因
首先，对冲地区权力结构变化是日本最主要的战略考量。21世纪第一个十年，中国综合国力快速上升，日本对地区力量对比变化的焦虑随之加深。2010年前后，日本防卫政策的重心逐步由北方转向西南方向；{「平成23年度以降に係る防衛計画の大綱について」、閣議決定、平成22年12月17日。该大纲以“动态防卫力量”取代了“基础防卫力量”构想。}2013年底，安倍政府出台日本首部《国家安全保障战略》，明确提出要加强与澳大利亚、印度等“共享普遍价值和战略利益”国家的合作。{「国家安全保障戦略について」、内閣官房、平成25年12月17日、https://www.cas.go.jp/jp/siryou/131217anzenhoshou/nss-j.pdf [2023-05-22]。}2019年12月，日本国际问题研究所在其战略年度报告中提出，澳大利亚是美国在南太平洋的重要盟友，印度则是唯一可能在体量上与中国相比的亚洲大国，与两国合作有助于在日美同盟之外构建对华制衡的“第二层网络”。{『戦略年次報告2019』、日本国際問題研究所、2019年12月、第22—25頁。}
其次，分担同盟负担、配合美国的战略调整。美国自奥巴马政府时期起就鼓励其亚太盟友和伙伴之间加强横向联系，以减轻自身负担。2017年12月，特朗普政府发布《国家安全战略》，将中国定位为“战略竞争者”，并表示欢迎日澳印在地区安全中发挥更大作用。{“National Security Strategy of the United States of America,” The White House, December 2017, pp. 45-47, https://trumpwhitehouse.archives.gov/wp-content/uploads/2017/12/NSS-Final-12-18-2017-0905.pdf [2023-05-22].}在此背景下，日本推进与澳印合作，既可向美国展示其作为“负责任盟友”的姿态，也有助于在美国对地区承诺存在不确定性时分散风险。特朗普执政期间美国一度对同盟价值提出质疑，更加强化了日本的这一考量。
再次，服务于日本的“正常国家化”目标。2015年9月，日本国会通过新安保法，部分解禁集体自卫权，为自卫队与美国以外国家军队开展更深入的合作提供了国内法依据。令和4年12月，岸田内阁通过新版《国家安全保障战略》等“安保三文件”，提出构建“反击能力”，并将与澳大利亚、印度等国的合作定位为“同志国”之间的安全合作。{『国家安全保障戦略』、内閣官房、令和4年12月16日、https://www.cas.go.jp/jp/siryou/221216anzenhoshou/nss-j.pdf [2023-05-22]。}借助与澳印的合作，日本得以在“国际合作”的名义下不断扩大自卫队的活动范围和能力，逐步突破战后安全政策的限制。
此外，维护海上交通线安全也是日本的重要关切。日本进口的原油约九成经由印度洋和南海运抵，澳大利亚则是日本液化天然气、煤炭和铁矿石的主要来源国。印度地处印度洋航线的中心，澳大利亚扼守连接太平洋与印度洋的南部通道，二者在日本的海洋战略中均具有不可替代的地位。2016年8月，安倍在肯尼亚举行的第六届东京非洲发展国际会议上正式提出“自由开放的印度太平洋战略”，强调将太平洋与印度洋、亚洲与非洲联结起来，澳印两国由此被置于日本外交战略的核心位置。{「TICAD VI開会に当たって・安倍晋三日本国総理大臣基調演説」、外務省、平成28年8月27日、https://www.mofa.go.jp/mofaj/afr/af2/page4_002268.html [2023-05-22]。}
最后，拓展防卫装备市场、维持国内防卫产业基础也是日本的现实考量。日本防卫装备长期只供应自卫队一个用户，生产批量小、成本高，一些中小配套企业因订单不足而陆续退出防卫产业。澳印两国均有大规模的装备采购需求，日本希望借助安全合作为本国军工企业打开海外市场，进而通过国际合作降低研发和生产成本。潜艇竞标和US-2项目虽未成功，但日本政府并未放弃这一方向，近年来又在防卫装备转移规则上作出进一步调整。
#2 （二）制约因素
%AP 第一，澳印两国的对华政策与日本存在差异。澳大利亚与中国经贸联系紧密，中国长期是其最大的贸易伙伴。2020年前后中澳关系一度紧张，但阿尔巴尼斯政府上台后着力稳定对华关系，2023年11月阿尔巴尼斯访华，成为七年来首位访华的澳大利亚总理。{“Visit to China,” Prime Minister of Australia, 4 November 2023, https://www.pm.gov.au/media/visit-china [2023-11-10].}对此，有澳大利亚学者指出：澳方“不希望在日美与中国之间被迫作出选择”。印度虽与中国存在边界争端，但同为金砖国家和上海合作组织成员，在多边场合与中国保持合作。两国均不愿将与日本的合作明确定位为针对中国的安排。
第二，印度的战略自主传统。印度不愿被纳入任何同盟体系，在俄乌冲突中拒绝追随西方对俄制裁，并继续从俄罗斯进口武器和能源。2022年3月3日举行的“四边机制”领导人视频会议上，印度也未在对俄立场上与其他三国保持一致。{“Joint Readout of Quad Leaders Call,” The White House, March 3, 2022, https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/03/joint-readout-of-quad-leaders-call/ [2023-05-22].}事实上，莫迪政府虽然积极参与“四边机制”，但始终强调“印太”应是包容性的地区概念。2018年6月，莫迪在香格里拉对话会上发表主旨演讲，明确表示印度不把印太地区视为一项战略或一个由少数成员组成的俱乐部。日印之间虽已签署ACSA等协定，但印度对联合行动的接受程度明显低于澳大利亚，日印合作在实战化训练、情报共享等方面的进展远不及日澳合作。此外，印度与俄罗斯长期保持军事技术合作，其主战装备大量来自俄罗斯，这在客观上也限制了日印在装备和情报领域开展深度合作的空间。
第三，日本国内的法律和政治制约。和平宪法第九条及“专守防卫”原则依然是日本安全政策的基本约束，日本与澳印的合作难以上升为相互防卫义务。防卫装备出口虽已松绑，但潜艇竞标的失利表明，日本军工企业在国际市场上的经验和竞争力仍然有限。此外，日本财政状况紧张，岸田内阁提出的五年内防卫费总额约43万亿日元的计划在财源上仍面临较大争议，{「防衛力整備計画について」、防衛省、令和4年12月16日、https://www.mod.go.jp/j/policy/agenda/guideline/plan/pdf/plan.pdf [2023-05-22]。}这也将影响日本对外安全合作的投入。在国内政治层面，执政联盟中的公明党和部分在野党对自卫队海外活动的扩大仍持谨慎态度，民意调查也显示相当一部分民众对放宽武器出口限制存有疑虑。
第四，美国政策的不确定性。日本推进与澳印合作在很大程度上以美国的支持为前提。2017年1月，特朗普政府上台后即宣布退出《跨太平洋伙伴关系协定》，并多次要求盟国增加防务开支，这使日本一度担心美国对地区的承诺会减弱。拜登政府虽然重视盟友和伙伴关系，但美国国内政治的分化使其对外政策的连续性仍存疑问。一旦美国的地区战略发生重大调整，日本与澳印的合作也将失去重要支撑。
#0 结  语
自2007年日澳发表安全合作联合宣言、次年日印发表同类宣言以来，日本与澳印两国的安全合作经历了从政治宣示到制度建设、再到军事实践的发展过程。十余年来，日澳关系在法律框架和军事合作上不断深化，《互惠准入协定》的签署和生效使其具备了“准同盟”的主要特征；日印关系则在经济合作的带动下稳步推进，“2+2”会谈、ACSA和常态化的联合演习构成了其防务合作的基本框架。两组关系的发展节奏和深度存在明显差异，这既反映了澳印两国与美国关系的不同，也反映了两国战略文化的差异。
从时间维度看，2007年至2023年的十余年大致可以分为三个阶段：2007至2012年为框架建立阶段，日本与澳印两国先后发表安全合作宣言，建立“2+2”等对话机制；2013至2019年为制度深化阶段，日澳、日印关系相继升级为“特殊”伙伴关系，后勤、情报和装备协定陆续签署；2020年以来为实践拓展阶段，《互惠准入协定》的签署和生效、日印ACSA的生效以及“四边机制”领导人峰会的常态化，使合作重心由制度建设转向军事实践。这一进程与日本国内安全政策的调整基本同步，也与地区安全形势的变化密切相关。
比较而言，日澳合作更具“同盟化”色彩，日印合作则更多体现为“伙伴化”。前者以两国共同的美国盟友身份为基础，在法律框架、军事互操作性和情报合作上不断趋近正式同盟；后者则以经济合作为先导，在尊重印度战略自主的前提下推进有限的防务合作。这种差异决定了日本不可能以同一种模式经营这两组关系，也使日本构建的多层次安全网络呈现出明显的不对称性。
从更宏观的视角看，日本推进与澳印的安全合作，是其在日美同盟之外构建多层次安全网络、谋求“正常国家化”的重要步骤。“四边机制”的重启和升级为这一进程提供了多边平台，但东盟国家的保留态度、澳印两国对华政策的自主性以及日本国内的制约因素，也决定了这一网络难以演变为针对特定国家的军事同盟。{关于“准同盟”的概念界定，参见郑牧之：《日本“准同盟”战略的演进与局限》，第31页。另有学者将日澳关系称为“除名称以外的同盟”（an alliance in all but name），这一说法自2022年以来频繁出现在澳大利亚媒体的评论中，并被日本外务省官员在国会答辩中引用。}未来，日本与澳印的安全合作仍将继续深化，但其走向在很大程度上取决于中美关系的演变和地区国家的选择。对此，中国应保持战略定力，通过深化与地区国家的经济合作和安全对话，防止地区安全格局走向阵营化。同时，也应看到澳印两国在对华关系上各有其利益考量，日本难以将其完全纳入自身的战略轨道。在这一意义上，日本与澳印安全合作的发展限度，既取决于日本自身的战略选择，也取决于地区国家对合作与对抗两种前景的判断。
"""

# ================================================================ helpers

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
MARK0 = 0x100000           # internal placeholder for a body marker (plane 16)
FW_TABLE = {c: chr(ord(c) + 0xFEE0) for c in
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+"}
AP_TABLE = str.maketrans({"，": ",", "。": ".", "：": ":"})
NO_START = set("，。、；：？！）》”’…·%％」』】〕,.;:?!)]") | {"——"}
NO_END = set("（《“‘「『【〔([")


def is_marker(ch):
    return MARK0 <= ord(ch) <= MARK0 + 999


def is_pua(ch):
    return 0xE000 <= ord(ch) <= 0xF8FF


def cells(s):
    """Width in half-em cells: CJK, full-width, ambiguous, PUA, markers = 2."""
    n = 0
    for ch in s:
        if is_marker(ch) or is_pua(ch):
            n += 2
        elif unicodedata.east_asian_width(ch) in "WFA":
            n += 2
        else:
            n += 1
    return n


def is_han(ch):
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


TOKEN_RE = re.compile(
    r"[\U00100000-\U001003E7]"
    r"|[\ue000-\uf8ff]"
    r"|——|……"
    r"|[0-9A-Za-z][0-9A-Za-z+\-]*(?:\.[0-9]+)?(?:年代|世纪|年|月|日|亿|万|%|公里)?"
    r"|[０-９Ａ-Ｚａ-ｚ＋]+(?:年代|世纪|年|月|日)?"
    r"|[À-ÿ’'][A-Za-zÀ-ÿ’'\-]*"
    r"| +"
    r"|.", re.S)

URL_RE = re.compile(r"https?://[^\s，。、）]+")


def tokenize(text, split_long=False):
    toks = [m.group(0) for m in TOKEN_RE.finditer(text)]
    if not split_long:
        return toks
    out = []
    for t in toks:
        if cells(t) > 24:
            out.extend(t)            # a word too long for the note line
        else:
            out.append(t)
    return out


def note_tokens(text):
    """Tokens for a note: URLs break after / . _ ? = & only."""
    out = []
    pos = 0
    for m in URL_RE.finditer(text):
        out.extend(tokenize(text[pos:m.start()], True))
        url = m.group(0)
        scheme = re.match(r"https?://", url).group(0)
        out.append(scheme)
        out.extend(p for p in re.findall(r"[^/._?=&]*[/._?=&]?", url[len(scheme):]) if p)
        pos = m.end()
    out.extend(tokenize(text[pos:], True))
    return out


def wrap(tokens, first, rest):
    """Greedy filling with hanging closing punctuation; opening ones never
    end a line. Returns a list of strings."""
    lines, cur, w = [], [], 0
    limit = first
    for t in tokens:
        if not cur and t.strip() == "":
            continue
        tw = cells(t)
        if w + tw <= limit or (cur and (t in NO_START or t[0] in NO_START
                                        or is_marker(t[0]))):
            cur.append(t)
            w += tw
            continue
        carry = []
        while cur and cur[-1] in NO_END:
            carry.insert(0, cur.pop())
        while cur and cur[-1].strip() == "":
            cur.pop()
        lines.append("".join(cur))
        cur = carry + ([] if t.strip() == "" else [t])
        w = sum(cells(x) for x in cur)
        limit = rest
    while cur and cur[-1].strip() == "":
        cur.pop()
    if cur:
        lines.append("".join(cur))
    return lines


def wrap_en(text, width):
    lines, cur = [], ""
    for wd in text.split(" "):
        if cur and len(cur) + 1 + len(wd) > width:
            lines.append(cur)
            cur = wd
        else:
            cur = wd if not cur else cur + " " + wd
    if cur:
        lines.append(cur)
    return lines

# ================================================================ parse


def damaged_source():
    src = BODY
    for old, new in PUA_SUBS:
        assert src.count(old) == 1, old
        src = src.replace(old, new)
    return src


def damage_note(text):
    for start in NOSPACE_NOTES:
        if text.startswith(start):
            if "; " in text:                 # only the English part
                en, rest = text.split("; ", 1)
                text = en.replace(" ", "") + ";" + rest
            else:
                text = text.replace(" ", "")
    old, new, start = HYPHEN_G
    if text.startswith(start):
        assert text.count(old) == 1
        text = text.replace(old, new)
    return text


def parse_body():
    notes, items = [], []
    for raw in damaged_source().strip("\n").split("\n"):
        if raw[:3] in ("#0 ", "#1 ", "#2 "):
            items.append(dict(kind="head" + raw[1], text=raw[3:], notes=[], flags=set()))
            continue
        flag = ""
        if raw.startswith("%FW ") or raw.startswith("%AP "):
            flag, raw = raw[1:3], raw[4:]

        def rep(m):
            notes.append(damage_note(m.group(1)))
            return chr(MARK0 + len(notes) - 1)
        text = re.sub(r"\{([^{}]*)\}", rep, raw)
        if flag == "FW":
            text = "".join(FW_TABLE.get(c, c) for c in text)
        elif flag == "AP":
            text = text.translate(AP_TABLE)
        lines = wrap(tokenize(text), BODY_CELLS - 4, BODY_CELLS)
        for i, ln in enumerate(lines):
            flags = set()
            if i == 0:
                flags.add("P")
            if i == len(lines) - 1:
                flags.add("L")
            if flag:
                flags.add(flag)
            ids = [ord(c) - MARK0 for c in ln if is_marker(c)]
            items.append(dict(kind="body", text=ln, notes=ids, flags=flags))
    return items, notes


def note_lines(text, number):
    """Wrap a note. number: circled char, or '' when printed without it."""
    first = NOTE_CELLS - (3 if number else 0)
    lines = wrap(note_tokens(text), first, NOTE_CELLS)
    if number:
        lines[0] = number + " " + lines[0]
    return lines

# ================================================================ pages


def front_block(npages):
    out = []
    out.append((" " + MASTHEAD[0], "masthead"))
    out.append((MASTHEAD[1], "masthead"))
    out.append((COLUMN_LABEL, "front-label"))
    out.append((" " + TITLE[0], "title"))
    out.append((TITLE[1], "title"))
    out.append((AUTHORS, "authors"))
    out.append((AFFIL, "affil"))
    for ln in wrap(tokenize(ABSTRACT), BODY_CELLS, BODY_CELLS):
        out.append((ln, "abstract"))
    out.append((KEYWORDS, "keywords"))
    out.append((CLC, "clc"))
    out.append((ARTNO % (FIRST_PAGE, npages), "artno"))
    out.append((DOI, "doi"))
    return out


def receipt_lines():
    out = []
    for r in RECEIPT:
        for ln in wrap(tokenize(r), NOTE_CELLS, NOTE_CELLS):
            out.append((ln, "receipt"))
    return out


def paginate(items, notes):
    note_len = {i: len(note_lines(t, "①")) for i, t in enumerate(notes)}
    front_units = FRONT_LINE * (len(front_block(99)) - 3) + 2     # title bigger
    rec_units = NOTE_LINE * len(receipt_lines())
    pages = []
    i = 0
    first = True
    while i < len(items):
        pg = dict(body=[], notes=[])
        used = front_units + rec_units + 0.5 if first else 0.0
        has_foot = first
        close = False
        while i < len(items) and not close:
            it = items[i]
            ncost = sum(NOTE_LINE * note_len[n] for n in it["notes"])
            if it["notes"] and not has_foot:
                ncost += 0.5
            need = 1.0 + ncost
            if it["kind"].startswith("head"):
                orphan = it["text"] == HEAD_ORPHAN
                if not orphan:
                    # keep a heading with the next two lines
                    j, extra = i, 0.0
                    while j < len(items) and items[j]["kind"] != "body":
                        extra += 1.0
                        j += 1
                    for k in range(j, min(j + 2, len(items))):
                        extra += 1.0 + sum(NOTE_LINE * note_len[n] for n in items[k]["notes"])
                    if used + extra > PAGE_UNITS and pg["body"]:
                        break
                elif used + need <= PAGE_UNITS:
                    close = True
            if used + need > PAGE_UNITS and pg["body"]:
                break
            pg["body"].append(it)
            used += need
            for n in it["notes"]:
                pg["notes"].append(n)
                has_foot = True
            i += 1
        pg["used"] = used
        pages.append(pg)
        first = False
    return pages

# ================================================================ render


def header_line(page):
    if page % 2 == 0:
        return JOURNAL + " " + ISSUE
    return SHORT_TITLE


def render():
    items, notes = parse_body()
    pages = paginate(items, notes)
    npages = len(pages)
    out = []          # (text, page, tag); blank lines are explicit
    last_page = FIRST_PAGE + npages - 1

    def add(t, page, tag):
        out.append((t, page, tag))
        out.append(("", page, "blank"))

    for pi, pg in enumerate(pages):
        page = FIRST_PAGE + pi
        lead = ""
        if pi == 0:
            for t, tag in front_block(npages):
                add(t, page, tag)
        elif page == NO_HEADER_PAGE:
            # no header: the page's first line follows the last foot line
            # directly and begins with a space, as in the corpus
            if out and out[-1][2] == "blank":
                out.pop()
            lead = " "
        else:
            add(header_line(page), page, "running-header")
            add(str(page), page, "pageno")
            out.append(("", page, "blank"))
            out.append(("", page, "blank"))
        numbering = {n: CIRCLED[k] for k, n in enumerate(pg["notes"])}
        for it in pg["body"]:
            t = "".join(numbering[ord(c) - MARK0] if is_marker(c) else c for c in it["text"])
            tag = it["kind"]
            if it["flags"]:
                tag += ":" + "+".join(sorted(it["flags"]))
            add(lead + t, page, tag)
            lead = ""
        if page == last_page:
            add(EDITOR, page, "editor")
        if pi == 0:
            for t, tag in receipt_lines():
                add(t, page, tag)
        apart = page == NUMBERS_APART_PAGE
        lost = page == LOST_NUMBER_PAGE
        if apart:
            for k in range(len(pg["notes"])):
                add(CIRCLED[k], page, "note-number-apart")
        for k, n in enumerate(pg["notes"]):
            num = "" if (apart or lost) else CIRCLED[k]
            text = notes[n]
            trunc = page == last_page and k == len(pg["notes"]) - 1
            if trunc:
                assert text.count(TRUNC_NOTE) == 1
                text = text[:text.index(TRUNC_NOTE) + len(TRUNC_NOTE)]
            nl = note_lines(text, num)
            kind = "note-apart" if apart else ("note-nonum" if lost else "note")
            if trunc:
                kind += "-trunc"
            for j, t in enumerate(nl):
                add(t, page, kind + ("" if j == 0 else "-cont") + "#%d" % (n + 1))
    # English block and the next article (the last page)
    if out[-1][2] == "blank":
        out.pop()
    lead = " "
    page = last_page
    for k, t in enumerate(EN_TITLE):
        add((lead if k == 0 else "") + t, page, "english-title")
    add(EN_AUTHORS, page, "english-authors")
    add(EN_AFFIL, page, "english-affil")
    for k, t in enumerate(wrap_en(EN_ABSTRACT, 96)):
        add((" " if k == 0 else "") + t, page, "english-abstract")
    for t in wrap_en(EN_KEYWORDS, 96):
        add(t, page, "english-keywords")
    page = last_page + 1
    out.pop()
    add(" " + NEXT_ARTICLE[0], page, "next-article")
    for t in NEXT_ARTICLE[1:]:
        add(t, page, "next-article")
    for t in wrap(tokenize(NEXT_ABSTRACT), BODY_CELLS, BODY_CELLS):
        add(t, page, "next-article")
    out.pop()        # no blank line after the last line
    return out, notes, pages


def assemble(out):
    return "".join(t + "\n" for t, _, _ in out)


def check(text, out, notes, pages):
    """Assert that every damage switch produced what README.md describes."""
    lines = text.split("\n")
    tags = [(p, tag) for _, p, tag in out]
    body = "".join(t for t, p, tag in out if tag.startswith(("body", "head0", "head1", "head2")))
    notes_txt = "".join(t for t, p, tag in out if tag.startswith("note"))
    assert not any(is_marker(c) for c in text)
    # (a) full-width paragraph
    assert "２０１０年５月１９日" in body and "ＡＣＳＡ" in body
    assert any(":FW" in t for p, t in tags)
    # (b) ASCII punctuation paragraph
    assert any(":AP" in t for p, t in tags)
    ap = "".join(t for t, p, tag in out if ":AP" in tag)
    assert "." in ap and "," in ap and ":" in ap and "，" not in ap and "。" not in ap
    # (c) PUA glyphs
    for old, new in PUA_SUBS:
        assert text.replace("\n\n", "").count(new) == 1 or \
            body.count(new) + notes_txt.count(new) == 1, new
    # (d) letters for hyphens in a note date
    assert HYPHEN_G[1] in notes_txt.replace(" ", "")
    # (e) spaces lost
    assert "TomohikoSatakeandJohnHemmings" in notes_txt
    assert "TanviMadan" in notes_txt
    # (f) numbers printed apart
    assert any(t == "note-number-apart" for p, t in tags if p == NUMBERS_APART_PAGE)
    assert not any(t.startswith("note#") for p, t in tags if p == NUMBERS_APART_PAGE)
    # (g) numbers lost
    assert any(t.startswith("note-nonum") for p, t in tags if p == LOST_NUMBER_PAGE)
    assert not any(t.startswith("note#") for p, t in tags if p == LOST_NUMBER_PAGE)
    # (h) truncated note, directly before the English block
    k = max(i for i, (p, t) in enumerate(tags) if "-trunc" in t)
    assert tags[k + 1][1] == "english-title"
    assert not out[k][0].rstrip().endswith(("。", ".", "]"))
    # (i) no header page
    assert not any(t in ("running-header", "pageno") for p, t in tags if p == NO_HEADER_PAGE)
    first = next(i for i, (p, t) in enumerate(tags) if p == NO_HEADER_PAGE)
    assert out[first][0].startswith(" ") and tags[first - 1][1].startswith("note")
    # (j) orphaned heading at the foot of its page
    pg = next(pg for pg in pages if any(it["text"] == HEAD_ORPHAN for it in pg["body"]))
    assert pg["body"][-1]["text"] == HEAD_ORPHAN
    # (k) markers directly before a date
    assert re.search(r"[。；][①-⑳]\d{4}年", body)
    # every page: markers in body == notes at foot, in order
    for pi, pgx in enumerate(pages):
        page = FIRST_PAGE + pi
        marks = "".join(c for t, p, tag in out if p == page and tag.startswith("body")
                        for c in t if c in CIRCLED)
        assert marks == CIRCLED[:len(pgx["notes"])], (page, marks)
    assert len(pages) in (13, 14, 15) and 45 <= len(notes) <= 60


def main():
    out, notes, pages = render()
    text = assemble(out)
    check(text, out, notes, pages)
    sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    for old in glob.glob(os.path.join(HERE, PREFIX + "_*.txt")):
        os.remove(old)
    path = os.path.join(HERE, "%s_%s.txt" % (PREFIX, sha))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    if "--report" in sys.argv:
        lines = text.split("\n")
        for k, (t, p, tag) in enumerate(out):
            assert lines[k] == t
            print("%4d  p%-3d %-24s %5.1f %4d  %s" % (k + 1, p, tag, cells(t) / 2, len(t), t))
        body_txt = "".join(t for t, p, tag in out if tag.startswith(("body", "head0", "head1", "head2")))
        head_txt = "".join(t for t, p, tag in out if tag.startswith(("head0", "head1", "head2")))
        note_txt = "".join(t for t, p, tag in out if tag.startswith("note"))
        han = lambda s: sum(1 for c in s if is_han(c))
        print("# file %s: %d characters, %d bytes, %d newline-terminated lines, %d pages, %d notes"
              % (os.path.basename(path), len(text), len(text.encode("utf-8")),
                 text.count("\n"), len(pages), len(notes)))
        print("# body+headings: %d chars, %d Han; headings %d Han; notes %d chars, %d Han"
              % (len(body_txt), han(body_txt), han(head_txt), len(note_txt), han(note_txt)))
        for pi, pg in enumerate(pages):
            print("# page %d: used %.1f of %.1f, %d notes"
                  % (FIRST_PAGE + pi, pg["used"], PAGE_UNITS, len(pg["notes"])))
    print(path)


if __name__ == "__main__":
    main()
