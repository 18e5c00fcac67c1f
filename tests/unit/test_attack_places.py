"""An attack that names no victims takes the country of the place it is aimed at (docs/event-coding.md,
"Recipients of the gold's sources (session 17, recip17)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_strikes_in_a_foreign_city(resources: Resources) -> None:
    assert facts(resources, "US air strikes continued in Mosul and Ramadi.", DAY) \
        == {("USA", "ASSAULT", "IRQ")}


def test_offensive_near_a_city(resources: Resources) -> None:
    assert facts(resources, "Syria launched an offensive near the Jordanian city of Irbid.",
                 DAY) == {("SYR", "ASSAULT", "JOR")}


def test_a_state_at_home(resources: Resources) -> None:
    assert facts(resources, "Sudanese troops were fighting in southern Sudan on Monday.", DAY) \
        == {("SDN", "ASSAULT", "SDN")}


def test_rebels_at_home_name_no_target(resources: Resources) -> None:
    assert facts(resources, "Rebels attack in northern Iraq.", DAY) == {("IRQ", "ASSAULT", None)}


def test_a_pronoun_is_the_target(resources: Resources) -> None:
    assert ("EGY", "ASSAULT", "EGY") not in facts(
        resources, "A Libyan man was hurt after Egyptian police fired at him in Cairo.", DAY)


def test_a_thing_attacked_is_no_place(resources: Resources) -> None:
    assert ("GBR", "ASSAULT", "ESP") not in facts(
        resources, "British unions joined attacks on a new pay law in Spain.", DAY)
