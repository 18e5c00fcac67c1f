"""Leftover errors of the session-14 rounds (leftovers14; docs/event-coding.md "Leftovers of the
session-14 rounds"): sentences written for the tests, each rule with a case it leaves alone."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # armed people named by their group before a passive verb are its patients
    ("The army said 14 Hamas fighters were killed in the raid.", {(None, "ASSAULT", "PSE")}),
    ("Officials said nine Hamas militiamen were wounded in the clash.", {(None, "ASSAULT", "PSE")}),
    # a group's guerrillas already were
    ("The army said 14 Hamas guerrillas were killed in the raid.", {(None, "ASSAULT", "PSE")}),
])
def test_armed_people_as_passive_patients(resources: Resources, body: str,
                                          expected: set[Triple]) -> None:
    assert facts(resources, body, "2005-01-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a ban on a country's goods is a sanction
    ("Norway banned Danish beef last week.", {("NOR", "SANCTION", "DNK")}),
    ("Norway slapped a total ban on Danish beef last week.", {("NOR", "SANCTION", "DNK")}),
    ("Norway imposed its arms ban on Sudan in 1995.", {("NOR", "SANCTION", "SDN")}),
    # a ban on people or a body stays an administrative restriction
    ("Norway banned Danish trawlermen from its ports.", {("NOR", "COERCE", "DNK")}),
])
def test_goods_ban_is_sanction(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body, "2005-01-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a firm named past a clause opener is the deal's content or setting, not its party
    ("Norway and Denmark reached an agreement that will let Widget Corp build a bridge.",
     {("NOR", "AGREE", "DNK")}),
    ("Norway and Denmark signed a memorandum on Tuesday during a meeting between Widget Corp "
     "and Gadget Ltd.", {("NOR", "AGREE", "DNK")}),
    # a firm named as the partner of a state subject: the state's deal (session 19,
    # state_deals.py); a firm among the subjects still makes it company news
    ("Norway signed an agreement with Widget Corp that will create jobs.", {("NOR", "AGREE", None)}),
    ("Norway and Widget Corp signed a deal that will create jobs.", set()),
])
def test_firm_past_clause_opener(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body, "2005-01-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the person written to after "to Mr" is governed by "to": the writer calls for it
    ("Jens Stoltenberg wrote to Mr Persson on Monday calling for an inquiry.",
     {("NOR", "REQUEST", None)}),
    ("Jens Stoltenberg wrote to Mr Persson accusing Sweden of an error.",
     {("NOR", "ACCUSE", "SWE")}),
])
def test_courtesy_title_keeps_preposition(resources: Resources, body: str,
                                          expected: set[Triple]) -> None:
    assert facts(resources, body, "2005-01-01") == expected
