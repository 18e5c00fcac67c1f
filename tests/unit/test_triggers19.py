"""Session 19 (triggers19): a sanction held out on a condition is a threat, a noun trigger takes
no finite verb as its content, "admit error" concedes (docs/event-coding.md, "Dictionary gaps and
modality (session 19, triggers19)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "1987-04-01"


def test_sanction_unless_the_other_side_acts(resources: Resources) -> None:
    assert ("european-community", "THREATEN", "JPN") in facts(
        resources, "EC ministers agreed to impose duties on Japanese cars unless Tokyo opened "
        "its markets.", DAY)


def test_sanction_if_the_other_side_does_not_act(resources: Resources) -> None:
    assert ("USA", "THREATEN", "NIC") in facts(
        resources, "Washington agreed to tighten sanctions against Nicaragua if it does not "
        "free the prisoners.", DAY)


def test_condition_without_a_party_is_no_threat(resources: Resources) -> None:
    assert all(t[1] != "THREATEN" for t in facts(
        resources, "The bill would require the President to retaliate against Japan unless the "
        "duties would hurt the economy.", DAY))


def test_an_explicit_threat_is_not_doubled(resources: Resources) -> None:
    assert facts(resources, "Canada threatened to impose sanctions on Chile unless it released "
                 "the fishermen.", DAY) == {("CAN", "THREATEN", "CHL")}


def test_an_agreement_signed_by_a_minister(resources: Resources) -> None:
    assert ("JOR", "AGREE", None) in facts(
        resources, "The new aid agreement was signed by Jordan's Minister of Trade on Monday.", DAY)


def test_an_agreement_s_terms_are_no_act(resources: Resources) -> None:
    assert all(t[1] != "AGREE" for t in facts(
        resources, "Oslo said the accord offers Chile the right to buy more salmon.", DAY))


def test_a_pledge_to_withdraw_stays_content(resources: Resources) -> None:
    assert all(t[1] != "RETREAT" for t in facts(
        resources, "Syria made a pledge to withdraw its troops from Lebanon.", DAY))


def test_admits_error(resources: Resources) -> None:
    assert ("USA", "CONCEDE", None) in facts(
        resources, "U.S. Admits Error In Handling Of Refugee Case", DAY)
