""""seek" with an aim for object (a partnership, power, control, an agreement, a buyer) asks no
one: no REQUEST (docs/event-coding.md, "Verbal conflict: condemning predicates (session 17,
accuse17)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


def test_seeking_a_partnership_is_an_aim(resources: Resources) -> None:
    assert facts(resources, "Brazil is seeking a new trade partnership to deepen its ties.",
                 DAY) == set()


def test_seeking_power_or_control_is_an_aim(resources: Resources) -> None:
    assert facts(resources, "Peru is seeking the power to veto new loans.", DAY) == set()
    assert facts(resources, "Chavez Seeks More Control Over Oil Fields", DAY) == set()


def test_seeking_help_stays_a_request(resources: Resources) -> None:
    assert facts(resources, "Haiti sought help from the United States.", DAY) \
        == {("HTI", "REQUEST", "USA")}
