"""Worked examples inside a promise (fund19a): 奖补标准为加计扣除额的5%(例如企业加计扣除额为1000万元,可获奖补50万元),每家企业
最高100万元 — the amounts in brackets opened by 例如/如/比如 illustrate the rule; no one is promised them. A sentence that opens
with 例如, (fund20a) is such an example whole."""

from __future__ import annotations

import re

EXAMPLE_OPEN = re.compile(r"\(\s*(?:例如|比如|譬如|举例|如|例)")  # (例如…, (如…: a worked example in brackets
# 例如,某企业…增量为700万元,按8%计算补助56万元: a sentence that opens as a worked example (fund20a)
EXAMPLE_SENTENCE = re.compile(r"\s*(?:例如|比如|譬如|举例(?:来说|说明)?)\s*[,:]")


def in_example(text: str, at: int, start: int) -> bool:
    """Whether position `at` lies inside a bracketed worked example opened after `start` and not yet closed."""
    opening = text.rfind("(", start, at)
    return opening >= 0 and text.find(")", opening, at) < 0 and bool(EXAMPLE_OPEN.match(text, opening))


def example_sentence(text: str, start: int) -> bool:
    """Whether the sentence starting at `start` opens as a worked example (例如,某规上工业企业…按8%计算补助56万元): it
    illustrates the rule before it and promises nothing (gold-synth7: no line at all)."""
    return EXAMPLE_SENTENCE.match(text, start) is not None
