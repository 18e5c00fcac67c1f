"""A country's own government as the recipient of dissent ("China official condemns government policy")."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.registry import Registry


def own_groups(subject: tuple[str, ...], code: str, reg: Registry, lex: CoderLexicon) -> set[str]:
    """The group keys of a country subject's own forces, which are no recipient ("Britain
    redeploys troops"). For an act of dissent (`own_government_types`: an accusation, a
    protest, a demand, a rejection) the country's own government is kept (`own_government_words`):
    a country does not dissent from itself, so the subject is one of its people ("a Chinese
    official", "the opposition") and the government is the target."""
    words = lex.word_set("own_forces")
    if code in lex.word_set("own_government_types"):
        words = words - lex.word_set("own_government_words")
    return {f"group:{reg.actors[k].country}:{w}" for k in subject
            if reg.actors[k].type == "country" for w in words}
