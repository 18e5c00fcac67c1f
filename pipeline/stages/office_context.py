"""The country of an office holder the text names without one ("Prime Minister Robert Fico").

A person not in the KB gets a country from a qualifier ("Slovak Prime Minister ...") or a
possessive ("Slovakia's ..."). Without either, a national office's holder is taken to serve the
country the previous sentence opens with, when that sentence is about it ("Slovakia, which ...,
accused Kyiv ... Prime Minister Robert Fico threatened ...") and his own sentence names no
country before him. Offices that need not be national (ambassadors, envoys, spokespeople,
company executives, secretaries-general) get none.
"""

from __future__ import annotations

from collections.abc import Sequence

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
