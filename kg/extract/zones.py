"""Zones: named zones beyond the vocabulary (济南新旧动能转换起步区, 中国(山东)自由贸易试验区济南片区) as Regions.

A zone's name starts with a place the vocabulary knows (or 中国 before a bracketed place) and ends
with a zone word of the cue list zone_suffix (示范区, 先行区, 起步区, 片区 …); between them only the
words of a name (nouns, verbs used as nouns, 与/和, a bracketed place), never a verb that
introduces a name (建设, 支持). Finding only: entities.mentions chooses among these and the others.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract import taiwan_zones
from kg.extract.names import Name
from kg.extract.names import is_body as names_is_body
from kg.extract.words import Word

INSIDE = frozenset({"n", "nz", "ng", "ns", "nt", "vn", "v", "a", "b", "j", "l", "m", "@Region", "@Industry", "@PlatformType"})
JOINS = frozenset({"与", "和", "(", ")"})
MAX_ZONE = 28  # characters
MODAL = frozenset({"应当", "应", "可以", "要", "将", "须", "必须"})
LEVEL_MARK = "省市区县镇乡村"  # a word jieba tags a place that ends so, unknown to the vocabulary, is a common noun


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Every named zone in one sentence's words (none where no zone's kind word is written)."""
    suffixes = cues.words("zone_suffix")
    if not ws or not cues.pattern("zone_suffix").search(text, ws[0].start, ws[-1].end):
        return
    i = 0
    while i < len(ws):
        if not _opens(ws, i):
            i += 1
            continue
        ends: list[int] = []
        k = i + 1
        while k < len(ws) and ws[k].end - ws[i].start <= MAX_ZONE:
            word = ws[k]
            split = _split_suffix(text, ws, k, suffixes) if k == i + 1 else None  # 合肥|经|开区: a zone word jieba cut in two
            if split is not None:
                ends.append(split)
                break
            if (_stops(ws, i, k) and not _suffix_across(text, ws, i, k)) or ((ends and ends[-1] == k - 1 or ws[k - 1].text.endswith(suffixes) or _whole_place(ws[k - 1])) and word.text in ("和", "与", "及")):
                break  # …试验区和临港新片区, 翔安区和厦门火炬…开发区: two zones or a place and a zone, the first ends here
            if (word.text.endswith(suffixes) or _suffix_across(text, ws, i, k)) and word.tag != "@Region":
                ends.append(k)
            k += 1
        last = next((e for e in reversed(ends) if _balanced(text[ws[i].start : ws[e].end])), None)
        if ws[i].tag == "ns" and not _china_bracketed(ws, i) and (last is None or text[ws[i].end : ws[last].end] not in cues.word_set("split_zone_suffix")):
            last = None  # a place jieba guesses (中原|经济区, 中原|科技|城) opens only a zone of these heads right after it
        name = "".join(text[ws[i].start : ws[last].end].split()) if last is not None else ""
        if last is None or (ws[i].text.endswith("省") and len(name) - len(ws[i].text) <= 7):
            i += 1  # 山东省经济技术开发区: the province's zones, no one zone
            continue
        yield Name(ws[i].start, ws[last].end, "Region", name)
        i = last + 1


def _split_suffix(text: str, ws: Sequence[Word], k: int, suffixes: tuple[str, ...]) -> int | None:
    """The word a short zone word starting at word k ends with, when jieba cut its first character off (经|开区;
    not 合作|区, two words of a phrase), else None."""
    if len(ws[k].text) != 1:
        return None
    for j in range(k + 1, min(k + 3, len(ws))):
        piece = text[ws[k].start : ws[j].end]
        if piece in suffixes:
            return j
    return None


def _suffix_across(text: str, ws: Sequence[Word], i: int, k: int) -> bool:
    """协同|创新|区, 科创|大|走廊: a zone word jieba cuts into words of the name (cue list split_zone_suffix; not
    合作|区, which a clause writes as two words: …与|合作|区), starting on a word's edge after the place; its last
    piece may be a word no name holds otherwise (都市|圈, a measure word)."""
    return any(text.endswith(s, ws[i].end, ws[k].end) and any(w.start == ws[k].end - len(s) for w in ws[i + 1 : k]) for s in cues.words("split_zone_suffix") if len(s) > len(ws[k].text))


def _whole_place(word: Word) -> bool:
    """翔安区, 宁波市: a place the vocabulary knows, written in full with its level, is a name of its own."""
    return word.tag == "@Region" and word.text[-1] in LEVEL_MARK


def _opens(ws: Sequence[Word], i: int) -> bool:
    """A known place, a place jieba guesses (中原, ns: only right before the zone word), or 中国 before a bracketed
    place (中国(山东)…)."""
    guessed = ws[i].tag == "ns" and len(ws[i].text) >= 2 and ws[i].text[-1] not in LEVEL_MARK  # not 城市, 城镇: no place
    return ws[i].tag == "@Region" or guessed or _china_bracketed(ws, i)


def _china_bracketed(ws: Sequence[Word], i: int) -> bool:
    """中国(山东)…, and a part of the country before its bracketed place: 西部(成都)科学城 (ent16c)."""
    return (ws[i].text == "中国" or _direction(ws[i])) and i + 2 < len(ws) and ws[i + 1].text == "(" and ws[i + 2].tag == "@Region"


def _direction(word: Word) -> bool:
    """东部, 西部: a part of a place named in a zone's name (成都东部新区; ent16c); not 南侧 (a side of a site, 浦东
    国际机场南侧区域设置新片区), 内 or 上."""
    return word.tag == "f" and len(word.text) == 2 and word.text.endswith("部")


def _stops(ws: Sequence[Word], i: int, k: int) -> bool:
    """Whether word k ends the run: a verb that introduces, a modal or a body (应当, 管委会), a verb
    right after the place (西海岸新区|承担), or anything that is no part of a name."""
    word = ws[k]
    if word.text in cues.word_set("introducer") or word.text in MODAL or names_is_body(word.text):
        return True
    if word.tag == "v" and (ws[k - 1].tag == "@Region" or len(word.text) == 1):  # …学生|来|示范区
        return True
    return not (word.tag in INSIDE or _direction(word) or word.text in JOINS or not word.text.strip())


def _balanced(name: str) -> bool:
    depth = 0
    for char in name:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


NAME_LIKE = frozenset({"n", "nz", "ns", "nr", "nrt", "j"})
PLACE_TAGS = frozenset({"ns", "@Region"})
LIST_JOINS = frozenset({"、", "和", "及", "与", "或"})  # 或: a list of places where an investment may stand (twn20b)
ITEM_NAME = NAME_LIKE | {"@Region", "b"}  # 全興/b|工業區: jieba tags an unknown two-character name a distinguishing word (twn20b)
COMMITTEE = frozenset({"管委会", "管理委员会"})


def listed(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """菊园新区 in 嘉定工业区、菊园新区管委会, 五象新区 in 南宁高新区、南宁经济技术开发区、五象新区: a name the
    vocabulary does not know and a kind of zone (cue list listed_zone_kind), listed next to another zone or a place,
    one of the two opening with a place (a bare city's name is no mate: its zone shares the kind), is a zone (a list names things of one kind); with 管委会 right
    after it, its committee too (菊园新区管理委员会). Not 城市新区、产业园区: neither opens with a place."""
    kinds = cues.words("listed_zone_kind")
    if not ws or not cues.pattern("listed_zone_kind").search(text, ws[0].start, ws[-1].end):
        return  # most sentences name no zone's kind
    items = [(k - 1, k) for k in range(1, len(ws)) if ws[k].text.endswith(kinds) and ws[k].tag != "@Region" and ws[k - 1].tag in ITEM_NAME
             and 2 <= len(ws[k - 1].text) <= 4 and (k < 2 or ws[k - 2].tag not in NAME_LIKE | {"@Region", "vn"})]
    places = [(k, k) for k in range(len(ws)) if _whole_place(ws[k])]  # not 乌鲁木齐、昌吉、石河子高新区: one kind shared
    placed = taiwan_zones.chained(items, lambda m: ws[m[0]].tag in PLACE_TAGS, lambda a, b: _next_in_list(ws, a, b))  # 彰濱工業區、全興|工業區、芳苑|工業區 (twn20b)
    for first, last in items:
        mates = [m for m in (*items, *places) if m != (first, last) and m[0] != last and _next_in_list(ws, (first, last), m)]
        if ws[first].tag == "@Region" or not mates or not ((first, last) in placed or any(ws[j].tag in PLACE_TAGS for j in (first, *(m[0] for m in mates)))):
            continue
        yield Name(ws[first].start, ws[last].end, "Region", text[ws[first].start : ws[last].end])
        if last + 1 < len(ws) and ws[last + 1].text in COMMITTEE:
            yield Name(ws[first].start, ws[last + 1].end, "Agency", text[ws[first].start : ws[last].end] + "管理委员会")


def _next_in_list(ws: Sequence[Word], item: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two items (first and last word) stand next to each other in a list, a 、 or 和 between."""
    before, after = sorted((item, other))
    return after[0] == before[1] + 2 and ws[before[1] + 1].text in LIST_JOINS


def shared_committee(text: str, start: int, regions: Sequence[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """嘉定工业区、|菊园新区管委会: the zones listed right before a zone's committee (starting at start) share its
    管委会, each its own committee (嘉定工业区管理委员会): their spans and names."""
    by_end = {end: (s, name) for s, end, name in regions}
    while start >= 1 and text[start - 1] in "、和" and (start - 1) in by_end:
        s, name = by_end[start - 1]
        if not name.endswith(cues.words("listed_zone_kind")):
            return
        yield s, start - 1, name + "管理委员会"
        start = s
