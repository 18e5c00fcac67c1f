"""A court that "agrees" rules: no AGREE between parties (precision19).

"The Supreme Court agreed to hear the case", "a Dallas court agreed that the lawyers may see the
records", "the District Court agreed to permit the showing" state a court's decision on a case
before it; no counterpart agrees to anything, and the actor that the court's country gives is
no party either. An AGREE whose subject is a court (`court_words` before the trigger, with no
clause between: no comma, no `ruling_stops` word such as "said" or "that") is dropped. A
party agreeing about a court ("Iran agreed to accept the court's ruling", "the UN signed a pact
with the new court") has the court after the trigger and keeps its event.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How many words before an agreement verb its subject's court word may stand ("the U.S. District
# Court for the Southern District of New York agreed").
COURT_WINDOW = 10


def court_ruling(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an AGREE verb's subject is a court (see the module)."""
    if found.code != "AGREE" or found.trigger.noun:
        return False
    courts = lex.word_set("court_words")
    stops = lex.word_set("ruling_stops")
    for j in range(found.first - 1, max(sent.first, found.first - COURT_WINDOW) - 1, -1):
        word = tok.low[j]
        if word in courts:
            return True
        if word in stops:
            return False
    return False
