#!/usr/bin/env python3
"""Build the held-out raw article h09 (constructed; see README.md).

Standalone, standard library only, deterministic.

    python3 make_raw.py            writes h09_<sha1[:8]>.txt beside this script
                                   (older h09_*.txt there are deleted)
    python3 make_raw.py --report   also prints every line: number, page, tag,
                                   width (em), length (characters)

The output imitates poppler's `pdftotext` in its default (plain, non-layout)
mode on a Chinese journal PDF whose notes are ENDNOTES with bracketed
numbers: no horizontal positions are kept (a paragraph's indent is lost, so
its first line is simply two characters shorter), every printed line is
followed by an empty line (the PDF's line spacing), every page after the
first starts with a form feed glued to its first line, and the file ends with
a form feed.

Markup in the content below (one paragraph or heading per line):
  #0 text    unnumbered heading (结 语)
  #1 text    section heading 一、…
  #1! text   section heading that is printed as the last line of its page
             (damage h)
  #2 text    sub-heading （一）…
  %NI text   paragraph whose first-line indent was lost (damage g)
  %AP a-b text  paragraph whose printed lines a..b (0-based) carry ASCII
             punctuation for Chinese punctuation (damage d)
  {text}     an endnote; its marker [n] is put where the brace stands
  ⟪text⟫     in the body: a date the line break may cut inside its digits
             (damage e); in a note's URL: a word the line break may
             hyphenate (damage f)

Damage switches (below): NO_HEADER_PAGE, LOST_NOTE_NUMBER, FW_MARKER,
DATE_CUTS, HYPHEN_URL_CUT, the %AP and %NI paragraphs, the #1! heading and
the neighbouring article's page.  check() asserts each of them.
"""

import glob
import hashlib
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

JOURNAL = "当代世界史论丛"
ISSUE = "2024年第2期"
FIRST_PAGE = 45
SHORT_TITLE = "许闻笛 骆青岚：缓和时期的欧洲安全（1963—1990）"

BODY_CELLS = 72      # body measure: 36 em = 72 half-em cells
NOTE_CELLS = 84      # endnotes: 42 em of the smaller type
ABS_CELLS = 76       # abstract block (smaller type, indented both sides)
EN_CELLS = 100       # English block (one ASCII character = one cell)
PAGE_UNITS = 42.0    # height of the text block in body lines
NOTE_LINE = 0.7      # an endnote line is 0.7 of a body line
FRONT_LINE = 0.85    # abstract / English lines
HEAD_COST = {"head0": 2.5, "head1": 2.5, "head2": 1.5}

# ---------------------------------------------------------------- damage
NO_HEADER_PAGE = 48                 # (a) running header and page no. missing
LOST_NOTE_NUMBER = 43               # (b) this endnote is printed without [n]
FW_MARKER = 12                      # (c) body marker printed ［１２］
DATE_CUTS = ["199|0年3月18日", "19|86年11月4日"]   # (e) line end | next start
HYPHEN_URL_CUT = ("docu-", "ment/")  # (f) URL hyphenated across lines
# (d) %AP paragraph, (g) %NI paragraph, (h) #1! heading, (i) NEIGHBOUR page

# ---------------------------------------------------------------- front
MASTHEAD = JOURNAL + " " + ISSUE
COLUMN_LABEL = "【冷战史研究】"
TITLE = ["缓和时期的欧洲安全：从“东方政策”到赫尔辛基", "进程（1963—1990）"]
AUTHORS = "许闻笛 骆青岚"
AFFIL = "（江渚大学 历史学院，江苏 镇江 212099）"
ABSTRACT = (
    "摘 要：20世纪60年代中期以来，欧洲的缓和经历了从双边接触到多边机制的演变。"
    "戴高乐的“向东方开放”和1967年北约《哈默尔报告》为西方参与缓和提供了政策框架；"
    "1970—1972年，勃兰特政府通过《莫斯科条约》《华沙条约》和《基础条约》在事实上"
    "承认了战后欧洲的领土现状，四国柏林协定和美苏第一阶段限制战略武器协定则为欧安会"
    "的召开创造了条件。1975年8月1日签署的赫尔辛基《最后文件》以“三个篮子”的形式"
    "把安全、经济合作与人权问题结合在一起。此后，尽管东西方关系在70年代末和80年代初"
    "急剧恶化，贝尔格莱德、马德里和维也纳后续会议以及斯德哥尔摩会议仍使欧安会进程得以"
    "延续，并最终以1990年11月的《巴黎宪章》宣告欧洲分裂的结束。在这一进程中发挥主导"
    "作用的是欧洲国家，而不是美苏两国。")
KEYWORDS = "关键词：缓和；东方政策；欧洲安全与合作会议；赫尔辛基进程；冷战"
CLC = "中图分类号：K153 文献标识码：A 文章编号：1672-9358（2024）02-0045-13"
DOI = "DOI：10.16758/j.cnki.ddsj.2024.02.004"
RECEIPT = [
    "收稿日期：2023-10-08；修回日期：2024-01-15",
    "基金项目：国家社会科学基金一般项目“欧安会进程与冷战后期欧洲格局演变研究”（21BSS047）",
    "作者简介：许闻笛（1981—），男，江苏扬州人，江渚大学历史学院教授，博士，主要从事"
    "冷战国际史研究；骆青岚（1992—），女，安徽芜湖人，江渚大学历史学院讲师，博士。",
]
NOTES_HEAD = "注释："
EDITOR = "（责任编辑：秦 岚）"

EN_TITLE = ("European Security in the Era of Détente: From Ostpolitik to the "
            "Helsinki Process (1963-1990)")
EN_AUTHORS = "XU Wendi, LUO Qinglan"
EN_AFFIL = "(School of History, Jiangzhu University, Zhenjiang 212099, Jiangsu, China)"
EN_ABSTRACT = (
    "Abstract: From the mid-1960s, détente in Europe developed from bilateral contacts "
    "into a multilateral process. De Gaulle's opening to the East and NATO's Harmel "
    "Report of 1967 gave the West a framework for détente. Between 1970 and 1972 the "
    "Brandt government accepted the territorial status quo of post-war Europe in the "
    "Moscow, Warsaw and Basic Treaties, while the Four Power Agreement on Berlin and the "
    "first Soviet-American strategic arms limitation agreements of May 1972 cleared the "
    "way for the Conference on Security and Cooperation in Europe. The Helsinki Final "
    "Act, signed on 1 August 1975, linked security, economic cooperation and human "
    "rights in its three baskets. Although East-West relations deteriorated sharply in "
    "the late 1970s and early 1980s, the follow-up meetings in Belgrade, Madrid and "
    "Vienna and the Stockholm conference of 1984-1986 kept the process alive, until the "
    "Charter of Paris of November 1990 declared the division of Europe at an end. The "
    "European states, rather than the two superpowers, were the main driving force of "
    "the Helsinki process.")
EN_KEYWORDS = ("Key words: détente; Ostpolitik; Conference on Security and "
               "Cooperation in Europe; Helsinki process; Cold War")

# (i) the first page of the next article, caught by the page-range extraction
NEIGHBOUR_PAGE = 58
NEIGHBOUR = [
    ("nb-masthead", MASTHEAD),
    ("nb-column", "【殖民与去殖民研究】"),
    ("nb-title", "战后英国对马来亚殖民政策的调整（1945—1957）"),
    ("nb-authors", "单宇航 贺晓雯"),
    ("nb-affil", "（西岭大学 历史文化学院，四川 成都 610099）"),
]
NEIGHBOUR_ABSTRACT = (
    "摘 要：1945年9月英军重返马来亚后，英国政府试图以“马来亚联盟”计划加强对殖民地"
    "的直接控制，但这一计划在马来人的强烈反对下于1948年2月被“马来亚联合邦”所取代。"
    "同年6月，马来亚进入“紧急状态”，英国在镇压马来亚共产党武装的同时，逐步把权力"
    "移交给以巫统为首的联盟党。1955年7月，马来亚举行首次联邦立法议会选举，联盟党"
    "赢得52个民选议席中的51席；1957年8月31日，马来亚联合邦宣告独立。")
NEIGHBOUR_ABS_LINES = 4      # only the first lines of the abstract are kept

# ---------------------------------------------------------------- body
BODY = r"""
1963年8月5日，美国、英国和苏联三国外长在莫斯科签署《部分禁止核试验条约》，古巴导弹危机之后剑拔弩张的美苏关系出现了松动的迹象{王绳祖主编：《国际关系史》第9卷，世界知识出版社1995年版，第186—191页。}。在欧洲，这种松动首先表现为东西方国家在承认分裂现状的前提下寻求对话与接触：法国总统戴高乐倡导“缓和、谅解与合作”，联邦德国的社会民主党人则提出了“以接近促转变”的设想。从20世纪60年代中期的初步接触，到1975年8月《欧洲安全与合作会议最后文件》（以下简称《最后文件》）的签署，再到1990年11月《新欧洲巴黎宪章》（以下简称《巴黎宪章》）的通过，东西方国家围绕欧洲安全问题进行了长达二十余年的多边外交，这一过程通常被称为“赫尔辛基进程”{“赫尔辛基进程”一词通常指1972年11月迪波利预备会谈开始至1990年11月巴黎首脑会议为止的欧安会多边进程，也有学者以1994年12月布达佩斯首脑会议决定将欧安会改组为欧安组织作为其终点。参见Vojtech Mastny, The Helsinki Process and the Reintegration of Europe, 1986-1991, New York: New York University Press, 1992, pp. 1-9.}。
对于这一进程，国外学界的研究起步较早。早在冷战结束之前，美国学者加特霍夫和曾经参加日内瓦谈判的外交官马雷斯卡等人即已从美苏关系和多边谈判的角度讨论缓和的兴衰{Raymond L. Garthoff, Détente and Confrontation: American-Soviet Relations from Nixon to Reagan, Washington, D.C.: The Brookings Institution, 1985, pp. 473-480.}{John J. Maresca, To Helsinki: The Conference on Security and Cooperation in Europe, 1973-1975, Durham: Duke University Press, 1985, pp. 3-12.}；冷战结束后，随着美国《对外关系文件集（1969—1976年）》、《联邦德国外交政策文件集》以及苏联和东欧国家档案的陆续开放，研究者开始关注西欧国家、中立与不结盟国家以及跨国人权网络在欧安会进程中的作用。{代表性的研究参见Angela Romano, From Détente in Europe to European Détente: How the West Shaped the Helsinki CSCE, Brussels: P.I.E. Peter Lang, 2009; Sarah B. Snyder, Human Rights Activism and the End of the Cold War: A Transnational History of the Helsinki Network, Cambridge: Cambridge University Press, 2011.}国内学界对勃兰特的“东方政策”、欧安会的召开以及欧洲导弹危机等问题也多有论述，并已取得了一批有价值的成果。{参见刘金质：《冷战史》中卷，世界知识出版社2003年版，第812—860页；韦岸川：《勃兰特“新东方政策”的形成与国际反响》，《世界历史》2009年第4期；孟晓岚：《欧安会与西欧国家的人权外交（1972—1975）》，《欧洲研究》2014年第2期；郑秋屿：《北约“双轨决定”的缘起与欧洲导弹危机》，《历史研究》2016年第5期。}20世纪90年代以来，国内出版的冷战史著作大多设有专门章节讨论欧洲的缓和，但多以单一事件或单一国家的政策为研究对象，对缓和时期欧洲安全问题的整体演变仍缺少系统的考察。
本文拟在已有研究的基础上，利用已公开的美国国务院、西德外交部文件和苏联方面的资料，以1963—1990年为时段，考察欧洲安全问题从双边的“东方政策”走向多边的赫尔辛基进程的过程，并尝试回答以下问题：在美苏两国对欧安会都兴趣有限的情况下，这一进程何以能够启动并延续近二十年？欧洲国家在其中发挥了怎样的作用？缓和时期形成的规范与机制又在多大程度上影响了冷战在欧洲结束的方式？
#1 一、从“向东方开放”到北约的“双重任务”（1963—1968）
#2 （一）戴高乐与“从大西洋到乌拉尔的欧洲”
20世纪60年代初，西欧国家对美国主导下的联盟战略日益不满。1958年重新执政的夏尔·戴高乐（Charles de Gaulle）认为，两极对峙是“雅尔塔体系”的产物，欧洲只有摆脱两个超级大国的支配，才能恢复其应有的国际地位，为此他提出了建立“从大西洋到乌拉尔的欧洲”的设想。{Charles de Gaulle, Discours et messages, t. IV, Pour l'effort, août 1962-décembre 1965, Paris: Plon, 1970, pp. 338-342.}在戴高乐看来，缓和不是美苏之间的交易，而应当是欧洲国家之间的和解，其步骤是先“缓和”、再“谅解”、最后实现“合作”。1964年1月27日，法国与中华人民共和国宣布建立外交关系，成为第一个同新中国建立大使级外交关系的西方大国。{中法两国政府的联合公报于1964年1月27日在北京和巴黎同时发表，两国随后于同年6月互派大使。参见黎家松主编：《中华人民共和国外交大事记》第2卷，世界知识出版社2001年版，第331页。}这一举动不仅显示了法国外交的独立性，也表明戴高乐有意打破冷战两大阵营之间的界限。
1966年3月7日，戴高乐致函美国总统林登·约翰逊（Lyndon B. Johnson），宣布法国将退出北约一体化军事机构；同年7月1日，法国军队正式脱离北约的统一指挥，北约总部和盟军欧洲最高司令部随后迁往比利时。{Frédéric Bozo, Two Strategies for Europe: De Gaulle, the United States, and the Atlantic Alliance, Lanham: Rowman & Littlefield, 2001, pp. 160-171.}就在法国军队撤出北约指挥体系前后，戴高乐于6月20日至7月1日对苏联进行了为期12天的访问。访问结束时双方发表联合声明，决定在两国之间建立定期政治磋商机制，并开通巴黎与莫斯科之间的直通电话。此后，法国又积极发展同东欧国家的关系，戴高乐本人于1967年9月访问波兰，次年5月访问罗马尼亚。{张锡昌、周剑卿：《战后法国外交史（1944—1992）》，世界知识出版社1993年版，第234—241页。}不过，法国的“向东方开放”更多停留在双边层面，并没有提出处理欧洲安全问题的多边方案，而且随着1968年5月法国国内危机的爆发，戴高乐的外交攻势也失去了动力。
与此同时，苏联和东欧国家也提出了召开全欧安全会议的主张。早在1954年2月，苏联外长莫洛托夫就曾在柏林四国外长会议上提出缔结全欧集体安全条约的建议，但因其实际上将美国排除在外而未获西方响应。1966年3—4月召开的苏共第二十三次代表大会重提这一主张；同年7月，华约政治协商委员会在布加勒斯特发表《关于加强欧洲和平与安全的宣言》，建议召开全欧会议讨论欧洲安全与合作问题，并提出同时解散北约和华约。{《华沙条约缔约国关于加强欧洲和平与安全的宣言》（1966年7月5日），载《国际条约集（1966—1968）》，世界知识出版社1978年版，第48—59页。}对于东方的倡议，西方国家最初普遍认为这不过是苏联离间美欧关系的宣传攻势。
#2 （二）《哈默尔报告》与北约的“双重任务”
西方联盟内部对缓和的态度并不一致。美国当时深陷越南战争，对欧洲缓和的兴趣有限；联邦德国的基民盟政府则长期坚持“哈尔斯坦主义”，拒绝同承认民主德国的国家保持外交关系{“哈尔斯坦主义”因联邦德国外交部国务秘书瓦尔特·哈尔斯坦（Walter Hallstein）得名，1955年12月成为联邦德国的外交原则，1957年10月联邦德国即据此与南斯拉夫断交。参见William Glenn Gray, Germany's Cold War, Chapel Hill: University of North Carolina Press, 2003, pp. 71-86.}。1966年12月，北约部长理事会接受比利时外交大臣皮埃尔·哈默尔（Pierre Harmel）的建议，决定对“联盟的未来任务”进行专门研究。经过一年的研究与磋商，1967年12月13—14日在布鲁塞尔举行的北约部长理事会通过了题为《联盟的未来任务》的报告，即《哈默尔报告》。报告提出，联盟的首要职能是保持足够的军事力量和政治团结，以进行威慑和防御；第二项职能则是在此基础上寻求与东方建立更加稳定的关系，“军事安全与缓和政策并不矛盾，而是相辅相成的”{“The Future Tasks of the Alliance (The Harmel Report),” Brussels, 13-14 December 1967, https://www.nato.int/cps/en/natohq/official_texts_26700.htm [2023-04-16].}。
《哈默尔报告》把“防务”与“缓和”并列为联盟的双重任务，为西方参与欧洲缓和提供了基本的政策框架。同月，北约防务计划委员会正式采纳以“灵活反应”为核心的新战略；次年6月，北约部长理事会在雷克雅未克发表声明，表示愿意与华约国家就相互均衡裁减军队问题进行探讨，这就是后来人们所说的“雷克雅未克信号”。{Helga Haftendorn, NATO and the Nuclear Revolution, Oxford: Clarendon Press, 1996, pp. 375-390.}从此，裁军谈判与欧洲安全会议成为东西方讨价还价的两个相关议题。
然而，1968年8月20日夜，苏联等华约五国军队突然侵入捷克斯洛伐克，以武力终结了“布拉格之春”。同年11月，勃列日涅夫在波兰统一工人党第五次代表大会上宣称，社会主义国家的主权应当服从于“社会主义大家庭”的整体利益，这一主张被西方称为“勃列日涅夫主义”。{Matthew J. Ouimet, The Rise and Fall of the Brezhnev Doctrine in Soviet Foreign Policy, Chapel Hill: University of North Carolina Press, 2003, pp. 65-72.}事件发生后，西方舆论普遍对缓和的前景感到悲观，北约也暂停了与东方的部分接触，但东西方之间的对话并未因此中断。
1969年3月2日，中苏两国边防部队在乌苏里江珍宝岛地区发生武装冲突。同月17日，华约政治协商委员会在布达佩斯发出《告全欧国家书》，再次呼吁召开全欧安全会议。{«Обращение государств — участников Варшавского договора ко всем европейским странам», Правда, 18 марта 1969 г., С. 1.}与以往相比，这份呼吁的措辞明显温和，也没有再将排除美国参加作为前提。不少研究者认为，苏联在这一时期急于稳定欧洲局势，与中苏边界冲突的升级不无关系。5月5日，芬兰政府向所有欧洲国家以及美国和加拿大政府发出备忘录，表示愿意在赫尔辛基主办欧洲安全会议及其预备会议，东方的倡议由此有了一个中立的承办者。
#1 二、勃兰特的“东方政策”与欧洲现状的确认（1969—1973）
#2 （一）从“以接近促转变”到《莫斯科条约》和《华沙条约》
1969年9月28日，联邦德国举行联邦议院选举。10月21日，社会民主党主席维利·勃兰特（Willy Brandt）当选联邦总理，组成社会民主党与自由民主党的联合政府，自由民主党主席瓦尔特·谢尔（Walter Scheel）出任副总理兼外交部长。{Willy Brandt, Erinnerungen, Frankfurt am Main: Propyläen, 1989, S. 185-191.}勃兰特的东方政策并非无源之水。早在1963年7月15日，他的重要助手埃贡·巴尔（Egon Bahr）就在图青新教学院发表演讲，提出了“以接近促转变”的主张，认为只有首先承认现状、与东方接近，才能逐步改变现状{Egon Bahr, Zu meiner Zeit, München: Karl Blessing Verlag, 1996, S. 152-161.}。1966年12月大联合政府成立后，出任外交部长的勃兰特开始调整对东欧国家的政策，联邦德国于次年1月同罗马尼亚建交，1968年1月又恢复了与南斯拉夫的外交关系，“哈尔斯坦主义”实际上已被放弃。
1969年10月28日，勃兰特在联邦议院发表政府声明，承认“在德国存在两个国家”，但同时强调二者“互不为外国”，相互关系只能是一种“特殊性质的关系”。{［德］维利·勃兰特：《会见与思考》，张连根等译，商务印书馆1980年版，第342—345页。}自1969年底勃兰特政府提出与东方国家互相放弃使用武力以来，联邦德国与苏联、波兰和民主德国的谈判几乎同时展开，而其中的关键是与莫斯科的谈判。1970年1月底起，作为总理府国务秘书的巴尔在莫斯科与苏联外长安德烈·葛罗米柯（Андрей Громыко）进行了十余轮会谈，至5月下旬形成了后来被称为“巴尔文件”的十点共识。7月27日，谢尔率代表团赴莫斯科进行正式谈判。8月12日，勃兰特与苏联部长会议主席阿列克谢·柯西金在莫斯科签署了《苏联和联邦德国条约》，即《莫斯科条约》。{Akten zur Auswärtigen Politik der Bundesrepublik Deutschland 1970, Bd. II, München: R. Oldenbourg Verlag, 2001, Dok. 387, S. 1437-1442.}
条约规定双方放弃以武力相威胁或使用武力，承认欧洲所有国家在现有边界内的领土完整，宣布欧洲各国的现有边界，包括奥德—尼斯河线和两个德国之间的边界，“现在和将来都不可侵犯”。签约当天，联邦德国方面向苏方递交了《关于德国统一的信》，声明条约与联邦德国“致力于欧洲的和平状态，使德意志民族在自由自决中重新获得统一”的政治目标并不矛盾。{Ebd., S. 1443-1444.}勃兰特在签约后的电视讲话中说：“这项条约没有让我们失去任何早已失去的东西。”{［德］维利·勃兰特：《会见与思考》，第356页。}这句话颇能说明东方政策的实质：在法律上承认战后形成的现实，以换取东西方关系的改善和两个德国之间人员往来的便利。
《莫斯科条约》签订后，联邦德国与波兰的谈判随之加快。1970年11月18日，双方草签条约；12月7日，勃兰特在华沙签署《关于两国关系正常化基础的条约》，即《华沙条约》，确认奥德—尼斯河线构成波兰的西部边界。同日，勃兰特在华沙犹太区起义纪念碑前下跪致哀，这一举动在联邦德国国内引起了很大争议，却赢得了波兰和国际舆论的广泛尊重。{同上，第381—384页。}然而，条约签署仅一周之后，波兰沿海城市就因食品涨价爆发了大规模的工人抗议，12月中旬的流血冲突导致哥穆尔卡下台，由爱德华·盖莱克接任统一工人党第一书记。
东方条约在联邦德国国内遭到基民盟和基社盟的强烈反对。1972年4月27日，反对党领袖赖纳·巴泽尔（Rainer Barzel）在联邦议院发起的建设性不信任投票以两票之差失败；5月17日，联邦议院在反对党多数议员弃权的情况下批准了《莫斯科条约》和《华沙条约》，两项条约于6月3日生效。{Mary Elise Sarotte, Dealing with the Devil: East Germany, Détente, and Ostpolitik, 1969-1973, Chapel Hill: University of North Carolina Press, 2001, pp. 133-141.}此前，挪威诺贝尔委员会于1971年10月宣布将当年的和平奖授予勃兰特，以表彰他为东西方和解所作的努力。
#2 （二）柏林协定、《基础条约》与美苏首脑会晤
柏林问题是东方政策能否成功的关键，也是西方三国保留其战时权利的最后领域。1970年3月26日，美、英、法、苏四国驻德大使开始就柏林问题举行谈判。1971年5月3日，长期坚持强硬路线的瓦尔特·乌布利希被迫辞去德国统一社会党中央第一书记的职务，由埃里希·昂纳克（Erich Honecker）接任，东德领导层的这一更迭在一定程度上扫除了谈判的障碍。同年9月3日，四国大使在西柏林签署《四国柏林协定》：苏联保证西柏林与联邦德国之间的过境交通“畅通无阻”，西方三国则确认西柏林“仍然不是联邦德国的组成部分”，但其与联邦德国之间的联系可以维持和发展。{Honoré M. Catudal, The Diplomacy of the Quadripartite Agreement on Berlin: A New Era in East-West Politics, Berlin: Berlin-Verlag, 1978, pp. 205-216.}协定于次年6月3日随最后议定书的签署而生效。
在四国协定的框架下，两个德国先后签订了《过境交通协定》和《交通条约》。1972年11月8日，巴尔与民主德国部长会议的国务秘书米夏埃尔·科尔（Michael Kohl）在波恩草签《关于德意志联邦共和国和德意志民主共和国关系基础的条约》，即《基础条约》；12月21日，条约在东柏林正式签署。{《关于德意志联邦共和国和德意志民主共和国关系基础的条约》（1972年12月21日），载《国际条约集（1972—1974）》，世界知识出版社1980年版，第163—168页。}条约规定双方在平等的基础上发展正常的睦邻关系，互设“常驻代表处”而非大使馆，既实现了两个德国关系的正常化，又避免了联邦德国在法律上承认民主德国为“外国”。次年6月21日，条约正式生效；9月18日，两个德国同时加入联合国。
对于勃兰特的东方政策，尼克松和他的国家安全事务助理亨利·基辛格（Henry Kissinger）起初心存疑虑，担心联邦德国会在东西方之间摇摆。{［美］亨利·基辛格：《白宫岁月》第2册，陈瑶华等译，世界知识出版社1980年版，第529—535页。}但美国很快发现，东方政策与美国自身的缓和战略并不冲突。1972年2月，美国总统理查德·尼克松（Richard Nixon）访问中国，中美双方在上海发表联合公报。三个月后，尼克松成为第一位访问莫斯科的美国在任总统。5月26日，尼克松与苏共中央总书记勃列日涅夫在莫斯科签署了《美苏关于限制反弹道导弹系统条约》和《关于限制进攻性战略武器的某些措施的临时协定》，即第一阶段限制战略武器协定；29日，双方又签署了《美苏相互关系基本原则》，宣布将在“和平共处”的基础上发展两国关系。{Foreign Relations of the United States (FRUS), 1969-1976, Vol. XIV, Soviet Union, October 1971-May 1972, Washington, D.C.: GPO, 2006, Doc. 284, https://history.state.gov/historicaldocuments/frus1969-76v14/d284 [2023-05-08].}同年10月11日，联邦德国外长谢尔访华期间，中国与联邦德国正式建立外交关系。
作为对苏联召开欧安会要求的交换，西方坚持同时举行中欧裁军谈判。1973年1月31日，北约和华约19国在维也纳开始关于相互均衡裁减中欧军队与军备的预备会谈；10月30日，正式谈判开幕。由于双方在兵力数据和裁减方式上分歧严重，这一谈判旷日持久而未能达成任何协议，直到1989年2月2日才正式结束。{John G. Keliher, The Negotiations on Mutual and Balanced Force Reductions, New York: Pergamon Press, 1980, pp. 21-35.}不过，谈判本身为东西方军事专家提供了一个长期对话的场所，其在兵力数据交换方面积累的经验后来为欧洲常规武装力量谈判所借鉴。
#1 三、从迪波利到赫尔辛基：欧安会的召开（1972—1975）
#2 （一）迪波利预备会谈与“三个篮子”
美国最初对欧安会持怀疑态度。在尼克松政府看来，欧安会是苏联用以巩固战后东欧现状、分化西方联盟的工具，而西欧国家对此却越来越积极。基辛格在回忆录中承认，美国之所以最终同意参加欧安会，主要是为了换取苏联在柏林问题和中欧裁军谈判上的让步{［美］亨利·基辛格：《动乱年代》第3册，张志明等译，世界知识出版社1983年版，第312—318页。}。1972年9月，基辛格在访问莫斯科期间与勃列日涅夫达成谅解：欧安会的多边预备会谈于11月下旬开始，中欧裁军的预备会谈则于次年1月开始。{FRUS, 1969-1976, Vol. XXXIX, European Security, Doc. 112, https://history.state.gov/historicaldocuments/frus1969-76v39/d112 [2023-05-08].}
1972年11月22日，欧洲33个国家以及美国、加拿大共35国的代表在赫尔辛基近郊埃斯波的迪波利会议中心开始多边预备会谈，阿尔巴尼亚是唯一拒绝参加的欧洲国家。{迪波利（Dipoli）是赫尔辛基理工大学学生会的建筑，位于赫尔辛基以西的埃斯波。多边预备会谈自1972年11月22日开始，先后举行了四轮，至1973年6月8日结束。会谈期间各国大使轮流主持会议，这一做法后来成为欧安会的惯例。}预备会谈持续至次年6月8日，最终通过了《赫尔辛基磋商最后建议》，即所谓“蓝皮书”，确定了会议分三个阶段举行的程序、以“协商一致”为原则的议事规则以及会议的议程。按照这一议程，会议讨论的问题被归纳为三个“篮子”：第一个篮子为欧洲安全问题，包括指导与会国相互关系的原则和建立信任措施；第二个篮子为经济、科学技术和环境领域的合作；第三个篮子为人道主义及其他领域的合作，包括人员往来、信息交流以及文化和教育方面的合作。此外，会议还将讨论地中海的安全问题和会议的后续行动，即后来人们通常所说的“第四个篮子”。{Final Recommendations of the Helsinki Consultations, Helsinki, 8 June 1973, https://www.osce.org/mc/40213 [2023-04-20].}
%NI 在迪波利会谈中，西欧国家发挥了远比美国积极的作用。欧共体九国通过1970年10月启动的“欧洲政治合作”机制协调立场，坚持将“人员、思想和信息的更自由流动”纳入会议议程，并以此作为接受苏联关于边界不可侵犯原则的交换条件。{Angela Romano, From Détente in Europe to European Détente, pp. 127-150.}瑞士、奥地利、瑞典、芬兰和南斯拉夫等中立与不结盟国家则在东西方之间穿针引线，多次提出妥协方案。可以说，欧安会的议程在很大程度上是由欧洲国家而非美苏两国塑造的。
1973年7月3—7日，欧安会第一阶段外长会议在赫尔辛基举行，通过了预备会谈拟定的议程和程序。同年9月18日起，第二阶段会议在日内瓦举行，各国专家对文件文本进行了逐字逐句的磋商。与1972—1973年的迪波利预备会谈相比，日内瓦阶段的谈判更加艰苦，为期两年，其中围绕第三个篮子和“和平变更边界”条款的争论最为激烈。苏联坚持边界不可侵犯原则应当具有绝对的性质，联邦德国则要求在文件中保留以和平方式变更边界的可能，美国国务卿基辛格在1974年3月访苏时亲自介入，才使双方就这一条款的措辞和位置达成妥协{Akten zur Auswärtigen Politik der Bundesrepublik Deutschland 1974, Bd. I, München: R. Oldenbourg Verlag, 2005, Dok. 98, S. 402-406.}。1975年7月21日，第二阶段会议宣告结束，首脑会议的日期随之确定。
对于欧安会，中国方面始终抱有很深的疑虑。20世纪70年代初，中国领导人认为苏联推动召开欧安会的目的在于稳定其西线，以便将更多的力量转向东方，因而多次提醒来访的西欧国家领导人警惕苏联“声东击西”的战略。{中共中央文献研究室编：《毛泽东年谱（1949—1976）》第6卷，中央文献出版社2013年版，第528页。}在这一认识的基础上，中国积极发展同西欧国家的关系，支持西欧的联合。1975年5月中旬，国务院副总理邓小平访问法国，这是新中国领导人首次对西方国家进行正式访问；同月，中国与欧洲经济共同体正式建立外交关系。{中共中央文献研究室编：《邓小平年谱（1975—1997）》上卷，中央文献出版社2004年版，第38—41页。}赫尔辛基首脑会议召开前后，中国报刊发表了多篇评论文章，认为这次会议并不能给欧洲带来真正的安全，欧洲国家应当加强防务，联合起来维护自身的独立。{参见《“欧洲安全会议”说明了什么？》，《人民日报》1975年8月3日，第6版。}
#2 （二）《最后文件》的签署及其内容
1975年7月30日至8月1日，欧安会第三阶段首脑会议在赫尔辛基芬兰宫举行。8月1日，35国领导人签署了《最后文件》。苏联方面对这一文件评价甚高，勃列日涅夫在会上发言时称，会议的成果表明各国已经“就巩固战后欧洲的政治和领土现实”达成了一致。{Л. И. Брежнев, «Речь на Совещании по безопасности и сотрудничеству в Европе, 31 июля 1975 года», в кн.: Ленинским курсом: Речи и статьи, Т. 5, Москва: Политиздат, 1976, С. 330-338.}美国总统杰拉尔德·福特（Gerald Ford）则在讲话中提醒各国，“历史将不是以我们今天在这里说了什么，而是以我们明天做了什么来评判这次会议”。{“Address in Helsinki Before the Conference on Security and Cooperation in Europe, August 1, 1975,” Public Papers of the Presidents: Gerald R. Ford, 1975, Book II, Washington, D.C.: GPO, 1977, pp. 1074-1081.}意大利总理阿尔多·莫罗（Aldo Moro）同时以欧共体理事会主席的身份在文件上签字，这是欧共体首次以整体身份参加东西方多边会议。
《最后文件》不是具有法律约束力的条约，而是一份政治性文件。第一个篮子中的《指导与会国间关系的原则宣言》列举了十项原则：主权平等，不使用武力或以武力相威胁，边界不可侵犯，国家领土完整，和平解决争端，不干涉内政，尊重人权和基本自由，各民族权利平等和自决，国家间合作，真诚履行国际法义务。在联邦德国的坚持下，宣言中写入了边界“可以依照国际法，通过和平手段和协议加以改变”的表述，为德国将来的和平统一保留了法律上的可能性。{Hans-Dietrich Genscher, Erinnerungen, Berlin: Siedler, 1995, S. 301-306.}建立信任措施部分规定，与会国应至少提前21天通报参加人数超过2.5万人的大规模军事演习。第二个篮子涉及贸易、工业合作、科学技术和环境保护等领域；第三个篮子则就家庭团聚、人员往来、外国新闻工作者的工作条件以及报刊和广播的传播等问题作出了具体规定。{Conference on Security and Co-operation in Europe, Final Act, Helsinki, 1 August 1975, https://www.osce.org/files/f/documents/5/c/39501.pdf [2023-04-20].}文件最后还规定，与会国将于1977年在贝尔格莱德举行首次后续会议。
苏联领导层对第三个篮子的条款并非没有顾虑。一些政治局委员担心，关于人员往来和信息交流的承诺会为西方干涉苏联内政打开方便之门；葛罗米柯则认为，边界问题上的收获远比这些“次要条款”重要，何况苏联“在自己的家里仍然是主人”。勃列日涅夫最终接受了葛罗米柯的意见，苏共中央政治局于1975年7月下旬批准了《最后文件》的文本。
对于西方而言，第三个篮子的意义起初并未得到充分的估计。西德外交部政治司在首脑会议结束后的一份内部评估中写道：“自1973年7月赫尔辛基外长会议以来，联邦政府在第三个篮子问题上的坚持所取得的成果，超出了我们最初的预期。”{Politisches Archiv des Auswärtigen Amts (PA AA), B 28, Bd. 111541, Aufzeichnung des Referats 212 vom 6. August 1975.}基辛格本人则一度认为，这些条款不过是写在纸上的东西。然而，西方国家当时并未料到，这些条款将在此后十余年中成为苏联和东欧社会挑战本国政权的重要依据。
#1 四、缓和的困境：后续会议与“欧洲导弹危机”（1975—1985）
#2 （一）人权问题与贝尔格莱德、马德里后续会议
《最后文件》签署后，其全文在苏联和东欧各国的官方报纸上公开发表，这在客观上为这些国家的异见人士提供了依据。1976年5月12日，以物理学家尤里·奥尔洛夫（Юрий Орлов）为首的11名知识分子在莫斯科成立了“协助履行苏联赫尔辛基协议小组”，即莫斯科赫尔辛基小组。{Lyudmila Alekseeva, Istoriya inakomysliya v SSSR: Noveishii period, Vil'nyus; Moskva: Vest', 1992, s. 335-341.}同年6月，美国国会设立了欧洲安全与合作委员会，负责监督各国执行《最后文件》的情况。次年1月，捷克斯洛伐克知识分子发表《七七宪章》，要求本国政府遵守其已经签署的人权条款{Sarah B. Snyder, Human Rights Activism and the End of the Cold War, pp. 38-52.}。1977年卡特政府上台以来，美国把人权问题置于对苏政策的突出位置，这使欧安会的后续进程从一开始就带有浓厚的对抗色彩。苏联当局则对国内的人权活动人士进行了严厉镇压，到1981年左右，莫斯科赫尔辛基小组的大多数成员已被逮捕、流放或被迫移居国外，小组于次年9月宣布停止活动。
1977年10月4日，欧安会首次后续会议在南斯拉夫首都贝尔格莱德开幕。以阿瑟·戈德堡（Arthur Goldberg）为团长的美国代表团公开点名批评苏联和捷克斯洛伐克迫害人权活动人士，苏联代表团则指责西方借人权问题干涉别国内政。会议持续至1978年3月9日，最终只通过了一份篇幅很短的总结文件，对实质问题几乎没有涉及，仅仅确认将于1980年在马德里举行下一次后续会议。{詹秋阳：《贝尔格莱德后续会议与卡特政府的人权外交》，《美国研究》2011年第3期，第88—104页。}尽管如此，欧安会在1975、1977和1980年先后在赫尔辛基、贝尔格莱德和马德里召开会议，形成了定期举行后续会议的惯例。这本身就说明，即使在东西方关系恶化的情况下，各方也都不愿放弃这一对话渠道。
%AP 2-5 1980年11月11日，马德里后续会议开幕。此时，苏联出兵阿富汗已近一年，波兰危机也在不断发展，会议多次陷入僵局，1982年3月12日至11月9日曾休会近八个月。美国代表团团长马克斯·坎佩尔曼（Max Kampelman）坚持以人权问题上的实际进展作为达成协议的前提。1983年7月中旬，各方在中立与不结盟国家提出的折中草案基础上达成一致。9月初，各国外长在马德里举行闭幕会议，通过了《马德里总结文件》，决定于次年1月在斯德哥尔摩召开欧洲建立信任与安全措施和裁军会议。{Max M. Kampelman, Entering New Worlds: The Memoirs of a Private Man in Public Life, New York: HarperCollins, 1991, pp. 231-260.}就在闭幕会议前夕的9月1日，苏联击落了韩国航空公司007号班机，美国国务卿乔治·舒尔茨与葛罗米柯在马德里发生了激烈争执。{George P. Shultz, Turmoil and Triumph: My Years as Secretary of State, New York: Charles Scribner's Sons, 1993, pp. 367-371.}
#2 （二）“双轨决定”、波兰危机与斯德哥尔摩会议
1976年前后，苏联开始在其欧洲部分部署新型的SS-20中程弹道导弹，以替换老旧的SS-4和SS-5导弹。1977年10月28日，联邦德国总理赫尔穆特·施密特（Helmut Schmidt）在伦敦国际战略研究所发表演讲，指出美苏在战略武器上实现均势之后，欧洲在中程核力量方面的不平衡将日益突出{Helmut Schmidt, “The 1977 Alastair Buchan Memorial Lecture,” Survival, Vol. 20, No. 1, 1978, pp. 2-10.}。1979年12月12日，北约外长和防长特别会议在布鲁塞尔作出了所谓“双轨决定”：一方面决定从1983年底起在西欧部署108枚潘兴-2导弹和464枚陆基巡航导弹，另一方面建议美苏就中程核力量问题举行谈判。{“Special Meeting of Foreign and Defence Ministers (The Double-Track Decision on Theatre Nuclear Forces),” Brussels, 12 December 1979, https://www.nato.int/cps/en/natohq/official_texts_27040.htm [2023-04-16].}同月下旬，苏联出兵阿富汗。卡特政府随即宣布对苏联实行粮食禁运，并号召抵制次年在莫斯科举行的奥运会。到70年代末，美苏之间的缓和实际上已经名存实亡。
在欧洲导弹问题日趋紧张的同时，波兰爆发了战后东欧最严重的一次社会危机。1980年7月1日，波兰政府宣布提高肉类价格，引发了全国性的罢工浪潮；8月，格但斯克列宁造船厂工人举行罢工，厂际罢工委员会提出了包括建立独立自治工会在内的21条要求。8月31日，政府代表与罢工委员会签署了《格但斯克协议》。9月，以莱赫·瓦文萨（Lech Wałęsa）为主席的独立自治工会“团结工会”宣告成立，11月10日获得波兰最高法院的登记{Timothy Garton Ash, The Polish Revolution: Solidarity, 3rd ed., New Haven: Yale University Press, 2002, pp. 41-78.}。12月上旬，苏联在波兰边境附近集结军队，华约国家领导人于12月5日在莫斯科举行紧急会议，西方担心苏联将重演1968年对捷克斯洛伐克的武装干涉。
1981年12月13日，波兰统一工人党第一书记兼部长会议主席沃伊切赫·雅鲁泽尔斯基（Wojciech Jaruzelski）宣布全国实行战时状态，团结工会被取缔，瓦文萨等人遭到拘禁。根据冷战结束后公开的苏联档案，苏共中央政治局在12月10日的会议上已经决定不对波兰进行军事干预{“Protocol of the CPSU CC Politburo Session, 10 December 1981,” History and Public Policy Program Digital Archive, https://digitalarchive.wilsoncenter.org/⟪document⟫/110482 [2023-06-02].}。12月23日，里根宣布对波兰实行经济制裁；同月29日，又将制裁扩大到苏联。不过，西欧国家普遍不愿追随美国，联邦德国政府更是强调，波兰危机不应妨碍马德里会议的继续进行。{韩牧之：《波兰危机与联邦德国的缓和政策（1980—1982）》，《德国研究》2018年第1期，第40—56页。}
1981年11月18日，美国总统罗纳德·里根（Ronald Reagan）提出所谓“零点方案”，表示如果苏联拆除全部SS-4、SS-5和SS-20导弹，美国将放弃部署潘兴-2导弹和巡航导弹。苏联拒绝了这一方案，日内瓦中程核力量谈判陷入僵局。与此同时，西欧的和平运动迅速高涨，1983年10月22日前后，联邦德国、英国、意大利和荷兰等国有数百万人参加了反对部署导弹的示威。然而，西方国家政府最终坚持了“双轨决定”。1983年11月中旬，首批巡航导弹运抵英国；22日，联邦议院批准在联邦德国境内部署潘兴-2导弹；次日，苏联代表团宣布退出日内瓦谈判。东西方关系由此降至缓和开始以来的最低点。
值得注意的是，在美苏关系急剧恶化的“第二次冷战”时期，两个德国之间的关系却保持了相对稳定。1983年6月，在巴伐利亚州州长弗朗茨·约瑟夫·施特劳斯的斡旋下，联邦德国的银行团向民主德国提供了10亿马克的贷款，次年又提供了9.5亿马克；民主德国则相应拆除了两德边界上的部分自动射击装置。1987年9月7—11日，昂纳克对联邦德国进行正式访问，这是民主德国最高领导人首次访问联邦德国。{Heinrich Potthoff, Im Schatten der Mauer: Deutschlandpolitik 1961 bis 1990, Berlin: Propyläen, 1999, S. 250-262.}基民盟出身的科尔政府延续了社会民主党政府时期的东方政策，这说明欧洲的缓和已经具有了相对独立于美苏关系的动力。
尽管如此，欧安会框架下的多边谈判并未中断。1984年1月17日，欧洲建立信任与安全措施和裁军会议在斯德哥尔摩开幕。{斯德哥尔摩会议的全称为“欧洲建立信任与安全措施和裁军会议”（Conference on Confidence- and Security-Building Measures and Disarmament in Europe），其授权由《马德里总结文件》规定，适用范围“从大西洋到乌拉尔”。会议于1984年1月17日开幕，1986年9月22日闭幕。}经过两年多的谈判，与会国于1986年9月19日通过了《斯德哥尔摩文件》，规定各国须提前42天通报参加人数在1.3万人或坦克在300辆以上的军事活动，对1.7万人以上的军事活动须邀请其他与会国派员观察，并首次同意接受强制性的现场核查。文件于1987年1月1日起生效。{John Freeman, Security and the CSCE Process: The Stockholm Conference and Beyond, London: Macmillan, 1991, pp. 80-101.}斯德哥尔摩会议（1984—1986年）的成果表明，即使在美苏关系陷入低谷的情况下，欧安会依然能够在军事安全领域取得具体的进展。
#1! 五、戈尔巴乔夫、维也纳会议与《巴黎宪章》（1985—1990）
1985年3月11日，米哈伊尔·戈尔巴乔夫（Михаил Горбачёв）当选苏共中央总书记。同年11月19—21日，他与里根在日内瓦举行首次会晤，中断六年之久的美苏首脑会晤由此恢复。1986年2—3月召开的苏共第二十七次代表大会提出了以“新思维”为核心的对外政策理念，强调全人类的共同利益和“合理足够”的防御原则。{М. С. Горбачёв, Жизнь и реформы, Кн. 2, Москва: Новости, 1995, С. 64-72.}
戈尔巴乔夫的“新思维”很快在欧安会进程中得到了体现。经过预备会议，⟪1986年⟫11月4日，欧安会第三次后续会议在维也纳开幕。苏联外长爱德华·谢瓦尔德纳泽（Eduard Shevardnadze）在开幕式上出人意料地建议在莫斯科召开一次人道主义问题会议，这被西方视为苏联在人权问题上态度转变的信号。此前，萨哈罗夫已于1986年12月获准结束在高尔基市的流放；1987年初，苏联又开始陆续释放在押的政治犯。会议持续至1989年1月19日，最终通过的《1986年维也纳会议总结文件》在宗教自由、人员往来和信息交流等方面作出了比《最后文件》更为具体的规定，并建立了被称为“人的因素机制”的监督程序。根据这一文件，北约和华约23国于3月9日在维也纳开始欧洲常规武装力量谈判，取代了旷日持久的中欧裁军谈判。{Concluding Document of the Vienna Meeting 1986 of Representatives of the Participating States of the CSCE, Vienna, 15 January 1989, https://www.osce.org/mc/40881 [2023-04-20].}
1988年12月7日，戈尔巴乔夫在第43届联合国大会上宣布，苏联将在两年内单方面裁减50万军队，并从民主德国、捷克斯洛伐克和匈牙利撤出6个坦克师。{«Выступление М. С. Горбачёва в Организации Объединённых Наций, 7 декабря 1988 года», Правда, 8 декабря 1988 г., С. 1-2.}次年5月，戈尔巴乔夫访问北京，中苏两国关系实现正常化。{钱其琛：《外交十记》，世界知识出版社2003年版，第36—42页。}邓小平在会见时提出“结束过去，开辟未来”{同上，第43页。}。7月6日，戈尔巴乔夫在斯特拉斯堡向欧洲委员会议会大会发表演讲，系统阐述了建设“欧洲共同家园”的主张，并表示任何干涉别国内政、限制别国主权的企图都是不能允许的。{Mikhail Gorbachev, “Europe as a Common Home,” Strasbourg, 6 July 1989, in Council of Europe, Parliamentary Assembly, Official Report of Debates, 1989, pp. 197-205.}
此后，东欧形势急转直下。1989年9月10日，匈牙利政府宣布允许滞留该国的民主德国公民经奥地利前往联邦德国；11月9日，柏林墙开放。1989年11—12月，民主德国、保加利亚、捷克斯洛伐克和罗马尼亚相继发生政局剧变。11月28日，联邦德国总理赫尔穆特·科尔（Helmut Kohl）在联邦议院提出实现德国统一的“十点计划”{Horst Teltschik, 329 Tage: Innenansichten der Einigung, Berlin: Siedler, 1991, S. 49-58.}。此后，德国统一的进程远远超出了各方的预料。不到4个月之后，⟪1990年⟫3月18日，民主德国举行首次自由的人民议院选举，主张尽快实现统一的“德国联盟”获胜。9月12日，两个德国与美、英、法、苏四国外长在莫斯科签署《最终解决德国问题的条约》；10月3日，德国实现统一。{Philip Zelikow and Condoleezza Rice, Germany Unified and Europe Transformed: A Study in Statecraft, Cambridge, MA: Harvard University Press, 1995, pp. 357-363.}
德国统一的外交进程始终是在欧安会原则的框架下进行的。“2+4”条约确认统一后的德国的边界即为两个德国的现有边界；11月14日，统一后的德国与波兰签署边界条约，最终确认了奥德—尼斯河线。科尔和外长根舍多次强调，德国的统一正是《最后文件》所允许的“以和平手段变更边界”的体现，这也在很大程度上消除了苏联和其他欧洲国家的疑虑。
1990年11月19日，北约和华约22国在巴黎签署《欧洲常规武装力量条约》。同日，欧安会首脑会议在巴黎开幕。11月21日，34国领导人签署《巴黎宪章》，宣告“欧洲对抗和分裂的时代已经结束”，并决定设立常设秘书处、冲突预防中心和自由选举办公室，使欧安会开始走向机制化。{Charter of Paris for a New Europe, Paris, 21 November 1990, https://www.osce.org/mc/39516 [2023-04-20].}对于苏联来说，《巴黎宪章》既是其“欧洲共同家园”构想的一种实现，也标志着苏联在东欧的势力范围的终结。一年之后，苏联本身也不复存在。
#0 结 语
从1963年到1990年，欧洲安全问题经历了从双边接触到多边机制、从确认现状到和平改变现状的曲折过程。与19世纪初维也纳会议所确立的大国协调不同，赫尔辛基进程以35国平等参与和协商一致为原则，中小国家和中立国家在其中发挥了不可忽视的作用。冷战期间，欧洲始终是东西方对峙的中心，但恰恰是在欧洲，缓和在美苏关系恶化之后仍得以延续。
首先，勃兰特的东方政策通过一系列双边条约在事实上承认了战后欧洲的领土现状，为多边的欧安会扫清了障碍，而美苏之间的限制战略武器协定则为欧洲缓和提供了有利的大国关系背景。其次，《最后文件》将安全、经济合作与人权问题结合在一起，使西方得以用承认边界现状换取东方在人员往来和信息交流方面的承诺。这一交换在当时被许多人视为西方的让步，但从长远看，第三个篮子所确立的规范为东欧社会的变革提供了合法性依据。再次，后续会议机制使欧安会进程能够经受住70年代末至80年代初东西方关系恶化的冲击，并在80年代中期以后随着苏联对外政策的调整而迅速取得突破。
当然，也不应高估赫尔辛基进程的作用。苏联和东欧的剧变归根结底源于这些国家内部的政治和经济危机，欧安会所确立的规范只是在其中发挥了催化和提供合法性的作用；而在缓和的高潮时期，欧安会也未能阻止苏联在非洲之角和阿富汗的扩张以及由此引发的美苏对抗。缓和在欧洲的延续，与其说是大国战略设计的结果，不如说是欧洲国家在分裂的现实中寻求生存与发展空间的产物。
20世纪90年代以来，欧安会逐步由一个会议进程演变为常设的国际组织，并于1995年1月1日起正式更名为欧洲安全与合作组织。然而，冷战结束后欧洲安全架构的演变表明，赫尔辛基进程所确立的原则本身并不能自动带来持久的安全。对于20世纪70年代曾对欧安会抱有疑虑的中国而言，缓和时期欧洲国家通过多边对话管控分歧的经验，同样值得认真总结。
"""

# ================================================================ helpers

MARK0 = 0xE000          # marker placeholders U+E000 + k (k = 0-based note index)
WIDE_PUNCT = set("“”‘’—…·")


def ch_cells(c):
    o = ord(c)
    if MARK0 <= o <= MARK0 + 999:        # superscript [n]: about 1 em
        return 2
    if unicodedata.east_asian_width(c) in "WF" or c in WIDE_PUNCT:
        return 2
    return 1


def cells(s):
    return sum(ch_cells(c) for c in s)


def is_han(ch):
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


NO_START = set("，。、；：？！）》”’」』】〕,.;:?!)]…·-") | {"——"}
NO_END = set("（《“‘「『【〔([«")

UNIT = r"(?:年代|世纪|年|月|日|亿|万|%|天|人|枚|辆|国|个|届|次|号|条|名|页|版|期|卷|册|轮|票|席)"
TOKEN_RE = re.compile(
    r"⟪[^⟫]*⟫"
    r"|[\ue000-\ue3e7]"
    r"|——"
    r"|[\u4e00-\u9fff]-[0-9]+"
    r"|[0-9]+(?:-[0-9]+)+[.,;:]?"
    r"|[0-9]+(?:\.[0-9]+)?(?:—[0-9]+)?" + UNIT + r"?"
    r"|[A-Za-zÀ-ɏА-яЁё«»][A-Za-zÀ-ɏА-яЁё0-9'’\-&.«»]*[,;:]?"
    r"| +"
    r"|.", re.S)

URL_RE = re.compile(r"https?://[^\s\[]+")


def tokenize(text):
    """Line-breaking units.  Inside ⟪…⟫ every character is its own unit of
    kind CUT, so that a line break may fall inside the digits."""
    toks = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if t.startswith("⟪"):
            toks.extend(("CUT", c) for c in t[1:-1])
        else:
            toks.append(("", t))
    return toks


def note_tokens(text):
    """Tokens for a note: URLs break after / . _ ? = & (never at their own
    hyphens); inside ⟪…⟫ in a URL every letter is a unit of kind HY, and a
    break between two HY units is printed with a hyphen (damage f)."""
    out = []
    pos = 0
    for m in URL_RE.finditer(text):
        out.extend(tokenize(text[pos:m.start()]))
        url = m.group(0)
        for piece in re.findall(r"⟪[^⟫]*⟫|[^/._?=&⟪]*[/._?=&]?", url):
            if not piece:
                continue
            if piece.startswith("⟪"):
                out.extend(("HY", c) for c in piece[1:-1])
            else:
                out.append(("URL", piece))
        pos = m.end()
    out.extend(tokenize(text[pos:]))
    return out


def wrap(tokens, first, rest):
    """Greedy line filling with hanging punctuation and markers."""
    lines, cur, w = [], [], 0
    limit = first
    for kind, t in tokens:
        if not cur and t.strip() == "":
            continue
        tw = cells(t)
        head = t[0]
        hang = cur and (head in NO_START or t in NO_START
                        or MARK0 <= ord(head) <= MARK0 + 999)
        extra = 1 if (kind == "HY" and cur and cur[-1][0] == "HY") else 0
        if w + tw + extra <= limit or hang:
            cur.append((kind, t))
            w += tw
            continue
        carry = []
        while cur and cur[-1][1] in NO_END:
            carry.insert(0, cur.pop())
        while cur and cur[-1][1].strip() == "":
            cur.pop()
        line = "".join(x for _, x in cur)
        if cur and cur[-1][0] == "HY" and kind == "HY":
            line += "-"
        lines.append(line)
        cur = carry + ([] if t.strip() == "" else [(kind, t)])
        w = sum(cells(x) for _, x in cur)
        limit = rest
    while cur and cur[-1][1].strip() == "":
        cur.pop()
    if cur:
        lines.append("".join(x for _, x in cur))
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


AP_TABLE = str.maketrans({"，": ",", "。": ".", "；": ";", "：": ":",
                          "（": "(", "）": ")"})
FW_TABLE = str.maketrans("[]0123456789", "［］０１２３４５６７８９")

# ================================================================ parse body


def parse_body():
    """Return body items (one per printed line or heading) and the notes."""
    notes = []
    items = []
    for raw in BODY.strip("\n").split("\n"):
        m = re.match(r"#([012])(!?) (.*)$", raw)
        if m:
            items.append(dict(kind="head" + m.group(1), text=m.group(3), notes=[],
                              flags={"BREAK"} if m.group(2) else set()))
            continue
        flags = set()
        ap = None
        if raw.startswith("%NI "):
            flags.add("NI")
            raw = raw[4:]
        m = re.match(r"%AP (\d+)-(\d+) (.*)$", raw)
        if m:
            ap = (int(m.group(1)), int(m.group(2)))
            raw = m.group(3)

        def rep(mm):
            notes.append(mm.group(1))
            return chr(MARK0 + len(notes) - 1)
        text = re.sub(r"\{([^{}]*)\}", rep, raw)
        first = BODY_CELLS if "NI" in flags else BODY_CELLS - 4
        lines = wrap(tokenize(text), first, BODY_CELLS)
        for i, ln in enumerate(lines):
            f = set()
            if i == 0:
                f.add("P")
                f |= flags
            if i == len(lines) - 1:
                f.add("L")
            if ap and ap[0] <= i <= ap[1]:
                f.add("AP")
            ids = [ord(c) - MARK0 for c in ln if MARK0 <= ord(c) <= MARK0 + 999]
            items.append(dict(kind="body", text=ln, notes=ids, flags=f))
    return items, notes


def note_lines(text, number):
    """Wrap an endnote; number is its 1-based number, or None when lost."""
    prefix = "" if number is None else "[%d] " % number
    toks = note_tokens(text)
    lines = wrap(toks, NOTE_CELLS - cells(prefix), NOTE_CELLS)
    lines[0] = prefix + lines[0]
    return lines

# ================================================================ pages


def front_lines():
    out = [(MASTHEAD, "masthead", 1.0), (COLUMN_LABEL, "column", 1.5)]
    for t in TITLE:
        out.append((t, "title", 1.8))
    out.append((AUTHORS, "authors", 1.2))
    out.append((AFFIL, "affil", 1.2))
    for ln in wrap(tokenize(ABSTRACT), ABS_CELLS, ABS_CELLS):
        out.append((ln, "abstract", FRONT_LINE))
    for ln in wrap(tokenize(KEYWORDS), ABS_CELLS, ABS_CELLS):
        out.append((ln, "keywords", FRONT_LINE))
    out.append((CLC, "clc", FRONT_LINE))
    out.append((DOI, "doi", FRONT_LINE + 1.0))
    return out


def receipt_lines():
    out = []
    for r in RECEIPT:
        for ln in wrap(tokenize(r), NOTE_CELLS, NOTE_CELLS):
            out.append((ln, "receipt", NOTE_LINE))
    return out


def english_lines():
    out = []
    for ln in wrap_en(EN_TITLE, 70):
        out.append((ln, "english-title", 1.3))
    out.append((EN_AUTHORS, "english-authors", 1.0))
    out.append((EN_AFFIL, "english-affil", 1.0))
    for ln in wrap_en(EN_ABSTRACT, EN_CELLS):
        out.append((ln, "english-abstract", FRONT_LINE))
    for ln in wrap_en(EN_KEYWORDS, EN_CELLS):
        out.append((ln, "english-keywords", FRONT_LINE))
    return out


def header_lines(page):
    num = "· %d ·" % page
    if page % 2 == 0:
        return [(num, "header-pageno"), (JOURNAL + " " + ISSUE, "header")]
    return [(SHORT_TITLE, "header"), (num, "header-pageno")]


def marker_text(n):
    s = "[%d]" % n
    return s.translate(FW_TABLE) if n == FW_MARKER else s


def paginate(items, notes):
    """Lay out front matter, body, the endnote list and the English block.
    Returns a list of pages, each a list of (text, tag, cost)."""
    pages = []
    cur = list(front_lines())
    used = sum(c for _, _, c in cur)
    receipt = receipt_lines()
    first_page = True
    foot_cost = 1.0 + sum(c for _, _, c in receipt)

    def cap():
        return PAGE_UNITS - (foot_cost if first_page else 0.0)

    def close():
        nonlocal cur, used, first_page
        if first_page:
            cur.extend(receipt)
        pages.append(cur)
        cur, used, first_page = [], 0.0, False

    i = 0
    while i < len(items):
        it = items[i]
        k = it["kind"]
        text = it["text"]
        if k == "body":
            text = "".join(marker_text(ord(c) - MARK0 + 1)
                           if MARK0 <= ord(c) <= MARK0 + 999 else c for c in text)
            if "AP" in it["flags"]:
                text = text.translate(AP_TABLE)
            tag = "body"
            if it["flags"]:
                tag += ":" + "+".join(sorted(it["flags"]))
            if used + 1.0 > cap() and cur:
                close()
            cur.append((text, tag, 1.0))
            used += 1.0
            i += 1
            continue
        cost = HEAD_COST[k]
        # keep a heading with the next two body lines (unless flagged BREAK)
        j, extra = i, 0.0
        while j < len(items) and items[j]["kind"] != "body":
            extra += HEAD_COST[items[j]["kind"]]
            j += 1
        if "BREAK" in it["flags"]:
            if used + cost > cap():
                close()
            cur.append((text, k + ":BREAK", cost))
            close()
            i += 1
            continue
        if used + extra + 2.0 > cap() and cur:
            close()
        cur.append((text, k, cost))
        used += cost
        i += 1
    # endnotes
    need = 1.5
    if used + need + 2 * NOTE_LINE > cap():
        close()
    cur.append((NOTES_HEAD, "notes-head", 1.5))
    used += 1.5
    for n, t in enumerate(notes, 1):
        lost = n == LOST_NOTE_NUMBER
        nl = note_lines(t, None if lost else n)
        c = NOTE_LINE * len(nl)
        if used + c > cap():
            close()
        for j, ln in enumerate(nl):
            tag = ("note-nonum" if lost else "note") + ("" if j == 0 else "-cont")
            cur.append((ln, tag + "#%d" % n, NOTE_LINE))
        used += c
    # editor line and the English block
    eng = english_lines()
    c = 1.5 + sum(x for _, _, x in eng)
    if used + c > cap():
        close()
    cur.append((EDITOR, "editor", 1.5))
    cur.extend(eng)
    used += c
    close()
    return pages


def neighbour_page():
    out = [(t, tag) for tag, t in NEIGHBOUR]
    ab = wrap(tokenize(NEIGHBOUR_ABSTRACT), ABS_CELLS, ABS_CELLS)
    for ln in ab[:NEIGHBOUR_ABS_LINES]:
        out.append((ln, "nb-abstract"))
    return out


def render():
    items, notes = parse_body()
    pages = paginate(items, notes)
    out = []          # (text, page, tag) for every printed line (no blanks)
    for pi, pg in enumerate(pages):
        page = FIRST_PAGE + pi
        if pi > 0 and page != NO_HEADER_PAGE:
            for t, tag in header_lines(page):
                out.append((t, page, tag))
        for t, tag, _ in pg:
            out.append((t, page, tag))
    last = FIRST_PAGE + len(pages) - 1
    assert last + 1 == NEIGHBOUR_PAGE, "neighbour page number is %d" % (last + 1)
    for t, tag in neighbour_page():
        out.append((t, NEIGHBOUR_PAGE, tag))
    return out, notes, pages


def assemble(out):
    """Every printed line is followed by an empty line, except the last line
    of a page, which is followed by the form feed that starts the next page
    (pdftotext writes '\\f' at the end of every page)."""
    rows = []         # (line text, page, tag) for every line of the file
    for k, (t, page, tag) in enumerate(out):
        if k > 0 and out[k - 1][1] != page:
            t = "\f" + t
        rows.append((t, page, tag))
        nxt = out[k + 1][1] if k + 1 < len(out) else None
        if nxt == page:
            rows.append(("", page, "blank"))
    text = "\n".join(r[0] for r in rows) + "\n\f"
    rows.append(("\f", out[-1][1], "final-ff"))
    return text, rows

# ================================================================ checks


def width_em(s):
    return cells(s.replace("\f", "")) / 2


def check(text, rows, notes, pages):
    """Assert that every damage switch produced what README.md describes."""
    lines = text.split("\n")
    assert len(lines) == len(rows)
    nonblank = [k for k, l in enumerate(lines) if l.strip() and l != "\f"]

    def next_text(k):
        for j in nonblank:
            if j > k:
                return j
        return None

    body_tags = ("body", "head")
    body_idx = [k for k, r in enumerate(rows) if r[2].startswith(body_tags)]
    body_txt = "\n".join(lines[k] for k in body_idx)
    # every marker 1..N once, in order; every note present
    marks = [int(m.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
             for m in re.findall(r"[\[［]([0-9０-９]+)[\]］]", body_txt)]
    assert marks == list(range(1, len(notes) + 1)), marks
    assert 55 <= len(notes) <= 70, len(notes)
    note_heads = [int(re.match(r"\[(\d+)\]", lines[k]).group(1))
                  for k, r in enumerate(rows) if re.match(r"note#\d+$", r[2])]
    assert note_heads == [n for n in range(1, len(notes) + 1) if n != LOST_NOTE_NUMBER]
    # (a) the page without running header starts mid-sentence
    p_rows = [k for k, r in enumerate(rows) if r[1] == NO_HEADER_PAGE]
    assert not any(rows[k][2].startswith("header") for k in p_rows)
    first = p_rows[0]
    assert lines[first].startswith("\f") and rows[first][2].startswith("body")
    prev = max(k for k in nonblank if k < first)
    assert not lines[prev].rstrip().endswith(("。", "]")), lines[prev]
    # (b) the note without number
    k = [k for k, r in enumerate(rows) if r[2] == "note-nonum#%d" % LOST_NOTE_NUMBER][0]
    assert not lines[k].lstrip("\f").startswith("[")
    # (c) full-width marker
    assert text.count("［１２］") == 1 and "[12]" not in body_txt
    # (d) ASCII punctuation lines
    ap = [k for k, r in enumerate(rows) if ":AP" in r[2] or "+AP" in r[2]]
    assert 3 <= len(ap) <= 5 and all(re.search(r"[,.;:()]", lines[k]) for k in ap)
    # (e) dates cut inside the number
    for cut in DATE_CUTS:
        a, b = cut.split("|")
        hits = [k for k in body_idx if lines[k].endswith(a)
                and lines[next_text(k)].lstrip("\f").startswith(b)]
        assert len(hits) == 1, "date cut not produced: " + cut
        full = 33.5 if ":P" in rows[hits[0]][2] else 35    # a first line is 2 em short
        assert width_em(lines[hits[0]]) >= full, lines[hits[0]]
    # (f) hyphenated URL
    a, b = HYPHEN_URL_CUT
    hits = [k for k, r in enumerate(rows) if r[2].startswith("note")
            and lines[k].endswith(a) and lines[next_text(k)].startswith(b)]
    assert len(hits) == 1
    # (g) paragraph without indent after a nearly full last line
    k = [k for k, r in enumerate(rows) if "NI" in r[2]][0]
    pk = max(j for j in body_idx if j < k)
    assert "L" in rows[pk][2] and lines[pk].rstrip().endswith(("。", "]"))
    assert width_em(lines[pk]) >= 34.5, (lines[pk], width_em(lines[pk]))
    assert width_em(lines[k]) >= 35
    # (h) heading printed as the last line of its page
    k = [k for k, r in enumerate(rows) if r[2].endswith(":BREAK")][0]
    nk = next_text(k)
    assert rows[nk][1] == rows[k][1] + 1 and lines[nk].startswith("\f")
    # (i) neighbouring article after the English block
    k = [k for k, r in enumerate(rows) if r[2] == "nb-masthead"][0]
    assert rows[k - 1][2].startswith("english-") and lines[k].startswith("\f")
    assert re.search(r"19[45][0-9]年", "".join(lines[k:]))
    # English block on the last article page
    assert rows[k - 1][1] == FIRST_PAGE + len(pages) - 1

# ================================================================ main


def main():
    out, notes, pages = render()
    text, rows = assemble(out)
    check(text, rows, notes, pages)
    sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    for old in glob.glob(os.path.join(HERE, "h09_*.txt")):
        os.remove(old)
    path = os.path.join(HERE, "h09_%s.txt" % sha)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    if "--report" in sys.argv:
        lines = text.split("\n")
        for k, ln in enumerate(lines):
            t, p, tag = rows[k]
            vis = ln.replace("\f", "\\f")
            print("%4d  p%-3d %-20s %5.1f %4d  %s" % (k + 1, p, tag, width_em(ln),
                                                   len(ln), vis))
        body_txt = "".join(t for t, p, tag in out if tag.startswith(("body", "head")))
        head_txt = "".join(t for t, p, tag in out if tag.startswith("head"))
        note_txt = "".join(t for t, p, tag in out if tag.startswith("note"))
        han = lambda s: sum(1 for c in s if is_han(c))
        print("# file %s: %d characters, %d newline-terminated lines, "
              "%d article pages (%d-%d) + neighbour page %d, %d endnotes"
              % (os.path.basename(path), len(text), text.count("\n"), len(pages),
                 FIRST_PAGE, FIRST_PAGE + len(pages) - 1, NEIGHBOUR_PAGE, len(notes)))
        print("# body+headings: %d chars, %d Han; headings %d Han; notes %d chars, %d Han"
              % (len(body_txt), han(body_txt), han(head_txt), len(note_txt), han(note_txt)))
    print(path)


if __name__ == "__main__":
    main()
