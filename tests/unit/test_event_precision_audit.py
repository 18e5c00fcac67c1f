"""Rules of the precision audit round (docs/event-coding.md, "Precision audit on unseen
sentences"): false-positive classes found by judging the coder's outputs on unseen corpus
sentences, tested on sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya denied reports that it would leave the trade pact with Uganda.", set()),
    ("Ghana denied that it had sent troops across the border.", set()),
    ("Ghana denied it had armed Togolese rebels.", set()),
    ("Chile denies Peruvian charges of spying.", set()),
    ("Farmers backed a charge, denied by Kenyan exporters, that the tea was unsafe.", set()),
    # a denial of something asked for is still a refusal
    ("Israel denied entry to the French delegation.", {("ISR", "REJECT", "FRA")}),
    ("Egypt denied the Libyan request for landing rights.", {("EGY", "REJECT", "LBY")}),
])
def test_a_denied_claim_is_a_comment(resources: Resources, body: str,
                                     expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Chinese firm offered to build the dam for less than its rivals.", set()),
    ("Four Swedish banks agreed last month to lend the group 90 mln crowns.", set()),
    ("Several Japanese banks have loans outstanding to Kenya.", set()),
    ("Two American airlines agreed to limit flights into Toronto.", set()),
    # the country itself, or its government, still acts
    ("The Chinese government offered to mediate between the two sides.", {("CHN", "AGREE", None)}),
    ("Japan agreed to lend Kenya 2 billion yen.", {("JPN", "AGREE", "KEN")}),
    # a firm as the target of violence keeps its country
    ("Militants attacked a Chinese company in Pakistan.", {("PAK", "ASSAULT", "CHN")}),
])
def test_a_firm_named_by_its_country_is_no_state_actor(resources: Resources, body: str,
                                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kabul Bombings Kill Two Canadian Soldiers", {(None, "ASSAULT", "CAN")}),
    ("Kabul Suicide Attack Kills Two German Soldiers", {(None, "ASSAULT", "DEU")}),
    ("A rocket attack killed two Israeli soldiers near the border.", {(None, "ASSAULT", "ISR")}),
    # a nationality before the attack names its author
    ("Israeli Attack Kills Five Palestinians", {("ISR", "ASSAULT", "PSE")}),
])
def test_a_place_before_an_attack_noun_is_no_attacker(resources: Resources, body: str,
                                                      expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # (a sanction with no named target is not coded: pool 2 round, requires_recipient)
    ("Bush imposed tariffs on Japan over what he called Tokyo's failure to open its market.",
     {("USA", "SANCTION", "JPN")}),
    # no phone call; the naming is a criticism (condemnations.py, session 17)
    ("Putin Calls Kosovo Vote Illegal", {("RUS", "ACCUSE", "XKX")}),
    ("Kenya called the Ugandan offer an insult.", set()),
    ("North Korea criticised Bush on Tuesday, calling him a liar.", {("PRK", "ACCUSE", "USA")}),
    # a phone call
    ("Bush called Putin on Monday to discuss Iran.", {("USA", "CONSULT", "RUS")}),
    ("Blair called Japan's prime minister on Friday.", {("GBR", "CONSULT", "JPN")}),
    ("Bush Calls Putin Over Ukraine", {("USA", "CONSULT", "RUS")}),
])
def test_call_in_the_sense_of_naming_is_no_phone_call(resources: Resources, body: str,
                                                      expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya accused Uganda of breaking its trade agreement with Tanzania.", {("KEN", "ACCUSE", "UGA")}),
    ("Ghana's agreement with Togo cut the debt by half.", set()),
    ("Officials said Peru's attack on the Chilean post had raised tension.", set()),
    ("The minister objected to this week's Kenyan agreement with Uganda.", set()),
    ("Brazil's refusal to cut its quota wrecked the talks, delegates said.", set()),
    # with a light verb before the possessive the noun is the news
    ("Kenya held its first talks with Uganda on Monday.", {("KEN", "CONSULT", "UGA")}),
    ("Ghana signed its trade accord with Togo on Friday.", {("GHA", "AGREE", "TGO")}),
    # the possessive qualifies an office holder, and the trigger is its verb
    ("Kenya's Foreign Minister visits Uganda to discuss trade", {("KEN", "CONSULT", "UGA")}),
])
def test_a_possessed_act_noun_is_background(resources: Resources, body: str,
                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya Floods Kill 40", set()),
    ("Chile Quake Kills Nine", set()),
    # before a vehicle the actor is its means' owner
    ("An Israeli plane hit the building, killing two.", {("ISR", "ASSAULT", None)}),
])
def test_a_place_before_a_disaster_only_locates_it(resources: Resources, body: str,
                                                   expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Officials said the move went beyond the 1998 accord between Ghana and Togo.", set()),
    ("Dealers said prices rose as the market awaited an OPEC accord on quotas.", set()),
    ("Kenya pulled its ships back as the threat of conflict with Uganda eased.",
     {("KEN", "RETREAT", None)}),
    ("Diplomats said the other issues were trade and the Kenyan rejection of a Ugandan claim to "
     "the lake.", set()),
    ("Analysts said Ghana was abiding by the 1998 accord with Togo.", set()),
    # a light verb makes the noun the news; a noun opening the sentence is its subject; a
    # headline has no full stop
    ("Kenya held talks with Uganda on Monday.", {("KEN", "CONSULT", "UGA")}),
    ("Talks between Kenya and Uganda ended on Monday.", {("KEN", "CONSULT", "UGA")}),
    ("Kenyan troops launched an offensive against Somali militias.", {("KEN", "ASSAULT", "SOM")}),
])
def test_a_noun_trigger_only_named_in_running_text_is_background(resources: Resources, body: str,
                                                                 expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("A car bomb exploded near a police post in central Kabul, killing two German soldiers.",
     {(None, "ASSAULT", "DEU")}),
    # the opening names the author; the child, named by no country, is the place's
    # (stages/targets.py)
    ("A Somali mortar round hit a house in Kismayo, killing a child.", {("SOM", "ASSAULT", "SOM")}),
    ("Israeli helicopters attacked a Hamas camp, killing 14 militants.", {("ISR", "ASSAULT", "PSE")}),
])
def test_a_participle_after_an_unnamed_attack_has_no_named_actor(resources: Resources, body: str,
                                                                 expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_blasts_opening_the_sentence_leave_the_participle_without_actor(
        resources: Resources) -> None:
    body = "Several blasts tore through an opposition meeting in the Ugandan capital, killing nine people."
    assert not any(kind == "ASSAULT" and actor == "UGA" for actor, kind, _ in facts(resources, body))


@pytest.mark.parametrize(("body", "expected"), [
    # people opening the sentence are no unnamed weapon: their place may give them a country
    ("Insurgents launched strikes on Sunday at Kenyan and Somali outposts across Somalia, killing "
     "a dozen Somali police officers.", set()),
    # a lone attacker opening the sentence is one
    ("A suicide attacker blew up a truck near a Kenyan army post on Sunday, killing three soldiers.",
     {(None, "ASSAULT", "KEN")}),
    # an opening clause with a weapon is not the participle's subject
    ("A day after a mortar round hit its base, the Kenyan army charged into a Somali village, "
     "killing two people.", {("KEN", "ASSAULT", "SOM")}),
])
def test_only_a_weapon_opening_the_sentence_is_a_participle_subject(
        resources: Resources, body: str, expected: set[Triple]) -> None:
    assert {t for t in facts(resources, body) if t[1] == "ASSAULT"} == expected
