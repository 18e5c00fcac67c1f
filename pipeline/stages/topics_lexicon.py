"""A term-lexicon topic scorer: the first classifier, replaced by the trained model."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

_TERMS: dict[str, dict[str, float]] = {
    "diplomacy": dict.fromkeys(
        "diplomacy diplomatic diplomat diplomats talks negotiations negotiate summit treaty "
        "ceasefire truce sanctions envoy ambassador embassy minister president peace bilateral "
        "un nato accord", 1.0),
    "energy": dict.fromkeys(
        "energy oil gas crude opec pipeline pipelines electricity power coal nuclear renewable "
        "renewables solar wind fuel petrol gasoline lng refinery barrels", 1.0),
    "ai": dict.fromkeys(
        "ai intelligence artificial machine-learning chatbot chatgpt openai llm llms neural "
        "robot robots algorithm algorithms deepmind nvidia", 1.0),
}


class LabelScore(NamedTuple):
    """One label's score, threshold, relevance and evidence (token and sentence indices)."""

    label: str
    score: float
    threshold: float
    relevance: str
    terms: list[tuple[int, float]]
    sentences: list[int]


class LexiconTopicModel:
    """Scores labels by the density of topic terms; uncalibrated."""

    labels = ("diplomacy", "energy", "ai")
    version = "lexicon-1"

    def classify(self, words: Sequence[str], sentences: Sequence[tuple[int, int]]) -> list[LabelScore]:
        """Score each label over the whole article."""
        lowered = [w.lower() for w in words]
        scores = []
        for label in self.labels:
            terms = _TERMS[label]
            hits = [(i, terms[w]) for i, w in enumerate(lowered) if w in terms]
            score = 1.0 - math.exp(-3.0 * len(hits) / math.sqrt(max(len(words), 1)))
            named = [k for k, (a, b) in enumerate(sentences) if any(a <= i < b for i, _ in hits)]
            relevance = "primary" if score >= 0.5 else "mentioned" if hits else "none"
            scores.append(LabelScore(label, round(score, 4), 0.5, relevance, hits[:8], named[:3]))
        return scores

    def sentence_labels(self, words: Sequence[str], sentences: Sequence[tuple[int, int]]
                        ) -> list[frozenset[str]]:
        """The labels whose terms occur in each sentence."""
        lowered = [w.lower() for w in words]
        return [frozenset(label for label in self.labels
                          if any(lowered[i] in _TERMS[label] for i in range(a, b)))
                for a, b in sentences]
