"""Behaviour of the packaged topic classifier on hand-written paragraphs."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from pipeline.eval_topics import (
    LabelReport,
    TopicsReport,
    expected_calibration_error,
    format_report,
    roc_auc,
)
from pipeline.stages.text import split_sentences, tokenize
from pipeline.stages.topics_model import LabelScore, TopicModel

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seed" / "000_4d8856f59d83adb4.txt"

OPEC = (
    "OPEC agrees deeper oil output cut\n"
    "The Organization of the Petroleum Exporting Countries agreed on Sunday to cut crude oil "
    "production by a further 1.2 million barrels per day to support prices. Saudi Arabia's oil "
    "minister said the cartel would review the quotas at its next meeting in Vienna. Brent crude "
    "rose 4 percent after the announcement, and analysts expect gasoline and heating oil prices to follow."
)
SUMMIT = (
    "Leaders hold summit on border dispute\n"
    "The foreign ministers of India and China met in Geneva for two days of talks, and the two "
    "leaders agreed to hold a summit next month to negotiate a treaty on their disputed border. "
    "The United Nations envoy welcomed the ceasefire and urged both governments to restore "
    "diplomatic relations and exchange ambassadors."
)
FOOTBALL = (
    "United beat City in derby thriller\n"
    "Manchester United came from behind to beat City 3-2 at Old Trafford on Saturday. The striker "
    "scored twice in the second half, and the goalkeeper saved a late penalty to seal the win. "
    "The manager praised his players for their spirit after a difficult week of training."
)
AI_LAB = (
    "Researchers unveil speech recognition system\n"
    "Scientists at the university said their artificial intelligence software uses machine "
    "learning and neural networks to understand spoken questions. The team trained the "
    "system on thousands of hours of recordings, and said it beats earlier expert systems."
)


def article(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Tokens and sentences of a text the way the pipeline produces them (title line first)."""
    words: list[str] = []
    sentences: list[tuple[int, int]] = []
    for field in text.split("\n"):
        tokens = tokenize(field)
        offset = len(words)
        words.extend(field[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True))
        sentences.extend((offset + a, offset + b) for a, b in split_sentences(field, tokens))
    return words, sentences


@pytest.fixture(scope="module")
def model() -> TopicModel:
    return TopicModel.load()


def by_label(scores: list[LabelScore]) -> dict[str, LabelScore]:
    return {s.label: s for s in scores}


def test_labels_and_score_ranges(model: TopicModel) -> None:
    assert model.labels == ("diplomacy", "energy", "ai")
    for text in (OPEC, SUMMIT, FOOTBALL, AI_LAB, ""):
        words, sentences = article(text)
        for s in model.classify(words, sentences):
            assert 0.0 <= s.score <= 1.0
            assert 0.0 < s.threshold < 1.0
            assert s.relevance in ("primary", "mentioned", "none")
            assert (s.relevance == "primary") == (s.score >= s.threshold)
            assert len(s.terms) <= 8
            assert len(s.sentences) <= 3


def test_opec_paragraph_is_energy_only(model: TopicModel) -> None:
    words, sentences = article(OPEC)
    scores = by_label(model.classify(words, sentences))
    assert scores["energy"].relevance == "primary"
    assert scores["energy"].score > 0.9
    assert scores["ai"].relevance == "none"
    evidence = {words[i].lower() for i, _ in scores["energy"].terms}
    assert evidence & {"oil", "opec", "crude", "barrels"}
    contributions = [c for _, c in scores["energy"].terms]
    assert contributions == sorted(contributions, reverse=True)
    assert all(c > 0 for c in contributions)


def test_summit_paragraph_is_diplomacy(model: TopicModel) -> None:
    words, sentences = article(SUMMIT)
    scores = by_label(model.classify(words, sentences))
    assert scores["diplomacy"].relevance == "primary"
    assert scores["energy"].relevance == "none"
    assert scores["ai"].relevance == "none"
    # The body sentence with summit/treaty talks is evidence.
    assert 1 in scores["diplomacy"].sentences


def test_football_report_has_no_topic(model: TopicModel) -> None:
    words, sentences = article(FOOTBALL)
    for s in model.classify(words, sentences):
        assert s.relevance == "none", s
        assert s.score < 0.2
        assert s.terms == []
        assert s.sentences == []


def test_ai_paragraph_is_ai(model: TopicModel) -> None:
    words, sentences = article(AI_LAB)
    scores = by_label(model.classify(words, sentences))
    assert scores["ai"].relevance == "primary"
    assert scores["energy"].relevance == "none"
    top = {words[i].lower() for i, _ in scores["ai"].terms}
    assert top & {"artificial", "speech", "recognition", "learning", "neural", "expert"}


def test_evidence_indices_point_at_tokens(model: TopicModel) -> None:
    words, sentences = article(OPEC)
    energy = by_label(model.classify(words, sentences))["energy"]
    for index, _ in energy.terms:
        assert 0 <= index < len(words)
    assert "oil" in [words[i].lower() for i, _ in energy.terms]
    for sentence in energy.sentences:
        start, end = sentences[sentence]
        assert {w.lower() for w in words[start:end]} & {
            "oil",
            "crude",
            "opec",
            "gasoline",
        }


def test_single_mention_is_mentioned_with_its_sentence(model: TopicModel) -> None:
    text = (
        "Ministers meet for trade talks\n"
        "The two foreign ministers met in Paris to prepare a summit on trade. "
        "They also discussed energy and artificial intelligence. "
        "The talks will resume next week."
    )
    words, sentences = article(text)
    scores = by_label(model.classify(words, sentences))
    assert scores["diplomacy"].relevance == "primary"
    for label in ("energy", "ai"):
        assert scores[label].relevance in ("mentioned", "primary")
        assert scores[label].sentences[0] == 2
    labels = model.sentence_labels(words, sentences)
    assert len(labels) == len(sentences)
    assert {"energy", "ai"} <= labels[2]
    assert "ai" not in labels[3]


def test_hyphenated_topic_terms_count_like_the_two_words(model: TopicModel) -> None:
    # The tokenizer keeps "speech-recognition" as one token; the lexicons list both spellings.
    text = (
        "Bank opens new branch in Leeds\n"
        "The bank said its call centre now uses speech-recognition software. "
        "Customers can also check balances online."
    )
    words, sentences = article(text)
    assert "speech-recognition" in words
    ai = by_label(model.classify(words, sentences))["ai"]
    assert ai.relevance in ("mentioned", "primary")
    assert ai.sentences[0] == 1
    plain = article(text.replace("speech-recognition software", "new software"))
    assert by_label(model.classify(*plain))["ai"].relevance == "none"


def test_model_uses_given_tokens_only(model: TopicModel) -> None:
    # Same tokens, no sentences: scores do not depend on sentence ranges.
    words, sentences = article(OPEC)
    with_sentences = [s.score for s in model.classify(words, sentences)]
    without = [s.score for s in model.classify(words, [])]
    assert with_sentences == pytest.approx(without)
    assert all(s.sentences == [] for s in model.classify(words, []))


def test_report_names_the_subject_variant_apart_from_the_bar() -> None:
    def row(label: str, variant: str = "") -> LabelReport:
        return LabelReport(label=label, split="s", input=variant, n=10, positives=2,
                           threshold=0.3, precision=0.5, recall=1.0, f1=0.667, roc_auc=0.9,
                           ece=0.04)

    report = TopicsReport([row("diplomacy"), row("diplomacy", "subject")], 3000.0, 2225, {})
    lines = format_report(report).splitlines()
    assert lines[2].startswith("diplomacy ")
    assert lines[3].startswith("diplomacy+subject ")


def test_roc_auc_and_ece() -> None:
    gold = np.array([0.0, 0.0, 1.0, 1.0])
    assert roc_auc(np.array([0.1, 0.4, 0.35, 0.8]), gold) == pytest.approx(0.75)
    assert roc_auc(np.array([0.5, 0.5, 0.5, 0.5]), gold) == pytest.approx(0.5)
    assert math.isnan(roc_auc(np.array([0.1, 0.2]), np.array([1.0, 1.0])))
    probs = np.array([0.05, 0.05, 0.95, 0.95])
    assert expected_calibration_error(probs, gold) == pytest.approx(0.05)


@pytest.mark.skipif(
    not SEED.exists(),
    reason="needs ../shared/seed (the seed article is not in the repo)",
)
def test_seed_article(model: TopicModel) -> None:
    # First line headline, second standfirst, then the body: one field per line, in order.
    words, sentences = article(SEED.read_text(encoding="utf-8"))
    scores = by_label(model.classify(words, sentences))
    assert scores["diplomacy"].relevance == "primary"
    for label in ("energy", "ai"):
        assert scores[label].relevance in ("mentioned", "primary")
        named = scores[label].sentences
        assert named, label
        start, end = sentences[named[0]]
        sentence = " ".join(words[start:end])
        assert "energy" in sentence
        assert "artificial intelligence" in sentence
