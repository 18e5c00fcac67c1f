"""A deal struck is an agreement, no attack (session 15, precision15).

"strike"/"struck" is an ASSAULT verb ("U.S. naval forces struck an Iranian platform"), but with
a deal, an accord, a pact or a balance as its object, up to three words after it ("Ukraine
strikes Turkmen gas deal", "Oracle strikes friendly deal for PeopleSoft", "struck a military
deal with separatist rebels") it makes an agreement: the trigger becomes AGREE, so the noun
after it is its object (one event, `events._objects_merged`), and no attack is coded. The object
words are `[words].struck_objects`; a preposition, comma or clause break ends the object.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found, choose_mode

# Words after the verb up to its object's head.
OBJECT_REACH = 4


def struck_deal(f: Found, tok: Tokens, first: int, last: int, lex: CoderLexicon) -> Found:
    """An ASSAULT "strike" whose object is a deal is AGREE (see the module)."""
    if f.code != "ASSAULT" or not f.trigger.verb \
            or f.trigger.tokens[0] not in lex.word_set("strike_forms"):
        return f
    objects = lex.word_set("struck_objects")
    stops = lex.word_set("prepositions") | lex.clause_breaks
    for j in range(f.last, min(last, f.last + OBJECT_REACH)):
        word = tok.low[j]
        if word in objects:
            verb = replace(f.trigger, noun=False)  # a verb here, so the deal is its object
            return f._replace(trigger=verb, code="AGREE",
                              mode=choose_mode(tok, first, last, j, "AGREE", lex, (word,)))
        if word in stops or word == ",":
            return f
    return f
