"""A rejected suggestion that proposes a course is a REJECT (`proposals.py`, docs/event-coding.md
"A rejected suggestion that proposes a course"). Sentences written for the tests; the claims
that stay comments guard the other side."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # a mandative clause or a "to" infinitive proposes what the actor should do
    ("Peru rejected a suggestion by Chile that it delay the vote.",
     {("PER", "REJECT", "CHL")}),
    ("Peru rebuffed Chilean suggestions that it seek a loan from the World Bank.",
     {("PER", "REJECT", "CHL")}),
    ("Peru rejected a Chilean suggestion to postpone the vote on the treaty.",
     {("PER", "REJECT", "CHL")}),
    ("Peru rejected a suggestion that the navy should leave the disputed waters.",
     {("PER", "REJECT", None)}),
])
def test_a_rejected_proposal_is_a_refusal(resources: Resources, body: str,
                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize("body", [
    "Peru rejected suggestions that the border talks had failed.",
    "Peru dismissed a suggestion that its navy was weak.",
    "Peru denied suggestions that Chile planned to close the border.",
    "Peru rejected suggestions that its envoy, recalled last week, resigned in protest.",
    "Peru rejected suggestions the army wanted to delay the vote.",
])
def test_a_rejected_claim_stays_a_comment(resources: Resources, body: str) -> None:
    assert facts(resources, body) == set()


def test_the_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "support20_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    changed = Counter((row["effect"], row["verdict"]) for row in rows
                      if row["effect"] in ("added", "removed"))
    assert changed == {("added", "right"): 1}  # docs/event-coding.md
