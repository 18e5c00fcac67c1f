"""A private firm of the actor base gives its home country to no one else in its sentence: a
bare "Judge", "government", "union" or "marines" named beside Microsoft, Oracle or Santos is not
thereby American or Australian ("Judge asked to penalize Microsoft", "marines occupied the ship
in Santos harbour"). A state-owned firm (`state_companies`: Petronas, Petrobras) still places
its own government and army ("Petronas has advised the government")."""

from __future__ import annotations

from pipeline.stages.kb import Actor
from pipeline.stages.lexicon import CoderLexicon


def private_firm(actor: Actor | None, lex: CoderLexicon) -> bool:
    """Whether a KB actor is a company its state does not own."""
    return actor is not None and actor.type == "company" \
        and actor.id not in lex.word_set("state_companies")
