"""Journeys with no host and trips home: no CONSULT, no RETREAT.

A visit is a CONSULT between a visitor and a host (CAMEO 042/043). A word of travel whose event
names no host ("President Clinton arrived in Chicago", "he visits Manchester, Liverpool and
Dorset", "the Italians travel to Edinburgh", "visits wife in hospital"; a host of no country, as "Liverpool" or "Dutroux" that the
actor base lacks, names none) is a journey, no
consultation: its CONSULT is dropped unless a word of talks follows it closely ("arrives for
talks on the peace process"). "return" right before "to" or "from" is someone going back
("He returned to Bonn on Thursday", "before returning to Venezuela", "a memory keeps returning
to him"), not the return of people or property that RETREAT codes
("returned the bodies to Israel", "return the islands").
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Registry
from pipeline.stages.roles import Roles
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How many words after a word of travel a word of talks keeps its CONSULT.
TALKS_WINDOW = 4


def hostless_journey(f: Found, roles: Roles, reg: Registry, sent: Sentence, tok: Tokens,
                     lex: CoderLexicon) -> bool:
    """Whether a CONSULT of travel names no host and no talks (see the module)."""
    if f.code != "CONSULT" or tok.low[f.first] not in lex.word_set("travel_forms") \
            or any(reg.actors[r].country is not None or reg.actors[r].kb is not None
                   for r in roles.recipients):
        return False
    talks = lex.word_set("travel_talks")
    end = min(sent.last, f.last + TALKS_WINDOW)
    return not any(tok.low[j] in talks for j in range(f.last, end))


def trip_back(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a RETREAT verb "return" is someone going back ("returned to Bonn")."""
    return f.code == "RETREAT" and f.last == f.first + 1 and f.last < sent.last \
        and tok.low[f.first] in lex.word_set("return_forms") \
        and tok.low[f.last] in lex.word_set("return_ways")
