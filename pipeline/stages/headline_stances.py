"""A headline's bare "committed to" is a standing position (session 21, agree21).

Headlines drop the copula and tell a past act in the present: "IRAN COMMITS TO HALT ENRICHMENT"
is a pledge made, but "SWISS COMMITTED TO JOINT CURRENCY INTERVENTION" and "REAGAN SAYS U.S.
COMMITTED TO LOUVRE ACCORD" read "are committed", "is committed": a position held, as running
text's "is committed to the accord" already is (`senses.standing_commitment`, `stance_cues`).
So in a sentence in capitals or title case, the participle "committed" (`headline_stance_forms`)
of an AGREE trigger is no event, unless a form of "have" stands right before it ("JAPAN HAS
COMMITTED TO ...": the perfect tells the act) or an object follows it ("COMMITTED ITSELF TO").
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def headline_stance(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an AGREE trigger is a headline's bare participle of commitment (see the module);
    the caller has checked the type and the verb form."""
    if tok.caps[sent.index] or tok.low[found.first] not in lex.word_set("headline_stance_forms"):
        return False
    if found.first > sent.first and tok.low[found.first - 1] in lex.word_set("stative_verbs"):
        return False  # "HAS COMMITTED TO": the act
    return found.last < sent.last and tok.low[found.last - 1] == "to"
