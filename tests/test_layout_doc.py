"""The README's map of the code and the tree of kg/ are the same, and each module's first line says its step."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
MAX_LINES = 400
OVERSIZED: set[str] = set()  # modules allowed past MAX_LINES while being split (none now)


def readme_map() -> set[str]:
    """Paths under kg/ named in the README's "How it is built" code block (files and folders)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## How it is built", 1)[1].split("```", 2)[1]
    paths: set[str] = set()
    stack: list[tuple[int, str]] = []
    for line in block.splitlines():
        match = re.match(r"^( *)(\S+\.py|\S+/)(?:\s|$)", line)
        if not match:
            continue
        indent, name = len(match.group(1)), match.group(2)
        stack = [(i, n) for i, n in stack if i < indent]
        parent = stack[-1][1] if stack else ""
        path = parent + name
        if path.startswith("kg/") and not _subpackage_init(path):
            paths.add(path.rstrip("/"))
        if name.endswith("/"):
            stack.append((indent, path))
    return paths


def tree() -> set[str]:
    package = ROOT / "kg"
    found = {"kg"}
    for path in package.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if not _subpackage_init(str(relative)):
            found.add(str(relative))
        for parent in relative.parents:
            if str(parent) not in (".", "kg") and not any(part.startswith("_") for part in parent.parts):
                found.add(str(parent))
    return {p for p in found if "__pycache__" not in p and "templates" not in p and "queries" not in p}


def _subpackage_init(path: str) -> bool:
    """A step folder's __init__.py: the folder's line in the map stands for it."""
    return path.endswith("/__init__.py") and path.count("/") > 1


def test_readme_map_is_the_tree() -> None:
    named, real = readme_map(), tree()
    assert not real - named, f"modules missing from the README's map: {sorted(real - named)}"
    assert not named - real, f"the README's map names what does not exist: {sorted(named - real)}"


def test_every_module_says_its_step_and_stays_small() -> None:
    for path in sorted((ROOT / "kg").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        docstring = ast.get_docstring(ast.parse(source))
        if path.name != "__init__.py" or source.strip():
            assert docstring, f"{path}: no docstring saying which step it owns"
        assert path.name in OVERSIZED or len(source.splitlines()) <= MAX_LINES, f"{path}: {len(source.splitlines())} lines (keep under {MAX_LINES})"


def test_scripts_and_benchmarks_stay_small_and_say_what_they_do() -> None:
    for path in sorted([*(ROOT / "scripts").glob("*.py"), *(ROOT / "benchmarks").glob("*.py")]):
        source = path.read_text(encoding="utf-8")
        assert ast.get_docstring(ast.parse(source)), f"{path}: no docstring saying what it does"
        assert len(source.splitlines()) <= MAX_LINES, f"{path}: {len(source.splitlines())} lines (keep under {MAX_LINES})"
