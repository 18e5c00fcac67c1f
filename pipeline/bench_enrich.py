"""Throughput of the enrichment stage alone on a JSONL corpus (default ../shared/corpora/bbc.jsonl).

Extraction runs first, untimed; then enrichment runs over every article and
the rate is printed, with a final JSON line: wall-clock articles/s and articles
per CPU second (the same on an idle core; the CPU figure is the one to trust on
a shared machine).

    python -m pipeline.bench_enrich [--corpus PATH] [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import orjson

from pipeline.models import Article
from pipeline.stages.chain import Resources, load_resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract
from pipeline.stages.types import Extraction

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc.jsonl"
_PUBLISHED = dt.datetime(2005, 1, 1, tzinfo=dt.UTC)


def load_articles(path: Path, limit: int | None = None) -> list[Article]:
    """Articles from a JSONL corpus (title, body or description, date when present)."""
    out: list[Article] = []
    with path.open("rb") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                break
            rec = orjson.loads(line)
            body = rec.get("body") or rec.get("description") or rec.get("title") or ""
            if not str(body).strip():
                continue
            out.append(Article(id=str(rec.get("id", n)), title=str(rec.get("title", "")),
                               body=str(body), published_at=_PUBLISHED))
    return out


def bench(articles: list[Article], res: Resources, repeat: int = 1) -> dict[str, float | int]:
    """Time enrichment alone over pre-extracted articles."""
    extracted: list[tuple[Article, Extraction]] = [(a, extract(a, res.tagger)) for a in articles]
    enrich(*extracted[0], res.geo, res.knowledge)
    events = 0
    began, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for article, extraction in extracted:
            events += len(enrich(article, extraction, res.geo, res.knowledge).events)
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
    n = len(extracted) * repeat
    return {"articles": n, "seconds": round(elapsed, 3), "articles_per_s": round(n / elapsed, 1),
            "cpu_seconds": round(cpu, 3), "articles_per_cpu_s": round(n / cpu, 1),
            "ms_per_article": round(1000 * elapsed / n, 3), "events": events}


def main(argv: list[str] | None = None) -> int:
    """Command line: print the throughput as a final JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        sys.stderr.write(f"corpus not found: {args.corpus}\n")
        return 2
    result = bench(load_articles(args.corpus, args.limit), load_resources(), args.repeat)
    sys.stdout.write(orjson.dumps({"bench_enrich": {"corpus": args.corpus.name, **result}}).decode()
                     + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
