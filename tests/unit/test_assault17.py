"""Casualties and attacks (session 17, assault17; docs/event-coding.md "Attacks and accidents
of the recall samples"): accidents in mines, collapses and sharks (`natural_forces`), a place's
name before an unnamed attack subject (`placed_subjects.py`), deaths in an attack noun with no
author (`died_in.py`), "battle to" as a struggle (`fight_forms`), an attack noun before
"suspects" or "probe" (`modified_heads`), and "rock" / "rip through" after a weapon
(`subject_words`). Sentences written for the tests, each rule with cases it keeps."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Nine miners were killed in a blast at a coal mine in Ukraine.", set()),
    ("Kenya mine blast kills 20", set()),
    ("Chile hospital collapse kills 12", set()),
    ("A Kenyan swimmer was killed by a shark off Mombasa.", set()),
    # the police who kill miners stay the actor
    ("Police killed five striking miners in South Africa.",
     {("ZAF", "ASSAULT", "ZAF"), ("ZAF", "PROTEST", "ZAF")}),
])
def test_accidents_are_no_attacks(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Nairobi suicide attack kills four", {(None, "ASSAULT", "KEN")}),
    ("Uganda market bomb kills six", {(None, "ASSAULT", "UGA")}),
    # a nationality authors the weapon; an embassy's country is not the city's
    ("Ugandan bomb kills six", set()),
    ("Nairobi Embassy Blast Kills 9", set()),
])
def test_a_place_before_an_unnamed_attack_is_its_target(resources: Resources, body: str,
                                                        expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Twelve Kenyans died in an attack on a market.", {(None, "ASSAULT", "KEN")}),
    ("Two die in Kampala bombing", {(None, "ASSAULT", "UGA")}),
    # a toll over the years is no event; an author before the noun is not made unnamed
    ("More than 20,000 people have died in years of fighting in Uganda.", set()),
    ("Twelve Kenyans died in a Ugandan attack.", set()),
])
def test_deaths_in_an_attack_with_no_author(resources: Resources, body: str,
                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Kenyan president battles to save his coalition.", set()),
    ("Kenyan court acquits bombing suspects", set()),
    # battling to dislodge an enemy stays an attack
    ("Kenyan troops battled to dislodge Ugandan rebels.", {("KEN", "ASSAULT", "UGA")}),
])
def test_struggles_and_suspects_are_no_attacks(resources: Resources, body: str,
                                               expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("A bomb ripped through a bus in Nairobi.", {(None, "ASSAULT", "KEN")}),
    ("Grenades rocked a police station in Kampala.", {(None, "ASSAULT", "UGA")}),
    # a scandal rocks no one
    ("The scandal rocked Kenya's government.", set()),
])
def test_a_weapon_that_rocks_or_rips_through_attacks(resources: Resources, body: str,
                                                     expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("An attack on Kenyan troops killed three soldiers.", {(None, "ASSAULT", "KEN")}),
    ("A mortar attack on a market in Uganda killed 25 people.", {(None, "ASSAULT", "UGA")}),
    ("Bombings at two Kenyan banks kill one", {(None, "ASSAULT", "KEN")}),
    # an agent after "by" is no unnamed attacker; an explosion may be an accident
    ("An attack on Kenya by Ugandan forces killed 20 people.", set()),
    ("An explosion at a chemical plant near Nairobi, Kenya killed 12 workers.", set()),
])
def test_an_opening_attack_on_a_target(resources: Resources, body: str,
                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
