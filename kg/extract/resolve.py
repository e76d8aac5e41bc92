"""Resolve: bodies named relative to the document (市委, 区科委, 市公安部门, 管委会) and short forms named in
full, by the document's jurisdiction and issuer and the gazetteer; pure functions kg.extract.entities calls.
"""

from __future__ import annotations

import re
from functools import cache

from kg import cues
from kg.vocab import Concept, Vocab

RELATIVE_BODY = re.compile(r"^(?P<level>自治区|[省市区县])(?P<rest>[\u4e00-\u9fff]+)$")  # 自治区科技厅: a province's level too
PLACE_END = re.compile(r"[省市区县州盟旗]$")  # where a body's place ends and its kind begins
PLACE_MARK = re.compile(r"[省市区县州盟旗]")


def resolved(name: str, jurisdiction: str | None, vocab: Vocab) -> str:
    """A body named relative to the document's own place, named in full: in a Beijing document
    市委 is 中共北京市委, 市政府 北京市人民政府, 市委市政府 北京市委市政府; in a Tongzhou one
    区科技领导小组 is 北京市通州区科技领导小组 and 区科委 北京市通州区科学技术委员会 (a short form
    of a body's kind, cue list agency_full_form, written in full). So two cities' 市委 are two nodes."""
    return _full_form(placed(name, jurisdiction, vocab))


def _full_form(name: str) -> str:
    """安徽省科技厅 → 安徽省科学技术厅: the short form of a body's kind, right after its place, in full
    (市科技局 with no place to resolve 市 to stays as written)."""
    for short, full in _short_forms():
        if name.endswith(short) and len(name) - len(short) >= 2 and PLACE_END.search(name, 0, len(name) - len(short)):
            return name[: -len(short)] + full
    for short, full in cues.full_forms("vertical_body").items():  # 安徽省外汇管理局 → 国家外汇管理局安徽省分局
        place = name[: -len(short)]
        if name.endswith(short) and len(place) >= 2 and PLACE_END.search(place) and not name.startswith(full.split("…")[0]):
            return full.replace("…", place)
    return name


@cache
def _short_forms() -> tuple[tuple[str, str], ...]:
    forms = cues.full_forms("agency_full_form")
    return tuple(sorted(forms.items(), key=lambda pair: -len(pair[0])))


def placed(name: str, jurisdiction: str | None, vocab: Vocab) -> str:
    relative = RELATIVE_BODY.match(name)
    place = _place_of_level(vocab, jurisdiction, relative["level"]) if relative else None
    if relative is None or place is None:
        if relative or "委" in name:
            return name  # 北京市委市政府 stays as written
        if _in_taiwan(name, vocab):
            return name  # 台北市政府 is its name (no 人民政府 in Taiwan)
        return re.sub(r"(?<=[省市])政府$", "人民政府", name)  # 广东省政府 is 广东省人民政府
    level, rest = relative["level"], relative["rest"]
    if rest == "委" or (rest.startswith("委") and not re.match(r"委[省市区县]", rest)):
        return f"中共{place.label}{rest}"  # 市委, 市委组织部: the party committee and its departments
    if rest.startswith("党委") and level == "自治区":
        return f"中共{place.label}委员会{rest[2:]}"  # 自治区党委组织部: the region's party committee (委员会 in full)
    if re.fullmatch(rf"委{level}(?:人民)?政府", rest):
        return f"{place.label}委{level}政府"
    parents = [vocab.concepts[p] for p in place.part_of if p in vocab.concepts]
    district = place.level in ("District", "County") and not place.label.endswith("市")  # 义乌市科学技术局: a county-level city is named alone
    prefix = parents[0].label if district and parents and parents[0].label.endswith("市") else ""
    if rest in ("政府", "人民政府"):
        return f"{prefix}{place.label}人民政府"  # 区政府 in a Jiading notice: 上海市嘉定区人民政府, as its other bodies
    return prefix + place.label + rest


def holder(name: str, vocab: Vocab) -> str:
    """天津市公安部门 → 天津市公安局, 河南省科技部门 → 河南省科学技术厅: a body named by its function after
    its place in full is the body holding that function at the place's level (cue lists function_holder…),
    as the annotators name it; a function not listed, or no place the gazetteer knows, keeps the name."""
    if name.startswith(("国务院", "国家")):  # 国务院标准化行政主管部门 → 国家标准化管理委员会 (cue list function_holder_national)
        return national_holder(name) or name
    end, place = _leading_place(name, vocab)
    if place is None:
        return name
    function = _function(re.sub(r"^(?:人民政府|政府)", "", name[end:]))
    municipality = place.level == "Province" and place.label.endswith("市")
    level = "function_holder_province" if place.level == "Province" and not municipality else "function_holder_city"
    lists: tuple[str, ...] = ("function_holder_municipality", level) if municipality else (level,)
    if body := cues.full_forms("function_holder_at").get(name[:end] + function):
        return body  # 北京市|科学技术: a place whose body differs from its level's kind
    kind = next((k for n in (*lists, "function_holder") if (k := cues.full_forms(n).get(function))), None)
    if kind is None:
        return name
    return kind.replace("…", name[:end]) if "…" in kind else name[:end] + kind


def _leading_place(name: str, vocab: Vocab) -> tuple[int, Concept | None]:
    """Where the places a name opens with end (北京市通州区|科技部门), and the last of them, each
    written in full (北京市通州|区科技部门 is no place: 通州 is 通州区's short form)."""
    end, place = 0, None
    for mark in PLACE_MARK.finditer(name):
        concept = vocab.by_label(name[end : mark.end()])
        if concept is not None and concept.type == "Region" and concept.label == name[end : mark.end()]:
            end, place = mark.end(), concept
    return end, place


def _in_taiwan(name: str, vocab: Vocab) -> bool:
    """Whether a body's name opens with one of Taiwan's cities or counties (台北市|政府)."""
    place = _leading_place(name, vocab)[1] if name.endswith("政府") else None
    return place is not None and any(parent.endswith("/台湾") for parent in place.part_of)


def national_holder(name: str) -> str | None:
    """国务院专利行政部门, 国家药品监督管理部门 → the national body holding the function (cue list
    function_holder_national), or None for a function not listed (国家有关部门; ent15c: 国家…)."""
    place = next((p for p in ("国务院", "国家") if name.startswith(p)), None)
    return cues.full_forms("function_holder_national").get(_function(name[len(place) :])) if place else None


def _function(phrase: str) -> str:
    """公安部门 → 公安, 标准化行政主管部门 → 标准化, 市场监管部门 → 市场: the words of the function."""
    for head in cues.words("function_body"):  # longest first
        if phrase.endswith(head):
            return re.sub(r"(?:行政|主管|管理|监管)+$", "", phrase[: -len(head)]) or phrase[: -len(head)]
    return phrase


def zone_body(name: str, issuer: str | None) -> str | None:
    """管委会, 新区管委会, 高新区管理委员会 in a document a zone's committee issued: that committee,
    when the zone's kind (高新区, or its full form 高新技术产业开发区) is in the issuer's name."""
    kind = re.fullmatch(r"(?P<zone>[\u4e00-\u9fff]{0,3}?)(?:管委会|管理委员会)", name)
    if kind is None or issuer is None or not issuer.endswith("管理委员会"):
        return None
    zone = kind["zone"]
    full = cues.full_forms("zone_full_form").get(zone, zone)
    return issuer if zone in issuer or full in issuer else None


def zone_level_body(name: str, issuer: str | None) -> str | None:
    """区财政局 in a notice a zone's committee issued (长沙高新技术产业开发区管理委员会): the zone's own bureau,
    named by the zone's short form as the annotators name it (长沙高新区财政局); None for any other document,
    and for 区委, 区政府 (a zone has a committee, not a party committee or government of its own)."""
    relative = RELATIVE_BODY.match(name)
    if relative is None or relative["level"] != "区" or issuer is None or not issuer.endswith(("管理委员会", "管委会")):
        return None
    if relative["rest"].startswith(("委", "政府", "人民政府", "管")):
        return None
    zone = issuer[: -len("管理委员会")] if issuer.endswith("管理委员会") else issuer[: -len("管委会")]
    forms = cues.full_forms("zone_full_form")
    if zone.endswith(tuple(forms)) and len(zone) > 3:  # 南昌高新区管委会: the issuer names its zone short already (ent17d)
        return _full_form(zone + relative["rest"])
    short = next((s for s, full in forms.items() if zone.endswith(full)), None)
    return _full_form(zone[: -len(forms[short])] + short + relative["rest"]) if short else None


ZONE_COMMITTEE = re.compile(r"^(?P<zone>[\u4e00-\u9fff]{0,6}?(?:新区|高新区|开发区|经开区|示范区|工业区))(?:管委会|管理委员会)$")


def committee_in_full(name: str, committees: set[str]) -> str | None:
    """新区管委会 (三江新区管委会 cut at the zone's kind), 高新区管委会 in a document that names the zone's committee
    in full (宜宾三江新区管理委员会, 高新区管理委员会（以下简称管委会）): that committee, when it is the only one that
    fits; None where the document names none or several."""
    short = ZONE_COMMITTEE.match(name)
    if short is None:
        return None
    zone = short["zone"]
    wholes = {zone, *(zone[: -len(s)] + full for s, full in cues.full_forms("zone_full_form").items() if zone.endswith(s))}
    fits = {c for c in committees if c != name and any(c.endswith(z + "管理委员会") for z in wholes)}
    return fits.pop() if len(fits) == 1 else None


def one_body(name: str, jurisdiction: str | None, vocab: Vocab) -> bool:
    """Whether a body named relative to the document's place (市公安部门) is one body: its level is
    the document's own or above it (a city's 市, a district's 市 or 区), or the place is unknown."""
    relative = RELATIVE_BODY.match(name)
    return relative is None or jurisdiction is None or _place_of_level(vocab, jurisdiction, relative["level"]) is not None


def _place_of_level(vocab: Vocab, jurisdiction: str | None, level: str) -> Concept | None:
    """The region of the given level (省, 市, 区, 县) that holds the jurisdiction, itself included."""
    concept = vocab.by_label(jurisdiction) if jurisdiction else None
    seen = 0
    while concept is not None and seen < 6:
        if concept.type == "Region" and concept.label.endswith(level) and not (level == "区" and concept.level == "Province"):
            return concept  # 区 alone is a district, never the 自治区 above a Guangxi city (written 自治区; ent20c)
        parents = [vocab.concepts[p] for p in concept.part_of if p in vocab.concepts]
        concept = parents[0] if parents else None
        seen += 1
    return None


def own_named(name: str, jurisdiction: str | None, vocab: Vocab) -> str:
    """市科技创新引导基金 → 芜湖市科技创新引导基金, 区产业基金 → 余杭区产业基金: what a place names after its level
    alone (a fund) is named by the place alone, no parent city before a district (the annotators' form); the
    name as written where the document's place has no such level."""
    relative = RELATIVE_BODY.match(name)
    place = _place_of_level(vocab, jurisdiction, relative["level"]) if relative else None
    return place.label + relative["rest"] if relative and place else name


def own_bureau(bureau: str, jurisdiction: str | None, vocab: Vocab) -> str | None:
    """建設處 after 本府 in a Chiayi rule → 嘉义市政府建设处: the bureau of the document's own Taiwan city or county
    government, as its rules name their bureaus in full (ent17d); None where the document is no Taiwan city's or county's."""
    government = f"{jurisdiction}政府"
    own = jurisdiction if bureau == "议会" else government  # 議會 alone: the county's council, no bureau of its government (twn20b)
    return f"{own}{bureau}" if jurisdiction and _in_taiwan(government, vocab) else None
