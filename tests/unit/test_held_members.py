"""Members of a stateless armed group held by a state's court or police take that state's country
as recipient (docs/event-coding.md, "Members of a stateless group held at home (session 19,
recip19)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_court_jails_members_at_home(resources: Resources) -> None:
    assert facts(resources, "A Yemeni court jailed five al Qaeda supporters on Saturday.", DAY) \
        == {("YEM", "COERCE", "YEM")}


def test_police_arrest_members_at_home(resources: Resources) -> None:
    assert facts(resources, "Saudi police arrested three al Qaeda suspects.", DAY) \
        == {("SAU", "COERCE", "SAU")}


def test_a_country_may_hold_them_abroad(resources: Resources) -> None:
    assert ("USA", "COERCE", "USA") not in facts(
        resources, "The US arrested al Qaeda suspects in Pakistan.", DAY)


def test_a_body_of_no_country_is_named(resources: Resources) -> None:
    assert facts(resources, "Egyptian police detained three UN workers.", DAY) \
        == {("EGY", "COERCE", "un")}
