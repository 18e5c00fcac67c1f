""""help" + a bare verb of outcome ("helped boost profits"): contributing to an outcome, not aid."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def contributes(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an AID verb "help" (`help_forms`) is followed right away by a verb of outcome
    (`outcome_verbs`; "to" may stand between): "sales helped net him millions", "the award
    helped return the album to the top". A party between keeps the aid: "helped Uganda build
    roads"."""
    if found.code != "AID" or found.trigger.noun or found.last >= sent.last \
            or found.trigger.tokens[-1] not in lex.words.get("help_forms", frozenset()):
        return False
    at = found.last + 1 if tok.low[found.last] == "to" else found.last
    return at < sent.last and tok.low[at] in lex.words.get("outcome_verbs", frozenset())
