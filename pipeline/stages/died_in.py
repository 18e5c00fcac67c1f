"""Deaths in an attack no one is named for (session 17, assault17).

"47 Pakistanis die in attack on mosque", "US Marines Die In Fallujah Car Bombing", "Eleven people
died in clashes in Nigeria": the attack noun after "in" is the event, and an intransitive casualty
word before it (`died_words`: die, dies, died, dead) gives no trigger of its own, unlike "killed"
(whose passive codes "killed in an attack"). With an author before the noun ("died in an Israeli
attack") `roles._caused` already codes it; with none, the actor is unnamed and the recipient is the
victims' country, else the country of the place that qualifies the noun ("in Gaza fighting"),
else of the place the sentence names nearest it. Not for an accident or a natural force anywhere
in the sentence (`natural_forces`: "died in a methane gas explosion at a coal mine"), nor for a
toll over time ("20,000 people have died in 12 years of fighting": `targets._tally`).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.natural_compounds import natural_in
from pipeline.stages.placed_subjects import place_country
from pipeline.stages.registry import Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.subjects import subject_keys
from pipeline.stages.targets import _tally
from pipeline.stages.triggers import Found
from pipeline.stages.unnamed import placed_countries

DIED = "deaths in an attack with no author: the actor is not named"


def died_victims(sent: Sentence, f: Found, at_in: int, tok: Tokens, lex: CoderLexicon,
                 reg: Registry) -> tuple[str, ...]:
    """The recipients of an ASSAULT noun after "in" (at `at_in`) that an intransitive casualty
    word shortly before names the cause of deaths, when no author stands before the noun (the
    caller's test); () if there is no such word, the deaths are an accident's or a toll over time
    (`targets._tally`), or no victim or place names a country."""
    if f.code != "ASSAULT" or tok.low[at_in] != "in" or _tally(sent, tok, lex):
        return ()
    if not lex.word_set("died_words") & set(tok.low[max(sent.first, at_in - 2) : at_in]):
        return ()
    if natural_in(tok.low[sent.first : sent.last], lex):
        return ()  # "astronauts died in the explosion of the shuttle", "died in a mine blast"
    placing = [m for m in sent.mentions if at_in < m.first and m.last <= f.first]
    place = place_country(placing[-1], tok, reg) if placing else None
    if placing and place is None:
        return ()  # "died in a Ugandan attack": an author, whom `roles._caused` may not read
    victims = subject_keys([m for m in sent.mentions if m.last <= at_in and not m.locative], tok)
    if victims:
        return victims
    if place is not None:  # "Two die in Kampala bombing"
        return (reg.country(place, "place-of-event", None),)
    options = placed_countries(sent, f.first, reg)
    return (reg.country(min(options)[1], "place-of-event", None),) if options else ()


def died_cause(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> int | None:
    """Where "in" stands when an ASSAULT noun follows it, past up to two modifiers, and an
    intransitive casualty word (`died_words`) stands in the two words before it ("die in
    attack", "died in a suicide bombing", "dead in Kabul attack"), else None."""
    if not found.trigger.noun or found.code != "ASSAULT":
        return None
    for k in range(found.first - 1, max(sent.first, found.first - 4) - 1, -1):
        if tok.low[k] == "in":
            died = lex.word_set("died_words") & set(tok.low[max(sent.first, k - 2) : k])
            return k if died else None
    return None
