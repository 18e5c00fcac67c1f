"""A speaker's "its" in an attack's object names the speaker's country as the one attacked
(docs/event-coding.md, "A speaker's 'its' in an attack's object (session 21, recip21)").
Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "1987-10-20"


def test_speaker_owns_the_platforms(resources: Resources) -> None:
    assert facts(resources, "Iran said Iraqi jets bombed two of its oil wells in the north.",
                 DAY) == {("IRQ", "ASSAULT", "IRN")}


def test_speaker_before_a_lower_case_noun(resources: Resources) -> None:
    assert facts(resources, "The Iraqi news agency said Iranian gunboats attacked one of its "
                 "tankers.", DAY) == {("IRN", "ASSAULT", "IRQ")}


def test_its_own_is_the_attackers(resources: Resources) -> None:
    assert ("IRQ", "ASSAULT", "IRN") not in facts(
        resources, "Iran said Iraq had bombed its own cities.", DAY)


def test_speaker_of_the_attackers_country(resources: Resources) -> None:
    assert facts(resources, "Iraq said its warplanes attacked two ships in the Gulf.", DAY) \
        == {("IRQ", "ASSAULT", None)}
