"""Whom support measures pay, read from their own shapes, for kg.extract.fundbuild: 对首次入选A、B的|X企业,分别给予a、b — the
titles won in the 对… phrase, one amount each (X only names who holds them); 企业每招收一名|博士后研究人员|,给予每人… —
the person counted, paid per head; 每年遴选A、B和C,经评审入选的,分别给予a、b、c — the kinds listed in a clause before; 对合作担保机构为科技企业提供担保…的损失 — the body that serves others; 对新入选国家…工程、江西省“…计划”、南昌市“…计划”的人才 — a line per programme's level;
对在本区注册的A、B,当年获得的贷款 — every body named before the comma, when what was read is no clean name; (七)奖励投资机构。 — a heading, no promise.

Support measures reward titles gained (国家级专精特新“小巨人”企业、省级专精特新中小企业, 独角兽企业、瞪羚企业) with one amount
per title; the holder's kind after 的 (人工智能企业, 制造业企业) is the same for all and cannot carry the amounts.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.earlier import GAINED
from kg.extract.levels import REGION_LEVEL, list_items
from kg.extract.nouns import Recipient, recipient_heads, unquoted
from kg.extract.numbers import amounts
from kg.extract.promises import Offer
from kg.vocab import Vocab

EACH = re.compile(r"分别")
# a clause's lead before the kinds it lists (每年遴选|顶尖团队、重点团队和创业团队)
LIST_LEAD = cues.lazy(lambda: rf"\s*(?:{cues.alternation('select_lead_manner')})?(?:{cues.alternation('select_lead_verb')})(?:一批|若干)?")
# (七)|奖励投资机构|。对…: an item's heading that opens with the money verb, its promise in the sentences after it
HEADING_BEFORE = re.compile(r"\s*(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)\s*$")
HEADING_AFTER = re.compile(r"。[^\n]{8,}")
HEADING_LONGEST = 16  # characters: 奖励投资机构, 支持创新平台建设
# 对|X|为Y提供…, 对|X|向Y发放…: X serves others, and is the one paid (the bank, the guarantor)
SERVING = re.compile(r"(?<=对)(?P<who>[^,。;为向的]{2,16}?)(?:为|向)[^,。;]{2,30}?(?:提供|发放|开展|办理)")
# X每(新)招收一名|Y|, then 给予每人 (or 按每人): each Y taken on is paid
PER_HEAD = cues.lazy(lambda: rf"每(?:新)?(?:{cues.alternation('hire_verb')})(?:一|1)名(?P<who>[\u4e00-\u9fff“”]{{2,12}}?)\s*[,，]\s*(?:给予|发放)每人")


def titles_won(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """The titles gained in the 对… phrase, when 分别 hands out as many amounts as titles (two distinct names at least);
    else the recipients as read."""
    if offer.phrase is None or text[offer.phrase.start - 1 : offer.phrase.start] != "对":
        return recipients
    a, b = offer.phrase.start, offer.phrase.end
    each = EACH.search(text, b, offer.terms.end)
    of = text.rfind("的", a, b)
    gained = GAINED.search(text, a, of) if each and of > a else None
    if each is None or gained is None or gained.start() - a > 4:  # (首次|入选: the verb opens the phrase)
        return recipients
    count = _amounts_after(text, each.end(), offer.terms.end)
    items = list_items(text, gained.end(), of)
    heads = recipient_heads(vocab)
    names = [name for name, *_ in items]
    if count != len(items) or len(set(names)) < 2 or not all(unquoted(n).endswith(heads) for n in names):
        return recipients
    return [Recipient(name, level, p, q) for name, (_, level, p, q) in zip(names, items)]


def counted_persons(text: str, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """企业每招收一名博士后研究人员,给予每人每年10万元: the person counted is paid, whoever was named before
    (给予企业…, 给予工作站每人…: the body named after the verb, as read)."""
    clause = max(text.rfind(m, 0, offer.terms.start - 1) for m in ",;。\n") + 1
    sentence = max(text.rfind(m, 0, clause - 1) for m in ";。\n") + 1
    head = PER_HEAD.search(text, sentence, offer.terms.end)
    if head is None or not head.start("who") < offer.terms.start <= head.end():
        return recipients
    return [Recipient(head["who"], None, head.start("who"), head.end("who"))]


def listed_before(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """每年遴选顶尖团队、重点团队和创业团队,经评审入选的,分别给予最高1000万元、500万元、200万元: as many kinds listed in a
    clause before (in the sentence) as 分别 hands out amounts, when those read are fewer; else the recipients as read."""
    clause = max(text.rfind(m, 0, offer.terms.start) for m in ",;。\n") + 1
    each = EACH.search(text, clause, offer.terms.end)
    if each is None:
        return recipients
    count = _amounts_after(text, each.end(), offer.terms.end)
    if count < 2 or len({(r.name, r.level) for r in recipients}) >= count:
        return recipients
    heads = recipient_heads(vocab)
    end = clause - 1
    for _ in range(2):  # the clause before, or the one before it
        start = max(text.rfind(m, 0, end) for m in ",;。\n") + 1
        lead = LIST_LEAD.match(text, start, end)
        items = list_items(text, lead.end(), end) if lead else []
        names = [name for name, *_ in items]
        if len(items) == count and len(set(names)) == count and all(unquoted(n).endswith(heads) for n in names):
            return [Recipient(name, level, p, q) for name, (_, level, p, q) in zip(names, items)]
        if start == 0 or text[start - 1] in "。;\n":
            break
        end = start - 1
    return recipients


def serving_body(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """对合作担保机构为科技企业提供担保所发生的代偿损失, 对融资担保机构为中小企业提供的担保业务: the body that serves
    (ending in a recipient's head), not those served nor the loss or business; else the recipients as read."""
    if offer.phrase is None:
        return recipients
    clause = max(text.rfind(m, 0, offer.phrase.start) for m in ",;。\n") + 1
    served = SERVING.search(text, clause, offer.terms.start)
    if served is None or not served.start("who") <= offer.phrase.start <= served.end():
        return recipients
    if not unquoted(served["who"]).endswith(recipient_heads(vocab)):
        return recipients
    return [Recipient(served["who"], None, served.start("who"), served.end("who"))]


def programme_levels(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """对新入选国家重大人才工程、江西省“赣鄱俊才支持计划”、南昌市“洪城计划”的人才: the holders once per level of the
    programmes won, each programme's level its issuer's (国家, a province, a city); else the recipients as read."""
    if offer.phrase is None or len({r.name for r in recipients}) != 1:  # (the holders, at one level or none read)
        return recipients
    a, b = offer.phrase.start, offer.phrase.end
    of = text.rfind("的", a, b)
    gained = GAINED.search(text, a, of) if of > a else None
    if gained is None or gained.start() - a > 4 or not recipients[0].start > of:
        return recipients
    items = list_items(text, gained.end(), of)
    levels = [_issuer_level(text, vocab, p, q) for _, _, p, q in items]
    if len(items) < 2 or None in levels or not all(text[p:q].rstrip("”").endswith(cues.words("programme_suffix")) for _, _, p, q in items):
        return recipients
    return [Recipient(recipients[0].name, level, recipients[0].start, recipients[0].end) for level in dict.fromkeys(levels)]


def _issuer_level(text: str, vocab: Vocab, start: int, end: int) -> str | None:
    """国家重大人才工程 → 国家级, 江西省“…计划” → 省级, 南昌市“…计划” → 市级: the level of the place that opens a programme."""
    if text.startswith("国家", start):
        return "国家级"
    place = next((c for p, q, c in vocab.find(text, start, end) if p == start and c.type == "Region"), None)
    return REGION_LEVEL.get(place.label[-1]) if place is not None else None


def named_first(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """对在我市注册的科技型中小企业、高新技术企业,当年从合作银行获得的…贷款: every body 对 names before the comma (after
    their condition's 的), when a name read still holds a list or a condition, or is no body's; else the recipients as read."""
    if offer.phrase is None or text[offer.phrase.start - 1 : offer.phrase.start] != "对":
        return recipients
    heads = recipient_heads(vocab)
    if recipients and all(r.name.endswith(heads) and "、" not in r.name and "的" not in r.name for r in recipients):
        return recipients
    a = offer.phrase.start
    comma = text.find(",", a, offer.phrase.end)
    if comma < 0 or text.startswith(("以及", "及", "和", "或者", "或", "并"), comma + 1) or "的" not in text[comma : offer.phrase.end]:
        return recipients  # (…人才和团队,以及…组织和个人: one list; 的人才,区级|按: the payer, no condition)
    items = list_items(text, text.rfind("的", a, comma) + 1 or a, comma)
    if not items or not all(unquoted(name).endswith(heads) for name, *_ in items):
        return recipients
    return [Recipient(name, level, p, q) for name, level, p, q in items]


def heading_only(text: str, offer: Offer) -> bool:
    """(七)奖励投资机构。对在我市完成备案的创业投资企业,…给予奖励: the heading of a support measure names what its
    sentences promise; it is no promise of its own (the sentences after it on the line are)."""
    return bool(HEADING_BEFORE.fullmatch(text, offer.paragraph, offer.start) and HEADING_AFTER.match(text, offer.end)
                and offer.end - offer.start <= HEADING_LONGEST and text.startswith(offer.instrument, offer.start)
                and not any(amounts(text, offer.start, offer.end)))


def _amounts_after(text: str, start: int, end: int) -> int:
    """How many amounts 分别 hands out: those in its own clause (分别给予50万元、20万元|,同一企业…: two)."""
    clause_end = min((i for i in (text.find(m, start, end) for m in ",;。") if i >= 0), default=end)
    return sum(1 for _ in amounts(text, start, clause_end))
