"""Compare one stage's speed in two checkouts, in interleaved passes on the same articles.

This machine's speed drifts by tens of percent within minutes, so two `newsevents bench` runs
made one after the other compare the machine's phases, not the code. Here each checkout runs
in its own worker process, which loads the models and extracts the articles once; the
processes then take turns (A B, B A, ...) timing one pass each, in CPU seconds, and the
ratios of neighbouring passes are summarised:

    git worktree add --detach /tmp/before HEAD~1
    .venv/bin/python scripts/compare_speed.py /tmp/before . --stage enrich --passes 30

Articles: a seeded shuffle of ../shared/corpora/bbc.jsonl (the enrichment bar's corpus).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def worker(corpus: Path, count: int, stage: str) -> None:
    """Serve timed passes of `stage` on stdin's requests (run inside a checkout)."""
    import orjson

    from pipeline.runtime import freeze_startup_heap
    from pipeline.serialization import decode_article
    from pipeline.stages.chain import load_resources, run_stage
    from pipeline.stages.types import Origin, WorkItem

    lines = corpus.read_bytes().splitlines()
    random.Random(20251130).shuffle(lines)
    res = load_resources()
    items = []
    for line in lines[:count]:
        row = orjson.loads(line)
        payload = orjson.dumps({"id": str(row["id"]), "title": row["title"], "body": row["body"],
                                "published_at": "2025-02-13T09:00:00Z"})
        article = decode_article(payload, 10**9, 10**9)
        origin = Origin(position=None, key_b64=None, payload_b64="", headers=[],
                        first_seen=article.published_at)
        items.append(WorkItem(article=article, origin=origin))
    for name in ("extract", "enrich", "classify"):  # each stage's input: the stage before's output
        if name == stage:
            break
        items = [run_stage(name, item, res, 1e12) for item in items]
    freeze_startup_heap()
    print("ready", flush=True)
    for _ in sys.stdin:
        res.clear_caches()
        began = time.process_time()
        for item in items:
            run_stage(stage, item, res, 1e12)
        print(f"{time.process_time() - began:.6f}", flush=True)


def start(checkout: Path, args: argparse.Namespace) -> subprocess.Popen[str]:
    """A worker process importing `pipeline` from `checkout`."""
    env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--worker", str(args.corpus),
         str(args.articles), args.stage], cwd=checkout, env=env, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit(f"{checkout}: the worker did not start")
    return proc


def timed(proc: subprocess.Popen[str]) -> float:
    """One pass's CPU seconds."""
    assert proc.stdin is not None
    assert proc.stdout is not None
    proc.stdin.write("go\n")
    proc.stdin.flush()
    return float(proc.stdout.readline())


def main() -> int:
    if sys.argv[1:2] == ["--worker"]:
        worker(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--stage", choices=("extract", "enrich", "classify"), default="enrich")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--passes", type=int, default=30)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/bbc.jsonl")
    args = parser.parse_args()
    a, b = start(args.before, args), start(args.after, args)
    times: dict[str, list[float]] = {"before": [], "after": []}
    ratios = []
    for n in range(args.passes):
        first, second = ("before", "after") if n % 2 == 0 else ("after", "before")
        got = {first: timed(a if first == "before" else b),
               second: timed(a if second == "before" else b)}
        times["before"].append(got["before"])
        times["after"].append(got["after"])
        ratios.append(got["before"] / got["after"])
    for proc in (a, b):
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    for name, path in (("before", args.before), ("after", args.after)):
        ts = times[name]
        print(f"{name:6} {path}: {args.stage} median {args.articles / statistics.median(ts):.1f}"
              f" articles/s (best {args.articles / min(ts):.1f})")
    q1, _, q3 = statistics.quantiles(ratios, n=4)
    print(f"after/before speed, paired: median {statistics.median(ratios):.3f}"
          f" (quartiles {q1:.3f}-{q3:.3f}, {args.passes} pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
