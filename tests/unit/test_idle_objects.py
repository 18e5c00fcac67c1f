"""A verb whose object gives it its everyday sense codes no event ("support prices", "meet most
of the demand"), also past a quantity and its "of"."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import code, facts


@pytest.mark.parametrize("body", [
    "The Bank of Japan supported the dollar on Friday.",
    "Kuwait supported oil prices by cutting its output.",
    "Norway's central bank supported the currency again.",
])
def test_supporting_a_price_or_a_currency_is_no_support_event(resources: Resources,
                                                              body: str) -> None:
    assert facts(resources, body) == set()


def test_supporting_a_country_still_is(resources: Resources) -> None:
    assert ("JPN", "SUPPORT", "USA") in facts(
        resources, "Japan supported the United States at the talks.")


@pytest.mark.parametrize("body", [
    "Canada said its gas would meet most of the extra demand from Mexico.",
    "Qatar met all of its delivery obligations to Japan last year.",
])
def test_meeting_most_of_a_demand_is_no_meeting(resources: Resources, body: str) -> None:
    assert not any(e.event_type.code == "CONSULT" for e in code(resources, body, "2024-05-01"))


def test_meeting_most_of_a_delegation_still_is(resources: Resources) -> None:
    assert ("FRA", "CONSULT", "ITA") in facts(
        resources, "France's foreign minister met most of the Italian delegation on Monday.")
