#!/usr/bin/env python3
"""Build the held-out raw file h15_<sha1[:8]>.txt (constructed article, see README.md).

Standalone, standard library only, deterministic.

    python3 make_raw.py            write the raw file (deleting older h15_*.txt)
    python3 make_raw.py --report   also print every line with its number, page, tag
                                   (see report()) and the markers it holds
    python3 make_raw.py --check    only run check() and print the name it would write

Markup in the clean content below
    {...}    a footnote; its marker (a superscript Arabic digit, numbered from 1 on each
             page) is put where the brace stands, glued to the preceding character.
             A literal space after the closing brace is kept (pdftotext put a space
             after the superscript there).
    ¦        inside a number: a point where a line break may cut the number (damage).
    ~        inside a word of a note: a point where the word may be hyphenated at a
             line end (damage); it vanishes elsewhere.
"""
import glob
import hashlib
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- front matter
JOURNAL = "国际战略与外交史"
MAST1 = "国际战略与外交史  2022年第3期"
MAST2 = "International Strategy and Diplomatic History  No. 3, 2022"
FIRST_PAGE = 47
HEAD_EVEN = "国际战略与外交史  2022 年第 3 期"
HEAD_ODD = "闻启航  邹明岚：美苏（俄）战略军控的演进与中国的立场（1963—2021）"

TITLE = ["从《部分禁止核试验条约》到《新削减战略武器条约》",
         "——美苏（俄）战略军备控制的演进与中国的立场（1963—2021）"]
AUTHORS = "闻启航    邹明岚"
AFFIL = "（东陵大学 国际关系学院，江苏 淮安 223003）"

ABSTRACT = ("摘　要：1963年8月美英苏三国签署《部分禁止核试验条约》，开启了美苏以双边"
            "谈判管控核军备竞赛的进程。此后近六十年间，美苏（俄）先后达成1972年《反导条约》、"
            "1979年《第二阶段限制战略武器条约》、1987年《中导条约》、1991年《削减战略武器条约》"
            "和2010年《新削减战略武器条约》等一系列协议，构成了国际战略稳定的制度支柱。这一进程"
            "大体经历了起步、缓和中的“限制”、冷战终结前后的“削减”、单极格局下的松动以及"
            "2019年以来的瓦解与有限延续五个阶段。美苏（俄）战略军控从来不是单纯的技术谈判，"
            "而是双方力量对比、国内政治和联盟关系共同作用的产物，并始终受到第三方因素特别是"
            "中国因素的影响。中国一贯主张拥有最大核武库的国家对核裁军负有特殊、优先责任，反对"
            "以“多边化”为名转移责任。2021年2月《新削减战略武器条约》延期五年，但美俄军控的"
            "前景仍不明朗。")
KEYWORDS = "关键词：战略军备控制；美苏关系；美俄关系；《反导条约》；《中导条约》；中国立场"
CLC = "中图分类号：D871.2；D815.2      文献标识码：A      文章编号：2096-8817（2022）03-0047-13"
DOI = "DOI：10.13758/j.cnki.gzwj.2022.03.004"
FOOT1 = [
    "收稿日期：2021-12-20",
    "基金项目：国家社会科学基金青年项目“冷战后美俄战略稳定关系演变研究”（21CGJ027）",
    "作者简介：闻启航，东陵大学国际关系学院副教授，历史学博士；邹明岚，东陵大学国际关系学院",
    "博士研究生。",
]
EDITOR = "（责任编辑：谭 晓）"

ENGLISH = [
    ("title", "From the Partial Test Ban Treaty to New START: The Evolution of US-Soviet/"),
    ("title", "Russian Strategic Arms Control and China’s Position (1963-2021)"),
    ("blank", ""),
    ("authors", "WEN Qihang & ZOU Minglan"),
    ("affil", "(School of International Relations, Dongling University, Huai’an 223003, China)"),
    ("blank", ""),
    ("abstract", "Abstract: The Partial Test Ban Treaty of August 1963 opened a process in which Washington and "
     "Moscow managed their nuclear arms race through bilateral negotiation. Over nearly six "
     "decades the two sides concluded the ABM Treaty of 1972, SALT II in 1979, the INF Treaty "
     "in 1987, START I in 1991 and New START in 2010, which together formed the "
     "pillars of strategic stability. The process passed through five stages: a beginning, "
     "\"limitation\" under detente, \"reduction\" around the end of the Cold War, erosion in "
     "the unipolar era, and collapse and limited survival since 2019. The process was "
     "constantly affected by third parties, China in particular. China has consistently held that the states with the largest nuclear "
     "arsenals bear a special and primary responsibility for nuclear disarmament. New START "
     "was extended for five years in February 2021, but the future of US-Russian arms control "
     "remains uncertain."),
    ("keywords", "Key Words: strategic arms control; US-Soviet relations; US-Russian "
     "relations; ABM Treaty; INF Treaty; China’s position"),
]

# ---------------------------------------------------------------- body
# ('h1', text) centred heading; ('h2', text) sub-heading; ('p', text) paragraph.
BODY = [
("h1", "引　言"),
("p", "1963年8月5日，美国国务卿迪安·腊斯克、英国外交大臣霍姆勋爵和苏联外交部长安德烈·葛罗米柯在"
 "莫斯科签署《禁止在大气层、外层空间和水下进行核武器试验条约》（以下简称《部分禁核试条约》）"
 "{“Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water,” "
 "signed at Moscow on 5 August 1963, United Nations Treaty Series, Vol. 480, No. 6964, pp. 43-99.}。"
 "这是美苏在核武器问题上达成的第一项实质性协议，距古巴导弹危机结束还不到一年。此后近六十年间，"
 "从莫斯科、华盛顿到布拉格的历次签约，美苏（俄）之间的战略军备控制（以下简称“战略军控”）一直被视为两国关系的“压舱石”，也是观察大国关系变化"
 "的一面镜子。然而，2019年8月2日《中导条约》正式失效，美俄之间仅存的《新削减战略武器条约》"
 "也一度面临到期即告终结的命运，直至2021年2月3日两国完成换文，才将其延长五年至2026年2月5日。"
 "{“On the Extension of the New START Treaty with the Russian Federation,” Press Statement, "
 "Antony J. Blinken, Secretary of State, February 3, 2021, https://www.state.gov/on-the-extension-"
 "of-the-new-start-treaty-with-the-russian-federation/ [2021-11-08].}"),
("p", "国外学界对美苏（俄）战略军控的研究起步早、成果多。雷蒙德·加特霍夫（Raymond L. Garthoff）、"
 "斯特罗布·塔尔博特（Strobe Talbott）等亲历者的著述奠定了这一领域的基本叙事，"
 "{Raymond L. Garthoff, Détente and Confrontation: American-Soviet Relations from Nixon to "
 "Reagan, rev. ed., Washington, D.C.: The Brookings Institution, 1994; Strobe Talbott, "
 "Endgame: The Inside Story of SALT II, New York: Harper & Row, 1979; Strobe Talbott, Deadly "
 "Gambits: The Reagan Administration and the Stalemate in Nuclear Arms Control, New York: "
 "Alfred A. Knopf, 1984.}20世纪90年代以来，随着《美国对外关系文件集》（FRUS）相关各卷和部分俄罗斯"
 "档案的解密，研究者得以重新审视若干关键谈判的决策过程。国内学界对《反导条约》《中导条约》和"
 "《新削减战略武器条约》等均有讨论，{刘华秋主编：《军备控制与裁军手册》，国防工业出版社2000年版；"
 "朱锋：《弹道导弹防御计划与国际安全》，上海人民出版社2001年版；李彬：《军备控制理论与分析》，"
 "国防工业出版社2006年版。}但多以单项条约或某一时段为对象，较少把近六十年的进程作为一个整体"
 "加以考察，对中国因素在其中的位置亦着墨不多。本文拟依据已公开的条约文本、外交文件、回忆录和"
 "报刊资料，梳理美苏（俄）战略军控的演进脉络，并考察中国立场的形成与变化。"),

("h1", "一、从《部分禁核试条约》到葛拉斯堡会晤（1963—1968）"),
("h2", "（一）《部分禁核试条约》的达成与中国的反应"),
("p", "古巴导弹危机之后，美苏双方都意识到有必要在核问题上建立某种最低限度的沟通与约束。"
 "1963年6月10日，美国总统约翰·肯尼迪在美利坚大学发表演说，宣布美国将暂停大气层核试验，并"
 "派特使赴莫斯科谈判。{“Commencement Address at American University in Washington, June 10, "
 "1963,” Public Papers of the Presidents of the United States: John F. Kennedy, 1963, "
 "Washington, D.C.: Government Printing Office, 1964, pp. 459-464.} 同月20日，美苏在日内瓦签署"
 "关于在两国政府首脑之间建立直接通信线路的备忘录，即所谓“热线协定”。7月15日，美国副国务卿"
 "埃夫里尔·哈里曼率团抵达莫斯科，与葛罗米柯展开谈判；10天后，美英苏三方代表草签条约文本。"),
("p", "几乎与此同时，中苏两党会谈于7月5日至20日在莫斯科举行。中共代表团团长邓小平与苏共代表团"
 "团长米哈伊尔·苏斯洛夫针锋相对，会谈无果而终。{吴冷西：《十年论战：1956—1966中苏关系回忆录》"
 "（下），中央文献出版社1999年版，第571—603页。}在中方看来，苏联选择此时与美英缔约，意在以"
 "核垄断束缚中国。7月31日，中国政府发表声明，指出这一条约“是一个愚弄全世界人民的大骗局”，"
 "主张全面、彻底、干净、坚决地禁止和销毁核武器，并建议召开世界各国政府首脑会议。"
 "{《中国政府主张全面、彻底、干净、坚决地禁止和销毁核武器 倡议召开世界各国政府首脑会议》，"
 "《人民日报》1963年8月1日，第1版。} 此后，中国政府发言人又两次发表声明，逐条驳斥"
 "苏联政府的辩解。这场论战使核武器问题成为中苏分歧的焦点之一，也预示了此后中国对美苏军控长期"
 "持有的保留态度。"),
("p", "1964年10月16日，中国成功进行第一次核试验。中国政府当天发表声明，郑重宣布中国在任何时候、"
 "任何情况下都不会首先使用核武器。{《中华人民共和国政府声明》（1964年10月16日），《人民日报》"
 "1964年10月17日，第1版。}次日，国务院总理周恩来致电世界各国政府首脑，重申召开首脑会议讨论"
 "全面禁止和彻底销毁核武器问题的建议。{中共中央文献研究室编：《周恩来年谱（1949—1976）》中卷，"
 "中央文献出版社1997年版，第679页。} 1967年6月17日，"
 "中国第一颗氢弹爆炸成功。中国核力量的出现，从一开始就被纳入美国决策者有关反导系统的讨论之中。"),
("h2", "（二）葛拉斯堡会晤与反导问题的提出"),
("p", "20世纪60年代中期，苏联开始在莫斯科周围部署代号为“橡皮套鞋”（Galosh）的反导系统，美国国内"
 "要求部署反导系统的呼声随之高涨。美国国防部长罗伯特·麦克纳马拉认为，反导系统不仅代价高昂，"
 "而且会刺激对方扩充进攻性力量，因而主张首先与苏联谈判限制反导系统。1967年1月，林登·约翰逊"
 "总统致信苏联部长会议主席阿列克谢·柯西金，建议就限制进攻性和防御性战略武器举行会谈。2月，"
 "柯西金在伦敦访问期间公开表示，防御性武器不是加剧紧张的因素，对美方提议反应冷淡。"),
("p", "同年6月，柯西金赴纽约出席讨论中东局势的联合国大会紧急特别会议。6月23日和25日，约翰逊与"
 "柯西金在新泽西州葛拉斯堡州立学院举行两次会晤。麦克纳马拉在会上详细阐述了反导系统引发军备"
 "竞赛的逻辑，柯西金却不以为然，据称他当场反驳说：“防御是道德的，进攻是不道德的。”"
 "{此语见于多种回忆，细节略有出入。参见Robert S. McNamara, Blundering into Disaster: "
 "Surviving the First Century of the Nuclear Age, New York: Pantheon Books, 1986, pp. 56-57；"
 "Glenn T. Seaborg, Stemming the Tide: Arms Control in the Johnson Years, Lexington, Mass.: "
 "Lexington Books, 1987, p. 420。} 葛拉斯堡会晤没有达成任何协议，但美方第一次把“进攻—防御相互"
 "关联”的概念摆上了首脑会晤的桌面。值得注意的是，就在会晤前一周，中国刚刚进行了氢弹试验。"
 "9月18日，麦克纳马拉在旧金山发表演讲，宣布美国将部署一套以中国为对象的轻型反导系统，即"
 "后来的“哨兵”系统{Robert S. McNamara, “The Dynamics of Nuclear Strategy,” Department of "
 "State Bulletin, Vol. 57, No. 1476, October 9, 1967, pp. 443-451. 麦克纳马拉称这一部署是"
 "“以中国为对象的”（Chinese-oriented），并强调它不足以抵御苏联的大规模攻击。同年11月，他在"
 "国会作证时再次作了类似表述。}。这一安排既回应了国会和军方的压力，又避免直接刺激苏联，中国"
 "由此成为美国反导政策的一个公开理由。"),
("p", "1968年7月1日，《不扩散核武器条约》在华盛顿、伦敦和莫斯科同时开放签署。当天，约翰逊宣布"
 "美苏已同意在最近的将来开始限制和削减战略武器的会谈。按照双方的安排，约翰逊访苏并宣布会谈"
 "日期的消息即将公布。然而，8月20日深夜，以苏联为首的华约五国军队侵入捷克斯洛伐克，"
 "美方随即取消了这一计划。中国则把《不扩散核武器条约》视为美苏维护核垄断的工具，在此后二十"
 "余年间一直拒绝加入，直到1992年3月才正式加入该条约。"),

("h1", "二、缓和与“限制”：从赫尔辛基到维也纳（1969—1979）"),
("h2", "（一）第一阶段限制战略武器会谈与《反导条约》"),
("p", "理查德·尼克松1969年1月入主白宫后，一面宣布以“卫兵”系统取代“哨兵”系统，一面在"
 "国家安全事务助理亨利·基辛格的主导下，将军控谈判纳入对苏“联系”战略之中。同年3月2日，中苏"
 "两国边防部队在珍宝岛发生武装冲突；8月中旬，苏联驻美使馆官员鲍里斯·达维多夫甚至试探美方对"
 "苏联打击中国核设施可能作何反应。{William Burr, “Sino-American Relations, 1969: The "
 "Sino-Soviet Border War and Steps towards Rapprochement,” Cold War History, Vol. 1, No. 3, "
 "2001, pp. 73-112. 据美国国务院的谈话备忘录，这次接触发生在1969年8月18日，美方对话者为国务院"
 "苏联事务官员威廉·斯特尔曼（William L. Stearman）。}中苏冲突的升级，既提高了莫斯科在战略问题上"
 "缓和对美关系的意愿，也为华盛顿打开对华关系提供了契机。"),
("p", "1969年11月17日，美苏限制战略武器会谈（SALT）在赫尔辛基开幕，美方代表团团长为军控与裁军署"
 "署长杰拉德·史密斯，苏方代表团团长为副外长弗拉基米尔·谢苗诺夫。此后会谈在赫尔辛基和维也纳"
 "两地轮流举行。由于美方坚持反导限制必须与进攻性武器限制同时达成，苏方则希望先就反导问题达成"
 "协议，谈判一度陷入僵局。基辛格遂绕开正式代表团，通过与苏联驻美大使阿纳托利·多勃雷宁之间的"
 "“渠道”寻求突破。{Henry Kissinger, White House Years, Boston: Little, Brown and Company, "
 "1979, pp. 138-141, 802-823; Добрынин А. Ф. Сугубо доверительно. Посол в Вашингтоне при "
 "шести президентах США (1962—1986 гг.). М.: Автор, 1996. С. 213—219.} 1971年5月20日，两国政府"
 "同时宣布，双方将在年内集中谈判限制反导系统的协定，同时就限制进攻性战略武器的某些措施达成"
 "协议。史密斯事后抱怨，他对这一“突破”的具体内容事先所知甚少。{Gerard Smith, Doubletalk: The "
 "Story of the First Strategic Arms Limitation Talks, Garden City, N.Y.: Doubleday, 1980, "
 "pp. 222-246.}"),
("p", "1971年7月基辛格秘密访华，中美两国随即宣布尼克松将访问中国，这一消息在"
 "莫斯科引起震动。1972年2月21日至28日，尼克松访华，中美两国在上海发表联合公报。不到三个月后，"
 "尼克松又于5月22日至30日访问莫斯科。5月26日晚，尼克松与苏共中央总书记列昂尼德·勃列日涅夫在"
 "克里姆林宫签署《美苏关于限制反弹道导弹系统条约》（以下简称《反导条约》）和《美苏关于限制"
 "进攻性战略武器的某些措施的临时协定》（以下简称《临时协定》）。{“Treaty Between the United "
 "States of America and the Union of Soviet Socialist Republics on the Limitation of Anti-"
 "Ballistic Missile Systems,” U.S. Department of State, https://2009-2017.state.gov/t/avc/trty/"
 "101888.htm [2021-11-15].}《反导条约》规定双方各自只能部署两处反导系统，每处拦截导弹发射架"
 "不超过100具，且不得建立全国性的反导系统；《临时协定》则将双方陆基洲际导弹和潜射导弹发射"
 "装置冻结在现有水平，为期五年。同年10月3日，"
 "两项协议正式生效。"),
("p", "在尼克松政府看来，“三角外交”与军控谈判相互支撑：对华关系的改善增加了对苏谈判的筹码，而"
 "美苏协议又有助于稳定缓和的大局。中国对美苏协议则持强烈的批评态度。同年10月上旬，中国代表团"
 "团长乔冠华在第27届联合国大会一般性辩论中指出，美苏所谓限制战略武器，实质是在“限制”的幌子"
 "下继续扩军，两个超级大国既勾结又争夺。{《乔冠华团长在联合国大会全体会议上的发言》，《人民日报》"
 "1972年10月4日，第3版。} 这一判断此后成为中国评价美苏军控的基调，一直延续到20世纪80年代初。"),
("h2", "（二）从符拉迪沃斯托克到《第二阶段限制战略武器条约》"),
("p", "1972年11月21日，第二阶段限制战略武器会谈在日内瓦开始，谈判的核心问题转向多弹头分导再入"
 "飞行器（MIRV）以及双方力量的“对等”。1973年6月18日至25日，勃列日涅夫访问美国，22日双方签署"
 "《美苏防止核战争协定》。1974年6月27日至7月3日，尼克松再次访苏，双方签署《限制地下核武器试验"
 "条约》和《反导条约》议定书，将各自的反导部署区由两处减为一处。{АВП РФ. Ф. 0129. Оп. 58. "
 "П. 419. Д. 12. Л. 3—9.}8月9日，深陷“水门事件”的尼克松辞职，杰拉尔德·福特继任总统。"),
("p", "1974年11月23日至24日，福特与勃列日涅夫在符拉迪沃斯托克附近举行会晤，就第二阶段条约的框架"
 "达成原则协议：双方战略武器运载工具总数各为2400件，其中装有多弹头分导再入飞行器的导弹不超过"
 "1320枚。{“Joint United States-Soviet Statement on the Limitation of Strategic Offensive "
 "Arms, November 24, 1974,” Public Papers of the Presidents of the United States: Gerald R. "
 "Ford, 1974, Washington, D.C.: Government Printing Office, 1975, pp. 655-656.} 苏共中央政治局"
 "随后讨论并认可了这一框架，{Рабочая запись заседания Политбюро ЦК КПСС 28 ноября 1974 г. // "
 "РГАНИ. Ф. 3. Оп. 72. Д. 621. Л. 1—14.}但由于双方在苏联“逆火”式轰炸机和美国巡航导弹是否计入"
 "限额的问题上争执不下，谈判拖延了近五年。1976年美国大选期间，共和党内的保守派和民主党参议员"
 "亨利·杰克逊等人对缓和政策的批评日益激烈，福特甚至避免使用“缓和”一词。"),
("p", "吉米·卡特上台后，试图以“大幅削减”取代符拉迪沃斯托克框架。1977年春，国务卿赛勒斯·"
 "万斯携带美方新方案访问莫斯科，遭到苏方断然拒绝。{Cyrus Vance, Hard Choices: Critical Years "
 "in America’s Foreign Policy, New York: Simon and Schuster, 1983, pp. 47-55; Talbott, "
 "Endgame, pp. 58-67.}此后双方回到原有框架，经过两年多的讨价还价，1979年6月15日至18日，卡特"
 "与勃列日涅夫在维也纳举行首脑会晤，并于18日签署《第二阶段限制战略武器条约》。条约规定双方战略"
 "武器运载工具总数先以2400件为限，1981年底前降至2250件，并对分导多弹头导弹等设置了分项限额"
 "{条约第三条规定，自1981年1月1日起双方开始将运载工具总数降至2250件，并须在同年12月31日前"
 "完成。由于条约始终未生效，这一削减并未实现。参见“Treaty Between the United States of "
 "America and the Union of Soviet Socialist Republics on the Limitation of Strategic "
 "Offensive Arms,” June 18, 1979, Article III.}。"),
("p", "《第二阶段限制战略武器条约》签署之时，缓和的国际环境已在迅速恶化。同年1月1日中美正式建交，"
 "1月28日至2月5日，中国国务院副总理邓小平访问美国，在与卡特的会谈中多次强调苏联霸权主义的"
 "威胁；美国总统国家安全事务助理兹比格涅夫·布热津斯基则力主以“中国牌”牵制苏联。"
 "{Zbigniew Brzezinski, Power and Principle: Memoirs of the National Security Adviser, "
 "1977-1981, New York: Farrar, Straus and Giroux, 1983, pp. 403-425.} 12月12日，北约作出在"
 "西欧部署新型中程导弹的“双轨决定”；12月下旬，苏联出兵阿富汗。1980年1月3日，卡特致函参议院"
 "多数党领袖罗伯特·伯德，要求推迟审议该条约。{Jimmy Carter, “Letter to the Majority Leader of "
 "the Senate Requesting a Delay in Senate Consideration of the SALT II Treaty,” January 3, "
 "1980, The American Presidency Project, https://www.presidency.ucsb.edu/documents/salt-ii-"
 "treaty-letter-the-majority-leader-the-senate-requesting-delay-senate-consideration "
 "[2021-11-20].}条约因此始终未获批准，但美苏此后一段时间内均表示不采取破坏条约的行动。"),
("p", "这一时期，中国对美苏军控的态度也开始出现微妙变化。1978年5月23日，联合国大会第一届"
 "裁军特别会议在纽约开幕，中国外长黄华在大会发言中提出，两个超级大国应当首先大幅度削减其核"
 "武器和常规武器。{《黄华在联大裁军特别会议上发言》，《人民日报》1978年5月30日，第5版。}"
 "此后中国开始参加日内瓦裁军谈判委员会的工作，虽然仍批评美苏的“限制”只是为军备竞赛"
 "设定更高的起点，但已不再把多边裁军场合视为单纯的斗争舞台。"),

("h1", "三、从“零点方案”到削减战略武器条约（1980—1993）"),
("h2", "（一）欧洲导弹危机与《中导条约》"),
("p", "20世纪70年代后期，苏联开始在欧洲和亚洲部署SS-20中程导弹。1977年10月28日，联邦德国总理"
 "赫尔穆特·施密特在伦敦国际战略研究所发表演讲，提醒美国注意欧洲战区力量失衡的问题，被视为"
 "北约“双轨决定”的缘起之一。{Helmut Schmidt, “The 1977 Alastair Buchan Memorial Lecture,” "
 "Survival, Vol. 20, No. 1, 1978, pp. 2-10.} 罗纳德·里根19¦81年1月就任总统后，对军控采取了"
 "更为强硬的态度。同年11月18日，里根提出“零点方案”，即如苏联撤除全部SS-20、SS-4和SS-5导弹，"
 "美国将放弃部署“潘兴Ⅱ”导弹和陆基巡航导弹；11月30日，美苏中程核力量谈判在日内瓦开始。次年"
 "7月16日，美方代表保罗·尼采与苏方代表尤利·克维钦斯基在日内瓦郊外的“林中漫步”中达成一项"
 "非正式妥协方案，但先后被两国政府否决。{Talbott, Deadly Gambits, pp. 116-151; Paul H. "
 "Nitze, From Hiroshima to Glasnost: At the Center of Decision, New York: Grove Weidenfeld, "
 "1989, pp. 376-389.}"),
("p", "1982年5月9日，里根在其母校尤里卡学院发表演讲，提出把“限制”改为“削减”的主张；6月29日，"
 "削减战略武器会谈（START）在日内瓦开始。1983年3月23日，里根发表电视讲话，提出“战略防御倡议”，"
 "即所谓“星球大战”计划。同年11月，首批“潘兴Ⅱ”导弹运抵联邦德国，苏方于11月23日宣布中断中程"
 "核力量谈判，削减战略武器会谈也随之中断。美苏军控陷入20世纪70"
 "年代初以来的最低谷。"),
("p", "转机出现于1985年初。1月7日至8日，美国国务卿乔治·舒尔茨与葛罗米柯在日内瓦会晤，商定以“核与"
 "空间武器会谈”一揽子讨论战略武器、中程导弹和空间武器问题。{George P. Shultz, Turmoil and "
 "Triumph: My Years as Secretary of State, New York: Charles Scribner’s Sons, 1993, "
 "pp. 511-520.}3月10日，苏共中央总书记康斯坦丁·契尔年科病逝，次日，米哈伊尔·戈尔巴乔夫当选"
 "苏共中央总书记。11月19日至21日，里根与戈尔巴乔夫"
 "在日内瓦举行首次会晤，双方在联合声明中确认“核战争打不赢，也绝不能打”。{“Joint "
 "Soviet-United States Statement on the Summit Meeting in Geneva,” November 21, 1985, Ronald "
 "Reagan Presidential Library, https://www.reaganlibrary.gov/archives/speech/joint-soviet-"
 "united-states-statement-summit-meeting-geneva [2021-11-25].}1986年1月15日，戈尔巴乔夫发表"
 "声明，提出分三个阶段在本世纪末以前消除核武器的计划。同年秋，两国领导人于10月11日至12日在冰岛"
 "首都雷克雅未克会晤，一度接近就大幅削减乃至消除战略核武器达成共识，但因“战略防御倡议”问题"
 "功亏一篑。{Горбачёв М. С. Жизнь и реформы. Кн. 2. М.: Новости, 1995. С. 25—39.}"),
("p", "1987年2月28日，戈尔巴乔夫宣布不再将中程导弹问题与“战略防御倡议”挂钩。7月下旬，他在接受"
 "印度尼西亚《独立报》采访时表示，苏联愿意同时销毁部署在亚洲的中程导弹，实现“全球双零”。这一"
 "调整消除了中国和日本等亚洲国家对苏联将导弹从欧洲“转移”到亚洲的担忧。9月中旬，舒尔茨与苏联"
 "外长爱德华·谢瓦尔德纳泽在华盛顿就条约达成原则协议。12月7日至10日，戈尔巴乔夫访问美国，8日，"
 "美苏两国领导人在白宫签署《美苏消除两国中程和中短程导弹条约》（以下简称《中导条约》）"
 "{“中程”指射程1000至5500公里，“中短程”指射程500至1000公里。条约于1987年12月8日签署，"
 "无限期有效，但任何一方均可提前六个月通知退出。}。中国外交部发言人随即表示，中方欢迎条约的"
 "签署，认为这是美苏裁军的良好开端，但美苏核武库的绝大部分仍未触及，两国应进一步大幅度削减"
 "核武器。{《我外交部发言人就美苏签署中导条约发表谈话》，《人民日报》1987年12月10日，第4版。}"),
("p", "1988年5月27日，美国参议院以93票对5票批准《中导条约》；6月1日，在里根访问莫斯科期间，双方"
 "互换批准书，条约正式生效。此后三年间，双方共销毁中程和中短程导弹2692枚，其中美国846枚，"
 "苏联1846枚。{“Treaty Between the United States of America and the Union of Soviet "
 "Socialist Republics on the Elimination of Their Intermediate-Range and Shorter-Range "
 "Missiles (INF Treaty),” U.S. Department of State, https://2009-2017.state.gov/t/avc/trty/"
 "102360.htm [2021-11-26].}《中导条约》是美苏之间第一个真正削减而非限制核武器的条约，其现场"
 "核查制度也为此后的军控条约提供了范本。"),
("h2", "（二）冷战终结与两个削减战略武器条约"),
("p", "1989年12月2日至3日，乔治·H. W. 布什与戈尔巴乔夫在马耳他举行会晤。此后，东欧剧变、两德"
 "统一和华约的解体迅速改变了欧洲的战略格局。1991年7月31日，布什与戈尔巴乔夫在莫斯科签署《美苏"
 "关于削减和限制进攻性战略武器条约》（以下简称《第一阶段削减战略武器条约》），规定双方在条约"
 "生效后七年内将战略运载工具削减至1600件，计入限额的弹头削减至6000枚。{条约还规定弹道导弹"
 "弹头不超过4900枚，重型洲际导弹弹头不超过1540枚，机动洲际导弹弹头不超过1100枚；每架不携带远程空射"
 "巡航导弹的重型轰炸机只按一枚弹头计算。条约于1994年12月5日生效，有效期15年，2009年12月5日"
 "期满失效。}"
 "华约组织已于同年7月1日在布拉格宣告解散。"),
("p", "条约签署不到三周，苏联即于8月19日发生未遂政变。9月27日，布什宣布单方面撤除美国部署在海外的"
 "陆基战术核武器，戈尔巴乔夫随后作出对等回应。12月25日，戈尔巴乔夫辞去苏联总统职务，"
 "次日，苏联最高苏维埃共和国院宣布苏联停止存在。苏联遗留的核武器分散在俄罗斯、乌克兰、白俄"
 "罗斯和哈萨克斯坦四国境内。1992年5月23日，美国与上述四国在里斯本签署议定书，乌、白、哈三国"
 "承诺以无核武器国家身份加入《不扩散核武器条约》。{“Protocol to the Treaty Between the United "
 "States of America and the Union of Soviet Socialist Republics on the Reduction and "
 "Limitation of Strategic Offensive Arms,” Lisbon, May 23, 1992；另参见《人民日报》1992年5月25日，"
 "第6版。三国中，白俄罗斯和哈萨克斯坦分别于1993年7月和1994年2月加入《不扩散核武器条约》，乌克兰最高拉达"
 "则迟至1994年11月16日才批准加入，并于同年12月5日在布达佩斯交存加入书；美英俄三国同日签署对乌克兰的安全保证备忘录。}1993年1月3日，布什与俄罗斯总统鲍里斯·叶利钦在莫斯科签署《第二阶段削减战略武器条约》，"
 "规定至2003年1月1日双方部署的战略核弹头各不超过3000至3500枚，并全部销毁陆基分导多弹头洲际"
 "导弹。"),
("p", "冷战结束后，中国对美俄军控的立场更趋积极，也更加系统。1994年9月3日，中俄两国元首在莫斯科签署联合声明，宣布互不首先使用核武器、互不将"
 "战略核武器瞄准对方。{《中华人民共和国和俄罗斯联邦联合声明》，《人民日报》1994年9月4日，第1版。}"
 "1995年11月，国务院新闻办公室发表《中国的军备控制与裁军》白皮书，强调拥有最大核武库的国家对"
 "核裁军负有特殊责任，应率先大幅度削减其核武器。次年7月29日，中国进行了最后一次核试验，并宣布"
 "自7月30日起暂停核试验；9月24日，中国在《全面禁止核试验条约》开放签署的当天即签署了该条约。"),

("h1", "四、单极格局下的松动与重建（1994—2011）"),
("h2", "（一）从《第二阶段削减战略武器条约》到《莫斯科条约》"),
("p", "1994年12月5日，美、俄、乌、白、哈五国在布达佩斯欧安会首脑会议期间交换文件，《第一阶段削减"
 "战略武器条约》正式生效；同日，美英俄三国就乌克兰加入《不扩散核武器条约》向其提供安全保证。"
 "1996年1月26日，美国参议院以87票对4票批准《第二阶段削减战略武器条约》，但俄罗斯国家杜马迟迟"
 "不予批准。北约东扩以及1999年3月24日开始的科索沃战争，都使"
 "杜马的批准进程一再推迟。"),
("p", "1997年3月20日至21日，美国总统比尔·克林顿与叶利钦在赫尔辛基会晤，就第三阶段削减战略武器"
 "条约的框架达成一致，即到2007年12月31日双方战略核弹头降至2000至2500枚。{“Joint Statement on "
 "Parameters on Future Reductions in Nuclear Forces,” Helsinki, March 21, 1997, The American "
 "Presidency Project, https://www.presidency.ucsb.edu/documents/joint-statement-parameters-"
 "future-reductions-nuclear-forces [2021-12-01].} 同年9月26日，双方在纽约签署议定书，将《第二"
 "阶段削减战略武器条约》的履约期限推迟至2007年底，并就区分战略反导与战区反导问题达成协议。然而，"
 "美国国会随后通过《国家导弹防御法》，要求在技术可行时尽快部署国家导弹防御系统，《反导"
 "条约》的前途蒙上阴影。2000年4月14日，俄罗斯国家杜马终于批准《第二阶段削减战略武器条约》，"
 "但附加条件是美国继续遵守《反导条约》。同年7月18日，中俄两国元首在北京签署《中俄关于反导问题"
 "的联合声明》，强调《反导条约》是全球战略稳定的基石。{《中俄关于反导问题的联合声明》，《人民"
 "日报》2000年7月19日，第1版。}"),
("p", "乔治·W. 布什就任总统后，将导弹防御置于国家安全政策的优先地位。2001年12月13日，"
 "布什宣布美国将退出《反导条约》。{“President Discusses National Missile Defense,” December "
 "13, 2001, The White House, https://georgewbush-whitehouse.archives.gov/news/releases/2001/12/"
 "20011213-4.html [2021-12-03].} 退约在正式通知六个月后生效，20¦02年6月13日，美国"
 "正式退出《反导条约》。次日，俄罗斯外交部发表声明，宣布俄方不再受《第二阶段削减战略武器条约》"
 "的约束。在此之前，布什与俄罗斯总统弗拉基米尔·普京已于2002年5月24日在莫斯科签署《美俄关于"
 "削减进攻性战略力量条约》（又称《莫斯科条约》）。条约仅有五条，规定到2012年12月31日双方实际"
 "部署的战略核弹头降至1700至2200枚，但没有规定核查措施，被批评为“没有军控的军控”。{条约于"
 "2003年6月1日生效，2011年2月5日为《新削减战略武器条约》所取代。参见“Treaty Between the "
 "United States of America and the Russian Federation on Strategic Offensive Reductions,” "
 "May 24, 2002.}中国外交部发言人在美方宣布退约后随即表示，中方对此表示关注，反对部署可能破坏"
 "全球战略平衡与稳定的导弹防御系统。"),
("h2", "（二）“重启”与《新削减战略武器条约》"),
("p", "俄格冲突后，美俄关系跌至冷战结束以来的低点。巴拉克·奥巴马2009年1月就任总统后，"
 "提出“重启”对俄关系，副总统约瑟夫·拜登在慕尼黑安全会议上首次提出“重启”概念。"
 "4月1日，奥巴马与俄罗斯总统德米特里·梅德韦杰夫在伦敦首次会晤，决定立即启动新条约谈判；"
 "4月5日，奥巴马在布拉格发表演讲，提出“无核武器世界”的目标。{“Remarks by President Barack "
 "Obama in Prague as Delivered,” April 5, 2009, The White House, https://obamawhitehouse."
 "archives.gov/the-press-office/remarks-president-barack-obama-prague-delivered "
 "[2021-12-05].} 7月6日，两国元首在莫斯科签署关于新条约框架的“共同谅解”。由于谈判未能在"
 "《第一阶段削减战略武器条约》于12月5日到期之前完成，两国发表联合声明，表示将本着条约精神"
 "继续合作。"),
("p", "2010年4月8日，奥巴马与梅德韦杰夫在布拉格签署《美俄关于进一步削减和限制进攻性战略武器措施"
 "的条约》（即《新削减战略武器条约》），规定在条约生效后七年内，双方部署的战略核弹头不超过"
 "1550枚，部署的洲际导弹、潜射导弹和重型轰炸机不超过700件，部署和未部署的发射装置不超过800具。"
 "{Rose Gottemoeller, Negotiating the New START Treaty, Amherst, N.Y.: Cambria Press, 2021, "
 "pp. 151-180.}同年12月22日，美国参议院以71票对26票批准条约。2011年1月下旬，俄罗斯国家杜马和"
 "联邦委员会先后批准条约，{俄罗斯国家杜马于2011年1月25日、联邦委员会于1月26日批准条约，"
 "梅德韦杰夫于1月28日签署批准法。}2月5日，美国国务卿希拉里·克林顿与俄罗斯外长谢尔盖·拉夫罗夫"
 "在慕尼黑交换批准书，条约正式生效，有效期十年。中方对美俄达成新条约表示欢迎，同时重申两个拥有"
 "最大核武库的国家应继续大幅度、实质性削减核武器，为其他核武器国家加入多边核裁军谈判创造条件。"
 "{《外交部发言人秦刚就美俄签署新的削减战略武器条约答记者问》，中华人民共和国外交部网站，"
 "2010年4月8日，https://www.fmprc.gov.cn/web/fyrbt_673021/dhdw_673027/t678975.shtml "
 "[2021-12-06]。}"),

("h1", "五、体系瓦解与有限延续（2014—2021）"),
("h2", "（一）《中导条约》的终结"),
("p", "克里米亚事件后，美俄关系急剧恶化，军控议程随之停滞。2014年7月29日，美国国务院在"
 "年度军控履约报告中首次正式指控俄罗斯违反《中导条约》，研制和试验射程为500至5500公里的陆基"
 "巡航导弹。{U.S. Department of State, Adherence to and Compliance with Arms Control, "
 "Nonproliferation, and Disarmament Agreements and Commitments, July 2014, pp. 8-10.}"
 "2017年11月下旬，美方公开点名俄罗斯9M729型导弹，俄方则反指美国部署在罗马尼亚的“宙斯盾”陆基"
 "反导系统所用的Mk 41发射装置可以发射巡航导弹，同样违反条约。2018年2月2日，特朗普政府发布"
 "《2018年核态势审议报告》，提出发展低当量潜射弹道导弹弹头和新型海基核巡航导弹。普京"
 "则在国情咨文中展示了“萨尔马特”重型洲际导弹、“先锋”高超声速滑翔飞行器等新型战略武器。"),
("p", "同年10月20日，唐纳德·特朗普在内华达州埃尔科的竞选集会后表示，美国将退出《中导条约》，理由"
 "之一是中国不受条约约束而大量发展中程导弹。{“Remarks by President Trump Before Air Force One "
 "Departure | Elko, NV,” October 20, 2018, The White House, https://trumpwhitehouse.archives."
 "gov/briefings-statements/remarks-president-trump-air-force-one-departure-4/ [2021-12-08].}"
 "10月22日，中国外交部发言人华春莹表示，美方单方面退约将产生多方面的负面影响，并反对美方借"
 "退约问题拿中国说事。{《2018年10月22日外交部发言人华春莹主持例行记者会》，中华人民共和国外交部"
 "网站，https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1606206.shtml [2021-12-08]。}"
 "12月4日，美国国务卿迈克·蓬佩奥在布鲁塞尔北约外长会议期间宣布，如俄罗斯在60天内不恢复全面、"
 "可核查的履约，美国将暂停履行条约义务。2019年2月1日，蓬佩奥宣布美国自次日起暂停履约，并启动"
 "为期六个月的退约程序；2月2日，普京宣布俄方对等暂停履约。{«Встреча с Сергеем Лавровым и "
 "Сергеем Шойгу», 2 февраля 2019 г., Президент России, http://kremlin.ru/events/president/"
 "news/59763 [2021-12-10].} 8月2日，《中导条约》正式失效，美国随即在加利福尼亚州圣尼古拉斯"
 "岛试射了一枚陆基型“战斧”巡航导弹。"),
("p", "美国退约后，多次要求中国加入中导问题或更广泛的军控谈判。对此，中方一再阐明立场：中国的"
 "中程导弹全部部署在本国境内，用于防御目的，不对任何国家构成威胁；中方反对将《中导条约》"
 "多边化，不会参加所谓三边军控谈判。2019年8月6日，外交部军控司司长傅聪在新闻吹风会上指出，"
 "美国退约的真实目的是摆脱束缚、谋求单方面军事优势，中国不会成为美国退约的借口。{《外交部军控"
 "司司长傅聪就美国退出〈中导条约〉等问题举行中外媒体吹风会》，中华人民共和国外交部网站，"
 "2019年8月6日，https://www.fmprc.gov.cn/web/wjbxw_673019/t1686420.shtml [2021-12-10]。}"),
("h2", "（二）《新削减战略武器条约》的延期与三边军控之争"),
("p", "《中导条约》失效后，《新削减战略武器条约》成为美俄之间仅存的一项核军控条约。特朗普政府一度"
 "以将中国纳入谈判作为延期条件。2020年6月22日，美国总统军控特使马歇尔·比林斯利与俄罗斯副外长"
 "谢尔盖·里亚布科夫在维也纳举行战略稳定对话，比林斯利在社交媒体上发布了会场中摆放中国国旗"
 "但座位空置的照片。{比林斯利随后称中国“缺席”了会谈。中方此前已多次表示不参加所谓三边谈判，"
 "并未接受邀请。参见Marshall Billingslea (@USArmsControl), Twitter, June 22, 2020。}7月8日，"
 "傅聪在外交部举行的吹风会上表示，如果美方愿意把自己的核武库削减到中国的水平，中方将很乐意"
 "参加军控谈判。{“Director-General Fu Cong Holds Briefing on Arms Control,” Ministry of "
 "Foreign Affairs of the People’s Republic of China, July 8, 2020, https://www.fmprc.gov.cn/"
 "mfa_eng/wjbxw/t1796266.shtml [2021-12-11].} 同年10月中旬，普京提议无条件将条约延长一年，"
 "俄罗斯外交部随后表示愿意在延期一年的同时冻结双方核弹头数量，但双方在核查安排上未能"
 "达成一致，直至特朗普任期结束。"),
("p", "2021年1月20日，拜登就任美国总统。1月26日，拜登与普京通电话，同意将条约延长五年。次日，"
 "俄罗斯国家杜马和联邦委员会先后批准延期；2月3日，两国完成换文，"
 "条约延期正式生效。中国外交部发言人赵立坚在1月27日的例行记者会上表示，中方欢迎美俄就延期"
 "达成一致，并重申中方不参加所谓三边军控谈判的一贯立场。{《2021年1月27日外交部发言人赵立坚"
 "主持例行记者会》，中华人民共和国外交部网站，https://www.fmprc.gov.cn/web/fyrbt_673021/"
 "jzhsl_673025/t1849313.shtml [2021-12-12]。} 6月16日，拜登与普京在日内瓦举行首次会晤并发表"
 "《美俄总统关于战略稳定的联合声明》，再次确认“核战争打不赢，也绝不能打”；7月28日和9月30日，"
 "美俄战略稳定对话在日内瓦先后举行两轮会议。{“U.S.-Russia Presidential Joint Statement on "
 "Strategic Stability,” June 16, 2021, The White House, https://www.whitehouse.gov/briefing-"
 "room/statements-releases/2021/06/16/u-s-russia-presidential-joint-statement-on-strategic-"
 "stability/ [2021-12-15].}"),

("h1", "结　语"),
("p", "纵观1963—2021年美苏（俄）战略军控的历程，可以发现三个特点。第一，军控进程与大国关系的总体"
 "态势高度相关。20世纪70年代初的缓和、80年代后期的冷战终结和2009年的“重启”，都伴随着重要"
 "条约的签署；而1979年底苏联出兵阿富汗、21世纪初美国退出《反导条约》和2014年以后美俄关系的"
 "恶化，则都导致了军控的停滞乃至倒退。第二，进攻与防御的关系始终是军控的核心问题。从葛拉斯堡"
 "会晤到雷克雅未克会晤，再到《反导条约》的废止，反导问题几度成为谈判成败的关键。第三，第三方"
 "因素的作用不断上升。从1967年美国以中国为由部署“哨兵”系统，到2019年美国以中国为由退出"
 "《中导条约》，中国因素一直是美国军控政策中被反复援引的变量。"),
("p", "就中国立场而言，从20世纪60年代对美苏核垄断的批判，到80年代以后对美苏削减核武器的有条件"
 "欢迎，再到冷战结束后主张拥有最大核武库的国家承担特殊、优先责任，中国的核裁军政策保持了基本"
 "原则的连续性，也体现出随国际形势变化而调整的灵活性。2021年2月《新削减战略武器条约》的延期，"
 "为美俄维持战略稳定保留了最后一道制度框架，但条约至2026年2月即将到期，且不得再次延期。"
 "{根据条约第十四条第二款，条约只能延期一次，期限不超过五年。2022年1月3日，中俄美英法五个核"
 "武器国家领导人发表《关于防止核战争与避免军备竞赛的联合声明》，重申“核战争打不赢也打不得”。}"
 "美俄能否在此之前就后续安排达成协议，中美之间能否建立有效的战略稳定对话，将在很大程度上决定"
 "未来国际核秩序的走向。"),
]

# ---------------------------------------------------------------- damage switches
GLUED_HEADER_PAGES = (52, 57)     # running header glued to the first body line
LOST_DIGIT_PAGES = (50, 55)       # note numbers at the foot not extracted
RUNOVER_PAGE = 53                 # last note of this page runs on to the next page's foot
CUT_NUMBERS = ("19¦81", "20¦02")  # body dates cut inside the number by a line break
HYPHENATE = ("Helsin~ki", "Nonpro~liferation")   # English words of notes hyphenated
#                                                  at a line end
# Pagination decides where these land; check() asserts that each switch took effect
# on the page named here (a change of content may move them: re-run and adjust).

# ---------------------------------------------------------------- layout constants
BODY_W = 74          # columns (37 em); 1 em = 2 columns
NOTE_W = 86          # columns of note type (43 em)
INDENT = "    "      # 2-em paragraph indent
NOTE_IND = "    "    # indent before a note number
PAGE_SLOTS = 46.0    # line slots of a page: header+blank (2) + body + foot
FIRST_PAGE_SLOTS = 46.0
NOTE_COST = 0.8      # a note line (smaller type) costs 0.8 of a body line

NO_START = set("。，、；：？！”’）》」』】〉…%·")
NO_END = set("“‘（《「『【〈")
WIDE_A = set("“”‘’·—…Ⅱ")


def cwidth(ch, latin=False):
    if ch in WIDE_A:
        return 1 if latin else 2
    ea = unicodedata.east_asian_width(ch)
    return 2 if ea in ("W", "F") else 1


def swidth(s, latin=False):
    return sum(cwidth(c, latin) for c in s)


def is_cjk(ch):
    return cwidth(ch) == 2


# ---------------------------------------------------------------- tokenising
def body_units(text):
    """Split paragraph text (markers already replaced by \x01N\x02) into line-break units.

    Returns list of [text, kind] where kind is 'w' (word), 's' (space, droppable).
    Units that may not start a line are merged into the previous unit, units that may
    not end one into the next.
    """
    units = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\x01":          # marker
            j = text.index("\x02", i)
            units.append([text[i:j + 1], "m"])
            i = j + 1
            continue
        if ch == " ":
            units.append([" ", "s"])
            i += 1
            continue
        if ch == "¦":
            units.append(["", "cut"])
            i += 1
            continue
        if re.match(r"[0-9A-Za-z]", ch):
            m = re.match(r"[0-9A-Za-z][0-9A-Za-z.\-]*(?:—[0-9]+)?", text[i:])
            w = m.group(0)
            # trailing dot is sentence punctuation in English, keep with word anyway
            units.append([w, "w"])
            i += len(w)
            continue
        if ch == "—" and text[i:i + 2] == "——":
            units.append(["——", "w"])
            i += 2
            continue
        if ch == "…" and text[i:i + 2] == "……":
            units.append(["……", "w"])
            i += 2
            continue
        units.append([ch, "w"])
        i += 1
    # merge
    out = []
    for u in units:
        t, k = u
        if k == "cut":
            out.append(u)
            continue
        if out and out[-1][1] != "s" and out[-1][1] != "cut" and (
                k == "m" or (t and t[0] in NO_START)):
            out[-1][0] += t
            continue
        if out and out[-1][1] == "w" and out[-1][0] and out[-1][0][-1] in NO_END:
            out[-1][0] += t
            continue
        out.append([t, "w" if k == "m" else k])
    return out


def uw(t, latin=False):
    return swidth(re.sub("\x01\\d+\x02", "0", t), latin)


def wrap_units(units, first_w, w, latin=False, hang=3):
    """Greedy line filling. Returns list of line strings (marker codes kept)."""
    lines = []
    cur = []
    curw = 0
    width = first_w
    i = 0
    while i < len(units):
        t, k = units[i]
        if k == "cut":
            i += 1
            continue
        if k == "s":
            if cur:
                cur.append(" ")
                curw += 1
            i += 1
            continue
        tw = uw(t, latin)
        if curw + tw <= width:
            cur.append(t)
            curw += tw
            i += 1
            continue
        # would overflow
        if not cur:
            cur.append(t)
            curw += tw
            i += 1
            continue
        line = "".join(cur).rstrip(" ")
        lines.append(line)
        cur = []
        curw = 0
        width = w
    if cur:
        lines.append("".join(cur).rstrip(" "))
    return lines


def note_units(text):
    """Units for note text: CJK chars, Latin words (URLs split after / . _ - ? = &),
    spaces, soft hyphen points '~'."""
    units = []
    for tok in re.findall(r"\s+|[^\s]+", text):
        if tok.isspace():
            units.append([" ", "s"])
            continue
        # split tok into CJK chars and latin runs
        for part in re.findall(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》（）〈〉—…]|[^\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》（）〈〉—…]+", tok):
            if re.match(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》（）〈〉—…]", part):
                units.append([part, "c"])
            elif part.startswith("http") or "://" in part:
                pieces = re.findall(r"[^/._\-?=&]*[/._\-?=&]+|[^/._\-?=&]+$", part)
                first = True
                for p in pieces:
                    units.append([p, "u" if first else "u+"])
                    first = False
            elif "~" in part:
                a, b = part.split("~", 1)
                units.append([a, "l"])
                units.append([b, "hy+"])
            else:
                units.append([part, "l"])
    # merge: within a token, latin/latin adjacency never breaks, except u+ (url pieces)
    # and hy+ (hyphen point); CJK<->latin adjacency may break; NO_START/NO_END rules.
    out = []
    prev_space = True
    for t, k in units:
        if k == "s":
            out.append([" ", "s"])
            prev_space = True
            continue
        if out and not prev_space:
            pt, pk = out[-1]
            glue = False
            if t[0] in NO_START or t[0] in "，。；：）》”’.,;:)]":
                glue = True
            elif pt and pt[-1] in NO_END:
                glue = True
            elif k in ("l", "u") and pk in ("l", "u", "u+", "hy+") and not is_cjk(pt[-1]) and not is_cjk(t[0]):
                glue = True
            if glue:
                out[-1][0] += t
                prev_space = False
                continue
        out.append([t, k])
        prev_space = False
    return out


def wrap_note(units, first_w, w, latin):
    lines = []
    cur = ""
    width = first_w
    i = 0
    while i < len(units):
        t, k = units[i]
        if k == "s":
            if cur:
                cur += " "
            i += 1
            continue
        tw = swidth(t, latin)
        if swidth(cur, latin) + tw <= width:
            cur += t
            i += 1
            continue
        if k == "hy+" and swidth(cur, latin) + 1 <= width:
            lines.append(cur + "-")
            cur = ""
            width = w
            continue
        if not cur.strip():
            cur += t
            i += 1
            continue
        lines.append(cur.rstrip(" "))
        cur = ""
        width = w
    if cur.strip():
        lines.append(cur.rstrip(" "))
    return lines


# ---------------------------------------------------------------- building
NOTE_RE = re.compile(r"\{([^{}]*)\}")


def note_text_final(t):
    """Notes: a space between 年/月 and a following Arabic number (font change),
    as pdftotext gives it for this PDF: 1963年 8月 1日."""
    t = re.sub(r"(?<=[年月])(?=[0-9])", " ", t)
    return t


def is_latin_note(t):
    han = len(re.findall(r"[\u4e00-\u9fff]", t))
    return han < len(t) * 0.15


def build():
    notes = []          # note texts, global order
    items = []          # body items: dict(kind, text, notes)
    for kind, text in BODY:
        if kind in ("h1", "h2"):
            items.append({"kind": kind, "text": text, "notes": []})
            continue
        ids = []

        def rep(m):
            notes.append(m.group(1))
            ids.append(len(notes) - 1)
            return "\x01%d\x02" % (len(notes) - 1)
        t = NOTE_RE.sub(rep, text)
        units = body_units(t)
        lines = wrap_units(units, BODY_W - 4, BODY_W)
        for li, ln in enumerate(lines):
            nids = [int(x) for x in re.findall(r"\x01(\d+)\x02", ln)]
            items.append({"kind": "body", "text": ln, "notes": nids,
                          "first": li == 0, "last": li == len(lines) - 1})
    return notes, items


def note_lines(text, prefix_w, lost=False):
    latin = is_latin_note(text)
    t = note_text_final(text)
    for h in HYPHENATE:
        t = t.replace(h.replace("~", ""), h)
    units = note_units(t)
    return wrap_note(units, NOTE_W - prefix_w, NOTE_W, latin)


def paginate(notes, items):
    """Assign items to pages. Returns list of pages: dict(no, items, notes, carry_in)."""
    pages = []
    pno = FIRST_PAGE
    i = 0
    carry = []          # note lines carried from the previous page
    while i < len(items):
        cap = FIRST_PAGE_SLOTS - front_slots() if pno == FIRST_PAGE else PAGE_SLOTS - 2
        used = 0.0
        pg = {"no": pno, "items": [], "notes": [], "carry_in": carry, "split": None}
        if pno == FIRST_PAGE:
            used += (len(FOOT1) + 2) * NOTE_COST
        if carry:
            used += len(carry) * NOTE_COST
        carry = []
        foot_started = bool(pg["carry_in"]) or pno == FIRST_PAGE
        while i < len(items):
            it = items[i]
            c = 3.0 if it["kind"] == "h1" else 1.0
            ncost = 0.0
            nls = []
            for nid in it["notes"]:
                nl = note_lines(notes[nid], 6)
                nls.append(nl)
                ncost += len(nl) * NOTE_COST
            extra = 0.0 if (foot_started or pg["notes"] or not it["notes"]) else 2.0
            # keep a heading with at least two following lines
            if it["kind"] in ("h1", "h2"):
                if used + c + 2.0 > cap:
                    break
            if pg["split"] is not None and it["notes"]:
                break           # a continued note must stay the last note of its page
            if used + c + ncost + extra <= cap:
                pg["items"].append(it)
                pg["notes"].extend(it["notes"])
                used += c + ncost + extra
                i += 1
                continue
            # does not fit.  On the run-over page the last note already placed may be
            # split (its first lines stay, the rest goes to the next page's foot) to
            # make room, as a typesetter would do.
            if pno == RUNOVER_PAGE and pg["split"] is None and pg["notes"]:
                last = pg["notes"][-1]
                ll = note_lines(notes[last], 6)
                need = used + c + ncost + extra - cap
                for k in range(len(ll) - 2, 1, -1):
                    freed = (len(ll) - k) * NOTE_COST
                    if freed >= need:
                        pg["split"] = (last, k)
                        carry = ll[k:]
                        used -= freed
                        break
                if pg["split"] is not None:
                    continue
            # or the note of this very line is split
            if pno == RUNOVER_PAGE and pg["split"] is None and it["notes"]:
                last = it["notes"][-1]
                ll = nls[-1]
                for k in range(len(ll) - 2, 1, -1):
                    if used + c + ncost - (len(ll) - k) * NOTE_COST + extra <= cap:
                        pg["items"].append(it)
                        pg["notes"].extend(it["notes"])
                        pg["split"] = (last, k)
                        carry = ll[k:]
                        used += c + ncost - (len(ll) - k) * NOTE_COST + extra
                        i += 1
                        break
                if pg["split"] is not None:
                    continue
            break
        pages.append(pg)
        pno += 1
    return pages


def front_slots():
    # masthead 2 + blank + title 2 + blank + authors + affil + blank + abstract + kw + clc + doi + blank
    return 2 + 1 + 2 + 1 + 2 + 1 + len(abstract_lines()) + 1 + 1 + 1 + 1


def abstract_lines():
    units = body_units(ABSTRACT)
    return wrap_units(units, BODY_W - 8, BODY_W - 8)


def centre(s, w=BODY_W):
    pad = max(0, (w - swidth(s)) // 2)
    return " " * pad + s


def right(s, w=BODY_W):
    pad = max(0, w - swidth(s))
    return " " * pad + s


def header(pno):
    if pno % 2 == 0:
        left = str(pno)
        gap = BODY_W - swidth(left) - swidth(HEAD_EVEN)
        return left + " " * gap + HEAD_EVEN
    gap = BODY_W - swidth(HEAD_ODD) - swidth(str(pno))
    return HEAD_ODD + " " * gap + str(pno)


MARKERS = []   # (0-based line index, column, local number, global note id, page)


def render():
    del MARKERS[:]
    notes, items = build()
    pages = paginate(notes, items)
    out = []            # list of (line, tag, page)

    def emit(line, tag, pno):
        out.append([line, tag, pno])

    for pg in pages:
        pno = pg["no"]
        local = {nid: k + 1 for k, nid in enumerate(pg["notes"])}
        # ---- top of page
        if pno == FIRST_PAGE:
            emit(right(MAST1), "masthead", pno)
            emit(right(MAST2), "masthead", pno)
            emit("", "blank", pno)
            for t in TITLE:
                emit(centre(t), "title", pno)
            emit("", "blank", pno)
            emit(centre(AUTHORS), "authors", pno)
            emit(centre(AFFIL), "affil", pno)
            emit("", "blank", pno)
            for k, ln in enumerate(abstract_lines()):
                emit("    " + ln, "abstract", pno)
            emit("    " + KEYWORDS, "keywords", pno)
            emit("    " + CLC, "clc", pno)
            emit("    " + DOI, "doi", pno)
        glue = pno in GLUED_HEADER_PAGES
        if pno != FIRST_PAGE and not glue:
            emit(header(pno), "header", pno)
            emit("", "blank", pno)
        # ---- body
        first_body = True
        for it in pg["items"]:
            if it["kind"] == "h1":
                if out and out[-1][0] != "":
                    emit("", "blank", pno)
                elif out and out[-1][1] == "blank" and len(out) >= 2 and out[-2][1] == "header":
                    emit("", "blank", pno)
                emit(centre(it["text"]), "head1", pno)
                emit("", "blank", pno)
                first_body = False
                continue
            if it["kind"] == "h2":
                emit(INDENT + it["text"], "head2", pno)
                first_body = False
                continue
            raw = (INDENT if it["first"] else "") + it["text"]
            if glue and first_body:
                raw = header(pno) + "   " + raw
            pos = []
            txt = ""
            for piece in re.split(r"(\x01\d+\x02)", raw):
                mm = re.fullmatch(r"\x01(\d+)\x02", piece)
                if mm:
                    pos.append((len(txt), local[int(mm.group(1))], int(mm.group(1))))
                    txt += str(local[int(mm.group(1))])
                else:
                    txt += piece
            for col, n, nid in pos:
                MARKERS.append((len(out), col, n, nid, pno))
            tag = "body" + (":P" if it["first"] else "") + (":L" if it["last"] else "")
            emit(txt, ("header-glued+" if glue and first_body else "") + tag, pno)
            first_body = False
        # ---- foot
        emit("", "blank", pno)
        emit("", "blank", pno)
        if pno == FIRST_PAGE:
            for k, ln in enumerate(FOOT1):
                emit(("    " if k != 3 else "") + ln, "receipt", pno)
        for ln in pg["carry_in"]:
            emit(ln, "note-carry", pno)
        for nid in pg["notes"]:
            lost = pno in LOST_DIGIT_PAGES
            nl = note_lines(notes[nid], 6)
            if pg["split"] and pg["split"][0] == nid:
                nl = nl[:pg["split"][1]]
            n = local[nid]
            for k, ln in enumerate(nl):
                if k == 0:
                    pre = "      " if lost else NOTE_IND + "%d " % n
                    emit(pre + ln, ("note-lost#%d" if lost else "note#%d") % n, pno)
                else:
                    emit(ln, "note-cont#%d" % n, pno)
        if pno == pages[-1]["no"]:
            emit("", "blank", pno)
            emit(right(EDITOR), "editor", pno)
            emit("", "blank", pno)
            for tag, t in ENGLISH:
                if tag == "blank":
                    emit("", "blank", pno)
                    continue
                if tag in ("title", "authors"):
                    emit(centre(t), "english-" + tag, pno)
                    continue
                if tag == "affil":
                    emit(centre(t), "english-affil", pno)
                    continue
                ls = wrap_note(note_units(t), BODY_W - 4, BODY_W, True)
                for k, ln in enumerate(ls):
                    emit(("    " if k == 0 else "") + ln, "english-" + tag, pno)
    # pdftotext ends every page with a form feed: the first line of each following
    # page starts with \f, and the file ends with a lone \f after the last newline.
    lines = []
    prev = None
    for ln, tag, pno in out:
        if prev is not None and pno != prev:
            ln = "\f" + ln
        lines.append((ln, tag, pno))
        prev = pno
    lines.append(("\f", "final-ff", prev))
    text = "\n".join(ln for ln, tag, pno in lines)
    return text, lines, pages, notes


def check(text, lines, pages, notes):
    assert 35 <= len(notes) <= 55, len(notes)
    nos = [p["no"] for p in pages]
    for p in GLUED_HEADER_PAGES + LOST_DIGIT_PAGES + (RUNOVER_PAGE, RUNOVER_PAGE + 1):
        assert p in nos, ("page missing", p)
    # markers on each page: single digits 1..n in order, one note start per marker
    tl = text.split("\n")
    assert len(tl) == len(lines)
    for pg in pages:
        assert len(pg["notes"]) <= 9, (pg["no"], len(pg["notes"]))
        seq = [n for li, col, n, nid, p in MARKERS if p == pg["no"]]
        assert seq == list(range(1, len(seq) + 1)), (pg["no"], seq)
        starts = [t for l, t, p in lines if p == pg["no"] and
                  (t.startswith("note#") or t.startswith("note-lost#"))]
        assert len(starts) == len(seq), (pg["no"], len(starts), len(seq))
    before_digit = 0
    for li, col, n, nid, p in MARKERS:
        ln = tl[li]
        c = col + (1 if ln.startswith("\f") else 0)
        assert ln[c] == str(n), (li, col, ln)
        if c + 1 < len(ln) and ln[c + 1].isdigit():
            before_digit += 1
    assert before_digit >= 5, before_digit
    # glued headers
    for p in GLUED_HEADER_PAGES:
        g = [l for l, t, pp in lines if pp == p and t.startswith("header-glued")]
        assert len(g) == 1, p
        assert [l for l, t, pp in lines if pp == p and t == "header"] == []
    # runover
    rp = [pg for pg in pages if pg["no"] == RUNOVER_PAGE][0]
    assert rp["split"] is not None, "runover note did not happen"
    nxt = [pg for pg in pages if pg["no"] == RUNOVER_PAGE + 1][0]
    assert len(nxt["carry_in"]) >= 1
    # lost digits
    for p in LOST_DIGIT_PAGES:
        assert [t for l, t, pp in lines if pp == p and t.startswith("note-lost")], p
        assert not [t for l, t, pp in lines if pp == p and t.startswith("note#")], p
    # cut numbers: the number is split at a line end
    for c in CUT_NUMBERS:
        a, b = c.split("¦")
        ok = False
        for k in range(len(lines) - 1):
            l1, t1, _ = lines[k]
            if "body" in t1 and l1.endswith(a) and not re.search(r"[0-9]" + a + "$", l1):
                # next body line
                j = k + 1
                while "body" not in lines[j][1]:
                    j += 1
                if lines[j][0].lstrip().startswith(b):
                    ok = True
        assert ok, ("cut number not cut", c)
    # hyphenation happened
    for h in HYPHENATE:
        a, b = h.split("~")
        assert any(l.endswith(a + "-") for l, t, p in lines if "note" in t), h
    # no other line ends with a letter-hyphen in notes except URLs
    # the damage stays where it was put
    assert sorted({p for l, t, p in lines if t.startswith("header-glued")}) == sorted(GLUED_HEADER_PAGES)
    assert sorted({p for l, t, p in lines if t.startswith("note-lost")}) == sorted(LOST_DIGIT_PAGES)
    assert {p for l, t, p in lines if t == "note-carry"} == {RUNOVER_PAGE + 1}
    assert [pg["no"] for pg in pages if pg["split"]] == [RUNOVER_PAGE]
    # the split note is the last note of its page and its marker is in the page's
    # last ten body lines
    assert rp["split"][0] == rp["notes"][-1]
    mline = [li for li, col, n, nid, p in MARKERS if nid == rp["split"][0]][0]
    pbody = [k for k, (l, t, p) in enumerate(lines) if p == RUNOVER_PAGE and "body" in t]
    assert mline in pbody[-10:], (mline, pbody[-10:])
    # no full-width digits, no private-use glyphs anywhere
    assert not re.search("[\uff10-\uff19\ue000-\uf8ff]", text)
    # total size
    assert 18000 <= len(text) <= 23500, len(text)
    return True


def report(lines):
    """Each line: number (1-based, as text.split("\\n") counts), page, tag, text.
    Tags: masthead, title, authors, affil, abstract, keywords, clc, doi, blank, header,
    head1, head2, body (:P first line of a paragraph, :L last line), header-glued+body...,
    receipt, note#N (first line of the note numbered N on its page), note-lost#N (its
    number not extracted), note-cont#N, note-carry (run-over text of the previous
    page's last note), editor, english-..., final-ff."""
    mk = {}
    for li, col, n, nid, p in MARKERS:
        mk.setdefault(li, []).append(str(n))
    for k, (ln, tag, pno) in enumerate(lines, 1):
        extra = ("  [markers %s]" % ",".join(mk[k - 1])) if k - 1 in mk else ""
        print("%4d p%d %-22s|%s%s" % (k, pno, tag, ln.replace("\f", "\\f"), extra))


def main():
    text, lines, pages, notes = render()
    check(text, lines, pages, notes)
    data = text.encode("utf-8")
    sha = hashlib.sha1(data).hexdigest()
    name = "h15_%s.txt" % sha[:8]
    if "--check" in sys.argv:
        print(name, len(text))
        return
    for old in glob.glob(os.path.join(HERE, "h15_*.txt")):
        os.remove(old)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    if "--report" in sys.argv:
        report(lines)
    print(name, len(text), "chars", len(data), "bytes", sha)


if __name__ == "__main__":
    main()
