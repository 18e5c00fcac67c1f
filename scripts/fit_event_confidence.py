"""Fit the event-confidence model on the triples we judged by hand; write its JSON resource.

    python scripts/fit_event_confidence.py [--shared ../shared] [--penalty 10]

Reads every `tests/data/precision_audit_*.jsonl` (corpus reference, sha1, triple, verdict),
re-reads each sentence from ../shared/corpora, runs the current coder on it exactly as
`newsevents eval events` does but with the rule score left as it is, and joins its asserted
triples with the verdicts (a triple is right when its verdict is `correct`; triples the
current coder makes that nobody judged are left out and counted). Then an L2-penalised
logistic regression (Newton's method; the intercept unpenalised) over
`pipeline.stages.event_confidence.features` plus the rule score, scored by 5-fold cross
validation against the rule score alone, and refitted on everything for
`pipeline/resources/event_confidence.json`.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
from pathlib import Path

import numpy as np
import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.eval_events import coded, corpus_records, published_date
from pipeline.eval_topics import expected_calibration_error, roc_auc
from pipeline.stages.chain import load_resources
from pipeline.stages.event_confidence import RESOURCE, features

AUDITS = sorted((ROOT / "tests" / "data").glob("precision_audit_*.jsonl"))
OUT = ROOT / "pipeline" / "resources" / RESOURCE
FOLDS = 5


def judged_examples(shared: Path) -> tuple[list[list[str]], list[float], list[bool], int]:
    """Features, rule scores and verdicts of the current coder's judged triples; and how many
    of its triples on the audited sentences nobody judged."""
    verdicts: dict[tuple[str, str | None, str, str | None], bool] = {}
    rows: dict[str, dict[str, object]] = {}
    for path in AUDITS:
        for line in path.read_bytes().splitlines():
            row = orjson.loads(line)
            key = (row["sha1"], row["actor"], row["type"], row["recipient"])
            verdicts[key] = row["verdict"] == "correct"
            rows[row["sha1"]] = row
    wanted: dict[str, set[str]] = {}
    for row in rows.values():
        wanted.setdefault(str(row["corpus"]), set()).add(str(row["id"]))
    records = corpus_records(shared / "corpora", wanted)
    res = load_resources()
    rule_only = dataclasses.replace(res, knowledge=dataclasses.replace(res.knowledge,
                                                                       confidence=None))
    names: list[list[str]] = []
    scores: list[float] = []
    right: list[bool] = []
    unjudged = 0
    for sha1, row in sorted(rows.items()):
        record = records[(str(row["corpus"]), str(row["id"]))]
        start, end = int(str(row["start"])), int(str(row["end"]))
        sentence = str(record[str(row["field"])])[start:end]
        if hashlib.sha1(sentence.encode()).hexdigest() != sha1:
            raise SystemExit(f"sentence {row['corpus']}/{row['id']} does not match its sha1")
        drafts = coded(sentence, published_date(record, str(row["corpus"])), rule_only, sha1)
        for (actor, code, recipient), draft in sorted(drafts.items(), key=str):
            verdict = verdicts.get((sha1, actor, code, recipient))
            if verdict is None:
                unjudged += 1
                continue
            names.append(features(draft))
            scores.append(draft.confidence)
            right.append(verdict)
    return names, scores, right, unjudged


def design(names: list[list[str]], scores: list[float], vocab: list[str]) -> np.ndarray:
    """Rows: 1 (intercept), the rule score, then one column per feature name."""
    index = {n: i + 2 for i, n in enumerate(vocab)}
    x = np.zeros((len(names), len(vocab) + 2))
    x[:, 0] = 1.0
    x[:, 1] = scores
    for r, row in enumerate(names):
        for n in row:
            if n in index:
                x[r, index[n]] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method (no penalty on the intercept)."""
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], penalty)
    ridge[0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) + ridge * w
        hess = (x.T * (p * (1.0 - p))) @ x + np.diag(ridge) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def cross_validate(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """Out-of-fold probabilities (folds from a fixed permutation)."""
    order = np.random.default_rng(20251130).permutation(len(y))
    out = np.zeros(len(y))
    for fold in np.array_split(order, FOLDS):
        train = np.setdiff1d(order, fold)
        out[fold] = 1.0 / (1.0 + np.exp(-x[fold] @ fit(x[train], y[train], penalty)))
    return out


def main(argv: list[str] | None = None) -> int:
    """Fit, report and write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--penalty", type=float, default=10.0)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    names, scores, right, unjudged = judged_examples(args.shared)
    vocab = sorted({n for row in names for n in row})
    x, y = design(names, scores, vocab), np.array(right, dtype=float)
    rule = np.array(scores)
    held = cross_validate(x, y, args.penalty)
    report = {
        "triples": len(y), "right": int(y.sum()), "unjudged_left_out": unjudged,
        "rule_score": {"mean": round(float(rule.mean()), 3),
                       "ece": round(expected_calibration_error(rule, y), 3),
                       "roc_auc": round(roc_auc(rule, y), 3)},
        "model_cross_validated": {"mean": round(float(held.mean()), 3),
                                  "ece": round(expected_calibration_error(held, y), 3),
                                  "roc_auc": round(roc_auc(held, y), 3)},
        "penalty": args.penalty, "audits": [p.name for p in AUDITS],
    }
    w = fit(x, y, args.penalty)
    weights = {n: round(float(v), 4) for n, v in zip(vocab, w[2:], strict=True)}
    body = {"bias": round(float(w[0]), 4), "rule_weight": round(float(w[1]), 4),
            "weights": weights}
    version = hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()[:8]
    args.out.write_bytes(orjson.dumps({"version": version, **body, "fit": report},
                                      option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
    sys.stdout.write(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
