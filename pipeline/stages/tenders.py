"""Bids and offers turned down at a tender are market operations, no rejection (verbal18).

A buyer's or an exporter's tender ("Egypt rejected all offers at a vegetable oil import tender",
"EC REJECTS WHEAT EXPORT BIDS, GRANTS BARLEY", "the U.S. Department of Agriculture rejected a U.S.
Firm's offer of 80 dlrs per tonne") turns down the prices traders offered: commodity news, not a
state refusing another's proposal (CAMEO 12). A REJECT whose object, within six words and before a
comma or clause break, holds a bid or an offer (`tender_objects`) in a sentence holding a word of
the trade (`tender_words`: tender, tonnes, licences, cargoes), or right after "export"/"import"
(`tender_modifiers`: "WHEAT EXPORT BIDS"), is no event. "Blair rejects Tory
terror offer", "workers rejected a new contract offer" name no trade and stay REJECTs.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_OBJECT = 6  # words after the verb in which the bid or offer is looked for


def rejected_tender(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a REJECT turns down bids or offers in a sentence about a tender or a trade."""
    if found.code != "REJECT" or found.trigger.noun:
        return False
    objects = lex.word_set("tender_objects")
    for j in range(found.last, min(sent.last, found.last + _OBJECT)):
        word = tok.low[j]
        if word in objects:
            return tok.low[j - 1] in lex.word_set("tender_modifiers") \
                or not lex.word_set("tender_words").isdisjoint(tok.low[sent.first : sent.last])
        if word == "," or word in lex.clause_breaks:
            return False
    return False
