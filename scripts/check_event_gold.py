"""Verify tests/data/event_gold.jsonl against the research corpora in ../shared.

Each gold row references a sentence by corpus, record id, field and character
offsets. This script resolves every reference, checks the sha1 of the
sentence text, and checks that every event uses a known PLOVER type and a
valid actor code (ISO 3166 alpha-3 or a KB id). Exit status 1 on any
mismatch. Usage:

    .venv/bin/python scripts/check_event_gold.py [--corpora ../shared/corpora] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from pipeline.eval_events import corpus_records
from pipeline.stages.event_dict import load_event_dictionary
from pipeline.stages.kb import ActorKB, is_iso3

ROOT = Path(__file__).resolve().parent.parent

GOLD = ROOT / "tests" / "data" / "event_gold.jsonl"
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"


def main() -> int:
    """Check every gold reference; print a summary; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--show", action="store_true", help="print each sentence and its codes")
    args = parser.parse_args()

    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line]
    kb = ActorKB.load()
    types = set(load_event_dictionary().types)
    wanted: dict[str, set[str]] = {}
    for row in rows:
        wanted.setdefault(row["corpus"], set()).add(row["id"])
    records = corpus_records(args.corpora, wanted)

    errors: list[str] = []
    by_type: Counter[str] = Counter()
    for n, row in enumerate(rows, 1):
        where = f"row {n} ({row['corpus']}:{row['id']}:{row['field']})"
        record = records.get((row["corpus"], str(row["id"])))
        if record is None:
            errors.append(f"{where}: record not found")
            continue
        text = str(record.get(row["field"]) or "")
        sentence = text[row["start"] : row["end"]]
        digest = hashlib.sha1(sentence.encode("utf-8")).hexdigest()
        if digest != row["sha1"]:
            errors.append(f"{where}: sha1 mismatch for [{row['start']}:{row['end']}]")
        for event in row["events"]:
            by_type[event["type"]] += 1
            if event["type"] not in types:
                errors.append(f"{where}: unknown event type {event['type']!r}")
            for side in ("actor", "recipient"):
                code = event[side]
                if code is not None and not is_iso3(code) and kb.get(code) is None:
                    errors.append(f"{where}: {side} {code!r} is neither ISO3 nor a KB id")
        if not row["events"]:
            by_type["(no event)"] += 1
        if args.show:
            print(f"{where}: {sentence!r}\n    {row['events']}")

    for error in errors:
        print("ERROR", error, file=sys.stderr)
    print(f"{len(rows)} sentences, {sum(len(r['events']) for r in rows)} events")
    for name, count in sorted(by_type.items()):
        print(f"  {name:12} {count}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
