"""People released in the passive: "Two Italians were released", "Australian reporter freed".

"released"/"freed" codes a RETREAT only with people as its object (`filters.usable`: an actor
right after it, a word of `release_objects` in the sentence, or a bare count), so that "released
a report" is no release; and "free" is a weak verb, which needs an actor right after it. In the
passive the people stand before the verb: a capitalised plural demonym (one token ending in "s",
resolved from the gazetteer: "Italians", "Britons"; not a country's own name,
`release_plural_names`: "the Philippines"), or an actor qualifying up to two words the last of
which is a person word of `release_objects` ("Australian reporter", "Turkish truck drivers"),
right before the passive auxiliary ("were released", "have been freed", one adverb aside) or
right before a participle that a place, a time or the sentence's end follows
(`passive_prepositions`: "Australian reporter freed in Iraq").
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def _patient_end(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> int | None:
    """Where the passive's patient ends: before its auxiliaries, or before a participle with no
    object ("freed in Iraq"); None when the verb is not passive."""
    aux = lex.word_set("passive_aux") | {"have", "has", "had"}
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
    """Whether a passive release verb has people as its patient."""
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
