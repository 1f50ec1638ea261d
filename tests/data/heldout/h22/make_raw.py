#!/usr/bin/env python3
"""Build the held-out raw file h22_<sha1[:8]>.txt.

The article is a constructed Chinese manuscript on the Iranian nuclear
question (2002-2023), given as the text `pandoc -t plain` would make of the
author's Word file (lines wrapped at 72 columns, a Chinese character counting
two; footnotes as [n] markers and an end list after a line of dashes).

Standard library only, deterministic.

    python3 make_raw.py            write h22_<sha1[:8]>.txt, delete older h22_*.txt
    python3 make_raw.py --report   also print every line with its number and tag
    python3 make_raw.py --check    only build in memory and run check()

Light markup in the clean content below:
    {...}      a Word footnote: replaced by the marker [n], the text goes to
               the note list (n counted in document order)
    ¶          (inside a note) start of the note's second paragraph
    ~          (inside a note) a no-break space U+00A0 as Word stores it
    ⟦...⟧      digits typed full-width by the author (damage)
    ⟨...⟩      punctuation typed half-width by the author (damage)
    ⟪a|b⟫      an unaccepted tracked change: deleted a, inserted b; pandoc
               with --track-changes=all prints both (damage)
    ¤          a middle dot inserted from the Symbol font: U+F0D7 (damage)
    ¬          a Word non-breaking hyphen: U+2011 (damage)
    ‖          a manual line break (Shift+Enter) inside a paragraph (damage)
"""

import glob
import hashlib
import os
import sys
import unicodedata

WIDTH = 72
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "h22_"

# ---------------------------------------------------------------------------
# clean content
# ---------------------------------------------------------------------------

FRONT = [
    ("title", "从德黑兰声明到北京对话：伊朗核问题与大国外交（2002—2023）"
              "{基金项目：教育部人文社会科学研究规划基金项目“大国协调与伊朗核问题的"
              "演变研究”（21YJA810007）。作者简介：沈砚秋，东江大学国际关系学院教授，"
              "主要研究方向为中东国际关系；葛明川，东江大学国际关系学院博士研究生。"
              "收稿日期：2023-06-12；修回日期：2023-09-05。}*"),
    ("author", "沈砚秋　葛明川"),
    ("affil", "（东江大学国际关系学院，广东 惠州 516007）"),
    ("abstract",
     "摘要：伊朗核问题自2002年8月曝光以来，先后经历了欧洲三国主导的外交斡旋、"
     "联合国安理会的多轮制裁、伊核六国与伊朗的全面谈判以及美国退约后的协议危机，"
     "是冷战后大国协调与大国博弈最具代表性的案例之一。本文以2003年德黑兰声明、"
     "2006年伊核问题提交安理会、2015年7月《联合全面行动计划》的达成和2018年5月"
     "美国退出协议等节点为线索，考察美、欧、俄、中等大国在伊核问题上的立场分化与"
     "政策互动。研究认为，伊核外交的起伏既取决于伊朗国内政治周期与美伊互信水平，"
     "也取决于大国之间能否在多边框架内维持最低限度的协调；安理会授权与多边核查"
     "相结合的“规则化”路径是伊核问题取得突破的关键，而单边制裁与“极限施压”"
     "则使这一成果难以为继。2023年3月沙特与伊朗在北京达成和解，显示出以对话"
     "促安全的新思路。"),
    ("keywords", "关键词：伊朗核问题；联合全面行动计划；大国外交；安理会制裁；中国外交"),
    ("clc", "中图分类号：D815.2　　文献标识码：A"),
]

BODY = [
    ("head1", "引言"),
    ("body",
     "2002年8月14日，伊朗反对派组织“伊朗全国抵抗委员会”在华盛顿举行记者会，"
     "披露伊朗正在纳坦兹和阿拉克秘密建设铀浓缩设施和重水生产设施，伊朗核问题由此"
     "浮出水面。{Alireza Jafarzadeh, The Iran Threat: President Ahmadinejad and the "
     "Coming Nuclear Crisis, New York: Palgrave Macmillan, 2007, pp.~131-136; "
     "\"Iran Opposition Group Says Tehran Building Nuclear Sites,\" The Washington "
     "Post, August 15, 2002, p.~A18.}此后二十余年间，伊核问题先后经历了欧洲三国"
     "斡旋、联合国安理会制裁、伊核六国与伊朗的全面谈判以及美国退约后的反复拉锯。"
     "2015年7月14日，伊朗与伊核六国在维也纳"
     "达成《联合全面行动计划》（Joint Comprehensive Plan of Action，JCPOA，以下简称"
     "“全面协议”），一度被视为以多边外交解决防扩散难题的范例。然而，2018年5月8日，"
     "美国总统唐纳德·特朗普宣布退出全面协议，伊核问题再度陷入危机。"
     "{\"Remarks by President Trump on the Joint Comprehensive Plan of Action,\" "
     "The White House, May 8, 2018, https://trumpwhitehouse.archives.gov/"
     "briefings-statements/remarks-president-trump-joint-comprehensive-plan-action/ "
     "[2023-05-20].}"),
    ("body",
     "国内外学界对伊核问题已有丰富的研究。西方学者的研究中不乏当事人的回忆录，"
     "如曾任伊朗核谈判团队发言人的"
     "侯赛因·穆萨维安、美国前副国务卿威廉·伯恩斯和温迪·舍曼的回忆录，以及特丽塔·"
     "帕尔西对奥巴马政府对伊外交的系统考察。{代表性的回忆录和研究包括：Seyed "
     "Hossein Mousavian, The Iranian Nuclear Crisis: A Memoir, Washington, D.C.: "
     "Carnegie Endowment for International Peace, 2012; William J. Burns, The Back "
     "Channel, New York: Random House, 2019; Wendy R. Sherman, Not for the Faint of "
     "Heart, New York: PublicAffairs, 2018; Trita Parsi, Losing an Enemy, "
     "New Haven: Yale University Press, 2017。}国内学者则较多关注伊核问题对中东地区格局的影响以及"
     "中国的立场与作用。{参见林泽宇：《伊核问题与中东地区安全格局的重塑》，载"
     "《西亚非洲》2016年第3期，第45—62页；罗晓岚：《中国参与伊核问题多边外交的"
     "实践与经验》，载《国际问题研究》2018年第5期，第88—103页；赵启明：《大国协调"
     "视角下的伊核问题》，北京：时事出版社，2019年，第1—20页。}不过，现有研究多"
     "聚焦于某一阶段，对2002年以来伊核外交的整体演变及其中大国关系的互动仍缺乏"
     "长时段的考察。"),
    ("body",
     "本文拟以大国协调为视角，分四个阶段梳理2002—2023年伊核外交的主要进程："
     "2002年至2006年欧洲三国主导的外交斡旋；2006年至2013年安理会制裁与“双轨”"
     "战略；2013年至2016年全面协议的谈判与执行；2017年以来美国退约引发的协议危机。"
     "在此基础上，本文还将考察中国在伊核问题上的立场与作用，特别是2023年3月中国"
     "促成沙特与伊朗和解的外交实践。"),

    ("head1", "一、从曝光到提交安理会：欧洲三国斡旋的兴衰（2002—2006）"),
    ("head2", "（一）纳坦兹与阿拉克的曝光和德黑兰声明"),
    ("body",
     "伊朗的核计划起步于20世纪50年代的巴列维王朝时期。伊朗于"
     "1970年批准《不扩散核武器条约》（NPT），"
     "1974年与国际原子能机构签订全面保障监督协定。{1957年3月5日，美伊两国签署民用"
     "核能合作协定；1967年，美国提供的5兆瓦德黑兰研究堆建成运行。伊朗于1968年7月1日"
     "签署《不扩散核武器条约》，1970年2月2日批准该条约；其与国际原子能机构的保障"
     "监督协定（INFCIRC/214）于1974年5月15日生效。参见David Patrikarakos, Nuclear "
     "Iran: The Birth of an Atomic State, London: I.B. Tauris, 2012, pp.~11-34。}"
     "1979年伊斯兰革命后，由联邦德国企业承建的布什尔核电站工程陷于停顿，并在"
     "1980—1988年的两伊战争中多次遭到伊拉克空袭。20世纪90年代，伊朗转而寻求"
     "俄罗斯的合作，1995年1月，俄伊双方签署了续建布什尔核电站的合同。{《俄伊签署"
     "布什尔核电站续建合同》，载《人民日报》1995年1月10日，第6版。}正因如此，"
     "2002年8月的披露在国际社会引起了强烈反响。同年12月，美国有线电视新闻网播出了"
     "纳坦兹设施的商业卫星图片，美国国务院随即指责伊朗“正在积极谋求发展核武器"
     "能力”。"),
    ("body",
     "2003年2月21日，国际原子能机构总干事穆罕默德·巴拉迪率团访问纳坦兹，确认伊朗"
     "已建成一座铀浓缩中试厂，并正在建设规模更大的商业浓缩厂。{Mohamed ElBaradei, "
     "The Age of Deception: Nuclear Diplomacy in Treacherous Times, New York: "
     "Metropolitan Books, 2011, pp.~112-117.}同年6月，巴拉迪向机构理事会提交报告，"
     "指出伊朗未能履行保障监督协定规定的申报义务。9月12日，理事会通过决议，要求"
     "伊朗在10月31日之前澄清其核活动的全部情况，并“立即、无条件地”签署和执行"
     "附加议定书。{IAEA Board of Governors, GOV/2003/69, 12 September 2003, "
     "paras. 3-4.}"),
    ("body",
     "伊拉克战争爆发后，英、法、德三国担心伊核问题重蹈覆辙，决定主动"
     "介入。2003年10月21日，英国外交大臣杰克·斯特劳、法国外长多米尼克·德维尔潘和"
     "德国外长约施卡·菲舍尔联袂访问德黑兰，与伊朗最高国家安全委员会秘书哈桑·鲁哈尼"
     "举行会谈，双方于当天发表联合声明（即“德黑兰声明”）。根据该声明，伊朗方面作出"
     "如下承诺："),
    ("quote",
     "伊朗政府决定与国际原子能机构进行全面合作，以解决并澄清机构提出的所有未决"
     "问题……伊朗政府决定签署附加议定书，并在议定书批准之前依照议定书的规定开展"
     "合作……伊朗虽然拥有在核不扩散体制内和平利用核能的权利，但为了建立信任，伊朗"
     "政府决定自愿暂停国际原子能机构所界定的一切铀浓缩和后处理活动。{\"Statement by "
     "the Iranian Government and Visiting EU Foreign Ministers,\" Tehran, 21 October "
     "2003, https://www.iaea.org/sites/default/files/statement_iran21102003.pdf "
     "[2023-04-10]. 引文由笔者据英文本译出。}"),
    ("body",
     "作为回报，欧洲三国承认伊朗和平利用核能的权利，并表示一旦国际社会的关切得到"
     "解决，伊朗可以更容易地获得现代技术。"
     "同年12月18日，伊朗常驻国际原子能机构代表阿里·阿克巴尔·萨利希在维也纳签署了"
     "附加议定书。{《伊朗签署核不扩散条约附加议定书》，新华社维也纳2003年12月18日电，"
     "载《人民日报》2003年12月19日，第3版。}德黑兰声明是欧洲以“有条件接触”方式"
     "处理防扩散问题的首次尝试，也被视为欧盟共同外交与安全政策在中东问题上的一次"
     "重要实践。[批注: 补充出处]"),
    ("head2", "（二）巴黎协议的破裂与伊核问题的“移交”"),
    ("body",
     "德黑兰声明的执行很快陷入争议。2004年2月4日，巴基斯坦核科学家阿卜杜勒·卡迪尔·汗"
     "在电视讲话中承认曾向他国扩散核技术，随后的调查显示，伊朗曾通过其网络获得P-1"
     "和P-2型离心机的设计图纸。{Gordon Corera, Shopping for Bombs: Nuclear "
     "Proliferation, Global Insecurity, and the Rise and Fall of the A.Q. Khan "
     "Network, New York: Oxford University Press, 2006, pp.~190-195.}同年6月18日，"
     "机构理事会通过决议，对伊朗的合作状况表示“遗憾”，伊朗随即宣布恢复离心机部件的"
     "组装和测试。为避免危机升级，欧洲三国与伊朗展开新一轮谈判，双方于2004年11月15日{IAEA, INFCIRC/637, 26 November 2004. 该文件收录了2004年11月15日"
     "在巴黎签署的协议文本。}"
     "在巴黎签署协议（即“巴黎协议”），伊朗承诺自11月22日起暂停包括铀转化在内的"
     "一切浓缩相关活动，欧伊双方则就“长期安排”展开谈判。欧盟共同外交与安全政策高级代表哈维尔·索拉纳随后加入谈判，谈判机制因而"
     "也被称为“E3/EU”与伊朗的对话。"),
    ("body",
     "然而，伊朗国内政治的变化很快改变了谈判的基础。2005年6月24日，德黑兰市长"
     "马哈茂德·艾哈迈迪¬内贾德在总统选举第二轮投票中击败前总统阿克巴尔·哈什米·"
     "拉夫桑贾尼，当选伊朗第六任总统，并于8月3日正式就职。内贾德以捍卫“核权利”"
     "为号召，批评穆罕默德·哈塔米政府的谈判团队一味退让。8月5日，欧洲三国提出"
     "“长期协议框架”方案，要求伊朗以放弃浓缩活动换取经济与技术合作，被伊方断然"
     "拒绝。8月8日，伊朗在伊斯法罕铀转化设施恢复了铀转化活动；同月，阿里·拉里贾尼"
     "接替鲁哈尼出任最高国家安全委员会秘书兼首席核谈判代表。{Иран возобновил "
     "конверсию урана в Исфахане // Коммерсантъ. 2005. 9 августа. С.~9; 另参见"
     "Mousavian, The Iranian Nuclear Crisis, pp.~182-190。}"),
    ("body",
     "此后局势迅速恶化。2005年9月24日，机构理事会以22票赞成、1票反对、12票弃权"
     "通过决议，认定伊朗长期隐瞒核活动的行为构成“不遵约”{IAEA Board of Governors, GOV/2005/77, 24 September "
     "2005. 委内瑞拉投反对票，中国、俄罗斯等12国投弃权票。}。2006年初，伊核危机全面"
     "升级：1月10日，伊朗揭除了纳坦兹等设施的封条，恢复离心机研发活动；1月30日，"
     "五个常任理事国外长在伦敦会晤，同意由理事会将伊核问题“报告”安理会，但安理会"
     "在3月之前暂不采取行动。2月4日，理事会特别会议以27票赞成、3票反对、5票弃权"
     "通过决议，要求总干事将伊核问题报告安理会。{IAEA Board of Governors, "
     "GOV/2006/14, 4 February 2006. 古巴、叙利亚和委内瑞拉投反对票，阿尔及利亚、"
     "白俄罗斯、印度尼西亚、利比亚和南非投弃权票。}次日，伊朗宣布停止自愿执行附加"
     "议定书，欧洲三国主导的外交斡旋至此宣告失败。"),

    ("head1", "二、安理会制裁与“双轨”战略（2006—2013）"),
    ("head2", "（一）从第1696号决议到第1929号决议"),
    ("body",
     "2006年3月29日，安理会发表主席声明，要求伊朗在30天内全面暂停浓缩活动。"
     "艾哈迈迪-内贾德政府不为所动。4月11日，内贾德在马什哈德宣布，伊朗已成功将铀"
     "浓缩至3.5%的丰度，“跻身拥有核技术国家的行列”。5月31日，美国国务卿康多莉扎·"
     "赖斯宣布，只要伊朗以可核查的方式暂停浓缩活动，美国愿意与欧洲三国一道参加同"
     "伊朗的谈判，这是1980年美伊断交以来美国首次表示愿意在多边框架内与伊朗直接"
     "谈判。6月6日，索拉纳代表中、美、俄、英、法、德六国前往德黑兰，向拉里贾尼递交"
     "了一揽子解决方案，伊核六国（P5+1）的协调机制由此成形。{Condoleezza Rice, "
     "\"Statement on Iran,\" U.S. Department of State, May 31, 2006, "
     "https://2001-2009.state.gov/secretary/rm/2006/67088.htm [2023-04-15].¶"
     "“伊核六国”在美国多称“P5+1”，在欧洲则多称“E3+3”，中文文献中一般称“伊核问题"
     "六国”或“伊核六国”。2006年6月1日，六国外长在维也纳就对伊一揽子方案达成一致，"
     "这一机制此后一直延续至2015年全面协议的达成。本文统一使用“伊核六国”。}"),
    ("body",
     "由于伊朗未在规定期限内作出积极回应，安理会转而采取强制性措施。2006年7月31日，"
     "安理会以14票赞成、1票反对（卡塔尔）通过第1696号决议，要求伊朗在8月31日之前"
     "暂停一切浓缩和后处理活动；同年12月23日，安理会一致通过第1737号决议，首次依据"
     "《联合国宪章》第七章第四十一条对伊朗实施制裁，冻结与伊朗核计划及弹道导弹计划"
     "相关的个人和实体的资产。{S/RES/1696 (2006), 31 July 2006; S/RES/1737 "
     "(2006), 23 December 2006, https://undocs.org/S/RES/1737(2006) [2023-04-16].}"
     "此后，安理会又相继通过第1747号（2007年3月24日）、第1803号（2008年3月3日）和"
     "第1929号（2010年6月9日）等决议，逐步扩大制裁范围（见表1）。其中，第1747号"
     "决议禁止伊朗出口武器，第1929号决议则将伊斯兰革命卫队下属的多家企业列入制裁"
     "名单，并呼吁各国在本国领土内检查可疑的伊朗货物。{S/RES/1929 (2010), 9 June "
     "2010, paras. 14-15; 另参见韩立舟：《安理会对伊朗制裁的演进及其局限》，载"
     "《现代国际关系》2011年第2期，第31—37页。}"),
    ("caption", "表1　安理会涉伊核问题主要决议（2006—2015年）"),
    ("table", [
        ("决议", "通过日期", "表决（赞成/反对/弃权）", "主要内容"),
        ("第1696号", "2006年7月31日", "14/1/0", "要求暂停浓缩活动"),
        ("第1737号", "2006年12月23日", "15/0/0", "首轮制裁"),
        ("第1747号", "2007年3月24日", "15/0/0", "武器出口禁令"),
        ("第1803号", "2008年3月3日", "14/0/1", "扩大旅行禁令"),
        ("第1835号", "2008年9月27日", "15/0/0", "重申此前各项决议"),
        ("第1929号", "2010年6月9日", "12/2/1", "全面武器禁运"),
        ("第2231号", "2015年7月20日", "15/0/0", "核可全面协议"),
    ]),
    ("source", "资料来源：笔者根据联合国安理会相关决议及会议记录整理。"),
    ("body",
     "在制裁问题上，大国之间的分歧始终存在。中俄坚持制裁不能取代外交谈判，反对将"
     "制裁扩大到伊朗正常的经贸往来和民生领域。"
     "中国常驻联合国代表王光亚在第1737号决议通过后发言时指出，制裁“本身不是目的”{UN Security Council, 5612th Meeting, "
     "S/PV.5612, 23 December 2006, p.~7.}，"
     "安理会的行动应当有助于推动谈判进程。俄罗斯则在布什尔核电站问题上坚持与伊朗"
     "合作：2007年12月中旬，俄方开始向布什尔运送核燃料，至2008年1月底共运抵8批。"
     "{Россия завершила поставки ядерного топлива для Бушерской АЭС // РИА Новости. "
     "2008. 28 января. https://ria.ru/20080128/98018713.html [2023-04-20].}与安理会"
     "制裁同步，美国和欧盟还实施了一系列单边制裁。2007年10月25日，美国财政部和国务院"
     "宣布对伊斯兰革命卫队及其下属的“圣城旅”实施制裁，并将伊朗的3家国有银行列入"
     "制裁名单；2012年1月23日，欧盟外长理事会决定对伊朗实施石油禁运，禁令自同年"
     "7月1日起全面生效。{U.S. Department of the Treasury, \"Fact Sheet: Designation "
     "of Iranian Entities and Individuals for Proliferation Activities and Support "
     "for Terrorism,\" October 25, 2007, https://home.treasury.gov/news/press-releases/"
     "hp644 [2023-04-20]; Council Decision "
     "2012/35/CFSP, OJ L 19, 24.1.2012, pp.~22-23.}"),
    ("head2", "（二）福尔多的曝光与“燃料交换”方案的夭折"),
    ("body",
     "2009年1月巴拉克·奥巴马就任美国总统后，美国对伊政策出现调整。3月20日，奥巴马"
     "借伊朗新年诺鲁孜节之机发表视频讲话，直接向“伊朗伊斯兰共和国”的领导人和人民"
     "喊话，表示愿意开展“基于相互尊重的接触”。{\"Videotaped Remarks by the "
     "President in Celebration of Nowruz,\" The White House, March 20, 2009, "
     "参见白宫网站存档页面 [2023-04-22]。}然而，同年6月12日伊朗总统选举后爆发的"
     "大规模抗议，以及秋季福尔多地下浓缩设施的曝光，使美伊接触的空间迅速收窄。"
     "9月21日，伊朗致函国际原子能机构，通报其正在库姆附近建设第二座浓缩设施；"
     "9月25日[批注: 此处日期请核对]，奥巴马与英国首相戈登·布朗、法国总统尼古拉·"
     "萨科齐在匹兹堡二十国集团峰会期间联合发表声明，指责伊朗长期隐瞒这一设施。"
     "{\"Statements by President Obama, French President Sarkozy, and British Prime "
     "Minister Brown on Iranian Nuclear Facility,\" Pittsburgh, September 25, 2009.}"),
    ("body",
     "10月1日，伊核六国与伊朗在日内瓦举行会谈，美国副国务卿伯恩斯与伊朗首席核谈判"
     "代表赛义德·贾利利进行了约45分钟的单独会晤，这是美伊两国近30年来级别最高的"
     "直接接触。会谈原则同意了由伊朗将低浓铀"
     "运往俄罗斯和法国加工为德黑兰研究堆燃料的“燃料交换”方案，但该方案随即在伊朗"
     "国内遭到批评而搁浅。2010年5月17日，巴西总统路易斯·伊纳西奥·卢拉·"
     "达席尔瓦和土耳其总理雷杰普·塔伊普·埃尔多安在德黑兰与内贾德签署三方联合声明，"
     "伊朗同意将1200千克低浓铀运往土耳其存放，以换取研究堆所需的燃料。{\"Joint "
     "Declaration by Iran, Turkey and Brazil,\" Tehran, May 17, 2010, 转引自《伊朗、"
     "土耳其和巴西关于核燃料交换的联合声明》，载《参考消息》2010年5月19日，第2版。¶"
     "需要说明的是，“德黑兰宣言”一词在中文文献中有两种用法：一指2003年10月21日伊朗"
     "与欧洲三国外长发表的联合声明，一指2010年5月17日伊朗、土耳其与巴西三国发表的"
     "联合声明。本文所称“德黑兰声明”均指前者。}美方对此反应冷淡，认为该方案没有"
     "考虑到伊朗自2010年2月起开始生产20%丰度浓缩铀的事实。三周之后，安理会以12票"
     "赞成、2票反对（巴西、土耳其）、1票弃权（黎巴嫩）通过了第1929号决议。"),
    ("body",
     "奥巴马政府在推动安理会制裁的同时，加紧构建单边与多边相结合的金融制裁网络。"
     "2010年7月1日，奥巴马签署《全面伊朗制裁、问责和撤资法》；2011年12月31日签署的"
     "《2012财年国防授权法》第1245条则授权对与伊朗中央银行进行交易的外国金融机构"
     "实施制裁。{Comprehensive Iran Sanctions, Accountability, and Divestment Act of "
     "2010, Public Law 111-195, July 1, 2010; National Defense Authorization Act for "
     "Fiscal Year 2012, Public Law 112-81, §1245, December 31, 2011.}2012年初，伊朗"
     "经济开始明显感受到制裁的压力，当年伊朗原油出口较2011年下降约一半，里亚尔对"
     "美元的汇率在2012年10月初的数日之内暴跌约40%。与此同时，以色列总理本雅明·"
     "内塔尼亚胡多次威胁对伊朗核设施实施军事打击。2012年9月27日，他在第67届联合国"
     "大会上手持一幅炸弹示意图发言，为伊朗的核计划划出了“红线”。"),

    ("head1", "三、从日内瓦到维也纳：全面协议的达成与执行（2013—2016）"),
    ("head2list", (1, "鲁哈尼当选与《联合行动计划》")),
    ("body",
     "2013年6月14日，前首席核谈判代表鲁哈尼在伊朗第十一届总统选举中以50.7%的"
     "得票率在首轮胜出，并于8月4日宣誓就职。{《鲁哈尼宣誓就任伊朗总统》，新华网，"
     "2013年8月4日，http://www.xinhuanet.com/world/2013-08/04/c_116802435.htm "
     "[2023-05-02]。}鲁哈尼任命曾任伊朗常驻联合国代表的穆罕默德·贾瓦德·扎里夫为"
     "外交部长，并将核谈判职能由最高国家安全委员会移交外交部。事实上，早在2013年"
     "3月，美伊两国已在阿曼首都马斯喀特开启秘密接触，伯恩斯和时任副总统约瑟夫·"
     "拜登的国家安全顾问杰克·沙利文均参与其中。9月27日，奥巴马"
     "与正在纽约出席联合国大会的鲁哈尼通电话，这是1979年以来美伊两国元首的首次直接"
     "通话。"),
    ("body",
     "经过多轮谈判，伊核六国与伊朗于2013年11月24日凌晨在日内瓦达成《联合行动计划》"
     "（Joint Plan of Action）。根据这一为期六个月的阶段性协议，伊朗承诺不再生产"
     "丰度高于5%的浓缩铀，稀释或转化现有的20%丰度浓缩铀库存，停止在阿拉克重水堆"
     "安装新的部件，并接受更频繁的核查；作为交换，伊核六国承诺不再增加新的核相关"
     "制裁，并有限度地解冻伊朗的部分海外资产。{\"Joint Plan of Action,\" Geneva, "
     "24 November 2013, https://www.eeas.europa.eu/sites/default/files/docs/2013/"
     "131124_03_en.pdf [2023-05-03].}协议于2014年1月20日起开始执行。欧盟外交与"
     "安全政策高级代表凯瑟琳·阿什顿代表伊核六国主持了这一阶段的谈判。"),
    ("body",
     "此后，全面协议的谈判远比预期艰难。根据《联合行动计划》，各方原定于"
     "⟦2014⟧年⟦7⟧月⟦20⟧日之前达成全面协议，但谈判两度延期：先延至同年⟦11⟧月⟦24⟧日，"
     "再延至⟦2015⟧年⟦6⟧月⟦30⟧日。谈判的主要分歧集中在伊朗保留离心机的数量、阿拉克"
     "重水堆的改造方案、解除制裁的顺序以及对“可能的军事层面”问题的核查等方面。"),
    ("head2list", (2, "从洛桑框架到第2231号决议")),
    ("body",
     "2015年3月下旬，伊核六国外长与扎里夫齐聚瑞士洛桑，展开了长达八天的马拉松式"
     "谈判。4月2日，欧盟外交与安全政策高级代表费代丽卡·莫盖里尼和扎里夫在洛桑联合"
     "⟪宣读了|发表了⟫共同声明，宣布各方已就全面协议的“关键参数”达成一致。"
     "{\"Joint Statement by EU High Representative Federica Mogherini and Iranian "
     "Foreign Minister Javad Zarif,\" Lausanne, 2 April 2015, https://eeas.europa.eu/"
     "statements-eeas/2015/150402_03_en.htm [2023-05-06].}根据这一框架，伊朗将在"
     "10年内把运行的离心机从约19000台削减至6104台，其中仅5060台用于浓缩；15年内"
     "浓缩丰度不超过3.67%，低浓铀库存不超过300千克；福尔多设施则改造为核物理与技术"
     "研究中心。美国国务卿约翰·克里在当天的记者会上称这是“一个良好的框架”。"),
    ("body",
     "洛桑框架达成后，各方又经过三个多月的艰苦谈判。2015年7月14日，伊核六国与伊朗"
     "在维也纳宣布达成全面协议。协议正文连同5个附件长达159页，对伊朗核计划的规模、"
     "核查方式、制裁解除的步骤以及争端解决机制作出了详细规定。{\"Joint "
     "Comprehensive Plan of Action,\" Vienna, 14 July 2015, INFCIRC/887, 31 July "
     "2015; 中文报道参见《伊核问题全面协议达成》，载《人民日报》2015年7月15日，"
     "第3版。}7月20日，安理会一致通过第2231号决议，核可全面协议，并规定在协议"
     "“执行日”终止此前第1696号、第1737号、第1747号、第1803号、第1835号和第1929号"
     "决议的各项规定。第2231号决议还设置了“快速恢复制裁”（\"snapback\"）机制："
     "任何一个协议参与方若认为另一方“严重不履约”，均可通知安理会，除非安理会在"
     "30天内通过决议继续暂停制裁，否则此前各项决议规定的制裁将自动恢复。{参见"
     "S/RES/2231 (2015), 20 July 2015, paras. 10-12。若安理会在30天内未能通过继续"
     "终止制裁的决议，此前决议的规定即恢复适用，但“不具有追溯效力”。}"),
    ("body",
     "2015年10月18日，全面协议进入“通过日”，各方开始为执行协议做准备。同年底，"
     "伊朗将约98%的浓缩铀库存运往俄罗斯，并拆除了约1.3万台离心机，阿拉克重水堆的"
     "堆芯也被拆除并以混凝土封堵。2016年1月16日，国际原子能机构总干事天野之弥宣布，"
     "机构已核实伊朗完成了协议规定的各项步骤，全面协议由此进入“执行日”，美欧随即"
     "解除了与核问题相关的经济和金融制裁。{IAEA, \"Verification and Monitoring in "
     "the Islamic Republic of Iran in Light of United Nations Security Council "
     "Resolution 2231 (2015),\" GOV/INF/2016/1, 16 January 2016.}然而，美伊之间的"
     "摩擦并未就此停止。就在执行日前夕的1月12日，两艘美国海军巡逻艇在波斯湾法尔西岛"
     "附近被伊斯兰革命卫队扣押，艇上10名水兵于次日获释。"),

    ("head1", "四、美国退约、“极限施压”与协议危机（2017—2023）"),
    ("head2", "（一）美国退约与“快速恢复制裁”之争"),
    ("body",
     "2017年1月特朗普入主白宫后，美国对伊政策急剧转向。特朗普在竞选期间曾多次称"
     "全面协议是“有史以来最糟糕的协议”。同年10月13日，他宣布拒绝向国会认证伊朗"
     "遵守协议，但暂未退出。{\"Remarks by President Trump on Iran Strategy,\" The "
     "White House, October 13, 2017, https://trumpwhitehouse.archives.gov/"
     "briefings-statements/remarks-president-trump-iran-strategy/ [2023-05-10].}"
     "2018年5月8日，特朗普正式宣布美国退出全面协议，并恢复对伊朗的全部制裁。"
     "5月21日，国务卿迈克·蓬佩奥在传统基金会发表演讲，提出与伊朗达成“新协议”的"
     "12项条件，涵盖停止一切浓缩活动、停止弹道导弹研发以及从叙利亚撤出伊朗指挥的"
     "部队等内容。{Michael R. Pompeo, \"After the Deal: A New Iran Strategy,\" "
     "Remarks at the Heritage Foundation, Washington, D.C., May 21, 2018, "
     "https://2017-2021.state.gov/after-the-deal-a-new-iran-strategy/ [2023-05-12].}"
     "美国财政部随后分两批恢复对伊制裁：第一批于8月7日生效，涉及汽车、黄金和金属"
     "等领域；第二批于11月5日生效，覆盖能源、航运和金融领域。"),
    ("body",
     "美国的单边行动遭到其他参与方的一致反对。中国外交部发言人表示，中方将继续与"
     "有关各方保持沟通合作，维护和执行全面协议。{《2018年5月9日外交部发言人陆慷"
     "主持例行记者会》，中华人民共和国外交部网站，https://www.fmprc.gov.cn/web/"
     "fyrbt_673021/jzhsl_673025/t1557781.shtml [2023-05-12]。}欧盟于2018年8月7日"
     "更新了1996年制定的《阻断法令》，并与英法德一道推动建立绕开美元结算体系的特殊"
     "目的机制。2019年1月31日，英法德三国宣布成立“贸易往来支持工具”（INSTEX），"
     "但该机制直至2020年3月31日才完成第一笔交易，且仅涉及医疗物资。面对美国的"
     "“极限施压”（\"maximum pressure\"），伊朗自2019年5月8日起，即美国退约一周年"
     "之际，宣布分阶段中止履行全面协议规定的部分义务，每60天采取一步。"),
    ("body",
     "2019年夏季，海湾地区的安全形势急剧恶化。5月和6月，阿曼湾先后发生多起油轮"
     "遇袭事件；6月20日，伊斯兰革命卫队在霍尔木兹海峡附近击落一架美国“全球鹰”"
     "无人机，特朗普一度批准对伊朗实施报复性打击，又在最后时刻予以取消。"
     "{\"Trump Approves Strikes on Iran, but Then Abruptly Pulls Back,\" The New York "
     "Times, June 21, 2019, p.~A1.}‖9月14日，沙特阿美公司位于阿布盖格和胡赖斯的石油设施遭到无人机和导弹袭击，沙特一半的原油产量一度"
     "中断。也门胡塞武装宣称对袭击负责，美国和沙特则指责伊朗是幕后主使。"),
    ("body",
     "2020年1月3日，美军在巴格达国际机场附近以无人机空袭击毙伊斯兰革命卫队“圣城旅”"
     "指挥官卡西姆·苏莱曼尼。{U.S. Department of Defense, \"Statement by the "
     "Department of Defense,\" January 2, 2020, https://www.defense.gov/News/"
     "Releases/Release/Article/2049534/ [2023-05-15]. 该声明于美国东部时间1月2日晚"
     "发布，空袭发生时巴格达当地时间为1月3日凌晨。}伊朗最高领袖阿里·哈梅内伊誓言"
     "予以“严厉报复”。1月5日，伊朗政府宣布不再遵守全面协议对离心机数量的限制，"
     "这是其分阶段中止履约的“第五步”，也是最后一步；1月8日凌晨，伊斯兰革命卫队"
     "向美军驻扎的伊拉克阿萨德空军基地等目标发射了十余枚弹道导弹。同日，伊斯兰革命"
     "卫队防空部队误击一架乌克兰国际航空公司客机，机上176人全部遇难。"),
    ("body",
     "2020年1月14日，英法德三国援引全面协议第36条启动争端解决机制，指责伊朗违约。"
     "{\"E3 Foreign Ministers' Statement on the JCPoA: 14 January 2020,\" GOV.UK, "
     "https://www.gov.uk/government/news/e3-foreign-ministers-statement-on-the-"
     "jcpoa-14-january-2020 [2023-05-16].}而已经退约的美国则试图直接利用第2231号"
     "决议中的“快速恢复制裁”机制。同年8月14日，美国提出的延长对伊武器禁运的决议"
     "草案在安理会表决时仅获美国和多米尼加共和国2票赞成，中俄投反对票，其余11个"
     "理事国弃权。8月20日，蓬佩奥前往联合国总部，致函安理会轮值主席，通报伊朗"
     "“严重不履约”并要求启动“快速恢复制裁”程序。安理会15个理事国中有13个致函表示"
     "反对，认为美国已不再是第2231号决议所指的“参与方”。9月19日，美国单方面宣布联合国对伊朗的制裁“已经恢复”，但这一主张"
     "几乎没有得到其他国家的承认。{Michael R. Pompeo, \"The Return of UN Sanctions "
     "on the Islamic Republic of Iran,\" Press Statement, U.S. Department of State, "
     "September 19, 2020; 关于美国8月20日致安理会的信函及13个理事国的回复，参见"
     "S/2020/815、S/2020/826等文件。}10月18日，根据第2231号决议的规定，联合国对"
     "伊朗的常规武器禁运如期解除。"),
    ("head2", "（二）维也纳复谈与伊朗核活动的升级"),
    ("body",
     "2021年1月拜登就任美国总统后，表示愿意在伊朗恢复全面履约的前提下重返协议。"
     "但此前伊朗国内已出现强硬反弹：2020年11月27日，伊朗核科学家穆赫辛·法赫里扎德"
     "在德黑兰附近遇袭身亡；12月2日，伊朗宪法监护委员会批准了议会通过的《取消制裁"
     "和保护伊朗人民利益战略行动法》，要求政府提高浓缩丰度并限制国际核查。{《伊朗"
     "宪法监护委员会批准“战略行动法”》，新华网，2020年12月2日，http://www.news.cn/"
     "world/2020-12/02/c_1126814350.htm [2023-05-18]。}2021年2月23日起，伊朗停止"
     "执行附加议定书。此前两天，国际原子能机构总干事拉斐尔·格罗西访问德黑兰，与"
     "伊朗原子能组织达成为期三个月的临时技术谅解，使机构得以维持部分核查活动。"
     "{IAEA, \"Joint Statement by the Vice-President of the Islamic Republic of Iran "
     "and Head of the AEOI and the Director General of the IAEA,\" Tehran, 21 "
     "February 2021, https://www.iaea.org/newscenter/pressreleases/joint-statement-"
     "by-the-vice-president-of-the-islamic-republic-of-iran-and-head-of-the-aeoi-and-"
     "the-director-general-of-the-iaea [2023-05-18].}"),
    ("body",
     "4月6日，全面协议联合委员会在维也纳召开会议，美伊两国通过欧盟等参与方开展"
     "“间接谈判”，维也纳复谈由此启动。仅数日之后，纳坦兹设施于4月11日遭到破坏，"
     "伊方指责以色列实施了“核恐怖主义”行动。4月13日，伊朗副外长阿巴斯·阿拉格齐"
     "宣布伊朗将开始生产丰度为60%的浓缩铀；三天后，伊朗原子能组织主席萨利希证实"
     "首批60%丰度浓缩铀已经产出。同年6月18日，司法总监易卜拉欣·"
     "莱希在总统选举中胜出，并于8月5日宣誓就职。莱希政府任命阿里·巴盖里·卡尼为"
     "首席谈判代表，维也纳谈判在中断五个多月后，于11月29日恢复。"),
    ("body",
     "⟨2022年3月，各方一度接近达成恢复履约的文本，但美国拒绝将伊斯兰革命卫队从"
     "“外国恐怖组织”名单中移除，谈判再度陷入僵局。8月8日，欧盟外交与安全政策高级"
     "代表何塞普·博雷利提交了“最终文本”，伊美双方随后通过欧盟多次交换意见（书面"
     "回复），但未能弥合分歧。同年9月中旬，伊朗国内因玛莎·阿米尼之死爆发大规模"
     "抗议，欧美对伊政策进一步趋于强硬，维也纳谈判事实上陷入停滞。2023年2月底，"
     "国际原子能机构在报告中披露，其于1月在福尔多检测到丰度达83.7%的铀颗粒，伊核"
     "问题的不确定性进一步上升。⟩{IAEA Board of Governors, GOV/2023/8, 28 February 2023, "
     "para.~10.}"),

    ("head1", "五、中国的角色：从参与多边谈判到促成沙伊和解"),
    ("body",
     "作为安理会常任理事国和伊核六国成员，中国始终主张通过政治和外交手段解决伊核"
     "问题。2006年至2010年间，中国参与了安理会涉伊核问题各项决议的磋商，在支持维护"
     "国际核不扩散体系权威的同时，努力避免制裁影响伊朗民生和正常的经贸往来。"
     "在全面协议谈判的最后阶段，中国就阿拉克重水堆的改造提出了建设性"
     "方案。2015年10月18日，中国、美国和伊朗三国外长发表联合声明，确认由中方与伊方"
     "组建联合工作组，牵头负责阿拉克重水堆的改造设计与建设。{《中美伊三国外长关于"
     "阿拉克重水堆改造的联合声明》，中华人民共和国外交部网站，2015年10月18日。}"),
    ("pasted", [
        "2016年1月22日至23日，国家主席习近平对伊朗进行国事访问，这",
        "是14年来中国国家元首首次访问伊朗。①两国宣布建立全面战",
        "略伙伴关系，并同意在“一带一路”框架下扩大各领域合作。此次",
        "中东之行，习近平先后访问了沙特阿拉伯、埃及和伊朗，而就在同",
        "年1月3日，沙特刚刚宣布与伊朗断绝外交关系。{《中华人民共和国和伊朗"
        "伊斯兰共和国关于建立全面战略伙伴关系的联合声明》，载《人民日报》"
        "2016年1月24日，第2版。}",
    ]),
    ("body",
     "美国退约后，中国坚持维护全面协议的有效性。2020年9月，中国外交部发言人指出，"
     "美国早已退出全面协议，不再是协议参与方，无权要求安理会启动“快速恢复制裁”"
     "机制。2021年3月27日，国务委员兼外长王毅在德黑兰与扎里夫签署《中伊全面合作"
     "计划》，为两国未来25年的合作勾画了蓝图。{《王毅同伊朗外长扎里夫签署中伊全面"
     "合作计划》，新华网，2021年3月27日，http://www.news.cn/world/2021-03/27/"
     "c_1127263101.htm [2023-05-25]。}"),
    ("body",
     "在伊朗与海湾阿拉伯国家的关系上，中国的斡旋取得了突破性进展。2023年2月14日"
     "至16日，伊朗总统莱希对中国进行国事访问；3月6日至10日，沙特国务大臣兼国家安全"
     "顾问穆萨伊德·本·穆罕默德¤艾班与伊朗最高国家安全委员会秘书阿里·沙姆哈尼在"
     "北京举行会谈。3月10日，中沙伊三方发表联合声明，宣布沙伊两国同意恢复外交关系，"
     "王毅主持了会谈闭幕会。{《中华人民共和国、沙特阿拉伯王国、伊朗伊斯兰共和国"
     "三方联合声明》，中华人民共和国外交部网站，2023年3月10日，https://www.mfa.gov.cn/"
     "wjbxw_new/202303/t20230310_11039137.shtml [2023-06-01]。}根据联合声明，沙伊"
     "双方同意："),
    ("list", [
        "在不超过两个月的期限内恢复双方外交关系，重开两国使馆和代表机构；",
        "尊重国家主权，不干涉他国内政；",
        "激活两国于2001年4月17日签署的安全合作协议，以及1998年5月27日签署的经济、"
        "贸易、投资、技术、科学、文化、体育和青年领域总协议。{上述两项协议的名称，"
        "中文报道译法不一，此处依据三方联合声明中文本。两项协议分别签署于伊历1380年"
        "和1377年，即沙特与伊朗关系因1997年12月伊斯兰会议组织德黑兰峰会而明显改善的"
        "时期。}",
    ]),
    ("body",
     "2023年4月6日，沙特外交大臣费萨尔·本·法尔汉与伊朗外长侯赛因¤阿米尔-阿卜杜拉"
     "希扬在北京会晤，宣布两国外交关系即日起恢复。6月6日，伊朗驻沙特大使馆在利雅得"
     "重新开馆。沙伊和解的达成，一方面得益于两国自2021年4月起在巴格达举行的多轮"
     "对话，另一方面也反映出中国作为“可信赖的调解方”所具有的独特优势。2023年7月4日，"
     "伊朗正式成为上海合作组织成员国，中伊、中沙之间的多边合作得到进一步拓展。"),

    ("head1", "结语"),
    ("body",
     "回顾二十余年的伊核外交，可以归纳出三条基本线索。其一，伊朗国内政治周期深刻"
     "影响着谈判的走向：哈塔米和鲁哈尼执政时期更倾向于以谈判换取制裁的解除，内贾德和"
     "莱希执政时期则更强调“核权利”与“抵抗”。其二，大国"
     "协调是伊核问题取得进展的前提。2006～2010年安理会能够连续通过制裁决议，2015年"
     "全面协议得以达成，均以美、欧、俄、中之间的基本共识为基础；而美国退约之后，"
     "大国协调机制的破裂直接导致了协议的瓦解。其三，多边核查与安理会授权相结合的"
     "“规则化”路径，比单边制裁和军事威胁更有利于实现防扩散目标。"),
    ("body",
     "当前，伊核问题仍处于高度不确定的状态。根据第2231号决议，全面协议规定的有关"
     "限制将于2025年10月陆续到期，届时安理会对伊核问题的审议也将正式终止。{根据"
     "第2231号决议第8段，在协议通过日之后十年，即2025年10月18日（“终止日”），该"
     "决议的各项规定将全部终止，安理会将不再审议伊核问题，除非此前已触发“快速恢复"
     "制裁”程序。}2023年3月北京对话的成功表明，以对话化解分歧、以发展促进安全的中国方案，可以"
     "为中东地区热点问题的解决提供有益的启示。"),
]

BACK = [
    ("english-title",
     "From the Tehran Declaration to the Beijing Dialogue: The Iranian Nuclear "
     "Issue and Great-Power Diplomacy (2002-2023)"),
    ("english-authors", "SHEN Yanqiu, GE Mingchuan"),
    ("english-affil",
     "(School of International Relations, Dongjiang University, Huizhou 516007, "
     "China)"),
    ("english-abstract",
     "Abstract: Since its exposure in August 2002, the Iranian nuclear issue has "
     "passed through European mediation, UN Security Council sanctions, the "
     "negotiations that produced the Joint Comprehensive Plan of Action (JCPOA) in "
     "July 2015, and the crisis that followed the US withdrawal in May 2018. This "
     "article argues that progress depended on a minimum of great-power "
     "coordination within multilateral frameworks. The Saudi-Iranian "
     "reconciliation reached in Beijing in March 2023 points to a new approach."),
    ("english-keywords",
     "Key Words: Iranian nuclear issue; JCPOA; great-power diplomacy; Security "
     "Council sanctions; Chinese diplomacy"),
]

NOTES_RULE = "-" * 32

# ---------------------------------------------------------------------------
# damage switches (asserted by check())
# ---------------------------------------------------------------------------

FW = str.maketrans("0123456789", "０１２３４５６７８９")
HALF = str.maketrans({"，": ",", "。": ".", "（": "(", "）": ")", "；": ";", "：": ":"})
PUA_DOT = "\uf0d7"
NB_HYPHEN = "\u2011"
NBSP = "\u00a0"

# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

WIDE_AMBIG = set("“”‘’—…·")


def cw(ch):
    """Columns of one character in this model of pandoc's layout."""
    if ch in WIDE_AMBIG:
        return 2
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def sw(s):
    return sum(cw(c) for c in s)


def tokenize(text):
    """(space_before, token): a wide character is a token of its own; a run of
    narrow non-space characters is one unbreakable token; ' ' separates."""
    toks = []
    cur = ""
    sp = False
    for ch in text:
        if ch == " ":
            if cur:
                toks.append((sp, cur))
                cur = ""
                sp = False
            sp = True
            continue
        if cw(ch) == 2:
            if cur:
                toks.append((sp, cur))
                cur = ""
                sp = False
            toks.append((sp, ch))
            sp = False
        else:
            cur += ch
    if cur:
        toks.append((sp, cur))
    return toks


def wrap(text, first="", cont="", width=WIDTH):
    lines = []
    line, lw, empty = first, sw(first), True
    for sp, tok in tokenize(text):
        tw = sw(tok)
        gap = 1 if (sp and not empty) else 0
        if not empty and lw + gap + tw > width:
            lines.append(line)
            line, lw, empty = cont + tok, sw(cont) + tw, False
        else:
            line += (" " if gap else "") + tok
            lw += gap + tw
            empty = False
    lines.append(line)
    return [l.rstrip(" ") for l in lines]


class Doc:
    def __init__(self):
        self.out = []        # (line, tag)
        self.notes = []      # list of note texts (with ¶ and ~ markup)

    def emit(self, line, tag):
        self.out.append((line, tag))

    def blank(self):
        self.emit("", "blank")

    def take_notes(self, text):
        res = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "{":
                j = text.index("}", i)
                self.notes.append(text[i + 1:j])
                res.append("[%d]" % len(self.notes))
                i = j + 1
            else:
                res.append(ch)
                i += 1
        return "".join(res)


def inline(text):
    """Apply the author-side damage markup of one paragraph."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "⟦":
            j = text.index("⟧", i)
            out.append(text[i + 1:j].translate(FW))
            i = j + 1
        elif ch == "⟨":
            j = text.index("⟩", i)
            out.append(text[i + 1:j].translate(HALF))
            i = j + 1
        elif ch == "⟪":
            j = text.index("⟫", i)
            d, ins = text[i + 1:j].split("|")
            out.append(d + ins)
            i = j + 1
        elif ch == "¤":
            out.append(PUA_DOT)
            i += 1
        elif ch == "¬":
            out.append(NB_HYPHEN)
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def render_table(doc, rows):
    ncol = len(rows[0])
    widths = [max(sw(r[k]) for r in rows) for k in range(ncol)]

    def row(cells):
        parts = [c + " " * (widths[k] - sw(c)) for k, c in enumerate(cells)]
        return ("  " + " ".join(parts)).rstrip(" ")

    doc.emit(row(rows[0]), "table-head")
    doc.emit("  " + " ".join("-" * w for w in widths), "table-rule")
    for r in rows[1:]:
        doc.emit(row(r), "table-row")


def build():
    doc = Doc()
    blocks = FRONT + BODY + BACK
    first = True
    for kind, val in blocks:
        if not first:
            doc.blank()
        first = False
        if kind == "table":
            render_table(doc, val)
            continue
        if kind == "list":
            for item in val:
                t = inline(doc.take_notes(item))
                for k, l in enumerate(wrap(t, "-   ", "    ")):
                    doc.emit(l, "list")
            continue
        if kind == "pasted":
            for k, piece in enumerate(val):
                if k:
                    doc.blank()
                t = inline(doc.take_notes(piece))
                for l in wrap(t):
                    doc.emit(l, "body-pasted")
            continue
        if kind == "head2list":
            num, text = val
            for l in wrap(inline(doc.take_notes(text)), "%d.  " % num, "    "):
                doc.emit(l, "head2-list")
            continue
        text = inline(doc.take_notes(val))
        if kind == "quote":
            for l in wrap(text, "    ", "    "):
                doc.emit(l, "quote")
            continue
        segs = text.split("‖")
        for si, seg in enumerate(segs):
            ls = wrap(seg)
            for k, l in enumerate(ls):
                tag = kind
                if kind == "body":
                    if si == 0 and k == 0:
                        tag = "body:P"
                    if k == len(ls) - 1 and si < len(segs) - 1:
                        tag = "body:BR"
                    elif k == len(ls) - 1 and si == len(segs) - 1:
                        tag = "body:L" if tag == "body" else tag + "L"
                doc.emit(l, tag)
    # notes
    doc.blank()
    doc.emit(NOTES_RULE, "notes-rule")
    for n, note in enumerate(doc.notes, 1):
        doc.blank()
        paras = note.replace("~", NBSP).split("¶")
        for k, l in enumerate(wrap(paras[0], "[%d] " % n, "    ")):
            doc.emit(l, ("note#%d" if k == 0 else "note-cont#%d") % n)
        for p in paras[1:]:
            doc.blank()
            for l in wrap(p, "    ", "    "):
                doc.emit(l, "note-p2#%d" % n)
    text = "\n".join(l for l, _ in doc.out) + "\n"
    return text, doc


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------

def check(text, doc):
    import re
    lines = text.split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    tags = [t for _, t in doc.out]
    assert len(lines) == len(tags)
    nnotes = len(doc.notes)
    assert 35 <= nnotes <= 55, nnotes

    # no trailing spaces; widths <= 72 except a line ending in an unbreakable URL
    for i, l in enumerate(lines, 1):
        assert not l.endswith(" "), i
        if sw(l) > WIDTH:
            assert "http" in l.split(" ")[-1] or "http" in l.split(" ")[-2], (i, l)

    rule = lines.index(NOTES_RULE)
    body = "\n".join(lines[:rule])
    notes = "\n".join(lines[rule + 1:])

    # markers: [1]..[N] in order, each once, all before the rule
    found = [int(m) for m in re.findall(r"\[(\d+)\]", body)]
    assert found == list(range(1, nnotes + 1)), found
    # each note starts with "[n] " at column 0
    starts = [int(m) for m in re.findall(r"^\[(\d+)\] ", notes, re.M)]
    assert starts == list(range(1, nnotes + 1))

    # switch 1: custom footnote mark on the title
    assert lines[0].endswith("[1]*"), lines[0]
    # switch 2: two reviewer comments, one right after a date, one after a sentence
    assert body.count("[批注:") == 2
    flat = body.replace("\n", "")
    assert "9月25日[批注: 此处日期请核对]" in flat
    assert "重要实践。[批注: 补充出处]" in flat
    # switch 3: full-width digits in exactly one paragraph
    fwl = [i for i, l in enumerate(lines) if re.search("[０-９]", l)]
    assert fwl and fwl == list(range(fwl[0], fwl[-1] + 1)), fwl
    assert "２０１４年７月２０日" in flat and "２０１５年６月３０日" in flat
    # switch 4: half-width punctuation paragraph
    assert "2022年3月,各方" in flat and "陷入停滞.2023年2月底," in flat
    # switch 5: Symbol-font dots (PUA) twice, non-breaking hyphen once
    assert text.count(PUA_DOT) == 2
    assert text.count(NB_HYPHEN) == 1 and "艾哈迈迪" + NB_HYPHEN + "内贾德" in flat
    # switch 6: tracked change printed with both texts
    assert "联合宣读了发表了共同声明" in flat
    # switch 7: manual line break: a body line ending in a marker, next line 9月14日
    br = [i for i, t in enumerate(tags) if t == "body:BR"]
    assert len(br) == 1 and lines[br[0] + 1].startswith("9月14日"), br
    assert re.search(r"\[\d+\]$", lines[br[0]])
    # switch 8: pasted-from-PDF paragraph in 5 one-line paragraphs, stray ①
    pl = [i for i, t in enumerate(tags) if t == "body-pasted"]
    assert len(pl) == 5 and text.count("①") == 1, pl
    assert lines[pl[3]].endswith("而就在同")
    # switch 9: auto-numbered sub-headings rendered as pandoc list items
    h2l = [lines[i] for i, t in enumerate(tags) if t == "head2-list"]
    assert [h[:4] for h in h2l] == ["1.  ", "2.  "], h2l
    # switch 10: a hyperlink whose URL pandoc dropped (note on Nowruz)
    nowruz = [n for n in doc.notes if "Nowruz" in n][0]
    assert "http" not in nowruz and "白宫网站存档页面" in nowruz
    # form: two notes with a second paragraph, block quote, list, table
    p2 = [k for k, n in enumerate(doc.notes, 1) if "¶" in n]
    assert len(p2) == 2 and all("note-p2#%d" % k in tags for k in p2), p2
    assert all(lines[i].startswith("    ") for i, t in enumerate(tags) if t == "quote")
    assert sum(1 for i, t in enumerate(tags) if t == "list" and lines[i].startswith("-   ")) == 3
    assert tags.count("table-row") == 7
    # no-break spaces only in notes
    assert NBSP not in body and notes.count(NBSP) >= 5
    # straight quotes in Latin text; no curly quotes in the notes' English
    assert not re.search(r"“[A-Za-z][^”]* [A-Za-z][^”]*”|[A-Za-z]’[a-z]", text)
    assert text.count('"') >= 40
    return True


def main():
    text, doc = build()
    check(text, doc)
    if "--check" in sys.argv:
        print("ok")
        return
    data = text.encode("utf-8")
    sha = hashlib.sha1(data).hexdigest()
    name = "%s%s.txt" % (PREFIX, sha[:8])
    for old in glob.glob(os.path.join(HERE, PREFIX + "*.txt")):
        if os.path.basename(old) != name:
            os.remove(old)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    if "--report" in sys.argv:
        for i, (l, t) in enumerate(doc.out, 1):
            print("%4d %-14s %s" % (i, t, l))
    print("%s  sha1 %s  %d chars  %d bytes  %d lines  %d notes" % (
        name, sha, len(text), len(data), text.count("\n"), len(doc.notes)))


if __name__ == "__main__":
    main()
