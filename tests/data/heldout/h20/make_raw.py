#!/usr/bin/env python3
"""Build the held-out raw file h20_<sha1[:8]>.txt (constructed article, WeChat-copy form).

Standalone, standard library only, deterministic.

    python3 make_raw.py            write h20_<sha1[:8]>.txt here, delete older h20_*.txt
    python3 make_raw.py --report   also print every line with its number and tag
    python3 make_raw.py --check    only run check() and print the stats

Markup in CONTENT (one source line = one output block):
    =            an empty line
    =nb          a "blank" line that holds one U+00A0 (an empty <p>&nbsp;</p> of the editor)
    @tag text    a line of the given tag (see TAGS below)
    〔key〕      a footnote marker; numbered [1], [2], ... in order of first appearance,
                 the note text is NOTES[key]
    ⟦...⟧        digits inside are written full-width (only in @pfw paragraphs)
Tags:
    wxtitle wxmeta furn editor source          WeChat/account furniture before the article
    title author abstract kw clc               the article's front matter
    h1 h2                                      headings (引言, 一、…, （一）…, 结语)
    p                                          body paragraph, one line
    pi                                         body paragraph starting with two U+3000 (Word indent)
    pfw                                        body paragraph with mixed full-/half-width digits
    hard                                       body paragraph that keeps the PDF's hard line breaks
    lead                                       a bold lead-in sentence the editor set as its own <p>
    cap capsrc                                 image caption and image-source line
    notehead notehint                          "注释" and the scroll hint
    end                                        furniture after the notes
"""
import hashlib
import os
import re
import sys
import glob

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# damage switches (asserted by check())
MISSING_NOTE_KEY = "fish"            # its body marker stays, its [n] line is absent from 注释
GLUED_NOTE_KEYS = ("young98", "aeps")  # these two notes stand on one line
HARD_WIDTH_FIRST = 34.0              # em, first line of the hard-broken paragraph (indent lost)
HARD_WIDTH = 36.0                    # em, other lines

CONTENT = r"""
@wxtitle 学术丨从《斯约》到“冰上丝绸之路”：北极治理的百年演进与中国参与
@wxmeta 极地国际观察  2023-10-16 08:00  发表于北京
=
@furn 点击上方蓝字关注我们
=
@editor 编者按：2023年5月11日，北极理事会轮值主席国由俄罗斯交予挪威，这一交接是在理事会工作自2022年3月起“暂停”一年多之后完成的。从1920年签署的《斯匹次卑尔根群岛条约》到2018年发布的《中国的北极政策》白皮书，北极治理走过了百年历程，中国也从条约的“沉默缔约国”成长为北极事务的重要利益攸关方。本期推送海州大学韩霁川副教授、宁书蕙博士的文章，供读者参考。
=nb
@source 原文刊载于《海洋与极地国际问题》2023年第3期，第45—67页。转载时注释改为文末尾注，图片为编者所加。
=
@title 从《斯约》到“冰上丝绸之路”：北极治理的百年演进与中国参与（1920—2023）
=
@author 作者：韩霁川，海州大学极地政治与法律研究中心副教授；宁书蕙，海州大学国际关系学院博士研究生
=
@abstract 【摘要】北极治理的历史可以追溯至1920年签署的《斯匹次卑尔根群岛条约》。百年来，北极秩序经历了条约奠基与冷战军事化、以环境合作为起点的机制化、资源与航道竞争下的规则之争以及大国竞争冲击下的机制“停摆”四个阶段。1991年的《北极环境保护战略》和1996年的《渥太华宣言》确立了以北极理事会为核心的“软法”治理模式，2008年的《伊卢利萨特宣言》则显示出沿岸国强化排他性管辖的倾向。中国于1925年加入《斯约》，2013年成为北极理事会正式观察员，2018年发布北极政策白皮书并提出共建“冰上丝绸之路”。2022年以来理事会工作的暂停表明，北极治理的“例外论”难以为继，中国需要在多边与双边、科学与经济之间寻求更具韧性的参与路径。
=
@kw 【关键词】北极治理；北极理事会；《斯匹次卑尔根群岛条约》；“冰上丝绸之路”；中俄合作
@clc 【中图分类号】D815；D822
=
@h1 引言
=
@p 2023年5月11日，北极理事会第十三次部长级会议在俄罗斯主持下以线上方式举行，俄罗斯将轮值主席国职务移交挪威。与以往历次部长级会议不同，这次会议既没有各国外长同场出席，也没有通过部长级宣言，八个成员国仅就主席国交接发表了一份简短声明。〔ac2023〕此前，2022年3月3日，加拿大、丹麦、芬兰、冰岛、挪威、瑞典和美国七国发表联合声明，宣布暂不参加在俄罗斯担任主席国期间举行的理事会及其附属机构会议；〔a7〕同年6月8日，七国又宣布在不涉及俄罗斯参与的项目上有限度地恢复工作。〔a7b〕长期被视为“北极例外论”象征的北极合作，由此进入了自1996年理事会成立以来最严重的停顿期。
=
@p 理事会的“暂停”促使人们重新审视北极治理的历史基础。事实上，北极治理并非始于冷战结束。1920年2月9日，挪威、美国、丹麦、法国、意大利、日本、荷兰、英国和瑞典九国在巴黎签署《斯匹次卑尔根群岛条约》（以下简称《斯约》），以“承认主权、开放利用”的方式解决了斯瓦尔巴群岛长期作为“无主地”的法律地位问题。〔treaty〕1925年，中国加入《斯约》，成为最早与北极事务建立条约联系的亚洲国家之一。此后近百年间，北极秩序先后经历了20世纪20年代的“扇形原则”之争、冷战时期的军事对峙、20世纪80年代末以来的环境合作和21世纪初以来的资源与航道竞争，治理的主体、议题和机制都发生了深刻变化。
=
@p 国内学界对北极治理的系统研究大体起步于21世纪初。陆俊元2010年出版的《北极地缘政治与中国应对》较早从地缘政治视角勾勒了北极格局的演变，〔lu〕此后杨剑、郭培清、刘惠荣等学者分别从治理理论、航道法律地位和国际法角度展开了深入讨论，自2015年起逐年出版的《北极地区发展报告》更是持续追踪北极治理的新动向。国外学界中，奥兰·扬（Oran R. Young）将冷战后的北极治理概括为“马赛克式”的合作；〔young〕蒂莫·科伊武罗瓦（Timo Koivurova）分析了北极理事会在“快速变化的场景”中的局限与可能；〔koivurova〕挪威历史学家延斯·彼得·尼尔森（Jens Petter Nielsen）则从19世纪以来俄挪北方关系的长时段出发，提醒人们注意巴伦支海地区合作的历史根基。〔nielsen〕安妮-玛丽·布雷迪（Anne-Marie Brady）2017年出版的《作为极地大国的中国》集中讨论了中国的极地战略，但其“极地大国”的判断带有明显的安全化色彩。〔brady〕
@p 总体而言，既有研究多以1996年北极理事会成立为起点，并将中国的参与作为单独议题处理，对1920年以来北极治理的长时段演变与中国身份变化之间的关联着墨不多。本文以1920年、1987年、2007年、2013年和2022年为节点，将北极治理的百年历程划分为四个阶段，考察各阶段治理机制的形成逻辑及中国参与方式的变化，并在此基础上讨论2022年以来北极治理变局对中国的含义。
=
@h1 一、从《斯约》到冷战：北极秩序的奠基与军事化（1920—1987）
=
@h2 （一）《斯约》体系与中国的加入
=
@p 斯瓦尔巴群岛位于北纬74°至81°之间，17世纪起先后成为英国、荷兰和丹麦—挪威捕鲸者的活动场所，19世纪末又因煤炭资源吸引了挪威、瑞典、俄国、英国和美国的采矿企业。1906年，美国商人约翰·芒罗·朗伊尔（John Munro Longyear）创办的北极煤炭公司在群岛西部的冰峡湾畔建立矿区，这就是今日朗伊尔城的前身；1916年，朗伊尔将矿业资产出售给挪威资本组建的大挪威斯匹次卑尔根煤炭公司。由于群岛不属于任何国家，各国矿区之间的土地纠纷长期缺乏裁断机制，1910年、1912年和1914年在克里斯蒂安尼亚（今奥斯陆）召开的三次国际会议均无果而终。〔mathisen〕
=
@p 第一次世界大战结束后，挪威借巴黎和会之机提出对群岛的主权要求。1919年7月，和会设立斯匹次卑尔根委员会，由美、英、法、意四国代表组成，最终形成“主权归属挪威、各缔约国国民享有平等的进入、捕鱼、狩猎和采矿权利”的折中方案。〔ibid〕1920年2月9日，条约在巴黎签署。由于各签字国的批准进程迟缓，条约直至1925年8月14日方才生效，挪威依据同年7月17日通过的《斯瓦尔巴法》，于当天在朗伊尔城举行仪式，正式将群岛纳入本国版图。〔svalbardlov〕苏联虽未参加和会，但于1924年2月以承认挪威对群岛的主权换取挪威对苏联政府的法律承认，并于1935年加入条约。
=
@p 中国并非《斯约》的原始签字国。1925年，北京政府经驻法使馆向条约保存国法国交存加入文书，中国由此成为缔约国。〔archive〕对于当时内外交困的北京政府而言，加入一项远在北极的条约更多出于援例加入的外交惯性，并无明确的经济或科学考量；此后数十年间，中国既未在群岛开展经济活动，也未派员考察。然而，《斯约》第二条和第三条赋予缔约国国民的平等权利，为中国在70余年后进入斯瓦尔巴群岛开展科学研究预留了条约依据。正因为如此，国内学界常将1925年视为中国参与北极事务的起点。〔liuzhang〕
=
@h2 （二）“扇形原则”与冷战下的北极
=
@p 与《斯约》“主权归一国、利用向各国开放”的安排不同，环北冰洋大国在20世纪上半叶更倾向于以“扇形原则”扩张主权主张。1907年2月20日，加拿大参议员帕斯卡尔·普瓦里耶（Pascal Poirier）〔poirier〕在参议院首次提出以经线划分极地“扇区”的主张；1926年4月15日，苏联中央执行委员会主席团颁布法令，宣布苏联扇区内已发现和将来发现的陆地与岛屿均为苏联领土。〔decree〕美国和挪威拒绝承认扇形原则，但这一分歧在第二次世界大战后很快被军事对抗所掩盖。1951年4月27日，美丹签订《格陵兰防务协定》，美国随后在格陵兰西北部建成图勒空军基地；20世纪50年代中期，美加合作修建的“远程预警线”横贯北美北极地区，1958年5月12日北美防空司令部正式成立。1961年10月30日，苏联在新地岛上空试爆当量约5000万吨的氢弹，北极由此成为两大阵营核对峙的前沿。
=
@p 冷战时期的北极并非完全没有合作。1973年11月15日，美、苏、加、挪、丹五国在奥斯陆签署《北极熊保护协定》，这是环北极国家在冷战中达成的少有的多边环境安排。〔polarbear〕中国与这一时期的北极事务几乎没有直接联系，仅有零星的个人考察记录。〔gao〕转折发生在20世纪80年代后期。1987年10月1日，苏共中央总书记米哈伊尔·戈尔巴乔夫在摩尔曼斯克发表讲话，提出使北极成为“和平之极”，倡议建立北欧无核区、限制北方海域的海军活动、向外国船只开放北方海航道，并在资源开发、科学研究和环境保护方面开展国际合作。〔murmansk〕戈尔巴乔夫的倡议在当时被西方国家普遍视为宣传攻势，但它打破了北极问题的安全化禁区，为此后的区域合作提供了话语空间。
=
@h1 二、从环境合作到北极理事会：治理机制的形成（1987—2007）
=
@h2 （一）“罗瓦涅米进程”与次区域合作的兴起
@pi 北极机制化合作的直接起点是芬兰的倡议。1989年1月，芬兰政府致函其他七个北极国家，建议就北极环境保护开展政府间合作。同年9月，八国代表在芬兰拉普兰省首府罗瓦涅米举行首次协商会议，此后又于1990年4月在加拿大黄刀镇、1991年1月在瑞典基律纳举行了两次筹备会议。〔young98〕1991年6月14日，八国部长在罗瓦涅米签署《北极环境保护宣言》，通过《北极环境保护战略》，设立北极监测与评估、北极动植物保护、北极海洋环境保护以及突发事件预防、准备和反应四个工作组。〔aeps〕这一进程后来被称为“罗瓦涅米进程”，其基本特征是以科学评估和环境议题为切入口，刻意回避主权和军事安全等敏感问题。
@pi 与此同时，以巴伦支海为中心的次区域合作迅速兴起。1993年1月11日，在挪威外交大臣托瓦尔·斯托尔滕贝格（Thorvald Stoltenberg）的倡议下，挪威、俄罗斯、芬兰、瑞典、丹麦、冰岛六国外长和欧共体委员会代表在挪威希尔克内斯签署《巴伦支欧洲-北极地区合作宣言》，成立巴伦支欧洲-北极理事会。〔kirkenes〕斯托尔滕贝格与俄罗斯外长安德烈·科济列夫都将巴伦支合作视为“以合作取代对抗”的试验场，挪俄之间的地方交流、环境治理和核安全合作由此展开。同年9月中旬，《北极环境保护战略》第二次部长级会议在努克举行，决定成立可持续发展与利用专门工作组，为环境合作向综合性合作转型埋下了伏笔。
@h2 （二）《渥太华宣言》与北极理事会的诞生
@pi 加拿大是推动建立综合性北极机构的主要力量。1989年11月，加拿大总理布赖恩·马尔罗尼（Brian Mulroney）访苏期间在列宁格勒发表演讲，首次公开提出建立“北极理事会”的设想。1994年出任加拿大首任环北极事务大使的玛丽·西蒙（Mary Simon）主持了此后的多轮磋商。经过两年多的谈判，1996年9月19日，八国代表在渥太华签署《关于建立北极理事会的宣言》（即《渥太华宣言》）〔ottawa〕，北极理事会正式成立。宣言将理事会定位为“高层论坛”，因纽特北极圈理事会、萨米理事会和俄罗斯北方土著人民协会成为首批永久参与方；应美国的要求，宣言以脚注形式写明“北极理事会不应处理与军事安全有关的事务”。〔ottawaexpl〕1998年9月17日至18日，理事会首次部长级会议在加拿大伊魁特举行，通过了议事规则和观察员条款，《北极环境保护战略》的各工作组也在此后并入理事会。
@pi 进入21世纪，理事会的科学评估功能日益突出。2004年11月24日，理事会在雷克雅未克举行第四次部长级会议，发布《北极气候影响评估》综合报告，首次系统揭示了北极变暖速度约为全球平均水平两倍的事实。挪威也在这一时期将北极置于外交议程的首位。2005年10月出任挪威外交大臣的约纳斯·加尔·斯特勒将“北方地区”（High North）确定为挪威外交最重要的战略优先事项，挪威政府于2006年12月1日发布《北方地区战略》。〔highnorth〕次年起，挪威、丹麦和瑞典三个连续担任主席国的国家在特罗姆瑟设立联合秘书处，理事会的机构化程度进一步提高。
@pi 中国与北极的联系也在这一时期“重新起步”。1991年，中国科学院大气物理研究所研究员高登义应挪威方面邀请参加国际北极科学考察，成为首位进入斯瓦尔巴群岛考察的中国科学家；1995年5月6日，由中国科学家和新闻工作者组成的北极点科学考察队徒步抵达北极点。1996年，中国加入国际北极科学委员会；1999年7月1日，“雪龙”号极地考察船从上海启航，开始中国首次北极科学考察，于同年9月9日返回。2004年7月28日，中国在斯瓦尔巴群岛新奥尔松建成的北极黄河站正式启用，由国家海洋局下属的中国极地研究中心负责运行，这是中国依据《斯约》赋予的权利在北极建立的第一个科学考察站。〔huanghe〕2007年，中国以特别观察员身份开始列席北极理事会会议。
=
@cap 图1 位于斯瓦尔巴群岛新奥尔松的中国北极黄河站（2004年7月28日启用）
@capsrc 图片来源：中国极地研究中心
=
@h1 三、“北极热”与规则之争（2007—2013）
=
@h2 （一）“插旗”事件与《伊卢利萨特宣言》
=
@p 21世纪初北极海冰的加速消融，使北冰洋的资源和航道价值迅速凸显。2001年12月20日，俄罗斯率先向大陆架界限委员会提交外大陆架划界案，主张罗蒙诺索夫海岭是其陆地领土的自然延伸。2007年夏末，北极海冰范围降至1979年有卫星观测记录以来的最低值。同年8月2日，俄罗斯“和平-1”号深潜器在北极点4261米深的海床上放置了一面钛合金国旗，带队的国家杜马副主席阿尔图尔·奇林加罗夫宣称“北极是俄罗斯的”。〔flag〕加拿大外长彼得·麦凯随即讽刺说：“这不是15世纪，你不能随便在世界上插一面旗子就宣称‘这是我们的领土’。”西方媒体由此炒作“北极争夺战”。2008年9月18日，时任俄罗斯总统德米特里·梅德韦杰夫批准《2020年前及更长期俄罗斯联邦北极国家政策基本原则》，进一步强化了外界对俄罗斯“北极扩张”的疑虑。〔basics2020〕
@p 为回应“北极争夺”之说，丹麦外交大臣佩尔·斯蒂格·默勒与格陵兰地方自治政府总理汉斯·埃诺克森邀请美国、俄罗斯、加拿大和挪威代表，于2008年5月27日至29日在格陵兰伊卢利萨特召开北冰洋会议，俄罗斯外长谢尔盖·拉夫罗夫、挪威外交大臣斯特勒等出席。五国于28日发表《伊卢利萨特宣言》，表示北冰洋沿岸国将在包括海洋法在内的现有国际法框架内处理重叠主张，并“认为没有必要发展新的综合性国际法律制度来治理北冰洋”〔ilulissat〕。默勒在会后强调，宣言的意义在于向世界表明不会有“北极争夺战”。但宣言将冰岛、芬兰、瑞典三个理事会成员国和各永久参与方排除在外，被批评为“北冰洋五国俱乐部”对理事会的架空。2010年3月29日，五国外长在加拿大魁北克省切尔西再次聚会，时任美国国务卿希拉里·克林顿当场批评会议未邀请其他利益攸关方，五国机制的政治合法性由此受到明显削弱。
=
@p 与“五国俱乐部”引发的争议相比，双边层面的争端解决取得了实质进展。挪威与苏联（俄罗斯）自20世纪70年代起就巴伦支海划界进行谈判，1978年1月曾签署“灰色区域”渔业临时安排。2010年9月15日，斯特勒与拉夫罗夫在摩尔曼斯克签署《挪威王国与俄罗斯联邦关于巴伦支海和北冰洋海洋划界与合作的条约》〔barents〕，按照“中间线加调整”的方式将约17.5万平方公里的争议海域大致平分。条约于2011年7月7日生效。拉夫罗夫将其视为北极国家通过谈判解决争端的范例，斯特勒则强调挪俄在巴伦支海的共同利益远大于分歧。
=
@h2 （二）从努克到基律纳：观察员扩容与中国身份的确立
=
@p 2011年5月12日，北极理事会第七次部长级会议在格陵兰首府努克举行。克林顿与内政部长肯·萨拉查一同出席，成为首位出席理事会部长级会议的美国国务卿。会议签署《北极海空搜救合作协定》，这是在理事会框架下谈判达成的第一项具有法律约束力的国际协定；会议还决定在特罗姆瑟设立常设秘书处，并提出了接纳新观察员的标准，要求申请者承认北极国家在北极的主权、主权权利和管辖权，承认海洋法是北冰洋的法律框架。〔nuuk〕这些标准后来被称为“努克标准”。
@p 中国在这一时期加紧了与北欧国家的双边外交。2012年4月20日，国务院总理温家宝访问冰岛，中冰两国政府签署关于北极合作的框架协议，这是中国与北极国家签署的第一份北极领域政府间合作文件。〔wen〕同年夏季，“雪龙”号在第五次北极科学考察中首次穿越北方海航道并访问冰岛。2013年4月15日，中冰两国在北京签署自由贸易协定，冰岛成为第一个同中国签署自贸协定的欧洲国家。相比之下，中挪关系因2010年10月8日的诺贝尔和平奖事件陷入冰冻，挪威虽未公开反对中国申请观察员，但双边高层往来几近中断。
=
@hard 2013年5月15日，北极理事会第八次部长级会议在瑞典基律纳举行，会议由瑞典外交大臣卡尔·比尔特主持。会议通过《基律纳宣言》和《北极海洋油污预防与反应合作协定》，批准了观察员手册，并决定接纳中国、印度、意大利、日本、韩国和新加坡六国为正式观察员；欧盟的申请则因海豹产品贸易禁令引发的争议被“推迟作出最终决定”，此后在2015年4月伊魁特部长级会议上仍未获批准。〔kiruna〕次日，中国外交部发言人表示，中方将以观察员身份积极参与理事会工作，为北极的和平、稳定和可持续发展作出贡献。对中国而言，从2007年的特别观察员到2013年的正式观察员，意味着其参与北极治理的身份获得了机制性确认；但观察员在理事会中没有表决权，其参与须以承认“努克标准”为前提，这也决定了中国的北极参与必须在尊重北极国家主权的框架下展开。
=
@h1 四、“冰上丝绸之路”与北极治理的变局（2013—2023）
=
@h2 （一）从“近北极国家”到“冰上丝绸之路”
=
@p 2013年以后，中国的北极参与从科学考察向经济合作快速拓展。2013年8月8日，中国远洋运输（集团）总公司所属“永盛”轮从大连港启航，经白令海峡和北方海航道，于同年9月10日抵达荷兰鹿特丹港，成为首艘经该航道完成亚欧航行的中国商船。〔yongsheng〕同年12月10日，中国—北欧北极研究中心在上海成立，中国极地研究中心与北欧五国的多家研究机构共同参与。
@pfw 亚马尔液化天然气项目是中俄北极能源合作的标志性工程。该项目位于亚马尔半岛东北部的萨别塔，由俄罗斯诺瓦泰克公司主导。⟦2013⟧年9月，中国石油天然气集团公司与诺瓦泰克公司签署协议，收购项目⟦20⟧%的股份，并于2014年初完成交割；2015年⟦12⟧月，丝路基金又购入9.9%的股份。〔yamalshare〕2016年4月29日，国家开发银行和中国进出口银行与项目公司签署了两份长期贷款协议。⟦2017⟧年⟦12⟧月⟦8⟧日，项目第一条生产线投产，首船液化天然气装船外运；〔yamalfirst〕2018年7月19日，首批经北方海航道运输的亚马尔液化天然气运抵中国石油江苏如东接收站。该项目带动了中国海工企业承建工艺模块、航运企业参与冰级运输船的投资运营，被视为“冰上丝绸之路”的早期收获。
=
@p 在政策层面，“冰上丝绸之路”的提出经历了一个从俄方倡议到中俄共识的过程。2017年6月20日，国家发展和改革委员会与国家海洋局联合发布《“一带一路”建设海上合作设想》，首次提出“积极推动共建经北冰洋连接欧洲的蓝色经济通道”。同年7月4日，国家主席习近平在莫斯科会见俄罗斯总理梅德韦杰夫时表示，中俄双方要开展北极航道合作，共同打造“冰上丝绸之路”；〔ximedvedev〕11月1日，习近平在北京再次会见梅德韦杰夫，双方就共同开发和利用北方海航道达成进一步共识。
@p 2018年1月26日，国务院新闻办公室发表《中国的北极政策》白皮书，外交部副部长孔铉佑在当天的新闻发布会上作了介绍。白皮书将中国界定为“陆上最接近北极圈的国家之一”和“近北极国家”，提出“尊重、合作、共赢、可持续”的基本原则，明确表示中国愿依托共建“一带一路”倡议，与各方共建“冰上丝绸之路”。〔whitepaper〕白皮书发布后不久，国家海洋局的职责在同年3月的国务院机构改革中整合进新组建的自然资源部，但中国极地研究中心和国家海洋局极地考察办公室的北极科考职能得以延续。
=
@cap 图2 北方海航道与“冰上丝绸之路”示意图
@capsrc 图片来源：编者根据公开资料绘制
=
@pfw 中国与北欧国家的合作也在这一时期得到恢复和深化。⟦2016⟧年⟦12⟧月⟦19⟧日，中挪两国政府发表关于两国关系正常化的声明，冻结6年之久的双边关系恢复正常；〔sinonor〕2017年1月1日，国际海事组织《国际极地水域操作船舶规则》正式生效，中国作为该组织的A类理事国参与了规则的制定；同年4月，挪威首相埃尔娜·索尔贝格访华。⟦2018⟧年⟦10⟧月3日，中国与北冰洋沿岸五国以及冰岛、日本、韩国和欧盟在伊卢利萨特签署《预防中北冰洋不管制公海渔业协定》，这是中国作为谈判方全程参与的第一项北极区域性条约；〔fish〕同月18日，由中国极地研究中心与冰岛研究中心共同建设的中—冰北极科学考察站在冰岛北部的卡尔霍尔正式运行。
=
@h2 （二）大国竞争、乌克兰危机与北极理事会的“暂停”
=
@p 然而，随着大国竞争加剧，北极治理的合作氛围明显转冷。2019年5月6日，美国国务卿迈克·蓬佩奥在罗瓦涅米发表题为《展望北方：聚焦美国的北极事务》的演讲，宣称“只存在北极国家和非北极国家，不存在第三类”，公开否定中国“近北极国家”的自我定位。〔pompeo〕次日举行的理事会第十一次部长级会议因美方反对在文件中提及气候变化，首次未能通过部长级宣言，仅由各国部长签署了一份简短的联合声明。同年8月，美国总统唐纳德·特朗普公开表示有意“购买”格陵兰，遭丹麦首相梅特·弗雷德里克森以“荒谬”一语回绝，特朗普随即于8月20日宣布推迟原定的访丹行程。
@p 格陵兰问题也折射出北极治理中“领土—自治”关系的复杂性。格陵兰自2009年6月21日起实行自治，在资源开发和对外经济合作上享有较大的自主权，但外交和防务仍由丹麦政府负责。中国企业曾先后参与格陵兰的矿产开发和机场建设项目，部分项目因丹麦和美国的安全关切而搁浅。格陵兰自治政府虽多次表示欢迎外国投资，却难以在大国安全博弈中保持独立的经济选择空间。
=nb
@p 俄罗斯同样加快了北极战略调整。此前，俄罗斯已于2018年底通过立法，授权国家原子能公司统筹北方海航道的开发与管理。2020年3月5日，俄罗斯总统弗拉基米尔·普京签署《2035年前俄罗斯联邦北极国家政策基本原则》；同年10月26日，又批准了《2035年前俄罗斯联邦北极地区发展和国家安全保障战略》。〔ru2035〕2021年5月20日，理事会第十二次部长级会议在雷克雅未克举行，通过了理事会成立以来的首份《战略计划（2021—2030年）》，俄罗斯接任2021—2023年轮值主席国。前一天，美国国务卿安东尼·布林肯与拉夫罗夫在雷克雅未克举行了拜登政府上台以来的首次美俄外长会晤，双方均表示希望北极保持“低紧张”状态。〔reykjavik〕
@p 2022年2月24日乌克兰危机全面升级后，北极成为俄罗斯与西方对抗的新前沿。除北极理事会工作暂停外，巴伦支欧洲-北极理事会也于同年3月9日宣布暂停与俄罗斯的合作。2022年5月18日，芬兰和瑞典同时申请加入北约；2023年4月4日，芬兰正式成为北约第31个成员国。至此，北极理事会八个成员国中除俄罗斯外已有六国是北约成员，瑞典的加入也只是时间问题。北欧五国在安全上的“北约化”，使北极的军事安全议题难以继续被排除在治理议程之外。
=
@p 2023年5月11日，挪威接任理事会轮值主席国，其高官委员会主席莫滕·赫格伦德表示，挪威的首要任务是确保北极理事会作为北极最重要的合作论坛得以存续。〔norway〕与此同时，中俄北极合作仍在推进。同年3月21日，习近平与普京在莫斯科签署《中华人民共和国和俄罗斯联邦关于深化新时代全面战略协作伙伴关系的联合声明》，双方同意加强在北方海航道开发利用方面的合作。〔sinoru〕此前，2019年4月，中国石油天然气集团公司和中国海洋石油集团有限公司已各取得“北极LNG-2”项目10%的股份。但在西方对俄制裁背景下，中国企业参与该项目的空间受到明显挤压，中国与北极国家的科学合作也面临“安全化”审查的压力。
=
@h1 结语
=
@p 回顾1920年至2023年的北极治理史，可以看到三条贯穿始终的线索。
@lead 第一，北极治理始终在“开放”与“封闭”之间摆动。
@p 《斯约》以“主权归一国、利用向各国开放”的方式开启了北极的条约治理，20世纪20年代的扇形原则和2008年的《伊卢利萨特宣言》则代表了沿岸国强化排他性管辖的倾向；北极理事会的观察员制度在2013年前后达到开放的高点，又在2022年以后因地缘政治对抗而明显收缩。
@p 第二，科学合作是北极治理最具韧性的部分。从1991年的《北极环境保护战略》到2017年5月11日在费尔班克斯签署的《加强北极国际科学合作协定》，科学议题一再成为打破政治僵局的突破口；即便在2022年以后，部分科学监测项目仍在有限恢复的框架下继续运行。
@p 第三，中国的北极身份经历了从“条约缔约国”到“观察员”再到“近北极国家”和“冰上丝绸之路”共建者的演变。1925年的加入、2004年黄河站的建立、2013年观察员地位的获得和2018年白皮书的发布，构成了这一演变的几个关键节点。
=
@p 展望未来，北冰洋最早可能在21世纪30年代出现夏季基本无冰的状态，北极治理的规则之争将更加激烈。中国应坚持在《联合国海洋法公约》和《斯约》等国际法框架内参与北极事务，在多边层面维护北极理事会等既有机制的权威，在双边层面稳妥推进中俄、中冰、中挪合作，以科学合作为先导，避免北极议题被简单纳入大国对抗的逻辑。
=
@notehead 注释
@notehint 向上滑动阅览
@NOTES
=
@end END
=
@end 排版：林小北
@end 审核：何一舟
=
@end 往期推荐
=
@end 格陵兰问题与美丹关系的历史演变（1941—2021）
@end “近北极国家”身份的国际法审视——以2018年《中国的北极政策》白皮书为中心
@end 俄罗斯北极战略的调整：从2008年“基本原则”到2020年“2035战略”
=
@end 阅读原文
=
@end 喜欢此内容的人还喜欢
@end 北方海航道通航形势观察：2022年以来的新变化
@end 极地国际观察
@end 斯瓦尔巴群岛的百年治理：写在《斯约》签署100周年之际
@end 极地国际观察
"""

NOTES = {
    "ac2023": "Arctic Council Secretariat, “Norway Takes Over Chairship of the Arctic Council,” May 11, 2023, https://arctic-council.org/news/norway-takes-over-chairship-of-the-arctic-council/ [2023-06-20].",
    "a7": "“Joint Statement on Arctic Council Cooperation Following Russia’s Invasion of Ukraine,” U.S. Department of State, March 3, 2022, https://www.state.gov/joint-statement-on-arctic-council-cooperation-following-russias-invasion-of-ukraine/ [2023-06-20].",
    "a7b": "“Joint Statement on Limited Resumption of Arctic Council Cooperation,” U.S. Department of State, June 8, 2022, https://www.state.gov/joint-statement-on-limited-resumption-of-arctic-council-cooperation/ [2023-06-20].",
    "treaty": "Treaty between Norway, the United States of America, Denmark, France, Italy, Japan, the Netherlands, Great Britain and Ireland and the British Overseas Dominions and Sweden concerning Spitsbergen, signed at Paris, February 9, 1920, League of Nations Treaty Series, Vol. 2, 1920, pp. 7-19.",
    "lu": "陆俊元：《北极地缘政治与中国应对》，北京：时事出版社，2010年，第15—42页。",
    "young": "Oran R. Young, “Governing the Arctic: From Cold War Theater to Mosaic of Cooperation,” Global Governance, Vol. 11, No. 1, 2005, pp. 9-15.",
    "koivurova": "Timo Koivurova, “Limits and Possibilities of the Arctic Council in a Rapidly Changing Scene of Arctic Governance,” Polar Record, Vol. 46, No. 2, 2010, pp. 146-156.",
    "nielsen": "Jens Petter Nielsen, “The Barents Region in Historical Perspective,” in Olav Schram Stokke and Ola Tunander, eds., The Barents Region: Cooperation in Arctic Europe, London: SAGE Publications, 1994, pp. 87-100.",
    "brady": "Anne-Marie Brady, China as a Polar Great Power, Cambridge: Cambridge University Press, 2017, pp. 3-12.",
    "mathisen": "Trygve Mathisen, Svalbard in International Politics 1871-1925, Oslo: Brøggers Boktrykkeri, 1954, pp. 98-126.",
    "ibid": "Ibid., pp. 168-195.",
    "svalbardlov": "Lov om Svalbard (svalbardloven), LOV-1925-07-17-11, https://lovdata.no/dokument/NL/lov/1925-07-17-11 [2023-05-30].",
    "archive": "《驻法使馆致外交部函》（1925年7月），台北“中央研究院”近代史研究所档案馆藏北洋政府外交部档案，馆藏号03-23-043-02-007。关于中国加入《斯约》的时间，国内文献有“1925年7月1日”与“1925年”两种表述，前者多见于21世纪初以后的报道，尚未见原始文书印证，本文暂取后者。",
    "liuzhang": "刘惠荣、张馨元：《斯瓦尔巴群岛海域的法律适用问题研究——以〈斯匹次卑尔根群岛条约〉为视角》，《中国海洋大学学报（社会科学版）》2009年第6期，第1—5页。",
    "poirier": "Debates of the Senate of the Dominion of Canada, 3rd Session, 10th Parliament, Ottawa, February 20, 1907, pp. 266-274.",
    "decree": "Постановление Президиума ЦИК СССР от 15 апреля 1926 г. «Об объявлении территорией Союза ССР земель и островов, расположенных в Северном Ледовитом океане» // Известия. 1926. 16 апреля.",
    "polarbear": "Agreement on the Conservation of Polar Bears, Oslo, November 15, 1973, International Legal Materials, Vol. 13, No. 1, 1974, pp. 13-18.",
    "gao": "一般认为，最早进入北极地区的中国人是地理学者高时浏，他于1951年到达北磁极附近进行地磁观测。20世纪50年代至80年代，另有少数中国学者以个人身份参加外国的北极考察，但相关记载多见于20世纪90年代以后的回忆文字，细节仍待档案印证。",
    "murmansk": "Речь М. С. Горбачева на торжественном собрании в Мурманске, посвященном вручению городу ордена Ленина и медали «Золотая Звезда», 1 октября 1987 г. // Правда. 1987. 2 октября. С. 1-2.",
    "young98": "Oran R. Young, Creating Regimes: Arctic Accords and International Governance, Ithaca and London: Cornell University Press, 1998, pp. 25-53.",
    "aeps": "Declaration on the Protection of Arctic Environment, Rovaniemi, June 14, 1991; Arctic Environmental Protection Strategy, Rovaniemi, June 14, 1991, https://oaarchive.arctic-council.org/handle/11374/1526 [2023-05-28].",
    "kirkenes": "Declaration on Cooperation in the Barents Euro-Arctic Region, Kirkenes, January 11, 1993, https://www.barentscooperation.org/en/About/Declarations [2023-05-28].",
    "ottawa": "Declaration on the Establishment of the Arctic Council, Ottawa, September 19, 1996, https://oaarchive.arctic-council.org/handle/11374/85 [2023-05-28].",
    "ottawaexpl": "该脚注原文为“The Arctic Council should not deal with matters related to military security”。据美方谈判代表回忆，美国代表团在1996年夏的最后几轮磋商中坚持写入这一限制，并以此作为签署宣言的前提。参见Evan T. Bloom, “Establishment of the Arctic Council,” American Journal of International Law, Vol. 93, No. 3, 1999, pp. 712-722。",
    "highnorth": "Norwegian Ministry of Foreign Affairs, The Norwegian Government’s High North Strategy, Oslo, December 1, 2006, p. 5.",
    "huanghe": "关于中国北极考察的早期历程，参见国家海洋局极地考察办公室编：《中国极地考察三十年》，北京：海洋出版社，2015年，第180—195页；黄河站启用的报道见《我国首个北极科学考察站建成启用》，《人民日报》2004年7月29日，第1版。",
    "flag": "C. J. Chivers, “Russians Plant Flag on the Arctic Seabed,” The New York Times, August 3, 2007, p. A8.",
    "basics2020": "Основы государственной политики Российской Федерации в Арктике на период до 2020 года и дальнейшую перспективу, утверждены Президентом Российской Федерации 18 сентября 2008 г. № Пр-1969 // Российская газета. 2009. 27 марта.",
    "ilulissat": "The Ilulissat Declaration, Arctic Ocean Conference, Ilulissat, Greenland, 27-29 May 2008, https://cil.nus.edu.sg/wp-content/uploads/2017/07/2008-Ilulissat-Declaration.pdf [2023-05-29].",
    "barents": "匡增军：《2010年俄挪北极海洋划界条约评析》，《东北亚论坛》2011年第5期，第45—53页。",
    "nuuk": "Nuuk Declaration, The Seventh Ministerial Meeting of the Arctic Council, Nuuk, Greenland, May 12, 2011; Agreement on Cooperation on Aeronautical and Maritime Search and Rescue in the Arctic, Nuuk, May 12, 2011.",
    "wen": "《温家宝与冰岛总理西于尔扎多蒂举行会谈》，《人民日报》2012年4月21日，第1版。",
    "kiruna": "Kiruna Declaration, The Eighth Ministerial Meeting of the Arctic Council, Kiruna, Sweden, May 15, 2013, https://oaarchive.arctic-council.org/handle/11374/93 [2023-05-29].",
    "yongsheng": "《“永盛”轮顺利抵达鹿特丹 中国商船首航北极东北航道成功》，《中国交通报》2013年9月12日，第1版。",
    "yamalshare": "中国石油天然气集团公司的收购协议签署于2013年9月二十国集团圣彼得堡峰会期间；丝路基金的股权收购协议签署于2015年12月，交割于2016年3月完成。参见《中俄能源合作的新里程碑》，《中国石油报》2016年3月16日，第2版。",
    "yamalfirst": "“Yamal LNG Ships First Cargo,” PAO NOVATEK, December 8, 2017, https://www.novatek.ru/en/press/releases/index.php?id_4=2069 [2023-06-01].",
    "ximedvedev": "《习近平会见俄罗斯总理梅德韦杰夫》，《人民日报》2017年7月5日，第1版。",
    "whitepaper": "中华人民共和国国务院新闻办公室：《中国的北极政策》，2018年1月26日，http://www.scio.gov.cn/zfbps/32832/Document/1618203/1618203.htm [2023-05-20]。",
    "sinonor": "《中华人民共和国政府和挪威王国政府关于两国关系正常化的声明》，《人民日报》2016年12月20日，第3版。",
    "fish": "Agreement to Prevent Unregulated High Seas Fisheries in the Central Arctic Ocean, Ilulissat, October 3, 2018.",
    "pompeo": "Michael R. Pompeo, “Looking North: Sharpening America’s Arctic Focus,” Rovaniemi, Finland, May 6, 2019, https://2017-2021.state.gov/looking-north-sharpening-americas-arctic-focus/ [2023-06-02].",
    "ru2035": "Указ Президента Российской Федерации от 05.03.2020 № 164 «Об Основах государственной политики Российской Федерации в Арктике на период до 2035 года», http://www.kremlin.ru/acts/bank/45255 [2023-06-05].",
    "reykjavik": "Reykjavík Declaration 2021, The Twelfth Ministerial Meeting of the Arctic Council, Reykjavík, Iceland, May 20, 2021; Arctic Council Strategic Plan 2021 to 2030, Reykjavík, May 20, 2021.",
    "norway": "“Norway’s Chairship of the Arctic Council 2023-2025,” Norwegian Ministry of Foreign Affairs, May 11, 2023, https://www.regjeringen.no/en/topics/foreign-affairs/arctic-council-chairship/id2962090/ [2023-06-20].",
    "sinoru": "《中华人民共和国和俄罗斯联邦关于深化新时代全面战略协作伙伴关系的联合声明》，《人民日报》2023年3月22日，第2版。",
}

BODY_TAGS = ("p", "pi", "pfw", "hard", "lead")
FW_TABLE = {ord(c): chr(ord(c) - ord("0") + 0xFF10) for c in "0123456789"}
MARK_RE = re.compile(r"〔([a-z0-9]+)〕")
CLOSING = set("，。、；：？！）》”’」』】…—%") | set(",.;:?!)]")
OPENING = set("（《“‘「『【") | set("([")


def em(ch):
    """Width of a character in em: ASCII half, everything else full."""
    return 0.5 if ord(ch) < 0x2000 and ch not in "“”‘’—…°" else 1.0


def tokens(text):
    """Split a line into unbreakable pieces: markers [n], runs of ASCII letters/digits, single chars."""
    out = []
    i = 0
    while i < len(text):
        m = re.match(r"\[\d+\]|[0-9A-Za-z.%]+", text[i:])
        if m:
            out.append(m.group(0))
            i += len(m.group(0))
        else:
            out.append(text[i])
            i += 1
    return out


def hard_wrap(text):
    """Break a paragraph the way the PDF's text layer had it (first line 34 em, then 36 em)."""
    lines, cur, w = [], "", 0.0
    limit = HARD_WIDTH_FIRST
    toks = tokens(text)
    for k, t in enumerate(toks):
        tw = sum(em(c) for c in t)
        if w + tw > limit and cur:
            # closing punctuation and markers hang on the line; opening ones move down
            if t[0] in CLOSING or t.startswith("["):
                cur += t
                w += tw
                continue
            carry = ""
            while cur and cur[-1] in OPENING:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur, w = carry + t, sum(em(c) for c in carry) + tw
            limit = HARD_WIDTH
        else:
            cur += t
            w += tw
    if cur:
        lines.append(cur)
    return lines


def parse():
    """Return list of (tag, text) with markers numbered and notes attached."""
    order = []
    blocks = []
    for raw in CONTENT.strip("\n").split("\n"):
        if raw == "=":
            blocks.append(("blank", ""))
        elif raw == "=nb":
            blocks.append(("blank-nbsp", "\u00a0"))
        else:
            m = re.match(r"@(\w+) ?(.*)$", raw)
            assert m, raw
            blocks.append((m.group(1), m.group(2)))
    for tag, text in blocks:
        for key in MARK_RE.findall(text):
            assert key in NOTES, key
            assert key not in order, "marker used twice: " + key
            order.append(key)
    num = {k: i + 1 for i, k in enumerate(order)}
    assert set(order) == set(NOTES), set(NOTES) ^ set(order)

    out = []  # (tag, line)
    for tag, text in blocks:
        text = MARK_RE.sub(lambda m: "[%d]" % num[m.group(1)], text)
        if tag == "pfw":
            text = re.sub(r"⟦([^⟧]*)⟧", lambda m: m.group(1).translate(FW_TABLE), text)
        assert "⟦" not in text
        if tag == "NOTES":
            i = 0
            while i < len(order):
                k = order[i]
                if k == MISSING_NOTE_KEY:
                    i += 1
                    continue
                if k == GLUED_NOTE_KEYS[0]:
                    k2 = order[i + 1]
                    assert k2 == GLUED_NOTE_KEYS[1]
                    out.append(("note-glued#%d+%d" % (num[k], num[k2]),
                                "[%d]%s[%d]%s" % (num[k], NOTES[k], num[k2], NOTES[k2])))
                    i += 2
                    continue
                out.append(("note#%d" % num[k], "[%d]%s" % (num[k], NOTES[k])))
                i += 1
        elif tag == "hard":
            hl = hard_wrap(text)
            for j, line in enumerate(hl):
                out.append(("body-hard%s" % (":P" if j == 0 else (":L" if j == len(hl) - 1 else "")), line))
        elif tag == "pi":
            out.append(("body-indent", "\u3000\u3000" + text))
        elif tag == "pfw":
            out.append(("body-fw", text))
        elif tag == "p":
            out.append(("body", text))
        else:
            out.append((tag, text))
    return out, order, num


def build():
    lines, order, num = parse()
    text = "\n".join(l for _, l in lines) + "\n"
    return text, lines, order, num


def check(text, lines, order, num):
    n_notes = len(order)
    assert 35 <= n_notes <= 55, n_notes
    assert 16000 <= len(text) <= 20000, len(text)
    split = text.split("\n")
    # body markers: [1]..[n] in order, each once, only in body lines
    body = [l for t, l in lines if t.startswith("body") or t == "lead"]
    found = [int(x) for l in body for x in re.findall(r"\[(\d+)\]", l)]
    assert found == list(range(1, n_notes + 1)), found
    # no brackets-with-number outside body and notes
    for t, l in lines:
        if not (t.startswith("body") or t.startswith("note")):
            assert not re.search(r"\[\d+\]", l), (t, l)
    # notes list: every number but the missing one, glued pair on one line
    note_lines = [l for t, l in lines if t.startswith("note#") or t.startswith("note-glued")]
    heads = [int(x) for l in note_lines for x in re.findall(r"^\[(\d+)\]", l)]
    missing = num[MISSING_NOTE_KEY]
    glued = [l for t, l in lines if t.startswith("note-glued")]
    assert len(glued) == 1
    g1, g2 = num[GLUED_NOTE_KEYS[0]], num[GLUED_NOTE_KEYS[1]]
    assert g2 == g1 + 1 and glued[0].startswith("[%d]" % g1) and ("[%d]" % g2) in glued[0]
    expect = [i for i in range(1, n_notes + 1) if i not in (missing, g2)]
    assert heads == expect, heads
    assert not any(l.startswith("[%d]" % missing) for l in split)
    # hard-broken paragraph: >= 8 lines of 30-40 code points (last may be shorter)
    hard = [l for t, l in lines if t.startswith("body-hard")]
    assert len(hard) >= 8
    for l in hard[:-1]:
        assert 30 <= len(l) <= 40, (len(l), l)
    src = [x for x in CONTENT.split("\n") if x.startswith("@hard ")][0][6:]
    assert "".join(hard) == MARK_RE.sub(lambda m: "[%d]" % num[m.group(1)], src)
    # a date cut by one of those hard breaks: "…到2013" | "年的正式观察员…"
    cut = [i for i in range(len(hard) - 1) if hard[i].endswith("2013") and hard[i + 1].startswith("年")]
    assert len(cut) == 1, cut
    # full-width digits: only in the two @pfw paragraphs, each mixing both widths
    fw_lines = [i for i, l in enumerate(split) if re.search("[\uff10-\uff19]", l)]
    assert len(fw_lines) == 2, fw_lines
    for i in fw_lines:
        assert lines[i][0] == "body-fw"
        assert re.search(r"[0-9]", split[i])
    assert sum(1 for t, _ in lines if t == "body-fw") == 2
    # ideographic indent only in section 二 (five paragraphs)
    ind = [i for i, l in enumerate(split) if l.startswith("\u3000")]
    assert len(ind) == 5 and all(lines[i][0] == "body-indent" for i in ind)
    # NBSP-only lines
    assert [l for l in split if "\u00a0" in l] == ["\u00a0", "\u00a0"]
    # lead-in on its own line
    leads = [l for t, l in lines if t == "lead"]
    assert leads == ["第一，北极治理始终在“开放”与“封闭”之间摆动。"]
    # captions
    assert sum(1 for l in split if l.startswith("图") and re.match(r"图\d ", l)) == 2
    assert sum(1 for l in split if l.startswith("图片来源：")) == 2
    # furniture anchors
    for s in ("点击上方蓝字关注我们", "END", "往期推荐", "阅读原文", "喜欢此内容的人还喜欢", "注释"):
        assert s in split, s
    assert split[1] == "极地国际观察  2023-10-16 08:00  发表于北京"
    assert not any(l != l.rstrip(" ") for l in split)
    return True


def stats(text, lines):
    han = lambda s: len(re.findall(r"[\u4e00-\u9fff]", s))
    body = [l for t, l in lines if t.startswith("body") or t == "lead"]
    notes = [l for t, l in lines if t.startswith("note#") or t.startswith("note-glued")]
    return {
        "chars": len(text),
        "bytes": len(text.encode("utf-8")),
        "lines": text.count("\n"),
        "body_lines": len(body),
        "body_han": sum(han(l) for l in body),
        "body_nonspace": sum(len(re.sub(r"\s", "", l)) for l in body),
        "note_lines": len(notes),
        "notes_nonspace": sum(len(re.sub(r"\s", "", l)) for l in notes),
        "notes_han": sum(han(l) for l in notes),
    }


def main():
    text, lines, order, num = build()
    check(text, lines, order, num)
    if "--check" in sys.argv:
        print(stats(text, lines), "markers:", len(order))
        return
    sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
    name = "h20_%s.txt" % sha[:8]
    for old in glob.glob(os.path.join(HERE, "h20_*.txt")):
        if os.path.basename(old) != name:
            os.remove(old)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print(name, sha, stats(text, lines), "markers:", len(order))
    if "--report" in sys.argv:
        for i, (t, l) in enumerate(lines, 1):
            show = l if len(l) <= 70 else l[:60] + " … " + l[-8:]
            print("%4d  %-18s %s" % (i, t, show.replace("\u00a0", "<NBSP>")))


if __name__ == "__main__":
    main()
