"""A noun trigger that is a modal's subject past its complement is not a fact, and an infinitive
after "the first/only ... <agent>" is one (docs/event-coding.md, "Recall sample on Reuters-21578
(session 16, recall16g)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "1987-04-01"


def test_attack_with_complement_before_will_is_no_fact(resources: Resources) -> None:
    assert facts(resources, "Any Libyan attack on Italian boats near the island will bring a"
                 " swift reply, a Rome official said.", DAY) == set()


def test_agreement_between_two_parties_before_would_is_no_fact(resources: Resources) -> None:
    assert facts(resources, "A fresh accord between Peru and Chile would open the way to more"
                 " trade, bankers said.", DAY) == set()


def test_noun_after_a_verb_keeps_its_fact(resources: Resources) -> None:
    # the noun is an object, not the modal's subject: the modal belongs to another clause
    assert ("PER", "ASSAULT", "CHL") in facts(
        resources, "Peru launched an attack on Chile and Bolivia would mediate.", DAY)


def test_first_official_to_visit_is_a_fact(resources: Resources) -> None:
    assert facts(resources, "He is the first senior Dutch official to visit Kenya since the"
                 " election.", DAY) == {("NLD", "CONSULT", "KEN")}


def test_only_country_to_reject_is_a_fact(resources: Resources) -> None:
    assert facts(resources, "Norway was the only country to reject the plan.", DAY) \
        == {("NOR", "REJECT", None)}


def test_wish_to_be_the_first_stays_an_aim(resources: Resources) -> None:
    assert facts(resources, "Norway wants to be the first country to sign the accord.", DAY) \
        == set()
