"""Shared fixtures: the shipped vocabulary and one build of the bundled seeds per test session."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kg import pipeline
from kg import vocab as vocabulary

ROOT = Path(__file__).resolve().parents[1]
# tests/data holds fixtures and the scripts that made them (a draw, a gold builder reading ../shared): data, not
# tests; --doctest-modules would import them
collect_ignore_glob = ["data/*/*.py", "data/*/*/*.py"]
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).parent / "data" / "gold-dev"


def printed_under_hash_seeds(code: str, seeds: tuple[str, ...] = ("0", "1", "4242")) -> set[str]:
    """What `python -c code TESTS_DIR` prints under each PYTHONHASHSEED (this checkout importable):
    one element when the output does not depend on set and dict order."""
    printed = set()
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        out = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent)], env=env, capture_output=True, text=True, check=True)
        printed.add(out.stdout.strip())
    return printed


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
    unavailable(f"{name} is not installed")


def unavailable(reason: str) -> None:
    """Skip a test whose tool is missing, except in CI, where that must not turn into a green run."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; .ci/run must install it")
    pytest.skip(reason)


# Debian's chromium, driven by the playwright package only (`playwright install` is never run).
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed (pip install -e '.[test]')")
    if not (os.path.isfile(CHROMIUM) or shutil.which(CHROMIUM)):
        unavailable(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def poll(page, expression: str, timeout: float = 20.0, errors: list[str] | None = None):
    """The first truthy value of a JS expression in the page.

    Not Playwright's wait_for_function: it evaluates a string predicate with eval(), which our
    pages' CSP (rightly) forbids.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = page.evaluate(expression)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {expression}; console errors: {errors}")


@dataclass
class Watched:
    """A page with every request URL it made and every console or page error it raised."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@contextlib.contextmanager
def watched_page(browser, **options):
    context = browser.new_context(**{"viewport": {"width": 1200, "height": 800}, **options})
    watched = Watched(context.new_page())
    watched.page.on("request", lambda r: watched.requests.append(r.url))
    watched.page.on("console", lambda m: watched.errors.append(m.text) if m.type == "error" else None)
    watched.page.on("pageerror", lambda e: watched.errors.append(str(e)))
    try:
        yield watched
    finally:
        context.close()


# Hypothesis: the same examples in every run (RELIABILITY.md §5.1), no deadlines (speed is measured, not asserted)
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, deadline=None, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
