"""The target of an attack or arrest that names its victims only as people or a place ("rebels
killed 12 people in southern Burundi", "police arrested 41 people", "troops shelled the town"):
the country where it happened, which may be the attacker's own."""

from __future__ import annotations

from pipeline.stages.arrested_people import arrested_person
from pipeline.stages.casualty_counts import past_quantity
from pipeline.stages.casualty_means import places_means
from pipeline.stages.embassies import embassy_country
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.natural_compounds import natural_in
from pipeline.stages.registry import Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found
from pipeline.stages.unnamed import means_author, placed_countries
from pipeline.stages.verb_objects import object_word
from pipeline.stages.verb_use import verb_after_subject

PLACED = "victims named by no country: the country of the place the sentence names"
DOMESTIC = "victims named by no country and no foreign place: the attacker's own country"
# How far after the verb its object's head may stand ("killed about 200 rebel fighters").
_SPAN = 5


def _counted_object(tok: Tokens, at: int, last: int, lex: CoderLexicon) -> bool:
    """Whether the verb's object is a bare number ("Rebels kill 12 in Burundi", "kill two, take
    three hostage"): people by the headline convention."""
    counts = lex.word_set("headline_counts") - {"a", "an", "the"}
    if at >= last or not (tok.low[at].isdigit() or tok.low[at] in counts):
        return False
    after = tok.low[at + 1] if at + 1 < last else "."
    return not after.isalpha() or after in lex.word_set("prepositions") \
        or after in ("and", "as", "after", "when", "while")


def unnamed_object(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> str | None:
    """What an ASSAULT or COERCE verb's object is when it names no country: "people"
    (`victim_objects`, or a bare number), "place" (`place_objects`), else None."""
    if (f.trigger.noun and not verb_after_subject(f, sent)) \
            or f.code not in lex.word_set("place_target_types"):  # not "Egypt arrests ..."
        return None
    start = past_quantity(tok, f.last, sent.last, lex)  # "killed at least five people"
    if object_word(tok, start, sent.last, lex.word_set("victim_objects"), lex, _SPAN) \
            or _counted_object(tok, start, sent.last, lex):
        return "people"
    if object_word(tok, f.last, sent.last, lex.word_set("place_objects"), lex, _SPAN):
        return "place"
    return None


def _after_comma(f: Found, tok: Tokens) -> bool:
    """Whether the verb is a participle after a comma ("hit the building, killing two"): its
    subject may be a means abroad, so only a group at home lends it its country."""
    return f.first > 0 and tok.low[f.first - 1] == "," and tok.low[f.first].endswith("ing")


def _domestic_force(reg: Registry, key: str) -> bool:
    """Whether an actor is a group inside its country (police, rebels, troops, a KB armed group),
    which acts at home unless a foreign place is named; a country may act anywhere ("an Israeli
    plane hit the building")."""
    info = reg.actors[key]
    return info.type == "group" or (info.kb is not None and info.kb.type == "armed_group")


def domestic_target(f: Found, sent: Sentence, subject: tuple[str, ...], tok: Tokens,
                    lex: CoderLexicon, reg: Registry) -> tuple[str, str, str] | None:
    """The recipient key of an attack or arrest on unnamed people or a place, its method and why:
    the country of the place the sentence names nearest the verb (the actor's own too), else the
    actor's country when the victims are people, the sentence names no other country and the
    actor is no armed force (after a comma, "..., killing two", only a group at home); None
    when neither holds. A town with no place named may be abroad ("Israel shelled the town")."""
    victims = unnamed_object(f, sent, tok, lex)
    if victims is None:
        return None
    own = {reg.actors[k].country for k in subject}
    places = placed_countries(sent, f.first, reg)
    if places:
        return reg.country(min(places)[1], "place-of-event", None), "place-of-event", PLACED
    named = {reg.actors[k].country for m in sent.mentions for k in m.keys}
    armed = lex.word_set("armed_forces")
    if victims != "people" or len(own) != 1 or None in own or not named <= own | {None} \
            or any(k.rsplit(":", 1)[-1] in armed for k in subject) \
            or (_after_comma(f, tok) and not all(_domestic_force(reg, k) for k in subject)):
        return None  # armed forces often fight abroad: "Kenyan soldiers killed two gunmen"
    return reg.country(next(iter(own)) or "", "actor-country", None), "actor-country", DOMESTIC


def _people_before(tok: Tokens, at: int, first: int, lex: CoderLexicon, code: str = "") -> bool:
    """Whether a people noun or a count stands right before a passive verb, past its auxiliaries
    and adverbs ("29 people were killed", "the six were killed", "25 Kurd rebels killed")."""
    aux = lex.word_set("passive_aux") | {"have", "has", "had", "also", "reportedly"}
    j = at - 1
    while j >= first and (tok.low[j] in aux or (tok.low[j].isalpha() and tok.low[j].endswith("ly"))):
        j -= 1
    if j < first:
        return False
    people = lex.word_set("victim_objects")
    counts = lex.word_set("headline_counts") - {"a", "an", "the"}
    return tok.low[j] in people or tok.low[j].isdigit() or tok.low[j] in counts \
        or arrested_person(code, tok, j, first, lex)  # "Former Saddam Deputy Arrested in Iraq"


def _tally(sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the sentence gives a death toll over time ("since 1992", "20,000 people", "tens of
    thousands"): `tally_words`, or a count of a thousand or more."""
    words = lex.word_set("tally_words")
    return any(w in words or (w.replace(",", "").isdigit() and int(w.replace(",", "")) >= 1000
                              and not (len(w) == 4 and w.startswith(("19", "20"))))
               for w in tok.low[sent.first : sent.last])


def placed_patient(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon, reg: Registry
                   ) -> tuple[str, ...] | None:
    """For a passive ASSAULT/COERCE verb with no agent whose patient is people named by no country
    ("29 people were killed in northern Iraq", "five people arrested in Romania"), the country of
    the place the sentence names nearest the verb; None when no place is named, or when an
    accident or a natural force (`natural_forces`) or an author of the means after "in"/"by"
    ("killed in Israeli raids") is named."""
    if f.trigger.noun or f.code not in lex.word_set("place_target_types") \
            or not _people_before(tok, f.first, sent.first, lex, f.code):
        return None
    if natural_in(tok.low[sent.first : sent.last], lex):  # also "flood-hit"
        return None  # "were killed when the two trucks collided", "after a helicopter crashed"
    if any(f.last <= m.first <= f.last + 3 and means_author(m, sent, tok, lex)
           and not places_means(m, tok, sent.last, lex) for m in sent.mentions):
        return None  # "killed in Israeli raids": the means names its author; not "in Pakistan blast"
    if _tally(sent, tok, lex):
        return None  # "50,000 people have been killed since 1992": a toll, not an event
    embassy = embassy_country(sent, f.first, tok, lex)  # "killed outside the U.S. embassy in Nairobi"
    if embassy:
        return embassy
    places = placed_countries(sent, f.first, reg)
    return (reg.country(min(places)[1], "place-of-event", None),) if places else None
