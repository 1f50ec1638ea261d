#!/usr/bin/env python3
"""Build the raw text of held-out article h11 as `pdftotext -layout` would give it.

Standard library only, deterministic.  `python3 make_raw.py` writes
h11_<sha1[:8]>.txt next to this script (and deletes older h11_*.txt);
`python3 make_raw.py --report` also prints every line with its number, page and tag.
"""
import hashlib
import os
import re
import sys

# ---------------------------------------------------------------- clean content
# Clean content of the constructed article h11.
#
# Markup in body paragraphs:
#   {text}     a footnote; its circled marker is put where the brace stands
#   {§text}    the footnote that runs on to the foot of the next page (damage a)
#   {¤text}    the footnote whose circled number is printed on a line of its own (damage d)
#   ⟪...⟫      a date whose digits a line break may cut (damage c)
# Markup in notes:
#   ~          a point where an English word may be hyphenated at a line end (damage f)
JOURNAL = "西亚国际问题论丛"
ISSUE = "2021年第4期"
FIRST_PAGE = 61
AUTHORS = "贾闻舟    韦思岚"
RUNNING_TITLE = "贾闻舟 韦思岚：阿以冲突与中东和平进程的演变（1967—2020）"

TITLE_LINES = [
    "从“土地换和平”到“以和平换和平”",
    "——阿以冲突与中东和平进程的演变（1967—2020）",
]
AFFIL = "（临江大学 国际关系学院，浙江 湖州 313099）"

ABSTRACT = (
    "1967年“六日战争”之后，联合国安理会第242号决议确立的“土地换和平”原则成为阿以和平进程的"
    "基本框架。从1978年戴维营协议、1979年埃以和约到1991年马德里和会、1993年奥斯陆协议，和平进程"
    "在大国斡旋下艰难推进，但2000年戴维营首脑会谈的失败和第二次巴勒斯坦人民起义使巴以和谈陷入"
    "长期僵局。2020年9月签署的《亚伯拉罕协议》绕开巴勒斯坦问题，以“以和平换和平”的逻辑冲击了"
    "“土地换和平”原则。半个多世纪以来，和平进程的演变主要取决于地区力量对比、美国的政策取向和"
    "阿拉伯世界的整合程度。1992年中以建交后，中国坚持以“两国方案”为核心，通过设立中东问题特使、"
    "提出“四点主张”等方式劝和促谈，为推动巴勒斯坦问题的公正解决发挥了建设性作用。"
)
KEYWORDS = "阿以冲突；中东和平进程；“土地换和平”；奥斯陆协议；《亚伯拉罕协议》；中国中东外交"
CLC = ["中图分类号：D815.4", "文献标识码：A", "文章编号：2097-0563（2021）04-0061-11"]
FOOT1 = [
    "收稿日期：2021-03-18",
    "基金项目：国家社会科学基金一般项目“大国与中东和平进程比较研究”（20BGJ061）",
    "作者简介：贾闻舟，男，历史学博士，临江大学国际关系学院副教授；韦思岚，女，临江大学国际关系学院"
    "硕士研究生。",
]
EDITOR = "（责任编辑：邵 蔚）"

ENGLISH = {
    "title": "From “Land for Peace” to “Peace for Peace”: The Evolution of the Arab-Israeli "
             "Conflict and the Middle East Peace Process (1967-2020)",
    "authors": "JIA Wenzhou & WEI Silan",
    "affil": "(School of International Relations, Linjiang University, Huzhou 313099, China)",
    "abstract": (
        "Abstract: After the Six-Day War of June 1967, the principle of “land for peace” laid down "
        "in UN Security Council Resolution 242 became the basic framework of the Arab-Israeli peace "
        "process. From the Camp David Accords of 1978 and the Egyptian-Israeli peace treaty of 1979 "
        "to the Madrid Conference of 1991 and the Oslo Accords of 1993, the peace process moved "
        "forward with great difficulty under the mediation of the great powers, but the failure of "
        "the Camp David summit in July 2000 and the second intifada led to a long stalemate in "
        "Palestinian-Israeli negotiations. The Abraham Accords signed in September 2020 bypassed "
        "the Palestinian question and challenged the principle of “land for peace” with the logic "
        "of “peace for peace”. The evolution of the peace process over half a century has depended "
        "on the regional balance of power, the policy of the United States and the degree of "
        "integration of the Arab world. Since the establishment of diplomatic relations between "
        "China and Israel in 1992, China has adhered to the two-state solution, appointed special "
        "envoys on the Middle East from 2002 and put forward a four-point proposal in 2017, playing "
        "a constructive role in promoting a just settlement of the Palestinian question."
    ),
    "keywords": "Key Words: Arab-Israeli conflict; Middle East peace process; “land for peace”; "
                "Oslo Accords; Abraham Accords; China’s Middle East diplomacy",
}

BODY = [
("p",
 "1967年6月5日清晨，以色列空军对埃及、叙利亚和约旦的空军基地发动突然袭击，第三次中东战争（以色列称"
 "“六日战争”）由此爆发。至6月10日停火时，以色列已占领西奈半岛、加沙地带、约旦河西岸（含东耶路撒冷）"
 "和戈兰高地，其控制的土地面积扩大到战前的三倍多。{Michael B. Oren, Six Days of War: June 1967 and "
 "the Making of the Modern Middle East, Oxford: Oxford University Press, 2002, pp. 305-307.}这场历时六天的"
 "战争彻底改变了中东的地缘政治格局：此后半个多世纪里，阿以冲突的核心议题逐渐从以色列的生存与合法性"
 "问题转向被占领土的归属问题，“土地换和平”也由此成为国际社会处理阿以冲突的基本原则。以色列历史学家"
 "汤姆·塞格夫在《1967：以色列、战争与改变中东的一年》一书中认为，这场战争的胜利深刻改变了以色列社会"
 "对自身处境的认知。{Tom Segev, 1967: Israel, the War, and the Year That Transformed the Middle East, "
 "trans. by Jessica Cohen, New York: Metropolitan Books, 2007, pp. 6-9.}"),
("p",
 "2020年9月15日，在美国总统唐纳德·特朗普的主持下，以色列与阿拉伯联合酋长国（以下简称“阿联酋”）、"
 "巴林在白宫签署《亚伯拉罕协议》，阿拉伯国家与以色列关系“正常化”的进程骤然加速。以色列总理本雅明·"
 "内塔尼亚胡将其概括为“以和平换和平”{“PM "
 "Netanyahu’s Statement on the Historic Peace Agreement with the United Arab Emirates,” Prime Minister’s "
 "Office, August 13, 2020, https://www.gov.il/en/departments/news/statement_uae130820 [2020-12-10].}，宣称以色列无需归还任何领土即可与阿拉伯国家实现和平。"
 "从“土地换和平”到“以和平换和平”，折射出阿以冲突半个多世纪以来的深刻变化。"),
("p",
 "国内外学界对中东和平进程已有大量研究。美国学者威廉·匡特以美国外交为中心，系统考察了1967年以来历届"
 "美国政府的中东和平政策；{William B. Quandt, Peace Process: American Diplomacy and the Arab-Israeli "
 "Con~flict since 1967, 3rd ed., Washington, D.C.: Brookings Institution Press; Berkeley: University of "
 "California Press, 2005.}以色列“新历史学家”阿维·施莱姆则从以色列对阿拉伯世界的“铁墙”战略出发，"
 "解释了和平进程屡屡受挫的原因。{Avi Shlaim, The Iron Wall: Israel and the Arab World, updated and "
 "expanded ed., New York: W. W. Norton, 2014.}国内学者在中东和谈史、巴勒斯坦问题和中国中东政策等方面"
 "也取得了丰硕成果。{参见徐向群、宫少朋主编：《中东和谈史（1913—1995年）》，中国社会科学出版社1998年版；"
 "殷罡主编：《阿以冲突——问题与出路》，国际文化出版公司2002年版。}但已有研究多以某一阶段或某一组双边"
 "关系为对象，对1967—2020年和平进程的整体演变及其内在逻辑关注不足。本文拟以“土地换和平”原则的确立、"
 "实践及其受到的冲击为主线，梳理阿以和平进程的阶段性演变，并考察中国在其中的立场与作用。"),

("h1", "一、“土地换和平”原则的确立（1967—1976）"),
("p",
 "战争结束后，阿拉伯国家于1967年8月29日至9月1日在苏丹首都喀土穆举行首脑会议，通过了“不与以色列媾和、"
 "不承认以色列、不与以色列谈判”的决议，即所谓“三不”原则。{“The Khartoum Resolutions,” September 1, "
 "1967, in Walter Laqueur and Barry Rubin, eds., The Israel-Arab Reader: A Documentary History of the "
 "Middle East Conflict, 7th rev. ed., New York: Penguin Books, 2008, p. 116.}与此同时，联合国安理会围绕"
 "中东问题展开了激烈的外交博弈。经过近五个月的磋商，安理会于1967年11月22日一致通过英国提出的第242号"
 "决议。该决议强调“不容许以战争获取领土”，要求“以色列军队撤离其在最近冲突中所占领的领土”，同时要求"
 "终止一切交战状态，尊重并承认该地区每一国家的主权、领土完整和政治独立及其在安全和公认的疆界内和平"
 "生活的权利。{UN Security Council, Resolution 242 (1967), S/RES/242 (1967), 22 November 1967, "
 "https://undocs.org/S/RES/242(1967) [2021-01-15].}决议英文本在“领土”一词前没有使用定冠词，而法文本"
 "则作“des territoires”，这一措辞上的差异为以色列此后主张“部分撤离”留下了解释空间。{§第242号决议由英国"
 "常驻联合国代表卡拉登勋爵（Lord Caradon）起草。英文本作“withdrawal of Israel armed forces from "
 "territories occupied in the recent conflict”，法文本作“retrait des forces armées israéliennes des "
 "territoires occupés lors du récent conflit”。苏联和阿拉伯国家坚持以法文本为准，认为决议要求以色列"
 "撤出1967年6月战争中占领的全部领土；以色列和美国则强调英文本的措辞。卡拉登本人在1974年接受采访时"
 "表示，英文本的措辞是有意为之。参见Quandt, Peace Process, pp. 45-46。}次日，联合国秘书长吴丹任命"
 "瑞典外交官贡纳尔·雅林为特别代表，负责与有关各方接触，但雅林使命在此后数年间收效甚微。"),
("p",
 "第242号决议只把巴勒斯坦问题视为“难民问题”，没有承认巴勒斯坦人的民族权利，因而遭到巴勒斯坦各派的"
 "拒绝。1969年2月，法塔赫领导人亚西尔·阿拉法特当选巴勒斯坦解放组织（以下简称“巴解组织”）执行委员会"
 "主席，巴解组织逐步摆脱阿拉伯国家的控制，成为巴勒斯坦民族运动的代表。{Yezid Sayigh, Armed Struggle "
 "and the Search for State: The Palestinian National Movement, 1949-1993, Oxford: Clarendon Press, 1997, "
 "pp. 174-179.}与此同时，埃及与以色列沿苏伊士运河展开了1969—1970年的“消耗战”，直到1970年8月才在"
 "美国的斡旋下实现停火。同年9月28日，埃及总统纳赛尔猝然病逝，副总统安瓦尔·萨达特继任总统。萨达特"
 "试图通过外交途径收复西奈半岛，并于1972年7月下令驱逐约1.5万名苏联军事顾问，向美国发出改善关系的"
 "信号。{Anwar al-Sadat, al-Bahth ʿan al-Dhat: Qissat Hayati, al-Qahira: al-Maktab al-Misri al-Hadith, "
 "1978, pp. 312-315.}然而，尼克松政府忙于越南问题和美苏缓和，对中东问题采取维持现状的态度。萨达特"
 "最终认定，只有打破军事僵局，才能推动问题的政治解决。"),
("p",
 "1973年10月6日，埃及和叙利亚同时向以色列发动进攻，第四次中东战争（阿拉伯方面称“十月战争”，以色列称"
 "“赎罪日战争”）爆发。埃军成功突破“巴列夫防线”，但同月中旬以军越过苏伊士运河，包围了埃及第三军团。"
 "10月17日，阿拉伯石油输出国组织决定削减石油产量，并对支持以色列的美国等国实行石油禁运，第一次石油"
 "危机由此引发。{Henry Kissinger, Years of Upheaval, Boston: Little, Brown and Company, 1982, pp. 872-873; "
 "Muhammad Hasanayn Haykal, Uktubir 73: al-Silah wa al-Siyasa, al-Qahira: Markaz al-Ahram lil-Tarjama "
 "wa al-Nashr, 1993.}在美苏的共同推动下，联合国安理会于10月22日通过第338号决议，呼吁各方立即停火，"
 "在停火后立即开始执行第242号决议的全部规定，并在“适当主持下”开始谈判，以建立中东公正持久的和平。"
 "{UN Security Council, Resolution 338 (1973), S/RES/338 (1973), 22 October 1973, "
 "https://undocs.org/S/RES/338(1973) [2021-01-15].}"),
("p",
 "战后，美国国务卿亨利·基辛格开展“穿梭外交”。1973年12月21日，由美苏共同主持的日内瓦中东和平会议"
 "开幕，叙利亚拒绝参加，会议仅举行一次全体会议即告休会。此后，基辛格先后促成埃以、叙以签署"
 "军事脱离接触协议，并于1975年9月推动埃以签署第二个西奈脱离接触协议。1974年10月下旬，阿拉伯国家首脑"
 "会议在拉巴特承认巴解组织为巴勒斯坦人民的“唯一合法代表”；11月13日，阿拉法特应邀在联合国大会发表演讲，"
 "称自己“一手拿着橄榄枝，一手拿着自由战士的枪”。"),
("p",
 "中国自20世纪60年代起就坚定支持巴勒斯坦人民和阿拉伯人民的正义斗争。1965年3月，巴解组织执委会主席艾哈迈德·"
 "舒凯里率团访华，中方同意巴解组织在北京设立办事处。{¤1965年3月下旬，舒凯里一行受到毛泽东、刘少奇和"
 "周恩来的接见；同年5月，巴解组织驻北京办事处正式成立，这是巴解组织在非阿拉伯国家设立的第一个代表机构。"
 "参见《人民日报》1965年3月23日，第1版。}在1967年和1973年两次战争中，中国政府均发表声明，谴责以色列"
 "的侵略行为，支持阿拉伯国家收复失地的斗争。中华人民共和国恢复在联合国的合法席位后，在安理会审议中东问题"
 "时坚持主张以色列撤出全部被占领土，并据此对第338号决议不参加投票。{《中国代表团团长黄华在安理会上的"
 "发言》，载《人民日报》1973年10月24日，第5版。}"),

("h1", "二、埃以单独媾和与戴维营模式（1977—1982）"),
("p",
 "1977年1月就任的美国总统吉米·卡特主张召开日内瓦会议，寻求问题的“全面解决”，并于同年10月1日同苏联"
 "发表关于中东问题的联合声明，首次提及巴勒斯坦人民的“合法权利”。{Jimmy Carter, Keeping Faith: Memoirs "
 "of a President, New York: Bantam Books, 1982, pp. 293-295.}但这一声明遭到以色列和美国国内亲以势力的"
 "强烈反对。与此同时，以色列政坛发生重大变化：在同年5月举行的第九届议会选举中，利库德集团击败长期执政"
 "的工党，梅纳赫姆·贝京出任总理。"),
("p",
 "萨达特既不愿让苏联重返中东事务，也担心日内瓦会议为叙利亚等国所左右，因此决定另辟蹊径。1977年11月19日"
 "晚，萨达特抵达特拉维夫本-古里安机场，成为第一位访问以色列的阿拉伯国家元首。次日，萨达特在以色列议会"
 "（克奈塞特）发表演说，在坚持以色列撤出其在第三次中东战争中所占全部阿拉伯领土、承认巴勒斯坦人民权利的同时，"
 "明确表示接受以色列在中东的存在。{Divrei ha-Knesset [Knesset Records], ha-Knesset ha-Teshi‘it, "
 "Kerekh 81, Yerushalayim, 1977, pp. 453-459.}萨达特的耶路撒冷之行在阿拉伯世界引起轩然大波。同年12月上旬，"
 "叙利亚、利比亚、阿尔及利亚、民主也门和巴解组织在的黎波里组成“坚定阵线”，宣布冻结与埃及的政治关系。"),
("p",
 "埃以双边谈判随后陷入僵局。1978年3月，以军发动“利塔尼行动”，占领黎巴嫩南部，安理会随即通过第425号"
 "决议，要求以色列立即撤军。为打破僵局，卡特邀请萨达特和贝京前往戴维营。1978年9月5日至17日，三国"
 "首脑在戴维营举行了为期13天的秘密会谈。9月17日，萨达特和贝京在白宫签署《关于实现中东和平的纲要》和"
 "《关于签订一项埃及同以色列之间的和平条约的纲要》，合称“戴维营协议”。{“The Camp David Accords: The "
 "Framework for Peace in the Middle East,” September 17, 1978, Jimmy Carter Presidential Library and "
 "Museum, https://www.jimmycarterlibrary.gov/about_us/camp_david_accords [2021-02-03].}前者规定在约旦河"
 "西岸和加沙地带实行为期五年的“过渡性自治”安排，后者则规定以色列分阶段从西奈半岛全部撤出，埃以实现关系"
 "正常化。同年10月，萨达特和贝京共同获得诺贝尔和平奖。"),
("p",
 "1979年3月26日，埃以在华盛顿正式签署和平条约，埃及成为第一个承认以色列的阿拉伯国家。同月底，阿拉伯"
 "国家外长和经济部长在巴格达举行会议，决定中止埃及的阿拉伯国家联盟（以下简称“阿盟”）成员国资格，对埃及"
 "实行政治和经济制裁，并将阿盟总部由开罗迁往突尼斯。{al-Ahram (al-Qahira), 1 Abril 1979, p. 1; "
 "Jamiʿat al-Duwal al-ʿArabiyya, Qararat Majlis al-Jamiʿa, Tunis: al-Amana al-ʿAmma, 1980, pp. 22-25.}"
 "此后，以色列分阶段从西奈半岛撤军。"),
("p",
 "但戴维营框架下的巴勒斯坦自治谈判毫无进展，以色列在被占领土上大规模修建定居点。1980年6月13日，欧洲"
 "共同体九国首脑在威尼斯发表声明，承认巴勒斯坦人民的自决权，主张巴解组织参与和平谈判，这是西欧国家"
 "首次集体表明在巴勒斯坦问题上的独立立场。{European Council, “Venice Declaration,” 13 June 1980, "
 "Bulletin of the European Communities, No. 6, 1980, pp. 10-11.}同年7月30日，以色列议会通过《基本法：耶路"
 "撒冷——以色列首都》，宣布“完整和统一的耶路撒冷”为以色列首都，安理会随即通过第478号决议，宣布该法"
 "无效。1981年10月6日，萨达特在开罗阅兵时遇刺身亡，副总统胡斯尼·穆巴拉克继任总统。"),
("p",
 "戴维营模式的实质是以“土地换和平”原则解决埃以双边问题，而把巴勒斯坦问题搁置起来。埃及的退出使阿拉伯"
 "国家失去了对以色列发动全面战争的能力，以色列则得以腾出手来处理其北部边境和巴勒斯坦问题，这在一定"
 "程度上为1982年的黎巴嫩战争埋下了伏笔。"),

("h1", "三、从黎巴嫩战争到马德里和会（1982—1991）"),
("p",
 "以色列驻英国大使什洛莫·阿尔戈夫在伦敦遇刺后，以色列政府即以此为由，于⟪1982年6月6日⟫发动代号为“加利利"
 "和平行动”的黎巴嫩战争。以军迅速推进至贝鲁特，对巴解组织总部所在的西贝鲁特实施了两个多月的围困。"
 "{Ze’ev Schiff and Ehud Ya’ari, Israel’s Lebanon War, ed. and trans. by Ina Friedman, New York: "
 "Simon and Schuster, 1984, pp. 97-100.}8月下旬，在美国特使菲利普·哈比卜的斡旋下，巴解组织武装人员"
 "开始分批撤离贝鲁特，巴解组织总部迁至突尼斯。9月1日，美国总统罗纳德·里根提出新的中东和平方案，主张"
 "约旦河西岸和加沙地带的巴勒斯坦人在与约旦联合的框架内实行自治，既反对建立独立的巴勒斯坦国，也反对"
 "以色列吞并上述领土。9月9日，阿拉伯国家首脑会议在摩洛哥非斯通过“非斯方案”，首次以集体方式间接承认"
 "以色列的生存权。然而，9月16日至18日，黎巴嫩长枪党民兵在以军控制区内的萨布拉和沙提拉难民营屠杀了"
 "大批巴勒斯坦难民，震惊世界。1983年2月，以色列卡汉调查委员会认定国防部长阿里埃勒·沙龙对屠杀负有"
 "“个人责任”，沙龙被迫辞去国防部长职务。{Din ve-Heshbon shel Va‘adat ha-Hakira la-Hakirat ha-Eru‘im "
 "be-Mahanot ha-Pelitim be-Beirut [Report of the Commission of Inquiry into the Events at the Refugee "
 "Camps in Beirut], Yerushalayim, 1983, pp. 104-108.}"),
("p",
 "黎巴嫩战争之后，巴解组织的军事力量遭受重创，被迫将工作重心转向外交。1985年2月11日，约旦国王侯赛因与"
 "阿拉法特达成《安曼协议》，同意在约旦—巴勒斯坦联合代表团框架内参加和平谈判，但该协议于次年2月因双方"
 "分歧而破裂。"),
("p",
 "真正改变巴以关系格局的是被占领土上的巴勒斯坦民众起义。1987年12月9日，加沙地带贾巴利亚难民营的巴勒斯坦"
 "民众因前一天发生的一起车祸与以军发生冲突，抗议活动迅速蔓延至整个被占领土，第一次巴勒斯坦人民起义"
 "（“因提法达”）由此爆发。{Ze’ev Schiff and Ehud Ya’ari, Intifada: The Palestinian Uprising—Israel’s "
 "Third Front, ed. and trans. by Ina Friedman, New York: Simon and Schuster, 1990, pp. 17-31.}同月，"
 "穆斯林兄弟会加沙分支领导人艾哈迈德·亚辛等人创建伊斯兰抵抗运动（哈马斯）。{关于哈马斯成立的日期，说法"
 "不一。一般认为，哈马斯于1987年12月14日首次以“伊斯兰抵抗运动”的名义散发传单，并于1988年8月18日公布其"
 "宪章。参见Khaled Hroub, Hamas: Political Thought and Practice, Washington, D.C.: Institute for "
 "Palestine Studies, 2000, pp. 36-42。}以色列国防部长伊扎克·拉宾推行“铁拳”政策，但未能平息起义。"),
("p",
 "1988年7月31日，侯赛因国王宣布断绝约旦与约旦河西岸的法律和行政联系。同年11月15日，巴勒斯坦全国委员会"
 "第19次会议在阿尔及尔通过《独立宣言》，宣布建立以耶路撒冷为首都的巴勒斯坦国，并在政治声明中接受第242号"
 "和第338号决议。{“Palestinian Declaration of Independence,” Algiers, November 15, 1988, in Laqueur "
 "and Rubin, eds., The Israel-Arab Reader, pp. 354-358.}中国政府于11月20日宣布承认巴勒斯坦国。{《我国"
 "政府承认巴勒斯坦国》，载《人民日报》1988年11月21日，第1版。}12月13日至14日，阿拉法特在日内瓦联合国大会"
 "会议上发表讲话并举行记者会，承认以色列的生存权，宣布放弃恐怖主义。美国随即宣布同巴解组织开展“实质性"
 "对话”，但该对话于1990年6月因巴勒斯坦解放阵线袭击以色列海滩事件而中止。"),
("p",
 "1990年8月2日，伊拉克入侵科威特，海湾危机爆发。萨达姆提出将伊拉克从科威特撤军与以色列从被占领土撤军"
 "相“挂钩”，阿拉法特同情伊拉克的立场使巴解组织在海湾国家中陷入孤立。1991年初，以美国为首的多国部队对"
 "伊拉克发动“沙漠风暴”行动，伊拉克向以色列发射了数十枚“飞毛腿”导弹，以色列在美国的压力下保持克制。"
 "海湾战争结束后，美国国务卿詹姆斯·贝克八次穿梭中东，推动召开国际和会。{James A. Baker III with Thomas "
 "M. DeFrank, The Politics of Diplomacy: Revolution, War and Peace, 1989-1992, New York: G. P. Putnam’s "
 "Sons, 1995, pp. 443-456.}1991年10月30日，由美苏共同主持的中东和平会议在西班牙首都马德里开幕，以色列"
 "与叙利亚、黎巴嫩以及约旦—巴勒斯坦联合代表团首次坐到了谈判桌前。和会确立了双边谈判与多边谈判并行的"
 "“双轨”模式：双边谈判于同年12月在华盛顿举行，多边谈判则于1992年1月28日在莫斯科启动，中国作为联合国"
 "安理会常任理事国首次参加了中东和平进程的多边谈判。{中华人民共和国外交部外交史研究室编：《中国外交概览"
 "（1993）》，世界知识出版社1993年版，第318—320页。}"),

("h1", "四、奥斯陆进程的兴衰（1992—2000）"),
("h2", "（一）中以建交与奥斯陆协议"),
("p",
 "1992年1月24日，中国外交部长钱其琛与以色列外交部长戴维·利维在北京签署建交联合公报，中以正式建立大使级"
 "外交关系。{同上，第321—322页。}中以建交并不意味着中国改变了支持巴勒斯坦正义事业的立场，而是使中国能够"
 "同冲突双方都保持接触，为中国参与中东和平进程创造了条件。"),
("p",
 "同年7月，工党领导人拉宾在议会选举获胜后再次出任总理。拉宾政府一方面在华盛顿双边谈判中与约旦—巴勒斯坦"
 "联合代表团周旋，另一方面于同年12月17日将415名哈马斯和伊斯兰圣战组织成员驱逐至黎巴嫩南部，遭到国际社会"
 "的普遍谴责。在华盛顿谈判陷入僵局之际，一条秘密渠道在挪威开辟。1993年1月20日，以色列学者亚伊尔·"
 "赫希菲尔德、罗恩·蓬达克与巴解组织代表艾哈迈德·库赖（阿布·阿拉）在挪威萨尔普斯堡开始秘密接触，挪威"
 "学者泰耶·罗德-拉森及其夫人、外交官莫娜·尤尔为会谈提供了便利。{Ahmad Qurayʿ (Abu ʿAlaʾ), al-Riwaya "
 "al-Filastiniyya al-Kamila lil-Mufawadat: min Uslu ila Kharitat al-Tariq, al-Juzʾ al-Awwal, Bayrut: "
 "Muʾassasat al-Dirasat al-Filastiniyya, 2005, pp. 61-88; Uri Savir, The Process: 1,100 Days That "
 "Changed the Middle East, New York: Random House, 1998, pp. 3-28.}8月20日，双方在奥斯陆草签《关于临时"
 "自治安排的原则宣言》（以下简称《原则宣言》）。9月9日至10日，阿拉法特与拉宾互致信函，巴解组织承认以色列"
 "“和平与安全地生存的权利”，以色列则承认巴解组织为巴勒斯坦人民的代表。9月13日，在美国总统比尔·克林顿"
 "的见证下，以色列外长西蒙·佩雷斯与巴解组织执委会委员马哈茂德·阿巴斯在白宫南草坪签署《原则宣言》，"
 "拉宾与阿拉法特历史性地握手。{“Declaration of Principles on Interim Self-Government Arrangements,” "
 "September 13, 1993, UN Peacemaker, https://peacemaker.un.org/israelopt-osloaccord93 [2021-01-20].}"),
("p",
 "《原则宣言》规定，巴勒斯坦人在加沙地带和杰里科首先实行自治，过渡期不超过五年；耶路撒冷地位、难民、"
 "定居点、边界和安全安排等“最终地位”问题的谈判最迟于过渡期第三年开始。{《原则宣言》于1993年10月13日"
 "生效。按照其第5条的规定，过渡期自以色列从加沙地带和杰里科地区撤出之日起计算，为期五年。Ibid., "
 "Article V.}1994年5月4日，以巴在开罗签署《加沙—杰里科协议》；7月1日，阿拉法特结束长达27年的流亡生活"
 "返回加沙。同年10月26日，约旦与以色列签署和平条约，约旦成为第二个与以色列媾和的阿拉伯国家。1993—1995年"
 "间接连达成的这些协议，使奥斯陆进程达到了顶峰。"),
("h2", "（二）拉宾遇刺与奥斯陆进程的停滞"),
("p",
 "1995年9月28日，以巴在华盛顿签署《关于约旦河西岸和加沙地带的临时协议》（即“奥斯陆第二阶段协议”），"
 "将约旦河西岸划分为A、B、C三类地区。{按照该协议，A区（约占约旦河西岸面积的3%）由巴方全面负责民事和安全"
 "事务，B区（约占24%）由巴方负责民事事务、以巴共同负责安全事务，C区（约占73%）仍由以色列全面控制。1998年"
 "《怀伊河备忘录》签署后，A区和B区的面积有所扩大。}然而，以色列国内反对奥斯陆进程的右翼势力迅速抬头。"
 "同年11月4日晚，拉宾在特拉维夫“以色列国王广场”参加和平集会后，被犹太极端分子伊加尔·阿米尔枪杀。{“Rabin "
 "Nirtzah” [Rabin Murdered], Yedioth Ahronoth, 5 be-November 1995, p. 1.}1996年2月底至3月初，哈马斯在"
 "耶路撒冷、阿什凯隆和特拉维夫接连制造自杀式爆炸袭击，以色列社会的安全焦虑急剧上升。在随后举行的"
 "以色列总理直选中，利库德集团领导人内塔尼亚胡以微弱优势击败佩雷斯。"),
("p",
 "内塔尼亚胡政府奉行“以安全换和平”的方针，放缓了奥斯陆协议的执行。1998年10月中旬，克林顿在美国马里兰州"
 "怀伊河种植园主持以巴首脑会谈，双方于10月23日签署《怀伊河备忘录》，以色列承诺从约旦河西岸另外13%的土地"
 "上撤出。{Dennis Ross, The Missing Peace: The Inside Story of the Fight for Middle East Peace, New York: "
 "Farrar, Straus and Giroux, 2004, pp. 415-459.}但此后以色列仅执行了第一阶段撤军，内塔尼亚胡政府随即"
 "宣布暂停执行该备忘录。"),
("p",
 "1999年5月17日，工党领导人埃胡德·巴拉克当选以色列总理，承诺在一年内从黎巴嫩南部撤军并与巴方达成最终"
 "地位协议。同年9月4日，双方签署《沙姆沙伊赫备忘录》，规定在2000年9月13日之前达成最终地位协议。"
 "2000年7月11日至25日，克林顿、巴拉克"
 "和阿拉法特在戴维营举行首脑会谈，就耶路撒冷、难民回归等问题展开艰难谈判，但最终无果而终。{Ross, The "
 "Missing Peace, pp. 650-711.}双方此后相互指责对方应对谈判失败负责，以色列方面所谓“巴方没有和平伙伴”的"
 "说法开始流行。{Ibid., pp. 756-758.}"),
("p",
 "中国在这一时期积极支持以巴和谈。2000年4月，国家主席江泽民对以色列进行国事访问，成为首位访问以色列的"
 "中国国家元首，其间还访问了巴勒斯坦自治区，会见阿拉法特。{《江泽民主席对以色列进行国事访问》，载《人民"
 "日报》2000年4月14日，第1版。}同年7月，以色列在美国的压力下取消了向中国出售“费尔康”预警机的合同，"
 "中以关系一度受到影响。{“Israel Cancels Phalcon Deal with China,” Ha’aretz, July 12, 2000; Aluf Benn, "
 "“Barak Mevatel et Iskat ha-Falcon,” Ha’aretz (Hebrew ed.), 12 be-Yuli 2000, p. 1.}"),

("h1", "五、第二次因提法达、“路线图”与单边主义（2000—2008）"),
("p",
 "2000年9月28日，利库德集团领导人沙龙在大批警察护卫下进入耶路撒冷老城的圣殿山（谢里夫圣地）。次日，"
 "巴勒斯坦民众在阿克萨清真寺与以色列警察发生冲突，冲突迅速蔓延至整个被占领土，史称“阿克萨起义”或第二次"
 "巴勒斯坦人民起义。{“Sharm el-Sheikh Fact-Finding Committee Report,” April 30, 2001, "
 "https://2001-2009.state.gov/p/nea/rls/rpt/3060.htm [2021-03-01].}2001年1月21日至27日，以巴在埃及塔巴"
 "举行谈判，双方一度声称“从未如此接近达成协议”，但随着克林顿卸任和以色列大选临近，谈判无果而终。随后，"
 "沙龙在总理选举中大胜巴拉克。"),
("p",
 "“9·11”事件后，美国将反恐置于中东政策的首位。安理会于2002年3月通过的第1397号决议，首次明确提出以色列和"
 "巴勒斯坦“两个国家在安全和公认的边界内毗邻共存”的设想。3月27日至28日，阿盟首脑会议在贝鲁特通过沙特王储"
 "阿卜杜拉提出的“阿拉伯和平倡议”，提出以色列全面撤出其占领的阿拉伯领土、接受在约旦河西岸和加沙"
 "地带建立以东耶路撒冷为首都的巴勒斯坦国、根据联合国大会第194号决议公正解决难民问题，阿拉伯国家则将与"
 "以色列签署和平协议并建立正常关系。{“Mubadarat al-Salam al-ʿArabiyya,” Qimmat Bayrut, 28 Maris 2002, "
 "in Jamiʿat al-Duwal al-ʿArabiyya, Qararat Qimmat Bayrut, al-Qahira, 2002.}然而，就在3月27日当天，"
 "以色列内坦亚一家酒店遭自杀式袭击，造成30人死亡。以色列随即发动“防御盾牌行动”，重新占领约旦河西岸主要"
 "城市，并将阿拉法特围困在拉姆安拉的总统府内。同年6月起，以色列开始在约旦河西岸修建隔离墙。"),
("p",
 "2002年4月，美国、欧盟、俄罗斯和联合国在马德里组成“中东问题有关四方”（以下简称“四方”）。此后，"
 "美国总统乔治·沃克·布什发表讲话，要求巴勒斯坦人“选出新的领导人”。2003年4月30日，“四方”正式公布"
 "“中东和平路线图”，规划分三个阶段最终实现以巴“两国方案”。{“A Performance-Based Roadmap to a "
 "Permanent Two-State Solution to the Israeli-Palestinian Conflict,” S/2003/529, 7 May 2003.}安理会随后"
 "通过第1515号决议，对“路线图”表示支持。但“路线图”的实施从一开始便步履维艰，巴勒斯坦民族权力机构"
 "首任总理阿巴斯因与阿拉法特的权力之争，在就任不到半年后即于同年9月6日辞职。"),
("p",
 "和谈停滞之际，沙龙转向单边主义。2003年12月18日，沙龙在赫兹利亚会议上宣布“脱离接触计划”。{Ariel Sharon, "
 "“Ne’um Rosh ha-Memshala be-Kenes Herzliya,” 18 be-Detzember 2003, Misrad Rosh ha-Memshala, "
 "https://www.pmo.gov.il/MediaCenter/Speeches/Pages/speechherz181203.aspx [2021-03-04].}2004年4月14日，"
 "布什致信沙龙，表示期待以色列完全退回到1949年停火线是不切实际的。"
 "2004年11月11日，阿拉法特在法国巴黎病逝。⟪2005年8月15日⟫至23日，"
 "以色列撤出了加沙地带全部21个犹太定居点的8000余名定居者以及约旦河西岸北部的4个定居点；9月12日，最后"
 "一批以军撤出加沙地带。{《以色列完成从加沙地带撤军》，新华网，2005年9月12日，"
 "http://news.xinhuanet.com/world/2005-09/12/content_3478261.htm [2021-03-05]。}"),
("p",
 "以色列的撤离并未给加沙带来和平。2006年1月25日，哈马斯在巴勒斯坦立法委员会选举中赢得132个议席中的74席，"
 "随即组建政府。“四方”要求哈马斯承认以色列、放弃暴力、接受此前达成的各项协议，否则将停止对巴勒斯坦政府"
 "的援助。2007年6月中旬，哈马斯以武力夺取加沙地带的控制权，巴勒斯坦形成了法塔赫控制约旦河西岸、哈马斯"
 "控制加沙地带的分裂局面，以色列则自同月起对加沙地带实行全面封锁。同年11月27日，美国在马里兰州安纳波利斯"
 "主持召开中东和平国际会议，以巴领导人承诺于2008年底之前达成和平协议，但这一目标未能实现。"),
("p",
 "与此同时，中国开始以更加积极的姿态参与中东和平进程。2002年9月，中国政府首次设立中东问题特使，由资深"
 "外交官王世杰担任。{王世杰之后，孙必干（2006年）、吴思科（2009年）、宫小生（2014年）和翟隽（2019年）"
 "先后担任中国政府中东问题特使。}中东问题特使多次赴以色列、巴勒斯坦及有关国家穿梭斡旋，阐述中国关于通过"
 "政治谈判解决巴以问题的立场。"),

("h1", "六、僵局、“世纪协议”与《亚伯拉罕协议》（2009—2020）"),
("h2", "（一）巴以和谈的长期僵局"),
("p",
 "内塔尼亚胡再度出任以色列总理后，美国总统巴拉克·奥巴马于2009年6月4日在开罗大学发表演讲，要求以色列停止"
 "修建定居点；6月14日，内塔尼亚胡在巴伊兰大学发表演讲，首次有条件地接受建立“非军事化的巴勒斯坦国”。"
 "{“Ne’um Rosh ha-Memshala Binyamin Netanyahu be-Universitat Bar-Ilan,” 14 be-Yuni 2009, Misrad Rosh "
 "ha-Memshala.}2010年9月，以巴在华盛顿重启直接谈判，但随着以色列暂停新建定居点的期限于同月26日届满，"
 "谈判随即中断。"),
("p",
 "和谈受挫后，巴勒斯坦转而在国际舞台上争取国家地位。阿巴斯向联合国秘书长潘基文递交巴勒斯坦"
 "加入联合国的申请，但因美国反对未获安理会通过。2012年11月29日，联合国大会以138票赞成、9票反对、41票弃权"
 "通过第67/19号决议，给予巴勒斯坦“非会员观察员国”地位。2013年7月，在美国国务卿约翰·克里的推动下，以巴"
 "重启和谈，但九个月的谈判期限于次年4月届满时仍未取得任何成果。"
 "2016年12月23日，安理会以14票赞成、美国弃权的结果通过第2334号决议，重申以色列在"
 "1967年以来所占领的巴勒斯坦领土上修建定居点“没有法律效力”{UN Security Council, Resolution 2334 "
 "(2016), S/RES/2334 (2016), 23 December 2016, https://undocs.org/S/RES/2334(2016) [2021-01-15].}。"),
("h2", "（二）特朗普政府的中东政策与《亚伯拉罕协议》"),
("p",
 "特朗普上台后，美国的中东政策明显向以色列倾斜。2017年12月6日，特朗普宣布承认耶路撒冷为以色列首都，并于"
 "2018年5月14日——以色列建国70周年之际——将美国驻以色列使馆从特拉维夫迁至耶路撒冷。同年8月底，美国国务院"
 "宣布停止向联合国近东巴勒斯坦难民救济和工程处提供资金；2019年3月25日，特朗普在美以领导人会晤时签署公告，"
 "承认以色列对戈兰高地的所谓“主权”。2020年1月28日，特朗普在白宫公布题为《从和平到繁荣》的中东和平计划，"
 "即所谓“世纪协议”，允许以色列吞并约旦河谷和约旦河西岸的犹太定居点，巴勒斯坦方面当即予以拒绝。{The "
 "White House, Peace to Prosperity: A Vision to Improve the Lives of the Pales~tinian and Israeli People, "
 "Washington, D.C., January 2020, https://trumpwhitehouse.archives.gov/peacetoprosperity/ [2021-03-10].}"),
("p",
 "在巴以和谈毫无进展的背景下，阿拉伯国家与以色列关系的“正常化”却取得了突破。2020年8月13日，美国、以色列"
 "和阿联酋发表联合声明，宣布以色列与阿联酋实现关系全面正常化，以色列同意“暂停”对约旦河西岸部分地区宣布"
 "主权。9月15日，内塔尼亚胡、阿联酋外长阿卜杜拉·本·扎耶德和巴林外交大臣阿卜杜拉提夫·扎亚尼在白宫签署"
 "《亚伯拉罕协议》。{“The Abraham Accords Declaration,” U.S. Department of State, "
 "https://www.state.gov/the-abraham-accords/ [2020-12-20].}同年10月和12月，苏丹和摩洛哥也先后宣布同以色列"
 "实现关系正常化。《亚伯拉罕协议》的签署意味着“阿拉伯和平倡议”所确立的“先解决巴勒斯坦问题、后实现关系"
 "正常化”的顺序被打破。阿盟在9月9日的外长会议上未能通过巴方提出的谴责阿以关系正常化的决议草案，反映出"
 "阿拉伯世界内部在巴勒斯坦问题上的分化。"),
("h2", "（三）中国的劝和促谈努力"),
("p",
 "中国始终是巴勒斯坦正义事业的坚定支持者，也是中东和平的积极推动者。2013年5月，国家主席习近平在会见来访"
 "的阿巴斯时提出关于解决巴勒斯坦问题的四点主张；同月，内塔尼亚胡也访问了中国。{《习近平同巴勒斯坦国总统"
 "阿巴斯举行会谈》，载《人民日报》2013年5月7日，第1版。}2016年1月21日，习近平在开罗阿盟总部发表演讲，"
 "表示支持建立以1967年边界为基础、以东耶路撒冷为首都、享有完全主权的巴勒斯坦国。{习近平：《共同开创"
 "中阿关系的美好未来——在阿拉伯国家联盟总部的演讲》，载《人民日报》2016年1月22日，第3版。}2017年3月，"
 "内塔尼亚胡再次访华，两国宣布建立创新全面伙伴关系。同年7月18日，习近平在同阿巴斯会谈时提出推动巴勒斯坦"
 "问题解决的四点主张：一是坚定推进以“两国方案”为基础的政治解决；二是坚持共同、综合、合作、可持续的安全观；"
 "三是进一步协调国际社会的努力，壮大促和合力；四是综合施策，以发展促进和平。{《习近平同巴勒斯坦总统阿巴斯"
 "举行会谈》，新华网，2017年7月18日，http://www.xinhuanet.com/politics/2017-07/18/c_1121341426.htm "
 "[2021-03-12]。}⟪2020年8月⟫，针对以色列与阿联酋建交，中国外交部发言人表示，中方乐见有助于缓和中东地区"
 "紧张局势的举措，同时强调巴勒斯坦问题始终是中东问题的核心，不应被边缘化。{《2020年8月14日外交部发言人"
 "赵立坚主持例行记者会》，中华人民共和国外交部网站，https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/"
 "t1806618.shtml [2021-03-12]。}"),

("h1", "结　语"),
("p",
 "纵观半个多世纪以来中东和平进程的演变，“土地换和平”原则经历了确立、实践和受到冲击三个阶段。20世纪70年代末，"
 "埃以在戴维营框架下以西奈半岛换取和平，证明了这一原则的可行性；20世纪90年代的奥斯陆进程试图将这一原则运用"
 "于巴以之间，却因领土、安全、定居点和耶路撒冷地位等问题的复杂性以及双方国内政治的掣肘而陷入困境。进入21世纪"
 "以来，随着第二次因提法达的爆发、以色列的单边主义和巴勒斯坦内部的分裂，“两国方案”的前景日益黯淡，而《亚伯"
 "拉罕协议》以“以和平换和平”取代“土地换和平”，使巴勒斯坦问题面临被边缘化的危险。"),
("p",
 "从和平进程的演变中可以看出，其一，地区力量对比是决定和平进程走向的基础性因素。1973年战争打破了以色列"
 "“不可战胜”的神话，才使埃以和谈成为可能；而阿拉伯世界的分裂和巴解组织的衰弱，则使以色列在谈判中始终"
 "占据优势。其二，美国的政策取向对和平进程具有决定性影响。卡特政府、克林顿政府曾以相对平衡的姿态推动谈判，"
 "而特朗普政府则完全站在以色列一边。其三，阿拉伯世界的整合程度决定了巴勒斯坦问题在地区议程中的位置：从"
 "喀土穆会议的“三不”原则到“阿拉伯和平倡议”，再到《亚伯拉罕协议》签署后阿拉伯国家的分化，阿拉伯国家对以政策的演变深刻"
 "影响着巴勒斯坦人的谈判地位。"),
("p",
 "然而，巴勒斯坦问题作为中东问题的核心，并不会因为阿拉伯国家与以色列关系的“正常化”而消失。只有在联合国有关"
 "决议、“土地换和平”原则和“阿拉伯和平倡议”的基础上，建立以1967年边界为基础、以东耶路撒冷为首都、享有完全"
 "主权的独立的巴勒斯坦国，才能实现中东的持久和平。作为联合国安理会常任理事国，中国自1992年同以色列建交以来"
 "同冲突双方都保持着良好关系，有条件在劝和促谈中发挥更大的建设性作用。"),
]


HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- switches (damage)
SPLIT_NOTE_LINES = 2          # (a) the {§...} note keeps this many lines on its page
GLUE_HEADER_PAGE = 66         # (b) page whose running header is glued to its first body line
FW_LINE_KEY = "1991年10月30日"  # (e) the body line holding this gets full-width digits
# (c) dates in ⟪...⟫ may be cut inside their digits; (d) {¤...} note; (f) ~ hyphenation

# ---------------------------------------------------------------- geometry
BODY_W = 38.0        # em per body line
INDENT = 2.0         # paragraph indent (em)
NOTE_W = 44.0        # note line measure, in note em
ABS_W = 40.0         # abstract block measure
ENG_W = 44.0
PAGE_SLOTS = 46.0    # line slots on a page
NOTE_SLOT = 0.8      # a note line is smaller
COLS = 76            # columns of a full line in the layout output (1 em = 2 columns)

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PUA0 = 0xE000

OPEN = set("（《“‘「『〈【(")
CLOSE = set("，。、；：？！）》”’」』〉】,.;:?!)%")


def em(ch):
    o = ord(ch)
    if PUA0 <= o < PUA0 + 0x1000:
        return 0.5                       # superscript footnote marker
    if ch == "·":
        return 1.0
    if o < 0x2000:
        return 0.5
    return 1.0


def width(s):
    return sum(em(c) for c in s)


def cols(s):
    return int(round(width(s) * 2))


# ---------------------------------------------------------------- notes and markers
NOTES = []          # list of dicts: text, flag


def parse_paragraph(text):
    """Replace {...} by PUA markers, register notes."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "{":
            j = text.index("}", i)
            body = text[i + 1:j]
            flag = None
            if body[0] in "§¤":
                flag = {"§": "split", "¤": "apart"}[body[0]]
                body = body[1:]
            NOTES.append({"text": body, "flag": flag})
            out.append(chr(PUA0 + len(NOTES) - 1))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def is_marker(ch):
    return PUA0 <= ord(ch) < PUA0 + 0x1000


# ---------------------------------------------------------------- body wrapping
UNIT_AFTER_NUM = set("年月日号届次个名万亿国%席票")


def body_units(text):
    """Split a paragraph into unbreakable units (list of str)."""
    units = []
    i = 0
    n = len(text)
    cutzone = False
    while i < n:
        c = text[i]
        if c == "⟪":
            cutzone = True
            i += 1
            continue
        if c == "⟫":
            cutzone = False
            i += 1
            continue
        if cutzone:
            units.append(c)
            i += 1
            continue
        if c.isascii() and c not in " " and not c in "(),;:":
            j = i
            while j < n and text[j].isascii() and text[j] != " ":
                j += 1
            # a number range 1967—2020 stays together
            while (j + 1 < n and text[j] == "—" and text[j + 1].isdigit()
                   and text[i:j].isdigit()):
                k = j + 1
                while k < n and text[k].isdigit():
                    k += 1
                j = k
            if j < n and text[j] in UNIT_AFTER_NUM and text[j - 1].isdigit():
                j += 1
            units.append(text[i:j])
            i = j
            continue
        if c == " ":
            units.append(" ")
            i += 1
            continue
        if c in "—…" and i + 1 < n and text[i + 1] == c:
            units.append(c + c)
            i += 2
            continue
        units.append(c)
        i += 1
    # attach closing punctuation and markers to the previous unit, opening to the next
    merged = []
    for u in units:
        if merged and u != " " and (u[0] in CLOSE or is_marker(u[0])) and merged[-1] != " ":
            merged[-1] += u
        else:
            merged.append(u)
    out = []
    carry = ""
    for u in merged:
        if u != " " and all(ch in OPEN for ch in u):
            carry += u
            continue
        out.append(carry + u)
        carry = ""
    if carry:
        out.append(carry)
    return out


def wrap_body(text):
    units = body_units(text)
    lines = []
    cur = ""
    cw = 0.0
    measure = BODY_W - INDENT
    for u in units:
        uw = width(u)
        if cur and cw + uw > measure + 1e-9:
            lines.append(cur.rstrip(" "))
            cur = "" if u == " " else u
            cw = width(cur)
            measure = BODY_W
        else:
            if not cur and u == " ":
                continue
            cur += u
            cw += uw
    if cur:
        lines.append(cur.rstrip(" "))
    return lines


# ---------------------------------------------------------------- note wrapping
def note_units(text):
    """Units: (text, space_before, hyphen_if_broken)."""
    units = []
    i = 0
    n = len(text)
    space = False
    while i < n:
        c = text[i]
        if c == " ":
            space = True
            i += 1
            continue
        if ord(c) < 0x2000 or c in "‘’“”–":
            j = i
            while j < n and text[j] != " " and (ord(text[j]) < 0x2000 or text[j] in "‘’“”–"):
                j += 1
            word = text[i:j]
            pieces = split_word(word)
            for k, (p, hy) in enumerate(pieces):
                units.append([p, space if k == 0 else False, hy])
            space = False
            i = j
            continue
        units.append([c, space, False])
        space = False
        i += 1
    # closing punctuation never starts a line
    out = []
    for u in units:
        if out and not u[1] and u[0] in CLOSE and len(u[0]) == 1:
            out[-1][0] += u[0]
        else:
            out.append(u)
    return out


def split_word(word):
    if "~" in word:
        parts = word.split("~")
        return [(p, k < len(parts) - 1) for k, p in enumerate(parts)]
    if word.startswith("http") and len(word) > 20:
        pieces = re.findall(r"[^/._?=&-]*[/._?=&-]*", word)
        pieces = [p for p in pieces if p]
        return [(p, False) for p in pieces]
    return [(word, False)]


def wrap_note(text, first_measure, measure):
    units = note_units(text)
    lines = []
    cur = ""
    cw = 0.0
    m = first_measure
    last_hy = False
    for t, sp, hy in units:
        add = (" " if sp and cur else "") + t
        aw = width(add)
        if cur and cw + aw > m + 1e-9:
            if last_hy:
                cur += "-"
            lines.append(cur)
            cur = t
            cw = width(t)
            m = measure
        else:
            cur += add
            cw += aw
        last_hy = hy
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- build body stream
def build_stream():
    stream = []     # dicts: kind, text, notes(list of idx), para, first, last
    for pi, (kind, text) in enumerate(BODY):
        if kind == "p":
            t = parse_paragraph(text)
            lines = wrap_body(t)
            for k, ln in enumerate(lines):
                stream.append({"kind": "body", "text": ln,
                               "notes": [ord(c) - PUA0 for c in ln if is_marker(c)],
                               "para": pi, "first": k == 0, "last": k == len(lines) - 1})
        else:
            stream.append({"kind": kind, "text": text, "notes": [], "para": pi,
                           "first": True, "last": True})
    return stream


def note_lines(idx):
    text = NOTES[idx]["text"]
    if NOTES[idx]["flag"] == "apart":
        return wrap_note(text, NOTE_W - INDENT, NOTE_W)
    return wrap_note(text, NOTE_W - INDENT - 1.5, NOTE_W)


# ---------------------------------------------------------------- front matter
def centre(s):
    pad = max(0, (COLS - cols(s)) // 2)
    return " " * pad + s


def right(s):
    return " " * max(0, COLS - cols(s)) + s


def front_matter():
    out = []
    out.append((right(JOURNAL + "  " + ISSUE), "masthead"))
    out.append((right("No. 4, 2021"), "masthead"))
    out.append(("", "blank"))
    for t in TITLE_LINES:
        out.append((centre(t), "title"))
    out.append(("", "blank"))
    out.append((centre(AUTHORS), "authors"))
    out.append((centre(AFFIL), "affil"))
    out.append(("", "blank"))
    abs_lines = wrap_note("摘  要：" + ABSTRACT, ABS_W, ABS_W)
    for ln in abs_lines:
        out.append(("    " + ln, "abstract"))
    out.append(("    关键词：" + KEYWORDS, "keywords"))
    out.append(("    " + "      ".join(CLC), "clc"))
    out.append(("", "blank"))
    return out


# ---------------------------------------------------------------- pagination
def paginate(stream, front_slots):
    pages = []
    page = {"items": [], "notes": [], "carry": [], "used": front_slots, "closed_for_markers": False}
    carry_next = []

    def note_cost(pg, idxs):
        c = 0.0
        if idxs and not pg["notes"] and not pg["carry"]:
            c += 1.5
        for i in idxs:
            c += NOTE_SLOT * len(note_lines(i))
        return c

    def new_page():
        nonlocal page, carry_next
        pages.append(page)
        page = {"items": [], "notes": [], "carry": carry_next, "used": 2.0,
                "closed_for_markers": False}
        if carry_next:
            page["used"] += 1.5 + NOTE_SLOT * len(carry_next)
        carry_next = []

    k = 0
    while k < len(stream):
        it = stream[k]
        cost = 3.0 if it["kind"] == "h1" else 1.0
        if it["kind"] == "h1":
            # keep a heading with at least two following lines
            cost_with = cost + 2.0 + note_cost(page, stream[k + 1]["notes"] + stream[k + 2]["notes"])
            if page["used"] + cost_with > PAGE_SLOTS:
                new_page()
                continue
        if it["notes"] and page["closed_for_markers"]:
            new_page()
            continue
        split_here = [i for i in it["notes"] if NOTES[i]["flag"] == "split"]
        if split_here:
            i = split_here[0]
            full = note_lines(i)
            keep = SPLIT_NOTE_LINES
            others = [j for j in it["notes"] if j != i]
            c = cost + note_cost(page, others) + NOTE_SLOT * keep
            if page["used"] + c > PAGE_SLOTS:
                new_page()
                continue
            page["items"].append(it)
            page["notes"].extend(it["notes"])
            page["used"] += c
            page["split"] = (i, keep)
            carry_next = full[keep:]
            page["closed_for_markers"] = True
            k += 1
            continue
        c = cost + note_cost(page, it["notes"])
        if page["used"] + c > PAGE_SLOTS:
            new_page()
            continue
        page["items"].append(it)
        page["notes"].extend(it["notes"])
        page["used"] += c
        k += 1
    pages.append(page)
    return pages


# ---------------------------------------------------------------- rendering
def header(pno):
    if pno % 2 == 0:
        left = "· %d ·" % pno
        rt = JOURNAL + "  " + ISSUE
    else:
        left = RUNNING_TITLE
        rt = "· %d ·" % pno
    gap = COLS - cols(left) - cols(rt)
    return left + " " * max(2, gap) + rt


def to_fullwidth_digits(s):
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() and c.isascii() else c for c in s)


def render(pages, front):
    lines = []      # (text, page, tag)
    for pn, pg in enumerate(pages):
        pno = FIRST_PAGE + pn
        # circled numbers on this page
        num = {}
        for n_i, idx in enumerate(pg["notes"]):
            num[idx] = CIRCLED[n_i]
        page_lines = []
        glue = (pno == GLUE_HEADER_PAGE)
        if pn == 0:
            page_lines.extend(front)
        else:
            if not glue:
                page_lines.append((header(pno), "header"))
                page_lines.append(("", "blank"))
        for it in pg["items"]:
            if it["kind"] == "h1":
                page_lines.append(("", "blank"))
                page_lines.append((centre(it["text"]), "head1"))
                page_lines.append(("", "blank"))
                continue
            if it["kind"] == "h2":
                page_lines.append(("    " + it["text"], "head2"))
                continue
            t = "".join(num[ord(c) - PUA0] if is_marker(c) else c for c in it["text"])
            if FW_LINE_KEY and FW_LINE_KEY in t:
                t = to_fullwidth_digits(t)
            if it["first"]:
                t = "    " + t
            tag = "body" + (":P" if it["first"] else "") + (":L" if it["last"] else "")
            if glue and not any(tg.startswith("body") or tg.startswith("head") or tg == "header-glued"
                                for _, tg in page_lines):
                t = header(pno) + "   " + t
                tag = "header-glued"
            page_lines.append((t, tag))
        if pn == len(pages) - 1:
            page_lines.append(("", "blank"))
            page_lines.append((right(EDITOR), "editor"))
            page_lines.append(("", "blank"))
            page_lines.extend(english_block())
        foot = []
        if pn == 0:
            for f in FOOT1:
                for k, ln in enumerate(wrap_note(f, NOTE_W - INDENT, NOTE_W)):
                    foot.append((("    " if k == 0 else "") + ln, "receipt"))
        for ln in pg["carry"]:
            foot.append((ln, "note-carry"))
        for idx in pg["notes"]:
            nl = note_lines(idx)
            if pg.get("split") and pg["split"][0] == idx:
                nl = nl[:pg["split"][1]]
            mk = num[idx]
            if NOTES[idx]["flag"] == "apart":
                foot.append(("    " + mk, "note-marker-alone#%d" % idx))
                for k, ln in enumerate(nl):
                    foot.append((("    " if k == 0 else "") + ln, "note#%d" % idx))
                continue
            for k, ln in enumerate(nl):
                if k == 0:
                    foot.append(("    " + mk + " " + ln, "note#%d" % idx))
                else:
                    foot.append((ln, "note-cont#%d" % idx))
        if foot:
            page_lines.append(("", "blank"))
            page_lines.append(("", "blank"))
            page_lines.extend(foot)
        if pn == 0:
            # the first page has no running header; its page number is printed at its foot
            page_lines.append(("", "blank"))
            page_lines.append((centre("· %d ·" % pno), "footer-pageno"))
        for t, tag in page_lines:
            lines.append([t, pno, tag])
    return lines


def english_block():
    out = []
    for ln in wrap_note(ENGLISH["title"], ENG_W - 8, ENG_W - 8):
        out.append((centre(ln), "english-title"))
    out.append(("", "blank"))
    out.append((centre(ENGLISH["authors"]), "english-authors"))
    out.append((centre(ENGLISH["affil"]), "english-affil"))
    out.append(("", "blank"))
    for ln in wrap_note(ENGLISH["abstract"], ENG_W - 2, ENG_W - 2):
        out.append(("    " + ln, "english-abstract"))
    for ln in wrap_note(ENGLISH["keywords"], ENG_W - 2, ENG_W - 2):
        out.append(("    " + ln, "english-keywords"))
    return out


def assemble(lines):
    parts = []
    prev_page = None
    for t, p, tag in lines:
        if prev_page is not None and p != prev_page:
            parts.append("\f")
        parts.append(t.rstrip(" ") + "\n")
        prev_page = p
    parts.append("\f")
    return "".join(parts)


def check(text, lines, pages):
    rows = text.split("\n")
    assert rows[-1] == "\f" and text.endswith("\n\f")
    assert len(rows) == len(lines) + 1
    for c in "~⟪⟫{}§¤\r\t":
        assert c not in text, c
    assert not any(PUA0 <= ord(c) < PUA0 + 0x1000 for c in text)
    assert text.count("\f") == len(pages)
    # every page after the first starts with \f glued to its first line
    starts = [i for i, r in enumerate(rows) if r.startswith("\f")]
    assert len(starts) == len(pages)
    # (a) the split note: its first lines on its page, the rest at the head of the next foot
    sp = [(k, pg) for k, pg in enumerate(pages) if pg.get("split")]
    assert len(sp) == 1
    k, pg = sp[0]
    idx, keep = pg["split"]
    assert pages[k + 1]["carry"] == note_lines(idx)[keep:] and len(pages[k + 1]["carry"]) >= 2
    assert pg["notes"][-1] == idx
    # (b) exactly one page whose header is glued to its first body line
    glued = [r for r in rows if r.startswith("\f" + header(GLUE_HEADER_PAGE) + "   ")]
    assert len(glued) == 1
    assert sum(1 for t, p, tag in lines if tag == "header") == len(pages) - 2
    assert [t.strip() for t, p, tag in lines if tag == "footer-pageno"] == ["· %d ·" % FIRST_PAGE]
    # (c) dates cut inside their digits
    def cut(a, b):
        hits = [i for i in range(len(rows) - 1) if rows[i].endswith(a) and rows[i + 1].startswith(b)]
        assert len(hits) == 1, (a, b)
    cut("于19", "82年6月6日")
    cut("2005年8月1", "5日至23日")
    cut("以发展促进和平。④202", "0年8月，")
    # (d) one circled number printed on its own line
    alone = [r for r in rows if re.fullmatch(" {4}[①-⑳]", r)]
    assert len(alone) == 1
    # (e) one body line with full-width digits
    fw = [r for r in rows if re.search("[０-９]", r)]
    assert len(fw) == 1 and "１９９１年１０月３０日" in fw[0]
    # (f) English words hyphenated at a line end in notes
    cut("Arab-Israeli Con-", "flict since 1967")
    cut("the Lives of the Pales-", "tinian and Israeli People")
    # markers: circled numbers restart on each page, each with its note on the same page
    body_tags = ("body", "header-glued")
    for pn, pg in enumerate(pages):
        pno = FIRST_PAGE + pn
        bt = "".join(t for t, p, tag in lines if p == pno and tag.startswith(body_tags))
        ms = re.findall("[①-⑳]", bt)
        assert ms == list(CIRCLED[:len(pg["notes"])]), (pno, ms)
    assert 35 <= len(NOTES) <= 55


def build():
    NOTES.clear()
    stream = build_stream()
    front = front_matter()
    front_slots = len(front) + 3 * NOTE_SLOT + 1.5
    pages = paginate(stream, front_slots)
    lines = render(pages, front)
    text = assemble(lines)
    return text, lines, pages


def main():
    text, lines, pages = build()
    data = text.encode("utf-8")
    name = "h11_%s.txt" % hashlib.sha1(data).hexdigest()[:8]
    for f in os.listdir(HERE):
        if f.startswith("h11_") and f.endswith(".txt") and f != name:
            os.remove(os.path.join(HERE, f))
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(data)
    check(text, lines, pages)
    if "--report" in sys.argv:
        # line numbers count \n-separated lines; a page's first line carries the \f
        rows = text.split("\n")
        for n, ln in enumerate(rows, 1):
            if n <= len(lines):
                _, pno, tag = lines[n - 1]
            else:
                pno, tag = FIRST_PAGE + len(pages) - 1, "final-ff"
            print("%4d p%d %-22s %s" % (n, pno, tag, ln.replace("\f", "<FF>")))
    print(name, len(text), "chars", text.count("\n"), "lines", len(pages), "pages",
          len(NOTES), "notes", file=sys.stderr)


if __name__ == "__main__":
    main()
