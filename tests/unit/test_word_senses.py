"""Other senses of trigger verbs (pipeline/stages/word_senses.py, docs/event-coding.md "Other
senses of trigger verbs"): sentences written for the tests, each with a case the rule keeps."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("The Kenyan ministry blamed falling coffee prices for the poor harvest.", set()),
    ("Chile's central bank blamed weak demand for the slowdown.", set()),
    # an actor in the object is an accusation
    ("Kenya blamed Uganda for the border clashes.", {("KEN", "ACCUSE", "UGA")}),
    ("Kenya blamed Ugandan rebels for the border clashes.", {("KEN", "ACCUSE", "UGA")}),
])
def test_blaming_a_thing_accuses_no_one(resources: Resources, body: str,
                                        expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan police were seeking an armed man after the robbery.", set()),
    ("Kenyan police seek two suspects after the robbery.", set()),
    ("Kenyan hackers are seeking out weak passwords.", set()),
    # seeking something from someone is a request
    ("Kenya is seeking a meeting with Uganda.", {("KEN", "REQUEST", "UGA")}),
])
def test_seeking_a_person_is_a_search(resources: Resources, body: str,
                                      expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya has improved telephone networks in the north.", set()),
    ("Nigeria restricted telephone and internet use during the vote.", set()),
    # the verb is a call
    ("The Kenyan president telephoned Uganda's president.", {("KEN", "CONSULT", "UGA")}),
])
def test_the_telephone_as_a_thing(resources: Resources, body: str,
                                  expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan TV host Jane Mwangi was taken to hospital on Monday.", set()),
    ("Italy host Spain in the final of the championship.", set()),
    ("Ireland travelled to Rome to play Italy in the last match of the season.", set()),
    # hosting a leader is a meeting
    ("Kenya hosted Uganda's president in Nairobi.", {("KEN", "CONSULT", "UGA")}),
])
def test_a_host_who_presents_or_plays(resources: Resources, body: str,
                                      expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_rap_music(resources: Resources) -> None:
    assert facts(resources, "French rap duo Les Freres took three awards.") == set()
    assert facts(resources, "The Spanish radio station plays Chilean rap and salsa.") == set()


def test_rap_after_a_verb_of_undergoing_is_a_rebuke(resources: Resources) -> None:
    # the roles of "faces rap" are the roles module's (left alone); the rebuke stays coded
    found = facts(resources, "Kenyan minister faces rap from Uganda over remarks.")
    assert "ACCUSE" in {kind for _, kind, _ in found}


@pytest.mark.parametrize(("body", "expected"), [
    ("The Kenyan cabinet is discussing the budget next Monday.", set()),
    ("Kenya's foreign minister is visiting Uganda next week.", set()),
    # a past progressive, or no time ahead, is a fact
    ("Kenya's foreign minister is meeting Uganda's president in Nairobi.",
     {("KEN", "CONSULT", "UGA")}),
])
def test_a_progressive_with_a_time_ahead(resources: Resources, body: str,
                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Visiting his old school in Lagos, the Nigerian writer discussed the problems facing young"
     " authors.", set()),
    # a second party, after "with" or before the verb, is a consultation
    ("The Kenyan president discussed the border with Uganda's president.",
     {("KEN", "CONSULT", "UGA")}),
    ("Kenya's president and Uganda's president discussed the border.",
     {("KEN", "CONSULT", "UGA")}),
])
def test_a_topic_discussed_by_one_party(resources: Resources, body: str,
                                        expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
