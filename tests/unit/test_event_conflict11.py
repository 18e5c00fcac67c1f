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
