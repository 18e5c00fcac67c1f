"""The subject search (session 19, subjects19; docs/event-coding.md "The subject search"): three
rules were judged on targeted pools and dropped. The judgements of the one that changed triples
are kept as references and verdicts, never sentence text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson


def test_the_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "subjects19_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    assert not any(row["kept"] for row in rows)
    counts = Counter((row["set"], row["effect"], row["verdict"]) for row in rows)
    assert counts == {("pool-subjects19-but", "added", "right"): 1,
                      ("pool-subjects19-but", "added", "borderline"): 2,
                      ("pool-subjects19-but", "added", "wrong"): 7}  # docs/event-coding.md
