"""Talks with no one: a meeting of one body, or talks whose partner the sentence does not name.

A consultation is between two sides (CAMEO 04). The gold set codes a CONSULT with no recipient
only when the other side is named but is a vague group ("held talks with its creditor banks":
PHL CONSULT null); a body meeting on its own ("EC farm ministers meet for a third day", "the EC
Commission met in Brussels", "the Fed's open market committee meets this week"), a talks noun
as a topic or setting ("IVORY COAST MINISTER DELAYED FOR COCOA TALKS", "delegates attending the
GATT talks", "the Uruguay meeting was successful") or talks whose partner the coder could not
place ("JAPAN/U.S. AGRICULTURE TALKS SET", where only Japan is read) is no event of its actor's.
An asserted CONSULT that names no recipient is dropped unless a partner's preposition (`talk_partners`:
"with", "among", "between") follows its trigger in the clause ("negotiating a loan with the
steering committee"), "to" follows a verb of speaking right after it (`talk_to_forms`:
"talking to bank creditors"; "met to discuss" names none), or its verb takes an object
("met wheat growers", "discussed the market fall"): an object is any word right after the verb
that is not a preposition, a clause break or a time word (`lone_talk_times`: again, today, this,
next, Monday ...), and a verb that ends its sentence counts as having one (a Reuters body is split
at its hard line wraps, so "Francisco Gros met" may be a line whose object is on the next). A word of travel, or talks up to four words after one ("arrives
for talks", "visits Beijing for talks"), is left to `travel.hostless_journey`, which keeps a
journey's CONSULT when talks follow it. Future, negated or conditional talks keep their flagged
event (the seed article's "vowed ... peace talks").
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.roles import Roles
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How far after a talks trigger its partner's preposition is looked for.
PARTNER_WINDOW = 10


def _object_follows(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a verb trigger has a word after it that can be its object; a verb that ends its
    sentence may have lost it to a hard line break (Reuters bodies are split at their wraps)."""
    if f.trigger.noun:
        return False
    if f.last >= sent.last:
        return True
    nxt = tok.low[f.last]
    return not (nxt in lex.word_set("prepositions") or nxt in lex.word_set("recipient_breaks")
                or nxt in lex.clause_breaks or nxt in lex.word_set("lone_talk_times")
                or nxt in lex.word_set("weekdays") or not any(ch.isalnum() for ch in nxt))


def lone_talks(f: Found, roles: Roles, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an asserted CONSULT names no recipient and no partner (see the module)."""
    travel = lex.word_set("travel_forms")
    if f.code != "CONSULT" or f.modality != "asserted" or roles.recipients \
            or _object_follows(f, sent, tok, lex) or any(tok.low[j] in travel for j in range(max(sent.first, f.first - 4), f.first + 1)):
        return False  # a journey "for talks" with no host named is travel.py's
    if f.first + 1 < sent.last and tok.low[f.first + 1] == "to" and not f.trigger.noun \
            and tok.low[f.first] in lex.word_set("talk_to_forms"):
        return False  # "talking to", also when "to" is part of the trigger
    partners = lex.word_set("talk_partners")
    stops = lex.clause_breaks | lex.word_set("recipient_breaks")
    for j in range(f.first + 1, min(sent.last, f.last + PARTNER_WINDOW)):  # "met with" too
        if tok.low[j] in partners:
            return False
        if tok.low[j] in stops:
            break
    return True
