"""A country word inside a firm's name is no actor for any type (docs/event-coding.md, "Firm
names in other event types (session 16, firms16b)"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "country"), [
    ("Kenyan Express is suing three rival card issuers, claiming unfair pricing.", "KEN"),
    ("American Nuclear Fuels Corp said a law suit alleging fraud has been filed against its unit by a"
     " supplier.", "USA"),
    ("Kenya Airways is suing two travel agents over unpaid fares.", "KEN"),
    ("Air Canada announced a deal Wednesday to buy 20 jets.", "CAN"),
    ("Air Kenya is in bankruptcy protection for the third time and battling to cut costs.", "KEN"),
    ("KENYAN MOTORS MARCH TRUCK OUTPUT FALLS", "KEN"),
    # a pronoun standing for the firm, the national arm of a firm with a two-word name
    ("IBM Kenya Ltd said it filed a lawsuit against two software resellers.", "KEN"),
    ("GENERAL MOTORS KENYA MARCH TRUCK SALES UP", "KEN"),
    # a country right before a legal form is the firm's too (fails without `_designated`)
    ("BRITISH MOTORS OF KENYA INC <BMK> YEAR MARCH 31", "GBR"),
    ("BRITISH MOTORS OF KENYA INC <BMK> YEAR MARCH 31", "KEN"),
])
def test_a_country_inside_a_firm_name_is_no_actor(resources: Resources, body: str, country: str) -> None:
    assert not any(country in triple for triple in facts(resources, body))


@pytest.mark.parametrize(("body", "expected"), [
    # a country beside a firm keeps its own acts
    ("Kenyan Airways said Uganda accused Kenya of closing the border.", {("UGA", "ACCUSE", "KEN")}),
    ("British officials accused France on Monday of breaking the fishing agreement.",
     {("GBR", "ACCUSE", "FRA")}),
    ("Bank Indonesia said it accused Malaysia of breaking the currency accord.", {("IDN", "ACCUSE", "MYS")}),
])
def test_countries_outside_firm_names_stay(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
