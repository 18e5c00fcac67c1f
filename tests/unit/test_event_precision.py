"""Event coder precision rules, on sentences written for the tests (false-positive classes found on
unlabelled corpus text)."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_event_rules import facts


@pytest.mark.parametrize(("body", "wrong"), [
    ("A Senate panel is probing the Iran arms scandal.", "IRN"),
    ("Traders said U.S. stocks fell sharply, threatening the recovery.", "USA"),
    ("Rioters looted U.N. compounds and clashed with police.", "un"),
])
def test_a_country_qualifying_a_thing_is_no_participant(resources: Resources, body: str,
                                                        wrong: str) -> None:
    assert not any(wrong in (actor, recipient) for actor, _, recipient in facts(resources, body))


@pytest.mark.parametrize(("body", "expected"), [
    ("Washington banned Japanese imports.", ("USA", "COERCE", "JPN")),
    ("A Lebanese village was shelled by Israel.", ("ISR", "ASSAULT", "LBN")),
])
def test_a_material_act_on_a_thing_falls_on_its_owner(resources: Resources, body: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize("body", [
    "Iran Warns of Dependence on Oil",
    "The Treasury warns on inflation.",
    "Britain issued a warning about unsafe toys.",
])
def test_a_warning_about_a_danger_is_a_comment(resources: Resources, body: str) -> None:
    assert not any(kind == "THREATEN" for _, kind, _ in facts(resources, body))


@pytest.mark.parametrize("body", ["Iran warns of retaliation.", "Iran warns on sanctions."])
def test_a_warning_of_a_threatened_act_is_a_threat(resources: Resources, body: str) -> None:
    assert ("IRN", "THREATEN", None) in facts(resources, body)


@pytest.mark.parametrize("body", [
    "Iraq asked the UN about the inspections.",
    "Jordan asked the United States when talks would resume.",
    "The Egyptian minister, when asked if Israel had been told, said no.",
])
def test_a_question_asked_is_no_request(resources: Resources, body: str) -> None:
    assert not any(kind == "REQUEST" for _, kind, _ in facts(resources, body))


@pytest.mark.parametrize("body", ["Egypt asked Israel to withdraw.",
                                  "Egypt asked about 30 Israeli firms to leave."])
def test_asking_someone_to_act_is_a_request(resources: Resources, body: str) -> None:
    assert any(kind == "REQUEST" and actor == "EGY" for actor, kind, _ in facts(resources, body))


@pytest.mark.parametrize("body", [
    "WASHINGTON -- Two bank founders agreed to pay $80 million to settle charges.",
    "MOSCOW (Reuters) - Two oil firms signed a deal on Monday.",
])
def test_a_dateline_is_no_participant(resources: Resources, body: str) -> None:
    assert facts(resources, body) == set()


def test_a_dateline_still_places_a_group(resources: Resources) -> None:
    body = "BAGHDAD (Reuters) - Militants attacked a convoy near the airport."
    assert ("IRQ", "ASSAULT", None) in facts(resources, body)
