"""Headline recall rules (the headline recall round), on sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_event_rules import Triple, facts

# (headline, a triple it states): one block per rule of the round.
_STATED: list[tuple[str, Triple]] = [
    # passive victims named by a nationality or a body, "shot dead", "gunned down"
    ("Two Danes shot dead near the border", (None, "ASSAULT", "DNK")),
    ("4 UN workers kidnapped in Kabul", (None, "ASSAULT", "un")),
    ("Canadian engineer abducted in Nigeria", (None, "ASSAULT", "CAN")),
    ("Peruvian Militant Gunned Down", (None, "ASSAULT", "PER")),
    ("US Official Murdered in Baghdad", (None, "ASSAULT", "USA")),
    # an unnamed attack or weapon: the place is the target
    ("Blast at Manila market wounds five", (None, "ASSAULT", "PHL")),
    ("Rockets hit northern Israeli town", (None, "ASSAULT", "ISR")),
    ("Car bomb kills 12 in Baghdad", (None, "ASSAULT", "IRQ")),
    ("Suicide Bomber Kills Six on a Train in Madrid", (None, "ASSAULT", "ESP")),
    # headline verbs added to the dictionary; "trade" and "spar" are joint acts
    ("Israel and Syria trade barbs", ("ISR", "ACCUSE", "SYR")),
    ("Peru and Chile Spar Over Border", ("PER", "ACCUSE", "CHL")),
    ("China owns up over submarine", ("CHN", "CONCEDE", None)),
    ("Egypt seals off border with Gaza", ("EGY", "COERCE", "PSE")),
    ("Iran hits back at US critics", ("IRN", "ACCUSE", "USA")),
    ("Explosion in Jakarta injures 30", (None, "ASSAULT", "IDN")),
    # an attack noun after a preposition is no verb of criticism
    ("Two Britons killed in Kabul blast", (None, "ASSAULT", "GBR")),
    ("Bush in Ohio blasts Kerry", ("USA", "ACCUSE", "USA")),
]

# (sentence, a triple it must not give)
_NOT_STATED: list[tuple[str, Triple]] = [
    ("Two Danes shot dead near the border", ("DNK", "ASSAULT", None)),
    ("Israeli troops shot dead a Palestinian gunman near Gaza.", (None, "ASSAULT", "ISR")),
    ("Second Gunman Found Guilty in Texas", (None, "ACCUSE", "USA")),
    ("Three killed, 20 hurt in Quetta bomb blast", (None, "ACCUSE", "PAK")),
    ("Two Britons killed in Kabul blast", ("GBR", "ACCUSE", None)),
    ("Police suspect a foreign link in Lima blasts", ("PER", "ACCUSE", None)),
    ("Japan and China trade places at the top of the table", ("JPN", "ACCUSE", "CHN")),
]


@pytest.mark.parametrize(("body", "expected"), _STATED)
def test_headline_forms_are_coded(resources: Resources, body: str, expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize(("body", "wrong"), _NOT_STATED)
def test_headline_rules_keep_their_limits(resources: Resources, body: str, wrong: Triple) -> None:
    assert wrong not in facts(resources, body)
