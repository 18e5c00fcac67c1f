"""A condemning predicate told by a speaker (session 17, accuse17): "Annan said the US war in Iraq
was illegal", "Moscow called the American plan unacceptable", the headline "Iran Says EU Proposal
Unacceptable". The speaker criticises (ACCUSE, CAMEO 111) the actor named in what is judged.

The condemning words (`condemning_words`: illegal, unacceptable, irresponsible ...) are ACCUSE
triggers of the dictionary that code only in this frame: right after a copula (adverbs of degree
aside) whose clause follows a verb of speech (`speech_verbs`: "said (that) X was illegal"), right
after the object of a naming verb (`naming_verbs`: "called X illegal", "branded X racist"), or in
a headline right after "Says" + its object. Elsewhere ("illegal immigrants", "it is illegal to")
they name no act: `framed_hits` drops them from a sentence's triggers (in `enrich`). The judged
thing must name an actor (no pronoun, no company), which becomes the recipient; the actor is the
speaker before the verb of speech."""

from __future__ import annotations

from pipeline.stages.judged_unnamed import COPULAS, noun_start, unnamed_judged
from pipeline.stages.lexicon import CoderLexicon, Trigger
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Registry
from pipeline.stages.roles import Roles
from pipeline.stages.sentence import Sentence
from pipeline.stages.subjects import subject_keys
from pipeline.stages.triggers import Found, modality

_STOPS = frozenset({",", "which", "who", "if", "when", "whether"})
_REACH = 12  # tokens from the verb of speech or naming to the condemning word


def condemning(f: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a trigger is a condemning word (`condemning_words`)."""
    return not f.trigger.noun and tok.low[f.first] in lex.word_set("condemning_words")


def _frame(tok: Tokens, at: int, end: int, first: int, last: int, headline: bool,
           lex: CoderLexicon) -> tuple[int, int] | None:
    """(where the verb of speech or naming stands, where the judged thing ends) for a condemning
    word at tokens at..end of the sentence first..last, else None."""
    if tok.low[at] in lex.word_set("condemning_verb_forms"):
        return None  # "had been shamed into going": no condemning noun (judged_unnamed.py)
    if end < last and tok.low[end] in ("to", "for", "that", "of") \
            and tok.low[at] not in lex.word_set("condemning_nouns"):
        return None  # "it is illegal to", "unacceptable for Israel to", "that"
    j = noun_start(tok, at, first, lex) - 1  # "a flagrant violation of" (judged_unnamed.py)
    degree = lex.word_set("condemning_degree")
    while j > first and (tok.low[j] in degree or tok.low[j].endswith("ly")):
        j -= 1  # "was clearly illegal", "is totally unacceptable"
    copula = j >= first and tok.low[j] in COPULAS
    stop = j if copula else j + 1
    speech = lex.word_set("speech_verbs")
    naming = lex.word_set("naming_verbs")
    for k in range(stop - 1, max(first, stop - _REACH) - 1, -1):
        word = tok.low[k]
        if word in lex.clause_breaks or word in _STOPS:
            return None
        if k < stop - 1 and ((copula and word in speech) or (not copula and (
                word in naming or (headline and word in speech)))):
            return k, stop
    return None


def framed_hits(hits: list[tuple[int, int, Trigger]], tok: Tokens, first: int, last: int,
                sentence: int, lex: CoderLexicon) -> list[tuple[int, int, Trigger]]:
    """A sentence's trigger hits less the condemning words outside the frame, which name no act
    ("illegal immigrants"); called before the sentence is built, so such words cost little."""
    words = lex.word_set("condemning_words")
    return [(at, end, trig) for at, end, trig in hits
            if trig.noun or tok.low[at] not in words
            or _frame(tok, at, end, first, last, not tok.caps[sentence], lex) is not None]


def _sentence_frame(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon
                    ) -> tuple[int, int] | None:
    return _frame(tok, f.first, f.last, sent.first, sent.last, not tok.caps[sent.index], lex)


def framed(f: Found, sent: Sentence, tok: Tokens, occupied: set[int], lex: CoderLexicon) -> Found:
    """A framed condemning word's modality: the verb of speech's ("did not call it illegal"),
    else that of the words from the copula on ("said the deal would not be illegal"); a cue inside
    the judged thing is no cue ("called the American plan unacceptable": not a future). A proposal
    judged unacceptable (`rejecting_words`, `rejected_offers`: "Iran Says EU Proposal
    Unacceptable") is rejected (REJECT), not criticised."""
    frame = _sentence_frame(f, sent, tok, lex) if condemning(f, tok, lex) else None
    if frame is None:
        return f
    said, end = frame
    mod, why = modality(tok, said, sent.first, sent.index, occupied, lex)
    if mod == "asserted":
        start = end
        while start - 1 > said and tok.low[start - 1] in lex.word_set("condemning_aux"):
            start -= 1  # "would be", "may not be"
        mod, why = modality(tok, f.first, start, sent.index, occupied, lex)
    if tok.low[f.first] in lex.word_set("rejecting_words") \
            and lex.word_set("rejected_offers") & set(tok.low[said + 1 : end]):
        return f._replace(code="REJECT", mode=lex.dictionary.types["REJECT"].default_mode,
                          modality=mod, modality_reason=why)
    return f._replace(modality=mod, modality_reason=why)


def condemned_roles(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon, reg: Registry
                    ) -> Roles | None:
    """The speaker (before the verb of speech or naming) as actor and the actor named in what is
    judged (between that verb and the copula or the word) as recipient; None when either is
    missing, the judged thing is a pronoun ("said it was unacceptable") or either side is a
    company (a firm's offer or settlement judged is business news)."""
    frame = _sentence_frame(f, sent, tok, lex)
    if frame is None:
        return None
    said, end = frame
    judged = [m for m in sent.mentions if said < m.first and m.last <= end and not m.locative]
    if not judged:  # "called the move rash": an unnamed party criticised (judged_unnamed.py)
        return unnamed_judged(sent, said, end, tok, lex, reg)
    if any(m.method.startswith("pronoun") for m in judged):
        return None
    speaker = subject_keys([m for m in sent.mentions if m.last <= said and not m.locative], tok)
    wrongdoer = subject_keys(judged, tok)
    if speaker is None or wrongdoer is None \
            or any(reg.actors[k].type == "company" for k in (*speaker, *wrongdoer)):
        return None
    methods = {k: m.method for m in sent.mentions for k in m.keys}
    return Roles(speaker, tuple(k for k in wrongdoer if k not in speaker) or wrongdoer, False,
                 "a condemning predicate told by a speaker: the speaker criticises what is judged",
                 methods)
