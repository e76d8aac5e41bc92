"""Platforms: kinds of innovation platform beyond the vocabulary, by their head word in a frame that builds them.

Over the words of kg.extract.words (vocabulary hits merged), a noun phrase that ends with a platform
head word (cue list platform_kind_head: …平台, …基地, …园区, …中心, …机构 …) is a kind of platform
(PlatformType) when the sentence builds or strengthens it: a build verb governs it (建设X, 支持建立A、B、C;
cue list platform_build), 建设 closes its list (加强A、B建设), 等 and a platform kind close it
(X等科技成果转化平台), or a vocabulary platform type is listed with it (重点实验室、工程(技术)研究中心).
The phrase is bounded on the left by that verb or the list separator, a level written first is no
part of its name (国家|高新技术产业化基地), and it must say what the platform is for (cue list
platform_field_word: 科技, 技术, 研发 …), so generic heads alone (平台, 中心, 机构) and service
centres of government (cue list not_platform_word: 政务, 行政 …) are never kinds of platform.
A recognised platform (对经认定的X, 认定为X; cue list platform_recognise) is built too. Named platforms:
a place in parentheses after a country, before a platform type (中国(合肥)|知识产权保护中心), and a
place right before a kind built (建设|浙江省|知识产权交易中心) each name one Platform.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from operator import attrgetter

from kg import cues
from kg.extract import platformclauses
from kg.extract.names import LEVEL, Name
from kg.extract.words import Word

# Words that may stand inside a platform kind's phrase (科技|中介|服务平台, 农业|技术|成果|推广|基地).
# An industry before a kind is named on its own (智能网联汽车|检验检测平台: Industry and 检验检测平台), so no modifier.
MODIFIER = frozenset({"n", "nz", "ng", "nt", "ns", "s", "vn", "v", "j", "l", "b", "an", "t", "eng"})  # 青年/t, 海洋/ns, 新兴产业/nt, 海外/s (ent15b)
# Words a list of platforms is read across, to the verb that governs it or the word that closes it.
LISTED = MODIFIER | {"@PlatformType", "@EnterpriseType", "@Industry", "a"}
AND = frozenset({"与", "和", "及"})
SEPARATOR = frozenset({"、", "和", "及", "与", "以及", "或者", "或", "(", ")"})
PLACE = frozenset({"ns", "@Region"})
HEADS = cues.lazy(lambda: cues.alternation("platform_kind_head"))  # longest first: the head read at a position
END = attrgetter("end")  # a word's end, the key its words are searched by
# A word of what a platform is for (cue list platform_field_word), read across spaces as a kind's name is (科 技)
FIELDS = cues.lazy(lambda: "|".join(r"\s*".join(map(re.escape, word)) for word in cues.words("platform_field_word")))
NOT_PLATFORM = cues.lazy(lambda: cues.alternation("not_platform_word"))  # 政务, 行政: a word of a body's name
MAX_KIND = 16  # characters: a kind's phrase longer than this is a clause, no name
MAX_LIST = 60  # characters from a list's item to the verb that governs it
MAX_CONDITION = 12  # characters of a condition between 对 and the kinds it pays (对符合条件的|X; ent17c)
MAX_PAID = 30  # characters from the kinds paid to the verb that pays them (对X|,按…的1%|给予奖励; ent17c)
CLAUSE = frozenset({",", "，", ";", "；", "。", ":", "："})
SENTENCE_END = frozenset({"。", ";", "；"})


def find(text: str, ws: Sequence[Word]) -> list[Name]:
    """Every platform kind and parenthesised named platform in one sentence's words."""
    if not ws:
        return []
    start, end = ws[0].start, ws[-1].end
    head = HEADS.search(text, start, end)  # one search: most sentences hold no head
    # and a kind says what it is for (_a_kind): no word of a field in the sentence, no kind (half of those with a head)
    found = list(_kinds(text, ws, head)) if head and FIELDS.search(text, start, end) else []
    return found + list(_placed(text, ws)) if "(" in text[start:end] else found


def _head(word: str) -> bool:
    return word.endswith(cues.words("platform_kind_head"))


def _kinds(text: str, ws: Sequence[Word], head: re.Match[str]) -> Iterator[Name]:
    for i in _head_words(ws, head):
        word = ws[i]
        if word.tag[0] == "@" or word.tag[0] not in "nv" or not _head(word.text) or not _ends_phrase(ws, i):
            continue
        first = phrase_start(ws, i)
        if first is None:
            continue
        name = "".join(text[ws[first].start : word.end].split())
        placed = first > 0 and ws[first - 1].tag == "@Region"
        if not _a_kind(name) or not _framed(ws, first - placed, i):
            continue  # the words first (cheap), then the frame (a scan of the list)
        if placed:  # 建设|浙江省|知识产权交易中心: a place before a kind built names one platform
            yield Name(ws[first - 1].start, word.end, "Platform", "".join(text[ws[first - 1].start : word.end].split()))
        else:
            yield Name(ws[first].start, word.end, "PlatformType", name)


def _head_words(ws: Sequence[Word], head: re.Match[str] | None) -> list[int]:
    """The words a head ends, in order, from the sentence's first head: the head is read at every position
    (so 科技园 does not hide 园区 in 科技园区), each search going on one character past the last head's start."""
    ends = set()
    while head:
        ends.add(head.end())
        head = HEADS.search(head.string, head.start() + 1, head.endpos)
    found = [(bisect_left(ws, end, key=END), end) for end in sorted(ends)]
    return [i for i, end in found if i < len(ws) and ws[i].end == end]


def _ends_phrase(ws: Sequence[Word], i: int) -> bool:
    """科技中介服务机构|管理制度: a head followed by a noun modifies it, no platform is named."""
    after = ws[i + 1] if i + 1 < len(ws) else None
    return after is None or after.text in cues.word_set("platform_build") or after.tag not in MODIFIER - {"v"}


def phrase_start(ws: Sequence[Word], i: int) -> int | None:
    """The first word of the kind's phrase ending with word i: left over modifiers (and one parenthesis,
    工程(技术)研究中心), up to a verb of the frame, a separator, a level or any other word."""
    k = i
    while k > 0 and ws[i].end - ws[k - 1].start <= MAX_KIND:
        left = ws[k - 1]
        if left.text == ")" and k >= 3 and ws[k - 3].text == "(" and ws[k - 2].tag in MODIFIER and k - 3 > 0 and ws[k - 4].tag in MODIFIER:
            k -= 3
            continue
        if left.tag not in MODIFIER or _stop(left.text) and not inner_verb(left.text) or LEVEL.fullmatch(left.text):
            break  # 建设|…, 国家|…, 专业化|…: the verb, a level or a quality word is no part of the kind
        if left.tag == "v" and not inner_verb(left.text):
            break  # a verb inside a kind says what it does (技术|示范|推广|基地, 创新|创业|服务机构), not 人才|参与|…
        if k >= 2 and ws[k - 2].text in cues.word_set("predicate_opener"):
            break  # 应当|指导|农业技术研发机构: the word after a modal is its verb, however jieba tags it (ent17c)
        k -= 1
    while k < i and k > 0 and ws[k - 1].text + ws[k].text in cues.word_set("platform_quality"):
        k += 1  # 高|能级|科技创新平台: jieba cut a quality word in two
    if k < i and len(ws[k].text) == 1:
        return None  # 建设|成|创新载体: a phrase opened by a lone character is a fragment of a clause
    if k < i and k >= 2 and ws[k - 1].text in AND and _a_field(ws[k - 2]):
        return None  # 中试孵化与|产业化基地: two fields share the head, the phrase is only half of one kind
    return k if k < i else None


def _a_field(word: Word) -> bool:
    """孵化, 验证, 研发: a word that ends a field, not a kind (技术转移办公室|和|…: two kinds)."""
    return word.tag in ("v", "vn", "j") or inner_verb(word.text)


def inner_verb(word: str) -> bool:
    """推广, 开发, 交易: a verb that says what a platform does (cue lists platform_field_word, platform_process), or
    whom it is for (留学|回国人员创业载体; cue list platform_people_verb, ent17c)."""
    return word in cues.word_set("platform_process") or word in cues.word_set("platform_field_word") or word in cues.word_set("platform_people_verb")


def _framed(ws: Sequence[Word], first: int, last: int) -> bool:
    """Whether the phrase ws[first:last+1] is built: the verb governing its list is a build verb,
    建设 or 等 and a platform kind close the list, or a vocabulary platform type is in the list;
    not when the list owns what follows it (建立|专利中介服务机构及执业人员的|…系统)."""
    m = last + 1
    while m < len(ws) and ws[m].end - ws[first].start <= MAX_LIST and _listed_after(ws[m]):
        m += 1
    closed_by_platform = m < len(ws) and (_head(ws[m - 1].text) or ws[m - 1].tag == "@PlatformType")
    if m < len(ws) and ws[m].text == "的" and not closed_by_platform:
        return False
    return _governed(ws, first, last) or _paid(ws, first, m) or any(
        ws[n].tag == "@PlatformType" and ws[n - 1].text in SEPARATOR for n in range(last + 1, m)
    ) or (m < len(ws) and ws[m].text == "建设" and closed_by_platform) or _built_after(ws, first, m, closed_by_platform) or (
        m + 1 < len(ws) and ws[m].text == "等" and (ws[m + 1].tag == "@PlatformType" or _head(ws[m + 1].text))
    )  # 加强A、B|建设 (not 加强中试评价机构和评价能力|建设), A、B|等|C平台


def _paid(ws: Sequence[Word], first: int, m: int) -> bool:
    """对|A、B|给予补助, 对符合条件的|X,按…给予奖励: a list of kinds a clause pays after 对 (cue lists platform_paid_lead,
    platform_paid_verb) is of kinds set up; only the clause's own 对 (no second 对 before the money) and only a kind that
    says what it is for (科技, 技术, 创新创业…: _a_kind), so 对企业… or 对金融机构… never name one (ent17c)."""
    k = first
    while k > 0 and _listed(ws, k - 1) and ws[k - 1].text not in cues.word_set("platform_paid_lead"):
        k -= 1
    if k > 1 and ws[k - 1].text == "的":  # 对符合条件的|X: a short condition between 对 and the list
        j = k - 1
        while j > 0 and ws[j - 1].text not in cues.word_set("platform_paid_lead") and ws[j - 1].text not in CLAUSE and ws[k - 1].start - ws[j - 1].start <= MAX_CONDITION:
            j -= 1
        k = j
    if k == 0 or ws[k - 1].text not in cues.word_set("platform_paid_lead") or m == len(ws):
        return False
    if ws[m].text == "的" or ws[m].tag[0] == "v" and ws[m].text not in cues.word_set("platform_paid_verb"):
        return False  # 对X|的费用 (what X pays), 对X|实行管理 (what is done to X): no kind paid
    n = m
    while n < len(ws) and ws[n].start - ws[m - 1].end <= MAX_PAID and ws[n].text not in SENTENCE_END:
        if ws[n].text in cues.word_set("platform_paid_lead"):
            return False
        if ws[n].text in cues.word_set("platform_paid_verb"):
            return True
        n += 1
    return False


def _built_after(ws: Sequence[Word], first: int, m: int, closed_by_platform: bool) -> bool:
    """支持A机构、B平台|的|设立, 加强…实训基地|的|建设: a list of kinds whose building (cue list platform_build_noun)
    is the object; not after a quality word or a place (天津|新|技术产业园区的建设: a named park cut short; ent15c)."""
    cut = first > 0 and ws[first - 1].tag in ("a", "ns", "@Region")
    built = m + 1 < len(ws) and ws[m].text == "的" and ws[m + 1].text in cues.word_set("platform_build_noun")
    return closed_by_platform and built and not cut


def _governed(ws: Sequence[Word], first: int, last: int) -> bool:
    """The verb governing the list the phrase is in builds or recognises (支持|建立|A、B; 对经认定的|X),
    or a vocabulary platform type is listed before it (重点实验室、|工程(技术)研究中心)."""
    k = first
    while k > 0 and ws[last].end - ws[k - 1].start <= MAX_LIST and _listed(ws, k - 1):
        if ws[k - 1].text in _verbs() or ws[k - 1].text in cues.word_set("introducer") or ws[k - 1].text in cues.word_set("platform_recognise"):
            break
        if ws[k - 1].tag == "@PlatformType" and ws[k].text in SEPARATOR:
            return True
        k -= 1
    if k > 0 and ws[k - 1].text.endswith((*cues.words("platform_build"), *cues.words("platform_recognise"))):
        return True
    if k > 1 and ws[k - 1].text in ("的", "为") and ws[k - 2].text in cues.word_set("platform_recognise"):
        return True  # 认定|为 (ent14b)
    return platformclauses.built(ws, k - 1)  # 设立|的|X, 建立|具有…功能|的|X (ent20b)


def _listed(ws: Sequence[Word], k: int) -> bool:
    """A word a list of platforms is read across: its items and separators, and a number or a quality
    word before them (建设|一批|高水平|的|科技创新服务平台)."""
    word = ws[k]
    if word.text == "的":
        return k > 0 and ws[k - 1].text in cues.word_set("platform_quality")
    return word.tag in LISTED or word.text in SEPARATOR or word.tag == "m" or word.text in cues.word_set("platform_quality") or word.text in cues.word_set("platform_scope")


def _listed_after(word: Word) -> bool:
    """A word of the list after an item, up to the word that closes it (…、B|建设, …|等|C平台): no verb
    but one inside a kind (企业与海洋科研机构|联合|建设…: the institutes build, they are not built)."""
    if word.text == "建设" or word.text in cues.word_set("introducer"):
        return False
    return word.text in SEPARATOR or word.tag in LISTED and (word.tag != "v" or inner_verb(word.text))


def _stop(word: str) -> bool:
    return word in _verbs() or word in cues.word_set("introducer") or word in cues.word_set("platform_quality") or word in cues.word_set("platform_scope")


def _a_kind(name: str) -> bool:
    """A kind says what its platforms are for (科技中介服务平台), is no government or service body's
    (政务服务中心), and has more than a generic head (服务平台, 中心)."""
    if name in cues.word_set("not_platform_kind") or NOT_PLATFORM.search(name):
        return False
    if name.endswith(cues.words("not_platform_head")):
        return False  # 成渝科技创新中心 (a city's role), 自贸试验区管理机构 (a body), 专利代理机构 (firms)
    head = next(h for h in cues.words("platform_kind_head") if name.endswith(h))
    field = name[: -len(head)]
    return len(field) >= 3 and FIELDS.search(field) is not None and not _generic(field)


def _generic(field: str) -> bool:
    """科技创新|平台, 国际科技创新|中心, 创新创业|中心: a field made only of what every platform is for
    (cue list platform_generic_word) names no kind of its own."""
    for word in cues.words("platform_generic_word"):  # longest first
        field = field.replace(word, "")
    return not field


def _placed(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """中国(合肥)知识产权保护中心: a country, a place in parentheses and a platform type name one platform."""
    for j in (j for j in range(1, len(ws) - 3) if ws[j].text == "("):
        a, open_, place, close, kind = ws[j - 1 : j + 4]
        if a.tag in PLACE and open_.text == "(" and place.tag in PLACE and close.text == ")" and kind.tag == "@PlatformType":
            yield Name(a.start, kind.end, "Platform", "".join(text[a.start : kind.end].split()))


def _verbs() -> frozenset[str]:
    return cues.word_set("platform_build")
