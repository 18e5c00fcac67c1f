"""A passive's patient named before an "of" phrase (session 19, passive19): "A leader of a
Philippine rebel group has been killed", "The spiritual leader of an Indonesian militant network
was charged with ...".

`unnamed.passive_patient` takes the mention right before a passive verb with no agent, with only
auxiliaries (or a people noun of `victim_heads`) between. When the subject's head is itself a
mention ("leader", resolved with the country of the phrase after it) and an "of" phrase follows
it, the mention nearest the verb is the one inside the phrase ("Philippine"), and the phrase's own
lower-case words ("communist breakaway group") stand between it and the auxiliary, so no patient
is found. Here the phrase is read as an aside: `passive_patient` is asked again with the head as
the mention before the verb and the phrase skipped, so all of its checks (running text needs an
auxiliary, no natural force, no author of the means after "in"/"by") still apply.

The phrase is "of", an optional article, one mention governed by "of", then at most
`_MODIFIERS` lower-case words none of which is an auxiliary or a clause word, then the passive's
auxiliaries. The head must open a noun phrase that no preposition governs.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found
from pipeline.stages.unnamed import passive_patient

_MODIFIERS = 4  # "of a Philippine communist breakaway group": three words after the mention
_ARTICLES = frozenset({"a", "an", "the"})
_STOPS = frozenset({"and", "or", "but", "who", "which", "that", "whose", "said", "says"})


def of_patient(sent: Sentence, before: Sequence[Mention], subject: tuple[str, ...] | None,
               f: Found, tok: Tokens, lex: CoderLexicon) -> tuple[str, ...] | None:
    """The head before an "of" phrase as the passive's patient ("A leader of a Philippine ...
    group has been killed": the leader, of the Philippines; "One of Kenya's richest
    bankers was arrested": Kenya); else None."""
    if not before or f.trigger.noun or before[-1].governed != "of":
        return None
    near = before[-1]
    of_at = near.first - 1
    if of_at > sent.first and tok.low[of_at] in _ARTICLES:
        of_at -= 1
    if of_at <= sent.first or tok.low[of_at] != "of":
        return None
    head = before[-2] if len(before) >= 2 and before[-2].last == of_at \
        and before[-2].governed is None else None
    if head is None and tok.low[of_at - 1] not in lex.word_set("victim_heads") \
            and tok.low[of_at - 1] not in lex.word_set("arrest_heads") \
            and tok.low[of_at - 1] not in lex.word_set("partitive_heads"):
        return None  # "the killing of a British hostage was condemned": not the hostage
    aux = lex.word_set("passive_aux")
    k = near.last
    while k < f.first and tok.low[k] not in aux:
        word = tok.text[k]
        if k - near.last >= _MODIFIERS or word in _STOPS or not (word == "'s" or (
                word.replace("-", "").isalpha() and word.islower())):
            return None
        k += 1
    if k == f.first:
        return None  # no auxiliary: "the leader of a group killed ..." may be active
    if head is not None:
        return passive_patient(sent, before[:-1], subject, f, tok, lex, (of_at, k - 1))
    return passive_patient(sent, before, subject, f, tok, lex, (near.last, k - 1))
