"""Obligations, refusals and suspensions: what someone must, will not or no longer do is no fact."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_events import code, triples


@pytest.mark.parametrize(("body", "expected"), [
    ("Iran said on Monday the United States must withdraw its forces from the Gulf.",
     {("IRN", "DEMAND", "USA")}),
    ("Putin said on Monday Ukraine must accept the deal.", {("RUS", "DEMAND", "UKR")}),
    ("The Nepali government said on Monday the insurgents must give up violence.",
     {("NPL", "DEMAND", "NPL")}),
    ("A union leader said on Monday the French government must cut spending.",
     {("FRA", "DEMAND", "FRA")}),  # no office holder: a demand on the government
])
def test_a_reported_obligation_is_a_demand_and_no_fact(resources: Resources, body: str,
                                                       expected: set[tuple[str, str, str]]) -> None:
    assert triples(code(resources, body, "2005-01-10")) == expected


@pytest.mark.parametrize("body", [
    "Putin said on Monday Russia must do more to cut its reliance on oil.",  # own policy
    "Macron said on Monday the French government must cut spending.",  # his own government
    "Canadian and British officials must agree on landing rights before flights begin.",  # no speaker
    "The envoy said on Monday Iran's application must be treated on its merits.",  # not Iran's duty
    "Blair said on Monday a bill that Congress must pass is ready.",  # a relative clause
])
def test_obligations_that_are_no_demand_code_nothing(resources: Resources, body: str) -> None:
    assert not triples(code(resources, body, "2005-01-10"))


@pytest.mark.parametrize(("body", "expected"), [
    ("Taiwan said on Monday it would not recognise the agreement.", ("TWN", "REJECT", "None")),
    ("Iran said on Monday it would never negotiate with Britain.", ("IRN", "REJECT", "GBR")),
    ("Iran said on Monday it would not release the British sailors.", ("IRN", "REJECT", "GBR")),
])
def test_a_stated_refusal_is_a_reject(resources: Resources, body: str,
                                      expected: tuple[str, str, str]) -> None:
    assert expected in triples(code(resources, body, "2005-01-10"))


@pytest.mark.parametrize("body", [
    "The minister made a speech on Monday which will not help Britain regain trust.",  # relative
    "Iran said on Monday it would not attack its neighbours.",  # a reassurance, no refusal
])
def test_other_negated_futures_are_no_refusal(resources: Resources, body: str) -> None:
    assert not {t for t in triples(code(resources, body, "2005-01-10")) if t[1] == "REJECT"}


@pytest.mark.parametrize("body", [
    "Iran suspended cooperation with the IAEA on Wednesday.",
    "The US suspended military aid to Pakistan on Monday.",
    "The US reduced military aid to Egypt on Monday.",
])
def test_a_suspended_act_is_not_coded_as_done(resources: Resources, body: str) -> None:
    assert not {t for t in triples(code(resources, body, "2025-06-10")) if t[1] in ("COOPERATE", "AID")}


@pytest.mark.parametrize("body", [
    "The US cut aid to Pakistan on Monday.",
    "The US slashed aid to Pakistan on Monday.",
])
def test_cutting_aid_is_a_sanction(resources: Resources, body: str) -> None:
    assert triples(code(resources, body, "2025-06-10")) == {("USA", "SANCTION", "PAK")}
