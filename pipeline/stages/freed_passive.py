"""People freed in the passive: "Two Italians were released", "Australian reporter freed", "Two
Italian hostages freed", "the diplomat has been freed". One place for the rules of session 16
(recall16f's `released_people`, headlines16's `weak_passive`; folded by fold16).

"released"/"freed" codes a RETREAT only with people as its object (`filters.usable`: an actor
right after it, a word of `release_objects` in the sentence, or a bare count), so that "released
a report" is no release; and "free" is a weak verb, which needs an actor right after it. In the
passive the people stand before the verb. `filters.usable` asks `released_people` in its release
gate and `freed_passive` (the union of the two rules below) when a weak verb has no actor after it.

`released_people`: a capitalised plural demonym (one token ending in "s", resolved from the
gazetteer: "Italians", "Britons"; not a country's own name, `release_plural_names`: "the
Philippines"), or an actor qualifying up to two words the last of which is a person word of
`release_objects` ("Australian reporter", "Turkish truck drivers"), right before the passive
auxiliary ("were released", "have been freed", one adverb aside) or right before a participle that
a place, a time or the sentence's end follows (`passive_prepositions`: "Australian reporter freed
in Iraq").

`_weak_passive`: a weak verb's participle of `passive_weak_forms` ("freed") in a passive (or a
headline's passive, which has nothing after it) counts when an actor that is no place is named
right before it, with only auxiliaries and a few adverbs between ("hostages were freed", "Turkish
hostages freed in Iraq"). The other weak participles ("was given", "were opposed", "was offered")
are mostly no event between actors.
"""

from __future__ import annotations

from pipeline.stages.headlines import headline_passive
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found, is_passive

# What may stand between the patient and a weak participle: "were freed", "have been freed".
_BETWEEN = frozenset({"was", "were", "is", "are", "been", "being", "be", "has", "have", "had",
                      "later", "finally", "reportedly"})


def _patient_end(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> int | None:
    """Where the passive's patient ends: before its auxiliaries, or before a participle with no
    object ("freed in Iraq"); None when the verb is not passive."""
    aux = lex.word_set("passive_perfect_aux")
    j = found.first
    if j - 1 > sent.first and tok.low[j - 1].endswith("ly") and tok.low[j - 1].isalpha():
        j -= 1  # "were reportedly freed"
    k = j
    while k - 1 > sent.first and tok.low[k - 1] in aux:
        k -= 1
    if k < j:
        return k
    nxt = tok.low[found.last] if found.last < sent.last else "."
    return found.first if nxt in lex.word_set("passive_prepositions") or not nxt.isalnum() \
        else None


def released_people(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a passive release verb ("released", "freed") has people as its patient."""
    if found.code != "RETREAT" or found.trigger.noun \
            or found.trigger.tokens[0] not in ("released", "freed"):
        return False
    end = _patient_end(found, sent, tok, lex)
    if end is None:
        return False
    for m in sent.mentions:
        if m.locative or m.last > end or m.last < end - 2:
            continue
        words = tok.low[m.last : end]
        if words and words[-1] in lex.release_objects and all(w.isalpha() for w in words):
            return True  # "Australian reporter freed", "Turkish truck drivers were freed"
        word = tok.text[m.first]
        if not words and m.last - m.first == 1 and m.method == "gazetteer" and word[:1].isupper() \
                and word.endswith("s") and word.lower() not in lex.word_set("release_plural_names"):
            return True  # "Two Italians were released"
    return False


def _weak_passive(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a weak verb trigger is passive with its patient, an actor, right before it."""
    if found.trigger.noun or tok.low[found.last - 1] not in lex.word_set("passive_weak_forms") or not (
            is_passive(tok, found.first, sent.first, sent.index, lex, found.last)
            or headline_passive(sent, found, tok, lex)):
        return False
    return any(m.last <= found.first and not m.locative
               and all(w in _BETWEEN for w in tok.low[m.last : found.first])
               for m in sent.mentions)


def freed_passive(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a weak verb with no actor after it is a passive whose patient, people or an actor,
    is named before it ("Two Britons were freed", "the hostages were freed")."""
    return released_people(found, sent, tok, lex) or _weak_passive(found, sent, tok, lex)
