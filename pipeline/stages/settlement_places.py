"""A place named after a settlement noun (session 18, assault18).

A place of the sentence (`Sentence.places`) is a LOC name right after a locative ("in Mosul",
"near Baiji"). Running text names many towns by their kind first: "in the northern city of
Mosul", "near the town of Baiji", "in the Thai seaside town of Pattaya". Such a name follows
"of" after a settlement noun (`settlement_nouns`), which a locative precedes past a few
modifiers (articles, adjectives, a nationality): it is a place just as well. A preposition other
than a locative, a comma or a clause break before the noun ends the look-back ("the mayor of the
city of Bonn", "a visit to the town of ..." give no place).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens

# Words that may stand between the locative and the settlement noun ("in the northern Iraqi city of").
_REACH = 4


def settlement_place(tok: Tokens, at: int, first: int, lex: CoderLexicon) -> bool:
    """Whether the name at `at` follows "<settlement noun> of" that a locative shortly precedes
    ("in the northern city of Mosul")."""
    if at - 3 < first or tok.low[at - 1] != "of" \
            or tok.low[at - 2] not in lex.word_set("settlement_nouns"):
        return False
    locative = lex.word_set("locative")
    for j in range(at - 3, max(first, at - 3 - _REACH) - 1, -1):
        word = tok.low[j]
        if word in locative:
            return True
        if not word.replace("-", "").isalpha() or word in lex.word_set("prepositions") \
                or word in lex.clause_breaks:
            return False
    return False
