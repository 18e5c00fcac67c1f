"""Rules of the fourth recall round (from dev mistakes): sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Three Danish soldiers were reported killed in fighting near Basra.", {(None, "ASSAULT", "DNK")}),
    ("Two Kenyan soldiers were confirmed kidnapped on Monday.", {(None, "ASSAULT", "KEN")}),
])
def test_a_report_participle_keeps_the_passive_patient(resources: Resources, body: str,
                                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_a_hedged_passive_is_not_coded(resources: Resources) -> None:
    assert facts(resources, "Two Kenyan soldiers were feared kidnapped on Monday.") == set()
