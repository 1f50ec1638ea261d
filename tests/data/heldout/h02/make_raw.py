#!/usr/bin/env python3
"""Build the raw (PDF-text-extraction-like) file for held-out article h02.

Standalone, standard library only, deterministic.  The clean content is held
below; it is typeset (hard-wrapped, paginated, with running headers and page
numbers) and damaged, then written as h02_<sha1[:8]>.txt next to this script.
Older h02_*.txt files in the folder are removed first.

Content conventions:
  {r:key}       bracketed citation marker, numbered by first appearance
  {r:a,b,c}     grouped citation -> [3-5] (runs of 3+) or [2，7]
  {r^:key}      superscript-like marker ^[n]
  # text        level-1 heading;  ## text  level-2 heading
  @ASCII        paragraph prefix: its full-width commas become ASCII commas
"""
import glob
import hashlib
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

PUA_DASH = "\uF02D"   # Symbol-font dash with no Unicode mapping

TITLE_LINES = [
    "中欧关系的演进与调整：从建交到《中欧全面投资",
    "协定》的冻结（1975—2021）",
]
SHORT_TITLE = "中欧关系的演进与调整"
JOURNAL_HEADER = "欧洲研究　2022年第5期"
FIRST_PAGE = 49

FRONT = [
    "顾清扬　许　敏",
    "（1. 东南大学中欧关系研究中心，南京 211189；2. 安徽师范大学欧洲研究所，芜湖 241002）",
    "摘　要：中欧关系自1975年建交以来经历了从经贸先行到全面战略伙伴关系、再到“合作伙伴、",
    "经济竞争者、制度性对手”三重定位的演进。1998年首次中欧领导人会晤开启了机制化进程，",
    "2003年双方建立全面战略伙伴关系，但对华军售禁令之争、经贸摩擦以及价值观分歧始终制约",
    "双边关系的深化。2013年《中欧合作2020战略规划》推动务实合作全面扩展，2020年底《中欧",
    "全面投资协定》谈判如期完成，次年却因制裁与反制裁而被欧洲议会冻结。在成员国层面，中德、",
    "中法关系长期发挥“压舱石”作用，中国—中东欧国家合作则引发欧方对“分化欧洲”的疑虑。本",
    "文认为，中欧关系的结构性张力源于欧盟对华认知的“安全化”与双方经济相互依赖之间的落差，",
    "未来需在竞争与合作之间重建稳定框架。",
    "关键词：中欧关系；全面战略伙伴关系；中欧全面投资协定；“17+1”合作；三重定位",
    "中图分类号：D822.35　　文献标识码：A　　文章编号：1004-9789（2022）05-0049-17",
]

FOOT = [
    "收稿日期：2022-06-18；修回日期：2022-08-30",
    "基金项目：国家社会科学基金一般项目“欧盟对华政策调整的国内政治基础研究”（21BGJ047）",
    "作者简介：顾清扬，东南大学中欧关系研究中心副教授；许敏，安徽师范大学欧洲研究所讲师。",
]

BODY = r"""
1975年5月，中国与欧洲经济共同体建立正式外交关系，迄今已近半个世纪。在这一时期，中欧关系从单纯的经贸往来发展为涵盖政治、经济、人文等领域的全方位关系，中欧双方先后建立了全面伙伴关系和全面战略伙伴关系，形成了以年度领导人会晤为核心、数十个对话机制为支撑的合作架构。{r:zhou2014}然而，进入21世纪第二个十年以后，欧盟对华认知发生明显变化，“系统性竞争”的话语逐渐占据上风，2019年欧方提出的“三重定位”更使中欧关系进入调整期。{r:cui2019,jin2020}本文以时间为序，梳理中欧关系近五十年的演进轨迹，并从欧盟机构与成员国两个层面考察其动力与制约，以期为理解当前中欧关系的困境提供历史参照。

关于中欧关系的既有研究大致可分为三类。第一类着眼于战略层面。美国学者沈大伟（David Shambaugh）在2004年提出中欧正在形成一条“新兴轴心”，认为双方在多极化和多边主义问题上的共识将推动中欧关系超越经贸范畴；{r:shambaugh2004}但十余年后，英国学者理查德·马赫（Richard Maher）则认为中欧“战略伙伴关系”始终难以落到实处，其根源在于双方在安全利益和政治价值上的深刻差异。{r:maher2016}沈大伟与马赫的判断相隔十二年，恰好折射出中欧关系从乐观走向审慎的轨迹。第二类着眼于欧盟对华政策的决策过程，强调欧盟机构、成员国和利益集团之间的博弈，意大利学者尼古拉·卡萨里尼（Nicola Casarini）对军售禁令之争的研究即属此类。{r:casarini2009}第三类着眼于中欧关系中的结构性因素，国内学者多从“不对称性”与“对称性”、“合作”与“竞争”的辩证关系出发加以分析。{r:zhou2004,cui2019}总体来看，既有研究或侧重于某一时段，或侧重于某一议题，对中欧关系近五十年演进的整体性梳理仍显不足，对欧盟机构与成员国两个层面互动的考察也有待深化。{r:shambaugh2004,maher2016,casarini2009}

# 一、从建交到伙伴关系：中欧关系的机制化起步（1975—2002）

## （一）建交与早期经贸框架

20世纪70年代初，中美关系缓和与中国恢复在联合国的合法席位，为中国与西欧国家发展关系创造了条件。1975年5月，欧洲共同体委员会副主席克里斯托弗·索姆斯（Christopher Soames）应邀访华，成为首位访问中国的欧共体委员会领导人。索姆斯在北京同中方领导人会谈后，双方于同年5月6日宣布建立正式外交关系。{r:chen2003}此后三年，即1978年4月3日，中国与欧共体在布鲁塞尔签订贸易协定，相互给予最惠国待遇；1985年5月21日，双方又签订《中华人民共和国和欧洲经济共同体贸易和经济合作协定》，将合作范围扩展至工业、农业、科技和能源等领域。这一协定至今仍是中欧经贸关系的基本法律文件之一。1988年10月，欧共体驻华代表团在北京正式开馆，中欧之间的制度化联系由此初具规模。

1989年6月，欧共体马德里首脑会议决定对华实施包括武器禁运在内的一系列制裁措施，中欧关系一度陷入低谷。不过，这一局面并未持续太久。1990年10月，欧共体外长理事会决定逐步取消除军售禁令以外的其他制裁措施；此后一年间，中欧高层往来和经贸合作陆续恢复。{r:chen2003,shambaugh2004}20世纪90年代初，冷战结束与德国统一改变了欧洲的战略环境，波兰、捷克、匈牙利等中欧国家纷纷开启向市场经济的转型，并把加入欧共体（欧盟）作为首要外交目标；而《马斯特里赫特条约》于1993年11月1日生效后，欧盟在对外关系上的整体性逐步增强，对华政策也开始摆脱单纯的经贸视角。

## （二）从“长期政策”到首次中欧领导人会晤

1994年7月，欧盟委员会发表《走向新亚洲战略》，首次把中国视为欧盟亚洲政策的重点。次年7月，欧盟委员会发布《中欧关系长期政策》，提出中欧关系“必须反映中国在世界及地区的经济和政治影响力”，主张通过“全面接触”把中国纳入国际体系。{r:ec1995}1998年3月25日，欧盟委员会又通过题为《与中国建立全面伙伴关系》的政策文件，建议将中欧关系提升到与欧美、欧日、欧俄关系同等的水平，并建立年度领导人会晤机制。{r:ec1998}

1998年4月2日，利用第二届亚欧会议在伦敦举行之机，国务院总理朱镕基与欧盟轮值主席国英国首相托尼·布莱尔（Tony Blair）、欧盟委员会主席雅克·桑特（Jacques Santer）举行首次中欧领导人会晤，并发表联合声明，决定此后每年举行一次会晤。{r:ec1998,zhou2004}朱镕基在会晤后表示，中方“愿同欧方建立面向21世纪的长期稳定的建设性伙伴关系”。1998—2002年，中欧领导人会晤每年如期举行，议题从贸易、投资逐步扩展至人权对话、非法移民和地区安全等领域。2000年5月19日，中国与欧盟就中国加入世界贸易组织达成双边协议，欧盟贸易委员帕斯卡尔·拉米（Pascal Lamy）与中国对外贸易经济合作部部长石广生在北京签署协议；次年12月11日，中国正式成为世界贸易组织成员。2001年9月5日，第四次中欧领导人会晤在布鲁塞尔举行，双方同意建立“全面伙伴关系”。{r:zhou2004}

# 二、全面战略伙伴关系的确立与曲折（2003—2012）

## （一）全面战略伙伴关系的确立

2003年被普遍视为中欧关系的“蜜月期”之始。当年9月10日，欧盟委员会发布《走向成熟的伙伴关系：中欧关系中的共同利益与挑战》，强调中欧在全球治理中的共同责任。{r:ec2003}同年10月13日，中国政府发表第一份《中国对欧盟政策文件》，这也是中国政府首次就对外关系的某一方面发表政策文件。文件开宗明义地指出，“中欧之间不存在根本的利害冲突，互不构成威胁”。{r:mfa2003}10月30日，第六次中欧领导人会晤在北京举行，国务院总理温家宝与欧盟轮值主席国意大利总理西尔维奥·贝卢斯科尼（Silvio Berlusconi）、欧盟委员会主席罗马诺·普罗迪（Romano Prodi）共同宣布建立“全面战略伙伴关系”，双方还签署了中国参与“伽利略”卫星导航计划的合作协定。{r:mfa2003,zhou2014,shambaugh2004}

次年5月，温家宝访问欧盟总部，在布鲁塞尔发表题为《大力发展中欧全面战略伙伴关系》的演讲，系统阐述了中方对“全面”“战略”“伙伴”三个词的理解。同年，欧盟取代日本成为中国最大的贸易伙伴。2004年5月1日，波兰、捷克、匈牙利等十国加入欧盟，欧盟成员国由15个增至25个，欧盟对华政策的内部协调也因此更加复杂。有学者指出，这一时期中欧双方对“战略伙伴关系”的理解并不一致：中方更看重欧洲作为多极化世界中“一极”的战略意义，欧方则更看重中国在国际规范和市场开放方面的“社会化”。{r:casarini2009}

## （二）对华军售禁令之争

对华军售禁令问题集中反映了中欧战略伙伴关系的内在限度。2003年12月，德国总理格哈德·施罗德（Gerhard Schröder）访华期间公开表示支持欧盟解除对华军售禁令，法国总统雅克·希拉克（Jacques Chirac）也持相同立场。同月12日，欧洲理事会布鲁塞尔会议责成总务理事会重新审议这一问题；然而，欧洲议会于2003年12月18日通过决议，以压倒性多数反对解除禁令。{r:casarini2009,shambaugh2004}2004年10月，希拉克访华期间再次表示，军售禁令“已不符合中欧关系的现实”。同年12月8日，第七次中欧领导人会晤在海牙举行，欧方在联合声明中确认了“继续朝着解除禁令的方向努力的政治意愿”。

但是，美国政府的强烈反对、欧盟内部部分成员国的疑虑以及欧洲议会的压力，使解禁进程在2005年春季后陷入停顿。2005年3月，美国国会众议院通过决议，警告欧盟解禁将损害跨大西洋关系；同年4月，欧洲议会再次通过决议反对解禁。11月，安格拉·默克尔（Angela Merkel）就任德国总理，德国政府的立场随之转向审慎。此后，军售禁令问题虽屡被中方提及，但已不再是欧盟议程上的现实选项。{r:casarini2009}施罗德在其回忆录中将解禁受挫归因于“大西洋两岸关系的政治逻辑”，而默克尔则更强调人权与价值观因素。军售禁令之争表明，在涉及安全和价值观的问题上，欧盟的对华政策始终受制于跨大西洋关系和内部共识。

## （三）经贸摩擦与“信心之旅”

随着贸易规模迅速扩大，中欧经贸摩擦日益增多。2005年1月1日纺织品配额取消后，中国纺织品对欧出口激增，欧方随即启动特别保障调查。同年6月10日，中国商务部部长薄熙来与欧盟贸易委员彼得·曼德尔森（Peter Mandelson）在上海签署《中欧关于纺织品贸易的谅解备忘录》，对10类纺织品设定了年度增长幅度。{r:mofcom2005}此后不久，大批超出配额的纺织品被滞留在欧洲港口，直至9月5日第八次中欧领导人会晤期间双方达成补充协议，这一被欧洲媒体称为“胸罩战争”的纠纷才告平息。

2006年10月24日，欧盟委员会发表对华政策文件《欧盟与中国：更紧密的伙伴，扩大的责任》，在肯定合作的同时，对中国的市场准入、知识产权保护和贸易顺差提出了更为明确的要求。{r:ec2006}2007年1月，中欧双方启动《伙伴关系与合作协定》谈判，试图以新的框架协定取代1985年的贸易和经济合作协定，但谈判此后长期停滞。同年9月23日，默克尔在总理府会见达赖喇嘛，中德关系一度受挫；直到次年1月，两国外长通电话后，中德关系才逐步回到正常轨道。2008年4月25日，首次中欧经济贸易高层对话在北京举行，国务院副总理王岐山与曼德尔森共同主持，中欧经贸合作由此增加了一个高层协调渠道。

2008年对中欧关系而言是颇为波折的一年。当年12月6日，法国总统尼古拉·萨科齐（Nicolas Sarkozy）以欧盟轮值主席国元首身份在波兰格但斯克会见达赖喇嘛。此前，中方已于11月26日宣布推迟原定12月1日在法国里昂举行的第十一次中欧领导人会晤。{r:maher2016}2009年1月27日至2月2日，温家宝对瑞士、德国、欧盟总部、西班牙和英国进行被称为“信心之旅”的访问，在国际金融危机背景下向欧洲传递合作信号。1月30日，温家宝在布鲁塞尔同欧盟委员会主席若泽·曼努埃尔·巴罗佐（José Manuel Barroso）举行会谈，强调“中欧之间没有根本利害冲突”。{r:rmrb2009}这次访问唯独绕开了法国，外界普遍将其解读为对萨科齐的回应。同年5月20日，推迟的第十一次会晤在布拉格举行，中欧关系恢复正常。

2010年以后，中欧关系的机制建设进一步完善。2010年9月1日，国务委员戴秉国与欧盟外交与安全政策高级代表凯瑟琳·阿什顿（Catherine Ashton）在贵州举行首轮中欧高级别战略对话。2012年4月18日，首轮中欧高级别人文交流对话在布鲁塞尔举行，国务委员刘延东与欧盟委员会负责教育、文化事务的委员共同主持，标志着高级别战略对话、经贸高层对话和人文交流对话“三大支柱”格局形成。{r:zhou2014}与此同时，欧洲主权债务危机在2010—2012年间持续发酵，中方多次表示支持欧元区稳定。2012年2月14日，温家宝在北京举行的第十四次中欧领导人会晤上表示，中国“愿意更多参与解决欧债问题”，这一表态在欧洲引起广泛反响。

# 三、《中欧合作2020战略规划》与务实合作的扩展（2013—2018）

## （一）光伏争端与《中欧合作2020战略规划》

2012年9月6日，欧盟委员会对产自中国的光伏产品发起反倾销调查，涉案金额超过200亿欧元，为当时中欧贸易史上规模最大的贸易救济案件。2013年6月4日，欧盟对中国光伏产品征收11.8%的临时反倾销税；次日，中国商务部宣布对原产于欧盟的葡萄酒发起反倾销调查。{r:liu2013}德国等成员国明确反对对华征收惩罚性关税，李克强在5月访德期间与默克尔就此深入沟通。经过多轮磋商，中欧双方于同年7月27日就光伏产品的价格承诺达成一致，一场可能升级为全面贸易战的争端得以化解。

2013年11月21日，第十六次中欧领导人会晤在北京举行，国务院总理李克强与欧洲理事会主席赫尔曼·范龙佩（Herman Van Rompuy）、欧盟委员会主席巴罗佐共同发表《中欧合作2020战略规划》。这份规划涵盖和平与安全、繁荣、可持续发展、人文交流四大领域，提出了近百项具体合作目标。{r:plan2020}会晤同时宣布启动中欧投资协定谈判。次年1月，首轮谈判在北京举行。按照双方设想，投资协定将取代中国与欧盟成员国此前分别签署的二十余个双边投资协定，为中欧双向投资提供统一的法律框架。{r:plan2020,zhou2014,ye2021}

2014年3月31日，国家主席习近平访问位于布鲁塞尔的欧盟总部，成为首位访问欧盟总部的中国国家元首。双方发表联合声明，决定打造“和平、增长、改革、文明四大伙伴关系”。{r:mfa2014}同年4月2日，中国政府发表第二份对欧盟政策文件《深化互利共赢的中欧全面战略伙伴关系》，提出中欧双方应“在更高水平上推动全面战略伙伴关系”。2015年6月29日，第十七次中欧领导人会晤在布鲁塞尔举行，双方同意推动“一带一路”倡议与欧洲投资计划对接，并建立中欧互联互通平台。同年3月，英国率先宣布申请加入亚洲基础设施投资银行，德国、法国、意大利随即跟进，显示出欧洲主要国家对华合作的积极姿态。

这一时期，中欧务实合作的“热度”在中英关系上表现得尤为明显。2015年10月，习近平对英国进行国事访问，两国宣布共同构建面向21世纪的全球全面战略伙伴关系，开启所谓中英关系“黄金时代”。然而，次年6月23日，英国举行脱欧公投，多数选民支持退出欧盟；2020年1月31日，英国正式退出欧盟。英国的离开不仅使欧盟失去了一个在对华经贸问题上相对开放的成员国，也改变了欧盟内部对华政策的力量对比，此后德国、法国在欧盟对华政策中的分量进一步上升。{r:jin2020}在气候变化领域，中欧双方于2015年6月29日发表气候变化联合声明，为同年12月巴黎气候大会达成协定作出了贡献；2018年7月16日，双方又发表《中欧领导人气候变化和清洁能源联合声明》，在美国宣布退出《巴黎协定》之后重申维护多边气候治理的共同立场。

## （二）“市场经济地位”问题与合作中的分歧

然而，务实合作的扩展并未消除双方在规则层面的分歧。2016年6月22日，欧盟委员会与欧盟外交与安全政策高级代表联合发布《欧盟对华新战略要素》，在强调“互利共赢”的同时，突出了“对等”“公平竞争”和“法治”等原则。{r:ec2016}围绕《中国加入世贸组织议定书》第15条的解读，中欧之间的分歧尤为突出：中方认为，该条款所规定的“替代国”做法应于2016年12月11日自动终止；欧方则拒绝如期给予中国“市场经济地位”。次日，即2016年12月12日，中方就欧盟反倾销“替代国”做法在世界贸易组织提起争端解决磋商请求。{r:ec2016,jin2020}

2017年6月2日，第十九次中欧领导人会晤在布鲁塞尔举行，双方虽在应对气候变化问题上表达了共同立场，但因在贸易等问题上存在分歧，会晤未能发表联合声明。同年12月20日，欧盟新的反倾销调查方法正式生效，以“严重市场扭曲”概念取代了“非市场经济国家”名单。2018年7月16日，第二十次中欧领导人会晤在北京举行，双方首次交换了投资协定的市场准入清单出价；同年12月18日，中国政府发表第三份《中国对欧盟政策文件》，重申“中欧是维护世界和平的两大力量、促进共同发展的两大市场、推动人类进步的两大文明”。{r:mfa2018}从2013年到2018年，中欧贸易额由5591亿美元增至6822亿美元，欧盟连续多年保持中国第一大贸易伙伴地位。

# 四、成员国层面：中德、中法关系与中国—中东欧国家合作

## （一）中德关系：经贸“压舱石”与政治审慎

德国是中国在欧洲最重要的经贸伙伴。中德两国于1972年10月11日建交，20世纪80年代以后，大众汽车等德国企业率先进入中国市场。2004年5月，温家宝访德期间，双方宣布在中欧全面战略伙伴关系框架内建立“具有全球责任的伙伴关系”。2010年7月，默克尔访华，两国发表《全面推进战略伙伴关系的联合公报》。次年6月28日，首轮中德政府磋商在柏林举行，温家宝率十余位部长与德方共同出席，德国由此成为第一个与中国建立政府磋商机制的国家。{r:zheng2017}2014年3月28日，习近平对德国进行国事访问，两国关系提升为“全方位战略伙伴关系”。

2016年，中国首次成为德国最大的贸易伙伴。但同年中国企业美的集团收购德国工业机器人企业库卡（KUKA）后，德国国内关于技术外流的担忧上升，德国政府于2017年7月修订《对外经济条例》，收紧对非欧盟投资者的审查。默克尔在任16年间12次访华，始终坚持“以接触促变化”的对华政策，被视为欧盟内部对华务实路线的代表。{r:zheng2017,ye2021}2020年下半年，德国担任欧盟轮值主席国，默克尔把完成中欧投资协定谈判列为轮值期的优先目标之一。

## （二）中法关系：战略自主与“欧洲主权”

法国是第一个同中华人民共和国建立大使级外交关系的西方大国。1964年1月27日，中法两国发表建交联合公报，夏尔·戴高乐（Charles de Gaulle）的这一决定在冷战背景下具有突破性意义。1997年5月，希拉克访华，两国宣布建立“全面伙伴关系”；2004年1月，国家主席胡锦涛对法国进行国事访问，中法关系提升为“全面战略伙伴关系”。{r:zhangji2019}2008年4月巴黎奥运火炬传递受阻以及同年12月萨科齐会见达赖喇嘛，曾使中法关系遭遇严重挫折。

2014年3月，习近平在中法建交50周年之际对法国进行国事访问。2018年1月，埃马纽埃尔·马克龙（Emmanuel Macron）首次对华进行国事访问，首站选在古都西安。马克龙既主张与中国在气候变化和多边主义问题上加强合作，又强调“欧洲主权”和对等原则。2019年3月，习近平再次访法，3月26日在巴黎与马克龙、默克尔和欧盟委员会主席让-克洛德·容克（Jean-Claude Juncker）举行中法德欧四方会晤，讨论全球治理与多边主义问题。{r:zhangji2019,mfa2019}马克龙此前曾表示，“欧洲对中国天真的时代已经结束”，这一表态反映了法国对华政策中合作与防范并存的两面性。

## （三）中国—中东欧国家合作：从“16+1”到“17+1”

2012年4月26日，温家宝在波兰首都华沙出席首次中国—中东欧国家领导人会晤，提出促进中国同中东欧国家友好合作的“十二项举措”，包括设立100亿美元专项贷款等，“16+1”合作机制由此启动。{r:liu2013}同年9月6日，中国—中东欧国家合作秘书处在北京成立。此后，领导人会晤每年举行一次：2013年11月在布加勒斯特发表《中国—中东欧国家合作布加勒斯特纲要》；2015年11月在苏州发表《中国—中东欧国家合作中期规划》；2017年11月在布达佩斯举行第六次会晤。{r:liu2013,long2020}2019年4月12日，在克罗地亚杜布罗夫尼克举行的第八次领导人会晤上，希腊正式加入，合作机制扩展为“17+1”。

在务实合作层面，基础设施和物流项目是中国—中东欧国家合作的重点。2013年11月，中国、匈牙利和塞尔维亚三国总理在布加勒斯特宣布合作建设匈塞铁路；2015年12月，匈塞铁路塞尔维亚段举行开工仪式。2016年8月，中国远洋海运集团完成对希腊比雷埃夫斯港港务局51%股权的收购，该港此后迅速成长为地中海地区最重要的集装箱港口之一，被中方视为“一带一路”倡议在欧洲的“龙头”项目。与此同时，中欧班列的开通与加密也使中东欧国家成为中欧陆路物流的枢纽：2011年3月首列“渝新欧”班列开行，到2018年中欧班列全年开行已超过6000列。{r:long2020}不过，部分项目进展迟缓、中东欧国家对华贸易逆差持续扩大等问题，也使一些国家对合作成效的评价趋于保留。

中国—中东欧国家合作在推动基础设施建设和贸易增长的同时，也在欧盟内部引发了担忧。部分西欧国家和欧盟机构认为，这一机制可能绕开布鲁塞尔、“分化欧洲”。2017年8月，德国外长西格马尔·加布里尔（Sigmar Gabriel）在巴黎公开呼吁中国奉行“一个欧洲”政策。{r:long2020}中方则多次强调，这一合作是中欧全面战略伙伴关系的组成部分和有益补充，遵循欧盟法律法规。值得注意的是，参与合作的中东欧国家内部差异很大：波兰、捷克、斯洛伐克、匈牙利等维谢格拉德集团的中欧国家与巴尔干国家的诉求明显不同，其中塞尔维亚、波黑等非欧盟成员对基础设施投资的期待更高。

2021年2月9日，习近平以视频方式主持中国—中东欧国家领导人峰会，这是该机制首次提升至元首级，但保加利亚、罗马尼亚、斯洛文尼亚以及波罗的海三国仅派部长级官员出席。同年5月22日，立陶宛宣布退出“17+1”合作机制，并呼吁其他成员国采取“27+1”的对华合作方式。{r:long2020,jin2020}2022年8月，爱沙尼亚和拉脱维亚亦宣布退出。中国—中东欧国家合作的起伏，折射出中美战略竞争加剧背景下部分中东欧国家对华认知的变化。

# 五、“三重定位”与《中欧全面投资协定》的冻结（2019—2021）

## （一）“三重定位”的提出

2019年3月12日，欧盟委员会与欧盟外交与安全政策高级代表联合发布《欧盟—中国：战略展望》，首次提出中国在不同政策领域分别是欧盟的“合作伙伴”“谈判伙伴”“经济竞争者”和“制度性对手”，中国学界通常概括为“三重定位”。{r:ec2019}同月，欧盟通过外国直接投资审查条例，建立成员国与欧盟委员会之间的投资审查合作机制，该条例于次年10月11日起全面实施。{r:fdi2019}与此同时，意大利于3月23日同中国签署共建“一带一路”谅解备忘录，成为首个签署此类文件的七国集团国家，这在欧盟内部引发争议。

2019年4月9日，第二十一次中欧领导人会晤在布鲁塞尔举行，李克强与欧洲理事会主席唐纳德·图斯克（Donald Tusk）、欧盟委员会主席容克共同出席。会晤发表的联合声明指出，双方“致力于在2020年达成高水平的中欧投资协定”，这一表述为此后的谈判设定了明确时间表。{r:ec2019,ye2021}同年12月1日，乌尔苏拉·冯德莱恩（Ursula von der Leyen）就任欧盟委员会主席，宣称要领导一个“地缘政治委员会”；同日，约瑟普·博雷利（Josep Borrell）就任欧盟外交与安全政策高级代表。博雷利此后多次表示，欧盟需要学会“使用权力的语言”。

## （二）投资协定谈判的完成与冻结

２０２０年初暴发的新冠疫情一度打乱了中欧关系的议程。原定于当年9月在德国莱比锡举行的中国与欧盟全体成员国领导人会晤被迫取消。6月22日，第二十二次中欧领导人会晤以视频方式举行，李克强与欧洲理事会主席夏尔·米歇尔（Charles Michel）、欧盟委员会主席冯德莱恩出席；9月14日，习近平与默克尔、米歇尔、冯德莱恩举行视频会晤，双方当天正式签署《中欧地理标志协定》。{r:xinhua2020}冯德莱恩在会晤后表示，欧方在市场准入等问题上“仍有许多工作要做”。

疫情还使中欧之间的“叙事之争”公开化。2020年3月24日，博雷利在个人博客上发文，称围绕抗疫援助存在一场“全球叙事之争”，欧洲必须意识到其中包含的“地缘政治因素”。同年4月，欧洲议会部分议员要求欧盟委员会调查所谓涉华“虚假信息”问题。{r:jin2020}另一方面，中国在疫情暴发初期向意大利、塞尔维亚等国提供的医疗物资援助，在当地民众中赢得了积极评价，塞尔维亚总统武契奇（Aleksandar Vučić）甚至在机场亲吻中国国旗以示感谢。欧方对此种“口罩外交”的疑虑，与其对供应链安全的担忧相互交织，成为此后欧盟提出“开放性战略自主”概念的重要背景。

@ASCII2020年12月30日，习近平同德国总理默克尔、法国总统马克龙、欧洲理事会主席米歇尔、欧盟委员会主席冯德莱恩举行视频会晤，中欧双方共同宣布如期完成中欧投资协定谈判。历时7年、35轮的谈判至此告一段落。{r:xinhua2020,ec2020}按照欧盟委员会公布的原则性协议文本，中方在制造业、金融服务、新能源汽车、私立医院等领域作出市场准入承诺，并在国有企业行为、强制技术转让、补贴透明度以及可持续发展等方面作出承诺，其中包括“为批准国际劳工组织关于强迫劳动的基本公约持续作出努力”。值得一提的是，美国候任国家安全事务助理杰克·沙利文（Jake Sullivan）曾于12月21日发文，希望欧方在协定问题上与拜登政府“尽早磋商”，但欧方最终仍如期宣布完成谈判。

然而，协定的批准很快陷入僵局。2021年3月22日，欧盟理事会以所谓新疆人权问题为由，对中国4名个人和1个实体实施制裁，这是1989年以来欧盟首次对华采取制裁措施。中方当天宣布对欧方10名人员和4个实体实施反制裁，其中包括5名欧洲议会议员、欧洲议会人权分委会和欧盟理事会政治与安全委员会。{r:ep2021}中国驻欧盟使团发言人随即表示，中方的反制措施是对欧方“基于谎言和虚假信息”的制裁作出的“正当回应”。5月4日，欧盟委员会执行副主席瓦尔季斯·东布罗夫斯基斯（Valdis Dombrovskis）表示，欧委会推动协定批准的努力“已经暂停”。同月20日，欧洲议会以599票赞成、30票反对、58票弃权通过决议，在中方取消对欧洲议会议员的制裁之前，冻结对协定的审议。{r:ep2021,ye2021}

2021年下半年，中欧关系的紧张态势并未缓和。同年11月，立陶宛允许台湾当局以“台湾”名义设立所谓“代表处”，中方随即将中立两国外交关系降为代办级；12月1日，欧盟推出“全球门户”计划，被普遍视为对“一带一路”倡议的回应。2022年1月27日，欧盟就中国与立陶宛的贸易限制问题在世界贸易组织提起诉讼。{r:jin2020,ep2021}同年4月1日，第二十三次中欧领导人会晤以视频方式举行，习近平在会见米歇尔和冯德莱恩时强调，中欧应“为动荡的世界局势提供稳定因素”。

# 结　语

回顾中欧关系近五十年的历程，可以发现三条贯穿始终的主线。第一，经济相互依赖是中欧关系最稳定的基础。从1978年的贸易协定到2020年完成的投资协定谈判，经贸合作始终是中欧关系的“压舱石”{r:xinhua2020,ec2020,ep2021}，德国、法国等主要成员国的对华务实政策也主要由经济利益驱动。第二，安全与价值观问题是中欧关系最主要的制约因素。从1989年的军售禁令到2021年的制裁与反制裁，欧盟对华政策的“政治化”与“安全化”倾向周期性地打断经贸合作的进程。{r:maher2016,cui2019}第三，欧盟机构与成员国之间、成员国彼此之间的利益差异，使欧盟对华政策呈现出多层次、不一致的特点，中国—中东欧国家合作的起伏即是明证。

展望未来，中欧关系能否走出“三重定位”框架下的结构性困境，既取决于欧盟能否在战略自主与跨大西洋关系之间找到平衡，也取决于中欧双方能否在竞争与合作之间重建稳定的制度框架。《中欧全面投资协定》虽被冻结，但其谈判成果仍为双方未来的经贸规则对接提供了重要基础。在这一意义上，中欧关系的“调整期”或许也是重新界定双边关系的“窗口期”。

从更长的时段看，中欧关系的历次低谷——无论是20世纪80年代末的制裁、2008年底的会晤推迟，还是2021年的制裁与反制裁——最终都未能从根本上改变双方相互需要的基本格局。每一次低谷之后，经贸合作的内在动力和全球治理的共同议程都推动中欧关系重新回到对话轨道。正因如此，中欧关系的未来走向既不应被过度乐观地描绘为“新兴轴心”，也不应被简单地归入“新冷战”的叙事框架，而需要在承认分歧的前提下，寻找管控分歧、扩大合作的现实路径。
"""

# key -> GB/T 7714 entry text (without the [n] label)
REFS = {
    "zhou2014": "周弘. 中欧关系研究报告（2014）：盘点战略伙伴关系十年[M]. 北京: 社会科学文献出版社, 2014.",
    "cui2019": "崔洪建. 欧盟对华政策的“三重定位”及其影响[J]. 国际问题研究, 2019(4): 62-79.",
    "jin2020": "金玲. 欧盟对华政策调整：新阶段、新特征与新挑战[J]. 国际问题研究, 2020(4): 48-66.",
    "chen2003": "陈志敏, 古斯塔夫·盖拉茨. 欧洲联盟对外政策一体化：不可能的使命？[M]. 北京: 时事出版社, 2003: 215-238.",
    "shambaugh2004": "SHAMBAUGH D. China and Europe: The Emerging Axis[J]. Current History, 2004, 103(674): 243-248.",
    "ec1995": "European Commission. A Long Term Policy for China-Europe Relations: COM(95) 279 final[R]. Brussels: European Commission, 1995.",
    "ec1998": "European Commission. Building a Comprehensive Partnership with China: COM(1998) 181 final[R]. Brussels: European Commission, 1998.",
    "zhou2004": "周弘. 论中欧伙伴关系中的不对称性与对称性[J]. 欧洲研究, 2004(2): 1-15.",
    "ec2003": "European Commission. A Maturing Partnership: Shared Interests and Challenges in EU-China Relations: COM(2003) 533 final[R]. Brussels: European Commission, 2003.",
    "mfa2003": "中华人民共和国外交部. 中国对欧盟政策文件[EB/OL]. (2003-10-13)[2022-05-10]. https://www.mfa.gov.cn/web/ziliao_674904/tytj_674911/zcwj_674915/t27708.shtml.",
    "casarini2009": "CASARINI N. Remaking Global Order: The Evolution of Europe-China Relations and Its Implications for East Asia and the United States[M]. Oxford: Oxford University Press, 2009: 127-150.",
    "mofcom2005": "中华人民共和国商务部. 中欧签署关于纺织品贸易的谅解备忘录[EB/OL]. (2005-06-11)[2022-05-12]. http://www.mofcom.gov.cn/article/ae/ai/200506/20050600126913.shtml.",
    "ec2006": "European Commission. EU-China: Closer Partners, Growing Responsibilities: COM(2006) 631 final[R]. Brussels: European Commission, 2006.",
    "maher2016": "MAHER R. The Elusive EU-China Strategic Partnership[J]. International Affairs, 2016, 92(4): 959-976.",
    "rmrb2009": "温家宝同欧盟委员会主席巴罗佐举行会谈[N]. 人民日报, 2009-01-31(1).",
    "liu2013": "刘作奎. 中国与中东欧合作：问题与对策[J]. 国际问题研究, 2013(5): 74-85.",
    "plan2020": "中欧合作2020战略规划[EB/OL]. (2013-11-23)[2022-05-10]. http://www.gov.cn/jrzg/2013-11/23/content_2533293.htm.",
    "ye2021": "叶斌. 《中欧全面投资协定》的谈判进程、主要内容与前景[J]. 欧洲研究, 2021, 39(2): 1-24.",
    "mfa2014": "中华人民共和国外交部. 深化互利共赢的中欧全面战略伙伴关系——中国对欧盟政策文件[EB/OL]. (2014-04-02)[2022-05-10]. https://www.mfa.gov.cn/web/ziliao_674904/tytj_674911/zcwj_674915/t1143397.shtml.",
    "ec2016": "European Commission, High Representative of the Union for Foreign Affairs and Security Policy. Elements for a New EU Strategy on China: JOIN(2016) 30 final[R]. Brussels, 2016.",
    "mfa2018": "中华人民共和国外交部. 中国对欧盟政策文件[EB/OL]. (2018-12-18)[2022-05-11]. https://www.mfa.gov.cn/web/zyxw/t1622890.shtml.",
    "zheng2017": "郑春荣. 默克尔时期德国对华政策的延续与调整[J]. 德国研究, 2017, 32(3): 4-19.",
    "zhangji2019": "张骥. 中法关系的历史经验与战略定位[J]. 国际问题研究, 2019(2): 33-47.",
    "mfa2019": "习近平同法国总统马克龙共同出席中法全球治理论坛闭幕式[N]. 人民日报, 2019-03-27(1).",
    "long2020": "龙静. 中国—中东欧国家合作的发展历程与前景[J]. 欧洲研究, 2020, 38(6): 92-113.",
    "ec2019": "European Commission, High Representative of the Union for Foreign Affairs and Security Policy. EU-China: A Strategic Outlook: JOIN(2019) 5 final[R]. Strasbourg, 2019.",
    "fdi2019": "European Parliament, Council of the European Union. Regulation (EU) 2019/452 Establishing a Framework for the Screening of Foreign Direct Investments into the Union[J]. Official Journal of the European Union, 2019, 62(L79I): 1-14.",
    "xinhua2020": "习近平同德国法国和欧盟领导人举行视频会晤[N]. 人民日报, 2020-12-31(1).",
    "ec2020": "European Commission. EU-China Comprehensive Agreement on Investment: Agreement in Principle[EB/OL]. (2020-12-30)[2022-05-20]. https://trade.ec.europa.eu/doclib/press/index.cfm?id=2237.",
    "ep2021": "European Parliament. Resolution of 20 May 2021 on Chinese Countersanctions on EU Entities and MEPs and MPs: P9_TA(2021)0255[EB/OL]. (2021-05-20)[2022-05-21]. https://www.europarl.europa.eu/doceo/document/TA-9-2021-0255_EN.html.",
}

# words hyphenated (with U+2043-free plain ASCII hyphen) when they hit a
# reference-list line end: word -> index of the split
HYPHENATE = {
    "Comprehensive": 5, "Partnership": 7, "Responsibilities": 8,
    "Implications": 4, "Relations": 3, "Establishing": 6,
    "Countersanctions": 7, "Investments": 6, "University": 5,
    "Challenges": 4, "International": 5,
}

ENGLISH = [
    "The Evolution and Adjustment of China-EU Relations: From the Establishment of",
    "Diplomatic Ties to the Freezing of the Comprehensive Agreement on Investment (1975-2021)",
    "GU Qingyang1   XU Min2",
    "(1. Centre for China-EU Relations, Southeast University, Nanjing 211189, China;",
    "2. Institute of European Studies, Anhui Normal University, Wuhu 241002, China)",
    "Abstract: Since the establishment of diplomatic relations in 1975, China-EU relations have evolved from "
    "trade-led contacts to a comprehensive strategic partnership and, since 2019, to the triple framing of "
    "partner, economic competitor and systemic rival. The first China-EU summit in 1998 launched the "
    "institutionalisation of the relationship, and the two sides established a comprehensive strategic "
    "partnership in 2003. The debate over the arms embargo, recurrent trade frictions and divergent values, "
    "however, have constrained its deepening. The EU-China 2020 Strategic Agenda for Cooperation adopted in "
    "2013 broadened practical cooperation, and negotiations on the Comprehensive Agreement on Investment were "
    "concluded on schedule at the end of 2020, only to be frozen by the European Parliament in 2021 after "
    "sanctions and countersanctions. At the level of member states, relations with Germany and France have long "
    "served as ballast, while cooperation between China and Central and Eastern European countries raised "
    "European concerns about a divided Europe. The article argues that the structural tension stems from the "
    "gap between the securitisation of the EU's perception of China and the economic interdependence of the "
    "two sides.",
    "Key words: China-EU relations; comprehensive strategic partnership; Comprehensive Agreement on "
    "Investment; 17+1 cooperation; triple framing",
]

BODY_WIDTH = 34.0      # em per body line
REF_WIDTH = 40.0       # em per reference line (smaller type)
EN_WIDTH = 96          # ASCII chars per English line
LINES_PER_PAGE = 38    # body lines per full page
REF_LINES_PER_PAGE = 44
FIRST_PAGE_BODY = 14   # body lines on the first page (after front matter)

CLOSING = set("，。、；：？！）”’》」』】,.;:?!)]%")
OPENING = set("（“‘《「『【([")


def ch_width(c):
    if ord(c) < 128:
        return 0.5
    if unicodedata.east_asian_width(c) in ("W", "F"):
        return 1.0
    return 1.0 if ord(c) >= 0x2000 else 0.5


def tokens(text):
    """Split into unbreakable tokens: ASCII word/number runs and markers
    stay whole, every CJK char is its own token."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "^" and text[i + 1:i + 2] == "[" or c == "[" and "]" in text[i:i + 12]:
            j = text.index("]", i) + 1
            out.append(text[i:j])
            i = j
        elif "\uff10" <= c <= "\uff19":
            j = i
            while j < n and "\uff10" <= text[j] <= "\uff19":
                j += 1
            out.append(text[i:j])
            i = j
        elif ord(c) < 128 and c not in " ":
            j = i
            while j < n and ord(text[j]) < 128 and text[j] not in " [^":
                j += 1
            if j == i:
                j = i + 1
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


def wrap_cjk(text, width):
    lines, cur, w = [], "", 0.0
    for t in tokens(text):
        tw = sum(ch_width(c) for c in t)
        if cur and w + tw > width:
            # closing punctuation and (superscript) markers hang past
            # the margin
            if len(t) == 1 and t in CLOSING or t.startswith(("[", "^[")):
                cur += t
                w += tw
                continue
            # opening punctuation does not end a line
            if cur[-1] in OPENING and len(cur) > 1:
                lines.append(cur[:-1])
                cur, w = cur[-1], ch_width(cur[-1])
            else:
                lines.append(cur)
                cur, w = "", 0.0
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


def wrap_ref(text, width):
    """Reference entries: Latin words wrap at spaces (long listed words are
    hyphenated), URLs break anywhere, CJK breaks anywhere."""
    parts = []  # (chunk, is_space)
    buf = ""
    for c in text:
        if c == " ":
            if buf:
                parts.append(buf)
                buf = ""
            parts.append(" ")
        elif ord(c) >= 128:
            if buf:
                parts.append(buf)
                buf = ""
            parts.append(c)
        else:
            buf += c
    if buf:
        parts.append(buf)
    lines, cur, w = [], "", 0.0
    for p in parts:
        pw = sum(ch_width(c) for c in p)
        if p == " ":
            if cur:
                cur += " "
                w += pw
            continue
        if w + pw <= width or not cur:
            if pw > width:  # URL longer than a line: break anywhere
                for c in p:
                    if w + ch_width(c) > width:
                        lines.append(cur.rstrip())
                        cur, w = "", 0.0
                    cur += c
                    w += ch_width(c)
                continue
            cur += p
            w += pw
            continue
        if len(p) == 1 and p in CLOSING:
            cur += p
            w += pw
            continue
        core = p.rstrip(".,:;)")
        if core in HYPHENATE:
            k = HYPHENATE[core]
            head = p[:k] + "-"
            if w + sum(ch_width(c) for c in head) <= width:
                lines.append(cur + head)
                cur = p[k:]
                w = sum(ch_width(c) for c in cur)
                continue
        if p.startswith("http"):
            # URLs are broken where the line ends, no hyphen
            for c in p:
                if w + ch_width(c) > width:
                    lines.append(cur.rstrip())
                    cur, w = "", 0.0
                cur += c
                w += ch_width(c)
            continue
        lines.append(cur.rstrip())
        cur, w = p, pw
    if cur:
        lines.append(cur.rstrip())
    return lines


def wrap_ascii(text, width):
    words, lines, cur = text.split(" "), [], ""
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > width:
            lines.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd) if cur else wd
    if cur:
        lines.append(cur)
    return lines


def fmt_group(nums):
    nums = sorted(set(nums))
    runs, start = [], nums[0]
    prev = start
    for x in nums[1:] + [None]:
        if x is not None and x == prev + 1:
            prev = x
            continue
        if prev - start >= 2:
            runs.append("%d-%d" % (start, prev))
        else:
            runs.extend(str(y) for y in range(start, prev + 1))
        if x is not None:
            start = prev = x
    return "[" + "，".join(runs) + "]"


def resolve_citations(body):
    order = {}
    out, i = [], 0
    while True:
        j = body.find("{r", i)
        if j < 0:
            out.append(body[i:])
            break
        out.append(body[i:j])
        k = body.index("}", j)
        spec = body[j + 1:k]
        sup = spec.startswith("r^:")
        keys = spec.split(":", 1)[1].split(",")
        nums = []
        for key in keys:
            if key not in order:
                order[key] = len(order) + 1
            nums.append(order[key])
        out.append(("^" if sup else "") + fmt_group(nums))
        i = k + 1
    missing = set(REFS) - set(order)
    if missing:
        raise SystemExit("uncited refs: %s" % sorted(missing))
    return "".join(out), sorted(order, key=order.get)


def build():
    body, ref_order = resolve_citations(BODY.strip("\n"))
    # one superscript-like marker, as some PDFs render ^[n]
    sup_target = "中国学界通常概括为“三重定位”。["
    assert body.count(sup_target) == 1
    body = body.replace(sup_target, sup_target[:-1] + "^[")

    body = damage(body)

    body_lines = []  # (text, kind)
    for para in body.split("\n\n"):
        para = para.strip()
        if para.startswith("## "):
            body_lines.append((para[3:], "h2"))
            continue
        if para.startswith("# "):
            body_lines.append((para[2:], "h1"))
            continue
        if para.startswith("@ASCII"):
            para = para[len("@ASCII"):].replace("，", ",")
        for ln in wrap_cjk(para, BODY_WIDTH):
            body_lines.append((ln, "body"))

    ref_lines = [("参考文献：", "refhead")]
    for n, key in enumerate(ref_order, 1):
        entry = "[%d] %s" % (n, REFS[key])
        for k, ln in enumerate(wrap_ref(entry, REF_WIDTH)):
            ref_lines.append((ln, "ref%d" % n))

    en_lines = []
    for para in ENGLISH:
        if len(para) > EN_WIDTH:
            en_lines.extend(wrap_ascii(para, EN_WIDTH))
        else:
            en_lines.append(para)

    # ---- pagination ----
    pages = []
    page_no = FIRST_PAGE
    first = list(TITLE_LINES) + FRONT + [t for t, _ in body_lines[:FIRST_PAGE_BODY]] + FOOT
    pages.append(first)
    rest = body_lines[FIRST_PAGE_BODY:]
    while rest:
        pages.append([t for t, _ in rest[:LINES_PER_PAGE]])
        rest = rest[LINES_PER_PAGE:]
    # references continue on the last body page; a page break that falls
    # in the reference list is moved back so that it cuts an entry
    cur = pages[-1]
    cap = LINES_PER_PAGE
    refs = ref_lines
    while refs:
        room = cap - len(cur)
        if room >= len(refs):
            cur.extend(t for t, _ in refs)
            break
        take = room
        while take > 1 and refs[take][1] != refs[take - 1][1]:
            take -= 1
        if take >= 1 and refs[take][1] == refs[take - 1][1]:
            cur.extend(t for t, _ in refs[:take])
            refs = refs[take:]
        cur = []
        pages.append(cur)
        cap = REF_LINES_PER_PAGE
    pages[-1].extend(en_lines)

    out = []
    for idx, lines in enumerate(pages):
        p = FIRST_PAGE + idx
        out.extend(lines)
        if idx > 0:
            out.append(JOURNAL_HEADER if p % 2 == 0 else SHORT_TITLE)
        out.append(str(p))
    text = "\n\n".join(out) + "\n"
    return text, pages


def damage(text):
    """Damage applied to the clean body text before typesetting."""
    # PUA glyph in place of the dash of a year range
    tgt = "1998—2002年，中欧领导人会晤"
    assert text.count(tgt) == 1, tgt
    text = text.replace(tgt, "1998" + PUA_DASH + "2002年，中欧领导人会晤")
    # full-width digits in one more date
    tgt = "同年12月18日，中国政府发表第三份"
    assert text.count(tgt) == 1, tgt
    text = text.replace(tgt, "同年１２月１８日，中国政府发表第三份")
    return text


def main():
    text, pages = build()
    for old in glob.glob(os.path.join(HERE, "h02_*.txt")):
        os.remove(old)
    h = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    path = os.path.join(HERE, "h02_%s.txt" % h)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(path)
    print("chars=%d lines=%d" % (len(text), text.count("\n")))
    if "--report" in sys.argv:
        lines = text.split("\n")
        probes = sys.argv[sys.argv.index("--report") + 1:]
        for i, ln in enumerate(lines, 1):
            if any(p in ln for p in probes):
                print("%4d: %s" % (i, ln))


if __name__ == "__main__":
    main()
