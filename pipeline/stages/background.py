"""Noun triggers that only name an act as a known thing, background to the sentence: after a
possessive ("its fishing accord with Norway") or embedded in running text ("the market awaited
an OPEC accord"). Called by `filters.usable`."""

from __future__ import annotations

from pipeline.stages.heads import phrase_start
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found
from pipeline.stages.unnamed import obtain_verb


def noun_phrase(found: Found, tok: Tokens, governor: int, names: frozenset[int], lex: CoderLexicon
                ) -> bool:
    """Whether a trigger heads a noun phrase: a noun, or a verb phrase whose first word is a noun
    trigger too ("talks with", "meeting with") with a word other than a name between it and the
    preposition it hangs from ("shortly before trade talks with Washington", "after a private
    meeting with Baldrige"; not "after meeting Baldrige", nor a predicate: "the ban on gambling
    violates")."""
    if found.trigger.noun:
        return True
    if not any(j not in names for j in range(governor + 1, found.first)):
        return False
    word = lex.trigger_index.match(tok.low, found.first, found.first + 1)
    return word is not None and lex.triggers[word].noun


def possessed_background(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a noun trigger in running text has a possessive before it in its phrase (`its`,
    `their`, "the president's", up to two modifiers between) and no light verb before that: the act is
    named as a known thing, background to the sentence's own predication ("failed to live up to
    its fishing accord with Norway", "to honour the president's pledge"). "held its first talks with"
    and "signed their accord" have the light verb and are the news; "won his release" is obtained;
    in "Kenya's Foreign Minister visits Uganda" an office holder stands between and it is a verb."""
    if found.code in lex.word_set("obtained_types") \
            and obtain_verb(tok, sent.first, found.first, lex) is not None:
        return False  # "won his release": what the subject obtains (unnamed.py)
    start = phrase_start(tok, found.first, sent.first, lex)
    owners = lex.word_set("possessive_words")
    titled = {i for m in sent.mentions if "title" in m.method for i in range(m.first, m.last)}
    for j in range(start - 1, max(sent.first, start - 4) - 1, -1):
        if tok.low[j] in owners:
            window = tok.low[max(sent.first, j - lex.light_window) : j]
            return not any(w in lex.light_verbs for w in window)
        if not tok.low[j].replace("-", "").isalnum() or tok.low[j] in lex.clause_breaks \
                or (j in titled and found.trigger.verb):  # "Kenya's Foreign Minister visits
            return False  # Uganda": an office holder and a verb ("the bloc's G-7 meeting" is a noun)
    return False


def embedded_noun(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a noun trigger inside a running-text sentence (one that ends with a full stop, so no
    headline) is only named there: it is no verb form too, no light verb, verb of means or
    casualty word stands in the four words before its phrase (quotes, "and" and adverbs
    skipped), it is no activity one goes on (`on_activities`), no verb of obtaining governs it, and a lower-case word other than an article or
    possessive stands before the two words in front of the phrase, so the noun is not the head of
    the sentence's first phrase ("the market awaited an OPEC accord on quotas", "went beyond
    the accord between Ghana and Togo", "the threat of conflict with Uganda eased").
    "Kenya held talks with Uganda" has the light verb; "Talks between Kenya and Uganda ended"
    opens the sentence."""
    if found.trigger.verb or tok.low[sent.last - 1] not in lex.word_set("full_stops"):
        return False
    start = phrase_start(tok, found.first, sent.first, lex)
    window = [w for w in tok.low[max(sent.first, start - 3 * lex.light_window) : start]
              if w.isalpha() and w not in ("and", "very") and not w.endswith("ly")][-lex.light_window:]
    if any(w in lex.light_verbs or w in lex.word_set("manner_verbs") for w in window):
        return False  # "held a 'long and very useful' phone call with Putin"
    if lex.word_set("casualty_words") & set(window) \
            or " ".join(found.trigger.tokens) in lex.word_set("on_activities"):
        return False  # "killed in an Israeli air strike": the means; "set off on a peace mission"
    if found.code in lex.word_set("obtained_types") \
            and obtain_verb(tok, sent.first, found.first, lex) is not None:
        return False
    skip = lex.word_set("determiners")
    return any(tok.text[j].isalpha() and tok.text[j].islower() and tok.low[j] not in skip
               for j in range(sent.first, start - 2))
