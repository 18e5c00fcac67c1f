"""Casualty headlines and sentences (docs/event-coding.md, "Casualty headlines (session 16,
casualty16)"): a quantity before the count, a place's name before the attack noun, an explosion
"blast" before its verb and nouns of violence as the subject. Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_quantity_before_a_headline_passive(resources: Resources) -> None:
    assert facts(resources, "At Least 12 Killed in Baghdad", DAY) == {(None, "ASSAULT", "IRQ")}


def test_more_than_before_a_count(resources: Resources) -> None:
    assert facts(resources, "More than 20 killed in Kabul", DAY) == {(None, "ASSAULT", "AFG")}


def test_quantity_before_the_object_of_an_unnamed_attacker(resources: Resources) -> None:
    assert facts(resources, "A car bomb killed at least nine people in Kabul.", DAY) \
        == {(None, "ASSAULT", "AFG")}


def test_quantity_leaves_a_storm_no_attack(resources: Resources) -> None:
    assert facts(resources, "The storm killed at least 40 people in Haiti.", DAY) == set()


def test_quantity_frees_no_other_verb(resources: Resources) -> None:
    assert facts(resources, "The company sold more than 20 tanks to Kenya.", DAY) == set()


def test_country_before_the_blast_places_it(resources: Resources) -> None:
    assert facts(resources, "Nine Killed in Sri Lanka Blast", DAY) == {(None, "ASSAULT", "LKA")}


def test_blast_before_its_verb_is_the_explosion(resources: Resources) -> None:
    assert facts(resources, "Blast kills six in Kabul", DAY) == {(None, "ASSAULT", "AFG")}


def test_verb_blasts_is_still_a_rebuke(resources: Resources) -> None:
    assert facts(resources, "Colombia blasts U.S. over drug report", DAY) == {("COL", "ACCUSE", "USA")}


def test_clashes_as_the_subject_of_a_casualty_verb(resources: Resources) -> None:
    assert facts(resources, "Heavy Clashes in Somalia Kill 20", DAY) == {(None, "ASSAULT", "SOM")}


def test_violence_before_another_verb_is_no_attacker(resources: Resources) -> None:
    assert facts(resources, "Violence hurts tourism in Egypt", DAY) == set()
