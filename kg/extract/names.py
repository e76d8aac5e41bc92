"""Names: named organisations, platforms, agencies and programmes, by pattern over jieba words.

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
from kg.extract import plans
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

# Platform kinds beyond the vocabulary's types, for names only: …创业服务平台, …联合实验室.
PLATFORM_KIND = re.compile(r"(?:平台|实验室)$")
ORGANIZATION_KIND = cues.lazy(lambda: rf"(?:{cues.alternation('organization_suffix')})$")
# The level written between a field and a platform kind (建筑安全与环境|国家|重点实验室).
LEVEL = cues.lazy(lambda: rf"{cues.alternation('level')}|{cues.alternation('short_level')}|省部共建")
AGENCY_KIND = cues.lazy(lambda: rf"(?:{cues.alternation('agency_suffix')})$")
NOT_AGENCY = cues.lazy(lambda: rf"(?:{cues.alternation('not_agency_ending')})$")  # 格局, 餐厅, 部署: no body
RELATIVE_LEVEL = frozenset({"省", "市", "区", "县"})
ZONE = frozenset({"示范区", "高新区", "开发区", "经开区", "新区"})
NOT_BEFORE_AGENCY = frozenset({"各", "各级", "全", "本", "有关", "相关", "其他", "其它", "所在", "地方"})
PROGRAMME_KIND = cues.lazy(lambda: rf"(?:{cues.alternation('programme_suffix')})$")
GENERIC_START = frozenset({"相关", "有关", "具体", "各类", "年度", "本地区", "本级"})  # 制定|相关科技规划: no name
# After a verb that sets one up, a rule, fund or plan is a programme too (建立…协调制度, 设立…引导基金)
RULE_KIND = cues.lazy(lambda: rf"(?:{cues.alternation('programme_suffix')}|{cues.alternation('rule_suffix')})$")
# A fund named only by 资金/基金 (not 引导基金, 专项资金 …), and a clause that encourages others to set one up
BARE_FUND = cues.lazy(lambda: rf"(?<!{'|'.join(w[:-2] for w in cues.words('rule_suffix') if len(w) > 2 and w[-2:] in ('资金', '基金'))})(?:资金|基金)$")
ENCOURAGED = re.compile(r"(?:鼓励|支持|引导)[^,。;]{0,20}$")
NUMBERED = re.compile(r"[一二三四五六七八九十百千万两几\d]+[大项家个批类]?")
HEADING = re.compile(r"(?:[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])\s*")
PARTY_COMMITTEE = re.compile(r"中共[\u4e00-\u9fff]{1,8}[省市区县]委")
SESSION = re.compile(r"第[一二三四五六七八九十百零\d]+届")
RUN = re.compile(r"(?:组织|深入|全面|启动|加快|持续)?(?:实施|开展)")
CARRIED_KIND = cues.lazy(lambda: rf"(?:{cues.alternation('carried_out_kind')})$")  # what 开展 runs


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
    if "中共" in sentence or cues.pattern("agency_suffix").search(sentence):
        found += agencies(text, ws)
    if QUOTES[0] in sentence or "实施" in sentence or "开展" in sentence or not texts.isdisjoint(plans.triggers()) or HEADING.match(text, ws[0].start):
        found += programmes(text, ws)
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
        if len(items) < 2 or not all(2 <= len(item) <= 14 for item in items):
            continue
        kind = re.sub(r"\s+", "", text[ws[i - 1].start : word.end])
        pos = ws[m].start
        for item, written in zip(items, raw):
            yield Name(pos, pos + len(written), "Platform", item + kind)
            pos += len(written) + 1


def by_kind_word(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """A specific name before a kind word: …大学/研究院/有限公司 → Organization, a platform type or
    …平台/实验室 → Platform, …计划/工程/行动/专项 → Programme (中关村雏鹰人才计划)."""
    for i, word in enumerate(ws):
        if word.tag == "@PlatformType" or (word.tag[0] == "n" and PLATFORM_KIND.search(word.text)):
            first = _field_before_level(ws, i)
            if first is None:
                first = _specific_start(ws, i)
            if first is not None and first < i:
                end = _branch_end(ws, i)
                yield Name(ws[first].start, end, "Platform", text[ws[first].start : end])
        elif word.tag[0] in "nj" and ORGANIZATION_KIND.search(word.text):  # 联盟 is tagged j
            first = _specific_start(ws, i)
            if first is not None and (first < i or (word.tag in PROPER and len(word.text) > 3)) and not _placeless(ws, first, i):
                yield Name(ws[first].start, word.end, "Organization", text[ws[first].start : word.end])
        elif word.tag[0] in "nv" and PROGRAMME_KIND.search(word.text):
            first = _specific_start(ws, i)
            if first is not None:
                last_proper = max(k for k in range(first, i) if ws[k].tag in PROPER)
                # more than 重点 between 北京城市副中心 and 工程, or a field of its own (澳门|人才|计划)
                if word.start - ws[last_proper].end >= 3 or _a_field_between(ws, last_proper, i):
                    yield Name(ws[first].start, word.end, "Programme", text[ws[first].start : word.end])


def _a_field_between(ws: Sequence[Word], last_proper: int, i: int) -> bool:
    """澳门|人才|计划: one noun between a place and a programme's kind names its field; 北京城市副中心|
    重点|工程 and 河北省|科技|计划 name none (cue list generic_programme_word: what programmes are in general)."""
    between = ws[last_proper + 1 : i]
    return ws[last_proper].tag == "@Region" and len(between) == 1 and between[0].tag in ("n", "vn") and len(between[0].text) == 2 \
        and between[0].text not in cues.word_set("generic_programme_word")


def _placeless(ws: Sequence[Word], first: int, i: int) -> bool:
    """外国公司, 外地企业集团: the only proper words before the kind are places that name none (cue list
    placeless_word), so the words name a kind of organisation, not one."""
    proper = [w.text for w in ws[first:i] if w.tag in PROPER]
    return bool(proper) and all(p in cues.words("placeless_word") for p in proper)


def _branch_end(ws: Sequence[Word], i: int) -> int:
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
        if (left.text in cues.word_set("introducer") and not (left.tag == "vn" and ws[i].tag == "j")) or (_is_body(left.text) and len(left.text) > 1):
            break  # 依托|…, or an agency's body: 领导小组|全面统筹行动计划; 服务|联盟 is a noun phrase
        if left.tag in NOUN or left.tag == "a":
            j -= 1
        elif left.tag in VERB and j >= 2 and ws[j - 2].tag in ("n", "vn", "@Industry"):
            j -= 1
        elif left.text in AND and j >= 2 and ws[j - 2].tag == "n" and not ORGANIZATION_KIND.search(ws[j - 2].text):
            j -= 1  # 材料技术与工程研究所, but not 华北理工大学与|开滦集团
        elif left.tag == "f" and (j == 1 or ws[j - 2].tag == "x"):
            j -= 1  # a locative opens a name where a phrase begins (中煤科工集团), not after one (园区内)
        else:
            break
    first_proper = next((k for k in range(j, i + 1) if ws[k].tag in PROPER), None)
    if first_proper is None or _only_a_level(ws, first_proper, i) or ws[first_proper].text[0] in "和与及":
        return None  # …型企业|和产教/nz|融合|实训基地: jieba glued 和 to a word, no proper one
    start = j
    for k in range(j, first_proper):
        if ws[k].tag in LEAD:
            start = k + 1
    return start


def _only_a_level(ws: Sequence[Word], first_proper: int, i: int) -> bool:
    """河北省院士工作站, 唐山市科技创新园区: an administrative region right before a platform type
    is its level, not its name (中关村实验室 and 唐山技术转移公共服务平台 are names)."""
    region = ws[first_proper]
    return region.tag == "@Region" and first_proper == i - 1 and region.text[-1] in "省市区县" and ws[i].tag == "@PlatformType"


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


def agencies(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """A region, or 市/区/省/县 standing for the document's own, then a body: 唐山市人民政府, 区科委,
    市委市政府; 中共 before a region belongs to the name (中共唐山市委)."""
    i = 0
    while i < len(ws):
        word = ws[i]
        before = ws[i - 1].text if i else ""
        relative = (word.text[0] in RELATIVE_LEVEL and (word.text in RELATIVE_LEVEL or _is_body(word.text[1:]))) or (
            word.text in ZONE
        )
        end = None
        if PARTY_COMMITTEE.fullmatch(word.text):  # 中共广东省委 cut as one word, maybe a department after it
            last = i + 1 if i + 1 < len(ws) and len(ws[i + 1].text) > 1 and _is_body(ws[i + 1].text) else i
            yield Name(word.start, ws[last].end, "Agency", text[word.start : ws[last].end])
            i = last + 1
            continue
        if (word.tag == "@Region" or (relative and word.tag[0] in "njz")) and before not in NOT_BEFORE_AGENCY:
            end = _body_end(ws, i)
        if end is None:
            i += 1
            continue
        start = ws[i - 1].start if before == "中共" else word.start
        yield Name(start, ws[end].end, "Agency", SESSION.sub("", text[start : ws[end].end]))
        i = end + 1


def _body_end(ws: Sequence[Word], i: int) -> int | None:
    """The index of the last word of the body after word i (市委 is a body by itself), or None.

    A group named by its task may hold a verb of the task and a place (广东省|推进|粤港澳大湾区|建设|
    领导小组, cue list group_task_verb): only a group or committee ends such a name."""
    k = i if ws[i].tag != "@Region" and _is_body(ws[i].text[1:]) else None
    j = i + 1
    task = False
    while k is None and j < len(ws) and ws[j].end - ws[i].start <= 20:
        word = ws[j]
        if word.tag != "@Region" and _is_body(word.text):
            if task and not word.text.endswith(cues.words("task_group_kind")):  # …建设|领导小组
                return None
            k = j
        elif SESSION.fullmatch(word.text):  # 浙江省|第十二届|人民代表大会常务委员会: the body, any session
            j += 1
        elif word.tag in NOUN or word.tag == "zg" or (word.tag[0] == "@" and (word.tag != "@Region" or task)) or (word.text in AND and j + 1 < len(ws) and ws[j + 1].tag in NOUN):
            j += 1
        elif word.tag in VERB and j + 1 < len(ws) and _is_body(ws[j + 1].text):  # 部际|协调|小组, 领导|小组
            j += 1
        elif not task and (word.text in cues.word_set("group_task_verb") or (word.tag in VERB and i + 1 < j < len(ws) - 1 and ws[j + 1].text == "工作")):  # 科技|创新|工作|领导小组
            task, j = True, j + 1
        else:
            return None
    while k is not None and k + 1 < len(ws) and _is_body(ws[k + 1].text) and (len(ws[k + 1].text) > 1):
        k += 1  # 领导小组|办公室, 市委|市政府
    return k


def _is_body(word: str) -> bool:
    return bool(word) and AGENCY_KIND.search(word) is not None and NOT_AGENCY.search(word) is None


def programmes(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Named programmes: quoted (“凤凰英才”计划, “百家科研院所(大学)进唐山”活动), run (实施千家企业
    技术中心培优工程), or a numbered heading of their own ((二)技术创新攻关行动)."""
    for i, word in enumerate(ws):
        if word.text == QUOTES[0]:
            yield from _quoted(text, ws, i)
        elif RUN.fullmatch(word.text) and i + 1 < len(ws):
            carried = word.text.endswith("开展")  # 开展|…提升工程; not 开展|…试点 (pilots the annotators leave out or open)
            name = programme_after(text, ws, i + 1, kind=CARRIED_KIND if carried else None)
            if name and not (carried and re.search("[和与及]", name.name)):
                yield name  # 开展|技术开发和技术工程承包: what is carried out joined to more is work, no programme
        elif word.tag == "v" and (name := plans.place_plan(text, ws, i, programme_after, RULE_KIND)) is not None:
            yield name  # 纳入|保定市国民经济和社会发展规划: a place's own plan
        elif word.text in plans.verbs() and i + 1 < len(ws):
            # 建立|青年创新创业促进工作协调制度; not 制定|实施国土空间规划 (a verb opens no name), 制定|相关规划;
            # 设立的|A资金、B资金等专项资金: past the 的, and every item of the list
            k = plans.name_start(text, ws, i)  # past 的 (设立的|A资金、B资金) or a joined verb (制定和实施|…规划)
            others = ENCOURAGED.search(text, max(text.rfind(",", 0, word.start), text.rfind("。", 0, word.start), 0), word.start)
            opening = k
            while k < len(ws) and (ws[k].tag not in VERB or k > opening or plans.fund_opened_by_verb(text, ws, k)) and ws[k].text not in GENERIC_START and ws[k].text not in cues.word_set("introducer"):
                name = programme_after(text, ws, k, kind=RULE_KIND)
                not_a_fund = name is not None and BARE_FUND.search(name.name) and (others or _not_a_fund(ws, name))
                if name is None or (not_a_fund and (others or k == opening)):
                    break  # 支持社会力量设立|公益性科学研究基金: a kind of fund others may set up, not one named
                if not not_a_fund and not _no_prize(name.name) and not plans.only_generic(name.name):
                    yield name  # in a list of funds set up, an item with a verb inside (扶持…资金) is passed over, not the rest
                k = next((j for j in range(k, len(ws)) if ws[j].start >= name.end), len(ws))
                if k + 1 >= len(ws) or ws[k].text != "、":
                    break
                k += 1
    heading = HEADING.match(text, ws[0].start) if ws else None
    if heading:
        first = next((k for k, w in enumerate(ws) if w.start >= heading.end()), None)
        opens = first is not None and first + 1 < len(ws) and ws[first].text in cues.word_set("heading_verb")
        first = first + 1 if opens and first is not None else first  # (六)开展|平行进口汽车试点
        duty = first is not None and ws[first].text in cues.word_set("duty_verb")  # (一)研究|…年度计划: a body's duty
        if first is not None and not RUN.fullmatch(ws[first].text) and not duty:
            name = programme_after(text, ws, first, whole_heading=True)
            if name and not any(w.text in cues.word_set("heading_verb") for w in ws[first:] if w.end <= name.end):
                yield name


def _quoted(text: str, ws: Sequence[Word], i: int) -> Iterator[Name]:
    """“Q” + a few words + 计划/工程/行动/专项 → Q…计划; “Q…计划” and “Q”活动 → Q. Not slogans (、 , inside) and
    not a vocabulary programme or enterprise type (“揭榜挂帅”, “专精特新”)."""
    close = next((k for k in range(i + 1, min(len(ws), i + 16)) if ws[k].text == QUOTES[1]), None)
    if close is None or close == i + 1:
        return
    inside = text[ws[i].end : ws[close].start]
    if re.search(r"[、,;:。]", inside) or any(w.tag in ("@Programme", "@EnterpriseType") for w in ws[i + 1 : close]):
        return
    whole = PROGRAMME_KIND.search(inside)  # “台湾AI行动计划”: the kind inside the quotes, the name whole
    if (close + 1 < len(ws) and ws[close + 1].text == "活动" and len(inside) >= 4) or (whole and whole.start() >= 2 and ws[close - 1].tag[0] in "nv"):
        yield Name(ws[i].start, ws[close].end, "Programme", inside)
        return
    for word in ws[close + 1 :]:
        if word.end - ws[close].end > 10 or (word.tag not in NOUN | {"@EnterpriseType"} and word.tag not in VERB):
            return
        if PROGRAMME_KIND.search(word.text) and word.tag[0] in "nv":
            yield Name(ws[i].start, word.end, "Programme", inside + text[ws[close].end : word.end])
            return


def _no_prize(name: str) -> bool:
    """设立一项省级科学技术奖, 建立…评价和有奖|举报制度: a prize counted or joined to another phrase by 和 names none."""
    return name.endswith(cues.words("prize_suffix")) and ("和" in name or NUMBERED.match(name) is not None)


def _not_a_fund(ws: Sequence[Word], name: Name) -> bool:
    """多渠道筹集职业教育资金的|机制, 利用财政性资金: a verb inside, or a 的 after, makes money no fund's name."""
    inside = [w for w in ws if name.start <= w.start < name.end]
    after = next((w for w in ws if w.start >= name.end), None)
    return any(w.tag in VERB for w in inside) or (after is not None and after.text == "的")


def programme_after(text: str, ws: Sequence[Word], i: int, whole_heading: bool = False, kind: re.Pattern[str] | None = None) -> Name | None:
    """A noun phrase from word i that ends in 计划/工程/行动/专项 where its clause (or heading) ends.

    Not a count (五大工程) and not a bare kind with one modifier (重大工程).
    """
    while i < len(ws) - 1 and not ws[i].text.strip():
        i += 1
    start = ws[i].start
    for k in range(i, len(ws)):
        word = ws[k]
        if word.end - start > MAX_NAME:
            return None
        # a kind of two words (引导|基金) is read on the text so far, the usual kinds on the word
        if k > i and (word.tag[0] in "nv" or kind and word.tag in ("@PlatformType", "l")) and (kind.search(text, start, word.end) if kind else PROGRAMME_KIND.search(word.text)):
            after = ws[k + 1] if k + 1 < len(ws) else None
            if whole_heading:
                ends = after is None or after.text in ",。;:"
            else:
                ends = after is None or after.tag in ("x", "v", "p", "c", "uj") or after.text == "等"
            shortest = 2 if word.tag == "@PlatformType" or (kind is not None and word.text.endswith(cues.words("short_named_fund")) and ws[i].tag.startswith("n")) else 3  # 设立|专利专项资金 (not 投资基金)
            named = not NUMBERED.fullmatch(ws[k - 1].text) and word.start - start >= shortest
            if ends and named:
                return Name(start, word.end, "Programme", text[start : word.end].replace(QUOTES[0], "").replace(QUOTES[1], ""))
        inside = (
            word.tag in NOUN
            or word.tag in VERB
            or word.tag in ("a", "f", "zg", "@PlatformType", "@EnterpriseType", "@Programme") or (word.tag == "q" and ws[k - 1].tag in PROPER)  # 升|“温度”|行动, 泉城|系列
            or (word.tag == "t" and not word.text[0].isdigit())  # jieba tags 青年 a time word
            or (word.tag == "m" and (k == i or ws[k - 1].text == QUOTES[0]))  # 千家…, “131”…
            # a quote opens the name (“百千”培育计划) or comes after a long part of it (创新创业服务延
            # “广度”行动); after a short modifier the quoted name stands alone (新时代|“凤凰英才”计划)
            or (word.text in QUOTES and (ws[i].text == QUOTES[0] or text.find(QUOTES[0], start) - start >= 4))
            or (k > i and (word.text in AND or word.tag == "d"))  # 关键核心技术和共性技术, 先行|先|试
        )
        if not inside:
            return None
    return None
