"""A country's adjective inside a place phrase ("in the Nigerian capital Abuja", "in the Iraqi city
of Basra"): it qualifies the place word after it, so the preposition before it governs the place
and the adjective; the country is where something happened, not an actor or a recipient."""

from __future__ import annotations

from pipeline.stages.knowledge import Knowledge
from pipeline.stages.mentions import Tokens

# Place words a country's adjective qualifies before the place's own name.
PLACE_WORDS = frozenset({"capital", "city", "town", "port", "village"})


def place_phrase_adjective(tok: Tokens, i: int, skip: frozenset[str], know: Knowledge) -> bool:
    """Whether token i is a country's adjective ("Nigerian") followed by a place word or another
    skipped adjective and a place word ("the Nigerian capital", "the Iraqi southern city")."""
    j = i + 1
    while j < len(tok.low) and tok.low[j] in skip and tok.low[j] not in PLACE_WORDS:
        j += 1
    if j >= len(tok.low) or tok.low[j] not in PLACE_WORDS or not tok.text[i][:1].isupper():
        return False
    name = tok.text[i]
    return know.geo.country(name) is not None and know.geo.country_name_form(name) is None
