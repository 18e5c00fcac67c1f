"""A participle joined by "and" to a passive verb is passive too.

"Kim was captured during the war and released in 1988", "a Turkish journalist was arrested and
charged with spying": the second participle has no auxiliary of its own, so the coder read it
as active with the patient as its actor ("the journalist charged ..."). It shares the passive of
the first when nothing but "and" (a comma, an adverb) and the first verb's own phrase lies
between them, and no object follows it: "were sent in and arrested 30 rebels" stays active.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.timing import after_date
from pipeline.stages.triggers import Found

_ENDINGS = ("ed", "en", "wn")
_AND = frozenset({"and", "or"})
# Words that may stand between "and" and the second participle ("and later released").
_BETWEEN = frozenset({"later", "then", "subsequently", "also", "eventually", "finally", "briefly"})
# Words that end the first verb's clause: the participle before them is no conjunct of it.
_BREAKS = frozenset({";", ":", "--", "(", ")", "but", "who", "whom", "which", "that", "said", "says",
                     "while", "after", "before", "when", "because", "and", "or"})
# Participles of the first verb that do not end in "-ed"/"-en" ("was held and charged").
_IRREGULAR = frozenset({"held", "hit", "shot", "struck", "caught", "sent", "sought", "kept", "put",
                        "led", "brought", "thrown", "beaten", "taken", "seen", "told"})
_REACH = 9  # tokens from the first participle to "and"


def _participle(word: str) -> bool:
    return word.endswith(_ENDINGS) or word in _IRREGULAR


def conjunct_passive(tok: Tokens, f: Found, first: int, last: int, lex: CoderLexicon
                     ) -> Found | None:
    """For a participle verb trigger after "and" that continues a passive verb before it ("was
    arrested and charged with", "was captured ... and released after"), the trigger placed on
    that first participle, whose subject is the patient of both; else None."""
    words = tok.low
    at = f.first
    if not f.trigger.verb or not words[at].endswith(_ENDINGS) or at - 3 < first:
        return None
    j = at - 1
    while j > first and (words[j] in _BETWEEN or words[j].endswith("ly")):
        j -= 1
    if words[j] not in _AND:
        return None
    k = j - 1
    if words[k] == ",":
        k -= 1
    aux = lex.word_set("passive_aux")
    for i in range(k, max(first, k - _REACH) - 1, -1):
        if words[i] in _BREAKS or words[i] == ",":
            return None
        if _participle(words[i]) and i > first and (
                words[i - 1] in aux or (i - 2 >= first and words[i - 1].endswith("ly")
                                        and words[i - 2] in aux)):
            break
    else:
        return None
    lead = f._replace(first=i, last=i + 1)
    end = after_date(tok, f.last, last, lex)
    after = words[end] if end < last else "."
    if not after[:1].isalnum() or after in lex.word_set("prepositions") \
            or after in lex.word_set("passive_prepositions"):
        return lead
    return None
