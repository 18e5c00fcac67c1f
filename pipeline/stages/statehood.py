"""Country names read before the country was a state: "Georgia" in 1987 is the US state's.

The gazetteer knows today's states. Before Georgia's independence (9 April 1991) the 1987 wire's
"Georgia" is nearly always the US state ("Georgia Power", "Georgia Gulf", "the Georgia
Democrat", "Georgia regulators": 62 of the 64 allowed Reuters sentences that resolved it), and
otherwise the Soviet republic: either way no country of its own. Such a mention (a name, an
adjective, a capital or a province of the state) is no actor on a day before the state existed.
Only names that mostly meant another place are listed (`NOT_YET`): "Ukraine" or "Slovenia" in
1987 are the Soviet or Yugoslav republics, which the coder leaves as they are.

States that no longer exist are coded by their successor (`country_names.OTHER_NAMES`:
Yugoslavia SRB, Zaire COD, West Germany DEU, "Soviet" RUS); East Germany is read as "Germany"
and so coded DEU as well (docs/event-coding.md, actors16).
"""

from __future__ import annotations

import datetime as dt

from pipeline.stages.mentions import Span

# ISO3 -> the first day of the state, for names that before it mostly named another place.
NOT_YET = {"GEO": dt.date(1991, 4, 9)}
_EARLIEST = min(NOT_YET.values())
_PLACES = frozenset({"country", "capital", "province"})


# Bare names that passed from one state to another on a day: (day, before, from the day on).
# Until Zaire took the name Democratic Republic of the Congo (17 May 1997) "Congo" and
# "Congolese" were Brazzaville's; since, the wires write the bare name for Kinshasa's state and
# "Congo Republic" for Brazzaville's (the longer forms are in `country_names.OTHER_NAMES`).
RENAMED = {name: (dt.date(1997, 5, 17), "COG", "COD") for name in ("congo", "congolese")}


def stated(spans: list[Span], day: dt.date, low: list[str]) -> list[Span]:
    """The spans without the country mentions that name no state on the day (`NOT_YET`), and
    with the bare names that changed state (`RENAMED`) read as of the day; `low` holds the
    field's lower-cased tokens."""
    if day < _EARLIEST:
        spans = [s for s in spans if s.kind not in _PLACES or day >= NOT_YET.get(s.value, day)]
    return [_as_of(s, day, low) if s.kind == "country" and s.last == s.first + 1
            and low[s.first] in RENAMED else s for s in spans]


def _as_of(span: Span, day: dt.date, low: list[str]) -> Span:
    since, before, after = RENAMED[low[span.first]]
    return span._replace(value=after if day >= since else before)
