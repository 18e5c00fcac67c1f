"""Strikers named before the light verb of their strike (session 20, strikes20).

A weak noun trigger ("strike") is an event only with a mention within `noun_window` tokens of its
phrase (`filters.usable`). A labour strike's actor is often the strikers, a group noun that is no
mention, qualified by the country before it: "Brazil's 50,000 university teachers launched a
national strike", "Spain's 6,000 dockers began a strike". When a word of `striker_nouns` stands
within `noun_window` tokens before a PROTEST noun's phrase and a mention (no place) ends within
`noun_window` tokens before that word, the mention is near enough: the strikers carry it to the
strike.
"""

from __future__ import annotations

from pipeline.stages.heads import phrase_start
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def striker_reach(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a PROTEST noun has strikers (`striker_nouns`) shortly before its phrase, with a
    mention shortly before them: "Brazil's 50,000 university teachers launched a strike"."""
    if found.code != "PROTEST" or not found.trigger.noun:
        return False
    start = phrase_start(tok, found.first, sent.first, lex)
    strikers = lex.word_set("striker_nouns")
    at = next((j for j in range(start - 1, max(sent.first, start - lex.noun_window) - 1, -1)
               if tok.low[j] in strikers), None)
    return at is not None and any(at - lex.noun_window <= m.last <= at and not m.locative
                                  for m in sent.mentions)
