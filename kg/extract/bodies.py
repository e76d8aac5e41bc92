"""Bodies named relative to the document or by their legal form, beyond kg.extract.names: a province's or
city's own group (省港航集团), a level jieba glued to a body's kind (省外|办), a zone's committee named by its
kind alone (管委会), all resolved by kg.extract.entities like 市委; and Taiwan's legal persons (財團法人…基金).
Finding only, over the words of kg.extract.words; kg.extract.heads calls these where a sentence holds what they
key on, and kg.extract.entities chooses among all the names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from kg import cues
from kg.extract.names import NOT_BEFORE_AGENCY, NOUN, VERB, Name, is_body
from kg.extract.words import Word

RELATIVE = frozenset({"自治区", "省", "市", "区", "县"})  # 自治区|科学技术行政部门: an autonomous region is a province (ent19c)
ZONE_BODY = "ZoneBody"  # a zone's 管委会 named relative to the document's issuer, for entities to resolve
OWN_GROUP = "OwnGroup"  # an Organization named relative to the document's place, for entities to resolve
MAX_NAME = 20  # characters of a legal person's name after its form


def legal_persons(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """财团法人|中小企业|信用|保证|基金: a body Taiwan's law makes a legal person (cue list
    legal_person) is named by the words up to the kind that ends it (cue list legal_person_kind)."""
    for i, word in enumerate(ws):
        split = i + 1 < len(ws) and ws[i + 1].text == "法人" and word.text + "法人" in cues.word_set("legal_person")  # 社團|法人 (twn18)
        if word.text not in cues.word_set("legal_person") and not split:
            continue
        for k in range(i + 1 + split, len(ws)):  # the first kind word ends the name, whatever follows it
            if ws[k].tag not in NOUN | VERB | {"ng", "@EnterpriseType", "@Industry"} or ws[k].end - word.end > MAX_NAME:
                break
            if k > i + 1 + split and _legal_kind().search(text, word.end, ws[k].end):
                yield Name(word.start, ws[k].end, "Organization", "".join(text[word.start : ws[k].end].split()))
                break


def legal_first(text: str, names: list[Name]) -> list[Name]:
    """The names, less those that run from before a legal person's name to its end (委託|財團法人台灣經濟研究院: the verb
    and the payer before it are no part of the body's name; twn18)."""
    legal = [n for n in names if n.type == "Organization" and text.startswith(cues.words("legal_person"), n.start)]
    if not legal:
        return names
    return [n for n in names if not any(n.start < m.start and n.end == m.end for m in legal)]


def own_groups(ws: Sequence[Word]) -> Iterator[Name]:
    """省|港航|集团: a state-owned group named after 省/市 for the document's own place (resolved by
    kg.extract.entities like 市委); a few name words, no verb."""
    for i, word in enumerate(ws):
        if word.text not in ("省", "市") or (i and ws[i - 1].text in NOT_BEFORE_AGENCY):
            continue
        k = i + 1
        while k < len(ws) and ws[k].tag in ("n", "nz", "j", "vn") and ws[k].end - word.end <= 8:
            if ws[k].text.endswith("集团") and k > i + 1:
                yield Name(word.start, ws[k].end, OWN_GROUP, word.text + "".join(w.text for w in ws[i + 1 : k + 1]))
                break
            k += 1


@cache
def _legal_kind() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues.alternation('legal_person_kind')})$")


def glued_bodies(ws: Sequence[Word]) -> Iterator[Name]:
    """省外|办 (jieba reads 省外, outside the province): a level word glued to the start of a body's
    kind (cue list agency_suffix: 外办, 工委) is the document's own body, resolved like 市委."""
    kinds = cues.words("agency_suffix")
    for i, word in enumerate(ws[:-1]):
        if len(word.text) == 2 and word.text[0] in RELATIVE and word.text[1] + ws[i + 1].text in kinds:
            if not i or ws[i - 1].text not in NOT_BEFORE_AGENCY:
                yield Name(word.start, ws[i + 1].end, "Agency", word.text + ws[i + 1].text)


@cache
def glued_tails() -> frozenset[str]:
    """The words after a glued level (省外|办 → 办): a body's kind without its first character."""
    return frozenset(kind[1:] for kind in cues.words("agency_suffix") if len(kind) > 1)


def zone_bodies(ws: Sequence[Word]) -> Iterator[Name]:
    """管委会, 园区管委会, 合作区管理委员会: a zone's committee named by its kind alone, which
    kg.extract.entities names by the document's issuer when that is the committee."""
    zones = (*cues.words("zone_suffix"), "园区")
    for i, word in enumerate(ws):
        if word.text not in ("管委会", "管理委员会"):
            continue
        before = ws[i - 1] if i else None
        if before is not None and before.text in zones:
            yield Name(before.start, word.end, ZONE_BODY, before.text + word.text)
        elif before is None or before.tag in ("x", "p", "c", "v", "uj"):
            yield Name(word.start, word.end, ZONE_BODY, word.text)


BANK_BRANCH = re.compile(r"中心支行|分行营业管理部|营业管理部|分行|支行")


def bank_branches(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """人行|合肥|中心支行, 中国人民银行|南京|分行: the central bank's branch in a place, named in full
    (中国人民银行合肥中心支行; cue list central_bank_full_form), as the annotators name it."""
    banks = cues.full_forms("central_bank_full_form")
    for i in range(len(ws) - 2):
        full = banks.get(ws[i].text) or (ws[i].text if ws[i].text in banks.values() else None)
        kind = BANK_BRANCH.match(text, ws[i + 2].start) if full and ws[i + 1].tag == "@Region" else None
        if full and kind is not None:
            yield Name(ws[i].start, kind.end(), "Agency", full + text[ws[i + 1].start : kind.end()])


SHARED_LEVEL = "SharedLevel"  # a bare body after a listed one takes its level (自治区能源局、发展改革委), for entities


def shared_levels(ws: Sequence[Word]) -> Iterator[Name]:
    """自治区工业和信息化厅、科技厅; 省科技厅、财政厅: a body's kind alone (one word), listed right after a body named
    by the document's level, is that level's body too (自治区科技厅), named and resolved as if written so."""
    level = None
    levels = cues.words("body_level_prefix")  # 自治区, 省, 市, 区, 县: the document's own level before a body
    for i, word in enumerate(ws):
        if word.text == "、":
            continue
        head = next((lv for lv in levels if word.text.startswith(lv) and (word.text == lv or is_body(word.text[len(lv) :]))), None) if word.text.startswith(levels) else None
        if head is not None and word.tag != "@Region":
            level = head  # 自治区|…, 省科技厅: the level the list is written at
        elif level and ws[i - 1].text == "、" and _bare_kind(word):
            yield Name(word.start, word.end, SHARED_LEVEL, level + word.text)
        elif word.tag == "x" or word.tag in VERB:
            level = None  # the list ends at other punctuation or a verb


def _bare_kind(word: Word) -> bool:
    """科技厅, 发展改革委: a body's kind with no place or level of its own (not 国家发展改革委, 有关部门)."""
    own = word.text.startswith(("国家", "国务院", "中国", "中共", "全国", *NOT_BEFORE_AGENCY)) or word.text.endswith("部门")
    government = word.text == "政府"  # 自治区党委、政府: the region's government
    return government or (len(word.text) >= 3 and word.tag in ("n", "nt", "j", "@Agency") and is_body(word.text) and not own)


GROUP_WORDS = frozenset({"n", "vn", "nz", "j", "l", "@Industry"})  # and verbs of its task (科技|创新|工作|领导小组)
MAX_GROUP = 18  # characters of a group's name


def set_up_groups(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """组建|通用人工智能|产业|推进|工作|专班, 成立由…任组长的|氢能|产业|发展|工作|专班: a group set up for a task
    (cue lists group_set_up_verb, task_group_kind), named by its words after the verb (or 的), a place right after it included (的|南山区|…领导小组)."""
    for j, word in enumerate(ws):
        if not word.text.endswith(cues.words("task_group_kind")) or word.text == "委员会" or (j + 1 < len(ws) and is_body(ws[j + 1].text)):
            continue
        k = j - 1
        while k >= 0 and ws[k].text not in cues.word_set("group_set_up_verb") and (ws[k].tag in GROUP_WORDS or ws[k].tag == "v") and word.end - ws[k].start <= MAX_GROUP:
            k -= 1
        if k >= 1 and k < j - 2 and ws[k].tag in ("ns", "@Region") and _opener(text, ws, k - 1):
            k -= 1  # 成立由区长任组长的|南山区|人工智能产业发展领导小组: the place that names the group is in its name (ent16e)
        every = "各" in text[ws[0].start : ws[max(k, 0)].start]  # 各…市应当设立…领导小组: every city's, no one group
        if k < j - 2 and not every and _opener(text, ws, k):
            yield Name(ws[k + 1].start, word.end, "Agency", text[ws[k + 1].start : word.end])


def _opener(text: str, ws: Sequence[Word], k: int) -> bool:
    """A verb that sets a group up (组建, 成立), or 的 after who heads it (由区长任组长的): the group's name follows."""
    if k < 0:
        return False
    opener = ws[k].text
    return opener in cues.word_set("group_set_up_verb") or (opener == "的" and "组长" in text[ws[0].start : ws[k].start])
