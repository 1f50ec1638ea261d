#!/usr/bin/env python3
"""Build the held-out raw file h17_<sha1[:8]>.txt (constructed article, blind test).

Standalone, standard library only, deterministic.

    python3 make_raw.py            write h17_<sha1[:8]>.txt here, delete older h17_*.txt
    python3 make_raw.py --report   also print every line with its number, page and tag
    python3 make_raw.py --check    only build in memory and run check()

Form imitated: plain `pdftotext` (no -layout) output of a journal PDF with per-page
footnotes numbered ① ② … restarting on every page.  Every printed line is followed by
an empty line; a page ends with "\f" glued to the first line of the next page.

Markup in the content below:
  {…}    a footnote; its circled marker is put where the brace stands
  {§…}   the footnote that runs on to the foot of the next page   (damage b)
  {¤…}   the footnote whose circled number comes out on a line of its own (damage c)
  ⟦…⟧    digits printed full-width in the PDF (damage d)
  ~      (notes and English only) a point where a long word may be hyphenated;
         pdftotext gives the hyphen as U+2043 "⁃" (damage f)
  ……     in the body: the ellipsis glyph has no Unicode mapping in the body font and
         comes out as U+E5E5 (damage e); ’ in the notes likewise comes out as U+E0A2
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------
# content
# --------------------------------------------------------------------------------------

JOURNAL = "东欧中亚国际问题学刊"
ISSUE = "2023年第3期"
FIRST_PAGE = 84
SHORT_TITLE = "邵以宁：克里米亚、黑海与俄乌关系的演变（1991—2022）"

MASTHEAD = [JOURNAL + " " + ISSUE, "Journal of East European and Central Asian International Studies", "No. 3, 2023"]
TITLE = ["从别洛韦日到刻赤海峡：克里米亚、黑海与", "俄乌关系的演变（1991—2022）"]
AUTHOR = "邵以宁"
AFFIL = "（江北师范大学 欧亚研究院，江苏 淮安 223300）"
ABSTRACT = (
    "摘　要：克里米亚与黑海问题贯穿苏联解体以来俄乌关系的全过程。1991年《别洛韦日协定》"
    "确立了两国“文明离婚”的框架，但黑海舰队的归属、塞瓦斯托波尔的地位和克里米亚自治问题悬而未决。"
    "1997年的舰队分割协定与《友好、合作与伙伴关系条约》以“领土换基地”的方式暂时冻结了争端，"
    "2003年的图兹拉岛危机以及2006年和2009年的天然气争端则显示出这一安排的脆弱。"
    "2010年的《哈尔科夫协议》延长了俄罗斯舰队的驻留期限，却未能弥合乌克兰国内围绕国家发展方向的分裂。"
    "2014年克里米亚并入俄罗斯和顿巴斯冲突使双边关系由合作转向对抗，明斯克协议与诺曼底模式未能阻止"
    "2022年战争的爆发。黑海问题由此从俄乌之间的双边问题演变为牵动欧盟、北约和中国等各方的国际安全问题。"
)
KEYWORDS = "关键词：俄乌关系；克里米亚；黑海舰队；明斯克协议；黑海粮食外运协议"
CLC = "中图分类号：D851.2；D815 文献标识码：A 文章编号：2097-1387（2023）03-0084-14"
DOI = "DOI：10.19927/j.cnki.dozj.2023.03.006"
RECEIPT = [
    "收稿日期：2022-12-20；修回日期：2023-03-06",
    "基金项目：国家社会科学基金一般项目“后苏联空间海上安全秩序的演变研究”（21BGJ047）",
    "作者简介：邵以宁，江北师范大学欧亚研究院副教授，历史学博士，主要研究方向为俄罗斯与东欧国际关系史。",
]
EDITOR = "（责任编辑：陆 鸣）"

BLOCKS = [
("H1", "引　言"),
("P", "2022年2月24日，俄罗斯总统弗拉基米尔·普京宣布对乌克兰发起“特别军事行动”，俄乌关系由此进入全面战争状态。"
      "这一结局并非突如其来。自1991年12月8日俄罗斯、乌克兰和白俄罗斯三国领导人签署《别洛韦日协定》起，"
      "克里米亚半岛与黑海舰队问题便一直是俄乌关系中最敏感的议题。20世纪90年代，两国以谈判方式处理了苏联遗产的分割，"
      "被西方学者称为“文明离婚”；{Paul D’Anieri, Ukraine and Russia: From Civilized Divorce to Uncivil War, Cambridge: "
      "Cambridge Uni~ver~sity Press, 2019, pp. 1-5.}然而，围绕塞瓦斯托波尔的基地、刻赤海峡的航行和亚速海的划界，"
      "双方的分歧始终未能消除。克里米亚并入俄罗斯后，这些分歧由外交争议转化为武装冲突，"
      "并最终演变为第二次世界大战结束以来欧洲规模最大的战争。"),
("P", "国内外学界对俄乌关系的研究成果颇丰。西方学者多从国家认同与帝国遗产的角度解释两国冲突，"
      "如浦洛基（Serhii Plokhy）对苏联解体最后数月的研究、萨瑟（Gwendolyn Sasse）对克里米亚问题的考察；"
      "{Serhii Plokhy, The Last Empire: The Final Days of the Soviet Union, New York: Basic Books, 2014; "
      "Gwendolyn Sasse, The Crimea Question: Identity, Transition, and Conflict, Cambridge, MA: Harvard "
      "Ukrainian Research Institute, 2007.}国内学者则更多关注大国博弈与地缘政治结构，"
      "对乌克兰危机的成因和影响进行了深入讨论。{参见赵会荣：《乌克兰危机与俄乌关系的走向》，"
      "《俄罗斯东欧中亚研究》2015年第1期，第17—30页；冯玉军：《俄乌冲突的地区及全球影响》，"
      "《外交评论》2022年第6期，第72—96页。}不过，现有研究多以2014年为界分段论述，"
      "较少将克里米亚与黑海问题置于1991年至2022年的完整时段中加以考察。本文以黑海舰队、克里米亚地位、"
      "能源过境与海峡通行等问题为线索，梳理俄乌关系三十余年的演变，并兼论欧盟、北约和中国的立场。"),
("H1", "一、苏联解体与克里米亚问题的浮现（1991—1995）"),
("H2", "（一）《别洛韦日协定》与“文明离婚”"),
("P", "莫斯科“八一九”事件后，乌克兰最高拉达于1991年8月24日通过《乌克兰独立宣言》，"
      "并决定于同年12月1日举行全民公决予以确认。公决结果显示，90.32%的投票者支持独立，"
      "即便在俄罗斯族居民占多数的克里米亚，赞成票也达到54%。{顾志红：《非常邻国：乌克兰和俄罗斯》，"
      "当代世界出版社2000年版，第58—61页。}同日当选总统的列昂尼德·克拉夫丘克随即表示，"
      "乌克兰不会加入任何新的联盟中央。12月8日，俄罗斯总统鲍里斯·叶利钦、克拉夫丘克和白俄罗斯最高苏维埃主席"
      "斯坦尼斯拉夫·舒什克维奇在别洛韦日森林的维斯库利签署协定，宣布“苏联作为国际法主体和地缘政治现实已不复存在”，"
      "并成立独立国家联合体。{Plokhy, The Last Empire, pp. 295-316.}12月21日，11个前加盟共和国的领导人"
      "在阿拉木图签署议定书，扩大了独联体的范围。同月下旬，米哈伊尔·戈尔巴乔夫辞去苏联总统职务，"
      "苏联正式解体。"),
("P", "《别洛韦日协定》第5条规定，缔约各方“承认并尊重彼此在现有边界内的领土完整”。"
      "这一条款为乌克兰保有克里米亚提供了法律依据，却回避了黑海舰队与塞瓦斯托波尔基地的归属。"
      "叶利钦政府当时关注的是维持对苏联战略核力量和海军的统一指挥，乌方则将舰队视为主权的组成部分。"
      "克里米亚半岛于1954年2月19日由苏联最高苏维埃主席团决定从俄罗斯联邦划归乌克兰，"
      "{§1954年2月19日，苏联最高苏维埃主席团通过关于将克里米亚州由俄罗斯联邦划归乌克兰的命令，"
      "同年4月26日苏联最高苏维埃以法律形式予以确认。这一决定以纪念“佩列亚斯拉夫合并”300周年为背景。"
      "关于划归程序是否合法，俄乌学界争论至今：俄方学者多强调俄罗斯联邦最高苏维埃主席团会议的法定人数不足，"
      "乌方学者则指出，克里米亚在供水、供电和交通上对乌克兰大陆的依赖才是划归的主要原因。"
      "参见Sasse, The Crimea Question, pp. 98-104。}这一安排在苏联时期只具有行政意义，"
      "苏联解体后却成为两国争论的焦点。早在苏联解体前夕，克里米亚州便通过公投要求恢复1945年被撤销的"
      "自治共和国地位，并得到了乌克兰最高苏维埃的认可。"),
("P", "中国对苏联解体后的新形势作出了迅速反应。1991年12月27日，中国政府宣布承认包括乌克兰在内的"
      "各独立国家，外交部长钱其琛分别致电各国外长。1992年1月4日，中乌两国在基辅签署建交联合公报。"
      "{《人民日报》1992年1月5日，第1版。}中方在建交之初即表明尊重乌克兰独立、主权和领土完整的立场，"
      "这一立场此后成为中国看待俄乌争端的基本原则。"),
("H2", "（二）黑海舰队之争与克里米亚分离主义"),
("P", "黑海舰队是苏联四大舰队之一，拥有各类舰船约800艘（含辅助船只）、人员约10万名，主基地位于塞瓦斯托波尔。"
      "1992年初，克拉夫丘克宣布驻乌境内的常规部队归乌克兰管辖，并要求黑海舰队官兵宣誓效忠乌克兰；"
      "叶利钦则针锋相对地签署命令，将黑海舰队置于俄罗斯管辖之下。{Указ Президента Российской "
      "Федерации от 7 апреля 1992 г. № 368 «О переходе под юрисдикцию Российской Федерации "
      "Черноморского флота» // Ведомости СНД и ВС РФ. 1992. № 15. Ст. 812.}双方的“命令战”"
      "一度使舰队内部出现分裂，部分舰艇悬挂乌克兰国旗驶离基地。"),
("P", "舰队问题与克里米亚的分离倾向相互交织。1992年5月5日，克里米亚最高苏维埃通过《克里米亚共和国国家独立法令》"
      "和宪法，随后又在基辅的压力下补充了克里米亚属于乌克兰的条款；5月21日，俄罗斯最高苏维埃通过决议，"
      "宣布赫鲁晓夫时期的划归决定“自通过之时起不具有法律效力”。{Постановление Верховного Совета "
      "Российской Федерации от 21 мая 1992 г. № 2809-I «О правовой оценке решений высших органов "
      "государственной власти РСФСР по изменению статуса Крыма, принятых в 1954 году».}"
      "俄最高苏维埃后来又进一步宣布塞瓦斯托波尔具有“俄罗斯联邦城市”地位，叶利钦对此公开表示不满，"
      "俄外交部也未予执行。1994年1月30日，主张与俄罗斯统一的尤里·梅什科夫在第二轮投票中当选克里米亚总统，"
      "半岛局势骤然紧张。"),
("P", "俄乌两国领导人试图通过首脑会晤控制局势。1992年8月3日，叶利钦与克拉夫丘克在雅尔塔签署协议，"
      "决定在三年过渡期内对舰队实行联合指挥；此后的莫斯科协议确定舰队“对半分割”；"
      "同年9月3日，两国元首在马桑德拉会晤，俄方提出以乌克兰所欠天然气债务换取乌方所分舰船，"
      "这一方案因乌国内的强烈反对而搁浅。{Taras Kuzio, Ukraine-Crimea-Russia: Triangle of Conflict, "
      "Stuttgart: ibidem-Verlag, 2007, pp. 80-84.}1995年6月9日，库奇马与叶利钦在索契达成协议，"
      "乌方同意将所得舰船的大部分有偿转让给俄罗斯，最终俄方所占比例为81.7%，乌方为18.3%。"),
("P", "与此同时，核问题为俄乌关系增添了美国因素。1994年1月14日，美俄乌三国总统在莫斯科发表联合声明，"
      "乌克兰同意将境内的核弹头移交俄罗斯销毁；同年12月5日，美英俄三国在布达佩斯欧安会首脑会议期间"
      "与乌克兰签署《关于安全保证的备忘录》，承诺“尊重乌克兰的独立、主权和现有边界”。"
      "{“Memorandum on Security As~sur~ances in Connection with Ukraine’s Accession to the Treaty on the "
      "Non-Pro~lif~er~a~tion of Nuclear Weapons,” December 5, 1994, UN Doc. A/49/765-S/1994/1399, Annex I.}"
      "中国虽未签署该备忘录，但于12月4日发表政府声明，向乌克兰提供了安全保证。"
      "{《中华人民共和国政府关于向乌克兰提供安全保证的声明》（1994年12月4日）表示，中国政府"
      "“无条件地不对无核武器国家和无核武器区使用或威胁使用核武器”，这一承诺同样适用于乌克兰。"
      "参见《人民日报》⟦1994⟧年⟦12⟧月⟦5⟧日，第⟦1⟧版。}1995年3月17日，乌克兰最高拉达废除克里米亚宪法和总统职位，"
      "梅什科夫的分离主义运动随之瓦解。此后，克里米亚问题的重心逐渐从半岛内部的政治地位转向俄乌之间的舰队与基地安排。"),
("H1", "二、从“大条约”到图兹拉岛危机（1994—2004）"),
("H2", "（一）1997年舰队协定与《友好、合作与伙伴关系条约》"),
("P", "1994年7月10日，列昂尼德·库奇马在总统选举第二轮投票中击败克拉夫丘克，以“与俄罗斯建立更紧密关系”"
      "的承诺赢得东部和南部选民的支持。然而，库奇马执政后很快转向“多元外交”，在维持对俄合作的同时积极发展与西方的关系。"
      "20世纪90年代中期，俄乌关系的核心议题是一项全面的政治条约：俄方坚持先解决舰队问题，"
      "乌方则要求俄方以条约形式承认现有边界。双方的谈判持续数年，叶利钦的访乌计划也一再推迟。"
      "{D’Anieri, Ukraine and Russia, pp. 80-86.}"),
("P", "僵局直到1997年春才被打破。北约东扩进程的加速促使俄罗斯调整对乌政策：同年5月27日，北约与俄罗斯在巴黎"
      "签署《相互关系、合作与安全基本文件》；次日，俄乌两国总理维克托·切尔诺梅尔金与帕夫洛·拉扎连科在基辅"
      "签署关于黑海舰队的三项协定。根据协定，俄方租用塞瓦斯托波尔的海军基地及相关设施，租期20年，"
      "年租金9775万美元，用以抵销乌方所欠俄方的债务。{Соглашение между Российской Федерацией и "
      "Украиной о статусе и условиях пребывания Черноморского флота Российской Федерации на "
      "территории Украины, 28 мая 1997 г. // Бюллетень международных договоров. 1999. № 10. С. 48-62.}"
      "5月31日，叶利钦首次正式访问基辅，与库奇马签署《俄罗斯联邦和乌克兰友好、合作与伙伴关系条约》。"
      "条约第2条规定，双方“尊重彼此的领土完整，确认两国之间现有边界的不可侵犯性”。"
      "{Договор о дружбе, сотрудничестве и партнерстве между Российской Федерацией и Украиной, 31 мая "
      "1997 г., ст. 2 // Бюллетень международных договоров. 1999. № 7. С. 3.}"),
("P", "条约的批准过程同样一波三折。乌克兰最高拉达于1998年1月14日批准条约，俄罗斯国家杜马则拖延至同年12月25日"
      "才予以批准，联邦委员会于次年2月17日批准，条约于1999年4月1日生效，有效期十年，期满自动延长。"
      "{俄罗斯国家杜马于1998年12月25日以244票赞成批准条约。联邦委员会的审议一度因莫斯科市长尤里·卢日科夫等人"
      "的反对而推迟，反对者要求将条约与舰队协定“捆绑”审议，并以塞瓦斯托波尔问题为由要求对条约附加解释性声明。"
      "1999年2月17日，联邦委员会最终批准条约，但同时通过决议，要求乌方先行批准1997年5月28日签署的三项舰队协定。"
      "乌克兰最高拉达于同年3月24日批准了这三项协定。参见Kuzio, Ukraine-Crimea-Russia, pp. 92-95。}"
      "与此同时，乌克兰与北约已于1997年7月9日在马德里签署《特殊伙伴关系宪章》，并从同年起在黑海举行“海上微风”"
      "系列联合演习。俄罗斯媒体将其解读为北约向黑海渗透的信号，此后每逢演习举行，克里米亚都会出现抗议活动。"),
("P", "1997年的一揽子安排可以概括为“以领土换基地”：俄罗斯在法律上承认乌克兰对克里米亚的主权，"
      "换取在塞瓦斯托波尔长期驻军的权利。这一安排暂时冻结了争端，但也埋下了隐患。舰队的存在使俄罗斯在半岛保有"
      "大量军事人员和情报网络，而租约到期的2017年则成为两国关系中一个悬而未决的时间节点。"),
("H2", "（二）刻赤海峡与图兹拉岛争端"),
("P", "进入21世纪，俄乌关系的焦点从黑海西部的塞瓦斯托波尔转向东部的刻赤海峡。刻赤海峡连接黑海与亚速海，"
      "是俄罗斯顿河流域和乌克兰马里乌波尔、别尔江斯克等港口的出海通道。苏联时期，海峡全部位于乌克兰苏维埃社会主义"
      "共和国境内，其可供大型船舶航行的主航道靠近克里米亚一侧，俄方船只通行需向乌方缴纳引航费。"
      "海峡中的图兹拉岛原为塔曼半岛的沙嘴，1925年被风暴冲断而成为岛屿。{图兹拉原为塔曼半岛向西延伸的沙嘴，"
      "1925年的风暴将其与大陆分开；1941年该岛划归克里米亚自治共和国管辖，1954年随克里米亚一并划归乌克兰。"
      "参见顾志红：《非常邻国》，第212—215页。}"),
("P", "2003年9月29日，俄罗斯克拉斯诺达尔边疆区当局在未通知乌方的情况下，开始从塔曼半岛向图兹拉岛修筑一条"
      "长约3.8公里的堤坝。"
      "10月中旬，堤坝已推进至距岛屿仅数百米处，乌方紧急向岛上增派边防部队。正在拉丁美洲访问的库奇马"
      "于10月22日中断行程回国，次日亲赴图兹拉岛视察，表示乌克兰将以一切手段捍卫领土完整。当天，俄方宣布暂停施工，"
      "堤坝最终停在距乌克兰边界约100米处。12月24日，普京与库奇马在刻赤签署《俄乌关于亚速海和刻赤海峡使用合作的条约》，"
      "规定亚速海和刻赤海峡为两国的内水，两国商船和军舰均可自由航行，但海上边界的划分仍留待日后谈判。"
      "{Договор между Российской Федерацией и Украиной о сотрудничестве в использовании Азовского моря "
      "и Керченского пролива, 24 декабря 2003 г., ст. 1-2.}"),
("P", "图兹拉岛危机发生之际，俄乌正在推动欧亚经济一体化。2003年9月19日，俄、乌、白、哈四国总统在雅尔塔签署"
      "建立统一经济空间的协议，乌方却附加了“不得违反乌克兰宪法”的保留。{统一经济空间协议于2004年4月20日"
      "经乌克兰最高拉达批准，乌方在批准时再次声明，参与统一经济空间以不违反乌克兰宪法和欧洲一体化方针为前提。}"
      "库奇马同年出版的《乌克兰不是俄罗斯》一书，集中表达了乌克兰政治精英在与俄合作的同时维护国家独立性的心态。"
      "{Кучма Л. Д. Украина — не Россия. М.: Время, 2003. С. 12-17.}图兹拉岛危机表明，1997年条约所确认的边界"
      "在海上并未真正划定，俄乌之间的“领土现状”仍存在被改变的空间。"),
("H1", "三、橙色革命、天然气争端与《哈尔科夫协议》（2004—2013）"),
("H2", "（一）橙色革命与俄乌关系的转折"),
("P", "2004年的乌克兰总统选举成为俄乌关系的分水岭。在第一轮投票中，反对派领导人维克托·尤先科与"
      "总理维克托·亚努科维奇得票接近；11月21日第二轮投票后，中央选举委员会宣布亚努科维奇获胜，普京随即致电祝贺，"
      "尤先科的支持者则以选举舞弊为由在基辅独立广场发起大规模抗议，史称“橙色革命”。{Andrew Wilson, "
      "Ukraine’s Orange Revolution, New Haven: Yale Uni~ver~sity Press, 2005, pp. 122-154.}经乌克兰最高法院裁定，"
      "第二轮投票于12月26日重新举行，尤先科以52%的得票率当选，尤利娅·季莫申科随后出任总理。"),
("P", "尤先科政府将加入欧盟和北约作为外交优先方向，并开始讨论租约期满后俄罗斯舰队撤出塞瓦斯托波尔的问题。"
      "2005年9月，尤先科解除季莫申科的总理职务，“橙色阵营”的分裂削弱了新政府的执政能力。次年议会选举后，"
      "亚努科维奇领导的地区党成为议会第一大党，亚努科维奇再度出任总理。在此背景下，"
      "乌克兰争取北约“成员国行动计划”的努力屡遭挫折。2008年4月3日，北约布加勒斯特峰会宣言一方面宣布乌克兰和"
      "格鲁吉亚“将成为北约成员”，另一方面又因德法两国的反对而未给予两国“成员国行动计划”。"
      "{“Bucharest Summit Declaration,” April 3, 2008, para. 23, https://www.nato.int/cps/en/natolive/"
      "official_texts_8443.htm [2022-11-20].}普京在次日举行的北约—俄罗斯理事会会议上警告，"
      "乌克兰加入北约将危及乌克兰国家本身的存续。{Angela Stent, The Limits of Part~ner~ship: U.S.-Russian "
      "Relations in the Twenty-First Century, Princeton: Princeton Uni~ver~sity Press, 2014, p. 168.}"),
("P", "2008年8月俄格战争爆发后，黑海舰队部分舰艇从塞瓦斯托波尔出发参加对格鲁吉亚的海上行动。"
      "尤先科随即签署命令，要求俄舰队舰船进出乌克兰领土须提前72小时通报乌方，俄方拒绝执行。2009年5月12日，俄罗斯总统德米特里·梅德韦杰夫批准"
      "《2020年前俄罗斯联邦国家安全战略》，将北约军事设施向俄边界推进视为主要威胁之一。梅德韦杰夫"
      "后来在致尤先科的公开信中指责乌方奉行“反俄方针”，并宣布推迟派驻新任大使。"
      "{«Послание Президенту Украины Виктору Ющенко», 11 августа 2009 г., http://kremlin.ru/events/"
      "president/news/5158 [2022-11-22].}至尤先科任期结束时，俄乌政治关系已降至冰点。"),
("H2", "（二）2006年与2009年的天然气争端"),
("P", "能源是俄乌关系中的另一条主线。乌克兰每年从俄罗斯及中亚进口大量天然气，同时又是俄罗斯天然气输往欧洲的"
      "主要过境国，20世纪90年代末约有80%的俄气经乌克兰输往欧洲。{Jonathan Stern, “The Russian-Ukrainian Gas "
      "Crisis of January 2006,” Oxford In~sti~tute for Energy Studies, January 16, 2006, p. 3.}长期以来，"
      "俄方以低于市场水平的价格向乌供气，以换取乌方在过境费和舰队租金等问题上的配合。橙色革命后，"
      "俄罗斯天然气工业股份公司（以下简称“俄气”）要求将对乌气价提高至“欧洲水平”。2005年底，双方谈判破裂；"
      "2006年1月1日，俄气削减对乌供气，多个欧洲国家随即报告来气压力下降。数日后，双方达成协议，"
      "由在瑞士注册的俄乌能源公司作为中间商，以每千立方米95美元的价格向乌方供应混合气。{Ibid., pp. 5-7.}"),
("P", "2009年的争端规模更大。2008年底，双方在债务和新年度价格问题上再度陷入僵局，2009年1月1日，俄气停止对乌供气；"
      "随后经乌克兰的过境输送全部中断，保加利亚、斯洛伐克等国首当其冲，供气危机持续近两周。"
      "{Simon Pirani, Jonathan Stern and Katja Yafimava, “The Russo-Ukrainian Gas Dispute of January 2009: "
      "A Com~pre~hen~sive Assessment,” Oxford In~sti~tute for Energy Studies, NG 27, February 2009, pp. 16-24.}"
      "欧盟轮值主席国捷克和欧盟委员会主席何塞·曼努埃尔·巴罗佐出面斡旋，欧盟派出观察员监督过境。"
      "1月18日，普京与季莫申科在莫斯科达成原则协议；次日，俄气与乌克兰国家石油天然气公司签署为期十年的"
      "供气和过境合同，对欧输气随即恢复。合同确定的基础价格为每千立方米450美元，首年享受20%的折扣。"
      "{合同文本长期未正式公开，2009年1月22日乌克兰媒体刊出了合同全文。2011年10月11日，基辅佩乔尔斯克区法院"
      "以签署该合同时“滥用职权”为由判处季莫申科七年监禁。}季莫申科后来因这份合同被判入狱，"
      "这一判决成为欧盟暂缓与乌克兰签署联系国协定的重要原因之一。"),
("P", "表1显示了2005—2014年乌克兰自俄进口天然气价格的变化。可以看出，气价不仅取决于市场因素，"
      "更与乌克兰的政治走向密切相关：每当基辅向西方靠拢，气价便大幅上涨；而当乌方在舰队或一体化问题上作出让步，"
      "俄方则给予价格优惠。2015年11月25日起，乌克兰停止从俄罗斯直接购买天然气，转而从欧盟国家“反向”进口。"),
("TABLE", "表1 2005—2014年乌克兰自俄进口天然气价格（美元/千立方米）",
      ["年份", "价格", "说明",
       "2005", "50", "以过境费实物结算",
       "2006", "95", "经俄乌能源公司供应混合气",
       "2007", "130", "",
       "2008", "179.5", "",
       "2009", "232.98", "年均价；基础价450，折扣20%",
       "2010", "256.7", "4月起适用《哈尔科夫协议》折扣",
       "2011", "309.7", "",
       "2012", "426", "",
       "2013", "413.5", "",
       "2014", "268.5/485", "1—3月/4月起"],
      "资料来源：根据乌克兰国家石油天然气公司年报及俄气公开数据整理，部分年份为年均价。"),
("H2", "（三）《哈尔科夫协议》与亚努科维奇的平衡外交"),
("P", "2010年2月7日，亚努科维奇在总统选举第二轮投票中以微弱优势击败季莫申科，随后宣誓就职。"
      "新政府迅速调整对俄政策。4月21日，梅德韦杰夫与亚努科维奇在哈尔科夫签署协议，将俄罗斯黑海舰队在塞瓦斯托波尔的"
      "驻留期限从2017年延长至2042年，期满后可再自动延长五年；作为交换，俄方在对乌气价中给予每千立方米最多100美元的折扣。"
      "{Соглашение между Украиной и Российской Федерацией по вопросам пребывания Черноморского флота "
      "Российской Федерации на территории Украины, 21 апреля 2010 г.}4月27日，俄罗斯国家杜马和乌克兰最高拉达同时"
      "批准该协议。{当天乌克兰最高拉达以236票赞成通过批准法案，表决时反对派议员向主席台投掷鸡蛋并点燃烟雾弹，"
      "议长沃洛季米尔·利特温在雨伞遮挡下主持表决。}同年7月1日，乌克兰通过《内外政策原则法》，宣布奉行“不结盟”政策，"
      "放弃加入北约的目标。{Закон України «Про засади внутрішньої і зовнішньої політики» від 1 липня "
      "2010 року № 2411-VI, ст. 11.}"),
("P", "亚努科维奇并未因此完全倒向俄罗斯。他一方面拒绝加入俄白哈关税同盟，另一方面继续推进与欧盟的联系国协定谈判，"
      "试图在欧俄之间维持平衡。2011年6月，胡锦涛主席对乌克兰进行国事访问，两国宣布建立战略伙伴关系；"
      "{《中华人民共和国和乌克兰关于建立和发展战略伙伴关系的联合声明》，《人民日报》2011年6月21日，第2版。}"
      "2013年12月3日至6日，亚努科维奇访华，双方签署《中乌友好合作条约》，中方重申在乌克兰遭受核攻击或核威胁时"
      "提供相应安全保证的承诺。{《中华人民共和国和乌克兰友好合作条约》，2013年12月5日，中华人民共和国外交部网站，"
      "https://www.mfa.gov.cn/web/ziliao_674904/tytj_674911/tyfg_674913/201312/t20131206_7949818.shtml "
      "[⟦2022Ｇ12Ｇ05⟧].}中乌经贸合作在这一时期迅速发展，粮食、航空和船舶制造成为合作的重点领域。"),
("P", "与政治关系的起伏相对应，俄乌经贸联系在2011年前后达到顶峰，此后持续萎缩（见图1）。其时双边货物贸易额"
      "约为500亿美元，克里米亚危机后迅速下降，至2019年已不足120亿美元。"),
("FIG", "图1 1996—2021年俄乌双边货物贸易额（亿美元）",
      "资料来源：根据联合国商品贸易统计数据库（UN Comtrade）数据绘制。"),
("H1", "四、克里米亚并入俄罗斯与顿巴斯冲突（2013—2021）"),
("H2", "（一）“广场革命”与克里米亚问题的突变"),
("P", "2013年11月21日，米科拉·阿扎罗夫政府宣布暂停签署联系国协定的准备工作，在11月28日至29日举行的"
      "欧盟“东部伙伴关系”维尔纽斯峰会上，亚努科维奇未签署协定。此后特种警察强行清场，"
      "抗议规模随之急剧扩大。12月17日，普京与亚努科维奇在莫斯科达成协议，俄方同意购买150亿美元乌克兰国债，"
      "并将气价降至每千立方米268.5美元。{“Russia Offers Ukraine Major Economic Assistance,” The New York "
      "Times, December 17, 2013.}但危机并未因此平息。2014年初，最高拉达通过限制集会的一揽子法律，"
      "冲突进一步升级；2月18日至20日，基辅市中心发生流血冲突，约100人死亡。2月21日，在德国、法国、波兰三国外长"
      "和俄罗斯特使弗拉基米尔·卢金的见证下，亚努科维奇与反对派领导人签署解决危机的协议，但他随即离开基辅。"
      "次日，最高拉达以“自行放弃履职”为由解除其总统职务，并决定提前举行总统选举。"
      "{Richard Sakwa, Frontline Ukraine: Crisis in the Border~lands, London: I.B. Tauris, 2015, pp. 86-91.}"),
("P", "克里米亚局势随即急转直下。2月27日，身份不明的武装人员占领克里米亚议会和政府大楼，议会在武装人员控制下"
      "任命“俄罗斯统一”党领导人谢尔盖·阿克肖诺夫为总理。3月1日，俄罗斯联邦委员会批准普京提出的在乌克兰境内"
      "使用武装力量的请求。3月16日，克里米亚举行全民公投，官方公布的结果显示96.77%的投票者赞成加入俄罗斯；"
      "3月17日，克里米亚宣布独立；次日，普京与克里米亚和塞瓦斯托波尔领导人在克里姆林宫签署入俄条约，"
      "并在联邦议会两院联席会议上发表讲话，称“在人们的心中和意识里，克里米亚……始终是俄罗斯不可分割的一部分”。{«Обращение Президента Российской Федерации», 18 марта "
      "2014 г., http://kremlin.ru/events/president/news/20603 [2022-11-25].}随后，普京签署相关联邦宪法性法律，"
      "俄方宣布克里米亚共和国和塞瓦斯托波尔联邦直辖市成为俄罗斯联邦主体。普京后来承认，"
      "俄军人员在公投之前即已在半岛部署。{2014年4月17日，普京在“直播连线”节目中首次承认俄军人员在克里米亚"
      "“站在自卫队身后”；在2015年3月15日播出的纪录片《克里米亚：回家之路》中，他又称早在2014年2月23日凌晨"
      "即已下令开始“让克里米亚回归俄罗斯”的工作。}"),
("P", "国际社会对克里米亚问题反应强烈。2014年3月15日，联合国安理会就美国等国起草的决议草案进行表决，"
      "13票赞成，俄罗斯投否决票，中国投弃权票。{UN Doc. S/PV.7138, March 15, 2014, pp. 2-3.}"
      "同月27日，联大以100票赞成、11票反对、58票弃权通过第68/262号决议，认定公投“无效”，中国同样投了弃权票。"
      "七国集团领导人随后在海牙发表声明，暂停参与八国集团的活动。此前，中国外交部长王毅在全国两会期间的记者会上表示，"
      "中方一贯尊重各国的主权和领土完整，同时认为乌克兰问题有着错综复杂的历史经纬和现实矛盾。"
      "{《王毅外长答中外记者问》，《人民日报》2014年3月9日，第4版。}中国既不认可克里米亚入俄，"
      "也不支持对俄单边制裁，这一立场在此后的冲突中基本保持不变。"),
("H2", "（二）从明斯克协议到诺曼底模式"),
("P", "克里米亚问题尚未平息，顿巴斯地区又爆发武装冲突。2014年4月7日，顿涅茨克的亲俄武装宣布成立"
      "“顿涅茨克人民共和国”，卢甘斯克随后效仿，乌克兰代总统亚历山大·图尔奇诺夫宣布启动“反恐行动”。"
      "5月2日，敖德萨工会大厦在冲突中起火，造成40余人死亡，“5·2”惨案进一步加剧了东南部地区的对立情绪。"
      "5月25日，彼得·波罗申科在提前举行的总统选举中当选。6月6日，在法国诺曼底登陆70周年纪念活动期间，"
      "德国总理安格拉·默克尔、法国总统弗朗索瓦·奥朗德、普京和波罗申科举行了首次四方会晤，“诺曼底模式”由此形成；"
      "次日，波罗申科宣誓就职。{Samuel Charap and Timothy J. Colton, Everyone Loses: The Ukraine Crisis "
      "and the Ruinous Contest for Post-Soviet Eurasia, London: Routledge, 2017, pp. 140-145.}"),
("P", "7月17日，马来西亚航空公司MH17航班在顿涅茨克州上空"
      "被击落，机上298人全部遇难，欧盟随即对俄实施行业制裁。9月5日，由乌克兰、俄罗斯和欧安组织代表组成的三方联络小组在明斯克签署《明斯克议定书》，"
      "前总统库奇马代表乌方签字，两周后三方又签署了落实停火的备忘录。{“Protocol on the Results of "
      "Con~sul~ta~tions of the Trilateral Contact Group,” Minsk, September 5, 2014, https://www.osce.org/"
      "home/123257 [2022-12-02].}然而停火并未真正实现。2015年1月至2月，顿涅茨克机场和杰巴利采沃一带爆发激烈战斗。"
      "2月11日至12日，默克尔、奥朗德、普京和波罗申科在明斯克进行了长达十余小时的谈判，12日当天，三方联络小组"
      "签署《履行明斯克协议的一揽子措施》（即“明斯克二号协议”），规定自2月15日零时起全面停火，"
      "并对顿巴斯特殊地位、地方选举、修宪和边界控制作出安排。{“Package of Measures for the Im~ple~men~ta~tion "
      "of the Minsk Agreements,” February 12, 2015, UN Doc. S/RES/2202 (2015), Annex I.}联合国安理会随后"
      "一致通过第2202号决议，对一揽子措施表示赞同。"),
("P", "明斯克协议的核心分歧在于执行顺序：乌方坚持先实现停火、撤出外国武装并恢复对边界的控制，再举行地方选举；"
      "俄方则强调基辅应先修改宪法、赋予顿巴斯特殊地位。{D’Anieri, Ukraine and Russia, pp. 239-245.}"
      "此后，诺曼底模式四国领导人曾在柏林会晤，讨论落实协议的“路线图”，但未取得实质进展。"
      "2019年10月1日，三方联络小组就“施泰因迈尔方案”达成书面一致；{¤“施泰因迈尔方案”由时任德国外长"
      "弗兰克-瓦尔特·施泰因迈尔于2016年前后提出，主张在顿巴斯按乌克兰法律和欧安组织标准举行地方选举，"
      "特殊地位法在欧安组织确认选举结果当天临时生效，此后永久生效。}12月9日，四国领导人在巴黎举行峰会，"
      "法国总统埃马纽埃尔·马克龙和乌克兰总统弗拉基米尔·泽连斯基首次参加，这也是诺曼底模式的最后一次峰会。"
      "此后，诺曼底模式的会谈在顾问层级上持续至2022年初。"),
("H2", "（三）刻赤海峡事件与黑海的军事化"),
("P", "克里米亚入俄后，刻赤海峡两岸均处于俄罗斯的实际控制之下。俄方随即着手修建连接塔曼半岛与刻赤的"
      "克里米亚大桥；2018年5月15日，普京驾驶卡车驶过大桥公路段，宣告大桥通车。大桥的通航净空限制了大型船舶"
      "进入亚速海，俄边防部门又对驶往马里乌波尔和别尔江斯克的船舶实施拖延检查，乌方称之为“爬行封锁”。"
      ),
("P", "⟦2018⟧年⟦11⟧月⟦25⟧日，乌克兰海军“别尔江斯克”号、“尼科波尔”号炮艇和“亚内卡普”号拖船在从敖德萨驶往马里乌波尔途中，"
      "于刻赤海峡附近遭俄罗斯联邦安全局边防舰艇拦截、撞击和射击，三艘船只和24名水兵被扣押。"
      "次日，乌克兰最高拉达批准在沿海及与俄罗斯接壤的10个州实施为期30天的战时状态。2019年5月25日，"
      "国际海洋法法庭就乌方提出的临时措施请求作出命令，要求俄方立即释放被扣船只和水兵；"
      "{ITLOS, Case Concerning the Detention of Three Ukrainian Naval Vessels (Ukraine v. Russian "
      "Federation), Pro~vi~sional Measures, Order of 25 May 2019, para. 124.}同年9月7日，24名水兵在俄乌换俘中获释，"
      "三艘船只此后也归还乌方。"),
("P", "刻赤海峡事件加速了俄乌条约体系的瓦解。2018年9月，乌方正式通知俄方不再延长《友好、合作与伙伴关系条约》，"
      "波罗申科随后签署终止条约的法律，条约于2019年4月1日失效。最高拉达随后通过宪法修正案，将加入欧盟和北约的战略方针写入宪法。"
      "2021年3月24日，"
      "泽连斯基批准《克里米亚去占领和重新融入战略》。同年春，俄罗斯在俄乌边境和克里米亚举行大规模军事集结，"
      "随后宣布部分部队撤回驻地。6月23日，英国“保卫者”号驱逐舰驶近克里米亚菲奥伦特角附近海域，"
      "俄方宣布进行了警告性射击和投弹，英方否认遭到射击。{“Russia Says Warning Shots Fired at British "
      "De~stroy~er in Black Sea,” BBC News, June 23, 2021, https://www.bbc.com/news/world-europe-57583363 "
      "[2022-12-08].}7月12日，普京发表题为《论俄罗斯人和乌克兰人的历史统一》的长文，称两国人民“是一个民族”。"
      "{Путин В. В. Об историческом единстве русских и украинцев. 12 июля 2021 г. "
      "http://kremlin.ru/events/president/news/66181 [2022-12-08].}8月23日，乌方在基辅举办首届“克里米亚平台”峰会，"
      "46个国家和国际组织派代表出席。"),
("H1", "五、2022年的战争与黑海秩序的重构"),
("H2", "（一）战争的爆发与各方立场"),
("P", "2021年秋，俄罗斯再度在俄乌边境集结部队。12月17日，俄外交部公布了与美国和北约的安全保障条约草案，"
      "要求北约停止东扩、不在乌克兰部署军事基地。{«Договор между Российской Федерацией и Соединенными "
      "Штатами Америки о гарантиях безопасности» (проект), 17 декабря 2021 г., https://mid.ru/ru/"
      "foreign_policy/rso/nato/1790818/ [2022-12-10].}2022年1月10日至13日，俄方先后在日内瓦、布鲁塞尔和维也纳"
      "与美国、北约和欧安组织举行会谈，均无果而终。2月21日，普京签署命令，承认“顿涅茨克人民共和国”和"
      "“卢甘斯克人民共和国”；2月24日凌晨，俄军从北、东、南三个方向进入乌克兰，其中南线部队从克里米亚北上，"
      "迅速占领赫尔松市并逼近扎波罗热。土耳其随后宣布依据《蒙特勒公约》对交战国军舰关闭黑海海峡。"
      "{《蒙特勒海峡制度公约》于1936年7月20日签署，同年11月9日生效。公约第19条规定，在土耳其未参战的战争时期，"
      "交战国军舰不得通过海峡，但返回其黑海基地者除外。}"),
("P", "战争初期，俄乌曾尝试谈判。双方代表团先在白俄罗斯戈梅利州举行首轮会谈；3月29日，"
      "双方在伊斯坦布尔举行会谈，乌方提出以国际安全保证换取中立地位的方案，克里米亚问题则拟在15年内通过谈判解决。"
      "但此后谈判陷入停滞。4月14日，俄黑海舰队旗舰“莫斯科”号巡洋舰沉没，俄军此后又撤出蛇岛。"
      "9月30日，普京宣布将顿涅茨克、卢甘斯克、扎波罗热和赫尔松四地并入俄罗斯，同日泽连斯基宣布乌克兰申请"
      "以“快速程序”加入北约。10月8日，克里米亚大桥发生爆炸，部分路段坍塌。"),
("P", "欧盟和北约在战争中的角色显著上升。欧盟自2月下旬起陆续通过多轮对俄制裁，并于6月23日给予乌克兰和摩尔多瓦"
      "欧盟候选国地位；6月29日至30日，北约马德里峰会通过新版“战略概念”，"
      "将俄罗斯定位为对盟国安全“最重大和最直接的威胁”。中国则坚持劝和促谈的立场。"
      "2月25日，习近平主席应约同普京通电话，表示中方支持俄乌通过谈判解决问题；次日，王毅就当前乌克兰问题阐述了中方的五点立场，强调尊重和保障各国的主权"
      "和领土完整，同时重视各国的合理安全关切。{《王毅阐述中方在乌克兰问题上的五点立场》，中华人民共和国外交部网站，"
      "2022年2月26日，https://www.mfa.gov.cn/wjbzhd/202202/t20220226_10645855.shtml [2022-12-12].}"
      "2023年2月24日，中国外交部发布《关于政治解决乌克兰危机的中国立场》，提出尊重各国主权、摒弃冷战思维、"
      "停火止战、启动和谈等12点主张。{《关于政治解决乌克兰危机的中国立场》，中华人民共和国外交部网站，"
      "2023年2月24日，https://www.mfa.gov.cn/zyxw/202302/t20230224_11030707.shtml [2023-03-01].}"),
("H2", "（二）黑海粮食外运协议"),
("P", "战争使黑海航运陷入瘫痪。乌克兰是世界主要粮食出口国之一，战前其小麦、玉米和葵花籽油出口的大部分经由"
      "敖德萨等黑海港口。俄黑海舰队的封锁和水雷威胁使大量粮食滞留港口，国际粮价随之飙升。在联合国秘书长"
      "安东尼奥·古特雷斯和土耳其总统雷杰普·塔伊普·埃尔多安的斡旋下，2022年7月22日，俄乌双方分别与联合国和土耳其"
      "在伊斯坦布尔签署《黑海粮食外运协议》，俄罗斯同时与联合国签署了关于俄方粮食和化肥出口的谅解备忘录。"
      "{“Initiative on the Safe Trans~por~ta~tion of Grain and Foodstuffs from Ukrainian Ports,” Istanbul, "
      "July 22, 2022, https://www.un.org/sites/un2.un.org/files/black_sea_grain_initiative_full_text.pdf "
      "[2023-01-10].}由俄、乌、土和联合国代表组成的联合协调中心随即在伊斯坦布尔启用；8月1日，"
      "首艘运粮船“拉佐尼”号从敖德萨港启航。{“拉佐尼”号悬挂塞拉利昂国旗，载有玉米约2.6万吨，目的港为黎巴嫩的"
      "的黎波里，8月3日在伊斯坦布尔附近海域接受联合检查。}"),
("P", "协议的执行并不平稳。10月29日，俄方以塞瓦斯托波尔港遭无人机袭击为由宣布暂停参与协议，数日后又宣布恢复参与。"
      "11月17日，各方同意将协议延长120天；2023年3月18日，协议再次延期，但俄方只同意延长60天。"
      "据联合国统计，截至2023年3月中旬，协议框架下已运出粮食约2400万吨。中方对协议的达成表示欢迎，认为其有助于缓解全球粮食危机，"
      "特别是发展中国家面临的粮食安全压力。"),
("H1", "结　语"),
("P", "纵观苏联解体以来的俄乌关系，克里米亚与黑海问题始终处于两国矛盾的核心。20世纪90年代，两国通过谈判实现了"
      "“文明离婚”，1997年的舰队协定和友好条约以“领土换基地”的方式确认了乌克兰对克里米亚的主权。21世纪初，"
      "图兹拉岛危机和2006年、2009年两次天然气争端暴露出这一安排的脆弱性，2010年的《哈尔科夫协议》在延长俄军驻留期限的同时，"
      "并未弥合乌克兰国内的政治分裂。2014年克里米亚并入俄罗斯，意味着1997年以来的条约体系被实质性推翻；"
      "明斯克协议和诺曼底模式虽然在一段时间内冻结了顿巴斯冲突，却始终未能触及克里米亚问题。"),
("P", "黑海问题的国际化是这一演变的另一条线索。北约东扩与“成员国行动计划”之争、欧盟的东部伙伴关系和联系国协定，"
      "使俄乌之间的双边问题逐步嵌入大国关系的结构之中。2022年的战争进一步表明，黑海的航行安全不仅关系俄乌两国，"
      "也关系全球粮食与能源市场的稳定。中国始终主张尊重各国主权和领土完整、重视各国合理安全关切，通过对话协商解决争端。从长远看，"
      "黑海秩序的重建离不开俄乌双方的直接谈判，也需要国际社会在照顾各方合理关切的基础上提供制度性保障。"),
]

EN_TITLE = ("From Belovezha to the Kerch Strait: Crimea, the Black Sea and the Evolution of "
            "Russia-Ukraine Relations (1991-2022)")
EN_AUTHOR = "SHAO Yining"
EN_AFFIL = "(Institute of Eurasian Studies, Jiangbei Normal University, Huai’an 223300, China)"
EN_ABSTRACT = (
    "Abstract: The questions of Crimea and the Black Sea have run through Russia-Ukraine relations "
    "since the dis~so~lu~tion of the Soviet Union. The Belovezha Accords of December 1991 set the frame "
    "of a “civilized di~vorce”, but left the Black Sea Fleet, the status of Sevastopol and the autonomy "
    "of Crimea un~resolved. The fleet agreements and the Treaty of Friendship of May 1997 froze the "
    "dispute by trading rec~og~ni~tion of borders for basing rights, while the Tuzla crisis of 2003 and "
    "the gas disputes of 2006 and 2009 revealed the fra~gil~ity of this bargain. The Kharkiv Agree~ment "
    "of April 2010 extended the stay of the Russian fleet to 2042 but did not heal Ukraine’s internal "
    "di~vi~sions. The an~nex~a~tion of Crimea in March 2014 and the war in Donbas turned co~operation into "
    "con~fron~ta~tion, and neither the Minsk agreements nor the Normandy format prevented the war of "
    "February 2022. The Black Sea thus became an in~ter~na~tional security issue involving the EU, NATO "
    "and China."
)
EN_KEYWORDS = ("Key Words: Russia-Ukraine relations; Crimea; Black Sea Fleet; Minsk agreements; "
               "Black Sea Grain Initiative")

# --------------------------------------------------------------------------------------
# damage switches (check() asserts each of them)
# --------------------------------------------------------------------------------------

PUA_ELLIPSIS = "\ue5e5"      # body "…" (damage e)
PUA_APOS = "\ue0a2"          # note "’" (damage e)
MIDSENTENCE_PAGES = (87, 93)  # pages whose last body line breaks off inside a sentence (damage a)
RUNON_KEEP = 2               # lines of the {§…} note printed on its own page (damage b)
EN_NOSPACE_LINE = 3          # English abstract line (0-based) whose spaces were lost (damage g)

# layout
BODY_W = 33.0                # em per body line
NOTE_W = 40.0                # em per note line
EN_W = 86                    # characters per English line
PAGE_SLOTS = 41.0            # body-line equivalents per page
NOTE_COST = 0.72             # a note line in body-line units
NOTES_GAP = 1.0              # space above the notes of a page
H1_COST = 2.6
H2_COST = 1.5
FIG_COST = 13.0
TABLE_ROW_COST = 1.05
BACKUP_MAX = 7               # how far a page end may move back to end at a sentence

CIRCLED = [chr(0x2460 + i) for i in range(20)]

# --------------------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------------------

def fullwidth(s):
    out = []
    for ch in s:
        if "0" <= ch <= "9":
            out.append(chr(ord(ch) - 0x30 + 0xFF10))
        elif "A" <= ch <= "Z":
            out.append(chr(ord(ch) - 0x41 + 0xFF21))
        else:
            out.append(ch)
    return "".join(out)


def apply_fw(s):
    return re.sub(r"⟦(.*?)⟧", lambda m: fullwidth(m.group(1)), s)


def is_wide(ch):
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
            or 0x3000 <= o <= 0x303F or 0x2460 <= o <= 0x2473 or 0xE000 <= o <= 0xF8FF
            or ch in "“”‘’…—·")


def is_cjk_atom(ch):
    o = ord(ch)
    if ch == PUA_APOS:
        return False
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
            or 0x3000 <= o <= 0x303F or 0x2460 <= o <= 0x2473 or 0xE000 <= o <= 0xF8FF
            or ch in "…—·")


def width(s, half_quotes=False):
    w = 0.0
    for ch in s:
        if ch in "“”‘’" and half_quotes:
            w += 0.5
        elif is_wide(ch):
            w += 1.0
        else:
            w += 0.5
    return w


CLOSE_START = set("。，、；：？！”’）》」』…·—,.;:)]%") | set(CIRCLED) | {PUA_ELLIPSIS}
OPEN_END = set("“‘（《「『([")
UNITS = set("年月日万亿")


def atomize(text):
    """Split text into atoms: (string, kind).  kinds: cjk, word, space, url, hyph."""
    atoms = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " ":
            atoms.append((" ", "space"))
            i += 1
        elif is_cjk_atom(ch) or ch in "“”‘’" and (i + 1 >= n or not text[i + 1].isascii()
                                                     or text[i + 1] == " "):
            atoms.append((ch, "cjk"))
            i += 1
        else:
            j = i
            while j < n and text[j] != " " and not is_cjk_atom(text[j]):
                j += 1
            run = text[i:j]
            if j == i:  # a quote followed by ascii: take it into the run
                j = i + 1
                while j < n and text[j] != " " and not is_cjk_atom(text[j]):
                    j += 1
                run = text[i:j]
            if "://" in run or run.startswith("www."):
                pieces = re.findall(r"[^/._\-?=&]*[/._\-?=&]|[^/._\-?=&]+$", run)
                for p in pieces:
                    atoms.append((p, "url"))
            elif "~" in run:
                for k, p in enumerate(run.split("~")):
                    atoms.append((p, "hyph" if k else "word"))
            else:
                atoms.append((run, "word"))
            i = j
    return atoms


def can_break_before(atoms, k):
    """May a line break fall between atoms[k-1] and atoms[k]?"""
    if k == 0:
        return False
    a, ak = atoms[k]
    p, pk = atoms[k - 1]
    if ak == "space":
        return True
    if ak == "hyph":
        return True
    if ak == "url" and pk == "url":
        return True
    if a[0] in CLOSE_START:
        return False
    if p and p[-1] in OPEN_END:
        return False
    if pk == "word" and ak == "cjk" and p[-1].isdigit() and a in UNITS:
        return False
    if pk in ("word", "url", "hyph") and ak in ("word", "url", "hyph"):
        return False
    # keep digit ranges such as 1991—1994年 together
    if a == "—" and pk == "word" and p[-1].isdigit():
        return False
    if p == "—" and ak == "word" and a[0].isdigit() and k >= 2 and atoms[k - 2][0][-1:].isdigit():
        return False
    return True


def wrap(text, w_first, w_rest, half_quotes=False):
    """Greedy line breaking of a paragraph; returns the list of line strings."""
    atoms = atomize(text)
    lines = []
    cur = []          # indices
    curw = 0.0
    limit = w_first
    k = 0
    n = len(atoms)

    def emit(idxs, hyphen=False):
        s = "".join(atoms[i][0] for i in idxs).strip(" ")
        if hyphen:
            s += "⁃"
        lines.append(s)

    while k < n:
        a, kind = atoms[k]
        aw = width(a, half_quotes)
        if kind == "space" and not cur:
            k += 1
            continue
        if curw + aw <= limit or not cur:
            cur.append(k)
            curw += aw
            k += 1
            continue
        # does not fit: find the last break opportunity at or before k
        b = k
        while b > cur[0] and not can_break_before(atoms, b):
            b -= 1
        if b == cur[0]:
            # no opportunity inside the line: hang the atom (closing punctuation, marker)
            cur.append(k)
            curw += aw
            k += 1
            continue
        keep = [i for i in cur if i < b]
        hy = atoms[b][1] == "hyph"
        emit(keep, hyphen=hy)
        cur = [i for i in cur if i >= b]
        # drop leading spaces
        while cur and atoms[cur[0]][1] == "space":
            cur.pop(0)
        curw = sum(width(atoms[i][0], half_quotes) for i in cur)
        limit = w_rest
    if cur:
        emit(cur)
    return lines


# --------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------

class Note:
    def __init__(self, idx, text, kind):
        self.idx = idx          # running number in the article (0-based)
        self.text = text
        self.kind = kind        # "", "runon", "apart"
        self.page = None
        self.num = None         # circled number on its page (1-based)
        self.lines = None


def parse_notes(text, notes):
    """Replace {…} by marker placeholders \x00<idx>\x01; collect notes."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "{":
            j = text.index("}", i)
            body = text[i + 1:j]
            kind = ""
            if body.startswith("§"):
                kind, body = "runon", body[1:]
            elif body.startswith("¤"):
                kind, body = "apart", body[1:]
            n = Note(len(notes), body, kind)
            notes.append(n)
            out.append("\x00%d\x01" % n.idx)
            i = j + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def body_lines_of(text, first_indent):
    """Wrap body text whose markers are placeholders; placeholders are wrapped as one
    0.5-em closing atom each.  Returns list of (line_with_placeholders, [note idx])."""
    # substitute each placeholder by a unique circled char for wrapping, then map back
    ids = [int(m) for m in re.findall(r"\x00(\d+)\x01", text)]
    tmp = re.sub(r"\x00\d+\x01", "⑳", text)
    tmp = apply_fw(tmp)
    lines = wrap(tmp, BODY_W - (2 if first_indent else 0), BODY_W)
    out = []
    q = 0
    for ln in lines:
        marks = []
        s = []
        for ch in ln:
            if ch == "⑳":
                s.append("\x00%d\x01" % ids[q])
                marks.append(ids[q])
                q += 1
            else:
                s.append(ch)
        out.append(("".join(s), marks))
    assert q == len(ids)
    if first_indent and out:
        out[0] = ("　　" + out[0][0], out[0][1])
    return out


SENT_END = re.compile(r"[。！？](?:[”’）]|\x00\d+\x01)*$")


def build():
    notes = []
    items = []      # body items in order: dict(kind, text, marks, cost, tag)
    for blk in BLOCKS:
        kind = blk[0]
        if kind == "H1":
            items.append(dict(kind="head1", text=blk[1], marks=[], cost=H1_COST, end=True))
        elif kind == "H2":
            items.append(dict(kind="head2", text=blk[1], marks=[], cost=H2_COST, end=True))
        elif kind == "P":
            txt = parse_notes(blk[1], notes)
            txt = txt.replace("…", PUA_ELLIPSIS)
            bl = body_lines_of(txt, True)
            for k, (ln, marks) in enumerate(bl):
                tag = "body"
                if k == 0:
                    tag += ":P"
                if k == len(bl) - 1:
                    tag += ":L"
                items.append(dict(kind="body", text=ln, marks=marks, cost=1.0, tag=tag,
                                  end=(k == len(bl) - 1) or bool(SENT_END.search(ln))))
        elif kind == "TABLE":
            cap, cells, src = blk[1], blk[2], blk[3]
            rows = len(cells) // 3
            cost = rows * TABLE_ROW_COST + 2.5
            items.append(dict(kind="table", caption=cap, cells=cells, source=src, marks=[],
                              cost=cost, end=True))
        elif kind == "FIG":
            items.append(dict(kind="fig", caption=blk[1], source=blk[2], marks=[],
                              cost=FIG_COST, end=True))
    for n in notes:
        t = n.text.replace("’", PUA_APOS)
        t = apply_fw(t)
        n.lines = wrap(t, NOTE_W - 1.5, NOTE_W, half_quotes=True)

    # ---------------- pagination ----------------
    pages = []      # each: dict(no, items=[...], notes=[Note], carry=[lines])
    pos = 0
    page_no = FIRST_PAGE
    carry = []      # carried note lines for the next page
    runon_note = None
    while pos < len(items):
        first = page_no == FIRST_PAGE
        front = 5.0 + 0.9 * len(wrap(ABSTRACT, BODY_W, BODY_W)) + 3.0
        cap = PAGE_SLOTS - (front if first else 0)
        foot = len(RECEIPT) * 1.6 * NOTE_COST if first else 0.0
        used = 0.0
        taken = []
        page_notes = []
        note_cost = foot + len(carry) * NOTE_COST
        j = pos
        runon_here = None
        while j < len(items):
            it = items[j]
            add_notes = [notes[m] for m in it["marks"]]
            nc = 0.0
            for nt in add_notes:
                if nt.kind == "runon":
                    nc += RUNON_KEEP * NOTE_COST
                else:
                    nc += len(nt.lines) * NOTE_COST + (NOTE_COST if nt.kind == "apart" else 0)
            gap = NOTES_GAP if (page_notes or add_notes or carry or first) else 0.0
            if used + it["cost"] + note_cost + nc + gap > cap and taken:
                break
            taken.append(j)
            used += it["cost"]
            note_cost += nc
            page_notes.extend(add_notes)
            j += 1
        # move the page end back to a sentence end unless this page is meant to cut one
        if j < len(items):
            heads = ("head1", "head2")
            if page_no in MIDSENTENCE_PAGES:
                while items[taken[-1]]["end"] or items[taken[-1]]["kind"] != "body":
                    taken.pop()
            else:
                for b in range(len(taken), max(0, len(taken) - BACKUP_MAX), -1):
                    it = items[taken[b - 1]]
                    if it["end"] and it["kind"] not in heads:
                        taken = taken[:b]
                        break
        j = taken[-1] + 1
        page_notes = [notes[m] for t in taken for m in items[t]["marks"]]
        for k, nt in enumerate(page_notes):
            nt.page = page_no
            nt.num = k + 1
        pages.append(dict(no=page_no, items=[items[t] for t in taken], notes=page_notes,
                          carry=carry))
        carry = []
        for nt in page_notes:
            if nt.kind == "runon":
                carry = nt.lines[RUNON_KEEP:]
        pos = j
        page_no += 1
    assert not carry, "run-on note on the last page"
    return pages, notes


def render_marker(s, notes):
    return re.sub(r"\x00(\d+)\x01", lambda m: CIRCLED[notes[int(m.group(1))].num - 1], s)


def assemble(pages, notes):
    """Return (text, lines_meta) where lines_meta is a list of (page, tag) per output line."""
    out = []        # list of (line, page, tag)

    def put(line, page, tag):
        out.append((line, page, tag))
        out.append(("", page, "blank"))

    last = pages[-1]["no"]
    for pg in pages:
        no = pg["no"]
        if no == FIRST_PAGE:
            put(MASTHEAD[0], no, "masthead")
            put(MASTHEAD[1], no, "masthead")
            put(MASTHEAD[2], no, "masthead")
            for t in TITLE:
                put(t, no, "title")
            put(AUTHOR, no, "author")
            put(AFFIL, no, "affil")
            for ln in wrap(ABSTRACT, BODY_W, BODY_W):
                put(ln, no, "abstract")
            put(KEYWORDS, no, "keywords")
            put(CLC, no, "clc")
            put(DOI, no, "doi")
        else:
            if no % 2 == 0:
                put(JOURNAL + " " + ISSUE, no, "header")
            else:
                put(SHORT_TITLE, no, "header")
            put(str(no), no, "pageno")
        for it in pg["items"]:
            k = it["kind"]
            if k in ("head1", "head2"):
                put(it["text"], no, k)
            elif k == "body":
                put(render_marker(it["text"], notes), no, it["tag"])
            elif k == "table":
                put(it["caption"], no, "table-caption")
                for c in it["cells"]:
                    if c:
                        put(c, no, "table-cell")
                put(it["source"], no, "table-source")
            elif k == "fig":
                put(it["caption"], no, "fig-caption")
                put(it["source"], no, "fig-source")
        if no == last:
            put(EDITOR, no, "editor")
            for ln in wrap(EN_TITLE, EN_W / 2, EN_W / 2, half_quotes=True):
                put(ln, no, "en-title")
            put(EN_AUTHOR, no, "en-author")
            put(EN_AFFIL, no, "en-affil")
            en = wrap(EN_ABSTRACT, EN_W / 2, EN_W / 2, half_quotes=True)
            for k, ln in enumerate(en):
                if k == EN_NOSPACE_LINE:
                    ln = ln.replace(" ", "")
                    put(ln, no, "en-abstract-nospace")
                else:
                    put(ln, no, "en-abstract")
            for ln in wrap(EN_KEYWORDS, EN_W / 2, EN_W / 2, half_quotes=True):
                put(ln, no, "en-keywords")
        # foot of the page
        if no == FIRST_PAGE:
            for r in RECEIPT:
                for ln in wrap(r, NOTE_W, NOTE_W):
                    put(ln, no, "receipt")
        for ln in pg["carry"]:
            put(ln, no, "note-carry")
        for nt in pg["notes"]:
            c = CIRCLED[nt.num - 1]
            lines = nt.lines[:RUNON_KEEP] if nt.kind == "runon" else nt.lines
            if nt.kind == "apart":
                put(c, no, "note-num-alone#%d" % (nt.idx + 1))
                put(lines[0], no, "note#%d" % (nt.idx + 1))
            else:
                put(c + " " + lines[0], no, "note#%d" % (nt.idx + 1))
            for ln in lines[1:]:
                put(ln, no, "note-cont#%d" % (nt.idx + 1))
        if no == FIRST_PAGE:
            put(str(no), no, "pageno")
        out.append(("\f", no, "ff"))
    # join: a "\f" item is glued to the start of the following line
    text_lines = []
    meta = []
    glue = False
    for line, page, tag in out:
        if line == "\f":
            glue = True
            continue
        if glue:
            line = "\f" + line
            glue = False
        text_lines.append(line)
        meta.append((page, tag))
    text = "\n".join(text_lines) + "\n\f"
    return text, meta


def check(text, meta, pages, notes):
    lines = text.split("\n")
    # notes
    assert 35 <= len(notes) <= 55, len(notes)
    for pg in pages:
        nums = [nt.num for nt in pg["notes"]]
        assert nums == list(range(1, len(nums) + 1)), (pg["no"], nums)
        # markers on the page run ①, ② … in order of appearance
        seen = []
        for it in pg["items"]:
            if it["kind"] == "body":
                seen.extend(notes[m].num for m in it["marks"])
        assert seen == nums, (pg["no"], seen, nums)
    # damage a: exactly the two designated page breaks fall inside a sentence
    cut = []
    for pg in pages[:-1]:
        last = [it for it in pg["items"]][-1]
        if not last["end"]:
            cut.append(pg["no"])
    assert cut == list(MIDSENTENCE_PAGES), cut
    # damage b: one run-on note, the last note of its page, its rest at the next page's foot
    ron = [n for n in notes if n.kind == "runon"]
    assert len(ron) == 1
    rn = ron[0]
    pg = [p for p in pages if p["no"] == rn.page][0]
    assert pg["notes"][-1] is rn, "run-on note is not the last note of its page"
    nxt = [p for p in pages if p["no"] == rn.page + 1][0]
    assert nxt["carry"] == rn.lines[RUNON_KEEP:] and len(nxt["carry"]) >= 2
    assert sum(1 for t in meta if t[1] == "note-carry") == len(rn.lines) - RUNON_KEEP
    # damage c: one circled number standing alone
    alone = [i for i, t in enumerate(meta) if t[1].startswith("note-num-alone")]
    assert len(alone) == 1 and lines[alone[0]].strip("\f") in CIRCLED
    # damage d: full-width digits in exactly one body line and in two notes
    fw = re.compile("[\uff10-\uff19]")
    body_fw = [i for i, t in enumerate(meta) if t[1].startswith("body") and fw.search(lines[i])]
    assert len(body_fw) == 1, body_fw
    note_fw = {t[1].split("#")[1] for i, t in enumerate(meta)
               if t[1].startswith("note") and fw.search(lines[i])}
    assert len(note_fw) == 2, note_fw
    assert "\uff27" in text  # letter G for hyphens in an access date
    # damage e: PUA glyphs
    assert text.count(PUA_ELLIPSIS) == 2 and "…" not in text
    assert text.count(PUA_APOS) >= 4 and "’" not in "".join(
        lines[i] for i, t in enumerate(meta) if t[1].startswith("note"))
    # damage f: hyphenated words at line ends with U+2043 (notes or English block)
    hy = [i for i, l in enumerate(lines) if l.endswith("⁃")]
    assert len(hy) >= 2, hy
    # damage g: one English line without spaces
    ns = [i for i, t in enumerate(meta) if t[1] == "en-abstract-nospace"]
    assert len(ns) == 1 and " " not in lines[ns[0]] and len(lines[ns[0]]) > 60
    # form: every printed line followed by an empty line; pages end with \f
    for i in range(1, len(lines) - 1, 2):
        assert lines[i] == "", (i + 1, lines[i])
    assert text.endswith("\n\f")
    assert text.count("\f") == len(pages)
    # headers alternate
    for i, t in enumerate(meta):
        if t[1] == "header":
            want = JOURNAL + " " + ISSUE if t[0] % 2 == 0 else SHORT_TITLE
            assert lines[i].lstrip("\f") == want
    # table and figure present
    assert any(t[1] == "table-cell" for t in meta) and any(t[1] == "fig-caption" for t in meta)
    return True


def main():
    pages, notes = build()
    text, meta = assemble(pages, notes)
    if "--draft" in sys.argv:   # development aid: print without checking or writing
        for i, (line, (page, tag)) in enumerate(zip(text.split("\n"), meta)):
            if line:
                print("%4d p%-3d %-22s %s" % (i + 1, page, tag, line.replace("\f", "\\f")))
        return
    check(text, meta, pages, notes)
    data = text.encode("utf-8")
    sha = hashlib.sha1(data).hexdigest()
    if "--check" in sys.argv:
        print("ok", sha, len(text), "chars", len(notes), "notes", len(pages), "pages")
        return
    name = "h17_%s.txt" % sha[:8]
    for f in os.listdir(HERE):
        if f.startswith("h17_") and f.endswith(".txt") and f != name:
            os.remove(os.path.join(HERE, f))
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(data)
    print(name, sha, len(text), "chars", len(data), "bytes", text.count("\n"), "newlines",
          len(notes), "notes", len(pages), "pages")
    if "--report" in sys.argv:
        for i, (line, (page, tag)) in enumerate(zip(text.split("\n"), meta + [(pages[-1]["no"], "final-ff")])):
            print("%4d p%-3d %-22s %s" % (i + 1, page, tag, line.replace("\f", "\\f")))


if __name__ == "__main__":
    main()
