"""Verbs of firm saying ("insisted", "acknowledged") whose object is a clause of fact: a view, no event."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How far after the verb the clause's own verb is looked for.
CLAUSE_WINDOW = 12
# Tokens after the verb that show it introduces or closes a quotation.
_QUOTE_OPENERS = frozenset({".", ":", "!", "?", '"', "“", "”"})


def states_view(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a statement verb (`statement_forms`) takes a clause whose first verb is indicative
    (`indicative_words`): "insisted the minister was speaking about adults", "acknowledged that
    the UK was one of the most successful economies" state a view. A mandative clause ("insists
    its suspension be resolved", "insisted that Iraq must withdraw"), "insist on" and a noun
    object ("acknowledged defeat") keep the event. So does the verb of a quotation, after or
    before it."""
    if found.trigger.noun or len(found.trigger.tokens) != 1 \
            or found.trigger.tokens[0] not in lex.word_set("statement_forms"):
        return False
    if found.last >= sent.last or tok.low[found.last] in _QUOTE_OPENERS:
        return True  # it reports a quote: '"Taxes will rise," Mr Howard insisted.', 'insisted: "We ..."'
    indicative = lex.word_set("indicative_words")
    mandative = lex.word_set("mandative_words")
    end = min(sent.last, found.last + CLAUSE_WINDOW)
    for j in range(found.last, end):
        word = tok.low[j]
        if word in mandative:
            return False
        if word in indicative:
            return j > found.last  # a clause's subject stands before its verb
        if word in lex.clause_breaks or word in (";", ":", "on", "upon"):
            return False
    return False
