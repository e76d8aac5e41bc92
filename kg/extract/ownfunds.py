"""Own funds and platforms: a fund or a platform named after 省/市/区/县 for the document's own place (市科技创新
引导基金, 区产业基金, 省公共数据开放平台), as support measures name those of the government that issues them;
kg.extract.entities names it by the document's jurisdiction (成都市科创投基金) like 市委. Finding only, over the
words of kg.extract.words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import NOT_BEFORE_AGENCY, NOUN, VERB, Name, is_body
from kg.extract.words import Word

OWN_FUND = "OwnFund"  # a Programme named relative to the document's place, for entities to resolve
OWN_PLATFORM = "OwnPlatform"  # a Platform named so (省|公共数据开放平台), for entities to resolve
MIN_PLATFORM = 6  # characters of a platform's name after its level: 公共数据开放平台, not 创新平台 (a kind)
LEVELS = frozenset({"省", "市", "区", "县"})
GRADES = frozenset({"省级", "市级", "区级", "县级"})  # a level as a grade (省级|人才专项资金)
MAX_NAME = 14  # characters of a fund's name after its level
JOINS = frozenset({"、", "和", "及", "与"})
COUNTERPART_JOINS = frozenset({"、", "和", "及", "或者", "以及"})  # 国家科技重大专项|和|省…专项 (ent17a)
COUNTERPART_OWN = 4  # characters before the kind: 省|重大科技|专项, 省|重点研发|计划; not 省|科技|计划 (a kind of any place)
KIND_CHARS = 2  # the characters of a programme's kind its level's counterpart ends with (专项, 计划, 基金)


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """市|科技|创新|引导|基金: a level word, then nouns (and the verbs of a field: 创新, 引导) up to a fund's kind
    (cue list own_fund_kind) that ends the clause's noun phrase; not a kind alone (市|专项资金, cue list
    generic_fund) and not a verb right after the level (市|设立|…基金: who sets it up)."""
    for i, word in enumerate(ws[:-1]):
        before = ws[i - 1].text if i else ""
        if not _own_level(word.text, before) or before in NOT_BEFORE_AGENCY or not _opens(ws[i + 1]) or _listed_level(ws, i):
            continue
        for k in range(i + 1, len(ws)):
            if ws[k].end - word.end > MAX_NAME or (ws[k].tag not in NOUN | VERB | {"@PlatformType"}) or _no_name_word(ws[k].text):
                break  # 市|人民政府|设立|专项资金: the body that sets a fund up, no fund's name
            rest = text[word.end : ws[k].end]
            kind = _kind(rest, word.text, ws[k])
            if kind is not None and _plan_after_programme(ws, i, rest):
                break  # 国家重点研发计划和|省|科技计划: the counterpart of a programme, read by counterparts (ent17a)
            if kind is not None:
                after = ws[k + 1] if k + 1 < len(ws) else None
                if after is None or after.text not in cues.word_set("fund_rule_word") or _plan_projects(rest, after.text):  # 市产业基金|管理办法: the fund's rule
                    yield Name(word.start, ws[k].end, kind, word.text[0] + rest)
                break


def _kind(rest: str, level: str, last: Word) -> str | None:
    """What the words after a level name, if anything: a fund (cue list own_fund_kind, not a kind alone: cue list
    generic_fund), or a platform after a level alone (省, not 省级: a grade of a kind), long enough to be one
    platform, not a kind of platform the vocabulary knows (市|科技成果转化公共服务平台 is one word of the vocabulary)."""
    if rest.endswith(cues.words("own_fund_kind")) and len(rest) >= 4 and rest not in cues.word_set("generic_fund"):
        return OWN_FUND
    if rest in cues.word_set("own_level_plan"):
        return OWN_FUND  # 省级|科技计划 in a Hebei law: 河北省科技计划, the plan of the document's own place (ent18a)
    if rest.endswith(cues.words("own_prize_kind")) and not rest.endswith(tuple(cues.words("prize_grade"))):
        return OWN_FUND  # 申报|市|科学技术奖, 以及|省|专利奖: the prize of the document's own place (ent17a)
    if level in LEVELS and rest in cues.word_set("own_body_platform"):
        return OWN_PLATFORM  # 市|大数据中心|具体负责…: the one centre a province or city runs (ent15b)
    platform = level in LEVELS and len(rest) >= MIN_PLATFORM and rest.endswith(cues.words("own_platform_kind"))
    return OWN_PLATFORM if platform and last.text != rest else None


def kept_as_written(name: str, kind: str) -> bool:
    """区|科技专项资金 where the document's place has no such level to name it by: the fund as written, as the
    annotators keep it (dev: 区科技专项资金, 区产业发展专项资金; ent18a); not a prize (省级|科学技术奖 of any province)."""
    return kind == OWN_FUND and name.endswith(cues.words("own_fund_kind"))


def _plan_after_programme(ws: Sequence[Word], i: int, rest: str) -> bool:
    """省|科技计划 right after a programme and a joiner: a counterpart, which 科技 alone does not make one (ent17a)."""
    return rest in cues.word_set("own_level_plan") and i >= 2 and ws[i - 1].text in COUNTERPART_JOINS and ws[i - 2].tag == "@Programme"


def _plan_projects(rest: str, after: str) -> bool:
    """市级|科技计划|项目: the projects of the place's plan name the plan (株洲市科技计划; ent18a), not a rule of it."""
    return rest in cues.word_set("own_level_plan") and after == "项目"


def _opens(word: Word) -> bool:
    """A noun after the level, or a kind the level alone makes one platform (市|大数据中心; ent15b); not a verb that
    builds, however jieba tags it (县（市）区|建设/vn|知识产权公共服务平台: the level builds the kind; ent19b)."""
    return (word.tag in NOUN and word.text not in cues.word_set("platform_build")) or word.text in cues.word_set("own_body_platform")


def _own_level(word: str, before: str) -> bool:
    """市, or 省级 where no verb sets the fund up: 在省级|人才专项资金中列支 is the province's fund (湖北省人才专项资金),
    设立|省级|天使投资引导基金 a fund of that level set up, named by its kind (kg.extract.programmenames.unlevelled)."""
    return word in LEVELS or (word in GRADES and before not in cues.word_set("establish"))


def _listed_level(ws: Sequence[Word], i: int) -> bool:
    """省、市|专项资金, 市、县（区）|专项资金: the last of a list of levels, every level's money, no one fund."""
    return i >= 2 and ws[i - 1].text in JOINS and (ws[i - 2].text in LEVELS or ws[i - 2].text in ("）", ")"))


def _no_name_word(word: str) -> bool:
    """A body (人民政府), a verb that sets a fund up (设立) or a word of any of a kind (有关): never inside a name."""
    return is_body(word) or word in cues.word_set("establish") or word in NOT_BEFORE_AGENCY  # 省|有关|信用信息平台: no name


def counterparts(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """国家科技重大专项|和|省|重大科技专项, 国家自然科学基金、|市|自然科学基金: right after a programme of the
    vocabulary and a joiner, a level word opens that level's counterpart, named like an own fund by the document's
    place; it ends with the same kind as the programme before it (专项, 计划, 基金) and has four characters of its
    own before it (国家重点研发计划和|省|科技计划: 科技 says no more than its kind) (ent17a)."""
    for i, word in enumerate(ws[:-3]):
        if word.tag != "@Programme" or ws[i + 1].text not in COUNTERPART_JOINS or not _own_level(ws[i + 2].text, ""):
            continue
        kind, level = word.text[-KIND_CHARS:], ws[i + 2]
        for k in range(i + 3, len(ws)):
            if ws[k].end - level.end > MAX_NAME or ws[k].tag not in NOUN | VERB | {"@Programme", "a"} or _no_name_word(ws[k].text):
                break
            rest = text[level.end : ws[k].end]
            if rest.endswith(kind) and not (k + 1 < len(ws) and ws[k + 1].tag in NOUN and ws[k + 1].text.endswith(kind)):
                if len(rest) - KIND_CHARS >= COUNTERPART_OWN:
                    yield Name(level.start, ws[k].end, OWN_FUND, level.text[0] + rest)
                break
