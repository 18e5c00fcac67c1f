"""The country of an office holder the text names without one ("Prime Minister Robert Fico").

A person not in the KB gets a country from a qualifier ("Slovak Prime Minister ...") or a
possessive ("Slovakia's ..."). Without either, a national office's holder is taken to serve the
country the previous sentence opens with, when that sentence is about it ("Slovakia, which ...,
accused Kyiv ... Prime Minister Robert Fico threatened ...") and his own sentence names no
country before him. Offices that need not be national (ambassadors, envoys, spokespeople,
company executives, secretaries-general) get none.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

from pipeline.stages.kb import Actor, ActorKB, normalize
from pipeline.stages.mentions import Span, Tokens

NATIONAL_ROLES = frozenset({
    "head_of_state", "head_of_government", "minister", "foreign_minister", "defence_minister",
    "energy_minister", "intelligence_chief", "military_chief", "central_bank_governor",
    "national_security_advisor",
})
_COUNTRY_KINDS = frozenset({"country", "capital"})
_OPENERS = frozenset({"the", "but", "and", "meanwhile", "in"})


def office_country(spans: Sequence[Span], at: int, role: str, tok: Tokens) -> str | None:
    """The country of the office holder `spans[at]` (titled `role`, no qualifier), or None."""
    person = spans[at]
    if role not in NATIONAL_ROLES or person.sentence == 0:
        return None
    if any(s.sentence == person.sentence and s.kind in _COUNTRY_KINDS
           for s in spans[:at]):
        return None
    previous = [s for s in spans if s.sentence == person.sentence - 1]
    if not previous or previous[0].kind not in _COUNTRY_KINDS:
        return None
    start = tok.sentences[person.sentence - 1][0]
    opening = previous[0]
    if any(tok.low[i] not in _OPENERS for i in range(start, opening.first)):
        return None
    return opening.value


# Other names of an office in KB role titles ("the premier" holds "Prime Minister of Israel").
OFFICE_SYNONYMS = {
    "premier": ("premier", "prime minister"),
    "foreign minister": ("foreign minister", "minister of foreign affairs"),
}
_LEADING = frozenset({"the", "The"})
# Offices too generic to give the KB holder of a country ("the minister" could be any of them).
GENERIC_OFFICES = frozenset({"minister", "secretary"})


def office_phrase(tok: Tokens, first: int, last: int) -> str | None:
    """The office words of a bare definite office ("the prime minister", "the home secretary"):
    a "the" and at most two lower-case modifiers before the title, no name or "of" after it."""
    start = first
    while start > 0 and first - start < 2 and tok.text[start - 1].isalpha() \
            and tok.text[start - 1].islower() and tok.low[start - 1] != "the":
        start -= 1
    if start == 0 or tok.text[start - 1] not in _LEADING \
            or (start > 1 and tok.low[start - 2] == "of"):
        return None  # "the Office of the Deputy Prime Minister": a name
    if last < len(tok.low) and tok.low[last] == "of":
        return None  # "the president of the company", "the prime minister of Italy"
    return " ".join(tok.low[start:last])


def _fit(title: str, phrase: str) -> int | None:
    """How many characters of a role title lie past the office phrase it starts with (the
    closest title to "the chancellor" is "Chancellor of the Exchequer"), else None."""
    low = normalize(title)
    fits = [len(low) - len(p) for p in OFFICE_SYNONYMS.get(phrase, (phrase,)) if low.startswith(p)]
    return min(fits) if fits else None


def office_fit(actor: Actor, phrase: str, day: dt.date) -> int | None:
    """The closest fit of the office phrase to a role the KB actor holds on the day, else None."""
    fits = [f for r in actor.roles_on(day) if (f := _fit(r.title, phrase)) is not None]
    return min(fits) if fits else None


def dominant_country(countries: Iterable[str | None]) -> str | None:
    """The country most of the article's actors so far belong to, when one leads."""
    ranked = Counter(c for c in countries if c is not None).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def named_holder(phrase: str, named: Sequence[tuple[str, Actor | None, str | None, str | None]],
                 home: str | None, day: dt.date) -> tuple[str, int] | None:
    """The key of the person named so far who holds the office (by the KB on the day, or by the
    title the text gave a person the KB lacks): one of the leading country `home` first, then the
    closest title, then the latest named, with how far its title is from the office words.
    `named` holds (key, KB actor, title, country)."""
    best: tuple[bool, int, int] | None = None
    found = None
    for n, (key, actor, title, country) in enumerate(named):
        fit = office_fit(actor, phrase, day) if actor is not None else \
            _fit(title, phrase) if title is not None else None
        if fit is not None and (best is None or (country == home, -fit, n) > best):
            best, found = (country == home, -fit, n), key
    return (found, -best[1]) if found is not None and best is not None else None


def country_holder(phrase: str, role: str, country: str, kb: ActorKB, day: dt.date
                   ) -> Actor | None:
    """The KB holder of the office in the country on the day with the closest title, when one
    title fits best ("the chancellor" in Britain: of the Exchequer, not of the Duchy)."""
    if phrase in GENERIC_OFFICES:
        return None
    codes = dict.fromkeys((role, "minister"))
    found = list(dict.fromkeys(a for code in codes for a in kb.holders(code, country, day)
                               if office_fit(a, phrase, day) is not None))
    ranked = sorted(found, key=lambda a: office_fit(a, phrase, day) or 0)
    if not ranked or (len(ranked) > 1 and office_fit(ranked[0], phrase, day)
                      == office_fit(ranked[1], phrase, day)):
        return None
    return ranked[0]
