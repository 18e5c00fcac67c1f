"""An attack noun with no author, placed by a city or a country: the place's country is the target
(session 20, unnamed20).

"RAIDS IN PAKISTAN RAISE NEW FEARS", "Blasts Mark Kabul Strikes": a noun of attack
(`placed_attack_nouns`) whose clause names no actor before it (`roles.roles_for` finds no
subject) is an attack by someone the sentence does not name, and the place that locates it
stands for its victims, as the hand coders code an unnamed bomber's attack in Baghdad
(null → IRQ; docs/event-gold.md). The place is one the sentence places (`Sentence.places`)
after a locative preposition right after the noun ("raids in Pakistan", "an attack near Kabul",
past "the northern town of"), or a capital's or province's own name right before it ("Kabul
strikes", `placed_subjects.place_country`); a nationality is no place's name ("an attack in the
Italian half" of a football pitch). Blasts and explosions may be accidents and are not
in the list, nor a bare "strike" before a place ("strikes in Germany" may be a labour
dispute's; "air strikes in Falluja" are attacks); a place after a comma, a clause break or
another preposition is not the attack's, and a place before a colon ends a section's label
("BOMBING IN SAUDI ARABIA: THE OVERVIEW;"), no clause with an event.
"""

from __future__ import annotations

from pipeline.stages.heads import PLACE_METHODS
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.placed_subjects import place_country
from pipeline.stages.registry import Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

PLACED_ATTACK = "an attack with no author named: the country of the place that locates it"
# How many words may stand between the preposition and the place ("in the northern town of").
_WINDOW = 5
# A bare "strike" after which a place does not make it an attack ("strikes in Germany hit output").
_STRIKES = frozenset({"strike", "strikes"})


def placed_attack(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon, reg: Registry
                  ) -> tuple[str, ...]:
    """The target key of an attack noun with no subject, placed after or before it (see the
    module), else ()."""
    if not _attack_noun(f, sent, tok, lex):
        return ()
    before = next((m for m in sent.mentions if m.last == f.first), None)
    if before is not None:  # "Kabul strikes": the city's own name locates the attack
        country = place_country(before, tok, reg) if before.method in PLACE_METHODS else None
        return (reg.country(country, "place-of-event", None),) if country else ()
    place = located(f, sent, tok, lex)
    named = next((m for m in sent.mentions if place is not None and m.first == place[0]), None)
    if place is None or (named is not None and place_country(named, tok, reg) is None):
        return ()  # "our first attack in the Italian half": an adjective, no place's own name
    return (reg.country(place[1], "place-of-event", None),)


def _attack_noun(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the trigger is one of `placed_attack_nouns` read as a noun, or a plural one
    opening the sentence, where no verb stands ("RAIDS IN PAKISTAN RAISE NEW FEARS")."""
    word = tok.low[f.last - 1]
    return word in lex.word_set("placed_attack_nouns") and (
        f.trigger.noun or (f.first == sent.first and word.endswith("s")))


def located(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> tuple[int, str] | None:
    """Where the place after a locative right after an attack noun stands, and its country
    ("raids in Pakistan", "a bombing near the town of Kufa"), else None."""
    if not _attack_noun(f, sent, tok, lex) or f.last >= sent.last \
            or tok.low[f.last] not in lex.word_set("locative") \
            or (tok.low[f.first] in _STRIKES and f.last - f.first == 1):
        return None  # "strikes in Germany" may be a labour dispute's; not "air strikes in"
    stops = lex.word_set("recipient_breaks") | lex.word_set("prepositions") | {",", "and", "or"}
    for pos, place in sent.places:
        if f.last < pos <= f.last + _WINDOW and place.country is not None and not any(
                w in stops and w != "of" for w in tok.low[f.last + 1 : pos]):
            return None if ":" in tok.low[pos + 1 : pos + 4] else (pos, place.country)
    return None  # "BOMBING IN SAUDI ARABIA: THE OVERVIEW": a section's label, no event
