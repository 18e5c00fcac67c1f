"""Evidence of a topic label: the tokens and sentences that contribute most to its score.

Pure numpy helpers of ``topics_model.TopicModel.classify``: token positions are mapped to the
sentences holding them, and the strongest positive contributions (a lexicon term when there is
no other) become the label's evidence terms and sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

MAX_TERMS = 8
MAX_SENTENCES = 3

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def sentence_bounds(sentences: Sequence[tuple[int, int]]) -> tuple[IntArray, IntArray]:
    """Start and end token index arrays of the sentences."""
    starts = np.fromiter((start for start, _ in sentences), dtype=np.int64, count=len(sentences))
    ends = np.fromiter((end for _, end in sentences), dtype=np.int64, count=len(sentences))
    return starts, ends


def sentence_index(bounds: tuple[IntArray, IntArray], positions: IntArray) -> IntArray:
    """Sentence index of each token position (-1 when outside every sentence)."""
    starts, ends = bounds
    if not starts.size:
        return np.full(positions.size, -1, dtype=np.int64)
    idx = np.searchsorted(starts, positions, side="right") - 1
    inside = (idx >= 0) & (positions < ends[np.maximum(idx, 0)])
    result: IntArray = np.where(inside, idx, -1)
    return result


def top_terms(
    token_contrib: FloatArray, lexical: npt.NDArray[np.integer[Any]]
) -> list[tuple[int, float]]:
    """Token positions with the largest positive contribution, strongest first (a lexicon term if none)."""
    positive = np.flatnonzero(token_contrib > 0.0)
    order = positive[np.argsort(-token_contrib[positive], kind="stable")][:MAX_TERMS]
    terms = [(int(i), round(float(token_contrib[i]), 4)) for i in order]
    if not terms and lexical.size:
        first = int(lexical.min())
        terms = [(first, round(float(token_contrib[first]), 4))]
    return terms


def top_sentences(
    sent_of: IntArray,
    occ_contrib: FloatArray,
    lexical_sents: IntArray,
    n_sentences: int,
) -> list[int]:
    """Sentences naming the label: those with a lexicon term first, then those with strong evidence."""
    if not n_sentences:
        return []
    inside = sent_of >= 0
    evidence = np.bincount(
        sent_of[inside],
        weights=np.clip(occ_contrib[inside], 0.0, None),
        minlength=n_sentences,
    )
    lexical = np.zeros(n_sentences, dtype=bool)
    lexical[lexical_sents[lexical_sents >= 0]] = True
    strong = evidence >= max(0.25 * float(evidence.sum()), 1e-9)
    candidates = np.flatnonzero(lexical | strong)
    ranked = sorted(candidates.tolist(), key=lambda i: (not lexical[i], -evidence[i], i))
    return ranked[:MAX_SENTENCES]
