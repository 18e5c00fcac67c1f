"""Features of the CoNLL-2003 entity tagger, as attribute strings (what training sees).

Features of a word type (identity, shape, affixes, word clusters, gazetteer
membership) depend on the word alone; context features add conjunctions with
the neighbours, multi-word gazetteer matches and document-level cues (how the
same word is written elsewhere in the document); the second stage adds how the
first stage tagged the word's other mentions. scripts/train_ner.py writes these
strings for python-crfsuite; at run time pipeline/stages/ner_index.py turns the
same features straight into weight rows.

The parts live by concern: ner_lexicon.py (labels, limits, clusters and
gazetteers), ner_word_features.py (a word type's features),
ner_context_features.py (a token's sentence and document context) and
ner_second_stage.py (the second stage's label-consistency features); this
module assembles a document's full attribute lists for training.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages.ner_context_features import (
    chunks_of,
    context_attributes,
    document_cues,
    is_caps_sentence,
)
from pipeline.stages.ner_lexicon import OFFSETS, PAD_LEFT, PAD_RIGHT, Lexicon
from pipeline.stages.ner_word_features import WordForm, type_attributes, word_form


def document_attributes(
    sentences: Sequence[Sequence[str]], lex: Lexicon
) -> list[list[list[str]]]:
    """Full attribute lists for every token of a document (used for training with crfsuite)."""
    chunks = chunks_of(sentences)
    known: dict[str, WordForm] = {}
    forms = [[known.get(w) or known.setdefault(w, word_form(w)) for w in words]
             for words in chunks]
    caps = [is_caps_sentence(f) for f in forms]
    cues = document_cues(chunks, forms, caps)
    cache: dict[str, dict[int, list[str]]] = {}
    out: list[list[list[str]]] = []
    for words, sent_forms, is_caps in zip(chunks, forms, caps, strict=True):
        padded = [*PAD_LEFT, *words, *PAD_RIGHT]
        for w in padded:
            if w not in cache:
                cache[w] = type_attributes(w, lex)
        ctx = context_attributes(words, sent_forms, lex, cues, is_caps)
        sent_attrs: list[list[str]] = []
        for i in range(len(words)):
            attrs: list[str] = []
            for k in OFFSETS:
                attrs.extend(cache[padded[i + 2 + k]].get(k, ()))
            attrs.extend(ctx[i])
            sent_attrs.append(attrs)
        out.append(sent_attrs)
    return out
