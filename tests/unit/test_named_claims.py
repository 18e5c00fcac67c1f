"""Charges that ... are an accusation of their owner; an accusation named by the subject of a
naming verb is no accusation of that subject (docs/event-coding.md, "Charges that, claims named by
their target, quarrels over a country (session 20, accuse20)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


def test_renewed_charges_that_accuse(resources: Resources) -> None:
    assert facts(resources, "Israel renewed its charges that Syria supports terrorism.", DAY) \
        == {("ISR", "ACCUSE", "SYR")}


def test_singular_charge_that_accuses(resources: Resources) -> None:
    assert facts(resources, "Ghana repeated its charge that Togo harbours the plotters.", DAY) \
        == {("GHA", "ACCUSE", "TGO")}


def test_present_verb_charges_that_accuses(resources: Resources) -> None:
    assert ("PAK", "ACCUSE", "IND") in facts(
        resources, "Pakistan charges that India shelled its border villages.", DAY)


def test_accusation_named_false_is_no_accusation_of_the_namer(resources: Resources) -> None:
    got = facts(resources, "Chavez called accusations that he armed Colombian rebels "
                "utterly false.", DAY)
    assert not any(t[1] == "ACCUSE" for t in got)


def test_criticism_described_as_unfair_is_no_criticism_of_the_describer(
        resources: Resources) -> None:
    got = facts(resources, "Putin described the allegations that Moscow rigged the vote "
                "as lies.", DAY)
    assert ("RUS", "ACCUSE", None) not in got and ("RUS", "ACCUSE", "RUS") not in got


def test_legal_charges_that_stay_uncoded(resources: Resources) -> None:
    got = facts(resources, "The broker agreed to pay a fine to settle charges that it misled "
                "its clients.", DAY)
    assert not any(t[1] == "ACCUSE" for t in got)
