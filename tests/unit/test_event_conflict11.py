"""Conflict rules of session 11 (attacks and arrests on unnamed victims, exploding weapons):
sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # victims named by no country: the country of the place the sentence names
    ("Rebels killed 14 people near Gitega in Burundi on Sunday.", {("BDI", "ASSAULT", "BDI")}),
    ("Chadian troops shelled the town of Abeche in eastern Chad.", {("TCD", "ASSAULT", "TCD")}),
    # headline shorthand: a bare number is people
    ("Kenyan rebels kill 12 in Nairobi.", {("KEN", "ASSAULT", "KEN")}),
    # no place: the attacker's own country when it is a group at home
    ("Bolivian police arrested three suspects on Friday.", {("BOL", "COERCE", "BOL")}),
    ("Peruvian guerrillas killed a man and two women.", {("PER", "ASSAULT", "PER")}),
])
def test_unnamed_victims_take_the_place_or_the_home_country(resources: Resources, body: str,
                                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # armed forces may fight abroad: no place, no recipient
    ("Kenyan soldiers killed two gunmen on Monday.", {("KEN", "ASSAULT", None)}),
    # a country's means after a comma may strike abroad
    ("An Israeli plane hit the building, killing two.", {("ISR", "ASSAULT", None)}),
    # another country named: the victims may be its people
    ("Bolivian police arrested three suspects after a tip from Peru.", {("BOL", "COERCE", None)}),
    # a named victim keeps its own country
    ("Bolivian police arrested three Chilean fishermen.", {("BOL", "COERCE", "CHL")}),
])
def test_unnamed_victims_stay_unplaced_when_unsure(resources: Resources, body: str,
                                                   expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a weapon that explodes is an unnamed attack on the place's country
    ("A bomb exploded at a bus station in Kampala on Monday.", {(None, "ASSAULT", "UGA")}),
    ("A home-made bomb exploded in a market 40 km from Nairobi.", {(None, "ASSAULT", "KEN")}),
    # "bomb explosion" opens the sentence: the capital after it only places it
    ("A bomb explosion in a cafe west of Nairobi killed four people.", {(None, "ASSAULT", "KEN")}),
    # the speaker is not the bomb's author
    ("Kenyan police said two people were killed when a home-made bomb exploded in a bar in Nairobi.",
     {(None, "ASSAULT", "KEN")}),
])
def test_an_exploding_weapon_is_an_unnamed_attack(resources: Resources, body: str,
                                                  expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("A fuel tanker exploded in Lagos on Monday.", set()),
    ("Violence exploded in Burundi after the coup.", set()),
])
def test_only_a_weapon_explodes_in_an_attack(resources: Resources, body: str,
                                             expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the 1990s names: Zaire is DR Congo, Yugoslavia its successor Serbia
    ("Zaire accused Rwanda of arming the rebels.", {("COD", "ACCUSE", "RWA")}),
    ("Zairean troops attacked Burundian rebels near the border.", {("COD", "ASSAULT", "BDI")}),
    ("Croatia accused Yugoslavia of massing troops.", {("HRV", "ACCUSE", "SRB")}),
])
def test_names_of_the_nineties(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # people expelled are deported (COERCE); envoys expelled are a cut in relations (SANCTION)
    ("Kenya expelled 40 Somali refugees on Monday.", {("KEN", "COERCE", "SOM")}),
    ("Kenya expels Somali immigrants.", {("KEN", "COERCE", "SOM")}),
    ("Kenya expelled two Somali diplomats on Monday.", {("KEN", "SANCTION", "SOM")}),
])
def test_expelled_people_are_deported(resources: Resources, body: str,
                                      expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # people named by a nationality before a passive casualty verb are its victims
    ("At least 40 Kenyan servicemen were killed in fighting near the border.",
     {(None, "ASSAULT", "KEN")}),
    ("Officials said about 30 Iraqi Kurds were wounded in the attack.", {(None, "ASSAULT", "IRQ")}),
])
def test_victims_named_by_a_nationality(resources: Resources, body: str,
                                        expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a people named by its state and its nation is the state's
    ("Bosnian Serb police detained two Bosnian Moslem journalists.", {("BIH", "COERCE", "BIH")}),
    ("Turkish Cypriot police arrested two Greek Cypriots.", {("CYP", "COERCE", "CYP")}),
    ("NATO troops released 20 Bosnian Serb policemen.", {("nato", "RETREAT", "BIH")}),
])
def test_a_nation_within_a_state_is_the_state(resources: Resources, body: str,
                                              expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # people with no country killed or arrested, no agent: a null actor, the place's country
    ("At least 12 people were killed in fighting in northern Chad on Sunday.",
     {(None, "ASSAULT", "TCD")}),
    ("Five men were arrested in Kenya on Friday.", {(None, "COERCE", "KEN")}),
])
def test_unnamed_victims_of_a_passive_take_the_place(resources: Resources, body: str,
                                                     expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a toll over the years is no event; an accident has no attacker
    ("About 50,000 people have been killed in Chad since 1990.", set()),
    ("Twenty people were killed when two trucks collided in Chad.", set()),
])
def test_tolls_and_accidents_are_no_attacks(resources: Resources, body: str,
                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a boxer's fight is a bout
    ("BOXING - KENYA'S OTIENO FIGHTS UGANDA'S OKELLO.", set()),
    ("The Kenyan heavyweight fought Uganda's champion in Nairobi.", set()),
])
def test_boxing_is_sport(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
