"""A rejected suggestion that proposes a course is a proposal turned down (CAMEO 12x), no claim.

`dismissals.dismissed_claim` reads a verb of rejection whose object is a claim noun as a comment
("rejected suggestions that the won is undervalued", "dismissed a suggestion that he had
compromised"). A suggestion can also propose what someone should do; its clause then has a
mandative verb, a bare form after its subject ("rejected a suggestion by Wright that the
administration delay the tax cut", "rebuffed suggestions that it consider the offer"), or it
is a "to" infinitive ("rejected a suggestion to delay the vote"): turning it down is a REJECT.
The clause counts as proposing only when no indicative sign (`indicative_words`, a word in
"-ed", a lower-case "-s" form) stands in it before a comma or a clause break: "dismissed
suggestions that his departure, to the firm of ..., signaled" stays a comment.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens

# How many tokens after the noun "that" may stand ("suggestions by US Secretary of State Colin
# Powell that ...").
THAT_WINDOW = 8
# How many tokens of the clause are read for its verb.
CLAUSE_WINDOW = 8
# Words after "to" that open a noun phrase, no bare verb.
_NOT_BARE = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that",
                       "these", "those", "all", "some", "any", "each", "both"})
# Modals of possibility: the clause tells what may be, no course ("that the Scot might be put
# under pressure").
_POSSIBLE = frozenset({"might", "may"})
# Lower-case words in "-s" that are no verb forms.
_NOT_VERBS = frozenset({"its", "his", "this", "hers", "ours", "theirs", "yours", "us", "less",
                        "unless", "as", "thus", "plus", "news"})


def _indicative(word: str) -> bool:
    """Whether a lower-case word is a past or third-person verb form ("signaled", "plans")."""
    if not word.isalpha() or word in _NOT_VERBS:
        return False
    return word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")
                                   and len(word) > 3)


def proposes_course(tok: Tokens, noun: int, last: int, lex: CoderLexicon) -> bool:
    """Whether the suggestion noun at `noun` (`proposal_claims`) proposes a course: "to" + verb
    right after it, or a "that" clause (up to `THAT_WINDOW` tokens on, no comma between) with
    a mandative word or a bare verb and no indicative sign before its end (see the module)."""
    if tok.low[noun] not in lex.word_set("proposal_claims"):
        return False
    if noun + 2 < last and tok.low[noun + 1] == "to" and tok.text[noun + 2].isalpha() \
            and tok.text[noun + 2].islower() and tok.low[noun + 2] not in _NOT_BARE:
        return True  # "a suggestion to delay the vote", not "a suggestion to the committee"
    stops = lex.clause_breaks | {",", "(", ")"}
    at = next((j for j in range(noun + 1, min(last, noun + 1 + THAT_WINDOW))
               if tok.low[j] == "that" or tok.low[j] in stops), None)
    if at is None or tok.low[at] != "that":
        return False
    indicative = lex.word_set("indicative_words")
    mandative = lex.word_set("mandative_words")
    ends = stops | lex.word_set("subordinators")
    words = 0
    for j in range(at + 1, min(last, at + 1 + CLAUSE_WINDOW)):
        word = tok.low[j]
        if word in mandative:
            return words > 0
        if word in ends:
            break
        if word in indicative or word in _POSSIBLE or (tok.text[j][:1].islower() and _indicative(word)):
            return False
        words += 1
    return words >= 3
