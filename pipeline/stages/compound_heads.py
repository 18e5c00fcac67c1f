"""An attack word that modifies the noun after it names no attack of its sentence (precision20).

"Iraqi bomb victims", "a murder probe", "the massacre inquiry", "the bombing trial", "an attack
plot", "kidnapping charges": the attack word only qualifies the noun after it, and the sentence's
own act is the care of the victims, the inquiry, the trial or the plot, not the attack
(docs/event-gold.md: background events named inside another event are not coded). The coder
already drops a noun trigger before one of `modified_heads` ("bombing suspects", "aid workers");
this rule adds

- the nouns of `compound_heads` (trial, case, charges, plot, scare, threat, anniversary, ...)
  after an ASSAULT noun trigger ("the kidnapping trial", "an assassination plot"), and
- a bare ASSAULT verb whose word is also a noun (`noun_like_verbs`: bomb, massacre, murder,
  attack, raid, ...) right before one of `compound_heads` ("Bomb Victims Still Suffer", "a
  murder inquiry"), as a verb reading ("Troops Bomb Victims") has no such object.

"Troops attack a convoy", "Rebels Bomb Embassy", "Police kill suspects" (no noun-like verb) keep
their events.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon, Trigger
from pipeline.stages.mentions import Tokens


def compound_modifier(trig: Trigger, at: int, end: int, last: int, code: str, tok: Tokens,
                      lex: CoderLexicon) -> bool:
    """Whether the ASSAULT trigger at `at`..`end` modifies the noun right after it (see the
    module)."""
    if end >= last or code != "ASSAULT" or tok.low[end] not in lex.word_set("compound_heads"):
        return False
    return trig.noun or (end - at == 1 and tok.low[at] in lex.word_set("noun_like_verbs"))
