"""A plea in court is no request (docs/event-coding.md, "Recall sample on CoNLL-2003 train
(session 14, recall14a)"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "1996-09-01"


@pytest.mark.parametrize("body", [
    "A French diplomat pleaded guilty to spying for Russia.",
    "Two Iraqi officers pleaded innocent to charges of attacking Kuwait.",
])
def test_plea_in_court_is_no_request(resources: Resources, body: str) -> None:
    assert not {t for t in facts(resources, body, DAY) if t[1] == "REQUEST"}


def test_pleading_with_a_state_is_a_request(resources: Resources) -> None:
    assert facts(resources, "Iraq pleaded with France to lift the embargo.",
                 DAY) == {("IRQ", "REQUEST", "FRA")}
