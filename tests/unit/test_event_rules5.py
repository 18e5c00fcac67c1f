"""Rules of the fifth recall round (from dev mistakes): sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("The minister told reporters Kenya had rejected the British offer.", {("KEN", "REJECT", "GBR")}),
    ("An aide told a news conference Chile had accused Peru of spying.", {("CHL", "ACCUSE", "PER")}),
    # with an infinitive "told" is an order, and what follows is its content
    ("The minister told Kenya to reject the British offer.", set()),
])
def test_a_tell_without_infinitive_reports_speech(resources: Resources, body: str,
                                                  expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Somali pirates seized three Kenyan hostages on Monday.", {("SOM", "ASSAULT", "KEN")}),
    # hostages named by no country are the place's (stages/targets.py)
    ("Gunmen seized three hostages in Iraq on Monday.", {("IRQ", "ASSAULT", "IRQ")}),
    # a seizure of goods stays COERCE
    ("Kenyan police seized two tonnes of cocaine.", {("KEN", "COERCE", None)}),
])
def test_a_seizure_of_hostages_is_an_abduction(resources: Resources, body: str,
                                               expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Two hostages were seized near Kirkuk by Iraqi militants.", {("IRQ", "ASSAULT", None)}),
    ("Three farms were seized by Zimbabwean police on Friday.", {("ZWE", "COERCE", None)}),
    # the agent only owns the means
    ("The oil market was hit by OPEC's decision.", set()),
])
def test_a_passive_agent_acts_on_an_unnamed_patient(resources: Resources, body: str,
                                                    expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan troops overwhelmed Somali gunmen near the border.", {("KEN", "ASSAULT", "SOM")}),
    ("Ugandan rebels torched a Sudanese village.", {("UGA", "ASSAULT", "SDN")}),
    ("Israeli jets strafed Lebanese positions.", {("ISR", "ASSAULT", "LBN")}),
    ("Iraqi troops routed Iranian forces near Basra.", {("IRQ", "ASSAULT", "IRN")}),
    ("Kenyan troops pushed into Somalia on Monday.", {("KEN", "ASSAULT", "SOM")}),
    ("Egypt summoned the Israeli ambassador on Monday.", {("EGY", "ACCUSE", "ISR")}),
    ("Kenya reprimanded Uganda over the border raid.", {("KEN", "ACCUSE", "UGA")}),
    ("Kenya advised Uganda to withdraw its troops.", {("KEN", "REQUEST", "UGA")}),
    ("Chile repudiated the Peruvian claim.", {("CHL", "REJECT", "PER")}),
    ("Ghana lauded Nigeria on Monday.", {("GHA", "SUPPORT", "NGA")}),
    # the economic sense has no actor as object
    ("The government crushed inflation.", set()),
])
def test_verb_families_of_the_types(resources: Resources, body: str,
                                    expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Nigerian infantry attacked rebel positions in Darfur.", {("NGA", "ASSAULT", "SDN")}),
    ("Sudanese militiamen attacked villagers in Darfur.", {("SDN", "ASSAULT", "SDN")}),
])
def test_more_group_nouns_take_their_qualifier(resources: Resources, body: str,
                                               expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The talks followed a statement by Kenya urging Uganda to withdraw its troops.",
     {("KEN", "REQUEST", "UGA")}),
    ("Markets fell after a letter from the Kenyan president accusing Uganda of aggression.",
     {("KEN", "ACCUSE", "UGA")}),
    # no message noun before "by": the mention is no author
    ("The talks followed a visit by Kenya urging Uganda to withdraw.", set()),
])
def test_a_message_author_acts_in_the_participle_after_it(resources: Resources, body: str,
                                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Japanese have moved into the short term bonds offered by Ottawa.", set()),
    # an offer of something else stays an offer
    ("Kenya offered Uganda talks on the border.", {("KEN", "AGREE", "UGA")}),
])
def test_a_participle_describing_securities_is_a_market_deal(resources: Resources, body: str,
                                                              expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan soldiers killed two gunmen on Monday.", {("KEN", "ASSAULT", None)}),
    # police are no armed force here: a domestic arrest keeps the country
    ("Iraqi police arrested three militants.", {("IRQ", "COERCE", "IRQ")}),
])
def test_militants_take_no_country_from_the_armed_forces_before_them(
        resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
