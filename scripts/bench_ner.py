"""Measure extraction speed (tokenize -> split -> tag) on ../shared/corpora/bbc.jsonl, one core.

Usage: python scripts/bench_ner.py [--corpus ../shared/corpora/bbc.jsonl] [--model DIR] [--rounds 2]
Prints articles/s and tokens/s (wall clock and CPU time of this process) for the whole extraction and for tagging alone
(round 1 starts with an empty per-word cache; later rounds are warm).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from pipeline.eval_ner import pipeline_extractor
from pipeline.stages.ner import NerTagger
from pipeline.stages.text import split_sentences, tokenize


def main() -> None:
    """Run the benchmark and print one line per round."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc.jsonl"
    )
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    with open(args.corpus, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    texts = [f"{r.get('title', '')}\n\n{r.get('body', '')}" for r in records]
    t0 = time.perf_counter()
    extract = pipeline_extractor(args.model)
    print(f"model load {time.perf_counter() - t0:.2f}s")
    docs = []
    for text in texts:
        toks = tokenize(text)
        bounds = split_sentences(text, toks)
        docs.append(
            [
                [text[toks.starts[i] : toks.ends[i]] for i in range(a, b)]
                for a, b in bounds
            ]
        )
    n_tok = sum(len(s) for d in docs for s in d)
    for rnd in range(1, args.rounds + 1):
        extract = pipeline_extractor(args.model) if rnd == 1 else extract
        t0, c0 = time.perf_counter(), time.process_time()
        n_ent = sum(len(extract(text)) for text in texts)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"round {rnd} extraction: {len(texts) / dt:,.0f} articles/s, {n_tok / dt:,.0f} tokens/s wall; "
            f"{len(texts) / cpu:,.0f} articles/s, {n_tok / cpu:,.0f} tokens/s CPU; "
            f"{n_tok / len(texts):.0f} tokens/article, {n_ent} entities"
        )
    tagger = NerTagger.load(args.model)
    for rnd in range(1, args.rounds + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        for doc in docs:
            tagger.tag_document(doc)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"round {rnd} tagging only: {n_tok / dt:,.0f} tokens/s wall, {n_tok / cpu:,.0f} tokens/s CPU"
        )


if __name__ == "__main__":
    main()
