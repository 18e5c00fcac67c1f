"""Backing a named thing is support (session 18, agree18).

"back" is a weak lemma: it counts only with an actor named right after it, since "back" is also
an adverb, a particle and a noun ("came back", "held back", "their backs"). The finite forms
"backs" and "backed" before a determiner or a possessive (`backed_object_starts`) are the verb
with its object, a plan, a force, a decision: "Israel ... backs its stated aim of fostering
reform", "House Backs a Force for Kosovo", "he backed the decision by the Paris Club" are SUPPORT
as "supports the plan" was. Passives ("backed by"), particles ("backed down", "backed off") and
"back" itself keep the weak rule, and so does an object with a trigger word in its first three words
("backed demands for an inquiry", "backed a charge", "backed an arms embargo"), which
`filters.usable` judges.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found

# Words of the object read for a trigger ("an arms embargo", "a superpower pact").
_OBJECT_WORDS = 3


def backed_thing(found: Found, tok: Tokens, last: int, lex: CoderLexicon) -> bool:
    """Whether a weak "backs"/"backed" takes a determined object (see the module) with no trigger
    word in its first three words (`filters.usable` judges those: "backed demands for an
    inquiry")."""
    if found.trigger.noun or len(found.trigger.tokens) != 1 \
            or found.trigger.tokens[0] not in lex.word_set("backing_forms") \
            or found.last + 1 >= last or tok.low[found.last] not in lex.word_set("backed_object_starts"):
        return False
    stops = lex.word_set("prepositions")
    for j in range(found.last + 1, min(last, found.last + 1 + _OBJECT_WORDS)):
        if tok.low[j] in stops or not tok.low[j][:1].isalnum():
            break
        if lex.trigger_index.match(tok.low, j, min(last, j + 3)) is not None:
            return False  # "backed a charge, denied by ...", "backed an arms embargo": the noun decides
    return True
