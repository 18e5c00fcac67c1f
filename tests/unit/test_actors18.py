"""Actor resolution fixes of session 18 (actors18; docs/event-coding.md, "Actor and recipient
resolution, session 18"), on sentences written for the tests: central banks named "Bank of
<country>", an acronym the article spells out as another body than the KB's, a firm's home
country that places no group, the noun "plan" predicated by its verb and unidentified groups."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # a central bank is a state body of its country, not a firm nor a body of no country
    ("The Bank of Italy criticised Germany over its budget.", ("ITA", "ACCUSE", "DEU")),
    ("The Bank of Korea met Japanese officials on Monday.", ("KOR", "CONSULT", "JPN")),
    ("BANK OF FINLAND WELCOMES GERMAN PROPOSAL", ("FIN", "SUPPORT", "DEU")),
    ("The Reserve Bank of India praised Britain for its help.", ("IND", "SUPPORT", "GBR")),
    # "African Development Bank (ADB)": the African bank, not the KB's Asian "ADB"
    ("The African Development Bank (ADB) approved a loan to Kenya.",
     ("african-development-bank", "AID", "KEN")),
    ("The Asian Development Bank (ADB) approved a loan to Nepal.",
     ("asian-development-bank", "AID", "NPL")),
    ("The African Development Bank (ADB) opened an office in Rabat. The ADB approved a loan to Morocco.",
     ("african-development-bank", "AID", "MAR")),
    # the noun "plan" as what the verb predicates is no future cue
    ("German plan criticized by France.", ("FRA", "ACCUSE", "DEU")),
    ("The Italian plan was rejected by Spain.", ("ESP", "REJECT", "ITA")),
])
def test_actors18_codes(resources: Resources, body: str, expected: Triple) -> None:
    assert expected in facts(resources, body, "2005-01-01")


@pytest.mark.parametrize(("body", "unexpected"), [
    # commercial banks named after a country stay firms
    ("Bank of China signed a loan agreement with Brazil.", ("CHN", "AGREE", "BRA")),
    ("Union Bank of Switzerland signed an accord with France.", ("CHE", "AGREE", "FRA")),
    # the acronym alone is still the KB's
    ("The African Development Bank (ADB) approved a loan to Kenya.",
     ("asian-development-bank", "AID", "KEN")),
    ("The African Development Bank (ADB) opened an office in Rabat. The ADB approved a loan to Morocco.",
     ("asian-development-bank", "AID", "MAR")),
    # a central bank acting in the money market is market news
    ("The Bank of Spain offered to drain funds from the money market.", ("ESP", "AGREE", None)),
    # a firm's home country is not the country of a bare "Judge" or "government"
    ("Judge asked to fine Microsoft over its contracts", (None, "REQUEST", "USA")),
    ("Microsoft finalises a big government deal", ("USA", "AGREE", None)),
    # "plans" as a verb before a noun trigger still puts it ahead
    ("Iran plans talks with Iraq.", ("IRN", "CONSULT", "IRQ")),
    # whose jets they were, the sentence does not say: not the victims' country
    ("Unidentified jets raided Iranian oil platforms in the Gulf.", ("IRN", "ASSAULT", "IRN")),
])
def test_actors18_leaves_out(resources: Resources, body: str, unexpected: Triple) -> None:
    assert unexpected not in facts(resources, body, "2005-01-01")

