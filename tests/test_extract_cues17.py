"""Cue words session 16 left in code, moved to ontology/cues.ttl (perf17): the lists are there and the patterns read them."""

from __future__ import annotations

from kg.extract import offers, respective
from kg.vocab import cue_words

MOVED = ("part_not_ministry", "own_platform_prefix", "select_lead_manner")


def test_perf17_lists_are_there_longest_first() -> None:
    lists = cue_words()
    for name in MOVED:
        assert lists[name], name
        assert list(lists[name]) == sorted(lists[name], key=lambda w: (-len(w), w)), name
    assert all(len(w) == 2 and w.endswith("部") for w in lists["part_not_ministry"])  # read as a character class before 部


def test_a_ministry_pays_a_part_does_not() -> None:
    assert offers.FOR_AFTER_PAYER.search("农业农村部对新型经营主体给予") is not None
    assert offers.FOR_AFTER_PAYER.search("工业和信息化部对企业给予") is not None
    assert offers.FOR_AFTER_PAYER.search("全部对企业开放") is None
    assert offers.FOR_AFTER_PAYER.search("东部对中小企业") is None


def test_a_list_lead_may_say_how_often() -> None:
    for lead in ("每两年遴选一批", "每年评选", "择优支持"):
        assert respective.LIST_LEAD.match(lead) is not None, lead
    assert respective.LIST_LEAD.match("每三年遴选") is None


def test_an_international_kind_is_a_kind_of_its_own() -> None:
    from kg import pipeline, vocab

    doc = pipeline.from_text("支持建设国际科技企业孵化器。", vocab.load())
    kinds = {f.name for f in pipeline.extract(doc, vocab.load()) if getattr(f, "type", "") == "PlatformType"}
    assert "国际科技企业孵化器" in kinds
