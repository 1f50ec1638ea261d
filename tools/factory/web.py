"""An article as copied from a journal's web page: a line per paragraph, the abstract and
keywords as labelled lines, the notes numbered through the article after the body, and the
site's menus and footer around it. Each line comes with its role."""

from __future__ import annotations

import random
from typing import Any

from .source import MARK
from .typeset import CIRCLED

MENUS = (
    ["首页 | 期刊介绍 | 编委会 | 在线投稿 | 过刊浏览 | 联系我们", "当前位置：首页 > 过刊浏览 > {issue}"],
    ["网站首页　本刊简介　投稿须知　期刊订阅　English", "您现在的位置：首页 >> 正文"],
)
STAMPS = ("发布时间：{date}　浏览次数：{views}", "作者：{authors}　发布日期：{date}", "来源：{journal}　点击：{views}次")
FOOTERS = (
    ["版权所有 © {year} 《{journal}》编辑部　京ICP备{icp}号", "地址：北京市海淀区{street}　邮编：100{zip}"],
    ["Copyright © {year} {journal}编辑部 All Rights Reserved", "技术支持：北京某某科技有限公司"],
)


def web_page(source: dict[str, Any], rng: random.Random) -> tuple[list[str], list[str]]:
    """The page's lines and their roles."""
    year = rng.randint(2010, 2024)
    fill = {"issue": f"{year}年第{rng.randint(1, 6)}期", "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "views": rng.randint(50, 9000), "authors": " ".join(source.get("authors") or []), "year": year,
            "journal": rng.choice(("国际政治研究", "当代亚太", "外交评论")), "icp": rng.randint(10_000_000, 99_999_999),
            "street": rng.choice(("中关村大街59号", "西苑路1号")), "zip": rng.randint(100, 999)}
    out: list[tuple[str, str]] = [(line.format(**fill), "back") for line in rng.choice(MENUS)]
    out.append((source["title"], "front"))
    if source.get("authors"):
        out.append(("　".join(source["authors"]), "front"))
    out.append((rng.choice(STAMPS).format(**fill), "back"))
    if source.get("abstract"):
        out.append((f"摘要：{source['abstract']}", "front"))
    if [k for k in source.get("keywords", []) if k]:
        out.append(("关键词：" + "；".join(k for k in source["keywords"] if k), "front"))
    gap = rng.random() < 0.5
    notes: list[str] = []
    for block in source["blocks"]:
        pieces = block["text"].split(MARK)
        text = pieces[0]
        for note, rest in zip(block["notes"], pieces[1:]):
            notes.append(note)
            text += _number(len(notes)) + rest
        out += [("", "blank")] * gap + [(text, block["type"] if block["type"] == "heading" else "body")]
    if notes:
        out += [("", "blank"), ("注释：", "reference")]
        out += [(f"{_number(k)} {note}", "reference") for k, note in enumerate(notes, 1)]
    if source.get("references"):
        out += [("", "blank"), ("参考文献：", "reference")]
        out += [(f"[{k}] {entry}", "reference") for k, entry in enumerate(source["references"], 1)]
    out += [("", "blank")] + [(line.format(**fill), "back") for line in rng.choice(FOOTERS)]
    return [line for line, _ in out], [role if line.strip() else "blank" for line, role in out]


def _number(k: int) -> str:
    return CIRCLED[k - 1] if k <= len(CIRCLED) else f"[{k}]"
