"""To deal a blow is no deal (session 21, agree21).

"Ivory Coast violence deals economic blow", "G.O.P. Moderates Deal New Setback To House
Leaders": "deal" read as the AGREE noun made agreements of them. With a word of `dealt_objects`
(blow, blows, setback, setbacks) at most three words after it, no comma or clause break
between, the trigger "deal" (`deal_forms`) is the verb of the idiom: no event.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found

REACH = 4  # the object within three words after the trigger


def blow_dealt(f: Found, tok: Tokens, last: int, lex: CoderLexicon) -> bool:
    """Whether an AGREE trigger is "deal" in "deal(s) a blow/setback" (the caller checks the
    type)."""
    if tok.low[f.first] not in lex.word_set("deal_forms"):
        return False
    objects = lex.word_set("dealt_objects")
    for j in range(f.last, min(last, f.last + REACH)):
        word = tok.low[j]
        if word in objects:
            return True
        if word == "," or word in lex.clause_breaks:
            return False
    return False
