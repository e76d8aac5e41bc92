"""kg.extract.fields: every item of a list of industries and fields (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text


def industries(text: str, vocab: vocabulary.Vocab) -> set[str]:
    return {e.name for e in entities.extract(from_text(text, vocab), vocab) if e.type == "Industry"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # closed by an industry word: every item, known or not
        ("鼓励发展温泉康养、会议展览、游艇旅游等文旅产业。", {"温泉康养", "会议展览", "游艇旅游", "文化旅游"}),
        ("积极发展私募基金、融资租赁、商业保理等金融业态。", {"私募基金", "融资租赁", "商业保理"}),
        # closed by a count and a field word: the last item keeps its own 产业
        ("围绕先进制造、绿色能源、数字产业三大板块推进。", {"先进制造业", "绿色能源", "数字产业"}),
        # an item between two 、 is whole; after the last one 和 parts the items
        ("聚焦光伏、现代医药和大健康、节能环保等产业集群。", {"光伏", "现代医药和大健康", "节能环保"}),
        # spaces left by a PDF's line breaks are no part of a name
        ("聚焦半导体、智 能网联新能源汽车、通用航空等产业。", {"半导体", "智能网联新能源汽车", "通用航空"}),
        # a softer word (等领域) closes a list of fields only when one item is a known field
        ("面向人工智能、脑机融合、量子测控等领域开展攻关。", {"人工智能", "脑机融合", "量子测控"}),
        ("在人才激励、成果转化、产权管理等领域先行先试。", set()),
        # not closed: most items known fields, the verb before the list left out
        ("加快布局互联网、物联网、大数据、边缘智能体。", {"互联网", "物联网", "大数据", "边缘智能体"}),
        # the same list named only as a means (…等手段) names no industry (gold-more: a means is an ambiguous Industry)
        ("综合利用互联网、物联网、大数据、边缘智能体等手段。", set()),
        # a known term with its 产业 is the term
        ("支持发展集成电路、新材料、生物医药产业。", {"集成电路", "新材料", "生物医药"}),
    ],
)
def test_items_of_a_list_of_fields(text: str, expected: set[str], vocab: vocabulary.Vocab) -> None:
    assert industries(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("支持高校、科研院所等创新主体参与产业创新。", {"高校", "科研院所"}),  # bodies, not fields
        ("推动研发众包平台、创客服务平台等产业平台建设。", {"研发众包平台", "创客服务平台"}),  # platforms
        ("坚持前沿性、战略性等原则。", {"前沿性", "战略性"}),  # qualities
        ("强化补齐短板、破解难题等工作。", {"补齐短板", "破解难题"}),  # tasks
        ("鼓励行业协会、商会等行业组织提供服务。", {"行业协会", "商会"}),  # organisations
        ("支持研发、加工、制造等业态发展。", {"研发", "加工", "制造"}),  # too broad to name a field
        ("加快中关村科技城、跨境电子商务综合试验区等产业园区建设。", {"中关村科技城", "跨境电子商务综合试验区"}),  # zones
    ],
)
def test_lists_of_other_things_name_no_field(text: str, items: set[str], vocab: vocabulary.Vocab) -> None:
    assert not industries(text, vocab) & items


def regions(text: str, vocab: vocabulary.Vocab) -> set[str]:
    return {e.name for e in entities.extract(from_text(text, vocab), vocab) if e.type == "Region"}


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("支持济南新旧动能转换起步区建设。", "济南新旧动能转换起步区"),
        ("支持中国(山东)自由贸易试验区济南片区先行先试。", "中国(山东)自由贸易试验区济南片区"),
        # two zones coordinated: the first ends at 和
        ("支持中国(上海)自由贸易试验区和临港新片区发展。", "中国(上海)自由贸易试验区"),
        # a bracketed zone after the zone: the longest name whose brackets close
        ("支持中国(河北)自由贸易试验区(雄安片区)建设。", "中国(河北)自由贸易试验区"),
    ],
)
def test_named_zones_are_regions(text: str, zone: str, vocab: vocabulary.Vocab) -> None:
    assert zone in regions(text, vocab)


@pytest.mark.parametrize(
    "text",
    [
        "西海岸新区应当科学规划军民融合创新示范区。",  # a clause: the place does something
        "滨海新区复制自贸试验区经验。",
        "山东省经济技术开发区应当加强管理。",  # the province's zones, no one zone
        "成都市人民政府统筹协调示范区建设。",  # a body, not a zone
        "加大对港澳台学生来示范区创业的支持。",  # a one-character verb ends the name
    ],
)
def test_a_place_then_a_clause_names_no_zone(text: str, vocab: vocabulary.Vocab) -> None:
    assert not {r for r in regions(text, vocab) if r.endswith(("区", "片区"))} - {"西海岸新区", "滨海新区"}
