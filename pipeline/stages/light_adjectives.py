"""A light verb's "-ed" form used as an adjective anchors no noun trigger (verbal18).

"renewed", "repeated", "continued" before a noun trigger right after a preposition or a
determiner describe the noun ("has come under renewed attack by Iran", "the repeated attacks"):
they are no light verb whose subject did the act ("Israel renewed attacks", "Kennedy repeated
his call for a pause"). Read as one, the noun was anchored and its subject taken as the actor:
"Kuwait has come under renewed attack by Iran" coded Kuwait attacking Iran.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens

# Not "that", a relative as often ("the states that signed the accord").
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "these",
                          "those"})


def adjective_after(tok: Tokens, j: int, first: int, before: frozenset[str]) -> bool:
    """Whether the word at `j` is an "-ed" form right after a determiner or a word of `before`
    (prepositions): a modifier the governor of a noun trigger is looked for past ("under renewed
    attack" hangs from "under", a topic governor)."""
    return tok.low[j].endswith("ed") and j > first \
        and (tok.low[j - 1] in _DETERMINERS or tok.low[j - 1] in before)


def adjective_form(tok: Tokens, j: int, first: int, lex: CoderLexicon) -> bool:
    """Whether the word at `j` is an "-ed" form right after a preposition or a determiner."""
    return adjective_after(tok, j, first, lex.word_set("prepositions"))


def light_anchor(tok: Tokens, lo: int, start: int, first: int, lex: CoderLexicon) -> bool:
    """Whether a light verb stands in tokens lo..start before a noun trigger, not counting such
    an adjective ("held talks", "repeated his call for"; not "under renewed attack")."""
    return any(tok.low[j] in lex.light_verbs and not adjective_form(tok, j, first, lex)
               for j in range(lo, start))
