"""A thing criticised in the passive with no agent falls on the country named as its owner
(docs/event-coding.md, "Verbal conflict: condemning predicates (session 17, accuse17)").
Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "1987-04-01"


def test_headline_thing_criticized_falls_on_its_owner(resources: Resources) -> None:
    assert facts(resources, "CANADIAN WHEAT SUBSIDY FIRMLY CRITICIZED", DAY) \
        == {(None, "ACCUSE", "CAN")}


def test_possessed_thing_condemned_in_running_text(resources: Resources) -> None:
    assert facts(resources, "Chile's fishing policy has been condemned.", DAY) \
        == {(None, "ACCUSE", "CHL")}


def test_lower_case_headline_with_possessive(resources: Resources) -> None:
    assert facts(resources, "Swiss bank's donation criticized", DAY) == {(None, "ACCUSE", "CHE")}


def test_running_text_needs_an_auxiliary(resources: Resources) -> None:
    # a reduced relative, no clause of its own
    assert facts(resources, "The Chilean fishing policy criticised at the meeting will stay.",
                 DAY) == set()


def test_charged_is_not_a_criticism_of_a_thing(resources: Resources) -> None:
    assert facts(resources, "Canadian buyers are charged per shipment.", DAY) == set()
