"""Firm names holding a country inside a longer capitalised name (docs/event-coding.md, "Firm
names holding a country (session 16, firms16)"): a country + capitalised words + a head, a firm
word before the country, "<Exchange> of" + a country. Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya West Airlines agreed on Tuesday to a new contract with its pilots.", set()),
    ("Kenyan Nuclear Fuels signed a supply contract with Uganda on Monday.", set()),
    ("British Energy agreed on Monday to a rescue plan with its creditors.", set()),
    ("Telekom Malaysia signed an agreement on Friday to buy a stake in a mobile operator.", set()),
    ("The Stock Exchange of Singapore has started talks with brokers about new rules for trading.",
     set()),
    ("The Mexican Stock Exchange said it has started talks on trading hours with its members.",
     set()),
    ("US Airways staff agreed to a pay cut on Monday after weeks of talks.", set()),
])
def test_a_country_inside_a_firm_name_is_no_state(resources: Resources, body: str,
                                                  expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # state lenders and agencies keep their country
    ("Officials said the U.S. Export-Import Bank agreed on Monday to lend Mexico 500 million dollars.",
     {("USA", "AGREE", "MEX")}),
    ("The Japan Development Bank agreed on Monday to lend Indonesia 200 million dollars.",
     {("JPN", "AGREE", "IDN")}),
    # a country before a lower-case word is no name
    ("British officials agreed on Monday to lend Kenya 50 million pounds.", {("GBR", "AGREE", "KEN")}),
])
def test_state_bodies_keep_their_country(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
