"""The subject of a relative clause is its antecedent: "..., Iyad Allawi, who this week criticised
nations ...". The subject search skips a mention after a preposition ("an address from Iyad
Allawi"), so the verb after ", who" went on to the main clause's subject ("Mr Chirac will miss an
address from ..., who criticised ..." coded France). Now a mention that ends right at the comma
before "who" is the verb's actor, and when the words there are no mention at all (a name the KB
lacks, "a senior aide") the verb has no named actor and codes nothing. "met Yoweri Museveni, who
criticised Sudan" was already right and stays so."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How many words may stand between "who" and the verb ("who this week criticised").
GAP = 3
# Words that make the clause passive: its subject is then the patient ("who was arrested by").
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be"})


def _comma_before_who(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> int | None:
    """The comma of ", who" opening an active relative clause whose verb is `found`, if any."""
    start = found.first - GAP - 1
    if found.trigger.noun or "who" not in tok.low[start if start > sent.first else sent.first
                                                  : found.first]:
        return None  # the common case, with no call
    for k in range(found.first - 1, max(sent.first + 1, found.first - GAP - 1) - 1, -1):
        word = tok.low[k]
        if word == "who":
            return k - 1 if tok.low[k - 1] == "," and k - 2 >= sent.first else None
        if k in sent.names or word in _PASSIVE or not word.isalpha() or word in lex.clause_breaks:
            return None
    return None


def unnamed_antecedent(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a verb opens a relative clause whose antecedent is no mention (see the module)."""
    comma = _comma_before_who(found, sent, tok, lex)
    return comma is not None and (comma - 1) not in sent.names
