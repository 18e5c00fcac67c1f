"""Date expressions in text, resolved against the article's publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# Keyed by the first three letters, which tell every month apart: the month pattern also
# accepts spellings such as "Sepember" (Sep + ember), and those must resolve, not raise.
_MONTHS = {name[:3].lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({"tues": 1, "wed": 2, "thur": 3, "thurs": 3})

_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month-day-year", re.compile(
        _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b")),
    ("day-month-year", re.compile(
        r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b")),
    ("month-day", re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("day-month", re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("month-year", re.compile(r"\b(?:in\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b")),
    # The blanks belong to the relative word: without one, a match starts at the weekday itself
    # (what find_dates keeps of a match that starts with blanks), and fewer starts are tried.
    ("weekday", re.compile(r"\b(?:(?P<rel>last|next|this|on|since|from|until|by)\s*)?" + _WEEKDAY
                           + r"\b", re.IGNORECASE)),
    ("relative-day", re.compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.IGNORECASE)),
    ("relative-period", re.compile(
        r"\b(?P<rel>last|next|this|past)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("year", re.compile(r"\b(?:in|since|by|during|until|of)\s+(?P<year>(?:19|20)\d\d)\b(?!-)")),
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date expression: character span, resolved date, granularity and method."""

    start: int
    end: int
    date: dt.date
    granularity: str
    method: str


def _month(text: str) -> int:
    return _MONTHS[text[:3].lower()]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """A day-and-month without a year: the occurrence closest to the anchor."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
               if (d := _safe_date(y, month, day)) is not None]
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def _resolve(kind: str, m: re.Match[str], anchor: dt.date) -> tuple[dt.date, str, str] | None:
    g = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["mnum"]), int(g["day"]))
        return (d, "day", "absolute") if d else None
    if kind in ("month-day-year", "day-month-year"):
        d = _safe_date(int(g["year"]), _month(g["month"]), int(g["day"]))
        return (d, "day", "absolute") if d else None
    if kind in ("month-day", "day-month"):
        d = _nearest_year(_month(g["month"]), int(g["day"]), anchor)
        return (d, "day", "year-from-publication") if d else None
    if kind == "month-year":
        return dt.date(int(g["year"]), _month(g["month"]), 1), "month", "absolute"
    if kind == "year":
        return dt.date(int(g["year"]), 1, 1), "year", "absolute"
    if kind == "weekday":
        target = _WEEKDAYS[g["weekday"].casefold()]  # casefold: IGNORECASE lets "ſunday" match
        rel = (g["rel"] or "").casefold()
        back = (anchor.weekday() - target) % 7
        if rel == "next":
            ahead = (target - anchor.weekday()) % 7 or 7
            return anchor + dt.timedelta(days=ahead), "day", "weekday-after-publication"
        if rel == "last" and back == 0:
            back = 7
        return anchor - dt.timedelta(days=back), "day", "weekday-on-or-before-publication"
    if kind == "relative-day":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["word"].casefold()]
        return anchor + dt.timedelta(days=shift), "day", "relative-to-publication"
    if kind == "relative-period":
        return _relative_period(g["rel"].casefold(), g["unit"].casefold(), anchor)
    return None


def _relative_period(rel: str, unit: str, anchor: dt.date) -> tuple[dt.date, str, str]:
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[rel]
    method = "relative-to-publication"
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return monday + dt.timedelta(weeks=step), "week", method
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + step
        return dt.date(index // 12, index % 12 + 1, 1), "month", method
    return dt.date(anchor.year + step, 1, 1), "year", method


# Something every match of a pattern holds, found much faster than the pattern
# itself (no leading \b, a literal first): a text without it skips the pattern.
# Each hint uses the same flags as its pattern, so it reads characters the same way.
_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_DAY_HINT = re.compile(r"day", re.IGNORECASE)
_TOMORROW_HINT = re.compile(r"tomorrow", re.IGNORECASE)
_HINTS: dict[str, tuple[re.Pattern[str], ...]] = {
    "iso": (_YEAR_HINT,),
    "month-day-year": (_MONTH_HINT, _YEAR_HINT),
    "day-month-year": (_MONTH_HINT, _YEAR_HINT),
    "month-day": (_MONTH_HINT,),
    "day-month": (_MONTH_HINT,),
    "month-year": (_MONTH_HINT, _YEAR_HINT),
    "weekday": (_DAY_HINT,),  # every weekday name ends in "day"
    "relative-day": (_DAY_HINT, _TOMORROW_HINT),  # any one of these will do
    "year": (_YEAR_HINT,),
}
_ANY_OF = frozenset({"relative-day"})


def _may_match(kind: str, text: str, seen: dict[re.Pattern[str], bool]) -> bool:
    """False when `text` lacks what every match of pattern `kind` holds."""
    hints = _HINTS.get(kind)
    if hints is None:
        return True
    present = []
    for hint in hints:
        if hint not in seen:
            seen[hint] = hint.search(text) is not None
        present.append(seen[hint])
    return any(present) if kind in _ANY_OF else all(present)


def find_dates(text: str, published: dt.date) -> list[FoundDate]:
    """All date expressions in `text`, longest match first where they overlap."""
    taken: list[tuple[int, int]] = []
    found: list[FoundDate] = []
    seen: dict[re.Pattern[str], bool] = {}
    for kind, pattern in _PATTERNS:
        if not _may_match(kind, text, seen):
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            while start < end and text[start].isspace():
                start += 1
            if any(start < e and s < end for s, e in taken):
                continue
            try:
                resolved = _resolve(kind, m, published)
            except (OverflowError, ValueError):  # relative to a date at the calendar's edge
                resolved = None
            if resolved is None:
                continue
            taken.append((start, end))
            found.append(FoundDate(start, end, *resolved))
    found.sort(key=lambda f: f.start)
    return found
