"""Taiwan amounts written before the money verb (…者,本府按每人每月新臺幣五千元補助人事費) and a class's top-up
(申請地方創生類補助時,每案得另加計新臺幣二十萬元) → Funding lines, for kg.extract.funding (twn20).

Taiwan's county 辦法 size a per-person subsidy first and name the cost after the verb (按每人每月新臺幣…補助人事費),
where the offer finders look for the money word before its amount; whom it pays is the kind the 者 condition opens
with (申請者|聘用本縣籍青年從事研發工作者). A top-up for one class (另加計) is a sum of its own for that class, as
gold-synth6's convention reads extra sums (the extra amount, no cap). An applicant's kind named after 屬 or 為, its
places after 或, then a raised share (申請者屬原住民族事業,或…偏遠地區者,補助比率得提高至百分之七十): that kind's share."""

from __future__ import annotations

import re

from kg import cues
from kg.extract.numbers import amounts, parse_ratio
from kg.extract.promises import SHARE
from kg.extract.taiwan_grants import KIND_FIRST
from kg.model import Document, Funding

# 按每人每月新臺幣五千元補助人事費, 依每人每年新臺幣三萬元之標準補貼: a per-person amount, then the money verb
PRICED_FIRST = cues.lazy(
    lambda: r"(?:按|依)(?:照)?每(?:人|名|位)(?:每月|每年)?(?P<amount>新台币[^,。;]{1,14}?元)(?:之|的)?(?:标准)?"
    rf"(?P<money>{cues.alternation('twn20_priced_money')})"
)
# 申請者屬原住民族事業,或計畫執行地點位於…偏遠地區者,補助比率得提高至百分之七十: the kind the applicant is, its raised share
KIND_RAISED = cues.lazy(
    lambda: r"申请(?:者|人)(?:属|为|系)(?P<who>[\u4e00-\u9fff]{2,12}?"
    rf"(?:{cues.alternation('recipient_head')}|{cues.alternation('twn20_applicant_kind')}|{cues.alternation('favoured_person')}))"
    r"(?:,|或|者)[^。;]{0,160}?者?,\s*(?:其)?(?:补助)?(?:比率|比例)得?(?:提高|提升|调高)(?:至|到|为)"
    rf"[^,。;]{{0,16}}?{SHARE}"
)
ARTICLE = re.compile(r"\s*第[一二三四五六七八九十百零]+条\s*")
# 申請地方創生類補助時,每案得另加計新臺幣二十萬元: the class applied for, then the extra sum
TOP_UP = cues.lazy(
    lambda: r"申请(?P<who>[\u4e00-\u9fff]{2,10}(?:类|组))(?:之)?(?:补助|奖励)(?:时|者)?,\s*(?:每案|每件|每家)?(?:得|可)?"
    rf"(?:{cues.alternation('twn20_top_up')})(?:补助|奖励)?(?P<amount>新台币[^,。;]{{1,14}}?元)"
)


def priced_first(doc: Document, facts: list[Funding]) -> list[Funding]:
    """The facts, a line for each per-person amount written before its money verb that no fact read, whom the 者
    clause right before it opens with (the rest a condition), and a line for each class's top-up."""
    text = doc.text
    out = list(facts)
    for found in PRICED_FIRST.finditer(text) if "新台币" in text else ():
        clause = max(text.rfind(m, 0, found.start()) for m in "。;\n:") + 1
        article = ARTICLE.match(text, clause)
        clause = article.end() if article else clause  # (第八條　申請者…: the article's number is no part of whom)
        comma = text.rfind(",", clause, found.start())
        kind = KIND_FIRST.fullmatch(text, clause, comma) if comma > clause else None
        sized = next(amounts(text, found.start("amount"), found.end("amount")), None)
        if kind is None or sized is None or _read(doc, out, found.start(), found.end()):
            continue
        cost = re.match(r"[\u4e00-\u9fff]{1,6}?费", text[found.end() : found.end() + 8])
        out.append(Funding(doc.id, kind["who"], None, sized[0], False, None, False, text[kind.end("who") : comma] or None,
                           found["money"] + (cost.group() if cost else ""), doc.evidence(clause, found.end() + (cost.end() if cost else 0))))
    for found in TOP_UP.finditer(text) if "新台币" in text else ():
        sized = next(amounts(text, found.start("amount"), found.end("amount")), None)
        if sized is None or _read(doc, out, found.start(), found.end()):
            continue
        out.append(Funding(doc.id, found["who"], None, sized[0], False, None, False, None, "加计补助", doc.evidence(found.start(), found.end())))
    for found in KIND_RAISED.finditer(text) if "申请" in text else ():
        share = parse_ratio(found["share"])
        if share is None or _read(doc, out, found.start("share"), found.end()):  # (a class's raised share, read already)
            continue
        out.append(Funding(doc.id, found["who"], None, None, True, share, False, None, "补助比率", doc.evidence(found.start(), found.end())))
    return out


# the payer, then whom before its money verb: a 者 condition (…貸款者,本府補貼其…) or a 對 phrase (…政府對返鄉創業之青年,補助…)
PAYER_VERB = cues.lazy(lambda: rf"(?:政府|本府|本部|本会|[局署处])(?:得|应)?(?:一次)?(?:{cues.alternation('twn20_priced_money')})")
CLAUSE_VERB = cues.lazy(lambda: rf"(?:政府|本府|本部|本会|[局署处])(?:得|应)?对(?:于)?[^,。;]{{2,30}},\s*(?:得|应)?(?:{cues.alternation('twn20_priced_money')})")  # …政府對返鄉創業之青年,|補助…
VERB_INSIDE = re.compile(r"[向于在经以从]")
TO_WHOM = re.compile(r"对(?:于)?(?:[^,。;]{0,20}?之)?(?P<who>[\u4e00-\u9fff]{2,10}),")
CAP_NEAR = re.compile(r"(?:最高|上限|至多)(?:补助|补贴)?(?:为)?$")


def unread_payer_sentences(doc: Document, facts: list[Funding]) -> list[Funding]:
    """The facts, and a line for each Taiwan sentence no fact was read from that names its payer and money verb (本府補貼,
    …政府…補助) with whom before it (a 者 condition's kind, or a 對 phrase's head) and an amount in 新臺幣 after it: whom,
    that first amount (a cap when 最高 or 上限 is right before it)."""
    text = doc.text
    if "新台币" not in text:
        return facts
    out = list(facts)
    for sentence in doc.sentences:
        a, b = sentence.start, sentence.end
        verb = PAYER_VERB.search(text, a, b) or CLAUSE_VERB.search(text, a, b)
        if verb is None or "新台币" not in text[verb.end() : b] or _read(doc, out, a, b):
            continue
        first = text.find(",", a, verb.start())
        article = ARTICLE.match(text, a)
        start = article.end() if article else a
        kind = KIND_FIRST.fullmatch(text, start, first) if first > start else None
        whom = TO_WHOM.search(text, start, verb.end())
        who = (kind.start("who"), kind.end("who")) if kind else (whom.start("who"), whom.end("who")) if whom else None
        if who is not None and (cut := VERB_INSIDE.search(text, who[0] + 2, who[1])):
            who = (who[0], cut.start())  # 申請人|向金融機構辦理…者: whom, before the verb its condition opens with
        sized = next((x for x in amounts(text, verb.end(), b) if "新台币" in text[max(verb.end(), x[1] - 4) : x[2]]), None)
        if who is None or sized is None:
            continue
        capped = bool(CAP_NEAR.search(text, max(verb.end(), sized[1] - 10), sized[1] - 3 if text[sized[1] - 3 : sized[1]] == "新台币" else sized[1]))
        out.append(Funding(doc.id, text[who[0] : who[1]], None, sized[0], capped, None, False, None, verb.group()[-2:], doc.evidence(a, sized[2])))
    return out


def _read(doc: Document, facts: list[Funding], start: int, end: int) -> bool:
    """A fact whose evidence overlaps the normalised span: the promise was read already."""
    first, last = doc.starts[start], doc.ends[end - 1]
    return any(f.evidence.start < last and first < f.evidence.end for f in facts)
