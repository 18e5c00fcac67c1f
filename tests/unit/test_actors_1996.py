"""Actors of the 1996 news (docs/event-coding.md, "Actors of the 1996 news"): states named by
their 1990s names and people, parties and armed groups added to the KB, on sentences written
for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.geo import gazetteer

from .test_event_rules import Triple, facts

DAY = "1996-09-01"


@pytest.mark.parametrize(("name", "iso3"), [
    ("Zaire", "COD"), ("Zairean", "COD"), ("Yugoslavia", "SRB"), ("Yugoslav", "SRB"),
])
def test_states_of_the_1990s_have_their_successor_code(name: str, iso3: str) -> None:
    assert gazetteer().country(name) == iso3


def test_belgrade_is_serbia_not_serbia_and_montenegro() -> None:
    assert gazetteer().country_or_capital("Belgrade") == ("capital", "SRB")


@pytest.mark.parametrize(("body", "expected"), [
    ("Zaire expelled two Belgian diplomats.", {("COD", "SANCTION", "BEL")}),
    ("Yugoslavia accused Croatia of shelling a border village.", {("SRB", "ACCUSE", "HRV")}),
])
def test_1990s_state_names_are_actors(resources: Resources, body: str,
                                      expected: set[Triple]) -> None:
    assert facts(resources, body, DAY) == expected
