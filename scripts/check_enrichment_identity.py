"""Prove that a change leaves the enrichment stage's output byte for byte the same.

On the code before the change save a baseline (one sha256 of the serialised `Enrichment` per
article), then compare the changed code against it:

    .venv/bin/python scripts/check_enrichment_identity.py --save /tmp/enrich-baseline.tsv
    .venv/bin/python scripts/check_enrichment_identity.py --against /tmp/enrich-baseline.tsv

Articles: every article of ../shared/corpora/bbc.jsonl (dated 2005-01-01, the corpus's
year) and every CoNLL-2003 train document (its dateline's date), 3,144 in all: the texts the
event-coder rounds work on. Only hashes are written; no corpus text leaves ../shared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.conll_corpus import conll_path, conll_records
from pipeline.models import Article
from pipeline.stages.chain import load_resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract

BBC_DAY = dt.datetime(2005, 1, 1, tzinfo=dt.UTC)


def articles(corpora: Path) -> Iterator[Article]:
    """BBC articles, then CoNLL-2003 train documents."""
    with (corpora / "bbc.jsonl").open("rb") as f:
        for line in f:
            row = orjson.loads(line)
            yield Article(id=str(row["id"]), title=row["title"], body=row["body"],
                          published_at=BBC_DAY)
    for rec in conll_records(conll_path(corpora, "conll2003_train")):
        day = dt.date.fromisoformat(str(rec["date"]))
        yield Article(id=f"conll-{rec['id']}", title=str(rec.get("title") or ""),
                      body=str(rec["body"]),
                      published_at=dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))


def hashes(corpora: Path) -> dict[str, str]:
    """Article id -> sha256 of its serialised enrichment."""
    res = load_resources()
    out: dict[str, str] = {}
    for article in articles(corpora):
        enrichment = enrich(article, extract(article, res.tagger), res.geo, res.knowledge)
        out[article.id] = hashlib.sha256(enrichment.model_dump_json().encode()).hexdigest()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the baseline here")
    mode.add_argument("--against", type=Path, help="compare with this baseline")
    args = parser.parse_args()
    now = hashes(args.shared / "corpora")
    if args.save is not None:
        args.save.write_text("".join(f"{k}\t{v}\n" for k, v in now.items()))
        print(f"{len(now)} articles hashed into {args.save}")
        return 0
    before = dict(line.split("\t") for line in args.against.read_text().splitlines())
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in changed[:20]:
        print(f"changed: {key}")
    print(f"{len(now)} articles, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
