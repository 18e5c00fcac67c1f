"""Other senses of trigger words on the gold's sources (session 15, senses15; docs/event-coding.md
"Other senses of trigger words on the gold's sources"): the explosion "blast", "fighting to"
regain something, seeking an office, a way or offers, a price support, "meet" with a far
everyday object, and a workplace's labour strike (`trigger_senses.py`). Sentences written for
the tests, each rule with cases it keeps."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # no rebuke; the explosion is an attack on the place (assault17: placed_subjects.py, "rock")
    ("NAIROBI MARKET BLAST KILLS 12", {(None, "ASSAULT", "KEN")}),
    ("A bomb blast rocked the Kenyan capital on Monday.", {(None, "ASSAULT", "KEN")}),
    ("It was the second Kenyan underground blast this year.", set()),
    # the verb of rebuke stays
    ("Kenya blasts Uganda over border raids.", {("KEN", "ACCUSE", "UGA")}),
])
def test_a_blast_that_kills_is_no_rebuke(resources: Resources, body: str,
                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan President Moi was fighting to restore his standing with voters.", set()),
    # fighting an enemy stays
    ("Kenyan troops were fighting Ugandan rebels near the border.", {("KEN", "ASSAULT", "UGA")}),
])
def test_fighting_to_do_something_is_no_violence(resources: Resources, body: str,
                                                 expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan President Moi is seeking re-election for a fourth term.", set()),
    ("Kenya said it was seeking ways to punish Ugandan exporters.", set()),
    ("The Kenyan treasury is seeking offers on 2,000 tonnes of wheat.", set()),
    # a request to someone stays
    ("Kenya is seeking a loan from the World Bank.", {("KEN", "REQUEST", "world-bank")}),
])
def test_seeking_an_office_a_way_or_offers_is_no_request(resources: Resources, body: str,
                                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("KENYA RAISES MAIZE PRICE SUPPORT", set()),
    ("Kenya set new support prices for maize.", set()),
    ("Kenya met the first three criteria of the fund.", set()),
    # a political backing and a meeting stay
    ("Kenya voiced support for Uganda.", {("KEN", "SUPPORT", "UGA")}),
    ("Kenya's foreign minister met Ugandan President Museveni.", {("KEN", "CONSULT", "UGA")}),
])
def test_price_support_and_far_objects_of_meet(resources: Resources, body: str,
                                               expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("KENYA DOCK STRIKE TO CONTINUE", {("KEN", "PROTEST", None)}),
    ("NAIROBI CEMENT FIRM STRIKE TALKS TO RESUME", set()),
    # an air strike stays an attack
    ("Kenyan jets carried out a strike on Ugandan rebels.", {("KEN", "ASSAULT", "UGA")}),
])
def test_a_workplace_strike_is_a_protest_and_strike_talks_no_attack(resources: Resources, body: str,
                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("US BLUE-chips ended higher as lower oil prices offset a profit warning from a Kenyan "
     "brewer.", set()),
    # no threat; since coerce17 the warning strike itself is a PROTEST that happened
    ("Kenyan dockers held warning strikes on Monday.", {("KEN", "PROTEST", None)}),
    # a warning to a state stays
    ("Kenya issued a warning to Uganda over the border raids.", {("KEN", "THREATEN", "UGA")}),
])
def test_a_profit_warning_and_warning_strikes_are_no_threat(resources: Resources, body: str,
                                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
