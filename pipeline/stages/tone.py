"""Tone from the VADER lexicon (vaderSentiment, bundled; no download), computed on our tokens.

`polarity_scores` re-tokenizes and applies many rules per sentence; we sum the
lexicon valences of the layout's tokens, flip them after a negation (VADER's
-0.74 factor, three tokens back) and normalise with VADER's compound formula.
"""

from __future__ import annotations

import functools
import math

from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

_ALPHA = 15.0
_NEGATION_SCALAR = -0.74
_NEGATORS = frozenset(w.lower() for w in NEGATE) | {"n't"}


@functools.cache
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@functools.cache
def _lexicon() -> dict[str, float]:
    return {str(k): float(v) for k, v in _analyzer().lexicon.items()}


def compound(total: float) -> float:
    """VADER's normalisation of a valence sum to -1..+1."""
    return max(-1.0, min(1.0, total / math.sqrt(total * total + _ALPHA)))


def tokens_tone(low: list[str], first: int, last: int) -> float:
    """Tone of the lower-cased tokens low[first:last], -1 (negative) to +1 (positive)."""
    lexicon = _lexicon()
    total = 0.0
    for i in range(first, last):
        valence = lexicon.get(low[i])
        if valence is None:
            continue
        if any(low[j] in _NEGATORS for j in range(max(first, i - 3), i)):
            valence *= _NEGATION_SCALAR
        total += valence
    return round(compound(total), 4)


def sentence_tone(sentence: str) -> float:
    """VADER compound score of one sentence with VADER's own rules (slower reference)."""
    return float(_analyzer().polarity_scores(sentence)["compound"])


def document_tone(sentence_tones: list[float]) -> float:
    """Mean sentence tone, 0.0 for an empty document."""
    return round(sum(sentence_tones) / len(sentence_tones), 4) if sentence_tones else 0.0
