"""Workers who "walked out" in a place protest; the participle before "in" is no passive
(session 20, lead20; docs/event-coding.md "Walking out"). Sentences written for the tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Zambian teachers walked out in support of pay demands.", {("ZMB", "PROTEST", None)}),
    ("Canadian postal workers walked out in Toronto on Monday.", {("CAN", "PROTEST", None)}),
])
def test_walking_out_is_a_protest_by_the_walkers(resources: Resources, body: str,
                                                 expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_the_audit_counts_the_pool() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "lead20_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    counts = Counter((row["effect"], row["verdict"]) for row in rows
                     if row["set"] == "pool-lead20-walkout")
    assert counts == {("added", "right"): 1}  # docs/event-coding.md
