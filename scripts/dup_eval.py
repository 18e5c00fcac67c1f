"""Precision and recall of the near-duplicate detector on tests/data/dup_pairs.jsonl.

Texts are read from ../shared/corpora. A pair is flagged when the bodies share a candidate key
(an LSH band or their opening 30 words) and max(Jaccard, containment) estimated from the
signatures reaches the threshold (what DuplicateIndex does), or when their normalised bodies
are equal. Usage: python scripts/dup_eval.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline import fingerprint as fp

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
PAIRS = ROOT / "tests" / "data" / "dup_pairs.jsonl"


def flagged(a: str, b: str, threshold: float) -> bool:
    """What the detector says about two bodies."""
    pa, pb = fp.fingerprint(a), fp.fingerprint(b)
    if pa.content_hash == pb.content_hash:
        return True
    candidate = bool(set(pa.candidate_keys()) & set(pb.candidate_keys()))
    return candidate and fp.score(pa.signature, pa.size, pb.signature, pb.size) >= threshold


def main() -> int:
    """Print precision and recall at several thresholds."""
    corpus = CORPORA / "reuters21578.jsonl"
    if not corpus.exists():
        print(f"missing {corpus}", file=sys.stderr)
        return 1
    bodies = {d["id"]: d.get("body", "") for d in map(json.loads, corpus.open(encoding="utf-8"))}
    pairs = [json.loads(line) for line in PAIRS.open()]
    print(f"{len(pairs)} labelled pairs, {sum(p['duplicate'] for p in pairs)} duplicates")
    print("threshold  precision  recall  tp  fp  fn")
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        tp = fp_ = fn = 0
        wrong: dict[str, int] = {}
        for p in pairs:
            said = flagged(bodies[p["a"]], bodies[p["b"]], threshold)
            tp += said and p["duplicate"]
            fp_ += said and not p["duplicate"]
            fn += (not said) and p["duplicate"]
            if said and not p["duplicate"]:
                wrong[p["why"]] = wrong.get(p["why"], 0) + 1
        precision = tp / (tp + fp_) if tp + fp_ else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{threshold:9.1f}  {precision:9.3f}  {recall:6.3f}  {tp:3d} {fp_:3d} {fn:3d}  "
              f"false positives: {wrong or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
