"""A verb-only trigger right after a possessive is a noun: "the dollar's decline", "Iraq's return"."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_POSSESSIVES = frozenset({"'s", "’s"})


def possessed_verb(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a trigger known only as a verb stands right after "'s": the form is a noun there
    ("to stem the dollar's decline" is no refusal), as after "the" or "its" (`determiners`). A
    verb phrase whose first word is a noun trigger keeps that noun's event ("Zambia's talks with
    the IMF")."""
    if found.trigger.noun or found.first <= sent.first or tok.low[found.first - 1] not in _POSSESSIVES:
        return False
    head = lex.triggers.get(found.trigger.tokens[:1])
    return head is None or not head.noun
