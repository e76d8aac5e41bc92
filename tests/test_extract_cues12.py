"""Cue words session 12 wrote in code, moved to ontology/cues.ttl (tidy12): the lists are there and the patterns read them."""

from __future__ import annotations

from kg.extract import bare, deadlines, doers, duties
from kg.vocab import cue_words

MOVED = ("means_form", "supported_act", "body_work_verb", "picked_verb", "counted_body_head", "plan_title_word",
         "employer_body", "staff_reward_kind", "generic_determiner", "development_activity", "basis_noun",
         "payer_deed_verb", "deed_manner", "region_suffix", "goal_word", "one_off", "work_noun", "encouraged_step",
         "work_taken_up", "condition_action")


def test_tidy12_lists_are_there_longest_first() -> None:
    lists = cue_words()
    for name in MOVED:
        assert lists[name], name
        assert list(lists[name]) == sorted(lists[name], key=lambda w: (-len(w), w)), name
    assert "新购置" in lists["supported_act"] and "举办" in lists["body_work_verb"] and "举办" not in lists["work_verb"]


def test_patterns_built_from_the_lists() -> None:
    assert doers.WORK_OF.fullmatch("融资担保机构开展")["who"] == "融资担保机构"
    assert doers.PICKED.match("经核定之产学合作计划") is not None
    assert deadlines.PLAN_TITLE.search("关于印发行动计划(2023-2025年)的通知") is not None
    assert duties.encouraged_reward("鼓励企业建立激励分配机制,可以采取股权奖励和现金奖励等方式激励科技人员。", 0, 40)


def test_a_bare_count_near_a_body_is_in_jia() -> None:
    assert [q.unit for q in bare.with_bare("高新技术企业力争突破1500", 0, 13)] == ["家"]
    assert [q.unit for q in bare.with_bare("打造不少于30应用场景", 0, 11)] == ["个"]
