"""The place an attack is aimed at, when it names no victims: its country is the target.

"US air strikes continued in Mosul", "Israel carried out an air strike in Gaza", "the government
launched an offensive on rebel-held towns in southern Darfur": the attacker is named, the
victims are not, and the place named right after the attack (its object, or after a locative
preposition, `attack_place_preps`) stands for them, as CAMEO codes an attack on a town as one on
its country (IRQ, PSE, SDN; the attacker's own country too, for a state's attack at home, but
not for rebels or a militia fighting at home, whose target is left unnamed). Only types
of physical force (`attack_place_types`), only a place after the trigger in its clause (no
comma or clause break between, `recipient_breaks`), at most eight words away (`_WINDOW`); a
place after another preposition ("fled to Pakistan", "from Syria") is not aimed at, nor one after
another object of the attack (a pronoun: "fired at him in Paris"; a thing after "on"/"at":
"attacks on a wage freeze in Yugoslavia"). Roles
that already name a recipient, or victims with no country (`targets.domestic_target`), are
left as they are (`roles.roles_for` asks this last), and so are attackers the coder cannot
place in a country (a firm's "fight for market share in China", a runner who "strikes gold in
Spain").
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

AIMED = "an attack with no victims named: the country of the place it is aimed at"
# How many words a locative preposition may stand before its place ("in the southern town of").
_LOOKBACK = 5
# How many words after the trigger the place may stand ("bombed targets in and around Fallujah").
_WINDOW = 8
# An object of the attack other than the place: a pronoun, or a thing after these prepositions.
_PRONOUNS = frozenset({"it", "him", "her", "them", "us", "me"})
_OBJECT_PREPS = frozenset({"on", "against", "at"})


def _governing(tok: Tokens, pos: int, start: int, lex: CoderLexicon) -> str | None:
    """The preposition that governs the place at `pos` (nearest before it, past at most
    `_LOOKBACK` words, not before `start`), "" when none does (the verb's object)."""
    preps = lex.words_of("prepositions", "locative", "attack_place_preps")
    places = lex.word_set("place_objects")
    for j in range(pos - 1, max(start, pos - _LOOKBACK) - 1, -1):
        if tok.low[j] == "of" and tok.low[j - 1] in places:
            continue  # "the town of Najaf": the preposition before "town" governs it
        if tok.low[j] in preps:
            return tok.low[j]
    return ""


def _other_object(tok: Tokens, start: int, pos: int, lex: CoderLexicon) -> bool:
    """Whether the attack names another object between it and the place: a pronoun ("fired
    missiles at it in the Gulf", "shoots at him in Paris") or a thing after "on"/"against"/"at"
    that is no place ("attacks on a wage freeze in Yugoslavia"; not "an offensive on rebel-held
    towns in Darfur")."""
    places = lex.word_set("place_objects")
    for j in range(start, pos):
        if tok.low[j] in _PRONOUNS:
            return True
        if tok.low[j] in _OBJECT_PREPS and not any(w in places for w in tok.low[j + 1 : pos]):
            return True
    return False


def _state(reg: Registry, key: str, lex: CoderLexicon) -> bool:
    """Whether an actor acts for its state: a country, a person, or a group of the state's own
    (`own_forces`: troops, police, government), not rebels, a militia or a KB armed group."""
    info = reg.actors[key]
    if info.kb is not None:
        return info.kb.type != "armed_group"
    return info.type != "group" or key.rsplit(":", 1)[-1] in lex.word_set("own_forces")


def aimed_place(f: Found, sent: Sentence, subject: tuple[str, ...], tok: Tokens,
                lex: CoderLexicon, reg: Registry) -> tuple[str, str, str] | None:
    """The recipient key, its method and why, for an attack that names a place it is aimed at
    and no victims (see the module); None otherwise."""
    if f.code not in lex.word_set("attack_place_types") or not subject \
            or any(reg.actors[k].country is None for k in subject):
        return None  # a name the coder cannot place ("Butler strikes gold in Spain") is no attacker
    breaks = lex.word_set("recipient_breaks") | {","}
    limit = min(sent.last, f.last + _WINDOW)
    stop = next((j for j in range(f.last, limit) if tok.low[j] in breaks), limit)
    aims = lex.word_set("attack_place_preps")
    found = [(pos, place.country) for pos, place in sent.places
             if f.last <= pos < stop and place.country is not None]
    if not found:
        return None
    pos, country = min(found)
    prep = _governing(tok, pos, f.last, lex)
    if (prep and prep not in aims) or _other_object(tok, f.last, pos, lex):
        return None  # "fled to Pakistan": the first place named is not aimed at
    if any(reg.actors[k].country == country and not _state(reg, k, lex) for k in subject):
        return None  # "rebels attack in central Iraq": fighting at home, no target named
    return reg.country(country, "place-of-event", None), "place-of-event", AIMED
