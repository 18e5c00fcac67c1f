"""Classification stage: article topics with evidence, and the topics each sentence names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pipeline.models import Article, Relevance, TextField, TopicEvidence, TopicLabel, TopicScore
from pipeline.stages.types import Classification, Extraction, FieldLayout


class ScoredLabel(Protocol):
    """What a topic model returns per label."""

    @property
    def label(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def threshold(self) -> float: ...
    @property
    def relevance(self) -> str: ...
    @property
    def terms(self) -> list[tuple[int, float]]: ...
    @property
    def sentences(self) -> list[int]: ...


class TopicScorer(Protocol):
    """A topic model working on the article's tokens (it never re-tokenizes)."""

    def analyse(self, words: Sequence[str], sentences: Sequence[tuple[int, int]]
                ) -> tuple[Sequence[ScoredLabel], list[frozenset[str]]]:
        """Per-label scores of the article, and the labels each sentence names."""
        ...


def _words(text: str, lay: FieldLayout) -> list[str]:
    return [text[s:e] for s, e in zip(lay.starts, lay.ends, strict=True)]


def classify(article: Article, extraction: Extraction, model: TopicScorer) -> Classification:
    """Score the topics of one article over its title and body tokens."""
    title, body = extraction.title, extraction.body
    shift = len(title.starts)
    words = _words(article.title, title) + _words(article.body, body)
    sentences = list(title.sentences) + [(a + shift, b + shift) for a, b in body.sentences]
    where: list[tuple[TextField, int, int]] = [
        ("title", s, e) for s, e in zip(title.starts, title.ends, strict=True)
    ] + [("body", s, e) for s, e in zip(body.starts, body.ends, strict=True)]
    texts = {"title": article.title, "body": article.body}
    scores, named = model.analyse(words, sentences)
    topics = []
    for scored in scores:
        evidence = []
        for k in scored.sentences:
            field, start, _ = where[sentences[k][0]]
            end = where[sentences[k][1] - 1][2]
            evidence.append(TopicEvidence(field=field, start=start, end=end,
                                          text=texts[field][start:end], weight=1.0))
        for index, weight in scored.terms:
            field, start, end = where[index]
            evidence.append(TopicEvidence(field=field, start=start, end=end,
                                          text=texts[field][start:end], weight=round(weight, 4)))
        label: TopicLabel = scored.label  # type: ignore[assignment]
        relevance: Relevance = scored.relevance  # type: ignore[assignment]
        topics.append(TopicScore(label=label, score=scored.score, threshold=scored.threshold,
                                 relevance=relevance, evidence=evidence))
    per_sentence = [sorted(labels) for labels in named]
    n_title = len(title.sentences)
    return Classification(topics=topics, sentence_labels={"title": per_sentence[:n_title],
                                                           "body": per_sentence[n_title:]})
