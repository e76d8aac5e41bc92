"""Funding sizes: the amounts and shares a promise gives — not the rate it is sized by (每平方米每月20元),
the loan it subsidises (贷款额度最高…) — and the shares written around it (按研发投入的20%, 不超过…30%,
補助其研發費用百分之四十, 按1:1比例对…配套); for kg.extract.funding.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg import cues
from kg.extract import examples, payershare
from kg.extract.numbers import MONEY, amounts, parse_number, parse_ratio, plain, ratios
from kg.extract.promises import SHARE
from kg.model import Span

PCT = r"(?P<pct>\d+(?:\.\d+)?\s*%|百分之[零一二三四五六七八九十点]+|(?<!百)[二三四五六七八九十]分之[一二三四五六七八九])"  # 30%, 百分之四十, 二分之一
# A share named as the measure of the money or its cap, before or after the promise: 不超过设备购置额20%的补助,
# 补助比例不超过建设投入的30%, 贴息比例为贷款利息的50%
CAPPED_SHARE = re.compile(rf"(?:比例|比率|不超过|不高于|最高|为)[^,。;%]{{0,16}}?的?\s*{PCT}")
RATIO_IS = re.compile(r"(?:比例|比率|额度|标准)(?:原则上)?(?:(?:,\s*以)?(?:为|不得超过|不超过|不高于|最高(?:不超过)?|提高至|提高到|提高为|上调至)|,?\s*以(?=[^,。;]{0,20}?为(?:上限|限)))[^,。;%]{0,16}?(?:\d+(?:\.\d+)?\s*%|百分之)")  # (補助比率,以不超過…百分之六十; 补助比率以百分之五十为上限; 资助额度为项目总投入的30%)
NOT_MONEY = cues.lazy(lambda: cues.alternation("share_not_money"))  # 持股比例…的20%, 两级财政按照6:4比例: no share of the money
# The money is sized by a base: 按研发投入的20%, 按照实际投资额的30%
BASED_SHARE = re.compile(rf"按(?:照)?[^,。;:]{{0,24}}?的?\s*{PCT}")
SHARE_BEFORE = re.compile(BASED_SHARE.pattern + r"\s*(?:的|予以|进行)?$")  # 按…的30%|跟投, 按…的30%予以|兑付
# 補助其研發費用百分之四十: a share of what the recipient spends, right after it (not a threshold: 5%以上)
COST_SHARE = re.compile(rf"(?:费用|经费|总经费|金额|总额|投资额|支出|成本|价款|租金|房租|费|薪资|工资|利息)(?:的|之)?\s*{PCT}(?![以之]?(?:以上|以下))")
# 補助|研發費用百分之五十: the money word is the verb (not 资助金额的20%, 奖励的份额…总额的70%: nouns)
SHARE_AFTER = re.compile(rf"(?!金额|总额|额|费用|经费|资金)其?[^,。;的]{{0,10}}?{COST_SHARE.pattern}")
STATUTORY_SHARE = re.compile(rf"提取[^,。;]{{0,12}}?(?:不低于|不少于|不高于|不超过)?\s*{SHARE}")
# 单个企业不超过300万元, 每家每年最高20万元: the recipient written with the cap
PER_RECIPIENT = re.compile(r"\s*(?:单个|每个|每家|每户|每一)(?P<who>企业|项目|单位|机构|平台|团队|园区|申请者|申请人)")  # (Taiwan's 每一企業, 每一申請者)
# whom each amount is for, alone before the verb with its cap (每一企業最高|補助…, 每家企业每年最高|奖励…)
PER_RECIPIENT_ALONE = cues.lazy(lambda: rf"{PER_RECIPIENT.pattern}(?<!项目)(?:每年|每年度)?(?:{cues.alternation('cap')})*")  # (单个项目最高: per project, no one)
# A capped amount ending the phrase before a rate's money word (補助金額:每家最高新臺幣十萬元,|補助|比率不得超過…)
AMOUNT_BEFORE_RATE = cues.lazy(lambda: rf"(?:{cues.alternation('cap')})+\s*(?:新台币)?\s*{MONEY.pattern}\s*$")
# The same cap written first, as a clause of its own: 单个企业最高不超过300万元,按研发投入的20%给予补助
CAP_FIRST = cues.lazy(
    lambda: rf"\s*(?:{PER_RECIPIENT.pattern})(?:每年|每年度)?(?:{cues.alternation('cap')})*(?:不超过|不高于)?\s*[\d.]+\s*[万亿]?元\s*"
)
RATE_PER = re.compile(r"每(?:平方米|平米|亩|千瓦时?|吨|度)(?:每(?:月|年|天|日))?[^,。;]{0,4}?$")  # a rate per unit of area, energy …
# …给予50万元补助,其中设备购置补助最高20万元: a part of the sum named before (not 其中国家级的…: a level of its own)
PART_OF = cues.lazy(lambda: rf"[,;]\s*其中(?!{cues.alternation('level')}|{cues.alternation('short_level')})[^,。;]*$")
PART_OPENS = cues.lazy(lambda: rf"[,;]\s*其中(?!{cues.alternation('level')}|{cues.alternation('short_level')})")
LOAN_SIZE = re.compile(r"(?:贷款|借款|授信|融资)(?:额度|金额|总额|规模)[^,。;]{0,6}?$")  # the loan, not the subsidy
SHARE_RUN = re.compile(r"(?:\d+(?:\.\d+)?\s*%|百分之[零一二三四五六七八九十点]+)(?:[、和及]\s*(?:\d+(?:\.\d+)?\s*%|百分之[零一二三四五六七八九十点]+))+")
WINDOW = 12  # characters before an amount read for what it measures
# 可申请|最高300万元|的创业担保贷款: a loan sized after the amount (not 50万元的贷款贴息: the subsidy of a loan; not
# 可享受最高300万元的贴息贷款: a subsidised loan, read as the promise by fund11)
LOAN_AFTER = re.compile(r"(?:以内|以下)?的?(?:(?!贴息|补贴)[\u4e00-\u9fff]){0,6}?(?:贷款|借款|授信)(?!贴息|补贴|补助|风险补偿|奖励|利息)(?=[,。;]|$)")
# An amount given with no money word in its clause (A类人才给予200万元;): the amount is the money
# (or a list of them, one per level or grade: 分别给予|100万元、50万元)
UNNAMED_MONEY = re.sub(r"\?P<\w+>", "?:", MONEY.pattern)
AMOUNT_GIVEN = cues.lazy(
    lambda: rf"(?<={cues.alternation('give')})(?:{cues.alternation('cap')})*\s*(?:一次性)?\s*{MONEY.pattern}"
    rf"(?:\s*(?:、|和|及)\s*(?:{cues.alternation('cap')})*\s*{UNNAMED_MONEY})*(?=\s*(?:[,。;]|$))"
)
# 奖励标准为每家50万元, 补助标准为每个基站1万元, 补助标准:每家20万元 (a guide's field): an amount
STANDARD_IS = re.compile(r"(?:标准|金额|额度)(?:为|是|:\s*)(?:每[家个项件人台套所名户][\u4e00-\u9fff]{0,6}?)?\s*(?P<amount>[\d.]+\s*[万亿]?元)")
# (the unit may come between: 补助金额每案以…为上限, 获补助总额以…为限, 补助,每案以…为上限; 之补助,以不超过…为原则; or nothing: 补助以…为上限)
CEILING_IS = re.compile(
    r"(?:(?:金额|额度|款|总额)(?:之?上限|,?\s*)|之?上限|(?=以[^,。;]{1,14}?为上限)|,\s*(?=每一?(?:[案件项家户]|计划)|(?:每年)?以(?:不得超过|不超过|不高于|新台币|人民币)))(?:每一?(?:[案件项家户]|计划)(?:每年)?|每年)?(?:以|不得超过|不超过|不得高于|最高为?|为|得?(?:提高|调高)(?:为|至|到))\s*(?:新台币|人民币)?\s*"
)
MAY_GIVE = re.compile(r"[^获取所值难记使应赢]得|[酌准另均得]予|得获")  # Taiwan's 得補助, 酌予獎勵, 得獲補助: the money word is the verb (not 获得奖励)


# an amount that bounds a tier, closing a condition (营业收入1亿元以上的, 5000万元–1亿元的,): no money given
THRESHOLD = cues.lazy(
    lambda: r"\s*(?:(?:及?以上|以下|(?:[–—~-]|至|到)\s*[\d.]+\s*[千万亿]?元(?:以下|以上)?)?的\s*[,:]"
    rf"|(?:及?以上|以下)的(?!\s*(?:{cues.alternation('money_word')}|支持|扶持)))"  # (营业收入5亿元以上的企业应当…: a bound on whom)
)


def given(text: str, terms: Span) -> list[tuple[Decimal, int, int]]:
    """The amounts a promise's terms give: not a loan's size; not a part of the sum named before it (其中设备购置补助…);
    not a rate when a total is also named (按每平方米每月20元的标准…,最高30万元: the cap is what a recipient gets); a rate
    alone is the amount per unit, as 每件5000元 is."""
    spans = [span for span in amounts(text, terms.start, terms.end)
             if not LOAN_SIZE.search(text, max(terms.start, span[1] - WINDOW), span[1]) and not LOAN_AFTER.match(text, span[2])]
    spans = [span for span in spans if not PART_OF.search(text, max(terms.start, span[1] - 2 * WINDOW), span[1])] or spans
    spans = [span for span in spans if not THRESHOLD.match(text, span[2])]  # (分档给予奖励:营业收入1亿元以上的,给予…: a tier's bound)
    spans = [span for span in spans if not examples.in_example(text, span[1], terms.start)]  # (例如…1000万元,可获…50万元): an illustration (fund19a)
    spans = payershare.totals(text, terms.start, spans)  # (奖励20万元,其中市财政15万元: the total)
    totals = [span for span in spans if not RATE_PER.search(text, max(terms.start, span[1] - WINDOW), span[1])]
    rates = [span for span in spans if span not in totals]
    if rates and totals and all(_ceiling_after(text, rates[-1][2], span[1]) for span in totals):
        return rates  # (每月每平方米不超过15元,单个企业每年最高不超过10万元: the rate, the ceiling a note; gold-synth4's convention)
    return totals or spans


# 单个企业每年最高 / 每家企业年度补贴不超过 / 最高不超过: a ceiling on one recipient's money over a year, in a clause of its own (fund17a)
RECIPIENT_CEILING = cues.lazy(
    lambda: rf"[,;]\s*(?:(?:{cues.alternation('recipient_scope')})[\u4e00-\u9fff]{{0,6}}?)?(?:{cues.alternation('per_year_word')})?[^,。;\d]{{0,8}}?(?:{cues.alternation('cap')})"
)


def _ceiling_after(text: str, rate_end: int, at: int) -> bool:
    """Whether the amount at `at` is a recipient's ceiling written in a clause after the rate ending at `rate_end`."""
    clause = max(text.rfind(mark, rate_end, at) for mark in ",;")
    return clause >= 0 and bool(RECIPIENT_CEILING.match(text, clause)) and RECIPIENT_CEILING.match(text, clause).end() <= at


def before_part(text: str, terms: Span) -> str:
    """The terms up to a part of the sum they name (给予50万元补助|,其中设备购置补助最高20万元: 最高 caps the part only)."""
    part = re.search(r"[,;]\s*其中", text[terms.start : terms.end])
    whole = text[terms.start : terms.end]
    return whole[: part.start()] if part and PART_OF.search(whole, part.start()) else whole


def shares(text: str, start: int, terms: Span, paragraph: int) -> list[Decimal]:
    """The shares of a promise starting at `start`, first found first: matching ratios in its terms or
    written before it in its clause (按照1:1比例|对…予以配套), shares it is based on, capped at, of a cost,
    and statutory shares (提取不低于30%) in its sentence."""
    clause = max(text.rfind(mark, paragraph, start) for mark in ",;。") + 1 or paragraph
    sentence = max(text.rfind(mark, paragraph, start) for mark in "。;") + 1 or paragraph
    terms = Span(terms.start, _whole_end(text, terms))  # (…最高補助500萬元,|其中屬設備…部分,補助金額不得超過…二分之一: a part's rate)
    found = [share for share, a, b in ratios(text, terms.start, terms.end) if not _not_money(text, a, b)]
    found += [share for share, a, b in ratios(text, clause, start) if not _not_money(text, a, b)]
    found += _pct(BASED_SHARE, text, start, terms.end)
    found += _pct(CAPPED_SHARE, text, terms.start, terms.end)  # (not in the condition)
    found += _pct(COST_SHARE, text, terms.start, terms.end)
    return found + [q for m in STATUTORY_SHARE.finditer(text, sentence, terms.end) if (q := parse_ratio(m["share"])) is not None]


def _whole_end(text: str, terms: Span) -> int:
    """Where the terms of the whole sum end: before a part named after an amount (其中设备购置…不超过50%), whose rate is
    the part's, not the case's."""
    part = PART_OPENS.search(text, terms.start, terms.end)
    return part.start() if part and next(amounts(text, terms.start, part.start()), None) else terms.end


BASED_RUN = re.compile(r"(?:[^,。;、%]{1,12}的\s*[\d.]+%、)+[^,。;、%]{1,12}的\s*[\d.]+%")  # 利息的50%、评估费的30%: a share of each base


def distributed(text: str, terms: Span) -> list[Decimal]:
    """分别按建设投入的30%、20%: the shares listed after 分别, in order; without 分别 only shares of bases named each (按贷款利息的50%、
    评估费的30%: fund19a)."""
    if "分别" not in text[terms.start : terms.end] and "分别" not in text[max(0, terms.start - 2) : terms.start]:
        based = BASED_RUN.search(text, terms.start, terms.end)
        return [q for m in re.finditer(r"[\d.]+%", based.group()) if (q := share(m.group())) is not None] if based else []
    run = SHARE_RUN.search(text, terms.start, terms.end)
    return [q for piece in re.split(r"[、和及]", run.group()) if (q := share(piece.strip())) is not None] if run else []


def _pct(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[Decimal]:
    return [q for m in pattern.finditer(text, start, end) if not _not_money(text, m.start(), m.end()) and (q := share(m["pct"])) is not None]


def _not_money(text: str, start: int, end: int) -> bool:
    """持股比例原则上不超过被投企业总股本的20%, 市、区两级财政按照6:4比例: a stake's share or the payers' split, not the money's."""
    clause = max(text.rfind(mark, 0, start) for mark in ",;。") + 1
    return bool(NOT_MONEY.search(text, clause, end))


def share(written: str) -> Decimal | None:
    """30% → 0.3, 百分之四十 → 0.4, 二分之一 → 0.5."""
    fraction = re.fullmatch(r"(.)分之(.)", written)
    if fraction is None:
        return parse_ratio(written)
    whole, part = parse_number(fraction[1]), parse_number(fraction[2])
    return plain(part / whole) if whole and part is not None else None


def base_of_share(text: str, given: re.Match[str]) -> bool:
    """Whether the noun after the verb opens the base of a share (给予|合作项目|实际支付金额30%的), not a party (技术输出方)."""
    return bool(next(ratios(text, given.end("who"), given.end()), None)) and not given["who"].endswith(cues.words("party_head"))
