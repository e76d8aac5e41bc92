"""The README and the --help texts stay in step with the commands."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kg.cli import cli

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme_and_has_an_example(command: str) -> None:
    assert f"kg {command}" in README
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def two_commands() -> list[str]:
    """The lines of the sh blocks under "## Two commands", as .ci/run reads them."""
    section = README.split("\n## Two commands\n", 1)[1].split("\n## ", 1)[0]
    return [line for block in re.findall(r"^```sh\n(.*?)^```", section, re.MULTILINE | re.DOTALL) for line in block.splitlines()]


def test_issue_16_ci_runs_exactly_the_readme_commands() -> None:
    build, test = two_commands()
    assert build.endswith("pip install -e . && kg build") and "python3 -m venv .venv" in build
    assert "apt-get update" in test and "apt-get install -y" in test and test.endswith("&& python -m pytest -n auto")
    assert "sudo apt-get" not in test  # root needs no sudo (and often has none); a user gets it from $SUDO
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "## Two commands" in run and 'eval "$command"' in run and "rm -rf .venv" in run
    code = [line for line in run.splitlines() if not line.lstrip().startswith("#")]
    assert build in code and test in code  # the README's two commands, written out verbatim
    # no second list of packages: apt-get and pip appear only inside those two lines
    assert not any(("apt-get" in line or "pip install" in line) and line not in (build, test) for line in code)


def test_readme_names_every_dependency() -> None:
    setup = (ROOT / "setup.cfg").read_text(encoding="utf-8")
    requirements = re.findall(r"^    ([a-zA-Z0-9_-]+)[<>=]", setup, re.MULTILINE)
    assert requirements
    for name in requirements:
        assert f"`{name}`" in README, name
