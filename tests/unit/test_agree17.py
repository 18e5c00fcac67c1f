"""Deals and talks (and other dealing events) of the actor base's firms are company news, and
talks with no one are no consultation (session 17, agree17; docs/event-coding.md "Firms of the
actor base as parties", "Talks with no one"): `firm_parties.py`, `lone_talks.py`. Sentences written
for the tests, with the cases the rule keeps."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Microsoft signed a licensing deal with Sony on Monday.", set()),
    ("The Danish tax office signed a software deal with Microsoft.", set()),
    ("IBM agreed on Tuesday to pay 20 million dollars to settle the claims.", set()),
    ("Shell has pledged to invest in a new North Sea field.", set()),
    ("Texaco held talks with Pennzoil on Friday.", set()),
    # states, and firms their state owns, keep their deals
    ("Rosneft signed a long-term supply deal with China.", {("RUS", "AGREE", "CHN")}),
    ("Denmark signed a trade deal with Norway on Monday.", {("DNK", "AGREE", "NOR")}),
    ("Denmark held talks with Norway on Friday.", {("DNK", "CONSULT", "NOR")}),
])
def test_deals_of_private_firms_are_company_news(resources: Resources, body: str,
                                                 expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("EC farm ministers met in Brussels on Friday.", set()),
    ("The Kenyan cabinet met on Monday to discuss the budget.", set()),
    ("KENYA MINISTER DELAYED FOR TEA TALKS", set()),
    ("EU TRADE MINISTERS END MEETING WITHOUT ACCORD", set()),
    ("EU leaders are holding talks in Brussels on the economy.", set()),
    # a partner named, a verb with an object, a journey for talks keep their CONSULT
    ("Kenya held talks with its creditors on Friday.", {("KEN", "CONSULT", None)}),
    ("Kenya is talking to its creditors.", {("KEN", "CONSULT", None)}),
    ("The Kenyan president met tea growers on Monday.", {("KEN", "CONSULT", None)}),
    ("Kenya held talks with Uganda on Friday.", {("KEN", "CONSULT", "UGA")}),
    ("The Kenyan president arrived for talks.", {("KEN", "CONSULT", None)}),
])
def test_talks_with_no_one_are_no_consultation(resources: Resources, body: str,
                                               expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
