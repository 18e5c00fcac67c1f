"""A participle clause modifying the subject's noun names no subject nor patient
(docs/event-coding.md, "Recall sample on AG News (session 15, recall15a)"). Sentences written
for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_participle_object_is_no_subject(resources: Resources) -> None:
    got = facts(resources, "A Taliban faction holding two U.N. engineers hostage demanded a "
                "ransom from the Afghan government.", DAY)
    assert ("AFG", "DEMAND", "AFG") in got
    assert not {t for t in got if t[0] == "un"}


def test_participle_object_is_no_passive_patient(resources: Resources) -> None:
    got = facts(resources, "Three men accused of plotting to kill Cuba's president were "
                "pardoned by Panama's president.", DAY)
    assert got == {("PAN", "CONCEDE", None)}


def test_unnamed_group_with_participle_has_no_actor(resources: Resources) -> None:
    got = facts(resources, "An alliance fighting Indian rule rejected the package on Monday.", DAY)
    assert not {t for t in got if t[1] == "REJECT"}


@pytest.mark.parametrize(("body", "expected"), [
    ("Iraqi militants holding two Italians demanded a ransom.", ("IRQ", "DEMAND", None)),
    ("Israel kept attacking Hamas positions in Gaza.", ("ISR", "ASSAULT", "PSE")),
])
def test_actor_before_the_participle_stays(resources: Resources, body: str,
                                           expected: tuple[str, str, str | None]) -> None:
    assert expected in facts(resources, body, DAY)
