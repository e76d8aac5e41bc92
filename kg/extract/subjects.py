"""Subjects: the noun phrase a target's number counts, read around it (高新技术企业|达到1800家, 建设|10个|中试基地).

Used by kg.extract.targets, which judges whether a number is a goal: here only where its subject
starts and ends, without the verbs that introduce it, the scope words before it (全省, 全市), a list's
marker ((一)) or the adverbs after it; a list A、B等C counts C.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg import cues
from kg.extract.numbers import quantities
from kg.extract.quoted import inside, quoted_spans
from kg.extract.words import words
from kg.model import Span

# A list item's number or marker opening a clause: 59.新增5G基站1000座, (3)建设…, 二、…
# (and 1) 一) (1)、 (1). 一是 ——, seg14: the forms support measures and action plans number their items with)
ITEM_MARK = re.compile(
    r"\s*(?:\d{1,3}[.、)]|\(\s*[\d一二三四五六七八九十]{1,3}\s*\)[.、]?|[一二三四五六七八九十]{1,3}[、.)]|[一二三四五六七八九十]{1,2}是|—{1,2})\s*"
)
# An item's or an article's number opening a line ((三), 6., 第六条), and a title in brackets after it (第五条【研发
#投入奖励】): no part of what follows it
OPENING_MARK = re.compile(  # (第九条(科技成果转化)|对…: an article's title in brackets, as district 实施细则 write them)
    rf"(?:{ITEM_MARK.pattern}|\s*第[一二三四五六七八九十百零\d]+条\s*(?:\([^()\n,。;]{{1,16}}\)\s*)?)(?:【[^【】\n]{{1,24}}】\s*)?|\s*【[^【】\n]{{1,24}}】\s*"
)
CHANGE_END = cues.lazy(lambda: rf"(?:实现)?(?:{cues.alternation('change_phrase')})\s*$")  # 数量|实现翻一番
DOUBLED = cues.lazy(lambda: rf"\s*(?:实现|推动|推进)(?P<subject>[^,;:]{{2,30}}?)(?:{cues.alternation('doubling')})\s*")
RATIO_HEAD = cues.lazy(lambda: cues.alternation("ratio_head"))
RATIO_END = cues.lazy(lambda: rf"(?:{cues.alternation('ratio_head')})$")  # …的企业|占比
# A year before the subject (力争2025年|高新技术企业数量达到…): no part of it
LEAD = re.compile(r"[\s、和及“”\"'—–\-·•●■◆▲;。)]*")  # 新增(培育)|高新技术企业: a verb in brackets leaves its close
# 能耗|比2020年, 数量|在2020年基础上: the base a change is from (BASE_AT, before 翻一番, 增长50%)
BASE_AT = r"(?:(?:比|较)(?:(?:19|20)\d{2}\s*年(?:底|末)?|“?十[一二三四五六七八九]五”?(?:末|期末)?)|在(?:(?:19|20)\d{2}\s*年(?:底|末)?|“?十[一二三四五六七八九]五”?(?:末|期末)?)的?基础上)"
BASE_YEAR = re.compile(rf"{BASE_AT}\s*$")
# 高新技术企业|由2020年的1200家|增加到2500家, 强度|从2.1%|提高到2.8%: the level a change starts from is no part of the subject
CHANGE_BASE = re.compile(r"(?:由|从)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?的?)?\s*\d+(?:\.\d+)?\s*(?:%|‰|[^\d\s,;。的]{1,3})\s*$")
YEAR_BEFORE = re.compile(  # 至115年, 至一百十五年 (Taiwan's years of the Republic) too; 5G网络: a name, no number
    rf"(?:(?:19|20)\d{{2}}|1[0-2]\d|{cues.ROC_WORDS})\s*年(?:底|末)?(?:前|以前)?|\d+(?![A-Za-z\d])"
    r"|[“\"]?(?:十[一二三四五六七八九]|[八九十])五[”\"]?(?:时期末|期末|末)"  # “九五”期末, “十四五”末: a plan's end as a deadline (tgt17)
)
CURRENCY_END = cues.lazy(lambda: rf"(?:{cues.alternation('currency_name')})$")
ASIDE = re.compile(r"\s*\([^()]{1,20}\)\s*")
RIGHT_STOP = cues.lazy(lambda: rf"[,;。:.!?]|{cues.alternation('subject_stop')}")
OBLIGED_LEAD = cues.lazy(lambda: cues.alternation("obliged_lead"))
SCOPE_WORD = cues.lazy(lambda: rf"^(?:{cues.alternation('scope_word')}|{cues.alternation('period_word')})+")  # 全市, 全年
TRAILING_ADVERB = cues.lazy(lambda: rf"(?:{cues.alternation('subject_adverb')})+$")
DISPOSAL = re.compile(r"将(?=[\u4e00-\u9fffA-Za-z]{2})")
LONG_SUBJECT = 16  # 100家关联度大、主业突出…的创新型领军企业: keep what follows the last 的
DIGIT = re.compile(r"\d")
FRAMING = re.compile(r"\s*(?:在|为|对|按|经|通过|随着|根据|围绕|其中|同时|此外|总体|主要)")  # 在此基础上,|到2025年…: no indicator
LEVEL_PREFIX = cues.lazy(lambda: rf"^(?:{cues.alternation('level')})(?:以上|及以上)?")


def verb_run() -> str:
    """One or more goal verbs, each maybe after an adverb: 重点培育、引进 …"""
    verbs = "|".join(cues.alternation(name) for name in ("goal_verb", "target_verb", "plan_verb", "reach_verb", "select_verb", "assist_verb", "aid_verb", "provide_verb"))
    noun = rf"(?!(?:{cues.alternation('activity_noun_verb')})(?:{cues.alternation('activity_noun_head')}))"  # 建设|培训基地: a noun
    return rf"(?:(?:{cues.alternation('goal_adverb')})?{noun}(?:{verbs})[、和及或]?)+"


VERB_ANY = cues.lazy(verb_run)
BEFORE_CHANGE = cues.lazy(lambda: rf"(?:(?:相比|比|较)(?:19|20)\d{{2}}\s*年(?:底|末)?|{BASE_AT})?(?:{cues.alternation('subject_adverb')})*$")
CONDITION_AFTER = re.compile(r"\s*(?:以上|以下)?的")
BOUND_AFTER = re.compile(r"[^\d,;。]{0,3}?(?:(?:及|或)?(?:以下|以内)|(?<=元))的")  # 500万元及以下的占比, 营业收入超10亿元的企业: what is counted
DEADLINE_ONLY = re.compile(rf"\s*(?:力争|争取|确保)?\s*(?:{cues.DEADLINE.pattern})\s*(?:底|末)?\s*")
TOPIC = re.compile(r"\s*对\s*(?P<topic>[^,;:。的]{2,20})\s*")  # 对|青年科技人才|,每年遴选…
VERB_OBJECT = cues.lazy(lambda: rf"\s*(?:{verb_run()})(?P<subject>[^,;:。]{{2,20}}?)\s*")
LABEL_WORD = cues.lazy(lambda: rf"(?:{cues.alternation('heading_label')})$")  # 主要目标:, 重点任务: head a list, name no indicator
# 研究与试验|发展|经费, 补助|对象: no verb
VERB_IN_NOUN = cues.lazy(lambda: rf"{cues.alternation('verb_in_noun')}|(?:{cues.alternation('aid_verb')})(?:{cues.alternation('aid_noun_head')})")


def verbs_in(text: str) -> list[re.Match[str]]:
    """The goal verbs of text, but not those inside a noun (研究与试验发展经费投入强度, 研发机构设置率)."""
    nouns = [(m.start(), m.end()) for m in VERB_IN_NOUN.finditer(text)]
    return [v for v in VERB_ANY.finditer(text)
            if not any(a <= v.start() < b for a, b in nouns) and not text.startswith("率", v.end())]  # 设置|率: a noun


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the normalised text: text == doc.text[start:start + len(text)]."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def sub(self, start: int, end: int | None = None) -> Piece:
        return Piece(self.text[start:end], self.start + start)


def clause_start(text: str, pos: int, sentence: Span) -> int:
    """Where the clause holding pos opens within its sentence (after , : ;)."""
    mark = max(text.rfind(c, sentence.start, pos) for c in ",:;")
    if mark >= 0:
        return mark + 1
    item = ITEM_MARK.match(text, sentence.start, pos)  # 1.|高新技术企业数量倍增,…: the sentence's item marker is no part of it
    return item.end() if item else sentence.start


def left_subject(left: Piece) -> Piece:
    """The thing counted, written before the number: strip the verbs that introduce it."""
    named = quoted_spans(left.text)  # “最多跑一次”比例: the quote's verb and number are its name's (tgt19)
    verbs = [v for v in verbs_in(left.text) if left.text[v.end() :].strip() and not inside(named, v.start(), v.end())]
    left = left.sub(verbs[-1].end()) if verbs else left
    base = BASE_YEAR.search(left.text) or CHANGE_BASE.search(left.text)
    left = left.sub(0, base.start()) if base else left  # 能耗|比2020年|下降13.5%: the base year is no part of it
    item = ITEM_MARK.match(left.text)  # (1)高新技术企业: the list's marker is no number ending a goal before
    left = left.sub(item.end()) if item and item.end() < len(left.text) else left
    # 突破1500“小升规”…企业: a bare number ends the goal before (not a bound picking out what is counted: 500万元及以下的占比)
    number = [m for m in YEAR_BEFORE.finditer(left.text) if not BOUND_AFTER.match(left.text, m.end()) and not inside(named, m.start(), m.end())]
    subject = clean(left.sub(number[-1].end()) if number else left)
    return subject.sub(1) if DISPOSAL.match(subject.text) else subject  # 将|再生能源发电占比|提高为30%: 将 marks the object moved


def right_subject(text: str, start: int, end: int) -> Piece:
    """The thing counted, written after the number: up to the next verb, number or comma (past a bracket
    right after the number: 新增2400户(累计约3600户)|大中型餐饮单位)."""
    aside = ASIDE.match(text, start, end)
    start = aside.end() if aside and aside.end() < end else start
    stop = next((m for m in RIGHT_STOP.finditer(text, start, end) if _at_word_start(text, m.start(), start, end)), None)
    next_number = next((q for q in quantities(text, start, end) if not CONDITION_AFTER.match(text, q.end)), None)  # 超百亿元的|产业链
    cut = min(stop.start() if stop else end, next_number.start if next_number else end)
    return clean(Piece(text[start:cut], start))


def _at_word_start(text: str, pos: int, start: int, end: int) -> bool:
    """Whether a stop word at pos opens a word (高等|学校 hides no 等, 合同 no 同): the shared word cut."""
    if not "\u4e00" <= text[pos] <= "\u9fff" or pos == start:
        return True
    return any(w.start == pos for w in words(text, start, end))


def previous_subject(text: str, opened: int, sentence: Span) -> Piece:
    """The subject of a clause before, when that clause says how it changes (高新技术企业数量|实现倍增,达到…)
    or is a goal verb and its object (培育|科技型中小企业,到2025年达到…)."""
    if opened - 1 <= sentence.start or text[opened - 1] != ",":
        return Piece("", opened)
    start = clause_start(text, opened - 1, sentence)
    if DEADLINE_ONLY.fullmatch(text, start, opened - 1):  # 培育新兴产业,到2025年,|规模突破…: past the deadline
        return previous_subject(text, start, sentence)
    change = CHANGE_END.search(text, start, opened - 1)
    doubled = DOUBLED.fullmatch(text, start, opened - 1)
    if doubled and not DIGIT.search(doubled["subject"]):  # 实现|全省高新技术企业|倍增,达到2万家
        return clean(Piece(doubled["subject"], doubled.start("subject")))
    if change is not None:  # R&D|相比2023年力争|实现倍增: the base year and the adverbs are no part of it
        change = BEFORE_CHANGE.search(text, start, change.start()) or change
    if change is None or DIGIT.search(text, start, change.start()):
        built = VERB_OBJECT.fullmatch(text, start, opened - 1)  # 大力培育科技型中小企业,|到2025年达到5000家
        if built and not DIGIT.search(built["subject"]):
            obj = Piece(built["subject"], built.start("subject"))
            inner = verbs_in(obj.text)  # 支持企业建设|研发机构: the object of the last verb
            return clean(obj.sub(inner[-1].end()) if inner and obj.text[inner[-1].end() :].strip() else obj)
        return _named_first(text, start, opened - 1, sentence)
    return clean(Piece(text[start : change.start()], start))


def _named_first(text: str, start: int, end: int, sentence: Span) -> Piece:
    """The indicator a sentence opens with as a clause of its own, the figure in the next (全社会研发经费投入占地区生产总值的比例,|
    到2025年达到3%以上): a noun phrase, no verb, number or word that frames (在此基础上, 为此)."""
    clause = Piece(text[start:end], start)
    if start != sentence.start or DIGIT.search(clause.text) or verbs_in(clause.text) or FRAMING.match(clause.text) or len(clause.text) > 30:
        return Piece("", end + 1)
    return clean(clause)


def topic_subject(text: str, opened: int, sentence: Span) -> Piece:
    """Whom a support measure's sentence opens on (对青年科技人才,|每年遴选100名左右): the topic the count is of,
    a noun phrase of its own clause after 对 (no verb, number or 的-condition: 对符合条件的企业 counts no kind)."""
    if opened - 1 <= sentence.start or text[opened - 1] != ",":
        return Piece("", opened)
    topic = TOPIC.fullmatch(text, sentence.start, opened - 1)
    if topic is None or DIGIT.search(topic["topic"]) or verbs_in(topic["topic"]):
        return Piece("", opened)
    return clean(Piece(topic["topic"], topic.start("topic")))


def label_subject(text: str, opened: int) -> Piece:
    """The indicator a line names before a colon, when the clause after it gives only the figure (1.高新技术企业:|到2025年
    达到2000家, ——研发投入强度:|2025年达到3%); not a heading's word (主要目标:, 重点任务:) nor a year (2025年目标:)."""
    if opened < 1 or text[opened - 1] != ":":
        return Piece("", opened)
    line = text.rfind("\n", 0, opened - 1) + 1
    start = past_opening(text, line, opened - 1)
    label = clean(Piece(text[start : opened - 1], start))
    if not 2 <= len(label.text) <= 20 or re.search(r"[,;。:]|(?:19|20)\d{2}", label.text) or LABEL_WORD.search(label.text):
        return Piece("", opened)
    return label


def past_opening(text: str, start: int, end: int) -> int:
    """Where a line's text begins after the number (and bracketed title) of its item or article: (三)|对…, 第五条【…】|企业…."""
    opening = OPENING_MARK.match(text, start, end)
    return opening.end() if opening else start


def clean(piece: Piece) -> Piece:
    """A subject without what surrounds it: marks, a list's marker, scope words, adverbs, a long condition before 的."""
    lead = LEAD.match(piece.text)  # marks, a list's dash or bullet (——高新技术企业)
    piece = piece.sub(lead.end() if lead else 0)
    item = OPENING_MARK.match(piece.text)  # (一)高新技术企业数量, 第三条|…: the number is no part of it
    if item and item.end() < len(piece.text):
        piece = piece.sub(item.end())
    scope = SCOPE_WORD.match(piece.text)
    if scope:  # (其中,|国家级孵化器达到10家: the mark after a scope word too)
        piece = piece.sub(scope.end() + len(piece.text[scope.end() :]) - len(piece.text[scope.end() :].lstrip(",: ")))
    adverb = TRAILING_ADVERB.search(piece.text)
    piece = piece.sub(0, adverb.start()) if adverb else piece
    obliged = list(OBLIGED_LEAD.finditer(piece.text)) if "应当" in piece.text or "必须" in piece.text else []  # 县级以上人民政府应当保障|财政科技投入
    if obliged and obliged[-1].end() < len(piece.text):
        piece = piece.sub(obliged[-1].end())
    if len(piece.text) > LONG_SUBJECT and "的" in piece.text and not _share_of(piece.text):
        piece = piece.sub(piece.text.rindex("的") + 1)  # but 经费支出占生产总值的比重 is one subject
    piece = piece.sub(0, len(piece.text.rstrip(" 、和及与等“”\"'")))
    currency = CURRENCY_END.search(piece.text)  # 带动民间投资|新台币300亿元: the currency is the unit's
    piece = piece.sub(0, currency.start()) if currency and currency.start() >= 2 else piece
    adverb = TRAILING_ADVERB.search(piece.text)
    return piece.sub(0, adverb.start()) if adverb else piece


def _share_of(subject: str) -> bool:
    """Whether a long subject is a share whose base is written before its last 的 (经费支出占生产总值的|比重,
    规模以上工业企业中有研发活动的|企业占比): cut at 的, it would name a share of nothing."""
    tail = subject[subject.rindex("的") + 1 :]
    return bool(RATIO_HEAD.fullmatch(tail) or RATIO_END.search(tail))


def distribute(subject: str) -> str:
    """重点实验室、技术创新中心…等研发平台 counts 研发平台 (keeping a level prefix such as 市级以上)."""
    subject = subject.replace("“", "").replace("”", "")
    if "、" not in subject or "等" not in subject.rsplit("、", 1)[1]:
        return subject
    head = subject.rsplit("等", 1)[1]
    level = LEVEL_PREFIX.match(subject)
    return (level.group() if level else "") + head if head else subject
