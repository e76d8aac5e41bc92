"""Numbers that are no goals, for kg.extract.targets: places (在10个领域), articles (第十条), conditions
(超过500万元的企业), facts about the past (截至2023年, 近五年来, 上年度), rules and time limits (不得超过,
五个工作日内), requirements to meet (须满足:…不超过500人), sanctions and money promised (给予…50万元).
"""

from __future__ import annotations

import re
from functools import cache

from kg import cues
from kg.extract.deadlines import DEADLINE, Deadlines
from kg.extract.numbers import Quantity, amounts
from kg.extract.quoted import inside, quoted_spans
from kg.extract.subjects import ITEM_MARK, clause_start
from kg.extract.words import words
from kg.model import Span

PRESENT = cues.lazy(lambda: cues.alternation("present"))  # 已有, 已达, 现已, 累计已 …
# A rule, not a goal: 延长期限不得超过二个…, 最多不超过六批, 应当不低于0.15%
RULE = cues.lazy(lambda: cues.alternation("rule"))
TIME_LIMIT = re.compile(r"\s*(?:工作日|个?月|小时|日|天|季度|星期|周)")
PAST_OPENING = cues.lazy(lambda: rf"\s*(?:{cues.alternation('past_opening')}|近?[一二三四五六七八九十两\d]+年(?:来|以来))")
REQUIREMENT = cues.lazy(lambda: cues.alternation("requirement"))  # 须满足:职工总数不超过500人: a condition to meet
PENALTY = cues.lazy(lambda: cues.alternation("penalty"))  # 处违法所得二倍以上罚款: a sanction, not a goal
AS_OF_WORDS = ("截至", "截止")
OBLIGATION = ("应当", "必须")  # rule words that state a goal when a deadline is written before them
MONEY_OR_SHARE = re.compile(r"元|%|‰|^成$")  # 三成: a share in tenths
SIZE_CLASS = cues.lazy(lambda: rf"\s*(?:以上|级)?\s*(?:{cues.alternation('size_class_head')})")
TAX_RELIEF = cues.lazy(lambda: cues.alternation("tax_relief"))
# 加计扣除政策享受面达到90%: how far the policy reaches, aimed at (the comparator or 的 may follow the measure)
REACH = cues.lazy(lambda: rf"(?:{cues.alternation('policy_reach')})[^,;。]{{0,6}}$")
CONDITION_LEAD = cues.lazy(lambda: "|".join(re.escape(w) for w in cues.words("requirement") if len(w) > 1))  # 符合下列条件:
BOUND_OF = re.compile(r"\s*(?:及|或)\s*(?:以下|以上|以内)\s*的|\s*以下\s*的")  # (以上的 alone: see _attributive)
MAX_ITEMS = 30
CLAUSE_MARK = re.compile(r"[,;。:]")
PUBLIC_BUDGET = cues.lazy(lambda: cues.alternation("public_budget"))  # 财政, 公共预算
PAYOUT = cues.lazy(lambda: cues.alternation("payout_word"))  # 提取…作为报酬: paid out, not budgeted
BUDGET_MEASURE = cues.lazy(lambda: rf"{cues.alternation('ratio_head')}|增长|增幅|占")  # 经费应当占…支出的百分之三以上: a share
REPORTED = cues.lazy(lambda: cues.alternation("reported_change"))  # 同比, 环比, 比上年
PER_UNIT = cues.lazy(lambda: rf"每\s*(?:{cues.alternation('norm_unit')})")  # 每个, 每家, 每人, 每季度: not 每年, 每万人
SINCE = re.compile(r"以来\s*[,:]?$")  # “十三五”以来, 党的十八大以来: a look back over a span
ASPIRATION = cues.lazy(lambda: cues.alternation("aspiration"))  # 力争, 争取, 确保
AIM_PER_UNIT = cues.lazy(lambda: rf"(?:{cues.alternation('tgt19_aim_per_unit')})\s*每\s*(?:{cues.alternation('norm_unit')})")
# 同比增长20%以上: a change aimed at (a figure reported is exact, 同比增长18.6%)
AIMED_CHANGE = cues.lazy(lambda: rf"(?:{cues.alternation('reported_change')})\s*(?:增长|提高|提升)\s*\d+(?:\.\d+)?\s*%\s*(?:以上|左右)")
GOAL_AFTER = cues.lazy(lambda: rf"的\s*(?:{cues.alternation('goal_noun')})")  # …10家以上的目标(任务)
FUNDING_WORD = cues.lazy(lambda: cues.alternation("funding_word"))  # 每年安排不少于1亿元, 单个项目最高…: money promised
ECONOMY_SHARE = cues.lazy(lambda: rf"占[^,;。]{{0,12}}?(?:{cues.alternation('economy_base')})")  # 占全市生产总值, 占GDP
LEVERAGE = cues.lazy(lambda: cues.alternation("leverage_verb"))  # 带动|民间投资: money drawn in, never money promised
MONEY_RATE = cues.lazy(lambda: cues.alternation("money_rate_word"))  # 贴息比例提高到70%: the terms of aid, no goal (tgt16)
GRADUAL = cues.lazy(lambda: cues.alternation("gradual_word"))  # 逐步将…降至1%以下: aimed at over time (tgt16)
QUOTA_AFTER = re.compile(r"\s*为(?:原则|限|上限)")  # 每年核定補助案件以三十件|為原則: a yearly quota of a rule, no goal (twn17)
PER_ONE = re.compile(r"每(?!年|季|月)[\u4e00-\u9fff]{1,4}$")  # 每引进|1名…,给予: the unit a rate is paid per (tgt16)
POINTS = "个百分点"  # 在上述比例基础上可再提高5个百分点: a share's change, money's terms beside money promised (tgt20)
# 年薪不低于50万元且…贡献较大的|人员: the first of coordinated conditions closed by 的 (tgt20)
AND_CONDITION = re.compile(r"\s*(?:以上|以下)?\s*(?:且|并且|或者|或)[^,;。:的]{1,20}的")
# 在上述比例基础上可再提高5个百分点, 在第十条规定基础上提高10个百分点: a change to a rule's figure, a rule itself (tgt20)
RULE_BASE = cues.lazy(lambda: rf"在[^,;。]{{0,12}}(?:{cues.alternation('tgt20_rule_base')})[^,;。]{{0,6}}基础上")
GROWTH_PER_UNIT = cues.lazy(lambda: rf"{PER_UNIT.pattern}[^,;。]{{0,12}}?(?:{cues.alternation('tgt20_growth_per_unit')})")


def _drawn_in(text: str, q: Quantity, sentence: Span) -> bool:
    """到民國115年,累計補助企業300家,|帶動民間投資20億元: money drawn in, a dated goal beside the aid counted (gold-synth3's
    Taiwan goals); not beside money promised (市财政安排1亿元,带动社会投资10亿元: the promise's leverage)."""
    clause = clause_start(text, q.start, sentence)
    return bool(DEADLINE.search(text, sentence.start, q.start) and LEVERAGE.search(text, clause, q.start)) and next(amounts(text, sentence.start, clause), None) is None


@cache
def _at_comparators() -> tuple[str, ...]:
    """The comparators ending in 在 (控制在, 稳定在): a number after them is a goal, not a place."""
    return tuple(w for w in cues.words("comparator") if w.endswith("在"))


def not_a_goal(text: str, q: Quantity, before: str, q_end: int, sentence: Span, deadlines: Deadlines) -> bool:
    """Whether quantity q is no goal: a place, an article, a condition, a fact about the past, a rule or money promised."""
    prior = text[q.start - 1] if q.start > 0 else ""
    quoted_alone = prior == "“" and text.startswith(("”", '"'), q.end)  # 打造“十大”标杆场景: the count quoted, not a name
    if prior in "在第每“" and not quoted_alone and not before.rstrip().endswith(_at_comparators()):  # 在10个领域 (where), 第十条, 每千家企业, “十大…联盟” (a name)
        return True  # (稳定在, 控制在 are comparators)
    if q.chinese and q.value == 1 and q.unit[0] not in "万亿兆" and q.unit != "倍":  # 一个, 一批, 一流: articles, not counts (突破万亿元, 增长一倍 are one)
        return True
    if text.startswith("的", q_end) and not _attributive(text, q, q_end, deadlines) or _condition_run(text, q_end, sentence) \
            or AND_CONDITION.match(text, q_end):
        return True  # 超过500万元的企业: a condition
    bound = BOUND_OF.match(text, q.end)
    if bound and ("以上" not in bound.group() or MONEY_OR_SHARE.search(q.unit)):
        return True  # 单户担保金额500万元及以下的占比, 50人以下的企业: a bound that picks out what is counted (培育500家及以上的企业: a goal)
    if "元" in q.unit and SIZE_CLASS.match(text, q_end):  # 产值超百亿元|企业10家: a size class of what is counted
        return True
    if re.search(r"(?:^|[,:])\s*对[^,:]*$", before):  # 对…达到…的: a condition
        return True
    openings = (PAST_OPENING.match(text, at) for at in (sentence.start, clause_start(text, q.start, sentence)))
    present = [m for m in PRESENT.finditer(text, sentence.start, q.start) if not (m.group() in AS_OF_WORDS and deadlines.aimed_at(q.start))]
    past = [*present, *filter(None, openings)]  # (截至2025年底,…力争达到: a date to reach by, kg.extract.deadlines)
    if any(not DEADLINE.search(text, m.end(), q.start) for m in past) or PENALTY.search(before):
        return True  # (上年度全市…达到280亿元, 近五年来…年均增长12.5%: facts about the past, unless a deadline follows)
    opened = clause_start(text, q.start, sentence)
    named = quoted_spans(text, opened, q.start)  # “最多跑一次”比例达到100%: a rule word inside a quoted name rules nothing (tgt19)
    rule = next((m for m in RULE.finditer(text, opened, q.start) if not inside(named, m.start(), m.end())), None)
    if rule and not (rule.group() in OBLIGATION and (DEADLINE.search(before) or budget_goal(text, q, sentence))):  # 到2015年,…应当达到: a goal
        return True
    if TIME_LIMIT.match(text, q_end):  # 不超过五个工作日: a procedural time limit
        return True
    if prior == "以" and QUOTA_AFTER.match(text, q_end):  # 補助名額以十名為限, 以二十件為原則: a rule's quota or ceiling
        return True
    shares = MONEY_OR_SHARE.search(q.unit) or q.unit == POINTS and deadlines.at(q.start) is None
    if shares and FUNDING_WORD.search(text, sentence.start, sentence.end) and not _drawn_in(text, q, sentence):
        return True
    if MONEY_OR_SHARE.search(q.unit) and TAX_RELIEF.search(text, sentence.start, sentence.end) and not REACH.search(before):
        return True  # 加计扣除比例提高到100%: a tax rule's terms (not 加计扣除政策享受面达到90%, its reach)
    if _terms_of_aid(text, q, before, sentence, deadlines):
        return True
    if REPORTED.search(text, sentence.start, sentence.end) and deadlines.at(q.start) is None and not aimed(text, sentence):
        return True  # 全市新增高新技术企业200家,同比增长15%: a change reported against the last period, a fact
    return deadlines.past(before) and not deadlines.aimed_at(q.start)


def _terms_of_aid(text: str, q: Quantity, before: str, sentence: Span, deadlines: Deadlines) -> bool:
    """Support measures' terms, no goals: an undated share of aid (首贷户贴息比例提高到70%, 担保费率降至1%以下; not
    逐步将平均担保费率降至1%以下 nor 力争…, aimed at over time) and
    the one unit a rate is paid per (每引进1名A类人才,给予…; 每新增1家研发机构,奖励…)."""
    if deadlines.at(q.start) is not None:
        return False  # 到2027年,每县建成1个…: a goal per unit, dated (as kg.extract.notgoals.norm has it)
    if q.value == 1 and q.value_max is None and PER_ONE.search(before.rstrip()):
        return True
    clause = clause_start(text, q.start, sentence)
    if RULE_BASE.search(text, clause, q.start):
        return True
    share = q.unit in ("%", "‰", POINTS) and not GRADUAL.search(text, clause, q.start)
    return share and bool(MONEY_RATE.search(text, clause, q.start)) and not ASPIRATION.search(text, sentence.start, q.start)


def norm(text: str, q: Quantity, sentence: Span) -> bool:
    """Whether q, with no deadline in force, states a norm rather than a goal: a count per unit (每个孵化器配备
    专职人员不少于5名, 每人每年不少于40学时) or a frequency (每季度至少开展1次, 会议每年召开2次); a count
    per year of what a plan does (每年开展科普活动不少于30场) is a goal."""
    before = text[sentence.start : q.start]
    if AIM_PER_UNIT.search(before) or GROWTH_PER_UNIT.search(before):
        return False  # 力争每个脱贫县至少有1个…, 推动每个市州至少建成1个…: a count per unit aimed at (tgt19); 每个县年度新增…30家 (tgt20)
    return "每" in before and bool(PER_UNIT.search(before) or q.unit in cues.word_set("frequency_unit"))


def budget_goal(text: str, q: Quantity, sentence: Span) -> bool:
    """Whether q is a floor a law sets for a government's own budget or the economy, a goal without a deadline: a share or
    growth of public money (财政科技投入年均增长不低于10%, 财政用于科学技术经费占…支出的比例应当不低于6%), a share of
    the economy (研究开发经费支出占全市生产总值的比例应当达到2.5%以上),
    not a share to pay out of an income (应当提取不低于70%的收益…用于奖励)."""
    opened = clause_start(text, q.start, sentence)
    if q.unit == "%" and ECONOMY_SHARE.search(text, opened, q.start):
        return True  # 全社会研究开发经费支出占全市生产总值的比例应当达到…: a share of the economy, no applicant's condition
    if q.unit != "%" or not PUBLIC_BUDGET.search(text, opened, q.start):  # 财政资金支持的项目,|自筹…: the budget of another clause
        return False
    return not PAYOUT.search(text, sentence.start, sentence.end) and bool(BUDGET_MEASURE.search(text, opened, q.start))


def _attributive(text: str, q: Quantity, q_end: int, deadlines: Deadlines) -> bool:
    """Whether the 的 after a number ties it to what it counts or to the goal it is, not a condition: under a deadline
    100个左右的国家级示范基地 (左右 bounds no condition; undated, 由7人左右的专家组成 is a rule), 新增上市公司10家以上的目标."""
    return "左右" in text[q.end : q_end] and deadlines.at(q.start) is not None or bool(GOAL_AFTER.match(text, q_end))


def _condition_run(text: str, q_end: int, sentence: Span) -> bool:
    """Whether q ends the first of coordinated conditions closed by 的 (在孵企业不少于50家、场地面积不少于3000平方米的,认定为…)."""
    if not text.startswith("、", q_end):
        return False
    close = CLAUSE_MARK.search(text, q_end, sentence.end)
    end = close.start() if close else sentence.end
    return text[q_end:end].rstrip().endswith("的")


def under_conditions(text: str, sentence: Span) -> bool:
    """Whether the sentence is an item of a list of conditions (应当符合下列条件:\n(一)…\n(二)专职工作人员不少于五人):
    the lead line the items hang from names conditions to meet, so their numbers are requirements."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if not ITEM_MARK.match(text, line_start):
        return False
    end = line_start - 1
    for _ in range(MAX_ITEMS):  # back over the items before, to the line they hang from
        start = text.rfind("\n", 0, max(end, 0)) + 1
        line = text[start:end].strip()
        if line and not ITEM_MARK.match(line):
            return line.endswith(":") and bool(CONDITION_LEAD.search(line))
        if start == 0:
            return False
        end = start - 1
    return False


def required(text: str, start: int, end: int) -> bool:
    """Whether a word of requirement (须, 应, 条件, 是指 …) is written in text[start:end]; one character only as a word of its own."""
    listed = cues.words("requirement")
    if any(len(w) > 1 and _written(text, w, start, end) for w in listed):  # 是指, 条件: no word hides them
        return True
    return any(len(w.text) == 1 and w.text in listed for w in words(text, start, end))  # 应 as a word: not 应用, 供应


def _written(text: str, word: str, start: int, end: int) -> bool:
    """Whether a word of requirement is written in text[start:end] outside a manner phrase that holds it
    (高标准建设…, 创造条件: how a plan acts, no standard to meet) or a noun that holds it (制定国家标准…不少于20项, 新增标准厂房:
    standards and buildings counted, tgt20)."""
    holders = cues.words("manner_not_requirement") + cues.words("tgt20_noun_holding_requirement")
    manners = [(m, m.index(word)) for m in holders if word in m]
    at = text.find(word, start, end)
    while at >= 0:
        if not any(text.startswith(m, at - offset) for m, offset in manners):
            return True
        at = text.find(word, at + 1, end)
    return False


def aimed(text: str, sentence: Span) -> bool:
    """Whether a sentence that compares with the last period aims at its figures (力争…, 同比增长20%以上) rather than reports them."""
    return bool(ASPIRATION.search(text, sentence.start, sentence.end) or AIMED_CHANGE.search(text, sentence.start, sentence.end))


def looks_back(text: str, sentence: Span, deadlines: Deadlines) -> bool:
    """Whether the paragraph holding the sentence opened looking back (近年来,…。全市高新技术企业达到1.2万家;
    2022年,…。高新技术企业突破9000家): its later undated figures are facts, unless a sentence aims (力争…)."""
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    if paragraph == sentence.start or ASPIRATION.search(text, sentence.start, sentence.end):
        return False
    mark = CLAUSE_MARK.search(text, paragraph, sentence.start)
    opening = text[paragraph : mark.end() if mark else sentence.start]
    return bool(PAST_OPENING.match(opening) or SINCE.search(opening)) or deadlines.past(opening)
