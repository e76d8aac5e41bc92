"""Country in a name: 中国 written as the first word of an event's, a body's or a cluster's name (中国国际进口博览会,
中国-东盟博览会, 中国·廊坊国际经济贸易洽谈会, 中国声谷) is no mention of the country.

The annotators name Region 中国 where a text speaks of the country (中华人民共和国境内, 我国) and leave it out, or mark it
ambiguous, where it only opens a name (gold-synth2 dev s012's 中国声谷; gold-more 0052's 中国电谷, 0001's expositions).
kg.extract.entities already drops the country inside a name it reads (a programme's, a bilateral platform's); this reads
the names it does not: 中国 right before 国际 (an international event or body named after the country, cue list
country_name_opener), before a dash or a middle dot joining a partner or a city, and before a name of one character and 谷
(a cluster's brand, cue list cluster_brand_head). 中国境内, 中国公民, 在中国申请专利 stay the country.
"""

from __future__ import annotations


from kg import cues
from kg.vocab import Concept

COUNTRY = "中国"
JOINERS = "—-－–─·・"  # 中国-东盟博览会, 中国·廊坊…洽谈会: a partner or a city after the country, in one name
BRAND = cues.lazy(lambda: rf"[\u4e00-\u9fff](?:{cues.alternation('cluster_brand_head')})(?![物类子])")  # 声谷, not 谷物


def opens_a_name(text: str, start: int, end: int, concept: Concept) -> bool:
    """Whether the country hit at [start, end) is 中国 opening a longer name, not the country spoken of."""
    if concept.type != "Region" or concept.level != "Country" or text[start:end] != COUNTRY:
        return False
    after = text[end : end + 1]
    return bool(after) and (after in JOINERS or text.startswith(cues.words("country_name_opener"), end) or BRAND.match(text, end) is not None)
