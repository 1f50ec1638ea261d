"""Parsed references as GB/T 7714-2015 and Chicago entries: real notes of the corpus (corpus/*.txt,
tests/data/constructed/*.txt), each CSL item as the parser made it, and the entries worked out by
hand from the two styles' rules."""

from __future__ import annotations

import json

import pytest

from pipeline.app.citation_style import STYLES, format_reference
from tests.conftest import ROOT

RUNS = [ROOT / "tests" / "data" / "stored_run" / f"{name}.jsonl" for name in ("corpus", "constructed")]  # the stored runs

CASES = [  # CSL item of a real note (the note above it), GB/T 7714-2015 entry, Chicago bibliography entry
    # 001 p1:① “Relations with Japan,” NATO, July 28, 2023, https://www.nato.int/cps/en/natohq/topics_50336.htm
    #   [2023-03-01].
    pytest.param(
        {"URL": "https://www.nato.int/cps/en/natohq/topics_50336.htm", "accessed": {"date-parts": [[2023, 3, 1]]},
         "language": "en", "style": "en_quoted_title", "title": "Relations with Japan", "container-title": "NATO",
         "issued": {"date-parts": [[2023, 7, 28]]}, "type": "webpage"},
        "NATO. Relations with Japan[EB/OL]. (2023-07-28)[2023-03-01]. https://www.nato.int/cps/en/natohq/topics_50336.htm.",
        '"Relations with Japan." NATO, July 28, 2023. Accessed March 1, 2023. '
        "https://www.nato.int/cps/en/natohq/topics_50336.htm.",
        id="webpage-site-full-date"),
    # 001 p1:④ 「林外務大臣のNATO外相会合出席（結果）」、外務省、https://www.mofa.go.jp/mofaj/erp/ep/page1_001128.html
    #   [2023-03-01].
    pytest.param(
        {"URL": "https://www.mofa.go.jp/mofaj/erp/ep/page1_001128.html", "accessed": {"date-parts": [[2023, 3, 1]]},
         "language": "ja", "style": "ja_corner_title", "title": "林外務大臣のNATO外相会合出席（結果）",
         "container-title": "外務省", "type": "webpage"},
        "外務省. 林外務大臣のNATO外相会合出席（結果）[EB/OL]. [2023-03-01]. "
        "https://www.mofa.go.jp/mofaj/erp/ep/page1_001128.html.",
        "“林外務大臣のNATO外相会合出席（結果）.” 外務省. Accessed March 1, 2023. "
        "https://www.mofa.go.jp/mofaj/erp/ep/page1_001128.html.",
        id="webpage-ja-no-date"),
    # 001 p7:⑥ “Interim National Security Strategic Guidance,” THE WHITE HOUSE, March, 2021,
    #   <https://www.whitehouse.gov/wp-content/uploads/2021/03/NSC-1v2.pdf> [2023-05-01].
    pytest.param(
        {"URL": "https://www.whitehouse.gov/wp-content/uploads/2021/03/NSC-1v2.pdf",
         "accessed": {"date-parts": [[2023, 5, 1]]}, "language": "en", "style": "en_quoted_title",
         "title": "Interim National Security Strategic Guidance", "container-title": "THE WHITE HOUSE",
         "issued": {"date-parts": [[2021, 3]]}, "type": "webpage"},
        "THE WHITE HOUSE. Interim National Security Strategic Guidance[EB/OL]. (2021-03)[2023-05-01]. "
        "https://www.whitehouse.gov/wp-content/uploads/2021/03/NSC-1v2.pdf.",
        '"Interim National Security Strategic Guidance." THE WHITE HOUSE, March 2021. Accessed May 1, 2023. '
        "https://www.whitehouse.gov/wp-content/uploads/2021/03/NSC-1v2.pdf.",
        id="webpage-year-month"),
    # 001 p2:② “Defense of Japan 2022,” Ministry of Defense, 2022,
    #   https://www.mod.go.jp/en/publ/w_paper/wp2022/DOJ2022_EN_Full_02.pdf [2023-05-01]。
    pytest.param(
        {"URL": "https://www.mod.go.jp/en/publ/w_paper/wp2022/DOJ2022_EN_Full_02.pdf",
         "accessed": {"date-parts": [[2023, 5, 1]]}, "language": "en", "style": "en_quoted_title",
         "title": "Defense of Japan 2022", "container-title": "Ministry of Defense", "issued": {"date-parts": [[2022]]},
         "type": "webpage"},
        "Ministry of Defense. Defense of Japan 2022[EB/OL]. (2022)[2023-05-01]. "
        "https://www.mod.go.jp/en/publ/w_paper/wp2022/DOJ2022_EN_Full_02.pdf.",
        '"Defense of Japan 2022." Ministry of Defense, 2022. Accessed May 1, 2023. '
        "https://www.mod.go.jp/en/publ/w_paper/wp2022/DOJ2022_EN_Full_02.pdf.",
        id="webpage-year-only"),
    # 002 p14:⑤ 《习近平同法国总统马克龙举行会谈》，新华网，2023年4月6日，
    #   http://www.news.cn/politics/leaders/2023-04/06/c_1129499920.htm [2023-06-10]。
    pytest.param(
        {"URL": "http://www.news.cn/politics/leaders/2023-04/06/c_1129499920.htm",
         "accessed": {"date-parts": [[2023, 6, 10]]}, "language": "zh", "style": "zh_book_title",
         "title": "习近平同法国总统马克龙举行会谈", "publisher": "新华网", "issued": {"date-parts": [[2023, 4, 6]]},
         "type": "webpage"},
        "新华网. 习近平同法国总统马克龙举行会谈[EB/OL]. (2023-04-06)[2023-06-10]. "
        "http://www.news.cn/politics/leaders/2023-04/06/c_1129499920.htm.",
        "“习近平同法国总统马克龙举行会谈.” 新华网, April 6, 2023. Accessed June 10, 2023. "
        "http://www.news.cn/politics/leaders/2023-04/06/c_1129499920.htm.",
        id="webpage-zh-site"),
    # 001 p10:① Scott W. Harold, Mathieu Duchâtel, Jeffrey W. Hornung, Veerle Nouwens, Alexandra Sakaki, Michito
    #   Tsuruoka, “Expanding Japan-Europe Defense Cooperation: Implications for the U.S.-Japan Alliance,” RAND, 2022,
    #   https://www.rand.org/pubs/conf_proceedings/CFA2070-2.html [2023-05-01].  (parse_note: no claim cites it)
    pytest.param(
        {"URL": "https://www.rand.org/pubs/conf_proceedings/CFA2070-2.html", "accessed": {"date-parts": [[2023, 5, 1]]},
         "language": "en", "style": "en_quoted_title",
         "title": "Expanding Japan-Europe Defense Cooperation: Implications for the U.S.-Japan Alliance",
         "author": [{"literal": "Scott W. Harold"}, {"literal": "Mathieu Duchâtel"}, {"literal": "Jeffrey W. Hornung"},
                    {"literal": "Veerle Nouwens"}, {"literal": "Alexandra Sakaki"}, {"literal": "Michito Tsuruoka"}],
         "container-title": "RAND", "issued": {"date-parts": [[2022]]}, "type": "webpage"},
        "HAROLD S W, DUCHÂTEL M, HORNUNG J W, et al. Expanding Japan-Europe Defense Cooperation: Implications for the "
        "U.S.-Japan Alliance[EB/OL]. RAND, 2022[2023-05-01]. https://www.rand.org/pubs/conf_proceedings/CFA2070-2.html.",
        "Harold, Scott W., Mathieu Duchâtel, Jeffrey W. Hornung, Veerle Nouwens, Alexandra Sakaki, and Michito "
        'Tsuruoka. "Expanding Japan-Europe Defense Cooperation: Implications for the U.S.-Japan Alliance." RAND, 2022. '
        "Accessed May 1, 2023. https://www.rand.org/pubs/conf_proceedings/CFA2070-2.html.",
        id="webpage-six-western-authors"),
    # c02 refs:1 德国联邦统计局。中国连续第八年成为德国最重要的贸易伙伴[EB/OL]. (2024-02-16)[2024-05-20].
    #   https://www.destatis.de/DE/Presse/Pressemitteilungen/2024/02/PD24_054_51.html.
    pytest.param(
        {"URL": "https://www.destatis.de/DE/Presse/Pressemitteilungen/2024/02/PD24_054_51.html",
         "accessed": {"date-parts": [[2024, 5, 20]]}, "language": "zh", "style": "gbt7714", "type_code": "EB",
         "type": "webpage", "title": "中国连续第八年成为德国最重要的贸易伙伴", "author": [{"literal": "德国联邦统计局"}],
         "issued": {"date-parts": [[2024, 2, 16]]}},
        "德国联邦统计局. 中国连续第八年成为德国最重要的贸易伙伴[EB/OL]. (2024-02-16)[2024-05-20]. "
        "https://www.destatis.de/DE/Presse/Pressemitteilungen/2024/02/PD24_054_51.html.",
        "德国联邦统计局. “中国连续第八年成为德国最重要的贸易伙伴.” February 16, 2024. Accessed May 20, 2024. "
        "https://www.destatis.de/DE/Presse/Pressemitteilungen/2024/02/PD24_054_51.html.",
        id="webpage-gbt-organization"),
    # c02 refs:40 VON DER LEYEN U. Speech by President von der Leyen on EU-China Relations to the Mercator Institute
    #   for China Studies and the European Policy Centre[EB/OL]. (2023-03-30) [2024-05-20].
    #   https://ec.europa.eu/commission/presscorner/detail/en/speech_23_2063.
    pytest.param(
        {"URL": "https://ec.europa.eu/commission/presscorner/detail/en/speech_23_2063",
         "accessed": {"date-parts": [[2024, 5, 20]]}, "language": "en", "style": "gbt7714", "type_code": "EB",
         "type": "webpage",
         "title": "Speech by President von der Leyen on EU-China Relations to the Mercator Institute for China Studies "
                  "and the European Policy Centre",
         "author": [{"literal": "VON DER LEYEN U"}], "issued": {"date-parts": [[2023, 3, 30]]}},
        "VON DER LEYEN U. Speech by President von der Leyen on EU-China Relations to the Mercator Institute for China "
        "Studies and the European Policy Centre[EB/OL]. (2023-03-30)[2024-05-20]. "
        "https://ec.europa.eu/commission/presscorner/detail/en/speech_23_2063.",
        'von der Leyen, U. "Speech by President von der Leyen on EU-China Relations to the Mercator Institute for '
        'China Studies and the European Policy Centre." March 30, 2023. Accessed May 20, 2024. '
        "https://ec.europa.eu/commission/presscorner/detail/en/speech_23_2063.",
        id="webpage-gbt-western-name-particle"),
    # c03 p1:① SIPRI, “Trends in International Arms Transfers, 2023,” SIPRI Fact Sheet, March 2024,
    #   https://www.sipri.org/publications/2024/sipri-fact-sheets/trends-international-arms-transfers-2023 [2024-06-15].
    pytest.param(
        {"URL": "https://www.sipri.org/publications/2024/sipri-fact-sheets/trends-international-arms-transfers-2023",
         "accessed": {"date-parts": [[2024, 6, 15]]}, "language": "en", "style": "en_quoted_title",
         "title": "Trends in International Arms Transfers, 2023", "author": [{"literal": "SIPRI"}],
         "container-title": "SIPRI Fact Sheet", "issued": {"date-parts": [[2024, 3]]}, "type": "webpage"},
        "SIPRI. Trends in International Arms Transfers, 2023[EB/OL]. SIPRI Fact Sheet, 2024(2024-03)[2024-06-15]. "
        "https://www.sipri.org/publications/2024/sipri-fact-sheets/trends-international-arms-transfers-2023.",
        'SIPRI. "Trends in International Arms Transfers, 2023." SIPRI Fact Sheet, March 2024. Accessed June 15, 2024. '
        "https://www.sipri.org/publications/2024/sipri-fact-sheets/trends-international-arms-transfers-2023.",
        id="webpage-author-and-site"),
    # c03 p3:② Joint Statement on the Occasion of the Visit of the President of the Russian Federation to India, New
    #   Delhi, December 21, 2010, https://www.mea.gov.in/bilateral-documents.htm?dtl/5080 [2024-06-15].
    pytest.param(
        {"URL": "https://www.mea.gov.in/bilateral-documents.htm?dtl/5080", "accessed": {"date-parts": [[2024, 6, 15]]},
         "language": "en", "type": "webpage"},
        "[EB/OL]. [2024-06-15]. https://www.mea.gov.in/bilateral-documents.htm?dtl/5080.",
        "Accessed June 15, 2024. https://www.mea.gov.in/bilateral-documents.htm?dtl/5080.",
        id="webpage-url-only"),
    # 001 p4:① 参见李薇主编：《日本研究报告（2014）》，社会科学文献出版社2014年版，第95页。
    pytest.param(
        {"language": "zh", "style": "zh_book_title", "title": "日本研究报告（2014）", "author": [{"literal": "李薇"}],
         "publisher": "社会科学文献出版社", "issued": {"date-parts": [[2014]]}, "page": "95", "type": "book"},
        "李薇. 日本研究报告（2014）[M]. 社会科学文献出版社, 2014: 95.",
        "李薇. 日本研究报告（2014）. 社会科学文献出版社, 2014.",
        id="book-one-chinese-author"),
    # c05 refs:35 曹云华、唐翀：《新中国—东盟关系论》，世界知识出版社2005年版，第45—52页。
    pytest.param(
        {"language": "zh", "style": "zh_book_title", "title": "新中国—东盟关系论",
         "author": [{"literal": "曹云华"}, {"literal": "唐翀"}], "publisher": "世界知识出版社",
         "issued": {"date-parts": [[2005]]}, "page": "45-52", "type": "book"},
        "曹云华, 唐翀. 新中国—东盟关系论[M]. 世界知识出版社, 2005: 45-52.",
        "曹云华 and 唐翀. 新中国—东盟关系论. 世界知识出版社, 2005.",
        id="book-two-chinese-authors"),
    # c02 refs:5 潘琪昌。百年中德关系[M]. 北京：世界知识出版社，2006: 213-220.
    pytest.param(
        {"language": "zh", "style": "gbt7714", "type_code": "M", "type": "book", "title": "百年中德关系",
         "author": [{"literal": "潘琪昌"}], "publisher": "世界知识出版社", "publisher-place": "北京", "page": "213-220",
         "issued": {"date-parts": [[2006]]}},
        "潘琪昌. 百年中德关系[M]. 北京: 世界知识出版社, 2006: 213-220.",
        "潘琪昌. 百年中德关系. 北京: 世界知识出版社, 2006.",
        id="book-gbt-place"),
    # c04 p4:④ 翟强：《中国与1961—1962年日内瓦会议》，《冷战国际史研究》第6辑，世界知识出版社2008年版。
    pytest.param(
        {"language": "zh", "style": "zh_book_title", "title": "中国与1961—1962年日内瓦会议", "author": [{"literal": "翟强"}],
         "container-title": "冷战国际史研究", "publisher": "世界知识出版社", "issued": {"date-parts": [[2008]]},
         "type": "book"},
        "翟强. 中国与1961—1962年日内瓦会议[M]//冷战国际史研究. 世界知识出版社, 2008.",
        "翟强. “中国与1961—1962年日内瓦会议.” In 冷战国际史研究. 世界知识出版社, 2008.",
        id="book-part-of-collection"),
    # c01 p1:① 陈弘：《澳大利亚“印太”战略的形成与发展》，载《国际问题研究》2019年第4期，第51—64页。
    pytest.param(
        {"language": "zh", "style": "zh_book_title", "title": "澳大利亚“印太”战略的形成与发展", "author": [{"literal": "陈弘"}],
         "container-title": "国际问题研究", "issued": {"date-parts": [[2019]]}, "issue": "4", "page": "51-64",
         "type": "article-journal"},
        "陈弘. 澳大利亚“印太”战略的形成与发展[J]. 国际问题研究, 2019(4): 51-64.",
        "陈弘. “澳大利亚‘印太’战略的形成与发展.” 国际问题研究, no. 4 (2019): 51–64.",
        id="journal-inner-quotes"),
    # c02 refs:24 丁纯，纪昊楠。中欧全面投资协定：进展、障碍与前景[J]. 国际经济评论，2021(3): 112-130.
    pytest.param(
        {"language": "zh", "style": "gbt7714", "type_code": "J", "type": "article-journal",
         "title": "中欧全面投资协定：进展、障碍与前景", "author": [{"literal": "丁纯"}, {"literal": "纪昊楠"}],
         "container-title": "国际经济评论", "issue": "3", "page": "112-130", "issued": {"date-parts": [[2021]]}},
        "丁纯, 纪昊楠. 中欧全面投资协定：进展、障碍与前景[J]. 国际经济评论, 2021(3): 112-130.",
        "丁纯 and 纪昊楠. “中欧全面投资协定：进展、障碍与前景.” 国际经济评论, no. 3 (2021): 112–130.",
        id="journal-gbt-two-chinese-authors"),
    # 002 p13:① 小野寺五典「核使用の恫喝から目を背ける」、『VOICE』2022年7月号、56頁。
    pytest.param(
        {"language": "ja", "style": "ja_corner_title", "title": "核使用の恫喝から目を背ける",
         "author": [{"literal": "小野寺五典"}], "container-title": "VOICE", "issued": {"date-parts": [[2022, 7]]},
         "page": "56", "type": "article-journal"},
        "小野寺五典. 核使用の恫喝から目を背ける[J]. VOICE, 2022: 56.",
        "小野寺五典. “核使用の恫喝から目を背ける.” VOICE, July 2022, 56.",
        id="journal-ja-monthly"),
    # c05 refs:36 Jürgen Rüland, “ASEAN and the Asian Crisis: Theoretical Implications and Practical Consequences for
    #   Southeast Asian Regionalism,” The Pacific Review, Vol. 13, No. 3, 2000, pp. 421–451.
    pytest.param(
        {"language": "en", "style": "en_quoted_title",
         "title": "ASEAN and the Asian Crisis: Theoretical Implications and Practical Consequences for Southeast Asian "
                  "Regionalism",
         "author": [{"literal": "Jürgen Rüland"}], "container-title": "The Pacific Review", "page": "421-451",
         "type": "article-journal"},
        "RÜLAND J. ASEAN and the Asian Crisis: Theoretical Implications and Practical Consequences for Southeast Asian "
        "Regionalism[J]. The Pacific Review: 421-451.",
        'Rüland, Jürgen. "ASEAN and the Asian Crisis: Theoretical Implications and Practical Consequences for '
        'Southeast Asian Regionalism." The Pacific Review, 421–451.',
        id="journal-western-no-date"),
    # c03 p1:⑥ 同上，第16页。  (the previous note: 赵伯乐：《苏联与南亚：冷战时期的政策与实践》，载《南亚研究》1998年第2期，
    #   第12—18页。)
    pytest.param(
        {"language": "zh", "style": "zh_book_title", "title": "苏联与南亚：冷战时期的政策与实践", "author": [{"literal": "赵伯乐"}],
         "container-title": "南亚研究", "issued": {"date-parts": [[1998]]}, "issue": "2", "type": "article-journal",
         "page": "16", "ibid": True},
        "赵伯乐. 苏联与南亚：冷战时期的政策与实践[J]. 南亚研究, 1998(2): 16.",
        "赵伯乐. “苏联与南亚：冷战时期的政策与实践.” 南亚研究, no. 2 (1998): 16.",
        id="journal-ibid"),
    # c04 p9:⑥ 《中国政府被迫停止对越经济技术援助》，《人民日报》1978年7月4日，第1版。
    pytest.param(
        {"language": "zh", "style": "zh_book_title", "title": "中国政府被迫停止对越经济技术援助", "container-title": "人民日报",
         "issued": {"date-parts": [[1978, 7, 4]]}, "page": "1", "type": "article-newspaper"},
        "中国政府被迫停止对越经济技术援助[N]. 人民日报, 1978-07-04(1).",
        "人民日报. “中国政府被迫停止对越经济技术援助.” July 4, 1978.",
        id="newspaper-zh-unsigned"),
    # c02 refs:31 新华社。李强同德国总理朔尔茨共同主持第七轮中德政府磋商[N]. 人民日报，2023-06-21(1).
    pytest.param(
        {"language": "zh", "style": "gbt7714", "type_code": "N", "type": "article-newspaper",
         "title": "李强同德国总理朔尔茨共同主持第七轮中德政府磋商", "author": [{"literal": "新华社"}],
         "container-title": "人民日报", "section": "1", "issued": {"date-parts": [[2023, 6, 21]]}},
        "新华社. 李强同德国总理朔尔茨共同主持第七轮中德政府磋商[N]. 人民日报, 2023-06-21(1).",
        "新华社. “李强同德国总理朔尔茨共同主持第七轮中德政府磋商.” 人民日报, June 21, 2023.",
        id="newspaper-gbt-section"),
    # 002 p5:② 「日仏、安保で連携強化」、『読売新聞』2023年1月10日。
    pytest.param(
        {"language": "ja", "style": "ja_corner_title", "title": "日仏、安保で連携強化", "container-title": "読売新聞",
         "issued": {"date-parts": [[2023, 1, 10]]}, "type": "article-newspaper"},
        "日仏、安保で連携強化[N]. 読売新聞, 2023-01-10.",
        "読売新聞. “日仏、安保で連携強化.” January 10, 2023.",
        id="newspaper-ja-unsigned"),
    # 002 p14:④ Herszenhorn and Momtaz,“NATO leaders see rising threats from China, but not eye to eye with each
    #   other，”Politico, June 14, 2021,
    #   https://www.politico.eu/article/nato-leaders-see-rising-threats-from-china-but-not-eye-to-eye-with-each-other/
    #   [2023-06-10].
    pytest.param(
        {"URL": "https://www.politico.eu/article/nato-leaders-see-rising-threats-from-china-but-not-eye-to-eye-with-each-other/",
         "accessed": {"date-parts": [[2023, 6, 10]]}, "language": "en", "style": "en_quoted_title",
         "title": "NATO leaders see rising threats from China, but not eye to eye with each other",
         "author": [{"literal": "Herszenhorn"}, {"literal": "Momtaz"}], "container-title": "Politico",
         "issued": {"date-parts": [[2021, 6, 14]]}, "type": "article-newspaper"},
        "HERSZENHORN, MOMTAZ. NATO leaders see rising threats from China, but not eye to eye with each other[N/OL]. "
        "Politico, 2021-06-14[2023-06-10]. "
        "https://www.politico.eu/article/nato-leaders-see-rising-threats-from-china-but-not-eye-to-eye-with-each-other/.",
        'Herszenhorn and Momtaz. "NATO leaders see rising threats from China, but not eye to eye with each other." '
        "Politico, June 14, 2021. "
        "https://www.politico.eu/article/nato-leaders-see-rising-threats-from-china-but-not-eye-to-eye-with-each-other/.",
        id="newspaper-online-two-western-surnames"),
    # c03 p3:① Rajat Pandit, “India Pulls Out of FGFA Project with Russia,” The Times of India, April 21, 2018.
    pytest.param(
        {"language": "en", "style": "en_quoted_title", "title": "India Pulls Out of FGFA Project with Russia",
         "author": [{"literal": "Rajat Pandit"}], "container-title": "The Times of India",
         "issued": {"date-parts": [[2018, 4, 21]]}, "type": "article-newspaper"},
        "PANDIT R. India Pulls Out of FGFA Project with Russia[N]. The Times of India, 2018-04-21.",
        'Pandit, Rajat. "India Pulls Out of FGFA Project with Russia." Times of India, April 21, 2018.',
        id="newspaper-one-western-author"),
    # c02 refs:2 Die Bundesregierung. China-Strategie der Bundesregierung[R/OL]. Berlin: Auswärtiges Amt,
    #   2023[2024-05-20]. https://www.auswaertiges-amt.de/resource/blob/2608578/810fdade376b1467f20bdb697b2acd58/
    #   china-strategie-data.pdf.
    pytest.param(
        {"URL": "https://www.auswaertiges-amt.de/resource/blob/2608578/810fdade376b1467f20bdb697b2acd58/china-strategie-data.pdf",
         "accessed": {"date-parts": [[2024, 5, 20]]}, "language": "en", "style": "gbt7714", "type_code": "R",
         "type": "report", "title": "China-Strategie der Bundesregierung", "author": [{"literal": "Die Bundesregierung"}],
         "publisher": "Auswärtiges Amt", "publisher-place": "Berlin", "issued": {"date-parts": [[2023]]}},
        "Die Bundesregierung. China-Strategie der Bundesregierung[R/OL]. Berlin: Auswärtiges Amt, 2023[2024-05-20]. "
        "https://www.auswaertiges-amt.de/resource/blob/2608578/810fdade376b1467f20bdb697b2acd58/china-strategie-data.pdf.",
        "Die Bundesregierung. China-Strategie der Bundesregierung. Berlin: Auswärtiges Amt, 2023. "
        "https://www.auswaertiges-amt.de/resource/blob/2608578/810fdade376b1467f20bdb697b2acd58/china-strategie-data.pdf.",
        id="report-online"),
    # c02 refs:42 KRATZ A, ZENGLEIN M J, SEBASTIAN G, et al. The Chosen Few: A Fresh Look at European FDI in China[R].
    #   New York: Rhodium Group, 2023.  (the parser keeps the three names, not the "et al.")
    pytest.param(
        {"language": "en", "style": "gbt7714", "type_code": "R", "type": "report",
         "title": "The Chosen Few: A Fresh Look at European FDI in China",
         "author": [{"literal": "KRATZ A"}, {"literal": "ZENGLEIN M J"}, {"literal": "SEBASTIAN G"}],
         "publisher": "Rhodium Group", "publisher-place": "New York", "issued": {"date-parts": [[2023]]}},
        "KRATZ A, ZENGLEIN M J, SEBASTIAN G. The Chosen Few: A Fresh Look at European FDI in China[R]. "
        "New York: Rhodium Group, 2023.",
        "Kratz, A., M. J. Zenglein, and G. Sebastian. The Chosen Few: A Fresh Look at European FDI in China. "
        "New York: Rhodium Group, 2023.",
        id="report-three-western-authors"),
    # c02 refs:21 European Commission. EU-China: A Strategic Outlook[R/OL]. (2019-03-12)[2024-05-20].
    #   https://commission.europa.eu/system/files/2019-03/communication-eu-china-a-strategic-outlook.pdf.
    pytest.param(
        {"URL": "https://commission.europa.eu/system/files/2019-03/communication-eu-china-a-strategic-outlook.pdf",
         "accessed": {"date-parts": [[2024, 5, 20]]}, "language": "en", "style": "gbt7714", "type_code": "R",
         "type": "report", "title": "EU-China: A Strategic Outlook", "author": [{"literal": "European Commission"}]},
        "European Commission. EU-China: A Strategic Outlook[R/OL]. [2024-05-20]. "
        "https://commission.europa.eu/system/files/2019-03/communication-eu-china-a-strategic-outlook.pdf.",
        "European Commission. EU-China: A Strategic Outlook. Accessed May 20, 2024. "
        "https://commission.europa.eu/system/files/2019-03/communication-eu-china-a-strategic-outlook.pdf.",
        id="report-online-no-date"),
    # c03 p4:② “House Passes Amendment Seeking CAATSA Waiver for India,” The Hindu, July 15, 2022.
    pytest.param(
        {"language": "en", "style": "en_quoted_title", "title": "House Passes Amendment Seeking CAATSA Waiver for India",
         "container-title": "The Hindu", "issued": {"date-parts": [[2022, 7, 15]]}, "type": "document"},
        "House Passes Amendment Seeking CAATSA Waiver for India[Z]. The Hindu, 2022-07-15.",
        '"House Passes Amendment Seeking CAATSA Waiver for India." The Hindu, July 15, 2022.',
        id="document-no-author"),
    # c05 refs:23 Carlyle A. Thayer, “Vietnam and ASEAN: A First Anniversary Assessment,” Southeast Asian Affairs 1996,
    #   Singapore: ISEAS, 1996, pp. 351–364.
    pytest.param(
        {"language": "en", "style": "en_quoted_title", "title": "Vietnam and ASEAN: A First Anniversary Assessment",
         "author": [{"literal": "Carlyle A. Thayer"}], "container-title": "Southeast Asian Affairs 1996",
         "page": "351-364", "type": "document"},
        "THAYER C A. Vietnam and ASEAN: A First Anniversary Assessment[Z]. Southeast Asian Affairs 1996: 351-364.",
        'Thayer, Carlyle A. "Vietnam and ASEAN: A First Anniversary Assessment." Southeast Asian Affairs 1996, '
        "351–364.",
        id="document-pages-no-date"),
    # c01 p7:3 《习近平会见澳大利亚总理阿尔巴尼斯》，新华网，2023年11月6日。
    pytest.param(
        {"language": "zh", "style": "zh_book_title", "title": "习近平会见澳大利亚总理阿尔巴尼斯", "publisher": "新华网",
         "issued": {"date-parts": [[2023, 11, 6]]}, "type": "document"},
        "习近平会见澳大利亚总理阿尔巴尼斯[Z]. 新华网, 2023-11-06.",
        "“习近平会见澳大利亚总理阿尔巴尼斯.” 新华网, November 6, 2023.",
        id="document-zh-publisher"),
    # c02 refs:25 SPD, Bündnis 90/Die Grünen, FDP. Mehr Fortschritt wagen: Koalitionsvertrag 2021-2025[Z]. Berlin,
    #   2021: 156.
    pytest.param(
        {"language": "en", "style": "gbt7714", "type_code": "Z", "type": "document",
         "title": "Mehr Fortschritt wagen: Koalitionsvertrag 2021-2025",
         "author": [{"literal": "SPD"}, {"literal": "Bündnis 90/Die Grünen"}, {"literal": "FDP"}], "publisher": "Berlin",
         "page": "156", "issued": {"date-parts": [[2021]]}},
        "SPD, Bündnis 90/Die Grünen, FDP. Mehr Fortschritt wagen: Koalitionsvertrag 2021-2025[Z]. Berlin, 2021: 156.",
        'SPD, Bündnis 90/Die Grünen, and FDP. "Mehr Fortschritt wagen: Koalitionsvertrag 2021-2025." Berlin, 2021, 156.',
        id="document-gbt-three-organizations"),
    # 002 p2:① 1992年北约专属机构杂志曾刊载时任外务省北美局局长佐藤行雄的所著论文，佐藤在论文中直言“对我们而言，亚太才是日本的主要
    #   关切”。参见：福田毅「冷戦後のNATOのパートナーシップ政策の発展」、『レファレンス』2007年6月号、106頁。
    pytest.param(
        {"language": "ja", "style": "ja_corner_title", "title": "冷戦後のNATOのパートナーシップ政策の発展",
         "author": [{"literal": "福田毅"}], "container-title": "レファレンス", "issued": {"date-parts": [[2007, 6]]},
         "page": "106", "type": "article-journal",
         "comment": "1992年北约专属机构杂志曾刊载时任外务省北美局局长佐藤行雄的所著论文，佐藤在论文中直言“对我们而言，亚太才是日本的主要关切”。"},
        "福田毅. 冷戦後のNATOのパートナーシップ政策の発展[J]. レファレンス, 2007: 106.",
        "福田毅. “冷戦後のNATOのパートナーシップ政策の発展.” レファレンス, June 2007, 106.",
        id="journal-with-comment"),
    # 001 p3:⑥ 北约在位于纽约的联合国总部、位于维也纳的欧安组织总部，以及格鲁吉亚、乌克兰、波黑、摩尔多瓦和科威特都设有类似联络处，
    #   东道国一般会为北约联络处提供办公场所。
    pytest.param(
        {"type": "note", "language": "zh",
         "note": "北约在位于纽约的联合国总部、位于维也纳的欧安组织总部，以及格鲁吉亚、乌克兰、波黑、摩尔多瓦和科威特都设有类似联络处，"
                 "东道国一般会为北约联络处提供办公场所。"},
        "北约在位于纽约的联合国总部、位于维也纳的欧安组织总部，以及格鲁吉亚、乌克兰、波黑、摩尔多瓦和科威特都设有类似联络处，"
        "东道国一般会为北约联络处提供办公场所。",
        "北约在位于纽约的联合国总部、位于维也纳的欧安组织总部，以及格鲁吉亚、乌克兰、波黑、摩尔多瓦和科威特都设有类似联络处，"
        "东道国一般会为北约联络处提供办公场所。",
        id="note"),
]

OUTSIDE_CORPUS = [  # what no note of the corpus has; each item says where it comes from
    # parse_one of GB/T 7714-2015's example [22]: 贾东琴, 柯平. 面向数字素养的高校图书馆数字服务体系研究[C]//中国图书馆
    #   学会. 中国图书馆学会年会论文集: 2011年卷. 北京: 国家图书馆出版社, 2011: 45-52.
    pytest.param(
        {"language": "zh", "style": "gbt7714", "type_code": "C", "type": "paper-conference",
         "title": "面向数字素养的高校图书馆数字服务体系研究", "author": [{"literal": "贾东琴"}, {"literal": "柯平"}],
         "container-title": "中国图书馆学会年会论文集: 2011年卷", "publisher": "国家图书馆出版社", "publisher-place": "北京",
         "page": "45-52", "editor": [{"literal": "中国图书馆学会"}], "issued": {"date-parts": [[2011]]}},
        "贾东琴, 柯平. 面向数字素养的高校图书馆数字服务体系研究[C]//中国图书馆学会. 中国图书馆学会年会论文集: 2011年卷. "
        "北京: 国家图书馆出版社, 2011: 45-52.",
        "贾东琴 and 柯平. “面向数字素养的高校图书馆数字服务体系研究.” In 中国图书馆学会年会论文集: 2011年卷, edited by "
        "中国图书馆学会, 45–52. 北京: 国家图书馆出版社, 2011.",
        id="paper-in-proceedings-editor"),
    # parse_one of GB/T 7714-2015's example [28]: 袁训来, 陈哲, 肖书海, 等. 蓝田生物群: 一个认识多细胞生物起源和早期
    #   演化的新窗口[J]. 科学通报, 2012, 57(34): 3219.  (the parser keeps the three names, not the "等")
    pytest.param(
        {"language": "zh", "style": "gbt7714", "type_code": "J", "type": "article-journal",
         "title": "蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口",
         "author": [{"literal": "袁训来"}, {"literal": "陈哲"}, {"literal": "肖书海"}], "container-title": "科学通报",
         "volume": "57", "issue": "34", "page": "3219", "issued": {"date-parts": [[2012]]}},
        "袁训来, 陈哲, 肖书海. 蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口[J]. 科学通报, 2012, 57(34): 3219.",
        "袁训来, 陈哲, and 肖书海. “蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口.” 科学通报 57, no. 34 (2012): 3219.",
        id="journal-volume-three-chinese-authors"),
    # constructed: c05 refs:35 (曹云华、唐翀) with four placeholder names, since no note of the corpus has more than
    #   three Chinese authors
    pytest.param(
        {"language": "zh", "style": "zh_book_title", "title": "新中国—东盟关系论",
         "author": [{"literal": "作者甲"}, {"literal": "作者乙"}, {"literal": "作者丙"}, {"literal": "作者丁"}],
         "publisher": "世界知识出版社", "issued": {"date-parts": [[2005]]}, "page": "45-52", "type": "book"},
        "作者甲, 作者乙, 作者丙, 等. 新中国—东盟关系论[M]. 世界知识出版社, 2005: 45-52.",
        "作者甲, 作者乙, 作者丙, and 作者丁. 新中国—东盟关系论. 世界知识出版社, 2005.",
        id="constructed-four-chinese-authors"),
    # constructed: a CSL name given as family and given (the parser writes literals)
    pytest.param(
        {"language": "en", "type": "book", "title": "Soft Power: The Means to Success in World Politics",
         "author": [{"family": "Nye", "given": "Joseph S."}], "publisher": "PublicAffairs", "publisher-place": "New York",
         "issued": {"date-parts": [[2004]]}},
        "NYE J S. Soft Power: The Means to Success in World Politics[M]. New York: PublicAffairs, 2004.",
        "Nye, Joseph S. Soft Power: The Means to Success in World Politics. New York: PublicAffairs, 2004.",
        id="constructed-family-given"),
]


def _by_style(cases: list) -> list:
    return [pytest.param(case.values[0], style, expected, id=f"{case.id}-{style}")
            for case in cases for style, expected in zip(STYLES, case.values[1:])]


@pytest.mark.parametrize("item, style, expected", _by_style(CASES))
def test_real_notes(item: dict, style: str, expected: str) -> None:
    assert format_reference(item, style) == expected


@pytest.mark.parametrize("item, style, expected", _by_style(OUTSIDE_CORPUS))
def test_what_the_corpus_lacks(item: dict, style: str, expected: str) -> None:
    assert format_reference(item, style) == expected


def test_unknown_style() -> None:
    with pytest.raises(ValueError, match="apa"):
        format_reference(CASES[0].values[0], "apa")


def _run_references() -> list[dict]:
    items = []
    for line in (line for run in RUNS for line in run.read_text(encoding="utf-8").splitlines()):
        citation = json.loads(line).get("citation") or {}
        items += [i for i in [citation.get("reference"), *(citation.get("references") or [])] if i]
    return items


def test_every_reference_of_the_corpus_run() -> None:
    """Each reference of the stored corpus and constructed runs formats in both styles, and shows
    its title (in Chicago its inner quotes turn single)."""
    single = str.maketrans("‘’'", "“”\"")
    items = _run_references()
    assert items
    for item in items:
        for style in STYLES:
            text = format_reference(item, style)
            assert text
            if item.get("title"):
                assert item["title"].translate(single) in text.translate(single), (style, item)
