"""Passives of irregular participles: "had been told to", "was sought by", "were held".

`triggers.is_passive` reads a participle by its ending ("-ed", "-en", "-wn"), so "Machado had
been told to lose weight", "two men were held in Kabul", "the Greek government was sought out"
kept their subject as the actor: the one told became the one telling. A trigger word of
`irregular_participles` is passive when a passive auxiliary (`passive_aux`: "was", "been",
"being" ...) stands just before it, with at most two "-ly" adverbs between ("was also told",
"had been formally sought"). Only that form counts: "told of his plans" and "met by chance"
have no auxiliary and stay active.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens

# How many words before the participle the auxiliary may stand (adverbs between).
AUX_REACH = 3


def irregular_passive(tok: Tokens, at: int, first: int, lex: CoderLexicon) -> bool | None:
    """None when the word at `at` is no irregular participle; else whether a passive auxiliary
    governs it (see the module)."""
    if tok.low[at] not in lex.word_set("irregular_participles"):
        return None
    aux = lex.word_set("passive_aux")
    for j in range(at - 1, max(first, at - AUX_REACH) - 1, -1):
        if tok.low[j] in aux:
            return True
        if not tok.low[j].endswith("ly"):
            return False
    return False
