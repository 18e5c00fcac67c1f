"""The beneficiary of an appeal is not the one asked (docs/event-coding.md, "Recipients of the
gold's sources (session 17, recip17)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_appeal_for_a_stricken_country(resources: Resources) -> None:
    assert facts(resources, "The UN launched an appeal for storm-hit Haiti.", DAY) \
        == {("un", "REQUEST", None)}


def test_the_owner_of_what_is_asked_is_asked(resources: Resources) -> None:
    assert facts(resources, "Chile appealed for Japanese investment.", DAY) \
        == {("CHL", "REQUEST", "JPN")}


def test_an_infinitive_subject_is_asked(resources: Resources) -> None:
    assert facts(resources, "Iran called for Iraq to withdraw.", DAY) \
        == {("IRN", "REQUEST", "IRQ")}
