"""Actors of a sentence: exact expectations on corpus sentences and constructed ones."""

from __future__ import annotations

import pytest

from pipeline.actors import find_actors


def actors(sentence: str) -> list[tuple[str, str]]:
    return [(a.text, a.type) for a in find_actors(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # title split: the person without the title (001, L27)
    ("4月，日本外相林芳正首次出席北约外长会议，表示加强与北约合作，并公开承诺向乌克兰提供总额2亿美元的防卫装备等物资。",
     [("日本", "GPE"), ("林芳正", "PER"), ("北约", "ORG"), ("乌克兰", "GPE")]),
    ("2022年3月，日本首相岸田文雄赶赴比利时出席七国集团首脑会议之机，与北约秘书长斯托尔滕贝格举行会谈。",
     [("日本", "GPE"), ("岸田文雄", "PER"), ("比利时", "GPE"), ("七国集团", "ORG"), ("北约", "ORG"), ("斯托尔滕贝格", "PER")]),
    # a transliterated name with its middle dot
    ("6月，北约军事委员会主席罗伯·鲍尔对日本进行正式访问。", [("北约军事委员会", "ORG"), ("罗伯·鲍尔", "PER"), ("日本", "GPE")]),
    # an unknown person found after a title (002, L265)
    ("同月，日本航空自卫队幕僚长井筒俊司以线上形式参与会议。", [("日本航空自卫队", "ORG"), ("井筒俊司", "PER")]),
    # abbreviations expanded where they name participants
    ("日英、日法也先后签订协定。", [("日本", "GPE"), ("英国", "GPE"), ("法国", "GPE")]),
    ("美日澳印四国外长举行会谈。", [("美国", "GPE"), ("日本", "GPE"), ("澳大利亚", "GPE"), ("印度", "GPE")]),
    ("拜登上台后，对华政策趋于强硬。", [("拜登", "PER"), ("中国", "GPE")]),
    ("岸田于2023年3月访问基辅，此前他曾访美。", [("岸田", "PER"), ("美国", "GPE")]),
    # relation and event names are neither actors nor expanded
    ("日美同盟是日本外交的基轴。", [("日本", "GPE")]),
    ("中日关系出现转机。", []),
    ("在乌克兰危机背景下，俄乌冲突持续。", []),
    # quoted names and titles excluded
    ("日本参加了由“北约网络防御中心”（OCDOCE）举办的演习。", [("日本", "GPE"), ("OCDOCE", "ORG")]),
    ("双方签署《日本与北约国家伙伴关系合作计划》。", []),
    # cities, seas and regions are not actors
    ("日本海上自卫队与北约在地中海举行联合军事演习，随后抵达伦敦。", [("日本海上自卫队", "ORG"), ("北约", "ORG")]),
    ("北约首次邀请亚太四国首脑参加在马德里举行的峰会。", [("北约", "ORG")]),
    # governments named after their leader
    ("岸田内阁通过新版战略，拜登政府表示欢迎。", [("岸田内阁", "ORG"), ("拜登政府", "ORG")]),
    # constructed beyond the corpus: other states, ministries and persons
    ("2019年，印度尼西亚外交部长蕾特诺访问新加坡。", [("印度尼西亚", "GPE"), ("蕾特诺", "PER"), ("新加坡", "GPE")]),
    ("2020年，英国国防部与法国签署协议。", [("英国国防部", "ORG"), ("法国", "GPE")]),
    ("1991年12月，苏联解体，西德与东德此前已经统一。", [("苏联", "GPE"), ("西德", "GPE"), ("东德", "GPE")]),
    ("印度洋与朝鲜半岛局势紧张。", []),
])
def test_actors(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert actors(sentence) == expected


def test_variants_share_a_canonical_name_and_english_label() -> None:
    a = find_actors("北约秘书长斯图尔滕贝格访问日本。")[1]
    b = find_actors("北约秘书长斯托尔滕贝格访问日本。")[1]
    assert (a.text, b.text) == ("斯图尔滕贝格", "斯托尔滕贝格")
    assert a.canonical == b.canonical == "斯托尔滕贝格" and a.label_en == "Jens Stoltenberg"
    assert {x.canonical for x in find_actors("德国总理舒尔茨、朔尔茨访华。") if x.type == "PER"} == {"舒尔茨"}
    assert find_actors("北约合作网络防御卓越中心（CCDCOE）")[0].canonical == find_actors("OCDOCE组织")[0].canonical


def test_offsets_point_into_the_sentence() -> None:
    sentence = "2022年4月，德国总理舒尔茨访问日本。"
    assert [sentence[a.start : a.end] for a in find_actors(sentence)] == ["德国", "舒尔茨", "日本"]


def test_spacy_doc_carries_the_actors_for_displacy() -> None:
    from spacy import displacy

    from pipeline.actors import spacy_doc

    doc = spacy_doc("2022年4月，德国总理舒尔茨访问日本。")
    assert [(e.text, e.label_) for e in doc.ents] == [("德国", "GPE"), ("舒尔茨", "PER"), ("日本", "GPE")]
    assert 'class="entity"' in displacy.render(doc, style="ent")


def test_hanlp_output_maps_to_actors() -> None:
    from pipeline.hanlp_backend import actors_from_hanlp

    sentence = "北约秘书长斯图尔滕贝格在东京会见岸田文雄。"
    # the shape HanLP's MSRA NER documents: (entity, type, begin, end) over the characters given
    entities = [("北约", "NT", 0, 2), ("斯图尔滕贝格", "NR", 5, 11), ("东京", "NS", 12, 14), ("岸田文雄", "NR", 16, 20)]
    actors = actors_from_hanlp(sentence, entities)
    assert [(a.text, a.type, a.canonical) for a in actors] == [
        ("北约", "ORG", "北约"), ("斯图尔滕贝格", "PER", "斯托尔滕贝格"), ("岸田文雄", "PER", "岸田文雄")]
    # OntoNotes labels over tokens: offsets are token indices
    tokens = ["德国", "总理", "舒尔茨", "访问", "日本", "。"]
    actors = actors_from_hanlp("德国总理舒尔茨访问日本。", [("德国", "GPE", 0, 1), ("舒尔茨", "PERSON", 2, 3), ("日本", "GPE", 4, 5)], tokens)
    assert [(a.text, a.type, a.start, a.end) for a in actors] == [("德国", "GPE", 0, 2), ("舒尔茨", "PER", 4, 7), ("日本", "GPE", 9, 11)]


def test_hanlp_model_test_needs_a_local_model() -> None:
    import os

    import pytest

    path = os.environ.get("CLAIMS_HANLP_MODEL")
    if not path:
        pytest.skip("no local HanLP NER model (set CLAIMS_HANLP_MODEL to its folder; models cannot be downloaded here)")
    from pipeline.hanlp_backend import actor_finder

    assert [a.type for a in actor_finder()("2022年4月，德国总理舒尔茨访问日本。")] == ["GPE", "PER", "GPE"]
