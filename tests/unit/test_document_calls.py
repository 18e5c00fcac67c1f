"""A plan, a contract or a forecast that "calls for" something sets out terms, no request
(business21: `document_calls.py`); a state, a minister or a body that calls for it still asks."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import facts


@pytest.mark.parametrize("body", [
    "Kenya's cabinet approved a budget calling for higher spending on roads next year.",
    "Japan's trade ministry approved a proposal calling for more investment in Canada.",
    "Egypt said the new contract calls for delivery of 40,000 tonnes of wheat in May.",
    "Italy's bank said the government had called for redemption of its 1995 bonds.",
])
def test_a_document_calling_for_terms_is_no_request(resources: Resources, body: str) -> None:
    assert not any(t == "REQUEST" for _, t, _ in facts(resources, body))


@pytest.mark.parametrize("body", [
    "Kenya called for higher spending on roads next year.",
    "The French finance minister also called for the state to sell its stake in the carmaker.",
    "A Japanese statement called for more investment in Canada.",
])
def test_a_state_or_a_statement_calling_for_still_requests(resources: Resources, body: str) -> None:
    assert any(t == "REQUEST" for _, t, _ in facts(resources, body))
