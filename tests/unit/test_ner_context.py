"""ContextSums gives, byte for byte, what np.add.reduceat makes of ContextIndex.chunk_ids()."""

from __future__ import annotations

import numpy as np
import orjson

from pipeline.inputs import RawInput
from pipeline.stages.chain import Resources
from pipeline.stages.ner import NerTagger
from pipeline.stages.ner_context import SEQUENTIAL, ContextSums
from pipeline.stages.ner_context_features import (
    DocumentCues,
    chunks_of,
    document_cues,
    is_caps_sentence,
)
from pipeline.stages.ner_index import ContextIndex
from pipeline.stages.ner_word_features import WordForm, word_form
from pipeline.stages.text import split_sentences, tokenize

TRICKY = [
    "SOCCER - GERMANY BEAT ITALY IN ROME.\nROME 1996-08-22\nGermany beat Italy 2-1 in Rome.",
    "NEW YORK STOCK EXCHANGE SAYS NEW YORK CALM.\nShares of New York Stock Exchange firms rose; "
    "the exchange said New York was calm, and new york was too.",
    "a | b || c | | d\n|x| and ||| then Mr. Smith met Smith and SMITH in smith",
    "The European Union and the United Nations met in Hong Kong and Los Angeles on Monday.",
    "O'Brien's goal for AT&T; U.S.-led talks. Washington said Washington would go.",
    "X", "LONDON", "Los Angeles", "",
]


def _chunks(text: str) -> list[list[str]]:
    toks = tokenize(text)
    return chunks_of([[text[toks.starts[i] : toks.ends[i]] for i in range(a, b)]
                      for a, b in split_sentences(text, toks)])


def _document(text: str) -> tuple[list[list[str]], list[list[WordForm]], list[bool], DocumentCues]:
    chunks = _chunks(text)
    forms = [[word_form(w) for w in words] for words in chunks]
    caps = [is_caps_sentence(f) for f in forms]
    return chunks, forms, caps, document_cues(chunks, forms, caps)


def _reference(index: ContextIndex, tagger: NerTagger, weights: np.ndarray, text: str
               ) -> tuple[np.ndarray, list[int]]:
    chunks, forms, caps, cues = _document(text)
    ids: list[int] = []
    counts: list[int] = []
    for words, sent_forms, is_caps in zip(chunks, forms, caps, strict=True):
        index.chunk_ids(words, sent_forms, tagger.lex, cues, is_caps, ids, counts)
    if not counts:
        return np.zeros((0, weights.shape[1]), dtype=np.float32), counts
    starts = np.zeros(len(counts), dtype=np.intp)
    np.cumsum(counts[:-1], out=starts[1:])
    return np.add.reduceat(weights[ids], starts, axis=0), counts


def test_sums_match_reduceat_over_chunk_ids(resources: Resources,
                                            samples: list[RawInput]) -> None:
    """Every token's context sum is the same float32 row, long lists (summed pairwise) too."""
    tagger = resources.tagger
    assert isinstance(tagger, NerTagger)
    index = ContextIndex(tagger.attr_index, len(tagger.weights) - 1)
    sums = ContextSums(index)
    texts = [*TRICKY, *(orjson.loads(s.payload)["body"] for s in samples)]
    longest = 0
    for text in texts:
        expected, counts = _reference(index, tagger, tagger.weights, text)
        chunks, forms, caps, cues = _document(text)
        got = sums.sums(chunks, forms, caps, cues, tagger.lex, tagger.weights)
        assert got.dtype == np.float32
        assert got.tobytes() == expected.tobytes(), text[:60]
        longest = max([longest, *counts])
    assert longest > SEQUENTIAL  # the pairwise path was taken


def test_sums_with_separators_in_words_and_random_weights(resources: Resources) -> None:
    """Conjunctions of words holding "|", shapes, caps shapes and -0.0 weights sum as reduceat does."""
    tagger = resources.tagger
    assert isinstance(tagger, NerTagger)
    names = ["lw-1|lw=||x", "lw|lw+1=x|a|b", "lw-1|lw=<s>||", "lw|lw+1=c|</s>",
             "ss-1|ss|ss+1=<s>|||x", "ss-1|ss|ss+1=x|||X", "caps|ss=X", "caps", "bos", "eos",
             "d:lc", "d:cap", "d:first", "d:last", "d:single"]
    attr_index = {name: row for row, name in enumerate(names)}
    rng = np.random.default_rng(7)
    weights = rng.standard_normal((len(names) + 1, 18)).astype(np.float32)
    weights[rng.random(weights.shape) < 0.2] = -0.0
    weights[-1] = 0.0
    index = ContextIndex(attr_index, len(names))
    sums = ContextSums(index)
    for text in ["| x a|b c\nX |", "Smith met smith. SMITH MET SMITH AND JONES.", "|"]:
        expected, _ = _reference(index, tagger, weights, text)
        chunks, forms, caps, cues = _document(text)
        got = sums.sums(chunks, forms, caps, cues, tagger.lex, weights)
        assert got.tobytes() == expected.tobytes(), text
