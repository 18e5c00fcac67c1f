"""Where the content of a verbal act starts after its object (session 14, recall14b).

A request, demand or accusation names what is asked or alleged in an infinitive or gerund
clause right after its object ("called for a body to be set up to monitor UK immigration",
"accused the government of trying to confuse the issue by putting the EU question ...").
Countries and bodies named inside that clause are the content's, not the act's recipients: the
recipient window ends where the clause starts (`recipients.mentions_after`). Only when the object stands
between the trigger and the clause, with no other preposition or comma ("demanding to see X",
"found guilty in a trial of libelling" are left alone). Types: `[words].content_clause_types`.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens

_GERUND_OPENERS = frozenset({"of", "for", "by"})
_INFINITIVE_PASSIVE = frozenset({"be", "have"})
_OWN_PREPOSITIONS = frozenset({"for", "on", "upon", "to"})  # "called for X", "called on X"
_REACH = 8  # tokens from the trigger to the clause, at most


def opens_content(tok: Tokens, at: int, j: int, last: int, lex: CoderLexicon) -> bool:
    """Whether token j, past the object of a verbal act whose trigger ends at `at` (a type of
    `content_clause_types`: the caller checks), opens its content clause: "of"/"for"/"by" + a
    gerund, or "to" + a verb (a form of "be"/"have", or a lower-case word followed by an article,
    a possessive or a capitalised name: "to monitor UK ...", "to resolve the ...")."""
    word = tok.low[j]
    if (word != "to" and word not in _GERUND_OPENERS) or j <= at + 1 or j - at > _REACH \
            or j + 2 >= last:
        return False
    nxt = tok.low[j + 1]
    if not (nxt.isalpha() and tok.text[j + 1].islower()):
        return False
    preps = lex.word_set("prepositions")
    if (tok.low[at] in preps and tok.low[at] not in _OWN_PREPOSITIONS) \
            or any(w in preps or w == "," for w in tok.low[at + 1 : j]):
        return False
    if word != "to":
        return len(nxt) > 5 and nxt.endswith("ing")
    if nxt in _INFINITIVE_PASSIVE:
        return True
    stops = lex.word_set("determiners")
    if nxt in stops or nxt in lex.word_set("person_pronouns"):
        return False
    after = tok.text[j + 2]
    return tok.low[j + 2] in stops or (after[:1].isupper() and tok.low[j + 2].isalpha())
