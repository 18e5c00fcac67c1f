"""A country subject's own government stays the recipient of an act of dissent (docs/event-coding.md,
"Recall sample on Reuters-21578 (session 15, recall15e)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "1987-04-01"


def test_headline_official_condemns_own_government(resources: Resources) -> None:
    assert facts(resources, "KENYAN OFFICIAL CONDEMNS GOVERNMENT FARM POLICY", DAY) \
        == {("KEN", "ACCUSE", "KEN")}


def test_official_criticises_the_government(resources: Resources) -> None:
    assert facts(resources, "A Peruvian senator criticised the government's budget.", DAY) \
        == {("PER", "ACCUSE", "PER")}


def test_own_troops_are_still_no_recipient(resources: Resources) -> None:
    assert facts(resources, "Britain sent more troops to its bases.", DAY) \
        == {("GBR", "MOBILIZE", None)}
