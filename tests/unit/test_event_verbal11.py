"""Rules of the verbal-events round of session 11: sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.event_dict import PLOVER_TYPES

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya demanded on Saturday that Uganda return the captured soldiers.", {("KEN", "DEMAND", "UGA")}),
    ("Chile criticised on Monday the decision of Peru.", {("CHL", "ACCUSE", "PER")}),
    # "sought to" is an attempt, with a date between too
    ("Kenya sought on Monday to play down the row with Uganda.", set()),
    # a participle with no object after the date stays passive
    ("Two Kenyans were seized on Monday in Mogadishu.", {(None, "COERCE", "KEN")}),
])
def test_a_date_after_the_verb_is_no_end_of_its_clause(resources: Resources, body: str,
                                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya, which denies the charges, urged Uganda to drop the case.", {("KEN", "REQUEST", "UGA")}),
    ("Chile, weighing a possible visit to Lima, accused Peru of spying.", {("CHL", "ACCUSE", "PER")}),
    # a cue of the verb's own clause still counts
    ("Kenya, which denies the charges, will urge Uganda to drop the case.", set()),
])
def test_a_cue_inside_an_aside_does_not_reach_the_verb(resources: Resources, body: str,
                                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Iran asked Bonn to extradite the dissident.", {("IRN", "REQUEST", "DEU")}),
    ("Zaire accused Rwanda of shelling the camps.", {("COD", "ACCUSE", "RWA")}),
    ("The Zairean army shelled Rwandan positions.", {("COD", "ASSAULT", "RWA")}),
])
def test_names_of_the_time_bonn_and_zaire(resources: Resources, body: str,
                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_the_verbal_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "recall_verbal_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert len([r for r in rows if r.get("sample") == "verbal11"]) == 120
    for row in rows:
        assert "text" not in row and len(row["sha1"]) == 40 and row["start"] < row["end"]
        triples = [*row.get("hand", []), *(e["triple"] for e in row.get("before", [])),
                   *(e["triple"] for e in row.get("after", []))]
        if "triple" in row:
            triples.append(row["triple"])
            assert row["verdict"] in ("right", "wrong") and row["change"] in ("added", "removed")
        assert all(t[1] in PLOVER_TYPES for t in triples)
