"""Dictionary gaps of the session-15 recall samples (docs/event-coding.md, "Dictionary gaps of
the five recall samples (session 15, phrases15)"): "bring charges" with a modifier or a day
before the preposition is an accusation. Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


@pytest.mark.parametrize(("body", "expected"), [
    ("U.S. prosecutors brought charges Tuesday against a Canadian engineer.",
     ("USA", "ACCUSE", "CAN")),
    ("French magistrates brought criminal charges against two Belgian bankers.",
     ("FRA", "ACCUSE", "BEL")),
])
def test_bring_charges(resources: Resources, body: str,
                       expected: tuple[str, str, str | None]) -> None:
    assert expected in facts(resources, body, DAY)


def test_charges_as_a_topic_stay_uncoded(resources: Resources) -> None:
    got = facts(resources, "Japan said the charges brought by Washington were groundless.", DAY)
    assert not any(t == "ACCUSE" and a == "JPN" for a, t, _ in got)
