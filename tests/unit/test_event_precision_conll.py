"""Rules of the precision round on the CoNLL-2003 pool (docs/event-coding.md, "Precision round on
the CoNLL-2003 pool"): false-positive classes found by judging the coder's output on 1996 Reuters
sentences, tested on sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # a name no country codes beside a qualified one: one event, the coded one
    ("Kenya's foreign minister met Tanzanian mediator Obadiah Mwangalu on Monday.",
     {("KEN", "CONSULT", "TZA")}),
    ("Ugandan police detained veteran dissident Okello Mbabazi.", {("UGA", "COERCE", "UGA")}),
])
def test_an_uncoded_recipient_beside_a_coded_one_is_dropped(resources: Resources, body: str,
                                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize("body", [
    "Peru sent troops to the border in response to the Ecuadorean attacks.",
    "A Western air force has shielded the Kurds against attacks from Baghdad since 1991.",
])
def test_an_act_reacted_to_or_guarded_against_is_background(resources: Resources, body: str) -> None:
    assert {t for t in facts(resources, body) if t[1] == "ASSAULT"} == set()


@pytest.mark.parametrize("body", [
    "BOXING - KENYA'S JAMES OTIENO FIGHTS FOR THE TITLE.",
    "This year's Fed Cup finalists -- defending champion Chile and Peru -- will open the competition.",
    "RALLYING - KENYAN DRIVER DIES IN FINNISH RALLY.",
    "The Greek and Turkish villages visit each other often, competing at soccer in summer.",
])
def test_a_word_only_sports_news_uses_drops_any_trigger(resources: Resources, body: str) -> None:
    assert facts(resources, body) == set()


def test_words_politics_shares_with_sports_do_not_drop_triggers(resources: Resources) -> None:
    assert facts(resources, "Kenyan hunger strikers accused Uganda of torture.") \
        == {("KEN", "ACCUSE", "UGA")}


@pytest.mark.parametrize(("body", "expected"), [
    ("Also shown are the closing values of the Swiss franc, the Japanese yen and the British pound.",
     set()),
    ("Russian grade B 2.10-2.40 cents / pound", set()),
    ("Kenya imported 12,400 cattle from Uganda last year.", set()),
    ("Chile's trade with Peru rose to $142 million in 1995.", set()),
    ("The EU sold 34,000 tonnes of French barley at a minimum price.", set()),
    # an attack stays an attack
    ("Russian jets pound rebel positions in Chechnya.", {("RUS", "ASSAULT", "RUS")}),
])
def test_market_reports_are_no_events(resources: Resources, body: str,
                                      expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the place before the weapon only places it: the target (assault17, placed_subjects.py)
    ("Peru market bomb kills five.", {(None, "ASSAULT", "PER")}),
    # the attacker stays unnamed; victims with no country of their own are the place's (conflict11)
    ("A bomb explosion in a cafe south of Lima on Friday killed five people.",
     {(None, "ASSAULT", "PER")}),
    ("Peruvian police said two people were killed when a home-made bomb ripped through a cafe.",
     {(None, "ASSAULT", "PER")}),
    ("Knifeman kills Kenyan singer, wounds manager.", {(None, "ASSAULT", "KEN")}),
])
def test_weapons_and_lone_attackers_leave_the_actor_unnamed(resources: Resources, body: str,
                                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile said it remained committed to its border accords with Peru.", set()),
    ("Chile says still committed to Peru border pacts.", set()),
    ("Chile and Peru reinforced their determination to join NATO.", set()),
    # a pledge made stays
    ("Chile pledged to Peru to respect the border.", {("CHL", "AGREE", "PER")}),
])
def test_standing_positions_are_no_events(resources: Resources, body: str,
                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize("body", [
    "The Kenyan opposition leader called the two-day strike to protest against the election results.",
    "Shops reopened at the end of a three-hour strike called by the Kenyan opposition.",
    "Chile said it had received assurances from the Peruvian government that the border was calm.",
    "Chile's embassy in Lima received a threat over the crackdown on students.",
    "The Peruvians said they had met all conditions for holding the vote.",
    "Chilean President Ana Rojas visited her husband in hospital on Friday.",
])
def test_calling_a_strike_receiving_a_message_visiting_family_are_no_meetings(resources: Resources,
                                                                 body: str) -> None:
    assert {t for t in facts(resources, body) if t[1] in ("CONSULT", "ASSAULT")} == set()


def test_a_strike_of_some_hours_is_a_protest(resources: Resources) -> None:
    assert facts(resources, "Kenyans end four-hour strike.") == {("KEN", "PROTEST", None)}


@pytest.mark.parametrize("body", [
    "Kenya said on Thursday that its opposition to a global nuclear test ban treaty did not mean "
    "Nairobi wanted an arms race.",
    "Chile on Tuesday reaffirmed its support for a global nuclear test ban treaty blocked by Peru "
    "last week.",
])
def test_a_verb_form_before_treaty_names_the_treaty(resources: Resources, body: str) -> None:
    assert {t for t in facts(resources, body) if t[1] == "COERCE"} == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("Okello Mbabazi was arrested on Thursday on suspicion of fraud.", set()),
    ("The 58-year-old Mbabazi was killed on Friday in a bomb blast at his home.", set()),
    # a coded victim keeps the event
    ("A Kenyan engineer was kidnapped on Friday.", {(None, "ASSAULT", "KEN")}),
])
def test_an_event_needs_a_coded_participant(resources: Resources, body: str,
                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
