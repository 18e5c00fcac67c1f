"""Requests, demands and threats received, and "receive" with such a noun or an aid noun as its
object (session 21, consult21; docs/event-coding.md "Verbal acts received"; `received_acts.py`).
Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # the giver after "from" is the actor, the verb's subject the recipient (was KEN REQUEST UGA)
    ("Kenya received a request from Uganda to reopen the border posts.",
     {("UGA", "REQUEST", "KEN")}),
    # the giver named before the noun
    ("Chile received a Peruvian demand for compensation.", {("PER", "DEMAND", "CHL")}),
    ("Portugal got a warning from Brazil over the fishing quota.", {("BRA", "THREATEN", "PRT")}),
    # no giver named: an unnamed actor; the place after "in" is no receiver
    ("The Chilean embassy in Lima received a threat on Monday.", {(None, "THREATEN", "CHL")}),
])
def test_received_verbal_acts(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "absent"), [
    # receiving an appeal or aid is no visit (was KEN CONSULT UGA)
    ("Kenya received an appeal from Uganda to reopen the border posts.", ("KEN", "CONSULT", "UGA")),
    ("Kenya received Ugandan aid last year.", ("KEN", "CONSULT", "UGA")),
])
def test_no_visit_received(resources: Resources, body: str, absent: Triple) -> None:
    assert absent not in facts(resources, body)


def test_business_orders_left_alone(resources: Resources) -> None:
    # a firm's order is business, no demand
    assert not any(t[1] == "DEMAND" for t in facts(
        resources, "Kenya Airways received an order from Uganda for two aircraft."))


def test_hosting_stays(resources: Resources) -> None:
    # "received" with a person as its object is still a host's CONSULT
    assert ("KEN", "CONSULT", "UGA") in facts(
        resources, "Kenyan President Mwai Kibaki received Ugandan President Yoweri Museveni in Nairobi.")
