"""Funding: money and support promised (对新认定的…分别给予最高1000万元、100万元、10万元奖补经费) → Funding.

Finding and building are apart, as in spaCy's match()/set_annotations(): `find` cuts each
sentence into promises (`Offer`: who, on what terms, with which instrument, as text spans);
`build` reads the recipients with the vocabulary and the amounts with kg.extract.numbers, and
makes one Funding per recipient and level.

A promise is a money word (奖励, 奖补经费, 补贴, 资金支持 …) after a verb of giving (给予,
予以, 提高 …) or in 以奖励、补贴等方式支持…. Its recipients are named in the 对… phrase before
the verb (对新认定的国家级、省级重点实验室), or, without 对, in the clause before it; when that
phrase names only a condition (对承担国家重大任务的), they are the platforms or enterprises
named last before it in the same paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TypeVar

from kg.extract import cues
from kg.extract.numbers import amounts, ratios
from kg.model import Document, Funding, Span
from kg.vocab import Concept, Vocab

EMITS = (Funding,)
T = TypeVar("T")



def _instrument() -> str:
    """A money word with what may be written around it: 专项资金奖补, 奖励资金, 资金支持, 贷款贴息."""
    money = cues.alternation("money_word")
    return (
        rf"(?:建站|匹配资金|配套资金|专项资金|资金|经费|财政|贷款)?(?:{money})(?:经费|资金)?"
        r"|(?:资金|经费|财政|配套)支持|(?:扶持|引导|奖励)资金|奖金"
    )


INSTRUMENT_RE = cues.lazy(_instrument)
MONEY_SUPPORT = re.compile(r"(?<=元)的?\s*(?:资金|经费)?(?:支持|扶持)")
NOT_MONEY = re.compile(r"机制|制度|办法|标准|政策|体系|所得税|计划|方案|对象|范围|条件")  # 奖励机制, 资助标准
PROMISE = cues.lazy(lambda: cues.alternation("promise"))
MEANS = cues.lazy(lambda: rf"以(?P<instruments>(?:{_instrument()})(?:、(?:{_instrument()}))*)等?(?:方式|形式)(?:鼓励|支持|引导|激励)")
# 对 opening a clause: after a mark, a space or an article heading (第三条对…)
FOR = re.compile(r"(?<![^,:;。!?\s条])\s*(?:[并还可将均再要应]|同时)?对(?![接外标于照比口象])")
FOR_AFTER_PROMISE = re.compile(r"对(?![接外标于照比口象])")
UNIT_BREAK = re.compile(r",(?=\s*(?:[并还可将均再要应]|同时)?对(?![接外标于照比口象]))")
CLAUSE_BREAK = re.compile(r"[,;。:]")
ADVERBIAL_PART = re.compile(r"\s*(?:分别|一次性|视情|适当|适度|均|可|再|按|按照|根据|依据|参照|采取|采用|通过|择优|最高)")
TRAILING_ADVERB = re.compile(r"(?:分别|一次性|视情|适当|适度|均|可|再|择优|并|进一步)+$")
LEVEL_RE = cues.lazy(lambda: rf"(?:{cues.alternation('level')})(?:及?以上)?")
LEVEL_LIST = cues.lazy(lambda: rf"(?:(?:{cues.alternation('level')})(?:及?以上)?[、和及或与]?)+")
SHORT_LEVEL = {"国家": "国家级", "省": "省级", "市": "市级"}  # 省科技型中小企业: only before a vocabulary term
REGION_LEVEL = {"省": "省级", "市": "市级", "区": "区级", "县": "县级"}  # 河北省院士工作站
ESTABLISHED = re.compile(r"(?:(?:经|新)?(?:获批|批准|设立|建设|建立|组建|认定|备案))+(?=[^的,]{2,20}$)")  # …设立X的单位: X is funded
CAP = cues.lazy(lambda: cues.alternation("cap"))
ITEM_SPLIT = re.compile(r"、|以及|和|及|与")
RECIPIENT_TYPES = ("PlatformType", "Platform", "EnterpriseType", "Programme")
MAX_NOUN = 16  # a recipient that is not a vocabulary term is a short noun phrase
SHORT_NOUN = 6  # …and without 的 to mark it off from a condition (对企业给予), a very short one


@dataclass(frozen=True, slots=True)
class Offer:
    """One promise found in the text, as spans of the normalised text."""

    phrase: Span | None  # who: 新认定的国家级、省级、市级重点实验室 (None: look back in the paragraph)
    terms: Span  # on what terms: 给予最高1000万元、100万元、10万元奖补经费
    instrument: str
    start: int  # the evidence
    end: int
    paragraph: int  # where the paragraph starts, for recipients named earlier in it
    means: bool = False  # 以奖励、补贴等方式鼓励链主企业…: the first recipient named is the one


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    level: str | None
    start: int
    end: int


def extract(doc: Document, vocab: Vocab) -> list[Funding]:
    facts: list[Funding] = []
    for offer in find(doc.text, doc.sentences):
        for fact in build(doc, vocab, offer):
            if fact not in facts:
                facts.append(fact)
    return facts


# ---------------------------------------------------------------- finding


def find(text: str, sentences: tuple[Span, ...] = ()) -> Iterator[Offer]:
    """Every promise of money or support, sentence by sentence."""
    for sentence in sentences or (Span(0, len(text)),):
        paragraph = text.rfind("\n", 0, sentence.start) + 1
        start = sentence.start
        for cut in [*(m.start() for m in UNIT_BREAK.finditer(text, sentence.start, sentence.end)), sentence.end]:
            offer = _offer(text, start, cut, paragraph)
            if offer:
                yield offer
            start = cut + 1


def _offer(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    means = MEANS.search(text, start, end)
    if means:
        clause_end = CLAUSE_BREAK.search(text, means.end(), end)
        stop = clause_end.start() if clause_end else end
        terms = Span(means.start(), means.end())
        return Offer(Span(means.end(), stop), terms, means["instruments"], means.start(), stop, paragraph, means=True)
    for instrument in _instruments(text, start, end):
        promises = list(PROMISE.finditer(text, start, instrument.start()))
        if promises:  # the verb nearest the money word: 对研发投入提高较快的企业给予奖励
            verb_start = promises[-1].start()
            break
        if next(amounts(text, instrument.end(), min(end, instrument.end() + 6)), None):
            verb_start = instrument.start()  # 最高奖励100万元: the money word is the verb
            break
    else:
        return None
    terms_end = max([instrument.end(), *(e for _, _, e in amounts(text, instrument.end(), end))])
    inner = FOR_AFTER_PROMISE.search(text, verb_start, instrument.start())
    if inner:  # 加大对区内企业奖励支持: the recipient between the verb and the money word
        phrase = Span(inner.end(), instrument.start())
        return Offer(phrase, Span(verb_start, terms_end), instrument.group(), start, terms_end, paragraph)
    phrase = _phrase(text, start, verb_start)
    first = phrase.start - (text[phrase.start - 1 : phrase.start] == "对") if phrase else start
    terms = Span(phrase.end if phrase else start, terms_end)  # with 按15%, 最高 written before the verb
    return Offer(phrase, terms, instrument.group(), first, terms_end, paragraph)


def _instruments(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The money words of a clause, not those naming rules (奖励机制, 资助标准, 资助计划)."""
    found = [m for m in INSTRUMENT_RE.finditer(text, start, end) if not NOT_MONEY.match(text, m.end())]
    found += MONEY_SUPPORT.finditer(text, start, end)  # 给予30万元支持: an amount makes 支持 money
    return iter(sorted(found, key=lambda m: m.start()))


def _phrase(text: str, start: int, verb: int) -> Span | None:
    """Who is promised: 对…的X, or without 对 the last clause before the verb."""
    opener = None
    for opener in FOR.finditer(text, start, verb):
        pass
    head = opener.end() if opener else start
    closed = text.find("的,", head, verb)  # 对…转化科技成果的,试点开展…给予: the 对 phrase ends at 的,
    if opener and closed >= 0:
        verb = closed + 1
    parts = [head]
    parts += [m.end() for m in CLAUSE_BREAK.finditer(text, head, verb)]
    # drop the adverbial clauses right before the verb (,按绩效评价结果给予 / ,分别给予)
    while len(parts) > 1 and (ADVERBIAL_PART.match(text, parts[-1]) or not text[parts[-1] : verb].strip()):
        verb = parts.pop() - 1
    if ADVERBIAL_PART.match(text, parts[-1]) and not opener:
        return None
    if not opener:
        head = parts[-1]
    phrase = text[head:verb].strip()
    while True:
        trimmed = TRAILING_ADVERB.sub("", phrase).rstrip(" ,")
        trimmed = re.sub(r"(?:按|按照|根据|依据|参照)[^,]*$", "", trimmed).rstrip(" ,")
        if trimmed == phrase:
            break
        phrase = trimmed
    head += len(text[head:verb]) - len(text[head:verb].lstrip())
    return Span(head, head + len(phrase)) if phrase else None


# ---------------------------------------------------------------- building


def build(doc: Document, vocab: Vocab, offer: Offer) -> list[Funding]:
    text = doc.text
    recipients, condition = _recipients(text, vocab, offer)
    if not recipients:
        return []
    terms = text[offer.terms.start : offer.terms.end]
    money = [yuan for yuan, _, _ in amounts(text, offer.terms.start, offer.terms.end)]
    shares = [share for share, _, _ in ratios(text, offer.terms.start, offer.terms.end)]
    levels = _distinct(r.level for r in recipients)
    names = _distinct(r.name for r in recipients)
    facts = []
    pairs: list[tuple[Recipient, Decimal | None]]
    if len(money) > 1 and len(money) not in (len(levels), len(names)):
        pairs = [(r, m) for r in recipients for m in money]  # 一等奖、二等奖的项目,分别给予100万元、50万元
    else:
        pairs = [(r, _amount(money, levels, names, r)) for r in recipients]
    for r, amount in pairs:
        facts.append(
            Funding(
                doc=doc.id,
                recipient=r.name,
                level=r.level,
                amount_yuan=amount,
                cap=bool(CAP.search(terms)) and amount is not None,
                ratio=shares[0] if shares else None,
                one_off="一次性" in text[offer.start : offer.end],
                condition=condition,
                instrument=offer.instrument,
                evidence=doc.evidence(offer.start, offer.end),
            )
        )
    return facts


def _amount(money: list[Decimal], levels: list[str | None], names: list[str], r: Recipient) -> Decimal | None:
    """分别给予1000万元、100万元、10万元: one amount per level (or per recipient) in order."""
    if not money:
        return None
    if len(money) > 1 and len(money) == len(levels):
        return money[levels.index(r.level)]
    if len(money) > 1 and len(money) == len(names):
        return money[names.index(r.name)]
    return money[0]


def _recipients(text: str, vocab: Vocab, offer: Offer) -> tuple[list[Recipient], str | None]:
    """The recipients of an offer and the condition the phrase names (新认定, 从省外引进 …)."""
    if offer.phrase is None:
        return _named_before(text, vocab, offer), None
    a, b = offer.phrase.start, offer.phrase.end
    if offer.means:  # 以奖励、补贴等方式鼓励链主企业组织…: the first one named
        first = _items(text, vocab, a, b, nouns=False)[:1]
        return first, _condition(text[first[0].end : b]) if first else None
    of = text.rfind("的", a, b)
    if of >= 0 and of + 1 < b:  # 对新认定的国家级、省级重点实验室
        recipients = _items(text, vocab, of + 1, b, nouns=True)
        established = ESTABLISHED.search(text, a, of)
        if established and not _hits(vocab, text, of + 1, b):  # 获批设立河北省院士工作站的企事业单位
            platform = _items(text, vocab, established.end(), of, nouns=False)
            if platform:
                return platform, _condition(text[a : established.end()])
        return recipients, _condition(text[a:of])
    if of >= 0:  # 获批省级院士合作重点单位的, / 对承担国家重大任务的,
        inside = _items(text, vocab, a, of, nouns=False) or _leading_nouns(text, vocab, a, of)
        if inside:
            before = text[a : inside[0].start]
            if inside[0].level:  # 获批省级院士合作重点单位: the level is not part of the condition
                before = re.sub(rf"(?:{cues.alternation('level')}|国家|省|市)(?:及?以上)?$", "", before)
            return inside, _condition(before) or _condition(text[inside[-1].end : of])
        named = _named_before(text, vocab, offer)
        levels = [_level(m.group()) for m in LEVEL_RE.finditer(text, a, of)]  # 经认定为国家级、省级的
        if levels and all(r.level is None for r in named):
            named = [replace(r, level=level) for r in named for level in levels]
        return named, _condition(text[a:of])
    named = _items(text, vocab, a, b, nouns=False)  # 对中试平台服务能力提升 / 在国家制造业创新中心…阶段
    if named:
        return named, _condition(text[named[-1].end : b]) if text[a - 1 : a] == "对" else None
    if b - a <= SHORT_NOUN and "、" not in text[a:b] and text[a - 1 : a] == "对":  # 对企业给予
        return [Recipient(text[a:b], None, a, b)], None
    return _named_before(text, vocab, offer), _condition(text[a:b])


def _leading_nouns(text: str, vocab: Vocab, start: int, end: int) -> list[Recipient]:
    """技术转移、技术交易机构促成…的: the list of names that opens a clause, up to its first head word."""
    heads = _heads(vocab)
    ends = [m.end() for h in heads for m in re.finditer(re.escape(h), text[start : min(end, start + MAX_NOUN)])]
    if not ends:
        return []
    first = min(ends)
    return _items(text, vocab, start, start + first, nouns=True)


def _condition(text: str) -> str | None:
    text = text.strip(" ,、的")
    text = re.sub(r"^(?:对|在对)", "", text)
    return text or None


def _items(text: str, vocab: Vocab, start: int, end: int, nouns: bool) -> list[Recipient]:
    """国家级、省级、市级技术创新中心、工程研究中心和企业技术中心 → one Recipient per level and item.

    Vocabulary terms are recipients wherever they stand; with `nouns`, so are the other items
    of a list (技术转移、技术交易机构 → 技术转移机构, 技术交易机构), when no term is there to anchor.
    """
    shared: list[str | None] = [None]
    levels = LEVEL_LIST.match(text, start, end)
    if levels and levels.end() < end:
        shared = [_level(m.group()) for m in LEVEL_RE.finditer(levels.group())]
        start = levels.end()
    found: list[tuple[str, str | None, int, int]] = []
    hits = _hits(vocab, text, start, end)
    pos = start
    for hit_start, hit_end, concept in hits:
        if hit_start < pos:
            continue
        gap = [piece for piece in _pieces(text, pos, hit_start)]
        if nouns:
            found += [(name, lvl, a, b) for name, lvl, a, b in gap[:-1]]
        name, level = _surface(text, vocab, hit_start, hit_end, concept)
        level = level or _level_before(text, vocab, gap[-1][2] if gap else pos, hit_start)
        pos = hit_end + (len(name) - len(text[hit_start:hit_end]) if name.endswith(")") else 0)
        found.append((name, level, hit_start, max(pos, hit_end)))
    if nouns and not hits:
        pieces = _pieces(text, start, end)
        heads = _heads(vocab)
        for i, (name, level, a, b) in enumerate(pieces):
            if not any(name.endswith(h) for h in heads):
                later = next((p[0] for p in pieces[i + 1 :] if any(p[0].endswith(h) for h in heads)), "")
                name += next((h for h in heads if later.endswith(h)), "")
            if len(name) <= MAX_NOUN:
                found.append((name, level, a, b))
    return [Recipient(_unquoted(name), level or lvl, a, b) for name, level, a, b in found for lvl in shared]


def _unquoted(name: str) -> str:
    return re.sub(r"[“”\"]", "", name)


def _pieces(text: str, start: int, end: int) -> list[tuple[str, str | None, int, int]]:
    """The items of a list written out (A、B和C), each with a level written on it."""
    out, a = [], start
    bounds = [(m.start(), m.end()) for m in ITEM_SPLIT.finditer(text, start, end)] + [(end, end)]
    for sep_start, sep_end in bounds:
        if sep_start - a < 2 and sep_start != end:
            continue
        piece = text[a:sep_start].strip()
        level = LEVEL_RE.match(piece)
        if level and level.end() < len(piece):
            out.append((piece[level.end() :], _level(level.group()), a + level.end(), sep_start))
        elif piece:
            out.append((piece, None, a, sep_start))
        a = sep_end
    return out


def _level_before(text: str, vocab: Vocab, start: int, end: int) -> str | None:
    """The level written right before a term: 市级科技创新园区, 省科技型中小企业, 河北省院士工作站."""
    before = text[start:end]
    level = re.search(rf"(?:{cues.alternation('level')})(?:及?以上)?$", before)
    if level:
        return _level(level.group())
    for region_start, region_end, concept in vocab.find(text, start, end):
        if region_end == end and concept.type == "Region":
            return REGION_LEVEL.get(concept.label[-1])
    for short, name in SHORT_LEVEL.items():
        if before.endswith(short) and not re.search(f"[全我本该各城]{short}$", before):
            return name
    return None


def _level(word: str) -> str:
    return re.sub(r"及?以上$", "", word)


def _surface(text: str, vocab: Vocab, start: int, end: int, concept: Concept) -> tuple[str, str | None]:
    """The name as written (a vocabulary surface) and a level written inside it (省博士后创新实践基地)."""
    surface, level = text[start:end], None
    written = LEVEL_RE.match(surface)
    if written and vocab.by_label(surface[written.end() :]) is concept:
        surface, level = surface[written.end() :], _level(written.group())
    for short, name in SHORT_LEVEL.items():
        if surface.startswith(short) and vocab.by_label(surface[len(short) :]) is concept:
            surface, level = surface[len(short) :], name
    parenthesis = re.match(r"\([^()]{1,6}\)", text[end:])
    return surface + (parenthesis.group() if parenthesis else ""), level


def _hits(vocab: Vocab, text: str, start: int, end: int) -> list[tuple[int, int, Concept]]:
    return [hit for hit in vocab.find(text, start, end) if hit[2].type in RECIPIENT_TYPES]


def _named_before(text: str, vocab: Vocab, offer: Offer) -> list[Recipient]:
    """对承担国家重大任务的,…加大资金支持力度: the platforms named last before, in the paragraph."""
    end = offer.start
    for clause in reversed(list(CLAUSE_BREAK.finditer(text, offer.paragraph, offer.start))):
        items = _items(text, vocab, clause.end(), end, nouns=False)
        if items:
            return items
        end = clause.start()
    return _items(text, vocab, offer.paragraph, end, nouns=False)


def _heads(vocab: Vocab) -> tuple[str, ...]:
    """The endings of platform and enterprise names (机构, 中心, 平台 …), learnt from the vocabulary."""
    return tuple(
        sorted(
            {
                surface[-2:]
                for concept in vocab.concepts.values()
                if concept.type in ("PlatformType", "EnterpriseType")
                for surface in (concept.label, *concept.aliases)
                if len(surface) > 2
            }
        )
    )


def _distinct(values: Iterable[T]) -> list[T]:
    seen: list[T] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
