#!/usr/bin/env python3
"""Generator of two constructed raw articles (batch2). Standalone: imports nothing
from the project. Clean content is held below; layout and damage are applied here.

Markup in the clean text:
  {注:...}   a footnote/endnote, anchored where it stands
  ‖          forced page break (article 1: inside a line; article 2: inside a paragraph)
  ¦          inside a note of article 1: the note runs over to the next page here
  ##         line starting with ## is a heading
"""
import hashlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- article 1
A1_FRONT = [
    "冷战时期中苏关系中的越南问题",
    "（1950—1979）",
    "",
    "周 立 衡",
    "（华中师范大学 历史文化学院，湖北 武汉 430079）",
    "",
    "摘  要：越南问题是冷战时期中苏关系演变中的一个关键变量。20世纪50年代，中苏在援越抗法和日内瓦会议上密切协调；60年代中苏论战公开化以后，两国围绕援越抗美的路线与过境运输展开激烈竞争；70年代末，苏越结盟与越南入侵柬埔寨最终使越南问题成为中苏关系正常化的“三大障碍”之一。越南劳动党领导人在中苏之间的平衡策略，既利用了两大国的矛盾，也加深了这种矛盾。",
    "关 键 词：中苏关系；越南劳动党；援越抗美；黎笋；三大障碍",
    "中图分类号：K153；D829.351    文献标识码：A    文章编号：0559-8095（2021）06-0080-12",
]
A1_AUTHOR_NOTE = [
    "收稿日期：2021-03-17",
    "基金项目：国家社会科学基金一般项目“冷战时期社会主义阵营内部关系研究”（19BSS041）。",
    "作者简介：周立衡，男，湖北黄冈人，历史学博士，华中师范大学历史文化学院副教授，主要从事冷战国际史研究。",
]

A1_BODY = r"""
在冷战国际史研究中，中苏同盟的破裂及其对亚洲局势的影响一直是学界关注的焦点。越南问题在这一过程中具有特殊地位：它既是中苏共同支持的“兄弟党”的事业，又是两党争夺社会主义阵营领导权的舞台。冷战期间，越南劳动党长期周旋于北京和莫斯科之间，其政策取向的每一次变化都牵动中苏关系的走向。{注:关于这一问题的综述，参见沈志华：《冷战时期中苏关系研究的回顾与展望》，《史学集刊》2016年第2期。}近年来，随着俄罗斯、越南和东欧国家部分档案的开放，学界对这一问题的研究逐步深入，但多侧重某一阶段。本文拟在前人研究基础上，以长时段视角梳理1950—1979年中苏关系中越南问题的演变。
就既有研究而言，中国学者较早利用中方文献对援越抗法、援越抗美的过程进行了梳理，如郭明、李丹慧、杨奎松等人的研究；{注:郭明主编：《中越关系演变四十年》，广西人民出版社1992年版；李丹慧：《中苏在援越抗美问题上的冲突与矛盾（1965—1972）》，《当代中国史研究》2000年第4、5期。}西方学者则多从美国对越政策的角度出发，兼及中苏两国的作用。90年代以后，随着苏联档案的部分开放，盖杜克、奥尔森等学者利用俄文档案，对苏联对越政策作了较为系统的研究。{注:Ilya V. Gaiduk, Confronting Vietnam: Soviet Policy toward the Indochina Conflict, 1954–1963, Washington, D.C.: Woodrow Wilson Center Press, 2003.}越南学者的研究则受制于档案开放程度，多以党史叙事为主。2000年以来，阮莲姮等学者利用越南国家档案馆第三档案馆的材料，对越南劳动党的决策过程提出了新的解释，引起了广泛关注。{注:Lien-Hang T. Nguyen, Hanoi's War: An International History of the War for Peace in Vietnam, Chapel Hill: The University of North Carolina Press, 2012；另见Pierre Asselin, Hanoi's Road to the Vietnam War, 1954–1965, Berkeley: University of California Press, 2013.}然而，从中苏关系的角度对越南问题作长时段考察的研究尚不多见，这正是本文尝试的方向。
##第一部分　同盟框架下的协调：20世纪50年代
##（一）承认越南民主共和国与援越抗法
1950年1月18日，中华人民共和国宣布承认越南民主共和国，并与之建立外交关系，成为第一个承认越南民主共和国的国家。同月30日，苏联也宣布予以承认。{注:《人民日报》1950年1月19日；“Establishment of Diplomatic Relations between the USSR and the DRV,” Pravda, January 31, 1950.}此前，胡志明已于1月下旬秘密抵达北京，随后转赴莫斯科，于2月中旬与正在苏联访问的毛泽东一同会见斯大林。据越方回忆，斯大林在会谈中表示援越的主要责任应由中国承担，苏联则在国际上予以支持。{注:Hoàng Văn Hoan, Giọt nước trong biển cả: Hồi ký cách mạng, Bắc Kinh: Nhà xuất bản Tin Việt Nam, 1986, tr. 338–340. 黄文欢：《沧海一粟——黄文欢革命回忆录》，解放军出版社1987年版，第254页。}这一分工奠定了此后数年中苏在越南问题上的基本格局。
同年7月，以韦国清为团长的中国军事顾问团组建，8月前后陆续进入越北根据地。1951年2月，印度支那共产党召开第二次全国代表大会，决定在越南成立越南劳动党，胡志明当选为党中央主席。此后三年间，中国向越南提供了大量武器弹药和物资，并协助越军组织了边界战役等多次重大战役。{注:中国军事顾问团历史编写组：《中国军事顾问团援越抗法斗争史实》，解放军出版社1990年版，第3—12页。}1954年5月7日，越军攻克奠边府，为日内瓦会议上的谈判创造了有利条件。
##（二）日内瓦会议上的中苏协调
1954年4月26日，讨论朝鲜问题和印度支那问题的日内瓦会议开幕，印度支那问题的讨论自5月8日开始。会议期间，周恩来与莫洛托夫保持密切沟通，并共同做越方工作，促其接受以北纬17度线附近为界的临时军事分界线。7月上旬，周恩来利用休会之机在柳州与胡志明会谈，说服越方着眼于巩固北方。{注:中共中央文献研究室编：《周恩来年谱（1949—1976）》上卷，中央文献出版社1997年版，第390—392页。}7月21日，会议通过《日内瓦会议最后宣言》，规定越南南北双方于1956年7月举行全国普选。有研究者指出，对于这一妥协，越南劳动党内部始终存有不满，并在日后成为越方指责中国“出卖”越南的历史依据。{注:关于越方的这一说法，见1979年越南外交部发表的《三十年来越中关系真相》（白皮书）；对此说的辨析，参见李丹慧：《日内瓦会议上中国解决印支问题方针再探讨》，《中共党史研究》2013年第8期。需要说明的是，越方白皮书成文于两国交恶之际，其叙述带有明显的论战色彩，¦不宜作为还原1954年会谈过程的直接依据。}
然而，日内瓦协议规定的普选并未如期举行。1954\uf0be1956年，美国逐步取代法国在印度支那的地位，并扶植吴庭艳在南方建立政权。1955年10月，吴庭艳通过所谓“全民公决”废黜保大，宣布成立“越南共和国”。对于越南的统一问题，苏联的态度更为保守。1957年1月，苏联甚至在联合国提出南北越同时加入联合国的建议，引起越方强烈不满。{注:Ilya V. Gaiduk, Confronting Vietnam: Soviet Policy toward the Indochina Conflict, 1954–1963, Washington, D.C.: Woodrow Wilson Center Press, 2003, pp. 87–90.}越南劳动党中央随即通过外交渠道向苏方表示抗议，指出这一建议“等于承认越南的永久分裂”。苏联在越方的压力下未再坚持此议，但苏越之间的分歧由此公开化。中国方面虽同样主张以和平方式实现统一，但在50年代末60年代初逐步转向支持越南南方的武装斗争。
日内瓦会议之后，中苏对越南北方的经济援助迅速增加。1955年6月下旬至7月，胡志明率越南政府代表团先后访问中国和苏联。7月7日，中越两国政府发表联合公报，中国决定无偿援助越南8亿元人民币，用于恢复铁路、公路、港口和工厂。{注:《中华人民共和国和越南民主共和国联合公报》，《人民日报》1955年7月8日。需要指出的是，此项援助的具体数额在中越双方的文献中表述不一，越方著作中多以“8亿元”计，而中方内部文件中则另有分年度拨付的记录。}苏联随后也宣布向越南提供4亿卢布的无偿援助。此后一年间，中苏两国的专家陆续进入越南，中国负责的多为铁路、水利和轻工业项目，苏联则侧重于电力、矿山和机械制造。1957年5月，苏联最高苏维埃主席团主席伏罗希洛夫访问河内，这是苏联国家元首首次访越。越方对此给予了高规格的接待，但在私下里，越南领导人仍对苏联在统一问题上的消极态度颇有微词。{注:Mari Olsen, Soviet-Vietnam Relations and the Role of China, 1949–64: Changing Alliances, London: Routledge, 2006, pp. 72–78.}
##第二部分　论战背景下的竞争：20世纪60年代
##（一）苏共二十大与越南劳动党的“平衡”
1956年2月召开的苏共二十大及赫鲁晓夫所作的秘密报告，标志着中苏分歧的开端。对于“和平共处”“和平过渡”的路线，越南劳动党既难以公开反对，又不愿以此束缚南方的斗争。1959年1月，越南劳动党二届十五中全会作出决议，确定以革命暴力推翻南方政权。次年9月，越南劳动党第三次全国代表大会在河内举行，黎笋当选为中央第一书记。同年12月20日，越南南方民族解放阵线宣告成立。{注:Lien-Hang T. Nguyen, Hanoi's War: An International History of the War for Peace in Vietnam, Chapel Hill: The University of North Carolina Press, 2012, pp. 45–49.}
60年代初，中苏论战由内部争论转向公开化。越南劳动党第一书记黎笋多次表示，越南“不站在任何一边”，并于1960年11月派代表参加莫斯科八十一国共产党和工人党代表会议，试图在中苏之间居中调和。{注:越南劳动党代表团在莫斯科会议上的活动，参见俄罗斯国家现代史档案馆（РГАНИ），ф. 89, оп. 54, д. 10, л. 1–6。}但随着论战的升级，越南劳动党的立场逐步向中国倾斜。1963年5月，刘少奇率中国党政代表团访问越南民主共和国，在河内受到隆重欢迎，双方联合声明中含有批评“现代修正主义”的内容。{注:《刘少奇主席和胡志明主席联合声明》，《人民日报》1963年5月17日，第1版。}苏联方面对此极为不满，苏越之间的高层往来一度明显减少，苏联驻河内使馆在1963年下半年的报告中多次抱怨越方“冷淡”。{注:Сергей Радченко, Two Suns in the Heavens, p. 118；Mari Olsen, Soviet-Vietnam Relations and the Role of China, p. 141.}1963年12月，越南劳动党三届九中全会通过决议，在实际上批评了“现代修正主义”，并决定加强对南方斗争的支持。
值得注意的是，老挝问题在这一时期也成为中苏越三方互动的重要议题。1961年5月，讨论老挝问题的扩大的日内瓦会议召开，至1962年7月23日签订《关于老挝中立的宣言》。在会议期间，陈毅率领的中国代表团与苏联代表团保持了一定程度的协调，但双方对越南通过老挝向南方输送人员和物资的“胡志明小道”均采取了默许态度。{注:翟强：《中国与1961—1962年日内瓦会议》，《冷战国际史研究》第6辑，世界知识出版社2008年版。}1964年年中，中国领导人已经开始考虑美国扩大战争的可能性。同年7月上旬，中越老三党领导人在河内举行会议，周恩来表示，如果美国冒险进攻越南北方，中国将不会坐视不管。{注:中共中央文献研究室编：《周恩来年谱（1949—1976）》中卷，中央文献出版社1997年版，第654—655页。}中国领导人随后着手调整国内的经济建设布局，加快“三线建设”的步伐。
##（二）北部湾事件、赫鲁晓夫下台与苏联政策的转变
1964年8月2日和4日，美国借口其驱逐舰在北部湾遭到攻击，制造了“北部湾事件”。8月5日，美国飞机首次轰炸越南北方。中国政府随即发表声明，表示“美国对越南民主共和国的侵犯，就是对中国的侵犯”。{注:《中华人民共和国政府声明》，《人民日报》1964年8月6日，第1版。}与之相比，赫鲁晓夫领导下的苏联反应相当克制。同年10月14日，苏共中央全会解除赫鲁晓夫的职务，勃列日涅夫出任苏共中央第一书记，柯西金出任部长会议主席。新领导层随即调整对越政策，决定大幅增加对越南的军事援助。
一九六五年二月上旬，柯西金率苏联代表团访问河内。恰在其访问期间，美军于2月7日对越南北方进行报复性轰炸，苏联随即与越方商定提供防空导弹等援助。{注:Гайдук И. В. Советский Союз и война во Вьетнаме. М.: Институт всеобщей истории РАН, 1996. С. 31–35.}柯西金在往返途中两次在北京停留，并向中方提出共同援越的“联合行动”建议，遭到毛泽东的拒绝。3月2日，美国开始实施代号为“滚雷”的持续轰炸行动；同月8日，美国海军陆战队在岘港登陆。美国对越战争由此升级为“局部战争”。这种形势下，中苏关系与越南问题的联系愈发紧密，并在1965年‖2月以后集中体现为苏联援越物资的过境运输问题。
##（三）援越抗美中的过境运输之争
1965年4月，黎笋、武元甲率越南党政代表团访华，正式请求中国派出支援部队。刘少奇在会谈中表示，中国的方针是“凡是你们需要而我们有的，我们尽力给予援助”。{注:中共中央文献研究室编：《刘少奇年谱》下卷，中央文献出版社1996年版，第615页。}同年6月起，中国支援部队陆续入越，担负防空、工程、铁道和后勤等任务。中国支援部队的防空部队自1965年8月起投入作战，先后在越北地区击落击伤大量美国飞机；工程部队则修建和抢修了多条铁路、公路和国防工程。在援越抗美期间，中国支援部队共有1100余人牺牲。{注:王泰平主编：《中华人民共和国外交史（1957—1969）》第2卷，世界知识出版社1998年版，第38—41页。}据统计，1965—1968年，中国先后派出防空、工程等部队共32万余人，最多的年份达17万人。{注:当代中国丛书编辑部编：《当代中国军队的军事工作》上卷，中国社会科学出版社1989年版，第539页。}
在此期间，苏联援越物资大部分需经中国铁路过境运输。苏方多次指责中方阻挠过境运输，中方则批评苏联借援越之名扩大对越控制，并将苏方“联合行动”的主张定性为企图控制越南和“兄弟国家”的手段。1966年3月，苏共召开第二十三次代表大会，中共拒绝派代表团出席，而越南劳动党派出了以黎笋为首的代表团。{注:Ilya V. Gaiduk, The Soviet Union and the Vietnam War, Chicago: Ivan R. Dee, 1996, pp. 61–64.}这一事件被普遍视为中苏两党关系事实上中断、越南劳动党在中苏之间“更加靠近莫斯科”的重要信号。
越南方面对中苏之争的态度颇为微妙. 一方面,越南领导人多次公开感谢两国的援助,并避免在论战中表态;另一方面,越方也利用中苏竞争争取更多援助(例如防空武器和重型装备),在1966年至1967年间分别与中苏签订多项援助协定. 据估计,仅1967年一年,苏联对越援助即达5亿卢布左右.{注:Douglas Pike, Vietnam and the Soviet Union: Anatomy of an Alliance, Boulder: Westview Press, 1987, p. 139.}
1967年以后，中国国内“文化大革命”的展开也影响了中越关系。中国的一些宣传在越南引起反感，越方对红卫兵在越南华侨中开展的活动表示不满。与此同时，苏联对越援助的规模和质量迅速上升，越南所需的米格战斗机、萨姆防空导弹和雷达设备几乎全部来自苏联。越南领导人在公开场合对中苏援助“一视同仁”，但实际上越来越多地依赖苏联的高技术装备。{注:Ilya V. Gaiduk, The Soviet Union and the Vietnam War, Chicago: Ivan R. Dee, 1996, pp. 58–60.}中国领导人对这一趋势深感忧虑。1968年4月，毛泽东在会见越南领导人时明确表示，中方不赞成越方过早接受谈判。
1968年初，越南南方人民武装力量发动“春节攻势”。同年5月13日，越美巴黎谈判正式开始。中国领导人对越方接受谈判表示了保留，认为这会削弱越南人民的斗争意志；苏联则积极支持和谈。10月下旬，周恩来在会见越南领导人时表示，中国尊重越南同志的选择，但越南在谈判中必须坚持“打”的方针。越南领导人在回国后的内部讲话中则表示，“我们同美国人谈判，不需要得到任何人的批准”。{注:“Conversation between Zhou Enlai and Le Duc Tho, 17 October 1968,” in Odd Arne Westad et al., eds., 77 Conversations between Chinese and Foreign Leaders on the Wars in Indochina, 1964–1977, CWIHP Working Paper No. 22, Washington, D.C., 1998, pp. 137–139.}中越在和谈问题上的分歧，进一步加深了两党之间的隔阂。{注:杨奎松：《毛泽东与印度支那战争》，载杨奎松：《毛泽东与莫斯科的恩恩怨怨》，江西人民出版社1999年版。}l968年10月底，中国开始从越南撤回部分支援部队，至1970年7月全部撤回国内。
从中国国内的角度看，援越抗美给国民经济带来了沉重负担。据不完全统计，1950—1978年中国对越援助总额达200亿美元以上，其中大部分集中在60年代中期至70年代初。{注:《关于越南驱赶华侨问题》，《人民日报》1978年6月10日；另参见郭明主编：《中越关系演变四十年》，广西人民出版社1992年版，第68—70页。}在制定“四五计划”时，中国领导人仍将援越列为对外援助的首要任务，这一方针直至70年代中期才有所调整。
##第三部分　从对抗到结盟：20世纪70年代
##（一）珍宝岛事件与中苏越三角关系的变动
1969年3月2日和15日，中苏两国边防部队在乌苏里江珍宝岛地区发生武装冲突，中苏关系降至冰点。9月2日，胡志明在河内逝世。中国总理周恩来于9月4日赶赴河内吊唁，并有意避开与苏联代表团同时出现。苏联部长会议主席柯西金参加葬礼之后，于9月11日绕道在北京机场与周恩来会晤，双方商定恢复边界谈判。{注:“Record of Conversation between Kosygin and Zhou Enlai at the Beijing Airport, 11 September 1969,” Cold War International History Project Bulletin, Issue 11, Winter 1998, pp. 195–197.}胡志明逝世之后，越南劳动党失去了一位能够在中苏之间维持平衡的领袖，以黎笋为首的领导层在对外政策上愈加倚重苏联。
197O年3月18日，柬埔寨发生朗诺政变，西哈努克亲王流亡北京。4月下旬，在中国的支持下，印度支那三国四方最高级会议在中老越边境地区举行。这一时期，中国对印度支那人民斗争的支持达到高峰。5月20日，毛泽东发表题为《全世界人民团结起来，打败美国侵略者及其一切走狗！》的声明，即“五二〇声明”，号召世界人民支持印度支那三国人民的斗争。{注:《人民日报》1970年5月21日，第1版。}然而，1971年7月基辛格秘密访华，次年2月尼克松访华，中美关系开始解冻。越南领导人对此深感不满，认为中国“在越南人民背后”同美国进行交易。{注:参见Qiang Zhai, China and the Vietnam Wars, 1950–1975, Chapel Hill: The University of North Carolina Press, 2000, pp. 196–200；关于越方的反应，另见同上，第201页。}
为缓解越方的疑虑，周恩来于1971年3月上旬率团访问河内，7月中旬又在基辛格离京后秘密赴越通报情况。中国在1971、1972和1973年连续增加对越援助，1972年的援助额更是达到历年最高水平。{注:李丹慧：《1965—1973年中国援越抗美问题研究》，《党史研究资料》2001年第4期；Chen Jian, Mao's China and the Cold War, Chapel Hill: The University of North Carolina Press, 2001, pp. 229–235.}但越南劳动党领导层认为，中美接近实际上削弱了越方在巴黎谈判中的地位。1974年1月，中国海军在西沙群岛击退南越海军的进犯，收复了被占岛屿。越南民主共和国当时虽未公开表态，但此事在两国关系中埋下了新的隐患。
1973年1月27日，《关于在越南结束战争、恢复和平的协定》在巴黎签订。1975年4月30日，越南人民军攻占西贡，越南战争结束。战争结束后，越南迅速提出了“印度支那特殊关系”的构想。1977年7月18日，越南与老挝签订《越老友好合作条约》，允许越军继续在老挝驻扎；而越南与民主柬埔寨之间的边界冲突则自1977年春起不断升级，民主柬埔寨于同年12月31日宣布与越南断交。{注:Nayan Chanda, Brother Enemy: The War after the War, New York: Harcourt Brace Jovanovich, 1986, pp. 192–197.}中国在越柬冲突中支持民主柬埔寨，苏联则站在越南一边，印度支那的冲突由此与中苏对抗紧密地交织在一起。1978年春，中越之间围绕越南华侨问题的争执急剧升级。据中方统计，至当年7月，被迫从越南返回中国的华侨已超过16万人。5月下旬，中国政府决定派船前往越南接运受迫害的华侨，但因越方的阻挠未能实现。{注:《就越南驱赶华侨问题中国外交部发表声明》，《人民日报》1978年6月10日。}中越关系的恶化，为苏越进一步接近扫清了障碍。次年7月2日，越南实现统一，国名改为越南社会主义共和国。同年12月，越南劳动党召开第四次全国代表大会，改名为越南共产党，黎笋任中央总书记。{注:《越南共产党第四次全国代表大会文件》，河内：外文出版社1977年版（中文本），第5—9页。}
在越南统一前后，越南领导人在中苏之间的选择已经明朗化。1975年9月下旬，黎笋率越南党政代表团访华，拒绝在联合公报中写入反对霸权主义的内容，中方未为其举行答谢宴会，双方也未发表联合公报。同年10月，黎笋转赴莫斯科，与勃列日涅夫签署了苏越联合声明，苏联承诺向越南提供大量经济援助。{注:Stephen J. Morris, Why Vietnam Invaded Cambodia: Political Culture and the Causes of War, Stanford: Stanford University Press, 1999, pp. 197–201.}至1975年底，苏联已取代中国成为越南最主要的援助国。
##（二）苏越结盟与中越关系的破裂
越南统一以后，中越之间在边界、南海岛屿及越南华侨问题上的矛盾迅速暴露。1978年上半年，大批华侨被迫离开越南。同年6月29日，越南正式加入苏联主导的经济互助委员会，而非军事性质的华约则始终未接纳越南。{注:关于越南与华约的关系，有学者认为越方曾以观察员身份出席华约的个别会议，但档案尚不能证实此说。参见Mari Olsen, Soviet-Vietnam Relations and the Role of China, 1949–64: Changing Alliances, London: Routledge, 2006, p. 8.}11月3日，越南总书记黎笋与勃列日涅夫在莫斯科签订《苏越友好合作条约》，规定缔约一方遭到进攻或进攻威胁时，双方应立即协商以“消除这种威胁”，苏越两国事实上建立起军事同盟关系。{注:Договор о дружбе и сотрудничестве между СССР и СРВ, 3 ноября 1978 г., https://docs.cntd.ru/document/1902345 (上网时间：2020年11月2日)。}
中国方面对苏越结盟作出了强烈反应。早在同年5月12日，中国政府已决定停止部分援越项目；7月3日，中国外交部照会越南驻华大使馆，宣布停止对越南的一切经济援助和技术援助，撤回在越工作的中国专家。{注:《中国政府被迫停止对越经济技术援助》，《人民日报》1978年7月4日，第1版。}当月，越南共产党四届四中全会将中国定为“最直接、最危险的敌人”。
当年12月25日，越南出兵柬埔寨，翌年1月7日攻占金边。越南的入侵遭到东盟国家和国际社会的普遍谴责，而苏联则在联合国安理会否决了要求越南撤军的决议草案。由此开始的柬埔寨冲突，后来被一些西方学者称为“第三次印度支那战争”，一直延续到80年代末。中国领导人认为，越南的行动是苏联全球扩张战略的一部分。1979年2月17日，中国边防部队对越南进行自卫还击作战，3月16日全部撤回中国境内。苏联虽对中国进行了强烈谴责，并在中苏边境地区进行军事示威，但并未直接出兵干预。{注:Сергей Радченко, Two Suns in the Heavens: The Sino-Soviet Struggle for Supremacy, 1962–1967, Washington, D.C.: Woodrow Wilson Center Press, 2009, p. 214；另见同上, p. 220。}同年4月3日，中国全国人大常委会决定不再延长将于1980年期满的《中苏友好同盟互助条约》。此后，中方将苏联在中苏边境和中蒙边境驻军、苏联从阿富汗撤军以及越南从柬埔寨撤军并列为中苏关系正常化的“三大障碍”。
进入80年代，苏联方面开始释放改善对华关系的信号。1982年3月24日，勃列日涅夫在塔什干发表讲话，表示愿意改善对华关系。1986年7月28日，戈尔巴乔夫在符拉迪沃斯托克发表讲话，首次就“三大障碍”中的部分问题作出松动表态。{注:Горбачёв М. С. Речь во Владивостоке, 28 июля 1986 г. // Правда. 1986. 29 июля；中文译本见《戈尔巴乔夫在海参崴的讲话》，新华出版社1986年版。}1989年9月下旬，越南宣布已从柬埔寨撤出全部军队。越南问题在中苏关系中的地位，由此逐步淡出。邓小平在同年5月16日会见戈尔巴乔夫时，以“结束过去，开辟未来”概括了中苏关系的历史与前景。
##结  语
回顾1950—1979年的历史可以看出，越南问题在中苏关系中的地位经历了从“协调的纽带”到“竞争的舞台”再到“对抗的焦点”的转变。50年代，中苏在“分工”框架下共同援越；60年代中期以后，援越成为中苏争夺社会主义阵营领导权的重要内容；70年代末，苏越结盟则使越南问题直接上升为中苏之间的安全问题。在这一过程中，越南劳动党并非被动的棋子：它在中苏之间的“平衡”与“选边”，既是对自身民族利益的考量，也深受其领导人个人经历和意识形态判断的影响。胡志明在世时，越南尚能在中苏之间维持大体的平衡；黎笋主政以后，越南则逐步走向与苏联结盟。正如邓小平后来所说，“三大障碍”中“主要是越南侵略柬埔寨”。{注:《邓小平文选》第3卷，人民出版社1993年版，第294页。}直到80年代末，越南宣布从柬埔寨撤军，中苏关系才得以于1989年5月实现正常化。1991年11月，中越两国关系也实现了正常化。此后，越南问题不再是中俄关系中的一个障碍。回顾这一段历史，中苏两国在越南问题上的合作与竞争，深刻地影响了冷战在亚洲的走向，也影响了中越、苏越关系的长期发展；而关于这一段历史的研究，自90年代初档案逐步解密以来至今方兴未艾。
"""

# ---------------------------------------------------------------- article 2
A2_FRONT = [
    "东南亚国家联盟的形成与扩大：从“东南亚联盟”到“东盟十国”",
    "宋雨岚  韦 宁",
    "【内容摘要】东盟的形成与扩大是战后东南亚地区合作的核心进程。20世纪60年代初，东南亚联盟和马菲印等早期尝试因成员国间的领土争端而相继受挫。1967年8月8日《曼谷宣言》的签署标志着东盟的诞生。冷战结束后，东盟相继接纳越南、老挝、缅甸和柬埔寨，实现了“东盟十国”的构想，并以东盟地区论坛等机制扩展其在地区安全事务中的影响。本文认为，“东盟方式”所体现的协商一致与不干涉原则既是东盟得以扩大的前提，也构成其深化一体化的制约。",
    "【关键词】东盟；《曼谷宣言》；地区主义；东盟方式；东盟扩大",
    "【作者简介】宋雨岚，厦门大学南洋研究院副教授；韦宁，广西民族大学东盟学院讲师。",
    "【基金项目】教育部人文社会科学研究规划基金项目“东盟机制化进程的历史考察”（20YJA810012）。",
    "【中图分类号】D814.1　【文献标识码】A　【文章编号】1008-6099（2022）04-0021-14",
]

A2_BODY = r"""
1967年8月8日，印度尼西亚、马来西亚、菲律宾、新加坡和泰国五国外长在曼谷签署《东南亚国家联盟成立宣言》，即《曼谷宣言》，东南亚国家联盟（以下简称“东盟”）宣告成立。从五国到十国，东盟的形成与扩大历时三十余年，其间经历了冷战、印度支那战争和亚洲金融危机的冲击。学界关于东盟的研究汗牛充栋{注:王士录、王国平：《从东盟到大东盟——东盟30年发展研究》，世界知识出版社1998年版。}{注:Amitav Acharya, Constructing a Security Community in Southeast Asia: ASEAN and the Problem of Regional Order, London: Routledge, 2001.}，但对东盟形成前的地区合作尝试与冷战后扩大进程之间的联系，仍有进一步讨论的空间。本文拟从历史的角度，考察东盟由酝酿、成立到扩大的过程。既有研究大致可分为三类：一是现实主义视角的研究，强调大国均势和外部威胁对东盟形成的作用；二是建构主义视角的研究，强调规范、认同与“东盟方式”的形成；三是历史学视角的研究，侧重利用各国档案还原东盟成立的决策过程。{注:Arnfinn Jorgensen-Dahl, Regional Organization and Order in South-East Asia, London: Macmillan, 1982.}{注:Shaun Narine, “ASEAN in the Aftermath: The Consequences of the East Asian Economic Crisis,” Global Governance, Vol. 8, No. 2, 2002, pp. 179–194.}近年来，随着英国、美国和澳大利亚部分外交档案的解密，学界对东盟成立前后大国态度的研究有所深入，但对东南亚国家自身的主动性仍关注不足。
##1. 东盟成立前的地区合作尝试
##（1）东南亚条约组织与“东南亚联盟”
战后东南亚最早的多边安排并非来自地区内部。1954年9月8日，美、英、法、澳、新、巴基斯坦、泰国和菲律宾八国在马尼拉签订《东南亚集体防务条约》，次年2月东南亚条约组织正式成立，总部设在曼谷。{注:“Southeast Asia Collective Defense Treaty (Manila Pact); September 8, 1954,” The Avalon Project, Yale Law School, https://avalon.law.yale.edu/20th_century/usmu003.asp, 2021年10月5日访问。}这一组织以遏制共产主义为目标，地区内仅有泰、菲两国参加，缺乏广泛的地区基础。
在此背景下，东南亚国家开始探索由本地区国家主导的合作。1959年1月，马来亚总理东古·拉赫曼访问菲律宾，提出建立东南亚友好与经济条约组织的设想。经过两年多的磋商，1961年7月31日，马来亚、菲律宾和泰国外长在曼谷宣布成立“东南亚联盟”（Association of Southeast Asia）。{注:Bernard K. Gordon, Toward Disengagement in Asia: A Strategy for American Foreign Policy, Englewood Cliffs: Prentice-Hall, 1969, pp. 98–102.}该组织以经济、社会和文化合作为主要内容，但由于马菲两国在沙巴问题上的争端，其活动于1963年起陷于停顿。
##（2）“马菲印”与印尼的“对抗”政策
1963年7月底至8月初，马来亚、菲律宾和印度尼西亚三国首脑在马尼拉举行会议，签订《马尼拉协定》，决定建立三国协商机制，即所谓“马菲印”（Maphilindo）。{注:Michael Leifer, Indonesia's Foreign Policy, London: George Allen & Unwin, 1983, pp. 87–92.}然而，1963年9月16日马来西亚联邦成立后，印尼总统苏加诺宣布对马来西亚实行“对抗”政策，菲律宾亦因沙巴问题与马来西亚断交，“马菲印”随即名存实亡。1963—1966年的印马对抗是战后东南亚国家之间最严重的冲突之一。{注:Donald E. Weatherbee, International Relations in Southeast Asia: The Struggle for Autonomy, 2nd ed., Lanham: Rowman & Littlefield, 2009, p. 67.}1965年8月9日，新加坡脱离马来西亚，成为独立国家。
印尼国内政局的变化为地区合作带来了转机。1965年“九三〇事件”后，苏哈托逐步掌握权力。1966年3月11日，苏加诺被迫签署命令，将权力移交苏哈托。同年8月11日，印马两国在雅加达签署关系正常化协议，结束了长达三年的对抗。{注:Leifer, Indonesia's Foreign Policy, p. 110.}印尼新任外长马利克随即与泰国外长他纳·科曼等人商讨建立一个包括印尼在内的新的地区组织。对于新组织的名称和形式，各方曾有过争论。印尼希望新组织不带有“东南亚联盟”的色彩，以免显得是加入一个已有的组织；马来西亚和菲律宾则希望延续东南亚联盟的合作成果。时任新加坡总理李光耀起初对加入新组织持谨慎态度，担心新加坡作为小国会受到邻国的压制，但最终同意参加。{注:Lee Kuan Yew, From Third World to First: The Singapore Story, 1965–2000, Singapore: Times Editions, 2000, pp. 369–372.}1967年年中，各方就新组织的框架基本达成一致。
##2. 《曼谷宣言》与东盟的成立
##（1）曼谷会议的召开
1967年8月5日至8日，五国外长在泰国海滨的邦盛举行非正式磋商，随后回到曼谷签署宣言。据泰国外交部的记载，宣言签署于佛历2510年8月8日。{注:Thanat Khoman, “ASEAN: Conception and Evolution,” in K. S. Sandhu et al., eds., The ASEAN Reader, Singapore: Institute of Southeast Asian Studies, 1992, pp. xvii–xxii.}五国代表分别是印尼外长马利克、马来西亚副总理敦·拉扎克、菲律宾外长拉莫斯、[[PB]]新加坡外长拉贾拉南和泰国外长他纳·科曼。他纳在签字仪式上说：“1967年8月8日将作为东南亚人民掌握自己命运的日子而被铭记。”{注:“The Founding of ASEAN,” ASEAN Secretariat, https://asean.org/the-founding-of-asean/, 2021年9月20日访问。}宣言宣布东盟的宗旨是“以平等与合作精神，共同努力促进本地区的经济增长、社会进步和文化发展”，并强调“外国基地是临时性的”。与东南亚联盟不同，《曼谷宣言》并非国际条约，而只是一份政治宣言，这为东盟日后的灵活发展留下了空间。东盟成立后不久，菲律宾与马来西亚之间的沙巴争端再度激化。1968年9月，菲律宾国会通过法案，将沙巴划入菲律宾版图，两国随即断绝外交关系，东盟的活动几乎陷于停顿。东盟外长会议在1968年底至1969年间被迫延期，部分常设委员会的工作也一度中止。直到次年12月，两国才在东盟外长会议期间恢复外交关系。{注:Estrella D. Solidum, Towards a Southeast Asian Community, Quezon City: University of the Philippines Press, 1974, pp. 45–51.}这一事件表明，东盟在成立之初十分脆弱。
##（2）早期东盟的机制化
东盟成立之初，主要以年度外长会议为决策机制，合作进展有限。1971年11月27日，东盟外长在吉隆坡签署《和平、自由和中立区宣言》，提出使东南亚成为“不受外部大国任何形式干涉”的地区。{注:Heiner Hänggi, ASEAN and the ZOPFAN Concept, Singapore: Institute of Southeast Asian Studies, 1991, pp. 11–16.}1975年4月印度支那局势的剧变促使东盟加快合作步伐。一九七六年二月二十三日至二十四日，东盟首次首脑会议在印尼巴厘岛举行，会议签署了《东南亚友好合作条约》和《东盟协调一致宣言》，并决定在雅加达设立东盟秘书处。{注:“Treaty of Amity and Cooperation in Southeast Asia, Indonesia, 24 February 1976,” ASEAN Secretariat, https://asean.org/treaty-of-amity-and-cooperation-in-southeast-asia-indonesia-24-february-1976/, 2021年9月20日访问。}次年8月，第二次首脑会议在吉隆坡举行，东盟十周年之际日本首相福田赳夫与东盟五国首脑举行会谈。{注:同上。}
新加坡总理李光耀在回忆录中写道，东盟的真正凝聚力来自对越南的共同担忧。{注:李光耀：《李光耀回忆录（1965—2000）》，外文出版社2001年版，第337页。}1978年12月越南出兵柬埔寨后，东盟在联合国等场合坚持要求越南撤军，并支持成立民主柬埔寨联合政府。在整个80年代，柬埔寨问题构成东盟外交的中心议题，也使东盟的国际地位显著上升。{注:Acharya, Constructing a Security Community in Southeast Asia, pp. 80–98.}与此同时，东盟与区外国家的对话关系逐步建立。1974年，澳大利亚成为东盟的第一个对话伙伴；此后，新西兰、日本、美国、加拿大和欧共体相继于70年代中后期成为东盟的对话伙伴。1987年12月，第三次东盟首脑会议在马尼拉举行，这是东盟成立20周年之际的一次首脑会议，会议通过了《马尼拉宣言》。{注:ASEAN Secretariat, ASEAN Documents Series 1967–1988, Jakarta: ASEAN Secretariat, 1988, pp. 1–9.}
##3. 冷战后东盟的扩大
##（1）文莱的加入与“东盟六国”
1984年1月1日，文莱完全独立，并于同月7日加入东盟，成为第六个成员国。{注:Weatherbee, International Relations in Southeast Asia, p. 91.}在此后十年间，东盟保持六国格局，其合作重心逐步由政治转向经济。1992年1月，第四次东盟首脑会议在新加坡举行，决定在15年内建成东盟自由贸易区。{注:“Singapore Declaration of 1992,” ASEAN Secretariat, https://asean.org/singapore-declaration-of-1992-singapore-28-january-1992/, 2021年9月21日访问。}马来西亚总理马哈蒂尔则于1990年12月提出建立“东亚经济集团”的倡议，虽然该倡议遭到美国的反对而未能实现，但反映出东盟国家对东亚合作的早期构想。马哈蒂尔自1981年7月起出任马来西亚总理，至2003年10月卸任，执政长达22年。马哈蒂尔主张“向东看”政策，强调学习日本和韩国的发展经验，并多次批评西方国家以人权和民主为借口干涉东南亚国家的内政。1991年前后，他还积极推动东盟就东亚经济合作形成共同立场，但由于印尼和新加坡等国的顾虑，东盟最终只同意以“东亚经济核心论坛”的形式在亚太经合组织框架内讨论这一问题。在他执政期间，马来西亚在东盟事务中发挥了越来越积极的作用。{注:Khoo Boo Teik, Beyond Mahathir: Malaysian Politics and Its Discontents, London: Zed Books, 2003, pp. 52–60.}
##（2）越南、老挝、缅甸和柬埔寨的加入
冷战结束和柬埔寨问题的政治解决为东盟的扩大创造了条件。1991年10月23日，柬埔寨问题巴黎和平协定签署。1992年7月，越南和老挝签署《东南亚友好合作条约》，取得东盟观察员地位。1995年7月28日，越南在文莱斯里巴加湾市举行的第28届东盟外长会议上正式加入东盟，成为第一个加入东盟的社会主义国家。{注:Carlyle A. Thayer, “Vietnam and ASEAN: A First Anniversary Assessment,” Southeast Asian Affairs 1996, Singapore: ISEAS, 1996, pp. 351–364.}越南的入盟过程并非一帆风顺。东盟内部对于接纳一个社会主义国家曾存有疑虑，而越南方面则需要在短期内适应东盟的大量协定和会议机制。据统计，越南入盟时需要签署或加入的东盟协定多达数十项，越南外交部为此专门成立了东盟司。越南加入东盟时承诺自1996年1月1日起参加东盟自由贸易区，并于2006年前完成关税削减。{注:Nguyen Vu Tung, “Vietnam's Membership of ASEAN: A Constructivist Interpretation,” Contemporary Southeast Asia, Vol. 29, No. 3, 2007, pp. 483–505.}同年12月，第五次东盟首脑会议在曼谷举行，会议签署了《东南亚无核武器区条约》，并邀请柬、老、缅三国领导人与会，首次实现东南亚十国领导人聚会。{注:Bangkok Summit Declaration of 1995, Bangkok, 14–15 December 1995.}
1997年7月23日，老挝和缅甸在吉隆坡正式加入东盟。原定与老、缅同时入盟的柬埔寨，因当月上旬金边发生武装冲突而被推迟入盟。1997年7月5日至6日，柬埔寨第二首相洪森的部队与第一首相拉那烈的部队在金边发生激烈交火，拉那烈出走国外。东盟外长随即于7月10日在吉隆坡举行特别会议，决定推迟接纳柬埔寨，并派出由印尼、菲律宾和泰国外长组成的“三驾马车”进行斡旋。东盟的这一做法被一些学者视为对不干涉原则的“灵活”运用。{注:Ian Storey, “Cambodia's Admission to ASEAN,” Contemporary Southeast Asia, Vol. 21, No. 3, 1999, pp. 415–427.}{注:[[ENDNOTE_CUT]]}1998年7月柬埔寨举行大选后，洪森与拉那烈达成联合执政协议，次年4月30日，柬埔寨在河内举行的仪式上加入东盟。至此，东盟完成了将东南亚十国纳入同一组织的进程。东盟于1984、1995和1997年的三次扩大以及1999年接纳柬埔寨，使其成员国由五国增至十国，人口和面积均扩大近一倍。{注:Rodolfo C. Severino, Southeast Asia in Search of an ASEAN Community, Singapore: ISEAS, 2006, pp. 41–77.}然而，扩大也使东盟内部的发展差距急剧扩大。新老成员之间在经济发展水平、政治制度和行政能力上的差异，形成了所谓“东盟双速”问题。为此，东盟于2000年11月启动“东盟一体化倡议”，旨在缩小新老成员之间的发展差距。{注:“Initiative for ASEAN Integration (IAI) Work Plan,” ASEAN Secretariat, https://asean.org/our-communities/initiative-for-asean-integration-iai/, 2022年3月10日访问。}
对于东盟扩大的动因，学界存在不同看法。有学者认为，东盟扩大主要是出于平衡中国影响的战略考虑{注:Shaun Narine, Explaining ASEAN: Regionalism in Southeast Asia, Boulder: Lynne Rienner, 2002, p. 113.}；也有学者强调，东盟扩大体现的是“一个东南亚”的地区认同。{注:阿米塔·阿查亚著，王正毅、冯怀信译：《建构安全共同体：东盟与地区秩序》，上海人民出版社2004年版，第159页。}事实上，缅甸入盟曾遭到美国和欧盟的强烈反对，时任马来西亚总理马哈蒂尔则坚持认为，东盟“不会因为外部压力而改变自己的决定”。{注:“Mahathir Rejects Western Pressure on Myanmar,” The Straits Times, June 1, 1997.}东盟在扩大问题上坚持的不干涉内政原则，正是“东盟方式”的核心内容。
##4. 东盟地区论坛与东盟的外部拓展
冷战结束后，东盟开始尝试以自身为中心构建地区安全对话机制。1993年7月，第26届东盟外长会议在新加坡决定建立东盟地区论坛，翌年7月25日，东盟地区论坛首次会议在曼谷召开，共有18个成员参加。{注:Michael Leifer, The ASEAN Regional Forum: Extending ASEAN's Model of Regional Security, Adelphi Paper 302, London: IISS, 1996, pp. 19–25.}东盟地区论坛是亚太地区第一个政府间多边安全对话机制，东盟在其中居于“驾驶员”地位。1995年8月，第二次东盟地区论坛会议在文莱举行，会议通过了题为《东盟地区论坛概念文件》的文件，确定了建立信任措施、预防性外交和探讨解决冲突方式“三步走”的发展路径。{注:“The ASEAN Regional Forum: A Concept Paper,” ASEAN Regional Forum, 1995, https://aseanregionalforum.asean.org/wp-content/uploads/2019/10/Concept-Paper-of-ARF.pdf, 2022年3月9日访问。}中国自首届会议起即参加东盟地区论坛。1991年7月，中国外长钱其琛首次出席东盟外长会议开幕式，开启了中国与东盟的对话进程；1996年7月，中国成为东盟的全面对话伙伴国。{注:曹云华、唐翀：《新中国—东盟关系论》，世界知识出版社2005年版，第45—52页。}2002年11月4日，中国与东盟在金边签署《南海各方行为宣言》和《中国—东盟全面经济合作框架协议》；次年10月，中国加入《东南亚友好合作条约》，成为第一个加入该条约的域外大国。2010年1月1日，中国—东盟自由贸易区全面建成。
1997年7月爆发的亚洲金融危机使东盟国家遭受沉重打击。印尼在危机中陷入政治动荡，执政长达32年的苏哈托于1998年5月21日宣布辞职。泰国、印尼和韩国先后接受了国际货币基金组织的救助计划，而东盟作为一个整体在危机中几乎无所作为，其应对能力受到广泛质疑。{注:Jürgen Rüland, “ASEAN and the Asian Crisis: Theoretical Implications and Practical Consequences for Southeast Asian Regionalism,” The Pacific Review, Vol. 13, No. 3, 2000, pp. 421–451.}同时，金融危机也推动了东亚合作的兴起。1997年12月，首次东盟与中日韩领导人非正式会议在吉隆坡举行，“10+3”合作由此启动。{注:张蕴岭主编：《东亚合作的进程与前景》，世界知识出版社2004年版，第12—15页。}1998年12月，第六次东盟首脑会议在河内举行，会议通过了《河内行动计划》，这是东盟接纳越南后首次在新成员国举行的首脑会议。{注:“Ha Noi Plan of Action,” ASEAN Secretariat, https://asean.org/ha-noi-plan-of-action/, 2022年3月10日访问。}1999年11月，第三次“10+3”领导人会议在马尼拉发表《东亚合作联合声明》，东亚合作的框架初步形成。2003年10月，第九次东盟首脑会议在巴厘岛签署《东盟第二协调一致宣言》，提出建立东盟共同体的目标。2007年11月20日，东盟领导人在新加坡签署《东盟宪章》，次年12月15日宪章正式生效，东盟由此具有了法人地位。{注:“The ASEAN Charter,” ASEAN Secretariat, https://asean.org/asean-charter/, 2022年3月8日访问。}在此期间，东盟还主导创建了东亚峰会。2005年12月14日，首届东亚峰会在吉隆坡举行，东盟十国与中、日、韩、印、澳、新西兰领导人与会。{注:“Kuala Lumpur Declaration on the East Asia Summit, Kuala Lumpur, 14 December 2005,” ASEAN Secretariat, https://asean.org/kuala-lumpur-declaration-on-the-east-asia-summit-kuala-lumpur-14-december-2005/, 2022年3月8日访问。}2011年起，美国和俄罗斯正式加入东亚峰会。
2015年11月，第27届东盟峰会在吉隆坡举行，会议签署《关于建立东盟共同体的2015吉隆坡宣言》，宣布东盟共同体于同年12月31日正式建成。2022年11月，第40届和第41届东盟峰会在金边举行，原则同意接纳东帝汶为东盟第11个成员国。{注:“ASEAN Leaders' Statement on the Application of Timor-Leste for ASEAN Membership,” Phnom Penh, 11 November 2022, https://asean.org/wp-content/uploads/2022/11/05-ASEAN-Leaders-Statement-on-the-Application-of-Timor-Leste.pdf, 2022年12月1日访问。}这意味着东盟的扩大进程在“东盟十国”之后仍在延续。东帝汶自2002年5月20日独立以来，一直寻求加入东盟，并于2011年3月正式递交入盟申请。东盟在这一问题上的审慎态度，与其在90年代迅速接纳柬、老、缅、越四国的做法形成了鲜明对比，这在一定程度上反映了东盟对扩大代价的反思。{注:Ryan Ashley and Fransiskus X. Maria, “Timor-Leste's ASEAN Membership: Prospects and Challenges,” ISEAS Perspective, No. 2022/98, 2022, https://www.iseas.edu.sg/articles-commentaries/iseas-perspective/2022-98-timor-lestes-asean-membership/, 2022年12月1日访问。}
##5. 结语
从1961年的东南亚联盟到1999年的“东盟十国”，东盟的形成与扩大经历了曲折的历程。20世纪60年代的早期尝试表明，成员国之间的领土争端和政治互信的缺失是地区合作的主要障碍；《曼谷宣言》之后，东盟以协商一致和不干涉内政为原则，逐步积累了合作的经验。冷战结束以来，东盟通过扩大和机制建设，成为亚太地区合作中不可或缺的力量。{注:Kishore Mahbubani and Jeffery Sng, The ASEAN Miracle: A Catalyst for Peace, Singapore: NUS Press, 2017, pp. 1–12.}然而，成员国之间发展水平的差异、南海问题以及大国竞争的加剧，也使东盟在未来面临“中心地位”能否维持的考验。李光耀曾说：“如果东盟不存在，我们也必须把它创造出来。”这句话或许可以概括东盟半个多世纪以来的历史意义。对于中国而言，理解东盟形成与扩大的历史逻辑，有助于更好地把握中国—东盟关系的发展方向。2021年11月22日，中国—东盟建立对话关系30周年纪念峰会以视频方式举行，双方宣布建立中国东盟全面战略伙伴关系，中国与东盟的合作由此进入新的阶段。
"""

A2_TAIL = [
    "The Formation and Enlargement of the Association of Southeast Asian Nations: From ASA to ASEAN-10",
    "SONG Yulan, WEI Ning",
    "Abstract: The formation and enlargement of ASEAN is the core process of regional cooperation in post-war Southeast Asia. In the early 1960s, early attempts such as ASA and Maphilindo failed because of territorial disputes among their members. The signing of the Bangkok Declaration on 8 August 1967 marked the birth of ASEAN. After the end of the Cold War, ASEAN admitted Vietnam, Laos, Myanmar and Cambodia, realized the vision of \"ASEAN-10\", and expanded its influence in regional security through the ASEAN Regional Forum. The \"ASEAN Way\" of consensus and non-interference is both the precondition of enlargement and a constraint on deeper integration.",
    "Key Words: ASEAN; Bangkok Declaration; regionalism; ASEAN Way; enlargement",
    "",
    "湄公河—澜沧江合作机制下的水资源治理研究",
    "陈 思 远",
    "【内容摘要】2016年3月澜湄合作首次领导人会议在三亚举行以来，水资源合作成为澜湄合作的优先领域之一。本文通过考察澜湄水资源合作中心的运作与2020年以来数据共享机制的建立，认为澜湄合作在流域治理中形成了有别于湄公河委员会的合作模式，但仍面临域外势力介入和",
]

# ---------------------------------------------------------------- layout helpers
def ew(ch):
    """em width of a character: ASCII half, others full."""
    return 0.5 if ord(ch) < 128 else 1.0

def wrap(text, width):
    lines, cur, w = [], "", 0.0
    for ch in text:
        if ch == "‖":
            cur += ch; lines.append(cur); cur, w = "", 0.0
            continue
        if w + ew(ch) > width and cur:
            # avoid starting a line with closing punctuation
            if ch in "，。、；：”）》！？":
                cur += ch; w += ew(ch); continue
            lines.append(cur); cur, w = "", 0.0
        cur += ch; w += ew(ch)
    if cur:
        lines.append(cur)
    return lines

CIRC = "①②③④⑤⑥⑦⑧⑨⑩"

def build_a1():
    """Hard-wrapped at ~29 em, no blank lines, per-page footnotes."""
    body_src = A1_BODY.replace("\\uf0be", "\uf0be")
    WIDTH, PAGE_LINES = 29, 26
    FIRST_PAGE = 80
    # tokenise body into paragraph lines with note placeholders
    items = []  # (kind, text) kind in {'h','p'}
    notes = []
    def sub(m):
        notes.append(m.group(1)); return "\x00%d\x00" % (len(notes) - 1)
    for para in body_src.strip().split("\n"):
        para = re.sub(r"\{注:(.*?)\}", sub, para)
        if para.startswith("##"):
            items.append(("h", para[2:]))
        else:
            items.append(("p", para))
    # wrap: note placeholder counts as one em (marker)
    out_lines = []  # body lines with placeholders
    for kind, text in items:
        if kind == "h":
            out_lines.append(text)
            continue
        toks = re.split(r"(\x00\d+\x00)", text)
        flat = ""
        for t in toks:
            if t.startswith("\x00"):
                flat += chr(0xE000 + int(t.strip("\x00")))  # 1 char placeholder
            else:
                flat += t
        out_lines.extend(wrap(flat, WIDTH))
    # paginate
    pages, cur = [], []
    for ln in out_lines:
        if "‖" in ln:
            a, b = ln.split("‖")
            cur.append(a)
            if len(cur) < 16 and pages and len(pages) > 1:
                both = pages.pop() + cur
                half = len(both) // 2 + 1
                pages.append(both[:half]); cur = both[half:]
            pages.append(cur); cur = [b] if b else []
            continue
        cur.append(ln)
        if len(cur) >= PAGE_LINES - (6 if not pages else 0):
            pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    res = []
    # front matter (first page)
    for f in A1_FRONT:
        if f.startswith("摘") or f.startswith("关"):
            res.extend(wrap(f, WIDTH + 4))
        elif f:
            res.append(f)
    carry = None  # note text overflowing to next page
    own_line_pages = {3, 6}
    for pi, body in enumerate(pages):
        pno = FIRST_PAGE + pi
        if pi > 0:
            res.append("史学集刊 2021年第6期" if pno % 2 == 0 else "中苏关系中的越南问题")
        page_notes = []
        lines_out = []
        for ln in body:
            s = ""
            for ch in ln:
                if 0xE000 <= ord(ch) < 0xE000 + len(notes):
                    page_notes.append(notes[ord(ch) - 0xE000])
                    s += CIRC[len(page_notes) - 1]
                else:
                    s += ch
            lines_out.append(s)
        res.extend(lines_out)
        # footnote block
        if pi == 0:
            res.extend(A1_AUTHOR_NOTE)
        if carry:
            res.extend(wrap(carry, WIDTH + 6)); carry = None
        for k, nt in enumerate(page_notes):
            if "¦" in nt:
                nt, carry = nt.split("¦")
            if pi in own_line_pages:
                res.append(CIRC[k])
                res.extend(wrap(nt, WIDTH + 6))
            else:
                res.extend(wrap(CIRC[k] + nt, WIDTH + 6))
        res.append("·%d·" % pno)
    return "\n".join(res) + "\n"

def build_a2():
    """Paragraph per line, endnotes [n], page furniture between paragraphs."""
    notes = []
    def sub(m):
        notes.append(m.group(1)); return "[%d]" % len(notes)
    paras = []
    for para in A2_BODY.strip().split("\n"):
        para = re.sub(r"\{注:(.*?)\}", sub, para)
        paras.append(para[2:] if para.startswith("##") else para)
    res = []
    res.append("")
    foot = [f for f in A2_FRONT if f.startswith("【作者简介】") or f.startswith("【基金项目】")]
    for f in A2_FRONT:
        if f in foot:
            continue
        res.append(f)
        res.append("")
    def page_foot():
        if foot:
            res.extend(foot); del foot[:]
    page = 21
    chars = 900
    for p in paras:
        if "[[PB]]" in p:
            a, b = p.split("[[PB]]")
            page += 1
            res.append(a)
            page_foot()
            res.append("东南亚研究 2022年第4期")
            res.append(str(page))
            res.append(b)
            chars = len(b)
            continue
        chars += len(p)
        res.append(p)
        if chars > 1500:
            page += 1
            res.append("")
            page_foot()
            res.append(str(page) if page % 2 else "东南亚研究 2022年第4期")
            res.append("东南亚研究 2022年第4期" if page % 2 else str(page))
            res.append("")
            chars = 0
    res.append("")
    res.append("注释：")
    for i, n in enumerate(notes, 1):
        if n == "[[ENDNOTE_CUT]]":
            res.append("[%d] 参见Rodolfo C. Severino, Southeast Asia in Search of an ASEAN Commu-" % i)
            res.append("nity, pp. 62–")
            continue
        res.append("[%d] %s" % (i, n))
    res.append("")
    res.extend(A2_TAIL)
    return "\n".join(res) + "\n"

def damage_a2(text):
    # full-width digits in one date; a URL broken with a hyphen; English spaces lost
    text = text.replace("2007年11月20日", "２００７年１１月２０日", 1)
    text = text.replace("https://asean.org/treaty-of-amity-and-cooperation-in-southeast-asia-indonesia-24-february-1976/",
                        "https://asean.org/treaty-of-amity-and-cooperation-in-southeast-\nasia-indonesia-24-february-1976/", 1)
    text = text.replace("The Straits Times, June 1, 1997.", "TheStraitsTimes,June1,1997.", 1)
    text = text.replace("东盟于1984、1995和1997年", "东盟于1984、1995和1997年", 1)
    text = text.replace("敦·拉扎克", "敦\uf0b7拉扎克", 1)
    return text

def main():
    a1 = build_a1()
    a2 = damage_a2(build_a2())
    out = {}
    for pref, txt in (("c04", a1), ("c05", a2)):
        h = hashlib.sha1(txt.encode("utf-8")).hexdigest()[:8]
        name = "%s_%s.txt" % (pref, h)
        for old in os.listdir(HERE):
            if old.startswith(pref + "_") and old.endswith(".txt"):
                os.remove(os.path.join(HERE, old))
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(txt)
        out[name] = txt
        print(name, len(txt), "chars", txt.count("\n"), "lines")
    if "--report" in sys.argv:
        probes = ["\uf0be", "197O年", "l968年", "颇为微妙.", "·81·", "·82·", "中苏关系中的越南问题",
                  "作者简介", "1965年", "不宜作为", "佛历", "２００７", "southeast-", "TheStraits",
                  "\uf06c", "注释：", "Commu-", "[3][4]", "[1][2]", "Abstract", "湄公河", "东南亚研究 2022"]
        for name, txt in out.items():
            print("==", name)
            for i, ln in enumerate(txt.split("\n"), 1):
                for p in probes:
                    if p in ln:
                        print("  %d: %r -> %s" % (i, p, ln[:60]))
main()
