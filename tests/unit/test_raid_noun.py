"""A raid named by a noun is an attack noun like "ambush" or "assault" (session 20, lead20;
docs/event-coding.md "The raid noun"): the casualties it caused are its recipients, and a raid
named inside another event is background. Sentences written for the tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # the nationality before the noun is the attacker, the dead its recipients
    ("Five Palestinians were killed in an Israeli raid in Gaza.", {("ISR", "ASSAULT", "PSE")}),
    ("Two Britons were killed in a French raid in Chad.", {("FRA", "ASSAULT", "GBR")}),
    # an attacker named before "raids" on a target
    ("Syria said its jets carried out bombing raids on Lebanese positions today.",
     {("SYR", "ASSAULT", "LBN")}),
    # a police raid is coercion, not an armed attack
    ("Zimbabwean police carried out a raid on the offices of the opposition party.",
     {("ZWE", "COERCE", "ZWE")}),
])
def test_a_raid_noun_is_an_attack(resources: Resources, body: str,
                                  expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize("body", [
    # the raid is what the speaker reacts to: the speaker did not raid
    "Iran's leader vowed revenge for the American raid on its oil rigs.",
    "Officials said the port had served as a base for Iranian raids on tankers.",
])
def test_a_raid_inside_another_event_is_background(resources: Resources, body: str) -> None:
    assert ("IRN", "ASSAULT", None) not in facts(resources, body)


def test_the_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "lead20_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    counts = Counter((row["effect"], row["verdict"]) for row in rows
                     if row["set"] == "pool-lead20-raid")
    assert counts == {("added", "right"): 2, ("added", "wrong"): 1, ("removed", "right"): 2,
                      ("removed", "wrong"): 7, ("removed", "borderline"): 1}  # docs/event-coding.md
