"""A passive's patient named before an "of" phrase (docs/event-coding.md, "A passive's patient
before an "of" phrase (session 19, passive19)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_leader_of_a_national_group_is_the_patient(resources: Resources) -> None:
    got = facts(resources, "A commander of a Nepalese rebel faction has been killed in the "
                "west.", DAY)
    assert (None, "ASSAULT", "NPL") in got


def test_leader_of_a_network_charged(resources: Resources) -> None:
    got = facts(resources, "The leader of a Malaysian militant network has been charged with "
                "planning the attacks.", DAY)
    assert (None, "ACCUSE", "MYS") in got


def test_partitive_head(resources: Resources) -> None:
    got = facts(resources, "One of Kenya's richest bankers was arrested on Friday on fraud "
                "charges.", DAY)
    assert (None, "COERCE", "KEN") in got


def test_an_act_before_of_is_no_patient(resources: Resources) -> None:
    got = facts(resources, "The killing of a Nepalese student union leader was condemned by "
                "rights groups.", DAY)
    assert (None, "ACCUSE", "NPL") not in got

