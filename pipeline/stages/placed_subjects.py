"""An unnamed attack placed by the name before it (session 17, assault17).

"Kabul Suicide Attack Kills Three", "Peru market bomb kills five", "Baghdad car bombs kill 11":
the attack or the weapon right before the verb is an unnamed attacker
(`unnamed.unnamed_attacker`), and a country's, capital's or province's own name opening its
phrase, past up to two modifiers, only places it, as it does after "in" ("killed in a Kabul
attack", `casualty_means.places_means`). With no victim named and no place elsewhere in the
sentence, that place's country is the target, as "Car bombs kill 11 in Baghdad" already codes.
A nationality or a group before the noun ("Israeli bomb kills five", "Hamas bomb") authors it
(`casualty_means.means_author`) and gives no target; so does a city before an embassy word
("Jakarta Embassy Blast"), whose target is the embassy's country (`embassies.py`), not named.
"""

from __future__ import annotations

from pipeline.stages.casualty_counts import violent_subjects
from pipeline.stages.casualty_means import means_author
from pipeline.stages.heads import PLACE_METHODS
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention, Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How many modifiers may stand between the place and the attack noun ("Kabul suicide attack").
_MODIFIERS = 2
# Words that may open the subject's phrase before the place ("The Baghdad bombing killed").
_OPENERS = frozenset({"a", "an", "the"})
# Prepositions that name an opening attack's target ("an attack on", "bombings at").
_TARGETING = frozenset({"on", "at", "against"})


def subject_place(sent: Sentence, at: int, tok: Tokens, lex: CoderLexicon, reg: Registry
                  ) -> tuple[str, ...]:
    """The country of the place named at the opening of an attack or weapon subject right
    before the verb at `at` ("Baghdad car bombs kill 11": IRQ), else ()."""
    head = at - 1
    if head <= sent.first:
        return ()
    nouns = lex.words_of("unnamed_attacks", "unnamed_means") \
        | violent_subjects(tok.low[at], lex)
    if tok.low[head] not in nouns:
        return ()
    for j in range(head - 1, max(sent.first, head - 1 - _MODIFIERS) - 1, -1):
        m = next((m for m in sent.mentions if m.last == j + 1), None)
        if m is not None:
            opens = all(w in _OPENERS for w in tok.low[sent.first : m.first])
            country = place_country(m, tok, reg)
            return (reg.country(country, "place-of-event", None),) if opens and country else ()
        if not tok.low[j].replace("-", "").isalpha() or any(
                m.first <= j < m.last for m in sent.mentions) \
                or tok.low[j] in lex.word_set("embassy_words"):
            return ()  # "Jakarta Embassy Blast": the target is the embassy's unnamed country
    return ()


def place_country(m: Mention, tok: Tokens, reg: Registry) -> str | None:
    """The country of a mention that is a place's own name: a capital or a province read as its
    country (`heads.PLACE_METHODS`), or a country's name, not its adjective ("Kenya", not
    "Kenyan": `means_author` reads "Ugandan" as a name by its ending); else None."""
    if len(m.keys) != 1:
        return None
    country = reg.actors[m.keys[0]].country
    if m.method in PLACE_METHODS:
        return country
    name = " ".join(tok.text[m.first : m.last])
    if not m.keys[0].startswith("country:") or means_author(m, tok) \
            or reg.know.geo.country_name_form(name) is None:
        return None
    return country


def targeted_opening(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a casualty verb's subject is an attack or a weapon that opens the sentence and
    names its target after "on", "at" or "against" ("An attack on Israeli troops killed three",
    "A mortar attack on a mosque in Iraq killed 25", "Bombings at two Argentine banks kill one"),
    with no agent ("by"), comma or clause break before the verb: the attacker is unnamed."""
    if tok.low[f.first] not in lex.word_set("casualty_verbs"):
        return False
    counts = lex.word_set("headline_counts")
    words = (lex.words_of("unnamed_attacks", "unnamed_means")) \
        - lex.word_set("accidental_blasts")  # "An explosion at a chemical plant": an accident?
    start = next((j for j in range(sent.first, f.first) if tok.low[j] not in counts), f.first)
    at = next((j for j in range(start, min(f.first, start + 3)) if tok.low[j] in words), None)
    while at is not None and at + 1 < f.first and tok.low[at + 1] in words:
        at += 1  # "a bomb attack on a bus"
    if at is None or at + 2 >= f.first or tok.low[at + 1] not in _TARGETING:
        return False
    stops = lex.clause_breaks | {",", ";", "by", "-", "--", "and"}
    return not any(w in stops for w in tok.low[at + 1 : f.first])


def opening_target(sent: Sentence, at: int, tok: Tokens, lex: CoderLexicon, reg: Registry
                   ) -> tuple[str, ...]:
    """The first actor named as the target of an attack that opens the sentence before the verb
    at `at` (`targeted_opening`) and is no place ("on Israeli troops", "on a U.S. base in Iraq":
    ISR, USA), else ()."""
    words = lex.words_of("unnamed_attacks", "unnamed_means")
    prep = next((j for j in range(sent.first + 1, min(at, sent.first + 5))
                 if tok.low[j] in _TARGETING and tok.low[j - 1] in words), None)
    if prep is None:
        return ()
    return next((m.keys for m in sent.mentions if prep < m.first and m.last <= at
                 and not m.locative and m.method not in PLACE_METHODS), ())
