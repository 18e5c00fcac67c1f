"""Rules of the verbal-events round of session 11: sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya demanded on Saturday that Uganda return the captured soldiers.", {("KEN", "DEMAND", "UGA")}),
    ("Chile criticised on Monday the decision of Peru.", {("CHL", "ACCUSE", "PER")}),
    # a participle with no object after the date stays passive
    ("Two Kenyans were seized on Monday in Mogadishu.", {(None, "COERCE", "KEN")}),
])
def test_a_date_after_the_verb_is_no_end_of_its_clause(resources: Resources, body: str,
                                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya, which denies the charges, urged Uganda to drop the case.", {("KEN", "REQUEST", "UGA")}),
    ("Chile, weighing a possible visit to Lima, accused Peru of spying.", {("CHL", "ACCUSE", "PER")}),
    # a cue of the verb's own clause still counts
    ("Kenya, which denies the charges, will urge Uganda to drop the case.", set()),
])
def test_a_cue_inside_an_aside_does_not_reach_the_verb(resources: Resources, body: str,
                                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Iran asked Bonn to extradite the dissident.", {("IRN", "REQUEST", "DEU")}),
    ("Zaire accused Rwanda of shelling the camps.", {("COD", "ACCUSE", "RWA")}),
    ("The Zairean army shelled Rwandan positions.", {("COD", "ASSAULT", "RWA")}),
])
def test_names_of_the_time_bonn_and_zaire(resources: Resources, body: str,
                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
