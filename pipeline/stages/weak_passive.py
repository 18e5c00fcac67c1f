"""A weak trigger in the passive, its patient named before it ("Two Italian hostages freed",
"the hostages were freed").

A generic lemma (`weak_lemmas`: "free", "order", "back", "call" ...) counts only when an actor is
named right after it, as its object ("freed two Italians"). In a passive the patient stands
before the verb, and a headline's passive has nothing after it at all; so a passive weak verb
counts when an actor that is no place is named right before it, with only auxiliaries and a few
adverbs between ("hostages were freed", "Turkish hostages freed in Iraq"). Only the participles
of `passive_weak_forms` ("freed"): the others ("was given", "were opposed", "was offered") are
mostly no event between actors.
"""

from __future__ import annotations

from pipeline.stages.headlines import headline_passive
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found, is_passive

# What may stand between the patient and the participle: "were freed", "have been freed".
_BETWEEN = frozenset({"was", "were", "is", "are", "been", "being", "be", "has", "have", "had",
                      "later", "finally", "reportedly"})


def weak_passive(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a weak verb trigger is passive with its patient, an actor, right before it."""
    if found.trigger.noun or tok.low[found.last - 1] not in lex.word_set("passive_weak_forms") or not (
            is_passive(tok, found.first, sent.first, sent.index, lex, found.last)
            or headline_passive(sent, found, tok, lex)):
        return False
    return any(m.last <= found.first and not m.locative
               and all(w in _BETWEEN for w in tok.low[m.last : found.first])
               for m in sent.mentions)
