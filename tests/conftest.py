"""Shared fixtures: the shipped vocabulary and one build of the bundled seeds per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg import pipeline
from kg import vocab as vocabulary

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).parent / "data" / "gold-dev"


@pytest.fixture(scope="session")
def vocab() -> vocabulary.Vocab:
    return vocabulary.load()


@pytest.fixture(scope="session")
def seed_build(vocab: vocabulary.Vocab) -> pipeline.Build:
    return pipeline.build([SEEDS], vocab)


def need_program(name: str) -> str:
    """The path of an external program; in CI its absence fails the test instead of skipping it."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed; .ci/run must install it")
    pytest.skip(f"{name} is not installed")
