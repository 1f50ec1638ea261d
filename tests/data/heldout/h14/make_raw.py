#!/usr/bin/env python3
"""Build the held-out raw file h14_<sha1[:8]>.txt.

The article is constructed (see README.md).  The raw file imitates what Word's
"Save as > Plain Text (*.txt)" gives for the author's submitted .docx manuscript,
saved as Unicode (UTF-8) with CR/LF line ends: one line per paragraph, Word
endnotes written at the end of the file, and the usual export damage.

Standard library only; deterministic.

Light markup in the content below
  {text}          an endnote; the marker [n] is put where the brace stands
  {text A|text B} two endnotes cited together; the marker is the range [n-m]
  <<old|new>>     a tracked change (deleted old, inserted new)   -> damage TRACKED
  ((12))          digits typed with the full-width IME mode       -> damage MIXED_WIDTH
  ~               a non-breaking space (text pasted from the web) -> damage NBSP
  ^               an optional hyphen inside a word                -> damage SOFT_HYPHEN

Usage: python3 make_raw.py            write the raw file (deleting older h14_*.txt)
       python3 make_raw.py --report   also print every line with its number and tag
       python3 make_raw.py --clean    print the clean text (no damage, LF, no BOM)
"""
import glob
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- damage switches
BOM = True            # Word writes a UTF-8 byte order mark
CRLF = True           # Word's default "End lines with: CR/LF"
TRACKED = True        # two tracked changes left unaccepted: both old and new text exported
MIXED_WIDTH = True    # some digits of three dates typed full-width
NBSP = True           # one sentence pasted from a web page with NBSP "pangu" spacing; NBSP in some notes
SOFT_HYPHEN = True    # optional hyphens (U+00AD) in English words of notes / English abstract
BULLETS = True        # Word list bullets exported as odd characters: Wingdings arrow -> "Ø", Wingdings dot -> U+F06C
AUTONUM_TAB = True    # auto-numbered level-2 headings exported as "（一）<TAB>title"
TABLE_TABS = True     # table rows flattened to tab-separated lines
PASTED_INDENT = True  # paragraphs pasted from elsewhere keep two ideographic spaces at their start

BULLET_ARROW = "\u00d8\t"   # "Ø" + tab
BULLET_DOT = "\uf06c\t"     # private-use U+F06C + tab
FW = str.maketrans("0123456789", "０１２３４５６７８９")

# ---------------------------------------------------------------- content
# Each item: (tag, text).  Tags: title authors affil blank abstract keywords clc fund bio
# head1 head2 body body-pasted bullet-arrow bullet-dot table-caption table-row table-source
# en-title en-authors en-affil en-abstract en-keywords notes-head.
# head2 text is given without its number; the number is generated (auto-numbered list).

C = []
def add(tag, text=""):
    C.append((tag, text))

add("title", "分治、战争与有限和解：印巴关系与克什米尔问题的演变（1947—2019）")
add("blank")
add("authors", "邵铭远　蓝静怡")
add("affil", "（锦江大学 南亚与印度洋研究中心，四川 成都 611731）")
add("blank")
add("abstract", "摘　要：克什米尔问题是印巴分治留下的最棘手的遗产，也是七十余年来印巴关系起伏的主轴。本文以战争、危机与和谈为线索，将1947年以来的印巴关系分为分治与冲突的缘起、战争与调停、核阴影下的危机与和谈、对抗的回归四个阶段，考察《塔什干宣言》《西姆拉协定》《拉合尔宣言》等安排的形成及其局限，并分析中国角色的演变。研究认为，1972年以后印巴围绕克什米尔的博弈逐渐从战场转向控制线沿线的低烈度冲突与外交较量，1998年双双核试验后又形成“危机—大国斡旋—有限和解”的循环；2019年8月印度废除宪法第370条，使这一循环面临新的挑战。中国从20世纪60年代起与巴基斯坦形成战略倚重，又自20世纪80年代末起推动中印关系正常化，逐步确立了在印巴之间劝和促谈、主张依据联合国有关决议和双边协议和平解决争端的立场。")
add("keywords", "关键词：印巴关系；克什米尔问题；《西姆拉协定》；中巴经济走廊；中国南亚政策")
add("clc", "中图分类号：D835.1；D835.3　　文献标识码：A")
add("fund", "基金项目：国家社会科学基金一般项目“大国因素与南亚地区安全秩序演变研究”（19BGJ047）")
add("bio", "作者简介：邵铭远，锦江大学南亚与印度洋研究中心副教授，历史学博士；蓝静怡，锦江大学国际关系学院博士研究生。")
add("blank")

# ------------------------------------------------------------------ 引言
add("head1", "引　言")
add("body", "1947年8月，英属印度分裂为印度和巴基斯坦两个自治领，南亚次大陆由此进入印巴对峙的时代。七十余年来，两国围绕克什米尔的归属先后爆发了1947—1948年、1965年和1971年三次战争，1999年又在卡吉尔地区发生有限冲突，其间大小危机不断。{Sumit Ganguly, Conflict Unending: India-Pakistan Tensions since 1947, New York: Columbia University Press, 2001, pp.~15-30.}2019年2月，普尔瓦马袭击事件引发两国空中交火；同年8月5日，印度政府宣布废除宪法第370条，取消查谟和克什米尔邦的特殊地位，印巴关系再度跌入低谷。{“The Constitution (Application to Jammu and Kashmir) Order, 2019,” C.O. 272, The Gazette of India, Extraordinary, Part II, Section 3, August 5, 2019, http://egazette.nic.in/WriteReadData/2019/210049.pdf，访问时间：2020年3月12日。}克什米尔问题由此成为观察南亚国际关系乃至大国在南亚互动的一个关键窗口。")
add("body", "国内外学界对印巴关系和克什米尔问题的研究已相当丰富。西方学者多从冲突根源与危机管理的角度展开，如阿拉斯泰尔·兰姆（Alastair Lamb）对克什米尔归属问题的档案考证，{Alastair Lamb, Kashmir: A Disputed Legacy, 1846-1990, Hertingfordbury: Roxford Books, 1991.}维多利亚·斯科菲尔德（Victoria Schofield）对历次战争的梳理，以及斯里纳特·拉加万（Srinath Raghavan）从全球史视角对1971年战争的重新阐释。{Victoria Schofield, Kashmir in Conflict: India, Pakistan and the Unending War, London: I. B. Tauris, 2000; Srinath Raghavan, 1971: A Global History of the Creation of Bangladesh, Cambridge, MA: Harvard University Press, 2013.}国内学者则较多关注中国与南亚国家的关系，20世纪90年代以来陆续出版了一批研究中巴关系、中印关系的论著。{王宏纬：《喜马拉雅山情结：中印关系研究》，中国藏学出版社1998年版；杨翠柏、刘成琼编著：《巴基斯坦》，社会科学文献出版社2005年版；韦廷舟：《中国南亚政策中的克什米尔因素（1949—2019）》，《南亚国际关系评论》2019年第4期，第1—22页。}不过，既有研究或聚焦某一场战争，或侧重某一组双边关系，将七十余年的印巴关系置于同一框架、并系统考察中国角色演变的研究仍不多见。本文拟以1947—2019年为时段，以战争、危机与和谈为线索，梳理印巴关系和克什米尔问题的演变，并在此基础上分析中国的立场与作用。文中所涉印巴之间的主要战争与危机见表1。")
add("table-caption", "表1　1947—2019年印巴之间的主要战争与危机")
add("table-row", ["时间", "事件", "结局"])
add("table-row", ["1947年10月—1949年1月", "第一次印巴战争", "联合国斡旋停火，1949年7月划定停火线"])
add("table-row", ["1965年8—9月", "第二次印巴战争", "安理会第211号决议促成停火；1966年1月签署《塔什干宣言》"])
add("table-row", ["1971年12月3日—17日", "第三次印巴战争", "东巴基斯坦独立为孟加拉国；1972年7月签署《西姆拉协定》"])
add("table-row", ["1986年底—1987年初", "“铜钉”演习危机", "双方外交秘书达成撤军协议"])
add("table-row", ["1990年春", "克什米尔危机", "美国派员斡旋后缓和"])
add("table-row", ["1999年5—7月", "卡吉尔冲突", "巴方撤回越线人员"])
add("table-row", ["2001年12月—2002年10月", "“帕拉克拉姆行动”军事对峙", "印方宣布部分撤军"])
add("table-row", ["2008年11月", "孟买恐怖袭击", "全面对话中断"])
add("table-row", ["2019年2—3月", "普尔瓦马袭击与巴拉科特空袭", "巴方释放被俘飞行员"])
add("table-source", "资料来源：笔者根据公开资料整理。")
add("blank")

# ------------------------------------------------------------------ 一
add("head1", "一、分治遗产与克什米尔问题的缘起（1947—1964）")
add("head2", "印巴分治与第一次克什米尔战争")
add("body", "1947年6月3日，英国驻印度总督蒙巴顿（Louis Mountbatten）公布了印巴分治方案，即“蒙巴顿方案”。随后，英国议会通过的《1947年印度独立法》获得御准，规定英属印度于8月15日分为两个自治领。{Indian Independence Act, 1947, 10 & 11 Geo. 6, c. 30, https://www.legislation.gov.uk/ukpga/Geo6/10-11/30/enacted, [2020-03-15].}8月14日，巴基斯坦宣告成立，穆罕默德·阿里·真纳（Muhammad Ali Jinnah）出任总督；次日，印度独立，贾瓦哈拉尔·尼赫鲁（Jawaharlal Nehru）出任总理。按照分治原则，560余个土邦可自行选择加入印度或巴基斯坦，但土邦王公的选择与其臣民的宗教构成并不总是一致。查谟和克什米尔土邦的居民以穆斯林为主，王公哈里·辛格（Hari Singh）却是印度教徒，他在分治之际迟迟不作决定，试图维持土邦的独立地位。")
add("body", "1947年10月22日，来自巴基斯坦西北边境省的普什图部落武装进入克什米尔，并迅速逼近首府斯利那加。哈里·辛格随即向印度求援，于10月26日签署了《加入书》（Instrument of Accession）{Government of India, White Paper on Jammu & Kashmir, Delhi: Manager of Publications, 1948, pp.~3-4.}，蒙巴顿于次日接受，同时表示待秩序恢复后应由人民决定土邦的最终归属。印军旋即空运至斯利那加，第一次印巴战争由此爆发。1948年1月1日，印度将克什米尔问题提交联合国安理会，指控巴方支持部落武装入侵。{“Letter dated 1 January 1948 from the Representative of India addressed to the President of the Security Council,” S/628, January 2, 1948.}安理会随后通过第39号决议，成立联合国印巴委员会；4月21日又通过第47号决议，要求巴方撤出部落武装和巴基斯坦国民，印方将驻军减至维持秩序所需的最低限度，并在联合国主持下举行公民投票。")
add("body", "在战场上，印军控制了克什米尔谷地、查谟和拉达克的大部分地区，巴方及其支持的武装则控制了西部和北部地区。1948年8月13日和1949年1月5日，联合国印巴委员会先后通过两项决议，提出停火、休战和公民投票“三步走”的方案。{约瑟夫·柯贝尔（Josef Korbel）曾于1948年出任联合国印巴委员会主席，其书对两项决议的形成过程有第一手的记述。参见Josef Korbel, Danger in Kashmir, Princeton: Princeton University Press, 1954, pp. 121-125, 151-155。}1949年1月1日午夜前，双方停火生效；同年7月27日，两国军事代表在卡拉奇签订协议，划定了停火线。此后，巴方控制区分为“自由克什米尔”（Azad Kashmir）和“北部地区”，印方控制区则成为查谟和克什米尔邦。由于双方对撤军顺序和公民投票的条件各执一词，联合国先后派出的麦克诺顿、狄克逊、格雷厄姆等调解人均无功而返。{麦克诺顿（A. G. L. McNaughton）于1949年12月受安理会主席委托进行非正式调解；欧文·狄克逊（Owen Dixon）于1950年4月被任命为联合国代表，同年9月15日提交报告（S/1791）；弗兰克·格雷厄姆（Frank P. Graham）自1951年4月起接任，至1958年共提交五份报告。}")
add("head2", "“冻结”中的克什米尔问题与中国的早期立场")
add("body", "在印度方面，1950年1月26日生效的印度宪法以第370条赋予查谟和克什米尔邦特殊地位，除国防、外交和通信外，联邦议会的立法须经该邦政府同意方能在当地适用。此后，主张高度自治的克什米尔总理谢赫·阿卜杜拉（Sheikh Abdullah）被解职并遭逮捕。1954年5月14日，印度总统颁布《宪法（适用于查谟和克什米尔）令》，增补了授权该邦议会界定“永久居民”及其权利的第35A条。{“The Constitution (Application to Jammu and Kashmir) Order, 1954,” C.O. 48, May 14, 1954, The Gazette of India, Extraordinary, Part II, Section 3.|第35A条并未载入印度宪法正文，而是以总统令的形式列入附录，其合宪性在20世纪90年代以后屡遭质疑；该条于2019年8月5日随第370条的废除一并失效。}1957年1月26日，克什米尔制宪会议通过的邦宪法生效，宣称该邦“是并将是印度联邦不可分割的一部分”。尼赫鲁政府据此逐渐收回公民投票的承诺，巴方则坚持应按联合国决议解决问题。")
add("body", "中华人民共和国成立初期，中国对克什米尔问题基本采取不介入的态度。1950年4月和1951年5月，中国先后同印度、巴基斯坦建交。建交初期，中印关系处于“印中人民是兄弟”的友好时期，中国对克什米尔问题的公开表态十分审慎。1956年12月，周恩来总理在访问巴基斯坦期间表示，克什米尔问题应由印巴双方通过和平协商解决。{中共中央文献研究室编：《周恩来年谱（1949—1976）》上卷，中央文献出版社1997年版，第672页。}进入20世纪60年代，中印关系因边界问题迅速恶化，1962年10月至11月的边境冲突更使中国的南亚政策发生重大调整。1962年12月至1963年5月，印巴两国外长斯瓦兰·辛格（Swaran Singh）与佐勒菲卡尔·阿里·布托（Zulfikar Ali Bhutto）在美英推动下举行了六轮会谈，终无结果。{外交部档案馆：《关于印巴就克什米尔问题举行部长级会谈情况的报告》（1963年5月20日），档案号：105-01853-04。}其间，1963年3月2日，陈毅外长与布托在北京签订《中巴边界协定》，规定在克什米尔问题解决后，有关主权当局将同中国政府重新谈判边界问题。{《中华人民共和国政府和巴基斯坦政府关于中国新疆和由巴基斯坦实际控制其防务的各个地区相接壤的边界的协定》，《人民日报》1963年3月3日，第1版。}印方对此强烈抗议，称中巴是在印度领土上划界。")
add("blank")

# ------------------------------------------------------------------ 二
add("head1", "二、战争与调停：从塔什干到西姆拉（1965—1972）")
add("head2", "1965年战争与《塔什干宣言》")
add("body", "1964年5月27日，尼赫鲁病逝，拉尔·巴哈杜尔·夏斯特里（Lal Bahadur Shastri）继任总理。巴基斯坦总统穆罕默德·阿尤布·汗（Muhammad Ayub Khan）判断印军在中印边境冲突后尚未恢复元气，认为以武力改变克什米尔现状的“窗口”正在关闭。1965年4月，两国军队在卡奇沼泽地区发生冲突，后经英国首相威尔逊斡旋，双方于6月30日签署停火协议。{卡奇沼泽的划界争端随后提交国际仲裁，仲裁庭于1968年2月19日作出裁决，将约十分之一的争议地区划归巴基斯坦。参见“The Indo-Pakistan Western Boundary (Rann of Kutch) between India and Pakistan,” Reports of International Arbitral Awards, Vol. XVII, pp. 1-576。}同年8月5日前后，巴方发动代号为“直布罗陀”的行动，派遣数千名武装人员越过停火线潜入克什米尔谷地，试图策动当地起义；随后，巴军又发动“大满贯”行动，进攻查谟的阿克努尔地区。9月6日，印军越过国际边界向拉合尔方向进攻，战争全面升级。")
add("body", "战争期间，中国明确支持巴基斯坦。9月7日，中国政府发表声明，谴责印度对巴基斯坦的“武装侵略”；{《中华人民共和国政府声明》，《人民日报》1965年9月8日，第1版。}9月16日，中国政府照会印度，要求印方在三天内拆除其在中锡边界中国一侧修建的军事工事，此后又将期限延长了三天。这一照会名为边界交涉，实则意在牵制印军，在国际上引起强烈反响。与此同时，美苏两国罕见地在安理会协调立场。9月20日，安理会通过第211号决议，要求双方于9月22日停火并撤回至8月5日以前的阵地；双方接受决议，停火随后生效。{UN Security Council Resolution 211 (1965), S/RES/211 (1965), September 20, 1965, https://undocs.org/S/RES/211(1965), [2020-04-02].}")
add("body", "停火之后，苏联主动出面调停。1966年1月4日至10日，夏斯特里与阿尤布在苏联部长会议主席阿列克谢·柯西金（Alexei Kosygin）的斡旋下于塔什干举行会谈，并于10日签署《塔什干宣言》，规定双方军队撤回至战前位置，恢复外交关系，互不干涉内政。{«Ташкентская декларация» // Правда. 1966. 11 января. С. 1.}夏斯特里却在宣言签署当晚猝然病逝。{夏斯特里于1966年1月11日凌晨在塔什干因心脏病发作去世，遗体次日运回新德里。参见Schofield, Kashmir in Conflict, p. 112。}由于宣言回避了克什米尔的最终归属，巴方国内普遍认为外交桌上丢掉了战场上的所得。布托于同年6月离开内阁，并于1967年11月30日在拉合尔创建了巴基斯坦人民党。")
add("head2", "1971年战争、孟加拉国独立与《西姆拉协定》")
add("body", "1970年12月7日，巴基斯坦举行首次全国大选，谢赫·穆吉布·拉赫曼（Sheikh Mujibur Rahman）领导的人民联盟在东巴基斯坦的162个议席中赢得160席，从而在国民议会中获得绝对多数。叶海亚·汗（Yahya Khan）政府与布托的人民党拒绝向人民联盟移交权力，东西巴的矛盾迅速激化。1971年3月25日夜，巴军在达卡发动“探照灯行动”，大规模镇压东巴的抗议力量；次日，孟加拉独立宣言发布。{Raghavan, 1971, pp. 54-66.}此后数月间，近千万难民涌入印度西孟加拉等邦，英迪拉·甘地（Indira Gandhi）政府一面收容难民，一面训练和支持“穆克蒂·巴希尼”（孟加拉解放力量）武装。")
add("body", "1971年的南亚危机恰与中美关系的解冻交织在一起。同年7月9日至11日，美国总统国家安全事务助理亨利·基辛格（Henry Kissinger）借访问巴基斯坦之机秘密飞抵北京，巴方在其中扮演了关键的“信使”角色{Henry Kissinger, White House Years, Boston: Little, Brown and Company, 1979, pp. 738-755.}。印方对中美巴可能形成的联动深感忧虑，遂于8月9日与苏联签订为期20年的《和平友好合作条约》，其中第九条规定缔约一方遭受进攻或进攻威胁时，双方应立即共同协商。{«Договор о мире, дружбе и сотрудничестве между Союзом Советских Социалистических Республик и Республикой Индией» // Известия. 1971. 10 августа. С. 1.}英迪拉随后于10月24日至11月13日出访西欧和美国争取支持，但其与尼克松（Richard Nixon）的会晤不欢而散。")
add("body", "11月下旬，印军与孟加拉武装在东巴边境的冲突不断升级。12月3日傍晚，巴基斯坦空军对印度西北部多个机场实施先发制人的空袭，印度随即全面对巴开战。数日后，印度正式承认孟加拉人民共和国。{Gary J. Bass, The Blood Telegram: Nixon, Kissinger, and a Forgotten Genocide, New York: Alfred A. Knopf, 2013, pp. 284-301.}在联合国，苏联在安理会三次否决要求停火撤军的决议草案；12月7日，联合国大会以104票对11票通过第2793号决议，要求印巴立即停火并撤回各自领土。中国于同年10月25日刚刚恢复在联合国的合法席位，常驻联合国代表黄华在安理会发言中严厉谴责印度肢解巴基斯坦。美国则派出以“企业”号航母为核心的第74特遣舰队驶入孟加拉湾，向印度施压。12月16日，巴军东部司令尼亚齐（A. A. K. Niazi）在达卡签署投降书，9万余名巴方军人和文职人员成为战俘；次日，西线停火。{U.S. Department of State, Foreign Relations of the United States, 1969-1976, Vol. XI, South Asia Crisis, 1971, Washington, D.C.: Government Printing Office, 2005, pp. 820-843.}随后，叶海亚辞职，布托出任巴基斯坦总统。")
add("body", "战后，印巴于1972年6月28日起在印度北部山城西姆拉举行首脑会谈。经过数日艰难谈判，英迪拉与布托于7月<<3日|2日>>深夜签署《西姆拉协定》。{“Simla Agreement,” Ministry of External Affairs, Government of India, July 2, 1972, https://mea.gov.in/in-focus-article.htm?19005/Simla+Agreement+July+2+1972，访问时间：2020年4月6日。}协定规定双方“以双边谈判的和平方式”解决分歧，并将第三次印巴战争停火时形成的实际控制线确定为“控制线”（Line of Control），双方均不得单方面改变。协定于同年8月4日生效。{控制线的勘定由双方军事代表完成。1972年12月11日，双方在苏切特加尔交换了标有控制线的地图，控制线北端止于NJ9842点，此后的冰川地区未予划定，为1984年以后的锡亚琴冰川争端埋下了伏笔。}对印方而言，《西姆拉协定》确立了以双边方式处理克什米尔问题的原则，此后印方一贯据此拒绝第三方调停；巴方则坚持协定并未取代联合国的有关决议。其后，两国通过《德里协定》着手解决战俘遣返问题；1974年2月22日，巴基斯坦在拉合尔伊斯兰首脑会议期间承认孟加拉国。")
add("body", "孟加拉国独立后，中国出于对巴方的支持，在孟加拉国加入联合国问题上持保留立场。1972年8月25日，中国在安理会首次行使否决权，否决了接纳孟加拉国加入联合国的决议草案，理由是有关联合国决议尚未得到执行、巴方战俘尚未遣返。{《我国代表在安理会表决时投反对票》，《人民日报》1972年8月27日，第5版。}随着战俘问题的解决和巴孟相互承认，中国的立场随之调整。孟加拉国于1974年9月17日加入联合国；次年10月4日，中孟正式建交。")
add("blank")

# ------------------------------------------------------------------ 三
add("head1", "三、核阴影下的危机与和谈（1972—2008）")
add("head2", "从“西姆拉体制”到公开核化")
add("body", "《西姆拉协定》签订后的十余年间，印巴之间未再发生大规模战争，但双方的战略竞争逐渐向核领域延伸。1974年5月18日，印度在拉贾斯坦邦的博格伦进行了所谓“和平核爆炸”，巴方随即加快了核计划。{George Perkovich, India’s Nuclear Bomb: The Impact on Global Proli^feration, Berkeley: University of California Press, 1999, pp. 178-189.}1977年7月5日，陆军参谋长穆罕默德·齐亚·哈克（Muhammad Zia-ul-Haq）发动政变推翻布托政府，布托于1979年4月4日被处以绞刑。同年12月苏联出兵阿富汗后，巴基斯坦成为美国援助阿富汗抵抗力量的前线国家，美国在核问题上对巴方的压力随之减弱。1984年4月13日，印军发起“梅格杜特”行动，抢占锡亚琴冰川的主要山口，双方此后在海拔6000米以上的冰川地区长期对峙。1986年底至1987年初，印军在拉贾斯坦举行代号为“铜钉”的大规模演习，引发两国军队在边境紧急集结，直到两国外交秘书在新德里达成分阶段撤军的协议后，危机才告缓解。")
add("body", "1988年8月17日，齐亚·哈克因飞机失事身亡，贝娜齐尔·布托（Benazir Bhutto）随后出任总理。12月29日至31日，印度总理拉吉夫·甘地（Rajiv Gandhi）赴伊斯兰堡出席南亚区域合作联盟第四届首脑会议，其间两国签署了《禁止攻击对方核设施协定》，该协定生效后，双方自1992年1月1日起每年交换核设施清单。然而，1989年起克什米尔谷地爆发大规模武装反抗，1990年春两国再度陷入军事紧张，美国副国家安全顾问罗伯特·盖茨（Robert Gates）于同年5月中旬赴南亚斡旋。此后，克什米尔局势持续动荡，印方将其归咎于巴方支持的跨境恐怖主义，巴方则称之为克什米尔人民的“自由斗争”。")
add("body", "这一时期，中国对印巴的政策也在调整。一方面，中巴关系继续发展，1978年，连接两国的喀喇昆仑公路正式通车；{喀喇昆仑公路北起新疆喀什，经红其拉甫山口进入巴基斯坦北部地区，南至塔科特，1966年开始修建，中国工程技术人员先后参与施工。1986年5月1日起，红其拉甫口岸对第三国人员开放。}另一方面，中印关系逐步改善，1988年12月19日至23日，拉吉夫·甘地访华，与邓小平实现历史性会晤，两国关系实现正常化。{中共中央文献研究室编：《邓小平年谱（1975—1997）》下卷，中央文献出版社2004年版，第1259—1260页。}1996年11月28日至12月1日，江泽民主席对印度进行国事访问，其后转赴巴基斯坦，于12月2日在巴参议院发表演讲，希望南亚国家着眼大局，对一时解决不了的问题“暂时放一放”{江泽民：《世代睦邻友好　共创美好未来——在巴基斯坦参议院的演讲》，《人民日报》1996年12月3日，第1版。}。这一表态被普遍视为中国在克什米尔问题上由侧重支持巴方转向劝和促谈、强调通过双边协商解决的标志。")
add("head2", "核试验、拉合尔进程与卡吉尔冲突")
add("body", "1998年5月11日和13日，印度在博格伦进行了五次核试验。阿塔尔·比哈里·瓦杰帕伊（Atal Bihari Vajpayee）总理在致美国总统克林顿的信中，称印度边境上有一个“在1962年对印度发动武装侵略”的“公开的核武器国家”，以所谓“中国威胁”为核试验辩护，引起中方强烈不满。{“Nuclear Anxiety; Indian’s Letter to Clinton on the Nuclear Testing,” The New York Times, May 13, 1998, p. A14.}5月28日和((30))日，巴基斯坦在俾路支省查盖地区进行了六次核试验，印巴双双跨过核门槛。中、美、俄、英、法五国外长随即在日内瓦举行会议并发表联合公报；6月6日，安理会一致通过第1172号决议，谴责印巴核试验，要求两国停止核武器开发计划。同月27日，中美两国元首在北京发表《关于南亚问题的联合声明》。")
add("body", "核试验后，国际压力促使印巴重启对话。1999年2月20日，瓦杰帕伊乘坐首班德里—拉合尔巴士经瓦加口岸访问巴基斯坦；次日，他与巴总理纳瓦兹·谢里夫（Nawaz Sharif）签署《拉合尔宣言》，两国外交秘书同时签署了一份谅解备忘录。{“Lahore Declaration,” Ministry of External Affairs, Government of India, February 21, 1999, https://www.mea.gov.in/in-focus-article.htm?18997/Lahore+Declaration+February+1999，访问时间：2020年4月8日。}双方承诺：")
add("bullet-arrow", "加紧努力解决包括查谟和克什米尔问题在内的一切问题；")
add("bullet-arrow", "避免干涉对方内政，谴责一切形式的恐怖主义；")
add("bullet-arrow", "采取措施降低核武器意外或未经授权使用的风险，并就核与常规领域的建立信任措施进行磋商。")
add("body-pasted", "然而，《拉合尔宣言》墨迹未干，卡吉尔地区便爆发冲突。1999年5月初，印方发现巴方正规军和武装人员越过控制线，占据了卡吉尔、德拉斯一带的山头阵地。印军随即发起“胜利行动”，并出动空军，战事持续近两个月。{1999年7月29日，印度政府成立以苏布拉马尼亚姆（K. Subrahmanyam）为首的卡吉尔审查委员会，该委员会于同年12月15日提交报告。参见Kargil Review Committee, From Surprise to Reckoning: The Kargil Review Committee Report, New Delhi: Sage Publications, 2000。}冲突期间，巴方曾寄望于中国的支持。同年6月，巴外长萨尔塔杰·阿齐兹（Sartaj Aziz）和谢里夫总理先后访华，谢里夫还提前结束行程回国。中方领导人在会谈中强调印巴应通过谈判解决争端，避免冲突升级，并未像前两次战争那样公开支持巴方。7月4日，谢里夫在华盛顿与克林顿会谈，同意采取“具体步骤”恢复控制线的原状；{Bruce Riedel, “American Diplomacy and the 1999 Kargil Summit at Blair House,” Policy Paper Series 2002, Center for the Advanced Study of India, University of Pennsylvania, 2002, pp. 11-14.}7月26日，印方宣布“胜利行动”结束。同年10月12日，陆军参谋长佩尔韦兹·穆沙拉夫（Pervez Musharraf）发动政变，谢里夫政府被推翻。")
add("head2", "从阿格拉峰会到“全面对话”")
add("body", "穆沙拉夫执政后，印巴关系一度跌入谷底。((2001))年((7))月14日至16日，穆沙拉夫应邀访印，与瓦杰帕伊在阿格拉举行峰会，但双方因克什米尔问题在联合文件中的表述分歧而未能达成任何协议。{峰会期间双方曾数易联合宣言草稿，穆沙拉夫于7月16日深夜提前离开阿格拉返回伊斯兰堡。参见“Agra Summit Ends without Declaration,” The Hindu, July 17, 2001, p. 1。}“9·11”事件后，巴基斯坦重新成为美国反恐的前线盟友。同年10月1日，位于斯利那加的查谟和克什米尔邦议会遭自杀式袭击；12月13日，5名武装分子袭击位于新德里的印度议会大厦。印方随即认定袭击系“虔诚军”和“穆罕默德军”所为，并自12月18日起向国际边界和控制线一线大规模调集军队，代号“帕拉克拉姆行动”。")
add("body", "两国约百万军队在边境对峙长达十个月之久。2002年1月12日，穆沙拉夫发表全国讲话，宣布取缔“虔诚军”等组织，危机稍有缓和；5月14日，查谟附近的卡卢查克军营遭袭，危机再度升级，直到美英等国密集斡旋后才逐步降温。{Polly Nayak and Michael Krepon, US Crisis Management in South Asia’s Twin Peaks Crisis, Report No. 57, Washington, D.C.: The Henry L. Stimson Center, September 2006, https://www.stimson.org/wp-content/files/file-attachments/Twin_Peaks_Crisis_1.pdf, [2020-04-15].}此后，印方宣布从国际边界撤回部分部队。这一时期，中国在印巴之间积极劝和：穆沙拉夫在危机期间访华，中方表示希望印巴保持克制、通过对话化解紧张；朱镕基总理在访问印度期间也表达了同样立场。2003年11月25日午夜起，印巴沿控制线实现全面停火；2004年1月6日，瓦杰帕伊与穆沙拉夫在伊斯兰堡出席南盟峰会期间发表联合新闻声明，穆沙拉夫承诺不允许巴方控制的领土被用于支持任何形式的恐怖主义。以此为起点，两国于同年2月启动了涵盖克什米尔、锡亚琴、爵士湾等八项议题的“全面对话”进程。")
add("body", "2004年至2007年间，全面对话取得了一些实质进展。2005年4月7日，斯利那加至穆扎法拉巴德的跨控制线巴士开通，这是1947年以来分隔两侧的克什米尔居民首次可以直接往来。2005年10月8日，克什米尔地区发生7.6级地震，双方随后开放了控制线上的五个过境点。{2005年10月29日，印巴外交秘书就开放控制线过境点达成协议，首个过境点于同年11月7日开放。}2007年2月21日，两国签署《降低核武器事故风险协定》。不过，随着穆沙拉夫在国内陷入政治危机，并于2008年8月18日宣布辞职，对话的动力明显减弱。")
add("blank")

# ------------------------------------------------------------------ 四
add("head1", "四、孟买之后：对抗的回归与第370条的废除（2008—2019）")
add("body", "2008年11月26日至29日，10名来自巴基斯坦的“虔诚军”武装分子从海上潜入孟买，袭击了泰姬玛哈酒店、贾特拉帕蒂·希瓦吉火车站等多处目标，造成166人死亡。唯一被活捉的袭击者阿杰马尔·卡萨布（Ajmal Kasab）后被判处死刑并执行。孟买袭击后，印方宣布暂停全面对话。2009年7月16日，印度总理曼莫汉·辛格（Manmohan Singh）与巴总理优素福·拉扎·吉拉尼（Yousaf Raza Gilani）在埃及沙姆沙伊赫发表联合声明，表示反恐行动不应与全面对话挂钩，{“Joint Statement of Prime Minister Dr. Manmohan Singh and Prime Minister Syed Yusuf Raza Gilani,” Sharm el-Sheikh, July 16, 2009, https://www.mea.gov.in/bilateral-documents.htm?dtl/4795/Joint+Statement，访问时间：2020年4月20日。}但这一表述在印度国内招致强烈批评。此后两国虽一度恢复部分对话，但始终未能回到全面对话鼎盛时期的水平。")
add("body", "2014年5月26日，纳伦德拉·莫迪（Narendra Modi）宣誓就任印度总理，谢里夫应邀出席就职典礼。2015年底，莫迪在从喀布尔回国途中临时访问拉合尔，为谢里夫祝寿。然而，帕坦科特空军基地旋即遇袭；2016年7月8日，克什米尔武装组织“圣战者党”指挥官布尔汉·瓦尼（Burhan Wani）被印度安全部队击毙，引发谷地长达数月的骚乱。9月18日，乌里军营遭袭，19名印军士兵死亡；9月29日，印方宣布对控制线巴方一侧实施了“外科手术式打击”。")
add("body-pasted", "2019~年~2~月~14~日，一名“穆罕默德军”自杀式袭击者在普尔瓦马驾驶满载炸药的汽车撞击印度中央后备警察部队车队，造成~40~名警员死亡，该组织当天即宣称对袭击负责。{“穆罕默德军”由马苏德·阿兹哈尔于2000年初创建，此前他于1999年12月31日在印航IC-814航班劫机事件的人质交换中获释；该组织于2001年10月被联合国安理会1267委员会列入制裁名单。}次日，印度宣布取消给予巴基斯坦的最惠国待遇。2月26日凌晨，印度空军越过控制线，对<<西北边境省|开伯尔—普赫图赫瓦省>>巴拉科特的所谓“训练营地”实施空袭；{“Statement by Foreign Secretary on 26 February 2019 on the Strike on JeM Training Camp at Balakot,” Ministry of External Affairs, Government of India, February 26, 2019, https://www.mea.gov.in/Speeches-Statements.htm?dtl/31089/Statement+by+Foreign+Secretary+on+26+February+2019+on+the+Strike+on+JeM+training+camp+at+Balakot, [2020-05-02].}次日，两国空军在控制线附近发生空战，印方一架米格-21战机被击落，飞行员阿比南丹（Abhinandan Varthaman）被俘。3月1日，巴方将其释放，危机随之缓和。")
add("body", "危机期间，中方与印巴双方保持沟通。2月27日，国务委员兼外长王毅在浙江乌镇主持中俄印外长第十六次会晤期间与印度外长苏什马·斯瓦拉杰（Sushma Swaraj）会谈，{《王毅会见印度外长斯瓦拉杰》，外交部网站，2019年2月27日，https://www.fmprc.gov.cn/web/wjbzhd/t1641302.shtml，访问时间：2020年5月3日。}同日晚间又应约同巴外长沙阿·马哈茂德·库雷希（Shah Mahmood Qureshi）通电话，呼吁双方保持克制，避免局势升级。此后，中方在安理会1267委员会的列名问题上与各方保持沟通，同年5月1日，马苏德·阿兹哈尔被列入安理会制裁名单。")
add("body", "2019年8月5日，印度内政部长阿米特·沙阿（Amit Shah）在联邦院提出决议，废除宪法第370条赋予查谟和克什米尔邦的特殊地位，同时提出《查谟和克什米尔重组法案》，将该邦分为“查谟和克什米尔”与“拉达克”两个中央直辖区。法案于次日在人民院获得通过，并于10月31日起正式生效。{The Jammu and Kashmir Reorganisation Act, 2019, No. 34 of 2019, The Gazette of India, Extraordinary, Part II, Section 1, August 9, 2019.}8月7日，巴基斯坦国家安全委员会决定降低两国外交关系级别、中止双边贸易，并驱逐印度驻巴高级专员。中国外交部发言人华春莹于8月6日表示，印方通过修改国内法律的方式损害中国领土主权的做法“不可接受”{《2019年8月6日外交部发言人华春莹就印度政府宣布成立涉及中方领土的“拉达克中央直辖区”答记者问》，外交部网站，https://www.fmprc.gov.cn/web/fyrbt_673021/dhdw_673027/t1686508.shtml，访问时间：2020年5月3日。}，并呼吁印巴通过对话协商和平解决有关争议。8月16日，应中国和巴基斯坦的要求，安理会就克什米尔问题举行闭门磋商，这是安理会数十年来首次专门讨论这一问题。{关于安理会此前最近一次专门讨论克什米尔问题的时间，说法不一：一说为1971年12月第三次印巴战争期间，一说为1965年。参见“UN Security Council Discusses Kashmir, China Urges Restraint,” Reuters, August 16, 2019。}")
add("blank")

# ------------------------------------------------------------------ 五
add("head1", "五、中国因素：从战略倚重到劝和促谈")
add("head2", "中巴“全天候”关系与中印关系的平衡")
add("body", "中巴关系是影响中国克什米尔政策的首要因素。自1963年签订边界协定以来，中巴在战略上相互倚重，巴方在中美关系解冻和中国恢复联合国合法席位等问题上给予中国重要支持。2005年4月5日，温家宝总理访问巴基斯坦期间，两国签署《中巴睦邻友好合作条约》；4月11日，温家宝在新德里与曼莫汉·辛格宣布中印建立“面向和平与繁荣的战略合作伙伴关系”。{葛秋原：《中国与南亚的“双轨”外交：以2005年温家宝总理南亚之行为例》，《当代亚太》2006年第3期，第27—34页。}此后，胡锦涛主席访问巴基斯坦期间，两国又签署了自由贸易协定。这种同时深化对巴、对印关系的“双轨”做法，使中国得以在印巴之间保持相对超脱的地位。")
add("head2", "中巴经济走廊与中国的劝和促谈")
add("body", "2013年5月，李克强总理访问巴基斯坦时提出建设中巴经济走廊的设想。2015年4月20日至21日，习近平主席对巴基斯坦进行国事访问，两国关系提升为全天候战略合作伙伴关系，双方确立了以走廊建设为中心、以四个领域为重点的“1+4”合作布局{习近平：《构建中巴命运共同体　开辟合作共赢新征程——在巴基斯坦议会的演讲》，《人民日报》2015年4月22日，第2版。}：")
add("bullet-dot", "以瓜达尔港建设为先导，带动港口、自由区和城市配套设施建设；")
add("bullet-dot", "以能源合作为重点，缓解巴方长期存在的电力短缺；")
add("bullet-dot", "以交通基础设施和产业合作为两翼，推动喀喇昆仑公路升级改造和沿线经济特区建设。")
add("body", "印度对走廊途经巴控克什米尔一直表示反对。2017年5月13日，印度外交部发表声明，以走廊“无视印度在主权和领土完整方面的核心关切”为由拒绝出席首届“一带一路”国际合作高峰论坛。{“Official Spokesperson’s Response to a Query on Participation of India in OBOR/BRI Forum,” Ministry of External Affairs, Government of India, May 13, 2017, https://www.mea.gov.in/media-briefings.htm?dtl/28463，访问时间：2020年5月6日。}中方则多次表示，中巴经济走廊是经济合作倡议，不针对第三方，不影响中方在克什米尔问题上的原则立场。同年6月9日，印巴在阿斯塔纳峰会上同时成为上海合作组织正式成员国，为双方在多边框架内接触提供了新的平台。同年12月18日，两国政府在伊斯兰堡正式发布《中巴经济走廊远景规划（2017—2030年）》。{按照该规划，走廊建设分为近期、中期和远期三个阶段，近期至2020年，中期至2025年，远期至2030年。}2018年4月27日至28日和2019年10月((11))日至12日，中印领导人先后在武汉和金奈举行非正式会晤，中印关系在洞朗对峙后趋于稳定，也为中国在印巴之间发挥建设性作用创造了条件。")
add("blank")

# ------------------------------------------------------------------ 结语
add("head1", "结　语")
add("body", "七十余年来，印巴关系在战争、危机与和谈之间循环往复。1947—1971年的三次战争塑造了克什米尔的分割格局，《西姆拉协定》确立了控制线和双边解决的框架；1998年的核试验使两国对抗蒙上核阴影，此后的卡吉尔冲突、议会大厦遇袭后的军事对峙和普尔瓦马危机都在核门槛之下展开，大国危机管理的作用因而更加突出。2019年8月第370条的废除，则使印巴围绕克什米尔的分歧从“如何解决”进一步变为“是否存在争端”之争。")
add("body", "中国的角色同样经历了深刻变化。20世纪50年代，中国对克什米尔问题基本保持中立；60年代起，中巴在共同的安全关切下形成战略倚重，中国在1965年和1971年两次战争中公开支持巴方。20世纪80年代末中印关系正常化以后，中国逐渐转向在印巴之间劝和促谈，江泽民主席访问南亚时的表态和卡吉尔冲突期间的立场均体现了这一转变。{方之屏：《中国与南亚：地区安全与大国关系》，时事出版社2013年版，第88—96页。}21世纪以来，随着中巴经济走廊的推进，中国在克什米尔问题上的利益更加直接，如何在维护中巴全天候战略合作伙伴关系的同时稳定中印关系，将是中国南亚外交面临的长期课题。")
add("body", "就克什米尔问题本身而言，《西姆拉协定》以来的双边框架与联合国决议之间的张力依然存在，控制线两侧的民众诉求也远未得到回应。只要印巴之间缺乏基本的政治互信，任何一次恐怖袭击都可能将两国重新拖入危机。在这一背景下，中国坚持劝和促谈，主张依据联合国宪章、安理会有关决议和双边协议和平解决争端，既符合南亚地区的和平稳定，也符合中国自身的长远利益。")
add("blank")

# ------------------------------------------------------------------ English block
add("en-title", "Partition, War and Limited Reconciliation: The Evolution of India-Pakistan Relations and the Kashmir Question (1947-2019)")
add("en-authors", "SHAO Mingyuan, LAN Jingyi")
add("en-affil", "(Center for South Asian and Indian Ocean Studies, Jinjiang University, Chengdu 611731, China)")
add("en-abstract", "Abstract: The Kashmir question is the most intractable legacy of the partition of British India and the main axis of India-Pakistan relations since 1947. Tracing wars, crises and negotiations, this article divides the relationship into four stages and examines the Tashkent Declaration, the Simla Agreement and the Lahore Declaration and their limits. After 1972 the contest shifted from the battlefield to low-intensity conflict along the Line of Control; after the nuclear tests of May 1998 a cycle of crisis, great-power mediation and limited reconciliation took shape, which the revo^cation of Article 370 in August 2019 has put under new strain. China, a strategic partner of Pakistan since the 1960s, has since the late 1980s increasingly urged the two sides to settle their dispute peacefully.")
add("en-keywords", "Key Words: India-Pakistan relations; Kashmir; Simla Agreement; China-Pakistan Economic Corridor; China’s South Asia policy")
add("blank")
add("notes-head", "注释：")

HEAD2_NUMS = "一二三四五六七八九十"

# ---------------------------------------------------------------- build
def parse_notes(text, counter, notes):
    """Replace {..} by markers [n] (or [n-m]) and collect the note texts."""
    out = []
    i = 0
    while True:
        j = text.find("{", i)
        if j < 0:
            out.append(text[i:])
            break
        k = text.find("}", j)
        out.append(text[i:j])
        parts = text[j + 1:k].split("|")
        first = counter[0] + 1
        for p in parts:
            counter[0] += 1
            notes.append(p)
        if len(parts) == 1:
            out.append("[%d]" % first)
        else:
            out.append("[%d-%d]" % (first, counter[0]))
        i = k + 1
    return "".join(out)

def apply_inline(text, clean):
    # tracked changes
    def tr(m):
        old, new = m.group(1), m.group(2)
        return new if (clean or not TRACKED) else old + new
    text = re.sub(r"<<([^|>]*)\|([^>]*)>>", tr, text)
    # full-width digits
    def fw(m):
        return m.group(1) if (clean or not MIXED_WIDTH) else m.group(1).translate(FW)
    text = re.sub(r"\(\(([0-9]+)\)\)", fw, text)
    # nbsp
    text = text.replace("~", "" if clean else ("\u00a0" if NBSP else ""))
    # soft hyphen
    text = text.replace("^", "" if clean else ("\u00ad" if SOFT_HYPHEN else ""))
    return text

def build(clean=False):
    """Return (lines, tags, notes) ; lines without line ends."""
    counter = [0]
    notes = []
    lines, tags = [], []
    h2 = 0
    for tag, text in C:
        if tag == "head1":
            h2 = 0
        if tag == "table-row":
            sep = "\t" if (TABLE_TABS or clean) else "  "
            s = sep.join(text)
        elif tag == "head2":
            num = "（%s）" % HEAD2_NUMS[h2]
            h2 += 1
            s = num + ("\t" if (AUTONUM_TAB and not clean) else "") + text
        elif tag == "bullet-arrow":
            s = (BULLET_ARROW if (BULLETS and not clean) else "") + text
        elif tag == "bullet-dot":
            s = (BULLET_DOT if (BULLETS and not clean) else "") + text
        elif tag == "body-pasted":
            s = ("\u3000\u3000" if (PASTED_INDENT and not clean) else "") + text
        else:
            s = text
        s = parse_notes(s, counter, notes)
        s = apply_inline(s, clean)
        lines.append(s)
        tags.append(tag)
    for n, t in enumerate(notes, 1):
        lines.append("[%d] %s" % (n, apply_inline(t, clean)))
        tags.append("note#%d" % n)
    return lines, tags, notes

def render(clean=False):
    lines, tags, notes = build(clean)
    if clean:
        return "\n".join(lines) + "\n", lines, tags, notes
    eol = "\r\n" if CRLF else "\n"
    text = eol.join(lines) + eol
    if BOM:
        text = "\ufeff" + text
    return text, lines, tags, notes

# ---------------------------------------------------------------- check
def check():
    text, lines, tags, notes = render()
    clean_text, clean_lines, _, _ = render(clean=True)
    n = len(notes)
    assert 35 <= n <= 55, n
    if BOM:
        assert text.startswith("\ufeff") and text.count("\ufeff") == 1
    if CRLF:
        assert text.count("\r\n") == len(lines) and text.count("\r") == len(lines)
        assert text.count("\n") == len(lines)
    # markers in the body: [1]..[n] in order, one range
    body = "\n".join(l for l, t in zip(lines, tags) if not t.startswith("note#"))
    marks = re.findall(r"\[(\d+)(?:-(\d+))?\]", body)
    seq = []
    for a, b in marks:
        seq.extend(range(int(a), int(b or a) + 1))
    assert seq == list(range(1, n + 1)), seq
    ranges = [m for m in marks if m[1]]
    assert len(ranges) == 1 and ranges[0] == ("11", "12"), ranges
    # every note line is present and numbered
    note_lines = [l for l, t in zip(lines, tags) if t.startswith("note#")]
    assert len(note_lines) == n and all(l.startswith("[%d] " % (i + 1)) for i, l in enumerate(note_lines))
    assert lines[tags.index("notes-head")] == "注释："
    # tracked changes: both old and new text survive
    if TRACKED:
        assert body.count("7月3日2日深夜") == 1
        assert body.count("西北边境省开伯尔—普赫图赫瓦省巴拉科特") == 1
        assert "7月2日深夜" in clean_text and "西北边境省开伯尔" not in clean_text
    # mixed full-width / half-width digits in exactly three body lines (55, 62, 81)
    fwl = [i + 1 for i, l in enumerate(lines) if re.search("[０-９]", l)]
    if MIXED_WIDTH:
        assert len(fwl) == 3, fwl
        assert "5月28日和３０日" in body and "２００１年７月14日至16日" in body and "10月１１日至12日" in body
        assert all(re.search("[0-9]", lines[i - 1]) for i in fwl)
    else:
        assert not fwl
    # NBSP
    nb = text.count("\u00a0")
    if NBSP:
        assert "2019\u00a0年\u00a02\u00a0月\u00a014\u00a0日" in body and "造成\u00a040\u00a0名" in body
        assert nb == 9, nb
    # soft hyphens: one in a note, one in the English abstract
    if SOFT_HYPHEN:
        assert text.count("\u00ad") == 2
        assert "Proli\u00adferation" in text and "revo\u00adcation" in text
    # bullets
    if BULLETS:
        arrows = [l for l in lines if l.startswith("\u00d8\t")]
        dots = [l for l in lines if l.startswith("\uf06c\t")]
        assert len(arrows) == 3 and len(dots) == 3
    # auto-numbered level-2 headings
    h2 = [l for l, t in zip(lines, tags) if t == "head2"]
    assert len(h2) == 9
    if AUTONUM_TAB:
        assert all(re.match("（[一二三四五六七八九十]）\t", l) for l in h2)
    # table flattened to tab-separated lines, three cells each
    rows = [l for l, t in zip(lines, tags) if t == "table-row"]
    assert len(rows) == 10 and all(l.count("\t") == 2 for l in rows)
    # pasted paragraphs keep their ideographic-space indent
    pasted = [l for l, t in zip(lines, tags) if t == "body-pasted"]
    if PASTED_INDENT:
        assert len(pasted) == 2 and all(l.startswith("\u3000\u3000") for l in pasted)
    # no stray markup
    for l in lines:
        for ch in "{}~^":
            assert ch not in l, (ch, l[:40])
        assert "<<" not in l and "((" not in l
    # no tabs except table, bullets, headings
    for l, t in zip(lines, tags):
        if "\t" in l:
            assert t in ("table-row", "bullet-arrow", "bullet-dot", "head2"), t
    # where the damage stands (line numbers as in README.md, 1-based, split at "\n")
    def at(pred):
        return [i + 1 for i, l in enumerate(lines) if pred(l)]
    if TRACKED:
        assert at(lambda l: "7月3日2日" in l or "西北边境省开伯尔" in l) == [46, 69]
    if MIXED_WIDTH:
        assert fwl == [55, 62, 81], fwl
    if NBSP:
        assert at(lambda l: "\u00a0" in l) == [69, 95, 101]
    if SOFT_HYPHEN:
        assert at(lambda l: "\u00ad" in l) == [91, 123]
    if BULLETS:
        assert at(lambda l: l.startswith("\u00d8\t")) == [57, 58, 59]
        assert at(lambda l: l.startswith("\uf06c\t")) == [78, 79, 80]
    if PASTED_INDENT:
        assert at(lambda l: l.startswith("\u3000\u3000")) == [60, 69]
    assert [i + 1 for i, t in enumerate(tags) if t == "table-row"] == list(range(16, 26))
    assert tags.index("notes-head") + 1 == 94 and tags.index("note#1") + 1 == 95 and len(lines) == 145
    return True

def main():
    check()
    text, lines, tags, notes = render()
    data = text.encode("utf-8")
    sha = hashlib.sha1(data).hexdigest()
    name = "h14_%s.txt" % sha[:8]
    for old in glob.glob(os.path.join(HERE, "h14_*.txt")):
        if os.path.basename(old) != name:
            os.remove(old)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    if "--clean" in sys.argv:
        sys.stdout.write(render(clean=True)[0])
        return
    print("%s  sha1 %s  %d chars  %d bytes  %d lines  %d notes"
          % (name, sha, len(text), len(data), len(lines), len(notes)))
    if "--report" in sys.argv:
        for i, (l, t) in enumerate(zip(lines, tags), 1):
            shown = l.replace("\t", "<TAB>").replace("\u00a0", "<NBSP>").replace("\u00ad", "<SHY>") \
                     .replace("\ufeff", "<BOM>").replace("\uf06c", "<U+F06C>")
            if i == 1 and BOM:
                shown = "<BOM>" + shown
            print("%4d %-14s %s" % (i, t, shown))

if __name__ == "__main__":
    main()
