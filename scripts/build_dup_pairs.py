"""Build the labelled duplicate set (ids and labels only) from ../shared/corpora/reuters21578.jsonl.

Labels come from wire metadata, not from text similarity: a positive is two stories with the
same headline (ignoring CORRECTED/REFILED/UPDATE prefixes) and the same dateline (place and
day): the wire re-sent or corrected one story. A hard negative has the same headline but a
dateline at least a week apart (a recurring report with new figures); an easy negative pairs two
different headlines. Writes tests/data/dup_pairs.jsonl; the texts stay in ../shared.
Usage: python scripts/build_dup_pairs.py
"""

from __future__ import annotations

import collections
import itertools
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
OUT = ROOT / "tests" / "data" / "dup_pairs.jsonl"
PREFIX = re.compile(r"^(?:CORRECTED|REFILED|UPDATE\s*\d*|RPT|REPEAT)\W*")
PER_CLASS = 150


def headline(title: str) -> str:
    """The headline without correction or refile prefixes."""
    return PREFIX.sub("", title.strip().upper())


def main() -> int:
    """Write the pairs file."""
    if not CORPUS.exists():
        print(f"missing {CORPUS}", file=sys.stderr)
        return 1
    docs = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    docs = [d for d in docs if d.get("body") and len(d["body"].split()) >= 40
            and d.get("dateline") and str(d.get("date", ""))[:4] == "1987"]
    groups: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    for d in docs:
        groups[headline(d["title"])].append(d)
    positive, hard = [], []
    for docs_ in groups.values():
        for a, b in itertools.combinations(docs_[:6], 2):
            days = abs(_day(a) - _day(b))
            if a["dateline"].upper() == b["dateline"].upper() and days <= 1:
                positive.append((a["id"], b["id"], 1, "same headline and dateline"))
            elif days >= 7:
                hard.append((a["id"], b["id"], 0, "same headline, a week or more apart"))
    rnd = random.Random(1987)
    easy = []
    while len(easy) < PER_CLASS:
        a, b = rnd.sample(docs, 2)
        if headline(a["title"]) != headline(b["title"]):
            easy.append((a["id"], b["id"], 0, "different headlines"))
    rnd.shuffle(positive)
    rnd.shuffle(hard)
    pairs = positive[:PER_CLASS] + hard[:PER_CLASS] + easy
    with OUT.open("w") as out:
        for a, b, label, why in pairs:
            out.write(json.dumps({"corpus": "reuters21578", "a": a, "b": b, "duplicate": label,
                                  "why": why}) + "\n")
    print(f"{len(pairs)} pairs ({min(len(positive), PER_CLASS)} positive) in {OUT}")
    return 0


def _day(doc: dict[str, str]) -> int:
    date = str(doc["date"])
    month, day = int(date[5:7]), int(date[8:10])
    return month * 31 + day


if __name__ == "__main__":
    sys.exit(main())
