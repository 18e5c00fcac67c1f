"""A bid, an offer or a tender withdrawn in a market is no retreat (precision21: `withdraw` in
`[coder.idle_objects]`); troops or diplomats withdrawn still are."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import facts


@pytest.mark.parametrize("body", [
    "Norway and Chile had withdrawn their bids for Swiss francs by midday.",
    "Peru withdrew its tender for 50,000 tonnes of rice on Monday.",
    "Japan's biggest steelmaker has withdrawn its takeover offer for a rival mill.",
    "Greece has withdrawn all offers of beet sugar to the intervention board.",
])
def test_withdrawing_a_bid_or_an_offer_is_no_retreat(resources: Resources, body: str) -> None:
    assert not any(t == "RETREAT" for _, t, _ in facts(resources, body))


@pytest.mark.parametrize("body", [
    "Syria withdrew its troops from northern Lebanon on Monday.",
    "Britain withdrew three more diplomats from its embassy in Tehran.",
])
def test_withdrawing_troops_or_diplomats_still_is(resources: Resources, body: str) -> None:
    assert any(t == "RETREAT" for _, t, _ in facts(resources, body))
