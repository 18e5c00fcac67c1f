"""Precision audit of random coded triples on the gold's own sources (session 15, precision15;
docs/event-coding.md "Precision audit on the gold's sources"): the content of a disputed claim
(`disputed_claims.py`) and parts of the Americas read as the United States
(`country_names.MASKED_NAMES`). Sentences written for the tests, each rule with cases it keeps."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya's envoy denied reports in a Nairobi newspaper that Uganda had shelled Kenyan "
     "villages.", set()),
    ("Kenya refuted a report that Uganda had shelled Kenyan villages.", set()),
    ("Uganda rejected on Monday a suggestion that it had shelled Kenyan villages.",
     {("UGA", "REJECT", None)}),
    ("The quarrel is over Kenyan charges that Uganda has seized fishing boats.", set()),
    ("There were rumours that Kenya had expelled the Ugandan ambassador.", set()),
    # undisputed reports, a verb of claiming, and a clause of the speaker's own keep the act
    ("Kenyan radio reported that Uganda attacked a border post.", {("UGA", "ASSAULT", None)}),
    ("Amid reports that Uganda attacked a border post, Kenya recalled its ambassador.",
     {("UGA", "ASSAULT", "KEN")}),
    # accuse20: "charges that" is an accusation, coded as "charged that" is (the charge, not its
    # content)
    ("Kenya charges that Uganda attacked its border post.", {("KEN", "ACCUSE", "UGA")}),
    ("Kenya denied the report, but Ugandan troops attacked Kenyan villages.",
     {("UGA", "ASSAULT", "KEN")}),
])
def test_the_content_of_a_disputed_claim_is_no_fact(resources: Resources, body: str,
                                                    expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Latin American leaders urged Kenya to withdraw its troops.", {(None, "REQUEST", "KEN")}),
    ("Banks in North America urged Brazil to pay its debts.", set()),
    # America and an American are still the United States
    ("The American envoy urged Brazil to pay its debts.", {("USA", "REQUEST", "BRA")}),
    ("America urged Brazil to pay its debts.", {("USA", "REQUEST", "BRA")}),
])
def test_parts_of_the_americas_are_no_united_states(resources: Resources, body: str,
                                                    expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya strikes Ugandan power deal", {("KEN", "AGREE", "UGA")}),
    ("Kenya strikes a friendly deal with Uganda on power.", {("KEN", "AGREE", "UGA")}),
    # a strike on a target stays an attack
    ("Kenyan jets struck Ugandan rebel camps.", {("KEN", "ASSAULT", "UGA")}),
    ("Kenya struck a deal with Uganda on Monday.", {("KEN", "AGREE", "UGA")}),
])
def test_a_deal_struck_is_an_agreement(resources: Resources, body: str,
                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
