"""Bids and offers turned down at a tender are commodity news, no REJECT (docs/event-coding.md,
"Charges in the passive, repeated calls and tenders (session 18, verbal18)"). Sentences written
for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "1987-04-01"


def test_offers_at_a_tender(resources: Resources) -> None:
    assert facts(resources, "Chile rejected all offers at its wheat tender on Monday.", DAY) \
        == set()


def test_export_bids_in_a_headline(resources: Resources) -> None:
    assert facts(resources, "NORWAY REJECTS BARLEY EXPORT BIDS", DAY) == set()


def test_an_offer_of_talks_is_rejected(resources: Resources) -> None:
    assert facts(resources, "Chile rejected a Peruvian offer of talks.", DAY) \
        == {("CHL", "REJECT", "PER")}


def test_offers_in_trade_talks_are_rejected(resources: Resources) -> None:
    assert facts(resources, "The European Community rejected U.S. offers on export subsidies.",
                 DAY) == {("european-community", "REJECT", "USA")}
