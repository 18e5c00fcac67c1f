"""A legal charge in a running-text passive: "three Iraqis were charged with murder" is an
accusation of the people charged by an unnamed accuser (verbal18).

"charged" is also a verb of speech ("Israel charged that ..."), and a speech verb's passive names
no patient in `unnamed.passive_patient` ("it was said"); only a headline's "Two Iraqis charged
with hijack" reached it. A form of "charge" (`charge_forms`) right after a passive auxiliary, an
"-ly" adverb aside ("were formally charged"), and right before a word of `charge_frames` ("with",
"over") is no speech: its patient stands before it. `legal_charge` still decides whether the verb
accuses ("charged with overseeing" is a duty, "charged with batons" a rush).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def charged_in_passive(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a "charge" verb stands in a passive with its charge after it ("was charged with
    fraud", "were formally charged over the killing")."""
    if f.trigger.noun or tok.low[f.first] not in lex.word_set("charge_forms") \
            or f.last >= sent.last or tok.low[f.last] not in lex.word_set("charge_frames"):
        return False
    nxt = tok.low[f.last + 1 : min(sent.last, f.last + 3)]
    others = lex.word_set("charge_other_objects")
    if nxt[:1] and (nxt[0] in others or " ".join(nxt) in others):
        return False  # "had been charged with resolving the conflict": a duty
    j = f.first - 1
    if j > sent.first and tok.low[j].isalpha() and tok.low[j].endswith("ly"):
        j -= 1  # "were formally charged"
    return j >= sent.first and tok.low[j] in lex.word_set("passive_aux")


def charged_firm(sent: Sentence, f: Found, patient: tuple[str, ...], tok: Tokens,
                 lex: CoderLexicon, reg: Registry) -> bool:
    """Whether such a charge falls on a company ("four former Microsoft employees have been
    charged with stealing"): its staff are no party of the firm, and a firm's case is business
    news; no event."""
    return charged_in_passive(sent, f, tok, lex) \
        and any(reg.actors[k].type == "company" for k in patient if k in reg.actors)
