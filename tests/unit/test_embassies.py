"""An embassy's country is the target of an attack on it (docs/event-coding.md, "Miss classes
across the three recall samples (session 15, misses15)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_unnamed_attacker_hits_the_embassy_country(resources: Resources) -> None:
    assert facts(resources, "A truck bomb went off outside the Danish embassy in Lima, "
                 "wounding six people.", DAY) == {(None, "ASSAULT", "DNK")}


def test_abbreviated_country_embassy(resources: Resources) -> None:
    assert facts(resources, "A grenade exploded near the U.S. embassy in Dakar, killing a "
                 "guard.", DAY) == {(None, "ASSAULT", "USA")}


def test_passive_victims_at_an_embassy(resources: Resources) -> None:
    assert facts(resources, "Four people were killed outside the British embassy in "
                 "Karachi.", DAY) == {(None, "ASSAULT", "GBR")}


def test_no_embassy_keeps_the_place(resources: Resources) -> None:
    assert facts(resources, "A truck bomb went off outside a hotel in Lima, wounding six "
                 "people.", DAY) == {(None, "ASSAULT", "PER")}
