"""Helped: promises the main finder leaves, for kg.extract.funding: money verbs in a series of deeds, whom they pay their
object (輔導與補助|直轄市、縣(市)政府|辦理…; 培養、輔導及獎勵|女性科學技術人員; 運用獎勵、補助或輔導計畫協助|事業|導入…), support
strengthened for X in money aspects or after paying means (在经费、师资等方面加强对X的扶持; 综合运用财政…等措施,加强对X的扶持),
support whose recipients the sentence before builds (鼓励企业…联合建立A、B等。…应当在项目、资金等方面给予支持), and the words of the money's kind that end no recipient
(加大对X的扶持补助力度). Items of Taiwan's regulations and of plans are written so: the deed opens the clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg import cues
from kg.extract.aspects import BUILT
from kg.extract.promises import Offer, governments
from kg.model import Funding, Span

# who: a short noun phrase ending in a recipient's head, then what for, or the clause's end (not 补助|款, 奖励|办法: no one)
_WHO = (
    r"(?P<who>(?![其之与和对向为于]|款|金|费|经费|资金|标准|办法|规定|要点|对象|范围|比例|比率|额度|计划|案件|事项)(?=[\u4e00-\u9fff]{{2}})[^,。;:之]{{0,16}}?(?:{head}))"
    r"(?=[,。;:]|$|(?:{deed}))"
)
_HEADS = "{recipient}|{series}"
_PAYER = r"(?:[^,。;]{{0,16}}?(?:{payer}|本部|本会|本署|本局|机关|{body})(?:得|应|可|并|应当|可以|将)?)?"  # 本部得|補助…, 主管机关应|辅导及奖励…
# (新竹市政府|補助…, 臺中市政府經濟發展局|補助…: a body named in full before the money verb, cue list series_payer_body, twn18)

# 輔導與補助X辦理…, 培養、輔導及獎勵X: deeds joined to a money verb, opening the clause
SERIES = cues.lazy(
    lambda: _PAYER.format(payer=cues.alternation("payer"), body=cues.alternation("series_payer_body"))
    + rf"(?:(?:{cues.alternation('series_help_verb')})[、与及和或暨])*(?P<money>{cues.alternation('series_money_verb')})"
    rf"(?:[、与及和或暨](?:{cues.alternation('series_help_verb')}))*"
    + _WHO.format(head=_HEADS.format(recipient=cues.alternation("recipient_head"), series=cues.alternation("series_recipient_head")),
                  deed=cues.alternation("series_deed_after"))
)
# 運用獎勵、補助或輔導計畫協助X…, 以補助、獎勵方式鼓勵X…: money words as the means, whom they help after
MEANS_HELP = cues.lazy(
    lambda: rf"(?:运用|以|透过|通过|采取)(?P<money>(?:(?:{cues.alternation('series_money_verb')}|{cues.alternation('series_help_verb')})[、与及和或]?){{1,5}}?)"
    rf"(?:{cues.alternation('series_means_noun')})(?:{cues.alternation('series_help_verb')})"
    + _WHO.format(head=_HEADS.format(recipient=cues.alternation("recipient_head"), series=cues.alternation("series_recipient_head")),
                  deed=cues.alternation("series_deed_after"))
)
# a later article or sentence that states the caps of the items by number (前項第一款補助金額之上限…)
SIZED_LATER = re.compile(r"第[一二三四五六七八九十\d]{1,3}款[^。;]{0,12}?(?:金额|上限|比率|比例)")
SIZED_LATER_REACH = 600  # characters ahead: the caps follow the list in the same or the next article
LABEL = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,8}:\s*)?")
MONEY_IN = cues.lazy(lambda: cues.alternation("series_money_verb"))
COMMA = re.compile(",")


def series(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """The clause opens with deeds that pay whom they name (輔導與補助X辦理…; 運用獎勵、補助…計畫協助X…): X, every item."""
    if not MONEY_IN.search(text, start, end):
        return aspect_stronger(text, start, end, paragraph)  # no money verb, no series (most clauses: cheap to tell)
    lead = LABEL.match(text, start, end)  # 一、|低碳化:|運用…: the item's label is no part of it
    clauses = [lead.end() if lead else start, *(comma.end() for comma in COMMA.finditer(text, start, end))]  # (政府應編列預算,|補助…)
    found = next((m for at in clauses if (m := SERIES.match(text, at, end) or MEANS_HELP.match(text, at, end)) and MONEY_IN.search(m["money"])), None)
    if found is None:
        return aspect_stronger(text, start, end, paragraph)
    if "贡献" in found["who"]:
        return None  # 奖励在…中作出贡献的人员: a reward for merit, an honour or an employer's to its staff
    if SIZED_LATER.search(text, end, end + SIZED_LATER_REACH):
        return None  # 一、補助中小企業…。…第一項第一款補助金額之上限,每案…: the item is sized where its cap is stated
    who = Span(found.start("who"), found.end("who"))
    money = "、".join(dict.fromkeys(MONEY_IN.findall(found["money"])))
    return Offer(who, Span(found.start(), found.end()), money, found.start(), found.end(), paragraph, nouns=True, items=governments(text, who))


MONEY_PREFIX = cues.lazy(lambda: rf"的(?:{cues.alternation('money_prefix')})+$")


def whom_before_money(text: str, start: int, end: int) -> int:
    """加大对X的|扶持|补助力度, 加大对X的|财政|资金支持力度: where X ends, before the words of the money's kind."""
    kind = MONEY_PREFIX.search(text, start, end)
    return kind.start() if kind and kind.start() - start >= 2 else end


# 鼓励企业与高校联合建立A、B等,…。|…部门应当在项目、资金等方面给予支持: what the sentence before builds, its first clause
BUILT_BEFORE = cues.lazy(lambda: BUILT.format(support=cues.alternation("support_verb"), build=cues.alternation("build_verb")) + r"(?=[,;。])")


def built_before(text: str, paragraph: int, start: int) -> Span | None:
    """The support of a sentence that names no one (…部门应当在资金等方面给予支持) is for what the sentence right before, in
    the paragraph, encourages someone to build (鼓励企业…联合建立|A、B等|,…): A and B."""
    before = text.rfind("。", paragraph, start - 1) + 1 or paragraph
    if before >= start or text[start - 1] not in "。":
        return None
    built = BUILT_BEFORE.match(text, before, start)
    return Span(built.start("who"), built.end("who")) if built else None


# 在经费、师资等方面加强对X的扶持, 在资金等方面加大对X的支持力度: the aspects first, then whom the support is for
# (fund17c) …or the means a body uses, closed by 措施/方式/手段 and a comma (综合运用财政、税收等方面的措施,加强对X的扶持); a means
# that pays is a money aspect or a service bought (在平台建设、购买服务等方面加强对X的扶持): money, not only guidance
_MEANS = r"(?:{money}|{bought})(?!{rule})"
ASPECT_STRONGER = cues.lazy(
    lambda: (
        lambda means: rf"(?:在(?=[^,。;的]{{0,40}}?{means})[^,。;的]{{1,40}}?等?方面"
        rf"|(?:综合)?运用(?=[^,。;]{{0,40}}?{means})[^,。;]{{1,40}}?(?:{cues.alternation('means_closer')})\s*,\s*)"
        r"(?:进一步)?(?:加强|加大|强化)对(?P<who>[^,。;]{2,40}?)的?(?:扶持|支持|资助)(?:力度)?(?=[,。;]|$)"
    )(_MEANS.format(money=cues.alternation("money_aspect"), bought=cues.alternation("paying_means"), rule=cues.alternation("not_money")))
)


def aspect_stronger(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """在经费、师资等方面加强对X的扶持: X, read with the vocabulary."""
    found = ASPECT_STRONGER.search(text, start, end)
    if found is None:
        return None
    kinds = [m.end() for m in KIND_AFTER.finditer(text, found.start("who"), found.end("who"))]  # 技术转移等|科技中介机构: the kind
    who = Span(kinds[-1] if kinds else found.start("who"), found.end("who"))
    return Offer(who, Span(found.start(), found.end()), "资金支持", found.start(), found.end(), paragraph, nouns=bool(kinds))  # (read as a noun)


KIND_AFTER = re.compile(r"(?<![高同平均])等(?=[\u4e00-\u9fff]{2})")  # …转化和技术转移等|科技中介机构 (not 高等学校)


# another article named as the rule a promise follows (,得依第八條規定|予以補助; 主管機關得依本條例第十條規定|給予獎勵):
# a clause of its own before the verb, no one's name (the body before it pays)
ARTICLE = r"(?:本(?:条例|办法|法|细则|规定))?(?:第[零一二三四五六七八九十百\d]+条(?:之[一二三四五六七八九十])?|前[一二三]?[条项]|本[条项])(?:第[零一二三四五六七八九十\d]+[项款])*"
ARTICLE_RULE = cues.lazy(
    lambda: rf"\s*(?:[^,。;的之]{{0,12}}?(?:{cues.alternation('payer')}|机关|本部|本会|本署|本局))?(?:得|应|可|并|应当|可以)?"
    rf"(?:依|依照|依据|按照|根据){ARTICLE}(?:之|所定之?)?规定\s*$"
)
# 前項業者, 第五條所定之團體: the article that named them before is no part of their name
ARTICLE_LEAD = re.compile(rf"^(?:符合|依|依照)?(?:{ARTICLE})(?:所定|之?规定)?之?(?=[\u4e00-\u9fff]{{2}})")  # (符合前條規定之|事業)


ARTICLE_ONLY = re.compile(rf"(?:{ARTICLE})(?:所定|规定)?之?")


def article_rule(text: str, start: int, end: int) -> bool:
    """,得依第八條規定|予以補助: the clause only names the article whose rule the promise follows."""
    return bool(ARTICLE_RULE.fullmatch(text, start, end))


def past_article(fact: Funding) -> Funding:
    """前項|業者, 第五條所定之|團體: the name past the article that named them before; that article alone is no condition."""
    lead = ARTICLE_LEAD.match(fact.recipient)
    only = fact.condition is not None and ARTICLE_ONLY.fullmatch(fact.condition)
    if not lead and not only:
        return fact
    return replace(fact, recipient=fact.recipient[lead.end() :] if lead else fact.recipient, condition=None if only else fact.condition)


# …部门应当加强A、B、C的组织建设,并按照规定给予补贴; 支持各类园区开辟A和B,并…给予奖励补助: what the payer strengthens or
# has opened, then 并 and the money (kg.extract.aspects reads 建设/建立X,并给予…)
STRENGTHENED = cues.lazy(
    lambda: rf"(?:(?:加强|推进|加快|规范)(?P<built>[^,。;]{{2,40}}?)的(?:组织|规范化|标准化|能力)?建设"
    rf"|(?:{cues.alternation('support_verb')})[^,。;]{{0,20}}?开辟(?P<opened>[^,。;]{{2,40}}?))"
    rf"(?:,\s*(?:{cues.alternation('build_verb')})[^,。;]{{2,60}}?)?"  # (…开辟A和B,|建立…平台|,并…给予: one more thing built between) (fund20b)
    r",\s*(?:并且|并)[^。;]{0,60}$"
)


def strengthened(text: str, start: int, verb: int) -> Span | None:
    """加强|A、B的|组织建设,并…给予补贴; 支持园区开辟|A和B|,并…给予: A and B."""
    found = STRENGTHENED.search(text, start, verb)
    if found is None:
        return None
    group = "built" if found["built"] else "opened"
    return Span(found.start(group), found.end(group))
