"""Funding over fund18c's own annotated sentences (tests/data/fund18c: support measures, plans and Taiwan 要點 with
precision traps next to real promises), scored as fund17a's are; a floor so that later rules keep what session 18 reached."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_funding17a_set import counts, f1

from kg import vocab as vocabulary

DATA = Path(__file__).parent / "data" / "fund18c"
FLOOR = 0.82  # (reached 0.837: 64 right, 12 false, 13 missed; main 7fc090a 0.76)


def test_fund18c_sentences_hold(shipped: vocabulary.Vocab) -> None:
    found = counts(shipped, DATA)
    assert f1(*found) >= FLOOR, found


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()
