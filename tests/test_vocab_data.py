"""The vocabulary data in ontology/vocab/: valid Turtle, one concept per surface, a sound gazetteer.

These tests read the Turtle files from the source tree, so they check the data even before the
package is installed; `kg.vocab.load` is the loader the extractor uses.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from conftest import GOLD, ROOT, need_program
from kg import vocab as vocabulary
from kg.errors import KgError
from kg.model import ENTITY_TYPES
from kg.rdf.namespaces import ID, KG

VOCAB_DIR = ROOT / "ontology" / "vocab"
FILES = sorted(VOCAB_DIR.glob("*.ttl"))
VARIANTS = URIRef("https://w3id.org/policy-kg/vocab/variants")
LEVELS = {"Country", "Province", "City", "District", "County", "Town", "Zone", "CompositeRegion"}
FREE_LEVELS = {"Country", "Zone", "CompositeRegion"}  # partOf optional (at most one)
PROVINCE_LEVEL = (
    "北京市 天津市 河北省 山西省 内蒙古自治区 辽宁省 吉林省 黑龙江省 上海市 江苏省 浙江省 安徽省 福建省 江西省 "
    "山东省 河南省 湖北省 湖南省 广东省 广西壮族自治区 海南省 重庆市 四川省 贵州省 云南省 西藏自治区 陕西省 "
    "甘肃省 青海省 宁夏回族自治区 新疆维吾尔自治区 台湾 香港特别行政区 澳门特别行政区"
).split()
BEIJING_DISTRICTS = (
    "东城区 西城区 朝阳区 丰台区 石景山区 海淀区 门头沟区 房山区 通州区 顺义区 昌平区 大兴区 怀柔区 平谷区 密云区 延庆区"
).split()
TANGSHAN = "路南区 路北区 古冶区 开平区 丰南区 丰润区 曹妃甸区 遵化市 迁安市 滦州市 滦南县 乐亭县 迁西县 玉田县".split()


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph(bind_namespaces="none")
    for path in FILES:
        g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="module")
def loaded() -> vocabulary.Vocab:
    return vocabulary.load({f"ontology/vocab/{p.name}": p.read_bytes() for p in FILES})


def concepts(g: Graph) -> dict[URIRef, str]:
    """Every typed concept and its kg class name."""
    out: dict[URIRef, str] = {}
    for type_ in ENTITY_TYPES:
        for s in g.subjects(RDF.type, KG[type_]):
            assert s not in out, f"{s} has two kg classes"
            out[s] = type_
    return out


def labels(g: Graph, s: URIRef, predicate: URIRef, lang: str) -> list[str]:
    return sorted(str(o) for o in g.objects(s, predicate)
                  if isinstance(o, Literal) and (o.language or "").lower().startswith(lang))


def surfaces(g: Graph, s: URIRef) -> list[str]:
    return labels(g, s, SKOS.prefLabel, "zh") + labels(g, s, SKOS.altLabel, "zh")


def by_label(g: Graph) -> dict[str, URIRef]:
    return {labels(g, s, SKOS.prefLabel, "zh")[0]: s for s in concepts(g)}


# ---------------------------------------------------------------- files


def test_the_expected_files_are_there():
    names = {p.name for p in FILES}
    assert {"platform-types.ttl", "enterprise-types.ttl", "programmes.ttl", "industries.ttl", "agencies.ttl",
            "organizations.ttl", "regions.ttl", "variants.ttl"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_rapper_parses_each_file_without_warnings(path: Path):
    rapper = need_program("rapper")
    run = subprocess.run([rapper, "-i", "turtle", "-c", str(path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    complaints = [line for line in run.stderr.splitlines() if "Error" in line or "Warning" in line]
    assert not complaints, complaints


def test_the_loader_reads_everything(loaded: vocabulary.Vocab, graph: Graph):
    assert len(loaded.concepts) == len(concepts(graph))
    assert {c.type for c in loaded.concepts.values()} == set(ENTITY_TYPES) - {"Platform"}
    assert len(loaded.variants) >= 25
    assert loaded.by_label("唐山").label == "唐山市"
    assert loaded.by_label("孵化器").label == "科技企业孵化器"


def test_the_loader_reads_as_rdflib_does(loaded: vocabulary.Vocab, graph: Graph):
    """load() parses with pyoxigraph; from_graph() takes rdflib's parse of the same files."""
    other = vocabulary.from_graph(graph)
    assert (other.concepts, other.by_surface, other.variants) == (loaded.concepts, loaded.by_surface, loaded.variants)


@pytest.mark.parametrize(("data", "problem"), [
    (b'<https://x/a> <https://x/b> "open .\n', "not valid Turtle ("),
    (b"\xff\xfe not text", "not valid Turtle ("),
    (b'<https://x/a> a <https://w3id.org/policy-kg/ontology#Region> ; <http://www.w3.org/2004/02/skos/core#prefLabel> "A"@en .\n', "has no Chinese"),
])
def test_a_bad_vocabulary_file_is_one_error_naming_it(data: bytes, problem: str) -> None:
    with pytest.raises(KgError) as error:
        vocabulary.load({**vocabulary.shipped_files(), "ontology/vocab/extra.ttl": data})
    assert problem in str(error.value) and "\n" not in str(error.value)
    assert "extra.ttl" in str(error.value) or problem == "has no Chinese"


# ---------------------------------------------------------------- concepts


def test_no_surface_names_two_concepts(graph: Graph):
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for s in concepts(graph):
        for surface in surfaces(graph, s):
            owners[surface].add(s)
    shared = {surface: sorted(map(str, s)) for surface, s in owners.items() if len(s) > 1}
    assert not shared


def test_every_concept_has_one_chinese_and_an_english_preflabel(graph: Graph):
    for s in concepts(graph):
        assert len(labels(graph, s, SKOS.prefLabel, "zh")) == 1, s
        assert labels(graph, s, SKOS.prefLabel, "en"), f"{s} has no English prefLabel"


def test_iris_are_the_type_and_the_preflabel(graph: Graph):
    for s, type_ in concepts(graph).items():
        label = labels(graph, s, SKOS.prefLabel, "zh")[0]
        prefix = f"{ID}{type_}/"
        assert str(s).startswith(prefix), s
        assert unquote(str(s)[len(prefix):]) == unicodedata.normalize("NFKC", label), s


def test_surfaces_read_as_the_normalised_text_does(graph: Graph):
    """The extractor matches NFKC-normalised Simplified text: a surface must look like that."""
    opencc = pytest.importorskip("opencc")
    t2s = opencc.OpenCC("t2s")
    for s in concepts(graph):
        for surface in surfaces(graph, s):
            assert unicodedata.normalize("NFKC", surface) == surface, surface
            assert surface == surface.strip() and len(surface) >= 2, surface
            assert t2s.convert(surface) == surface, f"{surface} is not Simplified"


def test_concepts_belong_to_a_scheme_and_broader_stays_within_the_class(graph: Graph):
    schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme))
    types = concepts(graph)
    for s, type_ in types.items():
        assert set(graph.objects(s, SKOS.inScheme)) & schemes, f"{s} is in no declared scheme"
        for b in graph.objects(s, SKOS.broader):
            assert types.get(b) == type_, f"{s} broader {b}"


def test_broader_has_no_cycle(graph: Graph):
    for s in concepts(graph):
        seen, todo = set(), [s]
        while todo:
            node = todo.pop()
            for b in graph.objects(node, SKOS.broader):
                assert b != s, f"{s} is broader than itself"
                if b not in seen:
                    seen.add(b)
                    todo.append(b)


# ---------------------------------------------------------------- the gazetteer


def regions(g: Graph) -> dict[URIRef, str]:
    out = {}
    for s, type_ in concepts(g).items():
        if type_ == "Region":
            level = g.value(s, KG.regionLevel)
            assert level is not None, f"{s} has no kg:regionLevel"
            out[s] = str(level).rsplit("#", 1)[-1]
    return out


def test_region_levels_and_parents(graph: Graph):
    levels = regions(graph)
    for s, level in levels.items():
        assert level in LEVELS, (s, level)
        parents = list(graph.objects(s, KG.partOf))
        if level in FREE_LEVELS:
            assert len(parents) <= 1, s
        else:
            assert len(parents) == 1, f"{s} has {len(parents)} kg:partOf"
        for p in parents + list(graph.objects(s, SKOS.related)):
            assert p in levels, f"{s} points to {p}, not a region"


def test_part_of_chains_reach_china_without_cycles(graph: Graph):
    china = by_label(graph)["中国"]
    for s, level in regions(graph).items():
        node, seen = s, {s}
        while (parent := graph.value(node, KG.partOf)) is not None:
            assert parent not in seen, f"cycle through {parent}"
            seen.add(parent)
            node = parent
        if level not in FREE_LEVELS or node != s:
            assert node == china, f"{s} ends at {node}"


def test_known_parents(graph: Graph):
    named = by_label(graph)

    def parent(name: str) -> str:
        return labels(graph, graph.value(named[name], KG.partOf), SKOS.prefLabel, "zh")[0]

    assert parent("唐山市") == "河北省"
    assert parent("通州区") == "北京市"
    assert parent("河北省") == "中国"
    assert parent("北京城市副中心") == "通州区"
    assert all(parent(d) == "北京市" for d in BEIJING_DISTRICTS)
    assert all(parent(d) == "唐山市" for d in TANGSHAN)


def test_gold_region_parents_agree(graph: Graph):
    """Gold names a region by any of its surfaces (香港 for 香港特别行政区), as entity matching does."""
    named = by_label(graph)
    for s in concepts(graph):
        for alt in labels(graph, s, SKOS.altLabel, "zh"):
            named.setdefault(alt, s)
    for line in (GOLD / "regions.jsonl").read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        assert pair["child"] in named, pair
        parent = graph.value(named[pair["child"]], KG.partOf)
        if pair["parent"] is None:
            assert parent is None, pair
        else:
            assert parent == named[pair["parent"]], pair


def test_all_province_level_divisions_and_prefecture_level_cities(graph: Graph):
    levels = regions(graph)
    named = by_label(graph)
    assert sorted(n for n, s in named.items() if levels.get(s) == "Province") == sorted(PROVINCE_LEVEL)
    cities = [s for s, level in levels.items() if level == "City"]
    assert len(cities) >= 330
    assert all(levels[graph.value(c, KG.partOf)] == "Province" for c in cities)


def test_region_codes(graph: Graph):
    codes: dict[str, URIRef] = {}
    for s, level in regions(graph).items():
        for code in graph.objects(s, SKOS.notation):
            assert str(code).isdigit() and len(str(code)) == 6, (s, code)
            assert str(code) not in codes, f"code {code} twice"
            codes[str(code)] = s
        in_taiwan = str(graph.value(s, KG.partOf) or "").endswith("/台湾")  # GB/T 2260 gives Taiwan one code
        if level in ("Province", "City") and not in_taiwan:
            assert graph.value(s, SKOS.notation) is not None, f"{s} has no code"
    named = by_label(graph)
    assert codes["130200"] == named["唐山市"]
    assert codes["110112"] == named["通州区"]


def test_regions_ttl_is_what_the_script_generates():
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_regions.py"), "--check"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr or run.stdout


# ---------------------------------------------------------------- variants


def test_variant_pairs(graph: Graph, loaded: vocabulary.Vocab):
    taiwan: dict[str, str] = {}
    for s in graph.subjects(SKOS.inScheme, VARIANTS):
        assert not set(graph.objects(s, RDF.type)) & {KG[t] for t in ENTITY_TYPES}, f"{s} is typed"
        mainland = labels(graph, s, SKOS.prefLabel, "zh-hans")
        assert len(mainland) == 1, s
        alts = labels(graph, s, SKOS.altLabel, "zh-tw")
        assert alts, s
        for alt in alts:
            assert alt != mainland[0]
            assert alt not in taiwan, f"{alt} maps to {taiwan[alt]} and {mainland[0]}"
            taiwan[alt] = mainland[0]
    assert dict(loaded.variants) == taiwan
    assert taiwan["套用"] == "应用" and taiwan["最佳化"] == "优化" and taiwan["智慧财产权"] == "知识产权"


def test_variant_altlabels_read_as_after_t2s():
    opencc = pytest.importorskip("opencc")
    t2s = opencc.OpenCC("t2s")
    g = Graph()
    g.parse(VOCAB_DIR / "variants.ttl", format="turtle")
    for alt in g.objects(None, SKOS.altLabel):
        assert t2s.convert(str(alt)) == str(alt), f"{alt} is not as t2s leaves it"
        assert unicodedata.normalize("NFKC", str(alt)) == str(alt)


def _tiny_vocab(surfaces: list[str]) -> vocabulary.Vocab:
    concepts = {f"urn:x:{i}": vocabulary.Concept(f"urn:x:{i}", "Platform", s) for i, s in enumerate(surfaces)}
    return vocabulary.Vocab(concepts=concepts, by_surface={c.label: c for c in concepts.values()}, variants=())


def test_find_is_leftmost_longest_within_the_range() -> None:
    vocab = _tiny_vocab(["实验室", "重点实验室", "国家重点实验室", "孵化器", "科技企业孵化器"])
    text = "𠀀建设国家重点实验室和科技企业孵化器、重点实验室"
    found = [(start, end, concept.label) for start, end, concept in vocab.find(text)]
    assert found == [(3, 10, "国家重点实验室"), (11, 18, "科技企业孵化器"), (19, 24, "重点实验室")]
    assert [(s, e) for s, e, _ in vocab.find(text, 5, 20)] == [(5, 10), (11, 18)]  # 重点实验室 cut off at 20
    assert list(vocab.find("没有术语")) == []


def test_a_vocabulary_pickles_for_a_worker_and_still_finds(loaded: vocabulary.Vocab) -> None:
    import pickle

    text = "支持高新技术企业建设重点实验室"
    before = list(loaded.find(text))
    assert before and list(pickle.loads(pickle.dumps(loaded)).find(text)) == before
    assert list(_tiny_vocab([]).find(text)) == []
