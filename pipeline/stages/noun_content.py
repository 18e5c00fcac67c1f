"""A noun trigger takes no past verb of its own type as its content (session 19).

`trigger_content.content_rule` makes a trigger within `content_window` tokens after a REQUEST,
DEMAND, THREATEN, AGREE, REJECT or ACCUSE trigger that trigger's content, not a fact ("agreed to
talks", "urged sanctions", "a threat to attack"). After a noun alone, a past form of the same
type is no content but the act the noun names, told by its verb: "the assistance agreement was
signed by Jordan's minister", "the accord Venezuela signed a week ago", "the agreement said Japan
agreed to try". An infinitive or a gerund stays content ("a pledge to withdraw", "accusations of
spying"); so does a present form, which after an agreement tells its terms, not an act ("the
agreement also offers Alza the right to ...", "agreements they sign up to"), and a verb of
another type, whose link to the noun the rule does not know ("trade pacts were being violated").
Only the types of `noun_content_types` (AGREE): "its complaint alleges that ..." is a firm's
lawsuit more often than a state's accusation.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found, past_form


def finite_after_noun(prev: Found, f: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether `f` is a past form of `prev`'s type (one of `noun_content_types`), not after "to"
    or a preposition, and `prev` a trigger that is only a noun."""
    if f.code != prev.code or prev.code not in lex.word_set("noun_content_types") \
            or not prev.trigger.noun or prev.trigger.verb or f.trigger.noun or f.first == 0:
        return False
    before = tok.low[f.first - 1]
    return before != "to" and before not in lex.word_set("prepositions") \
        and past_form(tok.low[f.first], lex)
