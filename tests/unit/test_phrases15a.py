"""Trigger phrases with a hyphenated modifier, and missile tests without an article
(docs/event-coding.md, "Recall sample on AG News (session 15, recall15a)"). Sentences written
for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


@pytest.mark.parametrize(("body", "expected"), [
    ("India tested a long-range missile on Sunday.", ("IND", "MOBILIZE", None)),
    ("India Tests Nuclear-Capable Missile", ("IND", "MOBILIZE", None)),
    ("Chilean miners went on a two-day strike.", ("CHL", "PROTEST", None)),
])
def test_phrases(resources: Resources, body: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in facts(resources, body, DAY)

