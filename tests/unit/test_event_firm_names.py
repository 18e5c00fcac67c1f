"""Firms named after a country (docs/event-coding.md, "Firms named after a country"): a country
word with a commercial head ("Canadian Mining"), "Air"/"Bank of" + a country, or a state-owned
company makes a sentence company news; state bodies and inter-state acts stay. Sentences written
for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan Mining said it agreed a supply contract with Uganda.", set()),
    ("AMERICAN MOTORS AGREES TO RESUME TALKS WITH UNION", set()),
    ("Air Kenya agreed a leasing deal for two jets with Uganda.", set()),
    ("Bank of Ghana agreed a loan to Togo for a cement plant.", set()),
    ("Mexican Printing last week withdrew its offer for a publisher in Peru.", set()),
    ("PERUVIAN TELECOM AWARDS ORDERS WORTH 70 MLN DLRS", set()),
    ("The French state-owned car group agreed to forgive the debt of Peru.", set()),
    ("The Nigerian state oil company agreed to supply Ghana with crude.", set()),
    # "State" in a name is no ownership
    ("The Islamic State group rejected talks with Iraq.", {("islamic-state", "REJECT", "IRQ")}),
])
def test_a_firm_named_after_a_country_makes_company_news(resources: Resources, body: str,
                                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # state bodies and the country's sector are no firm
    ("The U.S. Air Force agreed to train pilots from Kenya.", {("USA", "AGREE", "KEN")}),
    ("KENYAN OIL INDUSTRY ASKS GHANA FOR CRUDE", {("KEN", "REQUEST", "GHA")}),
    # a product in a headline is no firm's name
    ("JAPAN APPROVES AID FOR PERU STEEL PLANT", {("JPN", "AID", "PER")}),
    # a firm that only reports the act of states
    ("Kenya Airways said the Kenyan government signed an air pact with Uganda.",
     {("KEN", "AGREE", "UGA")}),
])
def test_state_bodies_and_state_acts_stay(resources: Resources, body: str,
                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
