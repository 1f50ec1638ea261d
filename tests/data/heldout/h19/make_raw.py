#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Held-out test article h19 for `claims` (constructed, raw input only).

Writes h19_<sha1[:8]>.txt: the text `pdftotext -layout` gives for a Chinese journal
article (IR / diplomatic history: Turkey and European integration, 1959-2023) set in the
GB/T 7714 sequential-numbering citation system (bracketed superscript numbers in the body,
a numbered 参考文献 list at the end, no footnotes except the unnumbered author note of
page 1).  Older h19_*.txt files in this folder are deleted.

    python3 make_raw.py            write the file (after check())
    python3 make_raw.py --report   also print every line with its number, page and tag

Standard library only; deterministic.

Markup in BODY (the clean content):
    [@key] / [@k1,@k2]   citation; numbered by order of first citation, printed as [n],
                         [a,b] or [a-c] (three or more consecutive numbers)
    [@k1，@k2]           the same with a full-width comma (as printed in two places)
    [%@key]              a citation bracket that a page break may cut after "[1"
    ␣                    a space that layout mode puts before the superscript
    ¤                    a middle dot the PDF gives as the private-use glyph U+F0B7
    ⟪1961⟫               a number that a line break may cut (otherwise numbers are whole)
In REFS / EN_ABSTRACT, "~" marks where an English word may be hyphenated at a line end.
"""
import glob
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# ---------------------------------------------------------------------------
# Clean content: front matter, body (with light markup, see the docstring), author note.
# ---------------------------------------------------------------------------

TITLE1 = "从联系国到“停滞的候选国”"
TITLE2 = "——土耳其与欧洲一体化的历史进程（1959—2023）"
AUTHORS = "葛晓岚    马  骁"
AFFIL = "（滨海大学 国际关系学院，天津 300387）"

ABSTRACT = ("摘  要：1959年7月土耳其申请成为欧洲经济共同体的联系国，至今已逾60年。1963年"
            "《安卡拉协定》确立了双方的联系国关系并预留了入盟前景，1987年土耳其正式申请加入欧共体，"
            "1996年土欧关税同盟生效，1999年赫尔辛基峰会承认土耳其的候选国地位，2005年10月双方"
            "启动入盟谈判。此后，塞浦路斯问题、德法等成员国对土耳其“欧洲属性”的疑虑以及土耳其国内"
            "政治的变化交织作用，谈判于2006年底部分冻结，2016年以后实际陷于停滞，欧土关系逐渐由"
            "“入盟导向”转向以难民、能源和贸易为中心的交易型合作。本文认为，土耳其与欧洲一体化的关系"
            "始终受安全、经济与身份三重逻辑的牵引，三者之间的错位是入盟进程难以完成的根本原因。")
KEYWORDS = "关键词：土耳其；欧洲一体化；安卡拉协定；入盟谈判；塞浦路斯问题；欧土关系"
CLC = "中图分类号：D837.4      文献标识码：A      文章编号：2096-7195（2024）02-0087-%02d"

AUTHOR_NOTE = [
    "收稿日期：2023-11-20",
    "基金项目：国家社会科学基金一般项目“土耳其对欧政策的历史演变研究（1959—2019）”（22BGJ047）",
    "作者简介：葛晓岚，女，滨海大学国际关系学院副教授，历史学博士，主要研究方向为土耳其外交史与欧洲"
    "一体化；马骁，滨海大学国际关系学院硕士研究生。",
]

BODY = [
("h1", "引　言"),
("p", "2023年7月10日，北约维尔纽斯峰会开幕前夕，土耳其总统雷杰普¤塔伊普¤埃尔多安在启程前公开表示，"
      "欧洲联盟应当先为土耳其打开入盟之路，土耳其才会为瑞典加入北约打开大门。[@reuters2023]这一将两个进程"
      "捆绑在一起的表态虽然很快被欧方婉拒，却在沉寂多年的欧土关系中激起了波澜。从1959年7月31日土耳其申请"
      "成为欧洲经济共同体联系国算起，土耳其叩门欧洲已逾60年；2005年10月3日双方正式启动入盟谈判，迄今也已18年，"
      "但35个谈判章节中只开启了16个，仅有1个章节临时关闭。[@com2023]在历次欧盟扩大中，没有哪一个候选国像土耳其"
      "这样等待得如此之久。"),
("p", "国内外学界对土欧关系的研究已相当丰富。土耳其学界较早从“欧洲身份”的角度梳理双方交往，比朗德对1959年至"
      "1985年间土耳其“共同市场历险”的记述[@birand]，泰凯利与伊尔金对土耳其对欧政策的系统考察[@tekeli]，以及奥兰"
      "主编的多卷本土耳其外交史[@oran]，都为本文提供了基础史料。西方学者则多从欧盟扩大和“条件性”的角度展开分析，"
      "其中米夫蒂勒-巴奇、阿里坎、托奇等人的著作影响较大。[@muftuler1997,@arikan,@tocci2011]国内研究起步于20世纪"
      "90年代，早期以通史类著作中的相关章节为主[@huang]；21世纪初以来，随着入盟谈判的启动，专题研究明显增多，"
      "关注点集中在塞浦路斯问题、德法两国的立场以及难民危机后的欧土合作。[@zhou2006，@chen2010]不过，既有研究或侧重"
      "某一时段，或侧重某一议题，将1959年以来的整个进程置于同一分析框架之下、并辨析其阶段性特征的成果仍不多见。"),
("p", "本文以时间为序，将土耳其与欧洲一体化的关系划分为四个阶段：1959年至1980年的联系国阶段，1980年至1999年的"
      "申请与关税同盟阶段，1999年至2006年的候选国与谈判启动阶段，以及2006年以后的冻结与停滞阶段，在此基础上讨论"
      "影响这一进程的安全、经济与身份因素。"),

("h1", "一、从联系国申请到《附加议定书》（1959—1970）"),
("h2", "（一）联系国申请的提出"),
("p", "第二次世界大战后，土耳其外交的首要目标是获得西方的安全保障。战后初期，土耳其作为创始成员国参加欧洲经济"
      "合作组织；1949年8月，土耳其加入刚刚成立的欧洲委员会；1950年7月，土耳其政府决定向朝鲜半岛派遣一个步兵旅，此举为其加入北约铺平了道路；1952年2月18日，土耳其与希腊同时加入北约。[@hale]在安卡拉"
      "的决策者看来，参与西欧的每一个多边机制，都是确认土耳其“西方国家”身份的一个步骤。"),
("p", "1957年3月25日，法国、联邦德国、意大利和比荷卢三国在罗马签署条约，欧洲经济共同体于1958年1月1日正式成立。"
      "对于阿德南·曼德列斯领导的民主党政府而言，欧共体首先意味着一个与北约相互支撑的西方政治共同体，其次才是一个"
      "关税同盟。促使土耳其迅速作出反应的直接因素是希腊：1959年6月8日，希腊率先提出联系国申请；一个多月后，即"
      "同年7月31日，土耳其也向欧共体部长理事会递交了申请。[@birand,@tekeli]土耳其国内流传甚广的一句话据说出自外交部长"
      "法廷·鲁斯图·佐卢之口：“如果希腊跳进一个空游泳池，我们也要跟着跳。”可见，土方此时的决定与其说出于"
      "对关税同盟经济得失的精细计算，不如说是土希竞争与冷战安全逻辑的产物。"),
("p", "欧共体对两国申请的反应不尽相同。希腊与欧共体的谈判进展较快，1961年7月9日双方签署《雅典协定》，次年11月1日"
      "生效。土耳其的谈判则因国内政局突变而中断：⟪1960⟫年5月27日，土耳其武装部队发动政变，推翻曼德列斯政府，杰马尔·"
      "古尔塞勒出任国家统一委员会主席。[@zurcher]次年9月，曼德列斯、佐卢等人在伊姆拉勒岛被处以绞刑，这在西欧舆论中"
      "引起强烈反响。直到1961年11月伊斯梅特·伊诺努组建联合政府之后，土欧之间的谈判才逐步恢复。"),
("h2", "（二）《安卡拉协定》及其《附加议定书》"),
("p", "1963年9月12日，土耳其与欧洲经济共同体在安卡拉签署联系协定，即通常所说的《安卡拉协定》。协定规定"
      "双方关系分准备、过渡和最终三个阶段推进，以期最终建立关税同盟，并设立联系理事会负责协定的实施；其第28条写明，当协定的实施使土耳其能够全面"
      "承担《罗马条约》所规定的义务时，缔约各方将研究土耳其加入共同体的可能性。[%@ankara_oj]欧共体委员会主席瓦尔特·"
      "哈尔斯坦在签字仪式上宣称“土耳其是欧洲的一部分”[@milliyet1963]，这句话此后在土方的对欧话语中被反复援引。"
      "协定于1964年12月1日生效，准备阶段原定为期五年。"),
("p", "准备阶段恰逢土耳其对外关系的剧烈调整。1963年底至1964年初，塞浦路斯岛上的族群冲突一度使土耳其处于出兵边缘，"
      "1964年6月5日，美国总统林登·约翰逊致函伊诺努，明确警告若土耳其出兵而引起苏联介入，北约盟国未必会提供保护。"
      "“约翰逊信件”使安卡拉意识到单纯依赖美国的风险，欧洲在土耳其外交中的分量随之上升。另一方面，⟪1961⟫年"
      "10月30日联邦德国与土耳其签订招募劳工协议后，大批土耳其劳工前往西欧，到1973年，仅在联邦德国就业的土耳其籍"
      "劳工就已超过60万人。[@han2019]人员流动使双方的经济社会联系远远超出了协定文本的范围。"),
("p", "1970年11月23日，双方在布鲁塞尔签署《附加议定书》，对过渡阶段作出具体安排：欧共体自议定书生效之日起取消对"
      "土耳其工业品的关税和数量限制，土耳其则在12年内、部分敏感产品在22年内逐步取消对欧共体产品的关税；议定书"
      "第36条还规定，劳动力自由流动应在协定生效后第12年至第22年之间逐步实现。[@addprot]《附加议定书》于1973年1月1日"
      "生效，但其中关于劳动力流动的条款后来几乎没有得到执行。"),

("h1", "二、军人干政与联系国关系的波折（1971—1986）"),
("h2", "（一）从“备忘录政变”到关系冻结"),
("p", "《附加议定书》签署后不到四个月，土耳其再度发生军人干政。1971年3月12日，土耳其武装部队总参谋部向苏莱曼·德米雷尔"
      "政府递交备忘录，要求组建“强有力的、可信的”政府，德米雷尔当天即宣布辞职。[@zurcher]此后两年间，土耳其"
      "由超党派的技术官僚内阁执政，左右翼之间的对立不断加剧。进入70年代中期，经济危机与政局动荡相互叠加，土耳其"
      "履行《附加议定书》关税减让义务的能力日益捉襟见肘。"),
("p", "1974年7月20日，为回应希腊军政府支持的塞浦路斯政变，布伦特·埃杰维特政府下令出兵塞浦路斯，随后又发动第二"
      "阶段攻势，控制了该岛北部约37%的领土。[@kerlindsay]这次军事行动使土希关系急剧恶化，也在此后数十年里成为土耳其与"
      "欧洲关系中最沉重的负担。1975年6月12日，希腊正式申请加入欧共体，并于1981年1月1日成为欧共体第十个成员国。"
      "此后，希腊在欧共体内部获得了对涉土事务的否决权，土希矛盾由此“内化”为欧土矛盾。[@eralp]"),
("p", "与此同时，土耳其国内对关税同盟的态度发生了明显分化。内吉梅丁·埃尔巴坎领导的民族救国党把欧共体称为“基督教"
      "俱乐部”，主张转向伊斯兰世界；共和人民党内部也有人担心土耳其的民族工业将被欧洲商品冲垮。1978年秋，再度执政"
      "的埃杰维特政府以经济困难为由，单方面暂停履行《附加议定书》规定的关税减让义务，欧土关系进入“冷冻期”。"
      "[@birand,@arikan]"),
("p", "1980年1月24日，德米雷尔少数派政府在时任总理府次长图尔古特·厄扎尔的主持下推出“1月24日决定”，开启以出口为"
      "导向的经济自由化改革。然而，同年9月12日，以总参谋长凯南·埃夫伦为首的军方再次发动政变，解散议会并取缔所有"
      "政党。欧洲议会随即对土耳其的人权状况提出严厉批评；1982年1月，欧共体冻结了第四个财政议定书"
      "规定的6亿欧洲货币单位援助，联系理事会的活动也基本中止。[@arikan]"),
("h2", "（二）厄扎尔执政与关系的恢复"),
("p", "1983年11月6日，土耳其在军方的严格限制下举行大选，厄扎尔创建的祖国党出人意料地赢得议会多数，同年12月厄扎尔"
      "出任总理。厄扎尔出身工程师和世界银行职员，深信土耳其的经济现代化离不开欧洲市场。在他看来，成员国"
      "身份不仅能锁定国内的自由化改革，而且能为土耳其的民主化提供外部保障。1986年9月16日，中断数年的欧土联系理事会"
      "在布鲁塞尔恢复会议，双方关系开始解冻。[@birand,@tekeli]"),

("h1", "三、入盟申请与关税同盟：在“门外”深化一体化（1987—1997）"),
("h2", "（一）1987年的入盟申请与欧共体委员会的意见"),
("p", "1987年4月14日，厄扎尔政府不顾欧共体多个成员国的私下劝阻，正式向欧共体递交了成为正式成员国的申请。[@muftuler1997]"
      "这一决定在布鲁塞尔引起了不小的尴尬：欧共体正在全力推进单一市场计划，西班牙和葡萄牙刚刚入盟，"
      "共同体既无意愿也无能力在短期内接纳一个人口超过5000万、人均收入远低于共同体平均水平的国家。部长理事会于同年"
      "4月27日将申请转交委员会，请其出具意见。"),
("p", "委员会的意见拖延了两年半才出台。1989年12月18日，委员会通过意见书，一方面肯定土耳其“有资格”成为成员国，另一方面"
      "又认为，在共同体于1992年底建成单一市场之前，不宜开启任何新的入盟谈判，并列举了土耳其在经济发展水平、人权"
      "状况、少数民族权利以及土希争端和塞浦路斯问题等方面存在的困难。[@opinion1989]部长理事会原则上接受"
      "了委员会的意见。委员会又于次年6月提出一揽子合作建议，即所谓“马图特斯一揽子计划”，但因希腊的反对而未获通过。"),
("p", "冷战的结束进一步改变了土耳其的处境。1989年11月柏林墙倒塌后，中东欧国家迅速被纳入欧共体扩大的议程，土耳其作为"
      "北约“南翼”的战略价值有所下降。尽管土耳其在1991年初的海湾战争中允许美军使用因吉尔利克空军基地，厄扎尔本人也"
      "以此向欧洲争取支持，但欧洲理事会1993年6月在哥本哈根提出的入盟标准，使土耳其面对的门槛进一步提高。"
      "[@onis2000,@kirisci]"),
("h2", "（二）关税同盟的建立"),
("p", "既然入盟前景渺茫，双方转而寻求落实《安卡拉协定》规定的关税同盟。1995年3月6日，欧土联系理事会通过第1/95号决定，"
      "确定自1996年1月1日起建立关税同盟。为换取希腊撤销否决，欧盟同时承诺在政府间会议结束六个月后启动与塞浦路斯的"
      "入盟谈判。[@cu1995,@kerlindsay]同年12月13日，欧洲议会以343票赞成、149票反对批准了关税同盟协议，坦苏·奇莱尔政府"
      "将这一结果视为重大的外交胜利。"),
("p", "关税同盟生效后，土耳其成为唯一一个在非成员国身份下与欧盟结成关税同盟的主要经济体。关税同盟的覆盖范围限于"
      "工业品和加工农产品，土耳其须采用欧盟的共同对外关税，并在竞争政策、知识产权等领域与欧盟法律接轨，但在欧盟与"
      "第三国缔结自由贸易协定的决策中却没有发言权。[@ad2015,@kirisci]表1显示，欧盟长期是土耳其最大的贸易伙伴，但其在"
      "土耳其对外贸易中所占的比重在2005年前后达到高点后逐步下降。"),
("table", None),
("p", "关税同盟的建立并未消除土欧之间的政治分歧。1996年1月下旬，土希两国围绕爱琴海上的伊米亚/卡尔达克岩礁发生对峙，"
      "两国军舰一度在岩礁附近对峙，最终在美国的斡旋下各自撤回。同年6月，繁荣党领导人埃尔巴坎出任联合政府"
      "总理，成为共和国历史上第一位出身伊斯兰主义政党的总理；1997年2月28日，国家安全委员会通过一系列针对“宗教反动”"
      "的决定，埃尔巴坎于同年6月被迫辞职，这一事件后被称为“后现代政变”。␣[@zurcher]"),
("h2", "（三）卢森堡峰会的挫折"),
("p", "1997年12月12日至13日，卢森堡担任轮值主席国期间的欧洲理事会在卢森堡举行会议，决定与塞浦路斯、波兰、匈牙利、"
      "捷克、爱沙尼亚和斯洛文尼亚启动入盟谈判，并为其余五个中东欧申请国开启入盟进程；土耳其虽被确认“有资格”加入"
      "欧盟，却未被列入候选国名单，欧盟仅为其量身定制了一项“欧洲战略”。␣[@lux1997]梅苏特·耶尔马兹政府对此反应激烈，"
      "次日即宣布中止与欧盟的政治对话，并拒绝出席1998年3月在伦敦召开的欧洲会议。[@onis2000,@hurriyet1997]耶尔马兹还公开"
      "指责德国总理赫尔穆特·科尔推行新的“生存空间”政策，德土关系一度跌至谷底。而在尼科西亚，塞浦路斯政府则视卢森堡峰会的决定为重大胜利。"),

("h1", "四、从赫尔辛基到卢森堡：候选国地位与入盟谈判的启动（1999—2005）"),
("h2", "（一）赫尔辛基峰会与候选国地位"),
("p", "1999年是土欧关系的转折之年。这一年2月15日，库尔德工人党领导人阿卜杜拉·奥贾兰在肯尼亚首都内罗毕被土耳其情报人员"
      "抓获；8月17日，马尔马拉地区的伊兹密特发生7.4级强烈地震，次月7日雅典也发生地震，两国的相互救援催生了所谓"
      "“地震外交”。[@onis2000]事实上，早在同年夏季，土耳其外交部长伊斯梅尔·杰姆与希腊外交部长乔治·帕潘德里欧就已开始"
      "通过信件交换意见，土希在反恐、旅游、贸易等“低政治”领域的合作由此起步。"),
("p", "1999年12月10日至11日，欧洲理事会在赫尔辛基举行会议，宣布土耳其是“一个候选国，将依据适用于其他候选国的同样标准"
      "加入欧盟”。[@hel1999]峰会结论同时要求候选国以和平方式解决边界争端，否则应在2004年底之前将争端提交国际法院，"
      "并表示塞浦路斯问题的解决不构成其入盟的前提条件。由于土方对结论的措辞心存疑虑，欧盟共同外交与安全政策高级代表"
      "哈维尔·索拉纳于12月10日深夜专程飞赴安卡拉，向时任总理埃杰维特转交芬兰总理帕沃·利波宁的信函并作出解释，"
      "埃杰维特次日飞往赫尔辛基出席峰会。"),
("p", "赫尔辛基峰会之后，土耳其的国内改革明显提速。2001年3月8日，欧盟理事会通过了针对土耳其的《入盟伙伴关系》文件，"
      "土耳其政府于同月19日公布了《吸收欧盟法律的国家纲领》。[@muftuler2005]同年10月3日，土耳其大国民议会一次性修改了"
      "宪法的34个条款；2002年8月3日，议会又通过一揽子法律，废除和平时期的死刑，并允许以库尔德语进行广播和教学。这些改革是在民主左翼党、民族行动党和祖国党组成的三党联合政府主持下完成的，其中民族行动党"
      "在废除死刑问题上与另外两党存在明显分歧。"),
("h2", "（二）正义与发展党上台与2004年的“决定性一年”"),
("p", "2002年11月3日，成立仅一年多的正义与发展党在大选中赢得议会550个议席中的363席，得以单独组阁。由于党主席埃尔多安"
      "此前因在集会上朗诵诗歌被判刑，暂时不具备参选资格，阿卜杜拉·居尔于11月18日出任总理。同年12月12日至13日召开的"
      "欧洲理事会哥本哈根会议决定，若欧洲理事会于2004年12月认定土耳其已满足哥本哈根政治标准，欧盟将“毫不拖延”"
      "地启动入盟谈判。[@ad2015]次年3月，埃尔多安在锡尔特补选中当选议员后接任总理，居尔改任副总理兼外交部长。"),
("p", "2004年对土欧关系而言是“决定性的一年”，其焦点在于塞浦路斯。早在1983年11月15日，岛北部的土族塞人就单方面宣布成立"
      "“北塞浦路斯土耳其共和国”，该“国”迄今只获得土耳其一国的承认。联合国秘书长科菲·安南自2002年11月起"
      "多次提出解决塞浦路斯问题的方案，即“安南计划”。与历届政府不同，埃尔多安政府对安南计划持积极态度，并向立场强硬"
      "的土族塞人领导人拉乌夫·登克塔什施加压力。2004年4月24日，南北双方就安南计划第五版分别举行全民公决："
      "北塞浦路斯有64.9%的投票者赞成，南部的希族塞人则有75.8%的投票者反对，计划因此流产。[@kerlindsay,@chen2010]一周之后，"
      "即2004年5月1日，塞浦路斯共和国作为一个分裂的岛国加入欧盟，欧盟法律在岛北部地区暂停适用。"),
("p", "塞浦路斯入盟彻底改变了土耳其入盟问题的结构。此前，塞浦路斯问题主要是土希之间以及岛上两族之间的问题；此后，"
      "作为欧盟成员国的塞浦路斯共和国获得了对土耳其入盟进程每一步的否决权。不过，安南计划的失败主要被归咎于"
      "希族塞人一方，欧盟当时也承诺结束对北塞浦路斯的孤立，这在短期内改善了土耳其的处境。2004年10月6日，欧盟委员会"
      "发布关于土耳其的年度进展报告，建议开启入盟谈判；同年12月16日至17日，布鲁塞尔欧洲理事会决定于2005年10月3日"
      "与土耳其启动入盟谈判，但要求土耳其在此之前签署将《安卡拉协定》扩展适用于十个新成员国的议定书。"
      "[@ad2015,@tocci2011]"),
("h2", "（三）2005年10月3日：入盟谈判的启动"),
("p", "2005年7月29日，土耳其签署了扩展《安卡拉协定》适用范围的附加议定书，但同时发表单方面声明，表示签署议定书并不"
      "意味着承认塞浦路斯共和国。欧盟随后发表反声明，强调土方的声明不具法律效力，土耳其应全面执行"
      "议定书，包括向悬挂塞浦路斯旗帜的船只和飞机开放港口和机场。[@tocci2011]由此埋下了日后谈判受阻的伏笔。"),
("p", "谈判启动前夕又生波折。奥地利坚持在谈判框架中写入“特权伙伴关系”等替代方案，直到10月3日晚间才在英国担任轮值"
      "主席国的斡旋下作出让步。当天深夜，居尔从安卡拉飞抵卢森堡，与欧盟各国外长举行政府间会议，入盟谈判"
      "正式启动。[@rmrb2005]根据谈判框架，入盟谈判是“一个开放式的进程，其结果无法事先保证”，若候选国严重并持续违反"
      "自由、民主和人权等原则，委员会可建议暂停谈判。[@negfw2005]此后，谈判转入对欧盟法律体系的审查阶段。2006年6月12日，"
      "双方开启并临时关闭了第25章“科学与研究”，这是土耳其入盟谈判中迄今唯一一个临时关闭的章节。"),

("h1", "五、冻结与停滞：入盟进程的“长冬”（2006—2023）"),
("h2", "（一）章节冻结与德法两国的立场"),
("p", "由于土耳其拒绝向塞浦路斯的船只和飞机开放港口和机场，2006年12月11日，欧盟外长理事会决定冻结与此相关的8个谈判"
      "章节，并宣布在土耳其全面履行附加议定书之前，任何章节都不得临时关闭；同年12月14日至15日召开的欧洲理事会确认"
      "了这一决定。被冻结的章节包括货物自由流动、开业权与服务自由、金融服务、农业与农村发展、渔业、运输"
      "政策、关税同盟以及对外关系。[@gaerc2006]"),
("p", "德法两国的立场变化加深了谈判的困境。在德国，格哈德·施罗德领导的社会民主党政府曾积极支持土耳其入盟，而基督教"
      "民主联盟主席安格拉·默克尔早在2004年2月访土时就提出以“特权伙伴关系”取代完全成员国资格的设想。[@han2019]"
      "默克尔出任德国总理后，德国政府虽表示将遵守“条约必须信守”的原则继续谈判，但对土耳其入盟前景的"
      "态度明显转趋保守。在法国，雅克·希拉克总统推动议会于2005年3月修改宪法，规定今后新成员国的入盟须经全民公决批准"
      "[@zhou2006]；尼古拉·萨科齐在2007年5月当选总统之前就多次宣称土耳其“不属于欧洲”，当选后法国于同年6月阻止开启"
      "与完全成员国资格直接相关的“经济与货币政策”章节，前后共封锁了5个章节。"),
("p", "塞浦路斯方面的封锁则更为直接。2009年12月，塞浦路斯政府宣布单方面阻止开启包括能源、司法与基本权利、司法自由"
      "与安全、教育与文化在内的6个章节。这样，在35个谈判章节中，约有一半因欧盟理事会、法国或塞浦路斯的决定"
      "而无法开启。2010年6月30日第12章“食品安全、兽医和植物检疫政策”开启后，谈判陷入长达三年多的停顿，直至2013年"
      "11月5日第22章“地区政策”开启。[@kirisci,@com2023]"),
("p", "在这一阶段,土耳其国内政治的变化也开始影响欧土关系。2007年,围绕总统选举和军方的“电子备忘录”,正义与发展党与世俗"
      "派之间爆发激烈冲突,居尔最终当选总统。2010年9月12日,土耳其就一揽子宪法修正案举行全民公决,修正案以约"
      "58%的赞成票获得通过,欧盟对此表示欢迎。[@qian2011]然而,2013年5月底在伊斯坦布尔塔克西姆广场旁的盖齐公园爆发的"
      "抗议活动,以及政府对抗议活动的强硬处理,使欧洲议会和欧盟委员会的批评显著增多。"),
("h2", "（二）难民危机与“交易型”合作"),
("p", "2015年，叙利亚内战引发的难民潮涌向欧洲，土耳其作为收容叙利亚难民最多的国家和通往欧洲的主要通道，对欧盟的战略"
      "价值骤然上升。同年10月15日，欧土双方就《联合行动计划》达成原则一致；11月29日"
      "举行的欧土领导人会议正式启动该计划，欧盟承诺提供30亿欧元用于改善在土难民的生活条件。[@stmt2016,@feng2017]德国"
      "总理默克尔是这一安排的主要推动者，她曾亲赴伊斯坦布尔，与埃尔多安和时任总理艾哈迈德¤达武特奥卢会谈。12月14日，第17章“经济与货币政策”开启，而这一章节此前正是被法国封锁的章节之一。"),
("p", "2016年3月上旬的欧土领导人会议上，达武特奥卢出人意料地提出了“一对一”交换的新方案。3月18日，欧盟成员国领导人与"
      "达武特奥卢在布鲁塞尔发表《欧盟—土耳其声明》。根据该声明，自3月20日起所有经土耳其非正常进入希腊岛屿的新移民都将"
      "被遣返土耳其；每遣返一名叙利亚人，欧盟即从土耳其接收一名叙利亚难民；欧盟在原有30亿欧元的基础上，于2018年底"
      "之前再追加30亿欧元；若土耳其满足全部72项基准，对土耳其公民的签证自由化最迟应于2016年6月底之前实现；双方还同意"
      "“重振”入盟进程。[@stmt2016]声明实施后，经爱琴海进入希腊的人数骤降，但签证自由化因土耳其拒绝修改反恐法而始终"
      "未能兑现。[@feng2017,@kirisci]"),
("p", "声明发表后不到两个月，达武特奥卢因与埃尔多安的分歧于5月5日宣布辞职，比纳利·耶尔德勒姆随后接任总理。"
      "6月30日，双方开启了第33章“财政与预算条款”，这是迄今为止土耳其开启的最后一个谈判章节。[@com2023]"),
("h2", "（三）2016年未遂政变与欧土关系的全面倒退"),
("p", "2016年7月15日夜间，土耳其武装部队内部的一部分军人在安卡拉和伊斯坦布尔发动政变，轰炸了大国民议会大楼，并试图"
      "控制博斯普鲁斯海峡大桥和国家电视台。政变于次日凌晨被挫败，造成约250人死亡。[@rmrb2016]土耳其政府将政变归咎于"
      "旅居美国的宗教人士费特胡拉·居伦及其领导的运动。7月20日，土耳其宣布全国进入紧急状态，此后两年间有超过15万人"
      "被拘押或解职。欧盟在谴责政变的同时，对大规模清洗司法、军队和教育系统的做法表达了严重关切，埃尔多安则"
      "多次指责欧方在政变发生后“没有站在土耳其一边”。␣[@kirisci]"),
("p", "2016年11月24日，欧洲议会以479票赞成、37票反对、107票弃权通过决议，呼吁欧盟委员会和成员国暂时冻结与土耳其的"
      "入盟谈判。[@ep2016]这一决议虽无法律约束力，却是欧盟机构首次以正式表决的方式要求中止谈判。次年4月16日，土耳其"
      "就议会通过的宪法修正案举行全民公决，以51.4%的微弱多数通过了将议会制改为总统制的方案。公决之前，德国和"
      "荷兰先后阻止土耳其部长在当地举行面向侨民的造势集会；同年3月中旬，荷兰拒绝土耳其外交部长梅夫吕特·恰武什奥卢"
      "的专机降落，并将土耳其家庭与社会政策部长护送出境，埃尔多安随即指责两国采取“纳粹做法”，土德、土荷关系骤然紧张。[@feng2017]2017年7月6日，欧洲议会"
      "再次通过决议，要求若宪法修正案原封不动地付诸实施，即正式暂停入盟谈判。"),
("p", "2018年6月26日，欧盟总务理事会在结论中指出，土耳其“离欧盟越来越远”，入盟谈判“实际上已陷入停滞”，不再考虑开启"
      "或关闭任何新的章节，关税同盟现代化的工作也不再推进。[@gac2018]2019年3月13日，欧洲议会以370票赞成、109票反对、"
      "143票弃权通过了关于委员会2018年度土耳其报告的决议，正式建议暂停入盟谈判。[@ep2019]同年7月15日，因土耳其在"
      "塞浦路斯专属经济区内进行油气钻探，欧盟理事会决定削减对土耳其的入盟前援助，并暂停欧土高级别对话。2020年2月底，土耳其宣布不再阻止难民经陆路前往欧洲，大批难民聚集在土希边境的帕扎尔库莱口岸，"
      "欧土关系再度紧张。[@guardian2020]"),
("p", "在此期间，入盟进程虽未被正式终止，但欧土关系的重心已明显转移。2021年3月25日至26日，欧洲理事会视频会议提出以"
      "“分阶段、相称和可逆”的方式发展欧土合作，重点集中在关税同盟现代化、移民问题和人文交流等领域。此后，欧洲理事会主席夏尔·米歇尔与欧盟委员会主席乌尔苏拉·冯德莱恩访问安卡拉，会见中的座位安排引发了所谓“沙发门”"
      "风波。2023年5月28日，埃尔多安在总统选举第二轮投票中击败共和人民党主席凯末尔¤克勒奇达罗卢，获得连任；同年7月，"
      "他在维尔纽斯峰会前夕将瑞典加入北约与土耳其入盟问题挂钩，欧盟委员会发言人随即回应称两个进程“不能挂钩”。9月13日，欧洲议会通过年度土耳其报告，认为在当前条件下入盟进程无法恢复，建议双方寻找一个“平行而"
      "现实的框架”。[@ep2023]11月8日，欧盟委员会发布《土耳其2023年报告》，再次指出土耳其的入盟谈判自2018年以来“实际"
      "上已陷入停滞”。[@com2023]"),

("h1", "六、安全、经济与身份：土欧关系的三重逻辑"),
("h2", "（一）安全逻辑"),
("p", "从1959年的联系国申请到2016年的难民声明，安全始终是推动欧土接近的首要动力。冷战时期，土耳其是北约东南翼的前沿"
      "国家，控制着黑海海峡，与苏联有漫长的陆地和海上边界；美苏对峙的格局使西欧国家不能不重视土耳其的地缘价值，这正是"
      "欧共体在20世纪60年代愿意与一个经济发展水平远低于自身的国家签订联系协定的重要原因。[@eralp]冷战结束"
      "后，这一逻辑一度弱化，但1990年至1991年的海湾危机、2011年以后的叙利亚危机和2015年以后的难民危机，又一再使欧方重新"
      "认识到土耳其作为“缓冲区”和“守门人”的价值。然而，安全逻辑推动的是以土耳其为伙伴的合作，而不必然是以土耳其为"
      "成员的一体化，这一点在2016年以后表现得尤为明显。[@feng2017]"),
("h2", "（二）经济逻辑"),
("p", "经济逻辑在土耳其一方表现得更为突出。20世纪80年代厄扎尔推行自由化改革以后，土耳其经济日益融入欧洲的生产网络，"
      "关税同盟的建立则使欧洲成为土耳其制造业最主要的市场和资本来源。2002年至2007年，土耳其经济年均增长率约为7%，外国"
      "直接投资大量流入，其中相当部分来自欧盟成员国，入盟前景本身就被视为一种“信用背书”。但关税同盟的不对称性"
      "也日益显现：欧盟与第三国签订的自由贸易协定使对方商品可以经欧盟进入土耳其市场，土耳其却不能自动获得对方的对等"
      "开放。土方因此从2010年代中期起要求对关税同盟进行“现代化”，欧盟委员会于2016年12月21日提出了启动相关谈判的授权"
      "建议，但这一建议此后一直未获理事会通过。[@kirisci,@gac2018]"),
("h2", "（三）身份逻辑"),
("p", "身份逻辑则是欧土关系中最难以调和的一环。对凯末尔主义精英而言，“西方化”是共和国的立国之本，加入欧洲意味着完成"
      "自奥斯曼帝国晚期以来的现代化事业。[@zan,@oran]但在欧洲一侧，土耳其庞大的穆斯林人口、历史上与欧洲对抗的记忆以及"
      "可能在欧盟机构中占据的巨大份额，始终使一部分政治力量对其“欧洲属性”抱有疑虑。2004年以后德法保守派提出的“特权"
      "伙伴关系”，以及2005年5月至6月法国和荷兰先后否决《欧洲宪法条约》时国内辩论中对土耳其入盟的反感，都说明身份问题"
      "并未因土耳其满足技术标准而消失。[@zhou2006，@han2019]而在土耳其一侧，随着正义与发展党逐步摆脱对欧盟“锚定”的依赖，"
      "以及达武特奥卢在《战略纵深》一书中提出的多方位外交思想付诸实践，土耳其的外交自我定位也从“欧洲的"
      "候选国”转向“地区中心国家”。[@davutoglu]"),

("h1", "结　语"),
("p", "回顾1959年以来的历史，土耳其与欧洲一体化的关系呈现出一条“深度接近而未能融合”的轨迹：联系国关系持续了半个多"
      "世纪，关税同盟运行已近30年，入盟谈判启动至今也已18年，但土耳其离正式成员国的身份似乎比2005年10月初更远了。"
      "这一轨迹说明，安全、经济与身份三重逻辑并不总是相互强化。在20世纪60年代和1999年至2005年间，三者大体同向，欧土"
      "关系因而取得了突破；而在20世纪80年代初和2016年以后，安全合作的需要依然存在，经济联系依然紧密，身份与政治价值上的"
      "分歧却压倒了前两者，入盟进程随之冻结。[@ep2016,@gac2018,@ep2019]"),
("p", "2022年2月俄乌冲突爆发以来，土耳其在黑海粮食运输和北约扩大问题上的作用再次凸显，欧盟对土耳其的战略需要有所"
      "上升。然而，从2023年的情况看，双方都更倾向于在入盟框架之外寻求务实合作，关税同盟现代化、签证便利化和难民问题"
      "将是21世纪20年代欧土关系的主要议程。[@ep2023,@com2023]对于一个从1959年起就叩响欧洲大门的国家而言，“停滞的候选国”"
      "或许将是一种长期状态，而非通往成员国身份的过渡阶段。"),
]

# ---------------------------------------------------------------------------
# Reference list (GB/T 7714 sequential-numbering system).  Numbers are given by
# the order of first citation in the body.  Markup: "~" is a point where an
# English word may be hyphenated at a line end (damage: broken word).
# ---------------------------------------------------------------------------
REFS = {
"reuters2023": "Reuters. Erdogan says EU should open way to Turkey's membership before Sweden joins NATO[EB/OL]. "
               "(2023-07-10)[2023-10-20]. https://www.reuters.com/world/europe/erdogan-says-eu-should-open-way-"
               "turkeys-membership-before-sweden-joins-nato-2023-07-10/.",
"com2023": "European Commission. Türkiye 2023 report: SWD(2023) 696 final[R]. Brussels, 2023.",
"birand": "BİRAND M A. Türkiye'nin Ortak Pazar macerası 1959-1985[M]. İstanbul: Milliyet Yayınları, 1986.",
"tekeli": "TEKELİ İ, İLKİN S. Türkiye ve Avrupa Topluluğu: ulus devletini aşma çabasındaki Avrupa'ya Türkiye'nin "
          "yaklaşımı[M]. Ankara: Ümit Yayıncılık, 1993.",
"oran": "ORAN B. Türk dış politikası: Kurtuluş Savaşından bugüne olgular, belgeler, yorumlar: cilt I[M]. İstanbul: "
        "İletişim Yayınları, 2001.",
"muftuler1997": "MÜFTÜLER-BAÇ M. Turkey's relations with a changing Europe[M]. Manchester: Manchester University "
                "Press, 1997.",
"arikan": "ARIKAN H. Turkey and the EU: an awkward candidate for EU membership?[M]. Aldershot: Ashgate, 2003.",
"tocci2011": "TOCCI N. Turkey's European future: behind the scenes of America's influence on EU-Turkey relations[M]. "
             "New York: New York University Press, 2011.",
"huang": "黄维民.中东国家通史·土耳其卷[M].北京：商务印书馆，2002.",
"zhou2006": "周明远.欧盟扩大进程中的土耳其问题[J].欧洲研究，2006（1）：62-78.",
"chen2010": "陈以宁.塞浦路斯问题与土耳其入盟谈判的困境[J].国际论坛，2010，12（4）：41-46.",
"hale": "HALE W. Turkish foreign policy since 1774[M]. 3rd ed. London: Routledge, 2013.",
"zurcher": "ZÜRCHER E J. Turkey: a modern history[M]. 4th ed. London: I.B. Tauris, 2017.",
"milliyet1963": "Ortaklık Anlaşması dün Ankara'da imzalandı[N]. Milliyet, 1963-09-13(1).",
"ankara_oj": "Agreement establishing an association between the European Economic Community and Turkey[J]. Of~fi~cial "
             "Journal of the Eu~ro~pe~an Com~mu~ni~ties, 1964(217): 3687-3688.",
"han2019": "韩知微.从“特权伙伴关系”到“战略对话”：德国对土耳其入盟政策的演变[J].德国研究，2019，34（3）：55-72.",
"addprot": "Additional protocol and financial protocol signed on 23 November 1970, an~nexed to the Agree~ment "
           "establishing the Association between the European Economic Community and Turkey[J]. Official Journal "
           "of the European Communities, 1972, L 293: 3-56.",
"kerlindsay": "KER-LINDSAY J. The Cyprus problem: what everyone needs to know[M]. Oxford: Oxford University Press, 2011.",
"eralp": "ERALP A. Turkey and the European Community: forging new identities along old lines[J]. New Perspectives on "
         "Turkey, 1993(8): 24-36.",
"opinion1989": "Commission of the European Communities. Com~mis~sion opin~ion on Turkey's request for ac~ces~sion to the "
               "Community: SEC(89) 2290 final[R]. Brussels, 1989-12-20.",
"onis2000": "ÖNİŞ Z. Luxembourg, Helsinki and beyond: towards an in~ter~pre~ta~tion of recent Turkey-EU relations[J]. "
            "Government and Opposition, 2000, 35(4): 463-483.",
"kirisci": "KİRİŞCİ K. Turkey and the West: fault lines in a troubled alliance[M]. Washington, D.C.: Brookings "
           "Institution Press, 2018.",
"cu1995": "Decision No 1/95 of the EC-Turkey Association Council of 22 December 1995 on im~ple~ment~ing the final phase "
          "of the Customs Union[J]. Official Journal of the European Communities, 1996, L 35: 1-47.",
"ad2015": "AYDIN-DÜZGİT S, TOCCI N. Turkey and the European Union[M]. London: Palgrave Macmillan, 2015.",
"lux1997": "European Council. Luxembourg European Council 12 and 13 December 1997: presidency conclusions[EB/OL]. "
           "[2023-10-12]. https://www.europarl.europa.eu/summits/lux1_en.htm.",
"hurriyet1997": "Yılmaz: AB ile siyasi diyalog askıya alındı[N]. Hürriyet, 1997-12-15(1).",
"hel1999": "European Council. Helsinki European Council 10 and 11 December 1999: presidency conclusions[EB/OL]. "
           "[2023-10-12]. https://www.europarl.europa.eu/summits/hel1_en.htm.",
"muftuler2005": "MÜFTÜLER-BAÇ M. Turkey's political reforms and the impact of the European Union[J]. South "
                "European Society and Politics, 2005, 10(1): 17-31.",
"rmrb2005": "欧盟与土耳其正式启动入盟谈判[N].人民日报，2005-10-05（3）.",
"negfw2005": "Council of the European Union. Negotiating framework for Turkey[EB/OL]. (2005-10-03)[2023-10-14]. "
             "https://ec.europa.eu/enlargement/pdf/turkey/st20002_05_tr_framedoc_en.pdf.",
"gaerc2006": "Council of the European Union. 2770th Council meeting: general affairs and external relations, "
             "Brussels, 11 December 2006: 16289/06[R]. Brussels, 2006.",
"qian2011": "钱思远.正义与发展党的入盟政策与土耳其的政治转型[J].西亚非洲，2011（6）：103-118.",
"stmt2016": "European Council. EU-Turkey statement, 18 March 2016[EB/OL]. (2016-03-18)[2023-10-15]. "
            "https://www.consilium.europa.eu/en/press/press-releases/2016/03/18/eu-turkey-statement/.",
"feng2017": "冯嘉树.难民危机与欧土关系的“交易化”[J].阿拉伯世界研究，2017（2）：88-102.",
"rmrb2016": "土耳其发生未遂军事政变[N].人民日报，2016-07-17（3）.",
"ep2016": "European Parliament. European Parliament resolution of 24 November 2016 on EU-Turkey relations: "
          "P8_TA(2016)0450[R]. Strasbourg, 2016.",
"gac2018": "Council of the European Union. En~large~ment and sta~bi~li~sa~tion and as~so~ci~a~tion pro~cess: Council "
           "conclusions: 10555/18[R]. Brussels, 2018-06-26.",
"ep2019": "European Parliament. European Parliament resolution of 13 March 2019 on the 2018 Commission report on "
          "Turkey: P8_TA(2019)0200[R]. Strasbourg, 2019.",
"guardian2020": "Turkey says it will no longer stop refugees from reaching Europe[N]. The Guardian, 2020-02-29(27).",
"ep2023": "European Parliament. European Parliament resolution of 13 September 2023 on the 2022 Commission report "
          "on Türkiye: P9_TA(2023)0320[R]. Strasbourg, 2023.",
"zan": "昝涛.现代国家与民族建构：20世纪前期土耳其民族主义研究[M].北京：生活·读书·新知三联书店，2011.",
"davutoglu": "DAVUTOĞLU A. Stratejik derinlik: Türkiye'nin uluslararası konumu[M]. İstanbul: Küre Yayınları, 2001.",
}

TABLE_CAPTION = "表1  土耳其与欧盟货物贸易（2000—2020年）"
TABLE_HEAD = [("年份", "对欧盟出口", "占出口总额", "自欧盟进口", "占进口总额"),
              ("", "（亿美元）", "比重（%）", "（亿美元）", "比重（%）")]
TABLE_ROWS = [("2000", "145.1", "52.2", "265.9", "48.8"),
              ("2005", "414.0", "56.3", "494.0", "42.3"),
              ("2010", "529.4", "46.4", "723.9", "39.0"),
              ("2015", "640.1", "44.5", "787.3", "38.0"),
              ("2020", "697.5", "41.1", "733.8", "33.4")]
TABLE_SOURCE = "资料来源：根据土耳其统计局（TÜİK）数据整理；欧盟按当年成员国口径计算，2020年不含英国。"

EN_TITLE = ['From Associate Member to "Stalled Candidate": Turkey and',
            'European Integration, 1959-2023']
EN_AUTHORS = "GE Xiaolan & MA Xiao"
EN_AFFIL = "(School of International Relations, Binhai University, Tianjin 300387, China)"
EN_ABSTRACT = ("Abstract: Turkey first applied for as~so~ci~a~tion with the Eu~ro~pe~an Eco~nom~ic Com~mu~ni~ty in July 1959. "
               "The Ankara Agreement of 1963 established an as~so~ci~a~tion and held out the pros~pect of mem~ber~ship; "
               "Turkey applied for full mem~ber~ship in 1987, the customs union en~tered into force in 1996, the "
               "Helsinki summit of 1999 rec~og~nized Turkey as a can~di~date, and ac~ces~sion ne~go~ti~a~tions were opened in "
               "October 2005. Since then the conflict over Cyprus, doubts in Ger~ma~ny, France and oth~er mem~ber states "
               "about Turkey's \"European\" iden~ti~ty, and changes in Turkish do~mes~tic politics have worked together: "
               "eight chapters were frozen at the end of 2006, and the ne~go~ti~a~tions have ef~fec~tive~ly come to a "
               "standstill since 2016. Turkey-EU relations have thus shift~ed from an accession-oriented re~la~tion~ship "
               "to a trans~ac~tion~al cooperation cen~tred on ref~u~gees, energy and trade. The ar~ti~cle ar~gues that the "
               "relationship has al~ways been driv~en by three logics of security, economy and identity, and that the "
               "mis~match among them is the fun~da~men~tal rea~son why the ac~ces~sion pro~cess could not be com~plet~ed.")
EN_KEYWORDS = ("Key words: Turkey; European integration; Ankara Agreement; accession negotiations; Cyprus question; "
               "Turkey-EU relations")
EDITOR = "（责任编辑：林  澈）"

# ---------------------------------------------------------------------------
# Layout engine: wraps, paginates and writes what `pdftotext -layout` gives.
# ---------------------------------------------------------------------------
JOURNAL = "欧亚国际问题评论"
ISSUE = "2024年第2期"
MAST2 = "Eurasian International Review  No. 2, 2024"
SHORT_TITLE = "土耳其与欧洲一体化的历史进程（1959—2023）"
FIRST_PAGE = 87
PUA_DOT = "\uf0b7"          # Symbol-font bullet, what the PDF gives for three name dots
EN_HYPHEN = "\u2043"        # HYPHEN BULLET, what the Founder PDF gives for a line-end hyphen
LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]

COLS = 78                   # display columns of a full body line (39 em, 1 em = 2 columns)
W = 390                     # body measure in tenths of an em
INDENT_W = 20               # 2-em paragraph indent
HANG = 25                   # closing punctuation / superscript may hang this far
CJK_W, ASC_W, SUP_W = 10, 5, 3
PAGE_CAP = 44               # body line slots of a full page
P1_CAP = 13                 # body line slots left on page 1
WINDOW = 3                  # a page may end up to 3 slots early (club/widow control)
REF_COLS = 92               # reference list measure (small type), in columns
EN_COLS = 90                # English abstract measure, in columns
REF_WEIGHT = 0.8            # a small-type line takes 0.8 of a body line

# Pages whose break is meant to fall inside a sentence / inside a citation bracket.
SPECIAL_BREAKS = {88: ("cite", None), 89: ("sentence", 44), 93: ("sentence", 42), 94: ("sentence", 44)}

NOSTART = set("，。、；：？！）》」』”’,.%·…" + PUA_DOT)
NOEND = set("（《「『“‘")
UNIT_AFTER_NUM = set("年月日%号章条级万亿票席个项人名期届")


def dispw(s):
    """display columns as pdftotext -layout prints them (CJK and full-width = 2)."""
    n = 0
    for ch in s:
        o = ord(ch)
        if ch == "\f":
            continue
        if o < 0x2E80 and ch not in "“”‘’—…·" or 0xFB00 <= o <= 0xFB06 or o == 0x2043:
            n += 1
        else:
            n += 2
    return n


class Tok:
    __slots__ = ("text", "w", "kind", "keys", "sep", "split")

    def __init__(self, text, w, kind):
        self.text, self.w, self.kind = text, w, kind
        self.keys, self.sep, self.split = None, ",", False

    def __repr__(self):
        return "Tok(%r,%s)" % (self.text, self.kind)


def tokenize(s):
    toks, i, inbrk = [], 0, False
    while i < len(s):
        ch = s[i]
        if ch == "[" and (s.startswith("[@", i) or s.startswith("[%@", i)):
            j = s.index("]", i)
            inner = s[i + 1:j]
            t = Tok("", 0, "cite")
            t.split = inner.startswith("%")
            inner = inner.lstrip("%")
            t.sep = "，" if "，" in inner else ","
            t.keys = [k.strip().lstrip("@") for k in re.split("[,，]", inner)]
            toks.append(t)
            i = j + 1
            continue
        if ch == "␣":
            toks.append(Tok(" ", ASC_W, "sp"))
            i += 1
            continue
        if ch == "¤":
            toks.append(Tok(PUA_DOT, CJK_W, "c"))
            i += 1
            continue
        if ch == "⟪":
            inbrk = True
            i += 1
            continue
        if ch == "⟫":
            inbrk = False
            i += 1
            continue
        if inbrk and ch.isdigit():
            toks.append(Tok(ch, ASC_W, "digit"))
            i += 1
            continue
        m = re.match(r"\d+(?:[./]\d+)*%?", s[i:])
        if m and ch.isdigit():
            toks.append(Tok(m.group(), ASC_W * len(m.group()), "num"))
            i += len(m.group())
            continue
        m = re.match(r"[A-Za-z]+", s[i:])
        if m:
            toks.append(Tok(m.group(), ASC_W * len(m.group()), "lat"))
            i += len(m.group())
            continue
        if ord(ch) < 128:
            toks.append(Tok(ch, ASC_W, "asc"))
        else:
            toks.append(Tok(ch, CJK_W, "c"))
        i += 1
    return toks


def fmt_cite(nums, sep):
    nums = sorted(set(nums))
    parts, k = [], 0
    while k < len(nums):
        m = k
        while m + 1 < len(nums) and nums[m + 1] == nums[m] + 1:
            m += 1
        if m - k >= 2:
            parts.append("%d-%d" % (nums[k], nums[m]))
        else:
            parts.extend(str(x) for x in nums[k:m + 1])
        k = m + 1
    return "[" + sep.join(parts) + "]"


def glued(a, b):
    if b.kind in ("cite", "cite_a", "sp"):
        return True
    if b.kind == "cite_b":
        return False
    if a.kind == "sp":
        return True
    if b.kind == "c" and b.text in NOSTART or b.kind == "asc" and b.text in ",.%/-":
        return True
    if a.kind == "c" and a.text in NOEND:
        return True
    if a.kind in ("num", "digit") and b.kind == "c" and b.text in UNIT_AFTER_NUM:
        return True
    if a.text == "—" or b.text == "—" or a.text == "…" and b.text == "…":
        return True
    if a.kind == "asc" and a.text in "/-":
        return True
    if a.kind in ("lat", "num") and b.kind in ("lat", "num"):
        return True
    return False


def wrap_tokens(toks, first_w, width):
    boxes, cur = [], []
    for t in toks:
        if cur and not glued(cur[-1], t):
            boxes.append(cur)
            cur = []
        cur.append(t)
    if cur:
        boxes.append(cur)
    lines, line, w, cap = [], [], 0, first_w
    for box in boxes:
        bw = sum(t.w for t in box)
        hang = 0
        for t in reversed(box):
            if t.kind in ("cite", "cite_a", "sp") or t.text in NOSTART or t.text in ",.":
                hang += t.w
            else:
                break
        if line and w + bw > cap:
            if w + bw - hang <= cap and w + bw <= cap + HANG:
                line.extend(box)
                lines.append(line)
                line, w, cap = [], 0, width
                continue
            lines.append(line)
            line, w, cap = [], 0, width
        line.extend(box)
        w += bw
    if line:
        lines.append(line)
    return lines


CITE_RE = re.compile(r"\[[0-9,，\-]+\]$|\[[0-9]+$")


def ends_sentence(text):
    t = text.rstrip()
    while True:
        m = CITE_RE.search(t)
        if not m:
            break
        t = t[:m.start()]
    t = t.rstrip("”’）")
    return bool(t) and t[-1] in "。！？"


# ---------------------------------------------------------------------------
def number_citations():
    order = []
    for kind, text in BODY:
        if kind != "p":
            continue
        for t in tokenize(text):
            if t.kind == "cite":
                for k in t.keys:
                    if k not in order:
                        order.append(k)
    assert set(order) == set(REFS), (set(REFS) ^ set(order))
    return {k: n + 1 for n, k in enumerate(order)}, order


def body_items(num):
    items = []
    for kind, text in BODY:
        if kind == "h1":
            pad = (COLS - dispw(text)) // 2
            items += [dict(tag="blank", text=""), dict(tag="head1", text=" " * pad + text),
                      dict(tag="blank", text="")]
        elif kind == "h2":
            items.append(dict(tag="head2", text="    " + text))
        elif kind == "table":
            blk = table_lines()
            for n, (tag, t) in enumerate(blk):
                items.append(dict(tag=tag, text=t, tbl=(n > 0)))
        else:
            toks = []
            for t in tokenize(text):
                if t.kind == "cite":
                    t.text = fmt_cite([num[k] for k in t.keys], t.sep)
                    t.w = SUP_W * len(t.text)
                    if t.split:
                        a = Tok(t.text[:2], SUP_W * 2, "cite_a")
                        b = Tok(t.text[2:], SUP_W * (len(t.text) - 2), "cite_b")
                        toks += [a, b]
                        continue
                toks.append(t)
            lines = wrap_tokens(toks, W - INDENT_W, W)
            for n, ln in enumerate(lines):
                s = "".join(t.text for t in ln).strip(" ")
                if n == 0:
                    s = "    " + s
                wdt = sum(t.w for t in ln) + (INDENT_W if n == 0 else 0)
                items.append(dict(tag="body", text=s, first=(n == 0), last=(n == len(lines) - 1),
                                  sent=ends_sentence(s), w=wdt))
    return items


def table_lines():
    colpos = [6, 18, 37, 56, 75]      # display column where each column is centred
    def row(cells):
        out = ""
        for c, pos in zip(cells, colpos):
            if not c:
                continue
            start = pos - dispw(c) // 2
            out += " " * max(1, start - dispw(out)) + c
        return out
    cap = TABLE_CAPTION
    res = [("blank", ""), ("table-caption", " " * ((COLS - dispw(cap)) // 2) + cap)]
    res += [("table-head", row(r)) for r in TABLE_HEAD]
    res += [("table-row", row(r)) for r in TABLE_ROWS]
    res += [("table-source", "    " + TABLE_SOURCE), ("blank", "")]
    return res


def wrap_ref(label, entry, width):
    """Wrap one reference entry: CJK breaks anywhere, English at spaces, '~' hyphen
    points, URLs after / . - _ ; continuation lines get a 4-space hanging indent."""
    text = label + " " + entry
    units = re.findall(r"https?://\S+|[A-Za-z0-9~'’().,:;?&/_\-\[\]İıŞşĞğÇçÖöÜüÂâ]+ ?|[^\sA-Za-z0-9] ?|\s", text)
    lines, cur, first = [], "", True
    def room():
        return width - (0 if first else 4) - dispw(cur)
    hy = 0
    i = 0
    while i < len(units):
        u = units[i]
        clean = u.replace("~", "")
        if dispw(clean.rstrip()) <= room() or (clean.strip() and clean.strip()[0] in NOSTART
                                                and dispw(clean.rstrip()) <= room() + 2):
            cur += clean
            i += 1
            continue
        if u.startswith("http"):
            # break a URL after a separator
            best = None
            for k in range(len(u) - 1, 0, -1):
                if u[k - 1] in "/.-_" and dispw(u[:k]) <= room():
                    best = k
                    break
            if best:
                lines.append(cur + u[:best])
                cur, first = "", False
                units[i] = u[best:]
                continue
        if "~" in u:
            pieces = u.split("~")
            best = None
            for k in range(len(pieces) - 1, 0, -1):
                head = "".join(pieces[:k]) + "-"
                if dispw(head) <= room():
                    best = k
                    break
            if best:
                lines.append(cur + "".join(pieces[:best]) + "-")
                cur, first = "", False
                units[i] = "".join(pieces[best:])
                hy += 1
                continue
        lines.append(cur.rstrip())
        cur, first = "", False
    if cur.strip():
        lines.append(cur.rstrip())
    out = [lines[0]] + ["    " + l for l in lines[1:]]
    return out, hy


def wrap_english(text, width, first_indent=4):
    words = text.split(" ")
    lines, cur, hy = [], " " * first_indent, 0
    for w in words:
        clean = w.replace("~", "")
        sep = "" if cur.strip() == "" else " "
        if len(cur) + len(sep) + len(clean) <= width:
            cur += sep + clean
            continue
        if "~" in w:
            pieces = w.split("~")
            done = False
            for k in range(len(pieces) - 1, 0, -1):
                head = "".join(pieces[:k]) + EN_HYPHEN
                if len(cur) + len(sep) + len(head) <= width:
                    lines.append(cur + sep + head)
                    cur = "".join(pieces[k:])
                    hy += 1
                    done = True
                    break
            if done:
                continue
        lines.append(cur)
        cur = clean
    lines.append(cur)
    return lines, hy


def ligate(s):
    for a, b in LIGATURES:
        s = s.replace(a, b)
    return s


def wrap_plain(text, width_em, first_indent=4, cont_indent=4):
    """CJK block text (abstract, author note): break anywhere, numbers kept whole."""
    toks = tokenize(text)
    lines = wrap_tokens(toks, (width_em - first_indent // 2) * 10, (width_em - cont_indent // 2) * 10)
    out = []
    for n, ln in enumerate(lines):
        s = "".join(t.text for t in ln)
        out.append((" " * (first_indent if n == 0 else cont_indent)) + s)
    return out


def header(pno):
    if pno % 2 == 0:
        right = JOURNAL + "  " + ISSUE
        return str(pno) + " " * (COLS - dispw(right) - len(str(pno))) + right
    return SHORT_TITLE + " " * (COLS - dispw(SHORT_TITLE) - len(str(pno))) + str(pno)


def valid_break(items, j):
    """May a page end before items[j]?"""
    if j >= len(items):
        return True
    prev, nxt = items[j - 1], items[j]
    if nxt.get("tbl"):
        return False
    if prev["tag"] in ("head1", "head2"):
        return False
    if prev["tag"] == "blank" and j >= 2 and items[j - 2]["tag"] == "head1":
        return False
    if prev["tag"] == "body" and prev["sent"]:
        return True
    if prev["tag"] == "blank" and nxt["tag"] == "head1":
        return False
    if prev["tag"] == "blank" and j >= 2 and items[j - 2]["tag"] == "table-source":
        return True
    if nxt["tag"] == "blank" and j + 1 < len(items) and items[j + 1]["tag"] == "head1":
        return prev["tag"] == "body" and prev["last"]
    return False


def paginate_body(items):
    pages, i, pno = [], 0, FIRST_PAGE
    while i < len(items):
        cap = P1_CAP if pno == FIRST_PAGE else PAGE_CAP
        sp, spn = SPECIAL_BREAKS.get(pno, (None, None))
        if i + cap >= len(items):
            j = len(items)
        elif sp == "sentence":
            assert cap - WINDOW <= spn <= cap
            j = i + spn
        elif sp == "cite":
            cands = [k for k in range(i + cap - WINDOW, i + cap + 1) if items[k - 1]["text"].endswith("[1")]
            assert cands, "no [1 line in window on page %d" % pno
            j = cands[-1]
        else:
            cands = [k for k in range(i + cap - WINDOW, i + cap + 1) if valid_break(items, k)]
            if not cands:
                raise SystemExit("page %d: no clean break in %d..%d (%r)" % (
                    pno, i + cap - WINDOW, i + cap, [items[k - 1]["text"][-12:] for k in range(i + cap - WINDOW, i + cap + 1)]))
            j = cands[-1]
        pages.append(items[i:j])
        i = j
        pno += 1
    return pages


def build():
    num, order = number_citations()
    items = body_items(num)
    pages = paginate_body(items)

    # reference list and English block flow after the body
    tail = [dict(tag="blank", text=""), dict(tag="refs-head", text="参考文献：")]
    ref_hyph = 0
    for k in order:
        label = "[%d]" % num[k]
        lines, hy = wrap_ref(label, REFS[k], REF_COLS)
        ref_hyph += hy
        if k == NOSPACE_REF:
            # damage: the first line of this entry lost its word spaces
            head, rest = lines[0].split(". ", 1)
            lines[0] = head + ". " + rest.replace(" ", "")
        for n, l in enumerate(lines):
            tail.append(dict(tag=("ref#%d" % num[k]) if n == 0 else ("ref-cont#%d" % num[k]), text=l,
                             wt=REF_WEIGHT))
    eng_start = len(tail)
    tail.append(dict(tag="blank", text=""))
    for t in EN_TITLE:
        tail.append(dict(tag="english-title", text=" " * ((COLS + 12 - len(t)) // 2) + ligate(t)))
    tail.append(dict(tag="blank", text=""))
    tail.append(dict(tag="english-authors", text=" " * ((COLS + 12 - len(EN_AUTHORS)) // 2) + EN_AUTHORS))
    tail.append(dict(tag="english-affil", text=" " * ((COLS + 12 - len(EN_AFFIL)) // 2) + EN_AFFIL))
    tail.append(dict(tag="blank", text=""))
    ab, en_hy = wrap_english(EN_ABSTRACT, EN_COLS)
    for l in ab:
        tail.append(dict(tag="english-abstract", text=ligate(l)))
    kw, _ = wrap_english(EN_KEYWORDS, EN_COLS)
    for l in kw:
        tail.append(dict(tag="english-keywords", text=ligate(l)))
    tail.append(dict(tag="blank", text=""))
    tail.append(dict(tag="editor", text=" " * (COLS - dispw(EDITOR)) + EDITOR))
    for x in tail[eng_start:]:
        x["group"] = "english"

    # fill the last body page, then new pages
    def wt(it):
        return it.get("wt", 1.0)
    def fits_group(k, used):
        # the English block (from its blank line on) is kept on one page
        if tail[k].get("group") != "english":
            return used + wt(tail[k]) <= PAGE_CAP + 0.01
        if k > 0 and tail[k - 1].get("group") == "english":
            return used + wt(tail[k]) <= PAGE_CAP + 0.01
        rest = sum(wt(x) for x in tail[k:])
        return used + rest <= PAGE_CAP + 0.01
    last = pages[-1]
    used = sum(wt(x) for x in last)
    k = 0
    while k < len(tail) and fits_group(k, used):
        last.append(tail[k])
        used += wt(tail[k])
        k += 1
    while k < len(tail):
        pg, used = [], 0
        while k < len(tail) and fits_group(k, used):
            pg.append(tail[k])
            used += wt(tail[k])
            k += 1
        pages.append(pg)

    # assemble the file
    out = []          # (tag, text)
    for pi, pg in enumerate(pages):
        pno = FIRST_PAGE + pi
        ff = "" if pi == 0 else "\f"
        if pi == 0:
            m1 = JOURNAL + "  " + ISSUE
            out.append(("masthead", " " * (COLS - dispw(m1)) + m1))
            out.append(("masthead", " " * (COLS - len(MAST2)) + MAST2))
            out.append(("blank", ""))
            out.append(("title", " " * ((COLS - dispw(TITLE1)) // 2) + TITLE1))
            out.append(("title", " " * ((COLS - dispw(TITLE2)) // 2) + TITLE2))
            out.append(("blank", ""))
            out.append(("authors", " " * ((COLS - dispw(AUTHORS)) // 2) + AUTHORS))
            out.append(("affil", " " * ((COLS - dispw(AFFIL)) // 2) + AFFIL))
            out.append(("blank", ""))
            for l in wrap_plain(ABSTRACT, 38, 4, 4):
                out.append(("abstract", l))
            out.append(("keywords", "    " + KEYWORDS))
            out.append(("clc", "    " + CLC % len(pages)))
            out.append(("blank", ""))
        else:
            out.append(("header-even" if pno % 2 == 0 else "header-odd", ff + header(pno)))
            out.append(("blank", ""))
        for it in pg:
            tag = it["tag"]
            if tag == "body":
                tag = "body" + (":P" if it["first"] else "") + (":L" if it["last"] else "")
            out.append((tag, it["text"]))
        if pi == 0:
            out.append(("blank", ""))
            out.append(("blank", ""))
            for note in AUTHOR_NOTE:
                for l in wrap_plain(note, 44, 4, 0):
                    out.append(("authornote", l))
            out.append(("blank", ""))
            p = str(pno)
            out.append(("footer-pageno", " " * ((COLS - len(p)) // 2) + p))
    text = "\n".join(t for _, t in out) + "\n\f"
    out.append(("final-ff", "\f"))
    info = dict(num=num, order=order, pages=pages, ref_hyph=ref_hyph, en_hyph=en_hy)
    return text, out, info

NOSPACE_REF = "tocci2011"      # damage: the first line of this entry lost its word spaces

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CITE_ANY = re.compile(r"\[[0-9][0-9,，\-]*\]")


def em_width(s):
    s = s.lstrip(" ")
    w = 0.0
    for m in CITE_ANY.finditer(s):
        w += 0.3 * len(m.group())
    s = CITE_ANY.sub("", s)
    for ch in s:
        w += 0.5 if ord(ch) < 128 else 1.0
    return w


def check(text, out, info):
    lines = text.split("\n")
    assert len(lines) == len(out), (len(lines), len(out))
    assert text.endswith("\n\f") and text.count("\f") == len(info["pages"])
    for l in lines:
        assert l == l.rstrip(" "), "trailing space: %r" % l
    assert not any(c in text for c in CIRCLED), "no circled note numbers in this form"

    # pages, headers
    pages, cur = [], []
    for n, (tag, t) in enumerate(out):
        if t.startswith("\f") and tag != "final-ff":
            pages.append(cur)
            cur = []
        cur.append((n + 1, tag, t))
    pages.append(cur)
    assert len(pages) == len(info["pages"])
    for k, pg in enumerate(pages):
        pno = FIRST_PAGE + k
        if k == 0:
            assert pg[0][1] == "masthead"
            continue
        tag, t = pg[0][1], pg[0][2]
        if pno % 2 == 0:
            assert tag == "header-even" and re.fullmatch(r"\f%d +%s  %s" % (pno, JOURNAL, ISSUE), t), t
        else:
            assert tag == "header-odd" and re.fullmatch(r"\f%s +%d" % (re.escape(SHORT_TITLE), pno), t), t
        assert pg[1][1] == "blank"

    def body_of(pg):
        return [(n, tag, t) for n, tag, t in pg if tag.startswith("body") or tag.startswith("table")
                or tag in ("head1", "head2") or tag.startswith("ref") or tag.startswith("english")]

    # page breaks of the body: one inside a citation bracket, three inside sentences
    mid, cite = [], []
    for k in range(len(pages) - 1):
        a, b = body_of(pages[k]), body_of(pages[k + 1])
        if not a or not b or not a[-1][1].startswith("body"):
            continue
        last, first = a[-1], b[0]
        if last[2].endswith("[1"):
            cite.append(FIRST_PAGE + k)
            assert first[2].startswith("4]"), first
        elif not ends_sentence(last[2]):
            assert first[1] in ("body", "body:L"), first           # the sentence goes on
            mid.append(FIRST_PAGE + k)
        else:
            assert first[1] in ("body:P", "body:P:L", "head1", "head2") or first[1].startswith("body:P"), (last, first)
    assert cite == [88], cite
    assert mid == [89, 93, 94], mid
    pg93 = body_of(pages[93 - FIRST_PAGE])[-1][2]
    pg94 = body_of(pages[94 - FIRST_PAGE])[0][2]
    assert pg93.endswith("2017年") and pg94.startswith("7月6日"), (pg93, pg94)
    for p, sp in SPECIAL_BREAKS.items():
        assert p in cite + mid

    body = [(n, tag, t) for n, tag, t in zip(range(1, len(out) + 1), (x[0] for x in out), (x[1] for x in out))
            if tag.startswith("body")]
    # full lines: every body line that does not end a paragraph is (about) full width
    for n, tag, t in body:
        if ":L" not in tag:
            w = em_width(t) + (2 if ":P" in tag else 0)
            assert w >= 35.5, (n, w, t)

    # two dates cut inside their number by an ordinary line break
    cuts = []
    for (n1, g1, t1), (n2, g2, t2) in zip(body, body[1:]):
        if n2 == n1 + 1 and re.search(r"\d$", t1) and not t1.endswith("[1") and re.match(r"\d", t2):
            cuts.append((n1, t1[-3:], t2[:8]))
    assert [c[1] + "|" + c[2] for c in cuts] == ["196|0年5月27日，", "196|1年10月30日"], cuts

    # PUA glyphs standing for the middle dot of three names
    assert text.count(PUA_DOT) == 4
    assert "雷杰普%s塔伊普%s埃尔多" % (PUA_DOT, PUA_DOT) in text
    assert "艾哈迈德%s达武特奥卢" % PUA_DOT in text and "凯末尔%s克勒奇达罗卢" % PUA_DOT in text

    # ASCII commas in one body paragraph only
    ascii_comma = [n for n, tag, t in body if "," in CITE_ANY.sub("", t)]
    assert len(ascii_comma) >= 5 and ascii_comma == list(range(ascii_comma[0], ascii_comma[-1] + 1)), ascii_comma
    assert sum(CITE_ANY.sub("", t).count(",") for n, tag, t in body) >= 10

    # citation brackets
    btext = "\n".join(t for n, tag, t in body)
    assert btext.count(" [") == 3                       # a space before the superscript
    assert btext.count("[1\n4]") == 1                   # the bracket cut by the page break
    btext = btext.replace("[1\n4]", "[14]\n")
    cites = CITE_ANY.findall(btext)
    assert 55 <= len(cites) <= 70, len(cites)
    assert sum("，" in c for c in cites) == 2
    assert sum("-" in c for c in cites) == 2
    seen = 0
    for m in CITE_ANY.finditer(btext):
        for part in re.split("[,，]", m.group().strip("[]")):
            lo, hi = (int(x) for x in part.split("-")) if "-" in part else (int(part), int(part))
            for x in range(lo, hi + 1):
                if x > seen:
                    assert x == seen + 1, (x, seen)
                    seen = x
    assert seen == len(REFS)

    # the reference list
    refs = [(tag, t) for tag, t in out if tag.startswith("ref")]
    labels = [int(re.match(r"\[(\d+)\]", t).group(1)) for tag, t in refs if tag.startswith("ref#")]
    assert labels == list(range(1, len(REFS) + 1)) and 35 <= len(labels) <= 45
    assert sum(1 for tag, t in refs if "Turkey'sEuropeanfuture:" in t) == 1
    hyph = [t for tag, t in refs if re.search(r"[a-z]-$", t) and "http" not in t and "://" not in t]
    assert len(hyph) == info["ref_hyph"] >= 2, hyph
    assert any(t.endswith("erdogan-") for tag, t in refs)          # a URL cut at its own hyphen
    ref_pages = [k for k, pg in enumerate(pages) if any(tag.startswith("ref") for n, tag, t in pg)]
    assert len(ref_pages) == 2                                      # the list runs over a page break

    # English block
    eng = "\n".join(t for tag, t in out if tag.startswith("english"))
    assert eng.count(EN_HYPHEN) == info["en_hyph"] >= 2
    assert sum(eng.count(b) for a, b in LIGATURES) >= 3
    assert [tag for tag, t in out].index("english-title") > [tag for tag, t in out].index("refs-head")

    # the only note: the unnumbered author note of page 1
    notes = [k for k, pg in enumerate(pages) if any(tag == "authornote" for n, tag, t in pg)]
    assert notes == [0]
    assert sum(1 for tag, t in out if tag == "table-row") == 5


def main():
    text, out, info = build()
    check(text, out, info)
    data = text.encode("utf-8")
    sha = hashlib.sha1(data).hexdigest()
    for old in glob.glob(os.path.join(HERE, "h19_*.txt")):
        os.remove(old)
    name = os.path.join(HERE, "h19_%s.txt" % sha[:8])
    with open(name, "wb") as f:
        f.write(data)
    if "--report" in sys.argv:
        lines = text.split("\n")
        pno = FIRST_PAGE
        for n, ((tag, _), l) in enumerate(zip(out, lines), 1):
            if l.startswith("\f") and tag != "final-ff":
                pno += 1
            print("%4d p%-3d %-16s %s" % (n, pno, tag, l.replace("\f", "\\f").replace(PUA_DOT, "<U+F0B7>")))
    print("wrote %s (%d chars, %d bytes, %d lines, sha1 %s)" % (
        os.path.basename(name), len(text), len(data), text.count("\n"), sha))


if __name__ == "__main__":
    main()
