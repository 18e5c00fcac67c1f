""""repeat" and "reiterate" are light verbs; a light verb's "-ed" form after a preposition or
determiner is an adjective (docs/event-coding.md, "Charges in the passive, repeated calls and
tenders (session 18, verbal18)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


def test_repeated_call(resources: Resources) -> None:
    assert facts(resources, "The Dutch foreign minister repeated his call for a ceasefire.", DAY) \
        == {("NLD", "REQUEST", None)}


def test_reiterated_criticism(resources: Resources) -> None:
    assert facts(resources, "Belgium reiterated its criticism of the plan.", DAY) \
        == {("BEL", "ACCUSE", None)}


def test_under_renewed_attack_is_no_attack_by_the_victim(resources: Resources) -> None:
    assert facts(resources, "Kuwait has come under renewed attack by Iran.", DAY) == set()


def test_light_verb_before_its_adjective_still_anchors(resources: Resources) -> None:
    assert facts(resources, "Iran launched repeated attacks on Kuwaiti shipping.", DAY) \
        == {("IRN", "ASSAULT", "KWT")}
