#!/usr/bin/env python3
"""Build the held-out test article h18 (raw input only).

The article imitates text copied out of Adobe Acrobat (select all, copy, paste
into a .txt) from a Chinese journal PDF with per-page footnotes numbered [1],
[2], ... that restart on every page.

Usage:
    python3 make_raw.py            write h18_<sha1[:8]>.txt, delete older h18_*.txt
    python3 make_raw.py --report   also print every line with number, page and tag
    python3 make_raw.py --check    only build in memory and run check()

Standard library only; deterministic.

Markup in the content below:
  {...}    a footnote; its marker [k] is put where the brace stands
  {§...}   the footnote that runs on to the next page (damage A)
  {¤...}   a footnote whose [k] was lost in the foot (damage B)
  ⟪...⟫    digits of a body date that a line break may cut (damage D)
  ␣        a space Acrobat inserted inside Chinese text (damage E)
  ◊        a middle dot that came out as the private-use glyph U+F0D7 (damage F)
  *...*    (notes) an italic title: fi/fl/ff/ffi come out as ligatures (damage G)
  ~        (notes, English block) a point where a word may be hyphenated at a
           line end; the hyphen is kept (damage C)
"""
import glob
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "h18"

FIRST_PAGE = 45
HEADER_EVEN = "海湾国际问题研究 2021年第4期"
HEADER_ODD = "林泽远 贺思澄：大国博弈与海湾安全秩序的演变（1979—2020）"

BODY_W = 40.0        # em, a full body line
BODY_W_FIRST = 38.0  # first line of a paragraph (2-em indent, lost in the copy)
NOTE_W = 46.0        # em, note lines (smaller type)
FRONT_W = 44.0       # abstract / keywords (small type, indented block)
EN_W = 47.0          # English block
PAGE_CAP = 40.0      # line slots per page
PAGE1_CAP = 17.0     # slots left for body and notes on the first page
NOTE_SLOT = 0.75
NOTE_SEP = 0.5

# ---------------------------------------------------------------- content

FRONT = [
    ("masthead", "海湾国际问题研究 2021年第4期"),
    ("masthead", "Journal of Gulf International Studies No. 4, 2021"),
    ("column", "大国与中东"),
    ("title", "大国博弈与海湾安全秩序的演变（1979—2020）"),
    ("subtitle", "——兼论中国的海湾政策"),
    ("authors", "林泽远 贺思澄"),
    ("affil", "（东陵大学 国际关系学院，湖南 岳阳 414000）"),
]

ABSTRACT = (
    "摘 要：1979年伊朗伊斯兰革命以来，海湾地区长期处于大国博弈的前沿。两伊战争时期，"
    "美苏在两伊之间“双重下注”，同时竭力避免直接对抗，1987年“油轮战”的升级和联合国"
    "安理会第598号决议的通过标志着大国介入方式的转变。1990年8月伊拉克入侵科威特后，"
    "美国借助安理会授权主导了海湾战争，在20世纪90年代推行“双重遏制”政策，并最终于"
    "2003年发动伊拉克战争。2011年以后，沙特与伊朗的地区对抗取代大国对抗成为海湾安全"
    "的主线，2016年1月沙伊断交、2019年油轮遇袭和阿布盖格石油设施遇袭以及2020年9月"
    "《亚伯拉罕协议》的签署，使海湾秩序呈现阵营化与碎片化并存的态势。中国始终坚持不干涉"
    "内政、劝和促谈的原则，从两伊战争时期的中立立场发展到倡导搭建海湾地区多边对话平台，"
    "逐渐成为海湾安全治理的建设性参与者。"
)
KEYWORDS = "关键词：海湾安全；大国关系；两伊战争；海湾战争；沙伊关系；中国中东外交"
CLC = "中图分类号：D815.4 文献标识码：A 文章编号：2096-8716（2021）04-{first:04d}-{n:02d}"
RECEIPT = "收稿日期：2021-04-12"
FUND = ("基金项目：教育部人文社会科学研究规划基金项目“大国竞争与海湾安全秩序的演变研究”"
        "（19YJA810027）")
BIO = ("作者简介：林泽远，东陵大学国际关系学院副教授、中东研究中心主任，历史学博士；"
       "贺思澄，东陵大学国际关系学院硕士研究生。")

BODY = [
    ('head0', '引 言'),
    ("p",
     "海湾地区是世界油气资源最为集中的地区，也是冷战后期以来大国竞争最激烈的地区之一。1979年2"
     "月伊朗巴列维王朝的崩溃，不仅使美国失去了“双柱”政策中最重要的一根支柱，也打破了20世纪70"
     "年代初英国撤出海湾以后形成的地区均势。{1968年1月16日，英国首相哈罗德·威尔逊宣布英军"
     "将于1971年底以前撤出苏伊士运河以东地区。1971年8月至12月，巴林、卡塔尔和阿联酋相继"
     "独立。此后尼克松政府以伊朗和沙特为“双柱”维护海湾稳定。参见F. Gregory Gause"
     " III, *The International Relations of the Pers"
     "ian Gulf*, Cambridge: Cambridge University Pre"
     "ss, 2010, pp. 16-22.}此后四十余年间，海湾先后经历了两伊战争（1980—"
     "1988年）、海湾战争（1991年）和伊拉克战争（2003年）三场大规模战争，以及2011年"
     "以后沙特与伊朗之间愈演愈烈的地区对抗。美苏（俄）、英法等域外大国与海湾国家围绕石油、航道和地"
     "区主导权的博弈，构成了理解这一地区国际关系演变的主要线索。"),
    ("p",
     "关于大国与海湾安全的关系，国外学界已有较丰富的研究。格雷戈里·高斯（F. Gregory G"
     "ause III）把1971年以后的海湾国际关系概括为由三场战争塑造的地区体系，迪利普·希罗"
     "、劳伦斯·弗里德曼和埃弗雷姆·卡什等人分别对两伊战争和海湾战争作了系统考察，{Dilip H"
     "iro, *The Longest War: The Iran-Iraq Military "
     "Conflict*, New York: Routledge, 1991; Lawrence"
     " Freedman and Efraim Karsh, *The Gulf Conflict"
     " 1990-1991: Diplo~macy and War in the New Worl"
     "d Order*, Princeton: Princeton University Pres"
     "s, 1993.}特里塔·帕尔西则从美国、伊朗与以色列三角关系的角度解释了20世纪90年代以"
     "后海湾格局的变化。{Trita Parsi, *Treacherous Alliance: "
     "The Secret Dealings of Israel, Iran, and the U"
     "nited States*, New Haven: Yale University Pres"
     "s, 2007, pp. 157-172.}国内学界对海湾战争、伊拉克战争和伊朗核问题的研究"
     "成果颇丰，{刘月琴：《冷战后海湾地区国际关系》，北京：社会科学文献出版社2004年版；吴冰冰"
     "：《沙特与伊朗关系的演变及其地区影响》，《西亚非洲》2016年第3期，第4—21页。}但把1"
     "979年至2020年间大国的海湾政策与地区秩序的演变置于同一框架中考察、并兼顾中国立场的研究"
     "尚不多见。本文拟以时间为序，梳理四十余年间大国介入海湾的方式及其对地区安全秩序的影响，并在此"
     "基础上讨论中国海湾政策的演进与特点。"),

    ('head1', '一、伊朗革命与两伊战争：两极格局下的海湾（1979—1988年）'),
    ('head2', '（一）伊朗革命与“卡特主义”'),
    ("p",
     "1979年1月16日，伊朗国王穆罕默德·礼萨·巴列维被迫出走。2月1日，流亡国外长达14年的"
     "什叶派宗教领袖鲁霍拉·霍梅尼返回德黑兰，巴列维王朝的最后一届政府随即垮台。同年3月30日至3"
     "1日，伊朗举行全民公决，4月1日，霍梅尼宣布成立伊朗伊斯兰共和国。{Shaul Bakhas"
     "h, *The Reign of the Ayatollahs: Iran and the "
     "Islamic Revolution*, New York: Basic Books, 19"
     "84, pp. 71-75.}革命后的伊朗奉行“不要东方，也不要西方”的对外方针，霍梅尼公开"
     "号召向周边国家“输出革命”，海湾君主国首当其冲。11月4日，德黑兰的激进学生占领美国驻伊朗大"
     "使馆，扣押了60余名美国人，其中52人被关押长达444天。{Gary Sick, *All "
     "Fall Down: America’s Tragic Encounter with Ira"
     "n*, New York: Random House, 1985, pp. 206-213."
     "}"),
    ("p",
     "几乎与此同时，海湾周边的局势也急剧恶化。1979年11月，朱海曼·欧泰比率领数百名武装分子占"
     "领麦加禁寺；12月下旬，苏联军队大举进入阿富汗。1980年1月23日，美国总统吉米·卡特在国"
     "情咨文中宣布，任何外部势力企图控制波斯湾地区的行为“都将被视为对美利坚合众国根本利益的攻击”"
     "，并将“以包括军事力量在内的任何必要手段”予以回击，这一表态后来被称为“卡特主义”。{Jim"
     "my Carter, “The State of the Union Address Del"
     "ivered Before a Joint Session of the Con~gress"
     ",” January 23, 1980, The American Presidency P"
     "roject, https://www.presidency.ucsb.edu/docume"
     "nts/the-state-the-union-address-delivered-befo"
     "re-joint-session-the-congress [2021-03-02].}同年"
     "3月1日，美国组建“快速部署联合特遣部队”，该部队后来改组为美国中央司令部，海湾由此被正式纳"
     "入美国的全球军事部署。{快速部署联合特遣部队于1980年3月1日在佛罗里达州的麦克迪尔空军基"
     "地成立，1983年1月1日改编为美国中央司令部，其责任区涵盖海湾、东北非和西南亚。参见Jay"
     " E. Hines, “From Desert One to Southern Watch:"
     " The Evo~lu~tion of U.S. Central Command,” *Jo"
     "int Force Quarterly*, No. 24, Spring 2000, pp."
     " 42-48.}"),
    ("p",
     "苏联对伊朗革命的态度较为复杂。勃列日涅夫领导层起初对伊朗退出美国主导的中央条约组织表示欢迎，"
     "但伊朗新政权并未因此倒向苏联，1983年初更是大规模逮捕并随后取缔了亲苏的伊朗人民党，并持续"
     "谴责苏联对阿富汗的占领。{Е. М. Примаков, Конфиденциально: "
     "Ближний Восток на сцене и за кулисами (вторая "
     "половина XX — начало XXI века), Москва: Россий"
     "ская газета, 2006, С. 284-290.}对于海湾阿拉伯国家而言，伊朗的"
     "“革命输出”与苏联南下的威胁同时存在，它们一方面更加依赖美国的安全保护，另一方面又担心美国的"
     "直接军事存在会在国内引起反弹。1981年5月25日，沙特、科威特、巴林、卡塔尔、阿联酋和阿曼"
     "六国元首在阿布扎比签署宪章，正式成立海湾阿拉伯国家合作委员会（简称“海合会”）。{“The "
     "Charter of the Cooperation Council for the Ara"
     "b States of the Gulf,” Abu Dhabi, May 25, 1981"
     ", https://www.gcc-sg.org/en-us/AboutGCC/Pages/"
     "Primarylaw.aspx [2021-03-05].}"),
    ("p",
     "中国对伊朗政局的变化保持了审慎态度。1978年8月29日至9月1日，中共中央主席、国务院总理"
     "华国锋访问伊朗，{《华国锋主席到达德黑兰开始对伊朗进行正式友好访问》，《人民日报》1978年"
     "8月30日，第1版。}这是中国最高领导人首次访问伊朗，但仅仅数月之后巴列维政权即告倒台。19"
     "79年2月中旬，中国政府承认伊朗临时政府，中伊关系此后经历了一段短暂的冷淡期。20世纪80年"
     "代初，随着中国确立独立自主的和平外交政策，中国同海湾国家的交往明显增多：1984年11月、1"
     "988年7月和1989年4月，中国先后与阿联酋、卡塔尔和巴林建交。"),
    ('head2', '（二）两伊战争与大国的“双重下注”'),
    ("p",
     "伊拉克与伊朗之间的边界争端由来已久，其焦点是阿拉伯河（伊朗称阿尔万德河）的划界。1975年3"
     "月6日，伊朗国王与时任伊拉克革命指挥委员会副主席萨达姆·侯赛因在阿尔及尔达成协议，伊拉克同意"
     "以阿拉伯河主航道中心线划界，以换取伊朗停止支持伊拉克北部的库尔德武装；随后，两国在巴格达签署"
     "了边界条约。{“Treaty concerning the State Frontier a"
     "nd Neigh~bour~ly Relations between Iran and Ir"
     "aq,” Baghdad, June 13, 1975, *United Nations T"
     "reaty Series*, Vol. 1017, No. 14903, pp. 54-58"
     ".}1979年7月16日，萨达姆接替艾哈迈德·哈桑·贝克尔出任伊拉克总统，集伊拉克复兴党、政"
     "府和军队的最高权力于一身。伊朗革命后，霍梅尼号召伊拉克什叶派起来推翻复兴党政权，两伊关系迅速"
     "恶化。1980年9月17日，萨达姆宣布废除《阿尔及尔协议》；9月22日，伊拉克军队越过边界，"
     "两伊战争全面爆发。{Efraim Karsh, *The Iran-Iraq War 198"
     "0-1988*, Oxford: Osprey Publishing, 2002, pp. "
     "22-27.}"),
    ("p",
     "战争初期，伊拉克军队迅速占领了胡齐斯坦省的大片领土，并于10月下旬攻陷霍拉姆沙赫尔，对阿巴丹"
     "形成包围。但伊方的攻势很快陷入停滞。此后伊朗军队先是解除了阿巴丹之围，又于1982年5月24"
     "日收复霍拉姆沙赫尔，战局随之逆转。同年6月，萨达姆宣布伊拉克军队撤回国际边界并表示愿意停火，"
     "伊朗却坚持以推翻萨达姆政权和索取战争赔偿作为停火条件，并于7月中旬发动“斋月行动”，兵锋直指"
     "巴士拉。此后，两伊战争转入长达六年的消耗战。"),
    ("p",
     "两伊战争爆发后，美苏两国均宣布“中立”，但实际政策远比表态复杂。1980年9月28日，联合国"
     "安理会通过第479号决议，仅呼吁双方“立即停止使用武力”，而没有要求撤军，这在伊朗看来无异于"
     "默认了伊拉克的占领。{UN Security Council, Resolution 479"
     " (1980), S/RES/479(1980), September 28, 1980, "
     "https://undocs.org/S/RES/479(1980) [2021-03-08"
     "].}苏联是伊拉克最主要的武器供应国，⟪1972⟫年4月两国签订了友好合作条约，但战争爆发后"
     "苏联一度暂停对伊拉克交付武器，试图借机改善与伊朗的关系；伊朗军队攻入伊拉克境内后，苏联才恢复"
     "并扩大了对伊拉克的军援。美国同样在两伊之间“双重下注”：里根政府先是把伊拉克从“支持恐怖主义"
     "国家”名单中删除；1983年12月20日，中东特使唐纳德·拉姆斯菲尔德在巴格达会见萨达姆；1"
     "984年11月26日，美伊恢复了中断17年之久的外交关系。{“National Securi"
     "ty Decision Direc~tive 114: U.S. Policy toward"
     " the Iran-Iraq War,” November 26, 1983, Ronald"
     " Reagan Presidential Library; Joyce Battle, ed"
     "., “Shaking Hands with Saddam Hussein: The U.S"
     ". Tilts toward Iraq, 1980-1984,” National Secu"
     "rity Archive Electronic Briefing Book No. 82, "
     "February 25, 2003, https://nsarchive2.gwu.edu/"
     "NSAEBB/NSAEBB82/ [2021-03-10].}与此同时，美国又通过秘密渠道向"
     "伊朗出售武器，“伊朗门”事件曝光后，里根政府陷入严重的政治危机。"),
    ("p",
     "中国在两伊战争中奉行严格的中立政策。战争爆发后，中国政府呼吁两伊“立即停火，通过谈判和平解决"
     "争端”，并先后接待两伊派出的特使。但在实际上，两伊都是中国武器的重要买家。据斯德哥尔摩国际和"
     "平研究所的数据，1980年至1988年间中国对伊拉克和伊朗的常规武器出口额均居各供应国前列。"
     "{SIPRI Arms Transfers Database, “Trade Registe"
     "rs: Trans~fers of Major Weapons to Iran and Ir"
     "aq, 1980-1988,” https://armstrade.sipri.org/ar"
     "mstrade/page/trade_register.php [2021-03-12].}"
     "1987年，美国指责中国向伊朗出售“蚕”式（HY-2）反舰导弹，并于同年10月宣布暂停放宽对"
     "华技术出口管制，中美关系一度因此紧张。{1987年␣10月␣22日，美国政府以中国向伊朗出售"
     "“蚕”式导弹为由，宣布暂停放宽对华技术出口管制；次年3月，在中方重申有关立场后，美方取消了这"
     "一限制。参见陶文钊主编：《中美关系史（1972—2000）》（下卷），上海：上海人民出版社2"
     "004年版，第211—214页。}中方则强调，中国从未向伊朗直接出售“蚕”式导弹，并一贯支持"
     "安理会为结束战争所作的努力。"),
    ('head2', '（三）“油轮战”与第598号决议'),
    ("p",
     "为了打破陆上僵局，伊拉克自1984年起频繁空袭伊朗的哈尔克岛石油码头和往来伊朗港口的油轮，伊"
     "朗则以袭击往来科威特、沙特港口的船只作为报复，海湾航运陷入所谓“油轮战”。{David Cr"
     "ist, *The Twilight War: The Se~cret History of"
     " America’s Thirty-Year Conflict with Iran*, Ne"
     "w York: Penguin Press, 2012, pp. 194-201.}1986"
     "年2月9日至11日，伊朗军队渡过阿拉伯河，攻占了伊拉克南端的法奥半岛，直接威胁到科威特的安全"
     "。科威特随即请求美苏两国为其油轮提供保护。担心苏联借机进入海湾的里根政府于1987年3月决定"
     "为11艘科威特油轮改挂美国国旗，并由美国海军负责护航。{1986年12月10日，科威特石油油"
     "轮公司正式向美国提出护航请求，此前该公司已与苏联接触。1987年4月，苏联向科威特租借了3艘"
     "油轮；美方则于同年7月起为11艘改挂美国国旗的科威特油轮护航。参见Hiro, *The Lo"
     "ngest War*, pp. 186-189.}"),
    ("p",
     "1987年5月17日，美国海军“斯塔克”号护卫舰在海湾中部遭到伊拉克战机发射的“飞鱼”导弹袭"
     "击，37名美军官兵死亡。7月22日，美国海军开始执行代号为“热忱意志”的护航行动，两天后，改"
     "挂美国国旗的科威特油轮“布里奇顿”号即在法尔西岛附近触雷。同年夏秋之际，美伊两国在海上的摩擦"
     "不断升级，美军先后攻击了伊朗的布雷船和海上石油平台。次年4月，美国海军“塞缪尔·B. 罗伯茨"
     "”号护卫舰触雷受损，4天后，美国发动“祈祷螳螂”行动，击沉、击伤伊朗海军舰艇多艘。7月3日，"
     "美国海军“文森斯”号巡洋舰在霍尔木兹海峡上空误将伊朗航空公司655号航班击落，机上290人全"
     "部遇难。"),
    ("p",
     "在外交层面，安理会常任理事国之间的协调是这一时期最重要的新变化。五个常任理事国就结束两伊战争"
     "举行多轮磋商后，1987年7月20日，安理会一致通过第598号决议，要求两伊立即停火、将军队"
     "撤回国际公认的边界，并请秘书长派遣观察员监督停火。{UN Security Council,"
     " Resolution 598 (1987), S/RES/598(1987), July "
     "20, 1987.}这是冷战时期美苏在海湾问题上罕见的合作。伊拉克很快表示接受决议，伊朗则以"
     "决议没有认定伊拉克为侵略者为由拖延答复。1988年4月17日至18日，伊拉克军队收复法奥半岛"
     "，随后又在马季农岛等地接连取胜。7月17日，伊朗总统阿里·哈梅内伊致函联合国秘书长哈维尔·佩"
     "雷斯·德奎利亚尔，次日，伊朗政府正式宣布接受第598号决议。{“Letter Dated 1"
     "7 July 1988 from the President of the Islamic "
     "Repub~lic of Iran Addressed to the Secre~tary-"
     "General,” UN Doc. S/20020, July 18, 1988.}随后，霍"
     "梅尼发表声明，称接受停火“比喝毒药还要致命”。8月8日，德奎利亚尔宣布两伊将于8月20日起正"
     "式停火，中国外交部发言人当天即表示欢迎。{《我外交部发言人表示欢迎两伊宣布停火》，《人民日报"
     "》1988年8月9日，第4版。}这场历时近八年的战争造成双方数十万人死亡，却几乎没有改变两国"
     "之间的边界。"),
    ("p",
     "两伊战争也加深了沙伊之间的敌意。1987年7月31日，伊朗朝觐者在麦加举行政治示威并与沙特安"
     "全部队发生冲突，造成400余人死亡，其中大部分是伊朗人。次年4月26日，沙特宣布与伊朗断绝外"
     "交关系，两国直到1991年3月才恢复外交关系。{“al-Mamlaka tuʿlin qat"
     "ʿ ʿalaqatiha al-diblumasiyya maʿa Iran,” *al-S"
     "harq al-Awsat*, April 27, 1988, p. 1.}"),

    ('head1', '二、海湾危机与海湾战争：美国“单极时刻”的开端（1990—1991年）'),
    ('head2', '（一）伊拉克入侵科威特与安理会的集体行动'),
    ("p",
     "两伊战争结束后，伊拉克背负了约800亿美元的外债，其中相当部分来自沙特和科威特的贷款。199"
     "0年␣5月底，萨达姆在巴格达召开的阿拉伯首脑会议上指责部分海湾国家超产压低油价，称之为针对伊"
     "拉克的“经济战争”。7月25日，萨达姆在会见美国驻伊拉克大使阿普丽尔·格拉斯皮时再次表示，伊"
     "拉克不会容忍这种“经济战争”继续下去。{“Excerpts from Iraqi Docu~"
     "ment on Meeting with U.S. Envoy,” *The New Yor"
     "k Times*, September 23, 1990, p. 19.}8月2日凌晨，约1"
     "0万伊拉克军队越境入侵科威特，数小时之内即控制了科威特全境，科威特埃米尔贾比尔·艾哈迈德·萨"
     "巴赫出逃沙特。"),
    ("p",
     "安理会的反应之迅速前所未有。8月2日当天，安理会以14票赞成、0票反对通过第660号决议，谴"
     "责伊拉克的入侵，要求其立即无条件撤军（也门未参加投票）；随后又通过第661号和第662号决议"
     "，对伊拉克实施全面经济制裁，并宣布伊拉克“合并”科威特的行为无效。{UN Security "
     "Council, Resolutions 660 (1990), 661 (1990) an"
     "d 662 (1990), S/RES/660, 661, 662, August 2, 6"
     " and 9, 1990.}美苏两国的协调在这一过程中至关重要。美国国务卿詹姆斯·贝克与苏联"
     "外长爱德华·谢瓦尔德纳泽在莫斯科发表联合声明，谴责伊拉克的侵略；其后，美国总统乔治·H. W"
     ". 布什与苏联总统米哈伊尔·戈尔巴乔夫在赫尔辛基会晤，再次确认美苏立场一致。11月29日，安"
     "理会以12票赞成、2票反对（古巴、也门）、1票弃权（中国）通过第678号决议，授权会员国在伊"
     "拉克于1991年1月15日以前仍不撤军的情况下“使用一切必要手段”。"),
    ("p",
     "沙方的态度则决定了美国能否在海湾大规模部署军队。8月6日，美国国防部长迪克·切尼率团抵达吉达"
     "，向沙特国王法赫德·本·阿卜杜勒-阿齐兹展示了伊拉克军队在沙科边境附近集结的卫星照片。法赫德"
     "国王当天即同意美军进驻沙特，次日，“沙漠盾牌”行动开始，美国第82空降师和F-15战斗机相继"
     "抵达达兰的阿卜杜勒阿齐兹国王空军基地。{Bob Woodward, *The Command"
     "ers*, New York: Simon & Schuster, 1991, pp. 26"
     "8-273.}至1991年1月中旬，以美国为首的多国部队在海湾地区集结的兵力已超过68万人，"
     "其中美军约54万人。"),
    ("p",
     "苏联虽然支持安理会的各项决议，却并不愿意看到美国以武力解决危机。1990年10月至1991年"
     "2月间，戈尔巴乔夫先后三次派遣特使叶夫根尼·普里马科夫前往巴格达，试图说服萨达姆撤军。{Е."
     " М. Примаков, Годы в большой политике, Москва:"
     " Совершенно секретно, 1999, С. 88-104.}伊拉克副总理兼"
     "外长塔里克·阿齐兹随后两度前往莫斯科，1991年2月21日至22日，苏伊双方就伊拉克撤军问题"
     "达成了一项八点方案，但布什政府随即向伊拉克发出最后通牒，要求其于次日中午以前开始撤军。{2月"
     "22日，戈尔巴乔夫在与布什的电话中要求美方给予苏伊方案更多时间，布什予以拒绝。参见Georg"
     "e Bush and Brent Scowcroft, *A World Trans~for"
     "med*, New York: Alfred A. Knopf, 1998, pp. 475"
     "-478.}苏联的斡旋最终没有能够阻止地面战争的爆发。"),
    ("p",
     "中国在海湾危机中的立场体现了原则性与灵活性的结合。1990年7月21日，中国与沙特阿拉伯正式"
     "建立外交关系，至此中国已与海合会六国全部建交。{中国与科威特于1971年3月22日建交，与阿"
     "曼于1978年5月25日建交，与阿联酋、卡塔尔和巴林的建交时间见正文。中沙建交公报由两国外长"
     "于1990年7月21日在北京签署，沙特外交大臣沙特·费萨尔专程来华。参见《中华人民共和国和沙"
     "特阿拉伯王国建立外交关系的联合公报》，《人民日报》1990年7月22日，第1版。}伊拉克入侵"
     "科威特后，中国政府明确要求伊拉克立即从科威特撤军，并对第660号决议以及随后的一系列制裁决议"
     "投了赞成票。同年11月，外交部长钱其琛出访埃及、沙特、约旦和伊拉克，其间在开罗会见了贝克，并"
     "在巴格达会见萨达姆，劝说其撤军，但没有取得结果。{钱其琛：《外交十记》，北京：世界知识出版社"
     "2003年版，第83—96页。}在11月29日的表决中，中国对第678号决议投了弃权票。钱其"
     "琛在发言中表示，中国不能赞成授权使用武力的决议，但鉴于伊拉克长期拒不执行安理会决议，中国也不"
     "投反对票。{UN Doc. S/PV.2963, November 29, 1990, pp"
     ". 58-64.}"),
    ('head2', '（二）“沙漠风暴”行动与战后安排'),
    ("p",
     "贝克与塔里克·阿齐兹在日内瓦举行的最后一次会谈没有打破僵局。1991年1月17日凌晨，多国部"
     "队对伊拉克发动大规模空袭，“沙漠风暴”行动开始。次日，伊拉克向以色列发射“飞毛腿”导弹，企图"
     "把以色列拖入战争，以瓦解有阿拉伯国家参加的反伊联盟，但在美国的压力下以色列没有实施报复。2月"
     "24日，多国部队发起地面进攻，26日至27日，科威特城获得解放；随后多国部队停止进攻，整个战"
     "争仅持续了42天。3月3日，多国部队司令诺曼·施瓦茨科普夫与伊拉克军方代表在萨夫万签署停火条"
     "件。"),
    ("p",
     "4月3日，安理会通过第687号决议，即所谓“停火决议之母”，要求伊拉克销毁全部大规模杀伤性武"
     "器并接受联合国特别委员会的核查，同时维持对伊拉克的经济制裁。战后，伊拉克南部的什叶派和北部的"
     "库尔德人相继起事，萨达姆调集共和国卫队残酷镇压。随后，安理会通过第688号决议，要求伊拉克停"
     "止镇压平民（中国和印度投了弃权票），美英法则在伊拉克北部设立“禁飞区”，后来又在北纬32度以"
     "南设立了南部“禁飞区”。与此同时，美国加紧构建以双边防务协定为核心的海湾安全体系。1991年"
     "9月19日，美科签署为期10年的防务合作协定，此后美国又陆续与巴林、卡塔尔和阿联酋签署了类似"
     "协定。{Kenneth Katzman, *Kuwait: Govern~ance, Sec"
     "urity, and U.S. Policy*, CRS Report RS21513, W"
     "ashington, D.C.: Congressional Research Servic"
     "e, 2020, pp. 14-16.}海湾国家此前寄予厚望的“6+2”模式——即1991年"
     "3月6日海合会六国与埃及、叙利亚签署的《大马士革宣言》——则因海湾国家更愿意依赖美国而很快名"
     "存实亡。"),

    ('head1', '三、从“双重遏制”到伊拉克战争（1989—2011年）'),
    ("p",
     "海湾战争前后，伊朗的内政外交也在发生变化。1989年6月3日，霍梅尼病逝，次日，专家会议推选"
     "哈梅内伊为最高领袖；同年8月，阿克巴尔·哈希米·拉夫桑贾尼就任伊朗总统，伊朗的对外政策开始转"
     "向务实。但美国并未因此调整对伊朗的敌视政策。比尔·克林顿入主白宫后，美国提出了针对伊朗和伊拉"
     "克的“双重遏制”政策。1993年5月18日，美国国家安全委员会近东和南亚事务高级主任马丁·因"
     "迪克在华盛顿近东政策研究所发表演讲，系统阐述了这一政策：美国不再像20世纪80年代那样借助一"
     "方来制衡另一方，而是同时遏制两伊。{¤Martin Indyk, “The Clinton "
     "Admin~is~tra~tion’s Approach to the Middle Eas"
     "t,” Keynote Address to the Soref Sympo~sium, T"
     "he Washington Institute for Near East Policy, "
     "May 18, 1993, https://www.washingtoninstitute."
     "org/policy-analysis/clinton-administrations-ap"
     "proach-middle-east [2021-03-15].}1994年3月，国家安全事"
     "务助理安东尼·莱克在《外交》杂志撰文，将伊朗和伊拉克称为“反弹国家”（backlash st"
     "ates）。{¤Anthony Lake, “Confront~ing Backlash S"
     "tates,” *Foreign Affairs*, Vol. 73, No. 2, 199"
     "4, pp. 45-55.}"),
    ("p",
     "对伊拉克，“双重遏制”意味着维持联合国制裁、武器核查和南北两个“禁飞区”。⟪1995⟫年4月"
     "14日，安理会通过第986号决议，推出“石油换食品”计划。1998年12月16日至19日，美"
     "英以伊拉克不配合核查为由发动代号为“沙漠之狐”的空袭行动，联合国武器核查人员此后撤出伊拉克。"
     "对伊朗，美国则以单边制裁为主要手段：1995年␣3月␣15日，克林顿签署行政命令，禁止美国公"
     "司参与伊朗的油气开发，迫使美国科诺科公司放弃了刚与伊朗签订的合同；随后出台的《伊朗和利比亚制"
     "裁法》又把美国的制裁扩展到与伊朗进行能源合作的外国公司。{Executive Order 1"
     "2957, March 15, 1995; Executive Order 12959, M"
     "ay 6, 1995; *Iran and Libya Sanc~tions Act of "
     "1996*, Public Law 104-172, August 5, 1996.}199"
     "6年6月25日，沙特东部胡拜尔的霍巴尔塔楼遭卡车炸弹袭击，19名美军人员丧生，美国怀疑伊朗与"
     "袭击有关，美伊关系更趋紧张。"),
    ("p",
     "“双重遏制”的效果并不理想。欧盟坚持与伊朗进行“批判性对话”，日本、俄罗斯和中国也都不赞成美"
     "国对伊朗的单边制裁；海湾阿拉伯国家则对长期制裁给伊拉克民众造成的人道主义灾难日益不满。199"
     "7年5月23日，穆罕默德·哈塔米以压倒性优势当选伊朗总统，提出“文明对话”的主张，沙伊关系随"
     "之明显改善。1998年2月下旬，时任伊朗确定国家利益委员会主席的拉夫桑贾尼访问沙特，与法赫德"
     "国王和阿卜杜拉王储举行会谈；1999年5月，哈塔米访问沙特，成为伊斯兰革命以来首位访问沙特的"
     "伊朗总统。{哈塔米于1999年5月中旬抵达吉达，随后访问了利雅得等地，与法赫德国王、阿卜杜拉"
     "王储等沙方领导人举行会谈。此前，阿卜杜拉王储曾于1997年12月赴德黑兰出席伊斯兰会议组织首"
     "脑会议。参见“Khatami fi Jidda: Safha jadida fi al-ʿa"
     "laqat al-Saʿudiyya al-Iraniyya,” *al-Sharq al-"
     "Awsat*, May 16, 1999, p. 1.}2001年4月，沙伊两国签署了安全合"
     "作协定。"),
    ("p",
     "“9·11”事件后，小布什政府将伊拉克列为反恐战争的下一个目标。2002年1月29日，乔治·"
     "W. 布什在国情咨文中把伊拉克、伊朗和朝鲜称为“邪恶轴心”。{§George W. Bush"
     ", “Address Before a Joint Session of the Congr"
     "ess on the State of the Union,” January 29, 20"
     "02, https://georgewbush-whitehouse.archives.go"
     "v/news/releases/2002/01/20020129-11.html [2021"
     "-03-18]. 关于这篇演讲稿的起草过程，参见David Frum, *The Right"
     " Man: The Surprise Presidency of George W. Bus"
     "h*, New York: Random House, 2003, pp. 224-245；"
     "Bob Woodward, *Plan of Attack*, New York: Simo"
     "n & Schuster, 2004, pp. 86-95.}同年11月8日，安理会一致通过"
     "第1441号决议，要求伊拉克接受更加严格的武器核查。美国国务卿科林·鲍威尔在安理会出示所谓伊"
     "拉克拥有大规模杀伤性武器的“证据”之后，法国、德国和俄罗斯仍主张继续核查，反对授权动武。20"
     "03年3月20日，美英联军在未获安理会授权的情况下对伊拉克发动军事打击，不久即攻占巴格达，萨"
     "达姆政权垮台。同年12月13日，萨达姆在家乡提克里特附近被美军抓获，后被伊拉克特别法庭判处绞"
     "刑。"),
    ("p",
     "伊拉克战争彻底改变了海湾的力量对比。2003年5月中下旬，联合临时管理当局相继颁布第1号和第"
     "2号命令，清除伊拉克复兴党成员，解散伊拉克军队，大批逊尼派精英被排斥在新政权之外，为此后的教"
     "派冲突埋下了伏笔。{Coalition Provisional Authority, Ord"
     "er Number 1: De-Baʿathification of Iraqi Socie"
     "ty, CPA/ORD/16 May 2003/01; Order Number 2: Di"
     "ssolution of Entities, CPA/ORD/23 May 2003/02."
     "}作为伊朗最大地区对手的萨达姆政权覆灭后，伊朗的影响力经由伊拉克向叙利亚、黎巴嫩延伸，约旦国"
     "王阿卜杜拉二世后来提出了“什叶派新月”的说法。马哈茂德·艾哈迈迪-内贾德当选伊朗总统后，伊朗"
     "核问题随之升级；安理会随后通过第1737号决议，首次对伊朗实施制裁。美国则在伊拉克陷入长期的"
     "反叛乱战争，直到2011年12月18日，最后一批美军才撤出伊拉克。"),
    ("p",
     "这一时期，中国与海湾国家的能源联系迅速加强。中国成为石油净进口国后，从海湾地区进口的原油逐年"
     "增加。中国不赞成美国的单边制裁和“双重遏制”政策，主张通过对话解决伊朗和伊拉克问题，同时也照"
     "顾美方关切，1997年10月江泽民主席访美前夕，中方承诺不再与伊朗开展新的核合作。{据报道，"
     "这一承诺是以外长钱其琛致美国国务卿奥尔布赖特信函的形式作出的。参见《中美联合声明》，《人民日"
     "报》1997年10月30日，第1版。}在伊拉克问题上，中国支持第1441号决议，但反对在未经"
     "安理会授权的情况下对伊拉克动武。2002年9月，中国政府任命王世杰为首任中东问题特使；200"
     "3年3月20日战争爆发当天，中国政府发表声明，强烈呼吁有关国家停止军事行动。{《中国政府关于"
     "伊拉克问题的声明》，中华人民共和国外交部网站，2003年3月20日，https://www."
     "fmprc.gov.cn/web/ziliao_674904/1179_674909/t45"
     "63.shtml [2021-03-20].}战后，中国积极参与伊拉克重建，在伊拉克总统贾拉"
     "勒·塔拉巴尼访华期间，中方宣布大幅减免伊拉克所欠的政府债务。"),

    ('head1', '四、沙伊对抗与海湾秩序的碎片化（2011—2020年）'),
    ('head2', '（一）沙伊断交与地区阵营化'),
    ("p",
     "2011年初，“阿拉伯之春”波及海湾。巴林爆发大规模抗议活动后，3月14日，沙特和阿联酋以海"
     "合会“半岛盾牌”部队的名义出兵巴林，协助巴林政府平息抗议。沙特指责伊朗插手巴林局势，伊朗则谴"
     "责海合会的“武装干涉”。此后，沙伊在叙利亚、也门等地的竞争日趋激烈，两国对抗逐渐染上了教派色"
     "彩。2015年1月23日，阿卜杜拉国王病逝，萨勒曼·本·阿卜杜勒-阿齐兹继任沙特国王，其子穆"
     "罕默德◊本◊萨勒曼出任国防大臣。同年3月26日凌晨，沙特率领多国联军对也门胡塞武装发动代号为"
     "“决断风暴”的军事行动。{2015年4月21日，沙特宣布“决断风暴”行动结束，转入“恢复希望"
     "”行动，但空袭并未停止。参见《沙特宣布结束对也门胡塞武装的“决断风暴”行动》，新华网，201"
     "5年4月22日。}但至同年底，胡塞武装仍控制着首都萨那和也门北部的大部分地区。"),
    ("p",
     "美国对伊朗政策的调整加剧了沙方的不安。2013年8月，哈桑·鲁哈尼就任伊朗总统，美伊随即恢复"
     "了中断三十余年的高层接触。同年9月27日，奥巴马与鲁哈尼通电话，这是⟪1979⟫年以来美伊两"
     "国元首的首次直接沟通。2015年7月14日，伊朗与伊核问题六国在维也纳达成《联合全面行动计划"
     "》；2016年1月16日，该协议进入执行日，国际社会对伊朗的相关制裁随之解除。在沙特看来，伊"
     "核协议不仅没有约束伊朗的地区扩张，反而为伊朗提供了更多的资源。"),
    ("p",
     "2016年1月2日，沙特以参与恐怖活动等罪名处决了包括什叶派教士尼姆尔·尼姆尔在内的47人。"
     "当晚，伊朗抗议者冲击沙特驻德黑兰大使馆并纵火，沙特驻马什哈德总领馆也遭到冲击。1月3日晚，沙"
     "特外交大臣阿德尔·朱拜尔宣布与伊朗断交，限伊朗外交人员在48小时内离境。次日，巴林和苏丹宣布"
     "与伊朗断交，阿联酋宣布降低与伊朗的外交关系级别，科威特和卡塔尔随后召回了驻伊朗大使。{《沙特"
     "宣布与伊朗断绝外交关系》，新华网，2016年1月4日，http://www.xinhuane"
     "t.com/world/2016-01/04/c_1117660342.htm [2021-"
     "03-22].}伊朗最高领袖哈梅内伊则称沙特将遭到“神的报复”。沙伊断交标志着两国对抗从代理"
     "人层面走向公开化。2017年6月5日，沙特、阿联酋、巴林和埃及又以卡塔尔支持恐怖主义、与伊朗"
     "关系过密等为由宣布与卡塔尔断交，海合会内部也出现了深刻裂痕。"),
    ("p",
     "就在沙伊断交两周后，中国国家主席习近平于2016年1月19日至23日对沙特、埃及和伊朗进行国"
     "事访问，这是伊核协议执行日以后首位访问伊朗的外国元首。访问期间，中沙两国宣布建立全面战略伙伴"
     "关系，中伊两国也宣布建立全面战略伙伴关系，并签署了共建“一带一路”的合作文件。{《习近平同沙"
     "特国王萨勒曼举行会谈》，《人民日报》2016年1月20日，第1版；《习近平同伊朗总统鲁哈尼举"
     "行会谈》，《人民日报》2016年1月24日，第1版。}访问前夕，中国政府于1月13日发表了首"
     "份《中国对阿拉伯国家政策文件》。中国在沙伊之间同时提升双边关系的做法，体现了其不选边站队的“"
     "平衡外交”。"),
    ('head2', '（二）2019年海湾危机与《亚伯拉罕协议》'),
    ("p",
     "唐纳德·特朗普就任美国总统后，美国的海湾政策明显向沙特和以色列倾斜。2017年5月20日至2"
     "1日，特朗普将沙特作为其上任后首次出访的第一站，在利雅得与萨勒曼国王以及数十个阿拉伯和伊斯兰"
     "国家的领导人举行会晤，美沙双方签署了总额约1100亿美元的军售意向书。2018年5月8日，特"
     "朗普宣布美国退出伊核协议，并于同年8月7日和11月5日分两阶段恢复对伊朗的制裁。{第一阶段制"
     "裁于2018年8月7日生效，涉及伊朗的汽车、黄金和金属贸易；第二阶段制裁于同年11月5日生效"
     "，涵盖伊朗的能源、航运和金融部门。参见“Remarks by President Trump"
     " on the Joint Compre~hen~sive Plan of Action,”"
     " The White House, May 8, 2018, https://trumpwh"
     "itehouse.archives.gov/briefings-statements/rem"
     "arks-president-trump-joint-comprehensive-plan-"
     "action/ [2021-03-22].}在将伊斯兰革命卫队列为“外国恐怖组织”之后，20"
     "19年4月22日，美国又宣布不再延长对伊朗原油进口国的制裁豁免，企图使伊朗的石油出口降至“零"
     "”。"),
    ("p",
     "伊方随即以“极限抵抗”回应美国的“极限施压”，海湾航道的安全迅速恶化。2019年5月12日，"
     "两艘沙特油轮、一艘挪威油轮和一艘阿联酋船只在阿联酋富查伊拉港附近海域遭到破坏。6月13日，正"
     "值日本首相安倍晋三访问伊朗之际，日本“国华勇气”号和挪威“前线牵牛星”号两艘油轮在阿曼湾遇袭"
     "。{安倍晋三于2019年6月12日至14日访问伊朗，13日与最高领袖哈梅内伊会谈，这是日本首"
     "相时隔41年再次访问伊朗。参见「安倍総理大臣のイラン訪問」、外務省、2019年6月14日、h"
     "ttps://www.mofa.go.jp/mofaj/me_a/me2/ir/page4_"
     "005085.html [2021-03-25]。}一周后，伊斯兰革命卫队在霍尔木兹海峡附近"
     "击落一架美国“全球鹰”无人机，特朗普在最后时刻取消了对伊朗的报复性打击。7月上旬，英国海军陆"
     "战队在直布罗陀扣押了一艘伊朗油轮；同月19日，伊斯兰革命卫队在霍尔木兹海峡扣押了英国籍油轮“"
     "史丹纳帝国”号。{被英方扣押的是“格蕾丝1”号油轮，直布罗陀当局于8月15日将其释放；“史丹"
     "纳帝国”号则于9月27日获释离开伊朗。}"),
    ("p",
     "9月14日凌晨，沙特阿美公司位于东部省的阿布盖格石油加工厂和胡赖斯油田遭到无人机和巡航导弹袭"
     "击，沙特每日约570万桶的原油产量一度中断，约占其总产量的一半。也门胡塞武装宣称对袭击负责，"
     "美国国务卿迈克·蓬佩奥则直接指责伊朗发动了袭击，伊方予以否认。这次袭击暴露了沙特防空体系的脆"
     "弱性，也表明即使在美国大规模军事存在之下，海湾石油设施的安全也难以得到保障。同年11月，美国"
     "在巴林启动“国际海上安全构想”，英国、澳大利亚、沙特、阿联酋和巴林等国先后加入。与此相对，俄"
     "罗斯早在7月23日就提出了《海湾地区集体安全构想》，伊朗总统鲁哈尼则在联合国大会上提出“霍尔"
     "木兹和平倡议”，主张由海湾沿岸国家自主维护航道安全。{«Концепция коллекти"
     "вной безопасности в районе Персидского залива»"
     ", Министерство иностранных дел Российской Феде"
     "рации, 23 июля 2019 г., https://www.mid.ru/ru/"
     "foreign_policy/international_safety/1753474/ ["
     "2021-03-28].}"),
    ("p",
     "2020年1月3日，美军在巴格达国际机场附近以无人机炸死伊斯兰革命卫队“圣城旅”指挥官卡西姆"
     "·苏莱曼尼，伊朗随即以导弹袭击驻伊拉克的阿萨德空军基地等美军目标作为报复，美伊两国一度濒临战"
     "争边缘。{1月8日凌晨，乌克兰国际航空公司PS752航班在德黑兰起飞后不久被伊斯兰革命卫队的"
     "防空导弹击落，机上176人全部遇难。伊朗军方于1月11日承认系“人为失误”所致。}美国国务院"
     "于同年6月发布的《2019年国别恐怖主义报告》仍称伊朗是“世界上最严重的国家支持恐怖主义者”"
     "。以色列与阿联酋随后宣布实现关系正常化，9月15日，以色列总理本雅明·内塔尼亚胡、阿联酋外交"
     "大臣阿卜杜拉·本·扎耶德和巴林外交大臣阿卜杜拉提夫·扎耶尼在白宫签署《亚伯拉罕协议》。{U."
     "S. Department of State, “The Abraham Accords D"
     "eclara~tion,” September 15, 2020, https://www."
     "state.gov/the-abraham-accords/ [2021-03-28].}此"
     "后，苏丹和摩洛哥又分别于10月23日和12月10日宣布与以色列实现关系正常化。《亚伯拉罕协议"
     "》使海湾阿拉伯国家与以色列的安全合作走向公开，以“遏制伊朗”为核心的地区阵营进一步成形。"),
    ("p",
     "面对海湾地区的紧张局势，中国坚持劝和促谈。阿布盖格遇袭后，外交部发言人华春莹于2019年9月"
     "16日表示，在没有确凿调查结论的情况下，急于认定谁应为此事件负责恐怕不是负责任的态度，希望有"
     "关各方保持克制。{9月15日，伊朗外交部发言人阿巴斯·穆萨维否认伊朗与袭击有关。参见《201"
     "9年9月16日外交部发言人华春莹主持例行记者会》，中华人民共和国外交部网站，https://"
     "www.fmprc.gov.cn/web/fyrbt_673021/jzhsl_673025"
     "/t1698224.shtml [2021-03-30].}2020年10月20日，国务委员"
     "兼外长王毅在安理会海湾地区局势视频公开会上提出，应搭建海湾地区多边对话平台，以“集体安全”取"
     "代“阵营对抗”。{《王毅出席联合国安理会海湾地区局势视频公开会》，新华网，2020年10月2"
     "1日，http://www.xinhuanet.com/world/2020-10/21/c"
     "_1126634012.htm [2021-04-01].}对于《亚伯拉罕协议》，中方表示欢"
     "迎一切有助于缓和中东紧张局势的举措，同时强调巴勒斯坦问题始终是中东问题的核心，不应被边缘化。"),

    ('head1', '五、中国海湾政策的演进与特点'),
    ("p",
     "四十余年间，中国的海湾政策大致经历了三个阶段。20世纪80年代，中国在两伊之间严守中立，同时"
     "发展与两伊的关系，这一时期中国与海湾国家的联系以政治交往和军品贸易为主。20世纪90年代至2"
     "1世纪第一个十年，随着1990年中沙建交和1993年中国成为石油净进口国，能源合作成为中国与"
     "海湾国家关系的核心，中国在海湾问题上的基本立场是维护安理会权威、反对单边制裁和武力干涉。20"
     "13年秋“一带一路”倡议提出以后，中国与海湾国家的合作扩展到基础设施、金融、核能和航天等领域"
     "，中国在海湾安全问题上的参与也更加积极。习近平在中阿合作论坛第六届部长级会议上提出了构建“1"
     "+2+3”合作格局的倡议。{习近平：《弘扬丝路精神，深化中阿合作——在中阿合作论坛第六届部长"
     "级会议开幕式上的讲话》，《人民日报》2014年6月6日，第2版。}"),
    ("p",
     "中国海湾政策的延续性主要体现在三个方面。一是坚持不干涉内政原则，不在海湾国家之间选边站队，在"
     "两伊战争时期如此，在沙伊断交以后同样如此。二是主张在联合国框架内通过政治途径解决争端，无论是"
     "第598号、第660号还是第2231号决议，中国都投了赞成票；而对于授权使用武力的第678号"
     "决议，中国则投了弃权票。三是重视与所有海湾国家发展经济合作。2019年，中国自沙特和伊拉克进"
     "口原油分别约为8300万吨和5200万吨，沙特已连续多年位居中国原油进口来源国的前列。{中华"
     "人民共和国海关总署：《2019年12月进口主要商品量值表》，http://www.custo"
     "ms.gov.cn/customs/302249/zfxxgk/2799825/302274"
     "/302277/index.html [2021-04-02].}与此同时，中国在海湾的利益"
     "也面临新的挑战：海湾地区的阵营化使中国“平衡外交”的空间受到挤压，而美国对伊朗的“极限施压”"
     "又使中伊之间正常的经贸合作屡遭美国“长臂管辖”的干扰。"),
    ('head0', '结 语'),
    ("p",
     "四十余年来，海湾的安全秩序经历了从“双柱”失衡、到美国主导下的单极秩序、再到地区大国对抗与阵"
     "营化并存的演变。伊朗革命和伊拉克对科威特的入侵是两个关键转折点：前者使海湾成为美苏冷战的新前"
     "线，后者则使美国得以借助安理会的授权确立其在海湾的主导地位。然而，美国发动的伊拉克战争打破了"
     "两伊之间的均势，海湾从此进入以沙伊对抗为主线的新阶段。"),
    ("p",
     "2019年的海湾危机表明，依靠单一大国提供安全保护的模式已难以为继；2020年《亚伯拉罕协议"
     "》的签署则使地区阵营的分野更加清晰。2021年3月，王毅在访问沙特期间提出实现中东安全稳定的"
     "五点倡议，其中包括“共建集体安全”，呼吁召开海湾地区多边对话会议。对于中国而言，如何在坚持不"
     "干涉内政原则的前提下，以劝和促谈、推动建立包容性地区安全架构的方式维护自身在海湾的重大利益，"
     "仍将是今后较长时期内面临的重要课题。"),
]

EDITOR = "（责任编辑：蒋 澜）"

EN_TITLE = ("The Great Powers and the Evolution of the Gulf Security Order (1979-2020): "
            "Also on China’s Gulf Policy")
EN_AUTHORS = "LIN Zeyuan & HE Sicheng"
EN_AFFIL = "(School of International Relations, Dongling University, Yueyang 414000, China)"
EN_ABSTRACT = (
    "Abstract: Since the Iranian revolution of 1979, the Gulf has been at the forefront of "
    "great-power com~pe~ti~tion. During the Iran-Iraq War, the United States and the Soviet "
    "Union hedged between the bel~lig~er~ents while avoiding direct con~fron~ta~tion; the "
    "escalation of the tanker war in 1987 and the adoption of Security Council Resolution 598 "
    "marked a change in the way the great powers in~ter~vened. After Iraq’s invasion of Kuwait "
    "in August 1990, the United States led the Gulf War with the au~tho~ri~za~tion of the "
    "Security Council, pursued “dual con~tain~ment” in the 1990s and finally launched the Iraq "
    "War in 2003. After 2011, the regional rivalry between Saudi Arabia and Iran replaced "
    "great-power con~fron~ta~tion as the main thread of Gulf security. The Saudi-Iranian "
    "rupture of January 2016, the tanker attacks and the strike on Abqaiq in 2019 and the "
    "Abraham Accords of September 2020 have left the Gulf order both po~lar~ized and "
    "frag~ment~ed. China has con~sis~tent~ly upheld non-in~ter~fer~ence and the promotion "
    "of peace talks, moving from neu~tral~i~ty in the Iran-Iraq War to advocating a "
    "mul~ti~lat~er~al dialogue platform for the Gulf region, and has gradually become a "
    "con~struc~tive par~tic~i~pant in Gulf security gov~er~nance."
)
EN_KEYWORDS = ("Key Words: Gulf security; great-power relations; Iran-Iraq War; Gulf War; "
               "Saudi-Iranian relations; China’s Middle East diplomacy")

# ---------------------------------------------------------------- tokens

OPEN = set("“‘《（〈「『【«")
CLOSE = set("”’》）〉」』】，。、；：？！»·")   # · (间隔号) may not start a line
LATIN_CH = r"A-Za-z0-9À-ɏЀ-ӿʿﬀ-ﬆ.,:;!?'’()\[\]\-/&%+=_*\"~«»"
TOKEN_RE = re.compile(
    r"(?P<marker>\x01\d+\x02)"
    r"|(?P<soft>⟪[0-9]+⟫)"
    r"|(?P<url>https?://[^\s\[\]，。；）]+)"
    r"|(?P<numrange>\d+(?:—\d+)+)"
    r"|(?P<latin>[“‘]?[" + LATIN_CH + r"]+[”’]?)"
    r"|(?P<space> )"
    r"|(?P<aspace>␣)"
    r"|(?P<dash>——)"
    r"|(?P<ell>……)"
    r"|(?P<ch>.)", re.S)

PUA_DOT = "\uf0d7"


class Tok:
    __slots__ = ("text", "w", "kind")

    def __init__(self, text, w, kind):
        self.text, self.w, self.kind = text, w, kind

    def __repr__(self):
        return "Tok(%r,%s)" % (self.text, self.kind)


def latin_w(s):
    return 0.5 * len(s.replace("~", ""))


def tokenize(text):
    toks = []
    for m in TOKEN_RE.finditer(text):
        k = m.lastgroup
        s = m.group()
        if k == "marker":
            toks.append(Tok(s, 1.0, "marker"))
        elif k == "soft":
            for d in s[1:-1]:
                toks.append(Tok(d, 0.5, "soft"))
        elif k == "url":
            # break points after / . - _ ? = &
            parts = re.findall(r"[^/.\-_?=&]*[/.\-_?=&]|[^/.\-_?=&]+$", s)
            for p in parts:
                if p:
                    toks.append(Tok(p, latin_w(p), "url"))
        elif k == "numrange":
            toks.append(Tok(s, 0.5 * len(s) + 0.5 * s.count("—"), "latin"))
        elif k == "latin":
            # a hard hyphen between letters is a break point
            pieces = re.split(r"(?<=[A-Za-z]-)(?=[A-Za-z])", s)
            for p in pieces:
                toks.append(Tok(p, latin_w(p), "latin"))
        elif k == "space":
            toks.append(Tok(" ", 0.5, "space"))
        elif k == "aspace":
            toks.append(Tok(" ", 0.5, "aspace"))
        elif k in ("dash", "ell"):
            toks.append(Tok(s, 2.0, "cjk"))
        else:
            if s in OPEN:
                toks.append(Tok(s, 1.0, "open"))
            elif s in CLOSE:
                toks.append(Tok(s, 1.0, "close"))
            elif s == "◊":
                toks.append(Tok(PUA_DOT, 1.0, "cjk"))
            else:
                toks.append(Tok(s, 1.0, "cjk"))
    return toks


def can_break(a, b):
    """May a line end between token a and token b?"""
    if b.kind in ("close", "marker"):
        return False
    if a.kind == "open":
        return False
    if a.kind == "aspace" or b.kind == "aspace":
        return False
    if a.kind in ("latin", "soft") and a.text[-1:].isdigit() and b.text[:1] in "年月日号%":
        return False
    if a.kind == "soft" and b.kind == "soft":
        return True
    if a.kind == "latin" and b.kind == "latin":
        return a.text.endswith("-")          # hard hyphen inside a compound
    if a.kind == "url" and b.kind == "url":
        return True
    if a.kind in ("latin", "url") and b.kind in ("latin", "url"):
        return False
    if b.kind == "latin" and b.text[:1] in "”’,.;:)":
        return False
    return True


def wrap(text, widths):
    """Greedy line breaking.  widths(i) gives the width of line i."""
    toks = tokenize(text)
    lines, cur, w = [], [], 0.0
    i = 0
    while i < len(toks):
        t = toks[i]
        W = widths(len(lines))
        if not cur and t.kind == "space":
            i += 1
            continue
        if w + t.w <= W + 1e-9:
            cur.append(t); w += t.w; i += 1
            continue
        if t.kind in ("close", "marker"):
            cur.append(t); w += t.w; i += 1      # hanging punctuation / marker
            continue
        if t.kind == "space":
            lines.append(cur); cur, w = [], 0.0; i += 1
            continue
        # hyphenation of a Latin word at a marked point
        if t.kind == "latin" and "~" in t.text and W - w >= 2.5:
            parts = t.text.split("~")
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if w + latin_w(head) <= W + 1e-9 and len("".join(parts[:k])) >= 2:
                    cur.append(Tok(head, latin_w(head), "hyph"))
                    lines.append(cur)
                    rest = "~".join(parts[k:])
                    toks[i] = Tok(rest, latin_w(rest), "latin")
                    cur, w = [], 0.0
                    done = True
                    break
            if done:
                continue
        j = len(cur)
        while j > 0 and not can_break(cur[j - 1], cur[j] if j < len(cur) else t):
            j -= 1
        if j == 0:
            cur.append(t); w += t.w; i += 1
            continue
        tail = cur[j:]
        line = cur[:j]
        while line and line[-1].kind == "space":
            line.pop()
        lines.append(line)
        while tail and tail[0].kind == "space":
            tail.pop(0)
        cur = tail
        w = sum(x.w for x in cur)
    if cur:
        lines.append(cur)
    return ["".join(x.text for x in ln).replace("~", "") for ln in lines]


# ---------------------------------------------------------------- notes

LIG = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]


def italics(s):
    def rep(m):
        t = m.group(1)
        for a, b in LIG:
            t = t.replace(a, b)
        return t
    return re.sub(r"\*([^*]+)\*", rep, s)


def parse_body():
    """Return body items and the list of notes."""
    notes = []
    items = []
    for kind, text in BODY:
        if kind != "p":
            items.append((kind, text))
            continue

        def rep(m):
            raw = m.group(1)
            flag = None
            if raw[0] in "§¤":
                flag, raw = raw[0], raw[1:]
            notes.append({"id": len(notes), "flag": flag, "src": raw})
            return "\x01%d\x02" % (len(notes) - 1)
        items.append(("p", re.sub(r"\{([^{}]*)\}", rep, text)))
    return items, notes


HYPH = """Se~cu~ri~ty Pres~i~den~tial Uni~ver~si~ty Wash~ing~ton Elec~tron~ic In~sti~tute
Con~gres~sion~al Re~search Coun~cil Res~o~lu~tion Res~o~lu~tions De~part~ment Is~lam~ic
Rev~o~lu~tion Re~la~tions In~ter~na~tion~al Co~op~er~a~tion Pub~lish~ing De~ci~sion
Li~brary Brief~ing Ar~chive Reg~is~ters Fron~tier Aya~tol~lahs Com~mand~ers Schus~ter
Treach~er~ous Deal~ings Al~li~ance Ex~cerpts Meet~ing Pro~vi~sion~al Au~thor~i~ty
Dis~so~lu~tion En~ti~ties So~ci~e~ty Quar~ter~ly Cen~tral Com~mand South~ern Ex~ec~u~tive
Ac~cords Key~note Ap~proach Prince~ton Mil~i~tary Rout~ledge Cam~bridge Amer~i~can
De~liv~ered Ses~sion Proj~ect Pen~guin His~to~ry Sec~re~tary Pres~i~dent Ad~dressed
Fed~er~a~tion Com~mit~tee Con~fi~den~tial Data~base Weap~ons Ron~ald Hus~sein Elec~tron~ic
Bat~tle Shak~ing Mid~dle Ad~dress Re~pub~lic Gen~er~al Pol~i~cy Re~port Ser~vice
Ox~ford Os~prey Na~tion~al Ran~dom Trea~ty Unit~ed Na~tions Se~ries Char~ter Trag~ic
Gov~ern~ance Or~der Li~bya Sanc~tions Pub~lic Coali~tion Num~ber Re~marks Com~pre~hen~sive
Ac~tion Dec~la~ra~tion Abra~ham Di~plo~ma~cy Se~cret Is~ra~el Ha~ven Ba~sic Evo~lu~tion
Des~ert Quar~ter~ly con~cern~ing Neigh~bour~ly Bagh~dad di~rec~tive Di~rec~tive to~ward
Rea~gan Hus~sein Feb~ru~ary Ma~jor Twi~light Long~est Let~ter Dat~ed Doc~u~ment En~voy
Sep~tem~ber Au~gust Wood~ward Scow~croft Trans~formed Trans~fers Ken~neth Kuwait
Re~search Mar~tin Clin~ton Ad~min~is~tra~tion Sym~po~sium An~tho~ny Con~front~ing
Back~lash Pol~lack Puz~zle Con~gress Un~ion Jan~u~ary Ex~cerpts Ara~bia Com~mit~tee
Ad~min~is~tra~tion’s Prince~ton Free~dman Ev~er Bak~hash Ay~a~tol~lahs Re~la~tions
Ori~gi~nal Elec~tron~ic Re~gion Dis~patch""".split()
HYPH_MAP = {w.replace("~", ""): w for w in HYPH}


def hyphenable(s):
    """Insert the hyphenation points of HYPH into the words of s (not into URLs)."""
    parts = re.split(r"(https?://\S+)", s)
    for n in range(0, len(parts), 2):
        parts[n] = re.sub(r"(?<![~\w])([A-Za-z]+)(?![~\w])",
                          lambda m: HYPH_MAP.get(m.group(1), m.group(1)), parts[n])
    return "".join(parts)


def wrap_note(src):
    text = "[#] " + italics(hyphenable(src))
    # "[#] " is a stand-in of the printed number, 2 em wide
    return wrap(text, lambda i: NOTE_W)


# ---------------------------------------------------------------- layout

def body_lines(items):
    out = []
    for kind, text in items:
        if kind != "p":
            out.append({"kind": kind, "text": text, "notes": [], "first": False, "last": False})
            continue
        lines = wrap(text, lambda i: BODY_W_FIRST if i == 0 else BODY_W)
        for n, ln in enumerate(lines):
            ids = [int(x) for x in re.findall(r"\x01(\d+)\x02", ln)]
            out.append({"kind": "body", "text": ln, "notes": ids,
                        "first": n == 0, "last": n == len(lines) - 1})
    return out


def line_cost(ln):
    return {"head0": 2.0, "head1": 2.5, "head2": 1.2}.get(ln["kind"], 1.0)


def paginate(lines, notes):
    for n in notes:
        n["lines"] = wrap_note(n["src"])
    pages = []
    page = {"body": [], "notes": [], "carry": [], "used": 0.0}
    cap = PAGE1_CAP
    i = 0
    while i < len(lines):
        ln = lines[i]
        cost = line_cost(ln)
        nl = sum(len(notes[k]["lines"]) for k in ln["notes"])
        has_foot = bool(page["notes"] or page["carry"])
        ncost = nl * NOTE_SLOT + (NOTE_SEP if ln["notes"] and not has_foot else 0)
        keep = 1.0 if ln["kind"].startswith("head") else 0.0
        if page["used"] + cost + ncost + keep <= cap or not page["body"]:
            page["body"].append(ln)
            page["notes"].extend(ln["notes"])
            page["used"] += cost + ncost
            i += 1
            continue
        split = [k for k in ln["notes"] if notes[k]["flag"] == "§"]
        if split:
            k = split[0]
            other = nl - len(notes[k]["lines"])
            room = cap - page["used"] - cost - (NOTE_SEP if not has_foot else 0) - other * NOTE_SLOT
            fit = int(room / NOTE_SLOT + 1e-9)
            if 2 <= fit < len(notes[k]["lines"]):
                page["body"].append(ln)
                page["notes"].extend(ln["notes"])
                notes[k]["carried"] = notes[k]["lines"][fit:]
                notes[k]["lines"] = notes[k]["lines"][:fit]
                pages.append(page)
                carry = notes[k]["carried"]
                page = {"body": [], "notes": [], "carry": carry,
                        "used": len(carry) * NOTE_SLOT + NOTE_SEP}
                cap = PAGE_CAP
                i += 1
                continue
        pages.append(page)
        page = {"body": [], "notes": [], "carry": [], "used": 0.0}
        cap = PAGE_CAP
    pages.append(page)
    return pages


def en_block():
    out = []
    for tag, s, W in (("en-title", EN_TITLE, 40.0), ("en-authors", EN_AUTHORS, EN_W),
                      ("en-affil", EN_AFFIL, EN_W), ("en-abstract", EN_ABSTRACT, EN_W),
                      ("en-keywords", EN_KEYWORDS, EN_W)):
        for ln in wrap(s, lambda i, W=W: W):
            out.append((tag, ln))
    return out


def build():
    items, notes = parse_body()
    lines = body_lines(items)
    pages = paginate(lines, notes)
    npages = len(pages)
    en = en_block()
    last = pages[-1]
    body_last = len(pages) - 1
    if last["used"] + 1.5 + len(en) * NOTE_SLOT > PAGE_CAP:
        pages.append({"body": [], "notes": [], "carry": [], "used": 0.0})
    npages = len(pages)

    out = []   # (tag, page, text)

    def emit(tag, pno, text):
        out.append((tag, pno, text))

    for pi, page in enumerate(pages):
        pno = FIRST_PAGE + pi
        if pi == 0:
            for tag, s in FRONT:
                emit(tag, pno, s)
            for n, s in enumerate(wrap(ABSTRACT, lambda i: FRONT_W)):
                emit("abstract", pno, s)
            for s in wrap(KEYWORDS, lambda i: FRONT_W):
                emit("keywords", pno, s)
            emit("clc", pno, CLC.format(first=FIRST_PAGE, n=npages))
            for tag, s in (("receipt", RECEIPT), ("fund", FUND), ("bio", BIO)):
                for t in wrap(s, lambda i: NOTE_W):
                    emit(tag, pno, t)
        else:
            emit("header", pno, HEADER_EVEN if pno % 2 == 0 else HEADER_ODD)
        for s in page["carry"]:
            emit("note-carry", pno, s)
        num = {k: n + 1 for n, k in enumerate(page["notes"])}

        def fix(s):
            return re.sub(r"\x01(\d+)\x02", lambda m: "[%d]" % num[int(m.group(1))], s)
        for ln in page["body"]:
            tag = ln["kind"]
            if tag == "body":
                tag += (":P" if ln["first"] else "") + (":L" if ln["last"] else "")
            emit(tag, pno, fix(ln["text"]))
        if pi == body_last:
            emit("editor", pno, EDITOR)
        for k in page["notes"]:
            note = notes[k]
            for j, s in enumerate(note["lines"]):
                if j == 0:
                    assert s.startswith("[#] ")
                    if note["flag"] == "¤":
                        emit("note-nonum#%d" % num[k], pno, s[4:])
                    else:
                        emit("note#%d" % num[k], pno, "[%d] " % num[k] + s[4:])
                else:
                    emit("note-cont#%d" % num[k], pno, s)
        if pi == npages - 1:
            for tag, s in en:
                emit(tag, pno, s)
        emit("pageno", pno, "· %d ·" % pno)
    return out, notes, pages


def render(out):
    return "".join(s + "\n" for _, _, s in out)


# ---------------------------------------------------------------- checks

def check(out=None, notes=None, pages=None):
    if out is None:
        out, notes, pages = build()
    text = render(out)
    L = [s for _, _, s in out]
    tags = [t for t, _, _ in out]
    # form: no blank lines, no indents, no trailing spaces, single newlines
    assert "\n\n" not in text and text.endswith("\n") and "\r" not in text and "\f" not in text
    assert all(s and s == s.strip() for s in L), "blank/indented/trailing-space line"
    # notes: 35-55
    assert 35 <= len(notes) <= 55, len(notes)
    # numbering restarts on every page, body markers [k] sit right after punctuation
    for pi in range(len(pages)):
        pno = FIRST_PAGE + pi
        body = "".join(s for t, p, s in out if p == pno and t.startswith("body"))
        marks = [int(x) for x in re.findall(r"\[(\d)\]", body)]
        assert marks == list(range(1, len(marks) + 1)), (pno, marks)
        for m in re.finditer(r"\[\d\]", body):
            assert body[m.start() - 1] in "。，；：”）", (pno, body[m.start() - 5:m.end()])
        heads = [int(re.match(r"note(?:-nonum)?#(\d+)", t).group(1))
                 for t, p, s in out if p == pno and re.match(r"note(?:-nonum)?#", t)]
        assert heads == marks, (pno, heads, marks)
    # A. one note runs on to the next page, right after that page's header
    split = [n for n in notes if n["flag"] == "§"]
    assert len(split) == 1 and split[0].get("carried"), "run-on note did not split"
    ci = tags.index("note-carry")
    assert tags[ci - 1] == "header" and not L[ci].startswith("[")
    assert sum(1 for t in tags if t == "note-carry") == len(split[0]["carried"])
    # B. two notes on one page lost their [k]
    lost = [i for i, t in enumerate(tags) if t.startswith("note-nonum")]
    assert len(lost) == 2 and out[lost[0]][1] == out[lost[1]][1]
    assert all(not L[i].startswith("[") for i in lost)
    # C. Latin words hyphenated at line ends in notes / English block (hyphen kept)
    hy_notes = [s for t, _, s in out if t.startswith("note") and re.search(r"[A-Za-z]{2}-$", s)
                and not re.search(r"(https?://|/)\S*-$", s) and not re.search(r"\bal-$", s)]
    assert len(hy_notes) >= 3, hy_notes
    hy_en = [s for t, _, s in out if t.startswith("en-") and re.search(r"[a-z]-$", s)]
    assert len(hy_en) >= 2, hy_en
    # D. body dates cut inside the number by a line break
    bodyidx = [i for i, t in enumerate(tags) if t.startswith("body")]
    for a, b in CUT_DATES:
        ok = any(L[i].endswith(a) and L[j].startswith(b) for i, j in zip(bodyidx, bodyidx[1:]))
        assert ok, (a, b)
    # E. spaces inserted by Acrobat inside Chinese text
    assert len(re.findall(r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]|年 \d|月 \d", text)) >= 5
    # F. private-use glyph for the middle dot
    assert text.count(PUA_DOT) == 2
    # G. ligatures from italic titles
    assert sum(text.count(c) for c in "\ufb00\ufb01\ufb02\ufb03\ufb04") >= 4
    # H. page breaks inside sentences: a header follows a line not ending a sentence
    cuts = 0
    for i, t in enumerate(tags):
        if t == "header":
            j = i - 1
            while not tags[j].startswith("body") and not tags[j].startswith("head"):
                j -= 1
            if tags[j].startswith("body") and not re.search(r"[。！？](\[\d\])?$", L[j]):
                cuts += 1
    assert cuts >= 4, cuts
    # I. front matter before the body
    first_body = next(i for i, t in enumerate(tags) if t.startswith("body") or t == "head0")
    assert {"abstract", "keywords", "clc", "bio"} <= set(tags[:first_body])
    return True


CUT_DATES = [("供应国，197", "2年4月两国"), ("“禁飞区”。19", "95年4月14日"), ("这是197", "9年以来美伊")]


def main(argv):
    out, notes, pages = build()
    check(out, notes, pages)
    if "--check" in argv:
        print("ok")
        return
    data = render(out).encode("utf-8")
    sha = hashlib.sha1(data).hexdigest()
    name = "%s_%s.txt" % (PREFIX, sha[:8])
    for old in glob.glob(os.path.join(HERE, PREFIX + "_*.txt")):
        if os.path.basename(old) != name:
            os.remove(old)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    if "--report" in argv:
        for n, (tag, pno, s) in enumerate(out, 1):
            print("%4d p%-3d %-16s %s" % (n, pno, tag, s))
    print("%s  %d bytes  %d chars  %d lines  %d notes  %d pages  sha1 %s" % (
        name, len(data), len(data.decode("utf-8")), len(out), len(notes), len(pages), sha),
        file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
