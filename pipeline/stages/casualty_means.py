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
    casualties = lex.words.get("casualty_words", frozenset())
    for k in range(found.first - 1, max(sent.first, found.first - 4) - 1, -1):
        if tok.low[k] in ("in", "by"):
            if not casualties & set(tok.low[max(sent.first, k - 3) : k]):
                return False
            return any(m.last == found.first and k < m.first and means_author(m, tok)
                       for m in sent.mentions)
    return False


def means_author(m: Mention, tok: Tokens) -> bool:
    """Whether a mention right before an attack noun can author it: a group of a country
    ("Algeria rebel attack"), an organisation ("a Hamas attack"), a nationality adjective
    ("an Israeli airstrike") or an abbreviation ("a U.S. strike"); not a place ("Kabul attack",
    "Pakistan blast")."""
    if m.method.startswith("group-noun"):
        return True
    if m.method in ("capital-metonymy", "province-of-country") or m.last - m.first != 1:
        return False
    if not all(k.startswith("country:") for k in m.keys):
        return True  # an organisation: "a Hamas attack", "a NATO airstrike"
    text, low = tok.text[m.first], tok.low[m.first]
    if low in IRREGULAR_DEMONYMS or (text.isupper() and len(text.replace(".", "")) <= 3):
        return True  # "a French raid", "a U.S. strike", "US airstrikes"
    return low.endswith(_ADJECTIVE_ENDS) and not low.endswith(_NAME_ENDS)
