"""Industrial accidents (session 20, accidents20; docs/event-coding.md "Industrial accidents"):
a casualty at a factory, a plant, a refinery or from a leak, with no attack word in the
sentence, has no attacker (`industrial_accidents.py`). Sentences written for the tests, with
cases the rule keeps."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("30 killed in factory blast in northern India.", set()),
    ("Ten workers were killed in a fire at a chemical plant in southern India.", set()),
    ("Blast in northern Spain kills four, gas leak suspected.", set()),
    # an attack word keeps the attack: the site is its target
    ("Five guards were killed in an attack on a refinery in Nigeria.", {(None, "ASSAULT", "NGA")}),
    ("Bomb blast at factory in Pakistan kills six.", {(None, "ASSAULT", "PAK")}),
    ("Four workers were killed and nine injured in fighting at a Zambian copper refinery.",
     {(None, "ASSAULT", "ZMB")}),
    ("Twelve people were killed in a bomb blast in a market in Iraq.", {(None, "ASSAULT", "IRQ")}),
])
def test_an_industrial_accident_is_no_attack(resources: Resources, body: str,
                                             expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_the_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "accidents20_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    counts = Counter((row["set"], row["effect"], row["verdict"]) for row in rows if row["kept"])
    assert counts == {("pool-accidents20-industrial", "removed", "wrong"): 2}  # docs/event-coding.md
