#!/usr/bin/env python3
"""Build the held-out raw input h04 (constructed article, pdftotext-like layout).

Standalone: standard library only, deterministic, no randomness.
The clean content is held below.  Markup of the content:

  `# …`      section heading            `## …`   subheading
  `{注:…}`   a footnote; its marker stands where the braces stand
  `¦`        forced line break (used once, to split a date inside itself)

Running  `python3 make_raw.py`           writes h04_<sha1[:8]>.txt next to this
script and deletes older h04_*.txt files.
Running  `python3 make_raw.py --report`  does the same and prints every line with
its number and length, plus the line numbers of page furniture and damage.
"""
import glob
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

JOURNAL_HEADER = "中东与国际关系 2023年第6期"
SHORT_TITLE = "伊朗核问题的多边外交与大国互动"
FIRST_PAGE = 47

BODY_WIDTH = 34.0      # em, body text
NOTE_WIDTH = 42.0      # em, footnotes (smaller type)
FRONT_WIDTH = 38.0     # em, abstract block
PAGE_CAPACITY = 31.0   # body-line units per page
FIRST_PAGE_CAPACITY = 13.0
NOTE_LINE_COST = 0.72

# ---- damage switches (pages are counted from 1 = first printed page) ----
LOST_NOTE_NUMBERS = {5, 10}     # foot notes lose their circled numbers
NOTE_CONTINUES = {3, 8}         # last note of the page runs on to next page's foot
HEADER_MIDDLE = 6               # running header lands inside the body text
NO_FURNITURE = 12               # page with no header and no page number

FRONT = {
    "title": ["从德黑兰声明到维也纳谈判：伊朗核问题的", "多边外交与大国互动（2003—2023）"],
    "authors": "林 子 航   周 雅 宁",
    "affil": "（江淮大学 国际关系学院，安徽 合肥 230601）",
    "abstract": (
        "[摘 要] 伊朗核问题是21世纪初以来国际防扩散体系面临的最复杂议题之一。"
        "2003年10月，英法德三国外长访问德黑兰，开启了欧方主导的早期斡旋；2006年起，"
        "问题被提交联合国安理会，六项制裁决议逐步构筑起多边制裁体系。2013年鲁哈尼"
        "政府上台后，“5+1”与伊朗先后达成《联合行动计划》与《联合全面行动计划》，"
        "安理会第2231号决议予以核可。2018年5月美国退出协议并实施“极限施压”，伊朗"
        "自次年起分阶段减少履约，2021年4月启动的维也纳谈判至2022年9月陷入停滞。"
        "本文认为，伊核外交的成败取决于大国协调的程度、核查机制的权威与各方国内"
        "政治的相互作用；中国和俄罗斯坚持政治外交解决的立场，是维系多边框架的"
        "重要力量，而美欧与伊朗之间的信任赤字则是协议困境的根源。"
    ),
    "keywords": "[关键词] 伊朗核问题；联合全面行动计划；欧盟三国；国际原子能机构；大国协调",
    "clc": "[中图分类号] D815.2；D837.3　[文献标识码] A　[文章编号] 2096-5417（2023）06-0047-22",
    "doi": "DOI：10.13851/j.cnki.zdgj.2023.06.004",
    "foot": [
        "[收稿日期] 2023-08-21",
        "[基金项目] 国家社会科学基金一般项目“大国协调与中东核扩散治理研究”（22BGJ047）",
        "[作者简介] 林子航，江淮大学国际关系学院副教授；周雅宁，江淮大学国际关系学院",
        "博士研究生。",
    ],
}

EDITOR = "（责任编辑：陈 晓）"

ENGLISH = [
    "From the Tehran Declaration to the Vienna Talks: Multilateral Diplomacy",
    "and Great Power Interaction on the Iranian Nuclear Issue (2003-2023)",
    "LIN Zihang   ZHOU Yaning",
    "(School of International Relations, Jianghuai University, Hefei 230601, China)",
    "Abstract: The Iranian nuclear issue has been one of the most complex problems for",
    "the non-proliferation regime since the early 2000s. In October 2003 the foreign",
    "ministers of Britain, France and Germany travelled to Tehran; from 2006 the issue",
    "was referred to the UN Security Council, whose six resolutions built a sanctions",
    "regime. After Rouhani took office in 2013, the P5+1 and Iran reached the Joint",
    "Plan of Action and, on July 14, 2015, the Joint Comprehensive Plan of Action,",
    "endorsed by Resolution 2231. The US withdrawal in May 2018 and the stalled Vienna",
    "talks of 2021-2022 left the deal hollow. The paper argues that the outcome of",
    "nuclear diplomacy depends on great power coordination, the authority of IAEA",
    "verification and the domestic politics of the parties, and that China and Russia",
    "have been important forces in keeping the multilateral framework alive.",
    "Key Words: Iranian nuclear issue; JCPOA; E3; IAEA; great power coordination",
]

BODY = r"""
伊朗核问题是21世纪初以来国际防扩散体系面临的最复杂议题之一。自2002年8月伊朗境内未申报的核设施被曝光，到2015年7月《联合全面行动计划》（Joint Comprehensive Plan of Action，JCPOA，以下简称“全面协议”）达成，再到2018年5月美国单方面退出协议、2021年4月起维也纳恢复履约谈判几度中断，这一问题在二十年间经历了从技术核查争议到安理会制裁、从多边谈判突破到协议濒临瓦解的曲折历程。{注:国内较早的系统研究，参见：钱文远：《伊朗核问题的由来与前景》，《西亚非洲》2006年第5期，第20—25页；范立诚：《伊朗核问题与大国关系》，北京：时事出版社，2013年，第1—18页。}在此过程中，欧盟三国（英国、法国、德国，亦称E3）、国际原子能机构（IAEA）、联合国安理会与“5+1”机制（P5+1，即中国、美国、俄罗斯、英国、法国与德国）相互交织，形成了多层次、多行为体的危机管理结构。

既有研究多从美伊关系或防扩散规范的角度讨论伊朗核问题，{注:Trita Parsi, Losing an Enemy: Obama, Iran, and the Triumph of Diplomacy, New Haven: Yale University Press, 2017, pp. 1-12; Seyed Hossein Mousavian, The Iranian Nuclear Crisis: A Memoir, Washington, D.C.: Carnegie Endowment for International Peace, 2012, pp. 45-60.}对欧方斡旋、机构核查与大国协调三者互动的长时段考察仍显不足。本文以2003—2023年为考察范围，依据联合国文件、国际原子能机构报告、各方官方声明及媒体报道，梳理伊核外交的五个阶段，并尝试回答以下问题：为何多边外交能够在2013—2015年间取得突破，又为何在21世纪20年代初陷入僵局？中国和俄罗斯在其中发挥了何种作用？

本文其余部分安排如下：第一部分考察欧盟三国主导的早期斡旋；第二部分分析问题提交安理会后多边制裁体系的形成；第三部分讨论全面协议达成的过程与条件；第四部分考察美国退约后的“极限施压”及各方反应；第五部分分析维也纳谈判的起伏与协议框架的持续侵蚀；最后是简要的结论。

# 一、问题缘起与欧盟三国的早期斡旋（2002—2005）

伊朗的核计划可追溯至20世纪50年代美国“原子用于和平”计划框架下的合作。1957年，美伊签署民用核能合作协定；1970年2月，伊朗批准《不扩散核武器条约》（NPT），并于1974年与国际原子能机构签订全面保障监督协定。1979年伊斯兰革命后，德国企业承建的布什尔核电站工程陷于停顿，两伊战争期间又屡遭空袭，直至1995年1月伊朗与俄罗斯签署续建合同，工程才得以重启。{注:赵国军：《俄罗斯与伊朗核能合作的历史考察》，《俄罗斯东欧中亚研究》2016年第2期，第88—103页。}20世纪90年代，美国以“双重遏制”政策限制伊朗获取敏感技术，但伊朗通过巴基斯坦卡迪尔·汗（Abdul Qadeer Khan）网络获得离心机设计图纸一事，直到多年后才为外界所知。

2002年8月14日，流亡海外的反对派组织“伊朗全国抵抗委员会”（NCRI）在华盛顿召开记者会，披露伊朗正在纳坦兹（Natanz）建设铀浓缩设施、在阿拉克（Arak）建设重水生产厂。{注:Alireza Jafarzadeh, The Iran Threat: President Ahmadinejad and the Coming Nuclear Crisis, New York: Palgrave Macmillan, 2007, pp. 127-135.}同年12月，美国一家研究机构公布的商业卫星图像证实了两处设施的存在。2003年2月，国际原子能机构总干事穆罕默德·巴拉迪（Mohamed ElBaradei）率团访问纳坦兹，伊朗方面承认正在建设浓缩设施。同年6月，巴拉迪向机构理事会提交报告，认定伊朗未能履行保障监督协定规定的部分申报义务。{注:IAEA Board of Governors, “Implementation of the NPT Safeguards Agreement in the Islamic Republic of Iran,” GOV/2003/40, June 6, 2003, p. 7.}9月12日，理事会通过决议，要求伊朗在10月31日前澄清全部未决问题，并中止一切与浓缩有关的活动。

面对美国于2002年初将伊朗列入“邪恶轴心”、2003年3月出兵伊拉克所带来的压力，欧洲选择了一条不同于华盛顿的路径。2003年10月21日，英国外交大臣杰克·斯特劳（Jack Straw）、法国外长多米尼克·德维尔潘（Dominique de Villepin）与德国外长约施卡·菲舍尔（Joschka Fischer）联袂访伊，同伊朗最高国家安全委员会秘书哈桑·鲁哈尼（Hassan Rouhani）会谈，当天发表《德黑兰声明》。{注:“Statement by the Iranian Government and Visiting EU Foreign Ministers,” Tehran, October 21, 2003, https://www.iaea.org/newscenter/focus/iaeairan/statement_iran21102003.shtml (访问时间：2023年5月12日).}伊朗承诺自愿中止铀浓缩和后处理活动，并签署《附加议定书》；作为回报，欧方承认伊朗依据《不扩散核武器条约》和平利用核能的权利。12月18日，伊朗常驻维也纳代表在国际原子能机构总部签署《附加议定书》，并宣布在议会批准之前自愿临时适用。

然而，《德黑兰声明》中“中止”的范围很快引发争议。2004年上半年，伊朗继续组装和制造离心机部件，伊欧双方就中止是否包括离心机制造各执一词。同年6月18日，理事会决议对伊朗的合作程度表示“遗憾”，伊朗随即宣布恢复离心机组装。经过数轮磋商，伊朗与欧盟三国于2004年11月15日达成《巴黎协定》，伊朗同意在谈判长期协议期间全面中止浓缩相关活动，欧方则承诺在核能、技术与经济合作以及地区安全问题上向伊朗提供“坚定保证”。{注:IAEA, “Communication dated 26 November 2004 received from the Permanent Representatives of France, Germany, the Islamic Republic of Iran and the United Kingdom concerning the agreement signed in Paris on 15 November 2004,” INFCIRC/637, November 26, 2004.}这一安排开启了伊欧之间的长期协议谈判，但双方对其目标的理解始终存在根本分歧：欧方希望以中止换取伊朗永久放弃浓缩，伊方则将中止视为临时性的建立信任措施。鲁哈尼日后回忆说，伊方利用中止期间完成了伊斯法罕铀转化设施的建设。{注:Hassan Rouhani, Amniyat-e Melli va Diplomasi-ye Hastei [National Security and Nuclear Diplomacy], Tehran: Markaz-e Tahqiqat-e Estrategik, 1390 [2011], pp. 133-140.}

在这一阶段，中国主张在国际原子能机构框架内通过对话解决问题，不赞成将其提交安理会。中方认为，伊朗作为《不扩散核武器条约》缔约国享有和平利用核能的权利，同时也应履行相应的防扩散义务，与机构充分合作、澄清遗留问题；机构则应以专业、客观的态度处理伊朗核问题，避免将技术问题政治化。{注:韩晓峰：《中国参与伊朗核问题的外交实践（2003—2008）》，《阿拉伯世界研究》2009年第4期，第15—23页。}美国布什政府对欧方斡旋总体持怀疑态度，拒绝直接参与谈判。直至2005年3月11日，国务卿赖斯才宣布美国不再反对伊朗申请加入世界贸易组织，并将考虑向伊朗出售民用飞机零部件，以此支持欧方的外交努力。俄罗斯则于同年年底提出在俄境内与伊朗合资进行铀浓缩的方案，试图在伊朗的浓缩权利与国际社会的防扩散关切之间寻找折中，但伊方始终未予接受。

2005年是伊核问题的第一个转折点。同年6月，马哈茂德·艾哈迈迪-内贾德（Mahmoud Ahmadinejad）当选伊朗总统，并于8月3日就职。8月5日，欧盟三国向伊方提交长期协议框架方案，伊方认为其未承认伊朗的浓缩权利而予以拒绝；8月8日，伊朗恢复伊斯法罕铀转化设施的运行。9月24日，国际原子能机构理事会以22票赞成、1票反对、12票弃权通过决议，首次认定伊朗“未遵约”，为此后将问题提交安理会埋下伏笔，中国和俄罗斯在表决中投了弃权票。这一阶段欧洲的斡旋虽未能达成长期协议，却留下了两项重要遗产：一是确立了以谈判而非武力解决问题的基本共识，二是使欧盟三国成为此后历次谈判中不可或缺的一方。

# 二、从理事会到安理会：制裁体系的形成（2006—2012）

## （一）问题“入常”与“5+1”机制的形成

2006年1月10日，伊朗在国际原子能机构人员在场的情况下拆除了纳坦兹等设施的封条，恢复浓缩研发活动。两天后，欧盟三国外长宣布与伊朗的谈判已“走进死胡同”。{注:《英法德认为伊核谈判陷入僵局》，《人民日报》2006年1月13日，第3版。}2月4日，理事会特别会议以27票赞成、3票反对、5票弃权通过决议，决定将伊朗核问题报告联合国安理会。3月29日，安理会发表主席声明，要求伊朗在30天内全面中止浓缩活动。4月11日，艾哈迈迪-内贾德宣布伊朗已将铀浓缩至3.5%的丰度，称伊朗“已加入拥有核技术国家的行列”。

为避免局势失控，中国、美国、俄罗斯、英国、法国和德国六国外长于2006年6月1日在维也纳会晤，形成了此后长期运作的“5+1”机制。美国国务卿康多莉扎·赖斯（Condoleezza Rice）此前一天宣布，只要伊朗可核查地中止浓缩，美国愿意加入多边谈判，这是1980年美伊断交以来美方立场的重要松动。6月6日，欧盟共同外交与安全政策高级代表哈维尔·索拉纳（Javier Solana）赴德黑兰，向伊方转交六国复谈方案。{注:“Elements of a Revised Proposal to Iran Made by the E3+3,” June 6, 2006, https://www.consilium.europa.eu/uedocs/cmsUpload/st10242.en06.pdf (访问时间：2023年5月12日).}与此同时，美国国会通过《2006年伊朗自由支持法》，总统布什（George W. Bush）于9月30日签署。

伊朗未在规定期限内作出积极回应。2006年7月31日，安理会通过第1696号决议，首次以具有约束力的方式要求伊朗中止浓缩活动。同年12月23日，安理会一致通过第1737号决议，对伊朗核及弹道导弹相关实体和个人实施首轮制裁，并设立制裁委员会。{注:United Nations Security Council, Resolution 1737 (2006), S/RES/1737, December 23, 2006.}此后，安理会又先后于2007年3月24日、2008年3月3日和2010年6月9日通过第1747号、第1803号和第1929号决议，逐步将制裁扩展至武器禁运、金融限制、旅行禁令和货物检查等领域。其中，第1929号决议以12票赞成、2票反对（巴西、土耳其）、1票弃权（黎巴嫩）获得通过，是安理会对伊制裁中最为严厉的一项；2008年9月27日通过的第1835号决议则未增设新的制裁，仅重申此前各项决议。

中国在这一阶段的立场可概括为“支持、参与、克制”。一方面，中方支持安理会相关决议，认为伊朗应当通过实际行动恢复国际社会的信任；另一方面，中方强调制裁本身不是目的，坚持通过对话谈判解决问题，反对在安理会框架外实施单边制裁，并力主决议措施应与伊朗的行为挂钩、具有可逆性。{注:《外交部发言人就安理会通过伊朗核问题决议答记者问》，中华人民共和国外交部，2006年12月24日，https://www.fmprc.gov.cn/web/fyrbt_673021/t285012.shtml（访问时间：2023年6月3日）。}俄罗斯的立场与中国相近，且在布什尔核电站问题上与伊朗保持实际合作：俄方于2007年12月开始向布什尔运送核燃料，2011年9月电站正式并网发电。中俄两国在安理会磋商中的协调，使制裁决议的措辞一再软化，也为日后的谈判保留了空间。

## （二）“双轨”策略与燃料交换方案的失败

2009年1月，巴拉克·奥巴马（Barack Obama）就任美国总统，提出以“伸出的手”对待伊朗。同年3月20日，奥巴马借波斯新年之际发表视频讲话，首次以“伊朗伊斯兰共和国”的正式国名向伊朗领导人和人民致意。{注:The White House, “Videotaped Remarks by the President in Celebration of Nowruz,” March 20, 2009, https://obamawhitehouse.archives.gov/the-press-office/videotaped-remarks-president-celebration-nowruz (访问时间：2023年5月14日).}然而，6月伊朗总统大选后爆发的大规模抗议，使美伊接触的国内环境急剧恶化。9月25日，奥巴马与英国首相戈登·布朗（Gordon Brown）、法国总统尼古拉·萨科齐（Nicolas Sarkozy）在匹兹堡二十国集团峰会期间联合披露伊朗在库姆附近秘密建设的福尔多（Fordow）浓缩设施。10月1日，“5+1”与伊朗在日内瓦举行会谈，美国副国务卿威廉·伯恩斯（William Burns）与伊方首席谈判代表赛义德·贾利利（Saeed Jalili）单独会面，这是多年来美伊之间最高级别的直接接触。{注:William J. Burns, The Back Channel: A Memoir of American Diplomacy and the Case for Its Renewal, New York: Random House, 2019, pp. 350-356.}

日内瓦会谈原则上达成了“德黑兰研究堆燃料交换”方案：伊朗将约1200公斤低浓铀运往境外，换取用于生产医用同位素的20%丰度燃料组件。但伊朗国内对方案的反对声浪很大，谈判最终无果。2010年5月17日，巴西总统卢拉（Luiz Inácio Lula da Silva）、土耳其总理埃尔多安与艾哈迈迪-内贾德在德黑兰签署三方联合声明，伊朗同意将1200公斤低浓铀存放于土耳其。美国及其欧洲盟友认为该方案已经过时，因为此时伊朗的低浓铀库存已明显增加，且伊朗已于同年2月开始生产20%丰度浓缩铀。三方声明发表不到一个月，安理会便通过了第1929号决议。

2010—2012年，以美欧单边制裁为主的“第二轨道”迅速扩张。2010年7月1日，奥巴马签署《2010年全面制裁伊朗、问责和撤资法》（CISADA）；2011年12月31日，《2012财年国防授权法》生效，其第1245条授权对与伊朗中央银行进行交易的外国金融机构实施制裁。{注:Kenneth Katzman, “Iran Sanctions,” CRS Report RS20871, Congressional Research Service, updated April 14, 2015, pp. 10-18.}2012年1月23日，欧盟外长理事会决定对伊朗实施石油禁运，自同年7月1日起全面生效；3月，环球银行金融电信协会（SWIFT）根据欧盟规定切断了伊朗主要银行的联接。在此期间，国际原子能机构于2011年11月8日发布报告附件，详细列举伊朗核计划“可能的军事层面”（PMD）问题，进一步加深了西方的疑虑。对于美欧的单边措施，中方明确表示反对，外交部发言人多次强调，中伊之间正常的能源与经贸合作不应受到影响。{注:《2012年1月11日外交部发言人刘为民主持例行记者会》，中华人民共和国外交部，2012年1月11日，https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/t895765.shtml（访问时间：2023年6月3日）。}

与此同时，“5+1”与伊朗的谈判在中断一年多后重启。2012年4月14日，双方在伊斯坦布尔举行会谈，同意以《不扩散核武器条约》为基础、按照“分步对等”的原则推进谈判；5月23日至24日和6月18日至19日，谈判又先后在巴格达和莫斯科举行，但由于双方在20%丰度浓缩铀的处置与制裁解除的先后顺序上分歧过大，未能取得实质进展。次年2月和4月，双方在哈萨克斯坦阿拉木图又举行了两轮会谈，依然无果而终。这一系列谈判虽未取得突破，却使双方对彼此的底线有了更为清楚的认识。

制裁对伊朗经济的冲击在2012年下半年集中显现。伊朗原油出口由2011年的日均约250万桶降至次年年底的100万桶左右，里亚尔对美元的市场汇率在当年10月初出现剧烈贬值，通货膨胀率一度超过30%。{注:Suzanne Maloney, Iran’s Political Economy since the Revolution, Cambridge: Cambridge University Press, 2015, pp. 410-425.}经济压力与国内政治的变化相互叠加，为此后伊朗对外政策的调整准备了条件。

# 三、从日内瓦到维也纳：全面协议的达成（2013—2016）

## （一）鲁哈尼政府与《联合行动计划》

2013年是伊核外交的关键转折。在6月14日举行的第十一届总统选举中，温和派候选人哈桑·鲁哈尼在首轮投票中胜出，并于8月4日宣誓就职；曾任伊朗常驻联合国代表的穆罕默德·贾瓦德·扎里夫（Mohammad Javad Zarif）出任外长，核谈判的主导权由最高国家安全委员会移交外交部。{注:Mohammad Javad Zarif, “What Iran Really Wants: Iranian Foreign Policy in the Rouhani Era,” Foreign Affairs, Vol. 93, No. 3, 2014, pp. 49-59.}实际上，美伊之间经阿曼斡旋的秘密渠道自同年3月起已在马斯喀特进行了多轮接触，为公开谈判奠定了基础。9月27日，奥巴马与正在纽约出席联合国大会的鲁哈尼通电话，这是1979年以来两国元首的首次直接通话。

经过密集谈判，“5+1”与伊朗于２０１３年１１月２４日凌晨在日内瓦达成《联合行动计划》（JPOA）。{注:“Joint Plan of Action,” Geneva, November 24, 2013, https://www.eeas.europa.eu/archives/docs/statements-eeas/docs/iran_joint-plan-of-action_en.pdf (访问时间：2023年5月15日).}根据该计划，伊朗在为期六个月的第一阶段内停止丰度5%以上的浓缩，稀释或转化已有的20%丰度浓缩铀库存，不新增离心机，不推进阿拉克重水反应堆建设，并接受更为频繁的核查；作为交换，“5+1”有限度地暂停部分对伊制裁，分期解冻约42亿美元的伊朗海外资金。《联合行动计划》于2014年1月20日开始实施，双方又于同年7月和11月两次延长谈判期限。

中国在这一阶段的作用日益凸显。中国外长王毅多次赴日内瓦、洛桑和维也纳出席外长会，强调各方应坚持政治引领、相向而行和分步对等的原则，并就浓缩能力、重水堆改造等难点提出中方方案。{注:《王毅谈伊朗核问题全面协议谈判：中方发挥了独特的建设性作用》，新华网，2015年7月14日，http://www.xinhuanet.com/world/2015-07/14/c_1115917712.htm（访问时间：2023年6月5日）。}俄罗斯则在浓缩铀库存外运、福尔多设施用途转换等技术问题上提供了可行的替代方案，俄外长谢尔盖·拉夫罗夫（Sergey Lavrov）多次亲赴谈判现场。中美两国在谈判后期保持了密切沟通，这也是两国在全球安全议题上合作的一个典型案例。

## （二）洛桑框架与全面协议

2015年4月2日，各方在瑞士洛桑就全面协议的主要参数达成框架性解决办法。经过此后三个多月在奥地利维也纳进行的逐字逐句的文本谈判，2015年7¦月14日，伊朗外长扎里夫、美国国务卿约翰·克里（John Kerry）、欧盟外交与安全政策高级代表费代丽卡·莫盖里尼（Federica Mogherini）以及中、俄、英、法、德五国外长共同宣布达成全面协议。扎里夫在当天的记者会上说：“今天本可能是这一问题上希望的终结，但现在我们正在开启希望的新篇章。”{注:《伊朗核问题全面协议达成》，《人民日报》２０１５年７月１５日，第１版。}王毅在维也纳表示，全面协议的达成为通过谈判解决重大国际争端提供了有益借鉴。

全面协议由正文和五个附件构成，核心安排包括：伊朗将离心机数量由约1.9万台减至6104台，其中仅5060台用于浓缩，为期十年；15年内浓缩丰度不超过3.67%，低浓铀库存不超过300公斤；阿拉克重水反应堆按照不生产武器级钚的标准进行改造；福尔多设施转为核物理与技术研究中心。{注:“Joint Comprehensive Plan of Action,” Vienna, July 14, 2015, Annex I, paras. 3-10, 27-32, 44-46.}作为交换，联合国、美国和欧盟将在国际原子能机构核实伊朗履约后解除与核问题相关的制裁。按照美方测算，协议将伊朗的“突破时间”从两至三个月延长至至少一年。

2015年7月20日，安理会一致通过第2231号决议，核可全面协议，并规定第1696、1737、1747、1803、1835和1929号决议的条款在“执行日”终止。{注:United Nations Security Council, Resolution 2231 (2015), S/RES/2231, July 20, 2015, paras. 7-12.}决议同时设置了“快速恢复制裁”（snapback）机制，并规定其各项条款在“通过日”十年之后终止，即所谓“终止日”为2025年10月18日。同年10月18日为协议的“通过日”；2016年1月16日，国际原子能机构总干事天野之弥（Yukiya Amano）宣布伊朗已完成执行协议所需的准备步骤，当天即为“执行日”，联合国及美欧相关制裁随之解除。{注:IAEA, “IAEA Director General’s Statement on Iran,” January 16, 2016, https://www.iaea.org/newscenter/statements/iaea-director-generals-statement-on-iran (访问时间：2023年5月16日).}

中国在阿拉克重水反应堆改造中承担了牵头角色。2015年11月，中、美、伊等方面签署关于阿拉克重水反应堆改造的官方文件，中国核工业集团公司随后与伊朗原子能组织在改造设计方面开展合作。{注:李小军：《中国参与伊核问题解决的路径与经验》，《国际展望》2019年第4期，第101—118页。}执行日之后一周，习近平主席于2016年1月22日至23日对伊朗进行国事访问，这是14年来中国国家元首首次访伊，两国宣布建立全面战略伙伴关系。{注:《习近平同伊朗总统鲁哈尼举行会谈》，《人民日报》2016年1月24日，第1版。}协议执行后的次年，伊朗原油出口迅速恢复，欧洲企业纷纷重返伊朗市场，法国道达尔公司（Total）于2017年7月与伊方签署南帕尔斯天然气田第11期开发合同。

全面协议在美国国内遭遇了强烈阻力。2015年5月22日，奥巴马签署《伊朗核协议审议法》，国会由此获得为期60天的协议审议期。同年9月，参议院共和党人推动的否决协议决议案因未能获得60票而三次受阻，协议得以在未经国会批准的情况下进入实施程序。{注:Kenneth Katzman and Paul K. Kerr, “Iran Nuclear Agreement,” CRS Report R43333, Congressional Research Service, updated May 31, 2016, pp. 8-11.}在伊朗国内，议会于10月13日通过了执行协议的法案，最高领袖哈梅内伊随后致信鲁哈尼，有条件地表示支持。以色列总理本雅明·内塔尼亚胡（Benjamin Netanyahu）则早在同年3月3日就在美国国会发表演讲，公开反对与伊朗达成协议。美伊两国国内的反对力量虽未能阻止协议的达成，却为其日后的脆弱性埋下了伏笔。

从结构上看，2013—2015年的突破是多重因素共同作用的结果：制裁使伊朗经济承受了巨大压力，而伊朗离心机数量的持续增加也使美欧意识到“零浓缩”的目标已不现实；鲁哈尼政府的上台为伊朗的政策调整提供了国内政治空间；奥巴马政府则愿意在承认伊朗有限浓缩能力的前提下寻求可核查的安排。更为重要的是，“5+1”六国在这一时期保持了高度一致，中国和俄罗斯既参与了安理会的多边制裁，又在谈判桌上为伊朗的合理关切发声，从而使谈判在施压与接触之间维持了平衡。

# 四、美国退约与“极限施压”（2017—2020）

## （一）特朗普政府退约与对伊制裁的恢复

2017年1月，唐纳德·特朗普（Donald Trump）就任美国总统，对全面协议持强烈否定态度。同年10月13日，特朗普宣布不再向国会确认伊朗履约，但暂未退出协议。{注:The White House, “Remarks by President Trump on Iran Strategy,” October 13, 2017, https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-iran-strategy/ (访问时间：2023年5月18日).}2018年1月12日，特朗普在延续对伊制裁豁免时发出“最后通牒”，他在声明中说：“这是最后一次机会。”美方要求欧洲盟友与其一道“修补”协议的“严重缺陷”。此后四个月，美欧围绕日落条款、弹道导弹和地区行为进行了多轮磋商，法国总统埃马纽埃尔·马克龙（Emmanuel Macron）于4月下旬访美期间提出在现有协议基础上谈判“新协议”的设想，但未能改变美方的决定。

2018年5月8日，特朗普宣布美国退出全面协议，并重启对伊制裁。{注:The White House, “Remarks by President Trump on the Joint Comprehensive Plan of Action,” May 8, 2018, https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-joint-comprehensive-plan-action/ (访问时间：2023年5月18日).}美国财政部设定了90天和180天两个过渡期：同年8月7日，第一批涉及汽车、黄金和金属等领域的制裁生效；11月5日，针对伊朗能源、航运和金融部门的第二批制裁生效，美方同时向包括中国、印度、日本、韩国在内的八个经济体发放为期180天的石油进口豁免。次年4月22日，美国宣布不再延长豁免，声称要将伊朗石油出口“降至零”。国际原子能机构总干事天野之弥在美国退约翌日发表声明：“伊朗正在履行其核相关承诺。”{注:IAEA, “Statement by IAEA Director General Yukiya Amano,” May 9, 2018, https://www.iaea.org/newscenter/statements/statement-by-iaea-director-general-yukiya-amano-9-may-2018 (访问时间：2023年5月18日).}伊朗最高领袖哈梅内伊同日发表讲话，对欧方能否独立维护协议表示怀疑。{注:“Rahbar-e Enqelab: Be in Se Keshvar-e Orupayi Etminan Nadaram,” Ruznameh-ye Keyhan, 19 Ordibehesht 1397 [2018年5月9日], p. 1.}

欧方对美国退约表示“遗憾”，并试图维持协议。5月8日当天，法德英三国领导人发表联合声明，重申继续履行协议的承诺。同月中旬，欧盟在索非亚领导人会议期间决定启动对1996年《阻断法令》的更新程序，更新后的法令于8月7日生效，恰与美国第一批制裁同日。2019年1月31日，法德英三国宣布成立“支持贸易往来工具”（INSTEX），以绕开美元结算体系维持对伊人道主义贸易，但该机制直至2020年3月31日才完成首笔交易，规模极为有限。{注:孙德元、张帆：《欧盟维护伊核协议的政策选择与困境》，《欧洲研究》2020年第2期，第60—81页。}伊欧关系由此陷入困境：伊方指责欧方无力兑现经济承诺，欧方则担心伊朗的反制措施会使协议名存实亡。

美国的“极限施压”同样波及中国企业。2019年7月22日，美国国务院宣布制裁中国珠海振戎公司，理由是其违反美方制裁规定进口伊朗原油；同年9月25日，美方又宣布制裁中远海运（大连）油运等多家中国航运企业。中方对此表示坚决反对，外交部发言人指出，中伊在国际法框架内开展的正常合作合理合法，应当得到尊重和维护。{注:《外交部发言人就美方宣布制裁中国企业答记者问》，中华人民共和国外交部，2019年7月23日，https://www.mfa.gov.cn/web/fyrbt_673021/dhdw_673027/201907/t20190723_7691234.shtml（访问时间：2023年6月8日）。}在美方的压力下，中国自伊朗进口的原油数量在2019年下半年明显下降，但中方始终坚持反对单边制裁和“长臂管辖”的原则立场。

## （二）伊朗分阶段减少履约与“快速恢复制裁”之争

在美国退约一周年之际，伊朗开始分阶段减少履约。2019年5月8日，鲁哈尼宣布伊朗将停止履行协议中关于浓缩铀和重水库存上限的承诺，并给其余各方60天时间兑现经济承诺。{注:“Matn-e Kamel-e Payam-e Ra’is-e Jomhur be Sarān-e Keshvarha-ye 4+1,” Pāygāh-e Ettelā‘resāni-ye Riyasat-e Jomhuri, 18 Ordibehesht 1398 [2019年5月8日], https://www.president.ir/fa/109277 (访问时间：2023年6月8日).}此后一年间，伊朗以大约每60天一步的节奏采取了五个步骤：同年7月，浓缩铀库存突破300公斤上限，浓缩丰度提高至4.5%左右；9月，伊朗宣布取消对离心机研发的限制；11月，伊朗在福尔多设施恢复注入六氟化铀；2020年1月5日，伊朗宣布不再受离心机数量限制。{注:IAEA Board of Governors, “Verification and Monitoring in the Islamic Republic of Iran in light of United Nations Security Council Resolution 2231 (2015),” GOV/2020/5, March 3, 2020.}伊朗方面强调，上述措施均可逆，一旦其他各方全面履约即可恢复。

减少履约的同时，海湾地区的紧张局势不断升级。2019年6月12日至14日，日本首相安倍晋三访问伊朗，这是1978年以来日本首相首次访伊；就在安倍与哈梅内伊会面的当天，两艘油轮在阿曼湾遇袭。6月20日，伊斯兰革命卫队在霍尔木兹海峡附近击落一架美国“全球鹰”无人机，特朗普一度批准对伊朗实施报复性打击，后又在最后时刻取消。{注:Michael D. Shear, Eric Schmitt, Michael Crowley and Maggie Haberman, “Strikes on Iran Approved by Trump, Then Abruptly Pulled Back,” The New York Times, June 20, 2019, https://www.nytimes.com/2019/06/20/world/middleeast/iran-us-drone.html (访问时间：2023年5月19日).}8月下旬，法国总统马克龙邀请扎里夫赴七国集团峰会所在地比亚里茨会谈，试图促成美伊领导人会晤，但未获成功。9月14日，沙特阿美公司的两处石油设施遭无人机和导弹袭击，美国指责伊朗为幕后主使，美伊对抗进一步激化。

2020年初，地区局势急剧升级。1月3日，伊斯兰革命卫队“圣城旅”指挥官卡西姆·苏莱曼尼（Qasem Soleimani）在巴格达机场附近遭美军无人机袭击身亡；1月8日，伊朗向驻伊拉克美军基地发射导弹实施报复。同月14日，欧盟三国宣布启动全面协议的争端解决机制，三国外长在联合声明中称：“鉴于伊朗的行动，我们别无选择，只能在今天登记我们的关切。”{注:“E3 Foreign Ministers’ Statement on the JCPoA,” January 14, 2020, https://www.gov.uk/government/news/e3-foreign-ministers-statement-on-the-jcpoa-14-january-2020 (访问时间：2023年5月20日).}同年8月14日，安理会否决了美国提出的无限期延长对伊武器禁运的决议草案，仅美国和多米尼加投赞成票；8月20日，美国国务卿迈克·蓬佩奥（Mike Pompeo）致函安理会主席，声称启动“快速恢复制裁”机制。{注:《中国常驻联合国代表张军就美国企图启动“快速恢复制裁”机制致函安理会》，新华社，2020年8月21日。}安理会其余13个成员国中的绝大多数认为，美国已于2018年退出协议，无权援引第2231号决议的相关条款。9月19日，美方单方面宣布联合国制裁“恢复”，未获得国际社会的承认；10月18日，依据第2231号决议，对伊常规武器禁运如期解除。

中俄两国在这一阶段协调立场，共同维护协议。2019年6月，习近平在杜尚别出席亚信峰会期间会见鲁哈尼，表示无论国际形势如何变化，中方发展中伊全面战略伙伴关系的决心不会改变。{注:《习近平会见伊朗总统鲁哈尼》，《人民日报》2019年6月16日，第2版。}俄罗斯则通过安理会、全面协议联合委员会等渠道反对美国的“极限施压”，俄方代表多次指出美方退约才是协议危机的根源。2020年11月27日，伊朗核科学家穆赫辛·法赫里扎德（Mohsen Fakhrizadeh）在德黑兰附近遇袭身亡，伊朗议会随即加快了强化核活动立法的进程，美伊、伊欧之间本已脆弱的互信再受重创。

# 五、维也纳谈判与协议的困境（2021—2023）

## （一）恢复履约谈判的启动与中断

2021年1月，约瑟夫·拜登（Joseph Biden）就任美国总统，表示愿在伊朗恢复严格履约的前提下重返协议。但伊朗议会已于2020年12月初通过《取消制裁和保护伊朗国家利益战略行动法》，要求政府将浓缩丰度提高至20%，并在美方不解除制裁的情况下停止执行《附加议定书》。{注:Kelsey Davenport, “Iran’s Parliament Passes Nuclear Law,” Arms Control Today, Vol. 51, No. 1, January/February 2021, pp. 24-25.}2021年1月4日，伊朗宣布在福尔多开始生产20%丰度浓缩铀；2月23日，伊朗停止自愿执行《附加议定书》。此前两天，国际原子能机构总干事拉斐尔·格罗西（Rafael Grossi）访问德黑兰，与伊朗原子能组织主席阿里·阿克巴尔·萨利希（Ali Akbar Salehi）达成为期三个月的临时技术谅解，维持了部分核查活动。

2021年4月6日，全面协议联合委员会在维也纳召开会议，恢复履约谈判正式启动。由于美伊两国不直接对话，谈判采取由欧盟协调员恩里克·莫拉（Enrique Mora）在美伊之间穿梭传话的间接形式。谈判开始后不到一周，纳坦兹设施于4月11日遭遇破坏，伊朗随即宣布将浓缩丰度提高至60%。6月18日，保守派候选人易卜拉欣·莱希（Ebrahim Raisi）当选伊朗总统，第六轮谈判于6月20日结束后，谈判中断了五个多月。11月29日，第七轮谈判在维也纳复会，伊方首席谈判代表改由外交部副部长阿里·巴盖里·卡尼（Ali Bagheri Kani）担任。{注:黄立明：《维也纳谈判与伊核协议的前景》，《现代国际关系》2022年第1期，第33—40页。}

维也纳谈判之外，国际原子能机构与伊朗之间的保障监督争议同样牵动全局。2019年以来，机构在伊朗若干未申报地点检测到人为来源的铀颗粒，要求伊方作出可信解释。2020年8月26日，格罗西首次以总干事身份访问德黑兰，双方发表联合声明，伊方同意机构核查人员进入其中两处地点。但此后伊方的解释始终未能令机构满意，这些问题在2022年逐渐成为维也纳谈判的焦点之一，伊方坚持将“结束调查”作为恢复履约的前提条件。

2022年上半年，维也纳谈判一度接近达成。3月初，各方普遍认为协议文本已基本定稿，但俄罗斯外长拉夫罗夫于3月5日要求美方作出书面保证，确保对俄制裁不影响俄伊之间在全面协议框架下的合作，谈判因此暂停。{注:“Russia Demands U.S. Guarantees before Backing Iran Nuclear Deal,” Reuters, March 5, 2022, https://www.reuters.com/world/europe/russia-demands-us-guarantees-2022-03-05/ (访问时间：2023年5月22日).}此后，伊方坚持要求美国将伊斯兰革命卫队从“外国恐怖组织”名单中移除，并要求国际原子能机构结束对未申报地点核材料痕迹的调查。同年6月8日，国际原子能机构理事会通过决议，批评伊朗在保障监督问题上不予合作，伊朗随即关闭了约27台监控摄像头。8月8日，欧盟外交与安全政策高级代表约瑟普·博雷利（Josep Borrell）提交所谓“最终文本”，但美伊双方在随后数周的书面往来中未能弥合分歧，至当年9月谈判实际陷入停滞。

## （二）协议框架的持续侵蚀与中国的斡旋

2022年9月以后，伊朗国内局势动荡以及伊朗向俄罗斯提供无人机的指控，使欧方立场趋于强硬。11月17日，理事会再次通过决议，要求伊朗就三处未申报地点的核材料痕迹作出解释。2023年初，国际原子能机构在福尔多检测到丰度达83.7%的铀颗粒。3月4日，格罗西再次访问德黑兰，与伊方发表联合声明，伊方承诺恢复部分监控设备的运行。{注:IAEA, “Joint Statement between the Atomic Energy Organization of Iran and the International Atomic Energy Agency,” Tehran, March 4, 2023.}在此之前，莱希于2月14日至16日对中国进行国事访问，这是20多年来伊朗总统首次访华进行国事访问，两国联合声明强调全面协议是经安理会核可的多边外交成果。{注:《中华人民共和国和伊朗伊斯兰共和国联合声明》，《人民日报》2023年2月17日，第2版。}

3月10日，在中国的斡旋下，沙特阿拉伯和伊朗在北京发表三方联合声明，宣布恢复外交关系。{注:《中华人民共和国、沙特阿拉伯王国、伊朗伊斯兰共和国三方联合声明》，中华人民共和国外交部，2023年3月10日，https://www.mfa.gov.cn/wjbxw_new/202303/t20230310_11039137.shtml（访问时间：2023年6月10日）。}沙伊和解缓和了海湾地区的紧张态势，也为伊核问题的外交解决创造了相对有利的地区环境。同年8月，美伊通过卡塔尔斡旋达成被拘押人员交换与解冻约60亿美元伊朗资金的安排，9月18日双方完成换囚。在此之前，中伊两国已于2021年3月27日签署为期25年的《中伊全面合作计划》；2022年1月14日，伊朗外长侯赛因·阿米尔-阿卜杜拉希扬（Hossein Amir-Abdollahian）访华，与王毅在江苏无锡会谈，双方宣布启动落实该计划。

在维也纳谈判中，中国代表团积极劝和促谈。中方认为，美国作为伊核危机的始作俑者，应当纠正错误政策，全面解除对伊制裁以及对第三方的“长臂管辖”措施；伊朗则应在此基础上恢复全面履约，双方相向而行、分步对等。中国常驻维也纳联合国和其他国际组织代表王群多次在谈判间隙与各方磋商，并在理事会会议上呼吁有关各方避免提出对伊施压的决议草案。2021年3月，王毅访问中东期间提出实现中东安全稳定的五点倡议，主张在海湾地区建立多边对话平台。俄罗斯则在2022年2月乌克兰危机升级后与伊朗在能源、军事等领域的合作明显加深，俄伊关系的这一变化也使美欧对维也纳谈判的政治计算更加复杂。

然而，协议的制度框架继续被侵蚀。2023年9月14日，欧盟三国宣布，鉴于伊朗持续不履约，将在10月18日“过渡日”之后继续保留原定解除的与核及导弹相关的制裁。{注:“Joint Statement by the Foreign Ministers of France, Germany and the United Kingdom on the JCPoA,” September 14, 2023, https://www.gov.uk/government/news/e3-statement-on-the-jcpoa-14-september-2023 (访问时间：2023年9月20日).}两天后，伊朗撤销了对若干名国际原子能机构资深核查人员的指派，格罗西称之为“不成比例且前所未有”的举措。至2023年底，伊朗浓缩铀库存已超出协议上限二十余倍，全面协议事实上已名存实亡。{注:IAEA Board of Governors, “Verification and Monitoring in the Islamic Republic of Iran,” GOV/2023/57, November 15, 2023.}

# 六、结语

回顾2003—2023年伊核外交的二十年历程，可以发现三条贯穿始终的线索。第一，大国协调的程度决定了多边外交的成效。21世纪10年代中期全面协议得以达成，关键在于“5+1”内部形成了罕见的共识，中美、美俄在防扩散问题上的合作压倒了其他领域的分歧；而当美国退约、大国关系整体恶化之后，同一机制便失去了运转的基础。第二，国际原子能机构的核查权威是多边框架的技术基石。从2003年的首份报告到2023年的联合声明，机构既是事实的认定者，也是各方博弈的场所，其报告往往成为局势转折的起点。第三，各方国内政治深刻影响外交进程：伊朗总统的更替、美国政府的轮替以及欧洲对伊政策的变化，都在不同时点改变了谈判的走向。{注:王锦：《国内政治与伊朗核外交：一项比较研究》，《世界经济与政治》2021年第9期，第126—150页。}

从更长的时段看，伊核问题也折射出国际防扩散体系的结构性矛盾。一方面，《不扩散核武器条约》第四条赋予缔约国和平利用核能的“不可剥夺的权利”，伊朗据此坚持浓缩权；另一方面，浓缩与后处理技术的两用性质使国际社会难以仅凭核查消除对其意图的疑虑。从21世纪初欧盟三国要求伊朗“零浓缩”，到21世纪10年代全面协议承认伊朗有限的浓缩能力，这一转变本身说明，防扩散安排只有在兼顾各方合理关切的前提下才能持久。对中国而言，伊核问题既是参与全球安全治理的重要实践，也是处理中美、中欧以及中国与中东国家关系的重要议题。

中国始终坚持以政治外交方式解决伊朗核问题，既反对伊朗拥有核武器，也反对滥用单边制裁和“长臂管辖”。随着第２２３１号决议“终止日”日益临近，伊核问题正面临新的不确定性。在大国战略竞争加剧的背景下，能否重建各方的基本互信、恢复多边框架的有效运转，仍将是未来一个时期国际防扩散治理的重要课题。
"""


# ----------------------------------------------------------------------------
# text handling
# ----------------------------------------------------------------------------

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
MARK_BASE = 0xF100          # internal placeholder code points for markers
CLOSE_P = set("，。、；：？！”’）》」』】…")
OPEN_P = set("“‘（《「『【")

DATE_RE = re.compile(
    r"\d{4}(?:—\d{4})?年(?:\d{1,2}(?:—\d{1,2})?月(?:\d{1,2}日)?)?"
    r"|\d{1,2}月\d{1,2}日|\d{1,2}月|\d{1,2}日"
    r"|\d{1,2}世纪\d{1,2}年代|\d{1,2}世纪"
)
ATOM_RE = re.compile(
    DATE_RE.pattern
    + r"|[!-~]+"           # ASCII run (word, number, URL)
    + r"| "
    + r"|[０-９]+"
    + r"|¦"
    + r"|[\s\S]"
)


def cw(ch):
    """Width of one character in em."""
    o = ord(ch)
    if o < 0x80:
        return 0.5
    if MARK_BASE <= o < MARK_BASE + 200 or ch in CIRCLED:
        return 0.5
    return 1.0


def width(s):
    return sum(cw(c) for c in s)


def atoms(text):
    raw = [m.group(0) for m in ATOM_RE.finditer(text)]
    out = []
    pending_open = ""
    glue_next = False
    for a in raw:
        if glue_next and out and a not in (" ", "¦"):
            out[-1] += a
            glue_next = False
            continue
        glue_next = False
        if a == "·" and out and out[-1] not in (" ", "¦"):
            out[-1] += a          # a middle dot neither starts nor ends a line
            glue_next = True
            continue
        is_mark = len(a) == 1 and MARK_BASE <= ord(a) < MARK_BASE + 200
        if (a in CLOSE_P or is_mark) and out and out[-1] not in (" ", "¦"):
            out[-1] += a
            continue
        if a in OPEN_P:
            pending_open += a
            continue
        if pending_open:
            a = pending_open + a
            pending_open = ""
        out.append(a)
    if pending_open:
        out.append(pending_open)
    return out


def core_width(a):
    """Width of an atom without its trailing closing punctuation/markers."""
    s = a
    while s and (s[-1] in CLOSE_P or MARK_BASE <= ord(s[-1]) < MARK_BASE + 200):
        s = s[:-1]
    return width(s)


def wrap(text, limit, first_limit=None, split_long=False, overflow=4.0):
    """Greedy wrap of one paragraph; returns (lines, forced_break_line_indexes)."""
    lines, cur, forced = [], "", []
    lim = first_limit if first_limit is not None else limit
    for a in atoms(text):
        if a == "¦":
            w = width(cur)
            assert lim - 3 <= w <= lim + 1.5, ("forced break at width", w, cur)
            forced.append(len(lines))
            lines.append(cur)
            cur, lim = "", limit
            continue
        if a == " ":
            if cur:
                cur += " "
            continue
        w_cur = width(cur.rstrip(" "))
        if width(cur) + core_width(a) <= lim:
            cur += a
            continue
        # does not fit
        if split_long and width(a) > 10 and lim - width(cur) >= 4:
            # break a long ASCII token (URL) inside
            room = lim - width(cur)
            k = 0
            while k < len(a) and width(a[:k + 1]) <= room:
                k += 1
            lines.append(cur + a[:k])
            cur, lim = a[k:], limit
            while width(cur) > limit:
                k = 0
                while width(cur[:k + 1]) <= limit:
                    k += 1
                lines.append(cur[:k])
                cur = cur[k:]
            continue
        if cur.strip() and (w_cur >= lim - 3.5
                            or width(cur) + core_width(a) > lim + overflow):
            lines.append(cur.rstrip(" "))
            cur, lim = a, limit
            while split_long and width(cur) > limit:
                k = 0
                while width(cur[:k + 1]) <= limit:
                    k += 1
                lines.append(cur[:k])
                cur = cur[k:]
        elif cur.strip():
            cur += a            # overflow rather than leave a short line
        else:
            cur = a
    if cur.strip():
        lines.append(cur.rstrip(" "))
    return lines, forced


# ----------------------------------------------------------------------------
# parse body
# ----------------------------------------------------------------------------

def parse_body():
    notes = []
    blocks = []   # (kind, text) kind in para/h1/h2

    def repl(m):
        notes.append(m.group(1))
        return chr(MARK_BASE + len(notes) - 1)

    for chunk in BODY.strip().split("\n\n"):
        chunk = chunk.strip()
        if chunk.startswith("## "):
            blocks.append(("h2", chunk[3:]))
        elif chunk.startswith("# "):
            blocks.append(("h1", chunk[2:]))
        else:
            t = re.sub(r"\{注:(.*?)\}", repl, chunk.replace("\n", ""))
            # a space after a marker that is followed by more text (as in the corpus)
            t = re.sub("([\uF100-\uF1C7])(?=[^\uF100-\uF1C7，。；、])", r"\1 ", t)
            blocks.append(("para", t))
    return blocks, notes


def body_lines(blocks):
    """List of dicts: text, kind, para index, forced flag."""
    out = []
    for bi, (kind, text) in enumerate(blocks):
        if kind == "para":
            ls, forced = wrap(text, BODY_WIDTH, BODY_WIDTH - 2)
        else:
            ls, forced = wrap(text, BODY_WIDTH)[0], []
        for i, l in enumerate(ls):
            out.append({"text": l, "kind": kind, "block": bi,
                        "last": i == len(ls) - 1, "forced": i in forced})
    return out


def marks_in(s):
    return [ord(c) - MARK_BASE for c in s if MARK_BASE <= ord(c) < MARK_BASE + 200]


def note_lines(text, num):
    prefix = (CIRCLED[num - 1] + " ") if num else ""
    ls, _ = wrap(prefix + text, NOTE_WIDTH, split_long=True, overflow=1.5)
    return ls


def paginate(lines, notes):
    pages = []
    cur = {"body": [], "notes": []}
    cap = FIRST_PAGE_CAPACITY
    for ln in lines:
        new_notes = marks_in(ln["text"])
        trial_notes = cur["notes"] + new_notes
        nl = sum(len(note_lines(notes[n], 1)) for n in trial_notes)
        cost = len(cur["body"]) + 1 + NOTE_LINE_COST * nl
        if cur["body"] and cost > cap:
            pages.append(cur)
            cur = {"body": [], "notes": []}
            cap = PAGE_CAPACITY
        cur["body"].append(ln)
        cur["notes"] += new_notes
    pages.append(cur)
    return pages


def build():
    blocks, notes = parse_body()
    lines = body_lines(blocks)
    pages = paginate(lines, notes)

    out = []          # list of (text, tag)
    info = {"pages": len(pages), "notes": len(notes), "tags": []}

    def emit(text, tag=""):
        out.append((text, tag))

    # front matter
    for t in FRONT["title"]:
        emit(t, "title")
    emit(FRONT["authors"], "authors")
    emit(FRONT["affil"], "affil")
    for t in wrap(FRONT["abstract"], FRONT_WIDTH)[0]:
        emit(t, "abstract")
    emit(FRONT["keywords"], "keywords")
    emit(FRONT["clc"], "clc")
    emit(FRONT["doi"], "doi")

    carry = []        # note lines continued onto the next page's foot
    for pi, page in enumerate(pages, start=1):
        pno = FIRST_PAGE + pi - 1
        header = JOURNAL_HEADER if pno % 2 == 0 else SHORT_TITLE
        has_header = pi != 1 and pi != NO_FURNITURE and pi != HEADER_MIDDLE
        if has_header:
            emit(header, "header")
        # number markers per page
        local = {}
        for ln in page["body"]:
            for n in marks_in(ln["text"]):
                local[n] = len(local) + 1
        mid_at = None
        if pi == HEADER_MIDDLE:
            for k in range(8, len(page["body"]) - 1):
                t = page["body"][k]["text"]
                if page["body"][k]["kind"] == "para" and not page["body"][k]["last"] \
                        and t[-1] not in "。！？”":
                    mid_at = k
                    break
            assert mid_at is not None
        for k, ln in enumerate(page["body"]):
            t = "".join(CIRCLED[local[ord(c) - MARK_BASE] - 1]
                        if MARK_BASE <= ord(c) < MARK_BASE + 200 else c
                        for c in ln["text"])
            tag = "body:" + ln["kind"]
            if ln["forced"]:
                tag += ":forced"
            if ln["last"]:
                tag += ":last"
            emit(t, tag)
            if k == mid_at:
                emit(header, "header:middle")
        if pi == 1:
            for t in FRONT["foot"]:
                emit(t, "firstfoot")
        if pi == len(pages):
            emit(EDITOR, "editor")
        # notes
        for t in carry:
            emit(t, "note:carried")
        carry = []
        nlist = sorted(local, key=lambda n: local[n])
        for j, n in enumerate(nlist):
            num = None if pi in LOST_NOTE_NUMBERS else local[n]
            ls = note_lines(notes[n], num)
            if pi in NOTE_CONTINUES and j == len(nlist) - 1:
                assert len(ls) >= 2, ("note to continue is one line", pi)
                keep = (len(ls) + 1) // 2
                for t in ls[:keep]:
                    emit(t, "note:cut")
                carry = ls[keep:]
                continue
            for t in ls:
                emit(t, "note" + (":nonum" if num is None else ""))
        if pi == len(pages):
            for t in ENGLISH:
                emit(t, "english")
        if pi != NO_FURNITURE:
            emit("— %d —" % pno, "pageno")
    assert not carry
    return out, info, notes


def main():
    out, info, notes = build()
    text = "\n\n".join(t for t, _ in out) + "\n"
    sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    for old in glob.glob(os.path.join(HERE, "h04_*.txt")):
        os.remove(old)
    path = os.path.join(HERE, "h04_%s.txt" % sha)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", path, len(text), "chars,", text.count("\n"), "lines,",
          info["pages"], "pages,", info["notes"], "notes")
    if "--report" in sys.argv:
        for i, (t, tag) in enumerate(out):
            ln = 2 * i + 1
            print("%4d %5.1f %3d %-18s %s" % (ln, width(t), len(t), tag, t))
        han = len(re.findall(r"[\u4e00-\u9fff]", BODY.split("\n# 六")[0] + BODY.split("\n# 六")[1]))
        body_plain = re.sub(r"\{注:.*?\}", "", BODY)
        print("Han characters in body (without notes):",
              len(re.findall(r"[\u4e00-\u9fff]", body_plain)))
        print("Han characters in notes:",
              sum(len(re.findall(r"[\u4e00-\u9fff]", n)) for n in notes))


if __name__ == "__main__":
    main()
