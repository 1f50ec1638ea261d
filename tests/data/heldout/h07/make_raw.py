#!/usr/bin/env python3
"""Build the raw text of held-out article h07 (a journal web page pasted as text).

Standalone, standard library only, deterministic.

    python3 make_raw.py            writes h07_<sha1[:8]>.txt beside this script
                                   (older h07_*.txt there are deleted)
    python3 make_raw.py --report   also prints every line with its number, tag
                                   and length, and a few counts

Markup of CONTENT (one source line = one element):

    TAG|text        an element; TAG says what it is (see TAGS below)
    @gap on/off     from here on, put (or do not put) a blank line between
                    consecutive elements
    @blank          one blank line here
    @notes          the list of notes is printed here

Inside a paragraph (P / PFW):

    {text}   a note: the marker [n] goes where the brace stands, n counted
             through the article, and "[n] text" goes into the notes list
    {!text}  the same, but the marker lost its brackets: only "n" is printed
    {-text}  the same, but the note is missing from the notes list
    {=text}  the same, but the note line is printed twice in the list
    ¦        the paragraph is cut into two lines here (copy accident)

PFW is a paragraph whose digits (not those of its markers) are full width.
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TAGS = {
    "F": "furniture", "FT": "front-title", "FA": "front-author",
    "FU": "front-affil", "FS": "front-abstract", "FK": "front-keywords",
    "FC": "front-clc", "FG": "front-fund", "FB": "front-bio",
    "E": "english", "H0": "heading0", "H1": "heading1", "H2": "heading2",
    "P": "body", "PFW": "body:FW", "X": "advert(furniture in body)",
    "NL": "notes-label", "RL": "refs-label", "R": "reference", "ED": "editor",
}

CONTENT = r"""
F|环南海研究 · Circum-South China Sea Studies
F|首页 | 期刊简介 | 过刊浏览 | 投稿指南 | 联系我们
F|当前位置：首页 > 2022年第2期 > 正文
@blank
FT|从对话伙伴到全面战略伙伴：中国—东盟关系与南海问题的演进（1991—2021）
F|来源：《环南海研究》2022年第2期
F|发布时间：2022-04-18 09:30  浏览次数：1,284  字号：大 中 小
F|分享到：微信 微博 QQ空间
@gap on
FA|【作者】林启航　谢婉清
FU|【单位】闽南海洋大学 东南亚研究中心，福建 漳州 363000
FS|【摘要】1991年7月，中国外长钱其琛出席在吉隆坡举行的第24届东盟外长会议开幕式，开启了中国与东盟的对话进程。此后30年间，中国—东盟关系先后经历了1996年成为全面对话伙伴、2003年建立战略伙伴关系和2021年建立全面战略伙伴关系等重要节点，2010年全面建成的中国—东盟自由贸易区和2020年签署的《区域全面经济伙伴关系协定》使双方经济联系日益紧密。与此同时，南海问题在2009年以后明显升温，2012年的黄岩岛对峙、2013—2016年的南海仲裁案以及美国“亚太再平衡”和“印太战略”的推进，给双方关系带来严峻考验。本文认为，经济合作与制度建设的持续推进和南海争议的时起时伏构成了中国—东盟关系的“双轨”特征，东盟国家的差异化应对和美国因素是影响这一进程的关键变量；以“南海行为准则”磋商为代表的规则建设，是双方管控分歧、巩固全面战略伙伴关系的必由之路。
FK|【关键词】中国—东盟关系；南海问题；《南海各方行为宣言》；“南海行为准则”；全面战略伙伴关系
FC|【中图分类号】D822.333　【文献标识码】A　【文章编号】2096-7718（2022）02-0045-17
FG|【基金项目】国家社会科学基金一般项目“中国—东盟海上合作机制建设研究”（21BGJ047）
FB|【作者简介】林启航（1979—），男，福建泉州人，闽南海洋大学东南亚研究中心副教授，法学博士，主要研究方向为东南亚国际关系与海洋政治；谢婉清（1997—），女，福建龙岩人，闽南海洋大学东南亚研究中心硕士研究生。
E|From Dialogue Partners to Comprehensive Strategic Partners: China-ASEAN Relations and the South China Sea Issue (1991-2021)
E|LIN Qihang, XIE Wanqing (Center for Southeast Asian Studies, Minnan Ocean University, Zhangzhou 363000, China)
E|Abstract: In July 1991, Chinese Foreign Minister Qian Qichen attended the opening of the 24th ASEAN Ministerial Meeting in Kuala Lumpur, which started the dialogue between China and ASEAN. Over the following thirty years the relationship passed through several milestones: China became a full dialogue partner in 1996, the two sides established a strategic partnership in 2003 and a comprehensive strategic partnership in 2021, the China-ASEAN Free Trade Area was completed in 2010, and the RCEP was signed in 2020. At the same time, the South China Sea issue heated up after 2009, and the Scarborough Shoal standoff of 2012, the arbitration case of 2013-2016 and the American "rebalance" and "Indo-Pacific strategy" put the relationship to a severe test. The article argues that steady economic and institutional cooperation combined with recurring maritime disputes forms a "dual-track" pattern, and that rule-making, above all the Code of Conduct consultations, is the only way to manage differences.
E|Key words: China-ASEAN relations; South China Sea; DOC; Code of Conduct; comprehensive strategic partnership
H0|引言
P|2021年11月22日，国家主席习近平在北京以视频方式出席并主持中国—东盟建立对话关系30周年纪念峰会，双方共同宣布建立中国东盟全面战略伙伴关系。{习近平：《命运与共 共建家园——在中国—东盟建立对话关系30周年纪念峰会上的讲话》，《人民日报》2021年11月23日，第2版。}这是中国—东盟关系史上的又一座里程碑。从1991年7月中国外长钱其琛出席第24届东盟外长会议开幕式算起，双方的对话关系已经走过30年。30年来，中国与东盟的贸易额从1991年的不足80亿美元增长到2020年的6846亿美元；东盟在2020年首次超过欧盟，成为中国第一大贸易伙伴，中国则自2009年起连续12年保持东盟第一大贸易伙伴的地位。{《2020年中国与东盟贸易额达6846亿美元 东盟首次成为我国第一大贸易伙伴》，新华网，2021年1月14日，http://www.xinhuanet.com/fortune/2021-01/14/c_1126983542.htm，访问日期：2022年1月10日。}
P|然而，这30年并非一帆风顺。南海问题始终是中国—东盟关系中最敏感、也最容易受到外部因素干扰的议题。20世纪90年代中期的美济礁事件、2012年的黄岩岛对峙、2013—2016年的南海仲裁案，以及2015年以来美国在南海频繁实施的所谓“航行自由行动”，都曾对双方关系造成不同程度的冲击。{关于南海争议的由来及其在20世纪90年代以前的演变，参见吴士存：《南沙争端的起源与发展》，中国经济出版社2010年版，第35—62页。}经济合作不断深化与海上争议反复升温长期并存，构成了观察中国—东盟关系的一个基本悖论：双方一方面在“10+1”框架下建成了发展中国家之间规模最大的自由贸易区，另一方面却始终未能就“南海行为准则”达成一致。
P|学界对上述现象已有较多讨论。国内学者多从制度化合作的角度考察中国—东盟关系的阶段性演进，认为以“10+1”为核心的多层次合作机制为管控分歧提供了缓冲；{宋知远：《中国—东盟关系的制度化进程（1991—2011）》，世界知识出版社2013年版，第12—20页；柯雨桐：《亚洲金融危机与东亚合作的起源》，《当代亚太》2008年第2期，第88—104页。}也有学者从东盟“中心地位”出发，分析东盟内部在南海问题上的立场分化及其对集体行动的制约。{韩立舟：《东盟“中心地位”与南海问题的多边化》，《东南亚研究》2014年第3期，第22—31页。}国外研究则更多关注大国竞争背景下东南亚国家的“对冲”战略，其中阿查亚（Amitav Acharya）、斯托里（Ian Storey）和沈大伟（David Shambaugh）等人的著作影响较大。{Amitav Acharya, Constructing a Security Community in Southeast Asia: ASEAN and the Problem of Regional Order, 3rd ed., London: Routledge, 2014, pp. 201-226; Ian Storey, Southeast Asia and the Rise of China: The Search for Security, London: Routledge, 2011; David Shambaugh, Where Great Powers Meet: America and China in Southeast Asia, New York: Oxford University Press, 2021.}不过，现有研究或侧重经济合作，或侧重安全议题，将两者置于同一时间轴上加以系统梳理的成果仍不多见。
P|有鉴于此，本文以1991—2021年为考察时段，将中国—东盟关系划分为四个阶段，即对话关系的开启（1991—1997）、制度化合作的深化（1997—2009）、南海问题的升温（2009—2016）以及“准则”磋商与全面战略伙伴关系的建立（2016—2021），并在此基础上讨论东盟主要成员国和美国在其中扮演的角色。需要说明的是，上述分期只是为了叙述的方便，各阶段之间并无截然的界限。
H1|一、对话关系的开启与初步发展（1991—1997）
H2|（一）冷战结束与对话的起步
P|20世纪80年代末，随着冷战走向终结和柬埔寨问题政治解决进程的推进，中国与东南亚国家的关系迎来了新的契机。1990年8月8日，中国与印度尼西亚恢复中断了23年之久的外交关系；同年10月3日，中国与新加坡正式建交；次年9月30日，中国又与文莱建交。{钱其琛：《外交十记》，世界知识出版社2003年版，第111—137页。}至此，中国与当时东盟全部6个成员国都建立或恢复了外交关系。1991年10月23日，柬埔寨问题巴黎国际会议签署《柬埔寨冲突全面政治解决协定》；同年11月，越共中央总书记杜梅和部长会议主席武文杰访华，中越关系实现正常化。
P|正是在这一背景下，1991年7月19日，钱其琛作为马来西亚政府的客人，应邀出席在吉隆坡举行的第24届东盟外长会议开幕式，并同东盟6国外长举行了非正式会晤。{《钱其琛外长出席东盟外长会议开幕式》，《人民日报》1991年7月20日，第4版。}这是中国外长第一次与东盟外长进行集体接触，通常被视为中国与东盟对话关系的起点。次年7月，钱其琛再次应邀出席在马尼拉举行的第25届东盟外长会议。1992年7月22日，东盟外长会议通过了《东盟关于南海问题的宣言》，呼吁有关各方在不诉诸武力的前提下以和平方式解决主权和管辖权争议。值得注意的是，全国人大常委会此前已于1992年2月25日通过《中华人民共和国领海及毗连区法》，东盟的这一宣言在一定程度上是对此作出的反应。
P|1993年9月，东盟秘书长阿吉特·辛格访华，双方同意成立经济贸易合作和科学技术合作两个联合委员会。1994年7月，中国与东盟在曼谷通过换文正式成立上述两个委员会，中国成为东盟的“磋商伙伴”。同月25日，东盟地区论坛首届部长级会议在曼谷举行，中国作为创始成员与会。东盟地区论坛是亚太地区第一个政府间多边安全对话机制，18个创始成员中既有东盟国家，也有美国、日本、俄罗斯等域外大国，而东盟则牢牢占据着“驾驶员座位”。{东盟地区论坛的18个创始成员是：东盟6国（文莱、印度尼西亚、马来西亚、菲律宾、新加坡、泰国），东盟的7个对话伙伴（美国、日本、澳大利亚、新西兰、加拿大、韩国和欧盟），2个磋商伙伴（中国、俄罗斯）以及3个观察员（越南、老挝和巴布亚新几内亚）。参见Amitav Acharya, Constructing a Security Community in Southeast Asia, pp. 182-190。}中国对多边安全对话起初心存疑虑，担心南海、台湾等问题被“国际化”，但最终选择参与其中，这本身就是中国周边外交观念转变的一个标志。
P|1995年初，菲律宾方面公开指责中国在美济礁修建设施，双方围绕美济礁的争执一度引起东盟各国的普遍关注。1995年8月1日，钱其琛在文莱斯里巴加湾市出席第2届东盟地区论坛外长会议时表示，中国愿意根据公认的国际法，包括1982年《联合国海洋法公约》，通过和平谈判妥善解决南海争议。{《钱其琛在东盟地区论坛会议上阐述中国立场》，新华社斯里巴加湾市1995年8月1日电，载《人民日报》1995年8月2日，第6版。}同月，中菲在马尼拉举行磋商并发表联合声明，就处理南海争议的若干原则达成一致，其中包括争议应由直接有关国家通过和平友好协商解决、双方逐步推进在有关海域的合作等内容。1996年5月15日，第八届全国人大常委会第十九次会议批准了《联合国海洋法公约》。
P|1996年7月，在雅加达举行的第29届东盟外长会议上，中国由东盟的“磋商伙伴”升格为“全面对话伙伴”，并首次以对话伙伴身份出席东盟与对话伙伴会议。{宋知远：《中国—东盟关系的制度化进程（1991—2011）》，第41—45页。}次年2月，中国—东盟联合合作委员会在北京举行首次会议，负责统筹协调双方在各领域的合作。至此，中国与东盟之间形成了高官磋商、联合合作委员会、经贸联委会、科技联委会和东盟北京委员会五个平行的对话合作机制。{同上，第47页。}
H2|（二）亚洲金融危机与“10+1”“10+3”的起步
P|1997年7月2日，泰国宣布放弃泰铢与美元挂钩的汇率制度，泰铢当天大幅贬值，亚洲金融危机由此爆发，并在短短数月内蔓延至印度尼西亚、马来西亚、菲律宾和韩国。危机之中，国际货币基金组织为受援国开出的紧缩“药方”在东南亚引起普遍不满，马来西亚总理马哈蒂尔对国际投机资本的批评尤为激烈。中国政府则承诺人民币不贬值，在国际货币基金组织的框架内向泰国提供了10亿美元的援助，并向印度尼西亚提供出口信贷和紧急药品援助。中国在危机中的表现提升了其在东南亚的形象，也使东盟国家认识到加强东亚内部合作的必要性。
P|同年12月，正值东盟成立30周年，第二次东盟非正式首脑会议在吉隆坡举行，东盟领导人首次邀请中国、日本、韩国三国领导人与会，分别举行了东盟与中日韩领导人会议和东盟分别与中日韩三国领导人的会议，“10+3”和“10+1”合作机制由此起步。12月16日，国家主席江泽民出席首次中国—东盟领导人非正式会晤，双方发表《中华人民共和国与东盟国家首脑会晤联合声明》，确定建立“面向21世纪的睦邻互信伙伴关系”。{《中华人民共和国与东盟国家首脑会晤联合声明》，《人民日报》1997年12月17日，第1版。}联合声明明确提出，有关各方同意通过友好协商和谈判，以和平方式解决它们之间的争议，而不诉诸武力或以武力相威胁。{“10+1”指东盟分别与中国、日本、韩国举行的领导人会议，“10+3”指东盟与中日韩三国共同举行的领导人会议。1997年12月首次会晤时柬埔寨尚未加入东盟，东盟实际只有9个成员国；柬埔寨于1999年4月30日正式加入。}此后，“10+1”领导人会议每年举行一次，成为双方合作的最高决策机制。1999年11月28日，第三次东盟与中日韩领导人会议在马尼拉发表《东亚合作联合声明》；2000年5月，“10+3”财长会议在泰国清迈达成建立双边货币互换网络的“清迈倡议”。
@gap off
H1|二、制度化合作的深化（1997—2009）
H2|（一）自由贸易区倡议与《南海各方行为宣言》
P|进入21世纪，中国—东盟合作的重心从危机应对转向制度建设。2000年11月25日，朱镕基总理在新加坡举行的第4次中国—东盟领导人会议上首次提出建立中国—东盟自由贸易区的构想，并建议在“10+1”框架下成立专家组，就双方经济合作和建立自由贸易区的可行性进行研究。次年11月6日，第5次中国—东盟领导人会议在文莱斯里巴加湾市举行，双方领导人同意在10年内建成中国—东盟自由贸易区，并授权经济部长和高官启动谈判。此后，双方经过一年的磋商，就全面经济合作框架协议的文本达成一致，只待领导人签署。{!ASEAN-China Expert Group on Economic Cooperation, "Forging Closer ASEAN-China Economic Relations in the Twenty-First Century," October 2001, pp. 1-3.}2002年11月4日，在金边举行的第6次中国—东盟领导人会议上，朱镕基与东盟10国领导人签署《中国与东盟全面经济合作框架协议》，正式启动了中国—东盟自由贸易区的建设进程。同日，中国外交部副部长王毅与东盟10国外长签署《南海各方行为宣言》，这是中国与东盟国家签署的第一份有关南海问题的政治文件。{《南海各方行为宣言》，中华人民共和国外交部网站，https://www.fmprc.gov.cn/web/wjb_673085/zzjg_673183/yzs_673193/dqzz_673197/nanhai_673325/t4553.shtml，访问日期：2022年1月15日。}
P|《宣言》确认，各方承诺根据公认的国际法原则，包括1982年《联合国海洋法公约》，由直接有关的主权国家通过友好磋商和谈判，以和平方式解决它们的领土和管辖权争议；在争议解决之前，各方承诺保持自我克制，不采取使争议复杂化、扩大化和影响和平与稳定的行动，包括不在现无人居住的岛、礁、滩、沙或其他自然构造上采取居住的行动；各方还重申，制定“南海行为准则”将进一步促进本地区的和平与稳定，并同意在协商一致的基础上朝最终达成该目标而努力。{同上。}从东盟于1999年提出准则草案，到2000年3月中国提出自己的草案，再到2002年签署《宣言》，其间的磋商持续了3年之久，最终达成的只是一份不具法律约束力的政治宣言，这也为此后“准则”磋商的艰难埋下了伏笔。
P|《框架协议》确定了建成自由贸易区的时间表，即2010年与东盟6个老成员建成自由贸易区，2015年与4个新成员建成自由贸易区。作为先行步骤，“早期收获计划”自2004年1月1日起实施，双方对约600个税目的农产品率先削减关税。{东盟老成员指文莱、印度尼西亚、马来西亚、菲律宾、新加坡、泰国6国，新成员指20世纪90年代中后期加入东盟的越南、老挝、缅甸、柬埔寨4国。“早期收获计划”主要涵盖《协调制度》第1—8章的农产品。}2004年11月29日，双方在万象签署《货物贸易协议》和《争端解决机制协议》，次年7月起全面启动降税进程；2007年1月，双方在宿务签署《服务贸易协议》；2009年8月15日，双方在曼谷签署《投资协议》，自由贸易区的主要谈判至此全部完成，为次年1月1日自由贸易区的全面建成奠定了基础。
H2|（二）战略伙伴关系的建立与东亚合作的扩展
P|与经济合作同步，双方关系在政治安全领域也实现了突破。2003年10月8日，第7次中国—东盟领导人会议在印度尼西亚巴厘岛举行，温家宝总理出席会议。中国正式加入《东南亚友好合作条约》，成为第一个加入该条约的东盟域外大国；双方领导人签署《中国—东盟面向和平与繁荣的战略伙伴关系联合宣言》，中国也由此成为第一个与东盟建立战略伙伴关系的对话伙伴。{《中国—东盟面向和平与繁荣的战略伙伴关系联合宣言》，《人民日报》2003年10月9日，第3版。}印度于同日加入该条约，日本则迟至2004年7月才加入，中国在这一问题上的主动姿态赢得了东盟国家的普遍好评。2004年11月，双方又通过了落实联合宣言的《行动计划》，为此后5年的合作规划了具体路线图。
P|2010年1月1日，中国—东盟自由贸易区正式全面建成。这是中国对外商谈的第一个自由贸易区，也是当时世界上人口最多、发展中国家之间规模最大的自由贸易区。自贸区建成后，中国与东盟6个老成员国之间超过90%的产品实行零关税，中国对东盟的平均关税水平由9.8%降至0.1%。2010年，中国与东盟的贸易额达到2928亿美元，同比增长37.5%。{《中国—东盟自由贸易区今日全面建成》，新华网，2010年1月1日，http://news.xinhuanet.com/fortune/2010-01/01/content_12738254.htm，访问日期：2022年1月18日；《2010年中国与东盟贸易额突破2900亿美元》，《人民日报》2011年1月21日，第10版。}
P|在东亚合作层面，2005年12月14日，首届东亚峰会在吉隆坡举行，东亚合作形成了以“10+3”为主渠道、东亚峰会为补充的格局。2006年10月30日至31日，中国—东盟建立对话关系15周年纪念峰会在南宁举行。中国—东盟博览会自2004年起每年在南宁举办，成为双方经贸交流的重要平台。2008年国际金融危机爆发后，中方于2009年4月宣布设立总规模100亿美元的中国—东盟投资合作基金，并计划在3—5年内向东盟国家提供150亿美元信贷，其中包括17亿美元优惠性质的贷款。2003年建立战略伙伴关系之后的十年，常被称为中国—东盟关系的“黄金十年”。
P|南海方面，《宣言》签署后的数年间，局势总体保持平稳。2004年12月，落实《宣言》高官会首次在吉隆坡举行，决定成立落实《宣言》联合工作组；次年8月，联合工作组首次会议在马尼拉召开。2005年3月14日，中国、菲律宾、越南三国国家石油公司在马尼拉签署《在南中国海协议区三方联合海洋地震工作协议》，为期三年，成为争议海域共同开发的一次有益尝试，但该协议于2008年到期后未能续签。在北部湾，中越两国于2000年12月25日签署《中越北部湾领海、专属经济区和大陆架的划界协定》和《中越北部湾渔业合作协定》，两协定于2004年6月30日同时生效，这是中国与邻国划定的第一条海上边界。
H1|三、南海问题的升温与双边关系的考验（2009—2016）
H2|（一）争议升温与美国“重返亚太”
P|2009年被不少研究者视为南海局势的一个转折点。2009年5月6日，马来西亚和越南联合向联合国大陆架界限委员会提交南海南部的“外大陆架划界案”，越南次日又单独提交了南海北部的划界案。中国常驻联合国代表团于5月7日照会联合国秘书长，要求委员会不审议上述划界案，照会附有标明南海断续线的地图。{Permanent Mission of the People's Republic of China to the United Nations, Note Verbale CML/17/2009, 7 May 2009, https://www.un.org/depts/los/clcs_new/submissions_files/mysvnm33_09/chn_2009re_mys_vnm_e.pdf, accessed on January 20, 2022.}菲律宾于2011年4月照会联合国，对中方照会提出异议。此后，围绕南海的外交和法律交锋明显增多，而美国的介入使这一问题进一步复杂化。
P|2010年7月23日，美国国务卿希拉里·克林顿在河内举行的第17届东盟地区论坛外长会上宣称，南海航行自由关系到美国的“国家利益”，美国支持有关各方通过协作性的外交进程解决争端。中国外长杨洁篪在会上当即予以驳斥，指出南海局势总体是和平稳定的，把南海问题国际化、多边化只会使事情更加复杂。次年10月，希拉里在美国《外交政策》杂志发表题为《美国的太平洋世纪》的文章，系统阐述了美国将战略重心转向亚太的设想。{Hillary Clinton, "America's Pacific Century," Foreign Policy, No. 189, November 2011, pp. 56-63.}2011年11月17日，奥巴马总统在澳大利亚议会发表演讲，宣布美国将在塑造亚太地区的过程中发挥“更大和长期的作用”；两天后，奥巴马出席在巴厘岛举行的第6届东亚峰会，成为首位出席东亚峰会的美国总统。
P|2011年7月20日，中国与东盟国家外长在巴厘岛就《落实〈南海各方行为宣言〉指导方针》达成一致，为推进海上务实合作扫除了障碍。同年10月11日，越共中央总书记阮富仲访华期间，中越双方签署《关于指导解决中越海上问题基本原则协议》，同意通过友好协商和谈判妥善处理海上争议。不过，指导方针和双边原则协议都未能阻止紧张局势在次年的骤然升级。
P|2012年4月10日，菲律宾海军“德尔皮拉尔”号军舰在黄岩岛潟湖内企图抓扣在此避风作业的中国渔民，赶到的中国海监船对其进行了阻止，中菲黄岩岛对峙由此开始。{!《外交部发言人刘为民就黄岩岛事件答记者问》，中华人民共和国外交部网站，2012年4月11日，https://www.fmprc.gov.cn/web/fyrbt_673021/t922104.shtml，访问日期：2022年1月22日。}此后两个多月里，中菲双方船只在黄岩岛海域持续对峙，菲方还试图将问题提交国际法庭并寻求美国的支持。菲方于6月中旬以天气恶劣为由撤出其在黄岩岛海域的公务船只，中国公务船此后在该海域保持常态化存在。黄岩岛事件使中菲关系跌入两国建交以来的低谷。
P|同年7月，第45届东盟外长会议在柬埔寨金边举行。由于各方在联合公报是否提及黄岩岛问题上分歧严重，会议于7月13日闭幕时未能发表联合公报，这在东盟历史上尚属首次。会后，印度尼西亚外长马尔蒂·纳塔莱加瓦在东盟各国之间展开“穿梭外交”，东盟外长于7月20日发表《东盟关于南海问题的六点原则》，东盟内部的公开分歧才在一定程度上得到弥合。正如韩立舟所指出的，“2012年7月的金边会议是东盟内部在南海问题上的分歧第一次公开化，其影响远远超出了一份公报本身”。{=韩立舟：《东盟“中心地位”与南海问题的多边化》，第27页。}此前，越南国会于6月21日通过《越南海洋法》，将中国的西沙、南沙群岛纳入其所谓“主权”和“管辖”范围；中国民政部当天即宣布，国务院批准撤销西沙群岛、南沙群岛、中沙群岛办事处，设立地级三沙市。7月24日，三沙市成立大会在永兴岛举行。
H2|（二）南海仲裁案及其冲击
P|2013年1月22日，菲律宾依据《联合国海洋法公约》第287条和附件七的规定，就中菲南海有关争议单方面提起强制仲裁。同年2月19日，中国政府退回菲方照会及所附通知，明确表示不接受、不参与菲方提起的仲裁。同年6月21日，由5名仲裁员组成的仲裁庭宣告成立，设在海牙的常设仲裁法院担任书记处。2014年12月7日，中国外交部受权发布《中华人民共和国政府关于菲律宾共和国所提南海仲裁案管辖权问题的立场文件》，系统阐述了仲裁庭对该案不具有管辖权的理由。2015年10月29日，仲裁庭作出关于管辖权和可受理性问题的裁决，认定其对菲方的部分诉求具有管辖权。
PFW|2016年7月12日，仲裁庭作出所谓“最终裁决”，否定中国在南海断续线内的历史性权利主张，并认定南沙群岛所有高潮时高于水面的地物均属于不能产生专属经济区和大陆架的“岩礁”。{The South China Sea Arbitration (The Republic of the Philippines v. The People's Republic of China), PCA Case No. 2013-19, Award, 12 July 2016, paras. 278, 646, https://pca-cpa.org/en/cases/7/, accessed on January 25, 2022.}当天，中华人民共和国外交部发表声明，宣布该裁决是无效的，没有拘束力，中国不接受、不承认；中国政府同时发表《关于在南海的领土主权和海洋权益的声明》。{《中华人民共和国外交部关于应菲律宾共和国请求建立的南海仲裁案仲裁庭所作裁决的声明》《中华人民共和国政府关于在南海的领土主权和海洋权益的声明》，《人民日报》2016年7月13日，第1版。}翌日，国务院新闻办公室发表《中国坚持通过谈判解决中国与菲律宾在南海的有关争议》白皮书。美国国务院发言人则于裁决公布当天发表声明，称该裁决是“最终的”，对中菲双方“均具有法律约束力”。
P|仲裁案的审理恰与南海局势的另一轮升温相叠加。2014年5月2日起，中海油“海洋石油981”钻井平台在西沙群岛中建岛附近海域进行钻探作业，越南派出大批船只强行干扰，越南国内随即发生针对中国企业和人员的打砸抢烧事件，中越关系一度严重紧张。平台作业于7月15日提前结束。与此同时，中国在南沙部分驻守岛礁上开展的建设活动引起美国及部分东盟国家的强烈关注。2015年9月25日，习近平主席访美期间在白宫玫瑰园举行的¦联合记者会上表示，中方在南沙群岛进行的有关建设活动不针对、不影响任何国家，中国无意推行军事化。同年10月27日，美国海军“拉森”号驱逐舰未经中方允许进入南沙群岛渚碧礁邻近海域，这是美国首次以“航行自由行动”之名挑战中国南沙岛礁的邻近海域。此后，美军在南海的此类行动逐步常态化，2017—2020年间尤为频繁。{U.S. Department of Defense, Annual Freedom of Navigation Report, Fiscal Year 2016, February 28, 2017; 关于美国“航行自由行动”的法律依据及其争议，参见蓝海峤：《南海仲裁案裁决的国际法批判》，《国际法研究》2017年第1期，第45—60页。}
P|仲裁裁决公布之前，菲律宾国内政局已经发生变化。2016年6月30日，杜特尔特就任菲律宾总统，对华政策出现明显调整。同年10月18日至21日，杜特尔特对中国进行国事访问，双方发表联合声明，同意通过友好磋商和谈判，以和平方式解决领土和管辖权争议，中菲关系实现全面“转圜”。{《中华人民共和国与菲律宾共和国联合声明》，《人民日报》2016年10月22日，第3版。}2017年5月19日，中菲南海问题双边磋商机制第一次会议在贵阳举行。2018年11月20日至21日，习近平主席对菲律宾进行国事访问，这是中国国家主席13年来首次访菲，两国签署了《关于油气开发合作的谅解备忘录》。{《中华人民共和国政府与菲律宾共和国政府关于油气开发合作的谅解备忘录》，新华网，2018年11月27日，http://www.xinhuanet.com/world/2018-11/27/c_1123775131.htm，访问日期：2022年2月8日。}但是，菲律宾在仲裁裁决问题上的立场并未根本改变。2020年9月22日，杜特尔特在第75届联合国大会一般性辩论中表示，仲裁裁决“已成为国际法的一部分，不容妥协”。{"Statement of His Excellency Rodrigo Roa Duterte, President of the Republic of the Philippines, at the General Debate of the 75th Session of the United Nations General Assembly," September 22, 2020, https://www.officialgazette.gov.ph/2020/09/22/statement-at-the-general-debate-of-the-75th-session-of-the-unga/, accessed on February 8, 2022.}
@gap on
H1|四、从“准则”磋商到全面战略伙伴关系（2016—2021）
H2|（一）“南海行为准则”磋商的推进
P|仲裁案之后，中国与东盟国家将管控分歧的重心重新放回地区规则的建设上。2016年7月25日，中国—东盟外长会在老挝万象举行，会后发表《中国和东盟国家外交部长关于全面有效落实〈南海各方行为宣言〉的联合声明》，重申由直接有关的主权国家通过谈判和平解决争议。同年9月7日，第19次中国—东盟领导人会议在万象通过了《中国与东盟国家应对海上紧急事态外交高官热线平台指导方针》和《中国与东盟国家关于在南海适用〈海上意外相遇规则〉的联合声明》。2017年5月18日，在贵阳举行的落实《宣言》第14次高官会审议通过了“准则”框架草案；同年8月6日，中国—东盟外长会在马尼拉正式通过“准则”框架。{-《王毅：中国—东盟外长会通过“南海行为准则”框架》，新华网，2017年8月6日，http://www.xinhuanet.com/world/2017-08/06/c_1121439795.htm，访问日期：2022年2月10日。}11月13日，李克强总理在马尼拉出席第20次中国—东盟领导人会议时宣布，正式启动“准则”案文磋商。
P|2018年8月2日，王毅在新加坡举行的中国—东盟外长会上宣布，各方已形成“南海行为准则单一磋商文本草案”，这是“准则”磋商进程中的又一重要进展。同年11月，李克强在新加坡出席第21次中国—东盟领导人会议时提出，希望在未来三年内完成“准则”磋商；会议还通过了《中国—东盟战略伙伴关系2030年愿景》。2019年7月31日，王毅在曼谷宣布，“准则”单一磋商文本草案的第一轮审读已提前完成，第二轮审读正式启动。{《王毅：“南海行为准则”单一磋商文本草案第一轮审读提前完成》，新华网，2019年7月31日，http://www.xinhuanet.com/world/2019-07/31/c_1124822530.htm，访问日期：2022年2月10日。}2020年初新冠肺炎疫情暴发后，“准则”的面对面磋商被迫中断；2021年以来，各方通过视频会议等方式恢复磋商，并在序言部分的案文上取得了初步共识。目前，“准则”磋商的主要分歧仍集中在适用范围、法律性质、与《联合国海洋法公约》的关系以及域外国家在相关海域的活动等问题上。
P|“准则”磋商期间，海上摩擦并未止息。2019年7月至10月，中国“海洋地质8号”调查船在南沙群岛万安滩附近海域作业，越方船只跟踪干扰，双方对峙持续数月。同年12月12日，马来西亚向联合国大陆架界限委员会提交南海北部外大陆架划界案，中国常驻联合国代表团当天照会联合国秘书长表示反对。2020年4月至5月，“海洋地质8号”又在马来西亚国家石油公司租用的“西卡佩拉”号钻井船附近海域作业，美国和澳大利亚军舰随即进入附近海域。这些事件表明，在“准则”达成之前，《宣言》所倡导的自我克制仍面临严峻考验。
H2|（二）“一带一路”与亚投行在东南亚
P|2013年10月3日，习近平在印度尼西亚国会发表演讲，提出中国愿同东盟国家加强海上合作，共同建设“21世纪海上丝绸之路”，并倡议筹建亚洲基础设施投资银行。{习近平：《携手建设中国—东盟命运共同体——在印度尼西亚国会的演讲》，《人民日报》2013年10月4日，第2版。}同月9日，李克强在文莱斯里巴加湾市出席第16次中国—东盟领导人会议时提出“2+7合作框架”，倡议打造中国—东盟自由贸易区升级版。此后一年，包括东盟9国在内的21个首批意向创始成员国的代表在北京签署了《筹建亚投行备忘录》。2015年6月29日，《亚洲基础设施投资银行协定》签署仪式在北京举行；2016年1月16日，亚投行正式开业，东盟10国均为其创始成员国。同年6月，亚投行董事会批准首批4个项目，其中包括与世界银行联合融资的印度尼西亚国家贫民窟改造项目。
X|【延伸阅读】习近平出席中国—东盟建立对话关系30周年纪念峰会并宣布建立中国东盟全面战略伙伴关系（2021-11-22）
P|在“一带一路”框架下，一批标志性基础设施项目在东南亚相继落地。2015年10月16日，中国与印度尼西亚企业联合体签署雅万高铁合资协议；次年1月21日，雅万高铁举行开工奠基仪式。中老铁路于2016年12月全线开工，2021年12月3日建成通车；中泰铁路一期工程于2017年12月开工。{骆青岚：《“一带一路”倡议在东南亚的推进与挑战》，《南洋问题研究》2019年第4期，第1—14页。}马来西亚东海岸铁路于2017年8月开工，但马哈蒂尔在2018年5月的大选中率希望联盟获胜、重新出任总理后，以财政困难为由暂停了该项目。同年8月访华期间，马哈蒂尔在北京的记者会上表示，马来西亚不希望看到“新版本的殖民主义”出现。经过艰苦谈判，中马双方于2019年4月12日签署补充协议，将东海岸铁路一期和二期工程的造价由655亿林吉特降至440亿林吉特，项目随即复工，中马关系也经受住了考验。{《中马就东海岸铁路项目签署补充协议》，新华网，2019年4月12日，http://www.xinhuanet.com/world/2019-04/12/c_1124361548.htm，访问日期：2022年2月15日。}
H2|（三）RCEP与全面战略伙伴关系的建立
P|区域经济一体化方面，2015年11月22日，中国与东盟在吉隆坡签署自由贸易区升级议定书，该议定书于2019年10月22日对所有成员全面生效。2012年11月20日，东盟10国与中国、日本、韩国、澳大利亚、新西兰、印度6国领导人在金边共同发布启动《区域全面经济伙伴关系协定》谈判的联合声明。经过8年31轮正式谈判，2020年11月15日，第4次区域全面经济伙伴关系协定领导人会议以视频方式举行，东盟10国和中国、日本、韩国、澳大利亚、新西兰共15国正式签署《区域全面经济伙伴关系协定》（RCEP）。{《区域全面经济伙伴关系协定》全文及相关文件，中国自由贸易区服务网，http://fta.mofcom.gov.cn/rcep/rcep_new.shtml，访问日期：2022年2月18日。}印度已于2019年11月宣布退出谈判。协定自2022年1月1日起对已完成核准程序的10国生效。此前，在新冠肺炎疫情的冲击下，东盟于2020年上半年首次超过欧盟成为中国第一大贸易伙伴；东盟秘书处的统计也显示，2020年中国连续第12年保持东盟第一大贸易伙伴地位。
P|2021年是中国—东盟建立对话关系30周年。6月7日，中国—东盟建立对话关系30周年特别外长会在重庆举行。11月22日，习近平以视频方式主持中国—东盟建立对话关系30周年纪念峰会，正式宣布建立中国东盟全面战略伙伴关系，并宣布中方愿在未来5年力争从东盟进口1500亿美元农产品，向东盟国家再提供1.5亿剂新冠疫苗无偿援助。{习近平：《命运与共 共建家园——在中国—东盟建立对话关系30周年纪念峰会上的讲话》，第2版。}值得注意的是，就在峰会召开前不久，即同月16日，菲律宾补给船未经中方同意闯入仁爱礁附近海域，中国海警船依法执行公务，菲律宾外交部随即提出抗议，杜特尔特在峰会发言中也提及此事。这表明，即便在双边关系全面升级之际，南海问题仍在持续影响中国与个别东盟国家的关系。当然，峰会发表的联合声明仍然强调，双方将在《东盟共同体2025愿景》和《中国—东盟战略伙伴关系2030年愿景》的基础上继续深化合作。
@gap off
H1|五、东盟国家的差异化应对与美国因素
P|东盟并非铁板一块。东盟10国在南海问题上的利益关切、对华经济依赖程度以及同美国的安全关系各不相同，这决定了它们在中美之间的政策选择存在明显差异。2015年底东盟共同体宣告建成之后，东盟在形式上更加强调“用一个声音说话”，但在涉及南海的具体问题上，成员国之间的分歧并未因此消失。{David Shambaugh, Where Great Powers Meet, pp. 185-240.}大体而言，越南、菲律宾、马来西亚和文莱是南海岛礁主权的声索国，印度尼西亚虽然不承认自己是争端当事方，却与中国存在海洋权益重叠问题，新加坡、泰国、柬埔寨、老挝和缅甸则是非声索国。
H2|（一）声索国与非声索国的不同选择
P|越南是在南海问题上立场最为强硬、同时对华关系又最为密切的东盟国家之一。中越两党两国保持着密切的高层交往：阮富仲于2011年10月、2015年4月和2017年1月三次访华，习近平则于2015年11月和2017年11月两次访越。另一方面，越南积极推进与美国、日本、印度等国的安全合作。2016年5月23日，奥巴马访越期间宣布全面解除对越武器禁运；2018年3月，美国“卡尔·文森”号航母访问岘港，这是越南战争结束以来美国航母首次访越。2020年越南担任东盟轮值主席国期间，一方面推动“准则”磋商，另一方面在南海问题上多次发表强硬表态。{!阮氏秋香：《越南的对冲战略与南海问题》，《南洋问题研究》2021年第2期，第33—47页。}
P|菲律宾的对华政策则随政府更迭而大幅摆动。阿基诺三世执政的2010—2016年，菲律宾在南海问题上采取对抗姿态，并于2014年4月28日与美国签署《加强防务合作协议》，允许美军轮驻菲律宾的军事基地。杜特尔特上台后推行“独立外交”，对美菲同盟一度表现出明显的疏离：2020年2月11日，菲律宾政府通知美方终止《访问部队协议》，但次年7月30日又宣布撤回终止决定。美菲同盟的起伏与中菲关系的冷暖，在很大程度上构成了此消彼长的两面。
P|马来西亚长期采取低调务实的“安静外交”。自1974年5月31日中马建交以来，两国关系总体稳定，马方倾向于通过双边渠道处理海上分歧，而不愿公开炒作。纳吉布执政时期，中马关系持续升温，2016年11月纳吉布访华期间，两国签署了涉及金额巨大的一揽子合作协议，马方还宣布向中国采购濒海任务舰。马哈蒂尔2018年重新执政后虽然对部分中资项目进行了重新谈判，但并未改变对华友好的基本方针。
P|印度尼西亚官方一贯表示其并非南海争端当事国，但纳土纳群岛附近海域的渔业纠纷使雅加达对相关问题日趋敏感。印尼在2016、2017和2020年三度就此采取引人注目的举措：2016年6月23日，佐科总统在纳土纳群岛附近海域的一艘军舰上召开内阁会议；次年7月14日，印尼政府公布新版国家地图，将纳土纳群岛以北的部分海域命名为“北纳土纳海”；2020年1月8日，佐科再次视察纳土纳群岛。与此同时，中印尼全面战略伙伴关系自2013年10月建立以来稳步发展，雅万高铁等合作项目持续推进，两国关系并未因海上摩擦而受到根本影响。
P|新加坡不是声索国，却在东盟与中国的关系中扮演着独特角色。2015—2018年，新加坡担任中国—东盟关系协调国，并于2018年担任东盟轮值主席国。{中国—东盟关系协调国由东盟成员国按国名字母顺序轮流担任，每届任期三年。新加坡之后，菲律宾于2018—2021年担任协调国，缅甸自2021年8月起接任。}新加坡总理李显龙多次强调，东南亚国家不希望被迫在中美之间“选边站”。2019年5月31日，李显龙在香格里拉对话会上发表主旨演讲，呼吁中美两国避免陷入对抗，为地区国家留出回旋空间；次年6月，他又在美国《外交事务》杂志发表题为《危险中的亚洲世纪》的文章，重申了这一立场。{Lee Hsien Loong, "The Endangered Asian Century: America, China, and the Perils of Confrontation," Foreign Affairs, Vol. 99, No. 4, 2020, pp. 52-64.}
H2|（二）美国因素：从“亚太再平衡”到“印太战略”
P|美国是影响南海局势和中国—东盟关系的最重要外部变量。奥巴马政府时期的“亚太再平衡”战略以军事部署、同盟强化和介入地区多边机制为主要抓手，2015年以来的“航行自由行动”则成为美国介入南海问题的常规手段。2014年12月，美国国务院发布《海洋界限》第143号报告，专门否定中国南海断续线的法律依据。{U.S. Department of State, Bureau of Oceans and International Environmental and Scientific Affairs, Limits in the Seas, No. 143, China: Maritime Claims in the South China Sea, December 5, 2014.}特朗普政府上台后，美国的亚太政策转向“印太战略”。2017年11月10日，特朗普在越南岘港举行的亚太经合组织工商领导人峰会上系统提出“自由开放的印太”构想；同月12日，美日印澳四国外交部门官员在马尼拉举行会谈，沉寂近十年的“四方安全对话”由此重启。{“四方安全对话”于2007年5月首次举行，2008年初因澳大利亚退出而中断。2017年11月12日的会谈由四国外交部门的司局级官员参加。参见Tanvi Madan, "The Rise, Fall, and Rebirth of the 'Quad'," War on the Rocks, November 16, 2017, https://warontherocks.com/2017/11/rise-fall-rebirth-quad/, accessed on February 22, 2022.}
P|2020年7月13日，美国国务卿蓬佩奥发表声明，公开否认中国在南海大部分海域的权益主张，宣称美方立场与仲裁裁决一致。{Michael R. Pompeo, "U.S. Position on Maritime Claims in the South China Sea," Press Statement, U.S. Department of State, July 13, 2020, https://2017-2021.state.gov/u-s-position-on-maritime-claims-in-the-south-china-sea/, accessed on February 22, 2022.}同年8月26日，美国商务部以参与南海岛礁建设为由，将24家中国企业列入“实体清单”。拜登政府执政后延续了这一路线：2021年3月12日，美日印澳四国领导人举行首次视频峰会；同年9月24日，四国领导人在华盛顿举行首次面对面峰会。其间，美英澳三国于9月15日宣布建立“三边安全伙伴关系”，印度尼西亚和马来西亚先后对此表示关切，担心其引发地区军备竞赛和核扩散风险。
P|面对美国政策的调整，东盟总体上采取了“不选边”的立场。2019年6月23日，第34届东盟峰会通过《东盟印太展望》，强调东盟中心地位、开放包容和对话合作，而非排他性的地缘竞争。东盟秘书处和多数成员国也都表示，东盟不愿成为大国博弈的“棋子”。对中国而言，美国因素固然增加了南海问题的复杂性，却也从反面凸显了中国与东盟通过地区规则管控分歧的必要性。
H0|结语
P|回顾1991—2021年中国—东盟关系的发展历程，可以发现一条清晰的主线：经济合作与制度建设不断推进，南海争议则时起时伏。从20世纪90年代的对话伙伴，到21世纪初的战略伙伴，再到2021年的全面战略伙伴，双方关系的每一次升级都以务实合作为基础；而从1995年的美济礁事件，到2012年的黄岩岛对峙，再到2016年的仲裁裁决，南海争议的每一次升温，都伴随着域外大国介入程度的加深。
P|30年来的经验表明，南海问题不是中国—东盟关系的全部，但处理不好南海问题，双方关系就难以行稳致远。2014年8月9日，王毅在缅甸内比都出席中国—东盟外长会后提出以“双轨思路”处理南海问题，即有关争议由直接有关的当事国通过友好协商谈判寻求和平解决，而南海的和平与稳定则由中国与东盟国家共同维护。{《王毅：以“双轨思路”处理南海问题》，新华网，2014年8月9日，http://www.xinhuanet.com/world/2014-08/09/c_1111999335.htm，访问日期：2022年2月28日。}这一思路既尊重了争端当事国之间的双边谈判，又为东盟作为整体参与南海地区秩序建设预留了空间，此后成为中方处理南海问题的基本原则。
P|展望未来，中国与东盟仍面临诸多挑战。“准则”磋商能否在合理期限内完成，东盟国家能否在大国竞争加剧的背景下维护自身的战略自主，都存在不确定性。近年来，部分域外国家以“航行自由”为名频繁派遣军舰进入南海，冷战思维在地区安全领域有所抬头。对此，中国与东盟应在全面战略伙伴关系框架下，继续以“10+1”合作为主渠道，以《区域全面经济伙伴关系协定》的实施为契机深化经济融合，以“准则”磋商为抓手推进规则建设，使南海真正成为和平之海、友谊之海、合作之海。
@notes
RL|参考文献：
R|[1] 钱其琛. 外交十记[M]. 北京: 世界知识出版社, 2003.
R|[2] 宋知远. 中国—东盟关系的制度化进程（1991—2011）[M]. 北京: 世界知识出版社, 2013.
R|[3] 韩立舟. 东盟“中心地位”与南海问题的多边化[J]. 东南亚研究, 2014(3): 22-31.
R|[4] 柯雨桐. 亚洲金融危机与东亚合作的起源[J]. 当代亚太, 2008(2): 88-104.
R|[5] 蓝海峤. 南海仲裁案裁决的国际法批判[J]. 国际法研究, 2017(1): 45-60.
R|[6] 骆青岚. “一带一路”倡议在东南亚的推进与挑战[J]. 南洋问题研究, 2019(4): 1-14.
R|[7] ACHARYA A. Constructing a security community in Southeast Asia: ASEAN and the problem of regional order[M]. 3rd ed. London: Routledge, 2014.
R|[8] STOREY I. Southeast Asia and the rise of China: the search for security[M]. London: Routledge, 2011.
R|[9] HAYTON B. The South China Sea: the struggle for power in Asia[M]. New Haven: Yale University Press, 2014.
R|[10] SHAMBAUGH D. Where great powers meet: America and China in Southeast Asia[M]. New York: Oxford University Press, 2021.
ED|（责任编辑：周　岚）
@blank
F|【打印本页】  【关闭窗口】
F|上一篇：东盟“印太展望”与区域架构的再平衡
F|下一篇：越南海洋战略的调整：基于2007年与2018年两份决议的比较
F|相关文章
F|· 南海仲裁案裁决五周年的回顾与反思（2021-07-12）
F|· 《南海各方行为宣言》签署二十年：成就与局限（2022-03-02）
F|· 2020年中国—东盟经贸关系评估（2021-03-15）
F|· RCEP生效与东亚区域合作的新阶段（2022-01-05）
F|· 从“10+1”到“10+3”：1997年金融危机后的东亚合作（2020-11-20）
@blank
F|Copyright © 2015-2022 《环南海研究》编辑部 版权所有
F|地址：福建省漳州市龙文区学府路168号  邮编：363000
F|闽ICP备15008832号-2  技术支持：海峡网络科技
"""

FW_TABLE = str.maketrans("0123456789", "０１２３４５６７８９")
NOTE_RE = re.compile(r"\{([!\-=]?)([^{}]*)\}")


def build():
    """Return (lines, tags, info). lines/tags are parallel lists."""
    lines, tags = [], []
    notes = []          # (n, kind, text)
    gap = False
    info = {"lost": [], "split_line": None, "fw_line": None, "advert_line": None,
            "dup_note": None, "missing_note": None, "note_lines": {},
            "marker_pos": {}}
    n = 0

    def emit(text, tag):
        lines.append(text)
        tags.append(tag)

    for src in CONTENT.strip("\n").split("\n"):
        if src == "@gap on":
            gap = True
            continue
        if src == "@gap off":
            gap = False
            continue
        if src == "@blank":
            emit("", "blank")
            continue
        if src == "@notes":
            if gap and lines and lines[-1] != "":
                emit("", "blank")
            emit("注释：", "notes-label")
            for num, kind, text in notes:
                if kind == "-":
                    info["missing_note"] = num
                    continue
                info["note_lines"][num] = len(lines) + 1
                emit("[%d] %s" % (num, text), "note#%d" % num)
                if kind == "=":
                    info["dup_note"] = num
                    emit("[%d] %s" % (num, text), "note-dup#%d" % num)
            continue
        tag, text = src.split("|", 1)
        if gap and lines and lines[-1] != "":
            emit("", "blank")
        if tag in ("P", "PFW"):
            if tag == "PFW":
                # full-width digits everywhere except inside the note braces
                parts = re.split(r"(\{[^{}]*\})", text)
                text = "".join(p if p.startswith("{") else p.translate(FW_TABLE)
                               for p in parts)

            def repl(m):
                nonlocal n
                n += 1
                kind, note = m.group(1), m.group(2)
                notes.append((n, kind, note))
                if kind == "!":
                    info["lost"].append(n)
                    return "\x00%d\x01" % n
                return "\x00[%d]\x01" % n
            text = NOTE_RE.sub(repl, text)
            pieces = text.split("¦")
            base = "body:FW" if tag == "PFW" else "body"
            for i, piece in enumerate(pieces):
                lineno = len(lines) + 1
                clean = piece.replace("\x00", "").replace("\x01", "")
                # record marker positions (line, column) for the report
                col_shift = 0
                for mm in re.finditer("\x00([^\x01]*)\x01", piece):
                    num = int(mm.group(1).strip("[]"))
                    info["marker_pos"][num] = (lineno, mm.start() - col_shift,
                                               mm.group(1))
                    col_shift += 2
                t = base
                if len(pieces) > 1:
                    t += ":split%d" % (i + 1)
                    info["split_line"] = info["split_line"] or lineno
                if tag == "PFW":
                    info["fw_line"] = lineno
                emit(clean, t)
            continue
        if tag == "X":
            info["advert_line"] = len(lines) + 1
        if tag == "H0" or tag == "H1" or tag == "H2":
            info.setdefault("headings", []).append(len(lines) + 1)
        emit(text, TAGS[tag])
    info["n_markers"] = n
    info["notes"] = notes
    return lines, tags, info


def check(lines, tags, info):
    n = info["n_markers"]
    assert n == 45, n
    assert len(info["lost"]) == 3, info["lost"]
    assert info["missing_note"] == 31, info["missing_note"]
    assert info["dup_note"] is not None
    # markers in document order, each number once
    body = [l for l, t in zip(lines, tags) if t.startswith("body")]
    found = []
    for l in body:
        found += [int(x) for x in re.findall(r"\[(\d+)\]", l)]
    assert found == [k for k in range(1, n + 1) if k not in info["lost"]], found
    # lost markers: the bare number stands right after 。 or ； in body text
    lost_before_digit = 0
    for k in info["lost"]:
        ln, col, mk = info["marker_pos"][k]
        s = lines[ln - 1]
        assert s[col:col + len(mk)] == str(k)
        assert s[col - 1] in "。；", (k, s[col - 3:col + 5])
        nxt = s[col + len(mk):col + len(mk) + 1]
        if nxt.isdigit():
            lost_before_digit += 1
    assert lost_before_digit == 1
    # notes list: numbers 1..n without the missing one, one line doubled
    nums = [int(re.match(r"\[(\d+)\]", l).group(1))
            for l, t in zip(lines, tags) if t.startswith(("note#", "note-dup#"))]
    want = []
    for k in range(1, n + 1):
        if k == info["missing_note"]:
            continue
        want.append(k)
        if k == info["dup_note"]:
            want.append(k)
    assert nums == want, nums
    i = tags.index("note-dup#%d" % info["dup_note"])
    assert lines[i] == lines[i - 1]
    # the full-width paragraph: no ASCII digit outside its markers
    fw = lines[info["fw_line"] - 1]
    assert re.sub(r"\[\d+\]", "", fw).translate(
        str.maketrans("", "", "0123456789")) == re.sub(r"\[\d+\]", "", fw)
    assert "２０１６年７月１２日" in fw
    # exactly one split paragraph; the cut is inside a sentence
    sp = [t for t in tags if t.endswith(":split1")]
    assert len(sp) == 1
    a = lines[info["split_line"] - 1]
    assert a[-1] not in "。！？”", a[-5:]
    # advert line stands between two body paragraphs
    k = info["advert_line"] - 1
    assert "（2021-11-22）" in lines[k]
    assert tags[k - 2].startswith("body") and tags[k - 1] == "blank"
    # one line per paragraph: no line holds a newline; no trailing spaces
    for l in lines:
        assert "\n" not in l and l == l.rstrip(), l
    # reference list restarts at [1]
    refs = [l for l, t in zip(lines, tags) if t == "reference"]
    assert [int(re.match(r"\[(\d+)\]", r).group(1)) for r in refs] == list(range(1, 11))


def han(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def main():
    lines, tags, info = build()
    check(lines, tags, info)
    text = "\n".join(lines) + "\n"
    sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    name = "h07_%s.txt" % sha
    for f in os.listdir(HERE):
        if f.startswith("h07_") and f.endswith(".txt") and f != name:
            os.remove(os.path.join(HERE, f))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    print(name, "chars=%d" % len(text), "lines=%d" % len(lines),
          "bytes=%d" % len(text.encode("utf-8")))
    if "--report" in sys.argv:
        for i, (l, t) in enumerate(zip(lines, tags), 1):
            print("%4d  %-26s %5d  %s" % (i, t, len(l), l[:50]))
        body = [l for l, t in zip(lines, tags) if t.startswith("body")]
        heads = [l for l, t in zip(lines, tags) if t.startswith("heading")]
        notes = [l for l, t in zip(lines, tags) if t.startswith(("note#", "note-dup#"))]
        print("body lines: %d, body chars: %d, body Han: %d" %
              (len(body), sum(map(len, body)), sum(map(han, body))))
        print("heading lines: %d, heading Han: %d" %
              (len(heads), sum(map(han, heads))))
        print("note lines: %d, note chars: %d, note Han: %d" %
              (len(notes), sum(map(len, notes)), sum(map(han, notes))))
        print("markers: %d; lost brackets: %s; missing note: %s; doubled note: %s"
              % (info["n_markers"], info["lost"], info["missing_note"],
                 info["dup_note"]))
        for k in sorted(info["marker_pos"]):
            ln, col, mk = info["marker_pos"][k]
            print("  marker %-5s line %d col %d  ...%s" %
                  (mk, ln, col, lines[ln - 1][max(0, col - 8):col + len(mk) + 8]))
        print("split line: %s; full-width line: %s; advert line: %s" %
              (info["split_line"], info["fw_line"], info["advert_line"]))
        print("note lines:", info["note_lines"])


if __name__ == "__main__":
    main()
