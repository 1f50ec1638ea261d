#!/usr/bin/env python3
"""Build the held-out raw file h16_<sha1[:8]>.txt (standard library only, deterministic).

The raw file imitates what a reader gets by selecting everything on a journal's
article web page and pasting it into a .txt file: site menu, breadcrumb, source and
publish-time lines, share buttons, the article (a line per paragraph), the notes under
"注释", a "参考文献" list, related links and the site footer.

Markup used in the clean content below:
  {text}          a note; its marker "[n]" is put where the brace stands
  {flags|text}    the same with damage switches:
                    b  the body marker lost its brackets (bare digits glued to the text)
                    u  the note's line in the list lost its number
                    m  the note is absent from the list (number skipped)
                    j  the note's line is glued to the end of the previous note's line
                    t  the note text is cut at the sign ‖ (rest dropped)
                    r  the note text holds a line break at the sign ¶
  ⟨...⟩           ASCII digits inside become full-width digits
Paragraph flags: noind (no "　　" indent), ascii (ASCII punctuation), ent (literal
HTML entities), wrap (hard line breaks as pasted from a PDF), nbspend (ends with U+00A0).

Usage: python3 make_raw.py [--report]
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"
ZWSP = "\u200b"
IND = "\u3000\u3000"

# ---------------------------------------------------------------- site furniture
TOP = [
    ("menu", "欧亚国际关系评论"),
    ("menu", "首页"),
    ("menu", "期刊简介"),
    ("menu", "编委会"),
    ("menu", "投稿须知"),
    ("menu", "过刊浏览"),
    ("menu", "下载中心"),
    ("menu", "联系我们"),
    ("menu", "English"),
    ("blank", ""),
    ("breadcrumb", "您当前的位置：首页 > 过刊浏览 > 2022年第5期 > 正文"),
    ("blank", ""),
    ("title", "从“欧洲的时刻”到“有监督的独立”——南斯拉夫解体战争中的大国博弈与中国立场（1991—2008）"),
    ("source", "来源：《欧亚国际关系评论》2022年第5期"),
    ("byline", "作者：宋启明　林语桐"),
    ("pubtime", "发布时间：2022-10-18 09:26:41"),
    ("hits", "点击数：1873"),
    ("tools", "【字体：大 中 小】　【打印本页】　【关闭窗口】"),
    ("share", "分享到："),
    ("share-btn", "微信"),
    ("share-btn", "新浪微博"),
    ("share-btn", "QQ空间"),
    ("share-btn", "豆瓣"),
    ("blank", ""),
]

FRONT = [
    ("authors", "宋启明　林语桐"),
    ("affil", "（西岭大学 国际关系学院，四川 成都 611756）"),
    ("abstract", "摘　要：1991年南斯拉夫解体以后，前南地区先后经历了斯洛文尼亚和克罗地亚战争、波黑战争和科索沃战争，直至2008年2月科索沃单方面宣布“独立”，前南的国家分化才大体告一段落。在这一过程中，欧共体（欧盟）以1992年1月的集体承认为标志试图主导危机的解决，但其调停和承认政策未能阻止战争蔓延；美国自1995年起取代欧洲成为主导力量，北约则由集体防御组织转变为在防区外使用武力的危机管理组织，并于1999年在未经安理会授权的情况下对南联盟发动空袭。中国始终坚持尊重主权和领土完整、反对动辄使用武力和制裁、主张通过谈判解决争端的立场，在安理会多以弃权方式表达保留，在中国驻南使馆被炸后则进行了坚决斗争。前南问题的演变表明，冷战后国际秩序的重塑始终伴随着大国围绕主权、干预与合法性的持续博弈。"),
    ("keywords", "关键词：南斯拉夫解体；巴丹泰尔委员会；代顿协议；科索沃；北约；中国外交"),
    ("clc", "中图分类号：D815.5；D851.5　　文献标识码：A　　文章编号：2096-8861（2022）05-0087-24"),
    ("doi", "DOI：10.19780/j.cnki.oyr.2022.05.005"),
    ("fund", "基金项目：国家社会科学基金一般项目“冷战后巴尔干地区冲突治理与大国关系研究”（19BGJ047）"),
    ("bio", "作者简介：宋启明，西岭大学国际关系学院教授，博士生导师，主要研究方向为巴尔干国际关系史；林语桐，西岭大学国际关系学院博士研究生。"),
    ("received", "收稿日期：2022-04-26；修回日期：2022-07-03"),
    ("en-title", "Title: From \"the Hour of Europe\" to \"Supervised Independence\": Great-Power Rivalry in the Wars of Yugoslav Succession and China's Position (1991-2008)"),
    ("en-abstract", "Abstract: After the dissolution of Yugoslavia in 1991, the former Yugoslav space went through the wars in Slovenia and Croatia, the Bosnian war and the Kosovo war, until Kosovo's unilateral declaration of independence in February 2008. The European Community tried to lead the settlement through mediation and the collective recognition of January 1992, but failed to stop the spread of war; from 1995 the United States took the lead, and NATO turned from an alliance of collective defence into an organization of out-of-area crisis management, bombing the Federal Republic of Yugoslavia in 1999 without a mandate of the Security Council. China consistently upheld sovereignty and territorial integrity, opposed the frequent resort to force and sanctions, and preferred negotiated settlements, often abstaining in the Security Council."),
    ("en-keywords", "Key words: dissolution of Yugoslavia; Badinter Commission; Dayton Agreement; Kosovo; NATO; Chinese diplomacy"),
]

# ---------------------------------------------------------------- body
BODY = [
    ("blank",),
    ("h1", "引　言", ""),
    ("blank",),
    ("p", "1991年6月25日，斯洛文尼亚和克罗地亚两共和国议会同时宣布脱离南斯拉夫社会主义联邦共和国而独立，由此拉开了南斯拉夫解体战争的序幕。此后17年间，从斯洛文尼亚的“十日战争”、克罗地亚战争、波斯尼亚和黑塞哥维那（以下简称“波黑”）战争，到科索沃危机和北约对南斯拉夫联盟共和国（以下简称“南联盟”）长达78天的空袭，战火几乎烧遍了前南斯拉夫的每一个共和国。2006年6月3日黑山宣布独立，2008年2月17日科索沃议会单方面宣布“独立”，前南斯拉夫的国家分化过程才大体告一段落。{本文所称“南斯拉夫”，指1945年11月29日宣告成立、1963年起定名为南斯拉夫社会主义联邦共和国的联邦国家；“南联盟”指1992年4月27日由塞尔维亚和黑山两共和国组成的南斯拉夫联盟共和国，该国于2003年2月4日改组为国家联合体“塞尔维亚和黑山”（简称“塞黑”）。科索沃的地位问题至今仍有争议，本文对其“独立”一词均加引号。}这一过程既是冷战后欧洲最血腥的一段历史，也是冷战后国际秩序塑造过程中的一个关键场域：欧共体（欧盟）试图借此证明其共同外交与安全政策的能力，美国由旁观转向主导，北约由集体防御组织转变为在防区外动武的“危机管理”组织，联合国维和行动则在波黑经历了其历史上最严重的挫折之一。", ""),
    ("p", "关于南斯拉夫解体的国际研究已汗牛充栋。苏珊·伍德沃德（Susan L. Woodward）在《巴尔干悲剧》一书中，将南斯拉夫的解体归因于经济危机、国际环境变化与联邦体制的相互作用，而非所谓“古老的民族仇恨”；劳拉·西尔伯（Laura Silber）和艾伦·利特尔（Allan Little）依据英国广播公司同名纪录片的大量采访材料，写成了《南斯拉夫：一个民族的死亡》；理查德·霍尔布鲁克（Richard Holbrooke）的回忆录《结束一场战争》则从当事人的角度记录了1995年秋代顿谈判的内幕。{Susan" + NBSP + "L. Woodward, Balkan Tragedy: Chaos and Dissolution after the Cold War, Washington, D.C.: The Brookings Institution, 1995; Laura Silber and Allan Little, Yugoslavia: Death of a Nation, revised ed., New York: Penguin Books, 1997; Richard Holbrooke, To End a War, New York: Random House, 1998.}俄罗斯学者叶莲娜·古斯科娃（Е. Ю. Гуськова）的《南斯拉夫危机史（1990—2000）》则从俄方立场出发，对西方的巴尔干政策提出了系统批评。{r|Гуськова Е. Ю. История югославского кризиса (1990—2000).¶М.: Русское право/Русский национальный фонд, 2001. С. 147—160.}国内学界自20世纪90年代起即对南斯拉夫问题保持关注，马细谱、朱晓中、孔寒冰等学者对巴尔干民族问题和前南地区的转型作了大量研究；{马细谱：《巴尔干纷争》，北京：世界知识出版社1999年版；朱晓中主编：《十年巨变·中东欧卷》，北京：东方出版社2000年版；孔寒冰：《东欧史》，北京：北京大学出版社2010年版。}关于中国驻南使馆被炸事件和中国在安理会的投票行为，也已有若干专题论文。{参见周立衡：《中国在安理会关于前南问题表决中的立场（1991—1999）》，《国际论坛》2003年第4期，第21—26页；许振声：《论“使馆事件”后的中美关系》，《当代亚太》2000年第2期，第9—15页。}不过，现有研究多以单一事件或单一行为体为中心，较少把这17年的整个过程放在大国互动的框架中加以考察，对中国立场的前后连续性也缺乏系统梳理。", ""),
    ("p", "本文拟以时间为序，依次考察欧共体在南斯拉夫解体初期的调停与承认政策、波黑战争中联合国与北约的角色转换、科索沃危机与北约空袭，以及2000年以后南联盟的终结与科索沃地位问题，并在每一阶段中梳理中国的立场与行动，进而讨论这一过程对冷战后国际秩序的影响。", ""),
    ("blank",),
    ("h1", "一、“欧洲的时刻”：南斯拉夫解体与欧共体的调停（1991—1992）", "trail"),
    ("blank",),
    ("h2", "（一）从联邦危机到“十日战争”"),
    ("p", "冷战时期，南斯拉夫游离于美苏两大阵营之外，是不结盟运动的创始国之一。1980年5月4日约瑟普·布罗兹·铁托逝世后，南斯拉夫实行由各共和国和自治省代表轮流担任主席团主席的集体领导体制，联邦中央的权威逐渐削弱。20世纪80年代，南斯拉夫陷入严重的经济危机，外债一度接近200亿美元，80年代末的通货膨胀率更高达四位数。{John R. Lampe, Yugoslavia as History: Twice There Was a Country, 2nd ed., Cambridge: Cambridge University Press, 2000, pp. 322-330.}经济困境加剧了较发达的北方共和国与欠发达地区之间的矛盾，也为民族主义的兴起提供了土壤。1987年9月，斯洛博丹·米洛舍维奇在塞尔维亚共盟中央第八次全会上击败其政治导师伊万·斯坦博利奇，随后以“反官僚主义革命”为号召，先后控制了伏伊伏丁那、科索沃两个自治省和黑山共和国的领导层。1989年3月，塞尔维亚议会通过宪法修正案，大幅削减两个自治省的自治权；同年6月28日，米洛舍维奇在纪念科索沃战役600周年的集会上发表演说，宣称今后的斗争“不排除武装的形式”。", ""),
    ("p", "1990年1月，南共联盟第十四次（非常）代表大会在贝尔格莱德召开，斯洛文尼亚和克罗地亚代表团先后退出会议，执政45年的南共联盟事实上不复存在。同年4月至5月，斯洛文尼亚和克罗地亚相继举行战后首次多党选举，米兰·库昌当选斯洛文尼亚主席团主席，弗拉尼奥·图季曼领导的克罗地亚民主共同体则在克罗地亚议会选举中获胜。8月中旬，克罗地亚境内克拉伊纳地区的塞族以设置路障的方式发动所谓“原木革命”，克塞矛盾公开化。同年12月23日，斯洛文尼亚举行独立公决，88.5%的选民赞成独立；次年5月19日，克罗地亚也举行了公决。在此期间，库昌、图季曼与米洛舍维奇等各共和国领导人围绕“邦联”还是“联邦”的方案进行了多轮会谈，但毫无结果。", ""),
    ("p", "1991年6月25日，斯洛文尼亚和克罗地亚宣布独立。次日，以安特·马尔科维奇为总理的联邦政府宣布两共和国的决定非法，并授权南斯拉夫人民军接管斯洛文尼亚的边境口岸。6月27日凌晨，人民军部队开进斯洛文尼亚，与斯洛文尼亚地方防卫部队发生交火，“十日战争”爆发。欧共体迅速介入：由卢森堡外交大臣雅克·普斯、意大利外长詹尼·德米凯利斯和荷兰外交大臣汉斯·范登布鲁克组成的“三驾马车”随即飞赴贝尔格莱德，普斯在出发前宣称“欧洲的时刻已经到来”{Alan Riding, \"Europeans Send High-Level Team,\" The New York Times, June 29, 1991, p. 4.}。7月7日，在欧共体斡旋下，南联邦各方与斯洛文尼亚、克罗地亚在亚得里亚海的布里俄尼岛签署《布里俄尼宣言》，两共和国同意将独立决定的实施冻结三个月，人民军则返回营地。同月18日，南联邦主席团决定人民军撤出斯洛文尼亚，撤军于10月下旬完成。", ""),
    ("p", "与斯洛文尼亚不同，克罗地亚境内居住着约58万塞族人，战事很快升级为一场持久的战争。1991年夏，克罗地亚塞族武装在人民军支持下控制了克拉伊纳和东、西斯拉沃尼亚等地区，约占克罗地亚领土的三分之一。8月下旬起，人民军和塞族武装围攻东斯拉沃尼亚的武科瓦尔，该城在被围87天后于11月18日陷落；亚得里亚海滨的古城杜布罗夫尼克也遭到炮击。至1991年底，克罗地亚战争已造成约1万人死亡，数十万人流离失所。{马细谱：《巴尔干纷争》，第233—236页。}", ""),
    ("p", "对于南斯拉夫局势的急剧变化，中国政府采取了审慎的态度。1991年7月初，中国外交部发言人在例行记者招待会上表示，南斯拉夫的问题应由南斯拉夫各族人民自己通过和平协商解决，外部势力不应干涉。{《外交部发言人就南斯拉夫局势答记者问》，《人民日报》1991年7月5日，第4版。}这一表态既体现了中国一贯坚持的不干涉内政原则，也与中国自身对主权和领土完整问题的高度敏感有关。同年9月25日，安理会一致通过第713号决议，对南斯拉夫全境实行武器禁运。中国常驻联合国代表李道豫在发言中强调，安理会之所以能够审议此事，是因为南斯拉夫政府本身提出了召开会议的请求，这一做法不应构成安理会干预一国内政的先例。{UN Doc. S/PV.3009, 25 September 1991, pp. 57-58.}", ""),
    ("h2", "（二）巴丹泰尔委员会与1992年1月的集体承认"),
    ("p", "1991年8月27日，欧共体外长特别会议决定召开南斯拉夫问题和平会议，并设立由五国宪法法院院长组成的仲裁委员会，由法国宪法委员会主席罗贝尔·巴丹泰尔任主席，通称“巴丹泰尔委员会”。{巴丹泰尔委员会的成员为法国宪法委员会主席巴丹泰尔、德国联邦宪法法院院长罗曼·赫尔佐克、意大利宪法法院院长阿尔多·科拉萨尼蒂、比利时仲裁法院院长伊雷妮·佩特里和西班牙宪法法院院长弗朗西斯科·托马斯-巴连特。1991年至1993年间，委员会共发表了15份意见。}随后，和平会议在海牙开幕，由英国前外交大臣卡林顿勋爵主持。同年11月29日，巴丹泰尔委员会发表第1号意见，认定“南斯拉夫社会主义联邦共和国正处于解体过程之中”，从而把南斯拉夫问题从“分离”问题转换成了“解体”问题：既然联邦已在解体，各共和国的独立便不再是对既有国家领土完整的挑战。{Alain Pellet, \"The Opinions of the Badinter Arbitration Committee: A Second Breath for the Self-Determination of Peoples,\" European Journal of International Law, Vol. 3, No. 1, 1992, pp. 178-185.}该委员会随后在第2号和第3号意见中提出，各共和国之间原有的行政边界应依据“保持占有”原则转变为国际边界，而克罗地亚和波黑境内的塞族人只享有少数民族的权利，并不享有外部自决权。", ""),
    ("p", "1991年12月16日，欧共体外长会议在布鲁塞尔通过《关于东欧和苏联新国家承认的指导原则》及《关于南斯拉夫的宣言》，要求希望获得承认的南斯拉夫各共和国在规定期限内提出申请，由巴丹泰尔委员会审查后再作出决定。{\"Declaration on Yugoslavia\" and \"Guidelines on the Recognition of New States in Eastern Europe and in the Soviet Union,\" 16 December 1991, reprinted in European Journal of International Law, Vol. 4, No. 1, 1993, pp. 72-73.}然而，德国并未等待委员会的结论。12月23日，德国宣布承认斯洛文尼亚和克罗地亚，但同意推迟至欧共体统一行动时生效。德国外长汉斯-迪特里希·根舍认为，只有承认才能使克罗地亚战争“国际化”，从而制止塞尔维亚的进攻；联合国秘书长哈维尔·佩雷斯·德奎利亚尔则在12月10日致欧共体轮值主席国荷兰外交大臣范登布鲁克的信中警告，过早的、选择性的承认可能使战火蔓延到波黑。{Hans-Dietrich Genscher, Erinnerungen, Berlin: Siedler, 1995, S. 955-962; Silber and Little, Yugoslavia: Death of a Nation, pp. 199-201.}", ""),
    ("p", "1992年1月11日，巴丹泰尔委员会公布了关于各共和国承认申请的第4号至第7号意见，认为斯洛文尼亚和马其顿已满足欧共体规定的条件，克罗地亚须进一步保障少数民族权利，波黑则需先举行全民公决以确认其人民的意志。{\"Conference on Yugoslavia Arbitration Commission: Opinions on Questions Arising from the Dissolution of Yugoslavia,\" International Legal Materials, Vol. 31, No. 6, 1992, pp. 1488-1526.}但欧共体的决定并未完全依照委员会的意见：1月15日，欧共体成员国集体承认斯洛文尼亚和克罗地亚；马其顿则因希腊对其国名的反对而未获承认，直至1993年4月8日才以“前南斯拉夫的马其顿共和国”的临时名称加入联合国。{1993年4月7日，安理会第817号决议建议接纳该国，并规定在国名争端解决之前临时称之为“前南斯拉夫的马其顿共和国”。2018年6月17日，希腊与马其顿签署《普雷斯帕协议》，该国于2019年2月正式改称“北马其顿共和国”。}美国在承认问题上起初持保留态度，直到波黑战争爆发前夕才承认斯洛文尼亚、克罗地亚和波黑三国。承认政策的这种“选择性”，后来被不少学者视为欧共体“欧洲时刻”失败的标志之一。", ""),
    ("p", "1992年初，中国对前南各共和国的独立采取了稳妥的做法，既不抢先，也不拖延。1992年4月27日，中国政府宣布承认斯洛文尼亚、克罗地亚和波黑三国；{《我国政府决定承认斯洛文尼亚、克罗地亚和波黑》，《人民日报》1992年4月28日，第1版。}同年5月12日和13日，中国先后同斯洛文尼亚和克罗地亚建立大使级外交关系。{中国与马其顿于1993年10月12日建交，与波黑于1995年4月3日建交。此后，1999年1月27日，马其顿政府宣布同台湾当局“建交”，中国政府随即于2月9日宣布中止与马其顿的外交关系，并于同年2月25日在安理会否决了延长联合国预防性部署部队在马其顿任期的决议草案。参见UN Doc. S/PV.3982, 25 February 1999。2001年6月18日，中马两国签署联合公报，恢复了外交关系。}与此同时，中国继续同以贝尔格莱德为首都、新成立的南联盟保持外交关系，中南两国的传统关系得以延续。", ""),
    ("blank",),
    ("h1", "二、联合国保护部队与波黑战争（1992—1995）", ""),
    ("blank",),
    ("h2", "（一）战争的爆发与“安全区”政策"),
    ("p", "1992年2月21日，安理会通过第743号决议，决定建立联合国保护部队，其最初任务是在克罗地亚境内的三个“联合国保护区”监督停火和人民军的撤离。该部队由印度籍将军萨蒂什·南比亚尔指挥，司令部设在萨拉热窝——这一选择本身就反映了当时人们对波黑局势的低估。{UN Doc. S/RES/743 (1992), 21 February 1992, https://undocs.org/S/RES/743(1992) [2022-03-10].}同年2月29日至3月1日，波黑举行独立公决，塞族人普遍抵制，投票者中99%以上赞成独立；公决结束后，阿利雅·伊泽特贝戈维奇领导的波黑宣布独立。4月6日，欧共体承认波黑，次日美国也予以承认。几乎与此同时，萨拉热窝遭到塞族武装的围困，这场围困一直持续到1996年2月，长达近四年。", "nbspend"),
    ("p", "战争爆发后，拉多万·卡拉季奇领导的塞族民主党宣布成立“塞族共和国”，拉特科·姆拉迪奇出任其军队司令。至1992年夏，塞族武装已控制波黑约70%的领土，并在东波斯尼亚和波萨维纳等地大规模推行“种族清洗”。5月30日，安理会通过第757号决议，对南联盟实行全面的经济制裁，中国和津巴布韦在表决中投了弃权票。李道豫在解释性发言中指出，中国一贯不赞成在国际关系中动辄诉诸制裁，制裁不但无助于问题的解决，反而会使局势更加复杂化，殃及无辜平民。{UN Doc. S/PV.3082, 30 May 1992, pp. 41-43.}同年9月19日，安理会又通过第777号决议，认定南联盟不能自动继承前南斯拉夫在联合国的会籍，中国再次投了弃权票。", "wrap"),
    ("p", "1992年8月26日至27日，联合国与欧共体在伦敦联合召开南斯拉夫问题国际会议，设立由联合国特使赛勒斯·万斯和欧共体代表戴维·欧文共同主持的前南问题国际会议指导委员会，会址设在日内瓦。{David Owen, Balkan Odyssey, London: Victor Gollancz, 1995, pp. 30-35.}1992年冬，萨拉热窝数十万居民在断水断电中度过了围城中的第一个冬天。次年1月，万斯和欧文提出将波黑划分为10个省的和平计划，即“万斯—欧文计划”。波黑克族和穆族先后接受了该计划，但波黑塞族议会于1993年5月上旬在帕莱否决了这一计划，随后举行的塞族公决也以压倒多数予以拒绝。{j|Ibid., pp. 160-165.}万斯—欧文计划的失败，同克林顿政府对该计划的冷淡态度不无关系。克林顿在竞选期间曾批评布什政府对波黑问题消极无为，主张“解除禁运、实施空袭”，但1993年春美国国务卿沃伦·克里斯托弗赴欧洲游说这一方案时，遭到英法两国的明确拒绝。", ""),
    ("p", "1993年3月，联合国保护部队波黑司令部指挥官菲利普·莫里永进入被围困的东波斯尼亚小城斯雷布雷尼察，当众承诺城中居民“不会被抛弃”。4月16日，安理会通过第819号决议，要求各方将斯雷布雷尼察及其周围地区视为“安全区”；5月6日，第824号决议又将萨拉热窝、图兹拉、泽帕、戈拉日代和比哈奇列为安全区。{Report of the Secretary-General pursuant to General Assembly resolution 53/35: The fall of Srebrenica, UN Doc. A/54/549, 15 November 1999, paras. 38-56.}随后通过的第836号决议授权联合国保护部队在自卫时使用武力保护安全区，并允许会员国通过区域组织提供空中支援。然而，联合国秘书长布特罗斯·布特罗斯-加利估计，有效保护安全区需要增派约3.4万名士兵，安理会最终只批准了7600人的“轻型方案”，而且这些兵力直到1994年年中仍未完全到位。", ""),
    ("nbsp",),
    ("p", "与此同时，北约逐步走上前台。1993年4月12日，北约开始执行“禁飞行动”，在波黑上空实施安理会第781号和第816号决议所规定的禁飞区。1994年2月5日，萨拉热窝马尔卡莱市场遭到炮击，68人死亡；北约随即向塞族武装发出最后通牒，要求其在10天内将重武器撤出萨拉热窝周围20公里的禁区。同月28日，北约战机在巴尼亚卢卡附近击落4架违反禁飞令的塞族飞机，这是北约成立45年来的第一次实战行动。同年3月18日，在美国的撮合下，波黑穆族和克族在华盛顿签署协议，组成波黑联邦，结束了双方持续近一年的冲突。4月，由美、俄、英、法、德五国组成的“联络小组”成立，开始取代前南问题国际会议成为协调大国政策的主要渠道。", ""),
    ("p", "中国在这一阶段的立场可以概括为：支持联合国在人道主义救援和维和方面的努力，但对安理会授权使用武力和实施制裁保持高度警惕。在1992年8月13日表决授权会员国“采取一切必要措施”保障人道主义物资运送的第770号决议时，中国与印度、津巴布韦一道投了弃权票。1993年3月31日表决授权以武力实施禁飞区的第816号决议时，中国又是唯一投弃权票的理事国。中国外交部发言人随后表示，武力不能解决波黑问题，只会使冲突扩大，和平谈判才是唯一的出路。{《外交部发言人就安理会通过关于波黑禁飞区的决议发表谈话》，《人民日报》1993年4月2日，第6版。}中国的这一立场，一方面源于对“人道主义干预”可能被滥用的担忧，另一方面也与冷战结束初期西方借人权问题对华施压的背景有关。", ""),
    ("h2p", "（二）从斯雷布雷尼察到代顿", "1995年春，由美国前总统吉米·卡特斡旋达成的波黑停火协议到期，战事全面重燃。5月25日和26日，北约应联合国要求空袭帕莱附近的塞族弹药库，波黑塞族随即扣押了370多名联合国维和人员作为“人质”，并将其中一些人铐在可能成为空袭目标的设施上。这一事件使联合国保护部队的脆弱性暴露无遗，英法两国随后组建了快速反应部队。7月6日，姆拉迪奇指挥的塞族部队向斯雷布雷尼察发起进攻；11日，该城陷落，驻守的荷兰维和营未作抵抗。此后数日之内，约8000名穆斯林男子和男孩遭到屠杀，这是第二次世界大战结束以来欧洲最严重的暴行。{2001年8月2日，前南问题国际刑事法庭审判分庭在克尔斯蒂奇案中首次认定斯雷布雷尼察屠杀构成灭绝种族罪，2004年4月19日上诉分庭维持了这一认定；2007年2月26日，国际法院在波黑诉塞尔维亚和黑山案的判决中也作了相同认定。荷兰战争文献研究所的调查报告发表后，荷兰维姆·科克政府于2002年4月16日集体辞职。}不久，另一个安全区泽帕也告失守，前南问题国际刑事法庭则对卡拉季奇和姆拉迪奇提出了起诉。", ""),
    ("p", "8月4日至7日，克罗地亚军队发动“风暴行动”，一举收复了克拉伊纳地区，约15万至20万塞族人被迫逃离。8月28日，萨拉热窝马尔卡莱市场再次遭到炮击，造成43人死亡。两天后，北约发起代号为“精心使用武力”的大规模空袭，前后共出动战机3500余架次。{u|Robert C. Owen, ed., Deliberate Force: A Case Study in Effective Air Campaigning, Maxwell Air Force Base: Air University Press, 2000, pp. 2-5.}与此同时，在霍尔布鲁克的穿梭外交下，波黑、克罗地亚和南联盟三国外长在日内瓦就波黑和平的基本原则达成一致，承认波黑作为一个国家的延续，同时承认其内部由波黑联邦和塞族共和国两个实体组成，两者分别占有51%和49%的领土。10月5日，克林顿宣布波黑各方同意全面停火，停火于10月12日生效。", ""),
    ("p", "⟨1995年11月1日⟩，米洛舍维奇、图季曼和伊泽特贝戈维奇在美国俄亥俄州代顿的赖特—帕特森空军基地开始闭门谈判。经过⟨21⟩天的艰苦谈判，三方于⟨11月21日⟩草签《波黑和平总体框架协议》（通称“代顿协议”）及其⟨11⟩个附件，⟨12月14日⟩又在巴黎正式签署。{\"General Framework Agreement for Peace in Bosnia and Herzegovina,\" initialled in Dayton on 21 November 1995 and signed in Paris on 14 December 1995, UN Doc. A/50/790-S/1995/999, 30 November 1995.}代顿协议保留了波黑作为一个国家的国际法人格，但在其内部建立了极其复杂的“两个实体、三个民族”的权力分享结构，并设立高级代表一职，监督协议民事方面的执行，瑞典前首相卡尔·比尔特出任首任高级代表。12月15日，安理会通过第1031号决议，授权以北约为主的约6万人的多国执行部队接替联合国保护部队；数日后，联合国保护部队正式移交权力。至此，这支在前南地区最多时部署近4万人、有160余人殉职的维和部队结束了它在波黑的使命。", ""),
    ("p", "中国对代顿协议的签署表示欢迎。11月22日，中国外交部发言人表示，中方欢迎波黑和平协议的草签，希望有关各方切实履行协议，使波黑人民早日实现和平。{m|《外交部发言人就波黑和平协议草签发表谈话》，《人民日报》1995年11月23日，第6版。}在安理会表决第1031号决议时，中国投了赞成票，但常驻联合国代表秦华孙同时强调，执行部队的行动应严格限定在决议授权的范围之内，安理会援引《联合国宪章》第七章采取行动，不应成为今后处理类似问题的先例。{UN Doc. S/PV.3607, 15 December 1995, pp. 18-19.}此前，中国已于同年4月3日与波黑建交，至1995年前后，中国与前南各继承国的外交关系已全面建立。", ""),
    ("blank",),
    ("h1", "三、科索沃危机与北约空袭（1998—1999）", ""),
    ("blank",),
    ("h2", "（一）科索沃问题的激化"),
    ("p", "科索沃问题由来已久。根据1974年南斯拉夫宪法，科索沃享有与各共和国几乎同等的自治地位；1981年春，科索沃阿尔巴尼亚族学生发起要求“共和国地位”的大规模示威，遭到联邦当局镇压。自治权被大幅削减后，以易卜拉欣·鲁戈瓦为首的科索沃民主联盟采取非暴力抵抗路线，于1991年9月组织了非官方的“独立”公决，次年5月又自行举行“总统”和“议会”选举，建立起一套与塞尔维亚当局平行的教育、医疗和税收体系。然而，代顿谈判完全没有涉及科索沃问题，这使阿族社会对非暴力路线的信心大为动摇，主张武装斗争的“科索沃解放军”随之兴起。", ""),
    ("p", "1996年起，科索沃解放军开始袭击塞尔维亚警察和被其视为“通敌者”的阿族人。1998年2月底至3月初，塞尔维亚特警在德雷尼察地区发动清剿行动，3月5日在普雷卡兹村围攻科索沃解放军领导人阿德姆·亚沙里的住所，包括妇女儿童在内的50余人死亡。3月31日，安理会通过第1160号决议，对包括科索沃在内的南联盟实行武器禁运，中国投了弃权票。同年9月23日通过的第1199号决议要求南联盟停止针对平民的一切安全部队行动，中国再次弃权。10月13日，霍尔布鲁克与米洛舍维奇达成协议，南联盟同意削减在科索沃的部队，并接受欧安组织派遣2000人的核查团。随后，安理会第1203号决议对这一协议表示认可，中俄两国在表决中弃权。", ""),
    ("p", "1999年1月15日，科索沃拉察克村发生40余名阿族人被打死的事件，欧安组织科索沃核查团团长威廉·沃克随即指称这是塞尔维亚安全部队制造的“屠杀”，南联盟方面则认为死者系在与安全部队交火中被打死的科索沃解放军成员。{Tim Judah, Kosovo: War and Revenge, New Haven: Yale University Press, 2000, pp. 193-197.}以此为转折点，美国国务卿马德琳·奥尔布赖特推动联络小组向冲突双方施压。2月6日至23日，南联盟和科索沃阿族代表在法国朗布依埃举行谈判，3月15日至19日又在巴黎复会。最终，阿族代表团单方面签署了协议文本，南联盟方面则拒绝签署，其主要理由之一是协议附录B规定北约部队可以在南联盟全境自由通行，这无异于要求南联盟接受军事占领。{\"Rambouillet Accords: Interim Agreement for Peace and Self-Government in Kosovo,\" UN Doc. S/1999/648, 7 June 1999, Chapter 7, Appendix B.}", ""),
    ("h2", "（二）北约空袭与中国驻南使馆被炸"),
    ("p", "巴黎谈判破裂后，欧安组织核查团撤出科索沃。3月23日，在霍尔布鲁克最后一次劝说米洛舍维奇无果后，北约秘书长哈维尔·索拉纳指示北约盟军欧洲最高司令韦斯利·克拉克开始空中行动。{b|Press Statement by Dr. Javier Solana, Secretary General of NATO, Press Release (1999)040, 23 March 1999, https://www.nato.int/docu/pr/1999/p99-040e.htm [2022-03-15].}当天，正在飞往华盛顿途中的俄罗斯总理叶夫根尼·普里马科夫得知空袭已成定局，下令专机在大西洋上空掉头返回莫斯科。{b|Примаков Е. М. Годы в большой политике. М.: Совершенно секретно, 1999. С. 207—209.}次日晚，北约对南联盟发动代号为“盟军行动”的空袭，这是北约成立50年来首次在未经安理会授权的情况下对一个主权国家使用武力。{b|Ivo H. Daalder and Michael E. O'Hanlon, Winning Ugly: NATO's War to Save Kosovo, Washington, D.C.: Brookings Institution Press, 2000, pp. 91-100.}3月26日，俄罗斯、白俄罗斯和印度向安理会提交要求立即停止使用武力的决议草案，结果仅获中国、俄罗斯和纳米比亚3票赞成，12票反对，草案未获通过。", "noind"),
    ("p", "空袭持续了78天。北约起初预计米洛舍维奇会在几天之内屈服，但空袭反而促使南联盟安全部队加快了对阿族人的驱逐，至4月底，逃离科索沃的难民已超过50万人。4月23日至25日，北约在华盛顿召开成立50周年首脑会议，通过了新的《联盟战略概念》{b|\"The Alliance's Strategic Concept,\" approved by the Heads of State and Government participating in the meeting of the North Atlantic Council in Washington D.C. on 23rd and 24th April 1999, https://www.nato.int/cps/en/natolive/official_texts_27433.htm [2022-03-16].}，把“危机反应行动”列为北约的新任务，为北约在防区外采取行动提供了依据。5月下旬，空袭的目标已从军事设施扩大到桥梁、电厂、炼油厂和电视台等民用设施；5月27日，前南问题国际刑事法庭宣布以反人类罪和违反战争法规和惯例罪起诉米洛舍维奇，他由此成为第一位在任期间遭到国际刑事法庭起诉的国家元首。", "noind"),
    ("p", "在空袭期间发生的最严重事件之一，是中国驻南联盟大使馆被炸。当地时间1999年5月7日午夜前后（北京时间5月8日清晨），美国B-2轰炸机投下的5枚精确制导炸弹从不同角度击中位于贝尔格莱德新区的中国大使馆，新华社记者邵云环、《光明日报》记者许杏虎和朱颖遇难{b|唐家璇：《劲雨煦风》，北京：世界知识出版社2009年版，第175—183页。关于炸弹击中的时间，北京时间为1999年5月8日5时45分，当地时间为5月7日23时45分。}，20余人受伤，馆舍严重毁坏。事件发生后，中国政府立即发表声明，对以美国为首的北约的这一野蛮行径表示极大愤慨和严厉谴责，并提出最强烈的抗议。外交部长唐家璇随即紧急召见美国驻华大使詹姆斯·萨瑟，提出严正交涉。次日，国家副主席胡锦涛发表电视讲话，表示中国政府坚决支持和依法保护一切合法的抗议活动，同时防止过激行为。驻南联盟大使潘占林和使馆人员在馆舍被毁后坚持工作，直到空袭结束。", "noind"),
    ("p", "5月10日，中国政府宣布推迟中美两军高层交往，推迟中美在防扩散、军控和国际安全领域的磋商，中止中美在人权领域的对话。克林顿总统随后公开道歉，并同江泽民主席通电话表示歉意。美方将事件归咎于中央情报局使用了过时的地图，将中国使馆误认为南联盟联邦军需供应局的大楼。6月16日至17日，美国总统特使、副国务卿托马斯·皮克林来华通报美方的调查结果，中方认为美方的解释“不能令人信服”。经过多轮谈判，双方于同年7月30日就中方人员伤亡赔偿问题达成协议，美方支付450万美元；12月16日又就双方财产损失赔偿问题达成协议，美方向中方支付2800万美元，中方向美方支付287万美元。{b|参见《中美就美国轰炸我驻南使馆人员伤亡赔偿问题达成协议》，《人民日报》1999年7月31日，第1版；《中美就轰炸使馆财产赔偿问题达成协议》，《人民日报》1999年12月17日，第4版。}", "noind"),
    ("h2", "（三）安理会第1244号决议与战后安排"),
    ("p", "5月6日，西方七国和俄罗斯外长在德国波恩附近的彼得斯贝格举行会议，就科索沃问题的一般原则达成一致。此后，俄罗斯总统特使维克托·切尔诺梅尔金与代表欧盟的芬兰总统马尔蒂·阿赫蒂萨里一道，于6月2日至3日赴贝尔格莱德，向米洛舍维奇递交了和平方案。南联盟议会和政府随即接受了这一方案。6月9日，北约与南联盟军方在马其顿库马诺沃签署《军事技术协定》，南联盟部队开始撤出科索沃。次日，索拉纳宣布暂停空袭，安理会随即以14票赞成、0票反对、1票弃权通过第1244号决议，中国投了弃权票。", ""),
    ("p", "秦华孙在解释投票立场时指出，北约绕开安理会对一个主权国家狂轰滥炸，严重违反了《联合国宪章》和公认的国际关系准则，而决议草案没有对北约的行径作出应有的谴责；但考虑到南联盟已经接受和平方案、北约已暂停轰炸，且草案重申了各会员国对南联盟主权和领土完整的承诺，中国决定不阻挠其通过。{UN Doc. S/PV.4011, 10 June 1999, pp. 8-9.}这种“弃权而不否决”的做法，此后成为中国在涉及干预问题时的一种典型表决方式。第1244号决议确立了由联合国科索沃临时行政当局特派团实施民事管理、由以北约为主的驻科索沃部队维持安全的双重结构，但对科索沃的最终地位未作规定，只要求在“充分考虑朗布依埃协议”的基础上推动政治进程。法国人伯纳德·库什内出任首任秘书长特别代表。6月12日，驻科部队进入科索沃；就在此前数小时，约200名俄罗斯维和人员从波黑出发抢先进入了普里什蒂纳机场，一度引发俄美之间的紧张对峙。{t|Wesley K. Clark, Waging Modern War: Bosnia, Kosovo, and the Fut‖ure of Combat, New York: PublicAffairs, 2001, pp. 375-403.}", ""),
    ("blank",),
    ("h1", "四、南联盟的终结与科索沃地位问题（2000—2008）", ""),
    ("blank",),
    ("h2", "（一）米洛舍维奇的倒台与受审"),
    ("p", "2000年9月24日，南联盟举行联邦总统选举，塞尔维亚民主反对派的候选人沃伊斯拉夫·科什图尼察得票领先，但联邦选举委员会宣布需要举行第二轮投票。反对派随即发动了大规模的罢工和抗议，10月5日，数十万民众涌入贝尔格莱德，占领了联邦议会大厦和国家电视台。次日，米洛舍维奇承认选举失败；10月7日，科什图尼察宣誓就任南联盟总统。{《南联盟总统科什图尼察宣誓就职》，新华网，2000年10月7日，http://news.xinhuanet.com/world/2000-10/07/" + ZWSP + "content_59386.htm [2022-03-20]。}同年11月1日，南联盟以新会员国身份加入联合国。2001年1月，佐兰·金吉奇出任塞尔维亚共和国总理。", ""),
    ("p", "米洛舍维奇的下台并未使他免于审判。2001年4月1日，经过一天多的对峙，塞尔维亚警方在贝尔格莱德的寓所逮捕了米洛舍维奇。同年6月28日，即塞尔维亚传统的维多夫节当天，金吉奇政府不顾科什图尼察的反对，将米洛舍维奇移交海牙前南问题国际刑事法庭（此举与美国把经济援助同“合作”挂钩直接相关）。{ICTY, \"Prosecutor v. Slobodan Milošević (IT-02-54),\" https://www.icty.org/case/slobodan_milosevic [2022-03-20].}2002年2月12日，对米洛舍维奇的审判正式开始，起诉书涵盖克罗地亚、波黑和科索沃三场战争中的66项罪名。这场审判历时四年，2006年3月11日，米洛舍维奇在海牙的羁押中心因心脏病发作去世，审判随即终止，未作出判决。{2006年3月14日，审判分庭以被告死亡为由正式终止了诉讼程序。截至审判终止时，控方的举证已于2004年2月结束，辩方举证仍在进行之中。}", "ascii"),
    ("p", "2003年3月12日，金吉奇在贝尔格莱德政府大楼前遇刺身亡。在此之前，在欧盟共同外交与安全政策高级代表索拉纳的斡旋下，塞尔维亚和黑山于2002年3月14日签署《贝尔格莱德协议》，同意将南联盟改组为一个更加松散的国家联合体；2003年2月4日，南联盟议会通过《塞尔维亚和黑山宪章》，“南斯拉夫”这一存在了70余年的国名从此退出历史舞台。{Ustavna povelja državne zajednice Srbija i Crna Gora, Službeni list Srbije i Crne Gore, br. 1/2003, 4. februar 2003.}宪章同时规定，三年之后两个成员国均有权通过全民公决退出国家联合体。", "nbspend"),
    ("nbsp",),
    ("h2", "（二）黑山独立与科索沃单方面宣布“独立”"),
    ("p", "2006年5月21日，黑山依照宪章的规定举行独立公决。欧盟此前为公决设定了“投票率不低于50%、赞成票不低于55%”的门槛，并派斯洛伐克外交官米罗斯拉夫·莱恰克居中调解。公决结果显示，55.5%的投票者赞成独立，仅以微弱优势越过了门槛。{OSCE/ODIHR, Republic of Montenegro, Referendum on State-Status, 21 May 2006: OSCE/ODIHR Referendum Observation Mission Report, Warsaw, 4 August 2006, pp. 1-3.}6月3日，黑山议会宣布独立；两天后，塞尔维亚宣布继承塞黑的国际法人格。中国于6月14日宣布承认黑山，7月6日两国正式建交，米洛·久卡诺维奇领导的黑山政府对此表示欢迎。", ""),
    ("p", "2004年3月17日至18日，科索沃爆发了1999年以来最严重的族际暴力冲突，19人死亡，数十座塞尔维亚东正教教堂和修道院被焚毁，这使国际社会意识到“先标准、后地位”的政策难以为继。2005年11月，联合国秘书长科菲·安南任命阿赫蒂萨里为科索沃未来地位进程特使。2006年2月起，贝尔格莱德和普里什蒂纳双方在维也纳举行了多轮谈判，但在地位这一核心问题上毫无进展。2007年3月26日，阿赫蒂萨里向安理会提交了《科索沃地位解决全面建议》，主张科索沃在国际社会监督下实现独立，即所谓“有监督的独立”。{UN Doc. S/2007/168 and S/2007/168/Add.1, 26 March 2007.}由于俄罗斯明确反对，以该方案为基础的安理会决议草案始终未能付诸表决。同年8月10日至12月10日，由美国、欧盟和俄罗斯代表组成的“三驾马车”再次主持双方谈判，但仍无果而终。", ""),
    ("p", "2008年2月17日，科索沃议会在总理哈希姆·萨奇的主持下通过“独立宣言”，宣布科索沃为“独立和主权的国家”。次日，美国、英国、法国等国宣布承认，德国等国随后也予以承认；塞尔维亚总统鲍里斯·塔迪奇和总理科什图尼察则宣布该宣言“无效”，并召回了塞尔维亚驻各承认国的大使。{\"Kosovo Declaration of Independence,\" Assembly of Kosovo, 17 February 2008, http://www.assembly-kosova.org/common/docs/Dek_Pav_e.pdf [2022-03-24].}俄罗斯总统弗拉基米尔·普京称承认科索沃独立是一个“可怕的先例”，它将会“反过来打在西方自己的脸上”。同月，欧盟决定派遣约2000人的法治使团，接替联合国科索沃特派团的部分职能。", "ent"),
    ("p", "中国对科索沃单方面宣布独立表示严重关切。2月18日，外交部发言人刘建超在答记者问时表示，科索沃单方面宣布独立可能对巴尔干地区的和平稳定和建立多民族的科索沃社会的目标造成严重的消极影响，中方呼吁塞尔维亚和科索沃继续在国际法框架内通过谈判寻求双方都能接受的解决办法。{《外交部发言人刘建超就科索沃单方面宣布独立答记者问》，中华人民共和国外交部网站，2008年2月18日，https://www.fmprc.gov.cn/web/fyrbt_673021/t408939.shtml [2022-03-25]。}同年10月8日，第63届联合国大会以77票赞成、6票反对、74票弃权通过了塞尔维亚提出的决议，请求国际法院就科索沃单方面宣布独立是否符合国际法发表咨询意见，中国投了赞成票。{UN Doc. A/RES/63/3, 8 October 2008; A/63/PV.22, 8 October 2008.}2009年12月7日，中国政府代表薛捍勤出席国际法院的口头程序并发言，这是中国首次参与国际法院的口头程序。{ICJ, Accordance with International Law of the Unilateral Declaration of Independence in Respect of Kosovo (Request for Advisory Opinion), Verbatim Record, CR 2009/29, 7 December 2009, https://www.icj-cij.org/case/141 [2022-03-25].}", ""),
    ("blank",),
    ("h1", "结　语", ""),
    ("blank",),
    ("p", "从1991年到2008年，南斯拉夫的解体及随之而来的一系列战争深刻地改变了巴尔干地区的政治版图。斯洛文尼亚和克罗地亚的独立宣言开启了这一进程；1992年1月的集体承认和巴丹泰尔委员会的意见，为前南地区的国家分化确立了以共和国边界为基础的规则；1995年7月的斯雷布雷尼察悲剧和同年11月的代顿谈判，标志着主导权由欧洲向美国的转移；1999年3月24日开始的北约空袭，则使北约在未经安理会授权的情况下对一个主权国家使用武力成为现实。2008年2月科索沃单方面宣布“独立”，恰恰违背了巴丹泰尔委员会确立的“保持占有”原则，这说明大国在不同时期对同一套规则的取舍，始终服从于其自身的战略考量。", ""),
    ("p", "在这一过程中，中国的立场表现出明显的连续性。从20世纪90年代初对第713号、第757号和第770号决议的表态，到对第1244号决议的弃权，再到对科索沃单方面宣布“独立”的关切，中国始终强调尊重主权和领土完整、反对动辄使用武力和制裁、主张通过谈判解决争端。20世纪90年代中期以后，中国在安理会更多地以“弃权而不否决”的方式表达保留，既避免与西方国家正面对抗，又维护了自身的原则立场。中国驻南使馆被炸事件则使中国对北约“新干涉主义”的警惕上升到了新的高度，并深刻影响了21世纪初中国对美国和北约的认知。", ""),
    ("p", "2010年7月22日，国际法院发表咨询意见，认为科索沃的独立宣言并不违反一般国际法，但刻意回避了科索沃是否已成为国家的问题。{Accordance with International Law of the Unilateral Declaration of Independence in Respect of Kosovo, Advisory Opinion, I.C.J. Reports 2010, p. 403.}前南问题留下的种种遗产——承认的政治化、“人道主义干预”与国家主权的张力、联合国安理会权威所受的冲击——至今仍在影响着欧洲乃至整个国际体系。对于这些问题的深入研究，仍有待于更多档案文献的开放。", ""),
    ("blank",),
    ("editor", "（责任编辑：周　岚）", ""),
]

REFS = [
    "[1] 马细谱. 巴尔干纷争[M]. 北京: 世界知识出版社, 1999.",
    "[2] 孔寒冰. 东欧史[M]. 北京: 北京大学出版社, 2010.",
    "[3] 钱其琛. 外交十记[M]. 北京: 世界知识出版社, 2003.",
    "[4] 唐家璇. 劲雨煦风[M]. 北京: 世界知识出版社, 2009.",
    "[5] WOODWARD S L. Balkan tragedy: chaos and dissolution after the Cold War[M]. Washington, D.C.: Brookings Institution, 1995.",
    "[6] SILBER L, LITTLE A. Yugoslavia: death of a nation[M]. New York: Penguin Books, 1997.",
    "[7] HOLBROOKE R. To end a war[M]. New York: Random House, 1998.",
    "[8] OWEN D. Balkan odyssey[M]. London: Victor Gollancz, 1995.",
    "[9] JUDAH T. Kosovo: war and revenge[M]. New Haven: Yale University Press, 2000.",
    "[10] DAALDER I H, O'HANLON M E. Winning ugly: NATO's war to save Kosovo[M]. Washington, D.C.: Brookings Institution Press, 2000.",
    "[11] PELLET A. The opinions of the Badinter Arbitration Committee: a second breath for the self-determination of peoples[J]. European Journal of International Law, 1992, 3(1): 178-185.",
    "[12] WELLER M. Contested statehood: Kosovo's struggle for independence[M]. Oxford: Oxford University Press, 2009.",
    "[13] ГУСЬКОВА Е Ю. История югославского кризиса (1990—2000)[M]. Москва: Русское право, 2001.",
]

BOTTOM = [
    ("blank", ""),
    ("prevnext", "上一篇：冷战后北约东扩与俄罗斯的安全困境（1993—2008）"),
    ("prevnext", "下一篇：塞尔维亚入盟进程中的科索沃因素"),
    ("blank", ""),
    ("related-head", "相关文章"),
    ("related", "· 巴尔干地区的“欧洲化”进程及其限度　2022-07-12"),
    ("related", "· 前南斯拉夫问题国际刑事法庭的历史遗产　2021-12-30"),
    ("related", "· 北约“防区外行动”的法理争议　2021-09-08"),
    ("related", "· 从承认政策看欧盟的国家建构实践　2021-04-16"),
    ("related", "· 1999年科索沃战争与欧洲安全与防务政策的起步　2020-11-25"),
    ("blank", ""),
    ("totop", "返回顶部"),
    ("copyright", "版权所有 © 2016-2022 《欧亚国际关系评论》编辑部　　地址：四川省成都市西岭大道188号　　邮编：611756"),
    ("contact", "电话：028-8765 4321　　E-mail：oyr@xlu.edu.cn"),
    ("icp", "蜀ICP备16021437号-1　　川公网安备 51012402000489号"),
    ("support", "技术支持：成都云栈网络科技有限公司"),
]

# ---------------------------------------------------------------- rendering
FW = str.maketrans("0123456789", "０１２３４５６７８９")
ASCII_P = str.maketrans({"，": ",", "。": ".", "（": "(", "）": ")", "：": ":", "；": ";"})
NOTE_RE = re.compile(r"\{(?:([bujtmr]+)\|)?([^{}]*)\}")


def fullwidth_spans(s):
    return re.sub(r"⟨([^⟩]*)⟩", lambda m: m.group(1).translate(FW), s)


def width(s):
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in s)


def hard_wrap(s, w=36.0):
    """Cut text into lines of about w em, as a PDF text layer pasted into a CMS."""
    def forbidden(a, b):
        if a.isascii() and a.isdigit() and b.isascii() and b.isdigit():
            return True          # never inside a number
        return b in "，。、；：）”》]"   # never before closing punctuation
    lines, cur = [], ""
    for c in s:
        if cur and width(cur + c) > w:
            j = len(cur)
            while j > 1 and forbidden(cur[j - 1], cur[j] if j < len(cur) else c):
                j -= 1
            lines.append(cur[:j])
            cur = cur[j:]
        cur += c
    if cur:
        lines.append(cur)
    return lines


def build():
    notes = []          # dicts: n, text, flags
    out = []            # (text, tag)
    for tag, text in TOP:
        out.append((text, tag))
    for tag, text in FRONT:
        out.append((text, tag))

    def body_text(text, flags):
        def rep(m):
            fl = m.group(1) or ""
            n = len(notes) + 1
            notes.append({"n": n, "text": m.group(2), "flags": fl})
            return str(n) if "b" in fl else "[%d]" % n
        s = NOTE_RE.sub(rep, text)
        s = fullwidth_spans(s)
        if "ascii" in flags:
            s = s.translate(ASCII_P)
        if "ent" in flags:
            s = s.replace("“", "&ldquo;").replace("”", "&rdquo;")
        return s

    for item in BODY:
        kind = item[0]
        if kind == "blank":
            out.append(("", "blank"))
        elif kind == "nbsp":
            out.append((NBSP, "blank-nbsp"))
        elif kind == "h1":
            out.append((item[1] + (" " if "trail" in item[2] else ""), "head1"))
        elif kind == "h2":
            out.append((item[1], "head2"))
        elif kind == "editor":
            out.append((item[1], "editor"))
        elif kind in ("p", "h2p"):
            if kind == "h2p":
                head, text, flags = item[1], item[2], item[3]
            else:
                head, text, flags = "", item[1], item[2]
            s = body_text(text, flags)
            if "wrap" in flags:
                for k, ln in enumerate(hard_wrap(s)):
                    out.append((ln, "body-wrap"))
                continue
            if kind == "h2p":
                pre = ""
            elif "ent" in flags:
                pre = "&nbsp;&nbsp;&nbsp;&nbsp;"
            elif "noind" in flags:
                pre = ""
            else:
                pre = IND
            s = pre + head + s
            if "nbspend" in flags:
                s += NBSP
            out.append((s, "head2-glued+body" if kind == "h2p" else "body"))
        else:
            raise ValueError(kind)

    # notes list
    out.append(("", "blank"))
    out.append(("注释", "notes-head"))
    dot_from = DOT_FROM
    for nt in notes:
        n, fl = nt["n"], nt["flags"]
        if "m" in fl:
            continue
        t = nt["text"]
        if "t" in fl:
            t = t.split("‖")[0]
        else:
            t = t.replace("‖", "")
        prefix = ("%d. " % n) if n >= dot_from else ("[%d] " % n)
        if "u" in fl:
            prefix = ""
        parts = t.split("¶")
        first = prefix + parts[0]
        if "j" in fl:
            prev_text, prev_tag = out[-1]
            out[-1] = (prev_text + first, prev_tag + "+note#%d" % n)
        else:
            out.append((first, ("note-unnumbered#%d" if "u" in fl else "note#%d") % n))
        for p in parts[1:]:
            out.append((p, "note-cont#%d" % n))
    out.append(("", "blank"))
    out.append(("参考文献", "refs-head"))
    for k, r in enumerate(REFS, 1):
        out.append((r, "ref#%d" % k))
    for tag, text in BOTTOM:
        out.append((text, tag))
    return out, notes


DOT_FROM = 38   # notes from this number on are listed as "n." instead of "[n]"


def render(out):
    return "\n".join(t for t, _ in out) + "\n"


def check(out, notes, raw):
    tags = [g for _, g in out]
    texts = [t for t, _ in out]
    assert "\r" not in raw and not raw.startswith("\ufeff") and raw.endswith("\n")
    # note count and flags
    assert 35 <= len(notes) <= 55, len(notes)
    fl = lambda c: [x["n"] for x in notes if c in x["flags"]]
    bare, unnum, missing, joined, trunc, brk = fl("b"), fl("u"), fl("m"), fl("j"), fl("t"), fl("r")
    assert len(bare) == 6 and bare == list(range(bare[0], bare[0] + 6)), bare
    assert len(unnum) == 1 and len(missing) == 1 and len(joined) == 1
    assert len(trunc) == 1 and len(brk) == 1
    # the bare markers are all in sub-section 三（二）, whose paragraphs have no indent
    i2 = texts.index("（二）北约空袭与中国驻南使馆被炸")
    i3 = texts.index("（三）安理会第1244号决议与战后安排")
    seg = "\n".join(texts[i2:i3])
    for n in bare:
        assert ("[%d]" % n) not in raw.split("注释")[0]
        assert re.search(r"[^\d\[]%d" % n, seg), n
    assert "开始空中行动。%d当天" % bare[0] in seg
    assert "莫斯科。%d次日晚" % bare[1] in seg
    assert "使用武力。%d3月26日" % bare[2] in seg
    assert "《联盟战略概念》%d，" % bare[3] in seg
    assert "朱颖遇难%d，" % bare[4] in seg
    assert ("287万美元。%d" % bare[5]) in seg
    # bracketed markers in the body run 1..N in order, skipping only the bare ones
    body_part = raw.split("\n注释\n")[0]
    seen = [int(x) for x in re.findall(r"\[(\d+)\]", body_part)]
    assert seen == [n for n in range(1, len(notes) + 1) if n not in bare], seen
    # notes list: missing / unnumbered / joined / truncated / broken
    notes_part = raw.split("\n注释\n")[1].split("\n参考文献\n")[0]
    nlines = notes_part.split("\n")
    for x in notes:
        n = x["n"]
        pre = ("%d. " % n) if n >= DOT_FROM else ("[%d] " % n)
        starts = [ln for ln in nlines if ln.startswith(pre)]
        if n in missing or n in unnum or n in joined:
            assert not starts, n
        else:
            assert len(starts) == 1, n
    assert ("[%d] " % joined[0]) in notes_part and sum(
        1 for ln in nlines if ("。[%d] " % joined[0]) in ln or (".[%d] " % joined[0]) in ln) == 1
    assert any(t.startswith("note-unnumbered#") for t in tags)
    assert any(t.startswith("note-cont#") for t in tags)
    assert [ln for ln in nlines if ln.endswith("and the Fut")]
    assert ZWSP in notes_part and ZWSP not in body_part
    # dotted notes are a contiguous tail
    assert DOT_FROM == bare[-1] + 1   # the "n." style starts with the first note of 三（三）
    assert all(("[%d] " % n) not in notes_part for n in range(DOT_FROM, len(notes) + 1))
    # body damage switches
    assert tags.count("head2-glued+body") == 1
    assert "（二）从斯雷布雷尼察到代顿1995年春，" in raw
    wrap = [t for t, g in out if g == "body-wrap"]
    assert 6 <= len(wrap) <= 9 and all(not w.startswith(IND) for w in wrap)
    assert any(w.endswith("同年9") for w in wrap) and any(w.startswith("月19日，") for w in wrap)
    fwl = [t for t, g in out if re.search("[０-９]", t)]
    assert len(fwl) == 1 and fwl[0].startswith(IND + "１９９５年１１月１日")
    asc = [t for t, g in out if g == "body" and "审判.2001年4月1日," in t]
    assert len(asc) == 1 and "审判." in asc[0] and "，" not in asc[0]
    ent = [t for t, g in out if "&ldquo;" in t]
    assert len(ent) == 1 and ent[0].startswith("&nbsp;&nbsp;&nbsp;&nbsp;2008年2月17日")
    assert tags.count("blank-nbsp") == 2
    assert sum(1 for t, g in out if g == "body" and t.endswith(NBSP)) == 2
    assert sum(1 for t, g in out if g.startswith("head1") and t.endswith(" ")) == 1
    # reference list numbered like the notes
    assert len(REFS) == 13
    return True


def main():
    out, notes = build()
    raw = render(out)
    check(out, notes, raw)
    data = raw.encode("utf-8")
    sha = hashlib.sha1(data).hexdigest()
    name = "h16_%s.txt" % sha[:8]
    for f in os.listdir(HERE):
        if f.startswith("h16_") and f.endswith(".txt") and f != name:
            os.remove(os.path.join(HERE, f))
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(data)
    print(name, len(raw), "chars", len(data), "bytes", raw.count("\n"), "lines", len(notes), "notes", "sha1", sha)
    if "--report" in sys.argv:
        for i, (t, g) in enumerate(out, 1):
            show = t if len(t) <= 70 else t[:40] + " … " + t[-25:]
            print("%4d  %-22s %s" % (i, g, show.replace("\t", "⇥").replace(NBSP, "⍽").replace(ZWSP, "‸")))


if __name__ == "__main__":
    main()
