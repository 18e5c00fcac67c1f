"""Trigger words whose context gives them a sense that is no political event, or no fact yet:
sports and company news, "signs of", a reason after "for", a quarrel between people, a time ahead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.stages.central_bank_markets import central_bank_market
from pipeline.stages.firm_names import firm_clause, firm_name_starts
from pipeline.stages.heads import phrase_start
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.markets import money_unit, trade_figure
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.state_deals import state_deal
from pipeline.stages.tenders import rejected_tender
from pipeline.stages.trade_offers import trade_offer
from pipeline.stages.triggers import Found, past_form

if TYPE_CHECKING:
    from pipeline.stages.registry import Registry
    from pipeline.stages.roles import Roles

_SCOPE = 6


def _score(word: str) -> bool:
    """A match score such as "2-1" or "89-53" (not a span of years: "1980-88")."""
    left, _, right = word.partition("-")
    return left.isdigit() and right.isdigit() and len(left) <= 3 and len(right) <= 3


def sports_sense(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a trigger stands in a sentence about a game: any trigger beside a word only sports
    news uses (`sports_only_words`: "soccer", "finalists", "BOXING - ...") or under a sports
    section heading (`sports_sections`: "RALLYING - ..."), or a trigger of a type that sports and
    company news use (`sports_types`: "beat", "defeated", "captured the title", "signed by the
    Blues", "conceded a penalty") beside a sports word (`sports_words`), a score ("2-1") or a
    round ("shot a 68": a number right after the verb's article). A team that signs a document
    ("signed a 10-year lease") makes a deal like any firm."""
    words = tok.low[sent.first : sent.last]
    if not lex.word_set("sports_only_words").isdisjoint(words):
        return True  # "tennis finalists", "competing at soccer": any type
    dash = next((j for j in range(sent.first, min(sent.last, sent.first + 4)) if tok.low[j] == "-"), None)
    if dash is not None and not lex.word_set("sports_sections").isdisjoint(
            tok.low[sent.first : dash]):
        return True  # a sports section's headline: "RALLYING - SPECTATOR DIES IN RALLY"
    if found.code not in lex.word_set("sports_types") or (
            found.code == "AGREE" and tok.low[found.last : found.last + 1] in (["a"], ["an"])):
        return False  # a team "signed a lease": a deal, as a firm's
    named = sent.names
    sports = lex.word_set("sports_words")
    if any(tok.low[j] in sports and j not in named for j in range(sent.first, sent.last)) \
            or any(_score(w) for w in words):
        return True  # a sports word inside a name is none: "the Paris Club offer"
    after = tok.low[found.last : found.last + 2]
    return len(after) == 2 and after[0] in ("a", "an") and after[1].isdigit()


def business_sense(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an agreement is a company deal: "agreed to acquire a rival", "agreed to merge"
    (`business_acts` after "to"), a noun trigger whose phrase holds a business word ("held
    preliminary merger discussions", `business_modifiers`), or an "-ed" verb right after a word
    for securities (`securities_words`: "medium term issues offered by Ottawa", "shares sold")."""
    to = found.last - 1 if found.trigger.tokens[-1] == "to" else found.last
    if found.code == "AGREE" and tok.low[to : to + 1] == ["to"]:
        rest = tok.low[to + 1 : min(sent.last, to + 3)]
        acts = lex.word_set("business_acts")
        if rest[:1] and (rest[0] in acts or " ".join(rest) in acts):
            return True
    if not found.trigger.noun and found.first > sent.first and tok.low[found.first].endswith("ed") \
            and tok.low[found.first - 1] in lex.word_set("securities_words"):
        return True  # a participle describing securities: "the issues offered by Ottawa"
    if not found.trigger.noun or found.last - found.first < 2:
        return False
    return bool(lex.word_set("business_modifiers")
                & set(tok.low[found.first + 1 : found.last - 1]))


def _ticker(tok: Tokens, j: int, last: int) -> bool:
    """Whether a stock ticker in angle brackets starts at `j` ("<ABT>", "<SABS ST>")."""
    return tok.low[j] == "<" and j + 2 < last and tok.text[j + 1].isupper() and ">" in tok.low[j + 2 : j + 4]


def company_news(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a trigger of dealing (`company_news_types`: agreements, talks, offers, requests)
    stands in a sentence that names a firm by its legal form (`company_designators`: "Saab-Scania
    AB", "Amoco Corp"), its stock ticker ("<ABT>") or a country word with a commercial head
    ("Canadian Mining", firm_names.py): company news, not a state's act. A firm that is only the closing source ("..., Gold Fields Ltd said", '..." said an analyst at Fuji Bank
    Ltd') does not count."""
    if found.code not in lex.word_set("company_news_types"):
        return False
    if central_bank_market(found, sent, tok, lex):
        return True  # "The Bank of Spain offered to drain funds": a market operation
    forms = lex.word_set("company_designators")
    speech = lex.words_of("speech_verbs", "attribution_verbs")
    said = next((j for j in range(found.last + 1, sent.last)
                 if tok.low[j] in speech and tok.low[j - 1] in (",", '"')), sent.last)
    said = min(said, firm_clause(found, sent, tok, lex))
    named = firm_name_starts(sent, tok, lex)
    for j in range(sent.first, min(said, sent.last)):
        if (tok.low[j] in forms or j in named or _ticker(tok, j, sent.last)) \
                and not (j >= found.last and speech & set(tok.low[j + 1 : j + 3])):
            return True
    return False


def _firm_at(tok: Tokens, j: int, firms: frozenset[str], caseful: bool) -> bool:
    """Whether a word for firms stands at `j` (lower-case in running text: not "the World Bank")."""
    return tok.low[j] in firms and not (caseful and tok.text[j] != tok.low[j])


def firm_partner(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a trigger of dealing (`company_news_types`) has firms as its partner: after "with"
    or "from" in its clause ("signed contracts with 15 foreign firms", "loans from private
    banks"; `company_heads`), or coordinated with its subject right before it ("South Africa,
    creditor banks agree on a debt plan"): a business deal, not a state act."""
    if found.code not in lex.word_set("company_news_types"):
        return False
    firms = lex.word_set("company_heads")
    caseful = tok.caps[sent.index]
    stops = lex.clause_breaks | {",", ";"}
    for j in range(found.last, min(sent.last, found.last + 8)):
        if tok.low[j] in stops:
            break
        if tok.low[j] in ("with", "from") and any(
                _firm_at(tok, k, firms, caseful) for k in range(j + 1, min(sent.last, j + 6))):
            return True
    before = tok.low[max(sent.first, found.first - 4) : found.first]
    return any(_firm_at(tok, k, firms, caseful) for k in range(max(sent.first, found.first - 3), found.first)) \
        and bool({"and", ","} & set(before))


def sign_of(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "sign(s)" is the noun of evidence: "signs of a thaw", "showed signs of easing",
    "little sign that ...", "amid growing signs" (`evidence_cues` right before it)."""
    if found.trigger.tokens[0] not in ("sign", "signs") or found.last != found.first + 1:
        return False
    if found.last < sent.last and tok.low[found.last] in ("of", "that"):
        return True
    return found.first > sent.first and tok.low[found.first - 1] in lex.word_set("evidence_cues")


_OWNERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "'s", "whose", "our"})


def market_demand(found: Found, sent: Sentence, tok: Tokens) -> bool:
    """Whether a bare singular "demand for" is a market's ("EC demand for cars is falling", "North
    American demand for gas", "JAPANESE DEMAND FOR U.K. GILTS"): with no article or possessive
    before its phrase it is a quantity, not an actor's demand ("the U.S. demand for talks",
    "Iran's demand for compensation")."""
    if found.trigger.tokens != ("demand",) or not found.trigger.noun or found.last >= sent.last \
            or tok.low[found.last] != "for":
        return False
    names = sent.names
    j, words = found.first - 1, 0
    while j >= sent.first and tok.low[j] not in _OWNERS and (j in names or (
            words < 2 and tok.low[j].replace("-", "").replace(".", "").isalpha()
            and tok.low[j] not in _VERB_STARTS)):
        words += j not in names
        j -= 1
    return j < sent.first or tok.low[j] not in _OWNERS


_VERB_STARTS = frozenset({"and", "or", "of", "to", "in", "on", "for", "by", "with", "from", "is", "was", "are", "were"})


def reason_topic(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a noun trigger after "for" is the reason of thanks, praise or blame named before
    it ("thanked Japan for aid to refugees", "praised Germany for its support"): background,
    not an event, for the kinds of help that go on (`reason_types`: AID, SUPPORT, COOPERATE). A
    one-off act there is the news ("thanked Putin for the release of Marc Fogel"), and a gerund is
    what the object did (`reason_verbs`, anchoring.py)."""
    if not found.trigger.noun or found.code not in lex.word_set("reason_types"):
        return False
    skip = lex.word_set("determiners") | {"'s"}
    j = found.first - 1
    while j > sent.first and found.first - j <= 3 and tok.low[j] != "for" \
            and (tok.low[j] in skip or (tok.low[j].isalpha() and tok.low[j] not in lex.clause_breaks)):
        j -= 1
    if j <= sent.first or tok.low[j] != "for":
        return False
    reasons = lex.words_of("reason_verbs", "reason_nouns")
    for k in range(j - 1, max(sent.first, j - _SCOPE) - 1, -1):
        if tok.low[k] in reasons:
            return True
        if tok.low[k] in lex.clause_breaks:
            return False
    return False


def other_sense(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Any of the senses above, or a market report's (markets.py): the trigger is no event."""
    return sign_of(found, sent, tok, lex) or market_demand(found, sent, tok) or sports_sense(found, sent, tok, lex) \
        or business_sense(found, sent, tok, lex) or reason_topic(found, sent, tok, lex) \
        or ((company_news(found, sent, tok, lex) or firm_partner(found, sent, tok, lex))
            and not state_deal(found, sent, tok, lex)) \
        or money_unit(found, sent, tok, lex) or trade_figure(found, sent, tok, lex) \
        or trade_offer(found, tok, sent.last, lex) \
        or rejected_tender(found, sent, tok, lex)  # "offered to buy bonds": a market's bid;
    # "rejected all offers at its tender" (tenders.py)


_OBJECT_STARTS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "these", "what", '"'})


def _abstract_object(f: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a determiner opens the verb's object and no place word (`place_objects`,
    `place_heads`: "the town of Halabja") nor capitalised name follows in the next six words: a
    person attacking such a thing attacks it in words ("X attacked the mentality")."""
    end = min(len(tok.low), f.last + 6)
    if f.last >= end or tok.low[f.last] not in _OBJECT_STARTS:
        return False
    places = lex.words_of("place_objects", "place_heads")
    return not any(tok.low[j] in places or tok.text[j][:1].isupper() for j in range(f.last, end))


def quarrel(f: Found, roles: Roles, reg: Registry, tok: Tokens, lex: CoderLexicon) -> Found:
    """An ASSAULT verb of quarrel (`quarrel_forms`: "attacked", "clashed", "fought") between
    people, or by people "over"/"about" something with no one attacked, is a verbal attack,
    ACCUSE: "Kerry attacked Bush over Iraq", "Bush and Kerry clashed over the economy"."""
    if f.code != "ASSAULT" or f.trigger.noun or not roles.actors \
            or f.trigger.tokens[0] not in lex.word_set("quarrel_forms") \
            or any(reg.actors[k].type != "person" for k in roles.actors):
        return f
    people = bool(roles.recipients) and all(reg.actors[k].type == "person" for k in roles.recipients)
    after = tok.low[f.last : min(len(tok.low), f.last + 4)]
    topic = not roles.recipients and bool({"over", "about"} & set(after))
    topic = topic or (not roles.recipients and _abstract_object(f, tok, lex))
    if not (people or topic):
        return f
    return Found(f.first, f.last, f.trigger, "ACCUSE", "disapprove", f.modality, f.modality_reason)


def time_ahead(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> Found:
    """A verb in the present ("meets", "visits") followed in its clause by a future time ("next
    week", "tomorrow", `later_words`) or, in running text, by a weekday (`weekdays`: "Chirac
    visits Algeria on Tuesday"; a headline's present tense tells a past event) is not yet a
    fact. A form that is also a noun ("talks") after a light verb not in the present ("held
    talks on Saturday") takes that verb's tense."""
    word = found.trigger.tokens[0]
    if (found.trigger.noun and not found.trigger.verb) or found.modality != "asserted" or not word.endswith("s") \
            or word.endswith("ss"):
        return found
    start = phrase_start(tok, found.first, sent.first, lex)  # "held a new round of talks"
    window = tok.low[max(sent.first, start - lex.light_window) : start]
    light = next((w for w in reversed(window) if w in lex.light_verbs), None)
    single = lex.triggers.get((word,))
    noun = found.trigger.noun or (single is not None and single.noun)  # "began talks with"
    if noun and light is not None and past_form(light, lex):
        return found  # "held talks on Saturday": the noun is a past light verb's object
    return time_after_verb(found, sent, tok, lex, "a present-tense verb")


def time_after_verb(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon,
                    verb: str) -> Found:
    """`found` made future when a future time (`later_words`; in running text a weekday or a
    month too, `ahead_months`: "hands Hong Kong back to China on June 30") follows it in its
    clause, before a comma or a clause break."""
    later = lex.word_set("later_words")
    if tok.caps[sent.index]:
        later = later | lex.words_of("weekdays", "ahead_months")
    for j in range(found.last, min(sent.last, found.last + _SCOPE)):
        if tok.low[j] in later:
            why = f"{verb} followed by a future time ('{tok.low[j]}')"
            return Found(found.first, found.last, found.trigger, found.code, found.mode,
                         "future", why)
        if tok.low[j] in lex.clause_breaks or tok.low[j] == ",":
            return found
    return found
