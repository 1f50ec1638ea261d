#!/usr/bin/env python3
"""Build the raw text of the constructed held-out article h13.

Standard library only, deterministic.  It holds the clean content (front matter,
body with inline footnotes, the neighbouring page), wraps, paginates into a
two-page-spread PDF as poppler's pdftotext (default mode) would give it, applies
the documented damage and writes h13_<sha1[:8]>.txt beside this script.

    python3 make_raw.py            # write the file
    python3 make_raw.py --report   # also print every line with number/page/tag
    python3 make_raw.py --nocheck  # skip the assertions of check() (used while tuning)
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

JOURNAL = "东瀛学刊 2024年第3期"
SHORT_TITLE = "从邦交正常化到钓鱼岛争端：中日关系的四十年（1972—2012）"
FIRST_PAGE = 47          # the article starts on a right-hand (odd) page
BODY_W = 37.0            # body measure in em
FIRST_W = 35.0           # first line of a paragraph (2-em indent lost)
NOTE_W = 44.0            # footnote measure (smaller type)
ABS_W = 36.0             # abstract measure
CAP = 38.0               # body-line units per page
NOTE_UNIT = 0.72         # a footnote line in body-line units
NOTE_SEP = 0.6           # footnote rule
H1_UNITS = 2.5
H2_UNITS = 1.6

# ---- damage switches (documented in README.md) --------------------------------
LOST_MARKER = 9          # (b) body marker printed as a plain digit, glued
CONT_PAGE = 51           # (c) the last footnote of this page continues on the next
CONT_KEEP = 1            #     lines of it kept on CONT_PAGE
HEADER_IN_PARA_PAGE = 53  # (d) running header printed after this page's 3rd body line
HEADER_AFTER = 3
NONUM_NOTE = 45          # (f) footnote printed without its number

# ------------------------------------------------------------------------------
# Neighbouring article: its last page (46), printed left of our first page.
NEIGHBOUR_BODY = [
    "因此，日本对东南亚的经济外交在很大程度上服务于其地区战略的需要，"
    "援助、贸易与投资始终是日本塑造地区秩序的主要手段。2013年12月，"
    "日本—东盟特别首脑会议在东京召开，双方发表《日本东盟友好合作愿景声明》，"
    "日本承诺在此后5年内提供总额2万亿日元的政府开发援助。{33}"
    "2023年是日本与东盟建立友好合作关系50周年，同年9月，双方将关系提升为"
    "“全面战略伙伴关系”，12月又在东京举行了纪念峰会。{34}"
    "可以预见，在大国竞争日趋激烈的背景下，日本将继续借助经济外交手段，"
    "巩固其在东南亚的影响力。",
    "当然，日本对东南亚的经济外交也面临诸多制约。一方面，中国与东盟的经济"
    "联系日益紧密，日本在贸易和投资领域的相对优势正在缩小；另一方面，东盟"
    "国家普遍不愿在大国之间选边站队，日本的政策意图未必能够如愿实现。",
]
NEIGHBOUR_NOTES = {
    33: "「日・ASEAN特別首脳会議（概要）」、外務省、2013年12月14日、"
        "https://www.mofa.go.jp/mofaj/area/asean/j_asean/page3_000571.html [2024-03-01]。",
    34: "「日本ASEAN友好協力50周年特別首脳会議の開催」、首相官邸、2023年12月17日。",
}
NEIGHBOUR_EDITOR = "（责任编辑：叶 青）"

# ------------------------------------------------------------------------------
FRONT_COLUMN = "【中日关系研究】"
FRONT_TITLE = ["从邦交正常化到钓鱼岛争端：", "中日关系的四十年（1972—2012）*"]
FRONT_AUTHORS = "沈知远 苏嘉禾"
FRONT_AFFIL = "（沧浪大学 日本研究院，江苏 苏州 215099）"
FRONT_ABSTRACT = (
    "内容提要：1972年9月29日《中日联合声明》的发表结束了两国间的不正常状态，"
    "1978年8月12日签订的《中日和平友好条约》以法律形式确认了联合声明的各项原则。"
    "此后四十年间，中日关系经历了20世纪80年代的“蜜月期”、冷战结束后的调整期、"
    "21世纪初的“政冷经热”以及2006年以后的战略互惠阶段，但终因2012年9月日本政府"
    "“购岛”而陷入邦交正常化以来最严重的困难局面。本文认为，“1972年体制”建立在"
    "国际格局与两国国内政治的特定组合之上；冷战结束后，随着这一组合的解体和两国"
    "力量对比的变化，历史认识与领土问题日益成为牵动两国关系全局的关键因素。"
)
FRONT_KEYWORDS = "关键词：中日关系 邦交正常化 历史认识问题 战略互惠关系 钓鱼岛问题"
FRONT_BIO = ("作者简介：沈知远，沧浪大学日本研究院副教授、法学博士；苏嘉禾，"
             "沧浪大学日本研究院博士研究生。")
FRONT_CLC = "中图分类号：D822.331.3 文献标识码：A 文章编号：2095-7432（2024）03-0047-11"
FOOT_FIRST = [
    "* 本文系教育部人文社会科学研究规划基金项目“战后日本对华政策决策机制研究”"
    "（21YJA810006）的阶段性成果。",
    "收稿日期：2023-11-20；修回日期：2024-02-26",
]
EDITOR = "（责任编辑：林 沫）"

# ------------------------------------------------------------------------------
# Body.  "#1 " / "#2 " headings; paragraphs separated by empty lines;
# {text} is a footnote (its marker stands where the brace stands);
# ⟪...⟫ lets a line break fall inside the digits it encloses (damage e).
BODY = r"""
1972年9月29日，中日两国政府在北京签署《中华人民共和国政府和日本国政府联合声明》（以下简称《中日联合声明》），宣布自即日起建立外交关系。此后四十年间，中日关系的发展可谓跌宕起伏：20世纪80年代前半期被称为两国关系的“蜜月期”；冷战结束后，双边关系在合作与摩擦中进入调整期；21世纪初，两国关系一度陷入“政冷经热”的僵局；2006年秋以后，双方经“破冰”“融冰”之旅走向战略互惠关系；而2012年9月日本政府宣布将钓鱼岛“国有化”，又使两国关系跌入邦交正常化以来的最低谷。{关于这一时期中日关系的阶段划分，学界看法不一。毛里和子以1972年邦交正常化所确立的框架为基准，将此后至20世纪90年代初的中日关系称为“1972年体制”时期，参见毛里和子『日中関係―戦後から新時代へ』、岩波新書、2006年、ii—iv頁。本文大体以两国间的四个政治文件和若干重大事件为界，分为五个阶段。}

对于这四十年的中日关系，国内外学界已积累了相当丰富的研究成果。国内学者多以两国间的政治文件和重大事件为线索，侧重考察中日关系的阶段性特征及其动因；{代表性成果参见田桓主编：《战后中日关系史（1945—1995）》，中国社会科学出版社2002年版；徐之先主编：《中日关系三十年（1972—2002）》，时事出版社2002年版；刘江永：《中日关系二十讲》，中国人民大学出版社2007年版。}日本学界则较多利用外务省解密档案和当事人的回忆，重视对日本国内政治过程和对华决策机制的分析；{田中明彦『日中関係 1945-1990』、東京大学出版会、1991年；高原明生・服部龍二編『日中関係史 1972-2012 Ⅰ 政治』、東京大学出版会、2012年；国分良成・添谷芳秀・高原明生・川島真『日中関係史』、有斐閣、2013年。}英文文献多将中日关系置于中美日三边关系和东亚地区秩序的框架中加以讨论。{Caroline Rose, Interpreting History in Sino-Japanese Relations: A Case Study in Political Decision-making, London: Routledge, 1998; Sheila A. Smith, Intimate Rivals: Japanese Domestic Politics and a Rising China, New York: Columbia University Press, 2015; Richard McGregor, Asia’s Reckoning: China, Japan, and the Fate of U.S. Power in the Pacific Century, New York: Viking, 2017.}然而，现有研究或偏重某一时段，或侧重历史认识、领土争端等单一议题，对1972—2012年中日关系演变的整体脉络及其内在逻辑仍有进一步梳理的空间。本文拟以两国间的四个政治文件和若干重大事件为线索，考察中日关系从邦交正常化到钓鱼岛争端激化的基本轨迹，并尝试回答以下问题：“1972年体制”的政治基础是什么？这一基础在冷战结束后为何逐渐松动？两国又为何未能在21世纪头十年建立起稳定的战略互信？

#1 一、邦交正常化与和平友好条约的缔结（1972—1978）

#2 （一）田中访华与《中日联合声明》

20世纪70年代初，国际格局发生了深刻变化。1971年7月，基辛格秘密访华，尼克松随即宣布将于次年访问中国。事先未获通报的日本朝野为之震动，日本媒体称之为“越顶外交”。不久，第26届联合国大会通过第2758号决议，恢复了中华人民共和国在联合国的合法席位；随后，尼克松访华，中美两国在上海发表联合公报。{《中华人民共和国和美利坚合众国联合公报》，载《人民日报》1972年2月28日，第1版。}中美关系的突破从根本上动摇了日本战后追随美国、承认台湾当局的对华政策框架，而佐藤荣作政府直到最后仍未能摆脱“两个中国”的立场。日本国内要求改善对华关系的呼声日益高涨，经济界和在野党纷纷派团访华，自民党内也出现了主张尽快实现邦交正常化的力量。

1972年7月7日，田中角荣组阁，大平正芳出任外务大臣。当天，田中在记者会上表示，要“加快实现同中华人民共和国的邦交正常化”。{服部龍二『日中国交正常化―田中角栄、大平正芳、官僚たちの挑戦』、中公新書、2011年、42—45頁。}中方对此迅速作出积极回应。同月下旬，公明党委员长竹入义胜访华，带回了周恩来总理关于复交问题的设想要点，即后来所谓的“竹入笔记”，这使田中和大平得以事先掌握中方的基本立场。8月中旬，中国外交部长姬鹏飞受权宣布，周恩来总理欢迎并邀请田中首相访华，田中随即正式接受了邀请。

与此同时，田中内阁在国内也面临不小的阻力。自民党内亲台湾势力对邦交正常化极力抵制，党内新设的“日中邦交正常化协议会”经过多次激烈争论，才通过了对华交涉的基本方针，该方针要求在实现邦交正常化的同时“充分考虑”日台之间的既有关系。田中随后派遣自民党副总裁椎名悦三郎作为特使前往台湾，向台湾当局说明政府的方针。可以说，田中和大平是在党内意见尚未完全统一的情况下踏上访华之路的，这也决定了日方在谈判中必须时时顾及国内的反应。

9月25日，田中率大平和内阁官房长官二阶堂进抵达北京，开始对中国进行访问。当晚，在周恩来总理举行的欢迎宴会上，田中在致辞中称日本过去“给中国人民添了很大的麻烦”，引起中方强烈不满。{田中致辞的日文原稿为「わが国が中国国民に多大のご迷惑をおかけしたことについて、私はあらためて深い反省の念を表明するものであります」。参见石井明・朱建栄・添谷芳秀・林暁光編『記録と考証 日中国交正常化・日中平和友好条約締結交渉』、岩波書店、2003年、52—56頁。}次日，周恩来在首脑会谈中明确指出，“添麻烦”的说法中国人民不能接受。此后，双方围绕战争责任的表述、日台条约的处理和战争赔偿问题展开了艰苦的谈判，毛泽东也在中南海会见了田中一行。{《周恩来年谱（1949—1976）》下卷，中央文献出版社1997年版，第553—556页。}经过四轮首脑会谈和多次外长会谈，两国政府于9月29日上午签署了《中日联合声明》。

《中日联合声明》宣布，“自本声明公布之日起，中华人民共和国和日本国之间迄今为止的不正常状态宣告结束”；日方“痛感日本国过去由于战争给中国人民造成的重大损害的责任，表示深刻的反省”，并“充分理解和尊重”中国政府关于台湾是中华人民共和国领土不可分割的一部分的立场；中方则宣布“为了中日两国人民的友好，放弃对日本国的战争赔偿要求”。{《中华人民共和国政府和日本国政府联合声明》，载《人民日报》1972年9月30日，第1版。}同日下午，大平在北京举行记者招待会，宣布《日华和平条约》因邦交正常化而“失去存在的意义，并宣告结束”。{「大平外務大臣記者会見」（昭和47年9月29日）、外務省『わが外交の近況』昭和48年版（第17号）、1973年、資料編。}至此，日本与台湾当局的所谓“外交关系”宣告终结。声明在战争责任、台湾问题和战争赔偿问题上所达成的妥协，构成了此后中日关系的基本政治框架。

邦交正常化之后，两国迅速着手建立各领域的合作框架。次年初，两国互设大使馆，首任驻华大使小川平四郎和首任驻日大使陈楚也先后到任。{日本驻华大使馆于1973年1月在北京开馆，中国驻日大使馆亦于同年2月在东京开馆，两国首任大使均于同年春季到任。参见田桓主编：《战后中日关系文献集（1971—1995）》，中国社会科学出版社1997年版，第120—123页。}1974年1月，大平以外相身份访华，签署了《中日贸易协定》；同年4月20日，双方又签订了《中日航空运输协定》，台湾当局当天即宣布中断日台之间的航线。{同上，第134—137页。}此后，海运、渔业等实务协定相继签订。这些实务协定为两国关系的全面发展奠定了制度基础。

#2 （二）《中日和平友好条约》的缔结

《中日联合声明》第八条规定，两国政府“同意为了巩固和发展两国间的和平友好关系，进行以缔结和平友好条约为目的的谈判”。1974年11月，双方在东京开始预备性谈判，但很快在是否写入“反霸权条款”的问题上陷入僵局。{《中日联合声明》第七条已写入“任何一方都不应在亚洲和太平洋地区谋求霸权”的内容，但苏联自1975年初起多次向日方表示反对在条约中写入该条款。参见张香山：《中日关系管窥与见证》，当代世界出版社1998年版，第80—85页。}由于苏联的反对，加之自民党内的亲台湾势力借机反对缔约，三木武夫内阁时期的谈判实际上处于停滞状态。

1976年12月，福田赳夫组阁。福田上台之初对缔约持慎重态度，但随着中国国内形势趋于稳定和日本经济界对华需求的扩大，日本政府的态度随之逐步转向积极。⟪1978⟫年3月，自民党内经过反复协调，大体统一了党内意见。然而，同年4月12日起，上百艘中国渔船在钓鱼岛附近海域集结作业，日本国内一度出现了主张推迟缔约的声音，中方随后表示这是一起偶发事件，事态才逐渐平息。{日方称之为“尖阁诸岛周边中国渔船集结事件”。参见「尖閣列島周辺に中国漁船団」、『朝日新聞』1978年4月13日。}

7月21日，两国在北京重开正式谈判。经过十余轮副部长级会谈，双方在反霸权条款的表述上逐步接近。此后，外相园田直抵达北京，与黄华外长举行会谈，邓小平副总理也会见了园田。8月12日，黄华和园田在人民大会堂签署了《中日和平友好条约》。{《中华人民共和国和日本国和平友好条约》，载《人民日报》1978年8月13日，第1版。}条约第二条规定，缔约双方“都不应在亚洲和太平洋地区或其他任何地区谋求霸权，并反对任何其他国家或国家集团建立这种霸权的努力”，第四条则写明“本条约不影响缔约各方同第三国关系的立场”，从而兼顾了双方的关切。

同年10月22日至29日，邓小平副总理应邀访问日本，这是新中国领导人首次访问日本。23日，两国在首相官邸互换了条约的批准书，条约自当日起生效。{「日中平和友好条約批准書の交換」（昭和53年10月23日）、外務省『わが外交の近況』昭和54年版、1979年。}25日，邓小平在日本记者俱乐部举行的记者招待会上就钓鱼岛问题表示：“这个问题暂时搁置，放它十年也没有关系。我们这一代人智慧不够，这个问题谈不拢，我们下一代人总比我们聪明，总会找到一个大家都能接受的好办法来解决这个问题。”{《邓小平年谱（1975—1997）》上卷，中央文献出版社2004年版，第410—412页。}访问期间，邓小平参观了日产汽车座间工厂、新日铁君津制铁所和松下电器的工厂，并乘坐新干线前往京都，日本现代化的成就给他留下了深刻印象。{Ezra F. Vogel, Deng Xiaoping and the Transformation of China, Cambridge, MA: Belknap Press of Harvard University Press, 2011, pp. 297-310.}同年12月，中共十一届三中全会召开，中国开始走上改革开放的道路，中日经济合作由此获得了广阔的空间。邓小平的这次访问，标志着中日关系进入了一个全面发展的新阶段。

#1 二、“蜜月”与摩擦并存（1979—1989）

#2 （一）大平政府与对华日元贷款

1978年12月，大平正芳出任首相。大平早在担任田中内阁外相时就是推动邦交正常化的关键人物，他对发展对华关系抱有强烈的使命感。1979年9月，谷牧副总理访日，正式提出利用日本政府贷款的要求。{谷牧：《谷牧回忆录》，中央文献出版社2009年版，第340—343页。}同年12月上旬，大平访问中国，宣布向中国提供第一批政府贷款，总额为3309亿日元。大平在北京发表演讲，强调日中关系不应是排他的，日本的对华经济合作将注意与欧美国家协调、照顾同东盟国家的平衡，并且不涉及军事领域，这一方针后来被称为“对华经济合作三原则”。{大平正芳「新世紀をめざす日中関係―深さと広がりを求めて」（1979年12月7日、北京・政協礼堂における演説）、外務省『わが外交の近況』昭和55年版、1980年、資料編。}

次年5月，华国锋总理访问日本，这是新中国总理首次访日。大平在参众两院同日选举中猝然病逝，华国锋随即再度赴东京出席了大平的葬礼。{华国锋此行出席的是1980年7月9日在日本武道馆举行的大平“内阁·自民党联合葬”。参见《人民日报》1980年7月10日，第1版。}此后，铃木善幸和中曾根康弘两届内阁都延续了对华经济合作的方针。1983年11月23日至30日，中共中央总书记胡耀邦访日，提出了“和平友好、平等互利、长期稳定、相互信赖”的中日关系四原则，并在日本国会发表演讲。{胡耀邦：《在日本国会的演讲》（1983年11月25日），载《人民日报》1983年11月26日，第1版。}双方还商定成立由两国各界人士组成的“中日友好二十一世纪委员会”。1984年3月，中曾根访华，宣布提供第二批日元贷款4700亿日元。同年9月下旬至10月上旬，应中方邀请，3000名日本青年访问中国，成为两国民间交流史上的一段佳话。

在经济领域，两国的相互依存迅速加深。中日贸易额从1972年的约11亿美元增至1985年的近190亿美元，日本成为中国最大的贸易伙伴。到20世纪80年代中期，日元贷款已成为中国基础设施建设中最重要的外资来源之一，港口、铁路、电站等一批项目相继利用日元贷款建成。对日本而言，对华经济合作既是对战争赔偿问题的一种政治回应，也有助于日本企业开拓中国市场；对中国而言，日本的资金和技术则是实现现代化的重要外部条件。这种互补关系，构成了这一时期两国关系的物质基础。

#2 （二）教科书问题与靖国神社问题

然而，“蜜月”之中亦潜藏着摩擦的种子。1982年6月26日，日本各大报纸报道，文部省在高中历史教科书的审定中，要求将“侵略华北”等表述改为“进入华北”。{1982年6月26日日本各报的报道中，有关“侵略华北”改为“进入华北”的个别事例后来被指出与当年的审定事实有出入，但文部省在审定中要求淡化侵略表述的倾向本身并无疑问。参见波多野澄雄『国家と歴史―戦後日本の歴史問題』、中公新書、2011年、118—123頁。}7月下旬，中国外交部就此向日本驻华使馆正式提出交涉。{《人民日报》1982年7月27日，第1版。}8月26日，内阁官房长官宫泽喜一发表谈话，表示政府将“负责加以纠正”。同年11月，文部省在教科书审定标准中增加了所谓“近邻诸国条款”，这一问题暂告平息。{「『歴史教科書』についての宮沢内閣官房長官談話」（昭和57年8月26日）、外務省、https://www.mofa.go.jp/mofaj/area/taisen/miyazawa.html [2023-10-12]。}

1985年8月15日，中曾根以首相身份“正式参拜”靖国神社，这是战后日本首相首次以公职身份参拜。由于靖国神社此前已合祀了东条英机等14名甲级战犯，此举遭到中国政府和人民的强烈反对。{靖国神社于1978年10月17日将东条英机等14名甲级战犯作为“昭和殉难者”秘密合祀，此事于次年4月19日被『朝日新聞』披露。此后，大平正芳、铃木善幸等历任首相仍以私人身份参拜，但直至1985年8月以前，中国政府并未就首相参拜问题正式提出交涉。参见高橋哲哉『靖国問題』、ちくま新書、2005年、62—66頁。}同年9月18日，即“九一八”事变54周年之际，北京部分高校学生举行游行，抗议中曾根参拜。在中方的强烈反对和自民党内部分人士的劝说下，中曾根此后不再参拜。次年8月，内阁官房长官后藤田正晴发表谈话，宣布首相当年不进行正式参拜。{「内閣総理大臣その他の国務大臣による靖国神社公式参拝について」（後藤田内閣官房長官談話、昭和61年8月14日）。中文译文见前引田桓主编《战后中日关系文献集（1971—1995）》，第610—612页。}同年夏，又发生了右翼团体编写的《新编日本史》教科书通过审定的问题，文部大臣藤尾正行随后因发表否认侵略的言论而被中曾根罢免。中曾根与胡耀邦之间建立了密切的个人关系，这在一定程度上缓冲了历史问题对两国关系的冲击。同年11月，中曾根再次访华，并出席了中日青年交流中心的奠基仪式。

此后，围绕“光华寮案”的判决，两国之间又出现了新的摩擦，中方认为日本法院将这座中国留学生宿舍判归台湾当局所有，违背了《中日联合声明》的原则。邓小平在会见日本客人时指出，日本是世界上欠中国的账最多的国家。{《邓小平年谱（1975—1997）》下卷，中央文献出版社2004年版，第1190—1191页。}1988年8月，竹下登访华，宣布提供第三批日元贷款，总额8100亿日元。{「竹下総理大臣の中国訪問」、外務省『外交青書』1989年版、1989年。}总体而言，20世纪80年代的中日关系以经济合作为主轴，历史问题引发的摩擦虽时有发生，但都被控制在两国政府可以管控的范围之内。两国领导人对战略大局的共同认识，以及日本政界中一批亲历战争、重视对华关系的政治家的存在，是这一时期摩擦得以化解的重要原因。

#1 三、冷战终结后的调整（1989—2000）

#2 （一）天皇访华与“村山谈话”

1989年6月以后，西方国家纷纷对中国实施制裁，日本政府也冻结了第三批日元贷款。但在七国集团内部，日本始终主张“不应使中国陷入孤立”。{1989年7月在巴黎阿尔什举行的七国首脑会议上，宇野宗佑首相即主张避免使中国陷入孤立。参见前引国分良成等『日中関係史』、185—187頁。}1990年7月，海部俊树在休斯敦七国首脑会议上表明将逐步恢复对华日元贷款；同年11月，日方正式解冻。翌年8月，海部访华，成为西方主要国家中首位访华的政府首脑。{钱其琛：《外交十记》，世界知识出版社2003年版，第190—192页。}

1992年初，邓小平视察南方并发表重要谈话，中国的改革开放进入新的阶段。日本企业的对华直接投资随之迅速增长，到20世纪90年代中期，日本已成为中国最重要的外资来源国之一。与此同时，日本国内围绕如何看待中国发展的讨论也逐渐增多，所谓“中国威胁论”开始在部分媒体和政界人士中流行。

1992年2月，全国人大常委会通过《中华人民共和国领海及毗连区法》，明确规定钓鱼岛等岛屿属于中国领土，日本政府随即提出交涉。{该法第二条规定，中华人民共和国的陆地领土包括“台湾及其包括钓鱼岛在内的附属各岛”。日本外务省于该法通过当天即通过外交途径提出抗议。}此前，中共中央总书记江泽民在访日期间正式邀请明仁天皇访华。经过日本国内的反复讨论，10月23日至28日，天皇夫妇访问中国，这是中日两国交往史上日本天皇的首次访华。{前引钱其琛：《外交十记》，第193—196页。}天皇在23日晚杨尚昆主席举行的欢迎宴会上表示：“在两国关系悠久的历史上，曾经有过一段我国给中国国民带来深重苦难的不幸时期。我对此深感痛心。”{「楊尚昆国家主席主催晩餐会における天皇陛下のおことば」（平成4年10月23日）、宮内庁、https://www.kunaicho.go.jp/okotoba/01/speech/speech-h04-china.html [2023-10-15]。}

1993年8月，非自民党的细川护熙联合政府成立，细川随后在记者会上承认过去的战争是“侵略战争”。{『朝日新聞』1993年8月11日。}此后，自民党、社会党和先驱新党组成联合政府，社会党委员长村山富市出任首相，并在访华期间参观了卢沟桥和中国人民抗日战争纪念馆。1995年6月9日，众议院通过了以“不战”为主旨的战后50周年决议，但由于自民党内反对者众多，决议措辞暧昧，且有近半数议员缺席表决。{「歴史を教訓に平和への決意を新たにする決議」（平成7年6月9日衆議院本会議）。该决议以230票赞成获得通过，但包括新进党议员在内的240余名议员缺席。}8月15日，村山发表《在战后50周年纪念之际的谈话》（即“村山谈话”），表示日本“通过殖民统治和侵略，给许多国家，特别是亚洲各国人民带来了巨大的损害和痛苦”，并表示“深刻的反省”和“由衷的歉意”。{「村山内閣総理大臣談話『戦後50周年の終戦記念日にあたって』」（平成7年8月15日）、外務省、https://www.mofa.go.jp/mofaj/press/danwa/07/dmu_0815.html [2023-10-12]。}此后，“村山谈话”成为历届日本内阁在历史认识问题上的基本立场。

同一时期，中日关系中的安全因素开始凸显。同年5月和8月，中国两次进行地下核试验，日本政府宣布冻结大部分对华无偿援助。{日本政府先于1995年5月压缩了当年度的对华无偿援助，8月下旬又决定冻结除紧急援助和草根无偿援助之外的对华无偿资金援助，直至1997年3月才予以恢复。}1996年4月，日美发表《日美安全保障联合宣言》；翌年9月，两国公布新的《日美防卫合作指针》，以“周边事态”概念为核心扩大了日美军事合作的范围，中方对其是否涵盖台湾海峡表示严重关切。{《外交部发言人就日美防卫合作新指针发表谈话》，载《人民日报》1997年9月25日，第6版。}1996年7月，日本右翼团体“日本青年社”在钓鱼岛北小岛设置灯塔；此后，香港保钓人士陈毓祥在钓鱼岛附近海域跳海抗议时溺亡，两岸三地的保钓运动由此高涨。{M. Taylor Fravel, “Explaining Stability in the Senkaku (Diaoyu) Islands Dispute,” in Gerald Curtis, Ryosei Kokubun and Wang Jisi, eds., Getting the Triangle Straight: Managing China-Japan-US Relations, Tokyo: Japan Center for International Exchange, 2010, pp. 144-164.}

#2 （二）江泽民访日与“伙伴关系”宣言

为了扭转两国关系的低迷局面，双方加强了高层往来。1998年11月25日至30日，江泽民主席对日本进行国事访问，这是中国国家元首首次访问日本。{江泽民此行原定于1998年9月上旬，后因中国长江流域发生特大洪灾而推迟至11月下旬。}26日，两国发表《中日关于建立致力于和平与发展的友好合作伙伴关系的联合宣言》。宣言写明，日方“痛感由于过去对中国的侵略给中国人民带来巨大灾难和损害的责任，对此表示深刻反省”，但日方拒绝在宣言中写入“道歉”字样，宣言最终也未由两国领导人签字。{《中日关于建立致力于和平与发展的友好合作伙伴关系的联合宣言》，载《人民日报》1998年11月27日，第1版。}江泽民在访问期间多次谈及历史问题，在日本国内引起了不同的反应。这一宣言将两国关系定位为“友好合作伙伴关系”，是继《中日联合声明》和《中日和平友好条约》之后两国间的第三个政治文件。

政党交流也出现了新的局面。同年6月，中共与日本共产党在中断32年之后恢复了两党关系。{「日本共産党と中国共産党の関係正常化についての合意」、『しんぶん赤旗』1998年6月12日。}1999年7月，小渊惠三访华，双方就中国加入世界贸易组织问题达成双边协议。2000年10月，朱镕基总理访日，在与日本市民的电视对话中强调“以史为鉴，面向未来”。这一年，中日贸易额达到约830亿美元，是邦交正常化之初的70多倍。然而，经济关系的迅速发展并未同步带来政治互信的增长，两国国民感情也开始出现微妙的变化。

#1 四、“政冷经热”与战略互惠关系（2001—2009）

#2 （一）小泉参拜靖国神社与两国关系的停滞

2001年4月，小泉纯一郎组阁。小泉在自民党总裁选举中曾承诺在“终战纪念日”参拜靖国神社，就任后不顾中韩等国的反对，于同年8月13日进行了参拜。{小泉原计划于8月15日参拜，后在自民党干事长山崎拓等人的劝说下提前了两天。参见読売新聞政治部『外交を喧嘩にした男―小泉外交二〇〇〇日の真実』、新潮社、2006年、45—50頁。}10月，小泉访华，参观了卢沟桥和中国人民抗日战争纪念馆，表示“衷心的道歉和哀悼”。然而，此后小泉又于2002年4月、2003年1月、2004年元旦、2005年10月和2006年8月15日五次参拜，在2001至2006年的任期内共参拜六次，两国领导人之间的正式互访由此中断近五年。{同上、60—78頁。}

小泉执政时期，两国间的摩擦并不限于靖国神社问题。沈阳总领事馆事件、齐齐哈尔侵华日军遗弃化学武器泄漏事件、西安西北大学日本留学生事件等一系列问题，经过两国媒体的渲染，使双方的国民感情进一步恶化。日本内阁府的舆论调查显示，对中国“有亲近感”的日本民众比例持续下降，而中国民众对日本的负面看法也明显增多。

在政治关系陷入冰点的同时，两国经济关系却持续升温。按照日本财务省的统计，2004年日本与中国（含香港）的贸易额首次超过日美贸易额，中国由此成为日本最大的贸易伙伴。{日本貿易振興機構『2005年版ジェトロ貿易投資白書』、日本貿易振興機構、2005年、75—78頁。}学界和媒体将这一局面概括为“政冷经热”。与此同时，两国外长商定，日本将在2008年北京奥运会之前结束对华日元贷款的新的承诺；2007年底，双方签署了最后一批日元贷款的换文，日本对华日元贷款的累计承诺额约为3.3万亿日元。此外，在足球亚洲杯、潜艇事件以及东海油气田开发等问题上，两国间的摩擦也进一步增多。{Smith, Intimate Rivals, pp. 118-125.}

2005年春，日本谋求成为联合国安理会常任理事国的努力在中国国内引发强烈反对，网上反对签名人数达数千万。4月，成都、深圳、北京、上海等地先后发生抗议示威，北京的部分示威者向日本驻华使馆投掷石块。{James Reilly, Strong Society, Smart State: The Rise of Public Opinion in China’s Japan Policy, New York: Columbia University Press, 2012, pp. 129-148.}4月22日，小泉在雅加达亚非峰会上发表讲话，重申了“村山谈话”中的反省与道歉；次日，胡锦涛主席与小泉会面，提出了发展中日关系的五点主张。{《胡锦涛会见日本首相小泉纯一郎》，载《人民日报》2005年4月24日，第1版。}但同年10月，小泉再度参拜，两国关系重新陷入僵局。

#2 （二）“破冰”“融冰”与战略互惠关系的确立

2006年9月，安倍晋三接替小泉出任首相。10月8日至9日，安倍将就任后的首次出访地选在中国，实现了所谓的“破冰之旅”；双方发表《中日联合新闻公报》，同意“努力构建基于共同战略利益的互惠关系”。{《中日联合新闻公报》（2006年10月8日），中华人民共和国外交部网站，https://www.fmprc.gov.cn/web/gjhdq_676201/gj_676203/yz_676205/1206_676836/1207_676848/t404011.shtml [2023-11-02]。}次年4月11日至13日，温家宝总理访日，开启“融冰之旅”，并在日本国会发表了题为《为了友谊与合作》的演讲，双方发表的《中日联合新闻公报》则对战略互惠关系的基本内涵作出了概括。{温家宝：《为了友谊与合作——在日本国会的演讲》，载《人民日报》2007年4月13日，第2版。}同年9月，福田康夫继任首相，年底访华，被称为“迎春之旅”。

2008年5月6日至10日，胡锦涛主席对日本进行国事访问，即“暖春之旅”。7日，两国领导人签署了《中日关于全面推进战略互惠关系的联合声明》。该声明与1972年的《中日联合声明》等三个文件一起，构成了中日关系的四个政治文件。{「『戦略的互恵関係』の包括的推進に関する日中共同声明」（平成20年5月7日）、外務省、https://www.mofa.go.jp/mofaj/kaidan/s_fukuda/china_08/jks.html [2023-11-02]。}同月汶川发生特大地震后，日本国际紧急援助队成为第一支抵达灾区的外国专业救援队。6月⟪18⟫日，双方宣布就东海问题达成原则共识。{「東シナ海における日中間の協力について（日中共同プレス発表）」（平成20年6月18日）、外務省。}但同年12月8日，中国海监船只首次进入钓鱼岛12海里水域巡航，日方随即提出抗议。

2009年8月，民主党在众议院选举中大胜，鸠山由纪夫组阁后提出了“东亚共同体”构想。同年12月，民主党干事长小泽一郎率领包括140余名国会议员在内的600余人访华，明仁天皇也在日方的特别安排下会见了来访的习近平副主席。两国关系一时呈现出良好的发展势头。但应当看到，战略互惠关系在很大程度上仍停留在理念层面，双方在安全领域的互信依然薄弱。

#1 五、钓鱼岛问题的激化与两国关系的逆转（2010—2012）

2010年是中日关系再度逆转的转折之年。9月7日，中国渔船“闽晋渔5179”号在钓鱼岛附近海域与日本海上保安厅巡视船“与那国”号和“水城”号发生碰撞；次日凌晨，日方以“妨碍执行公务”为由逮捕了船长詹其雄。{「尖閣諸島周辺領海内における中国漁船衝突事件」、海上保安庁『海上保安レポート2011』、2011年、12—15頁。}中方多次提出严正交涉。此后，日方决定延长对船长的羁押期限，中方随即宣布暂停两国省部级以上交往。24日，那霸地方检察厅宣布以“处分保留”方式释放船长，次日凌晨，詹其雄乘中方包机返回福州。{《被日方非法抓扣的中国船长詹其雄乘包机回国》，载《人民日报》2010年9月26日，第3版。}此后，一名海上保安官将碰撞视频上传网络，日本舆论进一步激化。12月17日，菅直人内阁通过《平成23年度以后防卫计划大纲》，提出“动态防卫力”构想，将防卫重点向西南方向转移。按名义国内生产总值计算，中国在2010年超过日本，成为世界第二大经济体。两国力量对比的这一历史性变化，深刻影响了日本对华认知和政策选择。

2011年3月11日东日本大地震发生后，中国政府向日本提供了救灾援助，5月下旬，温家宝总理还赴宫城县和福岛县灾区慰问灾民。同年9月，野田佳彦组阁。两国在灾后重建、核安全等领域的合作一度为双边关系带来了转机。

2012年本是两国政府确定的“中日国民交流友好年”，然而钓鱼岛问题的急剧恶化使大部分纪念活动被取消或推迟。4月16日，东京都知事石原慎太郎在华盛顿传统基金会发表演讲时宣布，东京都将从“土地所有者”手中购买钓鱼岛。{石原的演讲是在当地时间2012年4月16日下午进行的，即日本时间17日凌晨。参见「石原知事、尖閣諸島購入を表明」、『読売新聞』2012年4月17日夕刊。}7月7日，野田表示政府正在研究将钓鱼岛“国有化”的问题。此后，香港保钓人士登上钓鱼岛，随即被日方扣押并遣返。9月9日，胡锦涛主席在符拉迪沃斯托克亚太经合组织领导人非正式会议期间同野田交谈，明确表示日方“购岛”是非法的、无效的，中方坚决反对。然而次日，日本政府即召开相关阁僚会议，决定以20.5亿日元“购买”钓鱼岛及其附属的南小岛、北小岛，并于9月11日与所谓“土地所有者”签订了买卖合同。{「尖閣諸島の取得・保有に関する関係閣僚会合」（平成24年9月10日）、首相官邸。}

中国政府对此采取了一系列反制措施。9月10日，中国政府发表声明，公布钓鱼岛及其附属岛屿的领海基线，随后又向联合国秘书长交存了有关领海基点基线的坐标表和海图。{《中华人民共和国政府关于钓鱼岛及其附属岛屿领海基线的声明》（2012年9月10日），载《人民日报》2012年9月11日，第1版。}9月14日起，中国海监船只开始在钓鱼岛领海内进行常态化维权巡航。9月中旬，中国多个城市爆发大规模抗议活动。同月25日，国务院新闻办公室发表《钓鱼岛是中国的固有领土》白皮书，系统阐述了中国对钓鱼岛主权的历史和法理依据。{国务院新闻办公室：《钓鱼岛是中国的固有领土》，人民出版社2012年版。}原定举行的邦交正常化40周年纪念招待会也被推迟。12月16日，自民党在众议院选举中获胜，安倍于26日再度组阁，中日关系由此进入一个新的阶段。“购岛”事件的冲击远远超出了领土争端本身，它不仅使两国间的政治对话几近中断，也严重影响了经贸和人文交流，两国国民感情降至邦交正常化以来的最低点。

#1 结 语

回顾1972—2012年的中日关系，可以看到一条清晰的主线：两国关系的发展既取决于国际格局的变化，也深受双方国内政治的制约。邦交正常化和和平友好条约的缔结，是在中美关系缓和与中苏对立的背景下实现的；20世纪80年代的“蜜月期”，则建立在日本对华经济合作与中国改革开放的互补之上，双方在历史问题和台湾问题上的基本共识构成了所谓“1972年体制”的政治基础。

冷战的终结使这一基础逐渐松动。20世纪90年代中期以来，日本国内政治总体保守化，日美同盟不断强化，而中国综合国力的迅速上升又使两国间的力量对比发生了前所未有的变化。21世纪头十年，小泉参拜靖国神社问题使两国首脑互访中断近五年；2006年以后，虽然双方通过“破冰”“融冰”之旅和第四个政治文件确立了战略互惠关系的框架，但这一框架始终缺乏牢固的战略互信作为支撑。2010年的撞船事件和2012年的“购岛”事件表明，在两国力量对比发生逆转的背景下，领土与历史问题极易被国内政治所放大，并冲击两国关系的大局。

邦交正常化以来的历史表明，恪守四个政治文件的原则，妥善管控历史认识和领土争端等敏感问题，是中日关系稳定发展的前提。从这个意义上说，1972年确立的各项原则并未过时，问题在于双方能否在新的力量对比之下，重新找到维系这些原则的政治意愿和制度保障。
"""

# ==============================================================================
# machinery

CLOSE = set("，。、；：？！”’）》」』…%")
OPEN = set("“‘（《「『")
PUNCT_NOSPACE = CLOSE | OPEN | set("—")


def circled(n):
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if 21 <= n <= 35:
        return chr(0x3251 + n - 21)
    if 36 <= n <= 50:
        return chr(0x32B1 + n - 36)
    return str(n)


def cw(ch, latin_quotes=False):
    """Printed width of a character in em."""
    if ch == " ":
        return 0.3
    if ch in "“”‘’":
        return 0.5 if latin_quotes else 1.0
    o = ord(ch)
    if o < 0x2000 or ch in "–":
        return 0.5
    return 1.0


MARK = "\x01"   # \x01<n>\x02 stands for footnote marker n in the body stream
MARK_END = "\x02"


def extract_notes(body, start=1):
    notes = {}
    out = []
    n = start - 1
    i = 0
    while i < len(body):
        c = body[i]
        if c == "{":
            j = body.index("}", i)
            n += 1
            notes[n] = body[i + 1:j]
            out.append(MARK + str(n) + MARK_END)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out), notes


def extract_fixed_notes(text):
    """Neighbour text: {33} style markers with fixed numbers."""
    return re.sub(r"\{(\d+)\}", lambda m: MARK + m.group(1) + MARK_END, text)


UNITS = ["世纪", "年代", "周年", "年度", "海里", "年", "月", "日", "亿", "万", "名", "艘", "届", "号", "次", "多", "余"]


def atomize(text):
    """Split body text into atoms: (core, hang, width_core, width_hang, breakable_inside)."""
    atoms = []   # list of dicts: s (string), w (width), kind
    i = 0
    free = False   # inside ⟪⟫: digits breakable
    while i < len(text):
        c = text[i]
        if c == "⟪":
            free = True
            i += 1
            continue
        if c == "⟫":
            free = False
            i += 1
            continue
        if c == MARK:
            j = text.index(MARK_END, i)
            atoms.append({"s": text[i:j + 1], "w": 0.5, "kind": "mark"})
            i = j + 1
            continue
        if re.match(r"[0-9A-Za-z]", c) and not free:
            m = re.match(r"[0-9A-Za-z.]+(?:—[0-9]+)?", text[i:])
            s = m.group(0)
            k = i + len(s)
            for u in UNITS:
                if text.startswith(u, k):
                    s += u
                    k += len(u)
                    break
            atoms.append({"s": s, "w": sum(cw(ch) for ch in s), "kind": "word"})
            i = k
            continue
        if c in CLOSE:
            atoms.append({"s": c, "w": cw(c), "kind": "close"})
        elif c in OPEN:
            atoms.append({"s": c, "w": cw(c), "kind": "open"})
        else:
            atoms.append({"s": c, "w": cw(c), "kind": "char"})
        i += 1
    # group: opening punct sticks to the next atom; closing punct and markers to the previous
    groups = []
    pending_open = []
    for a in atoms:
        if a["kind"] == "open":
            pending_open.append(a)
            continue
        if a["kind"] in ("close", "mark") and groups and not pending_open:
            groups[-1]["hang"].append(a)
            continue
        g = {"core": pending_open + [a], "hang": []}
        pending_open = []
        groups.append(g)
    if pending_open:
        groups.append({"core": pending_open, "hang": []})
    return groups


def gwidth(g):
    return sum(a["w"] for a in g["core"]), sum(a["w"] for a in g["hang"])


def wrap_groups(groups, first_w, rest_w):
    lines = []
    cur = []
    cw_ = 0.0
    width = first_w
    for g in groups:
        c, h = gwidth(g)
        if not cur:
            cur = [g]
            cw_ = c + h
            continue
        if cw_ + c + h <= width + 0.01:
            cur.append(g)
            cw_ += c + h
        elif cw_ + c <= width + 0.01 and h <= 2.6:
            cur.append(g)   # hanging punctuation / marker past the measure
            lines.append(cur)
            cur = []
            cw_ = 0.0
            width = rest_w
        else:
            lines.append(cur)
            cur = [g]
            cw_ = c + h
            width = rest_w
    if cur:
        lines.append(cur)
    return lines


def render_line(groups):
    atoms = [a for g in groups for a in g["core"] + g["hang"]]
    out = []
    for k, a in enumerate(atoms):
        if a["kind"] == "mark":
            n = int(a["s"][1:-1])
            out.append(("M", n))
            continue
        out.append(("T", a["s"]))
    return out


def line_width(groups):
    return sum(gwidth(g)[0] + gwidth(g)[1] for g in groups)


def tokens_to_text(tokens, lost_marker=None, fixed_marks=False):
    """Render a line's tokens; markers get a trailing space when text follows."""
    s = []
    for k, (kind, v) in enumerate(tokens):
        if kind == "T":
            s.append(v)
            continue
        n = v
        if lost_marker is not None and n == lost_marker:
            s.append(str(n))          # (b) circled glyph lost: plain digits, glued
            continue
        s.append(circled(n))
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt[0] == "T" and nxt[1][0] not in PUNCT_NOSPACE:
            s.append(" ")
    return "".join(s)


# ---- footnotes ----------------------------------------------------------------

def note_atoms(text):
    latin = sum(1 for ch in text if ord(ch) < 0x2000) > len(text) * 0.5
    atoms = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == " ":
            atoms.append({"s": " ", "w": 0.3, "sp": True})
            i += 1
            continue
        if ord(c) < 0x2000 or c in "’‘“”–":
            m = re.match(r"[^\s\u3000-\u9fff\uff00-\uffef「」『』（）、。，；：]+", text[i:])
            s = m.group(0) if m else c
            if s.startswith("http"):
                # URL: break opportunities after / . _ ? = &
                parts = re.findall(r"[^/._?=&]*[/._?=&]?", s)
                parts = [p for p in parts if p]
                for p in parts:
                    atoms.append({"s": p, "w": sum(cw(ch, True) for ch in p), "sp": False, "glue": False})
            else:
                atoms.append({"s": s, "w": sum(cw(ch, latin) for ch in s), "sp": False})
            i += len(s)
            continue
        atoms.append({"s": c, "w": cw(c), "sp": False, "close": c in CLOSE, "open": c in OPEN})
        i += 1
    # glue: closing punct to previous, opening to next
    groups = []
    pend = []
    for a in atoms:
        if a.get("open"):
            pend.append(a)
            continue
        if a.get("close") and groups and not pend:
            groups[-1].append(a)
            continue
        groups.append(pend + [a])
        pend = []
    if pend:
        groups.append(pend)
    # ASCII words followed directly (no space) by another ASCII piece stay breakable
    return groups


def wrap_note(prefix, text, width=NOTE_W):
    groups = note_atoms(text)
    lines = []
    cur = prefix
    curw = sum(cw(ch) for ch in prefix)
    for g in groups:
        s = "".join(a["s"] for a in g)
        w = sum(a["w"] for a in g)
        if s == " ":
            if curw + w <= width:
                cur += " "
                curw += w
            continue
        if curw + w <= width + 0.01 or cur.strip() == "" or (curw + w <= width + 1.1 and all(a.get("close") for a in g[1:]) and len(g) > 1):
            cur += s
            curw += w
        else:
            lines.append(cur.rstrip(" "))
            cur = s
            curw = w
    if cur.strip():
        lines.append(cur.rstrip(" "))
    return lines


# ---- build ----------------------------------------------------------------------

def parse_body(body):
    blocks = []
    for chunk in body.strip().split("\n\n"):
        chunk = chunk.strip()
        if chunk.startswith("#1 "):
            blocks.append(("h1", chunk[3:]))
        elif chunk.startswith("#2 "):
            blocks.append(("h2", chunk[3:]))
        else:
            blocks.append(("p", chunk))
    return blocks


def build():
    stream, notes = extract_notes(BODY)
    blocks = parse_body(stream)
    # body items: (kind, tokens, width, tag)
    items = []
    for kind, text in blocks:
        if kind in ("h1", "h2"):
            items.append({"kind": kind, "text": text, "marks": []})
            continue
        groups = atomize(text)
        lines = wrap_groups(groups, FIRST_W, BODY_W)
        for k, ln in enumerate(lines):
            toks = render_line(ln)
            items.append({"kind": "body", "toks": toks, "w": line_width(ln),
                          "first": k == 0, "last": k == len(lines) - 1,
                          "marks": [v for t, v in toks if t == "M"]})
    note_lines = {n: wrap_note(circled(n) + " ", t) for n, t in notes.items()}

    # front matter on the first page
    abs_groups = atomize(FRONT_ABSTRACT)
    abs_lines = ["".join(v for _, v in render_line(l)) for l in wrap_groups(abs_groups, ABS_W, ABS_W)]
    kw = FRONT_KEYWORDS
    bio_lines = ["".join(v for _, v in render_line(l)) for l in wrap_groups(atomize(FRONT_BIO), ABS_W, ABS_W)]
    front = ([("column", FRONT_COLUMN)] + [("title", t) for t in FRONT_TITLE] +
             [("authors", FRONT_AUTHORS), ("affil", FRONT_AFFIL)] +
             [("abstract", l) for l in abs_lines] + [("keywords", kw)] +
             [("bio", l) for l in bio_lines] + [("clc", FRONT_CLC)])
    foot_first = []
    for t in FOOT_FIRST:
        foot_first += [("fund", l) for l in wrap_note("", t)]
    front_units = 3.0 + 2.2 + 1.2 + 1.0 + 0.85 * (len(abs_lines) + 1 + len(bio_lines) + 1) + 1.5
    foot_units = NOTE_UNIT * len(foot_first) + NOTE_SEP

    # paginate
    pages = []   # each: {"no": n, "body": [items], "notes": [n...]}
    page = {"no": FIRST_PAGE, "body": [], "notes": [], "used": front_units + foot_units}
    i = 0
    while i < len(items):
        it = items[i]
        if it["kind"] in ("h1", "h2"):
            need = H1_UNITS if it["kind"] == "h1" else H2_UNITS
            # keep with next: heading + following heading/line must fit
            nxt = items[i + 1]
            need2 = need + (H2_UNITS if nxt["kind"] == "h2" else 1.0)
            if page["used"] + need2 > CAP:
                pages.append(page)
                page = {"no": page["no"] + 1, "body": [], "notes": [], "used": 0.0}
            page["body"].append(it)
            page["used"] += need
            i += 1
            continue
        nl = sum(len(note_lines[n]) for n in it["marks"])
        need = 1.0 + NOTE_UNIT * nl + (NOTE_SEP if it["marks"] and not page["notes"] else 0.0)
        if page["used"] + need > CAP and page["body"]:
            pages.append(page)
            page = {"no": page["no"] + 1, "body": [], "notes": [], "used": 0.0}
            need = 1.0 + NOTE_UNIT * nl + (NOTE_SEP if it["marks"] else 0.0)
        page["body"].append(it)
        page["notes"] += it["marks"]
        page["used"] += need
        i += 1
    pages.append(page)
    return pages, notes, note_lines, front, foot_first


def neighbour_page():
    lines = []
    for para in NEIGHBOUR_BODY:
        stream = extract_fixed_notes(para)
        groups = atomize(stream)
        for ln in wrap_groups(groups, FIRST_W, BODY_W):
            lines.append(("nb-body", tokens_to_text(render_line(ln))))
    lines.append(("nb-editor", NEIGHBOUR_EDITOR))
    for n, t in NEIGHBOUR_NOTES.items():
        for l in wrap_note(circled(n) + " ", t):
            lines.append(("nb-note#%d" % n, l))
    return [("header-pageno", "· 46 ·"), ("header", JOURNAL)] + lines


def assemble():
    pages, notes, note_lines, front, foot_first = build()
    # (c): last note of CONT_PAGE continues on the next page
    cont = None
    page_lines = {}
    for pg in pages:
        out = []
        no = pg["no"]
        if no == FIRST_PAGE:
            out += front
        else:
            hdr = ([("header-pageno", "· %d ·" % no), ("header", JOURNAL)] if no % 2 == 0 else
                   [("header", SHORT_TITLE), ("header-pageno", "· %d ·" % no)])
            out += hdr
        body_count = 0
        for it in pg["body"]:
            if it["kind"] in ("h1", "h2"):
                out.append(("head" + it["kind"][1], it["text"]))
                continue
            tag = "body" + (":P" if it["first"] else "") + (":L" if it["last"] else "")
            out.append((tag, tokens_to_text(it["toks"], LOST_MARKER)))
            body_count += 1
        if pg is pages[-1]:
            out.append(("editor", EDITOR))
        if no == FIRST_PAGE:
            out += foot_first
        # footnotes
        if cont is not None:
            for l in cont[1]:
                out.append(("note-cont#%d" % cont[0], l))
            cont = None
        for n in pg["notes"]:
            ls = list(note_lines[n])
            if n == NONUM_NOTE:
                ls[0] = ls[0][len(circled(n)) + 1:]
                tagp = "note-nonum#%d" % n
            else:
                tagp = "note#%d" % n
            if no == CONT_PAGE and n == pg["notes"][-1]:
                assert len(ls) > CONT_KEEP, ("continued note too short", n, ls)
                cont = (n, ls[CONT_KEEP:])
                ls = ls[:CONT_KEEP]
            for k, l in enumerate(ls):
                out.append((tagp + (":c" if k else ""), l))
        # (d): running header printed inside a paragraph
        if no == HEADER_IN_PARA_PAGE:
            hdr = out[:2]
            rest = out[2:]
            out = rest[:HEADER_AFTER] + [(t + ":INPARA", s) for t, s in hdr] + rest[HEADER_AFTER:]
        page_lines[no] = out
    last_no = pages[-1]["no"]
    # spreads: (46|47), (48|49), ...
    spreads = []
    no = FIRST_PAGE - 1
    while no <= last_no:
        left = neighbour_page() if no == FIRST_PAGE - 1 else page_lines.get(no, [])
        right = page_lines.get(no + 1, [])
        spreads.append((no, no + 1, left, right))
        no += 2
    return spreads, pages, notes, note_lines


def make_text(spreads):
    units = []
    meta = []   # (line text, page, tag) in order
    for (ln, rn, left, right) in spreads:
        lines = [(s, ln, t) for t, s in left] + [(s, rn, t) for t, s in right]
        units.append(lines)
    text_lines = []
    for u_i, u in enumerate(units):
        for k, (s, p, t) in enumerate(u):
            if k == 0 and u_i > 0:
                s = "\f" + s
            text_lines.append((s, p, t))
            if k != len(u) - 1:
                text_lines.append(("", p, "blank"))
    text = "\n".join(s for s, _, _ in text_lines) + "\n\f"
    return text, text_lines


def check(text, text_lines, pages, notes):
    """Assert the layout and every documented damage."""
    assert "\r" not in text and "\t" not in text
    assert text.endswith("\n\f") and text.count("\f") == 6
    lines = text.split("\n")
    for l in lines:
        assert l == l.strip(" "), repr(l)          # no leading/trailing spaces
    # every printed line is followed by an empty line, except a spread's last line
    for i, l in enumerate(lines[:-1]):
        if l == "":
            assert lines[i + 1] != "" and i > 0 and lines[i - 1] != ""
    # body markers 1..50 circled, once each, in order (9 lost: damage b)
    found = []
    for s, p, t in text_lines:
        if not t.startswith("body"):
            continue
        for ch in s:
            o = ord(ch)
            if 0x2460 <= o <= 0x2473:
                found.append(o - 0x2460 + 1)
            elif 0x3251 <= o <= 0x325F:
                found.append(o - 0x3251 + 21)
            elif 0x32B1 <= o <= 0x32BF:
                found.append(o - 0x32B1 + 36)
    exp = [n for n in range(1, 51) if n != LOST_MARKER]
    assert found == exp, (found, exp)
    body = "".join(s for s, p, t in text_lines if t.startswith("body"))
    # markers 51.. as plain digits after punctuation
    plain = [int(m.group(1)) for m in re.finditer(r"[。”；，）](\d{2})(?= |$|\n)", "\n".join(
        s for s, p, t in text_lines if t.startswith("body")))]
    assert [n for n in plain if n >= 51] == list(range(51, len(notes) + 1)), plain
    assert [n for n in plain if n < 51] == [19], plain     # the cut date of damage (e)
    # (a) neighbour page first
    assert lines[0] == "· 46 ·" and text_lines[4][2] == "nb-body"
    # (b) lost marker
    assert "要求”。9同日下午" in body and body.count("要求”。9") == 1
    # (c) continued note: first line on CONT_PAGE, the rest first in CONT_PAGE+1's notes
    c_first = [i for i, (s, p, t) in enumerate(text_lines) if t.startswith("note#%d" % 26)]
    c_rest = [i for i, (s, p, t) in enumerate(text_lines) if t.startswith("note-cont#26")]
    assert len(c_first) == CONT_KEEP and len(c_rest) >= 2
    assert text_lines[c_first[0]][1] == CONT_PAGE and text_lines[c_rest[0]][1] == CONT_PAGE + 1
    first_note_52 = [t for s, p, t in text_lines if p == CONT_PAGE + 1 and "note" in t][0]
    assert first_note_52.startswith("note-cont#26")
    # (d) header inside a paragraph
    pg = [(s, t) for s, p, t in text_lines if p == HEADER_IN_PARA_PAGE and t != "blank"]
    assert [t for s, t in pg[:5]] == ["body:L", "body:P", "body", "header:INPARA", "header-pageno:INPARA"], pg[:5]
    assert pg[5][1] == "body"
    # (e) two dates cut inside the number
    assert "积极。19\n\n78年3月" in text and "救援队。6月1\n\n8日" in text
    # (f) note 45 without its number
    assert "\n同上、60—78頁。\n" in text and chr(0x32BA) + " " not in text
    # every note text printed once (numbers 1..59 at line starts, except 45 and continuation)
    for n in range(1, len(notes) + 1):
        if n == NONUM_NOTE:
            continue
        mk = circled(n) + " "
        hits = [l for l in lines if l.lstrip("\f").startswith(mk)]
        assert len(hits) == (2 if n in NEIGHBOUR_NOTES else 1), (n, hits)
    return True


def han(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def main():
    spreads, pages, notes, note_lines = assemble()
    text, text_lines = make_text(spreads)
    if "--nocheck" not in sys.argv:
        check(text, text_lines, pages, notes)
    data = text.encode("utf-8")
    name = "h13_%s.txt" % hashlib.sha1(data).hexdigest()[:8]
    for f in os.listdir(HERE):
        if f.startswith("h13_") and f.endswith(".txt") and f != name:
            os.remove(os.path.join(HERE, f))
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(data)
    if "--report" in sys.argv:
        for i, (s, p, t) in enumerate(text_lines, 1):
            if t == "blank":
                continue
            w = sum(cw(ch) for ch in s.replace("\f", ""))
            print("%4d p%-3d %-18s %5.1f %3d |%s" % (i, p, t, w, len(s), s.replace("\f", "\\f")))
        body = "".join(s for s, p, t in text_lines if t.startswith("body"))
        heads = "".join(s for s, p, t in text_lines if t.startswith("head"))
        nts = "".join(s for s, p, t in text_lines if t.startswith("note"))
        pages_seen = []
        for i, (s_, p, t) in enumerate(text_lines, 1):
            if not pages_seen or pages_seen[-1][0] != p:
                pages_seen.append([p, i, i, [], []])
            pg = pages_seen[-1]
            pg[2] = i
            if t.startswith("body") or t.startswith("head1") or t.startswith("head2"):
                pg[3].append(i)
            m = re.match(r"(nb-)?note[^#]*#(\d+)", t)
            if m and (not pg[4] or pg[4][-1] != int(m.group(2))):
                pg[4].append(int(m.group(2)))
        for p, a_, b_, bl, nl_ in pages_seen:
            print("page %d: lines %d-%d body/head %s notes %s" % (p, a_, b_, (bl[0], bl[-1]) if bl else None, nl_))
        print("file", name, "chars", len(text), "bytes", len(data), "lines(\\n)", text.count("\n"))
        print("pages", [pg["no"] for pg in pages], "spreads", len(spreads), "notes", len(notes))
        print("body chars", len(body), "body han", han(body), "heading han", han(heads),
              "note chars", len(nts), "note han", han(nts))
    print(name)


if __name__ == "__main__":
    main()
