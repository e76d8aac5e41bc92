"""Owners paid for what they own, earn or bear: 对企业和个人获得授权的国内发明专利,每件给予1万元奖励 → 企业和个人, not the
patent counted; 主导制定“浙江制造”标准的,每项奖励20万元 → the body named with the same kind of deed before in the paragraph;
获得美国、日本…授权的发明专利 (places in a condition are never recipients) → the same; 同时对其发生的评估、担保等费用按50%给予补助 →
the body 其 refers to, the recipient of the promise before it. For kg.extract.fundbuild and kg.extract.funding."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import cues
from kg.extract.nouns import PERSON, Recipient, recipient_heads
from kg.extract.recipients import ANYONE
from kg.model import Funding, Span
from kg.vocab import Vocab

PER_THING = re.compile(r"[,\s]*(?:[^,。;的]{2,30}的[,\s]*)?(?:按|按照)?(?:每件|每项|每篇|每部|每套|每台(?:\(套\)|套)?|每个(?=给予|奖励|补助|资助))")  # ,每件给予…: paid per thing counted, not per body (…,首次通过备案的,每个给予: after a condition)
# 获得|美国、日本、欧盟等国家和地区|授权的: places listed in a condition, never recipients
PLACES = re.compile(r"(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}?等?(?:国家和地区|国家或地区|国家|地区)")
THING_FIRST = cues.lazy(lambda: rf"(?P<thing>[A-Za-z\u4e00-\u9fff]{{2,12}}?(?:{cues.alternation('counted_thing')}))(?=进入|通过|获得|获|实现|被)")
OWN_VERB = cues.lazy(lambda: cues.alternation("own_verb"))
BRACKETED = re.compile(r"\([^()]*\)")  # (排名前三): a remark, never a recipient
# 其发生的评估、担保等费用, 其支付的…利息: what the body 其 refers to pays
ITS_COSTS = cues.lazy(lambda: rf"其(?![他余中])(?:实际)?(?:发生|支付|产生|缴纳)?的?[^,。;]{{2,24}}?(?:{cues.alternation('paid_on')})(?:{cues.alternation('put_to_use')})?")  # (其研发设备|购置; not 其他: fund20a)


def _owner(vocab: Vocab) -> re.Pattern[str]:
    heads = "|".join(map(re.escape, recipient_heads(vocab)))
    return re.compile(rf"(?:\([^()]{{1,12}}\))?对?(?P<who>{ANYONE.pattern}|[\u4e00-\u9fff]{{0,10}}?(?:{heads}))(?=(?:{OWN_VERB.pattern}|{cues.alternation('own_verb_named')}|{cues.alternation('fund19a_bought_verb')}))")  # (企业|新购置的…,每台: fund19a)  # ((知识产权)对企业…: a heading before)


def _body(r: Recipient, heads: tuple[str, ...]) -> bool:
    return r.name.endswith(heads) or bool(PERSON.search(r.name)) or ANYONE.fullmatch(r.name) is not None


def owner_instead(text: str, vocab: Vocab, phrase: Span | None, paragraph: int, recipients: list[Recipient]) -> list[Recipient]:
    """The body that gains or makes what is paid per unit, when the recipients read are things, places or remarks."""
    places = [m.span() for m in PLACES.finditer(text, phrase.start, phrase.end)] if phrase else []
    recipients = [r for r in recipients if not BRACKETED.fullmatch(r.name) and not any(s <= r.start and r.end <= e for s, e in places)]
    thing = THING_FIRST.match(text, phrase.start, phrase.end) if phrase and PER_THING.match(text, phrase.end) else None
    if thing:  # PCT国际专利|进入国外国家阶段的,每件再给予…: the thing counted, subject of its condition (not a body named before)
        return [Recipient(thing["thing"], None, thing.start("thing"), thing.end("thing"))]
    if phrase is None or not PER_THING.match(text, phrase.end) or any(_body(r, recipient_heads(vocab)) for r in recipients):
        return recipients
    a = phrase.start
    owner = _owner(vocab)
    own = owner.match(text, a, phrase.end)
    if own:  # 企业和个人|获得授权的国内发明专利
        return [Recipient(own["who"], None, own.start("who"), own.end("who"))]
    if not re.match(rf"(?:{OWN_VERB.pattern})", text[a : phrase.end]):
        return recipients
    earlier = [m for m in owner.finditer(text, paragraph, a) if (m.start() == paragraph or text[m.start() - 1] in "对,;。 )") and OWN_VERB.match(text, m.end())]
    if earlier:  # 获得美国…授权的发明专利 after 对企业和个人|获得授权的…: the body named with such a deed before
        who = earlier[-1]
        return [Recipient(who["who"], None, who.start("who"), who.end("who"))]
    return recipients


def its_costs(text: str, phrase: Span | None, built: list[Funding], before: list[Funding]) -> list[Funding]:
    """对其发生的评估、担保等费用: the lines built for the costs, given to the recipients of the promise before instead."""
    if phrase is None or not before or not built or not ITS_COSTS.fullmatch(text, phrase.start, phrase.end):
        return built
    terms = list(dict.fromkeys(replace(f, recipient="", level=None) for f in built))
    owners = list(dict.fromkeys((f.recipient, f.level) for f in before))
    return [replace(f, recipient=name, level=level) for name, level in owners for f in terms]
