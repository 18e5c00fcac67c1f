"""Attacks (session 18, assault18; docs/event-coding.md "Attacks of the nine recall samples"):
a town named after "the city of", "the town of" is a place of the sentence
(`settlement_places.py`). Sentences written for the tests, with cases the rule keeps."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("A car bomb exploded in the northern city of Mosul on Monday, killing nine people.",
     {(None, "ASSAULT", "IRQ")}),
    ("Four policemen were shot dead near the town of Jalalabad.", {(None, "ASSAULT", "AFG")}),
    ("A grenade blast wounded six people in the old port of Mombasa.", {(None, "ASSAULT", "KEN")}),
    # no locative before the settlement noun: the town is not where it happened
    ("The mayor of the city of Mosul said a car bomb exploded, killing nine people.", set()),
])
def test_a_town_after_city_of_is_a_place(resources: Resources, body: str,
                                        expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("At least 40 people were killed in the flood-hit northern city of Mosul.", set()),
    ("Twelve people were killed in quake-ravaged villages in Iran.", set()),
    # a hyphenated word with no natural force in it keeps the attack
    ("Twelve people were killed in a car-bomb blast in the city of Mosul.", {(None, "ASSAULT", "IRQ")}),
])
def test_a_natural_force_in_a_compound_is_no_attacker(resources: Resources, body: str,
                                                      expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_the_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "assault18_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    counts = Counter((row["set"], row["effect"], row["verdict"]) for row in rows if row["kept"])
    assert counts == {("pool-assault18-settlements", "added", "right"): 3,
                      ("pool-assault18-settlements", "added", "borderline"): 1,
                      ("pool-assault18-settlements", "added", "wrong"): 1,
                      ("pool-assault18-compounds", "removed", "wrong"): 1}  # docs/event-coding.md
