"""Claims dismissed and questions left unanswered: comments, no refusals (CAMEO 016, 011).

`senses.claim_denial` reads "denied reports that ..." as a comment. The same holds for the other
verbs of rejection when their object is a claim or a criticism ("brushed off Labour suggestions",
"rejects 'Las Vegas' jibe", "dismissed them as nonsense"), for "deny" with a pronoun standing for
what was said ("also denied them, saying ...", "denied it amounted to a crisis"), and for a
refusal to discuss or answer reports and questions ("refused to discuss newspaper reports",
"declined to give any further information"). "rejected the proposal", "denied them entry" and
"refused to discuss the border with India" stay REJECT.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.proposals import proposes_course
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How many words after the verb its object may take to reach its head.
OBJECT_WINDOW = 5
# Pronouns that stand for what someone said after "deny" or "dismiss".
_SAID = frozenset({"it", "them", "this", "these"})
# What may follow such a pronoun when it is the whole object.
_OBJECT_ENDS = frozenset({",", ".", "as", "and", ";", ":", "--", "-", '"'})


def _claim_object(tok: Tokens, at: int, last: int, nouns: frozenset[str], lex: CoderLexicon
                  ) -> bool:
    """Whether the object starting at `at` has a word of `nouns` before a preposition, a comma or
    a clause break ("Labour suggestions that ...", "the 'Las Vegas' jibe")."""
    stops = lex.word_set("prepositions") | lex.clause_breaks
    for j in range(at, min(last, at + OBJECT_WINDOW)):
        word = tok.low[j]
        if word in nouns:
            return not proposes_course(tok, j, last, lex)  # "a suggestion that it delay the cut"
        if word in stops or word in (",", "to", "for", "and", ";", ":"):
            return False
    return False


def dismissed_claim(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a REJECT only dismisses a claim or leaves questions unanswered (see the module)."""
    if found.code != "REJECT" or found.trigger.noun or found.last >= sent.last:
        return False
    verb = found.trigger.tokens[0]
    claims = lex.words_of("claim_nouns", "dismissed_claims")
    if (found.modality_reason or "").startswith("refusal of "):
        if verb not in lex.no_comment and verb not in lex.word_set("answer_verbs"):
            return False  # "refused to discuss the border with India" is a refusal to negotiate
        return _claim_object(tok, found.last, sent.last, claims | lex.word_set("unanswered"), lex)
    unanswered = claims | lex.word_set("unanswered")
    if verb in lex.word_set("refusal_words"):  # "declined to give any further information"
        return tok.low[found.last] == "to" and found.last + 1 < sent.last \
            and (tok.low[found.last + 1] in lex.no_comment
                 or tok.low[found.last + 1] in lex.word_set("answer_verbs")) \
            and _claim_object(tok, found.last + 2, sent.last, unanswered, lex)
    if verb in lex.no_comment or verb in lex.word_set("answer_verbs"):
        return False
    if verb not in lex.word_set("dismissal_forms"):
        return False
    nxt = tok.low[found.last]
    if nxt in _SAID and verb in lex.word_set("dismiss_said_forms"):
        after = tok.low[found.last + 1] if found.last + 1 < sent.last else "."
        if after in _OBJECT_ENDS or (after.endswith("ed") and after.isalpha()):
            return True  # "denied them, saying", "dismissed them as nonsense", "denied it amounted"
    return _claim_object(tok, found.last, sent.last, claims, lex)
