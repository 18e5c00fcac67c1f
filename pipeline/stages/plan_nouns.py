"""A future cue that is the noun a verb trigger predicates of ("German plan criticized", "the
peace plan was rejected by Syria"): the plan is the thing acted on, not an intention of the act.

`noun_future_cues` ("plan", "plans") are future cues in `[extra_cues]` because "plans to meet",
"plans talks" put the trigger ahead. When the trigger is a verb that follows the cue directly
in its past form, or after a form of "be" or "have" only, the cue is the verb's subject and
the act is told as done."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens

# Forms of "have" and adverbs that may stand with `passive_aux` between the noun and its verb.
_PERFECT = frozenset({"has", "have", "had", "also", "already", "now", "widely", "sharply"})


def predicated_noun(tok: Tokens, cue: int, phrase: tuple[str, ...], at: int,
                    lex: CoderLexicon) -> bool:
    """Whether the future cue `phrase` at `cue` is a noun the verb trigger at `at` predicates:
    "plan criticized", "plans were rejected", "plan has been welcomed"."""
    if len(phrase) != 1 or phrase[0] not in lex.word_set("noun_future_cues"):
        return False
    gap = tok.low[cue + 1 : at]
    if not gap:
        return tok.low[at].endswith("ed")  # "plan criticized"; not "plans talks", "plan attack"
    aux = lex.word_set("passive_aux")
    return any(w in aux for w in gap) and all(w in aux or w in _PERFECT for w in gap)
