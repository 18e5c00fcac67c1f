"""Precision audit of session 14 (docs/event-coding.md "Precision audit of random coded
triples"): claims dismissed and questions unanswered (`dismissals.py`), promises of domestic
policy to no one (`pledges.py`), "phone company" (`word_senses.phone_thing`). Sentences written
for the tests, each rule with a case it keeps."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("The Kenyan president brushed off suggestions that his cabinet was divided.", set()),
    ("Kenya's foreign minister dismissed the reports as fantasy.", set()),
    ("The Kenyan government rejected speculation that its cabinet was divided.", set()),
    ("Kenya shrugged off the criticism, saying the election was fair.", set()),
    ("Kenya's foreign minister denied it amounted to a crisis.", set()),
    ("Uganda's army rebuffed the suggestion, saying its troops were at home.", set()),
    # a proposal or a plan rejected is a refusal
    ("Kenya rejected the proposal from Uganda.", {("KEN", "REJECT", "UGA")}),
    ("Kenya dismissed Uganda's offer of talks.", {("KEN", "REJECT", "UGA")}),
])
def test_a_dismissed_claim_is_a_comment(resources: Resources, body: str,
                                        expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya's foreign minister refused to answer further questions about the deal.", set()),
    ("Kenya's foreign minister declined to give any further details.", set()),
    ("Kenya's foreign minister refused to discuss newspaper reports about the deal.", set()),
    # refusing to discuss a dispute with another state is a refusal
    ("Kenya refused to discuss the border with Uganda.", {("KEN", "REJECT", "UGA")}),
])
def test_a_question_left_unanswered_is_no_refusal(resources: Resources, body: str,
                                                  expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Kenyan president has promised to cut taxes for farmers.", set()),
    ("Kenya's finance minister pledged to halve the budget deficit within three years.", set()),
    ("The Kenyan president pledged to end unemployment among the young.", set()),
    # promises to someone, or about a truce, keep their AGREE
    ("Kenya promised to observe the ceasefire.", {("KEN", "AGREE", None)}),
    ("Kenya pledged 10 million dollars to the vaccine fund.", {("KEN", "AGREE", None)}),
    ("Kenya promised Uganda to cut taxes on its goods.", {("KEN", "AGREE", "UGA")}),
])
def test_a_policy_pledge_to_no_one_is_no_agreement(resources: Resources, body: str,
                                                   expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya's largest phone company cut its prices.", set()),
    ("Nigeria has improved mobile phone networks in the north.", set()),
    # the verb is a call
    ("The Kenyan president phoned Uganda's president.", {("KEN", "CONSULT", "UGA")}),
])
def test_the_phone_as_a_thing(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Kenyan president will miss a speech from Yoweri Museveni, who criticised Sudan.",
     {("UGA", "ACCUSE", "SDN")}),
    ("The Kenyan president will miss a speech from a senior aide, who this week criticised Sudan.",
     set()),
    # the antecedent was already the subject when no preposition governs it
    ("Kenya's president met Yoweri Museveni, who criticised Sudan.",
     {("KEN", "CONSULT", "UGA"), ("UGA", "ACCUSE", "SDN")}),
])
def test_a_relative_clause_has_its_antecedent_as_subject(resources: Resources, body: str,
                                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
