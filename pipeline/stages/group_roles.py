"""Groups of officials whose roles hang on a country: one placed only by its object, one meeting among themselves."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention, Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_ADVERBIAL = frozenset({"have", "has", "had", "also", "again", "then", "later", "first"})


def placed_by_object(subject: tuple[str, ...], sent: Sentence, f: Found, recipients: list[str],
                     reg: Registry, lex: CoderLexicon) -> bool:
    """Whether the subject is a bare group of officials (`unplaced_groups`) that took the
    sentence's only country from a country named as its object: "European leaders blamed the US",
    "ministers from European and Asian governments called on the US" are not the US's."""
    if len(subject) != 1 or reg.actors[subject[0]].method != "group-noun:sentence-country" \
            or subject[0].rsplit(":", 1)[-1] not in lex.word_set("unplaced_groups"):
        return False
    country = reg.actors[subject[0]].country
    named_before = any(reg.actors[k].country == country for m in sent.mentions
                       if m.last <= f.first for k in m.keys if k != subject[0])
    return not named_before and any(reg.actors[k].type == "country"
                                    and reg.actors[k].country == country for k in recipients)


def among_themselves(sent: Sentence, f: Found, before: list[Mention], tok: Tokens,
                     lex: CoderLexicon, reg: Registry) -> bool:
    """Whether a plural group that a country qualifies ("two Iranian opposition leaders", "Russian
    and rebel commanders") is the subject of a reciprocal verb (`reciprocal_verbs`) with no object
    after it ("met in Baghdad"): its members meet each other, so the country is the recipient."""
    if f.trigger.noun or tok.low[f.first] not in lex.word_set("reciprocal_verbs") \
            or not before or not all(w in _ADVERBIAL or (w.isalpha() and w.endswith("ly"))
                                     for w in tok.low[before[-1].last : f.first]):
        return False  # "commanders finally met", "leaders have met"
    head = before[-1]
    info = reg.actors[head.keys[0]]
    if info.type != "group" or info.country is None or not tok.low[head.last - 1].endswith("s"):
        return False
    qualified = head.method == "group-noun:country-qualifier" or any(
        m.last == head.first and all(reg.actors[k].country == info.country for k in m.keys)
        for m in before)
    nxt = tok.low[f.last] if f.last < sent.last else "."
    free = not nxt.isalpha() or (nxt != "with" and nxt in lex.word_set("prepositions")
                                 | lex.word_set("locative") | {"to", "for", "on"})
    return qualified and free
