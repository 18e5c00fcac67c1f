"""Precision audit of CoNLL-2003 train (session 14, precision14b; docs/event-coding.md
"Precision audit of CoNLL-2003 train"): journeys with no host and trips home (`travel.py`),
passives of irregular participles (`participles.py`). Sentences written for the tests, each
rule with cases it keeps."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("The Kenyan president arrived in Mombasa on Monday.", set()),
    ("The Kenyan president visited three provincial towns this week.", set()),
    ("Kenya's foreign minister flew to Nairobi after the vote.", set()),
    # a host named, or talks, keep the visit
    ("The Kenyan president arrived in Uganda on Monday.", {("KEN", "CONSULT", "UGA")}),
    ("The Kenyan president visited Uganda on Monday.", {("KEN", "CONSULT", "UGA")}),
    ("The Kenyan foreign minister arrives for talks on the border.", {("KEN", "CONSULT", None)}),
])
def test_a_journey_with_no_host_is_no_visit(resources: Resources, body: str,
                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Kenyan president returned to Nairobi on Friday.", set()),
    ("Kenya's foreign minister returned from Uganda on Friday.", set()),
    # the return of people or property is a RETREAT
    ("Kenya returned the prisoners to Uganda.", {("KEN", "RETREAT", "UGA")}),
])
def test_a_trip_home_is_no_retreat(resources: Resources, body: str,
                                   expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya's envoy had been told to leave the talks.", set()),
    ("Kenya's envoy was told to leave the talks by Uganda.", {("UGA", "DEMAND", "KEN")}),
    # no auxiliary: the participle is an active verb
    ("Kenya told Uganda to withdraw its troops.", {("KEN", "DEMAND", "UGA")}),
])
def test_an_irregular_participle_after_was_is_passive(resources: Resources, body: str,
                                                      expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Kenyan president visits Uganda on September 7 for two days.", set()),
    ("Kenya hands the island back to Uganda on June 30.", set()),
    # a past tense with a month is a fact
    ("The Kenyan president visited Uganda on September 7 for two days.",
     {("KEN", "CONSULT", "UGA")}),
])
def test_a_present_tense_before_a_month_is_future(resources: Resources, body: str,
                                                  expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
