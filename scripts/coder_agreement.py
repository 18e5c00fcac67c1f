"""Agreement of two hand-coded files of the same sentences: (actor, type, recipient) triples.

Each file holds one JSON line per sentence (corpus, id, field, start, end, sha1 and "events",
the format of tests/data/*_sample.jsonl). Rows are matched by sentence (corpus, id, field,
start, end, sha1); sentences in only one file are counted and left out. Taking file A as the
reference, the script prints tp/fp/fn with precision, recall and F1 of B's triples (F1 is
symmetric, so it is the two coders' agreement), the share of sentences coded identically, and
the share where both found an event or both found none. With --relaxed it also scores triples
that agree on actor and type only. It reads no corpus text: no ../shared is needed.

    .venv/bin/python scripts/coder_agreement.py A.jsonl B.jsonl [--relaxed]

A second coder's agreement with the first is the ceiling a machine coder can be expected to
reach against either of them: docs/event-coding.md, "Agreement of two human coders".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

Key = tuple[str, str, str, int, int, str]
Triple = tuple[str | None, str, str | None]


@dataclass
class Agreement:
    """Counts of one comparison of coder B against coder A."""

    sentences: int = 0
    only_one_file: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    identical: int = 0
    same_event_or_none: int = 0

    def line(self, name: str) -> str:
        """One report line: counts, P, R, F1 and the sentence-level shares."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        n = self.sentences or 1
        return (f"{name}: {self.sentences} sentences, tp {self.tp} fp {self.fp} fn {self.fn}, "
                f"P {p:.3f} R {r:.3f} F1 {f1:.3f}; identical {self.identical / n:.3f}, "
                f"event-or-none agreed {self.same_event_or_none / n:.3f}")


def read_codes(path: Path) -> dict[Key, list[Triple]]:
    """Sentence key -> its hand-coded triples."""
    out: dict[Key, list[Triple]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        key: Key = (row["corpus"], str(row["id"]), row["field"], int(row["start"]),
                    int(row["end"]), row["sha1"])
        out[key] = [(e["actor"], e["type"], e["recipient"]) for e in row["events"]]
    return out


def compare(a: dict[Key, list[Triple]], b: dict[Key, list[Triple]],
            project: Iterable[int] = (0, 1, 2)) -> Agreement:
    """Score B's triples against A's, each triple cut down to the fields in `project`."""
    fields = tuple(project)
    result = Agreement(only_one_file=len(a.keys() ^ b.keys()))
    for key in a.keys() & b.keys():
        want = {tuple(t[i] for i in fields) for t in a[key]}
        got = {tuple(t[i] for i in fields) for t in b[key]}
        result.sentences += 1
        result.tp += len(want & got)
        result.fp += len(got - want)
        result.fn += len(want - got)
        result.identical += want == got
        result.same_event_or_none += bool(want) == bool(got)
    return result


def main(argv: list[str] | None = None) -> int:
    """Print the agreement of file B with file A."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path, help="the reference coder's file")
    parser.add_argument("b", type=Path, help="the second coder's file")
    parser.add_argument("--relaxed", action="store_true", help="also score (actor, type) pairs")
    args = parser.parse_args(argv)
    a, b = read_codes(args.a), read_codes(args.b)
    strict = compare(a, b)
    lines = [strict.line("strict (actor, type, recipient)")]
    if args.relaxed:
        lines.append(compare(a, b, (0, 1)).line("relaxed (actor, type)"))
    if strict.only_one_file:
        lines.append(f"{strict.only_one_file} sentences are in only one file (left out)")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
