"""A state's own deal with firms is AGREE (session 19, sense19; docs/event-coding.md "A state's
deal with firms"): `state_deals.state_deal` lifts `contexts.company_news` and
`contexts.firm_partner` for an agreement verb whose subject is a country. Sentences written for
the tests, with the cases that stay business."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Peru has signed nine mining contracts with 12 foreign companies since 1990.",
     {("PER", "AGREE", None)}),
    ("Kenya extended its gas exploration agreement with the British firm Ocelot Corp for two years.",
     {("KEN", "AGREE", "GBR")}),
])
def test_a_country_signing_with_firms_agrees(resources: Resources, body: str,
                                             expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize("body", [
    # firms among themselves
    "Ocelot Corp has signed an agreement with Bramble Ltd to explore for gas.",
    # a pronoun's country is a guess: the firm said "it" signed
    "Kenyan Poultry Products Inc said it has signed a letter of intent for a public share offering.",
    # a country ending a firm's name
    "Bramble Kenya has agreed with Ocelot Corp to share a pipeline.",
    # a market transaction stays business
    "Kenya has agreed to buy 30,000 tonnes of maize from Ocelot Corp.",
])
def test_deals_without_a_state_subject_stay_business(resources: Resources, body: str) -> None:
    assert facts(resources, body) == set()
