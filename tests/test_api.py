"""The Python API: `import kg` is instant and inert; kg.build is `kg build`; the README's example runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg import pipeline

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_import_kg_loads_nothing_heavy(tmp_path: Path) -> None:
    code = "import sys, kg; print(sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'jieba', 'pyvis', 'networkx', 'kg')))"
    result = run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['kg']"


def test_public_names() -> None:
    assert set(kg.__all__) >= {"build", "Build", "KgError", "Document", "Entity", "Target", "Funding", "Support", "Evidence"}
    assert kg.build is pipeline.build and kg.Build is pipeline.Build
    with pytest.raises(AttributeError):
        kg.no_such_name  # noqa: B018


def test_build_takes_strings_paths_and_lists(seed_build: pipeline.Build, vocab) -> None:  # type: ignore[no-untyped-def]
    one = sorted(SEEDS.iterdir())[0]
    for paths in (str(one), one, [str(one)], (one,)):
        b = kg.build(paths, vocab)
        assert [d.name for d in b.docs] == [one.name]
    assert len(seed_build.docs) == 5 and seed_build.conforms


def test_errors_are_kgerror_and_name_no_cli_flag(tmp_path: Path) -> None:
    with pytest.raises(kg.KgError) as caught:
        kg.build(tmp_path / "missing")
    assert "missing" in str(caught.value) and "--" not in str(caught.value)


def test_outputs_are_what_kg_build_writes(seed_build: pipeline.Build, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = {str(p.relative_to(tmp_path)): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    expected = seed_build.outputs()
    assert {name: data for name, data in written.items() if name in expected} == expected


def test_query_networkx_and_pyvis(seed_build: pipeline.Build, tmp_path: Path) -> None:
    import networkx
    import pyvis.network

    columns, rows = seed_build.query("SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:PolicyDocument }")
    assert columns == ("n",) and rows == [("5",)]
    view = seed_build.overview()
    g = seed_build.to_networkx()
    assert isinstance(g, networkx.MultiDiGraph)
    assert (g.number_of_nodes(), g.number_of_edges()) == (len(view.nodes), len(view.edges))
    assert {d["kind"] for _, d in g.nodes(data=True)} >= {"Document", "Region", "EnterpriseType"}
    net = seed_build.to_pyvis()
    assert isinstance(net, pyvis.network.Network)
    assert len(net.nodes) == len(view.nodes) and all(node["physics"] is False and "x" in node for node in net.nodes)
    page = tmp_path / "net.html"
    net.write_html(str(page))
    html = page.read_text(encoding="utf-8")
    assert html == net.generate_html()
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", html), "the page must not load anything from the network"
    assert "vis-network" in html and json.dumps(view.title)[1:-1] in html


def test_repr_html_is_the_whole_page_in_an_offline_iframe(seed_build: pipeline.Build) -> None:
    import html as html_module

    shown = seed_build._repr_html_()
    assert shown.startswith("<iframe srcdoc=\"") and 'sandbox="allow-scripts"' in shown
    inner = html_module.unescape(shown.split('srcdoc="', 1)[1].split('" style=', 1)[0])
    assert inner.startswith("<!DOCTYPE html>") and inner.rstrip().endswith("</html>")
    assert "<script" in inner and "</body>" in inner


def test_the_readme_python_example_runs(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it from Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) >= 2
    (tmp_path / "seeds").symlink_to(SEEDS)
    result = run_python("\n".join(blocks), tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "overview.html").is_file() and (tmp_path / "my-exports" / "policy.ttl").is_file()
    assert "no/such/folder" in result.stdout.splitlines()[-1]


def test_pages_link_each_fact_to_the_concept_the_graph_links_it_to(seed_build: pipeline.Build, vocab) -> None:  # type: ignore[no-untyped-def]
    from kg.model import Funding, Target
    from kg.pages.views import node_id
    from kg.rdf.graph import resolve

    edges = {(edge["from"], edge["to"]) for edge in seed_build.overview().edges}
    linked = 0
    for fact in seed_build.facts:
        name = fact.subject if isinstance(fact, Target) else fact.recipient if isinstance(fact, Funding) else None
        concept = resolve(name, vocab) if name else None
        if concept is None:
            continue
        linked += 1
        assert (node_id("Document", fact.doc), node_id(concept.type, concept.label)) in edges, (fact.doc, name)
    assert linked >= 10
