#!/usr/bin/env python3
"""Build the held-out raw article h06 (constructed; see README.md).

Standalone, standard library only, deterministic.

    python3 make_raw.py            writes h06_<sha1[:8]>.txt beside this script
                                   (older h06_*.txt there are deleted)
    python3 make_raw.py --report   also prints every line: number, page, tag,
                                   width (em), length (characters)

The output imitates `pdftotext -layout` on a journal PDF laid out as two-page
spreads with per-page footnotes: horizontal positions are kept as runs of
spaces (one space = half an em of body type), every page after the first
starts with a form feed, and the file ends with a form feed, as pdftotext
writes it.

Markup in the content below:
  #0 text   unnumbered heading (引言, 结语), centred, blank line above and below
  #1 text   section heading 一、…, centred, blank line above and below
  #2 text   sub-heading （一）…, indented 2 em, no blank lines
  %FW text  paragraph printed with full-width digits (damage)
  {text}    a footnote; its circled marker is put where the brace stands
  ⟪text⟫    a date the line break may cut inside its digits (damage)

Damage switches (below): LOST_NUMBER_PAGE, SPLIT_NOTE, NO_HEADER_PAGE,
FOOT_FIRST, DATE_CUTS (checked), and the %FW paragraph. check() asserts that
each of them shows in the output.
"""

import glob
import hashlib
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

JOURNAL = "亚非区域国别评论"
ISSUE = "2022年第3期"
FIRST_PAGE = 61
SHORT_TITLE = "中非关系的历史演进（1956—2021）"

BODY_CELLS = 74      # body measure: 37 em = 74 half-em cells
NOTE_CELLS = 88      # notes: 44 em of the smaller type
ABS_CELLS = 80       # abstract block (smaller type, indented)
EN_CELLS = 80        # English block
PAGE_UNITS = 41.0    # height of the text block in body lines
NOTE_LINE = 0.8      # a note line is 0.8 of a body line
FRONT_LINE = 0.85

# ---------------------------------------------------------------- damage
LOST_NUMBER_PAGE = 64          # (a) notes on this page lost their ①②…
SPLIT_NOTE = (29, 1)           # (b) global note no., lines kept on its page
NO_HEADER_PAGE = 62            # (e) running header (and page no.) missing
FOOT_FIRST = (70, 4)           # (f) page, body lines printed after the notes
DATE_CUTS = ["2|003年", "199|0年"]   # (d) expected cuts (line end | next start)

# ---------------------------------------------------------------- front
COLUMN_LABEL = "· 国际关系史 ·"
TITLE = ["从“八项原则”到“命运共同体”：", "中非关系的历史演进（1956—2021）"]
AUTHORS = "沈砚秋   邹海川"
AFFIL = "（南湖大学 非洲研究院，湖南 岳阳 414006）"
ABSTRACT = (
    "摘  要：1956年5月中国与埃及建交，揭开了新中国与非洲国家外交关系的序幕。"
    "20世纪60—70年代，中国以“八项原则”为指导开展对非援助，坦赞铁路成为中非友好的"
    "象征，非洲国家则在1971年助力中国恢复在联合国的合法席位。改革开放后，中国对非"
    "政策经历了从政治主导到互利合作的调整，1996年江泽民访非时提出的“五点主张”奠定"
    "了面向21世纪的中非关系的基础。2000年中非合作论坛成立后，中非合作走向机制化，"
    "并在2006年、2015年和2018年三次峰会上实现关系定位的跃升。2013年以来，“一带一"
    "路”合作、和平安全合作和抗疫合作进一步拓展了中非关系的内涵。回顾65年的历程，中"
    "非关系始终以政治互信为基础、以共同发展为目标，并在与非洲联盟及次区域组织的互动"
    "中不断丰富其多边维度。")
KEYWORDS = "关键词：中非关系；中非合作论坛；对非援助；“一带一路”；非洲联盟"
CLC = ["中图分类号：D822.34", "文献标识码：A", "文章编号：2096-7365（2022）03-0061-13"]
DOI = "DOI：10.19562/j.cnki.yfqy.2022.03.005"
TOP_LEFT = ["第6卷 第3期", "2022年6月"]
TOP_MID = [JOURNAL, "Asian and African Area Studies Review"]
TOP_RIGHT = ["Vol. 6 No. 3", "Jun. 2022"]
RECEIPT = [
    "收稿日期：2021-12-20；修回日期：2022-03-15",
    "基金项目：湖南省社会科学基金项目“中非合作论坛机制化发展研究”（20YBA412）",
    "作者简介：沈砚秋（1978—），女，湖南长沙人，南湖大学非洲研究院教授，博士；"
    "邹海川（1989—），男，湖北宜昌人，南湖大学非洲研究院讲师，博士。",
]
EDITOR = "（责任编辑：唐  宁）"

EN_TITLE = ("From the “Eight Principles” to a “Community with a Shared Future”: "
            "The Historical Evolution of China-Africa Relations (1956-2021)")
EN_AUTHORS = "SHEN Yanqiu, ZOU Haichuan"
EN_AFFIL = "(Institute of African Studies, Nanhu University, Yueyang 414006, Hunan, China)"
EN_ABSTRACT = (
    "Abstract: China and Egypt established diplomatic relations in May 1956, opening "
    "a new chapter in the relations between the People's Republic of China and the "
    "African countries. In the 1960s and 1970s China gave aid to Africa under the "
    "Eight Principles, the Tanzania-Zambia Railway became a symbol of China-Africa "
    "friendship, and African votes helped to restore China's lawful seat in the "
    "United Nations in 1971. After the reform and opening-up, China's Africa policy "
    "shifted from political solidarity to mutually beneficial cooperation, and the "
    "five-point proposal put forward by Jiang Zemin in 1996 laid the foundation for "
    "the relationship in the 21st century. The Forum on China-Africa Cooperation, "
    "founded in 2000, institutionalized the relationship, which was upgraded at the "
    "summits of 2006, 2015 and 2018. Since 2013, Belt and Road cooperation, peace and "
    "security cooperation and the joint fight against COVID-19 have further broadened "
    "its content. Over 65 years the relationship has rested on political trust and "
    "the pursuit of common development, and its multilateral dimension has grown "
    "through China's ties with the African Union and the regional economic communities.")
EN_KEYWORDS = ("Key words: China-Africa relations; Forum on China-Africa Cooperation; "
               "foreign aid; the Belt and Road Initiative; African Union")

# ---------------------------------------------------------------- body
BODY = r"""
#0 引  言
1956年5月30日，中华人民共和国与埃及共和国正式建立外交关系，埃及由此成为第一个同新中国建交的非洲国家和阿拉伯国家。{《中华人民共和国和埃及共和国建立外交关系的联合公报》，《人民日报》1956年5月31日，第1版。}此后六十余年间，中非关系跨越了民族解放运动、冷战格局演变和经济全球化深入发展等不同历史阶段，从以政治上相互声援为主要内容的“患难之交”，逐步发展为涵盖政治、经济、安全、卫生和人文等领域的全面战略合作伙伴关系。截至2021年底，在54个非洲国家中，已有53个同中国建立外交关系；中国自2009年起连续13年保持非洲第一大贸易伙伴国地位，2021年中非贸易额达到2543亿美元。{中华人民共和国国务院新闻办公室：《新时代的中非合作》，人民出版社2021年版，第3—5页；《2021年中非经贸合作数据》，中华人民共和国商务部网站，2022年1月20日，http://xyf.mofcom.gov.cn/article/tj/zh/202201/20220103239811.shtml（访问时间：2022年3月10日）。}
中非之间的交往源远流长。明代郑和船队曾数次抵达东非沿岸，留下了中非友好往来的佳话。{据《明史》以及随行人员马欢《瀛涯胜览》、费信《星槎胜览》等记载，郑和船队在第五至第七次下西洋期间（1417—1433年）曾到达木骨都束（今索马里摩加迪沙一带）、卜剌哇、竹步和麻林等地。参见沈福伟：《中国与非洲：中非关系二千年》，中华书局1990年版，第436—451页。}但19世纪末列强瓜分非洲之后，非洲大陆长期处于殖民统治之下，中非之间的直接往来几近中断。第二次世界大战结束后，亚非民族解放运动风起云涌，为新中国与非洲国家建立新型关系创造了历史条件。
国内外学界对中非关系已有较为丰富的研究。国内学者较早从外交史角度梳理了中非关系的发展脉络，并就中国对非政策的调整、对非援助的演变等问题进行了深入探讨；{参见李安山：《论中国对非洲政策的调适与变革》，《西亚非洲》2006年第8期，第11—20页；刘鸿武、罗建波：《中非发展合作：理论、战略与政策研究》，中国社会科学出版社2011年版。}21世纪以来，随着中非合作论坛的发展，中非经贸合作、发展融资和“一带一路”建设等问题成为新的研究热点。西方学界的讨论则更多围绕所谓“新殖民主义”“资源掠夺”“债务陷阱”等议题展开，其中既有较为客观的实证研究，也不乏带有偏见的论断。{Deborah Brautigam, The Dragon's Gift: The Real Story of China in Africa, Oxford: Oxford University Press, 2009; Ian Taylor, China and Africa: Engagement and Compromise, London: Routledge, 2006; Serge Michel et Michel Beuret, La Chinafrique : Pékin à la conquête du continent noir, Paris : Grasset, 2008.}总体而言，已有成果多聚焦于某一时段或某一领域，对1956年以来中非关系的长时段演进及其内在逻辑仍缺少系统考察。
本文以重要历史节点为线索，将1956—2021年的中非关系划分为奠基（1956—1978年）、调整（1978—1999年）、机制化（2000—2012年）和全面深化（2012—2021年）四个阶段，在此基础上对中国与非洲联盟及次区域组织关系的发展作专门讨论，以期为理解新时代的中非关系提供历史参照。
#1 一、“患难之交”：中非关系的奠基（1956—1978年）
#2 （一）从万隆会议到周恩来访非
中非关系的现代起点是1955年4月召开的亚非会议。会议期间，国务院总理兼外交部长周恩来同埃及总理纳赛尔多次会晤，双方就发展贸易和文化交流达成共识。{韦思远：《从万隆到开罗：中埃建交过程再探讨》，《世界历史》2016年第3期，第52—64页。}同年8月，中埃两国签订政府间贸易协定；次年5月，两国宣布建交。7月，纳赛尔宣布将苏伊士运河公司收归国有，英、法两国随后于10月底联合以色列对埃及发动军事进攻。中国政府发表声明，坚决支持埃及人民收回运河主权的正义斗争，并于11月向埃及提供了2000万瑞士法郎的无偿援助。{《中华人民共和国政府关于苏伊士运河问题的声明》，《人民日报》1956年8月16日，第1版；黎家松主编：《中华人民共和国外交大事记》第一卷，世界知识出版社1997年版，第194页。}在西方国家的封锁之下，中国对埃及的支持赢得了阿拉伯世界和非洲国家的普遍好感。
埃及之后，中国与非洲国家的建交进入第一个高潮。摩洛哥、阿尔及利亚民族解放阵线领导的临时政府和苏丹分别于1958年11月、1958年12月和1959年2月同中国建交，几内亚则于1959年10月成为第一个同中国建交的撒哈拉以南非洲国家。在被称为“非洲独立年”的1960年，加纳、马里、索马里等国相继与中国建立外交关系；1964年，突尼斯、刚果（布）、中非共和国、赞比亚和达荷美（今贝宁）又先后同中国建交。至1965年底，同中国建交的非洲国家已近20个。{据统计，1956—1965年同中国建交的非洲国家包括埃及、摩洛哥、阿尔及利亚、苏丹、几内亚、加纳、马里、索马里、坦噶尼喀（1964年与桑给巴尔合并为坦桑尼亚）、乌干达、肯尼亚、布隆迪、突尼斯、刚果（布）、中非共和国、赞比亚、达荷美和毛里塔尼亚等国，其中部分国家此后一度与中国中断外交关系。参见谢益显主编：《中国当代外交史（1949—2009）》，中国青年出版社2009年版，第198页。}这一时期，中国对非政策的核心是支持非洲国家的民族独立和解放运动，反对帝国主义和殖民主义。中国的支持不仅体现在道义声援上，也体现在物资、资金和人员培训等方面。
除同已独立的国家发展关系外，中国还积极支持尚未独立地区的民族解放运动。20世纪60年代，几内亚比绍、莫桑比克、安哥拉、津巴布韦和纳米比亚等地的民族解放组织先后派员来华学习，中国也通过提供物资、资金和培训等方式，支持南部非洲人民反对殖民统治和种族主义的斗争。1962年7月阿尔及利亚独立后，中国随即向其提供了粮食、药品和钢材等紧急援助。这种在对方最困难的时期给予的支持，使中国在非洲国家中积累了深厚的政治信任，也为此后非洲国家在联合国等多边场合支持中国奠定了基础。
1963年12月中旬至1964年2月初，国务院总理周恩来偕副总理兼外交部长陈毅先后访问了阿联（埃及）、阿尔及利亚、摩洛哥、突尼斯、加纳、马里、几内亚、苏丹、埃塞俄比亚和索马里十国，这是新中国领导人首次大规模访非。{中华人民共和国外交部外交史研究室编：《周恩来外交活动大事记（1949—1975）》，世界知识出版社1993年版，第368—390页。}访问期间，周恩来在开罗提出了中国同阿拉伯和非洲国家发展关系的五项原则，{五项原则的主要内容是：支持阿拉伯和非洲各国人民反对帝国主义和新老殖民主义、争取和维护民族独立的斗争；支持阿拉伯和非洲各国政府奉行和平中立的不结盟政策；支持阿拉伯和非洲各国人民用自己选择的方式实现统一和团结的愿望；支持阿拉伯和非洲国家通过和平协商解决彼此之间的争端；主张阿拉伯和非洲国家的主权应当得到一切其他国家的尊重，反对来自任何方面的侵犯和干涉。参见《周恩来外交文选》，中央文献出版社1990年版，第386页。}并于1964年1月15日在加纳首都阿克拉同总统恩克鲁玛会谈时，首次完整阐述了中国对外经济技术援助的八项原则。{同上，第388—389页。}八项原则强调平等互利，严格尊重受援国主权，“绝不附带任何条件，绝不要求任何特权”，并以帮助受援国逐步走上自力更生、经济上独立发展的道路为目的。同月，中国与马里发表的联合公报正式公布了这八项原则。2月3日，周恩来在索马里首都摩加迪沙留下了“非洲革命形势大好”的著名论断。{《周恩来总理在摩加迪沙群众大会上的讲话》，《人民日报》1964年2月5日，第1版；Philip Snow, The Star Raft: China's Encounter with Africa, London: Weidenfeld and Nicolson, 1988, pp. 76-80.}八项原则的提出，标志着中国对非援助形成了较为系统的指导思想，其基本精神一直延续至今。
医疗合作是中国对非援助的重要形式。1963年4月，中国向刚刚独立的阿尔及利亚派出第一支援外医疗队，开启了延续至今的援非医疗队事业。此后，援非医疗队的派遣范围逐步扩大到撒哈拉以南的大多数国家。截至2021年11月，中国累计向非洲派遣医疗队员2.3万人次，诊治患者约2.3亿人次。{李安山：《中国援外医疗队的历史、规模及其影响》，《外交评论》2009年第1期，第25—45页；中华人民共和国国务院新闻办公室：《新时代的中非合作》，第27页。}
#2 （二）坦赞铁路与重返联合国
20世纪60年代中后期，中国对非援助规模不断扩大，其中最具代表性的项目是坦赞铁路。坦桑尼亚和赞比亚独立后，为打破南罗得西亚白人种族主义政权和葡萄牙殖民当局对赞比亚铜矿出口通道的封锁，两国希望修建一条连接赞比亚铜带省与坦桑尼亚达累斯萨拉姆港的铁路，但在向世界银行和西方国家寻求资助时屡遭拒绝。{Jamie Monson, Africa's Freedom Railway: How a Chinese Development Project Changed Lives and Livelihoods in Tanzania, Bloomington: Indiana University Press, 2009, pp. 20-24.}1965年2月，坦桑尼亚总统尼雷尔首次访华，向中国领导人提出援建铁路的请求；1967年6月，赞比亚总统卡翁达访华期间，中方明确表示愿意提供援助。同年9月5日，中、坦、赞三国政府代表在北京签订《关于修建坦桑尼亚—赞比亚铁路的协定》。
坦赞铁路于1970年10月26日正式开工，1975年6月全线铺通，翌年7月14日正式移交坦赞两国政府。铁路全长1860.5公里，中国为此提供无息贷款9.88亿元人民币，先后派出工程技术人员和工人约5.6万人次，高峰时期在工地上的中国人员达1.6万人，60余名中国援建人员为此献出了宝贵生命。{孟青禾：《坦赞铁路与20世纪70年代中国对非援助》，《当代中国史研究》2012年第4期，第71—80页。}坦赞铁路前后历时近6年建成，被非洲人民誉为“自由之路”和“友谊之路”。移交次日，《人民日报》发表社论，称“1976年7月14日是中坦赞三国人民友谊史上值得纪念的日子”。{《中坦赞友谊的丰碑》（社论），《人民日报》1976年7月15日，第1版。}需要指出的是，坦赞铁路等大型项目是在中国自身经济并不宽裕的条件下实施的，1973年前后，中国对外援助支出占国家财政支出的比重一度超过6%。{据统计，1971—1975年，中国对外援助支出占同期国家财政支出的5.88%，其中1973年高达7.2%。参见石林主编：《当代中国的对外经济合作》，中国社会科学出版社1989年版，第68页。}
与此同时，非洲国家在国际舞台上给予中国有力支持。1971年10月25日，第26届联合国大会以76票赞成、35票反对、17票弃权的表决结果通过第2758号决议，恢复中华人民共和国在联合国的一切合法权利。{United Nations General Assembly, Resolution 2758 (XXVI), “Restoration of the Lawful Rights of the People's Republic of China in the United Nations,” A/RES/2758(XXVI), 25 October 1971, https://undocs.org/A/RES/2758(XXVI) (accessed 2 March 2022).}在76张赞成票中，有26票来自非洲国家，阿尔及利亚、坦桑尼亚等国还是这一提案的共同提案国。毛泽东后来说：“是非洲黑人兄弟把我们抬进联合国的。”{转引自王泰平主编：《中华人民共和国外交史》第三卷（1970—1978），世界知识出版社1999年版，第31页。}此后，中非关系进入又一个快速发展期，1970—1978年间又有20余个非洲国家同中国建交，至20世纪70年代末，同中国建交的非洲国家已超过40个。
20世纪70年代也是中国对非援助的高峰期。除坦赞铁路外，中国还在非洲援建了大批农业、轻工业、交通和公共设施项目，其中较有代表性的有1968年建成的坦桑尼亚友谊纺织厂、索马里的贝莱特温至布劳公路以及毛里塔尼亚、几内亚等国的农场和体育场馆。这些项目大多规模适中、技术上适合当地条件，在一定程度上满足了受援国的民生需求。不过，由于部分项目建成后缺乏有效的经营管理，加之受援国技术力量薄弱，其可持续性问题逐渐暴露出来，这也成为20世纪80年代中国调整对非援助方式的重要原因之一。
#1 二、调整与转型：改革开放后的中非关系（1978—1999年）
#2 （一）20世纪80年代的政策调整
1978年12月中共十一届三中全会召开后，中国的工作重心转向经济建设，对外政策随之调整。在对非关系上，中国开始反思此前援助规模过大、超出自身国力的问题，对非援助逐步由单纯提供无偿援助转向多种形式的互利合作。有学者指出，“1978年以后的调整并不意味着中国对非洲的重视程度下降，而是援助理念从‘输血’转向‘造血’”。{白景川：《20世纪80年代中国对非援助政策的调整》，《外交评论》2010年第3期，第98—109页。}1982年12月20日至1983年1月17日，国务院总理赵紫阳先后访问埃及、阿尔及利亚、摩洛哥、几内亚、加蓬、扎伊尔、刚果、赞比亚、津巴布韦、坦桑尼亚和肯尼亚11国。1983年1月13日，赵紫阳在达累斯萨拉姆宣布了中非经济技术合作的四项原则，即“平等互利、讲求实效、形式多样、共同发展”。{《赵紫阳总理在达累斯萨拉姆举行记者招待会》，《人民日报》1983年1月15日，第1版。}四项原则与八项原则一脉相承，但更加突出合作的互利性和实效性，标志着中国对非政策由以政治考量为主转向政治与经济并重。
20世纪80年代中期以后，对外经济贸易部推动已建成的援非项目通过代管经营、租赁经营和合资经营等方式提高效益，{对外经济贸易部成立于1982年3月，由对外贸易部、对外经济联络部、国家进出口管理委员会和国家外国投资管理委员会合并组建，1993年3月更名为对外贸易经济合作部，2003年3月又与国家经济贸易委员会的有关部门合并组建商务部。}一批中国企业则开始以承包工程和劳务合作的方式进入非洲市场。中国土木工程公司即是在原铁道部援外办公室的基础上于1979年组建的，它继承了坦赞铁路建设的经验和队伍，此后长期在尼日利亚、博茨瓦纳、坦桑尼亚等国承建铁路、公路和房建项目，后改制为中国土木工程集团有限公司。{参见中国土木工程集团有限公司：《公司简介》，http://www.ccecc.com.cn/col/col1577/index.html（访问时间：2022年2月20日）。}在这一过程中，中国对非合作的主体由政府逐步扩展到企业，合作方式也更加灵活多样。
20世纪80年代，南部非洲的民族解放事业取得新的进展。1980年4月18日津巴布韦独立当天，中国即同其建立了外交关系；次年5月，津巴布韦总理穆加贝访华。⟪1990年⟫3月21日纳米比亚独立，中国同日与其建交。中国一贯谴责南非的种族隔离制度，支持联合国对南非实施制裁，直至1994年4月南非举行首次不分种族的大选，曼德拉当选总统，种族隔离制度被彻底废除。这一时期的中国对非政策虽然更加注重经济效益，但在事关非洲国家民族独立和尊严的问题上，中国始终与非洲国家站在一起。
1989年政治风波后，西方国家对中国实施所谓“制裁”，而许多非洲国家领导人则对中国表示理解和支持。同年8月，外交部长钱其琛访问博茨瓦纳、莱索托、安哥拉、赞比亚、津巴布韦和莫桑比克南部非洲六国，成为风波后第一位出访的中国外长。{钱其琛：《外交十记》，世界知识出版社2003年版，第254—259页。}1991年1月，钱其琛又出访埃塞俄比亚、乌干达、肯尼亚和坦桑尼亚四国。此后，中国外长每年的首次出访均选择非洲，这一传统一直延续至今。{至2021年，这一传统已连续保持31年。2021年1月，国务委员兼外交部长王毅访问尼日利亚、刚果（金）、博茨瓦纳、坦桑尼亚和塞舌尔五国。}
20世纪90年代，台湾当局在非洲推行所谓“金钱外交”，少数非洲国家一度与其“建交”，中国随即中止同这些国家的外交关系。例如，塞内加尔和乍得分别于1996年1月和1997年8月与台湾当局“复交”。但从长远看，一个中国原则在非洲日益深入人心：塞内加尔、乍得分别于2005年10月和2006年8月同中国恢复外交关系，冈比亚、圣多美和普林西比、布基纳法索也先后于2016年3月、2016年12月和2018年5月同中国复交。{参见《中华人民共和国和布基纳法索关于恢复外交关系的联合公报》，中华人民共和国外交部网站，2018年5月26日，https://www.fmprc.gov.cn/web/ziliao_674904/1179_674909/t1562305.shtml（访问时间：2022年2月18日）。}至此，除埃斯瓦蒂尼（原斯威士兰）外，所有非洲国家均已同中国建立外交关系。
#2 （二）江泽民访非与“五点主张”
20世纪90年代中期，中国对非政策在新形势下进一步充实。1995年，中国开始改革援外方式，推行由中国进出口银行提供的政府贴息优惠贷款，并鼓励中非企业开展合资合作。{中国进出口银行成立于1994年，是直属国务院领导的政策性银行。1995年10月，国务院决定改革援外方式，推行政府贴息优惠贷款。参见中华人民共和国国务院新闻办公室：《中国的对外援助》，人民出版社2011年版，第4页。}1996年5月8日至22日，国家主席江泽民对肯尼亚、埃及、埃塞俄比亚、马里、纳米比亚和津巴布韦六国进行国事访问。5月13日，江泽民在亚的斯亚贝巴的非洲统一组织总部发表题为《为中非友好创立新的历史丰碑》的演讲，提出构筑面向21世纪的长期稳定、全面合作的中非关系的五点主张，即真诚友好、平等相待、团结合作、共同发展、面向未来。{江泽民：《为中非友好创立新的历史丰碑——在非洲统一组织的演讲》，《人民日报》1996年5月14日，第1版。}五点主张既是对此前中非关系经验的总结，也为此后中非合作论坛的创立作了思想准备。
这一时期，中非经贸关系也稳步发展。1998年1月1日，中国与南非正式建交，中南两国关系迅速发展，南非很快成为中国在非洲最大的贸易伙伴。1999年，中非贸易额达到约65亿美元，为20世纪90年代初的数倍。不过，与同期中国对外贸易的整体规模相比，中非贸易所占比重仍然较低，双方合作的潜力远未得到释放。如何在新的历史条件下为中非关系搭建一个综合性的合作框架，成为双方共同面临的课题。
#1 三、机制化：中非合作论坛的创立与发展（2000—2021年）
#2 （一）从北京部长级会议到北京峰会
世纪之交，为共同应对经济全球化带来的机遇与挑战，中非双方都希望建立一个集体对话与合作的平台。在部分非洲国家的倡议下，{1999年，马达加斯加外长在与中方会谈时较早提出建立中非集体对话机制的建议，得到中方和其他非洲国家的积极响应。参见程立岩：《中非合作论坛机制化进程中的非洲因素》，《西亚非洲》2019年第5期，第3—24页。}2000年10月10日至12日，中非合作论坛首届部长级会议在北京举行，中国和44个非洲国家的80余名部长以及部分国际和地区组织的代表出席会议。会议通过了《中非合作论坛北京宣言》和《中非经济和社会发展合作纲领》，中非合作论坛由此正式成立。{《中非合作论坛北京宣言》，中非合作论坛网站，http://www.focac.org/chn/zywx/zywj/t155561.htm（访问时间：2022年3月2日）；《江泽民在中非合作论坛—北京2000年部长级会议开幕式上的讲话》，《人民日报》2000年10月11日，第1版。}根据此后双方商定的机制，论坛部长级会议每三年举行一届，轮流在中国和非洲国家举行，论坛在2000、2003和2006年相继召开了三届部长级会议。
论坛成立后，中方认真落实首届部长级会议的各项承诺。在2000—2003年的首个论坛周期内，中国减免了31个非洲重债穷国和最不发达国家的105亿元人民币债务。⟪2003年⟫12月15日至16日，论坛第二届部长级会议在埃塞俄比亚首都亚的斯亚贝巴举行，国务院总理温家宝出席开幕式，会议通过了《中非合作论坛—亚的斯亚贝巴行动计划（2004—2006年）》。此后两年，中非贸易保持高速增长，2005年中非贸易额已接近400亿美元。
随着论坛的发展，其机制建设日臻完善。2000年11月，中方成立中非合作论坛中方后续行动委员会，由外交部、商务部等部门组成，负责统筹落实论坛成果；非方则由非洲驻华使团和论坛非方共同主席国负责后续行动的协调。此后，在论坛框架下又陆续建立了中非民间论坛、中非青年领导人论坛、中非智库论坛、中非媒体合作论坛和中非部长级卫生合作发展会议等分论坛，合作领域从经贸扩展到人文、智库、媒体和卫生等领域。2020年10月，正值中非合作论坛成立20周年之际，中非双方领导人互致贺电，肯定论坛在推动中非关系发展中发挥的重要作用。
2006年1月12日，中国政府发表首份《中国对非洲政策文件》，提出建立和发展政治上平等互信、经济上合作共赢、文化上交流互鉴的中非新型战略伙伴关系。{《中国对非洲政策文件》，《人民日报》2006年1月13日，第3版。}同年11月3日至5日，中非合作论坛北京峰会暨第三届部长级会议举行，48个非洲国家的代表出席，其中包括41位国家元首和政府首脑。国家主席胡锦涛在开幕式上宣布了加强中非务实合作的八项政策措施，包括到2009年使对非援助规模比2006年增加一倍，提供30亿美元优惠贷款和20亿美元优惠出口买方信贷，设立总额达50亿美元的中非发展基金等。{胡锦涛：《在中非合作论坛北京峰会开幕式上的讲话》，《人民日报》2006年11月5日，第2版；另参见程立岩：《中非合作论坛机制化进程中的非洲因素》，第9—11页。}中非发展基金由国家开发银行承办，于2007年6月正式开业运营，成为中国第一支专门投资非洲的股权投资基金。
2009年11月8日至9日，论坛第四届部长级会议在埃及沙姆沙伊赫举行，国务院总理温家宝宣布了推进中非合作的新八项举措；2012年7月19日至20日，第五届部长级会议在北京举行，胡锦涛宣布了在投融资、援助、非洲一体化、民间交往以及非洲和平与安全五个重点领域支持非洲和平与发展的举措。从2000年到2012年，论坛共召开五届部长级会议（其中包括一次峰会），中非贸易额从100多亿美元增长到近2000亿美元，中国自2009年起成为非洲第一大贸易伙伴国。同期，中国对非直接投资存量也从2003年的不足5亿美元增至2012年的212亿美元。
#2 （二）从约翰内斯堡峰会到达喀尔会议
2013年3月，习近平就任国家主席后的首次出访即包括非洲三国。3月25日，他在坦桑尼亚尼雷尔国际会议中心发表演讲，提出了“真、实、亲、诚”的对非政策理念。2015年12月4日至5日，中非合作论坛约翰内斯堡峰会在南非举行，这是论坛首次在非洲大陆举行峰会。习近平宣布将中非新型战略伙伴关系提升为全面战略合作伙伴关系，提出同非方重点实施工业化、农业现代化、基础设施、金融、绿色发展、贸易和投资便利化、减贫惠民、公共卫生、人文以及和平与安全“十大合作计划”，并为此提供总额600亿美元的资金支持。{习近平：《开启中非合作共赢、共同发展的新时代——在中非合作论坛约翰内斯堡峰会开幕式上的致辞》，《人民日报》2015年12月5日，第2版。}同日，中国政府发表第二份《中国对非洲政策文件》，对新时期中非全面战略合作伙伴关系的内涵作了系统阐述。
约翰内斯堡峰会之后，中非双方加快推进峰会成果的落实。2016年7月29日，中非合作论坛约翰内斯堡峰会成果落实协调人会议在北京举行，国务委员杨洁篪和南非外长马沙巴内共同主持会议，中非双方就“十大合作计划”的早期收获项目达成共识。此后两年间，中国在非洲新建和升级了一批工业园区、铁路和港口项目，中国对非投资的行业结构也进一步优化。与此同时，非洲国家对论坛的参与也更加主动，非方在议程设置和成果文件起草中的作用不断增强。
%FW 2018年9月3日至4日，中非合作论坛北京峰会举行，这是论坛历史上的第三次峰会。习近平在开幕式主旨讲话中宣布，在推进中非“十大合作计划”的基础上，未来三年和今后一段时间重点实施产业促进、设施联通、贸易便利、绿色发展、能力建设、健康卫生、人文交流、和平安全“八大行动”，并以政府援助、金融机构和企业投融资等方式再向非洲提供600亿美元支持。{习近平：《携手共命运 同心促发展——在二〇一八年中非合作论坛北京峰会开幕式上的主旨讲话》，《人民日报》2018年9月4日，第2版。}峰会通过了《关于构建更加紧密的中非命运共同体的北京宣言》和《中非合作论坛—北京行动计划（2019—2021年）》。在此之前的同年4月，国家国际发展合作署正式挂牌成立，负责统筹对外援助的战略方针、规划和政策。
2021年11月29日至30日，论坛第八届部长级会议在塞内加尔首都达喀尔举行。习近平以视频方式出席开幕式并发表主旨演讲，宣布中方将同非方密切配合，共同实施卫生健康、减贫惠农、贸易促进、投资驱动、数字创新、绿色发展、能力建设、人文交流、和平安全“九项工程”，并再向非方提供10亿剂疫苗，其中6亿剂为无偿援助。{习近平：《坚持真诚友好、平等相待 携手构建新时代中非命运共同体——在中非合作论坛第八届部长级会议开幕式上的主旨演讲》，《人民日报》2021年11月30日，第2版；« Forum sur la coopération sino-africaine : Xi Jinping promet un milliard de doses de vaccins à l'Afrique », Le Monde, 30 novembre 2021.}会议通过了《达喀尔宣言》《达喀尔行动计划（2022—2024）》《中非合作2035年愿景》和《中非应对气候变化合作宣言》四份成果文件，其中《中非合作2035年愿景》是中非双方共同制定的首个中长期合作规划。{《中非合作论坛第八届部长级会议达喀尔行动计划（2022—2024）》，中非合作论坛网站，2021年12月2日，http://www.focac.org/zywx/zywj/202112/t20211202_10461216.htm（访问时间：2022年3月8日）。}会前的11月26日，国务院新闻办公室发表《新时代的中非合作》白皮书，系统总结了论坛成立以来中非合作的成就与经验。
#1 四、新时代中非合作的拓展：“一带一路”、和平安全与抗疫合作
#2 （一）“一带一路”倡议在非洲
2013年9月和10月，习近平先后提出共建“丝绸之路经济带”和“21世纪海上丝绸之路”的重大倡议。非洲是“一带一路”的历史和自然延伸，东非沿岸自古就是海上丝绸之路的重要节点。2017年5月，肯尼亚总统肯雅塔和埃塞俄比亚总理海尔马里亚姆出席在北京举行的首届“一带一路”国际合作高峰论坛。2018年北京峰会前后，又有数十个非洲国家同中国签署共建“一带一路”合作谅解备忘录。截至2021年底，中国已同52个非洲国家和非盟委员会签署了共建“一带一路”合作文件。{中国一带一路网：《已同中国签订共建“一带一路”合作文件的国家一览》，https://www.yidaiyilu.gov.cn/xwzx/roll/77298.htm（访问时间：2022年3月1日）。}
基础设施互联互通是“一带一路”在非洲推进的重点领域。由中国土木工程集团有限公司和中国中铁股份有限公司承建的亚的斯亚贝巴至吉布提铁路（亚吉铁路）于2016年10月5日举行通车仪式，2018年1月正式投入商业运营，这是非洲第一条跨国电气化铁路。由中国路桥工程有限责任公司承建、中国进出口银行提供主要融资的蒙巴萨至内罗毕标准轨距铁路（蒙内铁路）于2017年5月31日建成通车，成为肯尼亚独立以来规模最大的基础设施项目。{“Kenya Launches Chinese-Built Madaraka Express Railway,” Xinhua, May 31, 2017; Uwe Wissenbach and Yuan Wang, “African Politics Meets Chinese Engineers: The Chinese-Built Standard Gauge Railway Project in Kenya and East Africa,” SAIS-CARI Working Paper, No. 13, 2017.}此外，中国企业还参与了尼日利亚阿布贾至卡杜纳铁路、安哥拉本格拉铁路等项目的建设。据统计，2000—2020年，中国帮助非洲新增和升级铁路超过1万公里、公路近10万公里，建设桥梁近千座、港口近百个。
2016年9月，中国作为二十国集团（G20）主席国，在杭州峰会上推动通过《二十国集团支持非洲和最不发达国家工业化倡议》，首次将支持非洲工业化纳入G20议程。2019年6月，首届中国—非洲经贸博览会在湖南长沙举办；2021年9月，第二届博览会如期举行，成为中非地方合作和企业对接的重要平台。与此同时，中国企业在非洲的投资领域也从能源、矿产和基础设施逐步扩展到制造业、农业、数字经济和金融等领域。2020年，中国对非直接投资流量为42.3亿美元，截至当年年底，投资存量达到434亿美元。
人文交流是中非合作的又一重要支柱。2005年12月，非洲第一所孔子学院在肯尼亚内罗毕大学揭牌。此后，孔子学院和孔子课堂在非洲迅速发展，截至2021年，已有40余个非洲国家设立了孔子学院。中国政府向非洲国家提供的政府奖学金名额不断增加，2018年北京峰会承诺在此后三年为非洲提供5万个中国政府奖学金名额。数字经济也成为新的合作增长点：中国企业参与建设了非洲多国的通信骨干网和移动网络，传音控股等企业的手机产品在非洲市场的占有率长期位居前列。
#2 （二）和平与安全合作
和平与安全是中非合作中发展较快的领域。中国于1990年首次派遣军事观察员参加联合国维和行动，2003年4月向联合国刚果（金）特派团派出工兵分队和医疗分队，这是中国首次向非洲派出成建制维和部队。{邵雅琴：《中国参与联合国非洲维和行动的历程与特点》，《国际安全研究》2018年第2期，第112—131页。}同年12月，中国向联合国利比里亚特派团派出由工兵、运输和医疗分队组成的维和部队，此后十余年间，中国在利比里亚轮换部署维和官兵，直至2018年3月联利特派团结束使命。{同上，第118页。}2011年7月9日南苏丹独立当天，中国即宣布承认并与之建立外交关系。
2013年12月，中国向联合国马里多层面综合稳定特派团（MINUSMA）派出包括警卫分队在内的维和部队，这是中国首次派出安全部队参加联合国维和行动。{同上，第121—123页。}2015年1月，中国向联合国南苏丹特派团（UNMISS）派出首支成建制步兵营。维和行动也付出了代价：2016年5月31日，中国赴马里维和部队营地遭恐怖袭击，战士申亮亮牺牲；同年7月，在南苏丹首都朱巴的武装冲突中，李磊、杨树朋两名维和战士牺牲。{《我赴马里维和部队营地遭袭 一名战士牺牲》，《人民日报》2016年6月2日，第4版；《我驻南苏丹维和步兵营两名战士牺牲》，《人民日报》2016年7月12日，第4版。}2015年9月28日，习近平在纽约出席联合国维和峰会时宣布，中国将加入新的联合国维和能力待命机制，组建8000人规模的维和待命部队，并在未来5年内向非盟提供总额为1亿美元的无偿军事援助，以支持非洲常备军和非洲危机应对快速反应部队建设。
2008年12月26日，中国海军首批护航编队从海南三亚启航，赴亚丁湾、索马里海域执行护航任务。吉布提地处红海入口，扼守曼德海峡，“9·11”事件后即成为多国军事力量的聚集地，美国于2002年在此设立莱蒙尼耶营地，日本自卫队也于2011年7月在此设立据点。为更好履行护航、维和及人道主义救援等国际义务，2017年7月11日，中国人民解放军驻吉布提保障基地成立暨部队出征仪式在广东湛江举行，8月1日，基地正式投入使用。{何嘉宁：《吉布提保障基地与中国海外利益保护》，《太平洋学报》2019年第8期，第40—51页。}此后，保障基地多次为亚丁湾护航编队提供休整补给，并开展了医疗救助和捐赠物资等活动。西方舆论将其称为中国的“首个海外军事基地”，并以此渲染所谓“珍珠链”战略，这种说法并不符合中国的政策实际。{Office of the Secretary of Defense, Annual Report to Congress: Military and Security Developments Involving the People's Republic of China 2018, Washington, D.C.: Department of Defense, 2018, pp. 111-112; Jean-Pierre Cabestan, « La base militaire chinoise de Djibouti : une présence stratégique en mer Rouge », Hérodote, n° 177-178, 2020, pp. 131-146.}
#2 （三）携手抗击新冠肺炎疫情
2020年初新冠肺炎疫情暴发后，中非双方守望相助。在中国抗疫最艰难的时刻，非盟和50多个非洲国家领导人通过各种方式表达慰问和支持。随着疫情在非洲蔓延，中国先后向非洲53个国家和非盟提供了抗疫物资援助，并于2020年4月16日向埃塞俄比亚和布基纳法索派出首批抗疫医疗专家组。{段明哲：《新冠疫情下的中非卫生合作：进展、挑战与前景》，《国际问题研究》2021年第6期，第88—103页。}同年6月17日，习近平在北京主持中非团结抗疫特别峰会，南非总统、非盟轮值主席拉马福萨和塞内加尔总统、中非合作论坛共同主席萨勒等出席，会议发表了《中非团结抗疫特别峰会联合声明》。习近平在峰会上表示，中方承诺新冠疫苗研发完成并投入使用后，愿率先惠及非洲国家。
2021年，中非疫苗合作全面展开。截至当年11月底，中国已向非洲50个国家和非盟委员会提供近2亿剂疫苗，并在埃及、摩洛哥、阿尔及利亚等国开展疫苗联合生产。2020年12月14日，由中国援建的非洲疾病预防控制中心总部项目举行线上开工仪式，该项目由中国土木工程集团有限公司承建，建成后将成为非洲大陆首个拥有现代化办公和实验条件的疾控中心。{“Africa CDC Headquarters Project Breaks Ground,” Africa Centres for Disease Control and Prevention, December 14, 2020, https://africacdc.org/news-item/africa-cdc-headquarters-project-breaks-ground/ (accessed 9 March 2022).}疫情期间，在华非洲留学生的学习和生活也得到了中国地方政府和高校的妥善安排，中非人文交流在困难条件下得以延续。
#1 五、多边维度：中国与非洲联盟及次区域组织
非洲一体化是理解中非关系不可或缺的多边维度。1963年5月25日，非洲独立国家首脑会议在亚的斯亚贝巴通过《非洲统一组织宪章》，非洲统一组织宣告成立。中国始终支持非统组织在维护非洲国家独立、反对殖民主义和种族隔离方面的努力，并与其保持了良好关系。1999年9月9日，非统组织特别首脑会议通过《锡尔特宣言》，决定成立非洲联盟；2002年7月，非盟在南非德班正式取代非统组织。{梁嘉禾：《从非统到非盟：非洲一体化的制度演进》，《亚非纵横》2014年第1期，第33—40页。}
中国与非盟的关系随之迅速发展。2008年11月，中国与非盟委员会建立战略对话机制，首次战略对话在北京举行。2012年1月28日，由中国援建的非盟会议中心在亚的斯亚贝巴落成，全国政协主席贾庆林出席落成典礼；当月，非盟第18届首脑会议即在这里举行。同年7月，在论坛第五届部长级会议上，非盟委员会成为论坛正式成员。2014年5月，国务院总理李克强访问非盟总部，提出中非合作的“461”框架。2015年1月，非盟第24届首脑会议通过《2063年议程》，中国表示愿将中非合作同该议程相对接；同年5月，中国驻非盟使团正式成立。2020年12月，中国与非盟签署关于共同推进“一带一路”建设的合作规划，这是中国与区域性国际组织签署的第一个共建“一带一路”规划类合作文件。{《中国与非盟签署共建“一带一路”合作规划》，新华网，2020年12月16日，http://www.xinhuanet.com/world/2020-12/16/c_1126870112.htm（访问时间：2022年3月4日）。}
非盟委员会领导人的更替并未影响中国与非盟关系的发展势头。2012年7月，南非前外长德拉米尼-祖马当选非盟委员会主席，成为首位担任这一职务的女性；2017年3月，乍得前外长穆萨·法基·穆罕默德接任主席。两位主席任内均曾访华，并同中国领导人就非洲一体化、基础设施互联互通和和平安全等议题深入交换意见。2018年北京峰会期间，法基作为非盟委员会主席出席峰会，并在开幕式上致辞。在新冠肺炎疫情期间，非盟委员会和非洲疾控中心又成为中非抗疫合作的重要协调者。
在次区域层面，中国同西非国家经济共同体（ECOWAS）、南部非洲发展共同体（SADC）、东非共同体（EAC）等组织的联系日益密切。西共体成立于1975年5月；南共体的前身南部非洲发展协调会议成立于1980年，1992年8月改组为南部非洲发展共同体。{南部非洲发展协调会议（SADCC）由南部非洲九个国家于1980年4月在卢萨卡成立，其初衷是减少对种族隔离制度下南非的经济依赖。参见梁嘉禾：《从非统到非盟：非洲一体化的制度演进》，第36页。}20世纪90年代以来，中国通过由驻在国使馆兼任或设立驻次区域组织代表等方式，同这些组织建立了联系。2011年11月，中国与东非共同体签署经济、贸易、投资和技术合作框架协定；2018年，中方宣布援建西共体委员会新总部大楼，次年2月，项目在尼日利亚首都阿布贾奠基。{参见梁嘉禾：《中国与非洲次区域组织的合作：以西共体和南共体为例》，《亚非纵横》2016年第2期，第51—60页；“ECOWAS and China Sign Agreement for New Commission Headquarters,” ECOWAS Commission, Press Release, No. 041/2018, 2018.}
在地区热点问题上，中国尊重并支持非盟和次区域组织发挥主导作用，坚持“以非洲方式解决非洲问题”。2007年5月，中国政府任命刘贵今为首任非洲事务特别代表，其首要任务便是就苏丹达尔富尔问题开展斡旋，推动联合国—非盟达尔富尔混合行动的部署；当年11月，中国维和工兵分队进驻达尔富尔。2012年马里危机爆发后，中国支持西共体和非盟的斡旋努力，并在联合国安理会支持授权部署非洲主导的国际支助团。此后，中国又多次向非洲常备军和萨赫勒五国联合部队提供物资援助，在政治解决与能力建设两个方向上支持非洲自主维护和平。
2019年7月，首届中非和平安全论坛在北京举行，来自近50个非洲国家和非盟的军方代表与会，这标志着中非防务安全交流走向机制化。在次区域层面，中国还通过向政府间发展组织（IGAD）提供资金支持，参与推动南苏丹和平进程。2018年9月南苏丹冲突各方在亚的斯亚贝巴签署《重振南苏丹冲突解决协议》后，中方表示欢迎，并通过双边和多边渠道支持该协议的落实。
#0 结  语
回顾1956年以来的65年历程，中非关系经历了从以政治团结为主到政治、经济并重，再到全方位、多层次合作的演进。20世纪五六十年代，中国对非洲民族解放运动的支持和以“八项原则”为指导的对非援助，为中非友好奠定了深厚的政治基础；20世纪80年代的政策调整，使中非合作更加注重互利和实效；21世纪初中非合作论坛的创立，则为中非关系提供了制度化的平台，并推动其在2006年、2015年和2018年三次峰会上实现关系定位的跃升。
中非关系能够历久弥新，根本原因在于双方始终坚持平等相待、相互尊重，坚持合作共赢、共同发展。习近平在达喀尔会议上将其概括为“真诚友好、平等相待，互利共赢、共同发展，主持公道、捍卫正义，顺应时势、开放包容”的中非友好合作精神。当然，中非合作也面临一些挑战：部分非洲国家债务压力上升，个别合作项目的经济和社会效益有待提高，西方国家对中非合作的质疑和干扰不断，新冠肺炎疫情对非洲经济造成的冲击仍未消退。
从历史经验看，中非关系的发展始终与国际格局的演变紧密相连。20世纪60年代，中国在自身外交处境十分困难的条件下坚定支持非洲的民族解放事业；冷战结束前后，面对西方国家的压力，非洲国家又给予中国宝贵的理解和支持；进入21世纪以来，中非合作论坛的机制化发展使双方能够在全球治理、气候变化、公共卫生等议题上协调立场、相互支持。可以说，中非之间的相互支持并非单向的给予，而是在不同历史时期根据双方需要不断调整的互助关系。这一经验表明，只有尊重非洲国家对发展道路的自主选择，把中国的发展机遇同非洲国家的发展需求更紧密地结合起来，中非合作才能获得持久的内生动力，中非关系也才能在变乱交织的国际环境中保持稳定和活力。
2021年是中国同非洲国家开启外交关系65周年。在百年变局和世纪疫情相互交织的背景下，中非双方只有进一步加强与非盟及次区域组织的对接，推动“一带一路”合作与《2063年议程》深度融合，在卫生健康、绿色发展和数字经济等新领域不断拓展合作空间，才能使中非命运共同体建设行稳致远。
"""

# ================================================================ helpers

def cells(s):
    """Width in half-em cells: CJK, full-width and ambiguous = 2, else 1."""
    n = 0
    for ch in s:
        if 0xE000 <= ord(ch) <= 0xF8FF:      # marker placeholder (superscript)
            n += 1
        elif unicodedata.east_asian_width(ch) in "WFA":
            n += 2
        else:
            n += 1
    return n


def is_han(ch):
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
MARK0 = 0xE000

NO_START = set("，。、；：？！）》”’…·%％」』】〕,.;:?!)]") | {"——"}
NO_END = set("（《“‘「『【〔([")

TOKEN_RE = re.compile(
    r"⟪[^⟫]*⟫"
    r"|[\ue000-\uf8ff]"
    r"|——"
    r"|[0-9]+(?:-[0-9]+)+[.,;:]?"
    r"|[0-9０-９]+(?:[.．][0-9０-９]+)?(?:—[0-9０-９]+)?(?:年代|世纪|年|月|日|亿|万|%|％)?"
    r"|[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9'’\-&]*[.,;:]?"
    r"| +"
    r"|.", re.S)

URL_RE = re.compile(r"https?://\S+")


def tokenize(text):
    """Line-breaking units: a CJK character, an ASCII word, a number with its
    unit (2015年, 20世纪, 9.88亿, 2000—2003年), a run of spaces; inside ⟪…⟫
    every character is its own unit, so the line may break inside the digits."""
    toks = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if t.startswith("⟪"):
            toks.extend(("CUT", c) for c in t[1:-1])
        else:
            toks.append(("", t))
    return toks


def note_tokens(text):
    """Tokens for a note: URLs break after / . _ ? = & (never at a hyphen)."""
    out = []
    pos = 0
    for m in URL_RE.finditer(text):
        out.extend(tokenize(text[pos:m.start()]))
        url = m.group(0)
        k = 0        # a URL in Chinese text ends before full-width punctuation
        while k < len(url) and unicodedata.east_asian_width(url[k]) not in "WF":
            k += 1
        for piece in re.findall(r"[^/._?=&]*[/._?=&]?", url[:k]):
            if piece:
                out.append(("URL", piece))
        pos = m.start() + k
    out.extend(tokenize(text[pos:]))
    return out


def wrap(tokens, first, rest):
    """Greedy line filling with hanging punctuation. Returns list of strings."""
    lines, cur, w = [], [], 0
    limit = first
    for kind, t in tokens:
        if not cur and t.strip() == "":
            continue
        tw = cells(t)
        head = t[0]
        if w + tw <= limit or (cur and (head in NO_START or t in NO_START
                                        or MARK0 <= ord(head) <= 0xF8FF)):
            cur.append((kind, t))
            w += tw
            continue
        carry = []
        while cur and (cur[-1][1] in NO_END):
            carry.insert(0, cur.pop())
        while cur and cur[-1][1].strip() == "":
            cur.pop()
        lines.append("".join(x for _, x in cur))
        cur = carry + ([] if t.strip() == "" else [(kind, t)])
        w = sum(cells(x) for _, x in cur)
        limit = rest
    while cur and cur[-1][1].strip() == "":
        cur.pop()
    if cur:
        lines.append("".join(x for _, x in cur))
    return lines


def wrap_en(text, width, indent=0):
    words = text.split(" ")
    lines, cur = [], ""
    for wd in words:
        lim = width - (indent if not lines else 0)
        if cur and cells(cur) + 1 + cells(wd) > lim:
            lines.append(cur)
            cur = wd
        else:
            cur = wd if not cur else cur + " " + wd
    if cur:
        lines.append(cur)
    return lines


def centre(s, width=BODY_CELLS):
    return " " * max(0, (width - cells(s)) // 2) + s

# ================================================================ parse body

def parse_body():
    """Return body items and the list of notes (global order)."""
    notes = []
    items = []      # dicts: kind, text, notes(list of global idx), flags
    for raw in BODY.strip("\n").split("\n"):
        if raw.startswith("#0 ") or raw.startswith("#1 "):
            items.append(dict(kind="blank", text="", notes=[], flags=set()))
            items.append(dict(kind="head" + raw[1], text=centre(raw[3:]), notes=[],
                              flags=set()))
            items.append(dict(kind="blank", text="", notes=[], flags=set()))
            continue
        if raw.startswith("#2 "):
            items.append(dict(kind="head2", text="    " + raw[3:], notes=[], flags=set()))
            continue
        fw = raw.startswith("%FW ")
        if fw:
            raw = raw[4:]
        # replace notes by markers
        def rep(m):
            notes.append(m.group(1))
            return chr(MARK0 + len(notes) - 1)
        text = re.sub(r"\{([^{}]*)\}", rep, raw)
        if fw:
            text = text.translate(FW_DIGITS)
        toks = tokenize(text)
        lines = wrap(toks, BODY_CELLS - 4, BODY_CELLS)
        for i, ln in enumerate(lines):
            flags = set()
            if i == 0:
                flags.add("P")
            if i == len(lines) - 1:
                flags.add("L")
            if fw:
                flags.add("FW")
            ids = [ord(c) - MARK0 for c in ln if MARK0 <= ord(c) <= 0xF8FF]
            items.append(dict(kind="body", text=("    " if i == 0 else "") + ln,
                              notes=ids, flags=flags))
    # drop a leading blank
    while items and items[0]["kind"] == "blank":
        items.pop(0)
    return items, notes


def note_lines(text, number):
    """Wrap a note. number: circled char, or '' when the number was lost."""
    toks = note_tokens(text)
    first = NOTE_CELLS - 4 - 2
    lines = wrap(toks, first, NOTE_CELLS)
    lines[0] = "    " + (number if number else "  ") + lines[0]
    return lines

# ================================================================ pages

def front_lines():
    out = []   # (text, tag, units)
    for l, m, r in zip(TOP_LEFT, TOP_MID, TOP_RIGHT):
        lm = (BODY_CELLS - cells(m)) // 2
        gap1 = max(2, lm - cells(l))
        gap2 = max(2, BODY_CELLS - lm - cells(m) - cells(r))
        out.append((l + " " * gap1 + m + " " * gap2 + r, "front-top", 0))
    out.append(("", "blank", 0))
    out.append((centre(COLUMN_LABEL), "front-label", 1))
    out.append(("", "blank", 1))
    for t in TITLE:
        out.append((centre(t), "title", 1.6))
    out.append(("", "blank", 1))
    out.append((centre(AUTHORS), "authors", 1))
    out.append((centre(AFFIL), "affil", 1))
    out.append(("", "blank", 1))
    for ln in wrap(tokenize(ABSTRACT), ABS_CELLS, ABS_CELLS):
        out.append(("    " + ln, "abstract", FRONT_LINE))
    out.append(("    " + KEYWORDS, "keywords", FRONT_LINE))
    out.append(("    " + "      ".join(CLC), "clc", FRONT_LINE))
    out.append(("    " + DOI, "doi", FRONT_LINE))
    out.append(("", "blank", 1))
    return out


def receipt_lines():
    out = []
    for r in RECEIPT:
        for ln in wrap(tokenize(r), NOTE_CELLS, NOTE_CELLS):
            out.append((ln, "receipt", NOTE_LINE))
    return out


def english_lines():
    out = [("", "blank", 1)]
    for ln in wrap_en(EN_TITLE, 70):
        out.append((centre(ln), "english-title", 1.2))
    out.append((centre(EN_AUTHORS), "english-authors", 1))
    out.append((centre(EN_AFFIL), "english-affil", 1))
    out.append(("", "blank", 1))
    for i, ln in enumerate(wrap_en(EN_ABSTRACT, EN_CELLS - 4)):
        out.append(("    " + ln, "english-abstract", FRONT_LINE))
    for ln in wrap_en(EN_KEYWORDS, EN_CELLS - 4):
        out.append(("    " + ln, "english-keywords", FRONT_LINE))
    return out


def header_line(page):
    num = "· %d ·" % page
    if page % 2 == 0:
        left = JOURNAL + "  " + ISSUE
        return left + " " * (BODY_CELLS - cells(left) - cells(num)) + num
    lead = (BODY_CELLS - cells(SHORT_TITLE)) // 2
    return (" " * lead + SHORT_TITLE
            + " " * (BODY_CELLS - lead - cells(SHORT_TITLE) - cells(num)) + num)


def paginate(items, notes):
    note_len = {i: len(note_lines(t, "①")) for i, t in enumerate(notes)}
    front = front_lines()
    rec = receipt_lines()
    pages = []
    i = 0
    carry = []          # continuation lines of a split note
    first = True
    while i < len(items):
        pg = dict(body=[], notes=[], carry=carry, front=front if first else [],
                  receipt=rec if first else [])
        carry = []
        used = sum(u for _, _, u in pg["front"])
        if pg["receipt"]:
            used += 1 + sum(u for _, _, u in pg["receipt"])
        if pg["carry"]:
            used += 1 + NOTE_LINE * len(pg["carry"])
        has_foot = bool(pg["receipt"] or pg["carry"])
        close = False
        while i < len(items) and not close:
            it = items[i]
            if not pg["body"] and it["kind"] == "blank":
                i += 1
                continue
            cost = 1.0
            ncost = 0.0
            split_here = False
            for n in it["notes"]:
                k = note_len[n]
                if SPLIT_NOTE and n + 1 == SPLIT_NOTE[0]:
                    k = SPLIT_NOTE[1]
                    split_here = True
                ncost += NOTE_LINE * k
            if it["notes"] and not has_foot:
                ncost += 1.0
            need = cost + ncost
            # keep headings with what follows
            if it["kind"] in ("blank", "head0", "head1", "head2"):
                j, extra = i, 0.0
                while j < len(items) and items[j]["kind"] != "body":
                    extra += 1.0
                    j += 1
                extra += 2.0
                if used + extra > PAGE_UNITS and pg["body"]:
                    break
            if used + need > PAGE_UNITS and pg["body"]:
                break
            pg["body"].append(it)
            used += need
            for n in it["notes"]:
                pg["notes"].append(n)
                has_foot = True
            if split_here:
                close = True
            i += 1
        pg["used"] = used
        pages.append(pg)
        if close:
            n = SPLIT_NOTE[0] - 1
            full = note_lines(notes[n], "①")
            carry = full[SPLIT_NOTE[1]:]
        first = False
    return pages

# ================================================================ render

def render():
    items, notes = parse_body()
    pages = paginate(items, notes)
    out = []      # (text, page, tag)
    eng = english_lines()
    eng_units = 2.0 + sum(u for _, _, u in eng)      # + editor line and its gap
    assert pages[-1]["used"] + eng_units <= PAGE_UNITS, \
        "English block does not fit on the last page (%.1f + %.1f)" % (pages[-1]["used"], eng_units)
    for pi, pg in enumerate(pages):
        page = FIRST_PAGE + pi
        lines = []
        if pi == 0:
            for t, tag, _ in pg["front"]:
                lines.append((t, tag))
        elif page != NO_HEADER_PAGE:
            lines.append((header_line(page), "header"))
            lines.append(("", "blank"))
        # body, markers numbered per page
        numbering = {n: CIRCLED[k] for k, n in enumerate(pg["notes"])}
        body = []
        for it in pg["body"]:
            t = "".join(numbering.get(ord(c) - MARK0, c) if MARK0 <= ord(c) <= 0xF8FF
                        else c for c in it["text"])
            tag = it["kind"]
            if it["flags"]:
                tag += ":" + "+".join(sorted(it["flags"]))
            body.append((t, tag))
        while body and body[-1][0] == "":
            body.pop()
        foot = []
        if pg["receipt"] or pg["carry"] or pg["notes"]:
            foot.append(("", "blank"))
        for t, tag, _ in pg["receipt"]:
            foot.append((t, tag))
        for t in pg["carry"]:
            foot.append((t, "note-carry"))
        lost = page == LOST_NUMBER_PAGE
        for k, n in enumerate(pg["notes"]):
            num = "" if lost else CIRCLED[k]
            nl = note_lines(notes[n], num)
            if SPLIT_NOTE and n + 1 == SPLIT_NOTE[0]:
                nl = nl[:SPLIT_NOTE[1]]
            for j, t in enumerate(nl):
                tag = ("note-nonum" if lost else "note") + ("" if j == 0 else "-cont")
                foot.append((t, tag + "#%d" % (n + 1)))
        last = pi == len(pages) - 1
        if last:
            body.append(("", "blank"))
            ed = EDITOR
            body.append((" " * (BODY_CELLS - cells(ed)) + ed, "editor"))
            for t, tag, _ in eng:
                body.append((t, tag))
        if FOOT_FIRST and page == FOOT_FIRST[0]:
            m = FOOT_FIRST[1]
            late = [(t, tag + ":LATE") for t, tag in body[-m:]]
            lines.extend(body[:-m])
            lines.extend(foot)
            lines.append(("", "blank"))
            lines.extend(late)
        else:
            lines.extend(body)
            lines.extend(foot)
        for t, tag in lines:
            out.append((t, page, tag))
        out.append(("\f", page, "formfeed"))
    return out, notes, pages


def assemble(out):
    text_parts = []
    pending_ff = False
    for t, page, tag in out:
        if tag == "formfeed":
            pending_ff = True
            continue
        if pending_ff:
            t = "\f" + t
            pending_ff = False
        text_parts.append(t + "\n")
    return "".join(text_parts) + "\f"


def check(text, out):
    """Assert that every damage switch produced what README.md describes."""
    tags = [(p, tag) for _, p, tag in out]
    assert any(t.startswith("note-nonum") for p, t in tags if p == LOST_NUMBER_PAGE)
    assert not any(t.startswith("note#") for p, t in tags if p == LOST_NUMBER_PAGE)
    assert sum(1 for p, t in tags if t == "note-carry") >= 1
    assert not any(t == "header" for p, t in tags if p == NO_HEADER_PAGE)
    assert sum(1 for p, t in tags if t.endswith(":LATE")) == FOOT_FIRST[1]
    lines = text.split("\n")
    for cut in DATE_CUTS:
        a, b = cut.split("|")
        ok = any(lines[k].endswith(a) and lines[k + 1].startswith(b)
                 for k in range(len(lines) - 1))
        assert ok, "date cut not produced: " + cut
    assert "２０１８年９月３日" in text


def main():
    out, notes, pages = render()
    text = assemble(out)
    check(text, out)
    sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    for old in glob.glob(os.path.join(HERE, "h06_*.txt")):
        os.remove(old)
    path = os.path.join(HERE, "h06_%s.txt" % sha)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    if "--report" in sys.argv:
        lines = text.split("\n")
        tags = [(p, tag) for t, p, tag in out if tag != "formfeed"]
        for k, ln in enumerate(lines):
            p, tag = tags[k] if k < len(tags) else (FIRST_PAGE + len(pages) - 1, "final-ff")
            vis = ln.replace("\f", "\\f")
            print("%4d  p%-3d %-22s %5.1f %4d  %s" % (k + 1, p, tag, cells(ln.replace("\f", "")) / 2,
                                                   len(ln), vis))
        body_txt = "".join(t for t, p, tag in out if tag.startswith(("body", "head")))
        head_txt = "".join(t for t, p, tag in out if tag.startswith("head"))
        note_txt = "".join(t for t, p, tag in out if tag.startswith("note"))
        han = lambda s: sum(1 for c in s if is_han(c))
        print("# file %s: %d characters, %d newline-terminated lines, %d pages, %d notes"
              % (os.path.basename(path), len(text), text.count("\n"), len(pages), len(notes)))
        print("# body+headings: %d chars, %d Han; headings %d Han; notes %d chars, %d Han"
              % (len(body_txt), han(body_txt), han(head_txt), len(note_txt), han(note_txt)))
    print(path)


if __name__ == "__main__":
    main()
