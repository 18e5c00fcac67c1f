"""Evaluate the topic classifier on its held-out splits, plus throughput on BBC News."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from pipeline.stages.topics_model import TopicModel
from pipeline.topics_data import (
    ENERGY_TOPICS,
    NYT_DIPLOMACY,
    ai_judgements,
    all_docs,
    article_tokens,
    bbc,
)

FloatArray = npt.NDArray[np.float64]
SEED_ARTICLE = Path("seed") / "000_4d8856f59d83adb4.txt"
HELD_OUT = {
    "energy": "Reuters-21578 ModApte test (any of " + ", ".join(sorted(ENERGY_TOPICS)) + ")",
    "diplomacy": "NYT headlines with id % 5 == 0, title only (topic 19 positive)",
    "ai": "data/ai_labels.jsonl split=test (hand-judged)",
}
# A second diplomacy row, not the bar: the same held-out headlines with the coder's subject line
# as a one-sentence standfirst, the way a deployed article comes with more than its headline.
SUBJECT_VARIANT = "same headlines + the coder's subject line as a standfirst (variant, not the bar)"


@dataclass(frozen=True)
class LabelReport:
    """Held-out figures of one label at its decision threshold."""

    label: str
    split: str
    input: str  # "" for the label's own held-out input, else the name of a variant
    n: int
    positives: int
    threshold: float
    precision: float
    recall: float
    f1: float
    roc_auc: float
    ece: float


@dataclass(frozen=True)
class TopicsReport:
    """All held-out figures, throughput and the seed-article verdicts."""

    labels: list[LabelReport]
    throughput_articles_per_s: float
    throughput_articles: int
    seed: dict[str, str]


def roc_auc(scores: FloatArray, gold: FloatArray) -> float:
    """ROC AUC by the rank-sum (Mann-Whitney) formula with average ranks for ties."""
    n_pos = float(gold.sum())
    n_neg = float(len(gold) - n_pos)
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return float((ranks[gold == 1].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def expected_calibration_error(probs: FloatArray, gold: FloatArray, bins: int = 10) -> float:
    """ECE over equal-width probability bins, weighted by bin size."""
    idx = np.minimum((probs * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            total += float(mask.mean()) * abs(float(probs[mask].mean()) - float(gold[mask].mean()))
    return total


def label_report(
    label: str, model: TopicModel, probs: FloatArray, gold: FloatArray, variant: str = ""
) -> LabelReport:
    """Precision, recall, F1 at the label threshold, ROC AUC and ECE."""
    k = model.labels.index(label)
    threshold = float(model.thresholds[k])
    pred = probs >= threshold
    tp = float((pred & (gold == 1)).sum())
    precision = tp / pred.sum() if pred.sum() else 0.0
    recall = tp / gold.sum() if gold.sum() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LabelReport(
        label=label,
        split=SUBJECT_VARIANT if variant else HELD_OUT[label],
        input=variant,
        n=len(gold),
        positives=int(gold.sum()),
        threshold=round(threshold, 4),
        precision=round(precision, 4),
        recall=round(recall, 4),
        f1=round(f1, 4),
        roc_auc=round(roc_auc(probs, gold), 4),
        ece=round(expected_calibration_error(probs, gold), 4),
    )


def _scores(model: TopicModel, label: str, texts: list[tuple[str, str]]) -> FloatArray:
    k = model.labels.index(label)
    return np.array([model.probabilities(article_tokens(t, b)[0])[k] for t, b in texts])


def evaluate(shared: Path, model: TopicModel) -> TopicsReport:
    """Score every label on its held-out split and time ``classify`` on bbc.jsonl."""
    corpora = shared / "corpora"
    docs = all_docs(corpora)
    reports = []
    energy = [d for d in docs.values() if d.corpus == "reuters" and d.split == "test"]
    reports.append(
        label_report(
            "energy",
            model,
            _scores(model, "energy", [(d.title, d.body) for d in energy]),
            np.array([float(d.category == "energy") for d in energy]),
        )
    )
    nyt = [d for d in docs.values() if d.corpus == "nyt" and d.split == "test"]
    nyt_gold = np.array([float(d.category == str(NYT_DIPLOMACY)) for d in nyt])
    reports.append(
        label_report(
            "diplomacy", model, _scores(model, "diplomacy", [(d.title, "") for d in nyt]), nyt_gold
        )
    )
    with_subject = _scores(model, "diplomacy", [(d.title, d.summary) for d in nyt])
    reports.append(label_report("diplomacy", model, with_subject, nyt_gold, variant="subject"))
    ai_test = [j for j in ai_judgements() if j.split == "test"]
    ai_docs = [docs[(j.corpus, j.id)] for j in ai_test]
    reports.append(
        label_report(
            "ai",
            model,
            _scores(model, "ai", [(d.title, d.body) for d in ai_docs]),
            np.array([float(j.label) for j in ai_test]),
        )
    )
    rate, count = throughput(corpora / "bbc.jsonl", model)
    return TopicsReport(reports, round(rate, 1), count, seed_verdicts(shared, model))


def throughput(path: Path, model: TopicModel) -> tuple[float, int]:
    """Articles per second of ``classify`` on pre-tokenized BBC articles (best of three passes)."""
    articles = [article_tokens(d.title, d.body) for d in bbc(path.parent)]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for words, sentences in articles:
            model.classify(words, sentences)
        best = min(best, time.perf_counter() - start)
    return len(articles) / best, len(articles)


def seed_verdicts(shared: Path, model: TopicModel) -> dict[str, str]:
    """Relevance of each label for the seed article (headline, standfirst, body), if present."""
    path = shared / SEED_ARTICLE
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").split("\n", 2)
    words, sentences = article_tokens(*lines)
    return {s.label: f"{s.relevance} ({s.score:.3f})" for s in model.classify(words, sentences)}


def format_report(report: TopicsReport) -> str:
    """A table of the per-label figures, then one JSON line with everything."""
    head = f"{'label':<17} {'n':>5} {'pos':>4} {'thr':>6} {'P':>6} {'R':>6} {'F1':>6} {'AUC':>6} {'ECE':>6}  held-out split"
    lines = [head, "-" * len(head)]
    for r in report.labels:
        lines.append(
            f"{r.label + ('+' + r.input if r.input else ''):<17} {r.n:>5} {r.positives:>4} {r.threshold:>6.3f} {r.precision:>6.3f} "
            f"{r.recall:>6.3f} {r.f1:>6.3f} {r.roc_auc:>6.3f} {r.ece:>6.3f}  {r.split}"
        )
    lines.append(
        f"throughput: {report.throughput_articles_per_s:,.0f} articles/s "
        f"(classify on {report.throughput_articles} pre-tokenized bbc.jsonl articles, one core)"
    )
    if report.seed:
        lines.append("seed article: " + ", ".join(f"{k} {v}" for k, v in report.seed.items()))
    lines.append(json.dumps(asdict(report), sort_keys=True))
    return "\n".join(lines)
