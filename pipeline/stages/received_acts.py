"""Verbal acts received: "Japan received a request from the United States", "the embassy received a
threat", "got a warning from Syria".

A request, demand or threat noun (`received_types`) after a verb of receiving (`receiving_verbs`:
receive, get) is the giver's act on the verb's subject: the giver is the actor named before the noun
("received a U.S. request") or after "from", else the actor is unnamed; the subject is the
recipient. Before, the subject was read as the noun's actor ("Japan received a request from the
United States" coded JPN REQUEST USA). The verb "receive" is also a CONSULT of hosting ("received the
Pope"); with such a noun as its object it hosts no one. Business orders (`received_exempt`: "received
an order from") are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

RECEIVE_WINDOW = 4  # words between the verb and the noun: "received a formal written request"


def _receiving_verb(tok: Tokens, first: int, at: int, lex: CoderLexicon) -> int | None:
    """Where a verb of receiving stands in the words before `at` in its clause, else None."""
    verbs = lex.word_set("receiving_verbs")
    for j in range(at - 1, max(first, at - RECEIVE_WINDOW - 1) - 1, -1):
        if tok.low[j] in lex.clause_breaks or tok.low[j] in (",", ";"):
            return None
        if tok.low[j] in verbs:
            return j
    return None


def _received_noun(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> int | None:
    """The receiving verb before a noun trigger of `received_types`, else None."""
    if not f.trigger.noun or f.code not in lex.word_set("received_types") \
            or f.trigger.tokens[-1] in lex.word_set("received_exempt"):
        return None
    return _receiving_verb(tok, sent.first, f.first, lex)


def received(sent: Sentence, f: Found, before: Sequence[Mention], after: Sequence[Mention],
             tok: Tokens, lex: CoderLexicon) -> tuple[list[Mention], list[Mention]] | None:
    """The receiver's mentions (before the verb) and the giver's (between the verb and the noun, or
    after "from"), as `unnamed.obtained` gives them; None when the noun is not received."""
    if not f.trigger.noun:
        return None
    j = _received_noun(f, sent, tok, lex)
    if j is None:
        return None
    givers = [m for m in before if m.first > j] or [m for m in after if m.governed == "from"]
    places = lex.word_set("locative")
    return [m for m in before if m.last <= j and not m.locative and m.governed is None and not (
        places & set(tok.low[max(sent.first, m.first - 3) : m.first]))], givers[:1]  # "its embassy
    # in the former Yugoslavia received a threat": Yugoslavia is the place, not the receiver


def receiving_hosts(found: list[Found], sent: Sentence, tok: Tokens, lex: CoderLexicon
                    ) -> list[Found]:
    """Drop a CONSULT "receive" verb whose object is a received request, demand or threat, or a
    noun of `obtained_types`: "Greece received an appeal from the Commission", "Egypt received
    U.S. aid" tell of no visit."""
    verbs = lex.word_set("receiving_verbs")
    for f in found:
        if f.code == "CONSULT" and tok.low[f.first] in verbs:
            break
    else:
        return found  # no "receive" verb of hosting: nothing to drop
    objects = {j for g in found if (j := _received_noun(g, sent, tok, lex)) is not None}
    objects |= {j for g in found if g.trigger.noun and g.code in lex.word_set("obtained_types")
                and (j := _receiving_verb(tok, sent.first, g.first, lex)) is not None}
    return [f for f in found if not (f.code == "CONSULT" and f.first in objects)]
