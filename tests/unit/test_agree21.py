"""Session 21 (agree21): an agreement near is not yet made, and a headline's bare "committed to"
is a standing position, not a pledge (docs/event-coding.md, "Agreements near and headline
commitments (session 21, agree21)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "1987-04-01"


def test_headline_committed_is_a_position(resources: Resources) -> None:
    assert all(t[1] != "AGREE" for t in facts(
        resources, "BONN SAYS FRANCE COMMITTED TO PARIS CURRENCY PACT", DAY))


def test_title_case_committed_is_a_position(resources: Resources) -> None:
    assert all(t[1] != "AGREE" for t in facts(
        resources, "Canada Committed to Joint Currency Intervention", DAY))


def test_headline_commits_is_a_pledge(resources: Resources) -> None:
    assert ("IRN", "AGREE", None) in facts(resources, "IRAN COMMITS TO HALT ENRICHMENT", DAY)


def test_headline_perfect_is_a_pledge(resources: Resources) -> None:
    assert ("JPN", "AGREE", None) in facts(
        resources, "JAPAN HAS COMMITTED TO OPEN ITS RICE MARKET", DAY)


def test_running_text_committed_is_a_pledge(resources: Resources) -> None:
    assert ("IRN", "AGREE", None) in facts(
        resources, "Iran committed to halt enrichment, the diplomats said.", DAY)


def test_nearing_agreement_is_no_agreement(resources: Resources) -> None:
    assert all(t[1] != "AGREE" for t in facts(
        resources, "Japan was nearing agreement with Brazil on fishing rights.", DAY))


def test_headline_nears_an_agreement(resources: Resources) -> None:
    assert all(t[1] != "AGREE" for t in facts(
        resources, "U.S. SENATE PANEL NEARS FARM AGREEMENT", DAY))


def test_headline_pact_seen_near(resources: Resources) -> None:
    assert all(t[1] != "AGREE" for t in facts(
        resources, "CANADA FISHING PACT SEEN NEAR, OFFICIAL SAYS", DAY))


def test_close_to_a_deal_is_no_deal(resources: Resources) -> None:
    assert all(t[1] != "AGREE" for t in facts(
        resources, "Japan and Brazil are close to reaching an agreement on fishing rights.", DAY))


def test_a_deal_signed_near_a_place_stands(resources: Resources) -> None:
    assert ("JPN", "AGREE", "BRA") in facts(
        resources, "Japan and Brazil signed a trade agreement near the border on Monday.", DAY)


def test_dealing_a_blow_is_no_deal(resources: Resources) -> None:
    assert all(t[1] != "AGREE" for t in facts(
        resources, "Peru floods deal heavy blow to economy", DAY))


def test_dealing_a_setback_is_no_deal(resources: Resources) -> None:
    assert all(t[1] != "AGREE" for t in facts(
        resources, "Canadian Liberals Deal New Setback To Government", DAY))


def test_a_deal_in_a_headline_stands(resources: Resources) -> None:
    assert ("ARG", "AGREE", "CHL") in facts(resources, "Argentina, Chile in gas deal", DAY)
