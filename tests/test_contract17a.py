"""The extraction contract writes SCHEMA.md's funding levels only (国家级, 省级, 市级, null): a district's or county's own
level (区级, 县级), which the graph keeps, is null there, as every gold group annotates it (fund17a)."""

from __future__ import annotations

import json

from kg.evaluate import contract
from kg.model import Evidence, Funding


def _level(level: str | None) -> object:
    fact = Funding("d", "科技企业孵化器", level, None, False, None, False, None, "奖励", Evidence("d", "q", 0, 1))
    return json.loads(contract.write([], [fact], [])["funding.jsonl"])["level"]


def test_district_level_is_null_in_the_contract() -> None:
    assert _level("区级") is None and _level("县级") is None and _level("区县级") is None


def test_schema_levels_are_kept() -> None:
    assert [_level(x) for x in ("国家级", "省级", "市级", None)] == ["国家级", "省级", "市级", None]
