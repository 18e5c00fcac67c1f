"""List the corpus records that no measurement set touches, for rule rounds on the gold's sources.

The gold set, its held-out half and the blind samples are drawn from Reuters-21578, AG News
and the NYT headlines. A rule round may work on those corpora only on records that are
*disjoint* from every measurement: a record is left out when

- any measurement file (`tests/data/event_gold*.jsonl`, `precision_audit_d.jsonl`) names it;
- it is a known duplicate of such a record (`tests/data/dup_pairs.jsonl`);
- its text shares a run of eight words with a measured sentence (wire stories are repeated
  under new ids, in AG News above all).

The output is ids only, one file per corpus (`<out>/<corpus>.ids`), so whoever works from it
never sees a measured sentence. Usage:

    .venv/bin/python scripts/disjoint_records.py --out /tmp/allowed
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from pipeline.eval_events import iter_records

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
CORPORA = ("reuters21578", "ag_news_test", "nyt_headlines")
TEXT_FIELDS = ("title", "description", "body")
SHINGLE = 8
WORD = re.compile(r"[a-z0-9]+")


def measurement_rows() -> list[dict[str, object]]:
    """Every row of every measurement file (gold sets and the blind precision sample D)."""
    files = [*sorted(DATA.glob("event_gold*.jsonl")), DATA / "precision_audit_d.jsonl"]
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def shingles(text: str) -> set[tuple[str, ...]]:
    """The runs of SHINGLE lower-cased words of a text."""
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def record_text(record: dict[str, object]) -> str:
    """A record's text fields joined."""
    return "\n".join(str(record.get(f) or "") for f in TEXT_FIELDS)


def main() -> int:
    """Write the allowed ids of each corpus and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--out", type=Path, required=True, help="a directory outside the repo")
    args = parser.parse_args()
    rows = measurement_rows()
    measured = {(str(r["corpus"]), str(r["id"])) for r in rows}
    for line in (DATA / "dup_pairs.jsonl").read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        if pair.get("duplicate") and ((pair["corpus"], pair["a"]) in measured or (pair["corpus"], pair["b"]) in measured):
            measured |= {(pair["corpus"], pair["a"]), (pair["corpus"], pair["b"])}
    args.out.mkdir(parents=True, exist_ok=True)
    for corpus in CORPORA:
        records = list(iter_records(args.corpora, corpus))
        by_id = {str(r["id"]): r for r in records}
        seen: set[tuple[str, ...]] = set()
        for r in rows:
            if r["corpus"] == corpus and str(r["id"]) in by_id:
                text = str(by_id[str(r["id"])].get(str(r["field"])) or "")
                seen |= shingles(text[int(str(r["start"])):int(str(r["end"]))])
        allowed = [rid for rid, rec in by_id.items()
                   if (corpus, rid) not in measured and not shingles(record_text(rec)) & seen]
        (args.out / f"{corpus}.ids").write_text("".join(f"{i}\n" for i in allowed),
                                                 encoding="utf-8")
        sys.stderr.write(f"{corpus}: {len(allowed)} of {len(records)} records allowed\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
