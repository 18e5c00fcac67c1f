"""Trigger words in a sense that is no event: a warning that is a comment on a danger."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_WARNING_SCOPE = 6


def comment_warning(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a warning "of", "on" or "about" something names no threatened act: a comment on a
    danger ("U.S. warns of dependence on foreign oil", "a warning on antidepressant use"), not a
    threat ("warned of retaliation", "warns on sanctions": a THREATEN mode word or one of
    `threat_contents` within a few words, before a clause break)."""
    if found.code != "THREATEN" or not found.trigger.tokens[-1].startswith("warn") \
            or found.last >= sent.last \
            or tok.low[found.last] not in lex.words.get("warning_topics", frozenset()):
        return False
    stop = min(sent.last, found.last + 1 + _WARNING_SCOPE)
    stop = next((j for j in range(found.last + 1, stop) if tok.low[j] in lex.clause_breaks), stop)
    if lex.words.get("threat_contents", frozenset()) & set(tok.low[found.last + 1 : stop]):
        return False
    cues = [index for mode, index in lex.modes.get("THREATEN", ()) if mode != "unspecified"]
    return not any(index.match(tok.low, j, stop) for index in cues
                   for j in range(found.last + 1, stop))
