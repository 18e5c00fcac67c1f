"""The benchmark's corpus (one seeded split) and figures (median, min, max; table and JSON)."""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import orjson

from pipeline.inputs import sample_articles

BENCH_PUBLISHED = "2025-02-13T09:00:00Z"
CORPUS_SEED = 20251130  # fixed: every run and every machine draws the same articles


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured quantity over several runs."""

    mode: str
    name: str
    unit: str
    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        """Median over runs."""
        return statistics.median(self.runs)

    def as_json(self) -> dict[str, object]:
        """The figure as a JSON-ready dict."""
        return {"mode": self.mode, "name": self.name, "unit": self.unit,
                "median": round(self.median, 3), "min": round(min(self.runs), 3),
                "max": round(max(self.runs), 3), "runs": len(self.runs)}


def load_corpus(path: Path | None, limit: int) -> tuple[list[bytes], str]:
    """Article payloads from a JSONL corpus (id, title, body), or the bundled samples."""
    payloads: list[bytes] = []
    if path is not None and path.exists():
        with path.open("rb") as f:
            for line in f:
                row = orjson.loads(line)
                payloads.append(orjson.dumps({
                    "id": str(row["id"]), "title": row.get("title", ""), "body": row["body"],
                    "published_at": row.get("published_at", BENCH_PUBLISHED)}))
                if len(payloads) >= limit:
                    break
        return payloads, str(path)
    samples = [raw.payload for raw in sample_articles()]
    while len(payloads) < limit:
        for i, payload in enumerate(samples):
            data = orjson.loads(payload)
            data["id"] = f"{data['id']}-{len(payloads) + i}"
            payloads.append(orjson.dumps(data))
    return payloads[:limit], "bundled samples (repeated)"


class CorpusSplit(NamedTuple):
    """Disjoint article sets drawn from one seeded shuffle of a corpus."""

    measured: list[bytes]  # the throughput runs
    fresh: list[bytes]  # the latency phase: articles the worker has not seen
    warmup: list[bytes]  # processed before every measured pass, in process and in the worker


def split_corpus(articles: Sequence[bytes], limit: int,
                 seed: int = CORPUS_SEED) -> CorpusSplit:
    """The measured set (`limit` articles), up to `limit` fresh ones and up to `limit // 2` warm-up.

    All come from one seeded shuffle: corpora are often sorted (BBC is, by category), and a
    latency phase fed longer articles than the measured set would run above half load. The
    warm-up set puts the in-process passes and the worker in the same state: caches filled from
    other articles, as in a worker that has been running, but none of the measured ones.
    """
    shuffled = list(articles)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - a sample, not a secret
    return CorpusSplit(shuffled[:limit], shuffled[limit : 2 * limit],
                       shuffled[2 * limit : 2 * limit + limit // 2])


def format_figures(figures: Sequence[Figure], source: str, count: int,
                   topology: str = "fused", build: str = "") -> str:
    """A table and a final JSON line; `build` says whether the stages ran compiled."""
    lines = [f"corpus: {source} ({count} articles); worker topology: {topology}; {build}",
             f"{'mode':<9} {'figure':<28} {'median':>10} {'min':>10} {'max':>10}  unit"]
    for f in figures:
        digits = 3 if f.unit == "ratio" else 1
        lines.append(f"{f.mode:<9} {f.name:<28} {f.median:>10.{digits}f} "
                     f"{min(f.runs):>10.{digits}f} {max(f.runs):>10.{digits}f}  {f.unit}")
    summary: dict[str, object] = {"corpus": source, "articles": count, "topology": topology,
                                  "build": build, "figures": [f.as_json() for f in figures]}
    chain = next((f for f in figures if f.name == "chain"), None)
    e2e = next((f for f in figures if f.mode == "e2e" and f.name == "throughput"), None)
    if chain and e2e:
        summary["e2e_over_chain"] = round(e2e.median / chain.median, 3)
    paired = next((f for f in figures if f.name == "throughput / chain, paired"), None)
    if paired:
        summary["e2e_over_chain_paired"] = round(paired.median, 3)
    cpu = next((f for f in figures if f.name == "worker CPU per article"), None)
    if chain and cpu:
        summary["chain_cpu_over_worker_cpu"] = round(1000.0 / chain.median / cpu.median, 3)
    one = next((f for f in figures if f.name == "1 worker(s)"), None)
    two = next((f for f in figures if f.name == "2 worker(s)"), None)
    if one and two:
        summary["scale_two_over_one"] = round(two.median / one.median, 3)
    pairs = next((f for f in figures if f.name == "two / one, paired"), None)
    if pairs:
        summary["scale_two_over_one_paired"] = round(pairs.median, 3)
    lines.append(orjson.dumps(summary).decode())
    return "\n".join(lines)
