"""A bare office in an article ("the prime minister said"): its holder, from the article or the KB."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import code


def _actors(res: Resources, body: str, day: str) -> list[tuple[str | None, str, str]]:
    return [(e.actor.entity_id, e.actor.method, e.event_type.code) for e in code(res, body, day)
            if e.actor is not None and e.modality == "asserted"]


def test_the_prime_minister_is_the_person_named_with_the_office(resources: Resources) -> None:
    body = ("Tony Blair visited a school in Leeds on Monday. "
            "The prime minister accused the Conservatives of scaremongering.")
    found = _actors(resources, body, "2005-02-07")
    assert ("tony-blair", "office:named-earlier>kb-alias", "ACCUSE") in found


def test_the_office_goes_to_the_kb_holder_of_the_leading_country(resources: Resources) -> None:
    body = ("Britain's Labour ministers met in London on Monday. "
            "The prime minister accused the Conservatives of scaremongering.")
    found = _actors(resources, body, "2005-02-07")
    assert ("tony-blair", "office:country-holder", "ACCUSE") in found
    # the chancellor of Britain is of the Exchequer, not of the Duchy of Lancaster
    body = "Britain's Labour ministers met in London. The chancellor criticised the Tories."
    assert ("gordon-brown", "office:country-holder", "ACCUSE") in _actors(resources, body,
                                                                          "2005-02-07")


def test_a_named_office_or_an_indefinite_one_is_no_bare_office(resources: Resources) -> None:
    body = ("Britain's Labour ministers met in London on Monday. "
            "A former prime minister accused the Conservatives of scaremongering.")
    assert not any(m.startswith("office:") for _, m, _ in _actors(resources, body, "2005-02-07"))


def test_a_generic_office_needs_a_named_holder(resources: Resources) -> None:
    body = ("Britain's Labour ministers met in London on Monday. "
            "The minister accused the Conservatives of scaremongering.")
    assert not any(m.startswith("office:") for _, m, _ in _actors(resources, body, "2005-02-07"))


def test_the_closest_title_wins_over_a_named_holder_of_a_longer_one(resources: Resources) -> None:
    body = ("Alan Milburn spoke in London on Monday. "
            "The chancellor accused the Conservatives of scaremongering.")
    assert ("gordon-brown", "office:country-holder", "ACCUSE") in _actors(resources, body,
                                                                          "2005-02-07")
