"""Tone from the VADER lexicon (vaderSentiment, bundled with the package; no download)."""

from __future__ import annotations

import functools

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


@functools.cache
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def sentence_tone(sentence: str) -> float:
    """VADER compound score of one sentence, -1 (negative) to +1 (positive)."""
    return float(_analyzer().polarity_scores(sentence)["compound"])


def document_tone(sentence_tones: list[float]) -> float:
    """Mean sentence tone, 0.0 for an empty document."""
    return round(sum(sentence_tones) / len(sentence_tones), 4) if sentence_tones else 0.0
