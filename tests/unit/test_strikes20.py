"""Strikers between a mention and their strike (docs/event-coding.md, "Strikers named before their
strike (session 20, strikes20)"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"  # a Wednesday


@pytest.mark.parametrize(("body", "expected"), [
    ("Most of Chile's 12,000 dockers were still on strike on Monday.", ("CHL", "PROTEST", None)),
    ("Portugal's 30,000 hospital nurses began a national strike on Monday.", ("PRT", "PROTEST", None)),
    ("Half of Greece's 9,000 bus drivers staged a strike on Tuesday.", ("GRC", "PROTEST", None)),
])
def test_strikers_carry_their_country(resources: Resources, body: str,
                                      expected: tuple[str | None, str, str | None]) -> None:
    assert expected in facts(resources, body, DAY)


def test_air_strike_after_crews_stays_assault(resources: Resources) -> None:
    got = facts(resources, "Israel's 40 aircraft crews launched an air strike on Monday.", DAY)
    assert not any(t == "PROTEST" for _, t, _ in got)


def test_strike_a_deal_is_no_protest(resources: Resources) -> None:
    got = facts(resources, "Chile's 12,000 dockers hope to strike a deal on Monday.", DAY)
    assert not any(t == "PROTEST" for _, t, _ in got)
