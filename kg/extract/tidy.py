"""Recipients' names tidied once read (fund15b): the verb of giving or a clause glued after a name cut off
(部门和单位|给予通报表扬 → 单位), adverbs of manner before the verb dropped (企业|依法), alternatives joined by
或者 split into one recipient each (企业或者科研团队 → 企业, 科研团队; never 单位或者个人, "whoever"), and the kind
closing a list (诺贝尔奖获得者、两院院士|等顶尖人才) dropped from its last item; a thing read as the recipient
(发明专利, 保险保费) given up for the body that opens the phrase and owns it (对中小企业|自主研发…的发明专利). For
kg.extract.fundbuild."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import cues
from kg.extract.nouns import KIND_AFTER_LIST, PERSON, Recipient, recipient_heads
from kg.extract.recipients import ANYONE
from kg.model import Span
from kg.vocab import Vocab

CUT_AT = cues.lazy(lambda: cues.alternation("recipient_cut_at"))
TAIL_ADVERB = cues.lazy(lambda: rf"(?:{cues.alternation('recipient_tail_adverb')})+$")
LEAD_DETERMINER = cues.lazy(lambda: cues.alternation("recipient_lead_determiner"))
EITHER = re.compile(r"或者|或")
FIELD_KIND = re.compile(r"(?:领域|行业|产业|方向)")  # (…等领域企业: a field's firms, the whole kind each item's)
JOINER = re.compile(r"(?:、|或者|或|和|及)$")
ITEM_BEFORE = re.compile(r"[^\x00-\u2fff、,，;；。:：!?！？\s]{2,24}$")  # the run of Han (and brackets) before a joiner
MAX_RUN, MAX_ITEM = 24, 10
LEAD_MARK = cues.lazy(lambda: rf"^(?:对|为|向|于|(?:{cues.alternation('support_verb')}))+")
VIOLATION = cues.lazy(lambda: cues.alternation("violation_mark"))
PAYER_DEED = cues.lazy(lambda: cues.alternation("payer_deed"))
URGED = re.compile(r"鼓励|引导|带动|吸引|撬动")
MEANS = re.compile(r"(?:通过|采取|采用)[^。;]{2,40}?(?:方式|措施|形式)")
CLAUSE_MARKS = ",，;；。:：\n"
CLAUSE_MARK = re.compile(f"[{CLAUSE_MARKS}]")
MODIFIED = cues.lazy(lambda: cues.alternation("money_word_modified"))
OWNER_ACT = cues.lazy(lambda: cues.alternation("owner_act"))
ACT_LEAD = cues.lazy(lambda: rf"(?:{cues.alternation('owner_act_lead')})+$")  # 中小企业|自主研发并|获得
OPENS_FOR = ("对", "为", "于", "向", "持")  # 对X, 支持X: the phrase names whom
MAX_OWNER = 12
MIN_NAME = 2


def _cut(r: Recipient, heads: tuple[str, ...]) -> Recipient:
    """The name up to the verb of giving or a clause mark, without a determiner opening it or adverbs closing it;
    a name that opens with such a verb is a clause (纳入高端人才推进计划), no name: empty, dropped by the caller."""
    lo, hi = 0, len(r.name)
    cut = CUT_AT.search(r.name)
    if cut and cut.start() == 0:
        return replace(r, name="")
    if cut and cut.start() >= MIN_NAME:
        hi = cut.start()
    lead = LEAD_DETERMINER.match(r.name, 0, hi)
    if lead and hi - lead.end() >= MIN_NAME and _body(r.name[lead.end() : hi], heads):  # 下列|科技成果转化项目 (not 下列|事项)
        lo = lead.end()
    adverb = TAIL_ADVERB.search(r.name, lo, hi)
    if adverb and adverb.start() - lo >= MIN_NAME:  # 企业|依法
        hi = adverb.start()
    return _renamed(r, lo, hi)


def _renamed(r: Recipient, lo: int, hi: int) -> Recipient:
    """The recipient named by r.name[lo:hi], its span moved with it when it was the name's own."""
    if (lo, hi) == (0, len(r.name)):
        return r
    own = r.end - r.start == len(r.name)
    return replace(r, name=r.name[lo:hi], start=r.start + lo if own else r.start, end=r.start + hi if own else r.end)


def _body(name: str, heads: tuple[str, ...]) -> bool:
    return name.endswith(heads) or PERSON.search(name) is not None


def _alternatives(r: Recipient, heads: tuple[str, ...]) -> list[Recipient]:
    """企业或者科研团队: each alternative a recipient when every one is a body or a person (not 单位或者个人)."""
    if ANYONE.fullmatch(r.name) or not EITHER.search(r.name):
        return [r]
    parts = EITHER.split(r.name)
    if len(parts) < 2 or not all(len(p) >= MIN_NAME and _body(p, heads) for p in parts):
        return [r]
    out, pos = [], r.start
    spanned = r.end - r.start == len(r.name)
    for part, sep in zip(parts, [*(m.group() for m in EITHER.finditer(r.name)), ""]):
        out.append(Recipient(part, r.level, pos, pos + len(part)) if spanned else replace(r, name=part))
        pos += len(part) + len(sep)
    return out


def _list_kind(recipients: list[Recipient], heads: tuple[str, ...]) -> list[Recipient]:
    """The last item of a list closed by 等 and its kind (两院院士等顶尖人才): the item alone, as the others are."""
    if len(recipients) < 2:
        return recipients
    last = recipients[-1]
    kind = KIND_AFTER_LIST.search(last.name)
    if kind is None or kind.start() < MIN_NAME or "、" in last.name:
        return recipients
    tail, name = last.name[kind.end() :], last.name[: kind.start()]
    if not _body(tail, heads):
        return recipients  # (扶持措施: no body)
    if any(r.name.endswith(tail) or FIELD_KIND.match(tail) for r in recipients[:-1]):
        return recipients  # 人工智能领域企业、生物医药|等领域企业: the kind is the items' own head, kept
    if any(r.name.endswith(tail[-2:]) for r in recipients[:-1]):  # 银行、担保机构、保险|等金融机构: the head the items share
        name = name if _body(name, heads) else name + tail[-2:]
    if name == last.name[: kind.start()]:
        return [*recipients[:-1], _renamed(last, 0, kind.start())]
    return [*recipients[:-1], replace(last, name=name)]


def tidy(vocab: Vocab, recipients: list[Recipient]) -> list[Recipient]:
    """Every recipient's name cut, split into alternatives, a list's closing kind dropped."""
    heads = recipient_heads(vocab)
    cut = [_cut(r, heads) for r in recipients]
    split = [part for r in cut for part in _alternatives(r, heads)]
    return _list_kind(split, heads)


def owner_first(text: str, vocab: Vocab, phrase: Span | None, recipients: list[Recipient]) -> list[Recipient]:
    """对企业|购买…装备的保险保费, 对中小企业|自主研发并获得授权的发明专利: when only things were read, the body the
    phrase opens with, right before the act by which it owns, makes or bears them."""
    heads = recipient_heads(vocab)
    if phrase is None or not recipients or text[phrase.start - 1 : phrase.start] not in OPENS_FOR:
        return recipients
    if any(_body(r.name, heads) or ANYONE.fullmatch(r.name) for r in recipients):
        return recipients
    act = OWNER_ACT.search(text, phrase.start + MIN_NAME, min(phrase.end, phrase.start + MAX_OWNER + 1))
    noun = text[phrase.start : act.start()] if act else ""
    lead = ACT_LEAD.search(noun)
    noun = noun[: lead.start()] if lead and lead.start() >= MIN_NAME else noun
    adverb = TAIL_ADVERB.search(noun)
    noun = noun[: adverb.start()] if adverb and adverb.start() >= MIN_NAME else noun  # 企业|依法|取得的…收益
    if not act or not noun.endswith(heads) or re.search(r"[的之、,和及与]", noun) or "的" not in text[act.end() : phrase.end]:
        return recipients
    return [Recipient(noun, None, phrase.start, phrase.start + len(noun))]


def no_promise(text: str, sentence: int, start: int, end: int) -> bool:
    """A verb of giving that promises nothing: inside a breach of duty (…未按照规定对有关人员给予奖励的,由…责令改正),
    or modifying a noun after it (基金管理机构对本年度予以资助的|研究项目; 给予奖励的|,不再…: a condition; 基金资助|项目申请)."""
    return VIOLATION.search(text, sentence, start) is not None or text.startswith("的", end) or MODIFIED.match(text, end) is not None


def listed_before(text: str, vocab: Vocab, within: Span, recipients: list[Recipient]) -> list[Recipient]:
    """高校、科研院所或者|新型研发机构的科技成果…: the items listed right before the first recipient read, each a body or
    a person, are recipients too (not across 的, a clause mark or a verb opening the list; only in the promise's own
    paragraph, not in the article declaring whom a law pays)."""
    if not recipients or text[recipients[0].start : recipients[0].end] != recipients[0].name or not within.start <= recipients[0].start < within.end:
        return recipients
    heads, names = recipient_heads(vocab), {r.name for r in recipients}
    first, found, pos = recipients[0], [], recipients[0].start
    while (joiner := JOINER.search(text, max(0, pos - 2), pos)) is not None:
        run = ITEM_BEFORE.search(text, max(0, joiner.start() - MAX_RUN), joiner.start())
        if run is None or (run.start() > 0 and "\u4e00" <= text[run.start() - 1] <= "\u9fff"):
            break  # (加强|高技能人才培训基地: the run longer than an item, a clause)
        lead = LEAD_MARK.search(run.group())
        name = run.group()[lead.end() if lead else 0 :]
        name = name[name.rfind("的") + 1 :]  # 相关类别的|社会组织
        if len(name) < MIN_NAME or len(name) > MAX_ITEM or not _body(name, heads) or name in names or ANYONE.fullmatch(name) or EITHER.search(name):
            break
        found.append(Recipient(name, first.level, joiner.start() - len(name), joiner.start()))
        if lead or len(name) < len(run.group()):
            break
        pos = joiner.start() - len(name)
    return [*reversed(found), *recipients]


def _after_last(text: str, marks: str, end: int) -> int:
    """Where the stretch before `end` opens: right after the last of the marks before it, or 0 (read backwards from
    `end`, not forwards from the document's start for each recipient)."""
    return max(text.rfind(mark, 0, end) for mark in marks) + 1


def urged_payers(text: str, recipients: list[Recipient]) -> list[Recipient]:
    """鼓励|…人民政府和…科技园区|采取发放科技创新券: bodies urged in their clause to pay are no recipients (not 向X发放:
    whom it is paid to; not 通过…风险补偿等方式,鼓励银行…: those paid to do it)."""
    kept = []
    for r in recipients:
        if text[r.start : r.end] != r.name:
            kept.append(r)
            continue
        opens = _after_last(text, CLAUSE_MARKS, r.start)
        closes = CLAUSE_MARK.search(text, r.end)
        after = text[r.end : closes.start() if closes else len(text)]
        deed = PAYER_DEED.search(after)
        urged = URGED.search(text, opens, r.start)
        sentence = _after_last(text, "。;；\n", r.start)
        paid_by_means = MEANS.search(text, sentence, r.start) is not None  # 通过…风险补偿等方式,鼓励…商业银行增加…投入: paid
        if urged and deed and not paid_by_means and not re.search(r"[向对为给]", after[: deed.start()]):
            continue
        kept.append(r)
    return kept
