"""Ports: a place written as part of a port's name (宁波舟山港, 上海洋山港, 青岛港) is no place of the text's own.

The annotators name no region for 宁波 and 舟山 in 加强与宁波舟山港、上海洋山港等枢纽港合作 (gold-more dev3): the
port is named after them, as a university or a company is (places inside an Organization's name give way there,
kg.extract.entities). A port's name is a run of places and at most a few characters closed by 港 (cue list
port_head) and then a break, a list's joint or a word that follows a port (cue list port_follower); not 香港 (the
place is the port), 港澳, 港口, 港区 or 天津港保税区 (a zone, kg.extract.zones).
"""

from __future__ import annotations

import re

from kg import cues
from kg.vocab import Concept

MAX_BETWEEN = 3  # characters of a port's own name after the place (洋山, 舟山 is a place of its own)
BREAK = "、,，。;；:：“”\"（()）》 \n"
PORT = cues.lazy(lambda: rf"[\u4e00-\u9fff]{{0,{MAX_BETWEEN}}}?(?:{cues.alternation('port_head')})(?=[{re.escape(BREAK)}]|{cues.alternation('port_follower')}|$)")


def named_after(text: str, end: int, concept: Concept, places_at: dict[int, int]) -> bool:
    """Whether the place hit ending at end opens (or, after other places, joins) a port's name; places_at maps each
    place hit's start to its end, so that 宁波|舟山|港 reads both places as the port's."""
    if concept.type != "Region" or "港" not in text[end : end + MAX_BETWEEN + 2 + 8]:
        return False
    while end in places_at:  # 宁波|舟山港: the places written one after another belong to one name
        end = places_at[end]
    return PORT.match(text, end) is not None
