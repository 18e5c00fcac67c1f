"""Date expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages import dates
from pipeline.stages.dates import find_dates

THURSDAY = dt.date(2025, 2, 13)


@pytest.mark.parametrize(
    ("text", "raw", "date", "granularity", "method"),
    [
        ("Trump on Wednesday stated", "on Wednesday", dt.date(2025, 2, 12), "day",
         "weekday-on-or-before-publication"),
        ("It happened on Thursday.", "on Thursday", THURSDAY, "day", "weekday-on-or-before-publication"),
        ("They met last Thursday.", "last Thursday", dt.date(2025, 2, 6), "day",
         "weekday-on-or-before-publication"),
        ("Talks resume next Monday.", "next Monday", dt.date(2025, 2, 17), "day",
         "weekday-after-publication"),
        ("He left yesterday.", "yesterday", dt.date(2025, 2, 12), "day", "relative-to-publication"),
        ("Signed on Feb. 12, 2025 in Riyadh", "Feb. 12, 2025", dt.date(2025, 2, 12), "day", "absolute"),
        ("Signed on 12 February 2025.", "12 February 2025", dt.date(2025, 2, 12), "day", "absolute"),
        ("Filed 2024-11-05 at noon", "2024-11-05", dt.date(2024, 11, 5), "day", "absolute"),
        ("A vote on March 3 is planned", "March 3", dt.date(2025, 3, 3), "day", "year-from-publication"),
        ("A deal in December 31 was", "December 31", dt.date(2024, 12, 31), "day", "year-from-publication"),
        ("Prices rose last week.", "last week", dt.date(2025, 2, 3), "week", "relative-to-publication"),
        ("Output fell last month.", "last month", dt.date(2025, 1, 1), "month", "relative-to-publication"),
        ("Elections in March 2024 were", "in March 2024", dt.date(2024, 3, 1), "month", "absolute"),
        ("The war since 2022 has", "since 2022", dt.date(2022, 1, 1), "year", "absolute"),
    ],
)
def test_resolves_expression(text: str, raw: str, date: dt.date, granularity: str, method: str) -> None:
    found = find_dates(text, THURSDAY)
    assert len(found) == 1
    hit = found[0]
    assert text[hit.start : hit.end] == raw
    assert (hit.date, hit.granularity, hit.method) == (date, granularity, method)


def test_ignores_impossible_dates_and_plain_numbers() -> None:
    assert find_dates("Feb. 30, 2025 and 1,200 barrels and 2025-13-40", THURSDAY) == []


def test_month_name_may_is_not_a_modal_verb() -> None:
    assert find_dates("Prices may rise, officials said", THURSDAY) == []
    assert [d.date for d in find_dates("It ends May 5, 2025", THURSDAY)] == [dt.date(2025, 5, 5)]


def test_every_spelling_the_patterns_accept_resolves() -> None:
    """'Sep' + 'ember' and, under IGNORECASE, the long s all match; they used to raise KeyError."""
    found = find_dates("The plant closed on Sepember 5, 2003 after", THURSDAY)
    assert [(f.date, f.method) for f in found] == [(dt.date(2003, 9, 5), "absolute")]
    assert [f.date for f in find_dates("due Sept. 9", THURSDAY)] == [dt.date(2024, 9, 9)]  # nearest
    long_s = find_dates("yeſterday, laſt week and on ſunday", THURSDAY)
    assert [f.date for f in long_s] == [dt.date(2025, 2, 12), dt.date(2025, 2, 3), dt.date(2025, 2, 9)]


@pytest.mark.parametrize("anchor", [dt.date.min, dt.date.max])
def test_relative_dates_past_the_calendar_edge_are_dropped(anchor: dt.date) -> None:
    """Stages are called without the input guards too (batch tools, tests): no OverflowError."""
    text = "last Monday, next Friday, yesterday, tomorrow, last week, next month, next year"
    found = find_dates(text, anchor)
    assert found, "the expressions that stay inside the calendar still resolve"
    assert all(dt.date.min <= f.date <= dt.date.max for f in found)
    assert len(found) < 7


def test_long_text_without_dates_is_fast_and_empty() -> None:
    assert find_dates("word " * 40_000, THURSDAY) == []


_DATE_PIECES = ["Monday", "MONDAY", "monday", "last", "next", "on", "since", "Sept", "Sep",
                "September", "Sepember", "May", "may", "Dec.", "2024", "1999", "20", "19", "3",
                "31st", "of", "in", "today", "Yesterday", "TOMORROW", "tomorrow", "week", "this",
                "past", "year", "-", ",", " ", "  ", "\n", "2025-02-13", "Friday's", "day", "ſunday",
                "yeſterday", "laſt", "paſt", "thiſ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_DATE_PIECES), st.text(max_size=2)), max_size=30))
def test_hints_never_skip_a_date(pieces: list[str]) -> None:
    """A pattern skipped for want of its hint would have found nothing."""
    text = "".join(pieces)

    def run() -> list[tuple[int, int, dt.date, str, str]]:
        return [(f.start, f.end, f.date, f.granularity, f.method)
                for f in find_dates(text, THURSDAY)]

    hinted = run()
    saved = dict(dates._HINTS)
    dates._HINTS.clear()
    try:
        assert run() == hinted
    finally:
        dates._HINTS.update(saved)


# The weekday pattern as first written: blanks before the weekday matched even without a
# relative word (find_dates then dropped them from the match).
_WEEKDAY_REFERENCE = re.compile(
    r"\b(?P<rel>last|next|this|on|since|from|until|by)?\s*"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
_WEEKDAY_PIECES = ["Monday", "monday", "FRIDAY", "Sunday's", "ſunday", "Tuesdays", "xMonday",
                   "last", "next", "this", "on", "upon", "since", "from", "until", "by", "laſt",
                   "Last", "ON", "day", "today", " ", "  ", "\n", "\t", "\u00a0", "\u2003", ".",
                   ",", "-", "'", "x", "1"]


def _kept(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    """What find_dates keeps of each match: its span without leading blanks, and its groups."""
    out = []
    for m in pattern.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        out.append((start, end, m.groupdict()))
    return out


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WEEKDAY_PIECES), st.text(max_size=2)), max_size=30))
def test_weekday_pattern_keeps_what_the_first_one_kept(pieces: list[str]) -> None:
    """Blanks taken only after a relative word: the same spans (after find_dates drops leading
    blanks) and groups as the pattern that took them before any weekday."""
    text = "".join(pieces)
    weekday = dict(dates._PATTERNS)["weekday"]
    assert _kept(weekday, text) == _kept(_WEEKDAY_REFERENCE, text)


def test_weekday_pattern_cases() -> None:
    """Relative words with and without blanks, blanks alone, and words that only end in one."""
    text = "said  Monday, upon Friday, on\nSunday, lastTuesday and\u00a0next Wednesday"
    kept = _kept(dict(dates._PATTERNS)["weekday"], text)
    assert kept == _kept(_WEEKDAY_REFERENCE, text)
    assert [(text[s:e], g["rel"]) for s, e, g in kept] == [
        ("Monday", None), ("Friday", None), ("on\nSunday", "on"), ("lastTuesday", "last"),
        ("next Wednesday", "next")]
