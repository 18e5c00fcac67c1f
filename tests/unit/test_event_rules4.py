"""Rules of the fourth recall round (from dev mistakes): sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Three Danish soldiers were reported killed in fighting near Basra.", {(None, "ASSAULT", "DNK")}),
    ("Two Kenyan soldiers were confirmed kidnapped on Monday.", {(None, "ASSAULT", "KEN")}),
])
def test_a_report_participle_keeps_the_passive_patient(resources: Resources, body: str,
                                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_a_hedged_passive_is_not_coded(resources: Resources) -> None:
    assert facts(resources, "Two Kenyan soldiers were feared kidnapped on Monday.") == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("Ghana's richest businessman Kwame Mensah visited Nigeria.", {("GHA", "CONSULT", "NGA")}),
    # (a firm's deal is company news: contexts.company_news; its accusation stays)
    ("Japan's largest carmaker Toyota Motor Corp accused China of dumping steel.",
     {("JPN", "ACCUSE", "CHN")}),
])
def test_a_possessive_country_qualifies_a_described_name(resources: Resources, body: str,
                                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya's famous novelist Peter Kamau attacked the greed of the rich.", {("KEN", "ACCUSE", None)}),
    ("Chile's former president Ricardo Lagos attacked a culture of secrecy.",
     {("CHL", "ACCUSE", None)}),
    # a person attacking a country stays a physical or unqualified attack
    ("Saddam Hussein attacked Kuwait in 1990.", {("IRQ", "ASSAULT", "KWT")}),
    ("Saddam Hussein attacked the town of Halabja with gas.", {("IRQ", "ASSAULT", None)}),
])
def test_a_person_attacking_a_thing_attacks_it_in_words(resources: Resources, body: str,
                                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Libya signed a deal with Italy to ward off British calls for sanctions.",
     {("LBY", "AGREE", "ITA")}),
    ("Chile moved to counter Peruvian demands for a new border.", set()),
    # not after an infinitive: the verb stands
    ("The British minister calls for sanctions on Libya.", {("GBR", "REQUEST", None)}),
])
def test_an_s_form_after_an_infinitive_and_its_actor_is_a_noun(resources: Resources, body: str,
                                                                expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya arrested six men over a plot to attack the Israeli embassy.", {("KEN", "COERCE", None)}),
    ("Peru detained two Bolivians for trying to bomb a police station.", {("PER", "COERCE", "BOL")}),
    # the trigger's own infinitive keeps its object
    ("Japan agreed to help Iraq.", {("JPN", "AGREE", "IRQ")}),
])
def test_an_infinitive_after_a_preposition_ends_the_recipients(resources: Resources, body: str,
                                                                expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize("body", [
    "Kenya's new tax has sparked protests from Ugandan traders.",
    "Chile Unleashes Anger and Protest",
    "The plan fuelled threats of Peruvian retaliation.",
])
def test_a_noun_after_a_causative_verb_is_not_the_subjects_act(resources: Resources, body: str) -> None:
    assert facts(resources, body) == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile issued an order barring Peruvian fishing boats from its waters.", {("CHL", "COERCE", "PER")}),
    ("Chirac Issues Order Halting Strike By French Dockers", {("FRA", "COERCE", None)}),
    # an order to do something stays a demand
    ("Chile issued an order to Peru to withdraw its boats.", {("CHL", "DEMAND", "PER")}),
])
def test_an_order_prohibiting_something_is_a_restriction(resources: Resources, body: str,
                                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a nationality named only after the militants is their victims'
    ("Militants killed two Kenyan soldiers on Monday.", {(None, "ASSAULT", "KEN")}),
    ("Insurgents kidnapped a Turkish truck driver.", {(None, "ASSAULT", "TUR")}),
    # a place, a qualifier or a country named before them still gives theirs
    ("Militants in Kabul kidnapped a Turkish engineer.", {("AFG", "ASSAULT", "TUR")}),
    ("Algerian Islamic militants attacked an army convoy.", {("DZA", "ASSAULT", "DZA")}),
    ("Yemen jailed 15 militants on Monday.", {("YEM", "COERCE", "YEM")}),
])
def test_militants_take_no_country_named_only_after_them(resources: Resources, body: str,
                                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
