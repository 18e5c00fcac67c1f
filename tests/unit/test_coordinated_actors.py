"""Coordinated actors (`stages/coordination.py`): a verb's object before a comma or "and" is no
co-subject of the next verb, a joint act's own people are no party to it, and a passive's
coordinated patients are all its recipients. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.counterparts import merge_counterparts
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import ActorInfo, Mention, Registry
from pipeline.stages.types import EventDraft
from tests.unit.test_events import code


def triples(events: list[EventDraft]) -> set[tuple[str, str, str]]:
    """(actor country, type, recipient country) of the asserted events; "None" when unnamed."""
    return {(str(e.actor.country if e.actor else None), e.event_type.code,
             str(e.recipient.country if e.recipient else None))
            for e in events if e.modality == "asserted"}


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # a gerund's object before the comma is no co-subject of the main verb
    ("After meeting Erdogan, Merkel flew to Paris.", ("DEU", "CONSULT", "FRA"),
     ("TUR", "CONSULT", "FRA")),
    ("After visiting Putin, Bush travelled to Berlin.", ("USA", "CONSULT", "DEU"),
     ("RUS", "CONSULT", "DEU")),
    # a verb's object before "and" is no co-subject of the next clause's verb
    ("Blair met Chirac and Germany criticised the plan.", ("DEU", "ACCUSE", "None"),
     ("FRA", "ACCUSE", "None")),
    # a joint act's own people are no party to it: one agreement between the two
    ("Greece and Albania signed an accord to legalise the status of Albanian workers.",
     ("GRC", "AGREE", "ALB"), ("ALB", "AGREE", "ALB")),
    ("India and Pakistan agreed to free Pakistani prisoners.",
     ("IND", "AGREE", "PAK"), ("PAK", "AGREE", "PAK")),
])
def test_a_verbs_object_or_a_joint_acts_content_is_no_party(
        resources: Resources, body: str, expected: tuple[str, str, str],
        absent: tuple[str, str, str]) -> None:
    found = triples(code(resources, body, "2005-01-10"))
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("body", [
    "Britain and France agreed to expand trade.",
    "Officials said Britain and France agreed to expand trade.",  # a speech verb opens a clause
    "Britain joined Spain in welcoming France and Italy's agreement on fishing.",  # a noun's owners
])
def test_coordinated_subjects_stay_joint(resources: Resources, body: str) -> None:
    found = triples(code(resources, body, "2005-01-10"))
    assert {("GBR", "AGREE", "FRA")} <= found or {("FRA", "AGREE", "ITA")} <= found


@pytest.mark.parametrize(("body", "expected"), [
    ("Delegates from Chile, Peru and Bolivia were invited to the summit.",
     {("None", "REQUEST", "CHL"), ("None", "REQUEST", "PER"), ("None", "REQUEST", "BOL")}),
    ("Envoys from Kenya and Uganda were expelled on Monday.",
     {("None", "SANCTION", "KEN"), ("None", "SANCTION", "UGA")}),
    ("Troops from Kenya and Uganda were attacked on Monday.",
     {("None", "ASSAULT", "KEN"), ("None", "ASSAULT", "UGA")}),
    ("Officials from Chile, Peru, Bolivia, Ecuador and Brazil were invited to the summit.",
     {("None", "REQUEST", c) for c in ("CHL", "PER", "BOL", "ECU", "BRA")}),  # beyond four
])
def test_coordinated_patients_of_a_passive_are_all_recipients(
        resources: Resources, body: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(code(resources, body, "2005-01-10"))



@pytest.mark.parametrize(("body", "expected"), [
    ("Delegates from Peru and Ecuador held talks in Brasilia on Monday.", {("PER", "CONSULT", "ECU")}),
    ("A letter from Kenya accused Uganda of arming rebels.", {("KEN", "ACCUSE", "UGA")}),
])
def test_a_delegation_or_message_from_an_actor_is_the_actors(
        resources: Resources, body: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(code(resources, body, "2005-01-10"))


def test_what_comes_from_a_country_is_no_actor(resources: Resources) -> None:
    found = triples(code(resources, "Supplies from Chile fell sharply and imports by Peru rose.",
                         "2005-01-10"))
    assert not {t for t in found if t[0] == "CHL"}


def test_a_counterpart_takes_a_name_whose_first_name_the_mention_left_out(
        resources: Resources) -> None:
    words = ["Mr", "Hale", "and", "his", "Danish", "counterpart", "Lars", "Vinter", "agreed"]
    tok = Tokens(words, [w.lower() for w in words], [w.lower() for w in words], [(0, len(words))],
                 [True])
    reg = Registry(resources.knowledge, dt.date(2005, 1, 10), frozenset())
    hale = reg.add(ActorInfo("entity:e1", "Hale", "person", "GBR", None, "surface-form", 0.8))
    vinter = reg.add(ActorInfo("entity:e2", "Vinter", "person", None, None, "surface-form", 0.8))
    denmark = reg.country("DNK", "gazetteer", None)
    mentions = [Mention(0, 0, 2, (hale,), "surface-form", False),
                Mention(0, 4, 5, (denmark,), "gazetteer", False),
                Mention(0, 7, 8, (vinter,), "surface-form", False)]  # "Lars" left out
    merged = merge_counterparts(mentions, tok, reg, frozenset())
    assert [(m.first, m.last, m.keys) for m in merged] == [(0, 2, (hale,)), (3, 8, (vinter,))]
    assert reg.actors[vinter].country == "DNK"
