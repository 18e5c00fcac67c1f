"""Modality of a noun trigger told by the clause it opens, and of an infinitive after "the first ...".

Two readings the cue scan before the trigger cannot see:

* a noun trigger that opens its clause and is the subject of a modal verb past its own
  complement ("Any attack on our ships in the Gulf will bring a response", "A new agreement
  between the Fund and Zaire would pave the way"): not a fact, as `triggers.subject_modality`
  says for a modal right after the noun;
* an infinitive after "the first/only/last ... <agent>" ("the first senior official to visit
  Japan since March", "the only country to sign") tells what someone did, not an aim.
"""

from __future__ import annotations

from pipeline.models import Modality
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens

_MODALS = {"would": "conditional", "could": "conditional", "might": "conditional",
           "may": "conditional", "should": "conditional", "will": "future", "shall": "future"}
_WINDOW = 12  # words of the complement looked at for the modal
_DETERMINERS = frozenset({"the", "a", "an", "any", "its", "their", "his", "her", "this", "these",
                          "those", "such", "another", "every", "each", "'s"})


def _capitalised(tok: Tokens, j: int, sentence: int) -> bool:
    return tok.caps[sentence] and tok.text[j][:1].isupper()


def _opens_clause(tok: Tokens, at: int, first: int, sentence: int, occupied: set[int],
                  lex: CoderLexicon) -> bool:
    """Whether the noun phrase ending in the trigger opens its clause: only determiners, actor
    mentions, capitalised or hyphenated words and `subject_modifiers` stand between it and the
    sentence start, a comma, a clause break, "that" or a verb of speech."""
    openers = lex.word_set("clause_openers") | lex.clause_breaks | {",", '"', "that"}
    modifiers = lex.word_set("subject_modifiers")
    for j in range(at - 1, max(first, at - 7) - 1, -1):
        word = tok.low[j]
        if word in openers or word in lex.word_set("speech_verbs"):
            return True
        if not (word in _DETERMINERS or word in modifiers or j in occupied or "-" in word
                or _capitalised(tok, j, sentence)):
            return False
    return at - first <= 7


def complement_modality(tok: Tokens, at: int, end: int, first: int, last: int, sentence: int,
                        occupied: set[int], lex: CoderLexicon) -> tuple[Modality, str] | None:
    """A noun trigger that opens its clause, followed by its own complement (a preposition of
    `complement_prepositions`, then up to twelve words with no comma, clause break, relative or
    reporting word, no verb of `complement_verbs` nor a lower-case "-ed" form) and a modal is
    that modal's subject: conditional ("would", "could" ...) or future ("will")."""
    if end >= last or tok.low[end] not in lex.word_set("complement_prepositions"):
        return None
    if not _opens_clause(tok, at, first, sentence, occupied, lex):
        return None
    stops = (lex.words_of("complement_stops", "complement_verbs")
             | lex.clause_breaks | lex.word_set("speech_verbs"))
    for k in range(end + 1, min(last, end + 1 + _WINDOW)):
        word = tok.low[k]
        kind = _MODALS.get(word) if tok.text[k] != "May" else None  # "in May": the month
        if kind is not None:
            return None if k == end + 1 else (
                "conditional" if kind == "conditional" else "future",
                f"the trigger, with its complement, is the subject of '{word}'")
        if word in stops or word == "may" or (word == "and" and tok.low[end] != "between") or not (
                word.replace("-", "").replace(".", "").isalnum() or word == "'s"):
            return None  # "attacks on Gaza and Egypt would ...": "and" may open a clause
        if word.endswith("ed") and k not in occupied and not _capitalised(tok, k, sentence):
            return None  # a verb: "the attack on Gaza prompted fears it would ..."
    return None


def ordinal_agent(tok: Tokens, at: int, first: int, occupied: set[int], lex: CoderLexicon) -> bool:
    """Whether the trigger is an infinitive after "the" + an ordinal (`ordinal_words`: first,
    only, last ...) and an agent ("the first U.S. official to visit Japan", "the only country
    to sign", "the first to recognise"): a fact told of that agent, not an aim. The agent is an
    actor mention or an `ordinal_agents` noun right before "to"; not after "to be" ("aims to be
    the first to sign" is an aim)."""
    to = next((j for j in range(at - 1, max(first, at - 3) - 1, -1) if tok.low[j] == "to"), None)
    if to is None or to - 1 < first:
        return False
    ordinals = lex.word_set("ordinal_words")
    head = to - 1
    if not (head in occupied or tok.low[head] in lex.word_set("ordinal_agents")
            or tok.low[head] in ordinals):
        return False
    for j in range(head, max(first, head - 6) - 1, -1):
        word = tok.low[j]
        if word in ordinals:
            return j - 1 >= first and tok.low[j - 1] in ("the", "'s") and not (
                j - 2 >= first and tok.low[j - 2] == "be")
        if word in lex.clause_breaks or word in (",", "to", "that", "which", "who"):
            return False
    return False
