"""The attack that caused casualties named before it (session 15, recall15c).

"A Hamas leader was killed in an Israeli airstrike", "16 killed in Algeria rebel attack": the
nationality, group or organisation right before the attack noun is its author, although "in"
makes it look like a place. A weak attack noun ("attack", "strike", `weak_nouns`) needs an actor
near it that is no place; without this rule the author after "in" did not count, so the noun was
dropped whenever the victims stood more than `noun_window` words away or were not named.
A country's or a city's own name there only places the attack ("killed in a Pakistan blast",
"five killed in Kabul attack"): no author.
"""

from __future__ import annotations

from pipeline.stages.country_names import IRREGULAR_DEMONYMS
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# Endings of nationality adjectives ("Israeli", "Russian", "Chinese", "Turkish"); a country's
# name with one of them ("Afghanistan", "Mali") is told apart by `_STAN` and a capital letter
# count below.
_ADJECTIVE_ENDS = ("i", "an", "ese", "ish")
# Country names that end like an adjective ("Pakistan", "Iran", "Mali", "Oman", "Sudan").
_NAME_ENDS = ("stan", "ran", "ali", "man", "dan", "pan", "wan", "ti", "ji", "di", "wi", "nei")



def casualty_cause(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a noun trigger follows "in"/"by" after a casualty word (`casualty_words`: "was
    killed in an Israeli airstrike", "died in a rebel attack") and an author stands right
    before it (`means_author`): the noun names the act that caused the casualties."""
    if not found.trigger.noun:
        return False
    casualties = lex.word_set("casualty_words")
    for k in range(found.first - 1, max(sent.first, found.first - 4) - 1, -1):
        if tok.low[k] in ("in", "by"):
            if not casualties & set(tok.low[max(sent.first, k - 3) : k]):
                return False
            return any(m.last == found.first and k < m.first and means_author(m, tok)
                       for m in sent.mentions)
    return False


def means_author(m: Mention, tok: Tokens) -> bool:
    """Whether a mention right before an attack noun can author it: a group of a country
    ("Algeria rebel attack"), an organisation ("a Hamas attack", "an Islamic Jihad bombing"), a
    nationality adjective ("an Israeli airstrike", "a North Korean attack") or an abbreviation
    ("a U.S. strike"); not a place ("Kabul attack", "Pakistan blast", "Iraq ambush")."""
    if m.method.startswith("group-noun"):
        return True
    if m.method in ("capital-metonymy", "province-of-country"):
        return False
    if not all(k.startswith("country:") for k in m.keys):
        return True  # an organisation or a person: "a Hamas attack", "a NATO airstrike"
    words, text = tok.low[m.first : m.last], tok.text[m.first : m.last]
    if " ".join(words) in IRREGULAR_DEMONYMS or (
            len(text) == 1 and text[0].isupper() and len(text[0].replace(".", "")) <= 3):
        return True  # "a French raid", "a U.S. strike", "US airstrikes"
    return words[-1].endswith(_ADJECTIVE_ENDS) and not words[-1].endswith(_NAME_ENDS)


def places_means(m: Mention, tok: Tokens, last: int, lex: CoderLexicon) -> bool:
    """Whether a mention after a casualty's "in"/"by" only places the attack noun right after it
    ("killed in an Iraq ambush", "in a Pakistan blast", past one modifier: "in Iraq car
    bombings"): a country's or a capital's name, no author of it."""
    attacks = lex.words_of("unnamed_attacks", "unnamed_means")
    for j in range(m.last, min(last, m.last + 2)):
        word = lex.trigger_index.match(tok.low, j, j + 1)
        if tok.low[j] in attacks or (word is not None and lex.triggers[word].noun):
            return not means_author(m, tok)
    return False
