"""Headline grammar: forms that headlines use and running text does not.

A headline drops the auxiliary of a passive: "Minister accused of lying", "Two men charged with
fraud", "Envoy told to leave". In running text such a participle after its subject is a past
tense with an object or a reduced relative clause ("Three men accused of fraud met lawyers"), so
the coder reads it as passive only after "was"/"were"; in a headline the opening names are its
patients. A sentence is headline-shaped when it is in the title field or does not end as a
sentence of running text does (no closing full stop, question or exclamation mark).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.closing_credit import credit_start
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How a sentence of running text ends; a headline usually ends on a word (BBC, AG News, NYT).
_SENTENCE_ENDS = frozenset({".", "?", "!", '"', "'", "''", ")"})
# Participles without "-ed"/"-en" that headlines use in the passive ("Briton held in ...").
_IRREGULAR = frozenset({"held", "hit", "shot", "struck", "told", "caught", "sought", "beaten",
                        "taken", "sentenced"})
# Words that may stand between the opening names and the participle: "Blair and Brown
# criticised", "Two Thai police wounded".
_JOINERS = frozenset({"and", ",", "&"})
# Particles of a phrasal trigger, which leave its object after it ("handed over").
_PARTICLES = frozenset({"over", "out", "off", "down", "up", "back", "away", "on", "in"})


def headline(sent: Sentence, tok: Tokens) -> bool:
    """Whether a sentence has a headline's shape: the title field, or no closing punctuation."""
    if sent.field == "title":
        return True
    end = credit_start(tok, sent.first, sent.last)  # "... Bombings (AP)": the credit aside
    return end > sent.first and tok.low[end - 1] not in _SENTENCE_ENDS


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en", "wn")) or word in _IRREGULAR


def headline_passive(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a verb trigger is a headline's passive without its auxiliary: a participle that
    follows the opening names and has no object after it, only a preposition ("accused of",
    "charged with", "criticised by", "told to"), a comma or the end ("Minister sacked")."""
    word = tok.low[f.first]
    if f.trigger.noun or not _participle(word) or word in lex.intransitive \
            or not headline(sent, tok):
        return False
    captives = lex.word_set("captive_words")  # "taken hostage" holds no object
    if any(w not in _PARTICLES and w not in captives for w in tok.low[f.first + 1 : f.last]):
        return False  # the phrase holds its object: "signed a deal"
    after = tok.low[f.last] if f.last < sent.last else "."
    return after in lex.word_set("prepositions") or not after[:1].isalnum()


def opening_patients(sent: Sentence, before: Sequence[Mention], tok: Tokens,
                     lex: CoderLexicon) -> bool:
    """Whether the names before a headline's participle open the sentence, with only "and", a
    comma, a number or an article between them ("Blair and Brown criticised by MPs", "Seven
    Iraqis charged with hijack"); what stands between the last name and the verb is the
    caller's to check."""
    if not before or not headline(sent, tok):
        return False
    covered = {i for m in before for i in range(m.first, m.last)}
    counts = lex.word_set("headline_counts")
    return all(i in covered or tok.low[i] in _JOINERS or tok.low[i] in counts
               or tok.low[i].isdigit() for i in range(sent.first, before[-1].last))
