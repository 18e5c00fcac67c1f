"""A "call for" whose subject is a document (session 21, business21).

"the proposal calls for its holders to receive 1.163 shares", "its December estimate calling for
earnings per share", "the contract calls for delivery of 20 units", "the 1976 agreement, which
called for a moratorium": a plan, a contract or a forecast that "calls for" something sets out
its terms; no one asks anyone, so the REQUEST trigger is no event. The subject is the word of
`document_nouns` right before the verb, past the words of `document_call_gap` ("the plan also
calls for", "an accord which calls for", "the bill would call for"). "called for redemption" is
a bond call (`call_for_idle_objects`), no request either.

A person, a state or a body that calls for something keeps its request ("Brazil called for",
"the ministers called for"), and so do a statement, a letter, a report or a resolution, which
voice their authors' appeal."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def document_call(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a REQUEST "call(s/ed/ing) for" has a document as its subject, or a bond's
    redemption as its object: terms set out, no request."""
    if found.code != "REQUEST" or found.first + 1 >= sent.last \
            or tok.low[found.first] not in lex.word_set("call_forms") \
            or tok.low[found.first + 1] != "for":
        return False
    nxt = found.first + 2
    while nxt < sent.last and tok.low[nxt] in ("the", "a", "an", "its", "their"):
        nxt += 1
    if nxt < sent.last and tok.low[nxt] in lex.word_set("call_for_idle_objects"):
        return True  # "called for redemption ... of its notes"
    gap = lex.word_set("document_call_gap")
    j = found.first - 1
    while j >= sent.first and j >= found.first - 3 and tok.low[j] in gap:
        j -= 1
    return j >= sent.first and tok.low[j] in lex.word_set("document_nouns")
