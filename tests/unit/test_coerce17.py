"""Material-conflict misses of session 17 (docs/event-coding.md, "Arrests and labour strikes
(session 17, coerce17)"): people an arrest names by a title, and warning strikes. Sentences
written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"  # a Wednesday


@pytest.mark.parametrize(("body", "expected"), [
    ("A former deputy minister was arrested in Spain on Monday.", (None, "COERCE", "ESP")),
    ("Seven suspected bombers arrested in Kenya", (None, "COERCE", "KEN")),
    ("Two bank executives were detained in Portugal on Monday.", (None, "COERCE", "PRT")),
])
def test_arrested_by_title(resources: Resources, body: str,
                           expected: tuple[str | None, str, str | None]) -> None:
    assert expected in facts(resources, body, DAY)


def test_arrested_title_without_place_stays_uncoded(resources: Resources) -> None:
    assert not facts(resources, "The bank's former president was arrested on Monday.", DAY)


def test_warning_strikes_happened(resources: Resources) -> None:
    got = facts(resources, "Thousands of Italian metalworkers held warning strikes on Monday.", DAY)
    assert ("ITA", "PROTEST", None) in got
    assert not any(t == "ASSAULT" for _, t, _ in got)


def test_warning_of_strikes_stays_uncoded(resources: Resources) -> None:
    assert not facts(resources, "The Italian union issued a warning of strikes on Monday.", DAY)


def test_arrested_pronoun_takes_the_place(resources: Resources) -> None:
    got = facts(resources, "She was detained in Lisbon on Tuesday after a scuffle.", DAY)
    assert (None, "COERCE", "PRT") in got


def test_unions_launching_strikes_protest(resources: Resources) -> None:
    got = facts(resources, "Danish trade unions launched two-day strikes over pay on Monday.", DAY)
    assert ("DNK", "PROTEST", None) in got
    assert not any(t == "ASSAULT" for _, t, _ in got)


def test_air_strikes_stay_attacks_beside_workers(resources: Resources) -> None:
    got = facts(resources, "Turkish jets launched strikes on Kurdish rebels, killing three "
                           "road workers.", DAY)
    assert not any(t == "PROTEST" for _, t, _ in got)


def test_on_strike_is_a_labour_strike(resources: Resources) -> None:
    got = facts(resources, "Chile's copper miners were still on strike on Tuesday.", DAY)
    assert ("CHL", "PROTEST", None) in got
    assert not any(t == "ASSAULT" for _, t, _ in got)
