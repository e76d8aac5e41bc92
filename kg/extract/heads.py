"""Heads: names known by their head word and the grammar around it, beyond the kinds of kg.extract.names.

- A body named by its function after its place (市公安部门, 省专利行政部门, 广东省审计主管部门,
  国务院标准化行政主管部门; found by kg.extract.functionbodies): kg.extract.entities names the place in full and, for the functions of
  the cue lists function_holder…, the body holding the function there (a Tianjin document's 市公安部门
  is 天津市公安局), so two cities' are two bodies; other functions stay as written (天津市资金管理部门).
- A support instrument named after a verb that sets it up (建立容错免责机制, 建立企业研发投入后补助
  制度, cue list support_rule): a Programme when its words name something more than what rules are
  in general (完善激励机制 names none; cue list generic_rule). Rules of procedure (信用修复机制,
  司法协作机制) are many and the annotators leave them out.
- A kind of platform named after a verb that builds it (建设青年创新创业信息发布平台, 组建区域产教
  联合体; heads in cue list platform_head): a PlatformType when its words are of innovation (cue
  list innovation_word; not 区域医疗联合体) and say more than what platforms are in general
  (not 搭建创新服务平台; generic_platform); after 国家 and a field, one named Platform.
- Prizes won, of a level or place (获得|省科学技术奖|一等奖): kg.extract.prizes.
- Contests and pilots after their place (四川省创新创业大赛) or held (举办青年创新创业大赛); a body under a
  known agency named right after it (经济部|产业发展署, 国家知识产权局|专利复审委员会). Bodies named
  relative to the document (省港航集团, 省外|办, 管委会) and Taiwan's legal persons: kg.extract.bodies.
Every word these key on is a cue list of ontology/cues.ttl. Finding only: entities.mentions
chooses among these and the other names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from kg import cues
from kg.extract import awarded, bodies, inforce, ownfunds, placedplans, plans, prizes
from kg.extract.functionbodies import MAX_FUNCTION, function_bodies
from kg.extract.names import NOT_AGENCY, NOT_BEFORE_AGENCY, NOUN, VERB, Name
from kg.extract.programmes import programme_after
from kg.extract.words import PROPER, Word

FIELD = frozenset({"n", "nz", "vn", "eng", "@Industry"})  # the words of a field (生物|药, 数字|服务|出口)
NATIONAL_KIND = ("基地", "中心", "平台")  # bare kinds a national platform's name may end with
NOT_FIELD = frozenset({"国家", "建设", "创建", "组建", "新建", "争创", "布局", "备案", "认定", "授牌"})  # 国家|建设|国家实验室: a verb, no field; 国家|备案|众创空间: a grade (ent14c)
MIN_SPECIFIC = 2  # characters of a rule's or platform's own words, generic ones left out
RULE_WORD = frozenset({"nz"})  # jieba's "other proper noun" inside a rule's name is a common word (科技创新|诚信/nz|监管机制; ent14a)
QUANTITY = ("一批", "若干", "一系列", "多个")  # 建设一批|…平台: how many, no part of the kind
JOINED, MAX_SUB_BODY = re.compile(r"[和及与、]"), 10  # MAX_SUB_BODY: characters of a body's name after its agency
CONTEST = re.compile(r"(?:大赛|竞赛)$")  # what held_contests' items end in
LEVEL_CHAR = re.compile("[省市区县]")  # no level's character in a sentence: no word opens with one (a cheap test before each word's)


def find(text: str, ws: Sequence[Word]) -> list[Name]:
    """Every name by head in one sentence's words.

    Each finder scans every word; it runs only where the sentence holds what it keys on (a word
    of its cue list, its head in the text, a tag), tested once here: most sentences name none.
    """
    if not ws:
        return []
    sentence, texts, tags = text[ws[0].start : ws[-1].end], {w.text for w in ws}, {w.tag for w in ws}
    found: list[Name] = []
    if "部门" in sentence:
        found += function_bodies(text, ws)
    if not texts.isdisjoint(bodies.glued_tails()):
        found += bodies.glued_bodies(ws)
    if "管委会" in texts or "管理委员会" in texts:
        found += bodies.zone_bodies(ws)
    if not texts.isdisjoint(cues.word_set("establish")):
        found += named_rules(text, ws)
    if "奖" in sentence and not texts.isdisjoint(cues.word_set("win_verb")):
        found += prizes.won(text, ws)
    if "奖" in sentence and not texts.isdisjoint(cues.word_set("award_give_verb")):
        found += awarded.given(text, ws)  # 颁发|齐鲁杰出人才奖 (ent20a)
    if "@Region" in tags and cues.pattern("event_head").search(sentence):
        found += placed_events(text, ws)
    if not texts.isdisjoint(cues.word_set("hold_verb")):
        found += held_contests(text, ws)
    if not texts.isdisjoint(cues.word_set("build_verb")):
        found += platform_kinds(text, ws)
    if "国家" in sentence:
        found += national_platforms(text, ws)
    if ("@Region" in tags or "ns" in tags) and cues.pattern("placed_platform_head").search(sentence):
        found += placed_platforms(text, ws)
    if not texts.isdisjoint(cues.word_set("legal_person")) or "法人" in texts:  # (社團|法人: cut apart, twn18)
        found += bodies.legal_persons(text, ws)
    if ("省" in texts or "市" in texts) and "集团" in sentence:
        found += bodies.own_groups(ws)
    if "@Agency" in tags:
        found += sub_bodies(text, ws)
    if "、" in texts and LEVEL_CHAR.search(sentence) and any(w.startswith(cues.words("body_level_prefix")) for w in texts):
        found += bodies.shared_levels(ws)  # 自治区能源局、发展改革委 (ent14c)
    if not texts.isdisjoint(cues.word_set("group_set_up_verb")) and cues.pattern("task_group_kind").search(sentence):
        found += bodies.set_up_groups(text, ws)  # 组建…工作专班 (ent14c)
    if "行" in sentence and not texts.isdisjoint(_bank_words()):  # 人行合肥中心支行 (ent14c)
        found += bodies.bank_branches(text, ws)
    found += placedplans.find(text, ws, texts, tags, sentence)  # own funds (kg.extract.ownfunds) and plans a place names (ent19a)
    if "@Programme" in tags and not texts.isdisjoint(ownfunds.LEVELS | ownfunds.GRADES):
        found += ownfunds.counterparts(text, ws)  # 国家科技重大专项和|省重大科技专项 (ent17a)
    return found


@cache
def _bank_words() -> frozenset[str]:
    """The central bank's short and full forms (cue list central_bank_full_form), one set built once."""
    banks = cues.full_forms("central_bank_full_form")
    return frozenset({*banks, *banks.values()})


def sub_bodies(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """经济部|产业|发展署, 国家知识产权局|专利|复审|委员会: a body under a known agency, named right
    after it by a few nouns and a kind (cue list sub_body_kind), is one body; not across a place,
    another agency, a verb or a mark (科技部|会同|财政部, 教育部、财政部)."""
    kinds, acts = cues.words("sub_body_kind"), _clause_verbs() | cues.word_set("establish")
    for i, word in enumerate(ws):
        if word.tag != "@Agency":
            continue
        for k in range(i + 1, len(ws)):
            before_kind = k + 1 < len(ws) and ws[k + 1].text.endswith(kinds) and ws[k].text not in acts
            inside = ws[k].tag in NOUN or ws[k].tag == "@EnterpriseType" or (ws[k].tag in ("v", "vn", "d") and before_kind)  # 专利|复审|委员会
            if not inside or ws[k].tag in ("@Region", "@Organization") or ws[k].end - word.end > MAX_SUB_BODY:
                break
            if ws[k].text.endswith(kinds) and not NOT_AGENCY.search(ws[k].text):  # 国务院|决策|部署: no body
                yield Name(word.start, ws[k].end, "Agency", "".join(text[word.start : ws[k].end].split()))
                break


def named_rules(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """建立|容错免责机制: a rule set up and named; not 完善|激励机制 (generic words only)."""
    for i, word in enumerate(ws):
        if word.text not in cues.word_set("establish") and word.text not in cues.word_set("rule_in_force_verb") or i + 1 >= len(ws):
            continue
        k: int | None = plans.past_modifier(text, ws, plans.past_joined_verb(ws, i + 1))
        while k is not None and (name := programme_after(text, ws, k, kind=_rule_head())) is not None:
            in_force = inforce.named(word.text, name.name, text[name.start : name.end], _inside(ws, name))  # 实行|…制度 (ent17e)
            supports = (in_force or _rule_of_support(word.text, name.name, plans.set_by_government(text, ws, word))) and not JOINED.search(name.name)
            if supports and _specific(name.name, "rule_head", "generic_rule") and not _has_proper(ws, name, RULE_WORD):
                yield name
            k = plans.next_listed(ws, name.end)  # 建立|A机制和|B制度: each rule of a list set up (ent17a)


def _rule_of_support(verb: str, name: str, governed: bool = False) -> bool:
    """容错免责机制 (cue list support_rule) after any establish verb; a rule of innovation work set up anew
    (建立|科技创新工作协调机制, 实行|科技创新目标管理责任制; cue list innovation_rule), not one improved (完善|…);
    one of science or patent work set up anew by a government (市人民政府应当建立|科技战略决策咨询机制; cue list
    government_rule_field)."""
    if any(w in name for w in cues.word_set("support_rule")):
        return True
    if any(w in name for w in cues.word_set("budget_rule")):
        return False  # 建立财政科技投入稳定增长机制: a budget's growth, no programme (ent15c)
    fields = cues.words("innovation_rule") + (cues.words("government_rule_field") if governed else ())
    field = next((w for w in sorted(fields, key=len, reverse=True) if w in name), None)
    if verb not in cues.word_set("set_up_rule") or field is None:
        return False
    words = _without_head(name.replace(field, "", 1), "rule_head")  # 奖励 (own words), 工作协调 (two generic); not 工作
    own = _own_words(words, "generic_rule")
    return len(own) >= MIN_SPECIFIC or len(words) - len(own) >= 2 * MIN_SPECIFIC


def platform_kinds(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """建设|青年创新创业信息发布平台 → a PlatformType; 国家|生物药|技术创新中心 → a Platform.

    kg.extract.platforms reads kinds by their head too, and finds most of them; this older reader stays because
    dropping it changes facts (tidy12, corpus-dev): heads of cue platform_head not in platform_kind_head (区域产教
    联合体, 产业协同创新共同体), a quality word kept (专业化科技成果转化服务平台, not 科技成果转化服务平台) and longer
    modifier runs (专利信息公共服务平台, 技术协同创新中心, 知识产权质押融资服务平台, 中间试验服务平台)."""
    for i, word in enumerate(ws):
        if word.text in cues.word_set("build_verb") and i + 1 < len(ws):
            yield from _platform_kinds_from(text, ws, i + 1)


def _platform_kinds_from(text: str, ws: Sequence[Word], k: int) -> Iterator[Name]:
    """The kinds of platform named from word k on: one, or each item of a list (组建|A、B)."""
    for name in _items_from(text, ws, k, _platform_head()):
        yield from _platform_kind(ws, name)


def _items_from(text: str, ws: Sequence[Word], k: int, kind: re.Pattern[str]) -> Iterator[Name]:
    """The names ending in kind from word k on: one, or each item of a list (A、B、C等)."""
    while k < len(ws):
        name = programme_after(text, ws, k, kind=kind)
        mark = next((j for j in range(k, len(ws)) if ws[j].text == "、" or ws[j].tag == "x" and ws[j].text.strip() or ws[j].text == "等"), len(ws))
        if name is not None:
            yield name
        if mark >= len(ws) or ws[mark].text != "、" or (name is not None and name.end > ws[mark].start):
            return
        k = mark + 1


def _platform_kind(ws: Sequence[Word], name: Name) -> Iterator[Name]:
    """One kind of platform built, or one named platform (国家|生物药|技术创新中心), or none."""
    if _has_proper(ws, name) or any(w.tag == "@Organization" for w in _inside(ws, name)):
        return
    inside = _inside(ws, name)
    first = inside[0].text
    levels = (*cues.words("level"), *cues.words("short_level"), *QUANTITY)
    bare = name.name[len(first) :] if first in levels else name.name
    if any(w.tag == "m" or w.text in levels or w.text in cues.word_set("build_verb") or w.text.endswith("以上") for w in inside[1:]):
        return  # 培育|建设|市级以上…, 十大|省级…: a count, a level or a verb inside, no kind's name
    if JOINED.search(bare):
        return  # 成果转化机构和实习基地: two kinds, neither named whole
    own = bare[: -len(inside[-1].text)] if inside[-1].tag == "@PlatformType" else bare  # 技术|协同创新中心: 技术
    if not any(w in own for w in cues.word_set("innovation_word")):
        return  # 中医药生产基地, 区域医疗联合体, 校地|协同创新中心: not a kind of innovation of its own
    if not _specific(bare, "platform_head", "generic_platform", 3) or any(w.tag in ("@PlatformType", "@Region") and w.text == bare for w in ws):
        return
    if name.name.startswith("国家") and not name.name.startswith("国家级"):
        yield Name(name.start, name.end, "Platform", name.name)
    elif bare == name.name:
        yield Name(name.start, name.end, "PlatformType", bare)
    else:  # 省级|青年创新人才工作站: the level is no part of the kind
        yield Name(name.end - len(bare), name.end, "PlatformType", bare)


def _specific(name: str, heads: str, generic: str, least: int = MIN_SPECIFIC) -> bool:
    """Whether the words before the head say more than the generic words of the kind."""
    return len(_own_words(_without_head(name, heads), generic)) >= least


def _without_head(name: str, heads: str) -> str:
    return next((name[: -len(head)] for head in cues.words(heads) if name.endswith(head)), name)


def _own_words(words: str, generic: str) -> str:
    for word in cues.words(generic):  # longest first
        words = words.replace(word, "")
    return words


def _inside(ws: Sequence[Word], name: Name) -> list[Word]:
    return [w for w in ws if name.start <= w.start < name.end]


def _has_proper(ws: Sequence[Word], name: Name, common: frozenset[str] = frozenset()) -> bool:
    """A proper word makes it a named instance, names.py's to find (苏州技术转移公共服务平台); tags in common are
    read as common words (a rule's 诚信/nz: names.py reads no rule by its kind)."""
    return any(w.tag in PROPER and w.tag not in common or w.tag in VERB and w.text in cues.word_set("establish") for w in _inside(ws, name))


@cache
def _rule_head() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues.alternation('rule_head')})$")


@cache
def _platform_head() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues.alternation('platform_head')})$")


def national_platforms(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """国家|生物药|技术创新中心: a kind of platform after 国家 and a field is one named platform (its
    place before it kept: 合肥高新区国家…). Not 国家|重点实验室 or 国家级|技术创新中心 (a level, no
    name), and not 中国(合肥)知识产权保护中心, which the annotators read both ways."""
    for i, word in enumerate(ws):
        kind = word.tag == "@PlatformType" or (word.tag[0] == "n" and word.text.endswith(NATIONAL_KIND))
        if not kind or i < 2 or word.text.endswith(cues.words("zone_suffix")):
            continue  # 中国(杭州)跨境电子商务综合试验区 is a zone (kg.extract.zones)
        j = i
        if j > 1 and ws[j - 1].text in cues.word_set("kind_opener") and word.text in NATIONAL_KIND:
            j -= 1  # 国家|先进轨道交通装备|创新|中心: jieba cuts the kind 创新中心 in two
        while j > 0 and ws[j - 1].tag in FIELD and not _national(ws[j - 1].text) and ws[j - 1].text not in NOT_FIELD and word.start - ws[j - 1].start <= MAX_FUNCTION:
            j -= 1
        if 1 < j < i and ws[j - 1].tag == "a" and _national(ws[j - 2].text) and ws[j - 1].text not in cues.word_set("generic_platform"):
            j -= 1  # 国家|先进|印染技术|创新中心: an adjective opens the field
        least = 2 if word.tag == "@PlatformType" else 4  # 国家|语言服务出口|基地: a longer field before a bare kind
        if not (j > 0 and _national(ws[j - 1].text) and ws[i - 1].end - ws[j].start >= least and j < i):
            continue
        j -= 1
        if j > 0 and ws[j - 1].tag == "@Region":
            j -= 1
        elif j > 1 and ws[j - 1].text in cues.word_set("zone_suffix") and ws[j - 2].tag == "@Region":
            j -= 2  # 合肥|高新区|国家…基地
        yield Name(ws[j].start, word.end, "Platform", "".join(text[ws[j].start : word.end].split()))


def held_contests(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """举办|青年创新创业大赛, 开展|A、B大赛: a contest held (cue list hold_verb) named by more than what
    contests are about (not 各类创新创业大赛, 职业技能竞赛; cue list generic_contest)."""
    for i, word in enumerate(ws):
        if word.text in cues.word_set("hold_verb") and i + 1 < len(ws):
            for item in _items_from(text, ws, i + 1, CONTEST):
                last = max(item.name.rfind(joiner) for joiner in "和及与") + 1  # 国际性展会和|创新创业大赛
                name = Name(item.start + last, item.end, item.type, item.name[last:])
                generic = name.name.startswith(("各类", "各种", "相关", "有关", "一批", "系列"))
                if not generic and _specific(name.name, "event_head", "generic_contest") and not any(_a_clause(w) for w in _inside(ws, name)):
                    yield name


def _national(word: str) -> bool:
    """国家, or a word it begins (国家标准|信息|公共服务平台), not 国家级 (a level)."""
    return word.startswith("国家") and not word.startswith("国家级") and word not in NOT_FIELD - {"国家"}


def placed_events(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """四川省|创新|创业|大赛: a contest or pilot named after its place (cue list event_head), the place
    kept in its name; not 各|省 (every one) and not a bare kind after the place (四川省|试点)."""
    for i, word in enumerate(ws):
        if word.tag != "@Region" or (i and ws[i - 1].text in NOT_BEFORE_AGENCY):
            continue
        name = programme_after(text, ws, i, kind=_event_head())
        if name is not None and name.end - word.end >= 4 and not any(_a_clause(w) for w in _inside(ws, name)):
            yield name


def _a_clause(word: Word) -> bool:
    """A word that makes the words after a place a clause, not a name (天府新区|依法|开展…试点)."""
    return word.tag in ("d", "ad", "p", "vd") or word.text in _clause_verbs()


@cache
def _clause_verbs() -> frozenset[str]:
    return frozenset((*cues.words("introducer"), *cues.words("goal_verb"), "应当", "应", "可以", "承担"))


@cache
def _event_head() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues.alternation('event_head')})$")


def placed_platforms(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """中葡|青年|创新创业|基地, 横琴|澳门|青年|创业谷: a place, a few name words and a bare kind of
    platform (cue list placed_platform_head) make one named platform; not 各|省…, not a clause."""
    for i, word in enumerate(ws):
        if word.tag not in ("@Region", "ns") or (i and ws[i - 1].text in NOT_BEFORE_AGENCY):
            continue
        name = programme_after(text, ws, i, kind=_placed_head())
        if name is not None and name.end - word.end >= 4 and not any(_a_clause(w) for w in _inside(ws, name)):
            inside = _inside(ws, name)
            places = next((k for k, w in enumerate(inside) if w.tag not in ("@Region", "ns")), len(inside))  # 横琴|澳门|…
            others = [w for w in inside[places:] if w.tag in ("@Region", "ns", "@Programme", "@Agency") or w.text in cues.word_set("zone_suffix")]
            if not others and not JOINED.search(name.name[len(word.text) :]):  # 唐山|高新区|国家火炬计划|…: many names
                yield Name(name.start, name.end, "Platform", name.name)


@cache
def _placed_head() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues.alternation('placed_platform_head')})$")
