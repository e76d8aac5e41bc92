"""Entities, one step: which vocabulary hits of a sentence give way to a name found by its grammar, and which are no
mention at all (a bare platform head before 体系, a zone kind named by its field). Used by entities.mentions."""

from __future__ import annotations

import re

from kg import cues
from kg.extract import names
from kg.vocab import Concept

COUNTED = re.compile(r"(?:[一二三四五六七八九十百千两\d]+[大个家批类]|一批|若干|多个)$")  # 十大|, 一批| right before a field (ent15b)


def a_system(text: str, start: int, end: int, concept: Concept) -> bool:
    """…为支撑的|实验室|体系: a bare platform head (cue list platform_kind_head) right before a system word (cue list
    kind_system_word) names the system, no kind of platform; a kind with words of its own keeps it (对接|国家实验室|体系; ent17c)."""
    return concept.type == "PlatformType" and text[start:end] in cues.word_set("platform_kind_head") and text.startswith(cues.words("kind_system_word"), end)


def zone_of_a_field(text: str, start: int, concept: Concept, fields_end: dict[int, int]) -> bool:
    """医药健康|产业集聚区: a kind of zone written right after an industry is one zone named by its field
    (cue list field_zone_kind), no mention of the kind; not after a count (打造十大|人工智能|特色产业园区:
    zones of the kind, to be built; ent15b)."""
    if concept.type != "PlatformType" or start not in fields_end or concept.label not in cues.word_set("field_zone_kind"):
        return False
    return not COUNTED.search(text, max(0, fields_end[start] - 4), fields_end[start])


def inside_a_name(start: int, end: int, concept: Concept, chosen: list[names.Name]) -> bool:
    """A hit inside a name gives way to it (钢铁 in 唐山钢铁集团), except a place in the name of
    a body, platform or programme, which still says where it is (唐山市 in 唐山市人民政府); in an
    organisation's name a place is only part of the name (北京 in 北京交通大学唐山研究院), and so is
    the country in a programme's (中国创新创业大赛). Kinds of enterprise listed in a programme that grows them are
    still named (瞪羚企业和科技领军企业|培育计划; recall10c), not one a fund is named after (中小企业发展专项资金)."""
    for name in chosen:
        if start < name.end and name.start < end:
            if concept.type == "EnterpriseType" and name.type == "Programme" and _grows(name.name):
                return False
            # 中国|创新创业大赛: a title, no place; 中国|—|东盟…中心: a country and its partner name the platform (ent14c)
            country = concept.level == "Country" and (name.type == "Programme" or name.name[end - name.start : end - name.start + 1] in "—-－–")
            return concept.type != "Region" or name.type == "Organization" or country or _zone_named(name)
    return False


def _zone_named(name: names.Name) -> bool:
    """襄阳|高新区: the city a development zone is named after is part of the zone's name, no place of its own
    (the annotators' 唐山高新区, 迁安高新区, 襄阳高新区 come alone)."""
    return name.type == "Region" and name.name.endswith(tuple(names.ZONE))


def _grows(programme: str) -> bool:
    """A和B培育计划: a programme that grows a list of kinds of enterprise (cue list growing_programme) names each;
    one kind is only the programme's title (科技型中小企业成长培育计划)."""
    return programme.endswith(cues.words("growing_programme")) and re.search("[和及与、]", programme) is not None
