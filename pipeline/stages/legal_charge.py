"""The verb "charge": an accusation ("charged him with murder") or a price or a rush (no event)."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_SCOPE = 8  # tokens after the verb in which its frame word is looked for


def legal_charge(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool | None:
    """None unless the trigger is the ACCUSE verb "charge" (`charge_forms`; "charge into" is an
    ASSAULT phrase of the dictionary); then whether it accuses.

    It accuses with "that" or a clause right after it ("Israel charged that Syria ...", "is
    charging he had lied"), in a passive ("was charged by the police", not "were
    charged $5"), or with a word of `charge_frames` in its clause ("prosecutors charged him with fraud", "was charged with
    murder", "charged over the killing"); such a charge stands without an actor after it. It does
    not when "with" follows a duty holder ("the panel charged with drafting") or comes before a
    duty or weapon (`charge_other_objects`: "charged with overseeing", "with batons"), nor
    without a frame: "charged a fee", "charged its customers more", "troops charged the crowd".
    """
    if found.code != "ACCUSE" or found.trigger.noun \
            or found.trigger.tokens[0] not in lex.word_set("charge_forms"):
        return None
    after = tok.low[found.last : min(sent.last, found.last + 2)]
    auxiliaries = lex.words_of("passive_aux", "finite_aux")
    if after[:1] == ["that"] or (len(after) == 2 and after[0] in lex.word_set("clause_subjects")
                                 and after[1] in auxiliaries):
        return True  # "Israel charged that ...", "the firm is charging he had lied"
    if found.first > sent.first and tok.low[found.first - 1] in lex.word_set("passive_aux") \
            and not (after[:1] and (after[0][:1].isdigit() or after[0] in ("$", "a", "an"))):
        return True  # "was charged by the police", not "were charged $5"
    if found.first - 2 >= sent.first and tok.low[found.first - 1] == "and" \
            and tok.low[found.first - 2] in lex.word_set("charge_companions"):
        return True  # "arrested and charged a British man for ...": an arrest's charge is legal
    frames = lex.word_set("charge_frames")
    stop = min(sent.last, found.last + _SCOPE)
    for j in range(found.last, stop):
        word = tok.low[j]
        if word in lex.clause_breaks or word == ",":
            return False
        if word not in frames:
            continue
        duty = j == found.last and found.first > sent.first \
            and tok.low[found.first - 1] in lex.word_set("charge_duty_holders")
        others = lex.word_set("charge_other_objects")
        nxt = tok.low[j + 1 : j + 3]
        return not duty and not (nxt[:1] and (nxt[0] in others or " ".join(nxt) in others))
    return False
