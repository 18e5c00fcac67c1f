"""Rules of the second AG News recall round (docs/event-coding.md, "Second recall sample on AG
News (session 15, recall15d)"): "take hostage" as an abduction (also a headline's passive "taken
hostage", whose captive word is no object), no verbal attack read across a headline's colon, and a
closing wire credit ("(AP)") left out of a sentence's shape (`stages/closing_credit.py`).
Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


def test_taken_hostage_in_running_text(resources: Resources) -> None:
    got = facts(resources, "Three South Koreans were taken hostage in Nigeria on Monday.", DAY)
    assert (None, "ASSAULT", "KOR") in got


def test_taken_hostage_headline(resources: Resources) -> None:
    got = facts(resources, "Two Danes taken hostage in Yemen", DAY)
    assert (None, "ASSAULT", "DNK") in got


def test_the_hostage_is_no_actor(resources: Resources) -> None:
    # "take hostage" was left out of the mined verbs because the victim became the actor
    for body in ("A Japanese worker was taken hostage in Iraq.", "Japanese worker taken hostage in Iraq",
                 "Japanese worker taken hostage in Iraq (AFP)"):
        got = facts(resources, body, DAY)
        assert (None, "ASSAULT", "JPN") in got
        assert not any(actor == "JPN" for actor, _, _ in got)


def test_taken_captive_headline(resources: Resources) -> None:
    got = facts(resources, "Dutch engineer taken captive in Sudan", DAY)
    assert (None, "ASSAULT", "NLD") in got


def test_held_hostage_is_no_new_abduction(resources: Resources) -> None:
    got = facts(resources, "Rebels are holding five Peruvians hostage in the jungle.", DAY)
    assert not any(t == "ASSAULT" for _, t, _ in got)


def test_no_verbal_attack_across_a_colon(resources: Resources) -> None:
    got = facts(resources, "Canadian taken hostage in Haiti: report", DAY)
    assert not any(t == "ACCUSE" for _, t, _ in got)
    assert (None, "ASSAULT", "CAN") in got


def test_verbal_attack_before_a_colon_still_read(resources: Resources) -> None:
    got = facts(resources, "The French president attacked the budget proposals.", DAY)
    assert ("FRA", "ACCUSE", None) in got


def test_closing_credit_leaves_a_headline(resources: Resources) -> None:
    got = facts(resources, "Dane, two Swedes kidnapped in Kabul (AFP)", DAY)
    assert (None, "ASSAULT", "SWE") in got


def test_closing_credit_leaves_a_headline_passive(resources: Resources) -> None:
    got = facts(resources, "Chilean Supreme Court asked to rule on pension law (AFP)", DAY)
    assert ("CHL", "REQUEST", None) not in got


def test_shared_credit_leaves_a_headline(resources: Resources) -> None:
    got = facts(resources, "Kenyan Officers Charged With Plot (Reuters/AP)", DAY)
    assert (None, "ACCUSE", "KEN") in got


def test_credit_after_a_full_stop_is_running_text(resources: Resources) -> None:
    got = facts(resources, "Kenyan police arrested two Somalis. (AP)", DAY)
    assert ("KEN", "COERCE", "SOM") in got

