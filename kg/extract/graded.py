"""Grades a promise is paid by, read as a recipient (…人才团队,经评审认定,分A、B、C三类,分别给予…: "B、C三类"): no one;
for kg.extract.fundbuild (fund17a). The amounts go to whom the 对 phrase names, one line per grade.
"""

from __future__ import annotations

import re

# A、B、C三类 / B、C三类 / 三档 / 一、二、三等 / 两个等次: letters or numerals listed, then how many classes
CLASS_COUNT = re.compile(r"(?:分为?)?(?:[A-Ea-e甲乙丙丁一二三四五]、)*[A-Ea-e甲乙丙丁一二三四五]?[一二三四五六两\d]+(?:个)?(?:类|档|等次|等级|级别|层次)")


def class_count(name: str) -> bool:
    """Whether a recipient's name only counts the classes a promise is graded by.

    >>> class_count("B、C三类"), class_count("三档"), class_count("A类人才")
    (True, True, False)
    """
    return CLASS_COUNT.fullmatch(name) is not None
