#!/usr/bin/env python3
"""Build the held-out raw article h05 (constructed; see README.md).

Standalone, standard library only, deterministic.

    python3 make_raw.py            # writes h05_<sha1[:8]>.txt, deletes older h05_*.txt
    python3 make_raw.py --report   # also prints every line with number, em width,
                                   # length and tag

Markup in BODY:
    "# ..."      heading on its own line
    "{...}"      a footnote; its superscript number is put where the brace stands
    "⟪...⟫"      a date whose digits may be cut by the line break (damage 5)
Notes are numbered 1, 2, 3 ... through the whole article (superscript style):
in the text layer the marker is the bare number glued to the text, and the
note at the page foot starts with the number and a space.
"""
import glob
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

JOURNAL_HEADER = "南方国际关系评论 2021年第2期"
SHORT_TITLE = "中国与拉美国家关系的演进（1960—2020）"
FIRST_PAGE = 33
BODY_WIDTH = 34.0      # em
NOTE_WIDTH = 42.0      # em
PAGE_LINES = 36        # text lines for body + notes on a normal page
FIRST_PAGE_LINES = 36  # on page 1, counted after the front matter

# damage switches (page numbers as printed)
LOST_NOTE_NUMBER = (35, 1)     # page, index of the note on that page (0-based)
NOTE_CONTINUES = 38            # the last note of this page runs on to the next page
HEADER_MIDDLE = (41, 9)        # page, header put after this many body lines
NO_FURNITURE = 43              # page printed without header and page number

FRONT = [
    "· 区域与国别研究 ·",
    "从“民间先行”到“整体合作”：",
    "中国与拉美国家关系的演进（1960—2020）",
    "贺明澜  钟逸帆",
    "（南岭大学 国际关系学院，广东 广州 510699）",
]

ABSTRACT = (
    "摘 要：1960年9月中古建交以来，中国同拉丁美洲和加勒比国家的关系走过了"
    "六十年的历程。20世纪60年代，中拉交往以民间往来为主；70年代，以智利、"
    "墨西哥、巴西等国为代表的建交潮使中拉关系实现由民到官的转变；90年代以后，"
    "经贸合作成为双边关系的主要动力，2007年中拉贸易额突破1000亿美元。2008年和"
    "2016年中国两次发表对拉美和加勒比政策文件，2015年1月中拉论坛首届部长级会议"
    "召开，中拉关系进入整体合作与双边合作并行的新阶段。2017年以后，“一带一路”"
    "倡议向拉美延伸，巴拿马、多米尼加、萨尔瓦多相继同中国建交。美国因素始终是"
    "影响中拉关系的重要外部变量。"
)
KEYWORDS = "关键词：中拉关系；拉共体；中拉论坛；“一带一路”；美国因素"
CLC = "中图分类号：D822.373　　文献标识码：A　　文章编号：2096-7815（2021）02-0033-18"
DOI = "DOI：10.16518/j.cnki.nfgjgx.2021.02.003"

FIRST_FOOT = [
    "收稿日期：2020-12-08",
    "基金项目：南岭大学区域国别研究专项“新时代中拉整体合作的路径研究”（NLQY2020-07）",
    "作者简介：贺明澜，南岭大学国际关系学院副教授，法学博士；钟逸帆，南岭大学国际关系学院硕士研究生。",
]

ENGLISH = [
    ("title", "From “People-to-People First” to “Comprehensive Cooperation”: The Evolution of China’s Relations with Latin America (1960-2020)"),
    ("title", "HE Minglan  ZHONG Yifan"),
    ("title", "(School of International Relations, Nanling University, Guangzhou 510699, China)"),
    ("en", "Abstract: Since China and Cuba established diplomatic relations in September 1960, relations between China and the countries of Latin America and the Caribbean have gone through six decades. In the 1960s contacts were mainly people-to-people; in the 1970s a wave of recognition led by Chile, Mexico and Brazil turned them into state relations; from the 1990s trade became the main driver, and bilateral trade passed 100 billion US dollars in 2007. China issued policy papers on the region in 2008 and 2016, and the first ministerial meeting of the China-CELAC Forum in January 2015 opened a stage in which region-wide and bilateral cooperation run in parallel. After 2017 the Belt and Road Initiative was extended to Latin America, and Panama, the Dominican Republic and El Salvador established relations with China. The United States has remained a major external variable."),
    ("en", "Key words: China-Latin America relations; CELAC; China-CELAC Forum; Belt and Road Initiative; the U.S. factor"),
]

BODY = [
"拉丁美洲和加勒比地区（以下简称“拉美”）是发展中国家相对集中的地区，也是中国外交中起步较晚、发展却颇为迅速的一个方向。1960年9月古巴同新中国建交，揭开了中拉国家间关系的序幕；到2020年，同中国建交的拉美和加勒比国家已增至24个，中国已是拉美第二大贸易伙伴，也是巴西、智利、秘鲁等国的第一大贸易伙伴。{参见中华人民共和国外交部：《中国同拉美和加勒比国家关系》，外交部网站，https://www.fmprc.gov.cn/web/gjhdq_676201/gj_676203/nmz_680924/（访问时间：2020年11月20日）。}半个多世纪以来，中拉关系经历了从民间交往到官方往来、从政治互信到经贸驱动、从以双边为主到整体合作与双边合作并行的多重转变。",
"国内学界对中拉关系的研究起步于20世纪80年代，早期成果多以通史形式梳理双边往来；{沙丁、杨典求等：《中国和拉丁美洲关系简史》，郑州：河南人民出版社，1986年，第1—12页。}进入21世纪初以后，随着中拉经贸关系的迅速扩展，研究重心转向贸易结构、投资风险和“中国因素”对拉美发展的影响。{周立航：《中拉经贸关系中的结构性问题》，《拉丁美洲研究》2013年第4期，第22—31页。}西方学者则更多地从美国“后院”的视角审视中国在拉美的存在，部分论著甚至将其描述为对美国地区主导地位的“挑战”。{R. Evan Ellis, China in Latin America: The Whats and Wherefores, Boulder: Lynne Rienner Publishers, 2009, pp. 1-20.}已有研究或偏重某一时段，或偏重某一议题，对六十年来中拉关系演进的阶段特征及其动力转换的整体考察仍显不足。本文以1960—2020年为考察时段，依据中方外交文献、拉美各国官方资料和相关研究成果，分五个阶段梳理中拉关系的发展脉络，并讨论美国因素在其中的作用。",
"# 一、民间先行：20世纪50年代末至60年代的中拉关系",
"新中国成立之初，拉美国家处于美国主导的美洲体系之下，几乎全部同台湾当局保持所谓“外交关系”，中拉之间只有零星的民间往来。20世纪50年代，中方主要通过邀请拉美政党、工会、文化界人士访华开展工作，“以民促官”成为这一时期对拉工作的基本思路。{黄志良：《新大陆的再发现——周恩来与拉丁美洲》，北京：世界知识出版社，2004年，第35—48页。}据统计，1950年至1959年间，先后有来自19个拉美国家的约1200名各界人士访华。{此数字据中国拉丁美洲友好协会编《中拉友好交往纪事》（内部资料，1990年）第3页整理。}在此基础上，1960年3月，中国拉丁美洲友好协会在北京成立，这是中国第一个以整个拉美地区为对象的民间友好团体。",
"1959年1月古巴革命胜利，为中拉关系的突破提供了契机。1960年9月2日，菲德尔·卡斯特罗（Fidel Castro）在哈瓦那革命广场举行的古巴全国人民大会上宣读《哈瓦那宣言》，宣布断绝同台湾当局的所谓“外交关系”，并表示愿同中华人民共和国建立外交关系。{Fidel Castro, “Primera Declaración de La Habana,” La Habana, 2 de septiembre de 1960, en Revolución, 3 de septiembre de 1960, p. 1.}同月28日，中古两国正式建交，古巴由此成为第一个同新中国建交的拉美国家。同年11月，古巴国家银行行长埃内斯托·切·格瓦拉（Ernesto Che Guevara）率古巴经济代表团访华，毛泽东、周恩来等领导人分别会见，双方签订了贸易和支付协定、经济合作协定等文件。{《中古两国签订经济合作协定》，《人民日报》1960年12月1日，第1版。}翌年9月底，古巴总统奥斯瓦尔多·多尔蒂科斯（Osvaldo Dorticós）应邀访华，成为首位访问新中国的拉美国家元首。",
"然而，60年代中期以后，中古关系受中苏关系恶化的影响而明显降温。1966年初，卡斯特罗公开批评中方削减对古大米供应，并指责中方人员在古巴军队中散发宣传材料，两国关系此后长期处于低位。{贺双荣主编：《中国与拉美国家关系史论》，北京：社会科学文献出版社，2015年，第61—66页。}这一时期中国在拉美的其他努力也遭遇挫折。1964年4月巴西发生军事政变，在巴西从事贸易洽谈和新闻工作的9名中国人员被捕并遭受审讯，直到次年4月才被驱逐出境，史称“九人案”。{关于“九人案”的经过，参见王治平：《巴西“九人案”始末》，《百年潮》2008年第9期，第55—60页。}总的来看，整个60年代中国同拉美国家的官方关系仅限于古巴一国，双方贸易规模有限且高度集中于古巴，民间交往仍是中拉联系的主要渠道。",
"中古建交之后，中国在拉美的民间工作并未停止，反而借助古巴这一窗口有所扩展。60年代前期，中国先后同智利、巴西、墨西哥、阿根廷等国的民间团体和企业建立了贸易往来，并在智利设立了新华社记者站，在巴西开设了贸易促进机构。这些非官方机构在没有外交关系的条件下承担了相当一部分准官方职能，既负责商品交易会的组织和贸易合同的洽谈，也负责邀请当地议员、记者和文化人士访华。不过，60年代中期以后，拉美多国共产党内部因中苏论战而出现分化，部分派别公开支持中方立场，另一些则追随苏联，这种分化在一定程度上使中国在拉美的民间工作带上了意识形态色彩，也使部分拉美国家政府对中国的意图抱有疑虑。从长远看，这一时期积累的人脉关系和对拉美国情的了解，为70年代的建交浪潮准备了条件。",
"# 二、建交浪潮：20世纪70年代至80年代的中拉关系",
"# （一）从智利到巴西：70年代的建交潮",
"进入70年代，国际格局的变化为中拉关系打开了新局面。一方面，中美关系开始解冻，美国对拉美国家同中国接近的约束有所松动；另一方面，拉美民族主义情绪高涨，许多国家谋求外交多元化。1970年9月，萨尔瓦多·阿连德（Salvador Allende）在智利大选中获胜，11月3日宣誓就任总统。同年12月15日，中智两国发表建交公报，智利成为第一个同中国建交的南美洲国家。{《中华人民共和国政府和智利共和国政府关于建立外交关系的联合公报》，《人民日报》1970年12月16日，第1版。}值得一提的是，1973年9月智利发生军事政变后，中方并未因政权更迭而中断两国外交关系，这一做法在拉美各国引起了不小的反响。",
"1971年10月25日，第26届联合国大会以76票赞成、35票反对、17票弃权通过第2758号决议，恢复中华人民共和国在联合国的一切合法权利，智利、古巴、秘鲁、墨西哥、厄瓜多尔、圭亚那、特立尼达和多巴哥等拉美国家投了赞成票。{United Nations General Assembly, Resolution 2758 (XXVI), “Restoration of the Lawful Rights of the People’s Republic of China in the United Nations,” A/RES/2758 (XXVI), 25 October 1971.}此后，拉美国家同中国建交的步伐明显加快。同年11月2日，秘鲁同中国建交；次年2月，墨西哥和阿根廷先后同中国建交，日期分别为2月14日和2月19日。1972年下半年，圭亚那和牙买加也相继同中国建立外交关系。{《中华人民共和国政府和牙买加政府关于建立外交关系的联合公报》，《人民日报》1972年11月23日，第1版。}1974年6月，特立尼达和多巴哥、委内瑞拉先后于20日和28日同中国建交；同年8月15日，中国外贸部副部长陈洁与巴西外长阿泽雷多·达西尔韦拉（Azeredo da Silveira）在巴西利亚签署建交联合公报，拉美面积最大、人口最多的国家同中国建立了外交关系。{Ministério das Relações Exteriores, Resenha de Política Exterior do Brasil, n. 2, Brasília, setembro de 1974, pp. 31-33.}",
"巴西同中国建交，是盖泽尔（Ernesto Geisel）政府“负责任的实用主义”外交的产物。军政府并未因意识形态分歧而放弃同中国发展关系，而是从拓展出口市场、减少对美依赖的角度作出了选择。{孔祥瑞：《巴西军政府时期的对华政策（1964—1985）》，《拉丁美洲研究》2017年第2期，第115—129页。}墨西哥总统路易斯·埃切维里亚（Luis Echeverría）则于1973年4月访华，成为70年代访华的第一位拉美大国元首。此后，苏里南于1976年5月、巴巴多斯于1977年5月同中国建交。到70年代末，同中国建交的拉美国家已达12个，拉美由此从中国外交的边缘地带逐渐进入视野。{《中国与拉美建交国一览（1960—1980）》，见徐世澄主编：《拉丁美洲政治》，北京：中国社会科学出版社，2006年，附录二。}",
"建交潮的形成，既有国际环境变化的外因，也有拉美国家自身外交取向调整的内因。从时间上看，70年代同中国建交的12个拉美国家中，有8个集中在1971年10月至1974年8月的不到三年时间里；从国别上看，既有阿连德领导的左翼政府，也有秘鲁贝拉斯科（Juan Velasco Alvarado）军政府、阿根廷拉努塞（Alejandro Lanusse）军政府和巴西盖泽尔军政府这样立场各异的政权。这说明，拉美国家同中国建交的决定，更多取决于各国对自身国家利益的判断，而非意识形态的亲疏。对中国而言，拉美建交潮不仅扩大了国际承认的范围，也在联合国等多边场合增加了在台湾问题上支持中方立场的声音。",
"# （二）80年代的调整与拓展",
"1978年底中共十一届三中全会以后，中国外交更加注重为经济建设服务，对拉美政策也随之调整。80年代，中方不再以意识形态划线，而是同拉美各类政党和政府普遍发展关系。1980年1月和2月，厄瓜多尔和哥伦比亚先后同中国建交；1985年7月，玻利维亚同中国建交；1988年2月，乌拉圭同中国建交。{参见江时学：《新中国的拉美外交六十年》，《拉丁美洲研究》2009年第6期，第3—10页。}在中巴高层往来方面，巴西总统若昂·菲格雷多（João Figueiredo）则于⟪1984年⟫5月访华，是首位访华的巴西国家元首。1985年10月29日至11月14日，赵紫阳总理访问哥伦比亚、巴西、阿根廷和委内瑞拉，这是中国政府总理首次访问拉美。访问期间，赵紫阳提出了中拉关系的四项原则，即“和平友好、互相支持、平等互利、共同发展”。{《赵紫阳在巴西国会发表演讲 阐述发展中拉关系四项原则》，《人民日报》1985年11月6日，第1版。}",
"科技合作是这一时期的新亮点。1988年7月，中巴两国政府签署关于合作研制地球资源卫星的议定书，开启了发展中国家在高技术领域合作的先例；首颗中巴地球资源卫星于1999年10月14日在太原发射成功。80年代末，一些西方国家对中国实施制裁，拉美国家总体上没有追随。1990年5月，杨尚昆主席对墨西哥、巴西、乌拉圭、阿根廷和智利进行国事访问，这是中国国家元首首次访问拉美。{刘青禾：《杨尚昆主席拉美五国之行的外交意义》，《外交学院学报》1991年第1期，第12—17页。}同年，中国同拉美地区最重要的政治协调机制“里约集团”（Grupo de Río）建立了对话机制。不过，尼加拉瓜于1990年11月同台湾当局“复交”，中方随即中止了同尼加拉瓜的外交关系，这也表明中拉关系中的“台湾问题”远未结束。",
"80年代中拉关系的另一个特点是加勒比地区的拓展。1983年1月，安提瓜和巴布达同中国建交；1985年10月和12月，格林纳达和尼加拉瓜又先后同中国建交。不过，加勒比小国的外交取向容易受到经济援助等因素的影响，格林纳达于1989年转而同台湾当局建立所谓“外交关系”，直到2005年1月才同中国复交。与此同时，1982年8月墨西哥宣布无力偿还外债，由此引发的债务危机席卷整个拉美，80年代因此被称为拉美“失去的十年”。债务危机使拉美国家的进口能力急剧下降，中拉贸易在80年代中后期增长缓慢，经济合作的潜力远未得到发挥。",
"# 三、经贸驱动：20世纪90年代至21世纪初的中拉关系",
"# （一）伙伴关系网络的形成",
"冷战结束后，拉美国家普遍推行以市场开放为导向的经济改革，中国则加快融入世界经济，中拉关系的重心逐步由政治转向经济。1993年11月，江泽民主席在出席西雅图亚太经合组织领导人非正式会议后访问巴西和古巴，中巴两国宣布建立战略伙伴关系，巴西由此成为第一个同中国建立战略伙伴关系的发展中国家。此后十年间，中国先后同委内瑞拉（2001年）、墨西哥（2003年）、阿根廷（2004年）建立了不同形式的战略伙伴关系。2001年4月，江泽民对智利、阿根廷、乌拉圭、古巴、委内瑞拉和巴西进行了为期13天的国事访问，足迹遍及南美和加勒比。{《江泽民结束拉美六国之行》，新华社北京2001年4月18日电。}",
"到了90年代中期以后，拉美国家领导人访华日趋频繁。秘鲁总统阿尔韦托·藤森（Alberto Fujimori）在任十年间曾多次访华，巴西总统费尔南多·恩里克·卡多佐（Fernando Henrique Cardoso）于1995年12月访华，墨西哥、智利、阿根廷等国元首也在这一时期相继来访。高层往来的密集化，反映出拉美国家在经济改革和对外开放的进程中对中国市场的重视。与此同时，中国同拉美国家议会、政党之间的交流也逐步增多，中国共产党同拉美各国近百个政党建立了不同形式的联系。在台湾问题上，90年代中后期，巴哈马和圣卢西亚于1997年先后同中国建交，但圣卢西亚于2007年又同台湾当局“复交”，中方随即中止同其外交关系。这说明，在加勒比和中美洲地区，中国与台湾当局之间的“邦交”之争在整个90年代和21世纪初仍未止息，直至2008年两岸达成“外交休兵”的默契后才暂告缓和。",
"多边层面的接触同步展开。中国于1994年成为拉美一体化协会（ALADI）观察员，1997年起同南方共同市场（Mercosur）建立对话机制，并于1998年1月加入加勒比开发银行。{杜一平：《中国参与拉美多边机制的历程与特点》，《国际问题研究》2010年第3期，第48—54页。}此后，2004年5月，中国成为美洲国家组织（OAS）常驻观察员；2009年1月，中国正式加入美洲开发银行（IDB），成为其第48个成员国。{Inter-American Development Bank, “China Becomes Member of the IDB,” Press Release, Washington, D.C., January 12, 2009.}这些进展使中国在拉美地区的存在由双边扩展到多边，也为此后的整体合作积累了经验。",
"21世纪初，中国对拉美的投资和融资合作也开始起步并迅速扩大。2007年，中国国家开发银行与委内瑞拉方面设立中委联合融资基金，此后又向巴西、阿根廷、厄瓜多尔等国提供了大额贷款，以石油等资源偿还贷款的“贷款换石油”安排一度成为中拉金融合作的典型模式。据统计，2010年中国对拉美的政策性贷款规模已超过世界银行和美洲开发银行当年对该地区贷款的总和。同年，中国对拉美的直接投资也有较大增长，投资领域从能源矿产逐步扩展至农业、电力和制造业。人文交流方面，2006年拉美第一所孔子学院在墨西哥城设立，2007年起中拉企业家高峰会开始举办，此后每年一届，成为中拉工商界交流的重要平台。",
"# （二）贸易繁荣与资源互补",
"90年代初，中拉贸易规模仍然有限，1990年双边贸易额不足30亿美元。进入21世纪后，中国工业化和城镇化对铁矿石、大豆、铜、原油等初级产品的需求急剧上升，拉美的资源禀赋与中国的制造业能力形成了高度互补。2000年，中拉贸易额为126亿美元。{中华人民共和国海关总署：《中国海关统计年鉴（2000）》，北京：中国海关出版社，2001年，第12—15页。}在此背景下，2004年11月，胡锦涛主席出席在智利圣地亚哥举行的亚太经合组织领导人非正式会议，并对巴西、阿根廷、智利、古巴进行国事访问。胡锦涛在巴西国会发表演讲时提出，“力争到2010年使中拉贸易额超过1000亿美元”。{胡锦涛：《携手共创中拉友好新局面——在巴西国会的演讲》，《人民日报》2004年11月13日，第1版。}这一目标在2007年即提前实现，当年中拉贸易额达到1026亿美元。",
"自由贸易安排随之跟进。2005年11月18日，中国与智利签署自由贸易协定，次年10月1日起生效，这是中国同拉美国家签署的第一个自贸协定。{《中国—智利自由贸易协定》，中国自由贸易区服务网，http://fta.mofcom.gov.cn/chile/chile_special.shtml（访问时间：2020年10月30日）。}此后，中国—秘鲁自贸协定于2009年4月签署、2010年3月1日生效，中国—哥斯达黎加自贸协定于2010年4月签署、翌年8月1日生效。2009年，中国超过美国成为巴西第一大贸易伙伴；2012年，中拉贸易额达到2612亿美元，是2000年的20余倍。{张晓帆：《中拉贸易十年：规模、结构与前景》，《国际贸易问题》2014年第5期，第38—46页。另参见联合国拉美和加勒比经济委员会（CEPAL）历年发布的《拉美和加勒比国际贸易展望》中的相关数据。}与此同时，贸易结构失衡的问题也日益突出。拉美对华出口高度集中于少数初级产品，制造业部门则面临来自中国产品的竞争，“去工业化”和“再初级化”的担忧在巴西、阿根廷等国的学界和产业界颇有市场。{Kevin P. Gallagher, The China Triangle: Latin America’s China Boom and the Fate of the Washington Consensus, New York: Oxford University Press, 2016, pp. 45-68.}另一方面，2011至2015年大宗商品价格持续下跌，拉美多国经济增长放缓，中拉经贸合作的结构转型由此被提上日程。",
"2008年9月国际金融危机全面爆发后，美欧市场需求急剧萎缩，中国市场对拉美经济的重要性进一步上升。受危机冲击，2009年中拉贸易额一度回落至1200亿美元左右，但次年即强劲反弹，2010年全年达到1836亿美元，增幅超过50%。在这一过程中，中国对拉美大宗商品的稳定需求在一定程度上缓冲了危机对拉美经济的冲击，智利、秘鲁、巴西等资源出口国得以较快走出衰退。拉美舆论由此开始更多地讨论“中国机遇”，一些国家的政府和企业界也将同中国的合作视为摆脱对美欧市场过度依赖的重要途径。不过，经济上的依存并不自动带来政治上的互信。部分拉美国家对中国产品的反倾销调查在这一时期明显增多，阿根廷、巴西等国也对来自中国的纺织品、鞋类和家电产品采取了保障措施。这表明，中拉经贸关系在高速增长的同时也进入了摩擦多发的阶段，如何使合作从“量的扩张”转向“质的提升”，成为双方共同面对的课题。",
"# 四、从双边到整体：政策文件与中拉论坛",
"2008年11月5日，中国政府发表《中国对拉丁美洲和加勒比政策文件》，这是中国首次发表对拉美的政策文件。文件提出，要建立和发展“平等互利、共同发展的中拉全面合作伙伴关系”，并就政治、经济、社会、文化、和平安全与司法等领域的合作作了全面规划。{《中国对拉丁美洲和加勒比政策文件》，《人民日报》2008年11月6日，第3版。}同月，胡锦涛对哥斯达黎加、古巴和秘鲁进行国事访问并出席在利马举行的亚太经合组织领导人非正式会议。此前一年，即2007年6月1日，哥斯达黎加同中国建交，成为中美洲第一个同中国建交的国家。",
"第一份政策文件的发表有着明确的时代背景。一方面，进入21世纪以后，中拉关系在经贸、政治和人文等各领域全面铺开，但长期缺少一份系统阐述中国对拉政策的纲领性文件，拉美国家对中国的意图和长远打算存在不少疑问；另一方面，2003年至2008年间，中国先后发表了对欧盟、对非洲的政策文件，对拉美政策文件的出台也是中国区域政策文件体系逐步完善的一部分。文件发表后，拉美多国政府和主要媒体给予了积极评价，认为文件体现了中方发展对拉关系的长期性和稳定性。与此同时，也有拉美学者指出，文件对于中拉之间的贸易不平衡和投资结构等具体问题着墨不多，更多是原则性的宣示。从后来的实践看，这份文件确立的“全面合作伙伴关系”定位，为2014年中拉关系的整体升级奠定了基础。",
"拉美地区一体化的新进展为整体合作提供了对接平台。2011年12月2日至3日，拉美和加勒比国家共同体（Comunidad de Estados Latinoamericanos y Caribeños，以下简称“拉共体”）在委内瑞拉首都加拉加斯宣告成立，33个拉美和加勒比国家均为成员，美国和加拿大则被排除在外。{Declaración de Caracas, “En el Bicentenario de la lucha por la independencia hacia el camino de nuestros libertadores,” Caracas, 3 de diciembre de 2011.}随后，2012年6月，温家宝总理在智利圣地亚哥的联合国拉美和加勒比经济委员会（CEPAL）发表演讲，倡议建立中拉合作论坛。{温家宝：《永远做相互信任的好朋友——在联合国拉丁美洲和加勒比经济委员会的演讲》，《人民日报》2012年6月27日，第2版。}在中方的推动下，2014年初，在古巴哈瓦那举行的拉共体第二届峰会通过了《关于支持建立中国—拉共体论坛的特别声明》。",
"2014年7月，习近平主席在出席巴西福塔莱萨金砖国家领导人第六次会晤后，于17日在巴西利亚同拉美和加勒比国家领导人举行会晤。双方宣布建立“平等互利、共同发展的中拉全面合作伙伴关系”，并决定正式成立中国—拉共体论坛（以下简称“中拉论坛”）。习近平在会晤中提出构建“1+3+6”务实合作新框架，并表示力争10年内中拉贸易规模达到5000亿美元、中国对拉美投资存量达到2500亿美元。{习近平：《努力构建携手共进的命运共同体——在中国—拉美和加勒比国家领导人会晤上的主旨讲话》，《人民日报》2014年7月18日，第2版。}",
"时隔半年，2015年1月8日至9日，中拉论坛首届部长级会议在北京举行，会议通过了《北京宣言》《中国与拉美和加勒比国家合作规划（2015—2019）》和《中国—拉共体论坛机制设置和运行规则》三个成果文件，中拉整体合作由构想变为现实。{《中国—拉共体论坛首届部长级会议北京宣言》，外交部网站，2015年1月9日。}同年5月，李克强总理访问巴西、哥伦比亚、秘鲁和智利，提出中拉产能合作“3×3”新模式，并宣布设立300亿美元的中拉产能合作专项基金。2016年11月24日，中国政府发表第二份《中国对拉丁美洲和加勒比政策文件》，文件指出，中拉关系已进入“全面合作的新阶段”，提出构建政治上真诚互信、经贸上合作共赢、人文上互学互鉴、国际事务中密切协作、整体合作和双边关系相互促进的“五位一体”新格局。{《中国对拉美和加勒比政策文件》（全文），新华社北京2016年11月24日电。}同月，习近平对厄瓜多尔、秘鲁、智利进行国事访问，并出席在利马举行的亚太经合组织第二十四次领导人非正式会议。",
"在整体合作框架之外，双边关系的升级也在同步推进。2012年6月，中巴两国关系提升为全面战略伙伴关系；次年，秘鲁、墨西哥同中国的关系也相继提升为全面战略伙伴关系；2014年7月习近平访问阿根廷和委内瑞拉期间，两国同中国的关系也先后提升为全面战略伙伴关系。此后，智利和厄瓜多尔于⟪2016年⟫11月跻身这一行列。截至2020年，中国已同7个拉美国家建立全面战略伙伴关系，同另外数个国家建立了战略伙伴关系。在论坛机制方面，中拉论坛部长级会议每三年举行一次，其下设有中拉农业部长论坛、中拉基础设施合作论坛、中拉智库论坛、中拉青年政治家论坛等多个分论坛，覆盖政治、经贸、科技、人文等多个领域，为中拉整体合作提供了多层次的支撑。",
"从2008年到2016年，两份政策文件的对比清楚地反映了中方对拉政策思路的变化：前者以双边为主、以原则阐述为主，后者则把整体合作提升为与双边合作并重的支柱，并明确了论坛框架下的具体合作领域。这一变化同拉美地区一体化的进程相互呼应，但拉共体内部政治分化明显，缺乏常设秘书处，其作为整体合作“对接方”的能力也受到一定限制。",
"# 五、“一带一路”延伸与建交新进展（2017—2020）",
"“一带一路”倡议提出之初，拉美并不在其传统的地理范围之内。2017年5月，阿根廷总统毛里西奥·马克里（Mauricio Macri）和智利总统米歇尔·巴切莱特（Michelle Bachelet）出席在北京举行的首届“一带一路”国际合作高峰论坛。5月17日，习近平同马克里会谈时指出，拉美是21世纪海上丝绸之路的自然延伸。{《习近平同阿根廷总统马克里举行会谈》，《人民日报》2017年5月18日，第1版。}这一表述标志着“一带一路”向拉美的延伸在政策层面得到确认。",
"建交方面的突破随之而来。2017年6月13日，王毅外长同巴拿马副总统兼外长伊莎贝尔·圣马洛（Isabel de Saint Malo）在北京签署两国建交联合公报；巴拿马总统胡安·卡洛斯·巴雷拉（Juan Carlos Varela）此前已于当地时间12日晚发表全国电视讲话，宣布同台湾当局“断交”。{《中华人民共和国和巴拿马共和国关于建立外交关系的联合公报》，《人民日报》2017年6月14日，第1版。}同年11月，巴雷拉对中国进行国事访问，两国签署共建“一带一路”的谅解备忘录，巴拿马成为第一个同中国签署此类文件的拉美国家。翌年1月22日，中拉论坛第二届部长级会议在智利圣地亚哥举行，会议通过了《圣地亚哥宣言》《中国与拉共体成员国优先领域合作共同行动计划（2019—2021）》和《关于“一带一路”倡议的特别声明》，“一带一路”由此正式进入中拉整体合作框架。{《中国—拉共体论坛第二届部长级会议关于“一带一路”倡议的特别声明》，外交部网站，2018年1月22日。}",
"在中美洲和加勒比，2018年上半年，多米尼加同中国建交，两国外长于5月1日在北京签署联合公报；同年8月21日，萨尔瓦多同中国建交。{《中华人民共和国和萨尔瓦多共和国关于建立外交关系的联合公报》，《人民日报》2018年8月22日，第1版。}至此，2017年以来已有三个拉美国家同中国建交，同台湾当局维持所谓“邦交”的拉美国家减少至9个。2018年11月30日至12月1日，习近平出席在布宜诺斯艾利斯举行的二十国集团领导人第十三次峰会，随后于12月2日至3日对巴拿马进行国事访问，成为首位访问巴拿马的中国国家元首。",
"“一带一路”在拉美的推进同时体现在机制和项目两个层面。机制上，截至2019年底，已有19个拉美和加勒比国家同中国签署共建“一带一路”合作文件；项目上，中资企业参与了巴拿马运河沿岸港口、秘鲁钱凯港、阿根廷核电站和牙买加南北高速公路等一批基础设施项目。{史可宁：《“一带一路”在拉美：进展、挑战与前景》，《太平洋学报》2020年第7期，第71—83页。}进入2020年，新冠肺炎疫情暴发后，中拉合作的重点一度转向公共卫生领域。同年7月23日，中国同拉美和加勒比国家举行应对新冠肺炎疫情特别外长视频会议，王毅宣布中方将为地区国家获得疫苗提供10亿美元贷款。{《中国—拉美和加勒比国家应对新冠肺炎疫情特别外长视频会议联合声明》，外交部网站，2020年7月23日。}",
"需要看到的是，“一带一路”在拉美的推进并不均衡。截至2020年底，巴西、墨西哥、哥伦比亚、阿根廷等地区大国尚未同中国签署共建“一带一路”合作文件，签署国以加勒比和中美洲的中小国家以及智利、秘鲁、委内瑞拉、厄瓜多尔、乌拉圭等南美国家为主。巴拿马的地位尤为特殊：作为巴拿马运河所在国和科隆自由贸易区所在地，它连接太平洋与大西洋两大洋，中国则是巴拿马运河的第二大用户。巴拿马同中国建交并率先签署“一带一路”合作文件，既有经济上的考量，也带有示范意义。此后两年多时间里，中巴两国在极短时间内签署了数十项合作文件，并启动了自由贸易协定谈判，但其中部分项目在2019年7月巴拿马政府换届后进展放缓。",
"# 六、美国因素与中拉关系",
"美国因素始终是影响中拉关系的重要外部变量。自1823年12月门罗主义（Monroe Doctrine）提出以来，美国长期把拉美视为其势力范围。在冷战时期，美拉关系中的反共议程直接限制了拉美国家同中国的接近，美洲国家组织的相关决议和美国的外交压力，是50至60年代绝大多数拉美国家不承认新中国的重要原因。{洪国栋：《冷战时期美国对拉美国家对华政策的干预》，《美国研究》2012年第3期，第96—110页。}反过来看，70年代初中美关系的缓和，在相当程度上解除了这一约束，拉美建交潮同尼克松1972年2月访华在时间上的接近并非偶然。",
"21世纪以来，美国对中国在拉美存在的态度经历了由相对淡然到高度警惕的转变。奥巴马政府时期，美国国务卿约翰·克里（John Kerry）于2013年11月18日在美洲国家组织发表演讲，宣称“门罗主义的时代已经结束”。{John Kerry, “Remarks on U.S. Policy in the Western Hemisphere,” Organization of American States, Washington, D.C., November 18, 2013.}然而特朗普政府上台后，美国对拉政策明显转向。2018年2月1日，国务卿雷克斯·蒂勒森（Rex Tillerson）在得克萨斯大学奥斯汀分校发表演讲，称门罗主义“今天与它诞生之日一样具有现实意义”，并警告拉美国家提防中国这一所谓“新的帝国主义力量”。{Rex W. Tillerson, “U.S. Engagement in the Western Hemisphere,” Speech at the University of Texas at Austin, February 1, 2018.}同年9月，美国国务院以“重新评估”双边关系为由召回驻多米尼加、萨尔瓦多和巴拿马的使节，这被普遍视为对三国同中国建交的回应。",
"此后，美方对中拉合作的施压进一步公开化。2019年4月，国务卿迈克·蓬佩奥（Mike Pompeo）在访问智利期间指责中国在拉美的投资加剧腐败、损害良治；同年12月，美国政府推出“美洲增长”（América Crece）倡议，试图以动员私人资本投资拉美能源和基础设施的方式抗衡“一带一路”。{王璐佳：《特朗普政府对拉美政策中的“中国因素”》，《现代国际关系》2020年第6期，第44—52页。}但拉美国家普遍不愿在中美之间“选边站”。对多数拉美国家而言，对华关系首先是发展问题，而非地缘政治问题；美拉关系与中拉关系之间并不必然是零和关系。",
"值得注意的是，美国对中拉关系的关注早在21世纪第一个十年中期就已制度化。2006年4月，美国负责西半球事务的助理国务卿托马斯·香农（Thomas Shannon）访华，同中国外交部官员举行了首次中美拉美事务磋商，此后双方又举行了多轮磋商。这一机制的建立说明，美国当时倾向于以沟通和管控的方式处理中国在拉美的存在。而到了特朗普政府时期，美方更多地将中拉合作置于大国战略竞争的框架之下加以审视，对拉美国家施压的手段也更加直接。2019年1月委内瑞拉危机升级后，美国公开支持反对派领导人瓜伊多（Juan Guaidó），中方则主张由委内瑞拉人民自主解决内部问题，反对外部干涉，两国在委内瑞拉问题上的分歧成为中美在拉美博弈的一个缩影。",
"# 结 语",
"回顾1960—2020年的历程，中拉关系大致经历了五个阶段：60年代的民间先行，70至80年代的建交浪潮，90年代至21世纪初的经贸驱动，2008年以后的整体合作，以及2017年以来“一带一路”框架下的全面拓展。推动中拉关系发展的动力，也由早期的政治与意识形态认同，逐步转向以经贸互补为基础、以整体合作为平台的多元动力结构。",
"六十年来，中拉关系的每一次跃升都同国际格局的变动密切相关。20世纪70年代的建交潮以中美关系缓和为背景，21世纪初的贸易繁荣以中国经济的高速增长为背景，2014年以后的整体合作则以拉美地区一体化的新进展为依托。展望未来，中拉双方既需要在贸易结构多元化、投资风险管控和债务可持续性等方面加强协调，也需要以更为务实的态度应对美国因素带来的外部压力，使中拉全面合作伙伴关系在新的十年中行稳致远。",
"从研究的角度看，中拉关系的演进也提示我们，应当超越“后院”叙事和“资源外交”叙事的二元框架来理解中国在拉美的存在。前者夸大了中美在拉美的对抗性，后者则忽视了拉美国家自身的能动性。事实上，无论是20世纪70年代的建交潮，还是2017年以来的建交新进展，推动者都首先是拉美国家自身对国家利益的判断。今后的研究需要更多地运用拉美国家的一手档案和西班牙语、葡萄牙语文献，从拉美方面的视角来考察中拉关系。",
]


# ---------------------------------------------------------------- widths
def em(ch):
    o = ord(ch)
    if o < 0x2E80 and ch not in "“”‘’—…·":
        return 0.5
    return 1.0


def width(s):
    return sum(em(c) for c in s)


NO_START = set("。，、；：？！）》」』”’…·—%")
ATOM = re.compile(r"[A-Za-z0-9.%+\-/_:()]+")
# a whole date (or a number with its unit) is never broken by the wrapper
DATE = re.compile(r"\d+世纪\d+年代|\d+世纪|\d+年代|\d{2,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?"
                  r"|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日|\d+(?:\.\d+)?(?:亿|万|个|号|票|届|名|天|余)")


# ---------------------------------------------------------------- parsing
def parse_body():
    """Return items: ('h', text) or ('p', tokens, notes) with notes numbered."""
    items = []
    notes = []           # (number, text)
    for para in BODY:
        if para.startswith("# "):
            items.append(("h", para[2:]))
            continue
        toks = []        # (text, kind)  kind: c char, a atom, m marker, s split-digit
        i = 0
        while i < len(para):
            ch = para[i]
            if ch == "{":
                j = para.index("}", i)
                notes.append((len(notes) + 1, para[i + 1:j]))
                toks.append((str(len(notes)), "m"))
                i = j + 1
            elif ch == "⟪":
                j = para.index("⟫", i)
                for c in para[i + 1:j]:
                    toks.append((c, "s"))
                i = j + 1
            else:
                d = DATE.match(para, i)
                m = ATOM.match(para, i)
                if d:
                    toks.append((d.group(0), "a"))
                    i = d.end()
                elif m and em(ch) == 0.5 and ch != " ":
                    toks.append((m.group(0), "a"))
                    i = m.end()
                else:
                    toks.append((ch, "c"))
                    i += 1
        items.append(("p", toks))
    return items, notes


def check_markers(items):
    """No marker may touch a digit, except the one trap (damage 2)."""
    traps = []
    for it in items:
        if it[0] != "p":
            continue
        toks = it[1]
        for k, (t, kind) in enumerate(toks):
            if kind != "m":
                continue
            before = toks[k - 1][0][-1] if k else ""
            after = toks[k + 1][0][0] if k + 1 < len(toks) else ""
            assert not before.isdigit(), ("marker after digit", t)
            if after.isdigit():
                traps.append(t)
    return traps


def wrap_tokens(toks, w, first_indent=2.0):
    """Greedy wrap. Each line is a list of (text, kind)."""
    lines, cur, cw = [], [], 0.0
    limit = w - first_indent
    for t, kind in toks:
        tw = width(t)
        if cur and cw + tw > limit:
            hang = kind == "m" or (kind == "c" and t in NO_START)
            if hang:
                cur.append((t, kind))
                cw += tw
                continue
            lines.append(cur)
            cur, cw, limit = [], 0.0, w
        cur.append((t, kind))
        cw += tw
    if cur:
        lines.append(cur)
    return ["".join(t for t, _ in ln).strip() for ln in lines], [
        [t for t, k in ln if k == "m"] for ln in lines]


def wrap_plain(text, w, first_indent=0.0):
    toks = []
    i = 0
    while i < len(text):
        m = ATOM.match(text, i)
        if m and em(text[i]) == 0.5:
            toks.append((m.group(0), "a"))
            i = m.end()
        else:
            toks.append((text[i], "c"))
            i += 1
    # long atoms (URLs) may be cut
    out = []
    for t, k in toks:
        if k == "a" and width(t) > 12:
            out.extend((c, "c") for c in t)
        else:
            out.append((t, k))
    return wrap_tokens(out, w, first_indent)[0]


def wrap_english(text, w=80):
    words, lines, cur = text.split(" "), [], ""
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > w:
            lines.append(cur)
            cur = wd
        else:
            cur = cur + " " + wd if cur else wd
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- layout
def build():
    items, notes = parse_body()
    traps = check_markers(items)
    assert len(traps) == 1, traps
    note_text = dict(notes)
    note_lines = {n: wrap_plain("%d %s" % (n, t), NOTE_WIDTH) for n, t in notes}

    # body lines: (text, [markers])
    body = []
    for it in items:
        if it[0] == "h":
            body.append((it[1], [], "head"))
        else:
            texts, marks = wrap_tokens(it[1], BODY_WIDTH)
            for t, m in zip(texts, marks):
                body.append((t, m, "body"))

    # front matter (page 1)
    front = [(FRONT[0], "front"), (FRONT[1], "front"), (FRONT[2], "front"),
             (FRONT[3], "front"), (FRONT[4], "front")]
    for ln in wrap_plain(ABSTRACT, 38):
        front.append((ln, "front"))
    front += [(KEYWORDS, "front"), (CLC, "front"), (DOI, "front")]
    first_foot = []
    for t in FIRST_FOOT:
        for ln in wrap_plain(t, NOTE_WIDTH):
            first_foot.append((ln, "front"))

    # paginate
    pages = []
    i = 0
    pno = FIRST_PAGE
    while i < len(body):
        cap = FIRST_PAGE_LINES - len(first_foot) if pno == FIRST_PAGE else PAGE_LINES
        pb, pn, used = [], [], 0
        while i < len(body):
            t, m, tag = body[i]
            need = 1 + sum(len(note_lines[int(x)]) for x in m)
            if used + need > cap and pb:
                break
            pb.append((t, tag))
            for x in m:
                pn.append(int(x))
            used += need
            i += 1
        pages.append({"no": pno, "body": pb, "notes": pn})
        pno += 1

    # assemble with damage
    carry = []           # note lines running on from the previous page
    out = []             # (text, tag)
    for pg in pages:
        no = pg["no"]
        lines = []
        header = None
        if no != FIRST_PAGE and no != NO_FURNITURE:
            header = JOURNAL_HEADER if no % 2 == 0 else SHORT_TITLE
        if no == FIRST_PAGE:
            lines += front
        body_lines = list(pg["body"])
        if header and not (HEADER_MIDDLE and no == HEADER_MIDDLE[0]):
            lines.append((header, "header"))
        for k, (t, tag) in enumerate(body_lines):
            if header and HEADER_MIDDLE and no == HEADER_MIDDLE[0] and k == HEADER_MIDDLE[1]:
                lines.append((header, "header-damage"))
            lines.append((t, tag))
        if no == pages[-1]["no"]:
            lines.append(("（责任编辑：林 岚）", "front"))
            for kind, t in ENGLISH:
                for ln in (wrap_english(t) if kind == "en" else [t]):
                    lines.append((ln, "english"))
        # notes
        nl = []
        for ln in carry:
            nl.append((ln, "note-continued"))
        carry = []
        for idx, n in enumerate(pg["notes"]):
            ls = list(note_lines[n])
            tag = "note"
            if LOST_NOTE_NUMBER and no == LOST_NOTE_NUMBER[0] and idx == LOST_NOTE_NUMBER[1]:
                pre = "%d " % n
                assert ls[0].startswith(pre)
                ls[0] = ls[0][len(pre):]
                tag = "note-lostnumber"
            if no == NOTE_CONTINUES and idx == len(pg["notes"]) - 1:
                assert len(ls) >= 2, "note too short to run on"
                keep = 1
                carry = ls[keep:]
                ls = ls[:keep]
                tag = "note-runs-on"
            for ln in ls:
                nl.append((ln, tag))
        if no == FIRST_PAGE:
            nl = first_foot + nl
        lines += nl
        if no != NO_FURNITURE:
            lines.append(("· %d ·" % no, "pageno"))
        pg["lines"] = lines
        out += [(t, tag, no) for t, tag in lines]
    assert not carry
    return out, pages, notes


def han(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def main():
    out, pages, notes = build()
    text = "\n\n".join(t for t, _, _ in out) + "\n"
    sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    for old in glob.glob(os.path.join(HERE, "h05_*.txt")):
        os.remove(old)
    path = os.path.join(HERE, "h05_%s.txt" % sha)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", os.path.basename(path), len(text), "chars",
          text.count("\n"), "lines", len(pages), "pages", len(notes), "notes")
    if "--report" in sys.argv:
        bodytxt = "".join(t for t, tag, _ in out if tag in ("body", "head"))
        notetxt = "".join(t for t, tag, _ in out if tag.startswith("note"))
        print("body chars", len(bodytxt), "body han", han(bodytxt),
              "heading han", han("".join(t for t, tag, _ in out if tag == "head")),
              "note chars", len(notetxt), "note han", han(notetxt))
        for k, (t, tag, no) in enumerate(out):
            print("%5d p%-3d %-16s %5.1f %3d  %s" % (2 * k + 1, no, tag, width(t), len(t), t))


if __name__ == "__main__":
    main()
