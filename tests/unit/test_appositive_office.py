"""A person placed by an office "of"/"for" a country's body in an apposition (docs/event-coding.md,
"Recall sample on CoNLL-2003 train (session 14, recall14a)"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts

DAY = "1996-09-01"


@pytest.mark.parametrize(("body", "expected"), [
    # the office before the country, with "of" or "for" (resolve._appositive has the country first)
    ("Jean Dupont, leader of France's biggest union, criticised Iran on Wednesday.",
     {("FRA", "ACCUSE", "IRN")}),
    ("Pavel Novak, a spokesman for the Czech government, condemned Libya on Monday.",
     {("CZE", "ACCUSE", "LBY")}),
    ("Jan Kowalski, deputy head of Polish intelligence, met Kinkel in Bonn.",
     {("POL", "CONSULT", "DEU")}),
])
def test_office_of_a_country_places_the_person(resources: Resources, body: str,
                                               expected: set[Triple]) -> None:
    assert facts(resources, body, DAY) == expected


def test_office_of_an_unplaced_body_places_nobody(resources: Resources) -> None:
    # a firm the KB does not know gives no country: the person stays unplaced (no actor code)
    assert facts(resources, "Jean Dupont, chairman of Fiat, criticised Iran on Wednesday.",
                 DAY) == {(None, "ACCUSE", "IRN")}
