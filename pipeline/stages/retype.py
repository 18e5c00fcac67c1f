"""Trigger types that the words around a trigger change (rules of the fifth recall round).

* A seizure of hostages is an abduction, ASSAULT/abduct (CAMEO 181), not a confiscation:
  "gunmen seized three hostages", "hostages seized by militants".
* An expulsion of people who are no diplomats is a deportation, COERCE/deport (CAMEO 174), not
  a cut in relations: "Zaire expelled 28 Rwandan refugees" (session 11).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found


def hostage_taking(f: Found, tok: Tokens, first: int, last: int, lex: CoderLexicon) -> Found:
    """A COERCE seizure verb with a captive word (`captive_words`) as its object, up to four
    words after it, or up to three before it as its passive subject ("hostages were seized") or
    the noun its participle describes ("hostages seized in Iraq"), is ASSAULT/abduct."""
    if f.code != "COERCE" or f.trigger.noun \
            or f.trigger.tokens[0] not in lex.word_set("seizure_forms"):
        return f
    captives = lex.word_set("captive_words")
    after = tok.low[f.last : min(last, f.last + 4)]
    before = tok.low[max(first, f.first - 3) : f.first]
    if not captives & set(after + before):
        return f
    return Found(f.first, f.last, f.trigger, "ASSAULT", "abduct", f.modality, f.modality_reason)


def expelled_people(f: Found, tok: Tokens, last: int, lex: CoderLexicon) -> Found:
    """A SANCTION expulsion verb (`expulsion_forms`) whose object, up to five words after it,
    is people (`expelled_people`: refugees, immigrants, a man ...) and no envoy (`expelled_envoys`)
    is COERCE/deport."""
    if f.code != "SANCTION" or f.trigger.noun \
            or f.trigger.tokens[0] not in lex.word_set("expulsion_forms"):
        return f
    after = set(tok.low[f.last : min(last, f.last + 5)])
    if lex.word_set("expelled_envoys") & after \
            or not lex.word_set("expelled_people") & after:
        return f
    return Found(f.first, f.last, f.trigger, "COERCE", "deport", f.modality, f.modality_reason)
