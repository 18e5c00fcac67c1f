"""Prove that a change leaves the extraction stage's output byte for byte the same.

First, on the code before the change, save a baseline (one sha256 of the
serialised `Extraction` per document); then, on the changed code, compare:

    .venv/bin/python scripts/check_extraction_identity.py --save /tmp/extract-baseline.jsonl
    .venv/bin/python scripts/check_extraction_identity.py --against /tmp/extract-baseline.jsonl

Documents: every article of ../shared/corpora/bbc.jsonl, every CoNLL-2003 test
document (test.txt as `newsevents eval ner` builds its texts, and eng.testb),
the first --reuters articles of reuters21578.jsonl, the first --agnews of
ag_news_test.jsonl, all of nyt_headlines.jsonl, the bundled samples and the
hostile-input corpus in tests/data/hostile (the cases that decode). Corpus text
is read from ../shared and never written anywhere but the output file's hashes.
`--full DIR` also writes each serialised extraction (for diffing a mismatch).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.bench_corpus import BENCH_PUBLISHED
from pipeline.conll_corpus import read_documents
from pipeline.inputs import sample_articles
from pipeline.models import Article
from pipeline.serialization import decode_article
from pipeline.stages.extract import extract
from pipeline.stages.ner import NerTagger

CORPORA = ROOT.parent / "shared" / "corpora"
LIMIT = 10**7


def _jsonl(path: Path, corpus: str, limit: int | None) -> Iterator[tuple[str, str, Article]]:
    with path.open("rb") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                break
            row = orjson.loads(line)
            body = next((row[k] for k in ("body", "description", "subject")
                         if str(row.get(k) or "").strip()), ".")
            payload = orjson.dumps({
                "id": str(row["id"]), "title": row.get("title") or "", "body": body,
                "published_at": row.get("published_at", BENCH_PUBLISHED)})
            yield corpus, str(row["id"]), decode_article(payload, LIMIT, LIMIT)


def _conll(path: Path, corpus: str) -> Iterator[tuple[str, str, Article]]:
    for n, doc in enumerate(read_documents(path)):
        text = "\n".join(" ".join(words) for words in doc.sentences)
        yield corpus, str(n), Article(id="conll", body=text or " ",  # type: ignore[arg-type]
                                      published_at="1996-08-22T00:00:00Z")


def documents(reuters: int, agnews: int) -> Iterator[tuple[str, str, Article]]:
    """Every (corpus, id, article) the check covers."""
    yield from _jsonl(CORPORA / "bbc.jsonl", "bbc", None)
    yield from _conll(CORPORA / "conll2003" / "test.txt", "conll-test")
    yield from _conll(CORPORA / "conll2003" / "eng.testb", "conll-testb")
    yield from _jsonl(CORPORA / "reuters21578.jsonl", "reuters", reuters)
    yield from _jsonl(CORPORA / "ag_news_test.jsonl", "agnews", agnews)
    yield from _jsonl(CORPORA / "nyt_headlines.jsonl", "nyt", None)
    for raw in sample_articles():
        article = decode_article(raw.payload, LIMIT, LIMIT)
        yield "samples", article.id, article
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile_corpus import load_cases

    for case in load_cases():
        try:
            article = decode_article(case.payload, LIMIT, LIMIT)
        except Exception:  # noqa: BLE001 - cases that never reach extraction
            continue
        yield "hostile", case.name, article


def main() -> None:
    """Save or compare per-document hashes of the extraction stage's output."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the baseline here")
    mode.add_argument("--against", type=Path, help="compare with this baseline")
    ap.add_argument("--reuters", type=int, default=5000)
    ap.add_argument("--agnews", type=int, default=3000)
    ap.add_argument("--full", type=Path, default=None, help="also write full outputs here")
    args = ap.parse_args()
    if not (CORPORA / "bbc.jsonl").exists():
        sys.exit(f"needs the corpora in {CORPORA}")
    tagger = NerTagger.load()
    rows: list[dict[str, str]] = []
    full = None
    if args.full is not None:
        args.full.parent.mkdir(parents=True, exist_ok=True)
        full = args.full.open("wb")
    failures = 0
    cpu = time.process_time()
    for corpus, ident, article in documents(args.reuters, args.agnews):
        try:
            data = extract(article, tagger).model_dump_json().encode()
        except Exception as exc:  # noqa: BLE001 - a failure must stay the same failure
            data = f"error {type(exc).__name__}: {exc}".encode()
            failures += 1
        rows.append({"corpus": corpus, "id": ident, "sha256": hashlib.sha256(data).hexdigest()})
        if full is not None:
            full.write(data + b"\n")
    cpu = time.process_time() - cpu
    if full is not None:
        full.close()
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["corpus"]] = counts.get(row["corpus"], 0) + 1
    print("documents: " + ", ".join(f"{k} {v}" for k, v in counts.items())
          + f" ({len(rows)} in all, {failures} failed, {cpu:.1f}s CPU)")
    if args.save is not None:
        args.save.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
        print(f"baseline saved to {args.save}")
        return
    base = [orjson.loads(line) for line in args.against.read_bytes().splitlines()]
    keys = [(r["corpus"], r["id"]) for r in rows]
    if [(r["corpus"], r["id"]) for r in base] != keys:
        sys.exit("the document list differs from the baseline's")
    diff = [(r["corpus"], r["id"]) for r, b in zip(rows, base, strict=True)
            if r["sha256"] != b["sha256"]]
    print(f"compared {len(rows)} documents with {args.against}: "
          f"{len(diff)} differ")
    for corpus, ident in diff[:20]:
        print(f"  differs: {corpus} {ident}")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
