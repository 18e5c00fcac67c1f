"""Narrow exceptions to two checks of `filters.usable` that drop right triples (session 19, gates19).

- A verb form after a preposition is no verb ("by bombing", "in hotel blasts"), but a verb after a
  "who" is the finite verb of its clause: "a boycott by rebels who accused Khartoum"
  (`relative_verb`).
- A running-text noun trigger needs an anchor ("held talks"); a verb of occurrence after it is one:
  "riots erupted in the capital", "talks have begun between ..." (`occurring_noun`).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_STOPS = frozenset({",", ";", ":", "(", "--"})


def relative_verb(found: Found, tok: Tokens, at: int) -> bool:
    """Whether "who" stands between the preposition and the verb: "a boycott by rebels who
    accused Khartoum" (the rebels accused). Not "which": "the data which defied predictions",
    "a process in which we sit down with allies" are no acts of a named actor (pool gates19)."""
    return any(tok.low[j] == "who" for j in range(at + 1, found.first))


def occurring_noun(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a noun trigger is the subject of a verb of occurrence within its clause ("riots
    erupted", "fighting broke out between ...", "talks have begun between ..."): up to six words
    after it, no comma or clause break between).
    Pool gates19: 1 right added (protests that flared at factories), none wrong."""
    verbs = lex.word_set("occurrence_verbs")
    for j in range(found.last, min(sent.last, found.last + 6)):
        word = tok.low[j]
        if word in verbs:
            return True
        if word in _STOPS or word in lex.clause_breaks:
            return False
    return False
