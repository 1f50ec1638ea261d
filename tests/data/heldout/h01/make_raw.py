#!/usr/bin/env python3
"""Constructed held-out article h01 (raw input only).

Standalone: standard library only, imports nothing from the project.
Holds the clean content of the article (notes inline as {注:...} where their
markers stand, a forced page break as the character U+2016 in the body) and
typesets and damages it into h01_<sha1[:8]>.txt, deterministically (no
randomness is used).  `python3 make_raw.py --report` also prints probe lines.
"""
import glob
import hashlib
import os
import re
import sys

JOURNAL = '中共党史研究 2022年第6期'
SHORT = '中苏边界冲突与中美和解'
FIRST_PAGE = 47

FRONT = [
    '从珍宝岛到上海：中苏边界冲突与中美',
    '和解的互动（1969—1972）',
    '许 明 远',
    '（江南师范大学 历史文化学院，江苏 苏州 215104）',
]
ABSTRACT = ('[摘 要] 1969年3月中苏边界冲突爆发后，苏联的军事压力与核威慑使中国领导人将'
            '苏联视为最直接的安全威胁，而尼克松政府出于从越南脱身和对苏战略平衡的考虑，'
            '自1969年初即开始寻求改善对华关系。在“四位老帅”对国际形势的研究、华沙会谈'
            '的短暂恢复以及巴基斯坦秘密渠道的基础上，中美两国经由1971年的“乒乓外交”和'
            '基辛格秘密访华，最终实现了1972年2月尼克松访华和《上海公报》的发表。中美和解'
            '又反过来推动了美苏缓和，中美苏“战略三角”由此形成。本文利用中、美、俄三方已'
            '刊文献和档案，考察了这一互动过程。')
KEYWORDS = '[关键词] 珍宝岛事件；中苏边界谈判；中美和解；尼克松访华；战略三角'
CLC = '[中图分类号] D829.712；K27 [文献标识码] A [文章编号] 1003-3815（2022）06-0047-16'
FOOT_INFO = [
    '收稿日期：2022-03-28',
    '基金项目：国家社会科学基金重大项目“冷战时期中苏美三角关系档案整理与研究”（21&ZD238）',
    '作者简介：许明远，历史学博士，江南师范大学历史文化学院副教授，主要研究方向为冷战国际史。',
]

# Damage applied to the clean text before typesetting: (clean, damaged).
TEXT_DAMAGE = [
    # PUA glyph for the middle dot in a transliterated name
    ('理查德·尼克松（Richard Nixon）', '理查德\uf0b7尼克松（Richard Nixon）'),
    # OCR: letter l for digit 1 in a year; letter O for digit 0 in a month
    ('1971年春的“乒乓外交”', 'l971年春的“乒乓外交”'),
    ('1971年10月20日至26日，基辛格第二次访华', '1971年1O月20日至26日，基辛格第二次访华'),
    # ASCII punctuation in Chinese text (one paragraph)
    ('苏联在南亚的举措也带有明显的对华意味。1971年8月9日，苏联与印度签订《和平友好合作条约》；同年12月印巴战争爆发后，美国和中国支持巴基斯坦，苏联则支持印度，',
     '苏联在南亚的举措也带有明显的对华意味. 1971年8月9日,苏联与印度签订《和平友好合作条约》;同年12月印巴战争爆发后,美国和中国支持巴基斯坦,苏联则支持印度,'),
    # full-width ASCII in a note
    ('《人民日报》1972年2月28日，第1版。', '《人民日报》１９７２年２月２８日，第１版。'),
    ('in FRUS, 1969-1976, Vol. XVII, Document 118.', 'in ＦＲＵＳ, １９６９-１９７６, Vol. XVII, Document １１８.'),
    # English with its spaces lost in a note
    ('Kissinger, White House Years, pp. 188-191.', 'Kissinger,WhiteHouseYears,pp.188-191.'),
]

BODY = r'''
20世纪60年代末至70年代初，是冷战国际格局发生深刻变动的时期。1969年3月，中苏两国边防部队在乌苏里江珍宝岛地区发生武装冲突，两国关系由意识形态论战和边界对峙演变为公开的军事对抗；不到三年之后，1972年2月21日，美国总统理查德·尼克松（Richard Nixon）抵达北京，中美两国在隔绝二十余年之后实现了最高层级的接触。从珍宝岛的枪声到上海的联合公报，中美苏三国之间的关系经历了一次根本性的重组，学界通常将其概括为“战略三角”的形成。{注:关于“战略三角”概念的讨论，参见Lowell Dittmer, “The Strategic Triangle: An Elementary Game-Theoretical Analysis,” World Politics, Vol. 33, No. 4 (July 1981), pp. 485-515.}

关于这一时期的中苏关系与中美关系，国内外学界已有相当丰富的研究。国内学者杨奎松、李丹慧、牛军等较早利用中方文献考察了珍宝岛事件的缘起及其与中美关系缓和之间的联系；{注:杨奎松：《从珍宝岛事件到缓和中美关系》，《党的文献》1997年第1期，第6—12页；李丹慧：《1969年中苏边界冲突：缘起和结果》，《当代中国史研究》1996年第3期，第39—50页；牛军：《1969年中苏边界冲突与中国外交战略的调整》，《当代中国史研究》1999年第1期，第66—77页。}美国学者则随着《美国对外关系文件集》（Foreign Relations of the United States，以下简称FRUS）1969—1976年卷的陆续出版，对尼克松政府的对华决策作了细致梳理。{注:代表性成果如Chen Jian, Mao’s China and the Cold War, Chapel Hill: University of North Carolina Press, 2001, pp. 238-276; Margaret MacMillan, Nixon and Mao: The Week That Changed the World, New York: Random House, 2007.}不过，既有研究多分别讨论中苏冲突或中美和解，对两者在时间上的交错和因果上的互动，尤其是莫斯科对北京与华盛顿接近的判断与反应，着墨相对有限。本文拟在中、美、俄三方已刊文献和档案的基础上，按时间顺序考察1969—1972年间中苏边界冲突与中美和解之间的互动过程，并对“战略三角”的形成机制略作分析。

#H一、中苏同盟的破裂与边界对峙的形成（1958—1968年）

#H（一）从意识形态论战到国家关系恶化

中苏同盟的裂痕在20世纪50年代后期即已显露。1958年夏，苏方提出在中国建设长波电台和组建“联合舰队”，遭到毛泽东的断然拒绝；同年7月31日至8月3日，苏共中央第一书记赫鲁晓夫秘密访华，双方的分歧虽暂时得到弥合，但彼此的猜疑并未消除。{注:沈志华主编：《中苏关系史纲（1917—1991年）》，社会科学文献出版社2011年版，第237—241页。}次年6月20日，苏共中央致函中共中央，以美苏正在日内瓦谈判禁止核试验为由，提出暂缓向中国提供原子弹教学模型和技术资料。1960年7月16日，苏联政府照会中国政府，决定召回全部在华专家，并在一个多月内撤走了1390名专家，撕毁了343个专家合同和合同补充书，废除了257个科学技术合作项目。{注:《周恩来年谱（1949—1976）》中卷，中央文献出版社1997年版，第341页。按，撤走专家的数字在各种文献中略有出入，此处采用中国政府1963年以后公开的数字。}

1963年7月，中苏两党代表团在莫斯科举行会谈，同月14日苏共中央发表《给苏联各级党组织和全体共产党员的公开信》，公开论战由此全面展开。从1963年9月6日至1964年7月14日，中共中央以《人民日报》编辑部、《红旗》杂志编辑部名义先后发表九篇评论苏共中央公开信的文章，即所谓“九评”。1964年10月14日赫鲁晓夫下台后，中方曾试图探寻改善关系的可能：同年11月5日至13日，国务院总理周恩来率中国党政代表团赴莫斯科参加十月革命47周年庆祝活动。但11月7日晚，苏联国防部长马利诺夫斯基在招待会上对中方人员出言挑衅，周恩来当即向苏方提出严重抗议，此行无果而终。{注:《周恩来年谱（1949—1976）》中卷，第684—687页。}1966年3月，中共中央拒绝派代表团出席苏共二十三大，两党关系实际上中断。

#H（二）边界问题的凸显与军事对峙

边界问题原本并非中苏分歧的核心。1964年2月25日至8月22日，中苏两国在北京举行边界问题磋商，中国代表团团长为外交部副部长曾涌泉，苏联代表团团长为苏联国家安全委员会边防总局局长泽里亚诺夫（П. И. Зырянов）。{注:中华人民共和国外交部档案馆藏，档号：106-01466-03，第12—15页。}中方主张以有关条约为基础全面解决边界问题，并承认沙俄通过《瑷珲条约》《北京条约》等不平等条约割占了中国大片领土；苏方则坚持以其地图所标线为准，磋商随即陷入僵局。同年7月10日，毛泽东在会见日本社会党人士佐佐木更三等人时谈及历史上的领土问题，赫鲁晓夫随后作出强烈反应，边界问题由此被纳入中苏之间的意识形态争论之中。{注:Ю. М. Галенович, Россия и Китай в XX веке: граница, Москва: Изографус, 2001, с. 143-147.}

在军事层面，1966年1月15日苏联与蒙古签订为期20年的《苏蒙友好合作互助条约》，苏军随即进驻蒙古；据美方情报估计，至20世纪60年代末，苏联在中苏、中蒙边境的兵力已由1961年的十余个师增至约30个师。{注:National Intelligence Estimate 11/13-69, “The USSR and China,” August 12, 1969, in FRUS, 1969-1976, Vol. XII, Soviet Union, January 1969-October 1970, Washington, D.C.: Government Printing Office, 2006, pp. 213-216.}与此同时，乌苏里江和黑龙江上的岛屿争端日益尖锐。1967年至1968年冬春，双方边防人员在七里沁岛、珍宝岛一带多次发生推搡、棍棒殴斗，1968年1月5日苏方装甲车在七里沁岛轧死中方边民4人。{注:李丹慧：《1969年中苏边界冲突：缘起和结果》，第41页。}1968年8月20日，苏联率华约其他四国军队出兵捷克斯洛伐克，随后抛出所谓“有限主权论”，北约国家对此亦表示强烈谴责。北京对这一事件的反应迅速而强烈，就在苏军入侵后的第三天，也就是1968年‖8月23日，周恩来在罗马尼亚驻华使馆国庆招待会上发表讲话，首次公开将苏联称为“社会帝国主义”。{注:《人民日报》1968年8月24日，第1版。}在北京看来，苏联对捷克斯洛伐克的干涉并非遥远的欧洲事务，而是苏联可能对中国采取类似行动的信号。

#H二、珍宝岛冲突及其升级（1969年3—8月）

#H（一）3月2日与3月15日的战斗

珍宝岛位于乌苏里江主航道中心线中国一侧，面积约0.74平方公里，苏方称之为达曼斯基岛（остров Даманский）。{注:按照国际法中以主航道中心线划分界河的通行原则，珍宝岛属于中国领土。1991年5月16日签订的《中苏国界东段协定》也确认了这一点。}进入1969年后，双方在珍宝岛地区的巡逻与对峙日趋频繁，中方边防部队奉命在“不吃亏、不示弱”的原则下进行反击准备。1969年3月2日上午，中方巡逻分队登岛巡逻，苏联伊曼边防站站长斯特列利尼科夫（И. И. Стрельников）上尉率部前来拦截，双方随即发生交火。据苏方公布的数字，苏方在此次战斗中死亡31人，斯特列利尼科夫本人亦在其中。{注:Д. С. Рябушкин, Мифы Даманского, Москва: АСТ, 2004, с. 78-86. 关于首先开枪的一方，中苏双方说法截然相反，参见Lyle J. Goldstein, “Return to Zhenbao Island: Who Started Shooting and Why It Matters,” The China Quarterly, No. 168 (December 2001), pp. 985-997.}

冲突发生后，双方都展开了强烈的舆论攻势。3月3日起，北京数十万群众在苏联驻华大使馆前举行示威游行；翌日，《人民日报》和《解放军报》发表社论《打倒新沙皇！》。{注:《人民日报》1969年3月4日，第1版。}3月7日，莫斯科也组织群众到中国驻苏大使馆前示威。3月15日，苏军出动坦克、装甲车和炮兵，在珍宝岛地区发动规模更大的进攻，战斗持续9个多小时，苏方一辆T-62坦克在冰面被击毁后落入中方之手。3月17日，双方又发生小规模交火。此后，苏联军队对中方岸上阵地实施了大纵深炮击，珍宝岛地区的冲突至此基本告一段落，但双方沿整个边境的军事部署却大大加强了。

#H（二）“热线电话”与中苏外交接触的初步尝试

珍宝岛冲突后，莫斯科首先尝试直接与中国最高领导层沟通。3月21日，苏联部长会议主席阿列克谢·柯西金（Алексей Косыгин）通过专线电话要求与毛泽东或周恩来通话，中方话务员以“你是修正主义分子”为由拒绝接转。{注:《周恩来年谱（1949—1976）》下卷，中央文献出版社1997年版，第285页。}翌日，毛泽东在听取汇报时表示“要立即准备进行外交谈判”，但对苏方的做法仍然高度警惕。3月29日，苏联政府发表声明，建议恢复1964年开始的边界磋商；中国政府于5月24日发表声明予以回应，在重申中方立场的同时，同意举行谈判。

1969年4月1日至24日，中共第九次全国代表大会在北京召开。林彪在大会所作政治报告中将苏联与美国并列为中国的主要敌人，强调“要准备打仗”。4月28日，毛泽东在九届一中全会上再次表示“我们要准备打仗”。{注:《建国以来毛泽东文稿》第13册，中央文献出版社1998年版，第37—40页。}苏联方面则在6月5日至17日召开的国际共产党和工人党会议上，由苏共中央总书记勃列日涅夫提出建立“亚洲集体安全体系”的主张，其矛头所向，不言而喻。

#H三、核战争阴影下的危机与北京机场会晤

#H（一）苏联的“核威慑”与中国的战备

1969年夏，中苏边境西段的局势进一步紧张。8月13日，苏军在新疆裕民县铁列克提地区伏击中方边防巡逻人员，造成重大伤亡。{注:关于铁列克提事件的经过，参见Yang Kuisheng, “The Sino-Soviet Border Clash of 1969: From Zhenbao Island to Sino-American Rapprochement,” Cold War History, Vol. 1, No. 1 (August 2000), pp. 21-52.}5天之后，即8月18日，苏联驻美大使馆二等秘书鲍里斯·达维多夫（Boris Davydov）在与美国国务院官员威廉·斯特尔曼（William Stearman）共进午餐时，出人意料地询问：如果苏联对中国的核设施实施打击，美国将作何反应。{注:Memorandum of Conversation, Washington, August 18, 1969, in FRUS, 1969-1976, Vol. XII, Soviet Union, January 1969-October 1970, Document 73.}同月下旬，美国中央情报局也获得了苏联在远东调动战略空军的情报。9月16日，与克格勃关系密切的苏联记者维克托·路易斯（Victor Louis）在伦敦《新闻晚报》（The Evening News）撰文，暗示苏联不排除对新疆罗布泊核试验基地实施空中打击。

苏联领导层内部究竟在多大程度上认真考虑过对中国实施“外科手术式”核打击，迄今仍有争论。据一些俄罗斯学者的研究，苏联国防部长格列奇科（А. А. Гречко）等军方人士曾主张对中国核设施采取断然行动，但苏共中央政治局最终并未作出相应决定。{注:Рябушкин, Мифы Даманского, с. 212-215. 另参见沈志华主编：《中苏关系史纲（1917—1991年）》，第381—384页。}无论莫斯科的真实意图如何，苏方有意让外界感受到核打击的可能性，这一点本身就构成了对北京的强大心理压力。美方对苏方试探的反应相当审慎，既不愿卷入中苏冲突，也不希望看到中国被苏联削弱到无法牵制苏联的程度。

面对苏联日益增大的军事压力，中共中央于8月28日发布命令，要求边疆各省区和部队提高警惕，随时准备粉碎苏联的武装挑衅。{注:该命令通称“八二八命令”，全文见中共中央文献研究室编：《建国以来重要文献选编》，中央文献出版社1998年版，第237页。}10月中旬，中央主要领导人和部分老干部分别疏散到外地；10月17日，林彪在苏州口授关于加强战备的指示，翌日由总参谋部作为“林副主席指示（第一个号令）”下达全军。这一时期中国的战备动员，既反映了北京对苏联突然袭击的真实担忧，也在客观上加速了中国领导人对整个国际战略格局的重新审视。

#H（二）北京机场会晤与边界谈判的开启

就在危机逐步升级之际，中苏之间出现了一次意外的外交转机。1969年9月2日，越南劳动党中央主席胡志明逝世。柯西金在赴河内参加胡志明葬礼后，经苏方多次提出，于9月11日取道伊尔库茨克飞抵北京，在首都机场与周恩来进行了约3个半小时的会谈。双方达成谅解：维持边界现状，防止武装冲突，双方武装力量在边界争议地区脱离接触，并由两国外交部副部长级代表团举行边界谈判。{注:关于机场会晤，参见《周恩来年谱（1949—1976）》下卷，第322—323页；苏方记录见俄罗斯联邦总统档案馆（АПРФ），ф. 3, оп. 12, д. 96, л. 1-20。}9月18日，周恩来致信柯西金，书面确认会谈中达成的谅解。

10月7日，中国政府发表声明，宣布中苏边界谈判将在北京举行。同月20日，谈判正式开始，苏联代表团团长为苏联外交部第一副部长瓦西里·库兹涅佐夫（Василий Кузнецов），中国代表团团长为外交部副部长乔冠华。谈判虽然未能取得实质性进展，却使边境地区的紧张局势有所缓和，次年两国恢复互派大使。{注:1970年10月，苏联驻华大使托尔斯季科夫到任；同年11月，中国驻苏大使刘新权到任。参见王泰平主编：《中华人民共和国外交史》第3卷（1970—1978），世界知识出版社1999年版，第26页。}对北京而言，与苏联的谈判是一种“以谈促稳”的策略；而真正能够改变中国战略处境的，则是与美国关系的调整。

#H四、“四位老帅”的研究与中美接触的恢复

#H（一）中国领导人对国际形势的重新估计

早在1969年2月19日，毛泽东即委托陈毅、叶剑英、徐向前、聂荣臻四位老帅研究国际形势，由周恩来具体安排，熊向晖、姚广协助工作。四位老帅自6月7日起在中南海紫光阁等处先后座谈二十余次，于7月11日提交《对战争形势的初步估计》，9月17日又提交《对目前局势的看法》。报告认为，“中苏矛盾大于中美矛盾，美苏矛盾大于中苏矛盾”，美苏两国都不敢轻易对中国发动大规模战争。{注:熊向晖：《打开中美关系的前奏——1969年四位老帅对国际形势的研究和建议》，《中共党史资料》第42辑，中共党史出版社1992年版，第56—96页；又见熊向晖：《我的情报与外交生涯》，中共党史出版社1999年版，第184—201页。}在第二份报告之外，陈毅还提出了若干“不成熟的想法”，建议在华沙会谈恢复时主动提出举行中美部长级或更高级别的会谈，以解决中美之间的根本问题和有关问题。{注:熊向晖在回忆中记述，陈毅自称这是“不按常规的设想”，并特意说明“只是打开局面的一种试探”，不作为正式报告内容。参见熊向晖：《我的情报与外交生涯》，第200页。}

四位老帅的研究表明，到1969年秋，中国领导层已经开始从“两个拳头打人”的战略困境中寻找出路。正如熊向晖后来回忆的那样，这项研究为毛泽东、周恩来作出打开中美关系的决策提供了重要参考。当然，研究本身并不意味着政策的立即转变；真正的转变，还取决于美国方面是否发出足够清晰的信号。

#H（二）尼克松政府的对华试探与华沙渠道

尼克松对调整对华政策早有考虑。1967年10月，他在《外交》（Foreign Affairs）季刊发表《越战之后的亚洲》一文，提出“从长远来看，我们简直承担不起永远把中国留在国际大家庭之外”。{注:Richard M. Nixon, “Asia After Viet Nam,” Foreign Affairs, Vol. 46, No. 1 (October 1967), pp. 111-125.}1969年1月20日就职后不久，尼克松即于2月1日致函国家安全事务助理亨利·基辛格（Henry Kissinger），要求“鼓励政府正在探求与中国人和解的可能性这种看法”。{注:Memorandum from President Nixon to his Assistant for National Security Affairs (Kissinger), Washington, February 1, 1969, in FRUS, 1969-1976, Vol. XVII, China, 1969-1972, Washington, D.C.: Government Printing Office, 2006, Document 3, https://history.state.gov/historicaldocuments/frus1969-76v17/d3 (访问时间：2022年3月15日).}同年7月21日，美国国务院宣布放宽美国公民赴华旅行的限制；7月25日，尼克松在关岛发表讲话，提出后来被称为“尼克松主义”的亚洲政策。8月1日，尼克松访问巴基斯坦，请叶海亚·汗（Yahya Khan）总统向中国领导人转达美国希望改善关系的意愿；次日，他又在访问罗马尼亚时向齐奥塞斯库作了类似表示。

珍宝岛冲突及其后苏联的核试探，使华盛顿对中苏冲突的性质有了新的认识。在8月14日的国家安全委员会会议上，尼克松提出，如果苏联摧毁中国，将不符合美国的利益，这一看法令在场的不少内阁成员颇感意外。{注:Henry Kissinger, White House Years, Boston: Little, Brown and Company, 1979, pp. 177-182.中译本见［美］亨利·基辛格：《白宫岁月》第1册，世界知识出版社1980年版，第228—235页。}9月5日，副国务卿埃利奥特·理查森（Elliot Richardson）在美国政治学会年会上公开表示，美国不能不对中苏争吵升级为大规模破坏国际和平的冲突“深表关切”。

美国政府内部对中苏冲突的政策研究也在同步进行。1969年7月3日，基辛格签发第63号国家安全研究备忘录（NSSM 63），要求各部门研究美国在中苏分歧中应采取的政策。{注:National Security Study Memorandum 63, “U.S. Policy on Current Sino-Soviet Differences,” July 3, 1969, in FRUS, 1969-1976, Vol. XVII, Document 14.}国务院倾向于在中苏之间保持“不偏不倚”，而基辛格与尼克松则更倾向于“向较弱的一方倾斜”，以便在对苏谈判中增加筹码。在此期间，基辛格与苏联驻美大使多勃雷宁之间的“秘密渠道”也日益活跃，美苏之间关于限制战略武器谈判的准备工作同样在推进之中。对于尼克松政府来说，对华接触与对苏缓和从一开始就是相互联系的两个方面。

华沙渠道的恢复，则带有几分戏剧色彩。1969年12月3日，美国驻波兰大使沃尔特·斯托塞尔（Walter Stoessel）在华沙文化宫举行的南斯拉夫时装展览会上，试图接近中国驻波兰大使馆的外交官，后者因未获指示而匆匆离去。尽管如此，消息很快传回北京，周恩来对此颇为重视。12月11日，中国驻波兰大使馆临时代办雷阳在使馆会见斯托塞尔，中断近两年的中美大使级会谈由此得以恢复。{注:《周恩来年谱（1949—1976）》下卷，第338—339页；Kissinger, White House Years, pp. 188-191.}1970年1月20日和2月20日，中美在华沙先后举行第135次和第136次大使级会谈，中方在第136次会谈中表示，如果美国政府愿意派部长级代表或总统特使到北京，中国政府愿意接待。{注:宫力：《跨越鸿沟：1969—1979年中美关系的演变》，河南人民出版社1992年版，第52—58页。}然而，4月30日尼克松宣布美军进入柬埔寨，中方遂于5月18日通知美方推迟原定5月20日举行的第137次会谈。5月20日，毛泽东发表《全世界人民团结起来，打败美国侵略者及其一切走狗！》的声明，华沙渠道就此中断。

#H五、从“乒乓外交”到尼克松访华（1970—1972年）

#H（一）巴基斯坦渠道与基辛格秘密访华

华沙渠道中断之后，中美双方转而通过巴基斯坦和罗马尼亚的秘密渠道传递信息。1970年10月1日，毛泽东邀请美国记者埃德加·斯诺（Edgar Snow）夫妇登上天安门城楼观礼。10月25日，尼克松在白宫会见来美参加联合国成立25周年纪念活动的叶海亚·汗，请其转告中方美国愿意派高级代表秘密访华。11月，叶海亚·汗访华期间向周恩来转达了这一口信。12月8日，尼克松收到周恩来经巴方转来的答复：为了讨论台湾问题，中国政府欢迎尼克松总统的特使来北京。{注:Kissinger, White House Years, pp. 700-701; 《周恩来年谱（1949—1976）》下卷，第412页。}12月18日，毛泽东在与斯诺谈话时明确表示，如果尼克松愿意来，“他以旅行者的身份来谈也行，以总统的身份来谈也行”。{注:《毛泽东外交文选》，中央文献出版社、世界知识出版社1994年版，第592—594页。}一周之后，即12月25日，《人民日报》在头版显著位置刊登了毛泽东与斯诺在天安门城楼上的合影，这一信号当时却并未被华盛顿及时读懂。

1971年春的“乒乓外交”使中美关系的解冻由秘密转向公开。3月28日至4月7日，第31届世界乒乓球锦标赛在日本名古屋举行。4月4日，美国运动员格伦·科恩（Glenn Cowan）误上中国代表团的大客车，庄则栋主动与其交谈并赠送礼物，此事经日本媒体报道后引起广泛关注。外交部和国家体委原本主张不邀请美国队访华，毛泽东起初亦圈阅同意；但4月6日深夜，毛泽东改变主意，决定邀请美国乒乓球队访华。{注:钱江：《小球转动大球——“乒乓外交”幕后》，东方出版社1987年版，第139—156页。}美国队于4月10日抵达北京。4月14日，周恩来在人民大会堂会见美国乒乓球队时说：“你们这次应邀来访，打开了两国人民友好往来的大门。”同日，尼克松宣布了放宽对华贸易限制的5项措施。

4月21日，周恩来经巴基斯坦渠道致函尼克松，表示中国政府愿意公开接待美国总统的特使，例如基辛格博士，或美国国务卿甚至美国总统本人来北京直接商谈。{注:Message from Premier Chou En-lai to President Nixon, Beijing, April 21, 1971, in FRUS, 1969-1976, Vol. XVII, Document 118.}5月29日，周恩来再次致函，6月2日由巴方转交基辛格。据基辛格回忆，尼克松称这是“二战结束以来美国总统收到的最重要的信件”。在此之前，5月26日，中共中央政治局召开会议讨论中美会谈问题，会后形成《中共中央政治局关于中美会谈的报告》，确定了对美谈判的基本方针。1971年7月9日至11日，基辛格以“马可·波罗”为行动代号，从伊斯兰堡秘密飞抵北京，与周恩来、叶剑英、黄华、章文晋等进行了6次会谈，共约17个小时。7月15日（北京时间7月16日），中美双方同时发表公告，宣布尼克松将于1972年5月以前的适当时间访华。{注:由于时差，美方在美国西部时间7月15日晚宣布消息，中方则于北京时间7月16日公布，两国公告的文字完全一致。参见王泰平主编：《中华人民共和国外交史》第3卷，第38—40页。}

#H（二）1972年2月：尼克松访华与《上海公报》

1971年10月20日至26日，基辛格第二次访华，与周恩来就联合公报的草案进行了反复磋商。就在基辛格即将结束此次访问之际，10月25日，第26届联合国大会以76票赞成、35票反对、17票弃权的表决结果通过第2758号决议，恢复中华人民共和国在联合国的一切合法权利，其中包括在联合国安理会的常任理事国席位。1972年1月3日至10日，总统副助理亚历山大·黑格（Alexander Haig）率先遣组访华，落实访问的具体安排。

1972年2月21日上午11时30分前后，尼克松乘坐的“空军一号”专机抵达北京。当天下午，毛泽东在中南海书房会见尼克松，周恩来和基辛格在座。据美方记录，毛泽东对尼克松说：“我们共同的老朋友蒋委员长可不赞成这个。”{注:Memorandum of Conversation, Beijing, February 21, 1972, 2:50-3:55 p.m., in FRUS, 1969-1976, Vol. XVII, Document 194; 又见William Burr, ed., The Kissinger Transcripts: The Top Secret Talks with Beijing and Moscow, New York: The New Press, 1998, pp. 59-65.}在随后一周里，尼克松访问了北京、杭州和上海。2月28日，中美双方在上海发表《联合公报》。公报中，美方声明：“美国认识到，在台湾海峡两边的所有中国人都认为只有一个中国，台湾是中国的一部分。美国政府对这一立场不提出异议。”{注:《中华人民共和国和美利坚合众国联合公报》，《人民日报》1972年2月28日，第1版。}公报同时写入了双方“都不应该在亚洲—太平洋地区谋求霸权”的条款，其针对的对象显然是苏联。

在尼克松访华期间，周恩来与尼克松先后举行了5次正式会谈，国际形势、台湾问题、印度支那问题以及苏联问题都在讨论之列。2月22日，尼克松在第一次会谈中就台湾问题作出了若干承诺；{注:Memorandum of Conversation, Beijing, February 22, 1972, 2:10-6:00 p.m., in FRUS, 1969-1976, Vol. XVII, Document 196.}基辛格则向中方介绍了苏联在中苏边境的兵力部署情况。与此同时，联合公报的具体文字由基辛格与外交部副部长乔冠华在杭州和上海逐字逐句地反复推敲，国务卿威廉·罗杰斯（William Rogers）与外交部长姬鹏飞则另行会谈，罗杰斯本人并未参与公报的核心谈判。这种安排在一定程度上反映了尼克松政府对华决策高度集中于白宫的特点。

#H六、莫斯科的反应与“战略三角”的形成

对于中美关系的突然解冻，苏联领导层最初的反应是震惊和疑虑。在1971年3月30日至4月9日召开的苏共二十四大上，勃列日涅夫仍以较为克制的语气谈论对华关系；而在7月15日中美公告发表后，苏联领导人开始担心华盛顿与北京结成反苏联合。苏联驻美大使阿纳托利·多勃雷宁（Анатолий Добрынин）在回忆录中写道，莫斯科此前一直低估了中美接近的可能性，公告发表后才匆忙重新考虑苏美首脑会晤问题。{注:А. Ф. Добрынин, Сугубо доверительно: Посол в Вашингтоне при шести президентах США (1962-1986 гг.), Москва: Автор, 1996, с. 228-231.}此后，苏联同意尼克松于1972年访问莫斯科，双方于1971年10月12日公布了这一消息。

苏联在南亚的举措也带有明显的对华意味。1971年8月9日，苏联与印度签订《和平友好合作条约》；同年12月印巴战争爆发后，美国和中国支持巴基斯坦，苏联则支持印度，南亚冲突在某种程度上成为中美苏三角关系的一次预演。苏联外交部长葛罗米柯后来回忆说，苏方始终认为中美接近的主要目的在于“对苏联施加压力”。{注:А. А. Громыко, Памятное, Кн. 2, Москва: Политиздат, 1988, с. 241-244.}1972年5月22日至30日，尼克松访问莫斯科，美苏双方签署了《反弹道导弹条约》和《关于限制进攻性战略武器的某些措施的临时协定》，美苏缓和由此进入高潮。

对中国而言，中美和解的意义首先在于安全。1973年2月17日，毛泽东在会见第五次访华的基辛格时提出，从美国、日本、中国、巴基斯坦、伊朗、土耳其到欧洲，应当搞“一条线”，共同对付苏联。{注:《毛泽东年谱（1949—1976）》第6卷，中央文献出版社2013年版，第469—470页。}次年2月22日，毛泽东在会见赞比亚总统卡翁达时又提出了关于“三个世界”划分的思想。这些论述表明，经过1969—1972年的转折，中国的对外战略已由“反帝反修”并重转向以联美抗苏为主要特征。

从这一过程可以看出，尼克松政府在推进对华和解的同时，有意利用中美接近来促使苏联在军控和越南等问题上让步；苏联则在中美接近的压力下加快了对美缓和的步伐。美方学者所说的“三角外交”，正是在这一时期成型的。{注:美国国家安全档案馆曾在网上公布有关1969年中苏边界冲突的一组解密文件，参见William Burr, ed., “Sino-Soviet Border Conflict, 1969: U.S. Reactions and Diplomatic Maneuvers,” National Security Archive Electronic Briefing Book No. 49, June 12, 2001, https://nsarchive2.gwu.edu/NSAEBB/NSAEBB49/ (访问时间：2022年3月18日).}

#H结  语

回顾1969—1972年的历史进程，中苏边界冲突与中美和解之间存在着清晰的因果链条。第一，珍宝岛冲突以及随后苏联的军事压力和核威慑，使中国领导人认识到苏联已成为中国安全最直接、最现实的威胁，这是中国调整对美政策的根本动因。第二，尼克松政府基于从越南脱身和对苏战略平衡的考虑，早在1969年初即开始寻求改善对华关系，而中苏冲突的激化为美方的试探提供了契机。第三，中美和解反过来又推动了美苏缓和，使苏联在20世纪70年代初不得不同时面对来自东西两个方向的战略压力。

当然，“战略三角”并不是一个对称的结构。在这一格局中，美国凭借同时与中苏两国保持对话的地位，一度处于最为有利的位置；中国通过对美开放摆脱了两面受敌的困境，国际地位显著提高；苏联则在很大程度上处于被动。这一格局一直延续到20世纪80年代，直至1989年5月中苏关系实现正常化，才发生了新的变化。
'''

BODY_W = 34      # em per body line
NOTE_W = 40      # em per footnote line
ABS_W = 38       # em per abstract line
PAGE_CAP = 44    # body lines + note lines per page
FIRST_CAP = 30   # first page (front matter takes the rest)
CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩'
CLOSE = '，。、；：？！”’）》」』〉】…,.;:?!)]'
MARK0 = 0xE000   # placeholders for note markers during layout

# Layout damage, by page index (0 = first page)
MIDHEADER_PAGE = 5      # running header printed mid-page, after body line 14
MIDHEADER_AFTER = 14
NONUMBER_PAGE = 7       # foot notes lost their circled numbers
RUNOVER_MIN_PAGE = 3    # first page >= this whose last note has >= 3 lines runs over


def width(ch):
    o = ord(ch)
    if o < 0x2000 or 0xF000 <= o <= 0xF8FF:   # Latin, Cyrillic, PUA: half em
        return 0.5
    return 1.0


def is_word(ch):
    return ord(ch) < 0x2000 and (ch.isalnum() or ch in "'")


def wrap(text, w, hyphenate=True):
    """Greedy line fill. Chinese breaks anywhere; closing punctuation may hang;
    a Latin/Cyrillic word or a number is moved whole to the next line, except
    that a long word is hyphenated and a URL is cut without a hyphen."""
    lines, cur, cw = [], '', 0.0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if cw + width(ch) > w and cur:
            if ch in CLOSE and cw <= w + 1:          # hanging punctuation
                cur += ch
                cw += width(ch)
                i += 1
                continue
            if ch == ' ':
                lines.append(cur)
                cur, cw = '', 0.0
                i += 1
                continue
            tail = ''
            k = len(cur)
            while k > 0 and is_word(cur[k - 1]):
                k -= 1
            tail = cur[k:]
            token = cur.split(' ')[-1]
            inurl = ('http' in token or 'www.' in token or '/' in token)
            rest = ''
            j = i
            while j < n and is_word(text[j]):
                rest += text[j]
                j += 1
            if tail and rest and not inurl:
                if (hyphenate and tail.isalpha() and rest[:3].isalpha()
                        and len(tail) >= 3 and len(rest) >= 3):
                    lines.append(cur + '-')
                    cur, cw = '', 0.0
                    continue
                if len(tail) < len(cur) and len(tail) + len(rest) <= 24:
                    lines.append(cur[:k].rstrip(' '))
                    cur = tail
                    cw = sum(width(c) for c in cur)
                    continue
            lines.append(cur.rstrip(' '))
            cur, cw = '', 0.0
            continue
        cur += ch
        cw += width(ch)
        i += 1
    if cur:
        lines.append(cur)
    return lines


def parse():
    text = BODY
    for a, b in TEXT_DAMAGE:
        assert text.count(a) == 1, a
        text = text.replace(a, b)
    notes = []

    def repl(m):
        notes.append(m.group(1))
        return chr(MARK0 + len(notes) - 1)
    text = re.sub(r'\{注:(.*?)\}', repl, text, flags=re.S)
    items = []   # (line, forced_page_break)
    for para in [p.strip() for p in text.split('\n\n') if p.strip()]:
        if para.startswith('#H'):
            items.append((para[2:], False))
            continue
        parts = para.split('\u2016')
        for k, part in enumerate(parts):
            ls = wrap(part, BODY_W)
            for j, l in enumerate(ls):
                items.append((l, k < len(parts) - 1 and j == len(ls) - 1))
    return items, notes


def marks_in(line):
    return [ord(c) - MARK0 for c in line if MARK0 <= ord(c) < MARK0 + 1000]


def note_lines(text, num, numbered=True):
    prefix = (CIRCLED[num] + ' ') if numbered else ''
    return wrap(prefix + text, NOTE_W, hyphenate=True)


def paginate(items, notes):
    pages, cur, curnotes = [], [], []
    cap = FIRST_CAP
    for line, brk in items:
        ms = marks_in(line)
        trial = curnotes + ms
        nl = sum(len(note_lines(notes[i], k)) for k, i in enumerate(trial))
        if cur and len(cur) + 1 + nl > cap:
            pages.append((cur, curnotes))
            cur, curnotes, cap = [], [], PAGE_CAP
        cur.append(line)
        curnotes += ms
        if brk:
            pages.append((cur, curnotes))
            cur, curnotes, cap = [], [], PAGE_CAP
    if cur:
        pages.append((cur, curnotes))
    return pages


def build():
    items, notes = parse()
    pages = paginate(items, notes)
    # note blocks per page
    blocks = []
    for pi, (lines, ns) in enumerate(pages):
        blk = []
        for k, i in enumerate(ns):
            blk.append(note_lines(notes[i], k, numbered=(pi != NONUMBER_PAGE)))
        blocks.append(blk)
    # a note that runs over to the next page's foot
    carry = {}
    for pi in range(RUNOVER_MIN_PAGE, len(pages) - 1):
        if pi == NONUMBER_PAGE or pi + 1 == NONUMBER_PAGE:
            continue
        if blocks[pi] and len(blocks[pi][-1]) >= 3:
            last = blocks[pi][-1]
            keep = (len(last) + 1) // 2
            blocks[pi][-1] = last[:keep]
            carry[pi + 1] = last[keep:]
            break
    out = []
    for pi, (lines, ns) in enumerate(pages):
        num = FIRST_PAGE + pi
        header = JOURNAL if num % 2 == 0 else SHORT
        plines = []
        body = []
        for l in lines:
            for k, i in enumerate(ns):
                l = l.replace(chr(MARK0 + i), CIRCLED[k])
            body.append(l)
        if pi == 0:
            plines += FRONT
            plines += wrap(ABSTRACT, ABS_W)
            plines += [KEYWORDS, CLC]
            plines += body
            plines += FOOT_INFO
        elif pi == MIDHEADER_PAGE:
            plines += body[:MIDHEADER_AFTER] + [header] + body[MIDHEADER_AFTER:]
        else:
            plines += [header] + body
        if pi in carry:
            plines += carry[pi]
        for blk in blocks[pi]:
            plines += blk
        plines.append('— %d —' % num)
        out += plines
    return '\n\n'.join(out) + '\n'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    text = build()
    name = 'h01_%s.txt' % hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]
    for old in glob.glob(os.path.join(here, 'h01_*.txt')):
        os.remove(old)
    with open(os.path.join(here, name), 'w', encoding='utf-8') as f:
        f.write(text)
    print(name, len(text), 'chars', text.count('\n'), 'lines')
    if '--report' in sys.argv:
        for n, l in enumerate(text.split('\n'), 1):
            if l.startswith('— ') or l in (JOURNAL, SHORT) or l.startswith('#'):
                print(n, l)


if __name__ == '__main__':
    main()
