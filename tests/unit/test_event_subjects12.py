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


@pytest.mark.parametrize(("body", "expected"), [
    # a person noun after the nationality
    ("An Iranian blogger has been jailed for ten years.", {(None, "COERCE", "IRN")}),
    ("A Chilean carpenter was arrested in Lima on Monday.", {(None, "COERCE", "CHL")}),
    # past an aside between commas
    ("A Malian man, detained in a raid last week, was deported on Friday.",
     {(None, "COERCE", "MLI")}),
    # a nationality before a place noun names the place, not the author of the means
    ("A Chilean teacher was arrested in the Peruvian border town of Tacna.",
     {(None, "COERCE", "CHL")}),
])
def test_a_passive_patient_named_by_a_nationality(resources: Resources, body: str,
                                                  expected: set[Triple]) -> None:
    assert facts(resources, body, "1996-09-01") == expected
