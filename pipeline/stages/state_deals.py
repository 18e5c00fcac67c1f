"""A state's own deal with firms (session 19, sense19).

`contexts.company_news` and `contexts.firm_partner` make any dealing trigger in a sentence that
names a firm ("Amoco Corp") or has firms as partners ("with 37 companies") business. Under the
gold convention a deal to which a state is a party is AGREE even when the other party is a firm
("China has signed 36 oil contracts with 37 companies", "Madagascar extended its exploration
agreement with Amoco Corp"); deals among firms stay business. The check here is narrow: an
agreement verb of `state_deal_verbs` (or the noun trigger that such a verb governs within
`state_deal_gap` words) whose subject, right before the verb past at most three auxiliaries or
adverbs (`state_deal_fillers`), is a mention of countries only (`country:` keys),
governed by no preposition, not a pronoun ("the firm said it signed": the pronoun's
country is a guess), and not after a capitalised word or a name and a comma (a firm's name ending in a country,
an address). A firm named with a country word ("China Petroleum Corp signed")
ends in its legal form, so no country mention stands right before the verb. A purchase or sale
after "agreed to" (`state_deal_trades`: "Greece has agreed to buy corn") stays a market
transaction.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def _country_keys(keys: tuple[str, ...]) -> bool:
    """Whether every key is a country's ("country:CHN"), not a firm's or a person's."""
    return bool(keys) and all(k.startswith("country:") for k in keys)


def state_deal(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an agreement has a country as the subject of its verb (see the module)."""
    if found.code != "AGREE":
        return False
    verbs = lex.word_set("state_deal_verbs")
    verb = found.first
    if found.trigger.noun:
        gap = lex.word_set("state_deal_gap")
        stops = lex.word_set("prepositions") | lex.clause_breaks
        verb = -1
        for j in range(found.first - 1, max(sent.first, found.first - 5) - 1, -1):
            if tok.low[j] in verbs:
                verb = j
                break
            word = tok.low[j]
            if word in stops or not (word in gap or word.isdigit()
                                     or (word.isalpha() and tok.text[j].islower())):
                return False  # only determiners and plain modifiers between: "its oil agreement"
        if verb < 0:
            return False
    elif tok.low[verb] not in verbs:
        return False
    rest = tok.low[verb + 1 : min(sent.last, verb + 3)]
    if rest[:1] == ["to"] and not lex.word_set("state_deal_trades").isdisjoint(rest[1:]):
        return False  # "Greece has agreed to buy Spanish corn": a market transaction, business
    fillers = lex.word_set("state_deal_fillers")
    j = verb - 1
    while j >= sent.first and verb - j <= 3 and tok.low[j] in fillers:
        j -= 1
    return any(m.last - 1 == j and m.governed is None and _country_keys(m.keys)
               and not m.method.startswith("pronoun") and not _firm_word_before(m.first, sent, tok, lex)
               for m in sent.mentions)


def _firm_word_before(at: int, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a capitalised word that is no determiner stands right before a country mention:
    the country ends a firm's name ("Harcourt Canada has agreed to sell"), it is no subject; nor
    is a country after a comma and a name, an address ("the Swiss Reinsurance Co of Zurich,
    Switzerland agreed")."""
    if at > sent.first + 1 and tok.low[at - 1] == "," and at - 2 in sent.names:
        return True
    return at > sent.first and tok.text[at - 1][:1].isupper() \
        and tok.low[at - 1] not in lex.word_set("determiners")
