"""A thing criticised in the passive, with no agent, falls on its owner (session 17, accuse17):
"GERMAN TAX PLAN SHARPLY CRITICIZED", "Danish group's gift criticized", "Iran's nuclear programme
has been condemned": null ACCUSE of the country named before the thing. `passive_patient` takes
only people and actors right before the verb ("Iraq has been accused"), so these coded nothing.
The verbs are `criticised_forms` (not "charged", "sued": prices, firms' suits); the thing is one to three plain words (no function word,
verb of speech, company or person word) between the owner and the verb, which a passive
auxiliary must follow in running text unless the owner opens the sentence and the verb ends it."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_MAX_THING = 3


def owned_thing(sent: Sentence, before: Sequence[Mention], f: Found, tok: Tokens,
                lex: CoderLexicon) -> tuple[str, ...] | None:
    """The owner's keys for a passive verb of `criticised_forms` with no agent whose subject is
    a thing the owner modifies, else None."""
    if f.trigger.noun or not before or tok.low[f.first] not in lex.word_set("criticised_forms"):
        return None
    near = before[-1]
    if near.locative or near.governed is not None or near.method.startswith("pronoun"):
        return None
    words = tok.low[near.last : f.first]
    stops = lex.words_of("owned_thing_stops", "speech_verbs") \
        | lex.words_of("company_heads", "victim_heads")
    aux = lex.word_set("passive_aux") | {"has", "have", "had"}
    k = plain = 0
    while k < len(words) and (words[k] == "'s" or (
            words[k].isalpha() and words[k] not in aux and words[k] not in stops
            and not words[k].endswith("ly"))):
        plain += words[k] != "'s"  # "Danish group's gift": the possessive joins the thing
        k += 1
    rest = words[k:]
    if not 1 <= plain <= _MAX_THING \
            or not all(w in aux or (w.isalpha() and w.endswith("ly")) for w in rest):
        return None
    if tok.caps[sent.index] and not aux & set(rest) and not (
            f.last == sent.last and all(m.first >= near.first for m in before)
            and not any(w.isalpha() for w in tok.low[sent.first : near.first])):
        return None  # running text needs "was"/"has been" ("the Iraqi plan criticised by many
        # was dropped"), unless the clause is all a lower-case headline ("Danish group's gift
        # criticized")
    return near.keys
