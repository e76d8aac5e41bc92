"""Entities: vocabulary terms (ontology/vocab) and named instances (kg.extract.names), sentence by sentence.

Each sentence is cut into words once. A vocabulary hit counts only where the words agree that it
is there: neither edge falls inside a dictionary word (财政部门 is one word, so 财政部 is not in
it; 仓储|能力 hides no 储能), unless the hit is long enough to be unambiguous. Named instances are
then found over the words, and a hit inside a longer name gives way to it (钢铁 in 唐山钢铁集团).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from kg import cues
from kg.extract import allotted, bilateral, bodies, closers, developed, fields, headed, heads, names, platforms, words, zones
from kg.model import Document, Entity
from kg.vocab import Concept, Vocab

EMITS = (Entity,)

# In-document short forms of a numbered programme: 千家企业技术中心培优工程 → 企业技术中心培优工程.
RELATIVE_BODY = re.compile(r"^(?P<level>[省市区县])(?P<rest>[\u4e00-\u9fff]+)$")
PLACE_END = re.compile(r"[省市区县州盟旗]$")  # where a body's place ends and its kind begins
PLACE_MARK = re.compile(r"[省市区县州盟旗]")
# From an item to the 部门 that closes its list within the clause (、通信管理等部门, 和交通运输部门按照…)
DEPARTMENTS_AFTER = re.compile(r"[^,;。:、]{0,6}(?:[、和及与][^,;。:、]{1,12}?)*(?:等|以及)?(?:有关|相关|其他)?部门")
NUMBER_PREFIX = re.compile(r"^[一二三四五六七八九十百千万两\d]+[大项家个批类]?")
# Levels listed before one body (市、县（区）人民政府, 市、区（市）科学技术行政部门): the first is the document's own (ent12)
CLAUSE_END = re.compile(r"[,;。:]")
BODY_WINDOW = 30  # characters after a list of levels a body's name is read in (the body alone, not the sentence)
BODY_KIND = cues.lazy(lambda: rf"{cues.alternation('agency_suffix')}|{cues.alternation('function_body')}")
_BODIES: dict[str, tuple[Vocab, Mention | None]] = {}  # the body read after a level, by wording, with the vocabulary read by
MAX_BODIES = 4096
# (not 各市、县, 本市、区, 城市、, 设区的市、: the level no document's own; after 第五条 or a verb it is)
LEVEL_LIST = re.compile(r"(?<![各本全该城都超上股辖园地社外的级省市区县])(?P<level>[省市区县])(?:[、和](?:区县|省辖市|设区的市|[省市区县])(?:[（(][\u4e00-\u9fff、]{1,5}[）)][县区]?)?)+(?=[\u4e00-\u9fff])")


class Mention(NamedTuple):
    start: int
    end: int
    type: str
    name: str
    by_pattern: bool


def extract(doc: Document, vocab: Vocab) -> list[Entity]:
    return sorted(find(doc, vocab), key=lambda e: (e.evidence.start, e.type, e.name))


def find(doc: Document, vocab: Vocab) -> Iterator[Entity]:
    """Every entity of the document; a programme's short form written before its full name (…产业化资金,
    then …产业化专项资金 articles later) takes the full name too, as one written after it does."""
    found = list(_found(doc, vocab))
    named = {entity.name for entity, by_pattern, _ in found if entity.type == "Programme"}
    developed = {entity.name for entity, _, framed in found if entity.type == "Industry" and framed}
    for entity, by_pattern, _ in found:
        if entity.type == "Industry" and entity.name not in developed:
            continue  # a field only met on the way (技术交易可以通过互联网进行): no industry (kg.extract.developed)
        full = next((name for name in named if _generic_word_left_out(entity.name, name)), None) if by_pattern and entity.type == "Programme" else None
        yield Entity(entity.doc, entity.type, full, entity.surface, entity.evidence) if full else entity


def _generic_word_left_out(short: str, full: str) -> bool:
    """高新技术产业化资金 of 高新技术产业化专项资金: the full name with one word of what programmes are in
    general (cue list generic_programme_word) left out; not 科学技术发展规划 of 科学技术人才发展规划."""
    return len(full) > len(short) and any(
        full == short[:k] + word + short[k:] for word in cues.words("generic_programme_word") for k in range(2, len(short) - 1)
    )


def _found(doc: Document, vocab: Vocab) -> Iterator[tuple[Entity, bool, bool]]:
    """Each mention's entity, whether a pattern named it, and whether it is named for development (there or,
    for an industry, at an earlier mention: kg.extract.developed reads each industry's frames until one develops it)."""
    programmes: list[str] = []
    developed_: set[str] = set()  # the industries named for development so far
    for sentence in doc.sentences:
        evidence = doc.evidence(sentence.start, sentence.end)
        departments = "部门" in doc.text[sentence.start : sentence.end]
        found, ws = _mentions(doc.text, sentence.start, sentence.end, vocab)
        fields_: list[tuple[int, int]] | None = None  # the sentence's industries, listed when one is first framed
        for mention in found:
            name = mention.name
            if departments and mention.type == "Industry" and DEPARTMENTS_AFTER.match(doc.text, mention.end, sentence.end):
                continue  # 应急管理、通信管理等部门: a body's function in a list of departments, no industry
            if mention.type == "Industry" and name not in developed_:
                fields_ = [(m.start, m.end) for m in found if m.type == "Industry"] if fields_ is None else fields_
                if developed.framed(doc.text, ws, mention.start, mention.end, fields_, sentence.start, sentence.end):
                    developed_.add(name)
            framed = mention.type == "Industry" and name in developed_
            if mention.type == "Agency" and mention.by_pattern and heads.is_function_body(name):
                government = heads.government_of(name)
                full = resolved(government, doc.meta.jurisdiction, vocab) if government else None
                if full and not RELATIVE_BODY.match(full):  # 省人民政府|…部门: the province's government is named too
                    yield Entity(doc.id, "Agency", full, doc.text[mention.start : mention.start + len(government or "")], evidence), False, False
                if not _one_body(name, doc.meta.jurisdiction, vocab):
                    continue  # 区科学技术行政部门 in a city's regulation: every district's, no one body
                name = holder(resolved(name, doc.meta.jurisdiction, vocab), vocab)  # two cities' 市公安部门 are two bodies
            elif mention.type in ("Agency", bodies.ZONE_BODY) and (issuer := _zone_body(name, doc.meta.issuer)):
                name, mention = issuer, mention._replace(type="Agency")
            elif mention.type == bodies.ZONE_BODY:
                continue  # 管委会 in a document no zone's committee issued: whose, the text does not say
            elif mention.type == "Agency" and mention.by_pattern:
                name = resolved(name, doc.meta.jurisdiction, vocab)
                if RELATIVE_BODY.match(name) and doc.meta.jurisdiction:
                    continue  # 区人民政府 in a city's regulation: every district's, no one body
            if mention.type == bodies.OWN_GROUP:
                name = resolved(name, doc.meta.jurisdiction, vocab)
                if RELATIVE_BODY.match(name):
                    continue  # 省投资集团 with no province to name it by
                mention = mention._replace(type="Organization")
            if mention.type == "Programme":
                name = _earlier_name(_unlevelled(name), programmes) if mention.by_pattern else name
                if mention.by_pattern and name.endswith(cues.words("prize_suffix")) and RELATIVE_BODY.match(name):
                    name = _placed(name, doc.meta.jurisdiction, vocab)  # 设立省科学技术奖 in a Jiangxi law: 江西省科学技术奖
                if name not in programmes:
                    programmes.append(name)
            yield Entity(doc.id, mention.type, name, doc.text[mention.start : mention.end], evidence), mention.by_pattern, framed


def mentions(text: str, start: int, end: int, vocab: Vocab) -> list[Mention]:
    """The entity mentions in text[start:end] (one sentence), in text order."""
    return _mentions(text, start, end, vocab)[0]


def _mentions(text: str, start: int, end: int, vocab: Vocab) -> tuple[list[Mention], list[words.Word]]:
    """The mentions, and the sentence's words with each vocabulary hit as one word."""
    hits = words.hits(text, start, end, vocab)
    merged = words.merge(text, words.words(text, start, end), [(s, e, c.type) for s, e, c in hits])
    chosen: list[names.Name] = []
    taken = {(s, e) for s, e, _ in hits}
    every = [*names.find(text, merged), *heads.find(text, merged), *fields.find(text, merged), *headed.find(text, merged), *zones.find(text, merged), *allotted.find(text, merged), *closers.find(text, merged)]
    every += platforms.find(text, merged)  # kinds of platform beyond the vocabulary (plat11)
    every += bilateral.find(text, merged)  # platforms two parties set up (中以加速器; ent12)
    # a zone named as a place and as a platform of a zone's kind (保定国家高新技术产业开发区) is the place (recall10c)
    candidates = sorted(every, key=lambda n: (n.start - n.end, n.start, n.type != "Region", n.type))
    for found in candidates:
        if (found.start, found.end) not in taken and all(found.end <= n.start or n.end <= found.start for n in chosen):
            chosen.append(found)
    chosen += _zones_inside(candidates, chosen, taken)
    out = [_named(n, vocab) for n in chosen]
    fields_end = {e for _, e, c in hits if c.type == "Industry"}
    out += [_widened(text, start, Mention(s, e, c.type, c.label, False)) for s, e, c in hits if not _inside_a_name(s, e, c, chosen) and not _zone_of_a_field(s, c, fields_end)]
    for body in _listed_level_bodies(text, start, end, vocab):
        out = [m for m in out if m.end <= body.start or body.end <= m.start] + [body]
    return sorted(out), merged


def _listed_level_bodies(text: str, start: int, end: int, vocab: Vocab) -> Iterator[Mention]:
    """市、县（区）人民政府: levels listed before one body name the body of each; the first level is the
    document's own (the annotators' 舟山市人民政府), read as the body written after that level alone
    (市人民政府), the list kept as its surface; the other levels' bodies are every district's, no one body."""
    if "、" not in text[start:end] and "和" not in text[start:end]:
        return
    for listed in LEVEL_LIST.finditer(text, start, end):
        clause = CLAUSE_END.search(text, listed.end(), min(end, listed.end() + BODY_WINDOW))
        window = text[listed.end() : clause.start() if clause else min(end, listed.end() + BODY_WINDOW)]
        kinds = list(BODY_KIND.finditer(window))  # the body ends at the last kind word of the window (人民政府…部门)
        body = _body_at_start(listed["level"] + window[: kinds[-1].end()], vocab) if kinds else None
        if body is not None:
            yield Mention(listed.start(), listed.end() + body.end - 1, "Agency", body.name, True)


def _body_at_start(alone: str, vocab: Vocab) -> Mention | None:
    """The body a level and the words after it name (市人民政府, 市科学技术行政部门), read once per wording
    (regulations repeat 市、县（区）人民政府 article after article)."""
    cached = _BODIES.get(alone)
    if cached is not None and cached[0] is vocab:  # (the vocabulary itself, not its id: a freed one's id is reused)
        return cached[1]
    if len(_BODIES) >= MAX_BODIES:
        _BODIES.clear()  # a bounded memory over a long run (kg serve, thousands of documents)
    body = next((m for m in _mentions(alone, 0, len(alone), vocab)[0] if m.start == 0), None)
    named = body is not None and body.type == "Agency" and body.by_pattern and alone[1 : body.end] != "委员会"  # not 政治协商会议|市、县委员会
    _BODIES[alone] = (vocab, body if named else None)
    return body if named else None


def _widened(text: str, start: int, mention: Mention) -> Mention:
    """科技|公共服务平台 → 科技公共服务平台: a generic platform kind (cue list widened_platform_kind) with a field written
    right before it (field_platform_prefix) is a kind of its own, named with the field (ent12)."""
    if mention.type != "PlatformType" or mention.name not in cues.word_set("widened_platform_kind"):
        return mention
    field = next((w for w in cues.words("field_platform_prefix") if text.startswith(w, mention.start - len(w)) and mention.start - len(w) >= start), None)
    return mention._replace(start=mention.start - len(field), name=field + mention.name) if field else mention


def _zone_of_a_field(start: int, concept: Concept, fields_end: set[int]) -> bool:
    """医药健康|产业集聚区: a kind of zone written right after an industry is one zone named by its field
    (cue list field_zone_kind), no mention of the kind."""
    return concept.type == "PlatformType" and start in fields_end and concept.label in cues.word_set("field_zone_kind")


def resolved(name: str, jurisdiction: str | None, vocab: Vocab) -> str:
    """A body named relative to the document's own place, named in full: in a Beijing document
    市委 is 中共北京市委, 市政府 北京市人民政府, 市委市政府 北京市委市政府; in a Tongzhou one
    区科技领导小组 is 北京市通州区科技领导小组 and 区科委 北京市通州区科学技术委员会 (a short form
    of a body's kind, cue list agency_full_form, written in full). So two cities' 市委 are two nodes."""
    return _full_form(_placed(name, jurisdiction, vocab))


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


def _placed(name: str, jurisdiction: str | None, vocab: Vocab) -> str:
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
    if rest in ("政府", "人民政府"):
        return f"{place.label}人民政府"
    if re.fullmatch(rf"委{level}(?:人民)?政府", rest):
        return f"{place.label}委{level}政府"
    parents = [vocab.concepts[p] for p in place.part_of if p in vocab.concepts]
    district = place.level in ("District", "County")
    prefix = parents[0].label if district and parents and parents[0].label.endswith("市") else ""
    return prefix + place.label + rest


def holder(name: str, vocab: Vocab) -> str:
    """天津市公安部门 → 天津市公安局, 河南省科技部门 → 河南省科学技术厅: a body named by its function after
    its place in full is the body holding that function at the place's level (cue lists function_holder…),
    as the annotators name it; a function not listed, or no place the gazetteer knows, keeps the name."""
    if name.startswith("国务院"):  # 国务院标准化行政主管部门 → 国家标准化管理委员会 (cue list function_holder_national)
        return cues.full_forms("function_holder_national").get(_function(name[3:]), name)
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


def _function(phrase: str) -> str:
    """公安部门 → 公安, 标准化行政主管部门 → 标准化, 市场监管部门 → 市场: the words of the function."""
    for head in cues.words("function_body"):  # longest first
        if phrase.endswith(head):
            return re.sub(r"(?:行政|主管|管理|监管)+$", "", phrase[: -len(head)]) or phrase[: -len(head)]
    return phrase


def _zone_body(name: str, issuer: str | None) -> str | None:
    """管委会, 新区管委会, 高新区管理委员会 in a document a zone's committee issued: that committee,
    when the zone's kind (高新区, or its full form 高新技术产业开发区) is in the issuer's name."""
    kind = re.fullmatch(r"(?P<zone>[\u4e00-\u9fff]{0,3}?)(?:管委会|管理委员会)", name)
    if kind is None or issuer is None or not issuer.endswith("管理委员会"):
        return None
    zone = kind["zone"]
    full = cues.full_forms("zone_full_form").get(zone, zone)
    return issuer if zone in issuer or full in issuer else None


def _one_body(name: str, jurisdiction: str | None, vocab: Vocab) -> bool:
    """Whether a body named relative to the document's place (市公安部门) is one body: its level is
    the document's own or above it (a city's 市, a district's 市 or 区), or the place is unknown."""
    relative = RELATIVE_BODY.match(name)
    return relative is None or jurisdiction is None or _place_of_level(vocab, jurisdiction, relative["level"]) is not None


def _place_of_level(vocab: Vocab, jurisdiction: str | None, level: str) -> Concept | None:
    """The region of the given level (省, 市, 区, 县) that holds the jurisdiction, itself included."""
    concept = vocab.by_label(jurisdiction) if jurisdiction else None
    seen = 0
    while concept is not None and seen < 6:
        if concept.type == "Region" and concept.label.endswith(level):
            return concept
        parents = [vocab.concepts[p] for p in concept.part_of if p in vocab.concepts]
        concept = parents[0] if parents else None
        seen += 1
    return None


def _named(name: names.Name, vocab: Vocab) -> Mention:
    """A name the vocabulary knows (“揭榜挂帅”机制 read as 揭榜挂帅机制) takes its concept's label."""
    concept = vocab.by_surface.get(name.name)
    if concept is not None:
        return Mention(name.start, name.end, concept.type, concept.label, False)
    return Mention(name.start, name.end, name.type, name.name, True)


def _zones_inside(candidates: list[names.Name], chosen: list[names.Name], taken: set[tuple[int, int]]) -> list[names.Name]:
    """A zone named inside a body's, platform's or programme's name still says where it is, as a
    place from the vocabulary does (合肥高新区 in 合肥高新区国家数字服务出口基地); inside an
    organisation's name it is only part of the name."""
    zones_: list[names.Name] = []
    for zone in candidates:
        if zone.type != "Region" or zone in chosen or (zone.start, zone.end) in taken:
            continue
        holder = next((n for n in chosen if n.start <= zone.start and zone.end <= n.end), None)
        alone = all(zone.end <= z.start or z.end <= zone.start for z in zones_)
        if holder is not None and holder.type in ("Agency", "Platform", "Programme") and alone:
            zones_.append(zone)
    return zones_


def _inside_a_name(start: int, end: int, concept: Concept, chosen: list[names.Name]) -> bool:
    """A hit inside a name gives way to it (钢铁 in 唐山钢铁集团), except a place in the name of
    a body, platform or programme, which still says where it is (唐山市 in 唐山市人民政府); in an
    organisation's name a place is only part of the name (北京 in 北京交通大学唐山研究院), and so is
    the country in a programme's (中国创新创业大赛). Kinds of enterprise listed in a programme that grows them are
    still named (瞪羚企业和科技领军企业|培育计划; recall10c), not one a fund is named after (中小企业发展专项资金)."""
    for name in chosen:
        if start < name.end and name.start < end:
            if concept.type == "EnterpriseType" and name.type == "Programme" and _grows(name.name):
                return False
            country = concept.level == "Country" and name.type == "Programme"  # 中国|创新创业大赛: a title, no place
            return concept.type != "Region" or name.type == "Organization" or country
    return False


def _grows(programme: str) -> bool:
    """A和B培育计划: a programme that grows a list of kinds of enterprise (cue list growing_programme) names each;
    one kind is only the programme's title (科技型中小企业成长培育计划)."""
    return programme.endswith(cues.words("growing_programme")) and re.search("[和及与、]", programme) is not None


def _unlevelled(name: str) -> str:
    """设立省级|天使投资引导基金: a programme's level is no part of its name (as a platform type's)."""
    level = cues.pattern("level").match(name)
    return name[level.end() :] if level and len(name) - level.end() >= 4 else name


def _earlier_name(name: str, earlier: list[str]) -> str:
    """The programme named earlier in the document that name is a short form of, else name."""
    for full in earlier:
        if full == name or full[-2:] != name[-2:] or len(name) < 4:
            continue
        core = NUMBER_PREFIX.sub("", full)
        if _subsequence(name, full) or (core != full and len(core) >= 5 and name.endswith(core)):
            return full
    return name


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(char in chars for char in short)
