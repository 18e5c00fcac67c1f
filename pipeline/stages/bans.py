"""A ban on a country's goods is a sanction (leftovers14).

The dictionary's "ban" is COERCE/restrict (CAMEO 172, administrative sanctions: "banned the
play", "banned a union"). A ban on goods ("slapped a worldwide ban on British beef", "imposed its
arms ban on China") is an embargo, SANCTION/restrict (CAMEO 163), as docs/event-dictionary.md
says and as "ban imports" already is.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found

_SPAN = 6  # words after the ban that may name the goods ("a worldwide ban on British beef")


def goods_ban(f: Found, tok: Tokens, first: int, last: int, lex: CoderLexicon) -> Found:
    """A COERCE ban (`ban_forms`) with a goods word (`banned_goods`) right before it or within
    `_SPAN` words after it, before a clause break, is SANCTION/restrict."""
    if f.code != "COERCE" or f.trigger.tokens[0] not in lex.word_set("ban_forms"):
        return f
    goods = lex.word_set("banned_goods")
    after = tok.low[f.last : min(last, f.last + _SPAN)]
    stop = next((n for n, w in enumerate(after) if w in lex.clause_breaks or w == ","), len(after))
    if not (f.first > first and tok.low[f.first - 1] in goods) and not goods & set(after[:stop]):
        return f
    return Found(f.first, f.last, f.trigger, "SANCTION", "restrict", f.modality, f.modality_reason)
