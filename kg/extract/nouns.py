"""Recipients (nouns): the Recipient record and the noun phrases a 对… phrase names: vocabulary terms
and list items, each with its level; nouns joined by 和/及; persons; the heads recipients' names end in; a measure's title line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg import cues
from kg.extract.words import words
from kg.extract.levels import short_led, ITEM_SPLIT, LEVEL_LIST, LEVEL_RE, level_before, level_of, list_items, surface
from kg.model import Span
from kg.vocab import Concept, Vocab

ACTION = cues.lazy(lambda: cues.alternation("condition_action"))  # what a condition's doer does (办理: Taiwan's "carry out")
PEOPLE_OF = cues.lazy(lambda: cues.alternation("people_of"))  # 高等学校毕业生: persons of a body
ARTICLE = re.compile(r"^第[一二三四五六七八九十百零\d]+条\s*")
RECIPIENT_TYPES = ("PlatformType", "Platform", "EnterpriseType", "Programme")
LEAD_SENTENCE = 30  # a measure's title: a short sentence or line
MAX_NOUN = 16  # a recipient that is not a vocabulary term is a short noun phrase
COMPOUND_TAIL = 4  # 世界500强企业|研发总部: a short head after a term makes one name with it (not a programme's: 重点研发计划|项目 is the programme)
# A、B等|高层次人才 (not 高等|学校: a word ending in 等)
KIND_AFTER_LIST = cues.lazy(lambda: r"(?<=[\u4e00-\u9fff)]{2})等" + "".join(f"(?<!{w})" for w in cues.words("deng_in_word")) + r"(?=[\u4e00-\u9fff]{2})")
PERSON_SPLIT = re.compile(r"或者|或|和|及|、")
COORDINATOR = re.compile(r"以及|或者|和|及|、|或")
FIELD_HEAD = re.compile(r"(?:领域|行业|产业|方向|类)[\u4e00-\u9fff]{1,6}$")
# Enumerated grades an amount list is mapped onto (分别): 一等奖/二等奖, A级/AA级/AAA级, 五星级
GRADE = re.compile(r"[特一二三四五六七八九十]等奖|(?<![A-Za-z])A{1,3}级|[一二三四五]星级?|[金银铜]奖")
GRADE_LIST = re.compile(rf"(?:(?:{GRADE.pattern})[、和及或]?)+")
SHARED_VERB = cues.lazy(lambda: rf"{cues.alternation('support_verb')}|{ACTION.pattern}")  # (支持、鼓励行业|领军企业: verbs, not modifiers)
QUOTED_NAME = cues.lazy(lambda: rf"“[\u4e00-\u9fff]{{0,8}}(?:{cues.alternation('recipient_head')})”")  # “雄鹰企业”
ALIASED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10})\($")  # a list item opening a bracket: the term inside is its alias
QUOTED_HEAD = cues.lazy(lambda: rf"”(?P<head>{cues.alternation('recipient_head')})")  # a name quoted, then its head
SHARED_NOT = cues.lazy(lambda: rf"^(?:{cues.alternation('short_level')}|{cues.alternation('generic_determiner')})|等$|[的之]")  # no level, place, generic or clause among shared modifiers
PERSON = re.compile(r"(?:(?<!机器)人|者|员|家|师|生|[农居牧渔村公]民|[农商]户|士兵)$")  # 发明人、设计人和实施单位, 农民和…组织: a person is whole (机器人: a thing)


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    level: str | None
    start: int
    end: int


def coordinated(text: str, vocab: Vocab, a: int, b: int) -> list[Recipient]:
    """A phrase of nouns joined by 和/及/以及/、/或者, each ending in a recipient's head or naming a person,
    no 的 and no verb among them: one recipient per noun."""
    if "的" in text[a:b] or ACTION.search(text, a, b):
        return []
    bounds = [a, *(x for m in COORDINATOR.finditer(text, a, b) for x in (m.start(), m.end())), b]
    items = [Recipient(text[p:q], None, p, q) for p, q in zip(bounds[::2], bounds[1::2])]
    heads = recipient_heads(vocab)
    if len(items) < 2 or not all(2 <= len(r.name) <= MAX_NOUN and (r.name.endswith(heads) or PERSON.search(r.name)) for r in items):
        return []
    return items


GRADED = cues.lazy(lambda: rf"(?P<grade>{cues.alternation('designation_grade')})(?P<head>[\u4e00-\u9fff]{{2}})$")


def graded_like(last: tuple[str, str | None, int, int], item: tuple[str, str | None, int, int]) -> tuple[str, str | None, int, int]:
    """国家知识产权示范企业、|优势企业: another grade of the same kind shares the term's modifier and level (知识产权优势企业,
    国家级); an item of another kind stays as written."""
    term, other = GRADED.search(last[0]), GRADED.fullmatch(item[0])
    if term and other and term["head"] == other["head"] and term.start() >= 2:
        return (last[0][: term.start()] + item[0], item[1] or last[1], item[2], item[3])
    return item


def distinct_names(named: list[Recipient]) -> list[Recipient]:
    return [r for k, r in enumerate(named) if r.name not in {q.name for q in named[:k]}]


def split_persons(text: str, a: int, b: int) -> list[Recipient]:
    """发明人或者设计人 → 发明人, 设计人."""
    bounds = [a, *(x for m in PERSON_SPLIT.finditer(text, a, b) for x in (m.start(), m.end())), b]
    return [Recipient(text[p:q], None, p, q) for p, q in zip(bounds[::2], bounds[1::2])]


def before_kind(text: str, vocab: Vocab, a: int, b: int) -> int:
    """领军人才、创业领军人才等|高层次人才: a list of bodies or persons, then 等 and the kind they are of; the
    items are the recipients (not when the items are fields: 人工智能、生物医药等领域企业)."""
    kind = KIND_AFTER_LIST.search(text, a, b)
    if kind is None:
        return b
    items = list_items(text, a, kind.start())
    heads = recipient_heads(vocab)
    named = len(items) >= 2 and all(name.rstrip(")").endswith(heads) or PERSON.search(name) or name.endswith(")") and name[: name.rfind("(")].endswith(heads) for name, *_ in items)
    return kind.start() if named else b


def named_items(text: str, vocab: Vocab, start: int, end: int, nouns: bool) -> list[Recipient]:
    """国家级、省级、市级技术创新中心、工程研究中心和企业技术中心 → one Recipient per level and item.

    Vocabulary terms are recipients wherever they stand; with `nouns`, so are the other items
    of a list (技术转移、技术交易机构 → 技术转移机构, 技术交易机构), when no term is there to anchor.
    """
    shared: list[str | None] = [None]
    levels = LEVEL_LIST.match(text, start, end)
    if levels and levels.end() < end and not text.startswith(("人民政府", "政府"), levels.end()):  # (县级以上人民政府: the payer's level)
        shared = [level_of(m.group()) for m in LEVEL_RE.finditer(levels.group())]
        start = levels.end()
    graded = GRADE_LIST.match(text, start, end)
    if graded and graded.end() < end:  # A级、AA级、AAA级|孵化器: grades of one recipient, not recipients
        start = graded.end()
    found: list[tuple[str, str | None, int, int]] = []
    hits = recipient_hits(vocab, text, start, end)
    pos = start
    for hit_start, hit_end, concept in hits:
        if hit_start < pos:
            continue
        if found and _alias_of(text, vocab, found[-1], hit_start, hit_end, concept):
            pos = hit_end + 1  # 企业研发中心|(企业技术中心): the same kind's other name in brackets, no second recipient
            continue
        gap = [piece for piece in list_items(text, pos, hit_start)]
        name, level = surface(text, vocab, hit_start, hit_end, concept)
        if _shared_head(text, vocab, gap, hit_start):  # 种子期、初创期|科技型企业: each modifier with the head
            found += [(piece + name, lvl, a, hit_end) for piece, lvl, a, _ in gap]
            pos = hit_end
            continue
        if nouns:
            # items before the hit; the last one only where a separator parts it from the hit
            # (重点产业化项目、重点研发平台和|创新型领军企业), else it is the hit's level (省|重点实验室)
            found += [(name, lvl, a, b) for k, (name, lvl, a, b) in enumerate(gap) if k < len(gap) - 1 or b < hit_start]
        else:  # 省级“雄鹰企业”、|国家级…: a quoted name ending in a head, listed before the term, is a recipient too
            found += [(name, lvl, a, b) for k, (name, lvl, a, b) in enumerate(gap) if QUOTED_NAME.fullmatch(name) and (k < len(gap) - 1 or b < hit_start)]
        alias = ALIASED.fullmatch(gap[-1][0]) if gap and gap[-1][3] == hit_start and text.startswith(")", hit_end) else None
        if alias and alias["name"].endswith(recipient_heads(vocab)):  # 企业研发中心|(企业技术中心): the name, its alias in brackets
            name, level, hit_start, hit_end = alias["name"], gap[-1][1] or level, gap[-1][2], hit_end + 1
        led = short_led(gap[-1][0]) if gap and gap[-1][3] == hit_start and not level and not alias else None
        if led:  # 省重点|企业研究院: a short level, then a modifier outside the vocabulary: 重点企业研究院 at 省级
            name, level, hit_start = led[0] + name, led[1], gap[-1][2]
        level = level or level_before(text, vocab, gap[-1][2] if gap else pos, hit_start)
        quoted = QUOTED_HEAD.match(text, hit_end, end) if text.startswith("”", hit_end) else None
        if quoted:  # “瞪羚”|企业: the quoted name, then its head
            name, hit_end = name + quoted["head"], quoted.end()
        pos = hit_end + (len(name) - len(text[hit_start:hit_end]) if name.endswith(")") else 0)
        found.append((name, level, hit_start, max(pos, hit_end)))
    if nouns and found and found[-1][3] == pos and hits[-1][2].type != "Programme" and 2 <= end - pos <= COMPOUND_TAIL and text[pos:end].endswith(recipient_heads(vocab)) and not ITEM_SPLIT.search(text, pos, end):
        found[-1] = (found[-1][0] + text[pos:end], found[-1][1], found[-1][2], end)  # 世界500强企业|研发总部: the term, then the head it names a part of
        pos = end
    if nouns and hits and pos < end and ITEM_SPLIT.match(text, pos):  # 科技企业孵化器、|大学科技园: items after the last term
        found += [graded_like(found[-1], item) if found else item for item in list_items(text, pos, end) if len(item[0]) <= MAX_NOUN]
    if nouns and not hits:
        pieces = list_items(text, start, end)
        heads = recipient_heads(vocab)
        for i, (name, level, a, b) in enumerate(pieces):
            if not any(name.endswith(h) for h in heads) and not PERSON.search(name) and not _activity_item(pieces, i, heads):  # 发明人 needs no head
                later = next((p[0] for p in pieces[i + 1 :] if any(p[0].endswith(h) for h in heads)), "")
                if later and name.endswith(cues.words("development_activity")):
                    continue  # 支持数字产业化发展、产业数字化转型以及数字经济企业: activities take no body's head
                field = FIELD_HEAD.search(later)  # 人工智能、区块链、量子信息领域企业: the shared head is 领域企业
                head = later[field.start() :] if field else next((h for h in heads if later.endswith(h)), "")
                name += head[1:] if field and name.endswith(head[0]) else head  # A类、B类、C类人才: A类人才
            if len(name) <= MAX_NOUN:
                found.append((name, level, a, b))
    if len(shared) == 1 and len(found) > 1:  # 省级领军人才、科技创业领军人才: a later item of the first one's kind with a
        first = _bare(found[0][0])  # qualifier of its own in the level's place has no level (国家级A和B: B's is A's)
        return [Recipient(unquoted(name), level or (None if k and len(_bare(name)) > len(first) and _bare(name).endswith(first) else shared[0]), a, b)
                for k, (name, level, a, b) in enumerate(found)]
    return [Recipient(unquoted(name), level or lvl, a, b) for name, level, a, b in found for lvl in shared]


def _activity_item(pieces: list[tuple[str, str | None, int, int]], i: int, heads: tuple[str, ...]) -> bool:
    """科技研发与成果转化、产学研协同创新、创新创业平台建设: an item ending in an activity, apart from the headed item, is
    its own recipient, no body's head; not right before the headed item (重大科技研发、成果转化项目: 重大科技研发项目)
    nor in a list of kinds closed by 等 (农业技术攻关、成果转化、技术推广等农业科技创新项目)."""
    if not pieces[i][0].endswith(cues.words("activity_item_end")):
        return False
    later = [p[0] for p in pieces[i + 1 :]]
    headed = next((k for k, name in enumerate(later) if name.endswith(heads)), None)
    return headed is not None and headed > 0 and "等" not in later[headed]


def _shared_head(text: str, vocab: Vocab, gap: list[tuple[str, str | None, int, int]], hit_start: int) -> bool:
    """种子期、初创期|科技型企业: short modifiers listed, the last glued to a term, no head, level, place or verb
    among them: they share the term as their head."""
    return (len(gap) >= 2 and gap[-1][3] == hit_start and all(2 <= len(p) <= 4 and lvl is None and not p.endswith(recipient_heads(vocab))
            and not PERSON.search(p) and not SHARED_NOT.search(p) and not any(True for _ in vocab.find(p)) for p, lvl, _, _ in gap)
            and all(text[q:r] == "、" for (_, _, _, q), (_, _, r, _) in zip(gap, gap[1:])) and not SHARED_VERB.search(text, gap[0][2], hit_start))


def shared_before(text: str, vocab: Vocab, start: int, of: int, head: Recipient) -> list[Recipient]:
    """初创期、成长期的|科技型中小企业: stages listed before 的 share the head as well, a line each (no condition)."""
    gap = list_items(text, start, of)  # (only stages: 上市、挂牌的企业 names deeds, a condition)
    if head.start != of + 1 or not all(p.endswith("期") for p, _, _, _ in gap) or not _shared_head(text, vocab, gap, of):
        return []
    return [Recipient(piece + head.name, head.level, a, head.end) for piece, _, a, _ in gap]


def _bare(name: str) -> str:
    """The name without a closing parenthesis: 科技创业领军人才(团队) → 科技创业领军人才."""
    return re.sub(r"\([^()]*\)$", "", name)


def unquoted(name: str) -> str:
    # 第十九条 …, 其团队, 每个|示范项目 (not 其他组织: "other organisations")
    return re.sub(r"^(?:其(?!他)|[为对与凡]|每个|每家|每项|单个|各类|各种)(?=[\u4e00-\u9fff]{2})", "", ARTICLE.sub("", re.sub(r"[“”\"]", "", name)))


def recipient_hits(vocab: Vocab, text: str, start: int, end: int) -> list[tuple[int, int, Concept]]:
    """The recipients' vocabulary terms, not those that name whose people are meant (高等学校|毕业生)."""
    return [hit for hit in vocab.find(text, start, end) if hit[2].type in RECIPIENT_TYPES and not PEOPLE_OF.match(text, hit[1])]


_HEADS: dict[int, tuple[Vocab, tuple[str, ...]]] = {}  # the endings learnt, by vocabulary (held, so its id stays its own)


def recipient_heads(vocab: Vocab) -> tuple[str, ...]:
    """The endings of recipients' names (机构, 中心, 平台 …): learnt from the vocabulary, plus the
    cue list recipient_head (项目, 团队, 人才 …). Learnt once per vocabulary: callers ask for them in every clause."""
    cached = _HEADS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    if len(_HEADS) >= 8:
        _HEADS.clear()  # a bounded memory (tests build many vocabularies)
    heads = _learnt_heads(vocab)
    _HEADS[id(vocab)] = (vocab, heads)
    return heads


def _learnt_heads(vocab: Vocab) -> tuple[str, ...]:
    learnt = {
        written[-2:]
        for concept in vocab.concepts.values()
        if concept.type in ("PlatformType", "EnterpriseType")
        for written in (concept.label, *concept.aliases)
        if len(written) > 2
    }
    return tuple(sorted(learnt | set(cues.words("recipient_head"))))


def lead_sentence(text: str, sentence: int, paragraph: int) -> Span | None:
    """The short sentence or heading line right before a sentence (支持企业技术改造。对…的,给予…), when it
    opens its paragraph or stands alone on its line: the measure's title, naming whom it supports; for a later
    sentence of the paragraph (…;对重新认定的,给予…) the heading line above it."""
    if sentence > paragraph:  # (三)支持企业技术改造。|对…: a sentence before, the paragraph's first
        opening = _short(text, paragraph, sentence - 1)
        if opening:
            return opening
    end = paragraph - 1  # 三、支持企业做大做强\n|对…: the line before
    return _short(text, text.rfind("\n", 0, max(end, 0)) + 1, end)


def _short(text: str, start: int, end: int) -> Span | None:
    """A title: short, one clause."""
    if end <= start or end - start > LEAD_SENTENCE or any(mark in text[start:end] for mark in "。;,"):
        return None
    return Span(start, end)


CLAUSE_FOR = re.compile(r"(?<=.)对(?![象口外])")  # 个人|对职业教育…: a clause (not 贷款对象, 对口)


# A short word alone that names no one: a verb (扶持, 申请), an adverb or a place word (省外), unless it is a recipient's
# head (组织, which jieba tags a verb); what ends no noun phrase: a conjunction, 的, a one-character adverb (高等院校|未)
LONE_NOT_NAME = frozenset({"v", "vd", "vi", "d", "ad", "s", "p", "c", "r", "u", "uj"})
NOT_ENDING = frozenset({"p", "c", "uj"})


def clause_not_name(name: str) -> bool:
    """高等院校可以, 分红等形式, 个人对职业教育, 扶持, 在示范区创新创业: a clause or a piece of one read as a recipient
    (its payer, its means, its act, a verb alone, a clause opened by its preposition)."""
    if any(word in name for word in cues.words("clause_in_recipient")) or CLAUSE_FOR.search(name) is not None or name.startswith("的"):
        return True  # (的重要依据: the tail of a noun phrase)
    ws = words(name, 0, len(name))
    if not ws:
        return False
    if len(ws) == 1:  # (a longer word jieba may mistag: 孵化器 as a verb)
        return len(name) <= 2 and ws[0].tag in LONE_NOT_NAME and name not in cues.word_set("recipient_head")
    last = ws[-1]
    # 在示范区创新创业 (not 在孵企业, 在站…: no preposition; nor 在本市注册的企业: a clause modifying its head)
    opened = ws[0].text in cues.word_set("clause_preposition") and len(ws[1].text) > 1 and "的" not in name
    ends_badly = last.tag in NOT_ENDING and len(last.text) <= 2  # (交易所, which jieba tags a conjunction: a noun)
    return opened or ends_badly or (last.tag in ("d", "ad") and len(last.text) == 1)


def _alias_of(text: str, vocab: Vocab, previous: tuple[str, str | None, int, int], start: int, end: int, concept: Concept) -> bool:
    """Whether the hit start:end is bracketed right after the recipient before and names the same kind."""
    return previous[3] == start - 1 and text[start - 1 : start] == "(" and text.startswith(")", end) and vocab.by_label(previous[0]) is concept
