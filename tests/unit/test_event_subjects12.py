"""Subjects and recipients of session 12 (counterparts, groups meeting among themselves, passive
patients named by a nationality): sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # "X and his <nationality> counterpart Y": a coordinated pair, first-named is the actor
    ("Chirac and his German counterpart Helmut Kohl met in Bonn on Friday.",
     {("FRA", "CONSULT", "DEU")}),
    ("Primakov and his Chinese counterpart Qian Qichen signed an agreement on Monday.",
     {("RUS", "AGREE", "CHN")}),
    # the counterpart's name between commas; an unknown name takes the nationality
    ("Chirac and his Slovenian counterpart, Milan Novak, met for talks in Paris.",
     {("FRA", "CONSULT", "SVN")}),
    # "between X and his counterpart Y"
    ("Talks between Chirac and his German counterpart Helmut Kohl ended on Monday.",
     {("FRA", "CONSULT", "DEU")}),
])
def test_a_counterpart_is_a_coordinated_subject(resources: Resources, body: str,
                                                expected: set[Triple]) -> None:
    assert facts(resources, body, "1996-09-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a bare group noun after a qualified group is that group's, not the place's
    ("Sudanese rebel leaders met the mediator in Nairobi.", {("SDN", "CONSULT", None)}),
])
def test_a_group_noun_after_a_group_takes_its_country(resources: Resources, body: str,
                                                      expected: set[Triple]) -> None:
    assert facts(resources, body, "1996-09-01") == expected
