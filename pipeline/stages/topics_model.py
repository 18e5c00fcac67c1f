"""Multi-label topic classifier (diplomacy, energy, ai): calibrated linear models over token n-grams.

The model works on the caller's tokens (``pipeline.stages.text.tokenize``); it never re-tokenizes.
Features are lower-cased unigrams and bigrams from a fixed vocabulary, one hand-written lexicon
feature per label and a few cue features (foreign places, leaders); values are log term counts
times IDF, L2-normalised. Each label has its own linear weights (SVM or logistic regression),
Platt calibration and decision threshold, all fitted on training data by
``scripts/train_topics.py`` and stored in ``model.npz`` (loaded without pickle).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

import numpy as np

from pipeline.paths import RESOURCES_DIR
from pipeline.stages.topic_evidence import (
    FloatArray,
    IntArray,
    sentence_bounds,
    sentence_index,
    top_sentences,
    top_terms,
)

RESOURCE_DIR = RESOURCES_DIR / "topics"
MODEL_FILE = "model.npz"
META_FILE = "model.json"


class LabelScore(NamedTuple):
    """One label's verdict for an article, with the evidence behind it."""

    label: str
    score: float
    threshold: float
    relevance: str
    terms: list[tuple[int, float]]
    sentences: list[int]


class Occurrences(NamedTuple):
    """Feature occurrences of one text: feature id and token position of each."""

    features: IntArray
    positions: IntArray


class Vocabulary:
    """Feature ids of unigrams ("oil") and bigrams ("oil prices"); bigrams are matched as id pairs."""

    def __init__(self, terms: Sequence[str]) -> None:
        """Index the terms; a bigram's two words must themselves be unigram terms."""
        self.terms = list(terms)
        self.unigrams = {t: i for i, t in enumerate(self.terms) if " " not in t}
        self._base = len(self.terms)
        keys: list[int] = []
        ids: list[int] = []
        for i, term in enumerate(self.terms):
            if " " in term:
                first, second = term.split(" ", 1)
                a, b = self.unigrams.get(first), self.unigrams.get(second)
                if a is None or b is None:
                    raise ValueError(f"bigram {term!r} has a word outside the vocabulary")
                keys.append(a * self._base + b)
                ids.append(i)
        order = np.argsort(np.asarray(keys, dtype=np.int64))
        self._bigram_keys = np.asarray(keys, dtype=np.int64)[order]
        self._bigram_ids = np.asarray(ids, dtype=np.int64)[order]

    def __len__(self) -> int:
        """Number of features."""
        return len(self.terms)

    def match(self, lowered: Sequence[str]) -> Occurrences:
        """Unigram and bigram feature occurrences of lower-cased tokens."""
        n = len(lowered)
        uni = np.fromiter(map(self.unigrams.get, lowered, repeat(-1)), dtype=np.int64, count=n)
        positions = np.arange(n)
        found = uni >= 0
        left, right = uni[:-1], uni[1:]
        pair_pos = np.flatnonzero((left >= 0) & (right >= 0))
        features, where = uni[found], positions[found]
        if pair_pos.size and self._bigram_keys.size:
            query = left[pair_pos] * self._base + right[pair_pos]
            slot = np.minimum(np.searchsorted(self._bigram_keys, query), self._bigram_keys.size - 1)
            hit = self._bigram_keys[slot] == query
            features = np.concatenate([features, self._bigram_ids[slot[hit]]])
            where = np.concatenate([where, pair_pos[hit]])
        return Occurrences(features, where)


def find_occurrences(
    words: Sequence[str], vocab: Vocabulary, lexicon_of: IntArray, upper_ai: int
) -> Occurrences:
    """Map tokens to n-gram features plus lexicon/cue features, keeping token positions."""
    if not words:
        return Occurrences(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    features, positions = vocab.match(list(map(str.lower, words)))
    lex = lexicon_of[features]
    hit = lex >= 0
    parts_f = [features, lex[hit]]
    parts_p = [positions, positions[hit]]
    if upper_ai >= 0 and "AI" in words:
        ai_pos = np.asarray([i for i, w in enumerate(words) if w == "AI"], dtype=np.int64)
        parts_f.append(np.full(ai_pos.size, upper_ai, dtype=np.int64))
        parts_p.append(ai_pos)
    return Occurrences(np.concatenate(parts_f), np.concatenate(parts_p))


def tfidf(features: IntArray, idf: FloatArray) -> tuple[IntArray, FloatArray, IntArray]:
    """Return unique feature ids, their L2-normalised log-count TF-IDF values and each occurrence's slot."""
    uniq, inverse, counts = np.unique(features, return_inverse=True, return_counts=True)
    values = np.log1p(counts) * idf[uniq]
    norm = float(np.sqrt(values @ values))
    if norm > 0.0:
        values = values / norm
    return uniq, values, inverse.reshape(-1)


class TopicModel:
    """Calibrated per-label linear topic classifier with term and sentence evidence."""

    def __init__(
        self,
        labels: tuple[str, ...],
        vocab: Vocabulary,
        idf: FloatArray,
        weights: FloatArray,
        bias: FloatArray,
        platt: FloatArray,
        thresholds: FloatArray,
        lexicon_of: IntArray,
        lexicon_features: IntArray,
        upper_ai: int,
        version: str = "unversioned",
    ) -> None:
        """Keep the arrays of a trained model (see ``load``)."""
        self.version = version
        self.labels = labels
        self._vocab = vocab
        is_bigram = np.zeros(len(idf), dtype=bool)
        is_bigram[: len(vocab.terms)] = [" " in term for term in vocab.terms]
        self._is_bigram = is_bigram
        self._idf = idf
        self._weights = weights  # (n_features, n_labels)
        self._bias = bias
        self._platt = platt  # (n_labels, 2): p = sigmoid(a * margin + b)
        self._thresholds = thresholds
        self._lexicon_of = lexicon_of
        self._lexicon_features = lexicon_features  # lexicon feature id per label
        self._upper_ai = upper_ai

    @property
    def thresholds(self) -> tuple[float, ...]:
        """Decision threshold of each label, in ``labels`` order."""
        return tuple(float(t) for t in self._thresholds)

    @classmethod
    def load(cls, directory: Path | None = None) -> TopicModel:
        """Load the model from ``directory`` (default: the packaged resources/topics)."""
        base = RESOURCE_DIR if directory is None else directory
        meta = json.loads((base / META_FILE).read_text(encoding="utf-8"))
        digest = hashlib.sha256((base / MODEL_FILE).read_bytes()).hexdigest()[:12]
        with np.load(base / MODEL_FILE, allow_pickle=False) as data:
            terms = bytes(data["vocab_utf8"]).decode("utf-8").split("\n")
            arrays = {name: data[name] for name in data.files if name != "vocab_utf8"}
        labels = tuple(str(label) for label in meta["labels"])
        vocab = Vocabulary(terms)
        lexicon_features = arrays["lexicon_features"].astype(np.int64)
        upper_ai = int(lexicon_features[labels.index("ai")]) if "ai" in labels else -1
        return cls(
            labels=labels,
            vocab=vocab,
            idf=arrays["idf"].astype(np.float64),
            weights=arrays["weights"].astype(np.float64),
            bias=arrays["bias"].astype(np.float64),
            platt=arrays["platt"].astype(np.float64),
            thresholds=arrays["thresholds"].astype(np.float64),
            lexicon_of=arrays["lexicon_of"].astype(np.int64),
            lexicon_features=lexicon_features,
            upper_ai=upper_ai,
            version=f"linear-{digest}",
        )

    def occurrences(self, words: Sequence[str]) -> Occurrences:
        """Return the feature occurrences of a token sequence."""
        return find_occurrences(words, self._vocab, self._lexicon_of, self._upper_ai)

    def probabilities(self, words: Sequence[str]) -> FloatArray:
        """Return the calibrated probability of every label for a token sequence."""
        occ = self.occurrences(words)
        if not occ.features.size:
            return self._calibrate(self._bias)
        uniq, values, _ = tfidf(occ.features, self._idf)
        return self._calibrate(values @ self._weights[uniq] + self._bias)

    def _calibrate(self, margins: FloatArray) -> FloatArray:
        z = np.clip(self._platt[:, 0] * margins + self._platt[:, 1], -500.0, 500.0)
        result: FloatArray = 1.0 / (1.0 + np.exp(-z))
        return result

    def analyse(
        self, words: Sequence[str], sentences: Sequence[tuple[int, int]]
    ) -> tuple[list[LabelScore], list[frozenset[str]]]:
        """`classify` and `sentence_labels` of one article, finding its features once."""
        occ = self.occurrences(words)
        return (self.classify(words, sentences, occ),
                self.sentence_labels(words, sentences, occ))

    def classify(
        self, words: Sequence[str], sentences: Sequence[tuple[int, int]],
        occ: Occurrences | None = None,
    ) -> list[LabelScore]:
        """Score every label for an article given its tokens and sentence token ranges."""
        occ = occ if occ is not None else self.occurrences(words)
        if not occ.features.size:
            probs = self._calibrate(self._bias)
            return [
                LabelScore(label, float(probs[k]), float(self._thresholds[k]), "none", [], [])
                for k, label in enumerate(self.labels)
            ]
        uniq, values, slot = tfidf(occ.features, self._idf)
        contrib = values[:, None] * self._weights[uniq]  # (n_unique, n_labels), logit units
        probs = self._calibrate(contrib.sum(axis=0) + self._bias)
        counts = np.bincount(slot, minlength=uniq.size)
        per_occ = (contrib / counts[:, None])[slot]  # (n_occ, n_labels)
        bounds = sentence_bounds(sentences)
        sent_of = sentence_index(bounds, occ.positions)
        results = []
        for k, label in enumerate(self.labels):
            score = float(probs[k])
            threshold = float(self._thresholds[k])
            lexical = occ.positions[occ.features == self._lexicon_features[k]]
            if score >= threshold:
                relevance = "primary"
            elif lexical.size:
                relevance = "mentioned"
            else:
                results.append(LabelScore(label, score, threshold, "none", [], []))
                continue
            token_contrib = np.asarray(
                np.bincount(occ.positions, weights=per_occ[:, k], minlength=len(words)),
                dtype=np.float64,
            )
            terms = top_terms(token_contrib, lexical)
            lexical_sents = sentence_index(bounds, lexical)
            sents = top_sentences(sent_of, per_occ[:, k], lexical_sents, len(sentences))
            results.append(LabelScore(label, score, threshold, relevance, terms, sents))
        return results

    def sentence_labels(
        self, words: Sequence[str], sentences: Sequence[tuple[int, int]],
        occ: Occurrences | None = None,
    ) -> list[frozenset[str]]:
        """Return, per sentence, the labels it names: a lexicon term or its own score over threshold.

        One pass over the article's features: bigrams that cross a sentence boundary are
        dropped, then each sentence's TF-IDF vector is scored with sparse sums.
        """
        n = len(sentences)
        occ = occ if occ is not None else self.occurrences(words)
        if not n or not occ.features.size:
            return [frozenset()] * n
        bounds = sentence_bounds(sentences)
        sent = sentence_index(bounds, occ.positions)
        keep = sent >= 0
        keep &= ~(self._is_bigram[occ.features] & (occ.positions + 1 >= bounds[1][sent]))
        feats, sent = occ.features[keep], sent[keep]
        width = len(self._idf)
        pairs, counts = np.unique(sent * width + feats, return_counts=True)
        rows, cols = pairs // width, pairs % width
        values = np.log1p(counts) * self._idf[cols]
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
        values = values / np.where(norms > 0.0, norms, 1.0)[rows]
        margins = np.stack(
            [np.bincount(rows, weights=values * self._weights[cols, k], minlength=n)
             for k in range(len(self.labels))], axis=1) + self._bias
        scored = self._calibrate(margins) >= self._thresholds
        scored &= (np.bincount(rows, minlength=n) > 0)[:, None]
        for k in range(len(self.labels)):
            lexical = sent[feats == self._lexicon_features[k]]
            scored[lexical, k] = True
        return [frozenset(label for k, label in enumerate(self.labels) if row[k])
                for row in scored]
