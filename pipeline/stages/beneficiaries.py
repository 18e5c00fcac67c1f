"""The beneficiary of an appeal is not the one asked.

"UN launches 210-million-dollar appeal for flood-hit Bangladesh": the UN asks donors for
Bangladesh; Bangladesh is not asked. After a request or a demand (`beneficiary_types`), a
mention governed by "for" that ends its phrase (a punctuation mark or the end follows) is what
the appeal is for, no recipient. Not when it owns what is asked ("pleads for Europe's help",
"appeals for U.S. investment", "calls for EU reform": the owner is asked) or is the subject of
an infinitive ("called for Iraq to withdraw").
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention

# Words after a mention that make it the one asked: a possessive, an infinitive's "to".
_ASKED = frozenset({"'s", "'", "to"})


def _after_for(m: Mention, at: int, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "for" governs the mention, past up to two modifiers ("for flood-hit Bangladesh")."""
    if m.governed is not None:
        return m.governed == "for"
    preps = lex.word_set("prepositions")
    for j in range(m.first - 1, max(at - 1, m.first - 3) - 1, -1):  # also the trigger's own "for"
        if tok.low[j] == "for":
            return True
        if tok.low[j] in preps or not tok.low[j][:1].isalpha():
            return False
    return False


def beneficiary(m: Mention, at: int, last: int, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a mention after a request or demand trigger (`beneficiary_types`, which the
    caller checks) ending at `at` is the appeal's beneficiary (see the module)."""
    if not _after_for(m, at, tok, lex):
        return False
    nxt = tok.low[m.last] if m.last < last else "."
    return nxt not in _ASKED and not nxt[:1].isalpha()  # not "for U.S. investment", "EU reform"
