"""Programmes: named programmes, plans, rules and funds (quoted, run by 实施/开展, set up by a verb, a heading of their own).

Finding only, over the words of kg.extract.words; called by names.find, which keys on the sentence first.
The kinds (计划/工程/行动/专项, …制度/…资金) are cue lists of ontology/cues.ttl.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract import honours, ownplans, plans, prizes, titlekinds
from kg.extract.names import AND, MAX_NAME, NOUN, PROGRAMME_KIND, QUOTES, VERB, Name, heading_end
from kg.extract.words import PROPER, Word

GENERIC_START = frozenset({"相关", "有关", "具体", "各类", "年度", "本地区", "本级"})  # 制定|相关科技规划: no name
# After a verb that sets one up, a rule, fund or plan is a programme too (建立…协调制度, 设立…引导基金)
RULE_KIND = cues.lazy(lambda: rf"(?:{cues.alternation('programme_suffix')}|{cues.alternation('rule_suffix')})$")
# A fund named only by 资金/基金 (not 引导基金, 专项资金 …), and a clause that encourages others to set one up
BARE_FUND = cues.lazy(lambda: rf"(?<!{'|'.join(w[:-2] for w in cues.words('rule_suffix') if len(w) > 2 and w[-2:] in ('资金', '基金'))})(?:资金|基金)$")
ENCOURAGED = re.compile(r"(?:鼓励|支持|引导)[^,。;]{0,20}$")
NUMBERED = re.compile(r"[一二三四五六七八九十百千万两几\d]+[大项家个批类]?")
DURATION = re.compile(r"[一二三四五六七八九十两\d]+年")  # 三年, 5年: how long a quoted action runs, part of its name (ent17a)
RUN = re.compile(r"(?:组织|深入|全面|启动|加快|持续)?(?:实施|开展)")
RUN_END = ("实施", "开展")  # what every word RUN matches ends with: tested first, most words end otherwise
# 利用财政资金|设立的…结余资金, 以财政资金安排和|设立的…投资资金: money is what sets these up, so what follows is money of
# a kind (a project's leftover funds, venture capital), no fund of a name (ent15a)
FUNDED_BY = re.compile(r"资金(?:安排)?[和及与、]?$")
GLUED_FUND = ("基金", "奖")  # 科学|基金, 发明|奖 glued by jieba into one word: a fund's or prize's kind (ent15e, ent17a)
JOINED_KINDS = ("基金", "奖")  # 设立|…技术发明奖和|自然科学奖: what 和 joins in a list set up, not 制度和… (a clause; ent17a)
CARRIED_KIND = cues.lazy(lambda: rf"(?:{cues.alternation('carried_out_kind')})$")  # what 开展 runs


def programmes(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Named programmes: quoted (“凤凰英才”计划, “百家科研院所(大学)进唐山”活动), run (实施千家企业
    技术中心培优工程), or a numbered heading of their own ((二)技术创新攻关行动)."""
    advance = cues.word_set("advance_verb")
    for i, word in enumerate(ws):
        if word.text == QUOTES[0]:
            yield from _quoted(text, ws, i)
            yield from honours.honoured(text, ws, i)  # 获评|“全国技术能手”: a title awarded (ent16a)
        elif (word.text in advance or (word.text.endswith(RUN_END) and RUN.fullmatch(word.text))) and i + 1 < len(ws) and not _runs_next(ws, i, advance):
            # 开展|…提升工程, 继续推进|…倍增计划 (ent14a); not 开展|…试点 (pilots the annotators leave out or open)
            carried = not RUN.fullmatch(word.text) or word.text.endswith("开展")
            k = plans.past_whole_place(text, ws, i + 1) if word.text in advance else i + 1
            yield from _run(text, ws, k, carried)
        elif word.tag == "v" and (name := plans.place_plan(text, ws, i, programme_after, RULE_KIND)) is not None:
            yield name  # 纳入|保定市国民经济和社会发展规划: a place's own plan
        elif (word.text in plans.verbs() or word.text in cues.word_set("fund_set_up_verb")) and i + 1 < len(ws) and not FUNDED_BY.search(text, max(0, word.start - 12), word.start):
            # 建立|青年创新创业促进工作协调制度; not 制定|实施国土空间规划 (a verb opens no name), 制定|相关规划;
            # 设立的|A资金、B资金等专项资金: past the 的, and every item of the list
            k = plans.name_start(text, ws, i)  # past 的 (设立的|A资金、B资金) or a joined verb (制定和实施|…规划)
            others = ENCOURAGED.search(text, max(text.rfind(",", 0, word.start), text.rfind("。", 0, word.start), 0), word.start)
            opening = k
            sized = plans.past_amount(ws, i + 1) > i + 1  # 设立|规模100亿元的|…转化基金: a fund by its size (ent14a)
            while k < len(ws) and (ws[k].tag not in VERB or k > opening or plans.fund_opened_by_verb(text, ws, k)) and ws[k].text not in GENERIC_START and ws[k].text not in cues.word_set("introducer"):
                name = programme_after(text, ws, k, kind=RULE_KIND) or prizes.short_prize(text, ws, k, word)  # 市人民政府设立|专利奖 (ent17a)
                not_a_fund = name is not None and BARE_FUND.search(name.name) and (others or _not_a_fund(ws, name)) and not sized
                if name is None or (not_a_fund and (others or k == opening)):
                    break  # 支持社会力量设立|公益性科学研究基金: a kind of fund others may set up, not one named
                fund_only = word.text not in plans.verbs() and (not name.name.endswith(JOINED_KINDS[0]) or name.name in cues.word_set("investment_fund_kind"))  # 组建|…母基金, not 组建|…专班, 组建|股权投资基金 (a kind; ent17a)
                if not not_a_fund and not fund_only and not _no_prize(name.name) and not plans.only_generic(name.name) and not _staff_plan(name.name) and not ownplans.firms_plan(text, word.start, name.name):
                    yield _placed_prize(text, ws, word, name)  # in a list of funds set up, an item with a verb inside (扶持…资金) is passed over, not the rest
                k = next((j for j in range(k, len(ws)) if ws[j].start >= name.end), len(ws))
                if k + 1 >= len(ws) or not (ws[k].text == "、" or ws[k].text == "和" and name.name.endswith(JOINED_KINDS)):
                    break  # 设立|青年科学基金和|自然科学技术著作出版基金: two funds joined (ent15c), two prizes (ent17a)
                k += 1
    heading = heading_end(text, ws[0].start) if ws else None
    if heading is not None:
        first = next((k for k, w in enumerate(ws) if w.start >= heading), None)
        opens = first is not None and first + 1 < len(ws) and ws[first].text in cues.word_set("heading_verb")
        first = first + 1 if opens and first is not None else first  # (六)开展|平行进口汽车试点
        duty = first is not None and ws[first].text in cues.word_set("duty_verb")  # (一)研究|…年度计划: a body's duty
        if first is not None and not RUN.fullmatch(ws[first].text) and not duty:
            name = programme_after(text, ws, first, whole_heading=True)
            if name and not any(_runs(w) for w in ws[first:] if w.end <= name.end) and titlekinds.is_title(text[ws[0].start : ws[-1].end].rstrip("；;")):
                yield name  # not 深入|实施|西安英才计划, 统筹|省科技创新专项资金: a verb opens a task, no title (ent14a); not a heading that runs on as a sentence (一、…令…提出改善计划，经…; ent18a)


def _placed_prize(text: str, ws: Sequence[Word], verb: Word, name: Name) -> Name:
    """省人民政府设立|技术发明奖: a prize a level's government sets up, its level written before its name (ent17a);
    not one named with its place or level already (设立|天津市专利奖, 设立|山东优秀发明家奖, 设立|省级…奖)."""
    first = next((w for w in ws if w.start >= name.start), None)
    placed = prizes.LEVEL.match(name.name) or (first is not None and first.tag in PROPER)
    level = prizes.setter_level(text, verb) if name.name.endswith(cues.words("prize_suffix")) and not placed else ""
    return name._replace(name=level + name.name) if level else name


def _quoted(text: str, ws: Sequence[Word], i: int) -> Iterator[Name]:
    """“Q” + a few words + 计划/工程/行动/专项 → Q…计划; “Q…计划” and “Q”活动 → Q. Not slogans (、 , inside) and
    not a vocabulary programme or enterprise type (“揭榜挂帅”, “专精特新”)."""
    close = next((k for k in range(i + 1, min(len(ws), i + 16)) if ws[k].text == QUOTES[1]), None)
    if close is None or close == i + 1:
        return
    inside = text[ws[i].end : ws[close].start]
    if re.search(r"[、,;:。]", inside) or any(w.tag == "@Programme" for w in ws[i + 1 : close]):
        return
    # an enterprise type quoted (“科技小巨人”) names a programme only with a kind after it (…企业培育工程; ent15a)
    typed = any(w.tag == "@EnterpriseType" for w in ws[i + 1 : close])
    whole = PROGRAMME_KIND.search(inside)  # “台湾AI行动计划”: the kind inside the quotes, the name whole
    ends_kind = whole is not None and whole.end() == len(inside)  # “中小企業創新研發計畫”: the kind closes it, the type a part (twn18)
    if (not typed or ends_kind) and (_named_inside(ws, close, inside) or (whole and whole.start() >= 2 and ws[close - 1].tag[0] in "nv")):
        yield Name(ws[i].start, ws[close].end, "Programme", inside)
        return
    for k in range(close + 1, len(ws)):
        word = ws[k]
        numbered = word.tag == "m" and word.text[:1].isdigit() and k + 1 < len(ws) and PROGRAMME_KIND.search(ws[k + 1].text)  # “5G+工业互联网”|512|工程
        lasting = word.tag == "m" and DURATION.fullmatch(word.text) is not None  # “智改数转”|三年|行动: how long it runs (ent17a)
        if word.end - ws[close].end > 10 or (word.tag not in NOUN | {"@EnterpriseType"} and word.tag not in VERB and not numbered and not lasting):
            return
        if NUMBERED.fullmatch(word.text) and not numbered:
            return  # “强基”“筑巢”“聚才”|三大|工程: a count of programmes the quotes list, no one's name (ent15a)
        rule = _quoted_rule(ws, close, k) and not typed
        if (PROGRAMME_KIND.search(word.text) and word.tag[0] in "nv") or rule:
            while k + 1 < len(ws) and ws[k + 1].tag[0] in "nv" and (PROGRAMME_KIND.fullmatch(ws[k + 1].text) or rule and ws[k + 1].text in cues.word_set("quoted_rule_kind")):
                k += 1  # “科技副总”专项|行动: a kind of two words (ent14a); “苏州制造”认证|制度 (ent15a)
            yield Name(ws[i].start, ws[k].end, "Programme", inside + text[ws[close].end : ws[k].end])
            return


def _quoted_rule(ws: Sequence[Word], close: int, k: int) -> bool:
    """“四体联动”机制, “上海标准”标识|制度: a rule's kind (cue list quoted_rule_kind) right after the quoted short
    name, or after one noun that says what the rule does; not “一企一案”支持|机制 (a verb: what the rule is for)
    nor “民参军”企业|信用|评价|机制 (the quote only a modifier far from the kind) (ent15a)."""
    word = ws[k]
    between = ws[close + 1 : k]
    plain = all(w.tag in NOUN and w.text not in cues.word_set("rule_pair_word") for w in between)  # not “外联内合”体制|机制
    return word.text in cues.word_set("quoted_rule_kind") and len(between) <= 1 and plain


def _named_inside(ws: Sequence[Word], close: int, inside: str) -> bool:
    """The quotes hold the whole name: “Q”活动 and “Q”对接活动 (one noun before 活动), “人工智能+”行动 (an
    initiative named X+, what follows it only its kind), “算力券” (a voucher, cue list quoted_programme_end)."""
    after = [w.text for w in ws[close + 1 : close + 3]]
    event = len(inside) >= 4 and (after[:1] == ["活动"] or (after[1:2] == ["活动"] and ws[close + 1].tag in ("n", "vn", "v")) or _event_after(ws, close))
    plus = len(inside) >= 3 and inside.endswith("+") and bool(after) and PROGRAMME_KIND.fullmatch(after[0]) is not None
    return event or plus or (len(inside) >= 3 and inside.endswith(cues.words("quoted_programme_end")))


def _event_after(ws: Sequence[Word], close: int) -> bool:
    """“百场千企”产学研|对接|活动, “百校千企”校园|引|才|活动: a few words of what the event does (six characters at
    most, nouns, verbs and adverbs) between the quoted name and 活动 (ent15a)."""
    for k in range(close + 1, min(len(ws), close + 6)):
        if ws[k].text == "活动":
            return k > close + 1 and ws[k].start - ws[close].end <= 6
        if ws[k].tag not in ("n", "vn", "v", "d"):
            return False
    return False


def _run(text: str, ws: Sequence[Word], k: int, carried: bool) -> Iterator[Name]:
    """The programmes run from word k on: one, or each of a list that shares the verb (实施|A行动、B行动和C行动,
    each with its own kind; ent14a). Not what is carried out joined to more (开展|技术开发和技术工程承包: work)."""
    k = _past_count(ws, k)
    while k < len(ws):
        if _known_listed(ws, k):
            k += 2  # 实施|产业基础再造工程|、|…攻关工程: the vocabulary's programme found as such, the list goes on (ent17a)
            continue
        name = programme_after(text, ws, k, kind=CARRIED_KIND if carried else None)
        name = _first_joined(text, ws, name) if name and not carried else name
        if not name or (carried and re.search("[和与及]", name.name)) or plans.bare_kind_joined(name.name) or _sets_up(ws, name):
            return
        if not _pilot_of_known(ws, name) and not _staff_plan(name.name):
            yield name
        k = next((j for j in range(k, len(ws)) if ws[j].start >= name.end), len(ws))
        if k + 1 >= len(ws) or ws[k].text not in ("、", "和", "及"):
            return
        k += 1


def _past_count(ws: Sequence[Word], k: int) -> int:
    """实施|一批|重大科技专项, 组织实施|10|项|左右|市级重大科技专项: the word after a count of the programmes run
    (cue lists programme_count, programme_count_measure), else k; the name opens after it (ent17a)."""
    if k < len(ws) and ws[k].text in cues.word_set("programme_count"):
        return k + 1
    if k + 1 < len(ws) and ws[k].tag == "m" and NUMBERED.fullmatch(ws[k].text) and ws[k + 1].text in cues.word_set("programme_count_measure"):
        return k + 3 if k + 2 < len(ws) and ws[k + 2].text == "左右" else k + 2
    return k


def _known_listed(ws: Sequence[Word], k: int) -> bool:
    """实施|产业基础再造工程|、|重大技术装备攻关工程: a programme of the vocabulary opens a list the verb runs; it is
    found as the vocabulary's, and the items after the joiner are read as the verb's too (ent17a)."""
    return ws[k].tag == "@Programme" and k + 2 < len(ws) and ws[k + 1].text in ("、", "和", "及")


def _runs_next(ws: Sequence[Word], i: int, advance: frozenset[str]) -> bool:
    """推进|实施|…专项行动, 加快推进|实施|…: a verb that pushes on is followed by the verb that runs the programme;
    the name is read from that one, the next word (ent16a), not with 实施 at its head."""
    return ws[i].text in advance and i + 1 < len(ws) and ws[i + 1].text.endswith(RUN_END) and RUN.fullmatch(ws[i + 1].text) is not None


def _runs(word: Word) -> bool:
    """A verb no heading's title holds: one that opens a heading, runs or pushes on a programme, or sets money aside."""
    return word.text in cues.word_set("heading_verb") or RUN.fullmatch(word.text) is not None or word.text in cues.word_set("advance_verb") or word.text in cues.word_set("arrange")


def _first_joined(text: str, ws: Sequence[Word], name: Name) -> Name:
    """实施|产业基础再造工程和重大技术装备攻关工程: a joiner after a programme's kind (or a programme of the
    vocabulary) parts two programmes; the first is read, _run goes on past the joiner (ent14a). Not
    重大科学技术项目和工程 (no kind before the joiner: one phrase)."""
    inside = [w for w in ws if name.start <= w.start < name.end]
    for before, joiner in zip(inside, inside[1:]):
        if joiner.text in AND and (before.tag == "@Programme" or PROGRAMME_KIND.search(before.text) and before.tag[0] in "nv"):
            return Name(name.start, before.end, "Programme", text[name.start : before.end].replace(QUOTES[0], "").replace(QUOTES[1], ""))
    return name


def _sets_up(ws: Sequence[Word], name: Name) -> bool:
    """推动|学校制定创新创业人才培养计划: a verb that sets a plan up inside makes it a clause, its subject first."""
    return any(w.text in plans.verbs() for w in ws if name.start < w.start < name.end)


def _pilot_of_known(ws: Sequence[Word], name: Name) -> bool:
    """开展|混合所有制改革|试点: a pilot of a programme of the vocabulary, nothing else before its kind, names
    that programme (the vocabulary's), no new one (ent14a)."""
    inside = [w for w in ws if name.start <= w.start < name.end]
    return len(inside) == 2 and inside[0].tag == "@Programme"


def _staff_plan(name: str) -> bool:
    """制定|人才引进计划, 编制|人才发展规划, 制定|职工培训计划: a plan named only by whom it trains or brings in (cue list
    staff_plan_word) and words of programmes in general is the plan every body draws up for its people, no one
    plan's name; 专利人才培养计划, 大数据人才发展规划 have a field of their own. So are works (实施|重大科技工程,
    设立并组织实施|相关人才工程) and funds of such words (设立|政府性基金: a kind of public money, cue list
    generic_money_word); not 专项 (组织实施|重大科技专项: the annotators name it) (ent15a)."""
    kind = next((k for k in ("规划", "计划", "工程", "基金", "资金") if name.endswith(k)), None)
    if kind is None:
        return False
    money = kind in ("基金", "资金")  # 人才发展专项资金 a government sets up is one (short_named_fund): people name no kind of money
    if kind in ("规划", "计划") and not name.startswith(cues.words("staff_plan_word")):
        return False  # 科技人才培养计划: a field before whom it trains names it (ent13c)
    vocabulary = (*cues.words("generic_money_word"), *cues.words("generic_programme_word"), *(() if money else cues.words("staff_plan_word")))
    rest, said = name[: -len(kind)], set[str]()
    while rest:
        word = next((w for w in vocabulary if rest.startswith(w)), None)
        if word is None:
            return False
        rest, said = rest[len(word) :], said | {word}
    return not money or not said.isdisjoint(cues.words("generic_money_word"))  # 产业发展资金: no word of public money, left


def _no_prize(name: str) -> bool:
    """设立一项省级科学技术奖, 建立…评价和有奖|举报制度: a prize counted or joined to another phrase by 和 names none."""
    return name.endswith(cues.words("prize_suffix")) and ("和" in name or NUMBERED.match(name) is not None)


def _not_a_fund(ws: Sequence[Word], name: Name) -> bool:
    """多渠道筹集职业教育资金的|机制, 利用财政性资金: a verb inside, or a 的 after, makes money no fund's name."""
    inside = [w for w in ws if name.start <= w.start < name.end]
    after = next((w for w in ws if w.start >= name.end), None)
    # a verb after a noun is part of a compound (科技成果|转化|基金, 融资|担保|基金: ent15a); a verb that opens the words
    # or follows another word makes them a clause (筹集职业教育资金), as 与/和 joining two phrases does (…机构与利用财政性资金)
    clause = any(w.tag in VERB and (k == 0 or inside[k - 1].tag not in NOUN) or w.text in AND for k, w in enumerate(inside))
    return clause or (after is not None and after.text == "的")


def programme_after(text: str, ws: Sequence[Word], i: int, whole_heading: bool = False, kind: re.Pattern[str] | None = None) -> Name | None:
    """A noun phrase from word i that ends in 计划/工程/行动/专项 where its clause (or heading) ends.

    Not a count (五大工程) and not a bare kind with one modifier (重大工程).
    """
    while i < len(ws) - 1 and not ws[i].text.strip():
        i += 1
    start = ws[i].start
    for k in range(i, len(ws)):
        word = ws[k]
        if word.end - start > MAX_NAME:
            return None
        # a kind of two words (引导|基金) is read on the text so far, the usual kinds on the word
        if k > i and (word.tag[0] in "nv" or kind and word.tag in ("@PlatformType", "l")) and (kind.search(text, start, word.end) if kind else PROGRAMME_KIND.search(word.text)):
            after = ws[k + 1] if k + 1 < len(ws) else None
            if whole_heading:
                ends = after is None or after.text in ",。;:"
            else:
                ends = after is None or after.tag in ("x", "v", "p", "c", "uj") or after.text == "等" or _counted_after(after)
                ends = ends and not (word.text == "专项" and after is not None and after.tag in ("v", "vn"))  # 实行居住证|专项|加分: how (ent15a)
            shortest = 2 if word.tag == "@PlatformType" or (kind is not None and word.text.endswith(cues.words("short_named_fund")) and ws[i].tag.startswith("n")) else 3  # 设立|专利专项资金 (not 投资基金)
            bare = PROGRAMME_KIND.search(word.text)  # 人才|安居工程: the words of the kind word before its kind (安居) name it too
            before = word.start - start + (bare.start() if bare and kind is None and bare.start() >= 2 else 0)
            before = _own_chars(text, start, word, kind, before)
            named = not NUMBERED.fullmatch(ws[k - 1].text) and before >= shortest
            if ends and named:
                return Name(start, word.end, "Programme", text[start : word.end].replace(QUOTES[0], "").replace(QUOTES[1], ""))
        inside = (
            word.tag in NOUN
            or word.tag in VERB
            or word.tag in ("a", "f", "zg", "@PlatformType", "@EnterpriseType", "@Programme") or (word.tag == "q" and ws[k - 1].tag in PROPER)  # 升|“温度”|行动, 泉城|系列
            or (word.tag == "an" and k > i)  # 开放合作和|安全/an|治理行动: jieba's adjectival noun inside a name, not opening it (ent20a)
            or (word.tag == "i" and kind is not None and k > i)  # 科技创新|人才流动/i|机制: jieba's idiom inside a rule's name (ent15c)
            or (word.tag == "t" and not word.text[0].isdigit())  # jieba tags 青年 a time word
            or (word.tag == "m" and (k == i or ws[k - 1].text == QUOTES[0] or _quoted_count(ws, k)))  # 千家…, “131”…, “十百|千”…
            or _numeral_inside(ws, i, k)  # 中关村|一|区|多|园|…专项资金 (ent15a)
            or _kind_of_inside(ws, i, k)  # 科技创新|类|产业基金 (ent16a)
            # a quote opens the name (“百千”培育计划) or comes after a long part of it (创新创业服务延
            # “广度”行动); after a short modifier the quoted name stands alone (新时代|“凤凰英才”计划)
            or (word.text in QUOTES and (ws[i].text == QUOTES[0] or text.find(QUOTES[0], start) - start >= 4))
            or (k > i and (word.text in AND or word.tag == "d"))  # 关键核心技术和共性技术, 先行|先|试
        )
        if not inside:
            return None
    return None


def _own_chars(text: str, start: int, word: Word, kind: re.Pattern[str] | None, before: int) -> int:
    """设立|青年|科学基金: the characters of the name before its kind, those jieba glued to the kind word (科学) too (ent15e)."""
    if kind is None or len(word.text) <= 2 or not word.text.endswith(GLUED_FUND):
        return before  # not 国土空间规划, 财政资金: a plan's or money's kind word glued to its field names none
    found = kind.search(text, start, word.end)
    return max(before, found.start() - start) if found else before


def _quoted_count(ws: Sequence[Word], k: int) -> bool:
    """链主企业“十百|千”培育计划: a numeral that goes on a run of numerals opened by a quote is part of the quoted
    short name, as the run's first is (ent20a)."""
    j = k - 1
    while j > 0 and ws[j].tag == "m":
        j -= 1
    return j < k - 1 and ws[j].text == QUOTES[0]


def _counted_after(after: Word) -> bool:
    """组织实施重大科技专项|20|项左右: a count in figures right after the kind says how many are run, not more name (ent15a)."""
    return after.tag == "m" and after.text[:1].isdigit()


def _kind_of_inside(ws: Sequence[Word], i: int, k: int) -> bool:
    """设立|科技创新|类|产业基金: 类 (jieba's measure word) between a field and the rest of a name says what kind
    the fund is of, part of its name (ent16a); not 各类 (one word: of every kind) nor 类 opening the phrase."""
    word = ws[k]
    return word.text == "类" and k > i and ws[k - 1].tag in NOUN | VERB and k + 1 < len(ws) and ws[k + 1].tag in NOUN


def _numeral_inside(ws: Sequence[Word], i: int, k: int) -> bool:
    """中关村|一|区|多|园|高精尖…: a one-character numeral between nouns inside a name (一区多园, 一区十六园) is part
    of it; not a count that opens it (五大工程: NUMBERED) nor figures (ent15a)."""
    word = ws[k]
    return word.tag == "m" and k > i and len(word.text) <= 2 and not word.text[0].isdigit() and ws[k - 1].tag in NOUN \
        and k + 1 < len(ws) and ws[k + 1].tag in NOUN
