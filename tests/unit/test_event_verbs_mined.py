"""Verbs and verb phrases added after mining unlabelled news text, on sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_event_rules import Triple, code, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Iran and Iraq hammered out a deal on prisoners.", ("IRN", "AGREE", "IRQ")),
    ("Chile and Peru worked out an agreement on fishing rights.", ("CHL", "AGREE", "PER")),
    ("Kenya and Uganda forged an agreement on the border.", ("KEN", "AGREE", "UGA")),
    ("Washington pressured Tokyo to open its rice market.", ("USA", "REQUEST", "JPN")),
    ("China is pressuring Vietnam over the islands.", ("CHN", "REQUEST", "VNM")),
    ("Serbia caved in to Croatia over the border posts.", ("SRB", "CONCEDE", "HRV")),
    ("Greece backed off from its threat against Turkey.", ("GRC", "CONCEDE", "TUR")),
    ("Libya handed back the captured soldiers to Chad.", ("LBY", "RETREAT", "TCD")),
    ("India recalled its envoy from Pakistan.", ("IND", "SANCTION", "PAK")),
    ("Sudan closed its embassy in Kenya.", ("SDN", "SANCTION", "KEN")),
    ("Iraq cancelled talks with Kuwait.", ("IRQ", "SANCTION", "KWT")),
    ("China voiced concern over Japan's defence plans.", ("CHN", "ACCUSE", "JPN")),
    ("Egypt voiced outrage over Israel's raid.", ("EGY", "ACCUSE", "ISR")),
    ("Iran hit out at Britain over the arrests.", ("IRN", "ACCUSE", "GBR")),
    ("Turkish police rounded up Kurdish activists in Ankara.", ("TUR", "COERCE", "TUR")),
    ("Thai police apprehended two Burmese smugglers.", ("THA", "COERCE", "MMR")),
    ("Moscow dispatched troops to Georgia.", ("RUS", "MOBILIZE", "GEO")),
    ("Indian troops opened fire across the border into Pakistan.", ("IND", "ASSAULT", "PAK")),
    ("Pakistani troops slaughtered Indian villagers.", ("PAK", "ASSAULT", "IND")),
    ("Chadian troops recaptured the oasis from Libya.", ("TCD", "ASSAULT", "LBY")),
    ("Ethiopian troops laid siege to the Eritrean town.", ("ETH", "ASSAULT", "ERI")),
    ("Jordan withdrew its ambassador from Syria.", ("JOR", "SANCTION", "SYR")),
    ("Egyptian police cracked down on Islamist students in Cairo.", ("EGY", "COERCE", "EGY")),
    ("Syria massed forces on the Turkish border.", ("SYR", "MOBILIZE", "TUR")),
    ("Libya railed against Washington over the raid.", ("LBY", "ACCUSE", "USA")),
    ("France prosecuted two Algerian militants.", ("FRA", "COERCE", "DZA")),
    ("Iran retook the island from Iraq.", ("IRN", "ASSAULT", "IRQ")),
])
def test_mined_verbs_code_their_event(resources: Resources, body: str, expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize(("body", "kind"), [
    ("Japan came under pressure from Washington over rice.", "REQUEST"),
    ("The yen is under heavy pressure against the dollar.", "REQUEST"),
    ("Finance ministers voiced concern about rising inflation.", "ACCUSE"),
    ("France voiced concern that growth would slow next year.", "ACCUSE"),
    ("Rebels were blamed for the slaughter of villagers in Uganda.", "ASSAULT"),
    ("Police dispersed Kenyan protesters in Nairobi.", "COERCE"),
    ("A bus crash in Morocco injured twenty people.", "ASSAULT"),
])
def test_excluded_senses_code_nothing(resources: Resources, body: str, kind: str) -> None:
    assert not any(code == kind for _, code, _ in facts(resources, body))


@pytest.mark.parametrize("body", [
    "Poland cut its troops in Iraq by a third.",
    "Italy reduced its troops in Lebanon.",
])
def test_cutting_troops_is_a_withdrawal(resources: Resources, body: str) -> None:
    assert ("RETREAT", "withdraw") in events(resources, body)


@pytest.mark.parametrize(("body", "expected"), [
    ("Jordan withdrew its ambassador from Syria.", ("SANCTION", "withdraw")),
    ("Iraq cancelled talks with Kuwait.", ("SANCTION", "halt-talks")),
    ("Iran withdrew from the talks with Egypt.", ("SANCTION", "halt-talks")),
    ("Argentina capitulated to Britain.", ("RETREAT", "disarm")),
    ("The rebels handed back the seized weapons to Angola.", ("RETREAT", "return")),
])
def test_new_phrases_carry_their_mode(resources: Resources, body: str,
                                      expected: tuple[str, str]) -> None:
    assert expected in events(resources, body)


def events(resources: Resources, body: str) -> set[tuple[str, str]]:
    """Asserted (type, mode) pairs the coder finds in one sentence."""
    return {(e.event_type.code, e.event_type.mode) for e in code(resources, body, "2004-09-01")
            if e.modality == "asserted"}


def test_withdrawing_from_a_place_stays_a_retreat(resources: Resources) -> None:
    assert ("RETREAT", "withdraw") in events(resources, "Libyan troops withdrew from northern Chad.")


def test_expressing_concern_is_left_out(resources: Resources) -> None:
    body = "Bush sent Putin a message expressing concern about his reforms."
    assert not any(actor == "RUS" and code == "ACCUSE" for actor, code, _ in facts(resources, body))
