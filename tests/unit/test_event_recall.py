"""Event coder recall rules, on sentences written for the tests (missed-event classes found on
unlabelled corpus text)."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Syrian gunmen snatched two Jordanian traders near the border.", ("SYR", "ASSAULT", "JOR")),
    ("Iraqi militants detonated a car bomb outside a hotel.", ("IRQ", "ASSAULT", None)),
    ("Egypt faulted Israel over the raid.", ("EGY", "ACCUSE", "ISR")),
    ("Washington pushed Seoul to reopen talks.", ("USA", "REQUEST", "KOR")),
    ("Germany Pushes Poland for a Compromise", ("DEU", "REQUEST", "POL")),
])
def test_verbs_added_to_the_dictionary(resources: Resources, body: str, expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize("body", [
    "An Inquiry Clears the Minister and Faults the Police",
    "Prices pushed Japan into recession.",
    "Dealers said the yen pushed higher against the dollar.",
])
def test_generic_new_verbs_need_an_actor_after_them(resources: Resources, body: str) -> None:
    assert not any(kind in ("ACCUSE", "REQUEST") for _, kind, _ in facts(resources, body))


@pytest.mark.parametrize("body", [
    "Israel Builds New Homes As Sharon Pushes On With Gaza Plan",
    "Britain pressed ahead with its reforms despite French objections.",
])
def test_going_on_with_something_is_no_request(resources: Resources, body: str) -> None:
    assert not any(kind == "REQUEST" for _, kind, _ in facts(resources, body))


@pytest.mark.parametrize(("body", "expected"), [
    ("Iraqi rebels claimed to have shot down a British helicopter.", ("IRQ", "ASSAULT", "GBR")),
    ("Sudanese militias are reported to have attacked Chad.", ("SDN", "ASSAULT", "TCD")),
    ("Egypt and Israel held last-minute talks on Saturday.", ("EGY", "CONSULT", "ISR")),
])
def test_past_acts_are_not_taken_for_future_ones(resources: Resources, body: str,
                                                 expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize("body", [
    "Iran and Iraq agreed to have talks in Geneva.",
    "Chirac visits Algeria on Tuesday.",
    "China talks with Japan on Saturday.",
])
def test_aims_and_coming_visits_stay_future(resources: Resources, body: str) -> None:
    assert not any(kind == "CONSULT" for _, kind, _ in facts(resources, body))


@pytest.mark.parametrize(("body", "expected"), [
    ("The foreign ministers of Peru and Chile have concluded another round of peace talks.",
     ("PER", "CONSULT", "CHL")),
    ("Britain and Spain began a new round of negotiations on Gibraltar.", ("GBR", "CONSULT", "ESP")),
])
def test_a_word_of_quantity_before_of_is_no_topic(resources: Resources, body: str,
                                                  expected: Triple) -> None:
    assert expected in facts(resources, body)


def test_a_series_named_after_in_is_still_background(resources: Resources) -> None:
    body = "The shooting of a Dutch envoy is the latest in a series of Iraqi attacks on diplomats."
    assert not any(kind == "ASSAULT" for _, kind, _ in facts(resources, body))


@pytest.mark.parametrize(("body", "expected"), [
    ("Egypt lifted the ban on Israeli tourists.", ("EGY", "RETREAT", "ISR")),
    ("Japan lifted its ban on Brazilian beef imports.", ("JPN", "RETREAT", "BRA")),
])
def test_lifting_a_ban_eases_a_sanction(resources: Resources, body: str, expected: Triple) -> None:
    assert expected in facts(resources, body)
