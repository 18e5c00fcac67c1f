"""A place after "in" followed by a time word is where it happened, not the author of the means
(session 20, lead20; docs/event-coding.md "A place before a time word"). Sentences written for
the tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Two Americans were killed in Yemen last week.", {(None, "ASSAULT", "USA")}),
    ("Five people were arrested in Romania after a raid on a warehouse.", {(None, "COERCE", "ROU")}),
    # a nationality before a noun still names the author of the means
    ("Two Americans were killed in Israeli raids last week.", {("ISR", "ASSAULT", "USA")}),
])
def test_a_place_before_a_time_word_is_no_author(resources: Resources, body: str,
                                                 expected: set[Triple]) -> None:
    assert {t for t in facts(resources, body) if t[1] in ("ASSAULT", "COERCE")} == expected


def test_the_audit_counts_the_pool() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "lead20_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    counts = Counter((row["effect"], row["verdict"]) for row in rows
                     if row["set"] == "pool-lead20-place-followers")
    assert counts == {("added", "right"): 1}  # docs/event-coding.md
