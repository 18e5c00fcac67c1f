"""The content of a disputed claim is not asserted (session 15, precision15).

A clause after "<claim noun> that" tells what someone alleged or reported, not what happened,
when the claim is denied or disputed: a verb of denial before the noun ("denied published reports
that the minister sought air cover", "refuted a report made by US media that the agency had
collaborated with Iran", "rejected on Friday a suggestion that his government was lax"), or a
noun that is itself an allegation (`alleged_claims`: "over U.S. charges that Japan is refusing
to open its markets", "allegations that troops tortured prisoners"). Its triggers become
`conditional`, so no fact is coded from them; the denial itself is `senses.claim_denial`'s and
`dismissals.dismissed_claim`'s business. "claims"/"charges" can be verbs ("Iran claims that it
shot down a plane" reports speech, which the gold set codes): they count as nouns only after a
word of `claim_noun_cues` (an article, a possessive, a preposition) or a verb of denial. A report
that no one disputes ("Xinhua reports that", "amid reports that") keeps its content asserted.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# Tokens back from a trigger to the "that" opening the claim, at most.
REACH = 30
# Words between the claim noun and its "that" ("a report made by some US media that").
NOUN_GAP = 6
# Words between a verb of denial and the claim noun ("denied on Friday published reports").
VERB_GAP = 5
_BREAKS = frozenset({",", ";", ":", "--", "(", ")", '"'})
# Words that open another clause, which is no longer the claim's (besides `subordinators`).
_CLAUSE_OPENERS = frozenset({";", "as"})
# A comma and one of these before a trigger start a clause of the speaker's own.
_COORDINATORS = frozenset({"and", "but", "while", "yet"})


def _denied(tok: Tokens, at: int, first: int, lex: CoderLexicon) -> bool:
    """Whether a verb of denial stands up to VERB_GAP words before the claim noun at `at`."""
    denials = lex.words_of("dismissal_forms", "disputing_forms")
    for j in range(at - 1, max(first, at - 1 - VERB_GAP) - 1, -1):
        word = tok.low[j]
        if word in denials:
            return True
        if word in _BREAKS or word in lex.clause_breaks:
            return False
    return False


def _disputed(tok: Tokens, that: int, first: int, lex: CoderLexicon) -> bool:
    """Whether the "that" at `that` opens a disputed claim (see the module)."""
    claims = lex.words_of("claim_nouns", "dismissed_claims")
    alleged = lex.word_set("alleged_claims")
    for k in range(that - 1, max(first, that - 1 - NOUN_GAP) - 1, -1):
        word = tok.low[k]
        if word in _BREAKS or word in lex.clause_breaks or word == "and":
            return False  # "adopted a panel's report and ruled that": the "that" is the verb's
        if word not in claims and word not in alleged:
            continue
        if _denied(tok, k, first, lex):
            return True
        if word not in alleged:
            return False
        if word not in lex.word_set("verb_claims"):
            return True
        cues = lex.word_set("claim_noun_cues")
        return any(tok.low[j] in cues for j in range(max(first, k - 2), k))
    return False


def disputed_content(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> Found:
    """The trigger made `conditional` when it stands in the clause of a disputed claim."""
    if f.modality != "asserted":
        return f
    ends = lex.word_set("subordinators") | _CLAUSE_OPENERS
    for j in range(f.first - 1, max(sent.first, f.first - REACH) - 1, -1):
        word = tok.low[j]
        if word in lex.clause_breaks or word in ends \
                or (word == "," and tok.low[j + 1] in _COORDINATORS):
            return f  # another clause: "... as Yeltsin gave an interview criticising his envoy"
        if word == "that" and _disputed(tok, j, sent.first, lex):
            return f._replace(modality="conditional",
                              modality_reason="content of a disputed claim: "
                                              f"'{tok.low[j - 1]} that'")
    return f
