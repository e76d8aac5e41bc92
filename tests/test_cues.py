"""Cue words: one list per concept in ontology/cues.ttl, served by kg.cues (issue 10)."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg import cues
from kg.vocab import cue_words


def test_every_list_is_there_longest_first() -> None:
    lists = cue_words()
    for name in ("level", "comparator", "goal_verb", "money_word", "promise", "cap", "support_verb",
                 "agency_suffix", "organization_suffix", "programme_suffix", "doc_type",
                 # issue 10, second pass: the cue literals that were still in code
                 "subject_stop", "scope_word", "subject_adverb", "introducer", "field_kind_strong",
                 "field_kind_soft", "not_a_field", "too_broad_a_field", "list_verb", "purpose_tail",
                 "zone_suffix", "not_money", "adverbial", "recipient_adverb", "present"):
        words = lists[name]
        assert words, name
        assert list(words) == sorted(words, key=lambda w: (-len(w), w)), name


def test_each_word_list_is_one_concept() -> None:
    """Concepts sharing a notation make one list: that is for the pairs of a rewrite (one concept per
    full form); two word lists under one name would silently mix words meant for two rules."""
    from importlib import resources

    from rdflib import Graph
    from rdflib.namespace import SKOS

    graph = Graph().parse(data=resources.files("kg._ontology").joinpath("cues.ttl").read_bytes(), format="turtle")
    lists = [str(graph.value(c, SKOS.notation)) for c in graph.subjects(SKOS.notation, None) if graph.value(c, SKOS.prefLabel) is None]
    assert sorted(name for name in set(lists) if lists.count(name) > 1) == []


def test_a_cue_added_is_one_line() -> None:
    data = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/policy-kg/vocab/cues/x> skos:inScheme <https://w3id.org/policy-kg/vocab/cues> ;
    skos:notation "cap" ; skos:altLabel "最高"@zh, "至多"@zh .""".encode()
    assert cue_words(data) == {"cap": ("最高", "至多")}


def test_broken_turtle_names_the_file() -> None:
    with pytest.raises(KgError, match="cues.ttl"):
        cue_words(b"not turtle")


@pytest.mark.parametrize(("name", "text", "expected"), [("level", "国家级、省级", "国家级"), ("cap", "最多不超过50万元", "最多不超过")])
def test_patterns_prefer_the_longer_word(name: str, text: str, expected: str) -> None:
    assert cues.pattern(name).match(text).group() == expected


def test_lazy_patterns_behave_as_compiled() -> None:
    level = cues.lazy(lambda: f"(?:{cues.alternation('level')})")
    assert level.findall("对国家级、市级平台") == ["国家级", "市级"]


def test_recall5_lists_moved_to_data_are_there() -> None:
    lists = cue_words()
    for name in ("distributive", "fund_verb", "procedure_step", "people_of", "place_verb", "funding_word", "agency_full_form"):
        assert lists[name], name


def test_recall10_lists_moved_to_data_are_there() -> None:
    lists = cue_words()
    for name in ("applied_money", "others_money", "money_aspect", "aspect_adverb", "aspect_object_verb", "work_verb",
                 "person_ending", "granted_list_verb", "short_named_fund", "deng_in_word", "not_level", "item_clause_opener", "stake_verb"):
        assert lists[name], name
    assert "风险补偿" in lists["applied_money"] and "社会资本" in lists["others_money"]
    assert "省部级" not in lists["level"]  # no level of the schema (国家级/省级/市级): a rank kept in the name


def test_full_forms_map_each_short_form_to_one_full_form() -> None:
    forms = cues.full_forms("agency_full_form")
    assert forms["科技厅"] == "科学技术厅" and forms["发改委"] == forms["发展改革委"] == "发展和改革委员会"
    with pytest.raises(KeyError):
        cues.full_forms("level")  # a plain word list has no full forms
