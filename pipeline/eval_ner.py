"""CoNLL-2003 NER evaluation of a text -> character-span extractor (exact span+label match, as conlleval).

Documents are rebuilt as text from their tokens (tokens joined by spaces,
sentences by newlines); the extractor's character spans are mapped back to
gold token spans. Reads `token###TAG` files (IOB2, one sentence per line,
grouped into pseudo-documents of `doc_size` sentences) and the original
four-column `eng.testb` format (IOB1, real `-DOCSTART-` document boundaries), both read by
`pipeline.conll_corpus.read_documents`.

Usage: python -m pipeline.eval_ner PATH [--doc-size 20] [--limit N]
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.conll_corpus import Document, read_documents

if TYPE_CHECKING:
    from pipeline.stages.extract import EntityTagger

LABELS = ("PER", "LOC", "ORG", "MISC")

Span = tuple[int, int, str]
Extractor = Callable[[str], list[Span]]


@dataclass(frozen=True)
class LabelScore:
    """Precision, recall and F1 for one label (or micro-averaged over all)."""

    label: str
    gold: int
    predicted: int
    correct: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class NerReport:
    """Scores and throughput of one evaluation run."""

    path: str
    per_label: tuple[LabelScore, ...]
    micro: LabelScore
    docs: int
    sentences: int
    tokens: int
    seconds: float
    tokens_per_second: float
    unaligned_predictions: int


def _gold_spans(tags: Sequence[str], offset: int) -> list[Span]:
    spans: list[Span] = []
    start = -1
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and start >= 0 and tag[2:] == label:
            continue
        if start >= 0:
            spans.append((offset + start, offset + i, label))
            start = -1
        if tag != "O":
            start, label = i, tag[2:]
    return spans


def _score(label: str, gold: int, predicted: int, correct: int) -> LabelScore:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return LabelScore(
        label, gold, predicted, correct, round(p, 4), round(r, 4), round(f, 4)
    )


def evaluate_conll(
    path: Path, extract: Extractor, doc_size: int = 20, limit: int | None = None
) -> NerReport:
    """Score `extract` (text -> character spans) on a CoNLL file; `limit` caps the number of sentences."""
    docs = read_documents(Path(path), doc_size)
    if limit is not None:
        kept: list[Document] = []
        left = limit
        for doc in docs:
            if left <= 0:
                break
            kept.append(Document(doc.sentences[:left], doc.tags[:left]))
            left -= len(kept[-1].sentences)
        docs = kept
    gold_count = dict.fromkeys(LABELS, 0)
    pred_count = dict.fromkeys(LABELS, 0)
    correct_count = dict.fromkeys(LABELS, 0)
    n_tokens = n_sents = unaligned = 0
    elapsed = 0.0
    for doc in docs:
        starts: list[int] = []
        ends: list[int] = []
        gold: set[Span] = set()
        pos = 0
        lines = []
        for words, tags in zip(doc.sentences, doc.tags, strict=True):
            gold.update(_gold_spans(tags, len(starts)))
            for w in words:
                starts.append(pos)
                ends.append(pos + len(w))
                pos += len(w) + 1
            lines.append(" ".join(words))
            n_sents += 1
        text = "\n".join(lines)
        n_tokens += len(starts)
        t0 = time.perf_counter()
        predicted = extract(text)
        elapsed += time.perf_counter() - t0
        pred: set[Span] = set()
        for cs, ce, label in predicted:
            i = bisect.bisect_left(starts, cs)
            j = bisect.bisect_left(ends, ce)
            if (
                i < len(starts)
                and j < len(ends)
                and starts[i] == cs
                and ends[j] == ce
                and i <= j
            ):
                pred.add((i, j + 1, label))
            else:
                unaligned += 1
                if label in pred_count:
                    pred_count[label] += 1
        for _, _, label in gold:
            if label in gold_count:
                gold_count[label] += 1
        for span in pred:
            if span[2] in pred_count:
                pred_count[span[2]] += 1
                if span in gold:
                    correct_count[span[2]] += 1
    per_label = tuple(
        _score(lab, gold_count[lab], pred_count[lab], correct_count[lab])
        for lab in LABELS
    )
    micro = _score(
        "micro",
        sum(gold_count.values()),
        sum(pred_count.values()),
        sum(correct_count.values()),
    )
    return NerReport(
        path=str(path),
        per_label=per_label,
        micro=micro,
        docs=len(docs),
        sentences=n_sents,
        tokens=n_tokens,
        seconds=round(elapsed, 3),
        tokens_per_second=round(n_tokens / elapsed, 1) if elapsed > 0 else 0.0,
        unaligned_predictions=unaligned,
    )


def format_report(report: NerReport) -> str:
    """Render a report as a fixed-width table followed by one JSON line."""
    rows = [
        f"{'label':<6} {'gold':>6} {'pred':>6} {'correct':>7} {'P':>7} {'R':>7} {'F1':>7}"
    ]
    for s in (*report.per_label, report.micro):
        rows.append(
            f"{s.label:<6} {s.gold:>6} {s.predicted:>6} {s.correct:>7} "
            f"{s.precision:>7.4f} {s.recall:>7.4f} {s.f1:>7.4f}"
        )
    rows.append(
        f"docs={report.docs} sentences={report.sentences} tokens={report.tokens} "
        f"seconds={report.seconds:.2f} tokens/s={report.tokens_per_second:,.0f} "
        f"unaligned={report.unaligned_predictions}"
    )
    summary = {
        "path": report.path,
        "micro_f1": report.micro.f1,
        "f1": {s.label: s.f1 for s in report.per_label},
        "precision": report.micro.precision,
        "recall": report.micro.recall,
        "entities_gold": report.micro.gold,
        "entities_predicted": report.micro.predicted,
        "docs": report.docs,
        "tokens": report.tokens,
        "seconds": report.seconds,
        "tokens_per_second": report.tokens_per_second,
    }
    rows.append(json.dumps(summary, sort_keys=True))
    return "\n".join(rows)


_CONLL_DATE = dt.datetime(1996, 8, 22, tzinfo=dt.UTC)


def pipeline_extractor(model_dir: Path | None = None) -> Extractor:
    """The extraction stage with the packaged model, or the model in `model_dir`."""
    from pipeline.stages.ner import NerTagger

    return stage_extractor(NerTagger.load(model_dir))


_CONLL_LABEL = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def stage_extractor(tagger: EntityTagger) -> Extractor:
    """The production extraction stage itself: the text becomes an article body."""
    from pipeline.models import Article
    from pipeline.stages.extract import extract as run_extract

    def extract(text: str) -> list[Span]:
        article = Article(id="conll", body=text or " ", published_at=_CONLL_DATE)
        result = run_extract(article, tagger)
        return [(m.start, m.end, _CONLL_LABEL[m.label]) for m in result.entities
                if m.field == "body"]

    return extract


def main() -> None:
    """Evaluate the packaged (or given) model through tokenize -> split -> tag."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("path", type=Path)
    ap.add_argument(
        "--model", type=Path, default=None, help="model directory (default: packaged)"
    )
    ap.add_argument("--doc-size", type=int, default=20)
    ap.add_argument(
        "--limit", type=int, default=None, help="only the first N sentences"
    )
    args = ap.parse_args()
    extract = pipeline_extractor(args.model)
    print(format_report(evaluate_conll(args.path, extract, args.doc_size, args.limit)))  # noqa: T201


if __name__ == "__main__":
    main()
