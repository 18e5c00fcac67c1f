"""A plea in court is no request: "pleaded guilty to spying for X", "pleads innocent", "pleaded not
guilty" ("plead" is a REQUEST verb: "pleaded with the UN to lift sanctions")."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_PLEAD = ("plead", "pled")


def legal_plea(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a "plead" verb is followed by a plea word (`plea_words`: guilty, innocent),
    "not" aside."""
    if f.trigger.noun or not tok.low[f.first].startswith(_PLEAD):
        return False
    j = f.last + 1 if f.last < sent.last and tok.low[f.last] == "not" else f.last
    return j < sent.last and tok.low[j] in lex.word_set("plea_words")
