"""Instruments: the money words of a promise (奖励, 奖补经费, 贷款贴息, 资金支持, 在资金等方面给予支持, an amount
given with no word: A类人才给予200万元), not those naming rules (奖励机制, 资助标准); for kg.extract.funding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import cues
from kg.extract.sizes import AMOUNT_GIVEN, STANDARD_IS

# 按照国家和省有关规定对…: the rules the payer follows, before the 对 phrase
BY_RULE = r"(?:按照|依照|根据)(?:国家|省|市|本市|本省|国家和省|国家和本市|国家和本省)?(?:有关|相关)?规定"


def instrument() -> str:
    """A money word with what may be written around it: 专项资金奖补, 奖励资金, 资金支持, 贷款贴息."""
    money = cues.alternation("money_word")
    return (
        r"奖励金(?!额)|"  # Taiwan's 獎勵金新臺幣一百萬元 (not 奖励金额: the amount of a reward) (twn19)
        rf"(?:建站|匹配资金|配套资金|专项资金|资金|经费|(?<![市省区县])财政|贷款)?(?:{money})(?:经费|资金|(?<=费)(?:补助|补贴))?"
        r"|(?:资金|经费|财政|配套)(?:、[^,。;、]{1,4}?)*等?(?:支持|扶持)|(?:扶持|引导|奖励)资金|奖金"
        r"|(?:(?<=元)|(?<=元的))(?:培养|安家|建站|运行|研究|培训)经费"  # 给予每人50万元培养经费: an amount, then what the money is for
        r"|(?<=给予|予以|给以)(?:资金|经费)保障"  # 对农业技术推广机构给予经费保障 (not 强化资金保障: the payer's own budget)
        r"|(?:(?<=给予|予以|给以)|(?<=\d:\d)|(?<=\d:\d\.\d))(?:[区县市省]级)?(?:配套|匹配)(?:资金|经费)?(?=[,。;]|$)"  # 按1:0.5的比例给予配套, 给予1:1(区级)配套 (not 配套设施, 配套资助)
        r"|(?:(?<=给予|予以|给以)|(?<=给予一次性|予以一次性))(?:建设|运营|运行|启动|工作|科研|项目)?经费(?=\s*(?:最高)?\s*[\d.]+\s*[千万亿]?元)"
        r"|(?<=元)(?:建设|运营|运行|启动|工作|科研|项目)经费"  # 给予每人50万元项目经费 (经费 sized right before)  # 给予建设经费100万元 (经费 sized right after the verb)
        r"|(?<=%给予|%予以)补偿"  # 按照损失本金的60%给予补偿: a share of a loss made good (not 依法给予补偿, compensation at law)
        rf"|{paid_support()}"  # 市级专项资金给予|优先支持, 市财政给予|支持: support money pays (fund19b)
    )


def paid_support() -> str:
    """支持 given by money right before the verb (专项资金给予优先支持, 市财政予以支持): 支持 is money (fund19b)."""
    given = "|".join(p + g for p in cues.words("fund19b_money_payer") for g in cues.words("give") if len(p) == 2 and len(g) == 2)
    return rf"(?<={given})(?:优先|重点|适当|大力)?(?:支持|扶持)"


INSTRUMENT_RE = cues.lazy(instrument)
# 支持 sized by a share before it or an amount after it: 按…10%给予支持, 给予支持,单个项目支持金额最高不超过1亿元
SIZED_SUPPORT = re.compile(r"(?<=%给予|%予以)支持|(?<=给予|予以)支持(?=,?[^。;]{0,20}?(?:金额|额度)(?:最高|不超过|原则上|为|最多)*\s*[\d.]+\s*[万亿]?元)")
# 按…30%给予|揭榜方|支持,单个项目最高不超过1000万元: 支持 after a share and the party paid, capped in the next clause (fund20a)
PARTY_SUPPORT = re.compile("(?=支持)(?:" + "|".join(rf"(?<=%给予[\u4e00-\u9fff]{{{n}}})" for n in range(2, 7)) + r")(?<=[方位业构队者])支持(?=\s*[,;]\s*[^。;]{0,16}?(?:最高|不超过)[^。;]{0,4}?[\d.]+\s*[千万亿]?元)")
# 首期支持|不少于1000万元, 每年支持|最高500万元: 支持 right before the amount (not 支持1000万元以上的项目: a threshold)
SUPPORT_AMOUNT = re.compile(r"(?<![鼓引])支持(?=(?:不少于|不低于|最高|最多|不超过)?\s*[\d.]+\s*[万亿]?元(?!以上|以下|的|及以上))")
MONEY_SUPPORT = re.compile(r"(?:(?<=元)|(?<=元的))\s*(?:综合|配套|一次性)?(?:资金|经费)?(?:支持|扶持)")
# Right after a verb of giving: a list of kinds of support with money among them (给予科研经费、项目资金和
# 创业场地支持), or 扶持 itself (给予重点扶持, 给予引导和扶持; not 政策扶持, a rule)
SUPPORT_LIST = cues.lazy(
    lambda: rf"(?<={cues.alternation('give')})(?:一定的?|相应的?|必要的?)?(?:[^,。;、和及]{{1,6}}[、和及])*"
    r"[^,。;、和及]{0,4}?(?:资金|经费)(?:[、和及][^,。;、和及]{1,6})*?等?(?:支持|扶持|要素保障)"  # (给予用地、资金等要素保障)
    rf"|(?<={cues.alternation('give')})(?:重点|优先|必要的?|适当的?|相应的?|大力)?(?:(?:引导|指导|帮助)[和、])?扶持(?!政策|措施)"
    # a combination with public money in it: 给予“金融+财政+土地+信用”的组合式激励
    rf"|(?<={cues.alternation('give')})“?[^,。;“”]{{0,16}}?(?:财政|资金)[^,。;“”]{{0,16}}?”?的?(?:组合式|综合|组合)?激励"
)
NOT_MONEY = cues.lazy(lambda: cues.alternation("not_money"))  # 奖励机制, 资助标准
# …方面按照有关规定给予支持: the rules the payer follows, between the aspects and the verb
BY_RULE_AFTER = rf"{BY_RULE}|依法"
# 在资金、土地等方面给予支持, 在项目审批、资金安排等方面予以优先支持: money named as one aspect of the
# support, first or anywhere in the list after 在 (the list then starts at 在, so no item is a recipient);
# or 在资金安排上给予倾斜
MONEY_ASPECT = cues.lazy(
    lambda: rf"(?:在(?=[^,。;的]{{0,40}}?(?P<listed>{cues.alternation('money_aspect')})(?!{cues.alternation('not_money')})[^,。;的]{{0,40}}?(?:方面|(?:安排|投入)上|(?<=资金|经费|财政)上))[^,。;的]{{1,40}}?"
    rf"|(?P<money>{cues.alternation('money_aspect')})(?!{cues.alternation('not_money')})(?:[、和及][^,。;、]{{1,6}}?)*)"
    rf"(?:等?方面|(?<=安排|投入|资金|经费|财政)上)(?:{BY_RULE_AFTER})?(?:,?\s*对(?![接外标于照比口象])(?P<who>[^,。;]{{2,40}}?))?"
    r"(?:(?:优先|重点|适当)?(?:给予|予以|给以|提供)(?:优先|重点|适当|大力|政策)?(?:支持|扶持|倾斜)|优先(?:予以)?安排)"  # (提供政策支持 after a money aspect: fund19b)
)  # (资金结算, 资金监管: not money given; …方面,对X予以支持: the recipient after a comma; 在…专项资金方面优先予以安排)


def named(instrument: re.Match[str]) -> str:
    """The money word as written, or 资金支持 for 在资金等方面给予支持 (贴息 for 在贷款贴息等方面给予支持)."""
    if instrument.re is AMOUNT_GIVEN.compiled:
        return "资金"  # A类人才给予200万元: the money word is in the item's heading
    if instrument.re is not MONEY_ASPECT.compiled:
        return instrument.group()
    aspect = instrument["money"] or instrument["listed"]
    return aspect if aspect in cues.word_set("money_word") else aspect + "支持"


# 补贴标准为基地建设投入的25%: the standard is a share of a cost (not 投资额的30%以上, a threshold), the money is sized
STANDARD_SHARE = re.compile(r"(?:标准|金额|额度|比例)为[^,。;%]{0,16}?的\s*\d+(?:\.\d+)?\s*%(?!以上|以下|及以上)")


# Every pattern of `instruments` has one of these inside its match (a money word or aspect, 支持, 配套, an amount's 元/万/亿):
# most clauses have none and are told so by one fast scan (tests/test_extract_perf17.py holds the two readings equal)
MONEY_HINT = cues.lazy(lambda: "|".join(cues.alternation(name) for name in ("money_word", "money_aspect", "money_hint_word")))


def instruments(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The money words of a clause, not those naming rules (奖励机制, 资助标准, 资助计划)."""
    return every_instrument(text, start, end) if MONEY_HINT.search(text, start, end) else iter(())


def every_instrument(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`instruments` without the first scan for a money word (what it is tested against)."""
    found = [m for m in INSTRUMENT_RE.finditer(text, start, end) if not NOT_MONEY.match(text, m.end()) or STANDARD_IS.match(text, m.end()) or STANDARD_SHARE.match(text, m.end())]
    found += MONEY_SUPPORT.finditer(text, start, end)  # 给予30万元支持: an amount makes 支持 money
    found += [m for m in SUPPORT_LIST.finditer(text, start, end) if not any(f.start() < m.end() and m.start() < f.end() for f in found)]
    found += MONEY_ASPECT.finditer(text, start, end)
    found += [m for m in SIZED_SUPPORT.finditer(text, start, end) if not any(f.start() < m.end() and m.start() < f.end() for f in found)]
    found += [m for m in PARTY_SUPPORT.finditer(text, start, end) if not any(f.start() < m.end() and m.start() < f.end() for f in found)]
    found += [m for m in AMOUNT_GIVEN.finditer(text, start, end) if not any(f.start() < m.end() and m.start() < f.end() for f in found)]
    found += [m for m in SUPPORT_AMOUNT.finditer(text, start, end) if not any(f.start() < m.end() and m.start() < f.end() for f in found)]
    return iter(sorted(found, key=lambda m: m.start()))


# The means a promise names (通过提供贷款贴息、以奖代补以及风险补偿等方式,支持X): read by kg.extract.funding
MEANS = cues.lazy(
    lambda: rf"(?:(?<![可所予加难足])以|通过|采取|采用)(?:提供|给予|实施)?"  # 通过提供贷款贴息、以奖代补以及风险补偿等方式
    rf"(?P<instruments>(?:[^,。;、]{{1,8}}[、和])*?[^,。;、]{{0,4}}?(?:{instrument()}|{cues.alternation('fund19b_means_money')})(?:(?:、|以及|和)[^,。;、]{{1,14}}?)*?)"  # (资本注入、风险补偿和奖励补助; 购买服务: fund19b)
    r"等?(?:多种)?(?:方式|形式|措施),?\s*(?:重点)?(?:用于)?(?:(?:鼓励|支持|引导|激励|扶持)(?:[和、](?:鼓励|支持|引导|培育|扶持))?"
    rf"(?!{cues.alternation('others_money')})|加大对(?=[^,。;]{{2,30}}?的?(?:支持|扶持)力度))"
)
# (or 通过风险补偿、资本注入等方式,加大对X的扶持力度: X, up to 的扶持力度; not 引导社会资金投向X: others' money)
# The means, then whom they are for in a 对 or 为 phrase: …等方式,对科技成果转化项目给予支持, …等方式为青年提供安居支持
MEANS_FOR = cues.lazy(
    lambda: rf"(?:(?<![可所予加难足级])以(?![上下内])|通过|采取|采用)(?P<instruments>[^。;]{{0,60}}?(?:{instrument()}|{cues.alternation('fund19b_means_money')})[^。;]{{0,30}}?)"
    r"等?(?:多种)?(?:方式|形式|措施),?\s*(?:对|为)(?P<who>[^,。;]{2,40}?)(?:给予|予以|提供)[^,。;]{0,4}?(?:支持|扶持|资助|奖励|保障)"
)
