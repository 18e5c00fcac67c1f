"""Headline recall rules (the headline recall round), on sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Two Danes shot dead near the border", (None, "ASSAULT", "DNK")),
    ("4 UN workers kidnapped in Kabul", (None, "ASSAULT", "un")),
    ("Canadian engineer abducted in Nigeria", (None, "ASSAULT", "CAN")),
    ("Peruvian Militant Gunned Down", (None, "ASSAULT", "PER")),
    ("US Official Murdered in Baghdad", (None, "ASSAULT", "USA")),
])
def test_passive_victims_named_by_nationality(resources: Resources, body: str,
                                               expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize(("body", "wrong"), [
    ("Two Danes shot dead near the border", ("DNK", "ASSAULT", None)),
    ("Israeli troops shot dead a Palestinian gunman near Gaza.", (None, "ASSAULT", "ISR")),
])
def test_shot_dead_is_no_act_of_its_victims(resources: Resources, body: str,
                                             wrong: Triple) -> None:
    assert wrong not in facts(resources, body)
