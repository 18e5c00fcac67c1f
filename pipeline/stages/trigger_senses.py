"""Other senses of trigger words on the gold's sources (session 15, senses15).

- `blast_noun`: "blast(s)" is an ACCUSE verb ("Colombia blasts U.S. for ..."), but after a
  determiner, a count or a word of `blast_modifiers` ("bomb blast", "Embassy Blast", "the third
  Soviet underground blast") or before a verb of `blast_effects` ("Blast Kills 9", "blasts has
  rocked") it is the explosion, no rebuke.
- `struggle_to`: "fighting to regain public confidence", "fought to keep his job": an ASSAULT
  form of `fight_forms` with "to" and a lower-case verb after it is a struggle, no violence;
  an armed aim of `armed_aims` ("fighting to overthrow the government", "fought to a
  standstill") and an article ("to the death") keep the fight.
- `sought_goal`: "seek" whose object holds a word of `sought_goals` ("is seeking re-election",
  "seeking his party's nomination", "seeking ways to retaliate", "seeking offers on copper") is
  a candidacy, an aim or a purchase, no REQUEST.
- `price_support`: the noun "support" of a price ("sugar price support", "support prices") is a
  farm programme, no SUPPORT.
- `met_far_object`: "meet" with an everyday object (`[coder.idle_objects].meet`) up to six words
  after it ("meets the first two criteria"): the general test reads three.
- `strike_modifier`: an ASSAULT noun "strike" before a word of `labour_strike_compounds`
  ("Cargill U.K. strike talks", "strike ballot") names a labour dispute, no attack; the strike is
  the talks' background, so nothing is coded from it.
- `other_warning`: the noun "warning" after a word of `business_warnings` ("a profit warning")
  or before "strike(s)" ("held warning strikes") is no threat.
- `labour_strike`: an ASSAULT noun "strike(s)" after a workplace word of `labour_strike_places`
  ("dock strike", "school and hospital strikes") is a labour strike: PROTEST.
"""

from __future__ import annotations

from pipeline.stages.labour_strikes import labour_sentence, on_strike
from pipeline.stages.lexicon import NO_WORDS, CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found, choose_mode
from pipeline.stages.verb_objects import object_word

_OBJECT_REACH = 4
_FAR_OBJECT = 6


def blast_noun(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an ACCUSE "blast(s)" is the explosion (see the module)."""
    if found.code != "ACCUSE" or found.trigger.tokens[0] not in ("blast", "blasts"):
        return False
    before = tok.low[found.first - 1] if found.first > sent.first else ""
    if before in lex.word_set("determiners") or before in lex.word_set("blast_modifiers") \
            or before[:1].isdigit():
        return True
    after = tok.low[found.last : min(sent.last, found.last + 2)]
    if after[:1] in (["has"], ["have"], ["had"]):
        after = after[1:]
    return bool(after) and after[0] in lex.word_set("blast_effects")


def struggle_to(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an ASSAULT "fight" is a struggle to do something (see the module)."""
    if found.code != "ASSAULT" or found.trigger.tokens[0] not in lex.word_set("fight_forms") \
            or found.last + 1 >= sent.last or tok.low[found.last] != "to":
        return False
    nxt = tok.low[found.last + 1]
    return nxt.isalpha() and tok.text[found.last + 1].islower() \
        and nxt not in lex.word_set("determiners") and nxt not in lex.word_set("armed_aims")


def sought_goal(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "seek" aims at an office, a way or offers, no request (see the module)."""
    if found.code != "REQUEST" or found.trigger.noun \
            or found.trigger.tokens[0] not in lex.word_set("seek_forms"):
        return False
    stops = lex.word_set("prepositions") | lex.clause_breaks | {",", "and", "to"}
    goals = lex.word_set("sought_goals")
    for j in range(found.last, min(sent.last, found.last + _OBJECT_REACH)):
        if tok.low[j] in goals:
            return True
        if tok.low[j] in stops:
            return False
    return False


def price_support(found: Found, sent: Sentence, tok: Tokens) -> bool:
    """Whether the noun "support" is a price's (see the module)."""
    if found.code != "SUPPORT" or found.trigger.tokens != ("support",):
        return False
    before = tok.low[found.first - 1] if found.first > sent.first else ""
    after = tok.low[found.last] if found.last < sent.last else ""
    return before in ("price", "prices") or after in ("price", "prices")


def met_far_object(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "meet" has an everyday object (`idle_objects`) past the three words the general
    test reads ("meets the first two criteria", "met better the Swissair requirements")."""
    if found.code != "CONSULT" or found.trigger.noun \
            or found.trigger.tokens[-1] not in lex.word_set("meet_forms"):
        return False
    return object_word(tok, found.last, sent.last, lex.idle_objects.get("meet", NO_WORDS), lex,
                       span=_FAR_OBJECT)


def strike_modifier(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an ASSAULT noun "strike" modifies a labour noun ("strike talks", "strike ballot")."""
    return found.code == "ASSAULT" and found.trigger.noun and found.last < sent.last \
        and found.trigger.tokens[-1] in ("strike", "strikes") \
        and tok.low[found.last] in lex.word_set("labour_strike_compounds")


def other_warning(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the noun "warning" is a firm's profit warning ("a profit warning from Alcoa") or
    names a labour stoppage ("held warning strikes"): no threat."""
    if found.code != "THREATEN" or not found.trigger.noun or found.trigger.tokens[-1] != "warning":
        return False
    before = tok.low[found.first - 1] if found.first > sent.first else ""
    after = tok.low[found.last] if found.last < sent.last else ""
    return before in lex.word_set("business_warnings") or after in ("strike", "strikes")


def trigger_sense(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Any of the senses above: the trigger is no event."""
    return blast_noun(found, sent, tok, lex) or struggle_to(found, sent, tok, lex) \
        or sought_goal(found, sent, tok, lex) or price_support(found, sent, tok) \
        or met_far_object(found, sent, tok, lex) or strike_modifier(found, sent, tok, lex) \
        or other_warning(found, sent, tok, lex)


def labour_strike(f: Found, tok: Tokens, first: int, last: int, lex: CoderLexicon) -> Found:
    """An ASSAULT noun "strike(s)" (or a phrase ending in it, "launch strikes") of a workplace, or
    in a sentence of labour (`labour_strikes.labour_sentence`), is PROTEST."""
    if f.code != "ASSAULT" or not (f.trigger.noun or len(f.trigger.tokens) > 1) \
            or f.trigger.tokens[-1] not in ("strike", "strikes"):  # also "launched strikes"
        return f
    places = lex.word_set("labour_strike_places")
    joined = places | {"and", ","}
    j = f.first - 1
    while j >= first and tok.low[j] in joined:
        j -= 1
    if not any(tok.low[k] in places for k in range(j + 1, f.first)) \
            and not labour_sentence(tok, first, last, lex) \
            and not on_strike(f, tok, first):  # "unions launched strikes", "were on strike"
        return f
    return f._replace(code="PROTEST", mode=choose_mode(tok, first, last, f.first, "PROTEST", lex))
