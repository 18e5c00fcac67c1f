""""warned against" a thing, naming no threatened act, is advice, no threat (docs/event-coding.md,
"Charges in the passive, repeated calls and tenders (session 18, verbal18)"). Sentences written
for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "1987-04-01"


def test_warned_against_a_fall(resources: Resources) -> None:
    assert facts(resources, "The Swedish finance minister warned against a further krona fall.",
                 DAY) == set()


def test_headline_warns_against(resources: Resources) -> None:
    assert facts(resources, "SWEDEN WARNS AGAINST TAX INCREASE", DAY) == set()


def test_warning_an_addressee_stays_a_threat(resources: Resources) -> None:
    assert facts(resources, "Sweden warned Norway against any incursion.", DAY) \
        == {("SWE", "THREATEN", "NOR")}
