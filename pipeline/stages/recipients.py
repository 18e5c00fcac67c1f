"""The recipients of a trigger: the actor mentions after it, and the place that stands in when none is named."""

from __future__ import annotations

from pipeline.stages.beneficiaries import beneficiary
from pipeline.stages.content_clause import opens_content
from pipeline.stages.heads import PLACE_METHODS, modifies_thing, names_a_noun
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.listeners import unnamed_listener
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention, Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.subjects import ATTRIBUTION, JOINERS
from pipeline.stages.triggers import Found
from pipeline.stages.verb_objects import object_word
from pipeline.stages.verb_use import verb_after_subject

# A modal right after "that" opens a relative clause ("a body that would give X ...").
_RELATIVE_MODALS = frozenset({"would", "will", "could", "can", "may", "might", "should", "must"})
# Verbs of a source named after a comma (", the U.N. refugee agency warned"): not a recipient.
_SOURCES = ATTRIBUTION | {"warned", "warns", "announced", "stated", "confirmed", "noted"}
# A country or place named after a withdrawal is the place left ("troops left Somalia").
_LEFT_METHODS = PLACE_METHODS | {"gazetteer"}


def _noun_infinitive(tok: Tokens, at: int, j: int, last: int, lex: CoderLexicon) -> bool:
    """Whether "to" at j opens a trigger verb's infinitive of a noun ("over a plot to bomb")."""
    trig = lex.triggers.get((tok.low[j + 1],)) if tok.low[j] == "to" and j + 1 < last else None
    preps = lex.word_set("prepositions")
    return trig is not None and trig.verb and any(w in preps for w in tok.low[at:j])


def mentions_after(sent: Sentence, at: int, code: str, tok: Tokens, lex: CoderLexicon,
                   mode: str | None = None) -> list[Mention]:
    breaks = lex.word_set("recipient_breaks")
    topics = lex.word_set("topic_prepositions")
    if code in lex.word_set("target_on_types"):
        topics = topics - {"on", "over"}
    left = mode in lex.word_set("withdrawal_modes") and code == "RETREAT"
    if left:
        topics = topics | {"from", "of"}  # "pulled out of Lebanon": a place, not a recipient
    limit = min(sent.last, at + lex.recipient_window)
    named = sent.names
    content = code in lex.word_set("content_clause_types")
    for j in range(at, limit):
        if tok.low[j] in breaks or (tok.low[j] == "," and any(
                w in _SOURCES for w in tok.low[j + 1 : min(sent.last, j + 8)])):
            limit = j  # also before ", Xinhua said": the source is not a recipient
            break
        if tok.low[j] == "that" and j + 1 < limit and tok.low[j + 1] in _RELATIVE_MODALS \
                and j - 1 not in named and tok.low[j - 1].isalpha():
            limit = j  # "a body that would give Gibraltarians a voice": a relative clause
            break
        if tok.low[j : j + 2] in ([",", "and"], [",", "but"]) and j - 1 not in named:
            limit = j  # ", and France ... showed hostility": a new clause, not a list of names
            break
        if code not in lex.content_types and _noun_infinitive(tok, at, j, sent.last, lex):
            limit = j  # the court is the plot's; an agreement's aim names its beneficiary
            break
        if tok.low[j] == "to" and unnamed_listener(tok, at, j, sent.last, code, named, lex):
            limit = j  # "urges nations to help rebuild Iraq": Iraq is what the act concerns
            break
        if content and opens_content(tok, at, j, sent.last, lex):
            limit = j  # "called for a body to be set up to monitor UK immigration": no UK
            break
    own = tok.low[at - 1]  # the trigger's own preposition governs its object: "called on Iran",
    # "lashed out at Britain"
    material = code in lex.word_set("thing_target_types")
    out: list[Mention] = []
    aims = code in lex.word_set("target_at_types")
    asks = code in lex.word_set("beneficiary_types")  # "appeal for flood-hit Bangladesh"
    for m in sent.mentions:
        mine = (m.governed == own and m.first - at <= 3) \
            or (aims and m.governed == "at" and m.first - at <= 2)  # "fired rockets at Israel"
        if at <= m.first < limit and (not m.locative or mine) \
                and not (left and m.method in _LEFT_METHODS) \
                and (m.governed not in topics or mine) \
                and not names_a_noun(m, sent, tok, lex) \
                and not (asks and beneficiary(m, at, sent.last, tok, lex)) \
                and (material or not modifies_thing(m, sent, tok, lex, "affair_heads")):
            # "probing the Iran arms scandal" is no act on Iran; "sanctions over the Iran affair" is
            if out and not all(w in JOINERS for w in tok.low[out[-1].last : m.first]):
                break
            out.append(m)
    return out


def place_object(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an attack or seizure verb's object is a place ("raided the largest city in the West
    Bank", "shelled Kurdish villages in Iraq"): the place's country is then the target."""
    if (f.trigger.noun and not verb_after_subject(f, sent)) \
            or f.code not in lex.word_set("place_target_types"):  # "Israel Raids Gaza Town"
        return False
    return object_word(tok, f.last, sent.last, lex.word_set("place_objects"), lex, 4)


def place_recipient(sent: Sentence, at: int, subject: tuple[str, ...], reg: Registry
                    ) -> str | None:
    """For a type that needs a recipient (aid, trade, sanctions) and names none, the country of
    the place the sentence names, nearest the trigger, when it is not the actor's own."""
    own = {reg.actors[k].country for k in subject}
    options = [(abs(pos - at), p.country) for pos, p in sent.places
               if p.country is not None and p.country not in own]
    if not options:
        return None
    return reg.country(min(options)[1], "place-of-event", None)
