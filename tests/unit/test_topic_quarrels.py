"""Civilians who clash over a country quarrel about it; the country is the topic, not the target
(docs/event-coding.md, "Charges that, claims named by their target,
quarrels over a country (session 20, accuse20)",
`topic_quarrels.py`). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


def test_civilians_clashing_over_a_country_quarrel(resources: Resources) -> None:
    assert facts(resources, "CHIRAC AND JOSPIN CLASH OVER IRAQ", "2001-06-01") \
        == {("FRA", "ACCUSE", "FRA")}


def test_one_civilian_clashing_over_a_country_has_no_recipient(resources: Resources) -> None:
    assert facts(resources, "Jacques Chirac clashed over Iraq with his critics on Monday.",
                 "2003-03-01") == {("FRA", "ACCUSE", None)}


def test_troops_clashing_stay_violence(resources: Resources) -> None:
    assert facts(resources, "Indian troops clashed over the weekend with Pakistani soldiers "
                 "in Kashmir.", DAY) == {("IND", "ASSAULT", "PAK")}


def test_a_civilian_attacking_a_country_over_a_topic_stays_an_attack(
        resources: Resources) -> None:
    assert ("USA", "ASSAULT", "IRQ") in facts(
        resources, "Bush attacked Iraq over its weapons.", "2003-03-01")
