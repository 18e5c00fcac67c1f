"""Casualty verbs that go on from a natural force's clause: no violence either (precision19).

`senses.natural_subject` drops an ASSAULT verb whose subject is a natural force or an accident
("a quake hit Bali"), but a verb that shares that subject without repeating it kept its event:
"an earthquake rocked Bali, killing one person and injuring two" coded the injuring, "Quake Hits
Indonesian Island, Kills Six" the killing, each as the island's country attacking itself. Here a
casualty verb (ASSAULT, no noun) that follows the previous trigger of the sentence with only a
link before it (`chain_links`: ", killing", "and injuring", "Hits X, Kills") and no clause
opener between (`chain_stops`: "as", "after", "while", "said", ...) takes that trigger's reading:
when the previous one is a casualty verb with a natural subject that is no vehicle (`vehicle_forces`:
"helicopter gunships stormed the camp, killing 10" is an attack), or itself went on from one,
the verb is dropped too. A verb with its own subject ("a storm hit Japan and rebels killed three")
has a name before it, not a link, and keeps its event.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.senses import natural_subject
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def _verb(f: Found) -> bool:
    return f.code in ("ASSAULT", "THREATEN") and not f.trigger.noun


def _bare_force(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a word of `natural_forces` that is no vehicle stands before the trigger in its
    clause ("helicopter gunships stormed the camp, killing 10" is an attack: no chain after it)."""
    forces = lex.word_set("natural_forces") - lex.word_set("vehicle_forces")
    for j in range(f.first - 1, sent.first - 1, -1):
        if tok.low[j] in lex.clause_breaks:
            return False
        if tok.low[j] in forces:
            return True
    return False


def force_chained(found: list[Found], sent: Sentence, tok: Tokens, lex: CoderLexicon
                  ) -> list[Found]:
    """`found` without the casualty verbs that go on from a natural force's clause (see the
    module)."""
    if len(found) < 2:
        return found
    links = lex.word_set("chain_links")
    stops = lex.word_set("chain_stops")
    out: list[Found] = []
    prev: Found | None = None
    forced = False  # whether `prev` is a casualty verb of a natural force
    for f in found:
        if prev is not None and _verb(f) and _verb(prev) and f.first > prev.last \
                and tok.low[f.first - 1] in links \
                and not stops & set(tok.low[prev.last : f.first]) \
                and (forced or (natural_subject(prev, sent, tok, lex)
                                and _bare_force(prev, sent, tok, lex))):
            forced = True
        else:
            forced = False
            out.append(f)
        prev = f
    return out
