"""Developed: whether a mention of an industry or technology field names it for development, or only in passing.

The annotators name an industry where a document develops it (SCHEMA.md); a field word met on the way
is none: 技术交易可以通过互联网进行, 供水、供电、通信…等公用企业, 具备网络安全和数据安全保障等能力,
融资租赁取得 (a way to acquire equipment). A mention is named for development when its clause says so:
- a verb of development before it (cue list develop_verb: 发展, 培育, 壮大, 聚焦, 围绕, 布局 …), the nearest
  one, with no other verb or modal (predicate_opener) between; not one inside a body's name (发展|改革部门;
  develop_verb_in_name) or ending another item (新经济培育、); and not where the field only names what the
  verb builds (引进…数字孪生|孵化器);
- the whole object of a verb of support (field_object_verb: 支持|服务外包, 推动|人工智能|在…应用);
- a word of what fields are after it (field_after: 产业, 领域, 集群, 发展, 应用场景, 增加值 …; field_after_act:
  升级, 研发, 转型 ending the phrase), past modifiers (field_after_skip) or the other items of its list;
- an item of a list of fields (互联网、大数据, 物联网等新一代信息技术), the fields 以…为代表/为重点 hold up
  (field_exemplar; ent20b), a numbered item or heading that is the field alone (（三）新材料), or the term a
  law defines (本条例所称|智能网联汽车,是指; definiendum_lead);
- its enterprises or projects paid or favoured by a support measure (对…集成电路设计企业,给予…奖励;
  field_holder, money_word, benefit_word);
- its own words say it is one (高新技术产业, 现代服务业; 互联网+).
A field right after a word for people (人民群众生命健康; people_before_field) or of harm (危害网络安全;
harm_before_field) is none, as is one inside the title of a text cited (《…促进科技金融发展若干措施》; ent20b).
kg.extract.entities keeps, at every mention, an industry its document names for development at least once, and
drops the others (issue 10, ind11).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from operator import attrgetter

from kg import cues
from kg.extract import fielditems, means
from kg.extract.words import Word

CLAUSE_END = re.compile(r"[,;:。!?，；：！？\n]")
# Between two items of a list of fields: a mark, with a few characters of the items' own words (高端制造|业、|旅游业,
# 新型储能、第三代|半导体), or 等 right before the list's kind (物联网等|新一代信息技术)
LIST_GAP = re.compile(r"[\u4e00-\u9fff]{0,2}(?:(?:、|和|及|与|或|以及|/|、和|、及)[\u4e00-\u9fff]{0,3}|等)")
# A heading's number (第五章, （三）, 3.) and what may stand before the field in it (材料科学和); after it, a kind word
HEADING_BEFORE = re.compile(r"\s*(?:第[一二三四五六七八九十百零\d]+[章节条]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])\s*(?:[\u4e00-\u9fff]{1,8}[和及与、])?")
HEADING_AFTER = re.compile(r"(?:技术|产业|行业|领域|业)?[\s;。；]*")
ITEM_END = re.compile(r"\s*[,;:。!?，；：！？、等和及与向在\n]")  # where a verb's object ends
SKIP_TAGS = frozenset({"d", "ad", "a", "u", "uj", "ud", "c"})
SKIP_CHARS = 8  # characters of modifiers between a field and the word after it that says it is one
HOLDER_GAP = 6  # characters of words between a field and the enterprises of it (集成电路|设计|企业)
LIST_SPAN = 40  # characters from a field to the kind that closes its list (A、B、C等产业)
MODIFIED_TAGS = frozenset({"n", "nz", "vn", "ng", "@PlatformType", "@Platform", "@Programme", "@EnterpriseType"})
PHRASE_END = frozenset({"、", "和", "及", "。", ";", "；"})
LIST_JOIN = frozenset({"、", "和", "及", "与", "以及", "或"})
ITEM_TAGS = frozenset({"n", "nz", "vn", "j", "l", "b", "eng", "@Industry", "ng", "f", "an", "mq", "q", "s"})  # the words of a list's other items
START, END = attrgetter("start"), attrgetter("end")  # the keys a sentence's words (in order, none overlapping) are searched by
# The unions the loops test each word against, made once, not at every word
ITEM_OR_VERB = ITEM_TAGS | {"v"}
SKIP_OR_ITEM = SKIP_TAGS | ITEM_TAGS
JOIN_OR_DENG = LIST_JOIN | {"等"}
# A word of money or of a benefit anywhere in the sentence (cue lists money_word, benefit_word): one search
PAID = cues.lazy(lambda: f"{cues.alternation('money_word')}|{cues.alternation('benefit_word')}")


@cache
def _lists() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    return (
        cues.word_set("develop_verb"),
        cues.words("field_after"),
        cues.word_set("field_after_skip"),
        cues.word_set("develop_verb_in_name") | {"、"},  # after a verb of development: it is in a name or ends an item
        cues.words("people_before_field"),
        cues.words("field_kind_strong"),
        cues.word_set("develop_verb") | cues.word_set("field_after_skip"),  # verbs a field may follow past others
    )


def clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of text[lo:hi] (one sentence) that holds [start, end): between the marks around it."""
    left = lo
    for mark in CLAUSE_END.finditer(text, lo, start):
        left = mark.end()
    right = CLAUSE_END.search(text, end, hi)
    return left, right.start() if right else hi


def cited(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether [start, end) lies inside a title in 《》 of the sentence text[lo:hi] (《中华人民共和国网络安全法》): the
    field names the text cited, not what this document develops; dev gold names no industry met only there."""
    opened = text.rfind("《", lo, start)
    return opened >= 0 and text.rfind("》", opened, start) < 0 and 0 <= text.find("》", end, hi) < _next_open(text, end, hi)


def _next_open(text: str, end: int, hi: int) -> int:
    at = text.find("《", end, hi)
    return hi if at < 0 else at


def exemplar(text: str, start: int, end: int, fields: Sequence[tuple[int, int]], a: int) -> bool:
    """以|智能终端|为代表的…集群, 以|集成电路、新型显示|为重点: the fields 以 … 为代表/为重点 (cue list field_exemplar)
    hold up are what a sentence develops; from 以 to the field only other fields and list marks (ent20b)."""
    if not text.startswith(cues.words("field_exemplar"), end):
        return False
    opened = text.rfind("以", a, start)
    if opened < 0:
        return False
    gap = text[opened + 1 : start]
    for s, e in sorted(((s, e) for s, e in fields if opened < s and e <= start), reverse=True):
        gap = gap[: s - opened - 1] + gap[e - opened - 1 :]
    return not gap.strip("、和及与 ")


def framed(text: str, ws: Sequence[Word], start: int, end: int, fields: Sequence[tuple[int, int]], lo: int, hi: int,
           own_head: bool = True) -> bool:
    """Whether the field mentioned at [start, end) of the sentence text[lo:hi] (its words ws; fields: the
    spans of every industry mention in it) is named for development there; own_head=False for a name that a
    pattern found by its head (kg.extract.headed), whose head alone says nothing."""
    verbs, after, skip, in_name, people, kinds, verbs_or_skip = _lists()
    if text.endswith(people, lo, start) or text.startswith(people, start) or text.endswith(cues.words("harm_before_field"), lo, start):
        return False  # 人民群众|生命健康: the people's; 危害|网络安全: what is harmed, no industry
    if cited(text, start, end, lo, hi):
        return False  # 根据《广东省促进科技金融发展若干措施》: a field in the title of a text cited, none developed (ent20b)
    a, b = clause(text, start, end, lo, hi)
    if fielditems.regulated(text, end, hi):
        return False  # …燃气等重点行业、领域安全风险防控体系: fields a law regulates, none developed (ent16b)
    if means.as_means(text, start, end, a, b) or means.in_a_body(text, end):
        return False  # 运用互联网、大数据等技术手段, 以5G…为支撑: a means; 大数据|发展中心: a body's name (ent14b)
    name = text[start:end]
    if own_head and (name.endswith(kinds) or "+" in name or text.startswith("+", end)):
        return True
    if text.startswith(cues.words("infrastructure_after_field"), end) or (text.startswith(cues.words("network_after_field"), end) and text[start - 1 : start] not in LIST_JOIN):
        return False  # 算力|基础设施, 通信|网络建设: what it carries, no industry; a network may be a list's item (、算力网络、) (ent18b)
    if _listed(text, start, end, fields, a, b) or _heading(text, start, end, lo, b) or exemplar(text, start, end, fields, a):
        return True
    if text[a:start].rstrip().endswith(cues.words("definiendum_lead")) and not text[end:b].strip():
        return True  # 本条例所称|智能网联汽车,是指: what a law of a field defines, its subject; not 所称|融资租赁|取得
    # the words of the clause before the field, and the words from its end on: found by bisection, not a scan of the sentence
    before = [w for w in ws[bisect_left(ws, a, key=START) : bisect_right(ws, start, key=END)] if w.text.strip()]
    rest = ws[bisect_left(ws, end, key=START) :]
    if _modifies(rest, end, b, after, skip):
        before = []  # 引进…数字孪生|孵化器, 绿色算力|中心: the verb builds what the field names, not the field
    listed = False  # past a list mark, a verb is inside another item of the list (发展国际贸易|结算、跨境电子商务)
    for k in range(len(before) - 1, -1, -1):  # the nearest verb of development, no other verb between it and the field
        word = before[k]
        two = word.text + before[k + 1].text if k + 1 < len(before) else ""  # 做|强: a verb cut in two
        following = before[k + 1] if k + 1 < len(before) else None
        item = k + 2 < len(before) and before[k + 2].text in LIST_JOIN  # 打造|超算|、智算: a list's first item
        elsewhere = following is not None and (following.text in in_name or (not item and _acts_on_other(following, verbs_or_skip)))
        if (word.text in verbs or two in verbs) and not elsewhere:
            return True
        listed = listed or word.text in LIST_JOIN
        if word.text in cues.word_set("predicate_opener"):
            break  # 企业所引进的技术|应当|符合…和节能环保的有关规定: a predicate of its own
        if word.tag == "v" and not listed and word.text not in verbs_or_skip and (k == 0 or before[k - 1].text + word.text not in verbs):
            break  # 从事|危害|网络安全的活动: what is done is harm, no development
    supporting = cues.words("field_object_verb")
    if before and before[-1].text.endswith(supporting) and (end >= b or ITEM_END.match(text, end)):
        return True  # 支持|服务外包
    platform = bool(before) and before[-1].text.endswith(supporting)  # 支持生物医药|国家重点实验室建设: the platform's field
    return _kind_after(rest, end, b, after, skip, platform) or _funded(text, rest, end, b, lo, hi)


def _modifies(ws: Sequence[Word], end: int, b: int, after: tuple[str, ...], skip: frozenset[str]) -> bool:
    """Whether the field is a modifier of the noun right after it (数字孪生|孵化器, 算力|中心, 通信|运营企业):
    a noun that is no word of what fields are, no modifier of one, no enterprise or project of it."""
    nxt = next((w for w in ws if w.start >= end and w.text.strip()), None)
    if nxt is None or nxt.start >= b or nxt.tag not in MODIFIED_TAGS:
        return False
    return not (nxt.text in skip or nxt.text.endswith(after) or nxt.text.endswith(cues.words("field_holder"))
                or nxt.text in cues.word_set("field_after_act") or nxt.text.startswith(cues.words("field_kind_prefix")))


def _funded(text: str, ws: Sequence[Word], end: int, b: int, lo: int, hi: int) -> bool:
    """A field whose enterprises or projects a sentence pays or favours (对首次认定的集成电路|设计|企业,给予最高200万元奖励;
    集成电路|企业…享受相关优惠政策; cue lists field_holder, money_word, benefit_word): a support measure names the
    industry it grows."""
    if not PAID.search(text, lo, hi):
        return False
    holders = cues.words("field_holder")
    for word in ws:
        if word.start < end:
            continue
        if word.start >= b or word.start - end > HOLDER_GAP:
            return False
        if word.text.endswith(holders):  # 企业, 零部件企业
            return True
        if word.tag not in ITEM_OR_VERB:
            return False
    return False


def _acts_on_other(following: Word, verbs_or_skip: frozenset[str]) -> bool:
    """Whether the word after a verb of development shows it does something else: one act with another
    verb (知识产权培育|创造); part of a body's name (发展|改革部门) is checked apart."""
    return following.tag == "v" and following.text not in verbs_or_skip


def _ends_item(ws: Sequence[Word], k: int) -> bool:
    """A verb inside or at the end of an item of a list (国际贸易结算、, 动漫渲染服务), not one that goes on to
    other words (新原料、新材料或零组件所|从事|之研究发展活动)."""
    return ws[k].tag in ("v", "m") and k + 1 < len(ws) and (ws[k + 1].text in JOIN_OR_DENG or ws[k + 1].tag in ITEM_TAGS)


def _heading(text: str, start: int, end: int, lo: int, b: int) -> bool:
    """A numbered item or heading that is the field alone (（三）新材料；, 第五章 科技金融, （五）材料科学和新材料技术):
    a list of fields written one item a line; not （六）集成电路布图设计 (a right, not a field)."""
    return bool(HEADING_BEFORE.fullmatch(text, lo, start)) and bool(HEADING_AFTER.fullmatch(text, end, b))


def _listed(text: str, start: int, end: int, fields: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    """An item of a list of two fields or more: another field next to it, only a list mark between."""
    for s, e in fields:
        if (s, e) == (start, end) or not (a <= s and e <= b) or text[s:e] == text[start:end]:
            continue  # 通信自由和通信秘密: a field is no item of a list with itself (ent18b)
        gap = text[end:s] if s >= end else text[e:start] if e <= start else None
        if gap is not None and LIST_GAP.fullmatch("".join(gap.split())):
            return True  # 互联网、大数据, 海洋高端装备、海洋生物医药; not 网络安全|管理制度和|网络安全, 通信|与网络、|人工智能
    return False


def _kind_after(ws: Sequence[Word], end: int, b: int, after: tuple[str, ...], skip: frozenset[str], platform: bool) -> bool:
    """A word of what fields are (产业, 领域, 发展) after the field, past a few modifiers (等特殊|行业) or the
    other items of its list (装备制造、港口物流等特色优势|行业); where the clause supports something, a kind of
    platform the field names (支持生物医药|国家重点实验室建设)."""
    acts = cues.word_set("field_after_act")
    listed = False  # past a list mark, the words of the list's other items may come before the kind
    for k, word in enumerate(ws):
        if word.start < end:
            continue
        if word.start >= b or word.start - end > (LIST_SPAN if listed else SKIP_CHARS):
            return False
        if platform and word.tag == "@PlatformType":
            return True
        if word.text in acts:
            nxt = ws[k + 1] if k + 1 < len(ws) and ws[k + 1].start < b else None  # …研发|与转化平台: a name
            return nxt is None or nxt.text in PHRASE_END or nxt.text in acts or nxt.text.endswith(after)  # 转型|升级, 转型|发展
        if word.text.endswith(after) or word.text.startswith(cues.words("field_kind_prefix")):  # 医药健康|产业集聚区
            acted = listed and word.text in cues.word_set("generic_industry_word") and k + 1 < len(ws) and ws[k + 1].tag == "vn" and not ws[k + 1].text.endswith(after)
            return not acted  # 实体市场与电子商务融合、贸易与产业|联动: what the items do; not 信息技术与制造业|融合
        if word.text in LIST_JOIN:
            listed = True
        elif not (word.text in skip or word.tag in SKIP_OR_ITEM or not word.text.strip() or (listed and _ends_item(ws, k))):
            return False
    return False
