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


def test_ci_runs_the_readme_test_command() -> None:
    test_command = re.search(r"^(?:.*&& )?(python -m pytest.*)$", README, re.MULTILINE)
    assert test_command, "the README names the test command"
    assert test_command.group(1) in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_names_every_dependency() -> None:
    setup = (ROOT / "setup.cfg").read_text(encoding="utf-8")
    requirements = re.findall(r"^    ([a-zA-Z0-9_-]+)[<>=]", setup, re.MULTILINE)
    assert requirements
    for name in requirements:
        assert f"`{name}`" in README, name
