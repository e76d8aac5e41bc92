"""Taiwan's city and county bureaus, named after their government in full (臺中市政府經濟發展局, 新北市政府研究發展考核委員会),
and its national universities (國立成功大學, 國立嘉義大學).

Mainland texts name a bureau after its place or level (市科技局) or after 人民政府 in a few fixed full forms
(cue list agency_full_form); Taiwan's rules name every city bureau as <city>政府<bureau>, so the government
found by names.agencies goes on through the nouns of the bureau's name to its kind (cue list agency_suffix)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import NOUN, Name, is_body
from kg.extract.words import Word

BUREAU_WORDS = 4  # 经济|发展局, 研究|发展|考核|委员会: at most this many words after 政府
OWN_GOVERNMENT = "本府"  # a Taiwan rule's own city or county government, its bureaus named after it (本府建設處)
BUREAU_NOUN = NOUN | {"vn"}  # 发展, 考核: verbal nouns inside a bureau's name


def city_bureaus(text: str, ws: Sequence[Word], found: Sequence[Name]) -> Iterator[Name]:
    """<city>政府 found as an Agency, then its bureau: 台南市政府|经济|发展局 → one Agency (the government stays); a county's
    department written apart as one character (屏東縣政府|農業|處, twn16)."""
    starts = {w.start: k for k, w in enumerate(ws)}
    own = [Name(w.start, w.end, "Agency", w.text) for w in ws if w.text == OWN_GOVERNMENT]  # 本府|建設|處 (twn17)
    for name in [*found, *own]:
        if name.type != "Agency" or not name.name.endswith(("政府", OWN_GOVERNMENT)) or name.name.endswith("人民政府"):
            continue
        k = starts.get(name.end)
        if k is None:
            continue
        for j in range(k, min(k + BUREAU_WORDS, len(ws))):
            word = ws[j]
            if j > k and (len(word.text) > 1 and is_body(word.text) or word.text in cues.words("county_bureau_word")):  # (農業|處)
                yield Name(name.start, word.end, "Agency", text[name.start : word.end])
                break
            if word.tag not in BUREAU_NOUN:
                break


NATIONAL = "国立"  # Taiwan's national universities and colleges: 國立 + their name (國立|成功|大學, 國立|嘉義|大學)
SCHOOL_END = ("大学", "学院")
SCHOOL_WORDS = 3  # at most this many words of the name after 國立


def national_schools(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """國立|成功|大學, 國立|嘉義|大學, 國立|臺灣大學: 國立 and the words up to 大學 or 學院 → one Organization (twn17; jieba
    tags 成功 an adjective and splits a place from its 大學, so the name finder misses them)."""
    for i, word in enumerate(ws):
        if word.text != NATIONAL:
            continue
        for j in range(i + 1, min(i + 1 + SCHOOL_WORDS, len(ws))):
            if ws[j].text.endswith(SCHOOL_END):
                if ws[j].text in SCHOOL_END and j == i + 1:
                    break  # 國立|大學: the kind, no one school
                yield Name(word.start, ws[j].end, "Organization", text[word.start : ws[j].end])
                break
            if not ws[j].text.isalpha() or ws[j].tag in ("x", "p", "c", "u", "v"):
                break
