"""People named by a nationality before an agentless passive, whose noun was missing from
`victim_heads` (session 20, victims20; docs/event-coding.md "Missing victim nouns"): the
modifier's country is the recipient. Sentences written for the tests, with cases left alone."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Belgian filmmaker murdered in Brussels", {(None, "ASSAULT", "BEL")}),
    ("Six Chilean schoolgirls were kidnapped near the border.", {(None, "ASSAULT", "CHL")}),
    ("A Danish sailor was arrested in Lagos.", {(None, "COERCE", "DNK")}),
    ("Nine Canadian airmen were killed on Friday.", {(None, "ASSAULT", "CAN")}),
])
def test_a_listed_person_before_a_passive_is_its_victim(resources: Resources, body: str,
                                                        expected: set[Triple]) -> None:
    assert expected <= facts(resources, body)


@pytest.mark.parametrize("body", [
    "Kenyan editors met the minister on Monday.",  # no passive verb
    "A Swiss filmmaker released a new documentary on Monday.",  # active: the film is released
])
def test_no_victim_without_a_passive(resources: Resources, body: str) -> None:
    assert not any(t[0] is None for t in facts(resources, body))
