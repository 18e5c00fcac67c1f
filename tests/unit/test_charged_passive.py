"""A legal charge in a running-text passive falls on the people charged (docs/event-coding.md,
"Charges in the passive, repeated calls and tenders (session 18, verbal18)"). Sentences written
for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


def test_people_charged_with_a_crime(resources: Resources) -> None:
    assert facts(resources, "Two Peruvian officials were charged with bribery on Tuesday.", DAY) \
        == {(None, "ACCUSE", "PER")}


def test_adverb_and_over(resources: Resources) -> None:
    assert facts(resources, "Two Danish soldiers have been formally charged over the smuggling.",
                 DAY) == {(None, "ACCUSE", "DNK")}


def test_a_duty_is_no_charge(resources: Resources) -> None:
    assert facts(resources, "Three Danish soldiers were charged with drawing up the border plan.",
                 DAY) == set()


def test_a_firms_staff_charged_is_no_event_of_the_firm(resources: Resources) -> None:
    assert facts(resources, "Three former Siemens engineers were charged with bribery.", DAY) \
        == set()
