"""Names: named organisations, platforms and agencies by pattern over jieba words (programmes in programmes.py,
agencies in agencynames.py).

Finding only. Over the words of kg.extract.words (each vocabulary hit merged into one word),
`find()` returns the spans whose shape makes them a name: a kind word
at the right (…大学, …重点实验室, …局, …工程) and, to its left, the specific part that names one
instance (a place, a proper noun, a field). The patterns name no instance; the kind words are
the closed set of Chinese institutional suffixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from kg import cues
from kg.extract import companies, plans
from kg.extract.words import PROPER, Word

# ---------------------------------------------------------------- word classes and kind words

NOUN = frozenset({"n", "ng", "nz", "ns", "nr", "nrt", "nrfg", "nt", "vn", "j", "eng", "l", "b", "@Region", "@Organization", "@Industry"})
FIELD = frozenset({"n", "ng", "nz", "@Industry"})
FIELD_VERB = frozenset({"v", "vn", "an"})  # inside a research field: 安全|开采
VERB = frozenset({"v", "vd", "vi", "vg"})
# Before the first proper word of a name these are what introduces it (依托, 深化, 重点支持 …).
LEAD = VERB | {"vn", "d", "ad", "a", "j", "l", "b"}
AND = frozenset({"与", "和", "及"})
# Verbs that introduce a name and are never part of one (依托|…, 支持|…, 建设|…): cue list introducer.
QUOTES = ("“", "”")
MAX_NAME = 24
BRANCH = frozenset({"中心", "分中心", "基地", "分院", "分部"})
PLACE_OPENS = frozenset({"@Region", "ns"})  # a word that opens a name of its own after 和

# Platform kinds beyond the vocabulary's types, for names only: …创业服务平台, …联合实验室.
PLATFORM_KIND = re.compile(r"(?:平台|实验室)$")
ORGANIZATION_KIND = cues.lazy(lambda: rf"(?:{cues.alternation('organization_suffix')})$")
# The level written between a field and a platform kind (建筑安全与环境|国家|重点实验室).
LEVEL = cues.lazy(lambda: rf"{cues.alternation('level')}|{cues.alternation('short_level')}|省部共建")
AGENCY_KIND = cues.lazy(lambda: rf"(?:{cues.alternation('agency_suffix')})$")
NOT_AGENCY = cues.lazy(lambda: rf"(?:{cues.alternation('not_agency_ending')})$")  # 格局, 餐厅, 部署: no body
ZONE = frozenset({"示范区", "高新区", "开发区", "经开区", "新区"})
NOT_BEFORE_AGENCY = frozenset({"各", "各级", "全", "本", "有关", "相关", "其他", "其它", "所在", "地方"})
PROGRAMME_KIND = cues.lazy(lambda: rf"(?:{cues.alternation('programme_suffix')})$")
HEADING = re.compile(r"(?:[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])\s*")


def heading_end(text: str, start: int) -> int | None:
    """Where a numbered heading's words begin when the sentence at start opens one ((一)…, 1.…), else None
    (the sentence splitter keeps a heading's number with its words: 1.科技型企业梯次培育工程。)."""
    heading = HEADING.match(text, start)
    return heading.end() if heading else None




class Name(NamedTuple):
    start: int
    end: int
    type: str
    name: str


def find(text: str, ws: Sequence[Word]) -> list[Name]:
    """Every name in one sentence's words (names may overlap: the caller chooses).

    A finder runs only where the sentence holds a kind word, tag or sign it keys on (tested once
    here, on the sentence's text, words and tags), not over the words of every sentence."""
    if not ws:
        return []
    sentence, texts, tags = text[ws[0].start : ws[-1].end], {w.text for w in ws}, {w.tag for w in ws}
    found: list[Name] = []
    if "@PlatformType" in tags or _kind_words().search(sentence):
        found += by_kind_word(text, ws)
    if "@PlatformType" in tags:
        found += listed_platforms(text, ws)
    if "中共" in sentence or "本府" in sentence or cues.pattern("agency_suffix").search(sentence):  # (本府建設處, twn17)
        from kg.extract.agencynames import agencies  # it reads Name and the word classes of this module

        found += agencies(text, ws)
        from kg.extract.taiwan_bodies import city_bureaus  # it reads Name and the word classes of this module

        found += city_bureaus(text, ws, found)
    if "本府" in sentence:
        from kg.extract.taiwan_bodies import own_bureaus  # it reads Name and the word classes of this module (ent17d)

        found += own_bureaus(text, ws)
    if "议会" in sentence:
        from kg.extract.taiwan_bodies import councils  # it reads Name and the word classes of this module (twn20b)

        found += councils(text, ws)
    if QUOTES[0] in sentence or "实施" in sentence or "开展" in sentence or not texts.isdisjoint(plans.triggers()) or heading_end(text, ws[0].start) is not None:
        from kg.extract.programmes import programmes  # it reads Name and the word classes of this module

        found += programmes(text, ws)
    if "(" in sentence or "参加" in sentence or "参与" in sentence:
        from kg.extract.taiwan_programmes import taiwan_programmes  # it reads Name and the word classes of this module

        found += taiwan_programmes(text, ws, found)
    if "资金" in sentence or "基金" in sentence:
        from kg.extract.fundnames import funds  # it reads Name and the word classes of this module (ent15a)

        found += funds(text, ws)
    return found


@lru_cache(maxsize=1)
def _kind_words() -> re.Pattern[str]:
    """Any kind word by_kind_word keys on, anywhere in a sentence."""
    kinds = ("平台", "实验室", *cues.words("organization_suffix"), *cues.words("programme_suffix"))
    return re.compile("|".join(map(re.escape, kinds)))


def listed_platforms(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """煤转化、量子光学与光量子器件、…等国家重点实验室: each field of a list written before a level
    and a platform type names one platform (煤转化国家重点实验室); the level is what makes them
    named instances, so 企业、高校等重点实验室 names none."""
    for i, word in enumerate(ws):
        if word.tag != "@PlatformType" or i < 2 or not LEVEL.fullmatch(ws[i - 1].text):
            continue
        k = i - 1 - (ws[i - 2].text == "等")
        m = k
        while m > 0 and ws[k].start - ws[m - 1].start <= 120:
            left = ws[m - 1]
            if left.text in cues.word_set("introducer") or (left.tag == "x" and left.text.strip() not in ("", "、")):
                break
            m -= 1
        raw = text[ws[m].start : ws[k].start].split("、")
        items = [re.sub(r"\s+", "", item) for item in raw]
        if len(items) < 2 or not all(2 <= len(item) <= 14 for item in items) or any(_list_closed(item) for item in items):
            continue  # 武汉大学、华中科技大学等高校和|省实验室: the list closed before the level (等高校和), no platform of it
        kind = re.sub(r"\s+", "", text[ws[i - 1].start : word.end])
        pos = ws[m].start
        for item, written in zip(items, raw):
            yield Name(pos, pos + len(written), "Platform", item + kind)
            pos += len(written) + 1


def _list_closed(item: str) -> bool:
    """华中科技大学等高校和: an item that closes its list (等) or joins what follows (和), or names an organisation."""
    return "等" in item or item[-1] in AND or ORGANIZATION_KIND.search(item) is not None


def by_kind_word(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """A specific name before a kind word: …大学/研究院/有限公司 → Organization, a platform type or
    …平台/实验室 → Platform, …计划/工程/行动/专项 → Programme (中关村雏鹰人才计划)."""
    for i, word in enumerate(ws):
        if word.tag == "@PlatformType" or (word.tag[0] == "n" and PLATFORM_KIND.search(word.text)):
            first = _field_before_level(ws, i)
            if first is None:
                first = _specific_start(ws, i)
            if first is not None and first < i:
                end = branch_end(ws, i)
                yield Name(ws[first].start, end, "Platform", text[ws[first].start : end])
        elif (word.tag[0] in "nj" or word.text in cues.word_set("organization_suffix")) and ORGANIZATION_KIND.search(word.text):  # 联盟 is tagged j, 交易所 c
            first = _specific_start(ws, i)
            first = companies.start(ws, i, AND, VERB, MAX_NAME) if first is None else first
            first = _listed_start(ws, i) if first is None else first
            glued = first is not None and first > 0 and ws[first - 1].tag == "j" and len(ws[first - 1].text) == 1  # 沪|深北证券交易所
            if first is not None and not glued and (first < i or (word.tag in PROPER and len(word.text) > 3)) and not _placeless(ws, first, i):
                yield Name(ws[first].start, word.end, "Organization", text[ws[first].start : word.end])
        elif word.tag[0] in "nv" and PROGRAMME_KIND.search(word.text):
            first = _specific_start(ws, i)
            if first is not None and not _set_up_inside(ws, first, i) and not PROGRAMME_KIND.fullmatch(ws[first].text):  # not 计划|和|…工程: a kind opens no name (ent19a)
                last_proper = max(k for k in range(first, i) if ws[k].tag in PROPER)
                # more than 重点 between 北京城市副中心 and 工程, or a field of its own (澳门|人才|计划)
                if word.start - ws[last_proper].end >= 3 or _a_field_between(ws, last_proper, i):
                    end = ws[i + 1].end if word.text.endswith("行动") and i + 1 < len(ws) and ws[i + 1].text == "方案" else word.end
                    yield Name(ws[first].start, end, "Programme", text[ws[first].start : end])  # …发展行动|方案: the plan's name ends there (ent16e)


def _set_up_inside(ws: Sequence[Word], first: int, i: int) -> bool:
    """…指导青浦区研究|制定|年度用地计划, 根据国家有关规定|安排|专项资金: a verb that sets a plan up or money aside
    inside the words before the kind makes them a clause, its subject first; the plan set up is read after the
    verb (kg.extract.programmes), not here (ent15a)."""
    setting = plans.verbs() | cues.word_set("arrange")
    return any(w.text in setting for w in ws[first:i])


def _a_field_between(ws: Sequence[Word], last_proper: int, i: int) -> bool:
    """澳门|人才|计划: one noun between a place and a programme's kind names its field; 北京城市副中心|
    重点|工程 and 河北省|科技|计划 name none (cue list generic_programme_word: what programmes are in general)."""
    between = ws[last_proper + 1 : i]
    return ws[last_proper].tag == "@Region" and len(between) == 1 and between[0].tag in ("n", "vn") and len(between[0].text) == 2 \
        and between[0].text not in cues.word_set("generic_programme_word")


def _listed_start(ws: Sequence[Word], i: int) -> int | None:
    """四川大学、|电子科技|大学: an organisation named by common nouns alone is one in a list of organisations, the
    item before its 、 one the vocabulary knows of the same kind (not 本科学院、|高职|学院: kinds of school)."""
    j = i
    while j > 0 and ws[j - 1].tag in ("n", "nz", "vn", "j") and ws[i].start - ws[j - 1].start < MAX_NAME:
        j -= 1
    listed = j >= 2 and j < i and ws[j - 1].text == "、" and ws[j - 2].tag == "@Organization"
    return j if listed and ws[j - 2].text.endswith(ws[i].text) else None


def _placeless(ws: Sequence[Word], first: int, i: int) -> bool:
    """外国公司, 外地企业集团: the only proper words before the kind are places that name none (cue list
    placeless_word), so the words name a kind of organisation, not one."""
    proper = [w.text for w in ws[first:i] if w.tag in PROPER]
    return bool(proper) and all(p in cues.words("placeless_word") for p in proper)


def branch_end(ws: Sequence[Word], i: int) -> int:
    """Where a platform's name ends: after a branch named by place (京津冀国家技术创新中心|通州|中心)."""
    if i + 2 < len(ws) and ws[i + 1].tag in ("@Region", "ns") and ws[i + 2].text in BRANCH:
        return ws[i + 2].end
    return ws[i].end


def _specific_start(ws: Sequence[Word], i: int) -> int | None:
    """The first word of the name that ends with word i, if a proper word makes it specific.

    Going left over name-like words, a verb or 与/和/及 is kept only after a common noun
    (技术|转移, 技术|与|工程); the name then starts after the last introducing word (verb,
    adverb …) before its first proper word, so 重点支持华北理工大学 gives 华北理工大学 and
    中车唐山机车车辆有限公司 stays whole.
    """
    j = i
    while j > 0 and ws[i].end - ws[j - 1].start <= MAX_NAME:
        left = ws[j - 1]
        if (left.text in cues.word_set("introducer") and not (left.tag == "vn" and ws[i].tag == "j")) or (is_body(left.text) and len(left.text) > 1):
            break  # 依托|…, or an agency's body: 领导小组|全面统筹行动计划; 服务|联盟 is a noun phrase
        if left.tag in NOUN or left.tag == "a":
            j -= 1
        elif left.tag in VERB and j >= 2 and ws[j - 2].tag in ("n", "vn", "@Industry"):
            j -= 1
        elif left.text in AND and j >= 2 and ws[j - 2].tag == "n" and not ORGANIZATION_KIND.search(ws[j - 2].text) and not _two_names(ws, j) and not _named_alone(ws, j):
            j -= 1  # 材料技术与工程研究所, but not 华北理工大学与|开滦集团
        elif left.tag == "f" and (j == 1 or ws[j - 2].tag == "x"):
            j -= 1  # a locative opens a name where a phrase begins (中煤科工集团), not after one (园区内)
        else:
            break
    first_proper = next((k for k in range(j, i + 1) if ws[k].tag in PROPER and ws[k].text not in cues.word_set("generic_industry_word")), None)  # 新兴产业/nt names nothing (ent18a)
    if first_proper is None or _only_a_level(ws, first_proper, i) or ws[first_proper].text[0] in "和与及":
        return None  # …型企业|和产教/nz|融合|实训基地: jieba glued 和 to a word, no proper one
    start = j
    for k in range(j, first_proper):
        if ws[k].tag in LEAD:
            start = k + 1
    return start


def _two_names(ws: Sequence[Word], j: int) -> bool:
    """太湖|湾科|创带|和|无锡|国家高新区: a place opens the name after 和 and a proper word is written in the one before
    it, so 和 joins two names (not 国家|和|四川省|一体化政务服务平台: a level before 和; ent16d)."""
    return ws[j].tag in PLACE_OPENS and any(w.tag in PROPER for w in ws[max(0, j - 3) : j - 1])


def _named_alone(ws: Sequence[Word], j: int) -> bool:
    """企业与|福州|大学: a place right after 与 opens a name of its own, so 与 joins the clause's partners (企业 and
    the school), not one name's words (材料技术与工程研究所); not after a level (国家与…省…平台) (ent20c)."""
    return ws[j - 1].text == "与" and ws[j].tag in PLACE_OPENS and ws[j - 2].text not in cues.word_set("level")


def _only_a_level(ws: Sequence[Word], first_proper: int, i: int) -> bool:
    """河北省院士工作站, 唐山市科技创新园区: an administrative region right before a platform type
    is its level, not its name (中关村实验室 and 唐山技术转移公共服务平台 are names); so is one written
    with 级 (金华市|级|企业技术中心: the city's level, as kg.extract.levels reads it; ent14b)."""
    region = ws[first_proper]
    levelled = first_proper == i - 2 and ws[i - 1].text == "级"
    return region.tag == "@Region" and (first_proper == i - 1 or levelled) and region.text[-1] in "省市区县" and ws[i].tag == "@PlatformType"


def _field_before_level(ws: Sequence[Word], i: int) -> int | None:
    """建筑安全与环境|国家|重点实验室: a research field written before the level of a platform.

    The field is two words or more that start with a noun and end with one, or join two parts
    with 与/和/及 (煤炭资源与安全开采); so 企业|获批|国家|重点实验室 and 生物医药|国家|重点实验室
    name nothing.
    """
    level = i
    while level > 0 and LEVEL.fullmatch(ws[level - 1].text):
        level -= 1
    k = level
    while k > 0 and ws[k - 1].text not in cues.word_set("introducer") and (
        ws[k - 1].tag in FIELD | FIELD_VERB or (ws[k - 1].text in AND and k >= 2 and ws[k - 2].tag in FIELD | FIELD_VERB)
    ):
        k -= 1
    while k < level and ws[k].tag not in FIELD:
        k += 1
    field = ws[k:level]
    if level == i or len(field) < 2 or field[-1].end - field[0].start < 4:
        return None
    if field[-1].tag not in FIELD | {"vn"} and not any(w.text in AND for w in field):
        return None
    return k


def is_body(word: str) -> bool:
    return bool(word) and AGENCY_KIND.search(word) is not None and NOT_AGENCY.search(word) is None
