"""A verb after "and" past a reported clause (session 21, conjuncts21; docs/event-coding.md "A verb
after 'and' past a reported clause"): the rule was judged on a targeted pool and dropped. Its
judgements are kept as references and verdicts, never sentence text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson


def test_the_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "conjuncts21_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    assert not any(row["kept"] for row in rows)
    counts = Counter((row["set"], row["effect"], row["verdict"]) for row in rows)
    assert counts == {("pool-conjuncts21", "added", "borderline"): 1,
                      ("pool-conjuncts21", "removed", "wrong"): 1}  # docs/event-coding.md
