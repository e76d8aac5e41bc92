"""Entities: vocabulary terms (ontology/vocab) and named instances (kg.extract.names), sentence by sentence.

Each sentence is cut into words once. A vocabulary hit counts only where the words agree that it
is there: neither edge falls inside a dictionary word (财政部门 is one word, so 财政部 is not in
it; 仓储|能力 hides no 储能), unless the hit is long enough to be unambiguous. Named instances are
then found over the words, and a hit inside a longer name gives way to it (钢铁 in 唐山钢铁集团).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from kg import cues
from kg.extract import abbrplaces, allotted, bilateral, bodies, bookplans, closers, counted, countryname, developed, ellipsis, fieldfirms, fieldkinds, fields, firms, functionbodies, governed, headed, heads, hitrules, labs, localplaces, names, ownfunds, ownrules, platforms, ports, programmenames, setup_bodies, shortkinds, stepkinds, taiwan_bodies, taiwan_named, taiwan_names, territory, titledfield, titlekinds, universities, vouchers, words, zones
from kg.extract.resolve import RELATIVE_BODY, committee_in_full, holder, one_body, own_bureau, own_named, placed, resolved, zone_body, zone_level_body
from kg.model import Document, Entity
from kg.vocab import Vocab

EMITS = (Entity,)
OWN_KIND = {bodies.OWN_GROUP: "Organization", ownfunds.OWN_FUND: "Programme", ownfunds.OWN_PLATFORM: "Platform"}  # named relative to the document's place

# In-document short forms of a numbered programme: 千家企业技术中心培优工程 → 企业技术中心培优工程.
# From an item to the 部门 that closes its list within the clause (、通信管理等部门, 和交通运输部门按照…)
DEPARTMENTS_AFTER = re.compile(r"[^,;。:、]{0,6}(?:[、和及与][^,;。:、]{1,12}?)*(?:等|以及)?(?:有关|相关|其他)?部门")
# Levels listed before one body (市、县（区）人民政府, 市、区（市）科学技术行政部门): the first is the document's own (ent12)
CLAUSE_END = re.compile(r"[,;。:]")
BREADCRUMB = cues.lazy(lambda: rf"\s*(?:{cues.alternation('breadcrumb_opener')})\s*[:：][^\n]*?[>»＞]")
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
    return sorted(taiwan_names.as_written(doc, vocab, find(doc, vocab)), key=lambda e: (e.evidence.start, e.type, e.name))  # (綠能 in a bureau's name: twn19)


def find(doc: Document, vocab: Vocab) -> Iterator[Entity]:
    """Every entity of the document; a programme's short form written before its full name (…产业化资金,
    then …产业化专项资金 articles later) takes the full name too, as one written after it does."""
    found = list(_found(doc, vocab))
    named = {entity.name for entity, by_pattern, _ in found if entity.type == "Programme"}
    developed = {entity.name if entity.type == "Industry" else entity.name.removesuffix(fieldfirms.FIRM) for entity, _, framed in found if framed}  # a field's firms frame it (ent17e)
    places = {entity.name for entity, _, _ in found if entity.type == "Region"}
    committees = {entity.name for entity, _, _ in found if entity.type == "Agency" and entity.name.endswith(("管理委员会", "执行委员会"))}
    own_title = _bare_title(doc.meta.title)
    own_zone = governed.title_zone(doc.meta.title, vocab)  # 成都东部新区条例: its 新区管委会 is that zone's (ent17d)
    titled_only = titlekinds.title_only(entity for entity, _, _ in found)  # 2.研究搭建科技公共服务平台。 alone (ent18a)
    for entity, by_pattern, _ in found:
        if entity.type == "PlatformType" and entity.name in titled_only:
            continue
        if entity.type == "Programme" and own_title and entity.name == own_title:
            continue  # 关于印发《南山区…行动计划(2025—2027年)》的通知: the document itself, no programme it names (ent16e)
        if entity.type == "Organization" and universities.generic(entity.name):
            continue  # 國立大學應設置校務基金: every national university, none named (ent17d)
        if entity.type == "Industry" and entity.name not in developed:
            continue  # a field only met on the way (技术交易可以通过互联网进行): no industry (kg.extract.developed)
        if entity.type == "Region" and (full := _zone_in_full(entity.name, places)):
            entity = Entity(entity.doc, "Region", full, entity.surface, entity.evidence)
        if entity.type == "Agency" and (full := governed.committee(entity.name, own_zone, committees) or committee_in_full(entity.name, committees)):
            entity = Entity(entity.doc, "Agency", full, entity.surface, entity.evidence)  # 三江新区管委会: the committee named in full
        if entity.type == "Agency" and governed.kind_committee(entity.name):
            continue  # 开发区管理委员会 of 经济开发区管理委员会应当…: every zone's committee, no one body (ent17d)
        if entity.type == "Agency" and (full := governed.zone_committee_named(entity.name, vocab)):
            entity = Entity(entity.doc, "Agency", full, entity.surface, entity.evidence)  # 东湖高新区管委会 (ent17d)
        full = next((name for name in named if _generic_word_left_out(entity.name, name)), None) if by_pattern and entity.type == "Programme" else None
        full = full or (vouchers.in_full(entity.name, named) if entity.type == "Programme" and not by_pattern else None)  # 创新券 after 科技金融创新券 (ent18a)
        yield Entity(entity.doc, entity.type, full, entity.surface, entity.evidence) if full else entity


def _bare_title(title: str | None) -> str:
    """The document's own title without its bracketed years (…行动计划(2025—2027年)): a programme of that name is the
    document itself."""
    return re.sub(r"[(（][^()（）]*[)）]$", "", title or "").strip()


def _kind_titles_a_programme(text: str, mention: Mention) -> bool:
    """科技小巨人|工程, 独角兽|计划: a kind of enterprise written without 企业 right before a programme's kind word
    (cue list programme_suffix) is the programme's title; 瞪羚企业|培育计划 still names the kind (recall10c)."""
    return not text.endswith("企业", mention.start, mention.end) and text.startswith(cues.words("programme_suffix"), mention.end)


def _zone_in_full(name: str, places: set[str]) -> str | None:
    """长沙高新区 in a document that also names 长沙高新技术产业开发区 (its committee's title): the zone in full
    (cue list zone_full_form), one place; None where the full name is not written."""
    for short, full in cues.full_forms("zone_full_form").items():
        if name.endswith(short) and (whole := name[: -len(short)] + full) in places:
            return whole
    return None


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
    own = ownrules.field(doc.meta.title)  # the field a 促进条例 promotes: the rules set up for it are named (ent16d)
    titled = titledfield.field(doc.meta.title)  # …细胞和基因产业促进条例: each 细胞和基因产业 of the text names the field (ent17b)
    zone = governed.zone(doc.meta.title, vocab)  # the zone the title governs (…促进天开高教科创园发展条例; ent17d)
    district = governed.district(doc.meta.issuer, doc.meta.jurisdiction, vocab) or governed.titled_district(doc.meta.title, doc.meta.jurisdiction, vocab)  # 深圳市|南山区|人民政府办公室 (ent17d), or the title's (ent19c)
    own_places = [p for p in (zone, district) if p]
    local = localplaces.scope(doc.text, doc.meta.jurisdiction, vocab)  # 鼓楼区 in a Nanjing document: Nanjing's (ent18c)
    for sentence in doc.sentences:
        if BREADCRUMB.match(doc.text, sentence.start, sentence.end):
            continue  # 当前位置：首页 > 政务公开 > 市政府办公室文件: a web page's trail of sections, no body named
        evidence = doc.evidence(sentence.start, sentence.end)
        departments = "部门" in doc.text[sentence.start : sentence.end]
        found, ws = _mentions(doc.text, sentence.start, sentence.end, vocab)
        found = _with_own_rules(found, doc.text, ws, own) if own else found
        found = sorted(found + [Mention(n.start, n.end, n.type, n.name, True) for n in titledfield.find(doc.text, sentence.start, sentence.end, titled) if all(n.end <= m.start or m.end <= n.start for m in found)]) if titled else found
        for place in own_places:
            found = _with_governed_zone(found, doc.text, sentence.start, sentence.end, place)
        if local is not None and (near := [Mention(s, e, "Region", n, True) for s, e, n in localplaces.find(doc.text, ws, local, vocab, [m[:4] for m in found])]):
            found = sorted(found + near)
        spans = [(m.start, m.end) for m in found]
        fields_: list[tuple[int, int]] | None = None  # the sentence's industries, listed when one is first framed
        for mention in found:
            name = mention.name
            if departments and mention.type == "Industry" and DEPARTMENTS_AFTER.match(doc.text, mention.end, sentence.end):
                continue  # 应急管理、通信管理等部门: a body's function in a list of departments, no industry
            if mention.type == "EnterpriseType" and _kind_titles_a_programme(doc.text, mention):
                continue  # 上海市科技小巨人|工程的企业: the programme's title, no kind named (ent14c)
            if mention.type == "Industry" and name not in developed_:
                fields_ = [(m.start, m.end) for m in found if m.type == "Industry"] if fields_ is None else fields_
                if developed.framed(doc.text, ws, mention.start, mention.end, fields_, sentence.start, sentence.end):
                    developed_.add(name)
            framed = mention.type == "Industry" and name in developed_
            if mention.type == "Industry" and doc.text[mention.start : mention.end] == name and (kind := fieldfirms.firm_kind(doc.text, mention.start, mention.end, name, spans)):
                yield Entity(doc.id, "EnterpriseType", kind, doc.text[mention.start : mention.end + len(fieldfirms.FIRM)], evidence), True, framed
                continue  # 集成电路|企业: a kind of firm, no industry there; it still frames the field (支持先进制造业企业; ent17e)
            if mention.type == "Agency" and mention.by_pattern and functionbodies.is_function_body(name):
                government = functionbodies.government_of(name)
                full = resolved(government, doc.meta.jurisdiction, vocab) if government else None
                if full and not RELATIVE_BODY.match(full):  # 省人民政府|…部门: the province's government is named too
                    yield Entity(doc.id, "Agency", full, doc.text[mention.start : mention.start + len(government or "")], evidence), False, False
                if not one_body(name, doc.meta.jurisdiction, vocab):
                    continue  # 区科学技术行政部门 in a city's regulation: every district's, no one body
                name = holder(resolved(name, doc.meta.jurisdiction, vocab), vocab)  # two cities' 市公安部门 are two bodies
                if functionbodies.is_function_body(name) and not RELATIVE_BODY.match(name):
                    continue  # 杭州市会展业主管部门, no holder listed: the annotators name the holder, the wording is no body (ent17d)
            elif mention.type in ("Agency", bodies.ZONE_BODY) and (issuer := zone_body(name, doc.meta.issuer)):
                name, mention = issuer, mention._replace(type="Agency")
            elif mention.type == bodies.ZONE_BODY:
                continue  # 管委会 in a document no zone's committee issued: whose, the text does not say
            elif mention.type == "Agency" and mention.by_pattern:
                of_district = governed.district_body(name, doc.meta.jurisdiction, district) if district and doc.meta.jurisdiction else None
                name = resolved(of_district or name, None if of_district else doc.meta.jurisdiction, vocab)  # 区科技创新局 of 南山区's own
                name = (RELATIVE_BODY.match(name) and zone_level_body(name, doc.meta.issuer)) or name
                if RELATIVE_BODY.match(name) and doc.meta.jurisdiction:
                    continue  # 区人民政府 in a city's regulation: every district's, no one body
            if mention.type == taiwan_bodies.OWN_BUREAU:
                if (bureau := own_bureau(name, doc.meta.jurisdiction, vocab)) is None:
                    continue  # 本府…處 with no Taiwan city or county to name it by
                name, mention = bureau, mention._replace(type="Agency")
            if mention.type in OWN_KIND:
                name = (resolved if mention.type == bodies.OWN_GROUP else own_named)(name, doc.meta.jurisdiction, vocab)
                if RELATIVE_BODY.match(name) and not ownfunds.kept_as_written(name, mention.type):
                    continue  # 省投资集团, 市产业奖 with no province or city to name it by
                mention = mention._replace(type=OWN_KIND[mention.type])
            if mention.type == "Programme":
                name = programmenames.earlier_name(programmenames.unlevelled(name), programmes) if mention.by_pattern else name
                if mention.by_pattern and name.endswith(cues.words("prize_suffix")) and RELATIVE_BODY.match(name):
                    name = placed(name, doc.meta.jurisdiction, vocab)  # 设立省科学技术奖 in a Jiangxi law: 江西省科学技术奖
                    name = name[1:] if RELATIVE_BODY.match(name) and doc.text[mention.start] != name[0] else name  # 省人民政府设立|…奖 with no place to name it by: as written (ent17a)
                if name not in programmes:
                    programmes.append(name)
            yield Entity(doc.id, mention.type, name, doc.text[mention.start : mention.end], evidence), mention.by_pattern, framed
            if mention.type == "Agency" and name.endswith("管理委员会"):  # 嘉定工业区、|菊园新区管委会: each zone's committee
                regions = [(m.start, m.end, m.name) for m in found if m.type == "Region"]
                for s, e, body in zones.shared_committee(doc.text, mention.start, regions):
                    yield Entity(doc.id, "Agency", body, doc.text[s:e], evidence), False, False


def _with_own_rules(found: list[Mention], text: str, ws: list[words.Word], own: str) -> list[Mention]:
    """The mentions and the rules and kinds of firm of the law's own field in the sentence, where nothing else is named."""
    rules = [Mention(n.start, n.end, "Programme", n.name, True) for n in ownrules.find(text, ws, own)]
    rules += [Mention(n.start, n.end, n.type, n.name, True) for n in ownrules.firms(text, ws[0].start, ws[-1].end, own)] if ws else []
    rules = [r for r in rules if all(m.end <= r.start or r.end <= m.start or m.type in ("Industry", "EnterpriseType") and m.type != r.type for m in found)]
    inside = {(m.start, m.end) for m in found for r in rules if r.start <= m.start and m.end <= r.end}
    return sorted([m for m in found if (m.start, m.end) not in inside] + rules)


def _with_governed_zone(found: list[Mention], text: str, start: int, end: int, zone: str) -> list[Mention]:
    """The mentions and the zone the title governs (or the district the issuer names) wherever the sentence writes it, a
    Region; what its name holds (天津 of 天津新技术产业园区, a kind of park) gives way to it, as a zone's name takes its place's."""
    zones = [Mention(s, e, "Region", zone, True) for s, e in governed.spans(text, start, end, zone)]
    zones = [z for z in zones if not any(m.type == "Region" and (m.start, m.end) == (z.start, z.end) for m in found)]
    inside = {(m.start, m.end) for m in found for z in zones if z.start <= m.start and m.end <= z.end and m.type in ("Region", "Industry", "PlatformType")}
    return sorted([m for m in found if (m.start, m.end) not in inside] + zones) if zones else found


def mentions(text: str, start: int, end: int, vocab: Vocab) -> list[Mention]:
    """The entity mentions in text[start:end] (one sentence), in text order."""
    return _mentions(text, start, end, vocab)[0]


def _mentions(text: str, start: int, end: int, vocab: Vocab) -> tuple[list[Mention], list[words.Word]]:
    """The mentions, and the sentence's words with each vocabulary hit as one word."""
    hits = words.hits(text, start, end, vocab)
    merged = words.merge(text, words.words(text, start, end), [(s, e, c.type) for s, e, c in hits])
    chosen: list[names.Name] = []
    taken = {(s, e) for s, e, _ in hits}
    every = [*names.find(text, merged), *heads.find(text, merged), *fields.find(text, merged), *headed.find(text, merged), *zones.find(text, merged), *zones.listed(text, merged), *allotted.find(text, merged), *closers.find(text, merged)]
    every = [*taiwan_named.find(text, merged), *every]  # first, to win a tie: 屏東|科學園區 a zone, 行政院|國家發展基金, …計畫（SBIR） (twn20)
    every += shortkinds.find(text, merged, vocab)  # kinds of platform written short in a list (博士后科研流动站、科研工作站; ent17c; before platforms: the full kind wins a tie)
    every += [*platforms.find(text, merged), *fieldkinds.find(text, merged)]  # kinds of platform beyond the vocabulary (plat11), field-led (ent19b)
    every += bilateral.find(text, merged)  # platforms two parties set up (中以加速器; ent12)
    every += firms.find(text, merged)  # firms listed before a kind of enterprise (三一集团、中联重科等龙头企业; ent14c)
    every += ellipsis.find(text, merged)  # kinds written short in a list (国家知识产权示范企业、优势企业; ent14c)
    every += labs.find(text, merged)  # labs named by a place (天府实验室; ent15b)
    every += [*territory.find(text, merged), *abbrplaces.find(text, merged)]  # the country in full before its territory (中华人民共和国境内; ent15e); 来皖, 驻鲁 (ent19c)
    every += bookplans.find(text, merged) if "《" in text[start:end] else []  # plans cited by their title (ent17a)
    every += universities.find(text, merged) if "大学" in text[start:end] else []  # 南方科技大学, 国立嘉义大学 (ent17d)
    every += setup_bodies.find(text, start, end) if "委员会" in text[start:end] else []  # 本市设立…咨询委员会 (ent17d)
    every += vouchers.find(text, merged) if "券" in text[start:end] else []  # 青岛市|科技创新券, 南山|算力券 (ent18a)
    every = counted.kept(text, every)  # 建成…联合实验室5家: kinds counted, no platform named (ent16d)
    every += taiwan_bodies.ministry_bureaus(text, merged)  # 衛生福利部|國民|健康|署得 (twn18)
    every = bodies.legal_first(text, every)  # 委託|財團法人…研究院: the legal person's name from its form (twn18)
    # a zone named as a place and as a platform of a zone's kind (保定国家高新技术产业开发区) is the place (recall10c)
    candidates = sorted(every, key=lambda n: (n.start - n.end, n.start, n.type != "Region", n.type))
    for found in candidates:
        if ((found.start, found.end) not in taken or found.type == bodies.SHARED_LEVEL) and all(found.end <= n.start or n.end <= found.start for n in chosen):
            chosen.append(found)
    chosen += _zones_inside(candidates, chosen, taken)
    out = [_named(n, vocab) for n in chosen]
    fields_end = {e: s for s, e, c in hits if c.type == "Industry"}
    places_at = {s: e for s, e, c in hits if c.type == "Region"}  # 宁波|舟山|港: places inside a port's name (ent16c)
    out += [_widened(text, start, Mention(s, e, c.type, c.label, False)) for s, e, c in hits if not hitrules.inside_a_name(s, e, c, chosen) and not hitrules.zone_of_a_field(text, s, c, fields_end) and not ports.named_after(text, e, c, places_at) and not hitrules.a_system(text, s, e, c) and not countryname.opens_a_name(text, s, e, c) and not stepkinds.a_step(text, s, e, c)]
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
    right before it (field_platform_prefix) is a kind of its own, named with the field (ent12); so is any kind after 国际
    (cue list own_platform_prefix: part of the kind's name, 国际科技企业孵化器 as annotated)."""
    if mention.type == "PlatformType" and (own := _written_before(text, start, mention.start, "own_platform_prefix")):
        return mention._replace(start=mention.start - len(own), name=own + text[mention.start : mention.end])  # 国际|科技企业孵化器: a kind of its own, as written (ent16e)
    if mention.type != "PlatformType" or mention.name not in cues.word_set("widened_platform_kind"):
        return mention
    field = _written_before(text, start, mention.start, "field_platform_prefix")
    return mention._replace(start=mention.start - len(field), name=field + mention.name) if field else mention


def _written_before(text: str, start: int, at: int, cue_list: str) -> str | None:
    """The word of the cue list written right before `at`, inside text[start:], if any (longest first)."""
    return next((w for w in cues.words(cue_list) if text.startswith(w, at - len(w)) and at - len(w) >= start), None)


def _named(name: names.Name, vocab: Vocab) -> Mention:
    """A name the vocabulary knows (“揭榜挂帅”机制 read as 揭榜挂帅机制) takes its concept's label."""
    if name.type == bodies.SHARED_LEVEL:  # 自治区能源局、|发展改革委: the level's body, whatever the vocabulary's
        return Mention(name.start, name.end, "Agency", name.name, True)
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
