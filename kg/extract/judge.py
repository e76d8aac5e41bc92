"""Judging one number of a clause, for kg.extract.targets: whether it states a goal (a comparator, a verb of
building, 左右/以上, a list it is coordinated with, a deadline in force), and if so its subject, comparator and year."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg import cues
from kg.extract.deadlines import DEADLINE, Deadlines
from kg.extract.caused import moved_to_act
from kg.extract.framed import PERIOD_OPEN, framed
from kg.extract.numbers import Quantity
from kg.extract.parts import listed_part
from kg.extract import notgoals
from kg.extract.notgoals import GOAL_AFTER, MONEY_OR_SHARE, RULE, budget_goal, looks_back, norm, not_a_goal, required, under_conditions
from kg.extract.subjects import (
    BASE_AT, VERB_ANY, Piece, clause_start, clean, distribute, label_subject, left_subject, previous_subject,
    right_subject, topic_subject, verb_run, verbs_in,
)
from kg.model import Span


LIMIT = cues.lazy(lambda: cues.alternation("limit"))  # 不低于, 不超过 …
RATIO_END = cues.lazy(lambda: rf"(?:{cues.alternation('ratio_head')})$")
LEADING_NUMBER = re.compile(r"\d+(?![A-Za-z\d])")
# 突破新台币5兆元: the currency between the comparator and its number is no part of either (only dated goals name one);
# 科技型中小企业评价入库5000家: entering a register is a comparator too
COMPARATOR_LISTS = ("comparator", "rate_comparator", "registered_comparator", "target_value_word", "change_to_comparator")
# 增加到2025年的1500家: the year the figure is for, between the comparator and its number
COMPARATOR_END = cues.lazy(lambda: rf"(?P<verbs>{verb_run()})?(?P<cmp>{'|'.join(map(cues.alternation, COMPARATOR_LISTS))}|(?<![通经超越度不])(?:{cues.alternation('short_comparator')}))\s*(?:(?P<at>(?:19|20)\d{{2}})\s*年(?:底|末)?的)?\s*(?P<currency>{cues.alternation('currency_name')})?\s*$")
# 研发投入强度2025年|达到3%, …由2020年的800家|增加到…: a year inside the line before its comparator, the base a change starts from
# (產值116年|達新臺幣3兆元: Taiwan's year of the Republic, 2021-2040 as 110-129)
YEAR_IN_LINE = re.compile(r"(?<![比较由截止至到])(?:(?<![截止])(?:到|至))?\s*(?:(?P<year>(?:19|20)\d{2})|(?<![\d.])(?P<roc>1[1-2]\d))\s*年(?:底|末)?\s*$")
FROM_BASE = re.compile(r"由\s*(?:19|20)\d{2}\s*年(?:底|末)?的?[^,;。]*$")
VERB_END = cues.lazy(lambda: rf"(?:{verb_run()})\s*(?:了|出)?\s*(?:{cues.alternation('verb_count_scope')})?\s*$")  # (協助|本縣|五十家…, twn18)
SHARE_OF = re.compile(r"占[A-Za-z\u4e00-\u9fff]{1,12}的\s*$")
BASE_OF = re.compile(r"[A-Za-z\u4e00-\u9fff]{1,12}的\s*$")  # …达到|GDP的|3%: the base of a share, no condition
TRAILER = re.compile(r"\s*(?P<t>以上|左右|以内|上下|多)")
MAX_SUBJECT = 40
DISTRIBUTIVE_IN = cues.lazy(lambda: cues.alternation("distributive"))
PACKAGE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:政策|措施|举措|意见)")
# 支持十大领域重点平台: 十大 counts the fields the goal is about, not what it builds
SCOPE_COUNT = re.compile(r"领域|方向|板块|赛道")
TOTAL_OF = cues.lazy(lambda: rf"\s*(?:{cues.alternation('tgt20_total_of')})\s*")  # the sum of what the goal before counts
# A、B、C等 before the comparator: examples of the thing counted, named after the number
EXAMPLES_END = re.compile(r"、[^、]*等\s*$")
QUOTE_OPEN, QUOTE_CLOSE = ("“", '"'), ("”", '"')
AMONG = re.compile(r"\s*\(?\s*其中[,:]?\s*")  # (其中国家级50家): a part named in brackets too
# 带动社会投资100亿元, 達成半導體產值新臺幣5兆元, 提供融资服务500亿元: money a verb leads to, reaches or provides under a deadline
LEVERAGED = cues.lazy(lambda: rf"(?:{cues.alternation('leverage_verb')}|{cues.alternation('reach_verb')}|{cues.alternation('provide_verb')})[^,;。]{{2,20}}?(?:{cues.alternation('currency_name')})?\s*$")
CAP_BEFORE = cues.lazy(lambda: rf"(?:{cues.alternation('cap_before_verb')})\s*$")
AID_END = cues.lazy(lambda: rf"(?:{cues.alternation('aid_verb')})\s*$")
BATCH = cues.lazy(lambda: rf"(?:{cues.alternation('batch_word')})")
AIM = cues.lazy(lambda: rf"{cues.alternation('goal_frame')}|{cues.alternation('aspiration')}")  # 本计画目标为4年内带动民间投资…: aimed at, undated
APPLICANT = cues.lazy(lambda: cues.alternation("applicant"))
STAFF_END = cues.lazy(lambda: rf"(?:{cues.alternation('staff_noun')})$")
YEARLY_ALONE = re.compile(r"\s*(?:每年度?)?\s*")  # 每年|遴选: no subject before the verb
SPAN_OPEN = re.compile(r"\s*(?:用|通过)?\s*[一二两三四五\d]\s*年(?:内|时间|左右时间|努力|累计)")  # 三年累计…, 用两年时间… (not 三年来: a look back)
MAY = re.compile(r"(?<![获取使记值懂觉赢博])得\s*$")  # Taiwan's rules: 得 (may) right before the comparator
BASE_ALONE = re.compile(rf"\s*{BASE_AT}\s*")  # 较2023年|增长50%: nothing before the comparator but the base of a change
GOAL_LIST = re.compile(r"(?:目标|指标)(?:为|是)?\s*:")  # 2025年目标:高新技术企业2000家,研发投入强度3%: each count a goal
RATE_END = re.compile(r"(?:率|比重|占比|比例)\s*$")
RATE_ALONE = re.compile(r"[\u4e00-\u9fff]{0,2}率")  # 覆盖率 alone: a rate of what the clause before names
# 百家科技领军企业、|千家…: bare round counts listed one after another (the measure word right after the round digit)
ROUND_NEXT = re.compile(r"[^、,;。\d]{2,20}、\s*[十百千万](?=家|个|项|名|所|座|人)")
ROUND_PREV = re.compile(r"(?<![\d一二两三四五六七八九])[十百千万](?:家|个|项|名|所|座|人)[^、,;。\d]{2,20}、\s*$")
ACTIVITY = cues.lazy(lambda: rf"(?:{cues.alternation('counted_activity')})[^,;。、\d]{{0,12}}$")
SLOGAN_PAIR = re.compile(r"[十百千万][\u4e00-\u9fff]$")  # 千企|万项, 百校|千企: a pair of round counts names a campaign
BASE_YEAR = re.compile(r"(?:比|较)(?:(?:19|20)\d{2}\s*年|“?十[一二三四五六七八九]五)")  # 比2022年增加600家: a change restated, no next count
# Before a comparator, no subject but adverbs or a year of its own (到2025年|达到…): the goal before, counted again or later
ADVERBS_ALONE = cues.lazy(lambda: rf"\s*(?:(?:力争|争取)?(?:到|至)?\s*(?P<year>(?:19|20)\d{{2}})\s*年(?:底|末)?|(?P<span>[一二两三四五\d]年(?:内|来)?))?\s*(?:{cues.alternation('subject_adverb')}|{cues.alternation('scope_word')})*\s*")


@dataclass(frozen=True, slots=True)
class Found:
    """One goal found in the normalised text, before it becomes a Target."""

    quantity: Quantity
    subject: str
    comparator: str | None
    year: int | None
    per_year: bool
    start: int  # the short span quoted as evidence
    end: int


def _stretch(text: str, pos: int, sentence: Span) -> int:
    """Where the stretch of text holding pos opens (after ; 。 or a line break, within its sentence)."""
    return max(sentence.start, *(text.rfind(mark, 0, pos) + 1 for mark in ";。\n"))


def end_of(text: str, q: Quantity, clause_end: int) -> int:
    """Where a number ends with its 以上/左右."""
    trailer = TRAILER.match(text, q.end, clause_end)
    return trailer.end() if trailer else q.end


def judge(
    text: str, q: Quantity, left: Piece, clause_end: int, sentence: Span, deadlines: Deadlines, coordinated: bool,
    carry: str | None = None, parallel: bool = False,
) -> Found | None:
    """The goal that quantity q states, or None when it is not one; `parallel`: `carry` is a goal found before in the sentence
    (三年累计新增科技型中小企业2000家,|高新技术企业500家: the next count of it, undated as it is)."""
    before = text[sentence.start : q.start]
    quoted = int(text.startswith(QUOTE_CLOSE, q.end) and left.text.endswith(QUOTE_OPEN))  # 打造“十大”|标杆场景: a count quoted alone
    left = left.sub(0, len(left.text) - quoted)
    trailer = TRAILER.match(text, q.end, clause_end)
    q_end = trailer.end() if trailer else q.end + quoted
    tail = trailer["t"] if trailer and trailer["t"] in ("左右", "以上") else None
    if not_a_goal(text, q, before, q_end, sentence, deadlines) or text[q_end:clause_end].rstrip().endswith("的"):
        return None  # (支持企业建设3个以上研发机构的,给予…: the clause is a condition)
    if APPLICANT.search(before) and (deadlines.at(q.start) is None or not DEADLINE.search(before)):
        return None  # 申报单位近三年年均研发投入不低于500万元, 申报企业2024年研发投入超过300万元: what an applicant must show
    year = deadlines.at(q.start)
    clause = text[clause_start(text, q.start, sentence) : q.start]
    per_year = "每年" in clause or "年均" in clause  # (…年均增长12%,|基础研究经费占比达到8%: not yearly)
    if per_year and "年均" not in clause:
        year = None  # 每年…50家: a rate, not a goal for the year in force, even under one (年均增长15%: an average up to it)
    if year is None and (deadlines.reviewed(q.start) or looks_back(text, sentence, deadlines)):
        return None  # 一、发展基础 … 高新技术企业达到1.2万家: a section that looks back states facts
    comparator = COMPARATOR_END.search(left.text)
    if comparator is None and year and q.unit in ("%", "‰"):
        comparator = _of_base(left.text)  # 到2027年,…成交额达到GDP的3%: the base a share is of, after the comparator
    written_year = _year_in_line(left, comparator)
    if written_year:  # 研发投入强度2025年达到3%: a goal for the year written (not the deadline in force); in a plan of a later year, a fact
        if deadlines.now is not None and written_year[0] <= deadlines.now:
            return None
        year = written_year[0]
    ruled = None if year is not None and not written_year and deadlines.titled(q.start) else year  # a year title's: rules stay rules (tgt19)
    verb_end = VERB_END.search(left.text)
    verbs = verbs_in(left.text)
    counted = False  # 建设十大…中心, 实施百项…研发 (and the items coordinated with them): counts
    if q.chinese and not comparator and text[q.start] in "十百千万亿" and q.end - q.start == len(q.unit) + 1 and q.unit[0] not in "千万亿兆":
        counted = q.unit in ("大", "项") and bool(verb_end or verbs or coordinated)
        # 十个 right after a verb under a deadline counts what follows; undated, or 百家/千家, round numbers are slogans
        counted = counted or bool(year and verb_end and text[q.start] == "十" and q.unit in cues.word_set("round_count_unit"))  # 到2025年,建设十个…中心
        counted = counted or bool(year and verb_end and tail)  # 到2025年,培育千家以上科技型企业: 以上/左右 bound a count, no slogan
        counted = counted or bool((verb_end or coordinated) and _round_run(text, q))  # (每年)遴选百家A、千家B、万家C: a ladder, dated or not
        counted = counted or bool(year and moved_to_act(text, left.text, q_end, clause_end))  # 推动千家…企业开展…: participants (tgt20)
        if not counted or SCOPE_COUNT.match(text, q_end) or SLOGAN_PAIR.search(text, max(0, q.start - 2), q.start):
            return None  # 十大领域, 千家企业: slogans; 支持十大领域重点平台: a scope, not a count
    aimed = (year or per_year or deadlines.goal_section(q.start)) and tail and verbs and q.unit != "%" and not text[q_end:clause_end].strip(" 。;")  # (每年新增…4000亿元左右)
    aimed = aimed or (year and verbs and q.unit == "%" and RATE_END.search(left.text))  # 到2025年,实现…覆盖率50%以上
    aimed = aimed or ((year or AIM.search(before) or deadlines.goal_section(q.start)) and "元" in q.unit and LEVERAGED.search(left.text))  # 到2025年,带动社会投资100亿元
    aimed = aimed or (deadlines.goal_section(q.start) and (verb_end or verbs) and "元" in q.unit and not text[q_end:clause_end].strip(" 。;"))  # 二、主要目标|…新增200亿元
    share_of = bool((year or budget_goal(text, q, sentence)) and q.unit == "%" and SHARE_OF.search(left.text))
    aimed = aimed or share_of  # 到2027年,…占地区生产总值的12%; 财政用于科学技术的经费应当占…支出的百分之三以上 (a budget floor)
    aimed = aimed or (tail and verbs and (PERIOD_OPEN.match(clause) or SPAN_OPEN.match(clause)))  # 全年完成…50亿元以上; 三年累计发放…100亿元左右
    # (…强度3%、|高新技术企业2000家: a list of counts after the colon, one item after another)
    # (…其中:|1.技术输出合同成交额1200亿元;|2.…: the parts listed after 其中, kg.extract.parts)
    in_list = bool(year and (GOAL_LIST.search(text, sentence.start, left.start) or listed_part(text, sentence, left.start))
                   and (not text[q_end:clause_end].strip(" 。;") or text.startswith("、", q_end)))
    aimed = aimed or in_list or bool(year and GOAL_AFTER.match(text, q_end))  # 完成…300亿元的目标任务
    aimed = aimed or bool(parallel and carry and tail and TOTAL_OF.fullmatch(left.text))  # 引进项目20个,|总投资50亿元以上 (tgt20)
    if MONEY_OR_SHARE.search(q.unit) and not comparator and not aimed and not ((year or carry) and AMONG.match(left.text)):
        return None  # (到2025年,新增融资担保规模1万亿元以上: a sum aimed at, dated, with its verb and 以上/左右; 其中…80亿元: a part)
    if q.unit == "条" and not comparator and (PACKAGE.match(text, q.end) or left.text.rstrip().endswith(cues.words("article_count_word"))):
        return None  # 落实20条支持政策: the name of a package of measures, not a goal; 公布全文53条: a law's articles
    if q.chinese and _items_before(left.text) == q.value:
        return None  # 推动数字经济、…和现代种业六大产业发展: the number sums up the list before it
    cmp: str | None = None
    borrowed: str | None = None
    trigger = left.start + (comparator.start() if comparator else len(left.text))
    if comparator and not ruled and MAY.search(left.text, 0, comparator.start()):
        return None  # 自筹款比率得降为百分之五十: what a rule permits (得, may), not a goal
    if comparator and not ruled and comparator["cmp"] in cues.words("ceiling"):
        return None  # 每年评选科技进步奖不超过100项: a cap with no deadline is a rule
    if comparator and not ruled and (comparator["cmp"] in cues.words("dated_comparator") or comparator["currency"]):
        return None  # 比上年减少5%, 薪资所得超过新台币300万元 with no deadline: a change reported, a threshold
    if ruled is None and (CAP_BEFORE.search(left.text) or verb_end and CAP_BEFORE.search(left.text, 0, verb_end.start())):
        return None  # 每年度至多补助二案, 每年补助至多30家: a cap with no deadline is a rule
    part = AMONG.match(left.text) if year or carry else None  # 引育人才1000人以上,其中顶尖人才10人: a part of the goal before
    # 三年累计新增…2000家,|高新技术企业500家, 力争全年…: the next count of an aimed goal; without an aim nor a span
    # (引进创新团队20个,|青年科技人才300名) a description
    aims = parallel and bool(carry) and (notgoals.aimed(text, sentence) or bool(PERIOD_OPEN.match(text, sentence.start) or SPAN_OPEN.match(text, sentence.start)))
    if comparator:
        cmp = comparator["cmp"]
        subject = left_subject(left.sub(0, written_year[1] if written_year else comparator.start()))
        listed = EXAMPLES_END.search(left.text, 0, comparator.start())
        if comparator["verbs"] or listed:  # 建设不少于15项场景项目, A、B等不少于15项场景: the object follows the number
            right = right_subject(text, q_end, clause_end)
            subject = right if right.text else subject
            cmp = comparator.group().strip() if comparator["verbs"] else cmp
        if not subject.text:
            cmp = comparator.group().strip()
            subject = right_subject(text, q_end, clause_end)
        if not subject.text:  # 高新技术企业数量实现倍增,|达到2000家: the clause before names it
            subject = previous_subject(text, left.start, sentence)
        if not subject.text and ADVERBS_ALONE.fullmatch(left.text, 0, comparator.start()):
            subject = label_subject(text, left.start)  # 1.高新技术企业:|到2025年达到2000家: the line's label names it
        stretch = _stretch(text, left.start, sentence)
        alone = ADVERBS_ALONE.fullmatch(left.text, 0, comparator.start())  # 累计|达到60家, 、2027年|达到200亿元
        if not subject.text and carry and alone and (alone["year"] or "年均" in clause or deadlines.written(stretch, left.start)):
            borrowed = carry  # …成交额达到1000亿元;到2035年,|达到2000亿元: the goal before, a later deadline (or its 年均增长)
            year = _own_year(alone, year)
        elif not subject.text and carry and year and BASE_ALONE.fullmatch(left.text, 0, comparator.start()):
            borrowed = carry + comparator["cmp"]  # …数量达到1200家,|较2023年增长50%: the change of the goal before (tgt17)
    elif not (year or per_year or coordinated or verb_end or counted or part or share_of or tail == "左右" or aims
              or framed(text, verbs, left, q_end, clause_end)):
        return None  # undated goals need the verb right before the number: 实施100项…, 建设10个…
    elif share_of and (share := SHARE_OF.search(left.text)):  # 到2027年,…增加值占地区生产总值的12%: the share's measure and base
        measure = left_subject(left.sub(0, share.start()))
        subject = Piece(measure.text + share.group().rstrip()[:-1], measure.start)  # (…经费应当|占…: the rule word left out)
    elif counted and not verb_end:  # 布局建设省十大重点实验室: the thing counted follows 十大
        cmp = verbs[-1].group().strip("、和及") if verbs else None
        subject = right_subject(text, q_end, clause_end)
    elif verb_end:
        cmp = verb_end.group().strip("、和及了出 ")
        subject = right_subject(text, q_end, clause_end)
        aid = AID_END.search(left.text, verb_end.start())
        if not subject.text and aid and aid.start() > verb_end.start():  # 完成|补助|50案: the aid is what is counted
            cmp, subject = cmp[: len(cmp) - len(aid.group())], left.sub(aid.start())
        trigger = left.start + verb_end.start()
        alone = ADVERBS_ALONE.fullmatch(left.text, 0, verb_end.start())
        written = deadlines.written(_stretch(text, left.start, sentence), left.start)  # 2025年底前,|累计完成|300家
        built = _object_before(text, left.start, sentence) if not subject.text and alone and alone["span"] and not DEADLINE.search(before) else None
        if built:  # 鼓励…建设概念验证中心,|三年内建成|3—5个: the object before, within its own span (undated)
            subject, year = built, None
        elif not subject.text and carry and alone and (alone["year"] or alone["span"] or written):  # 新增…200家,|2025年新增|250家, 4年累计辅导|800家
            borrowed, year = carry, _own_year(alone, year)
        elif not subject.text and (year or per_year or deadlines.goal_section(q.start)):  # 到2025年,省级以上重点实验室|新增|15家: named before its verb
            inner = verbs_in(left.text[: verb_end.start()])  # 开展|职业技能培训|500场: a noun ending in a verb
            subject = clean(left.sub(inner[-1].end())) if inner else left_subject(left.sub(0, verb_end.start()))
        if not subject.text and (year or per_year) and (act := _activity(left, q)):
            subject = act  # 每年培训|100万人次: the activity counted
        prior = previous_subject(text, left.start, sentence) if alone and year and not borrowed and not right_subject(text, q_end, clause_end).text else None
        subject = prior if prior and prior.text else subject  # 牵头组建创新联合体,|到2026年累计组建|20家: the object of the verb before
        if not subject.text and per_year and YEARLY_ALONE.fullmatch(left.text, 0, verb_end.start()):
            subject = topic_subject(text, left.start, sentence)  # 对青年科技人才,|每年遴选|100名左右: whom the measure is for
    elif verbs:
        cmp = verbs[-1].group().strip("、和及")
        subject = clean(left.sub(verbs[-1].end()))
        if BATCH.fullmatch(subject.text):  # 完成|首批|30家企业的诊断服务: a batch counts what follows
            subject = right_subject(text, q_end, clause_end)
        trigger = left.start + verbs[-1].start()
    elif tail or coordinated:
        subject = left_subject(left) if left.text.strip() else right_subject(text, q_end, clause_end)
    elif (year or aims) and (carry or in_list) and left.start <= clause_start(text, q.start, sentence) and (in_list or not text[q_end:clause_end].strip(" 。;")) and not BASE_YEAR.search(left.text):
        subject = left_subject(left)  # 到2025年,引进团队10个,|高层次人才500名: the next count of the goal before
    elif part:  # 到2025年,引进人才1000名,其中顶尖人才10名
        subject = clean(left.sub(part.end()))
    elif (year or per_year) and (act := _activity(left, q)):
        subject = act  # 累计服务企业|1000家次: the activity and its object counted
    else:
        return None
    name = borrowed or distribute(subject.text)
    if comparator and not borrowed and (name in cues.words("bare_measure") or RATE_ALONE.fullmatch(name)):
        name = previous_subject(text, clause_start(text, q.start, sentence), sentence).text + name  # 培育新兴产业,|规模突破…
    if name in cues.word_set("doubling"):
        return None  # 实现“三个倍增”: a slogan counting changes, not a goal
    if DISTRIBUTIVE_IN.search(name):
        return None  # 孵化器分别为10家|和30家: a list 分别 pairs, not one subject (kg.extract.spread)
    if len(name) < 2 or len(name) > MAX_SUBJECT or LEADING_NUMBER.match(name):  # 比2015年|提高: no subject (5G基站 is one)
        return None
    if q.chinese and not comparator and subject.start > q.start and name.endswith(cues.words("programme_suffix")):
        return None  # 实施百项产业筑基工程: a programme's name, not a count (补助研发计划一百案: plans counted, named before)
    if ruled is None and not per_year and under_conditions(text, sentence):
        return None  # 应当符合下列条件:…(二)专职工作人员不少于五人: a requirement, not a goal
    if ruled is None and not per_year and comparator and not budget_goal(text, q, sentence) and (required(text, sentence.start, q.start) or LIMIT.fullmatch(comparator["cmp"]) and (
            RATIO_END.search(name) or "元" in q.unit)):
        return None  # 预留…的比例不低于百分之六十, 注册资本不低于500万元, 须…员工人数达5人以上 with no deadline: rules
    if ruled is None and not per_year and comparator and not verbs and LIMIT.fullmatch(comparator["cmp"]) and (
            STAFF_END.search(name) or RULE.search(text, sentence.start, left.start) and not budget_goal(text, q, sentence)):
        return None  # 评审专家不少于5人: who a panel is made of; 孵化器…应当不低于3000平方米,在孵企业不少于30家: a rule's next term
    if ruled is None and not budget_goal(text, q, sentence) and norm(text, q, sentence):
        return None  # 每个孵化器配备…不少于5名, 每季度至少开展1次 with no deadline: norms (kg.extract.notgoals)
    if tail:
        cmp = f"{cmp}…{tail}" if cmp else tail
    start = min(trigger, subject.start, q.start)
    return Found(q, name, cmp, year, per_year, start, max(q_end, subject.end))


def _of_base(left: str) -> re.Match[str] | None:
    """The comparator before the base a share is of (达到|GDP的|3%), the shortest base first (达到, not 达)."""
    base = BASE_OF.search(left)
    for cut in range(base.end() - 2, base.start() - 1, -1) if base else ():
        comparator = COMPARATOR_END.search(left, 0, cut)
        if comparator:
            return comparator
    return None


def _activity(left: Piece, q: Quantity) -> Piece | None:
    """An activity counted in 人次/家次 (培训, 服务企业) ending the text before the number, else None."""
    act = ACTIVITY.search(left.text) if q.unit.endswith("次") else None
    return clean(left.sub(act.start())) if act else None


def _round_run(text: str, q: Quantity) -> bool:
    """Whether a bare round count stands in a list of others (百家A、千家B、万家C): counts of a ladder, no slogan."""
    return bool(ROUND_NEXT.match(text, q.end) or ROUND_PREV.search(text, max(0, q.start - 24), q.start))


def _year_in_line(left: Piece, comparator: re.Match[str] | None) -> tuple[int, int] | None:
    """The year a comparator's figure is for when written inside the line (研发投入强度2025年|达到…, …增加到2025年的|1500家),
    and where the subject before it ends (before the year, or before 由2020年的800家)."""
    if comparator is None:
        return None
    if comparator["at"]:
        base = FROM_BASE.search(left.text, 0, comparator.start())
        return int(comparator["at"]), base.start() if base else comparator.start()
    written = YEAR_IN_LINE.search(left.text, 0, comparator.start())
    if not written or written.start() == 0:
        return None
    return (int(written["year"]) if written["year"] else 1911 + int(written["roc"])), written.start()


def _object_before(text: str, opened: int, sentence: Span) -> Piece | None:
    """The object of the last goal verb of the clause right before (鼓励高校院所建设|概念验证中心,|三年内建成3—5个), else None."""
    if opened - 1 <= sentence.start or text[opened - 1] != ",":
        return None
    clause = Piece(text[clause_start(text, opened - 1, sentence) : opened - 1], clause_start(text, opened - 1, sentence))
    verbs = verbs_in(clause.text)
    obj = clean(clause.sub(verbs[-1].end())) if verbs else None
    return obj if obj and 2 <= len(obj.text) <= 20 and not LEADING_NUMBER.search(obj.text) else None


def _own_year(alone: re.Match[str], year: int | None) -> int | None:
    """The year written before a comparator or verb alone (、2027年达到…), else the year in force."""
    return int(alone["year"]) if alone["year"] else year


def _items_before(left: str) -> int:
    """How many items the list that ends right before a number has (A、B和C → 3; no list → 0)."""
    verbs = list(VERB_ANY.finditer(left))
    listed = (left[verbs[-1].end() :] if verbs else left).strip()
    if not listed and "、" in left:  # 下设…攻关、平台建设、企业培育|三个工作专班: the last item ends in a verb
        first = left.rfind(",", 0, left.find("、")) + 1  # the list runs from the verb before its first item
        inner = [v for v in VERB_ANY.finditer(left, first, left.find("、"))]
        listed = left[inner[0].end() if inner else first :].strip()
    if "、" not in listed or re.search(r"(?:、|和|及|与)$|[一二两三四五六七八九十]大", listed):
        return 0
    return len(re.split(r"、|和|及|以及|与", listed.strip()))
