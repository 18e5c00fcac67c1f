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
    ("Washington banned Japanese imports.", ("USA", "SANCTION", "JPN")),  # a goods ban: bans.py
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


@pytest.mark.parametrize("body", [
    "Spain defeated Italy 2-1 in Madrid.",
    "The Brazilian striker was signed by the Blues.",
    "An American golfer shot a 68 to beat Britain's Luke Donald.",
    "Siemens agreed to acquire a British rival.",
])
def test_sports_and_company_senses_are_no_events(resources: Resources, body: str) -> None:
    assert facts(resources, body) == set()


def test_a_team_signing_a_document_is_still_a_deal(resources: Resources) -> None:
    assert ("FRA", "AGREE", None) in facts(resources, "France signed a football stadium accord.") \
        or facts(resources, "France signed an accord.") == {("FRA", "AGREE", None)}


def test_signs_of_is_no_signing(resources: Resources) -> None:
    assert facts(resources, "Iran shows signs of easing its stance.") == set()


@pytest.mark.parametrize("body", ["Kerry attacked Bush over the war.",
                                  "Bush and Kerry clashed over the economy."])
def test_people_quarrelling_is_verbal(resources: Resources, body: str) -> None:
    found = facts(resources, body)
    assert ("USA", "ACCUSE", "USA") in found and not any(k == "ASSAULT" for _, k, _ in found)


def test_a_leader_attacking_a_country_is_still_violence(resources: Resources) -> None:
    assert ("IRQ", "ASSAULT", "KWT") in facts(resources, "Saddam attacked Kuwait.", "1990-08-02")


@pytest.mark.parametrize("body", ["Bush meets Putin next week in Moscow.",
                                  "Chirac visits Algeria on Tuesday, officials said."])
def test_a_present_verb_before_a_future_time_is_no_fact(resources: Resources, body: str) -> None:
    assert facts(resources, body) == set()


def test_a_past_verb_with_a_weekday_is_a_fact(resources: Resources) -> None:
    assert ("FRA", "CONSULT", "DZA") in facts(resources, "Chirac visited Algeria on Tuesday.")


@pytest.mark.parametrize("body", ["Egypt Thanks Japan for Aid to Refugees",
                                  "France praised Germany for its support for the plan."])
def test_help_thanked_for_is_background(resources: Resources, body: str) -> None:
    assert not any(kind in ("AID", "SUPPORT") and actor in ("JPN", "DEU")
                   for actor, kind, _ in facts(resources, body))
