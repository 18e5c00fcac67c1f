"""Headline grammar, session 16 (headlines16): a weak trigger's passive with its patient before it
(`stages/freed_passive.py`). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_event_rules import Triple, facts

# (sentence, a triple it states): "free" is a weak lemma, which counted only with an actor after
# it; in the passive its patient stands before it.
_STATED: list[tuple[str, Triple]] = [
    ("Three Nepalese hostages freed in Iraq", (None, "RETREAT", "NPL")),
    ("Two Danish hostages freed", (None, "RETREAT", "DNK")),
    ("The Kenyan hostages were freed on Sunday.", (None, "RETREAT", "KEN")),
    ("The Bolivian journalists have been freed, officials said.", (None, "RETREAT", "BOL")),
]
# (sentence, a triple it must not give)
_NOT_STATED: list[tuple[str, Triple]] = [
    # a place before the participle is no patient
    ("Hostages in Nepal freed", (None, "RETREAT", "NPL")),
    # other weak participles stay as they were: a rating given, a measure opposed
    ("Hungary was given a better credit rating.", (None, "AID", "HUN")),
    ("Denmark and Portugal were opposed to the tax.", (None, "REJECT", "DNK")),
]


@pytest.mark.parametrize(("body", "expected"), _STATED)
def test_a_passive_release_is_coded(resources: Resources, body: str, expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize(("body", "wrong"), _NOT_STATED)
def test_weak_passive_limits(resources: Resources, body: str, wrong: Triple) -> None:
    assert wrong not in facts(resources, body)


# A second headline after a comma has its own subject (`stages/comma_subject.py`).
@pytest.mark.parametrize(("headline", "wrong"), [
    ("Chile Hopeful on Miners, Church Demands Pay Rise", ("CHL", "DEMAND", None)),
    ("Brazil Hopeful on Talks, Clergy Accuse Police", ("BRA", "ACCUSE", None)),
    ("Peru Says Rebels in Retreat, Despite Blast", ("PER", "ACCUSE", None)),
])
def test_second_headline_has_its_own_subject(resources: Resources, headline: str,
                                             wrong: Triple) -> None:
    assert wrong not in facts(resources, headline)


@pytest.mark.parametrize(("headline", "expected"), [
    # a verb right after the comma shares the first subject
    ("EU Sets Date for Turkey Talks, Demands Concession", ("eu", "DEMAND", "TUR")),
    # an adverb is no subject
    ("Chile Hails Vote, Swiftly Accuses Peru of Fraud", ("CHL", "ACCUSE", "PER")),
    # a group noun takes the country of the first headline
    ("Chile Hopeful on Miners, Union Demands Pay Rise", ("CHL", "DEMAND", "CHL")),
    # in capitals, a list of nouns reads the same
    ("CHILE WINE, COPPER TALKS WITH PERU BEGIN", ("CHL", "CONSULT", "PER")),
    # a sentence that ends with a full stop is no headline
    ("Chile Hopeful on Miners, Church Demands Pay Rise.", ("CHL", "DEMAND", None)),
])
def test_comma_subject_limits(resources: Resources, headline: str, expected: Triple) -> None:
    assert expected in facts(resources, headline)
