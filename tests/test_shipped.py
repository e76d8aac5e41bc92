"""kg.shipped: code reads the ontology of its own tree, whatever checkout an editable install points at."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import kg
from kg import shipped

CHECKOUT = Path(kg.__file__).resolve().parent.parent


def test_a_checkout_reads_its_own_ontology_folder() -> None:
    assert Path(str(shipped.ontology())) == CHECKOUT / "ontology"


def test_another_tree_first_on_the_path_reads_its_own_vocabulary(tmp_path: Path) -> None:
    """A baseline checkout run through PYTHONPATH (as bench_paired and bench_analyze run one) must not read the
    vocabularies of the checkout the environment's editable install maps kg._ontology to."""
    shutil.copytree(CHECKOUT / "kg", tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(CHECKOUT / "ontology", tmp_path / "ontology")
    kinds = tmp_path / "ontology" / "vocab" / "platform-types.ttl"
    kinds.write_text(kinds.read_text(encoding="utf-8").replace('"企业技术中心"@zh', '"企业技术中心"@zh ;\n    skos:altLabel "测试专用中心"@zh', 1), encoding="utf-8")
    probe = "from kg import vocab; c = vocab.load().by_label('测试专用中心'); print(c.label if c else None)"
    seen = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=True).stdout.strip()
    assert seen == "企业技术中心"
    here = subprocess.run([sys.executable, "-c", probe], cwd=CHECKOUT, capture_output=True, text=True, check=True).stdout.strip()
    assert here == "None"
