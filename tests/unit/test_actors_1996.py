"""Actors of the 1996 news (docs/event-coding.md, "Actors of the 1996 news"): states named by
their 1990s names and people, parties and armed groups added to the KB, on sentences written
for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.geo import gazetteer
from pipeline.stages.kb import ActorKB

from .test_event_rules import Triple, facts

DAY = "1996-09-01"


@pytest.mark.parametrize(("name", "iso3"), [
    ("Zaire", "COD"), ("Zairean", "COD"), ("Yugoslavia", "SRB"), ("Yugoslav", "SRB"),
    # a people of one state living in another is coded by the state it lives in
    ("Bosnian Serb", "BIH"), ("Bosnian Serbs", "BIH"), ("Bosnian Croat", "BIH"),
    ("Croatian Serbs", "HRV"),
])
def test_states_of_the_1990s_have_their_successor_code(name: str, iso3: str) -> None:
    assert gazetteer().country(name) == iso3


def test_belgrade_is_serbia_not_serbia_and_montenegro() -> None:
    assert gazetteer().country_or_capital("Belgrade") == ("capital", "SRB")


@pytest.mark.parametrize(("body", "expected"), [
    ("Zaire expelled two Belgian diplomats.", {("COD", "SANCTION", "BEL")}),
    ("Yugoslavia accused Croatia of shelling a border village.", {("SRB", "ACCUSE", "HRV")}),
    ("Bosnian Serb police detained two Croatian journalists.", {("BIH", "COERCE", "HRV")}),
])
def test_1990s_state_names_are_actors(resources: Resources, body: str,
                                      expected: set[Triple]) -> None:
    assert facts(resources, body, DAY) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Maskhadov thanked Estonia for its support.", {("RUS", "SUPPORT", "EST")}),
    ("Simitis criticised Turkey on Tuesday.", {("GRC", "ACCUSE", "TUR")}),
    ("The PUK accused Iran of shelling its positions.", {("IRQ", "ACCUSE", "IRN")}),
    ("Buyoya rejected the sanctions imposed by Kenya.", {("BDI", "REJECT", "KEN")}),
    ("Taleban fighters attacked Pakistan's embassy.", {("AFG", "ASSAULT", "PAK")}),
])
def test_1996_people_and_groups_are_placed(resources: Resources, body: str,
                                           expected: set[Triple]) -> None:
    assert expected <= facts(resources, body, DAY)


def test_office_dates_of_the_1996_additions() -> None:
    kb = ActorKB.load()
    lebed = kb.get("alexander-lebed")
    assert lebed is not None
    assert [r.org for r in lebed.roles_on(dt.date(1996, 9, 1))] == ["RUS"]
    assert lebed.roles_on(dt.date(1996, 11, 1)) == ()
    assert [a.id for a in kb.holders("head_of_state", "BDI", dt.date(1996, 9, 1))] == ["pierre-buyoya"]


@pytest.mark.parametrize(("body", "expected"), [
    # the descriptor before the second name no longer breaks the joint subject
    ("Alexander Lebed and rebel chief-of-staff Aslan Maskhadov signed a truce.",
     {("RUS", "AGREE", "RUS")}),
    # an unplaced person takes the country of the group noun that describes them
    ("Chechen rebel spokesman Ruslan Dzhabrailov accused Georgia of closing the border.",
     {("RUS", "ACCUSE", "GEO")}),
    ("Bosnian Serb leader Dragan Vukovic praised Greece.", {("BIH", "SUPPORT", "GRC")}),
    # a group with no country of its own stays the actor of an unplaced person
    ("Chinese police detained dissident Li Weiming.", {("CHN", "COERCE", "CHN")}),
])
def test_a_group_noun_describing_a_person_is_that_person(resources: Resources, body: str,
                                                         expected: set[Triple]) -> None:
    assert expected <= facts(resources, body, DAY)
