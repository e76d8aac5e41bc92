"""Taiwan's city and county bureaus, named after their government in full (臺中市政府經濟發展局, 新北市政府研究發展考核委員会).

Mainland texts name a bureau after its place or level (市科技局) or after 人民政府 in a few fixed full forms
(cue list agency_full_form); Taiwan's rules name every city bureau as <city>政府<bureau>, so the government
found by agencynames.agencies goes on through the nouns of the bureau's name to its kind (cue list agency_suffix)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import NOUN, Name, is_body
from kg.extract.words import Word

BUREAU_WORDS = 4  # 经济|发展局, 研究|发展|考核|委员会: at most this many words after 政府 (joining words apart)
BUREAU_NOUN = NOUN | {"vn", "t", "a", "an"}  # 发展, 考核: verbal nouns inside a bureau's name; 青年 (tagged as time), 健康, 安全 (国民健康署, 职业安全卫生署)
BUREAU_JOIN = ("及", "暨")  # 財政|及|經濟|發展|處: two fields joined inside one department's name (twn18)
GLUED_KIND = "处署局"  # a bureau's kind jieba glues to the word after it (處及, 處為, 署得, 局應)
GLUED_AFTER = frozenset("及与为得应于已并将自暨就")


def city_bureaus(text: str, ws: Sequence[Word], found: Sequence[Name]) -> Iterator[Name]:
    """<city>政府 found as an Agency, then its bureau: 台南市政府|经济|发展局 → one Agency (the government stays); a county's
    department written apart as one character (屏東縣政府|農業|處, twn16), or cut with the word after it (觀光|處及, twn18)."""
    starts = {w.start: k for k, w in enumerate(ws)}
    heads = [(n.start, n.end) for n in found if n.type == "Agency" and n.name.endswith("政府") and not n.name.endswith("人民政府")]
    yield from _bureaus(text, ws, starts, heads)


def ministry_bureaus(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """A ministry the vocabulary knows, then its administration cut apart by jieba (衛生福利部|國民|健康|署得): one Agency
    (twn18; kg.extract.heads.sub_bodies reads the agencies whose kind stands as a word of its own)."""
    heads = [(w.start, w.end) for w in ws if w.tag == "@Agency" and w.text.endswith("部")]
    if heads:
        yield from _bureaus(text, ws, {w.start: k for k, w in enumerate(ws)}, heads)


def _bureaus(text: str, ws: Sequence[Word], starts: dict[int, int], heads: list[tuple[int, int]]) -> Iterator[Name]:
    for start, end in heads:
        k = starts.get(end)
        bureau = _bureau_end(ws, k) if k is not None else None
        if bureau is not None:
            yield Name(start, bureau, "Agency", text[start:bureau])


def _bureau_end(ws: Sequence[Word], k: int) -> int | None:
    """Where the bureau whose words start at ws[k] ends: at its kind word (局, 處, 委員會), past fields joined by 及."""
    kinds = cues.words("county_bureau_word")
    counted, j = 0, k
    while j < len(ws) and counted < BUREAU_WORDS:
        word = ws[j]
        if word.tag in ("@Agency", "@Region", "@Organization") or word.text in cues.word_set("partner_manner"):
            return None  # 數位發展部|會同|金融監督管理委員會: another body, with its partner (not one name)
        if j > k and (len(word.text) > 1 and is_body(word.text) or word.text in kinds or word.text in ("局", "署")):  # (農業|處, 產業|局)
            return word.end
        if j > k and len(word.text) > 1 and word.tag in NOUN and word.text.endswith("署") and not word.text.endswith("部署"):  # 職業|安全|衛生署 (not 決策|部署)
            return word.end
        if j > k and word.text[:1] in GLUED_KIND and word.text[1:] in GLUED_AFTER:  # 觀光|處及, 健康|署得: jieba's cut across the kind
            return word.start + 1
        if j == k and _whole_bureau(word.text):  # 本府|勞工處: the bureau one word of jieba's (twn20b)
            return word.end
        joined = j > k and word.text in BUREAU_JOIN and j + 1 < len(ws) and ws[j + 1].tag in BUREAU_NOUN
        if not joined and word.tag not in BUREAU_NOUN:
            return None
        counted += not joined
        j += 1
    return None


OWN_BUREAU = "OwnBureau"  # 本府建設處: a bureau of the rule's own government, named in full by kg.extract.entities
OWN_GOVERNMENT = "本府"


def own_bureaus(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """本府|建設|處, 本|府|工商|旅遊|處: a Taiwan rule names a bureau of its own city or county government after 本府; the
    bureau's words up to its kind, which kg.extract.entities names after the document's government (嘉義市政府建設處;
    ent17d). Not 本府 alone (the government, named where the rule names it)."""
    for i, word in enumerate(ws):
        split = word.text == "本" and i + 1 < len(ws) and ws[i + 1].text == "府"  # jieba's 案由|本|府
        if word.text != OWN_GOVERNMENT and not split:
            continue
        k = i + 2 if split else i + 1
        end = _bureau_end(ws, k) if k < len(ws) else None  # 本府|經濟|暨|綠能|發展|處: fields joined as in a city's bureau (twn20b)
        if end is not None:
            yield Name(word.start, end, OWN_BUREAU, text[ws[k].start : end])


WHOLE_BUREAU_CHARS = 3  # 勞工處, 建設處: a field of two characters and the kind; not 好處, 各處 (two characters, no bureau)


def _whole_bureau(word: str) -> bool:
    """A bureau jieba keeps as one word (勞工處, tagged as an idiom): a field and a county bureau's kind (twn20b)."""
    return len(word) >= WHOLE_BUREAU_CHARS and word.endswith(cues.words("county_bureau_word"))


COUNCIL = "议会"  # a Taiwan city's or county's council (縣議會, 市議會): the Agency that passes its budget and hears its reports
COUNCIL_LEVELS = ("县", "市")


def councils(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """彰化縣|議會, 新北|市議會: a council after its city or county, one Agency as written; 議會, 縣議會 alone: the council
    of the rule's own city or county, which kg.extract.entities names after the document's place (an OWN_BUREAU named
    议会, kg.extract.resolve.own_bureau; twn20b). Not 审议会 or 协议会 (other words of jieba's)."""
    for i, word in enumerate(ws):
        if word.text not in (COUNCIL, *(level + COUNCIL for level in COUNCIL_LEVELS)):
            continue
        before = ws[i - 1] if i else None
        placed = before is not None and len(before.text) >= 2 and (
            word.text == COUNCIL and before.text.endswith(COUNCIL_LEVELS) and len(before.text) >= 3 or word.text != COUNCIL and before.tag == "ns")
        if placed and before is not None:
            yield Name(before.start, word.end, "Agency", before.text + word.text)
        else:
            yield Name(word.start, word.end, OWN_BUREAU, COUNCIL)
