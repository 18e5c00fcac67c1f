"""Two narrow exceptions to checks of `filters.usable` (session 19, gates19; docs/event-coding.md
"Exceptions to the usable checks"): a verb after "who" is no verb form that a preposition
governs, and a verb of occurrence anchors a running-text noun (`gate_exceptions.py`). Sentences
written for the tests, with the cases the checks still drop."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Hundreds of Kenyan farmers who marched through Nairobi on Friday to protest against the new "
     "tax went home.", {("KEN", "PROTEST", "KEN")}),
    ("The British minister was the first of those who asked for an inquiry into the sale.",
     {("GBR", "REQUEST", None)}),
    # "which" stays out: the data did not refuse anything
    ("The data which defied Japanese forecasts was the first decline in a year.", set()),
])
def test_a_verb_after_who_is_a_verb(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Wage talks stalled on Monday even as protests flared at mines across Chile.",
     {("CHL", "PROTEST", None)}),
    # no verb of occurrence: the noun stays unanchored
    ("Wage talks stalled on Monday even as new protests at mines in Chile were reported.", set()),
])
def test_a_verb_of_occurrence_anchors_a_noun(resources: Resources, body: str,
                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_the_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "gates19_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    counts = Counter((row["rule"], row["effect"], row["verdict"]) for row in rows if row["kept"])
    assert counts == {("relative_who", "added", "right"): 2,
                      ("occurring_noun", "added", "right"): 1}  # docs/event-coding.md
