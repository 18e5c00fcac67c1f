"""A joint deal's modifier is no party to it (session 18, agree18).

Several subjects of a symmetric act (AGREE, CONSULT, `symmetric_lemmas`) with no recipient are
one joint event: the first-named subject is the actor, the second the recipient ("Russia and
China signed a pact": RUS AGREE CHN). A name that only modifies the deal the verb takes ("Egypt
and Israel sign US trade accord", "CHINA, PORTUGAL INITIAL MACAO PACT") was read as the
recipient of each subject (EGY AGREE USA, ISR AGREE USA), which hid the joint event. Such a name
stands right after the verb (articles aside) and before a deal noun (`joint_deal_nouns`, up to
two more modifier words between, no preposition, comma or conjunction): it says which deal, or
where, and the subjects are the parties.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention
from pipeline.stages.triggers import Found

_ARTICLES = frozenset({"a", "an", "the"})
# Modifier words between the name and the deal noun ("US trade accord", "Macao free-trade pact").
_MODIFIERS = 2


def deal_modifiers(recipients: list[str], subject: tuple[str, ...], after: Sequence[Mention],
                   f: Found, tok: Tokens, lex: CoderLexicon) -> list[str]:
    """The recipients of a verb with several subjects, less the names that only modify the deal
    noun the verb takes (see the module)."""
    if len(subject) < 2 or not recipients or f.trigger.noun \
            or (f.code not in lex.symmetric_types and tok.low[f.first] not in lex.symmetric_forms):
        return recipients
    deals = lex.word_set("joint_deal_nouns")
    stops = lex.word_set("prepositions") | lex.clause_breaks
    dropped: set[str] = set()
    for m in after:
        if not all(w in _ARTICLES for w in tok.low[f.last : m.first]):
            break  # only the first name of the object can modify it
        for j in range(m.last, min(len(tok.low), m.last + _MODIFIERS + 1)):
            word = tok.low[j]
            if word in deals:
                dropped.update(m.keys)
                break
            if word in stops or word in (",", "and", "or", "&") or not word[:1].isalnum():
                break
        break
    return [k for k in recipients if k not in dropped]
