"""Fields: every item of a list of industries and technology fields, known to the vocabulary or not.

A list (A、B、C等X) names fields when what closes it says so or its items do:
- closed by an industry word (…等文旅产业, …等金融业态, …等生产性服务业): every item is a field;
- closed by a softer word (…等领域, …等方向, …等技术): when one item at least is a vocabulary
  field, since 科技成果转化、知识产权管理等领域 lists policy areas, not industries;
- not closed: when at least half its items, two or more, are vocabulary fields.
Items between two 、 are whole (现代医药和大健康 is one); after the last 、, 和/及 part them.
An item is a short run of noun-like words (spaces from a PDF's line breaks left out) that holds
no other kind of entity (no platform, enterprise type, body or place). Finding only: entities.mentions
returns these with the other names, and a vocabulary hit inside an item gives way to it. A list
closed by 等产业/领域/行业 with two vocabulary fields or more names fields in its other items too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from kg import cues
from kg.extract import fieldclose, fielditems, means, taiwan_adopted
from kg.extract.names import NOUN, VERB, Name
from kg.extract.words import Word

ITEM_TAGS = frozenset({"n", "nz", "ng", "nr", "b", "j", "l", "vn", "v", "a", "an", "eng", "t", "@Industry"})
OTHER_KIND = frozenset({"@PlatformType", "@Platform", "@EnterpriseType", "@Agency", "@Organization", "@Programme", "@Region", "ns"})
MIN_ITEM, MAX_ITEM = 2, 12
SERVICE = ("服务", "管理")  # endings of no field in most lists, of a field in a list an industry word closes
SEPARATOR = "、"
LAST_AND = frozenset({"和", "及", "以及", "与"})
CLOSE_GAP = 10  # characters of modifiers between 等 and the word that closes a list (等14大标志性引领性产业集群)


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Words never inside an item: verbs that introduce a list (发展|A、B, 攻克|A、B) and 等."""
    lists = ("introducer", "goal_verb", "goal_adverb", "support_verb", "list_verb", "definition_verb", "money_verb_before_fields")
    return frozenset(w for name in lists for w in cues.words(name)) | {"等", "等等"}


NOUN_TAGS = frozenset({"n", "nz", "ng", "vn", "j", "l", "eng", "@Industry"})
CLOSE_TAGS = frozenset({"n", "nz", "ng", "b", "j", "l", "vn", "a", "m", "eng", "@Industry", "x"})


def _closed_by(ws: Sequence[Word], k: int) -> str | None:
    """"strong" or "soft" when the words from k close a list of fields, else None: 等 or a count
    (等|文|旅|产业, 三大|板块, 等|14|大|标志性|产业集群), a few noun-like words, the last ending in a
    field kind word and ending the noun phrase (等领域 closes; 科技赋能|产业|创新 does not)."""
    strong, soft = cues.words("field_kind_strong"), cues.words("field_kind_soft")
    while k < len(ws) and not ws[k].text.strip():
        k += 1
    if k >= len(ws) or not (ws[k].text in ("等", "等等") or ws[k].tag == "m" or COUNT.fullmatch(ws[k].text)):
        return None
    start = ws[k].start
    k += 1
    first = k
    while k < len(ws) and ws[k].end - start <= CLOSE_GAP + 3:
        word = ws[k]
        if fieldclose.links_or_laws(ws, k):
            return fieldclose.NONE  # 等产业链各环节, 等有关法律: a chain's links, laws' areas (ent17b)
        kind = "strong" if word.text.endswith(strong) or fieldclose.modified_kind(ws, k, first) else "soft" if word.text in soft else None
        if kind and not _phrase_goes_on(ws, k + 1):
            return "soft" if fieldclose.measured(ws, k + 1) else kind  # 研究开发、工程技术等科技服务产业|规模: a known field first (ent17b)
        if (word.tag not in CLOSE_TAGS and not fieldclose.kind_modifier(word)) or (word.tag == "x" and word.text.strip()):
            return None
        k += 1
    return None


def _phrase_goes_on(ws: Sequence[Word], k: int) -> bool:
    """Whether the noun phrase goes on at word k, past a modifier too: 等制造业|新|模式 closes with
    模式 (ways of working, no fields), 等产业|发展 and 等传统产业|转型升级 end at 产业 (field_after_act)."""
    if k < len(ws) and ws[k].tag in ("a", "b") and len(ws[k].text) == 1:
        k += 1  # 新, 大: a modifier of the next noun
    if k < len(ws) and ws[k].text in cues.word_set("field_list_holder") and ws[k - 1].tag != "a":
        return False  # 等领域|企业: the enterprises of the fields listed, the list closed at 领域
    if fieldclose.measured(ws, k):
        return False  # 等优势产业|营业收入, 等产业|规模: what the fields listed reach (ent17b)
    return k < len(ws) and ws[k].tag in NOUN_TAGS and ws[k].text != "发展" and ws[k].text not in cues.word_set("field_after_act") and ws[k].text not in cues.word_set("field_list_manner")  # 等传统产业|转型升级 (ent14b), |数字化改造 (ent16b)


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Each item of each list of fields in one sentence's words, and each field named with a
    plus (AI+医疗) or as a list's item around a vocabulary field (炭基新材料、特种金属材料); not an item
    of a list of things (…、通信设备等旧机电设备), and without a verb glued to it (推动|物联网; kg.extract.means).
    A word jieba tags a place that names a field's realm (海洋/ns, 深海; cue list field_place_word) is a noun here."""
    if not ws:
        return
    stop = ws[-1].end
    realms = cues.word_set("field_place_word")
    sentence = text[ws[0].start : stop]
    if cues.pattern("field_place_word").search(sentence) and any(w.tag == "ns" and w.text in realms for w in ws):  # the text first: most sentences hold none
        ws = [w._replace(tag="n") if w.tag == "ns" and w.text in realms else w for w in ws]
    for name in _found(text, ws):
        start = means.unled(text, name.start, name.end)
        if taiwan_adopted.adopted_thing(text, name.start, name.end, ws[0].start):
            continue  # 導入智慧製造設備、物聯網系統: equipment bought, no industry (twn20b)
        if "+" in name.name or not means.in_thing_list(text, name.end, stop):  # AI+教育、AI+交通等场景: a field by its own words
            yield name if start == name.start else Name(start, name.end, name.type, "".join(text[start : name.end].split()))


def _found(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    sentence = text[ws[0].start : ws[-1].end]
    if "+" in sentence:
        yield from plus_industries(text, ws)
    if any(w.tag == "@Industry" for w in ws):
        yield from listed_industries(text, ws)
    if SEPARATOR not in sentence:
        return
    i = 0
    while i < len(ws):
        if ws[i].text != SEPARATOR:
            i += 1
            continue
        items, i = _list_at(ws, i)
        yield from _judged(text, items, _closed_by(ws, i))
    yield from field_lists(text, ws)


COUNT = re.compile(r"[\d一二两三四五六七八九十百千]+[大项个类]?")  # 三大|板块, 14|大: a count closes a list


NUMERALS = frozenset("0123456789一二两三四五六七八九十百千")


def _solid(ws: Sequence[Word], k: int) -> bool:
    if not 0 <= k < len(ws):
        return False
    word = ws[k]
    if word.tag not in ITEM_TAGS and word.text.strip():
        return word.text in cues.word_set("item_quantity_word")  # 国际|大宗/m|商品贸易 (ent17b)
    return word.text not in _stops() and not (word.text[0] in NUMERALS and COUNT.fullmatch(word.text)) and not fielditems.closing_deng(word)


def _noun_inside(ws: Sequence[Word], k: int, start: int) -> bool:
    """A noun that would introduce a list (服务) inside an item, after its first word: 高端医疗|服务."""
    return start < k < len(ws) and ws[k].tag in ("n", "vn") and ws[k].text in SERVICE


def _list_at(ws: Sequence[Word], first_mark: int) -> tuple[list[list[Word]], int]:
    """The items of the list whose first 、 is ws[first_mark], and the index after the list."""
    j = first_mark
    while _solid(ws, j - 1) and ws[first_mark].start - ws[j - 1].start <= MAX_ITEM:
        j -= 1
    if j > 0 and j < first_mark and ws[j - 1].tag == "m" and len(ws[j - 1].text) == 1 and ws[j - 1].text not in NUMERALS:
        j -= 1  # 多|模态|大模型: a word jieba cut off the item's first (多模态), not 模态大模型
    items = [list(ws[j:first_mark])]
    k = first_mark + 1
    while True:
        start = k
        while _solid(ws, k) or (ws[k].text in LAST_AND if k < len(ws) else False) or _noun_inside(ws, k, start):
            k += 1
        items.append(list(ws[start:k]))
        if k < len(ws) and ws[k].text == SEPARATOR:
            k += 1
            continue
        break
    last = items.pop()  # after the last 、: 和/及 part the items (A、B和C)
    part: list[Word] = []
    for word in last:
        if word.text in LAST_AND:
            items.append(part)
            part = []
        else:
            part.append(word)
    items.append(part)
    if "以及" not in [w.text for w in ws[j:k]]:
        return items, k  # most lists: no 以及, tested once for the whole list
    return [piece for item in items for piece in _parted(item)], k


def _parted(item: list[Word]) -> list[list[Word]]:
    """旅游业|以及|科技: 以及 parts an item wherever it stands (和/与 join one item's words: 现代医药和大健康)."""
    pieces: list[list[Word]] = [[]]
    for word in item:
        if word.text == "以及":
            pieces.append([])
        else:
            pieces[-1].append(word)
    return pieces


def _judged(text: str, items: list[list[Word]], closed: str | None) -> Iterator[Name]:
    known = sum(any(w.tag == "@Industry" for w in item) for item in items)
    if closed == fieldclose.NONE or (closed == "soft" and not known) or (closed is None and (known < 2 or 2 * known < len(items))):
        return  # most lists: no list of fields, decided before reading their items
    items[0] = _after_verb(items[0])
    items = [part for item in items for part in _two_fields(_trimmed(item))]
    items[-1] = fieldclose.unkinded(items[-1])  # 人工智能、生物医药|领域的人才 (ent17b)
    if closed == "strong":
        items = fieldclose.past_broad_items(text, items)  # 贸易与金融、航运、物流、制造、会展等产业 (ent17b)
    if len(items) < 2 or not all(_an_item(text, item, closed == "strong") for item in items):
        return  # one item that is no field (补齐, 前沿性, 研发众包平台) and the list is something else
    names = ["".join(text[item[0].start : item[-1].end].split()) for item in items]
    for item, name in zip(items, names):
        if not _a_term(item):
            yield Name(item[0].start, item[-1].end, "Industry", name)


def _a_term(item: list[Word]) -> bool:
    """A vocabulary term alone (生物医药), or with a field kind word (生物医药|产业): the term's."""
    kinds = cues.words("field_kind_strong")
    return item[0].tag == "@Industry" and all(w.text in kinds for w in item[1:])


def _an_item(text: str, item: list[Word], strong: bool) -> bool:
    """Whether a list item can be a field: short, with a noun, no other kind of entity, and not a
    quality (前沿性, 数字化), a state (规模优势明显) or a thing that is no field (…平台, …难题)."""
    if not item:
        return False
    name = "".join(text[item[0].start : item[-1].end].split())
    if not MIN_ITEM <= len(name) <= MAX_ITEM or any(w.tag in OTHER_KIND for w in item):
        return False
    if not (strong or any(w.tag in NOUN_TAGS for w in item)) or item[-1].tag in ("a", "ad", "d"):
        return False
    ending = name.endswith(SERVICE) if strong else False  # …等大健康产业 closes: 健康管理, 高端医疗服务 are fields
    if not strong and name.endswith(cues.words("activity_end")):
        return False  # 软件提供、通信运营等相关企业: what enterprises do, no field
    quality = name.endswith(cues.words("not_a_field")) and not (name.endswith("化") and fieldclose.hua_field(item))  # 文化, 绿色石化 (ent17b)
    return (ending or not quality) and name not in cues.words("too_broad_a_field")


def _after_verb(item: list[Word]) -> list[Word]:
    """The first item starts after a verb that governs the list (综合利用|互联网、物联网); a verb
    inside a field's name stays (高端|通用|芯片, 移动|互联网)."""
    for k in range(len(item) - 2, -1, -1):  # 培育|智能|语音, 投向|大|模型: a verb that grows or funds the fields too
        governs = item[k].text.endswith(USE) or item[k].text in _not_in_a_field() or _verb_before_a_field(item, k) or fielditems.lead(item[k], item[k + 1])
        if governs and (item[k + 1].tag in NOUN_TAGS or (item[k + 1].tag == "a" and k + 2 < len(item))):
            return item[k + 1 :]
    return item


def _verb_before_a_field(item: list[Word], k: int) -> bool:
    """降低|5G、物联网, 优先|使用|新能源: a plain verb opening the item right before a vocabulary field governs the
    list, no part of the field's name (ent15b); not one inside a name (高端|通用/v|芯片) nor one jieba tags otherwise (研发/j)."""
    return item[k].tag == "v" and item[k + 1].tag == "@Industry" and all(w.tag in ("v", "vn", "d", "p") for w in item[:k])


def _two_fields(item: list[Word]) -> list[list[Word]]:
    """新能源汽车|和|智能网联汽车: two known fields joined are two items (现代医药和大健康 stays one)."""
    if len(item) == 3 and item[1].text in LAST_AND and item[2].tag == "@Industry" and (item[0].tag == "@Industry" or fieldclose.kind_of(item[0], item[2])):
        return [item[:1], item[2:]]  # 汽车|和|新能源汽车: a field and a kind of it (ent17b)
    if len(item) == 2 and _glued_fields(item[0], item[1]):
        return [item[:1], item[1:]]  # 新材料|新能源: two known fields written with no mark between
    return _parted_by_ji(item)


def _parted_by_ji(item: list[Word]) -> list[list[Word]]:
    """高性能医疗设备|及|精准医疗: 及 between a phrase and a vocabulary field of three characters or more parts
    two fields, inside a list's item too (ent15b); not before a bare head (新型元器件及材料, 软件产品及服务)."""
    at = next((p for p, w in enumerate(item) if w.text == "及"), None)
    if at is None or at == 0:
        return [item]
    left, right = item[:at], item[at + 1 :]
    field = len(right) == 1 and right[0].tag == "@Industry" and len(right[0].text) >= 3
    return [left, right] if field and sum(len(w.text) for w in left) >= 3 else [item]


def _glued_fields(left: Word, right: Word) -> bool:
    """新材料|新能源: two vocabulary fields of three characters or more side by side are two fields, not one
    name (海洋|生物医药 may be one: a two-character field qualifies the next)."""
    return left.tag == right.tag == "@Industry" and min(len(left.text), len(right.text)) >= 3


def _trimmed(item: list[Word]) -> list[Word]:
    """An item without the spaces around it."""
    a, b = 0, len(item)
    while a < b and not item[a].text.strip():
        a += 1
    while b > a and not item[b - 1].text.strip():
        b -= 1
    return item[a:b]


# A list of fields closed by its kind: 新一代信息技术、现代海洋、医养健康等产业
FIELD_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,8}(?=等(?:战略性新兴|新兴|重点|优势|特色)?(?:产业|领域|行业))")


def field_lists(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """The items of a list of fields closed by 等产业/领域/行业, where two items or more are vocabulary
    fields: the others are fields too (现代海洋, 医养健康). The first item only when it is a field
    (its start is where the list begins, and a verb may stand before it: 重点发展|高端化工)."""
    if not ws or "、" not in text[ws[0].start : ws[-1].end]:
        return
    fields = {(w.start, w.end) for w in ws if w.tag == "@Industry"}
    for match in FIELD_LIST.finditer(text, ws[0].start, ws[-1].end):
        items, pos = [], match.start()
        for piece in match.group().split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        known = [(a, b) for a, b in items if any(a <= x and y <= b for x, y in fields)]  # 现代金融|服务 too
        if len(known) < 2:
            continue
        for a, b in items[1:]:
            if (a, b) not in known and not _verb_inside(ws, a, b) and not text[a:b].endswith(cues.words("activity_end")):
                yield Name(a, b, "Industry", text[a:b])


def _verb_inside(ws: Sequence[Word], a: int, b: int) -> bool:
    """A verb among the words of text[a:b] (推广开放式研发): a practice, not a field."""
    return any(w.tag in VERB and a <= w.start and w.end <= b for w in ws)


FIELD_KIND = frozenset({"产业", "领域", "行业", "集群", "方向", "产业链", "赛道"})  # what a list of fields is, not part of one
USE = ("利用", "运用", "应用", "发展", "投向")  # 综合利用|互联网, 投向|大模型: a use of a field, not its name
FIELD_HEAD = frozenset({"装备", "材料", "器件", "设备", "融合"})  # what may follow a field inside its name
INDUSTRY_PART = frozenset({"n", "nz", "ng", "b", "j", "l", "vn", "@Industry"})


@lru_cache(maxsize=1)
def _not_in_a_field() -> frozenset[str]:
    lists = ("introducer", "goal_verb", "goal_adverb", "support_verb", "locative", "develop_verb", "definition_verb", "money_verb_before_fields", "field_list_verb")  # 培育|壮大|生物制造, 指|光伏 (ind11), 優先補助|智慧機械 (twn14), 力争/nz|轨道交通装备 (ent17b)
    return frozenset(w for name in lists for w in cues.words(name))


def listed_industries(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """An item of a list of fields is one field, named whole: 炭基新材料、特种金属材料 (not 新材料,
    金属材料), 生物技术与大健康 (one item, not two). The item is the noun phrase around a
    vocabulary field between the list's marks (、 on one side at least), up to 12 characters. 与
    joins two fields into one item; 和/及 part them (电子信息及智能仪器仪表 is two)."""
    for i, word in enumerate(ws):
        if word.tag != "@Industry":
            continue
        stop = _not_in_a_field()
        j = i
        while j > 0 and (ws[j - 1].tag in INDUSTRY_PART - {"vn"} | {"a"} or (ws[j - 1].text == "与" and j >= 2 and fieldclose.joins_one_field(ws[j - 2], ws[j]))):
            if ws[j - 1].text in stop or ws[j - 1].text.endswith(USE) or _glued_fields(ws[j - 1], ws[j]) or fielditems.lead(ws[j - 1], ws[j]):
                break
            j -= 1
        k = i
        while k + 1 < len(ws) and (ws[k + 1].tag == "@Industry" or ws[k + 1].text in FIELD_HEAD or (ws[k + 1].text == "与" and k + 2 < len(ws) and fieldclose.joins_one_field(ws[k], ws[k + 2]))):
            if ws[k + 1].text in stop or ws[k + 1].text in FIELD_KIND or _glued_fields(ws[k], ws[k + 1]):
                break
            k += 1
        while j < i and ws[j].text in cues.word_set("level"):
            j += 1  # 国家级、省级|人工智能创新平台: a level, no part of a field (ent17b)
        start, end = ws[j].start, ws[k].end
        listed = text[end : end + 1] == "、" or (text[start - 1 : start] == "、" and fieldclose.item_ends(text, ws, k + 1))
        item = re.sub(r"\s+", "", text[start:end])
        if listed and (j, k) != (i, i) and 2 < len(item) <= 12:
            yield Name(start, end, "Industry", item)


def plus_industries(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """AI+医疗, 互联网+先进制造业: a technology, "+", and the field it is applied to."""
    for i, word in enumerate(ws):
        if word.tag == "eng" and i + 2 < len(ws) and ws[i + 1].text == "+":
            field = ws[i + 2]
        elif word.text.endswith("+") and word.tag.startswith("@") and i + 1 < len(ws):
            field = ws[i + 1]  # a vocabulary term written with its plus: 互联网+
        else:
            continue
        if field.tag in NOUN - {"eng"} and len(field.text) >= 2 and (practice := fielditems.practice(ws, i + 1 if word.text.endswith("+") else i + 2)):
            yield Name(word.start, practice, "Programme", text[word.start : practice])  # 互联网+监管: a reform practice (ent16b)
        elif field.tag in NOUN - {"eng"} and len(field.text) >= 2:
            yield Name(word.start, field.end, "Industry", text[word.start : field.end])
